"""Statement dates, thirteenth session (sdates13): rule occasion-followed and the conditions it reads.

Every text here is SYNTHETIC (our wording; names of public figures only)."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse
from scoring import statement_date

PUBLISHED = dt.date(2025, 3, 7)  # a Friday


def _reason(text: str, words: str) -> str:
    found = [s for s in parse(text, published=PUBLISHED).statements if words in s.text]
    assert found
    assert found[0].when is not None
    return found[0].when.reason


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: remarks after the meeting the sentence before dates take its day
            (
                "Ministers of the two states met in Vienna on Wednesday. At a news conference following the meeting,"
                " Foreign Minister Andrii Sybiha said that the corridor would stay open."
            ),
            "the corridor would stay open",
            "2025-03-05",
        ),
        (  # synthetic: a general noun ("the event") refers back to the summit
            (
                "Leaders held a summit in Lisbon on Tuesday. Speaking after the event, Prime Minister Keir Starmer said"
                " that Europe had to act."
            ),
            "Europe had to act",
            "2025-03-04",
        ),
        (  # synthetic: "plan(s) to" after a determiner is a noun; the summit held on Sunday took place
            (
                "Leaders agreed a three-point plan to end the war at a summit held in Lisbon on Sunday. Speaking"
                " after the summit, Prime Minister Keir Starmer said that Europe had to act."
            ),
            "Europe had to act",
            "2025-03-02",
        ),
        (  # synthetic: the noun "plan" with its infinitive's day and no occasion held: still planned
            "Mark Rutte unveiled a plan to visit Kyiv on Friday. He said that allies stood with Ukraine.",
            "allies stood with Ukraine",
            None,
        ),
        (  # synthetic: a modal plans the summit, whatever the participle after it
            (
                "Leaders will meet at the summit held in Lisbon on Sunday. Speaking after the summit, Prime Minister"
                " Keir Starmer said that Europe had to act."
            ),
            "Europe had to act",
            None,
        ),
        (  # synthetic: ... but a verb "plan to" plans the summit: nobody has spoken there yet
            (
                "Leaders plan to hold a summit in Lisbon on Sunday. Speaking after the summit, Prime Minister Keir"
                " Starmer said that Europe had to act."
            ),
            "Europe had to act",
            None,
        ),
        (  # synthetic: words before the occasion are not of its day
            (
                "Leaders held a summit in Lisbon on Tuesday. Speaking before the summit, Prime Minister Keir Starmer"
                " said that Europe had to act."
            ),
            "Europe had to act",
            None,
        ),
    ],
)
def test_occasion_followed(text: str, words: str, timex: str | None) -> None:
    assert statement_date(text, words, PUBLISHED)[0] == timex


def test_occasion_followed_names_its_evidence() -> None:
    text = (  # synthetic
        "Leaders held a summit in Lisbon on Tuesday. Speaking after the event, Prime Minister Keir Starmer said"
        " that Europe had to act."
    )
    assert _reason(text, "Europe had to act").startswith("occasion followed: the dated occasion its words follow")


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        (  # synthetic: a day or more between the occasion and the words: another day (occasion-before)
            (
                "Olaf Scholz met Keir Starmer in Berlin on Tuesday. A day after the meeting, Scholz said that"
                " Europe would stay united."
            ),
            None,
        ),
        (  # synthetic: ... the same for words that follow an occasion the speaker is not named at
            (
                "Leaders held a summit in Lisbon on Tuesday. Weeks after the summit, Prime Minister Keir Starmer"
                " said that Europe would stay united."
            ),
            None,
        ),
        (  # synthetic: hours may be the same day
            (
                "Olaf Scholz met Keir Starmer in Berlin on Tuesday. Hours after the meeting, Scholz said that"
                " Europe would stay united."
            ),
            "2025-03-04",
        ),
    ],
)
def test_offset_from_the_occasion(text: str, timex: str | None) -> None:
    assert statement_date(text, "Europe would stay united", PUBLISHED)[0] == timex
