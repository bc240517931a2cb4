"""Date rules of the nineteenth session (te319). All sentences are SYNTHETIC, written for these tests.

- Rule unit-before-last (scanner rule ``unit_before``): "the year before last", "the month before last", "the week
  after next", "the day after next", closed at the end of a clause, are two units before (after) the reference's
  unit, the one before "last year" (after "next week"), as "last year" itself counts from the reference. Before,
  "the year before last" was read as "the year" (the reference's year) and the week forms not at all.
- Rule previous-week-of-focus (scanner rule ``rel_unit``): "the previous week", "the following week" count from
  the week of the day in focus (the day named last), as "the previous year" counts from the year in focus, else
  from the reference's week. Before, they always counted from the reference.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._calendar import shift_timex, week_timex

THURSDAY = dt.date(2024, 10, 3)


def _values(text: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: two units from the reference's, the whole phrase tagged
        ("Exports fell sharply the year before last.", ("the year before last", "2022")),
        ("Grain prices rose the month before last, the ministry said.", ("the month before last", "2024-08")),
        ("The convoy left the week before last and has not returned.", ("the week before last", "2024-W38")),
        ("The talks resume the week after next.", ("the week after next", "2024-W42")),
        ("The envoy lands the day after next.", ("the day after next", "2024-10-05")),
    ],
)
def test_unit_before_last(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: forms the rule leaves alone: "last" opening the object of "before", and "the year before"
        ("He resigned the week before last year's vote.", ("last year", "2023")),
        ("In 2019 output rose; the year before, it fell.", ("the year before", "2018")),
        ("The plant closed the day before yesterday.", ("the day before yesterday", "2024-10-01")),
    ],
)
def test_other_forms_unchanged(text: str, expected: tuple[str, str]) -> None:
    got = _values(text)
    assert expected in got
    assert not any(span.endswith(" before last") for span, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: the week counted from the day named last (2021-03-03 is a Wednesday of ISO week 9)
        ("On March 3, 2021, the minister resigned. The previous week, he met the envoy.", "2021-W08"),
        ("On March 3, 2021, the minister resigned. The following week, he left the country.", "2021-W10"),
        ("The plant shut on Monday, Sept. 30. The previous week, output had fallen.", "2024-W39"),
    ],
)
def test_previous_week_of_focus(text: str, expected: str) -> None:
    got = dict(_values(text))
    week = next(value for span, value in got.items() if span.lower().startswith(("the previous", "the following")))
    assert week == expected


def test_previous_week_without_focus_counts_from_the_reference() -> None:
    # synthetic: no day named before: the reference's week before (2024-10-03 is in ISO week 40)
    assert ("the previous week", "2024-W39") in _values("Sales rose 3% from the previous week.")


@given(
    published=st.dates(min_value=dt.date(1990, 1, 15), max_value=dt.date(2040, 12, 15)),
    unit=st.sampled_from([("year", "Y"), ("month", "M"), ("week", "W"), ("day", "D")]),
    after=st.booleans(),
)
def test_property_two_units_from_the_reference(published: dt.date, unit: tuple[str, str], after: bool) -> None:
    """For any publication date, "the <unit> before last" ("after next") is two units before (after) its unit."""
    word, code = unit
    phrase = f"the {word} after next" if after else f"the {word} before last"
    got = _values(f"The depot was built {phrase}.", published)  # synthetic
    assert (phrase, shift_timex(published, code, 2 if after else -2)) in got


@given(day=st.dates(min_value=dt.date(1990, 1, 15), max_value=dt.date(2040, 12, 15)), after=st.booleans())
def test_property_week_from_the_day_named(day: dt.date, after: bool) -> None:
    """For any full date named before it, "the previous (following) week" is the week before (after) its week."""
    word = "following" if after else "previous"
    text = f"The bridge opened on {day:%B} {day.day}, {day.year}. The {word} week, the ferry stopped."  # synthetic
    want = week_timex(day + dt.timedelta(weeks=1 if after else -1))
    assert (f"The {word} week", want) in _values(text, dt.date(2041, 6, 1))


# Rule negated-could (tense rule, _dates._resolve.NEGATED_COULD): "could" negated, by "not", "n't", "never" after it
# or by a negative subject before it with no verb between, is the past of "can"; a bare "could" stays a hedge (ahead)
SATURDAY = dt.date(2000, 1, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: published on a Saturday; Wednesday the 5th is past, Wednesday the 12th ahead
        ("Neither the mayor nor his two deputies could be located Wednesday in the port.", "2000-01-05"),
        ("No one could be reached for comment Wednesday.", "2000-01-05"),
        ("Nobody could say Wednesday how the fire began.", "2000-01-05"),
        ("The mayor could not be reached Wednesday.", "2000-01-05"),
        ("The mayor couldn't be reached Wednesday.", "2000-01-05"),
        ("The vote could come Wednesday.", "2000-01-12"),
        ("None of the officials said the talks could resume Wednesday.", "2000-01-12"),
        ("Nobody knows if the talks could resume Wednesday.", "2000-01-12"),
    ],
)
def test_negated_could(text: str, expected: str) -> None:
    assert ("Wednesday", expected) in _values(text, SATURDAY)


def test_negated_could_decides_the_past_only_where_its_form_stands() -> None:
    from nato_ukraine_timeline._dates._resolve import NEGATED_COULD

    def whole(_pos: int) -> tuple[int, int]:
        return (0, 10_000)

    for text, want in (
        ("Neither he nor his aides could be located Wednesday.", "past"),  # synthetic
        ("The ferry could sail Wednesday.", None),  # synthetic
        ("The ferry sailed Wednesday.", None),  # synthetic
    ):
        start = text.index("Wednesday")
        assert NEGATED_COULD.decide(text, start, start + 9, whole) == want


# Rule generic-of-tomorrow (_dates._find.OF_TOMORROW_GENERIC): "tomorrow" after "of" after a noun is the time ahead
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic
        ("The ministers said the choices made now shape the security situation of tomorrow.", "FUTURE_REF"),
        ("We must build the armies of tomorrow, the general said.", "FUTURE_REF"),
        ("The new tariffs apply as of tomorrow.", "2024-10-04"),
        ("The vote was moved to Friday instead of tomorrow.", "2024-10-04"),
        ("The mayor spoke of tomorrow's vote.", "2024-10-04"),
        ("The talks start tomorrow.", "2024-10-04"),
        ("Crews will work until the end of tomorrow.", "2024-10-04"),
    ],
)
def test_generic_of_tomorrow(text: str, expected: str) -> None:
    assert ("tomorrow", expected) in _values(text)
