"""Date rule of the eighteenth session (te318b). Rule day-before-named-day: "the day before" / "the day after"
right before a day the text names is one expression, the day before (after) that day. All sentences are
SYNTHETIC, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._find import DAY_BEFORE_NAMED_DAY

THURSDAY = dt.date(2024, 10, 3)


def _values(text: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(("text", "published", "expected"), DAY_BEFORE_NAMED_DAY.examples)
def test_day_before_named_day_examples(text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
    got = _values(text, dt.date.fromisoformat(published))
    assert all(pair in got for pair in expected)


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: a weekday, a date with and without its year
        ("The ministers met the day before Monday's summit.", "the day before Monday", "2024-09-29"),
        ("The ferry sailed the day after Sept. 12.", "the day after Sept. 12", "2024-09-13"),
        ("The plant closed the day after 31 December 2023.", "the day after 31 December 2023", "2024-01-01"),
    ],
)
def test_day_before_named_day(text: str, expression: str, timex: str) -> None:
    assert (expression, timex) in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: the forms the rule leaves to other rules
        ("The plant closed the day before yesterday.", ("the day before yesterday", "2024-10-01")),
        ("It fell the day before, on Monday.", ("Monday", "2024-09-30")),
        ("He spoke the day after the vote on Monday.", ("Monday", "2024-09-30")),
    ],
)
def test_other_forms_unchanged(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


@given(day=st.dates(min_value=dt.date(1990, 1, 2), max_value=dt.date(2040, 12, 30)), after=st.booleans())
def test_property_one_day_from_the_date_named(day: dt.date, after: bool) -> None:
    """For any full date, "the day before (after) <date>" is the day before (after) it."""
    direction = "after" if after else "before"
    named = f"{day:%B} {day.day}, {day.year}"
    text = f"The port reopened the day {direction} {named}."  # synthetic
    moved = day + dt.timedelta(days=1 if after else -1)
    assert (f"the day {direction} {named}", moved.isoformat()) in _values(text)


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: rule month-of-year-anaphor: the month of the year counted from the year in focus
        ("The mill reopened in August of the previous year.", "August of the previous year", "2023-08"),
        ("In 2019 the mill closed; it reopened in May of the following year.", "May of the following year", "2020-05"),
        (
            "In 2021 talks stalled; in June of the preceding year they had begun.",
            "June of the preceding year",
            "2020-06",
        ),
        (
            "On Monday, Jan. 6, 2020, he said the plan dated from March of the previous year.",
            "March of the previous year",
            "2019-03",
        ),
        # synthetic: the deictic forms keep counting from the reference
        ("Sales rose in March of this year.", "March of this year", "2024-03"),
        ("Sales rose in June last year.", "June last year", "2023-06"),
    ],
)
def test_month_of_year_anaphor(text: str, expression: str, timex: str) -> None:
    assert (expression, timex) in _values(text)


@given(
    year=st.integers(min_value=1950, max_value=2040), month=st.integers(min_value=1, max_value=12), after=st.booleans()
)
def test_property_month_of_the_year_before_or_after_the_focus(year: int, month: int, after: bool) -> None:
    """For any year named and any month, "<month> of the following (previous) year" is that month a year on (back)."""
    name = dt.date(2000, month, 1).strftime("%B")
    word = "following" if after else "previous"
    text = f"In {year} the port was built, and in {name} of the {word} year it opened."  # synthetic
    assert (f"{name} of the {word} year", f"{year + (1 if after else -1):04d}-{month:02d}") in _values(text)
