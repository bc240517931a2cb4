"""Eighteenth session review (review18): vocabularies written inline in code moved into the data tables, read by
every rule that needs them.

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import inspect

import pytest

from nato_ukraine_timeline import _statements, _verb_rules, find_dates, parse
from nato_ukraine_timeline._clauses import clause_words
from nato_ukraine_timeline._dates import _feed as _dates_feed
from nato_ukraine_timeline._dates import _patterns as _dates_patterns
from nato_ukraine_timeline._dates import _read as _dates_read
from nato_ukraine_timeline._dates import _resolve
from nato_ukraine_timeline._dates._lexicon import lexicon as dt_lexicon
from nato_ukraine_timeline._dates._lexicon import tense_cues

# The objective pronouns of data/clause_words.tsv, by what they stand for (once each).
OBJECT_CLASSES = ("person_object", "group_object", "thing_object", "first_object")


def test_object_pronouns_are_one_table() -> None:
    """Each objective pronoun stands in one class; the three readers hold no inline list of them any more."""
    words = [w for cls in OBJECT_CLASSES for w in clause_words(cls)]
    assert sorted(words) == ["her", "him", "it", "me", "them", "us"]
    sources = inspect.getsource(_statements) + inspect.getsource(_verb_rules)
    for former in ("(?P<pron>him|her)", "(?:it|them|him|her)", "him|her|them|us|me"):
        assert former not in sources
    assert "(?P<pron>her|him)" in _statements._ACCORDING_PRONOUN.pattern  # joined by alternation: longest, a-z


@pytest.mark.parametrize(
    ("phrase", "reads"),
    [
        ("According to him, the talks", True),
        ("As per her, the talks", True),
        ("According to them, the talks", False),  # a group: no single person to resolve
        ("According to it, the talks", False),
    ],
)
def test_according_to_reads_the_person_objects(phrase: str, reads: bool) -> None:
    """Synthetic phrases: "according to" reads a pronoun of class person_object only."""
    assert (_statements._ACCORDING_PRONOUN.match(phrase) is not None) is reads


@pytest.mark.parametrize(
    ("after_verb", "reads"),
    [(" him Kyiv", True), (" them Kyiv", True), (" us Kyiv", True), (" me Kyiv", True), (" it Kyiv", False)],
)
def test_relayed_telling_addresses_persons(after_verb: str, reads: bool) -> None:
    """Synthetic: a relayed verb of telling's addressee is a person, a group or the first person, never "it"."""
    assert (_statements._relay_addressee().match(after_verb) is not None) is reads


@pytest.mark.parametrize(
    ("obj", "reads"),
    [("him", True), ("her", True), ("them", True), ("it", True), ("us", False), ("me", False)],
)
def test_label_small_clause_objects_are_third_person(obj: str, reads: bool) -> None:
    """Synthetic: a label verb's pronoun object is one of the third person (a person, a group, a thing)."""
    assert (_verb_rules._SMALL_CLAUSE.match(f" {obj} a fake") is not None) is reads


def test_according_to_him_in_parse() -> None:
    """Synthetic: the words after "According to her," are the person named before (rule unchanged)."""
    text = (
        "Foreign Minister Anna Berg arrived in Oslo on Monday. According to her, the harbour would stay open "
        "through the winter."
    )
    found = [(s.text, [a.name for a in s.speakers]) for s in parse(text).statements]
    assert any("harbour would stay open" in words and speakers == ["Anna Berg"] for words, speakers in found)


# Rule meet-an-object's determiners: cue met_determiner of data/tense_cues.tsv, not an inline list (review18).
MET_DETERMINERS = tense_cues("met_determiner")


def test_met_determiners_come_from_the_table() -> None:
    assert {"the", "its", "such", "new"} <= set(MET_DETERMINERS)
    assert "(?:the|its|their" not in inspect.getsource(_resolve)


@pytest.mark.parametrize("det", MET_DETERMINERS)
def test_meet_an_object_reads_each_determiner(det: str) -> None:
    """Synthetic: "to meet <determiner> annual spending targets" (the determiner and two words) is no plan of a
    meeting: the month keeps the past (three words without a determiner would not be read)."""
    text = f"The three allies failed to meet {det} annual spending targets in December."
    assert [m.timex for m in find_dates(text, published="2025-03-07") if m.text == "December"] == ["2024-12"]


@pytest.mark.parametrize(
    ("after_mention", "verb"),
    [
        (" has also stated that", "stated"),  # synthetic: an auxiliary and an adverb of the class
        (" earlier told", "told"),
        (" firmly said", "said"),  # an adverb in -ly, read by its form
        (" stated", "stated"),
    ],
)
def test_words_before_a_relayed_verb_come_from_the_table(after_mention: str, verb: str) -> None:
    """Synthetic: the verb after the mention that opens quoted words, past class before_relayed_verb of
    data/clause_words.tsv (no inline list)."""
    assert set(clause_words("before_relayed_verb")) >= {"has", "also", "earlier"}
    assert "has|had|have|also" not in inspect.getsource(_statements)
    m = _statements._VERB_AFTER_MENTION.match(after_mention)
    assert m is not None
    assert m.group("verb") == verb


def test_parts_of_the_day_are_one_table() -> None:
    """data/day_parts.tsv gives the date layer its parts of the day with their TIMEX3 codes; the scanner, the
    reader and rule weekday-apposed-date write no list of their own."""
    parts = dt_lexicon().day_parts
    assert parts == {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
    for module in (_dates_patterns, _dates_read, _dates_feed):
        assert "morning|afternoon|evening|night" not in inspect.getsource(module)


@pytest.mark.parametrize(("part", "code"), [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI")])
def test_each_part_of_the_day_reads(part: str, code: str) -> None:
    """Synthetic: a weekday's part of the day gets the table's code, and a weekday and that part before a comma
    name the day of the date after it (rule weekday-apposed-date)."""
    text = f"The convoy left on Tuesday {part}."
    assert [m.timex for m in find_dates(text, published="2025-03-07")] == [f"2025-03-04T{code}"]
    apposed = f"on Tuesday {part}, Oct. 8"
    at = apposed.index("Oct")
    assert _dates_feed.apposed_weekday(apposed, at, len(apposed), {"tuesday": 2}) == 2
