"""TIMEX3 value strings: their granularity, the interval they cover, and their EDTF form.

Pure functions over strings; the model validates with them and the resolver builds values with them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum
from typing import Final, NamedTuple

__all__ = ["DAY_VALUE", "Granularity", "TimexInfo", "edtf_of", "granularity_of", "interval_of", "parse_timex"]


class Granularity(StrEnum):
    """How precise a time value is."""

    TIME = "time"  # a clock time or part of a day: 2024-10-03T14:00, 2024-10-03TEV
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"  # half year: 2024-H1
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    PRESENT = "present"  # PRESENT_REF
    PAST = "past"  # PAST_REF
    FUTURE = "future"  # FUTURE_REF
    DURATION = "duration"  # P2D, PT48H, PXY
    SET = "set"  # XXXX-WXX-7 with type SET


class TimexInfo(NamedTuple):
    """What a TIMEX3 value says: granularity, and bounds when the value is fully specified."""

    granularity: Granularity
    earliest: dt.date | None
    latest: dt.date | None


# A value naming one calendar day written out ("2025-03-04"): ``fullmatch`` for the day alone, ``match`` for the day
# with a time of it or not ("2025-03-04T19:00", "2025-03-04TEV"); its ``pattern`` opens the values of a day with a
# given suffix. The one definition of the form: the resolver, the feed reader, the event and statement rules and the
# serializers import it.
DAY_VALUE: Final = re.compile(r"\d{4}-\d\d-\d\d")

_Y = r"(?P<y>\d{4}|XXXX)"
_PATTERNS: Final = (
    (Granularity.TIME, re.compile(_Y + r"-(?P<m>\d\d|XX)-(?P<d>\d\d|XX)T(?:\d\d(?::\d\d(?::\d\d)?)?|MO|AF|EV|NI|DT)")),
    (Granularity.DAY, re.compile(_Y + r"-(?P<m>\d\d|XX)-(?P<d>\d\d|XX)")),
    (Granularity.DAY, re.compile(_Y + r"-W(?P<w>\d\d|XX)-(?P<wd>[1-7])")),
    (Granularity.WEEKEND, re.compile(_Y + r"-W(?P<w>\d\d|XX)-WE")),
    (Granularity.WEEK, re.compile(_Y + r"-W(?P<w>\d\d|XX)")),
    (Granularity.MONTH, re.compile(_Y + r"-(?P<m>\d\d|XX)")),
    (Granularity.SEASON, re.compile(_Y + r"-(?P<s>SP|SU|FA|WI)")),
    (Granularity.QUARTER, re.compile(_Y + r"-Q(?P<q>[1-4]|X)")),
    (Granularity.HALF, re.compile(_Y + r"-H(?P<h>[12]|X)")),
    (Granularity.YEAR, re.compile(_Y)),
    (Granularity.DECADE, re.compile(r"(?P<dec>\d{3})")),
    (Granularity.CENTURY, re.compile(r"(?P<cen>\d{2})")),
)
_REFS: Final = {
    "PRESENT_REF": Granularity.PRESENT,
    "PAST_REF": Granularity.PAST,
    "FUTURE_REF": Granularity.FUTURE,
}
_DURATION: Final = re.compile(
    r"P(?:(?:[\dX]+(?:\.\d+)?[YMWDLCE])+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?|T(?:[\dX]+(?:\.\d+)?[HMS])+)"
)
_CLOCK: Final = re.compile(r"(\d\d)(?::(\d\d))?(?::(\d\d))?")
_SEASON_MONTHS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_EDTF_SEASON: Final = {"SP": "21", "SU": "22", "FA": "23", "WI": "24"}


def parse_timex(value: str, *, set_type: bool = False) -> TimexInfo | None:
    """Read a TIMEX3 value; ``None`` when the string is not a TIMEX3 value this library knows.

    ``set_type`` says the value belongs to a TIMEX3 of type SET (``XXXX-WXX-7``, ``P1W``).
    """
    if set_type and (_DURATION.fullmatch(value) or _match(value) is not None):
        return TimexInfo(Granularity.SET, None, None)
    if value in _REFS:
        return TimexInfo(_REFS[value], None, None)
    if _DURATION.fullmatch(value):
        return TimexInfo(Granularity.DURATION, None, None)
    found = _match(value)
    if found is None:
        return None
    granularity, groups = found
    try:
        bounds = _bounds(granularity, groups)
    except ValueError:  # 2024-02-30, week 54, month 13
        return None
    return TimexInfo(granularity, *bounds) if bounds else TimexInfo(granularity, None, None)


def granularity_of(value: str, *, set_type: bool = False) -> Granularity | None:
    """The granularity a TIMEX3 value states, or ``None`` for a string that is no TIMEX3 value."""
    info = parse_timex(value, set_type=set_type)
    return None if info is None else info.granularity


def interval_of(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a fully specified TIMEX3 value covers (``None`` when it has X or is a ref)."""
    info = parse_timex(value)
    if info is None or info.earliest is None or info.latest is None:
        return None
    return info.earliest, info.latest


def edtf_of(value: str, *, uncertain: bool = False, alternatives: tuple[str, ...] = ()) -> str | None:  # noqa: C901, PLR0912
    """The EDTF (ISO 8601-2 / LoC EDTF) form of a TIMEX3 value, or ``None`` for durations and refs.

    An uncertain value with alternatives becomes an EDTF "one of" set (``[2024-02-17,2025-02-17]``);
    an uncertain value without them carries EDTF's ``?``.
    """
    if alternatives:
        forms = [edtf_of(alt) for alt in alternatives]
        if all(form is not None for form in forms):
            return "[" + ",".join(f for f in forms if f is not None) + "]"
    found = _match(value)
    if found is None:
        return None
    granularity, g = found
    y = g.get("y") or ""
    out: str | None
    if granularity in (Granularity.DAY, Granularity.TIME) and "w" not in g:
        out = f"{y}-{g['m']}-{g['d']}"
        clock = _CLOCK.fullmatch(value.partition("T")[2]) if granularity is Granularity.TIME else None
        # EDTF has clock times (to the second), not parts of days; it qualifies dates only, so an
        # uncertain time keeps its day and the "?".
        if clock is not None and "X" not in out and not uncertain:
            out += "T" + ":".join((*clock.groups(default="00"),))
    elif granularity is Granularity.MONTH:
        out = f"{y}-{g['m']}"
    elif granularity is Granularity.SEASON:
        out = f"{y}-{_EDTF_SEASON[g['s']]}"
    elif granularity is Granularity.QUARTER and g["q"] != "X":
        out = f"{y}-{32 + int(g['q'])}"
    elif granularity is Granularity.HALF and g["h"] != "X":
        out = f"{y}-{39 + int(g['h'])}"
    elif granularity is Granularity.YEAR:
        out = y
    elif granularity is Granularity.DECADE:
        out = g["dec"] + "X"
    elif granularity is Granularity.CENTURY:
        out = g["cen"] + "XX"
    else:  # weeks, weekends, week dates: EDTF has no week; give the day, or the interval of days
        bounds = interval_of(value)
        if bounds is None:
            out = None
        elif bounds[0] == bounds[1]:  # a week date (2024-W40-3) is one day
            out = bounds[0].isoformat()
        else:
            out = f"{bounds[0].isoformat()}/{bounds[1].isoformat()}"
    if out is not None and uncertain and "/" not in out:
        out += "?"
    return out


def _match(value: str) -> tuple[Granularity, dict[str, str]] | None:
    for granularity, pattern in _PATTERNS:
        m = pattern.fullmatch(value)
        if m is not None:
            return granularity, {k: v for k, v in m.groupdict().items() if v is not None}
    return None


def _days_after(day: dt.date, days: int) -> dt.date:
    """``day`` plus ``days``; the last ISO week of 9999 ends in year 10000, which no date holds: a day past
    the calendar's end raises ValueError (not OverflowError), so the value reads as no TIMEX3 value."""
    if (dt.date.max - day).days < days:
        raise ValueError(f"{days} days after {day} is past {dt.date.max}")
    return day + dt.timedelta(days=days)


def _bounds(granularity: Granularity, g: dict[str, str]) -> tuple[dt.date, dt.date] | None:  # noqa: C901, PLR0911
    if "X" in "".join(g.values()):
        return None
    if granularity is Granularity.DECADE:
        start = int(g["dec"]) * 10
        return dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
    if granularity is Granularity.CENTURY:
        start = int(g["cen"]) * 100
        return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
    year = int(g["y"])
    if year < 1:
        raise ValueError("year 0")
    if "w" in g:
        monday = dt.date.fromisocalendar(year, int(g["w"]), 1)
        if "wd" in g:
            day = _days_after(monday, int(g["wd"]) - 1)
            return day, day
        if granularity is Granularity.WEEKEND:
            return _days_after(monday, 5), _days_after(monday, 6)
        return monday, _days_after(monday, 6)
    if granularity in (Granularity.DAY, Granularity.TIME):
        day = dt.date(year, int(g["m"]), int(g["d"]))
        return day, day
    if granularity is Granularity.MONTH:
        return _month_span(year, int(g["m"]), year, int(g["m"]))
    if granularity is Granularity.SEASON:
        first, last = _SEASON_MONTHS[g["s"]]
        return _month_span(year, first, year + (last < first), last)
    if granularity is Granularity.QUARTER:
        q = int(g["q"])
        return _month_span(year, 3 * q - 2, year, 3 * q)
    if granularity is Granularity.HALF:
        h = int(g["h"])
        return _month_span(year, 6 * h - 5, year, 6 * h)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month_span(y1: int, m1: int, y2: int, m2: int) -> tuple[dt.date, dt.date]:
    return dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
