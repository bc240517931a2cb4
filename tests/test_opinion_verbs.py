"""Verbs of thinking and opinion (data/opinion_verbs.tsv): their that-clause is the subject's words, and
nothing else they govern is. Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._resources import tsv_rows

PUBLISHED = dt.date(2025, 3, 14)
FORMS = [cells[0] for _, cells in tsv_rows("opinion_verbs.tsv", 3)]


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize("form", FORMS)
def test_every_form_reports_its_that_clause(form: str) -> None:
    """Each line of the table: "Rutte <form> that ..." gives the clause to Rutte."""
    assert _said(f"Rutte {form} that the allies would stay united.") == [("Mark Rutte", "the allies would stay united")]


@pytest.mark.parametrize(
    "text",
    [
        "It is believed that the talks in Geneva failed.",  # a passive: no one holds the opinion
        "Kellogg was expected to fly to Kyiv for more talks.",
        "Kyiv and Moscow agreed to exchange a thousand prisoners each.",  # no that-clause
        "Zelensky hoped to visit Washington before the end of the month.",
        "Asked whether Russia agrees that the talks are over, Peskov declined to comment.",  # a question
        "Asked if he thinks that Putin will listen, Trump shrugged.",
        # a coordinated verb after "They": its subject is no mention ("Ukraine's" is the object's)
        "The G7 met. They praised Ukraine's offer of a truce and agreed that Moscow must now match it.",
    ],
)
def test_no_words_without_a_held_that_clause(text: str) -> None:
    assert _said(text) == []


def test_the_noun_before_that_owns_the_clause() -> None:
    """'agreed with X's argument that ...': the clause is the argument's, X's words."""
    got = _said("Bruce agreed with Sybiha's argument that the truce offer is no real commitment.")
    assert got == [("Andrii Sybiha", "the truce offer is no real commitment")]


def test_an_attribution_closing_the_sentence_takes_the_whole_clause() -> None:
    """'Moscow believes that ..., Peskov said': Peskov's words, the opinion's holder included."""
    got = _said("Moscow believes that all disputes with Baku should be settled calmly, Peskov said on Monday.")
    assert got == [("Dmitry Peskov", "Moscow believes that all disputes with Baku should be settled calmly")]


def test_a_form_with_other_readings_keeps_them() -> None:
    """ "considered" is also a verb whose object's quotations are the words (data/speech_cues.tsv)."""
    assert _said('Peskov considered it "a provocation" on Monday.') == [("Dmitry Peskov", "a provocation")]


_WORDS = st.sampled_from(
    ["the", "allies", "front", "winter", "prices", "will", "rise", "hold", "soon", "air", "defence", "grid", "must"]
)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(_WORDS, min_size=2, max_size=12), form=st.sampled_from(FORMS))
def test_the_clause_is_the_words_whatever_it_holds(words: list[str], form: str) -> None:
    """Whatever plain words the that-clause holds, they are the statement, said by the subject."""
    clause = " ".join(words)
    assert _said(f"Rutte {form} that {clause}.") == [("Mark Rutte", clause)]
