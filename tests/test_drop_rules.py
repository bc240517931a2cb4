"""The examples of the rules that drop a statement an attribution rule found (``_drop_rules.DROP_RULES``) run
as tests. All texts are synthetic."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import _drop_rules, _statements, parse
from nato_ukraine_timeline._drop_rules import DROP_RULES

_CASES = [
    pytest.param(text, words, speaker, id=f"{rule.name}-{i}")
    for rule in DROP_RULES
    for i, (text, words, speaker) in enumerate(rule.examples)
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_drop_rule_example(text: str, words: str, speaker: str | None) -> None:
    """The words get the example's speaker, or no statement at all where the example says None."""
    statements = parse(text).statements
    found = [" and ".join(a.name for a in s.speakers) for s in statements if words in s.text]
    assert found == ([speaker] if speaker is not None else [])


def test_every_dropped_example_is_found_by_an_attribution_rule() -> None:
    """An example that no statement holds is one an attribution rule reads and a drop rule drops: without the
    drop rules, the statement is there (the rule is not idle)."""
    for rule in DROP_RULES:
        for text, words, speaker in rule.examples:
            if speaker is not None:
                continue
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(_statements, "DROP_RULES", ())
                assert any(words in s.text for s in parse(text).statements), (rule.name, words)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in DROP_RULES]
    assert len(names) == len(set(names))
    assert _drop_rules.sourcing_line in [rule.drops for rule in DROP_RULES]
