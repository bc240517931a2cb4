"""The noun-phrase object of an object verb and the gerund clause of a proposal verb as the words (rule
noun-object; data/speech_cues.tsv roles object_verb and gerund_verb). Every sentence here is synthetic,
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._resources import tsv_rows
from nato_ukraine_timeline._speech import lexicon

PUBLISHED = dt.date(2025, 3, 14)
OBJECT_VERBS = [c[0] for _, c in tsv_rows("speech_cues.tsv", 3) if c[1] == "object_verb"]
GERUND_VERBS = [c[0] for _, c in tsv_rows("speech_cues.tsv", 3) if c[1] == "gerund_verb"]


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


def test_the_verbs_are_speech_verbs() -> None:
    """An object or gerund verb is read only where the speech-verb table lists it."""
    lex = lexicon()
    speech = {*lex.say, *lex.declare, *lex.tell}
    # "expressed" is read as a verb by its quote_verb role (twenty-sixth session, expr26)
    assert set(OBJECT_VERBS) <= speech | set(lex.quote_verb)
    assert set(GERUND_VERBS) <= speech


@pytest.mark.parametrize("verb", OBJECT_VERBS)
def test_every_object_verb_reads_its_noun_phrase(verb: str) -> None:
    assert _said(f"Rutte {verb} an end to the strikes on the power grid.") == [
        ("Mark Rutte", "an end to the strikes on the power grid")
    ]


@pytest.mark.parametrize("verb", GERUND_VERBS)
def test_every_gerund_verb_reads_its_gerund_clause(verb: str) -> None:
    assert _said(f"Umerov {verb} holding the next round of talks in Istanbul.") == [
        ("Rustem Umerov", "holding the next round of talks in Istanbul")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Putin proposed changes to the nuclear doctrine.",  # a proposal verb's noun phrase names a thing
        "Rutte announced a new mission in the Baltic Sea.",  # announcing: an event, no object verb
        "Zelensky urged peace.",  # a word or two: a topic
        "Rutte urged the minister's quick return.",  # no complement: a thing named
        "NATO confirmed an explosion at the port on Friday.",  # a confirmation's object is an event
        "Rutte emphasised the Alliance's readiness in a speech in Brussels.",  # no complement: a thing named
        "Rutte stressed the importance of air defence for Ukraine.",  # stressing: no object verb
        "A ceasefire along the front was urged by Rutte.",  # the passive
    ],
)
def test_no_words(text: str) -> None:
    assert _said(text) == []


def test_emphasis_with_a_complement_is_the_words() -> None:
    """Eighteenth session: "emphasized" is an object verb (synthetic sentences)."""
    assert _said("Zelensky emphasized the need for a swift end to the shelling of Kharkiv.") == [
        ("Volodymyr Zelensky", "the need for a swift end to the shelling of Kharkiv")
    ]
    assert _said("Kallas emphasised the importance of sanctions on the shadow fleet in a speech.") == [
        ("Kaja Kallas", "the importance of sanctions on the shadow fleet")
    ]


def test_a_clause_after_the_verb_is_read_as_a_clause() -> None:
    assert _said("Kallas confirmed the talks will resume on Monday.") == [
        ("Kaja Kallas", "the talks will resume on Monday")
    ]


def test_a_setting_or_a_date_ending_the_object_is_no_words() -> None:
    got = _said("Rutte urged a halt to the strikes on the grid in a speech in Brussels on Monday.")
    assert got == [("Mark Rutte", "a halt to the strikes on the grid")]


def test_a_participle_of_saying_after_the_object_gives_the_words() -> None:
    got = _said("Sybiha urged a tougher line on sanctions, saying that Moscow only understands pressure.")
    assert got == [("Andrii Sybiha", "Moscow only understands pressure")]


_WORDS = st.sampled_from(["the", "front", "grid", "air", "defence", "supply", "shells", "northern", "city"])


@settings(max_examples=60, deadline=None)
@given(words=st.lists(_WORDS, min_size=1, max_size=8), verb=st.sampled_from(OBJECT_VERBS))
def test_the_object_is_the_words_whatever_it_holds(words: list[str], verb: str) -> None:
    """Whatever plain words complete the object, the object is the statement, said by the subject."""
    obj = "an end to " + " ".join(words)
    assert _said(f"Rutte {verb} {obj}.") == [("Mark Rutte", obj)]


def test_a_sentence_pointing_back_to_the_occasion_keeps_its_day_for_the_next() -> None:
    """Eighteenth session: the speaker's own statement in a sentence that opens by pointing back to the
    occasion ("In his address, ...") does not end the search for that occasion (synthetic sentences)."""
    text = (
        "Rutte spoke at a conference in Berlin on Monday. In his address, Rutte emphasized the need for more air "
        "defence in Ukraine. Rutte urged allies to send more weapons."
    )
    got = [(s.text, s.when.timex if s.when else None) for s in parse(text, published=PUBLISHED).statements]
    assert got == [
        ("the need for more air defence in Ukraine", "2025-03-10"),
        ("allies to send more weapons", "2025-03-10"),
    ]
