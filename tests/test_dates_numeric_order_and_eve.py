"""Date resolution rules of the eleventh session (dates11). All sentences here are synthetic (written for the
tests), none copied from news text.

- numeric-date-order: a numeric date whose two first numbers could each be the month is read month first
  unless the text shows it writes the day first (another slashed date whose first number cannot be a month)
  or, with a publication date, only the day-first reading lies within a week of it.
- the-past-unit: "the past year", "over the past week": a duration (P1Y, P1W), as "the past two years" is P2Y.
- eve-of-named-day: "on the eve of" an occasion right after a day the text names (a place may stand between) is
  that day.
- future-as-adjective: "the future" before the noun it modifies ("the future direction of ...") is no time.
- holiday-as-modifier: a holiday's name before the noun it modifies ("an Easter truce") names no day.
- range-day-after-its-head (coordinator): the bare second day of "July 7-8" is a day of its head's month and year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates


def _pairs(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


# synthetic sentences: (text, published, expected pairs)
NUMERIC_ORDER = [
    # another numeric date of the text writes the day first: every one is read so
    (
        "The border zone closed on 04/03/2025 and stays closed until 21/03/2025.",
        None,
        [("04/03/2025", "2025-03-04"), ("21/03/2025", "2025-03-21")],
    ),
    # a dotted date says nothing of the slashed ones (each form is read on its own)
    (
        "The order of 14.05.2025 was extended on 02/06/2025.",
        None,
        [("14.05.2025", "2025-05-14"), ("02/06/2025", "2025-02-06")],
    ),
    # a timestamp on the day of publication: only the day-first reading lies within a week of it
    (
        "08/04/2025 09:15 | Press release | The council met.",
        dt.date(2025, 4, 8),
        [("08/04/2025 09:15", "2025-04-08T09:15")],
    ),
    # nothing tells: month first (the US form), as before
    ("The hearing was set for 04/03/2025.", None, [("04/03/2025", "2025-04-03")]),
    ("The hearing was set for 04/03/2025.", dt.date(2025, 1, 10), [("04/03/2025", "2025-04-03")]),
    # a text that writes the month first somewhere keeps the month first everywhere
    (
        "The vote moved from 03/04/2025 to 03/18/2025.",
        dt.date(2025, 4, 3),
        [("03/04/2025", "2025-03-04"), ("03/18/2025", "2025-03-18")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NUMERIC_ORDER)
def test_numeric_date_order(text: str, published: dt.date | None, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, published) == expected


# rule the-past-unit (synthetic): "the past" and a unit with no number is the stretch up to now, a duration
PAST_UNIT = [
    ("Prices rose sharply over the past year.", [("the past year", "P1Y")]),
    ("In the past week the front barely moved.", [("the past week", "P1W")]),
    ("Talks stalled during the past month.", [("the past month", "P1M")]),
    ("Prices rose sharply over the past two years.", [("the past two years", "P2Y")]),
    # the calendar unit before the publication date stays a date
    ("Prices rose sharply last year.", [("last year", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_UNIT)
def test_the_past_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 6, 4)) == expected


# rule eve-of-named-day (synthetic): "on the eve of" an occasion right after a named day is that day
EVE = [
    (
        "Defence ministers will meet on March 4 in Warsaw on the eve of the alliance summit.",
        [("March 4", "2025-03-04"), ("the eve", "2025-03-04")],
    ),
    (
        "The envoy arrived yesterday, March 3, on the eve of the talks.",
        [("yesterday", "2025-03-03"), ("March 3", "2025-03-03"), ("the eve", "2025-03-03")],
    ),
    # no day before it: the occasion's date is unknown, the eve is left untagged
    ("The envoy arrived on the eve of the talks.", []),
    # a clause between the day and the eve: left
    ("Talks ended on March 1. Officials met on the eve of the vote.", [("March 1", "2025-03-01")]),
]


@pytest.mark.parametrize(("text", "expected"), EVE)
def test_eve_of_named_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 3, 4)) == expected


# rule future-as-adjective (synthetic): "the future" before the noun it modifies is no time
FUTURE = [
    ("The ministers set out the future shape of the mission.", []),
    ("He praised the future cabinet\u2019s programme.", []),
    ("The future of the treaty is unclear.", []),
    # the noun: the time ahead
    ("The envoys agreed to meet again in the future.", [("the future", "FUTURE_REF")]),
    ("The future is uncertain, the minister said.", [("The future", "FUTURE_REF")]),
    ("The future looks bleak for the talks.", [("The future", "FUTURE_REF")]),
    ("In the future we will buy more drones.", [("the future", "FUTURE_REF")]),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE)
def test_future_as_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 3, 4)) == expected


# rule holiday-as-modifier (synthetic): a holiday's name before the noun it modifies names no day
HOLIDAY = [
    ("Moscow announced an Easter ceasefire for the front.", []),
    ("The Independence Day parade was cancelled.", []),
    ("The president recorded a Christmas message for the troops.", []),
    # the day: before a conjunction, a preposition, a unit of the holiday, a participle, or alone
    ("Talks may resume after Christmas and the new year.", [("Christmas", "2025-12-25")]),
    ("Talks may resume after Christmas.", [("Christmas", "2025-12-25")]),
    ("The convoy was found Christmas morning near the border.", [("Christmas", "2024-12-25")]),
    ("Pilgrims will gather in Easter week.", [("Easter week", "2025-W16")]),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAY)
def test_holiday_as_modifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 3, 4)) == expected


# rule range-day-after-its-head (synthetic): the second day of a range shares its head's month and year
RANGE_TAIL = [
    # a year written beside the head dates the tail too, with a publication date and without one
    (
        "Leaders will gather at the 2026 summit in Ankara on July 7-8.",
        dt.date(2025, 6, 26),
        [("2026", "2026"), ("July 7", "2026-07-07"), ("8", "2026-07-08")],
    ),
    (
        "Leaders will gather at the 2026 summit in Ankara on July 7-8.",
        None,
        [("2026", "2026"), ("July 7", "2026-07-07"), ("8", "2026-07-08")],
    ),
    # "and" joins the two days as well
    (
        "Ministers meet at the 2026 session in Oslo on Feb. 11 and 12.",
        dt.date(2025, 12, 1),
        [("2026", "2026"), ("Feb. 11", "2026-02-11"), ("12", "2026-02-12")],
    ),
    # a tail that writes its own year keeps it
    ("The talks ran on Dec. 3-4, 2024.", None, [("Dec. 3", "2024-12-03"), ("4, 2024", "2024-12-04")]),
    # a tense that dates the head already dates the tail the same way: unchanged
    ("Talks were held on Jan. 13 and 14.", dt.date(2025, 6, 26), [("Jan. 13", "2025-01-13"), ("14", "2025-01-14")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), RANGE_TAIL)
def test_range_day_after_its_head(text: str, published: dt.date | None, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, published) == expected


def test_range_day_after_its_head_gives_its_reason() -> None:
    """Synthetic: the tail's value says it follows the head."""
    tail = find_dates("Leaders will gather at the 2026 summit in Ankara on July 7-8.", published=None)[-1]
    assert "second day of a range" in tail.value.reason
