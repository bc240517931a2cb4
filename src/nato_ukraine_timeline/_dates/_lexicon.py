"""Word tables for date recognition, loaded once from the package's ``data/*.tsv`` files.

Tables are data, logic is code: each file opens with a comment naming its columns and source.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache
from typing import Final, Literal

from attrs import frozen
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from nato_ukraine_timeline._resources import tsv_rows, word_classes
from nato_ukraine_timeline.errors import ResourceError

__all__ = [
    "Lexicon",
    "holiday_date",
    "holidays",
    "lexicon",
    "occasion_day",
    "occasion_words",
    "range_words",
    "rate_nouns",
    "tense_cues",
]

_UNIT_CODES: Final = frozenset({"Y", "M", "W", "D", "H", "MIN", "S", "DE", "C", "Q", "WE"})
_SEASONS: Final = frozenset({"SP", "SU", "FA", "WI"})
_DAY_PARTS: Final = frozenset({"MO", "AF", "EV", "NI"})
_REFS: Final = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF", "PXY", "PXM", "PXW", "PXD", "PTXH"})


@frozen(kw_only=True)
class Lexicon:
    """The word tables, keyed by lower-cased form."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    refs: dict[str, str]
    aged: frozenset[str]


def _rows(name: str) -> list[tuple[str, str, int]]:
    rows = tsv_rows(name, 2)
    for n, (_form, value) in rows:
        if not value:
            raise ResourceError(f"data/{name}", [f"line {n}: the second column is empty"])
    return [(form, value, n) for n, (form, value) in rows]


def _ints(name: str, low: int, high: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for form, value, n in _rows(name):
        if not value.isdigit() or not low <= int(value) <= high:
            raise ResourceError(f"data/{name}", [f"line {n}: {value!r} is not a number in {low}..{high}"])
        out[form.casefold()] = int(value)
    return out


def _codes(name: str, allowed: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for form, value, n in _rows(name):
        if value not in allowed:
            raise ResourceError(f"data/{name}", [f"line {n}: {value!r} is not one of {sorted(allowed)}"])
        out[form.casefold()] = value
    return out


_TENSE_CUES: Final = frozenset(
    {
        "scheduled_event",
        "landmark_before",
        "occurrence_infinitive",
        "ahead_of_occasion",
        "range_opener",
        "range_joiner",
        "limit_preposition",
        "passage_verb",
        "attributive_future",
        "era_noun",
        "past_irregular",
        "past",
        "passive_aux",
        "future",
        "hedge_modal",
        "modal_cancel",
        "time_noun_follower",
        "holiday_unit",
        "holiday_observance",
        "future_right_before",
        "scheduled_verb",
        "not_ahead_before",
        "future_participle",
        "firm_future",
        "plan_past",
        "durative",
        "sets_limit",
        "propose",
        "clause_opener",
        "coordinator",
        "forward_only",
        "determiner",
        "adjective_adverb",
        "speaker_present",
        "imperative",
        "standing_present",
        "met_object",
        "met_determiner",
        "past_modal",
        "negative_subject",
        "day_of_tomorrow",
        "measure_verb",
        "coincides",
        "meeting_noun",
    }
)


@cache
def range_words(cls: str) -> tuple[str, ...]:
    """The words of class ``cls`` ("joiner", "informal") of ``data/range_words.tsv``: what joins the two sides of
    a range of dates ("from Monday to Wednesday"), in file order.

    Raises:
        ResourceError: the table is missing or names another class.
        KeyError: ``cls`` is not a class of the table.
    """
    return word_classes("range_words.tsv", ("joiner", "informal"))[cls]


@cache
def tense_cues(cue: str) -> tuple[str, ...]:
    """The phrases of ``data/tense_cues.tsv`` with the cue ``cue`` (lower case, longest first).

    A phrase may carry several cues, one line each ("scheduled" is a future and a plan).

    Raises:
        ResourceError: the table is missing or names a cue not in the known set.
    """
    found: dict[str, None] = {}
    for form, value, n in _rows("tense_cues.tsv"):
        if value not in _TENSE_CUES:
            raise ResourceError("data/tense_cues.tsv", [f"line {n}: {value!r} is not one of {sorted(_TENSE_CUES)}"])
        if value == cue:
            found[form.casefold()] = None
    return tuple(sorted(found, key=len, reverse=True))


@cache
def lexicon() -> Lexicon:
    """The tables (read once per process).

    Raises:
        ResourceError: a data file is missing or malformed.
    """
    return Lexicon(
        months=_ints("months.tsv", 1, 12),
        weekdays=_ints("weekdays.tsv", 1, 7),
        numbers=_ints("numbers.tsv", 1, 1000),
        ordinals=_ints("ordinals.tsv", 1, 100),
        units=_codes("date_units.tsv", _UNIT_CODES),
        seasons=_codes("seasons.tsv", _SEASONS),
        day_parts=_codes("day_parts.tsv", _DAY_PARTS),
        refs=_codes("date_refs.tsv", _REFS),
        aged=frozenset(cells[0].casefold() for _n, cells in tsv_rows("aged_states.tsv", 1)),
    )


_HOLIDAY_RULE: Final = re.compile(
    r"(?P<m>\d\d)-(?P<d>\d\d)|(?P<hm>\d\d)-(?P<wd>[1-7])-(?P<n>-?[1-5])(?P<k>[+-]\d+)?|(?P<e>orthodox-easter|easter)(?P<ek>[+-]\d+)"
)


_HOLIDAY_PART: Final = re.compile(r"(?:(?P<lo>\d{4})?\.\.(?P<hi>\d{4})?:)?(?P<rule>\S+)")


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day a holiday rule of ``data/holidays.tsv`` falls on in ``year`` (``None``: no such day).

    A rule may be several year-bounded rules separated by spaces (``..2022:10-14 2023..:10-01``: Oct. 14
    up to 2022, Oct. 1 from 2023): the first whose years hold ``year`` gives the day.
    """
    for part in rule.split():
        m = _HOLIDAY_PART.fullmatch(part)
        if m is None:
            return None
        if (m["lo"] is None or int(m["lo"]) <= year) and (m["hi"] is None or year <= int(m["hi"])):
            return _rule_date(m["rule"], year)
    return None


def _rule_date(rule: str, year: int) -> dt.date | None:
    """The day one (unbounded) holiday rule falls on in ``year``."""
    m = _HOLIDAY_RULE.fullmatch(rule)
    if m is None or not 1 <= year <= 9999:
        return None
    try:
        if m["m"]:
            return dt.date(year, int(m["m"]), int(m["d"]))
        if m["e"]:
            method: Literal[1, 2, 3] = EASTER_ORTHODOX if m["e"] == "orthodox-easter" else EASTER_WESTERN
            return easter(year, method) + dt.timedelta(days=int(m["ek"]))
        month, wd, n = int(m["hm"]), int(m["wd"]), int(m["n"])
        if n > 0:
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        else:
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            day = last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
        day += dt.timedelta(days=int(m["k"] or 0))
    except (ValueError, OverflowError):
        return None
    return day if day.month == month else None


@cache
def holidays() -> dict[str, str]:
    """Holiday name (as written) -> rule.

    Raises:
        ResourceError: ``data/holidays.tsv`` is missing or a rule is malformed.
    """
    out: dict[str, str] = {}
    for name, rule, n in _rows("holidays.tsv"):
        parts = [_HOLIDAY_PART.fullmatch(part) for part in rule.split()]
        malformed = not parts or any(p is None or _HOLIDAY_RULE.fullmatch(p["rule"]) is None for p in parts)
        if malformed or holiday_date(rule, 2024) is None:
            raise ResourceError("data/holidays.tsv", [f"line {n}: {rule!r} is not a holiday rule"])
        out[name] = rule
    return out


@cache
def rate_nouns() -> tuple[str, ...]:
    """Nouns after which "daily", "annual" ... measure an amount per period (``data/rate_nouns.tsv``).

    Raises:
        ResourceError: ``data/rate_nouns.tsv`` is missing.
    """
    return tuple(
        sorted({cells[0].casefold() for _n, cells in tsv_rows("rate_nouns.tsv", 1)}, key=lambda w: (-len(w), w))
    )


@cache
def anchors() -> dict[str, dt.date]:
    """Name of a dated occasion (as written) -> its day (``data/date_anchors.tsv``).

    Raises:
        ResourceError: ``data/date_anchors.tsv`` is missing or a day is malformed.
    """
    out: dict[str, dt.date] = {}
    for name, day, n in _rows("date_anchors.tsv"):
        try:
            out[name] = dt.date.fromisoformat(day)
        except ValueError:
            raise ResourceError("data/date_anchors.tsv", [f"line {n}: {day!r} is not a day"]) from None
    return out


# An occasion's name: an optional article, an optional owner ("Russia's", "the Soviet Union's") and its head
# ("full-scale invasion of Ukraine", "Victory in the Great Patriotic War").
_OCCASION: Final = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['\u2019]s)\s+)?(?P<head>.+)"
)


def _occasion_key(owner: str, head: str) -> tuple[str, str]:
    def norm(words: str) -> str:
        return " ".join(words.replace("\u2019", "'").split()).casefold()

    return norm(owner), norm(head)


@cache
def occasions() -> dict[tuple[str, str], dt.date]:
    """The dated occasions of ``data/date_anchors.tsv`` by (owner, head), both case-folded: "the Soviet Union's
    victory" is ("soviet union's", "victory"), "the Victory in the Great Patriotic War" ("", "victory in the
    great patriotic war"). The article is left out: the text may name the occasion with or without it."""
    out: dict[tuple[str, str], dt.date] = {}
    for name, day in anchors().items():
        m = _OCCASION.fullmatch(name)
        if m is not None:
            out[_occasion_key(m["owner"] or "", m["head"])] = day
    return out


def occasion_words() -> tuple[list[str], list[str]]:
    """The owners ("Russia's") and the heads ("full-scale invasion") of the occasions, as the table writes them."""
    owners, heads = set(), set()
    for name in anchors():
        m = _OCCASION.fullmatch(name)
        if m is not None:
            owners.add(m["owner"] or "")
            heads.add(m["head"])
    return sorted(owners - {""}), sorted(heads)


def occasion_day(owner: str, head: str) -> dt.date | None:
    """The day of the occasion named by ``owner`` (may be empty) and ``head``; an owner the table does not
    pair with the head is a detail of the head's own occasion ("Russia's victory over Nazi Germany" is the
    victory over Nazi Germany); a head of several words named without its owner ("the full-scale war in
    Ukraine", listed as Russia's) is the occasion of the owners the table pairs it with, when they all give one
    day (a one-word head alone, "the invasion", does not say whose)."""
    table = occasions()
    key = _occasion_key(owner, head)
    found = table.get(key) or (table.get(("", key[1])) if owner else None)
    if found is None and not owner and " " in key[1]:
        days = {day for (_, h), day in table.items() if h == key[1]}
        found = days.pop() if len(days) == 1 else None
    return found


def shifted_holiday(rule: str, days: int) -> str | None:
    """A holiday rule of ``data/holidays.tsv`` moved by ``days`` (-1: "the eve of" the holiday); None where a
    fixed day would move into another year or across Feb. 29 (no rule of the table can say that)."""
    parts = []
    for part in rule.split():
        m = _HOLIDAY_PART.fullmatch(part)
        r = None if m is None else _HOLIDAY_RULE.fullmatch(m["rule"])
        if m is None or r is None:
            return None
        bounds = part[: m.start("rule")]
        if r["m"]:
            day = dt.date(2000, int(r["m"]), int(r["d"])) + dt.timedelta(days=days)
            if day.year != 2000 or (int(r["m"]), day.month) in ((3, 2), (2, 3)):  # 2000 has a Feb. 29
                return None
            body = f"{day.month:02d}-{day.day:02d}"
        elif r["e"]:
            body = f"{r['e']}{int(r['ek']) + days:+d}"
        else:
            body = f"{r['hm']}-{r['wd']}-{r['n']}{int(r['k'] or 0) + days:+d}"
        parts.append(bounds + body)
    return " ".join(parts)
