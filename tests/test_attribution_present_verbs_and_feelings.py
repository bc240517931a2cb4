"""Statements the library did not find at all (twenty-first session, recall21): forms missing from the tables.

Verbs of saying in the present ("recalls", "explains", "assures", "denies": data/speech_verbs.tsv, each with the
classes of its past form), nouns of a feeling after "expressed" ("shock", "sadness", "recognition", "expectations":
data/speech_cues.tsv role feeling_noun) and two such nouns joined by "and". All sentences are synthetic.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

PUBLISHED = dt.date(2025, 3, 5)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, text[s.span.start : s.span.end]) for s in ntl.parse(text, published=PUBLISHED).statements]


PRESENT = [
    ('"Our air defence is the shield of the whole region," recalls Umerov.', "Rustem Umerov"),
    ('"The plant needs a stable power line," Grossi explains.', "Rafael Grossi"),
    ("Rutte assures that the alliance will keep learning from the front.", "Mark Rutte"),
    ("Peskov denies that the convoy crossed into the buffer zone.", "Dmitry Peskov"),
    ("Sybiha reiterates that Kyiv is ready for an exchange of all prisoners.", "Andrii Sybiha"),
    ("Kallas acknowledges that the next package will take weeks to agree.", "Kaja Kallas"),
]


@pytest.mark.parametrize(("text", "speaker"), PRESENT)
def test_present_tense_verb(text: str, speaker: str) -> None:
    """A verb of saying in the present finds the words its past form finds."""
    found = _said(text)
    assert len(found) == 1
    assert found[0][0] == speaker


FEELINGS = [
    (
        "Stubb expressed his shock and sadness at the strike on the children's hospital.",
        "Alexander Stubb",
        "his shock and sadness at the strike on the children's hospital",
    ),
    (
        "Erdogan expressed his recognition and appreciation for Qatar's work on the exchange.",
        "Recep Tayyip Erdoğan",
        "his recognition and appreciation for Qatar's work on the exchange",
    ),
    (
        "Zelensky expressed his expectations for Brazil's help in bringing the children home.",
        "Volodymyr Zelensky",
        "his expectations for Brazil's help in bringing the children home",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FEELINGS)
def test_expressed_feeling(text: str, speaker: str, words: str) -> None:
    """A noun of a feeling after "expressed", alone or two joined by "and", opens the speaker's words."""
    assert _said(text) == [(speaker, words)]


def test_no_feeling_noun_no_words() -> None:
    """ "expressed" before a feeling conveyed with no complement of the feeling_noun role finds no words
    ("expressed gratitude towards ..."); since the twenty-sixth session (expr26) "expressed" is an object verb, whose
    noun phrase with a complement is the words (tests/test_attribution_expressed_object.py)."""
    assert _said("The embassy expressed gratitude towards the couriers on Monday.") == []


def test_present_saying_takes_no_day_of_linked_clause() -> None:
    """A saying in the present linked by "while" to a clause with a day is a standing view: no day; in the past
    it keeps the day."""
    past = ntl.parse("The rebels claimed the town on Tuesday, while Kyiv said its troops held it.", published=PUBLISHED)
    now = ntl.parse(
        "The rebels claimed the town on Tuesday, while Kyiv denies its troops have left it.", published=PUBLISHED
    )
    assert [s.when.timex if s.when else None for s in past.statements] == ["2025-03-04"]
    assert [s.when for s in now.statements] == [None]


LEADS = [
    (
        "As reported by Interfax on Monday, the refinery halted two of its units.",
        [("Interfax", "the refinery halted two of its units")],
    ),
    (
        "As Reuters reported earlier, the convoy crossed the border overnight.",
        [("Reuters", "the convoy crossed the border overnight")],
    ),
    ("As Zelensky arrived in Kyiv, the air raid alert sounded across the city.", []),
    ("As reported, the talks will resume in Geneva next week.", []),
]


@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_as_reported_lead(text: str, expected: list[tuple[str, str]]) -> None:
    """A lead of "as" and a verb of reporting with its source opening the sentence attributes the clause after it;
    "as" opening a clause of time, or a report with no source, attributes nothing."""
    assert _said(text) == expected


def test_as_reported_lead_leaves_anothers_saying() -> None:
    """Where the clause after the lead holds a saying of another, the words are that speaker's, not the outlet's."""
    text = "As reported by Interfax, during the meeting, Umerov stated that the exchange would go ahead."
    assert _said(text) == [("Rustem Umerov", "the exchange would go ahead")]
