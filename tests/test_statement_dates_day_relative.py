"""Statement dates, fifteenth session (sdates15).

All sentences here are synthetic (written for these tests), published on a Friday, 2025-03-07.
"""

from __future__ import annotations

import datetime as dt

import pytest

from scoring import statement_date

PUBLISHED = dt.date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: "when" after a day and a comma opens the clause of the saying: set at that day
            (
                "Relations soured after a tense meeting in Lisbon on Tuesday, when Foreign Minister Ana Duarte said"
                " that the guests had been rude."
            ),
            "the guests had been rude",
            "2025-03-04",
        ),
        (  # synthetic: a joint subject before the speaker
            (
                "Relations soured after a tense meeting in Lisbon on Tuesday, when the king and Foreign Minister Ana"
                " Duarte said that the guests had been rude."
            ),
            "the guests had been rude",
            "2025-03-04",
        ),
        (  # synthetic: a month
            (
                "The alliance has been uneasy since February, when Defence Secretary Ana Duarte warned that Europe"
                " would have to look after itself."
            ),
            "Europe would have to look after itself",
            "2025-02",
        ),
        (  # synthetic: "where" after a dated occasion, no comma
            "The king gave a farewell speech on Thursday where Ana Duarte said that the two nations were close.",
            "the two nations were close",
            "2025-03-06",
        ),
        (  # synthetic: the speaker's clause is not the relative's (a clause between ends at a comma)
            (
                "The storm hit Porto on Tuesday, when the city slept, and on the next morning Mayor Ana Duarte"
                " said that the city would rebuild."
            ),
            "the city would rebuild",
            None,
        ),
        (  # synthetic: a saying in the present is no one act on that day
            "The crisis began on Tuesday, when Ana Duarte says the guests were rude.",
            "the guests were rude",
            None,
        ),
    ],
)
def test_day_relative(text: str, words: str, timex: str | None) -> None:
    when, reason = statement_date(text, words, PUBLISHED)
    assert when == timex
    if when is not None:
        assert reason.startswith(("day relative:", "occasion:"))
