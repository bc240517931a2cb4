"""Date readings of the thirteenth session (dates13b): "since" with a determiner before the month; a
possessive day right after a verb of saying opens the reported words.

All sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates, parse

MONTHS = tuple(calendar.month_name[1:])  # English: no test sets a locale
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
_OCT_17 = dt.date(2025, 10, 17)
_TUESDAY = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: an article between "since" and the month modifying a noun; the verb is a modal ahead
        ("It would be the pair's first meeting since an August summit on the coast.", "2025-08"),
        ("The two will meet again, their first talks since a December visit.", "2024-12"),  # synthetic
        ("The ministers will meet for the first time since that March vote.", "2025-03"),  # synthetic
        # without a determiner, as before
        ("The ministers will meet for the first time since March.", "2025-03"),  # synthetic
    ],
)
def test_since_with_a_determiner_looks_back(text: str, expected: str) -> None:
    (m,) = find_dates(text, published=_OCT_17)
    assert m.timex == expected


# "May" is left out: after an article it may be read as the verb, a question of another rule
_UNAMBIGUOUS = st.sampled_from([m for m in MONTHS if m != "May"])


@given(DAYS, _UNAMBIGUOUS, st.sampled_from(["a", "an", "the", "that"]), st.sampled_from(["would", "will"]))
def test_since_a_month_never_lies_after_the_reference(ref: dt.date, month: str, det: str, modal: str) -> None:
    """Resolver property: "since <determiner> <month> <noun>" names a month that began on or before the
    reference day, whatever the tense of the sentence."""
    text = f"It {modal} be their first meeting since {det} {month} summit."  # synthetic
    (m,) = find_dates(text, published=ref)
    assert m.value.earliest is not None
    assert m.value.earliest <= ref


# -- a possessive day right after a verb of saying opens the words (item of the thirteenth session) ----------


@pytest.mark.parametrize(
    ("text", "words", "event_day"),
    [
        # synthetic: the day owns the reported clause's subject; it is not the day of the saying
        (
            "Russian President Vladimir Putin said Sunday's election in Belarus was fair.",
            "Sunday's election in Belarus was fair",
            "2025-08-31",
        ),
        # synthetic: a verb of telling with its addressee before the possessive day
        (
            "NATO Secretary General Mark Rutte told reporters Friday's talks in Brussels were useful.",
            "Friday's talks in Brussels were useful",
            "2025-08-29",
        ),
    ],
)
def test_possessive_day_after_saying_opens_the_words(text: str, words: str, event_day: str) -> None:
    t = parse(text, published=_TUESDAY)
    (st_,) = t.statements
    assert st_.text == words
    assert st_.when is None  # nothing else dates the saying
    assert [e.when.timex for e in t.events if e.when is not None] == [event_day]


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin said Sunday that the election in Belarus was fair.",  # synthetic
        "Russian President Vladimir Putin said on Sunday the election in Belarus was fair.",  # synthetic
    ],
)
def test_plain_day_after_saying_still_dates_the_saying(text: str) -> None:
    (st_,) = parse(text, published=_TUESDAY).statements
    assert st_.text == "the election in Belarus was fair"
    assert st_.when is not None
    assert st_.when.timex == "2025-08-31"
