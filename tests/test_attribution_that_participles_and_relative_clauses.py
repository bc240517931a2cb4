"""Forms of saying read in the twelfth session (attr12a): gold statements whose speaker the library found in the
passage but no prediction read. Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._speech import lexicon

PUBLISHED = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.when.timex if s.when else None) for s in parse(text, published=PUBLISHED).statements]


# Participles of verbs that take a that-clause (promising, vowing, pledging that ...; indicating, predicting,
# cautioning that ...): after a comma or in an absolute "with X ...-ing that", they introduce reported words.
THAT_PARTICIPLES = ("promising", "vowing", "pledging", "indicating", "predicting", "cautioning")


def test_that_participles_are_table_lines() -> None:
    lex = lexicon()
    for form in THAT_PARTICIPLES:
        assert form in lex.ing_that, form
        assert form in lex.ing, form


@pytest.mark.parametrize("form", THAT_PARTICIPLES)
def test_participle_after_a_clause_of_the_subject(form: str) -> None:
    # synthetic: the subject's own clause (no speech verb), then the participle and its that-clause
    text = f"Nauseda inspected the new barracks near the border, {form} that the brigade would be ready by June."
    assert _said(text) == [("Gitanas Nausėda", "the brigade would be ready by June")]


@pytest.mark.parametrize("form", THAT_PARTICIPLES)
def test_participle_after_a_statement(form: str) -> None:
    # synthetic: a quotation and its speaker, then more words of the same speaker
    text = f'"This winter will be hard," Zelensky told the deputies, {form} that the grid would hold.'
    assert ("Volodymyr Zelensky", "the grid would hold") in _said(text)


@pytest.mark.parametrize("form", THAT_PARTICIPLES)
def test_absolute_participle(form: str) -> None:
    # synthetic: "with X ...-ing that" after a clause with no speaker of its own
    text = f"The vote was delayed again, with Orban {form} that Budapest would not change its mind."
    assert _said(text) == [("Viktor Orbán", "Budapest would not change its mind")]


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: a day between the participle and "that" dates the saying
            "Sybiha left Oslo early, saying on Sunday that the grain corridor would stay open.",
            "the grain corridor would stay open",
            "2025-03-09",
        ),
        (  # synthetic: a month after "in"
            "Trump campaigned across the state, saying in February that he would end the war quickly.",
            "he would end the war quickly",
            "2025-02",
        ),
        (  # synthetic: an absolute clause with a day before "that"
            "The draft drew anger in Kyiv, with Zelensky vowing on March 10 that no land would be traded.",
            "no land would be traded",
            "2025-03-10",
        ),
        (  # synthetic: after a statement, the participle's day, not the statement's
            "Rutte said on Tuesday the allies would respond, adding on Wednesday that Russia had miscalculated.",
            "Russia had miscalculated",
            "2025-03-12",
        ),
    ],
)
def test_date_between_participle_and_that(text: str, words: str, timex: str) -> None:
    assert (words, timex) in _dated(text)


def test_medium_between_participle_and_that() -> None:
    # synthetic: a medium ("on X") between the participle and "that"
    text = "Ramaphosa spoke to Modi by phone, stating on X that the two had agreed to meet in Delhi."
    assert _said(text) == [("Cyril Ramaphosa", "the two had agreed to meet in Delhi")]


def test_date_after_participle_needs_that() -> None:
    # synthetic: without "that", a date after "adding" is no opening of reported words
    text = "Rutte said allies would meet in Vilnius, adding on Tuesday the new plans for the summit."
    assert _said(text) == [("Mark Rutte", "allies would meet in Vilnius")]


# A relative clause in apposition to the speaker, between the speaker and the verb: with commas (a list) or a
# short quotation inside it, or after a title in apposition (the clause then hangs on the title's noun).
@pytest.mark.parametrize(
    "text",
    [
        # synthetic: a list inside the relative clause
        "Zelensky, who visited Lviv, Lutsk and Rivne this week, said that the western grid was repaired.",
        # synthetic: a quotation inside the relative clause
        'Zelensky, who has called the offer "a trap" twice, said that the western grid was repaired.',
        # synthetic: a title in apposition, then a relative clause on the title's noun
        "Zelensky, president of Ukraine, which hosts the forum, said that the western grid was repaired.",
        # synthetic: a bare clause after the verb
        "Zelensky, who toured Lviv, Lutsk and Rivne, said the western grid was repaired.",
    ],
)
def test_relative_clause_between_speaker_and_verb(text: str) -> None:
    # (a label quoted inside the relative clause is a statement of its own: 'called the offer "a trap"')
    assert ("Volodymyr Zelensky", "the western grid was repaired") in _said(text)


def test_day_in_the_relative_clause_does_not_date_the_saying() -> None:
    # synthetic: the day belongs to the relative clause on the title's noun, not to the saying
    text = "Sikorski, minister of Poland, which took over the council on January 1, said that talks must go on."
    assert _dated(text) == [("talks must go on", None)]


def test_relative_clause_does_not_reach_past_a_semicolon() -> None:
    # synthetic: a semicolon ends the clause of the mention before it: the verb has no speaker from there
    text = "Zelensky, who spoke in Lviv; the governor, speaking later, said that the grid was repaired."
    assert all(name != "Volodymyr Zelensky" for name, _ in _said(text))
