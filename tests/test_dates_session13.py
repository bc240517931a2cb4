"""Date value rules of the thirteenth session (dates13). All sentences here are synthetic (written for the
tests), none copied from news text.

- recent-years-past (data/date_refs.tsv): "recent years", "recent decades" are the past as a whole
  (PAST_REF), as "the coming years" is the future; "recent days/weeks/months" stay stretches (PXD, PXW, PXM).
- hour-of-day (the clock rule, form ``_HOUR_OF_DAY``): an hour told by the part of the day instead of
  "a.m."/"p.m." ("at 4 in the morning", "ten in the evening", "11 o'clock at night") is a clock time.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

PUBLISHED = dt.date(2025, 3, 7)  # a Friday


def _pairs(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


# rule recent-years-past (synthetic)
RECENT = [
    ("Ties between the two ports have deepened in recent years.", [("recent years", "PAST_REF")]),
    ("The river has flooded more often in recent decades.", [("recent decades", "PAST_REF")]),
    ("Prices climbed in recent months.", [("recent months", "PXM")]),
    ("Talks stalled over recent weeks.", [("recent weeks", "PXW")]),
]


@pytest.mark.parametrize(("text", "expected"), RECENT)
def test_recent_years_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


# rule hour-of-day (synthetic)
HOURS = [
    ("The ferry left at 4 in the morning.", [("4 in the morning", "2025-03-07T04:00")]),
    ("Voting opens at seven in the morning.", [("seven in the morning", "2025-03-07T07:00")]),
    ("The concert ended at ten in the evening.", [("ten in the evening", "2025-03-07T22:00")]),
    ("The shop closes at 2:30 in the afternoon.", [("2:30 in the afternoon", "2025-03-07T14:30")]),
    ("The curfew starts at 11 o'clock at night.", [("11 o'clock at night", "2025-03-07T23:00")]),
]


@pytest.mark.parametrize(("text", "expected"), HOURS)
def test_hour_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_hour_of_day_leaves_other_phrases() -> None:
    """Synthetic: a count of things "in the morning" is no clock time; the part of the day alone stays one."""
    assert _pairs("The guards changed in the morning.") == [("the morning", "2025-03-07TMO")]
    assert [t for t, _ in _pairs("Sixty in the crowd sang.")] == []


@settings(max_examples=40, deadline=None)
@given(hour=st.integers(min_value=1, max_value=12), pod=st.sampled_from(["morning", "afternoon", "evening"]))
def test_hour_of_day_property(hour: int, pod: str) -> None:
    """Synthetic: the hour keeps its number in the morning and gains twelve in the afternoon and evening
    (twelve in the morning is midnight's hour, twelve in the afternoon noon's)."""
    (mention,) = find_dates(f"The train left at {hour} in the {pod}.", published=PUBLISHED)
    expected = hour % 12 + (0 if pod == "morning" else 12)
    assert mention.timex == f"2025-03-07T{expected:02d}:00"
