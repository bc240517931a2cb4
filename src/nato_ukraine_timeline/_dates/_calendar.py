"""Calendar arithmetic on TIMEX3 units: pure functions of a reference date, never the clock."""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = [
    "add_months",
    "month_timex",
    "quarter_of",
    "shift_timex",
    "valid_day",
    "week_timex",
]

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def month_timex(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_timex(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def shift_timex(ref: dt.date, unit: str, k: int) -> str | None:  # noqa: PLR0911
    """The TIMEX3 value of the calendar ``unit`` containing ``ref``, moved by ``k`` units."""
    try:
        if unit == "Y":
            return f"{ref.year + k:04d}"
        if unit == "M":
            return month_timex(*add_months(ref, k))
        if unit == "W":
            return week_timex(ref + dt.timedelta(weeks=k))
        if unit == "WE":
            return week_timex(ref + dt.timedelta(weeks=k)) + "-WE"
        if unit in ("D", "H", "MIN", "S"):
            return (ref + dt.timedelta(days=k)).isoformat()
        if unit == "DE":
            return f"{ref.year // 10 + k:03d}"
        if unit == "C":
            return f"{ref.year // 100 + k:02d}"
        if unit == "Q":
            year, q = quarter_of(ref)
            index = year * 4 + q - 1 + k
            return f"{index // 4:04d}-Q{index % 4 + 1}"
    except (OverflowError, ValueError):
        return None
    return None
