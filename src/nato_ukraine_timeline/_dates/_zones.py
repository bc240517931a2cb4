"""Rule zone-equivalent-day: a time in brackets in GMT (UTC) after a local time is the same instant.

Wire copy gives a local time and, in brackets, the same moment in GMT: "until 1 am (2200 GMT)", "from 7 p.m.
Kyiv time (1600 GMT)", "at 9 a.m. (1400 GMT)". The bracketed time takes the local time's day, except where the
two sides of Greenwich part them: a zone is never twelve hours or more from GMT, so the local time is ahead of
GMT by the hours it is past the GMT time (counted round the clock) when that is less than twelve, and behind
otherwise. Ahead, a GMT hour later than the local one is of the day before ("1 am (2200 GMT)": 22:00 the evening
before); behind, a GMT hour earlier than the local one is of the day after ("9 p.m. EST (0200 GMT)").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._timex import DAY_VALUE

from ._patterns import UNIVERSAL_ZONE
from ._resolve import ResolveRule, revalue

if TYPE_CHECKING:
    from nato_ukraine_timeline.model import DateMention

__all__ = ["ZONE_EQUIVALENT_DAY", "gmt_equivalents"]

ZONE_EQUIVALENT_DAY: Final = ResolveRule(
    name="zone-equivalent-day",
    form=(
        "a clock time in GMT or UTC in brackets right after another clock time ('1 am (2200 GMT)', 'midnight "
        "Sunday (2100 GMT)') is the same instant: it takes that time's day, moved one day back when the local time "
        "is ahead of GMT (by less than twelve hours round the clock) and the GMT hour is later than the local one, "
        "one day on when the local time is behind GMT and the GMT hour is earlier"
    ),
    examples=(
        (
            "The synthetic bridge stayed shut until 1 am (2200 GMT), officials said.",
            "2025-10-25",
            (("1 am", "2025-10-25T01:00"), ("2200 GMT", "2025-10-24T22:00")),
        ),
        (
            "The polls close at 9 p.m. EST (0200 GMT), officials said.",
            "2025-11-04",
            (("9 p.m. EST", "2025-11-04T21:00"), ("0200 GMT", "2025-11-05T02:00")),
        ),
        # the same day on both sides
        (
            "The synthetic count is due at 4:15 p.m. Kyiv time (1:15 p.m. GMT).",
            "2025-05-15",
            (("4:15 p.m. Kyiv time", "2025-05-15T16:15"), ("1:15 p.m. GMT", "2025-05-15T13:15")),
        ),
    ),
)

_UNIVERSAL: Final = re.compile(UNIVERSAL_ZONE)
_IN_BRACKETS: Final = re.compile(r"[ \t]*\([ \t]*")
_CLOCK: Final = re.compile(rf"(?P<day>{DAY_VALUE.pattern})T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)")
_DAY_MINUTES: Final = 24 * 60


def gmt_equivalents(text: str, out: list[DateMention]) -> None:
    """Rule zone-equivalent-day (:data:`ZONE_EQUIVALENT_DAY`): give each bracketed GMT time of ``out`` the day of
    the instant the local time before it names."""
    for k in range(1, len(out)):
        here, local = out[k], out[k - 1]
        if _UNIVERSAL.search(here.text) is None or _IN_BRACKETS.fullmatch(text, local.end, here.start) is None:
            continue
        first, second = _CLOCK.fullmatch(local.value.timex), _CLOCK.fullmatch(here.value.timex)
        if first is None or second is None:
            continue
        at_local = int(first["h"]) * 60 + int(first["mi"])
        at_gmt = int(second["h"]) * 60 + int(second["mi"])
        ahead = (at_local - at_gmt) % _DAY_MINUTES < _DAY_MINUTES // 2
        shift = -1 if ahead and at_gmt > at_local else (1 if not ahead and at_gmt < at_local else 0)
        try:
            day = dt.date.fromisoformat(first["day"]) + dt.timedelta(days=shift)
        except (ValueError, OverflowError):  # a day beyond the calendar
            continue
        timex = f"{day.isoformat()}T{second['h']}:{second['mi']}"
        if timex != here.value.timex:
            why = f"the instant of {local.text!r} ({local.value.timex}) in GMT"
            revalue(out, k, timex, basis=local.value.basis, reason=why)
