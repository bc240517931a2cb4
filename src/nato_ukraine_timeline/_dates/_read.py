"""Read a matched span into a :class:`Spec`: what the words say, before any reference date is applied."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Final

from attrs import frozen

from nato_ukraine_timeline.model import TimexType

from ._lexicon import holidays, lexicon, occasion_day, shifted_holiday

__all__ = ["Spec", "checked_day", "number_of", "read", "year_phrase_offset"]

# The parts of the day (data/day_parts.tsv) by TIMEX3 code, and "tonight" (a night)
_POD: Final = {**lexicon().day_parts, "tonight": "NI"}
_DECADE_WORDS: Final = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_QUARTER: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_REL: Final = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this past": -1,
    "the past": -1,
    "the last": -1,
    "the previous": -1,
    "this": 0,
    "current": 0,
    "the current": 0,
    "the same": 0,
    "that": 0,
    "next": 1,
    "coming": 1,
    "this coming": 1,
    "following": 1,
    "the next": 1,
    "the coming": 1,
    "the following": 1,
    "the latest": -1,
}
_SET_ADVERBS: Final = {
    "daily": "P1D",
    "nightly": "XXXX-XX-XXTNI",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "annual": "P1Y",
    "hourly": "PT1H",
}
_WS: Final = re.compile(r"\s+")


@frozen(kw_only=True)
class Spec:
    """What a temporal expression says. ``kind`` tells the resolver which fields matter.

    kinds: ``fixed`` (timex known: explicit dates, durations, sets, refs), ``md`` (month and day),
    ``month``, ``season``, ``quarter``, ``weekday``, ``shift`` (the unit containing the reference date
    moved by ``offset``: "last week", "yesterday", "two years ago"), ``clock``, ``anaphor`` (the
    quarter or period last talked about, ``offset`` years back: "the year-earlier quarter").
    """

    kind: str
    type: TimexType = TimexType.DATE
    timex: str = ""
    explicit: bool = False
    year: int | None = None
    month: int = 0
    day: int = 0
    weekday: int = 0
    season: str = ""
    quarter: int = 0
    half: bool = False
    unit: str = ""
    offset: int = 0
    rel: int | None = None  # -1 last/past, 0 this, +1 next; None: no word said
    pod: str = ""  # part of day: MO AF EV NI
    clock: str = ""  # HH:MM
    inner: Spec | None = None  # the day a clock time is on
    note: str = ""


def _norm(s: str | None) -> str:
    return _WS.sub(" ", s.casefold()) if s else ""


def year_phrase_offset(word: str | None) -> int:
    """Rule year-phrase (``_patterns.YEAR_PHRASE``): the years from the reference's that "last/this/next year"
    after a day or month counts (group ``ry``)."""
    return _REL[_norm(word)]


def number_of(words: str) -> int | None:
    """The value of a number written in digits or words ("48", "twenty-four", "1,500"); None if unknown."""
    w = _norm(words).replace(",", "")
    if not w:
        return None
    if w.replace(".", "", 1).isdigit():
        return int(float(w)) if "." not in w else None
    nums = lexicon().numbers
    total = 0
    for part in re.split(r"[- ]", w):
        if part in ("hundred", "thousand"):
            total = max(total, 1) * (100 if part == "hundred" else 1000)
        elif part in nums:
            total += nums[part]
        else:
            return None
    return total


def year_from_words(words: str) -> int | None:
    """A year spoken in words: "nineteen ninety-four" -> 1994, "two thousand and one" -> 2001."""
    w = _norm(words).replace(" and ", " ")
    if w.startswith("two thousand"):
        rest = w.removeprefix("two thousand").strip()
        return 2000 + (number_of(rest) or 0 if rest else 0)
    head, _, rest = w.partition(" ")
    century = number_of(head)
    rest = rest.replace("oh ", "").replace("oh-", "")
    tail = number_of(rest)
    if century is None or tail is None:
        return None
    return century * 100 + tail


def _possible(month: int, day: int) -> bool:
    """Whether some year has this month and day (February 29 in leap years)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]


def _nameable(month: int, day: int) -> bool:
    """Whether the text names a day of a real month, possible or not ("April 31" is; "13/13" is not)."""
    return 1 <= month <= 12 and 1 <= day <= 31


def checked_day(spec: Spec) -> Spec:
    """``spec`` itself, or, for a month and day no calendar has ("April 31", "Feb. 29, 2025"), the month
    the text names, noted ``no such day: ...``: the mention is kept, no day is invented (the resolver
    marks its value uncertain and unresolved)."""
    if spec.kind != "md" or not 1 <= spec.month <= 12:
        return spec
    year = spec.year if spec.explicit and spec.year else 2024  # a leap year: Feb. 29 exists without one
    if 1 <= year <= 9999 and 1 <= spec.day <= calendar.monthrange(year, spec.month)[1]:
        return spec
    words = f"{calendar.month_name[spec.month]} {spec.day}" + (f", {spec.year}" if spec.explicit and spec.year else "")
    note = f"no such day: {words}"
    if spec.explicit and spec.year:
        return Spec(kind="fixed", timex=f"{spec.year:04d}-{spec.month:02d}", explicit=True, note=note)
    return Spec(kind="month", month=spec.month, note=note)


def _month(s: str | None) -> int:
    return lexicon().months.get(_norm(s).rstrip("."), 0)


def _weekday(s: str | None) -> int:
    return lexicon().weekdays.get(_norm(s).rstrip("."), 0)


def _day(s: str | None) -> int:
    return int(re.sub(r"\D", "", s or "") or 0)


def _unit(s: str | None) -> str:
    return lexicon().units.get(_norm(s), "")


def _duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT48H, P20Y for two decades, PXY when the number is unknown."""
    if n is not None and n != int(n):
        return _duration_fraction(n, unit)
    k = "X" if n is None else str(int(n))
    mult = {"DE": 10, "C": 100, "Q": 3, "WE": 2}
    if unit in mult:
        base = {"DE": "Y", "C": "Y", "Q": "M", "WE": "D"}[unit]
        if n is None:
            return {"DE": "PXY", "C": "PXC", "Q": "PXM", "WE": "PXD"}[unit]
        return f"P{int(n) * mult[unit]}{base}"
    if unit in ("H", "MIN", "S"):
        return f"PT{k}{ {'H': 'H', 'MIN': 'M', 'S': 'S'}[unit] }".replace(" ", "")
    return f"P{k}{unit}"


# a unit with a fraction in whole smaller units: (smaller units in one, the unit's designator, the smaller's);
# a designator of the time part (hours, minutes, seconds) is written after TIMEX3's "T"
_FRACTION_PARTS: Final = {
    "Y": (12, "Y", "M"),
    "M": (30, "M", "D"),
    "D": (24, "D", "TH"),
    "H": (60, "TH", "TM"),
    "MIN": (60, "TM", "TS"),
}
# units counted in another: decades and centuries in years, weeks in days (TIMEX3 writes no week beside
# another unit)
_COUNTED_IN: Final = {"DE": (10, "Y"), "C": (100, "Y"), "W": (7, "D")}


def _duration_fraction(n: float, unit: str) -> str:
    """A count with a fraction in whole smaller units, as TIMEX3 values are written: "three and a half years"
    P3Y6M, "2 1/2 hours" PT2H30M, "three and a half months" P3M15D (a month's half is 15 days, as the
    real-news gold writes it), "two and a half decades" P25Y, "a week and a half" P10DT12H."""
    if unit in _COUNTED_IN:
        factor, unit = _COUNTED_IN[unit]
        n *= factor
        if n == int(n):
            return _duration(n, unit)
    if unit not in _FRACTION_PARTS:
        return f"PT{n:g}S" if unit == "S" else f"P{n:g}{unit}"
    per, big, small = _FRACTION_PARTS[unit]
    whole = int(n)
    pieces = [(whole, big), (round((n - whole) * per), small)]
    date = "".join(f"{k}{d}" for k, d in pieces if k and not d.startswith("T"))
    time = "".join(f"{k}{d[1:]}" for k, d in pieces if k and d.startswith("T"))
    return f"P{date}" + (f"T{time}" if time else "")


def _mod_pod(pod: str | None) -> str:
    p = _norm(pod).rstrip("s")
    return _POD.get(p, "")


_CALENDAR_RULES: Final = frozenset(
    {
        "iso",
        "numeric",
        "pod_of",
        "pod_before",
        "unit_before",
        "pod_anaphor",
        "full",
        "month_year",
        "md",
        "holiday",
        "anchored",
        "winter_span",
        "decade",
        "century",
        "quarter_code",
    }
)
_QUARTER_RULES: Final = frozenset({"quarter", "quarter_adj", "quarter_ref", "fiscal"})
_RELATIVE_RULES: Final = frozenset(
    {"ago", "ago_a", "rel_edge", "edge_of", "rel_month", "rel_season", "year_season", "rel_unit"}
)
_DAY_RULES: Final = frozenset(
    {
        "day_word",
        "day_part",
        "weekday_set",
        "weekday",
        "set",
        "clock",
        "duration",
        "duration_adj",
        "duration_a",
        "ref",
        "month",
        "year",
        "year_period",
        "the_year",
        "weekend",
        "bare_plural",
    }
)


# a day named by its distance from the reference day
_DAY_WORDS: Final = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day after tomorrow": 2,
    "the day before yesterday": -2,
}


def read(rule: str, g: dict[str, str | None], text: str) -> Spec | None:
    """The :class:`Spec` of a span matched by ``rule`` with groups ``g``; ``None`` rejects the match."""
    low = _norm(text)
    if rule in _CALENDAR_RULES:
        return _read_calendar(rule, g)
    if rule in _QUARTER_RULES:
        return _read_quarter(rule, g, low)
    if rule in _RELATIVE_RULES:
        return _read_relative(rule, g, low)
    if rule in _DAY_RULES:
        return _fortnight(rule, g) or _read_day(rule, g, low)
    return _read_other(rule, g)


def _read_other(rule: str, g: dict[str, str | None]) -> Spec | None:
    """``read`` for the rules of no family: a day of the month, a count and a half, counted days."""
    if rule == "dom":  # "on the 17th": a day of a month the context gives
        return Spec(kind="dom", day=int(g["dn"] or 0))
    if rule == "duration_half":
        return _read_duration_half(g)
    return _COUNTED_DAYS.get(rule)


# "today is the eighth day of ...": the reference day; "the second day of the conference": the day last named,
# else the reference day
_COUNTED_DAYS: Final = {
    "day_count": Spec(kind="shift", unit="D", offset=0),
    "gathering_day": Spec(kind="anaphor", unit="D", offset=0, note="or-shift"),
    # rule running-day-count: "for a third day", "the second day of the forum": as gathering_day
    "running_day": Spec(kind="anaphor", unit="D", offset=0, note="or-shift"),
    # "will one day join": the future as a whole
    "one_day_future": Spec(kind="fixed", type=TimexType.DATE, timex="FUTURE_REF"),
}


def _fortnight(rule: str, g: dict[str, str | None]) -> Spec | None:
    """ "a fortnight", "the next fortnight": two weeks, a duration (no calendar unit of two weeks)."""
    if rule != "duration_a" or _norm(g.get("u")) != "fortnight":
        return None
    return Spec(kind="fixed", type=TimexType.DURATION, timex="P2W")


def _read_calendar(rule: str, g: dict[str, str | None]) -> Spec | None:  # noqa: C901, PLR0911, PLR0912
    """``read`` for dates on the calendar: ISO, numeric, month names, holidays, decades, quarter codes."""
    if rule == "iso":
        if g.get("hh"):  # a timestamp: 2025-03-12T10:35:00Z
            timex = f"{g['y']}-{g['m']}-{g['d']}T{g['hh']}:{g['mi']}"
            return Spec(kind="fixed", type=TimexType.TIME, timex=timex, explicit=True)
        checked = checked_day(
            Spec(kind="md", year=int(g["y"] or 0), month=int(g["m"] or 0), day=int(g["d"] or 0), explicit=True)
        )
        if checked.kind != "md":
            return checked  # "2024-02-30": no such day
        return Spec(kind="fixed", timex=f"{g['y']}-{g['m']}-{g['d']}", explicit=True)
    if rule == "numeric":
        a, b = int(g["a"] or g["da"] or 0), int(g["b"] or g["db"] or 0)
        day_first = bool(g["da"]) or a > 12  # 24.02.2022 (European); 10/3/2024 month first (US)
        month, day = (b, a) if day_first else (a, b)
        if not _nameable(month, day):
            return None
        return _with_time(month, day, int(g["y"] or g["dy"] or 0), g)
    if rule in ("pod_before", "unit_before", "pod_anaphor", "pod_of"):
        return _read_pod(rule, g)
    if rule == "full":
        month = _month(g["m"] or g["m2"])
        day = _day(g["d"] or g["d2"])
        if not _nameable(month, day):
            return None
        return _with_time(month, day, int(g["y"] or g["y2"] or 0), g)
    if rule == "month_year":
        return _read_month_year(g)
    if rule == "md":
        return _read_md(g)
    if rule == "holiday":
        return _read_holiday(g)
    if rule == "anchored":
        return _read_anchored(g)
    if rule == "winter_span":
        first, second = g["y1"] or g["y3"] or "", g["y2"] or g["y4"] or ""
        y2 = int(first[:2] + second) if len(second) == 2 else int(second)
        if y2 != int(first) + 1:
            return None
        return Spec(kind="fixed", timex=f"{first}-WI", explicit=True)
    if rule == "decade":
        if g["dec"]:
            value = g["dec"][:3]
        elif g["dec2"]:
            value = "19" + g["dec2"][0]
        else:
            value = f"19{_DECADE_WORDS[_norm(g['w'])]}"
        return Spec(kind="fixed", timex=value, explicit=True)
    if rule == "century":
        n = int(g["n"]) if g["n"] else lexicon().ordinals.get(_norm(g["o"]), 0)
        if not 1 <= n <= 30:
            return None
        return Spec(kind="fixed", timex=f"{n - 1:02d}", explicit=True)
    if rule == "quarter_code":
        letter = g["h"] or g["h2"] or "Q"
        q = int(g["q"] or g["q2"] or 0)
        if letter == "H" and q > 2:
            return None
        year = g["y"] or g["y3"] or (f"20{g['y2']}" if g["y2"] else "")
        if year:
            return Spec(kind="fixed", timex=f"{year}-{letter}{q}", explicit=True)
        return Spec(kind="quarter", quarter=q, half=letter == "H")
    return None


def _read_month_year(g: dict[str, str | None]) -> Spec:
    """``read`` for a month and its year: "July 1997", "June last year", "August of the previous year"."""
    month = _month(g["m"])
    year = g["y"] or (str(year_from_words(g["yw"]) or "") if g["yw"] else "")
    if year:
        return Spec(kind="fixed", timex=f"{year}-{month:02d}", explicit=True)
    if g.get("ana"):  # rule month-of-year-anaphor: that month of the year before (after) the one in focus
        offset = 1 if _norm(g["ana"]) == "following" else -1
        return Spec(kind="anaphor", unit="Y", offset=offset, month=month, note="or-shift")
    offset = year_phrase_offset(g["ry"])  # rule year-phrase: "June last year", "March of next year"
    return Spec(kind="month", month=month, unit="Y", offset=offset, rel=offset)


def _read_pod(rule: str, g: dict[str, str | None]) -> Spec:
    """``read`` for a part of the day (or a unit) told from another day: "the evening before" (pod_before), "the
    year before" (unit_before), "the next morning", "that night" (pod_anaphor), "the morning of Feb. 5" (pod_of)."""
    if rule == "pod_of":
        return _pod_of(g)
    if rule == "unit_before" and g.get("far"):  # rule unit-before-last: two units from the reference's
        offset = 2 if _norm(g["far"]).endswith("next") else -2
        return Spec(kind="shift", unit=_unit(g["u"] or "day"), offset=offset)
    if rule == "unit_before":  # "the year before", "the day after": one unit from the one in focus
        offset = 1 if _norm(g["dir"]) == "after" else -1
        return Spec(kind="anaphor", unit=_unit(g["u"] or "day"), offset=offset, note="or-shift")
    if rule == "pod_anaphor":
        pod = _mod_pod(g["pod"])
        if g["next"]:  # "the next morning": the day after the day last named, as "the next day"
            return Spec(kind="anaphor", unit="D", offset=1, pod=pod, type=TimexType.TIME)
        # "that night", "the same evening": the day last named, else the reference day, as "the same day"
        return Spec(kind="anaphor", unit="D", offset=0, pod=pod, type=TimexType.TIME, note="or-shift")
    pod = _mod_pod(g["pod"] or g["podb"])
    return Spec(kind="anaphor", unit="D", offset=-1, pod=pod, type=TimexType.TIME, note="or-shift")


def _pod_of(g: dict[str, str | None]) -> Spec:
    """ "in the afternoon": that part of the day last named; "during the night": read as "overnight"."""
    if g.get("night"):
        return Spec(kind="shift", unit="D", offset=-1, pod="NI", type=TimexType.TIME, note="overnight")
    return Spec(kind="shift", unit="D", offset=0, pod=_mod_pod(g["pod2"]), type=TimexType.TIME, note="that day")


def _read_md(g: dict[str, str | None]) -> Spec | None:
    """``read`` for a month and day without a year ("Feb. 17", "the 3rd of May", "the week of March 6")."""
    if g["o"]:
        day = lexicon().ordinals.get(_norm(g["o"]), 0)
        month = _month(g["m3"])
    else:
        month, day = _month(g["m"] or g["m2"]), _day(g["d"] or g["d2"])
    if not _nameable(month, day):
        return None
    rel = _REL.get(_norm(g["rel"])) if g["rel"] else None
    # "Feb. 30" names no day of any year: the mention keeps its month (see checked_day)
    # "the week of March 6": the week that holds the day (unit "W")
    week = "W" if g.get("weekof") else ""
    if g.get("ry"):  # "July 28 this year": the day of the year counted from the reference (unit "Y")
        offset = year_phrase_offset(g["ry"])
        return checked_day(Spec(kind="md", month=month, day=day, weekday=_weekday(g["wd"]), unit="Y", offset=offset))
    return checked_day(Spec(kind="md", month=month, day=day, weekday=_weekday(g["wd"]), rel=rel, unit=week))


def _read_anchored(g: dict[str, str | None]) -> Spec | None:
    """``read`` for a day dated by an occasion: the Nth anniversary or the Nth day of a dated occasion, the
    eve of an occasion or of a holiday."""
    if g["h"]:  # the eve of a holiday: its rule a day earlier, resolved as the holiday is
        eve = shifted_holiday(holidays()[_WS.sub(" ", g["h"])], -1) if g["eve"] else None
        return None if eve is None else Spec(kind="holiday", note=eve)
    base = occasion_day(g["aown"] or "", g["ahead"] or "")
    if base is None or not _occasion_date_agrees(base, g):
        return None
    if g["eve"]:
        day = base - dt.timedelta(days=1)
    elif g["dn"]:
        n = _count(g["dn"])
        if n is None or n < 1:
            return None
        day = base + dt.timedelta(days=n - 1)
    else:
        n = _count(g["nth"] or g["yrs"] or "")
        if n is None or n < 1 or base.year + n > 9999:
            return None
        day = base.replace(year=base.year + n)
    return Spec(kind="fixed", timex=day.isoformat(), explicit=True)


def _count(words: str) -> int | None:
    """A count written as an ordinal ("third", "80th", "1,000th") or a number ("three")."""
    w = _norm(words).replace(",", "")
    if w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th"):
        return int(w[:-2])
    return lexicon().ordinals.get(w) or number_of(w)


def _occasion_date_agrees(base: dt.date, g: dict[str, str | None]) -> bool:
    """Whether the date written inside an occasion's name ("Russia's February 2022 invasion") is the occasion's."""
    if g["ayear"] and int(g["ayear"]) != base.year:
        return False
    if g["amon"] and _month(g["amon"]) != base.month:
        return False
    return not g["aday"] or _day(g["aday"]) == base.day


def _read_holiday(g: dict[str, str | None]) -> Spec:
    """``read`` for a holiday, with "last"/"next"/"this" or a year, or "<holiday> week"."""
    name = _WS.sub(" ", g["h"] or "")
    rel_word = _norm(g["rel"]).split(" ")[0] if g["rel"] else ""
    rel = {"last": -1, "this": 0, "next": 1}.get(rel_word)
    week = "W" if g.get("hweek") else ""  # "Easter week": the week that holds the day
    if g["y"]:
        return Spec(kind="holiday", note=holidays()[name], year=int(g["y"]), explicit=True, unit=week)
    return Spec(kind="holiday", note=holidays()[name], rel=rel, unit=week)


# quarters counted from the reference day; "the latest quarter" is the one the text discusses where it names one
# that is over (rule latest-period-in-focus, _resolve.LATEST_PERIOD_IN_FOCUS)
_QUARTER_SHIFTS: Final = {
    "the latest quarter": (-1, "latest in focus"),
    "the latest period": (-1, "latest in focus"),
    "the recent quarter": (-1, "latest in focus"),
    "the last quarter": (-1, "latest"),
    "the past quarter": (-1, "latest"),
    "the previous quarter": (-1, "latest"),
    "last quarter": (-1, "latest"),
    "this quarter": (0, ""),
    "the current quarter": (0, ""),
    "next quarter": (1, ""),
}


def _quarter_or_half(g: dict[str, str | None]) -> tuple[int, bool]:
    """The number of the quarter or half a quarter rule names, and whether it is a half: "the last half of 2025" is
    the second half, "the final quarter" the fourth, "the first two quarters of 2026" the first half."""
    pair = _norm(g.get("pair"))
    if pair:
        return (1 if pair == "first" else 2), True
    half = _norm(g.get("u")) == "half"
    return _QUARTER.get(_norm(g["q"])) or (2 if half else 4), half


def _read_quarter(rule: str, g: dict[str, str | None], low: str) -> Spec | None:  # noqa: PLR0911
    """``read`` for quarters and fiscal years."""
    if rule in ("quarter", "quarter_adj"):
        q, half = _quarter_or_half(g)
        if half and q > 2:
            return None
        qyear = g.get("y") or g.get("y2")
        if qyear:
            return Spec(kind="fixed", timex=f"{qyear}-{'H' if half else 'Q'}{q}", explicit=True)
        if g.get("cy") or g.get("ry2"):  # "the second half of the year", "the first quarter of next year"
            shift = {"last": -1, "next": 1}.get(_norm(g.get("ry2")), 0)
            return Spec(kind="quarter", quarter=q, half=half, rel=0, unit="Y", offset=shift)
        ry = g.get("ry")
        adj = low
        offset = -1 if ("year-earlier" in adj or "year-ago" in adj) else 0
        rel = _REL[_norm(ry)] if ry else None
        if _norm(g.get("det")) in ("last", "next") and not ry:
            rel = _REL[_norm(g.get("det"))]
        return Spec(kind="quarter", quarter=q, half=half, rel=rel, offset=offset)
    if rule == "quarter_ref":
        if g["py"]:
            return Spec(kind="anaphor", unit="Q", year=int(g["py"]))
        offset = -1 if ("year-earlier" in low or "year-ago" in low or "a year" in low or "last year" in low) else 0
        if low.startswith(("last year's", "this year's", "next year's")):
            offset = {"last": -1, "this": 0, "next": 1}[low.split(maxsplit=1)[0]]
        if low in _QUARTER_SHIFTS:
            offset, note = _QUARTER_SHIFTS[low]
            return Spec(kind="shift", unit="Q", offset=offset, note=note)
        return Spec(kind="anaphor", unit="Q", offset=offset, note="adj" if low in ("year-earlier", "year-ago") else "")
    if rule == "fiscal":
        if g.get("fy"):  # "FY2025", "FY25", "FY'25": two digits are this century's below 50
            fy = (g["fy"] or "").lstrip("'")
            fiscal = int(fy) if len(fy) == 4 else (2000 if int(fy) < 50 else 1900) + int(fy)
            return Spec(kind="fixed", timex=f"{fiscal:04d}", explicit=True)
        y = g["y"] or ""
        fiscal = int("19" + y[1:]) if y.startswith("'") else int(y)
        return Spec(kind="fixed", timex=f"{fiscal:04d}", explicit=True)
    return None


def _stretch_up_to_now(g: dict[str, str | None], rel_word: str, unit: str) -> Spec | None:
    """``read`` for a stretch of one unit counted from the reference, a duration: rule the-past-unit, rule
    the-past-decade and rule stretch-ahead-or-back; ``None`` where "the past"/"the next" names a calendar unit."""
    if g.get("stretch") is not None and unit in ("Y", "M", "W", "DE", "C"):
        # rule stretch-ahead-or-back: "over the next decade", "within the next year": a duration
        return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(1, unit))
    if rel_word == "the past" and unit in ("Y", "M", "W"):
        # rule the-past-unit: "over the past year", "in the past week": the stretch up to now, a duration
        # (P1Y, as "the past two years" is P2Y), not the calendar year before ("last year")
        return Spec(kind="fixed", type=TimexType.DURATION, timex=f"P1{unit}")
    if rel_word == "the past" and unit in ("DE", "C"):
        # rule the-past-decade: "over the past decade", "the past century": the ten (hundred) years up to now,
        # P10Y (P100Y), as "the past two decades" is P20Y; not the calendar decade before ("the 2010s"). "The
        # last decade" and "the last century" stay the calendar ones before (TempEval-3 tags "the last decade"
        # so; "the last century" said today is the twentieth).
        return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(1, unit))
    return None


def _read_rel_unit(g: dict[str, str | None]) -> Spec | None:  # noqa: PLR0911
    """``read`` for a unit counted from the reference or the day last named: "last year", "the past week",
    "the same day", "the following month", "the previous week" (rule previous-week-of-focus)."""
    unit = _unit(g["u"])
    rel_word = _norm(g["rel"]).replace(" very ", " ")  # "the very same day", "the very next day"
    if rel_word in ("that same", "that very same", "that very"):  # "that same day": as "the same day"
        rel_word = "the same"
    rel = _REL[rel_word]
    if rel_word == "the same" and unit == "D":
        # "the same day": the day last named; with none, the reference day (the day the report is from)
        return Spec(kind="anaphor", unit=unit, offset=0, note="or-shift")
    if rel_word in ("the same", "that"):
        return Spec(kind="anaphor", unit=unit, offset=0)
    if rel_word in ("the following", "following", "the previous", "previous") and unit in ("Y", "M", "W"):
        return Spec(kind="anaphor", unit=unit, offset=rel, note="or-shift")
    stretch = _stretch_up_to_now(g, rel_word, unit)
    if stretch is not None:
        return stretch
    if unit == "D":
        if rel_word in ("the previous", "previous"):  # with no day named before: the reference's day before
            return Spec(kind="anaphor", unit="D", offset=rel, note="or-shift")
        if rel_word in ("the next", "the following", "following"):
            return Spec(kind="anaphor", unit="D", offset=rel)
        if rel_word in ("the past", "the last"):  # "over the past day": the last 24 hours
            return Spec(kind="fixed", type=TimexType.DURATION, timex="P1D")
        return None
    return Spec(kind="shift", unit=unit, offset=rel)


def _read_ago(g: dict[str, str | None]) -> Spec:
    """``read`` for a count of units from now or from the story's time: "two years ago", "three days
    later", "a few days later", "48 hours earlier"."""
    unit = _unit(g["u"])
    count = number_of(g["n"] or "") if g.get("n") and not g.get("alt") else None  # "four or six weeks ago"
    direction = _norm(g["dir"]).replace("prior", "earlier")  # "two days prior": an adverb of "earlier"
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if g.get("half") and count is not None and unit == "Y":  # "two and a half years ago": in months
        unit, count = "M", count * 12 + 6
    if direction in ("earlier", "later") and unit == "D" and count is not None:
        # "two days earlier", "three days later": from the day in focus (the one the text named
        # last), else a duration
        return Spec(kind="anaphor", unit="D", offset=sign * count, note="or-duration")
    if direction in ("earlier", "later") and (unit in ("H", "MIN", "S", "W") or count is None):
        # "48 hours later", "a minute and a half later", "a few days later": a stretch of the story's time
        half = 0.5 if g.get("half") else 0.0
        return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(count and count + half, unit))
    if count is None:
        return Spec(kind="fixed", timex="PAST_REF" if sign < 0 else "FUTURE_REF")
    return Spec(kind="shift", unit=unit, offset=sign * count, note=direction)


def _read_relative(rule: str, g: dict[str, str | None], low: str) -> Spec | None:  # noqa: PLR0911
    """``read`` for dates counted from the reference: ago, edges, this/next month, season or unit."""
    rel: int | None  # this, last or next, where the form says
    if rule in ("ago", "ago_a"):
        return _read_ago(g)
    if rule == "rel_edge":
        if g.get("that"):  # "later that day", "earlier that year": the one the text named last
            return Spec(kind="anaphor", unit=_unit(g["u2"]), offset=0, note="or-shift")
        unit = _season_or_unit(g["u"])
        rel = _REL[_norm(g["rel"])]
        if unit in lexicon().seasons.values():
            return Spec(kind="season", season=unit, rel=rel)
        return Spec(kind="shift", unit=unit, offset=rel)
    if rule == "edge_of":
        unit = _unit(g["u"] or g["u2"] or g["u3"] or g["u4"])  # u4: "year-end", "by year's end"
        offset = -1 if " last " in f" {low} " else (1 if " next " in f" {low} " else 0)
        if unit == "D":  # "earlier in the day": the day the text named last
            return Spec(kind="anaphor", unit="D", offset=0, note="or-shift")
        # "the end of the year" (not "of this year") may be the year the story is in
        note = "the" if offset == 0 and re.search(r"\bthe\s+(?:year|month)$", low) else ""
        return Spec(kind="shift", unit=unit, offset=offset, note=note)
    if rule == "rel_month":
        return Spec(kind="month", month=_month(g["m"]), rel=_REL[_norm(g["rel"])])
    if rule in ("rel_season", "year_season"):
        season = lexicon().seasons[_norm(g["s"])]
        year = g.get("y") or (str(year_from_words(g["yw"] or "") or "") if g.get("yw") else "")
        if year:
            return Spec(kind="fixed", timex=f"{year}-{season}", explicit=True)
        rel = _REL[_norm(g["rel"])] if g.get("rel") else None
        if _norm(g["s"]) == "fall" and rel is None and not re.match(r"(?i)(early|mid|late|the)", low):
            return None  # "fall" alone is usually the verb ("autumn" never is: "Autumn will be decisive")
        return Spec(kind="season", season=season, rel=rel)
    if rule == "rel_unit":
        return _read_rel_unit(g)
    return None


def _read_weekday(g: dict[str, str | None]) -> Spec:
    """``read`` for a weekday: by the tense, "last"/"next"/"this", "of next week", "the previous"."""
    wd = _weekday(g["wd"])
    rel = _REL.get(_norm(g["rel"])) if g["rel"] else None
    if g["week"]:
        week_rel = _REL[_norm(g["week"]).split()[-2]]
        return Spec(kind="weekday", weekday=wd, rel=None, offset=week_rel, note="week")
    pod = _mod_pod(g["pod"])
    ttype = TimexType.TIME if pod else TimexType.DATE
    if g.get("prev"):  # "the previous Friday": the one before the day in focus
        return Spec(kind="weekday", weekday=wd, rel=-1, pod=pod, type=ttype, note="previous")
    return Spec(kind="weekday", weekday=wd, rel=rel, pod=pod, type=ttype)


def _read_day(rule: str, g: dict[str, str | None], low: str) -> Spec | None:  # noqa: C901, PLR0911, PLR0912
    """``read`` for day words, parts of the day, weekdays, sets, clocks, durations and bare units."""
    if rule == "day_word":
        w = " ".join(_norm(g["w"]).split())
        offset = _DAY_WORDS[w]
        pod = "NI" if w == "tonight" else _mod_pod(g["pod"])
        mod = _norm(g["mod"]).replace("-", "")
        if mod in ("midafternoon", "midmorning"):  # "mid-afternoon yesterday"
            pod = "AF" if mod == "midafternoon" else "MO"
        return Spec(kind="shift", unit="D", offset=offset, pod=pod, type=TimexType.TIME if pod else TimexType.DATE)
    if rule == "day_part":
        if g["overnight"]:  # the night before the reference day
            return Spec(kind="shift", unit="D", offset=-1, pod="NI", type=TimexType.TIME, note="overnight")
        if g["mid"]:
            pod = "AF" if "afternoon" in _norm(g["mid"]) else "MO"
            return Spec(kind="shift", unit="D", offset=0, pod=pod, type=TimexType.TIME)
        r = _norm(g["rel"])
        offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[r]
        pod = _mod_pod(g["pod"])
        if r == "last" and pod != "NI":
            return None
        return Spec(kind="shift", unit="D", offset=offset, pod=pod, type=TimexType.TIME)
    if rule == "weekday_set":
        wd = _weekday(g["wd"]) or _weekday((g["wp"] or "").rstrip("s"))
        pod = _mod_pod(g["pod"])
        timex = f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        return Spec(kind="fixed", type=TimexType.SET, timex=timex if not pod else f"XXXX-WXX-{wd}")
    if rule == "weekday":
        return _read_weekday(g)
    if rule == "set":
        if g["adv"]:
            return Spec(kind="fixed", type=TimexType.SET, timex=_SET_ADVERBS[_norm(g["adv"])])
        if g["m"]:
            return Spec(kind="fixed", type=TimexType.SET, timex=f"XXXX-{_month(g['m']):02d}")
        if g["s"]:
            return Spec(kind="fixed", type=TimexType.SET, timex=f"XXXX-{lexicon().seasons[_norm(g['s'])]}")
        u = _norm(g["u"])
        if u in _POD:
            return Spec(kind="fixed", type=TimexType.SET, timex=f"XXXX-XX-XXT{_POD[u]}")
        every = number_of(g["n"] or "") if g["n"] else 1
        if "other" in low:
            every = 2 * (every or 1)
        return Spec(kind="fixed", type=TimexType.SET, timex=_duration(every, _unit(u)))
    if rule == "clock":
        return _clock(g)
    if rule in ("duration", "duration_adj", "duration_a"):
        return _read_duration(rule, g, low)
    if rule == "ref":
        return _ref(lexicon().refs[low])
    if rule == "month":
        return Spec(kind="month", month=_month(g["m"]))
    if rule == "year":
        year = g["y"] or (str(year_from_words(g["yw"]) or "") if g["yw"] else "")
        return Spec(kind="fixed", timex=year, explicit=True) if year else None
    if rule == "year_period":  # "the year ended June 30": a year-long period
        return Spec(kind="fixed", type=TimexType.DURATION, timex="P1Y")
    if rule == "the_year":
        return Spec(kind="shift", unit="Y", offset=0)
    if rule == "weekend":
        if _norm(g["rel"]).endswith("upcoming"):  # "the upcoming weekend": the first one ahead
            return Spec(kind="weekend", note="upcoming")
        rel = _REL.get(_norm(g["rel"]))
        if rel is None or _norm(g["rel"]) == "that":
            rel = None
        return Spec(kind="weekend", rel=rel)
    if rule == "bare_plural":
        unit = _unit(g["u"])
        return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(None, unit))
    return None


def _season_or_unit(word: str | None) -> str:
    w = _norm(word)
    return lexicon().seasons.get(w) or _unit(w)


def _hour_of_day(g: dict[str, str | None]) -> tuple[int, int]:
    """The 24-hour clock of an hour told by the part of the day: "4 in the morning" 04:00, "ten in the evening"
    22:00, "11 at night" 23:00 ("2 at night" 02:00: a night's hours before six are the small hours)."""
    hh, mm = (number_of(g["hw"] or "") or 0) % 12, int(g["hmi"] or 0)
    if g["hpod"]:
        return (hh if _norm(g["hpod"]) == "morning" else hh + 12), mm
    return (hh + 12 if hh >= 6 else hh), mm  # six o'clock opens the evening


def _clock(g: dict[str, str | None]) -> Spec:
    if g["noon"]:
        hh, mm = (0, 0) if _norm(g["noon"]) == "midnight" else (12, 0)
    elif g["h24"]:
        hh, mm = int(g["h24"]), int(g["mi24"] or 0)
    elif g["h24p"]:  # "from 18:00"
        hh, mm = int(g["h24p"]), int(g["mi24p"] or 0)
    elif g["h24b"]:  # "0400 GMT"
        hh, mm = int(g["h24b"]), int(g["mi24b"] or 0)
    elif g["hw"]:  # "4 in the morning", "ten in the evening", "11 at night"
        hh, mm = _hour_of_day(g)
    else:
        hh, mm = int(g["h"] or 0) % 12, int(g["mi"] or 0)
        if _norm(g["ap"]).startswith("p"):
            hh += 12
    clock = f"{hh:02d}:{mm:02d}"
    if g["noon"] and _norm(g["noon"]) == "midnight":
        clock = "24:00"
    inner: Spec | None = None
    if g["wd"]:
        inner = Spec(kind="weekday", weekday=_weekday(g["wd"]))
    elif g["dw"]:
        inner = Spec(kind="shift", unit="D", offset={"today": 0, "yesterday": -1, "tomorrow": 1}[_norm(g["dw"])])
    elif g["m"] and _possible(_month(g["m"]), _day(g["d"])):  # not "5 p.m. Feb. 31"
        year = int(g.get("y") or 0)
        inner = checked_day(Spec(kind="md", month=_month(g["m"]), day=_day(g["d"]), year=year, explicit=bool(year)))
        if year and inner.kind == "md":  # "3:42 PM EST, November 29, 2024": the text gives it all
            # midnight on a calendar date opens it (see _resolve._clock_value)
            timex = f"{year:04d}-{inner.month:02d}-{inner.day:02d}T{'00:00' if clock == '24:00' else clock}"
            return Spec(kind="fixed", type=TimexType.TIME, timex=timex, explicit=True, inner=inner)
    return Spec(kind="clock", type=TimexType.TIME, clock=clock, inner=inner)


def _with_time(month: int, day: int, year: int, g: dict[str, str | None]) -> Spec:
    """A full date, with the 24-hour time written after it if any ("12.09.2025 23:51"): one TIME, as
    TIMEX3 has it."""
    week = "W" if g.get("weekof") else ""  # "the week of March 6, 2000"
    spec = checked_day(Spec(kind="md", month=month, day=day, year=year, explicit=True, unit=week))
    if not g.get("hh") or spec.kind != "md" or not spec.year:
        return spec
    timex = f"{spec.year:04d}-{spec.month:02d}-{spec.day:02d}T{int(g['hh'] or 0):02d}:{g['mi']}"
    return Spec(kind="fixed", type=TimexType.TIME, timex=timex, explicit=True)


def _ref(value: str) -> Spec:
    """A phrase of ``data/date_refs.tsv``: the present, past or future as a whole (a DATE), or a stretch
    of unstated length just before or after now ("the coming days": a DURATION, PXD)."""
    kind = TimexType.DATE if value.endswith("_REF") else TimexType.DURATION
    return Spec(kind="fixed", type=kind, timex=value)


def _read_duration_half(g: dict[str, str | None]) -> Spec | None:
    """``read`` for rule duration_half: "three-and-a-half-year", "2-1/2 years" is the count and a half."""
    count, unit = number_of(g["n"] or ""), _unit(g["u"])
    if count is None or not unit:
        return None
    return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(count + 0.5, unit))


def _read_duration(rule: str, g: dict[str, str | None], low: str) -> Spec | None:  # noqa: C901, PLR0911, PLR0912
    unit = _unit(g.get("u") or g.get("ul") or "")
    if not unit:
        return None
    if rule == "duration_a":
        n: float | None = 1.5 if "and a half" in low else 1
        if unit == "WE":
            return None
        return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(n, unit))
    if rule == "duration_adj":
        if g["nl"]:
            plural = _norm(g["nl"]).endswith(("s", "ies"))
            return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(None if plural else 1, _unit(g["ul"])))
        word = _norm(g["n"])
        if word in ("several", "multi"):
            n = None
        elif word == "half":
            n = 0.5
        elif word == "one-and-a-half":
            n = 1.5
        elif word.endswith("-1/2"):  # "3-1/2-year-old": three and a half
            n = int(word[:-4]) + 0.5
        else:
            digits = word.replace(",", "")  # "1,000-day"
            n = float(digits) if digits.replace(".", "", 1).isdigit() else number_of(word)
            if n is None:
                return None
        return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(n, unit))
    few = _norm(g["few"])
    if few in ("a couple of", "couple of", "a couple"):
        n = 2
    elif few or g["alt"]:  # "four or five years", "six to seven days", "6-7 days": a count between two, vague
        n = None
    elif g["half"]:
        n = 0.5
    else:
        raw = _norm(g["n"])
        if raw in ("hundreds", "thousands"):
            n = None
        elif " " in raw and "/" in raw:  # 2 1/2
            whole, frac = raw.split(" ", 1)
            num, den = frac.split("/")
            n = int(whole) + (int(num) / int(den) if int(den) else 0)
        else:
            n = float(raw.replace(",", "")) if raw.replace(",", "").replace(".", "", 1).isdigit() else number_of(raw)
            if n is None:
                return None
        if g["n2"] is not None:  # "8 eight days": a number repeated in words is one number
            second = number_of(g["n2"])
            if second is not None and second != n:
                return None
    if ("and a half" in low or g.get("nhalf")) and n is not None:
        n += 0.5
    if unit == "WE":
        return None
    return Spec(kind="fixed", type=TimexType.DURATION, timex=_duration(n, unit))
