"""Rule event-age-bound: a sentence that counts the age of a well-known event is written about when that age falls.

"The war, now in its fourth year", "on the third anniversary of the full-scale invasion", "three years since
Russia invaded", "the 80th anniversary of the Victory": news counts the age of a few events (``data/
counted_events.tsv``) with words of ``data/age_words.tsv``; the count puts the text in an interval of days (about
the anniversary, inside the year counted, or the year after the count is reached). With no publication date, the
feed steps read that interval as they read a term of office named in the sentence: it decides the year of a
year-less date beside it (``_feed.item_dates``, ``_feed._by_terms``) and, under a confident order only, bounds the
dates around an item with no date of its own (``_feed.item_bounds``; the reason then names "the ages named in
item N", told from a term by ``COUNTS_FROM``). A count whose interval lies outside the window counts another
event (the war of 2014, the end of the Second World War counted as a war) and gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._resources import alternation, tsv_rows

from ._lexicon import lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["COUNTS_FROM", "age_bounds"]

_HALF_YEAR: Final = dt.timedelta(days=183)
_MONTH: Final = dt.timedelta(days=31)
_KINDS: Final = frozenset({"at", "during", "after", "not"})
COUNTS_FROM: Final = "counts from"  # in the reason of every age: how a feed's reason tells an age from a term


@cache
def _events() -> tuple[tuple[str, dt.date], ...]:
    """(name in lower case, the day the count starts) per row of ``data/counted_events.tsv``."""
    return tuple(
        (name.casefold(), dt.date.fromisoformat(first)) for _n, (_e, first, name) in tsv_rows("counted_events.tsv", 3)
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The count (a number and the words of a kind), the words that make it count something else, the names, and
    the words of the kinds alone (a cheap test that a part can hold a count at all: most parts hold none)."""
    rows = [(words, kind) for _n, (words, kind) in tsv_rows("age_words.tsv", 2) if kind in _KINDS]
    lex = lexicon()
    ordinal = rf"(?P<ord>{alternation(lex.ordinals)}|\d{{1,3}}(?:st|nd|rd|th))"
    cardinal = rf"(?P<card>{alternation(w for w in lex.numbers if len(w) > 2)}|\d{{1,3}})"
    at = alternation((w for w, k in rows if k == "at"), space=r"\s+")
    during = alternation((w for w, k in rows if k == "during"), space=r"\s+")
    after = alternation((w for w, k in rows if k == "after"), space=r"\s+")
    count = re.compile(
        rf"(?i)\b(?:{ordinal}\s+(?:(?P<at>{at})|(?P<during>{during}))|{cardinal}[\s-]+(?P<after>{after}))\b"
    )
    not_words = alternation((w for w, k in rows if k == "not"), space=r"\s+")
    other = re.compile(rf"(?i)\s*(?:{not_words})\b")
    name_words = alternation((n for n, _ in _events()), space=r"\s+")
    names = re.compile(rf"(?i)(?<![\w-])(?:{name_words})(?![\w-])")
    kinds = re.compile(rf"(?i)\b(?:{at}|{during}|{after})\b")
    return count, other, names, kinds


def _number(m: re.Match[str]) -> int | None:
    lex = lexicon()
    word = (m.group("ord") or m.group("card") or "").casefold()
    if word.isdigit():
        return int(word)
    if word[:-2].isdigit():
        return int(word[:-2])
    return lex.ordinals.get(word) if m.group("ord") else lex.numbers.get(word)


def _years_on(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


def _interval(m: re.Match[str], start: dt.date, n: int) -> tuple[dt.date, dt.date]:
    if m.group("at"):
        day = _years_on(start, n)
        return day - _HALF_YEAR, day + _HALF_YEAR
    if m.group("during"):
        return _years_on(start, n - 1) - _MONTH, _years_on(start, n) + _MONTH
    return _years_on(start, n) - _MONTH, _years_on(start, n + 1)


def _between(lo: dt.date, hi: dt.date) -> Callable[[dt.date], bool]:
    def allows(day: dt.date) -> bool:
        return lo <= day <= hi

    return allows


def age_bounds(part: str, win: tuple[dt.date, dt.date]) -> list[tuple[Callable[[dt.date], bool], str]]:
    """Rule event-age-bound: for each count of an event's age in ``part`` (a sentence or an item), the test of
    the days it allows and the reason, as the terms of office of a sentence are given; only counts whose
    interval meets the window ``win``."""
    count, other, names, kinds = _patterns()
    if not kinds.search(part) or not count.search(part):
        return []
    starts = dict(_events())
    named = [(m.start(), m.end(), starts[" ".join(m.group().casefold().split())]) for m in names.finditer(part)]
    out: list[tuple[Callable[[dt.date], bool], str]] = []
    for m in count.finditer(part):
        n = _number(m)
        if not named or n is None or not 0 < n <= 100 or other.match(part, m.end()):
            continue
        start = min(named, key=lambda x: max(x[0] - m.end(), m.start() - x[1], 0))[2]
        lo, hi = _interval(m, start, n)
        if hi < win[0] or lo > win[1]:
            continue
        why = f"{m.group()!r} {COUNTS_FROM} {start.isoformat()}: written {lo.isoformat()}..{hi.isoformat()}"
        out.append((_between(lo, hi), why))
    return out
