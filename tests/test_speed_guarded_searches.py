"""Speed changes of the twenty-first session (perf21): a search is skipped only where its pattern cannot match.

Each guard reads a cheap necessary condition of a pattern (a word before the spaces, a literal, a date's
placeholder): these tests check that every match of the pattern meets it, on texts that match and on random ones.
Every sentence here is synthetic (written for these tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _event_rules, _mentions, _speakers, _speech, _verb_rules

if TYPE_CHECKING:
    import re

# synthetic words around a name after its verb: verbs, title nouns, "by", other words, spaces and marks
_WORDS = st.lists(
    st.sampled_from(
        [
            "said",
            "Said",
            "told",
            "announced",
            "pointed out",
            "minister",
            "foreign minister",
            "spokesperson",
            "by",
            "was",
            "stated",
            "on",
            "Telegram",
            "the",
            "exiled",
            "opposition",
            "leader",
            "of",
            "and",
            ",",
            ".",
            "x",
        ]
    ),
    max_size=12,
)


@settings(max_examples=600, deadline=None)
@given(_WORDS, st.sampled_from([" ", "  ", "\n", " \n ", "\t"]))
@example(["the", "country", "said"], " ")
@example(["said", "exiled", "opposition", "leader"], " ")
@example(["was", "stated", "on", "Telegram", "by"], " ")
def test_a_name_after_its_verb_is_read_where_a_reading_may_match(words: list[str], sep: str) -> None:
    """Wherever one of the three readings of a name after its verb matches before a name, the quick test of the
    word before the spaces lets its searches run (so skipping them elsewhere changes nothing)."""
    text = sep.join(words) + sep + "Olena Marchenko."
    start = text.rindex("Olena")
    _, _, _, _, verb_before, _ = _mentions._appositive_patterns()
    readings = (
        verb_before.search(text, max(0, start - 30), start),
        _mentions._verb_lower_title().search(text, max(0, start - 80), start),
        _mentions._passive_by().search(text, max(0, start - 50), start),
    )
    if any(r is not None for r in readings):
        assert _mentions._may_follow_its_verb(text, start)


def test_the_quick_test_skips_a_name_after_another_word() -> None:
    """A name after a word that ends no verb, title noun or "by" skips the searches (the guard does something)."""
    text = "The ministry thanked Olena Marchenko."  # synthetic
    assert not _mentions._may_follow_its_verb(text, text.index("Olena"))
    assert _mentions._may_follow_its_verb("It was said by  Olena", len("It was said by  "))


# synthetic masks: words, the placeholders of a mention (\x01\x02) and of a date (\x03\x04), marks
_MASK = st.lists(
    st.sampled_from(
        [
            "who",
            "spoke",
            "to",
            "reporters",
            "a",
            "an",
            "the",
            "company",
            "telecommunications",
            "newspaper",
            "based",
            "in",
            "Oslo",
            "Halvorsk",
            "Telecom",
            "\x01\x02\x02",
            "\x03\x04\x04",
            "on",
            "flew",
            "met",
            "visited",
            "order",
            "sign",
            "that",
            "said",
            "-",
            "\u2013",
            "\u2014",
            ",",
            ":",
            ";",
            ".",
            '"',
        ]
    ),
    max_size=16,
)


def _join(words: list[str]) -> str:
    return " ".join(words)


@settings(max_examples=800, deadline=None)
@given(_MASK.map(_join))
@example("the talks \x01\x02\x02 who spoke to reporters on condition of anonymity ")
@example('the words."\x01\x02 - ')
@example("Halvorsk Telecom, a telecommunications company, ")
@example("\x01\x02\x02 flew to Oslo on \x03\x04\x04 to ")
def test_each_skipped_search_needs_what_its_guard_looks_for(mask: str) -> None:
    """The restrictive who-clause holds "who"; the company appositive two commas; the dash before a speaker ends
    its text with a dash or an article; the purpose infinitive a date's placeholder: where these are missing, the
    search (skipped) finds nothing."""
    if _speakers._restrictive_who().search(mask) is not None:
        assert "who" in mask
    if _speech.patterns().org_appositive.search(mask) is not None:
        assert mask.count(",") >= 2
    stripped = mask.rstrip()
    if _verb_rules._DASH_BEFORE_SPEAKER.search(stripped) is not None:
        assert stripped.endswith(_verb_rules._DASH_ENDS)
    if _event_rules._purpose_infinitive().search(mask) is not None:
        assert "\x03" in mask


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (_event_rules._CLAUSE_OPENING_DATE, "He said that on \x03\x04\x04, "),
        (_event_rules._SUBJECT_AFTER_DATE, " On \x03\x04\x04 \x01\x02 met"),
        (_event_rules._PREDICATE_DATE, " took place on \x03\x04\x04"),
        (_event_rules._INTRO_DATE, "On \x03\x04\x04, the leaders met"),
    ],
)
def test_the_date_patterns_of_guarded_rules_read_a_date(pattern: re.Pattern[str], text: str) -> None:
    """The event date rules skipped where no date's placeholder is in reach read one in every match: they match
    with it and not without it (a synthetic mask, the placeholder replaced by a word)."""
    assert pattern.search(text) is not None
    assert pattern.search(text.replace("\x03\x04\x04", "Monday")) is None
