"""Forms of saying read in the tenth session (attr10b): a reported clause whose subject is a negative
quantifier ("said no one was hurt"), a participle of telling with its addressee (", telling reporters that
..."), and participles of emphasis before "that" (", underlining that ..."). Every sentence here is
synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._speech import lexicon

PUBLISHED = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # synthetic: a bare clause after "said" whose subject is "no one"
        (
            "Svyrydenko said no one was hurt when the drone hit the depot.",
            "no one was hurt when the drone hit the depot",
        ),
        # synthetic: a that-clause after a participle, its subject "no" and a noun
        (
            "Peskov dismissed the reports, saying that no such meeting had been planned.",
            "no such meeting had been planned",
        ),
        # synthetic: the same with no "that"
        ("Peskov dismissed the reports, saying no such meeting had been planned.", "no such meeting had been planned"),
    ],
)
def test_a_negative_subject_opens_reported_words(text: str, words: str) -> None:
    assert [w for _, w in _said(text)] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Orban said no to the plan that was tabled by the Commission.",  # synthetic: "no" to something
        "Asked about the deal, Orban said no.",  # synthetic: "no" alone is an answer, no reported clause
    ],
)
def test_no_alone_is_no_reported_clause(text: str) -> None:
    assert _said(text) == []


def test_telling_participles_come_from_the_table() -> None:
    """The participles of telling are the participles (class ing) of verbs of class tell: a new one is a
    table line."""
    lex = lexicon()
    lemmas = set(lex.tell.values())
    assert {"telling", "assuring", "informing"} <= {f for f, lemma in lex.ing.items() if lemma in lemmas}


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a participle of telling, its addressee, then "that"
            "Rutte closed the two-day meeting in Brussels, telling reporters that allies had agreed on new goals.",
            "Mark Rutte",
            "allies had agreed on new goals",
        ),
        (  # synthetic: an addressee with an article
            "Zelensky visited the front line, assuring the soldiers that more shells were on the way.",
            "Volodymyr Zelensky",
            "more shells were on the way",
        ),
        (  # synthetic: a participle of emphasis before "that"
            "Orban met Putin in Moscow, underlining that the visit was only a first step.",
            "Viktor Orbán",
            "the visit was only a first step",
        ),
    ],
)
def test_participles_read(text: str, speaker: str, words: str) -> None:
    assert _said(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "Rutte spoke in Brussels, telling the story of his first visit to Kyiv.",  # synthetic: no that-clause
        "Orban met Putin in Moscow, underlining the weight of the visit.",  # synthetic: a noun phrase, no words
    ],
)
def test_participles_without_a_that_clause_read_nothing(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a second possessive before the noun of feeling
            "Fidan expressed his government's hope that the negotiations would narrow the gaps.",
            "Hakan Fidan",
            "his government's hope that the negotiations would narrow the gaps",
        ),
        (  # synthetic: a possessive and a describing word
            "Sybiha expressed his deep gratitude to the Baltic states for the new air defence systems.",
            "Andrii Sybiha",
            "his deep gratitude to the Baltic states for the new air defence systems",
        ),
        (  # synthetic: no possessive
            "The Kremlin expressed alarm at the strikes on the nuclear plant.",
            "Kremlin",
            "alarm at the strikes on the nuclear plant",
        ),
    ],
)
def test_expressed_feelings_are_words(text: str, speaker: str, words: str) -> None:
    assert _said(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "Rutte expressed his thanks.",  # synthetic: no complement, no words
        "Macron expressed support.",  # synthetic: the noun alone names a topic
    ],
)
def test_a_feeling_without_a_complement_is_no_words(text: str) -> None:
    assert _said(text) == []


def test_feeling_nouns_are_a_table_role() -> None:
    assert {"hope", "support", "concern"} <= set(lexicon().feeling_noun)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a state reports what happened on its soil
            "Moldova has reported fragments of a Russian drone near its border with Ukraine.",
            "Moldova",
            "fragments of a Russian drone near its border with Ukraine",
        ),
        (  # synthetic: a participle after the noun
            "Romania reported debris of two drones falling on farmland in Tulcea county.",
            "Romania",
            "debris of two drones falling on farmland in Tulcea county",
        ),
    ],
)
def test_a_report_of_a_body_is_its_words(text: str, speaker: str, words: str) -> None:
    assert _said(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported a sharp rise in drone attacks on the city.",  # synthetic: an outlet is a source
        "Romania reported progress.",  # synthetic: a word or two name a topic
        "Kyiv reported to the council on Monday.",  # synthetic: no object
    ],
)
def test_reports_that_are_no_words(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # synthetic: an adverb of the lead role of data/speech_links.tsv between "and" and the second verb
        "Zelensky wrote on X that the border was calm, and later claimed that Russian units had attacked a post.",
        "Zelensky wrote on X that the border was calm but then said that Russian units had attacked a post.",
    ],
)
def test_a_coordinated_verb_after_an_adverb_keeps_the_subject(text: str) -> None:
    assert _said(text) == [
        ("Volodymyr Zelensky", "the border was calm"),
        ("Volodymyr Zelensky", "Russian units had attacked a post"),
    ]
