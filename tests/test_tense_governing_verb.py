"""Fifteenth session (tense15): a date takes the tense of the verb that governs it. SYNTHETIC sentences written
for these tests (no real news text): the rules name-list-comma and attributive-future-noun, the that-less
complement of rule date-of-the-saying and the future phrase "coming up", with hypothesis properties over the
reference day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REF_DAYS = st.dates(min_value=dt.date(2024, 1, 8), max_value=dt.date(2025, 12, 20))


def _day(text: str, expression: str, published: dt.date) -> dt.date:
    found = [m.timex for m in find_dates(text, published=published) if m.text == expression]
    assert len(found) == 1, found
    return dt.date.fromisoformat(found[0][:10])


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: a list of names between the verb and its date (rule name-list-comma); published Wednesday
        (
            "The envoy is meeting Ada Roe, General Ben Moss and Mayor Cy Hall on Thursday.",
            "Thursday",
            "2025-03-06",
        ),
        ("The envoy will meet Ada Roe, Ben Moss, and Cy Hall on Monday.", "Monday", "2025-03-10"),
        ("The envoy met Ada Roe, Ben Moss and Cy Hall on Monday.", "Monday", "2025-03-03"),
        # synthetic: a that-less complement after the date of a saying (rule date-of-the-saying)
        ("The mayor told journalists on Monday they will reopen the bridge.", "Monday", "2025-03-03"),
        ("The mayor told journalists on Monday she would reopen the bridge.", "Monday", "2025-03-03"),
        ("The mayor will tell journalists on Monday they can cross the bridge.", "Monday", "2025-03-10"),
        # synthetic: "coming up" sets its clause ahead
        ("We also have a council session coming up on Thursday.", "Thursday", "2025-03-06"),
        # synthetic: a future adjective dates its noun only (rule attributive-future-noun)
        (
            "The premier discussed the upcoming summit by phone with the king on Monday.",
            "Monday",
            "2025-03-03",
        ),
        ("The premier prepared for the upcoming summit on Thursday.", "Thursday", "2025-03-06"),
    ],
)
def test_governing_verb(text: str, expression: str, timex: str) -> None:
    assert [m.timex for m in find_dates(text, published="2025-03-05") if m.text == expression] == [timex]


@settings(max_examples=40, deadline=None)
@given(ref=REF_DAYS, weekday=st.sampled_from(DAYS), future=st.sampled_from(("will", "would")))
def test_saying_dated_before_its_complement_is_past(ref: dt.date, weekday: str, future: str) -> None:
    """Synthetic: "told X on <weekday> they will ..." and "said on <weekday> that ... will ...": the saying's day,
    on or before the reference day, whatever the tense of the reported words."""
    for text in (
        f"The mayor told journalists on {weekday} they {future} reopen the bridge.",
        f"The mayor said on {weekday} that the bridge {future} reopen.",
    ):
        assert _day(text, weekday, ref) <= ref


@settings(max_examples=40, deadline=None)
@given(ref=REF_DAYS, weekday=st.sampled_from(DAYS))
def test_future_verb_before_a_list_governs(ref: dt.date, weekday: str) -> None:
    """Synthetic: "will meet A, B and C on <weekday>": after the reference day (the day itself when it is that
    weekday), the list's commas read through."""
    text = f"The envoy will meet Minister Ada Roe, General Ben Moss and Mayor Cy Hall on {weekday}."
    day = _day(text, weekday, ref)
    assert day > ref or (day == ref and DAYS[ref.weekday()] == weekday)
    past = f"The envoy met Minister Ada Roe, General Ben Moss and Mayor Cy Hall on {weekday}."
    assert _day(past, weekday, ref) <= ref
