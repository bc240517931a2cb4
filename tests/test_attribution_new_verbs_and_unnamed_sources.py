"""Forms of saying read in the eleventh session (attr11a): gold statements no prediction overlapped. Every
sentence here is synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._speech import lexicon

PUBLISHED = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


# Verbs of saying of general news English that the table lacked (data/speech_verbs.tsv, class say).
NEW_SAY_VERBS = (
    "elaborated",
    "reasoned",
    "observed",
    "opined",
    "mused",
    "contended",
    "maintained",
    "reckoned",
    "recounted",
    "exclaimed",
    "testified",
    "confided",
    "scoffed",
    "mentioned",
    "repeated",
    "restated",
    "shot back",
)


def test_new_say_verbs_are_table_lines() -> None:
    assert set(NEW_SAY_VERBS) <= set(lexicon().say)


@pytest.mark.parametrize("verb", NEW_SAY_VERBS)
def test_new_say_verb_after_a_quotation(verb: str) -> None:
    # synthetic: a quotation, then the speaker and the verb
    text = f'"The bridge will be rebuilt before the winter," Zelensky {verb} on Friday.'
    assert _said(text) == [("Volodymyr Zelensky", "The bridge will be rebuilt before the winter,")]


@pytest.mark.parametrize("verb", ["maintained", "contended", "observed", "repeated"])
def test_new_say_verb_before_a_that_clause(verb: str) -> None:
    # synthetic: the verb and a that-clause
    text = f"Peskov {verb} that no talks with the European envoys had been planned for March."
    assert _said(text) == [("Dmitry Peskov", "no talks with the European envoys had been planned for March")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia maintained pressure on the town of Pokrovsk through the winter.",  # synthetic: a noun object
        "Ukraine repeated strikes on the refinery in Saratov on Tuesday.",  # synthetic
        "Monitors observed the ceasefire along the line for a week.",  # synthetic
    ],
)
def test_new_say_verb_before_a_noun_reads_nothing(text: str) -> None:
    assert _said(text) == []


# Unnamed sources (data/speech_cues.tsv roles count, post, bare_source, member_list).


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # synthetic: a count before a plural description set off after the words: the group speaks
        (
            "The envoy will travel to Ankara on Friday, two sources said on Tuesday.",
            "sources",
            "The envoy will travel to Ankara on Friday",
        ),
        # synthetic: a count and what the sources know, opening the sentence
        (
            "Several sources familiar with the matter said that the envoy will travel to Ankara on Friday.",
            "sources familiar with the matter",
            "the envoy will travel to Ankara on Friday",
        ),
        # synthetic: members listed between commas after the description
        (
            (
                "Three sources familiar with the plans, including two European diplomats, told reporters on "
                "Sunday that the envoy will travel to Ankara."
            ),
            "sources familiar with the plans",
            "the envoy will travel to Ankara",
        ),
        # synthetic: "according to" unnamed sources with a count and what they know
        (
            "The envoy will travel to Ankara on Friday, according to several sources familiar with the plans.",
            "sources familiar with the plans",
            "The envoy will travel to Ankara on Friday",
        ),
        # synthetic: "people" with knowledge of something
        (
            "The envoy will travel to Ankara on Friday, according to people with knowledge of the talks.",
            "people with knowledge of the talks",
            "The envoy will travel to Ankara on Friday",
        ),
        # synthetic: a bare plural description after "according to"
        (
            "The envoy will travel to Ankara on Friday, according to diplomatic sources.",
            "diplomatic sources",
            "The envoy will travel to Ankara on Friday",
        ),
    ],
)
def test_unnamed_sources_speak(text: str, speaker: str, words: str) -> None:
    assert _said(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "The officials said that the envoy will travel to Ankara.",  # synthetic: "the": read as before
        "An official said that the envoy will travel to Ankara.",  # synthetic: one person, someone new
        "Prices rose again, according to people on the ground.",  # synthetic: no post phrase of the table
    ],
)
def test_counts_only_make_groups_speak(text: str) -> None:
    said = _said(text)
    assert all(s not in {"official", "people"} for s, _ in said)


def test_counts_are_table_lines() -> None:
    assert {"two", "several", "multiple"} <= set(lexicon().count_word)
    assert "one" not in lexicon().count_word
