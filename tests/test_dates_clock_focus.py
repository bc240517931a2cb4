"""Rule clock-in-focus (``_dates._find._clock_in_focus``): a clock time said without its day is on the day
the text named last before it, in its own sentence or the one before.

Every sentence here is SYNTHETIC.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

PUBLISHED = dt.date(2025, 4, 24)  # a Thursday
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _timexes(text: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "clock", "want"),
    [
        (
            "Delegates met on Tuesday evening. Talks opened at 9:14 p.m. local time.",
            "9:14 p.m. local time",
            "2025-04-22T21:14",
        ),
        ("The ceasefire held from 7 p.m. on April 18 (4 p.m. GMT) until morning.", "4 p.m. GMT", "2025-04-18T16:00"),
        ("Transit stops on January 1, the minister said. At 7.00 am the valves close.", "7.00 am", "2025-01-01T07:00"),
        ("The envoys met on Monday. Talks began at 6:00 pm (1500 GMT).", "1500 GMT", "2025-04-21T15:00"),
    ],
)
def test_clock_takes_the_day_in_focus(text: str, clock: str, want: str) -> None:
    """The clock time is on the day named just before it."""
    assert _timexes(text)[clock] == want


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Delegates met on Tuesday. Then it rained. The meeting began at 8:37 p.m.", "8:37 p.m."),  # two back
        ("Drones flew overnight. The train reached Kyiv at 11.45am.", "11.45am"),  # a night spans two days
        ("Delegates met on Tuesday. The session ended after midnight.", "midnight"),  # a day's boundary
        ("The talks began at 10 a.m.", "10 a.m."),  # no day named
    ],
)
def test_clock_keeps_the_reference_day(text: str, clock: str) -> None:
    """Without a day in focus the clock time stays on the reference day."""
    assert _timexes(text)[clock].startswith(PUBLISHED.isoformat())


@given(st.integers(1, 6), st.integers(1, 11), st.sampled_from(["a.m.", "p.m."]))
def test_clock_after_a_weekday_is_on_that_weekday(back: int, hour: int, half: str) -> None:
    """Any weekday of the past week named in the sentence before dates a bare clock time to that day."""
    day = PUBLISHED - dt.timedelta(days=back)
    text = f"Ministers met on {WEEKDAYS[day.weekday()]}. The session opened at {hour} {half}"
    got = _timexes(text)[f"{hour} {half}"]
    assert got.startswith(day.isoformat())
