"""Consistency checks of values that each field alone cannot see.

The model accepts every value the resolver can build, including partial ones (``XXXX-02-17`` with
bounds narrowed to a window). A document from elsewhere can hold combinations no resolver would build
and that later stages cannot use: a day no calendar has (``XXXX-04-31``), bounds that hold no day the
value names, alternatives outside the bounds, offsets beyond any text. ``DateValue`` refuses the first
three (so the loaders do, and ``load(dump(x)) == x`` still holds for every value the model can hold);
the loaders refuse integers beyond :data:`MAX_INT`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from ._timex import parse_timex

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .model import DateValue

__all__ = ["MAX_INT", "date_value_problems"]

#: The largest integer a document may hold (2**53, the largest every JSON reader keeps exactly:
#: RFC 7493, I-JSON). Offsets beyond it describe no text.
MAX_INT: Final = 2**53

_CALENDAR: Final = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?(?:T.*)?")
#: Year spans this long hold every month and day of the year, Feb. 29 included.
_ALL_DAYS_YEARS: Final = 8


def _day_problem(timex: str) -> str | None:
    """Why ``timex`` names a month or day no calendar has (``XXXX-04-31``, ``XXXX-13``), or ``None``."""
    m = _CALENDAR.fullmatch(timex)
    if m is None or m["m"] == "XX":
        if m is not None and m["d"] not in (None, "XX") and not 1 <= int(m["d"]) <= 31:
            return f"no such day: {timex!r}"
        return None
    month = int(m["m"])
    if not 1 <= month <= 12:
        return f"no such month: {timex!r}"
    if m["d"] in (None, "XX"):
        return None
    day = int(m["d"])
    year = int(m["y"]) if m["y"] != "XXXX" else 2024  # a leap year: XXXX-02-29 exists
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"no such day: {timex!r}"
    return None


def _holds(timex: str, earliest: dt.date | None, latest: dt.date | None) -> bool:
    """Whether the bounds hold a day that a year-less ``timex`` (``XXXX-02-17``, ``XXXX-02``) names."""
    m = _CALENDAR.fullmatch(timex)
    if m is None or m["y"] != "XXXX" or m["m"] == "XX" or earliest is None or latest is None:
        return True
    if latest.year - earliest.year >= _ALL_DAYS_YEARS:
        return True
    month = int(m["m"])
    for year in range(earliest.year, latest.year + 1):
        last = calendar.monthrange(year, month)[1]
        if m["d"] not in (None, "XX"):
            if int(m["d"]) > last:
                continue
            lo = hi = dt.date(year, month, int(m["d"]))
        else:
            lo, hi = dt.date(year, month, 1), dt.date(year, month, last)
        if lo <= latest and hi >= earliest:
            return True
    return False


def date_value_problems(value: DateValue) -> Iterator[tuple[str, str]]:
    """``(field, message)`` for each inconsistency of ``value`` (none for what the resolver builds)."""
    alternatives = ((f"alternatives[{i}]", a) for i, a in enumerate(value.alternatives))
    for field, timex in (("timex", value.timex), *alternatives):
        problem = _day_problem(timex)
        if problem is not None:
            yield field, problem
    lo, hi = value.earliest, value.latest
    if not _holds(value.timex, lo, hi):
        yield "earliest", f"the bounds {lo}..{hi} hold no day of {value.timex!r}"
    own = parse_timex(value.timex)
    if own is not None and own.earliest is not None:
        return  # a value chosen among candidates: its alternatives are the others, outside its bounds
    # An open value (``XXXX-02-17``): its bounds were narrowed to the candidates, so they hold each one.
    for i, alt in enumerate(value.alternatives):
        info = parse_timex(alt)
        if info is None or info.earliest is None or info.latest is None:
            continue
        if (lo is not None and info.earliest < lo) or (hi is not None and info.latest > hi):
            yield (
                f"alternatives[{i}]",
                f"{alt!r} ({info.earliest}..{info.latest}) lies outside the bounds {lo or '..'}..{hi or '..'}",
            )
