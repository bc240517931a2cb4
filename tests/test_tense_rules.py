"""The tense rules' own examples (SYNTHETIC sentences written for the rules), run as tests: each rule's ``decide``
gives the example's date the tense the example names, and ``find_dates`` gives it the example's value."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._resolve import TENSE_EXAMPLE_PUBLISHED, TENSE_RULES, TenseRule

CASES = [(rule, *example) for rule in TENSE_RULES for example in rule.examples]


@pytest.mark.parametrize(
    ("rule", "text", "expression", "tense", "timex"), CASES, ids=[f"{c[0].name}-{i}" for i, c in enumerate(CASES)]
)
def test_tense_rule_example(rule: TenseRule, text: str, expression: str, tense: str | None, timex: str) -> None:
    start = text.index(expression)
    assert rule.decide(text, start, start + len(expression), lambda _pos: (0, len(text))) == tense
    found = [m.timex for m in find_dates(text, published=TENSE_EXAMPLE_PUBLISHED) if m.text == expression]
    assert found == [timex]


def test_tense_rules_are_named_and_shown_firing() -> None:
    assert len({r.name for r in TENSE_RULES}) == len(TENSE_RULES)
    assert all(any(tense is not None for _, _, tense, _ in r.examples) for r in TENSE_RULES)
