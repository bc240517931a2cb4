"""Date value rules of the fourteenth session (dates14). All sentences here are synthetic (written for the
tests), none copied from news text.

- first-day-in-office (_dates/_office.py, data/office_days.tsv): "her first day in office", "the first day of
  his term", "Day 1 of his presidency", "his inauguration day" is the start of a role (data/actors.toml) of the
  actor named nearest it, whose role began within about a year of the reference day; no such actor, no date.
- coming-month-or-season (_dates/_resolve.py): a bare month or season in a past clause whose latest occurrence
  ended more than half a year ago while the coming one begins within two months is the coming one ("officials
  discussed the budget for December" in late October).
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._office import FIRST_DAY_IN_OFFICE
from nato_ukraine_timeline._dates._resolve import COMING_MONTH_OR_SEASON, ResolveRule


def _pairs(text: str, published: str | dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(("text", "published", "expected"), FIRST_DAY_IN_OFFICE.examples)
def test_first_day_in_office_examples(text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert _pairs(text, published) == list(expected)


def test_first_day_in_office_rule_object() -> None:
    rule = FIRST_DAY_IN_OFFICE
    assert isinstance(rule, ResolveRule)
    assert rule.name == "first-day-in-office"
    assert rule.form
    assert any(expected for _, _, expected in rule.examples)
    assert any(not expected for _, _, expected in rule.examples)  # a negative example too


# rule first-day-in-office, more synthetic cases
MORE = [
    # with other dates around it: the day is put in text order
    (
        "On Tuesday, Kaja Kallas said that on her first day in office she had called the Ukrainian minister.",
        "2024-12-05",
        [("Tuesday", "2024-12-03"), ("her first day", "2024-12-01")],
    ),
    # "day one" with a term after it
    (
        "Kaja Kallas said the union had stood by its partners from day one of her mandate.",
        "2024-12-10",
        [("day one", "2024-12-01")],
    ),
    # a bare "from day one" names no term
    ("Mark Rutte said he had backed the plan from day one.", "2024-10-04", []),
    # an actor whose roles all began long before: nothing to date the day by
    ("Recep Tayyip Erdogan recalled his first day in office.", "2025-05-01", []),
    # no publication date: no reference day, no reading
    ("Marta Kos travelled to Kyiv on her first day in office.", None, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), MORE)
def test_first_day_in_office_more(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, published) == expected


def test_first_day_of_something_else() -> None:
    """The first day of a gathering is no first day in office (other rules may read it; this one does not)."""
    found = find_dates("Mark Rutte recalled the first day of the summit in Vilnius.", published="2024-10-04")
    assert all("first day in office" not in m.value.reason for m in found)


@settings(max_examples=30, deadline=None)
@given(st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2025, 12, 31)))
def test_first_day_in_office_is_a_role_start(published: dt.date) -> None:
    """Property: whatever the publication date, the day read is a role start of the actor named, within
    the rule's reach of the publication date, or nothing."""
    starts = {dt.date(2024, 10, 1)}  # Mark Rutte's NATO term; his Dutch premiership began in 2010
    found = _pairs("Mark Rutte flew to Kyiv on the first day of his term.", published)
    for text, timex in found:
        assert text == "the first day"
        day = dt.date.fromisoformat(timex)
        assert day in starts
        assert abs(day - published) <= dt.timedelta(days=400)
    if abs(dt.date(2024, 10, 1) - published) <= dt.timedelta(days=400):
        assert found == [("the first day", "2024-10-01")]


# rule coming-month-or-season (_dates/_resolve.py, COMING_MONTH_OR_SEASON; synthetic)
@pytest.mark.parametrize(("text", "published", "expected"), COMING_MONTH_OR_SEASON.examples)
def test_coming_month_or_season_examples(text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert _pairs(text, published) == list(expected)


def test_coming_month_or_season_rule_object() -> None:
    assert isinstance(COMING_MONTH_OR_SEASON, ResolveRule)
    assert COMING_MONTH_OR_SEASON.name == "coming-month-or-season"
    assert COMING_MONTH_OR_SEASON.form


def test_coming_month_or_season_leaves_marked_ones() -> None:
    """'last December' and a month with its year say which one they mean."""
    assert _pairs("Officials discussed the budget last December.", "2025-10-24") == [("last December", "2024-12")]
    assert _pairs("Officials discussed the budget in December 2024.", "2025-10-24") == [("December 2024", "2024-12")]


_MONTHS = list(calendar.month_name)[1:]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2025, 12, 31)), st.sampled_from(_MONTHS))
def test_past_clause_month_is_near(published: dt.date, month: str) -> None:
    """Property: a bare month in a past clause is the latest one begun by the publication date, or the coming
    one when that begins within two months of it and the latest ended more than half a year before."""
    (found,) = _pairs(f"Officials discussed the budget for {month}.", published)
    year, number = int(found[1][:4]), int(found[1][5:7])
    assert calendar.month_name[number] == month
    first = dt.date(year, number, 1)
    if first > published:
        assert (first - published).days <= 62
    else:
        assert (published - first).days < 366
