"""Date rules of the eighteenth session (dates18). Scanner rule unit_before (rule unit-before-after): "the year
before", "the month after", "the week before", "the day after" closed at the end of a clause, before a comma or a
conjunction count one unit from the time in focus, as "the previous year" does, not "the year" of the reference.
Focus rule same-day-of-month: "the same day" right after a month, not a day, invents no day. All sentences are
SYNTHETIC, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._calendar import week_timex
from nato_ukraine_timeline._dates._resolve import SAME_DAY_OF_MONTH

THURSDAY = dt.date(2024, 10, 3)


def _values(text: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: no date named before: one unit before (after) the reference day's
        ("Output fell to 30 tons, down from 50 tons the year before.", "the year before", "2023"),
        ("Sales were higher than the week before.", "the week before", "2024-W39"),
        ("Prices rose again the month before, and the trend held.", "the month before", "2024-09"),
        ("The talks ended, and the envoys left the day after.", "the day after", "2024-10-04"),
        # synthetic: a year, month or day named before is the focus
        ("In 2019 the plant made 40 tons, up from 30 tons the year before.", "the year before", "2018"),
        ("In 2019 the plant opened, and the year after, it closed.", "the year after", "2020"),
        ("Exports fell in March 2021 and recovered the month after.", "the month after", "2021-04"),
        ("On Monday, Sept. 30, the mayor spoke; the week after, he resigned.", "the week after", "2024-W41"),
        ("On Monday, Sept. 30, the mayor spoke; the day before, he had met the board.", "the day before", "2024-09-29"),
        ("The convoy arrives tomorrow and the day after, more will come.", "the day after", "2024-10-05"),
    ],
)
def test_unit_before_after(text: str, expression: str, timex: str) -> None:
    assert (expression, timex) in _values(text)


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: with an object the words keep their own meaning
        ("He left the day before yesterday.", "the day before yesterday", "2024-10-01"),
    ],
)
def test_unit_before_with_an_object_keeps_its_meaning(text: str, expression: str, timex: str) -> None:
    assert (expression, timex) in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy arrived the day after the vote.",  # synthetic: anchored on the event named after it
        "The mayor resigned the week before the election.",  # synthetic
    ],
)
def test_unit_before_an_event_is_not_read(text: str) -> None:
    assert not [v for v in _values(text) if v[0].lower().startswith(("the day", "the week"))]


_UNITS = [("year", "Y"), ("month", "M"), ("week", "W"), ("day", "D")]


def _moved(day: dt.date, unit: str, k: int) -> str:
    if unit == "Y":
        return f"{day.year + k:04d}"
    if unit == "M":
        n = day.year * 12 + day.month - 1 + k
        return f"{n // 12:04d}-{n % 12 + 1:02d}"
    if unit == "W":
        return week_timex(day + dt.timedelta(weeks=k))
    return (day + dt.timedelta(days=k)).isoformat()


@given(
    ref=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    unit=st.sampled_from(_UNITS),
    after=st.booleans(),
)
def test_property_no_focus_counts_from_the_reference(ref: dt.date, unit: tuple[str, str], after: bool) -> None:
    """For any reference day, "the <unit> before" ("after") with no date named before is the unit before
    (after) the reference's."""
    word, code = unit
    direction = "after" if after else "before"
    text = f"Sales were lower the {word} {direction}."  # synthetic
    assert (f"the {word} {direction}", _moved(ref, code, 1 if after else -1)) in _values(text, ref)


@given(
    ref=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    focus=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    unit=st.sampled_from(_UNITS),
    after=st.booleans(),
)
def test_property_counts_from_the_day_in_focus(
    ref: dt.date, focus: dt.date, unit: tuple[str, str], after: bool
) -> None:
    """For any reference day, "the <unit> before" ("after") after a full date counts from that date's unit."""
    word, code = unit
    direction = "after" if after else "before"
    named = f"{focus:%B} {focus.day}, {focus.year}"
    text = f"The plant opened on {named}, and sales were lower the {word} {direction}."  # synthetic
    assert (f"the {word} {direction}", _moved(focus, code, 1 if after else -1)) in _values(text, ref)


@pytest.mark.parametrize(("text", "published", "expression", "timex"), SAME_DAY_OF_MONTH.examples)
def test_same_day_of_month_examples(text: str, published: str, expression: str, timex: str) -> None:
    assert (expression, timex) in _values(text, dt.date.fromisoformat(published))


def test_same_day_after_a_month_keeps_the_day_of_that_month() -> None:
    # synthetic: the month named last is the month of the day named before it: the day stays
    text = "On March 5, 2024 the plant closed. In March 2024 the owner sold it, and the same day he left."
    assert ("the same day", "2024-03-05") in _values(text)
