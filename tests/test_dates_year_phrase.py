"""Rule year-phrase (twenty-third session, value23): "last year", "this year" or "next year" after a day or a month
counts its year from the reference's in every day-and-month form, read by one pattern (``_patterns.YEAR_PHRASE``).
All sentences here are synthetic (written for the tests), none copied from news text."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
WORDS = {"last": -1, "this": 0, "next": 1}
GLUES = ("-", "\u2013", " to ", " and ", " through ")


def _pairs(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


FORMS = [
    # a range of days of one month: both days in the year the phrase counts (was the tense's year for the head)
    ("The fair ran on March 3-5 last year.", [("March 3", "2024-03-03"), ("5 last year", "2024-03-05")]),
    ("The fair ran on March 3 to 5 last year.", [("March 3", "2024-03-03"), ("5 last year", "2024-03-05")]),
    ("The fair will run Oct. 1-9 next year.", [("Oct. 1", "2026-10-01"), ("9 next year", "2026-10-09")]),
    ("The fair ran on 3-5 March last year.", [("3", "2024-03-03"), ("5 March last year", "2024-03-05")]),
    # a range across months: the first side takes the second's year
    ("The fair ran March 30 - April 2 last year.", [("March 30", "2024-03-30"), ("April 2 last year", "2024-04-02")]),
    (
        "The fair ran from 30 March to 2 April last year.",
        [("30 March", "2024-03-30"), ("2 April last year", "2024-04-02")],
    ),
    # ... the year before it when its month comes later
    ("The fair ran from Dec. 28 to Jan. 3 this year.", [("Dec. 28", "2024-12-28"), ("Jan. 3 this year", "2025-01-03")]),
    # a range of months: the first month takes the second's year
    ("Exports fell from January to March last year.", [("January", "2024-01"), ("March last year", "2024-03")]),
    ("Exports will rise in May and June next year.", [("May", "2026-05"), ("June next year", "2026-06")]),
    ("Exports fell from November to February this year.", [("November", "2024-11"), ("February this year", "2025-02")]),
    # the forms that read the phrase before (unchanged)
    ("The fair ran on March 3 last year.", [("March 3 last year", "2024-03-03")]),
    ("The fair ran in March of last year.", [("March of last year", "2024-03")]),
    ("The fair ran in March last year.", [("March last year", "2024-03")]),
    ("The fair ran last March.", [("last March", "2024-03")]),
    # no phrase: the tense decides, as before
    ("The fair ran on March 3-5.", [("March 3", "2025-03-03"), ("5", "2025-03-05")]),
    # a head with a year of its own keeps it
    (
        "The fair ran from Dec. 28, 2023 to Jan. 3 this year.",
        [("Dec. 28, 2023", "2023-12-28"), ("Jan. 3 this year", "2025-01-03")],
    ),
    # a year written elsewhere in the sentence does not move a day with the phrase (was 2023-01-03)
    ("The fair of 2023 closed on Jan. 3 this year.", [("2023", "2023"), ("Jan. 3 this year", "2025-01-03")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_year_phrase_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 3, 14)) == expected


def test_year_phrase_needs_the_whole_word() -> None:
    # "last year's" owns a noun: no year phrase of the day before it
    assert ("March 3", "2025-03-03") in _pairs("The fair ran on March 3 last year's way.", dt.date(2025, 3, 14))


@given(DAYS, st.integers(1, 12), st.integers(1, 27), st.sampled_from(sorted(WORDS)), st.sampled_from(GLUES))
def test_day_range_lies_in_the_counted_year(published: dt.date, month: int, day: int, word: str, glue: str) -> None:
    """For any reference day, "<Month> D-D last year" lies in the year before the reference's, "next year" in the
    year after (both days)."""
    name = calendar.month_name[month]
    year = published.year + WORDS[word]
    last = min(day + 2, calendar.monthrange(year, month)[1])  # a day that exists in the counted year (no 29 Feb 1999)
    found = _pairs(f"The talks were held on {name} {day}{glue}{last} {word} year.", published)
    assert [v[:4] for _, v in found] == [f"{year:04d}", f"{year:04d}"], found


@given(DAYS, st.integers(1, 11), st.sampled_from(sorted(WORDS)), st.booleans())
def test_range_across_months_lies_in_the_counted_year(published: dt.date, month: int, word: str, days: bool) -> None:
    """For any reference day, "<Month> 28 to <next Month> 2 last year" and "<Month> to <next Month> last year":
    both sides in the counted year."""
    first, second = calendar.month_name[month], calendar.month_name[month + 1]
    first, second = (f"{first} 28", f"{second} 2") if days else (first, second)
    found = _pairs(f"The talks were held from {first} to {second} {word} year.", published)
    year = published.year + WORDS[word]
    assert [v[:4] for _, v in found] == [f"{year:04d}", f"{year:04d}"], found
