"""Seventeenth session (attr17c): rule described-again. After the words, "the" and a person's noun (data/speech_cues.tsv
role back, person or title) with words about the person written with a capital, a digit or as a mention before it
("the Slovak politician said", "the South Carolina Republican told reporters", "the 58-year-old diplomat added")
names the person who spoke just before, unless a demonym or a body or state among those words is not one of that
person's offices.

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from found import said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: the speaker's own demonym, the speaker in the sentence before
            'Robert Fico said the plan was fair. "We will sign it next week," the Slovak politician added.',
            "Robert Fico",
            "We will sign it next week,",
        ),
        (  # synthetic: a capitalised region and a party's noun
            (
                'Senator Lindsey Graham backed the bill. "We have the votes," the South Carolina Republican told '
                "reporters."
            ),
            "Lindsey Graham",
            "We have the votes,",
        ),
        (  # synthetic: an age written with digits before a noun any speaker may be called
            (
                'Finance Minister Erik Lund said the budget was ready. "It is a fair plan," the 58-year-old '
                "politician added."
            ),
            "Erik Lund",
            "It is a fair plan,",
        ),
        (  # synthetic: a body the speaker holds an office of, named before the noun
            (
                'Kremlin spokesman Dmitry Peskov said the talks were over. "There is no date yet," the Kremlin '
                "official added."
            ),
            "Dmitry Peskov",
            "There is no date yet,",
        ),
    ],
)
def test_described_again(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(text)


def test_another_states_demonym_is_someone_else() -> None:
    # synthetic: "the Hungarian politician" right after a Slovak one is not him
    text = 'Robert Fico said the plan was fair. "We will sign it next week," the Hungarian politician added.'
    assert not [s for s in said(text) if s[0] == "Robert Fico" and s[1].startswith("We will sign")]


def test_former_still_means_someone_else() -> None:
    # synthetic: a not_same word after the shaped words keeps its meaning ("the former president" is another)
    text = 'Donald Trump said the plan was fair. "We will sign it next week," the 70-year-old former president added.'
    assert not [s for s in said(text) if s[0] == "Donald Trump" and s[1].startswith("We will sign")]


def test_a_body_after_capitalised_words_is_unchanged() -> None:
    # synthetic: a body's noun is not read by the rule ("the Russian Defence Ministry said" stays the ministry)
    text = 'Sergei Shoigu visited the front. "Two villages were taken," the Russian Defence Ministry said.'
    assert ("Russian Defense Ministry", "Two villages were taken,") in said(text)
