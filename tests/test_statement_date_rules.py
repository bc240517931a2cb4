"""The statement-date rules' own examples (SYNTHETIC sentences written for these tests), run as tests: each
rule dates the statement it names with the value its example gives, and its reason says which evidence."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._statement_dates import (
    DATE_RULES,
    EXAMPLE_PUBLISHED,
    SAYING_NOT_AFTER,
    SayingBoundRule,
    StatementDateRule,
)

CASES = [(rule, *example) for rule in DATE_RULES for example in rule.examples]


@pytest.mark.parametrize(
    ("rule", "text", "words", "timex"), CASES, ids=[f"{c[0].name}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_example(rule: StatementDateRule, text: str, words: str, timex: str | None) -> None:
    statements = [s for s in parse(text, published=EXAMPLE_PUBLISHED).statements if words in s.text]
    assert statements, f"no statement with {words!r} in {text!r}"
    when = statements[0].when
    assert (when.timex if when else None) == timex
    if when is not None:
        assert when.reason.startswith(rule.reason)


def test_rules_have_distinct_names_and_reasons() -> None:
    assert len({r.name for r in DATE_RULES}) == len(DATE_RULES)
    assert len({r.reason for r in DATE_RULES}) == len(DATE_RULES)
    assert all(r.examples for r in DATE_RULES)


@pytest.mark.parametrize(("text", "words", "timex"), SAYING_NOT_AFTER.examples)
def test_saying_bound_example(text: str, words: str, timex: str | None) -> None:
    """The examples (synthetic) of rule saying-not-after-publication, a bound on every saying's date."""
    rule: SayingBoundRule = SAYING_NOT_AFTER
    statements = [s for s in parse(text, published=EXAMPLE_PUBLISHED).statements if words in s.text]
    assert statements, f"no statement with {words!r} in {text!r}"
    when = statements[0].when
    assert (when.timex if when else None) == timex
    if when is not None:
        assert when.reason.startswith(rule.reason)
    assert rule.name not in {r.name for r in DATE_RULES}
