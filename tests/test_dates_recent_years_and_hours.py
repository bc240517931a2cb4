"""Date value rules of the thirteenth session (dates13). All sentences here are synthetic (written for the
tests), none copied from news text.

- recent-years-past (data/date_refs.tsv): "recent years", "recent decades" are the past as a whole
  (PAST_REF), as "the coming years" is the future; "recent days/weeks/months" stay stretches (PXD, PXW, PXM).
- hour-of-day (the clock rule, form ``_HOUR_OF_DAY``): an hour told by the part of the day instead of
  "a.m."/"p.m." ("at 4 in the morning", "from ten in the evening", "until 11 o'clock at night") is a clock time,
  right after a preposition of time (a count is no hour: "injured two in the morning rush").
- recently-grading-a-date (_find._recently_grading_a_date): "most recently in 2019", "as recently as last week":
  the adverb ranks the date after it, which is the expression; "recently" is none of its own there.
- the-past-decade (_read, rule rel_unit): "the past decade" P10Y, "the past century" P100Y (the years up to now);
  "the last decade" and "the last century" stay the calendar ones before.
- one-day-future (the rule one_day_future): "will one day become" is FUTURE_REF, not P1D.
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
    # a count after a verb is no hour: the hour needs a preposition of time before it
    assert _pairs("The blast injured two in the morning rush.") == [("the morning", "2025-03-07TMO")]


@settings(max_examples=40, deadline=None)
@given(hour=st.integers(min_value=1, max_value=12), pod=st.sampled_from(["morning", "afternoon", "evening"]))
def test_hour_of_day_property(hour: int, pod: str) -> None:
    """Synthetic: the hour keeps its number in the morning and gains twelve in the afternoon and evening
    (twelve in the morning is midnight's hour, twelve in the afternoon noon's)."""
    (mention,) = find_dates(f"The train left at {hour} in the {pod}.", published=PUBLISHED)
    expected = hour % 12 + (0 if pod == "morning" else 12)
    assert mention.timex == f"2025-03-07T{expected:02d}:00"


# rule recently-grading-a-date (synthetic): "recently" ranking the date right after it is no expression
GRADED = [
    ("The dam has burst four times, most recently in 2019.", [("2019", "2019")]),
    ("The bridge was hit again, most recently, last October.", [("last October", "2024-10")]),
    ("Storms hit the coast as recently as last week.", [("last week", "2025-W09")]),
    # "recently" before a verb, or with no date after it, stays the past as a whole
    ("The port was most recently rebuilt by a cooperative.", [("recently", "PAST_REF")]),
    ("The mayor recently resigned.", [("recently", "PAST_REF")]),
]


@pytest.mark.parametrize(("text", "expected"), GRADED)
def test_recently_grading_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


# rule the-past-decade (synthetic): the ten (hundred) years up to now, a duration
DECADES = [
    ("Rents have doubled over the past decade.", [("the past decade", "P10Y")]),
    ("The town grew tenfold over the past century.", [("the past century", "P100Y")]),
    ("The mill closed in the last decade.", [("the last decade", "201")]),  # the calendar decade before
    ("Two wars shaped the last century.", [("the last century", "19")]),
]


@pytest.mark.parametrize(("text", "expected"), DECADES)
def test_the_past_decade(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


# rule one-day-future (synthetic): "one day" between a modal and its verb is the future as a whole
ONE_DAY = [
    ("The island will one day become a nature park.", [("one day", "FUTURE_REF")]),
    ("She said the club could one day host the final.", [("one day", "FUTURE_REF")]),
    ("The strike lasted one day.", [("one day", "P1D")]),
    ("Will one day of talks suffice?", [("one day", "P1D")]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_DAY)
def test_one_day_future(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected
