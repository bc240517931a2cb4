"""The examples of the speaker-resolution rules (``_speaker_rules.SPEAKER_RULES``) run as tests. All texts
are synthetic."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._speaker_rules import SPEAKER_RULES

_CASES = [
    pytest.param(text, words, speaker, rule.published, id=f"{rule.name}-{i}")
    for rule in SPEAKER_RULES
    for i, (text, words, speaker) in enumerate(rule.examples)
]


@pytest.mark.parametrize(("text", "words", "speaker", "published"), _CASES)
def test_speaker_rule_example(text: str, words: str, speaker: str | None, published: str | None) -> None:
    """The words get the example's speaker, or no statement at all where the example says None (parsed with the
    rule's publication date, if any)."""
    statements = parse(text, published=published).statements
    found = [" and ".join(a.name for a in s.speakers) for s in statements if words in s.text]
    assert found == ([speaker] if speaker is not None else [])


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in SPEAKER_RULES]
    assert len(names) == len(set(names))
