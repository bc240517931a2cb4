"""Nineteenth session review (review19): vocabularies written inline in code moved into the data tables, read by
every rule that needs them; output unchanged.

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import inspect

import pytest

from nato_ukraine_timeline import (
    _clauses,
    _event_rules,
    _mentions,
    _speech,
    _statements,
    _verb_rules,
    find_dates,
    parse,
)
from nato_ukraine_timeline._clauses import clause_words, saying_around_date, subject_pronouns
from nato_ukraine_timeline._dates import _find as _dates_find
from nato_ukraine_timeline._dates import _resolve
from nato_ukraine_timeline._dates._lexicon import range_words


def test_subject_pronouns_are_the_table_and_it() -> None:
    """The personal pronouns that open a clause: class subject_pronoun of data/clause_words.tsv and "it"."""
    assert set(subject_pronouns()) == {*clause_words("subject_pronoun"), "it"}
    assert "it" not in clause_words("subject_pronoun")  # "it" is an object too: it stands in thing_object


def test_date_of_the_saying_reads_the_tables() -> None:
    """Rule date-of-the-saying's words come from data/clause_words.tsv (three classes), its parts of the day from
    data/day_parts.tsv: no inline list in the code any more, and the date layer reads the one compiled pair."""
    assert {"on", "late", "earlier", "this"} <= set(clause_words("saying_date_lead"))
    assert set(clause_words("addressee_date_stop")) == {"that", "on", "in", "at"}
    assert {"will", "would", "was", "may"} <= set(clause_words("pronoun_auxiliary"))
    assert "can" not in clause_words("pronoun_auxiliary")
    source = inspect.getsource(_clauses) + inspect.getsource(_speech)
    for former in ("on|in|at|during|late", "(?:that|on|in|at)", "morning|afternoon|evening|night", "will|would|was"):
        assert former not in source
    assert _resolve._saying_around() is saying_around_date()


@pytest.mark.parametrize(
    ("before_date", "reads"),
    [
        ("The minister said on ", True),  # synthetic
        ("The minister said late ", True),
        ("The minister said earlier this ", True),
        ("The minister told reporters on ", True),  # a verb of telling and its addressee
        ("The minister told the visiting reporters at ", True),
        ("The minister told reporters in Berlin on ", False),  # "in" ends the addressee: four words are too many
        ("The minister told reporters that on ", False),
        ("The minister signed it on ", False),  # no verb of saying
    ],
)
def test_the_saying_before_its_date(before_date: str, reads: bool) -> None:
    before, _after = saying_around_date()
    assert (before.search(before_date) is not None) is reads


@pytest.mark.parametrize(
    ("after_date", "reads"),
    [
        (" that the talks", True),  # synthetic
        (" evening, that the talks", True),  # a part of the day of data/day_parts.tsv
        (" night that the talks", True),
        (" it will send", True),  # "it": subject_pronoun and thing_object
        (" they would send", True),
        (" I have sent", True),
        (" they can send", False),  # "can" is no pronoun_auxiliary
        (" you will send", False),  # "you" is no subject_pronoun
        (" noon that the talks", False),  # "noon" is no part of the day
    ],
)
def test_the_complement_after_the_date_of_a_saying(after_date: str, reads: bool) -> None:
    _before, after = saying_around_date()
    assert (after.match(after_date) is not None) is reads


def test_a_saying_dated_before_its_that_less_complement() -> None:
    """Synthetic: the date between "said" and "it will" is the day of the saying (the past), not the day the
    future of the reported words points to."""
    text = "The minister said on Friday it will send more shells."
    assert [m.timex for m in find_dates(text, published="2025-03-05")] == ["2025-02-28"]
    ahead = "The minister will send more shells on Friday, she said."
    assert [m.timex for m in find_dates(ahead, published="2025-03-05")] == ["2025-03-07"]


@pytest.mark.parametrize(
    ("after_addressee", "end"),
    [
        (" they were", 1),  # synthetic
        (" it was", 1),
        (" I was", 1),
        ("  we were", 2),
        (" you were", None),  # "you" is no subject_pronoun
        (" the allies were", None),
    ],
)
def test_relayed_telling_reads_the_subject_pronouns(after_addressee: str, end: int | None) -> None:
    """Rule relayed-saying's subject after a verb of telling and its addressee: a personal pronoun of
    :func:`subject_pronouns` (no inline list)."""
    m = _statements._SUBJECT_NEXT.match(after_addressee)
    assert (m.end() if m is not None else None) == end
    assert "he|she|they|it|we|I" not in inspect.getsource(_statements)


def test_range_words_are_one_table() -> None:
    """The words joining a range's two sides are data/range_words.tsv, read by the three rules of ranges; "thru"
    (class informal) only by rule range-side-of-written-date, as before."""
    assert range_words("joiner") == ("and", "to", "until", "till", "through")
    assert range_words("informal") == ("thru",)
    sources = inspect.getsource(_dates_find) + inspect.getsource(_event_rules)
    for former in ("(?:and|to|until|till|through)", "|to|until|till|through|thru|and)", "|to|through|until|till|and)"):
        assert former not in sources


@pytest.mark.parametrize(
    ("gap", "in_stretch", "whole_gap", "event_gap"),
    [
        (" to ", True, True, True),  # synthetic gaps between two dates
        (" through ", True, True, True),
        (" till ", True, True, True),
        ("-", True, True, True),
        (" \u2013 ", True, True, True),
        (" thru ", False, True, False),  # class informal: rule range-side-of-written-date only
        (" Through ", False, True, False),  # any case of letters: rule range-side-of-written-date only
        (" or ", False, False, False),
        (" towards ", False, False, False),
    ],
)
def test_the_three_readers_of_range_words(gap: str, in_stretch: bool, whole_gap: bool, event_gap: bool) -> None:
    """range-end-after-start searches a stretch; range-side-of-written-date and the event layer's date_at read
    the whole gap."""
    assert (_dates_find._RANGE_WORD_IN.search(gap) is not None) is in_stretch
    assert (_dates_find._RANGE_GAP.fullmatch(gap) is not None) is whole_gap
    assert (_event_rules._RANGE_GAP.fullmatch(gap) is not None) is event_gap


def test_a_range_dates_its_event_by_its_start() -> None:
    """Synthetic: "from May 14 through 16" dates the meeting by its first day (date_at reads the joining word)."""
    timeline = parse("The ministers met in Brussels from May 14 through 16.", published="2025-05-20")
    assert [str(e.when.timex) for e in timeline.events if e.when is not None] == ["2025-05-14"]


def test_state_possessive_title_reads_the_one_sentence_splitter() -> None:
    """Rule state-possessive-title finds the sentence's opening state with the sentences of
    _sentences.sentence_breaks (the splitter the date layer reads), not a sentence-end pattern of its own: an
    abbreviation before a capital ("U.S. Army") ends no sentence. Synthetic."""
    assert "_SENTENCE_END" not in inspect.getsource(_mentions)
    published = "2025-06-26"
    text = "Poland, with U.S. Army help, will buy more tanks next year, its defence minister said on Thursday."
    assert [s.speaker.name for s in parse(text, published=published).statements] == ["Władysław Kosiniak-Kamysz"]
    second = "Tanks are late. Poland will buy more next year, its defence minister said on Thursday."
    assert [s.speaker.name for s in parse(second, published=published).statements] == ["Władysław Kosiniak-Kamysz"]
    other = "Poland will buy tanks. The army needs more, its defence minister said on Thursday."
    assert "Władysław Kosiniak-Kamysz" not in [s.speaker.name for s in parse(other, published=published).statements]


def test_state_nouns_are_a_table() -> None:
    """Rule state-possessive-title's nouns standing for a state ("the country's", "the nation's") are class
    state_noun of data/name_words.tsv; the pattern built from them is the former inline one, character for
    character. Synthetic."""
    assert _mentions.name_words()["state_noun"] == ("country", "nation")
    assert "(?:country|nation)" in _mentions._state_possessive().pattern
    assert "country|nation" not in inspect.getsource(_mentions)  # no inline list left
    m = _mentions._state_possessive().search("Slovakia wants talks, the nation's prime minister said.")
    assert m is not None
    assert m.group("title") == "prime minister said"


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        (", the defence minister,", True),  # synthetic
        (", The defence minister,", True),  # either case of the determiner's first letter
        (", An adviser to the president,", True),
        (", their spokesperson,", True),
        (", our spokesperson,", False),  # "our" is no np_determiner
        (", this spokesperson,", False),
    ],
)
def test_title_in_apposition_reads_the_determiner_class(phrase: str, title: bool) -> None:
    """attr19's title_before_name and the appositive after an inverted speaker read class np_determiner of
    data/clause_words.tsv (no inline list)."""
    assert clause_words("np_determiner") == ("the", "a", "an", "his", "her", "its", "their")
    assert (_verb_rules.title_before_name().search(phrase) is not None) is title
    assert (_verb_rules._DETERMINER_START.match(phrase[2:]) is not None) is (title and phrase[2].islower())
    assert "[Tt]he|[Aa]n?|[Hh]is" not in inspect.getsource(_verb_rules)
