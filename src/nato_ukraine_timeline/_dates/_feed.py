"""Resolution without a publication date: a text as a feed of items, one global decision.

A feed (a tag page, a timeline) lists items one per line or paragraph, newest or oldest first, with no
publication date. Each item has its own date; the items' dates are monotone in the feed's order, but
for the rare item about another time. The steps, each a function over one record per mention:

1. :func:`split_items` -- the items: the text's non-blank lines (a paragraph is a line between blank
   lines);
2. :func:`item_dates` -- each item's date (its first day-precise date) and the occurrences its own
   evidence allows: an explicit year next to it, the terms of office named in its sentence, the
   window. Evidence never crosses items;
3. :func:`decide_order` -- the order: given, or the one whose best assignment of years needs clearly
   fewer items out of order than the other's (never guessed on a text that is no feed);
4. :func:`assign_dates` -- one global decision: the longest monotone chain of item dates (fewest items
   out of order, then the most compact span); an item some best assignments date differently stays
   uncertain with every reading; an item out of order takes the occurrence nearest its neighbours,
   and an explicit date that breaks the order says so in its reason;
5. :func:`read_within_items` -- the other expressions of an item read against the item's date, or,
   in an item with no date, against the interval its neighbours' dates bound.

The result, a :class:`FeedReading`, gives every mention its value or reference and every item its date
(:func:`nato_ukraine_timeline.read_feed` is the public face).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Final

from attrs import define, field, frozen

from nato_ukraine_timeline.model import Basis, DateValue

from ._read import Spec
from ._resolve import Reference, candidates_in, make_value, occurrence

__all__ = [
    "FeedItem",
    "FeedReading",
    "MentionRecord",
    "assign_dates",
    "decide_order",
    "item_dates",
    "read_within_items",
    "resolve_feed",
    "split_items",
]

ORDERS: Final = ("newest first", "oldest first")
_MAX_CANDIDATES: Final = 24  # occurrences per item the order weighs (a window of 24 years); wider: undecided
_OUT_OF_ORDER: Final = 180  # days: an item out of order costs what half a year of span costs
_SLACK: Final = dt.timedelta(days=7)
_YEAR: Final = 365  # days: what an item out of order costs when the order is detected
_YEARLESS: Final = frozenset({"md", "month", "season", "quarter", "holiday"})

# A function that, given a sentence, returns for each title of office named in it a test of the days
# it allows and the reason.
TermsOf = Callable[[str], list[tuple[Callable[[dt.date], bool], str]]]


@define
class MentionRecord:
    """One temporal expression as the feed steps see it."""

    index: int  # position in find_dates' scan
    start: int
    end: int
    spec: Spec
    item: int
    sentence: tuple[int, int]
    given: DateValue | None = None  # decided before the feed steps (an explicit year in the sentence)
    value: DateValue | None = None  # decided by the feed steps
    ref: Reference | None = None  # the date the resolver reads it against
    nearest: bool = False  # read as the occurrence nearest ``ref``, whatever the tense


@frozen(kw_only=True)
class FeedItem:
    """One item of a feed: its span, its own date (None: it names none), and its place in the order.

    ``date`` is the value of the item's first day-precise date as the whole feed resolved it;
    ``bounds`` is, for an item with no date of its own, the interval its neighbours' dates bound
    (basis ``document order``), else None.
    """

    index: int
    start: int
    end: int
    date: DateValue | None = None
    bounds: DateValue | None = None
    in_order: bool = True


@frozen(kw_only=True)
class FeedReading:
    """What the feed steps decided: the order (None: not a feed, or undecided) and each item's date."""

    order: str | None
    order_reason: str
    items: tuple[FeedItem, ...] = field(converter=tuple)

    def item_at(self, offset: int) -> FeedItem | None:
        """The item whose span holds ``offset`` (None: between items or outside the text)."""
        starts = [it.start for it in self.items]
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0 or offset > self.items[k].end:
            return None
        return self.items[k]

    def date_at(self, offset: int) -> DateValue | None:
        """The date an undated statement or event at ``offset`` takes from its item: the item's own date,
        else the interval its neighbours' item dates bound; None when neither is known."""
        item = self.item_at(offset)
        if item is None:
            return None
        return item.date if item.date is not None else item.bounds


# --------------------------------------------------------------------------------------------------
# 1. items


_LINE: Final = re.compile(r"[^\n]+")


def split_items(text: str) -> list[tuple[int, int]]:
    """The spans of the text's non-blank lines, in text order (a paragraph between blank lines is one)."""
    return [m.span() for m in _LINE.finditer(text) if m.group().strip()]


# --------------------------------------------------------------------------------------------------
# 2. each item's date and the occurrences its own evidence allows


@frozen(kw_only=True)
class _ItemDate:
    item: int
    record: int  # index into the records
    days: tuple[dt.date, ...]  # the occurrences its own evidence allows, in time order
    fixed: bool  # written with its year (or decided by a year in its sentence)
    why: str  # the evidence that narrowed ``days`` ("" : the window only)


def _day_precise(rec: MentionRecord) -> bool:
    s = rec.spec
    if s.kind == "md":
        return s.note != "range"
    return s.kind == "fixed" and s.explicit and re.fullmatch(r"\d{4}-\d\d-\d\d", s.timex) is not None


def item_dates(
    text: str,
    records: Sequence[MentionRecord],
    spans: Sequence[tuple[int, int]],
    win: tuple[dt.date, dt.date],
    terms: TermsOf,
) -> list[_ItemDate | None]:
    """Each item's first day-precise date, with the occurrences its own evidence allows."""
    out: list[_ItemDate | None] = [None] * len(spans)
    for k, rec in enumerate(records):
        if out[rec.item] is not None or not _day_precise(rec):
            continue
        out[rec.item] = _item_date(text, k, rec, spans[rec.item], win, terms)
    return out


def _item_date(  # noqa: PLR0917
    text: str, k: int, rec: MentionRecord, item_span: tuple[int, int], win: tuple[dt.date, dt.date], terms: TermsOf
) -> _ItemDate:
    s = rec.spec
    if rec.given is not None and rec.given.earliest is not None:
        return _ItemDate(item=rec.item, record=k, days=(rec.given.earliest,), fixed=True, why=rec.given.reason)
    if s.kind == "fixed":
        day = dt.date.fromisoformat(s.timex)
        return _ItemDate(item=rec.item, record=k, days=(day,), fixed=True, why="the text gives the full date")
    if s.explicit and s.year:
        day = dt.date(s.year, s.month, s.day)  # checked_day made impossible days months
        return _ItemDate(item=rec.item, record=k, days=(day,), fixed=True, why="the text gives the full date")
    cands = candidates_in(s, *win)
    days = [c[1] for c in cands] if len(cands) <= _MAX_CANDIDATES else []
    why = ""
    # the terms of office named in the date's sentence, else anywhere in the item (an item reports
    # while the titles it uses are held)
    for lo, hi in (rec.sentence, item_span):
        if len(days) < 2:
            break
        bounds = terms(text[lo:hi])
        kept = [d for d in days if all(allows(d) for allows, _ in bounds)]
        if kept and len(kept) < len(days):
            days, why = kept, "; ".join(w for _, w in bounds)
    return _ItemDate(item=rec.item, record=k, days=tuple(days), fixed=False, why=why)


# --------------------------------------------------------------------------------------------------
# 3-4. the order and the global assignment


@frozen(kw_only=True)
class _Assignment:
    cost: int
    days: dict[int, tuple[dt.date, ...]]  # item -> the occurrences some best assignment gives it
    in_order: dict[int, bool]  # item -> whether some best assignment keeps it in the chain


def _step_ok(a: dt.date, b: dt.date, *, newest_first: bool, slack: dt.timedelta) -> bool:
    """Whether item date ``b`` may follow ``a`` (at most ``slack`` against the order)."""
    return a >= b - slack if newest_first else a <= b + slack


def assign_dates(
    dated: Sequence[_ItemDate],
    *,
    newest_first: bool,
    out_of_order: int = _OUT_OF_ORDER,
    slack: dt.timedelta = _SLACK,
) -> _Assignment:
    """The best chain of item dates in the order: each item left out of it costs ``out_of_order`` days,
    the chain its span (a feed covers a period without gaps of a year). An item tells of its own day or
    the days just before (items of one day report yesterday's events): a step of up to ``slack`` against
    the order keeps the order. For each item, the occurrences some best chain uses."""
    seq = [d for d in dated if d.days]
    n = len(seq)
    if n == 0:
        return _Assignment(cost=0, days={}, in_order={})
    inf = 10**18
    # fwd[i][j]: best cost of a chain ending at item i on its occurrence j (items before it, not in the
    # chain, out of order); bwd[i][j]: the same for a chain starting there
    fwd = [[i * out_of_order] * len(d.days) for i, d in enumerate(seq)]
    for i in range(n):
        for j, day in enumerate(seq[i].days):
            best = i * out_of_order
            for p in range(i):
                skip = (i - p - 1) * out_of_order
                for q, prev in enumerate(seq[p].days):
                    if _step_ok(prev, day, newest_first=newest_first, slack=slack):
                        best = min(best, fwd[p][q] + skip + abs((day - prev).days))
            fwd[i][j] = best
    bwd = [[(n - 1 - i) * out_of_order] * len(d.days) for i, d in enumerate(seq)]
    for i in range(n - 1, -1, -1):
        for j, day in enumerate(seq[i].days):
            best = (n - 1 - i) * out_of_order
            for p in range(i + 1, n):
                skip = (p - i - 1) * out_of_order
                for q, nxt in enumerate(seq[p].days):
                    if _step_ok(day, nxt, newest_first=newest_first, slack=slack):
                        best = min(best, bwd[p][q] + skip + abs((nxt - day).days))
            bwd[i][j] = best
    total = min([inf, *(fwd[i][j] + bwd[i][j] for i in range(n) for j in range(len(seq[i].days)))])
    days: dict[int, tuple[dt.date, ...]] = {}
    in_order: dict[int, bool] = {}
    for i, d in enumerate(seq):
        used = tuple(day for j, day in enumerate(d.days) if fwd[i][j] + bwd[i][j] == total)
        in_order[d.item] = bool(used)
        days[d.item] = used or d.days
    return _Assignment(cost=total, days=days, in_order=in_order)


def _out_of_order(seq: Sequence[_ItemDate], *, newest_first: bool) -> int:
    """The fewest items out of order any assignment leaves."""
    big = _YEAR * 100
    return assign_dates(seq, newest_first=newest_first, out_of_order=big, slack=dt.timedelta(0)).cost // big


def decide_order(dated: Sequence[_ItemDate], order: str | None) -> tuple[str | None, str]:
    """The order given, else the one the items' dates support clearly: a feed of three or more dated
    items whose best chain in that order leaves at most one in four out of order and costs at least
    half a year less than the best chain in the other order (an item out of order costs a year; a
    chain costs its span). A text that is no feed supports neither."""
    if order is not None:
        return order, f"the feed lists items {order} (given)"
    seq = [d for d in dated if d.days]
    if len(seq) < 3:
        return None, "fewer than three dated items: no order"
    cost = {
        o: assign_dates(seq, newest_first=o == "newest first", out_of_order=_YEAR, slack=dt.timedelta(0)).cost
        for o in ORDERS
    }
    out = {o: _out_of_order(seq, newest_first=o == "newest first") for o in ORDERS}
    best, other = sorted(ORDERS, key=lambda o: cost[o])
    if out[best] <= len(seq) // 4 and cost[other] - cost[best] >= _YEAR // 2:
        return best, (
            f"the feed lists items {best} (detected from {len(seq)} dated items: {out[best]} out of that "
            f"order, a chain of {cost[best]} days against {cost[other]} in the other order)"
        )
    return None, (
        f"no order: {out['newest first']} items out of newest first, {out['oldest first']} of oldest first; "
        f"chains of {cost['newest first']} and {cost['oldest first']} days"
    )


# --------------------------------------------------------------------------------------------------
# 5. the other expressions of an item


def _neighbour_names(k: int, item_days: dict[int, dt.date], n_items: int) -> tuple[str, str]:
    before = next((item_days[j] for j in range(k - 1, -1, -1) if j in item_days), None)
    after = next((item_days[j] for j in range(k + 1, n_items) if j in item_days), None)
    return (
        f"item {k} dated {before.isoformat()}" if before else "the start",
        f"the item dated {after.isoformat()}" if after else "the end",
    )


def _bounds(k: int, item_days: dict[int, dt.date], n_items: int) -> tuple[dt.date, dt.date, str] | None:
    """The interval the nearest dated items before and after item ``k`` bound, and the reason."""
    before = next(((j, item_days[j]) for j in range(k - 1, -1, -1) if j in item_days), None)
    after = next(((j, item_days[j]) for j in range(k + 1, n_items) if j in item_days), None)
    if before is None or after is None:
        return None
    lo, hi = sorted((before[1], after[1]))
    why = (
        f"an item with no date of its own, between item {before[0] + 1} dated {before[1].isoformat()} "
        f"and item {after[0] + 1} dated {after[1].isoformat()}"
    )
    return lo, hi, why


def read_within_items(
    text: str,
    records: Sequence[MentionRecord],
    item_days: dict[int, dt.date],
    item_why: dict[int, str],
    win: tuple[dt.date, dt.date],
    terms: TermsOf,
) -> None:
    """Give every other record a reference or a value from its own item: the item's date, a full date
    written before it in the item, the terms of office in its sentence, a year of the window the item
    named before it; in an item with no date, the interval its neighbours' dates bound."""
    n_items = max((r.item for r in records), default=-1) + 1
    last_full: dict[int, Reference] = {}  # item -> the full date written last in it
    last_year: dict[int, Reference] = {}  # item -> the year written last in it ("In 2025, ...")
    for rec in records:
        _remember_written(rec, last_full, last_year)
        if rec.value is not None or rec.given is not None:
            continue
        s = rec.spec
        ref: Reference | None = None
        if rec.item in item_days:
            ref = Reference(day=item_days[rec.item], basis=Basis.CONTEXT, why=f"the item's date ({item_why[rec.item]})")
        ref = ref or last_full.get(rec.item)
        year = last_year.get(rec.item)
        if ref is None and s.kind in _YEARLESS:
            rec.value = _by_terms(text, rec, win, terms) or _in_year_named(rec, year, win)
            if rec.value is None:
                ref = _between_neighbours(rec, item_days, n_items)
        if year is not None and s.kind == "shift" and s.unit == "Y":
            if (s.note in ("later", "earlier") and (ref is None or ref.day.year != year.day.year)) or (
                s.note == "the" and ref is None  # "began in June 2023 ... over by the end of the year"
            ):
                ref = year  # "the 2024 summit ... a year later": the year of the story, not of a date before it
        if ref is not None:
            # beside the item's date: the nearest occurrence; between neighbours: the tense decides
            rec.ref, rec.nearest = ref, s.kind == "md" and ref.basis is not Basis.DOCUMENT_ORDER


_YEAR_LIKE: Final = re.compile(r"\d{4}(?:-\d\d|-Q\d|-H\d)?")


def _remember_written(rec: MentionRecord, last_full: dict[int, Reference], last_year: dict[int, Reference]) -> None:
    s = rec.spec
    if s.explicit and s.kind == "md" and s.year:
        last_full[rec.item] = Reference(day=dt.date(s.year, s.month, s.day), basis=Basis.CONTEXT, why="the date given before")
    elif s.explicit and s.kind == "fixed" and s.type.value == "DATE" and not s.note:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", s.timex):  # "2025-03-11", "11.03.2025"
            day = dt.date.fromisoformat(s.timex)
            last_full[rec.item] = Reference(day=day, basis=Basis.CONTEXT, why="the date given before")
        elif _YEAR_LIKE.fullmatch(s.timex) and 1 <= int(s.timex[:4]) <= 9999:  # 2025, 2025-03, 2025-Q1
            day = dt.date(int(s.timex[:4]), 7, 1)
            last_year[rec.item] = Reference(day=day, basis=Basis.CONTEXT, why="the year given before")


def _by_terms(text: str, rec: MentionRecord, win: tuple[dt.date, dt.date], terms: TermsOf) -> DateValue | None:
    """The one occurrence in the window of a year-less month, season or holiday that the terms of office
    named in its sentence allow ("President Donald Trump said in March" -> 2025-03), else None."""
    if rec.spec.kind == "md":
        return None
    cands = candidates_in(rec.spec, *win)
    if not 2 <= len(cands) <= _MAX_CANDIDATES:
        return None
    bounds = terms(text[rec.sentence[0] : rec.sentence[1]])
    if not bounds:
        return None
    kept = [c for c in cands if all(allows(c[1]) or allows(c[2]) for allows, _ in bounds)]
    if len(kept) != 1:
        return None
    return make_value(kept[0][0], basis=Basis.TERM_OF_OFFICE, reason="; ".join(why for _, why in bounds))


def _in_year_named(rec: MentionRecord, year: Reference | None, win: tuple[dt.date, dt.date]) -> DateValue | None:
    """ "Trump took office in 2025. On Feb. 28 he met Zelensky.": the year the item named before, when it
    lies in the window (a year outside it dates a background event: "In 2014 ...")."""
    if year is None or not win[0].year <= year.day.year <= win[1].year:
        return None
    found = occurrence(rec.spec, year.day.year)
    if found is None or not (win[0] <= found[1] and found[2] <= win[1]):
        return None
    return make_value(found[0], basis=Basis.CONTEXT, reason=f"the year {year.day.year} named before")


def _between_neighbours(rec: MentionRecord, item_days: dict[int, dt.date], n_items: int) -> Reference | None:
    """In an item with no date, a year-less date is read (with the tense of its clause) against the
    middle of the interval its neighbours' dates bound; at either end of the feed, against the one
    neighbour's date."""
    bounds = _bounds(rec.item, item_days, n_items)
    if bounds is not None:
        lo, hi, why = bounds
        return Reference(day=lo + (hi - lo) / 2, basis=Basis.DOCUMENT_ORDER, why=why + ", the middle")
    k = rec.item
    near = [(abs(j - k), j) for j in item_days if j != k]
    if not near:
        return None
    j = min(near)[1]
    why = f"an item with no date of its own at the end of the feed, next to item {j + 1} dated"
    return Reference(day=item_days[j], basis=Basis.DOCUMENT_ORDER, why=why)


# --------------------------------------------------------------------------------------------------
# All steps


def resolve_feed(
    text: str,
    records: list[MentionRecord],
    win: tuple[dt.date, dt.date],
    order: str | None,
    terms: TermsOf,
) -> FeedReading:
    """Run the steps over ``records`` (their ``value``/``ref`` are set) and return the items' dates."""
    spans = split_items(text)
    n = len(spans)
    dated = item_dates(text, records, spans, win, terms)
    present = [d for d in dated if d is not None]
    chosen, order_reason = decide_order(present, order)
    assignment = assign_dates(present, newest_first=chosen == "newest first") if chosen else None
    item_days: dict[int, dt.date] = {}
    item_values: dict[int, DateValue] = {}
    in_order = [d for d in present if assignment is None or assignment.in_order.get(d.item, True)]
    out_of_order = [d for d in present if d not in in_order]
    for d in [*in_order, *out_of_order]:  # items out of order take the date nearest their neighbours'
        rec = records[d.record]
        value = _decide_item(d, rec, assignment, chosen, item_days, n)
        if value is None:
            continue
        if d in out_of_order and chosen is not None:
            value = _contradiction(value, d, chosen, _neighbour_names(d.item, item_days, n))
        if rec.given is None and not d.fixed or d in out_of_order:
            rec.value = value
        item_values[d.item] = value
        if value.earliest is not None and value.earliest == value.latest and d not in out_of_order:
            item_days[d.item] = value.earliest
    item_why = {k: v.reason for k, v in item_values.items()}
    for k, v in item_values.items():
        if k not in item_days and v.earliest is not None and v.earliest == v.latest:
            item_days[k] = v.earliest
    read_within_items(text, records, item_days, item_why, win, terms)
    items = _items(spans, item_values, item_days, assignment)
    return FeedReading(order=chosen, order_reason=order_reason, items=items)


def _decide_item(
    d: _ItemDate,
    rec: MentionRecord,
    assignment: _Assignment | None,
    order: str | None,
    item_days: dict[int, dt.date],
    n: int,
) -> DateValue | None:
    """The item's date: fixed by its own evidence, by the order (out of order: the occurrence nearest
    its neighbours' dates), or the only occurrence left."""
    if d.fixed:
        return rec.given or make_value(d.days[0].isoformat(), basis=Basis.EXPLICIT, reason=d.why)
    if assignment is not None and order is not None:
        days = assignment.days.get(d.item, d.days)
        if not assignment.in_order.get(d.item, True):
            days = _nearest(d.days, d.item, item_days, n)
        if len(days) > 1:
            return _both_readings(days, order, d)
        why = f"the feed lists items {order}" + (f"; {d.why}" if d.why else "")
        return make_value(days[0].isoformat(), basis=Basis.DOCUMENT_ORDER, reason=why)
    if len(d.days) == 1:
        basis = Basis.TERM_OF_OFFICE if d.why else Basis.WINDOW
        return make_value(d.days[0].isoformat(), basis=basis, reason=d.why or "the only occurrence inside the window")
    return None


def _nearest(days: tuple[dt.date, ...], k: int, item_days: dict[int, dt.date], n: int) -> tuple[dt.date, ...]:
    """The occurrences nearest the interval item ``k``'s dated neighbours bound (or the one neighbour)."""
    around = [item_days[j] for j in (*range(k - 1, -1, -1), *range(k + 1, n)) if j in item_days]
    before = next((item_days[j] for j in range(k - 1, -1, -1) if j in item_days), None)
    after = next((item_days[j] for j in range(k + 1, n) if j in item_days), None)
    if not around:
        return days
    lo, hi = min(x for x in (before, after) if x), max(x for x in (before, after) if x)
    dist = [max((day - hi).days, (lo - day).days, 0) for day in days]
    return tuple(day for day, x in zip(days, dist, strict=True) if x == min(dist))


def _both_readings(days: tuple[dt.date, ...], order: str, d: _ItemDate) -> DateValue:
    """Two or more readings the whole feed leaves open: uncertain, with every one as an alternative."""
    why = f"the feed lists items {order}, but it allows {len(days)} readings of this item's date"
    spec_form = "XXXX" + days[0].isoformat()[4:]
    return make_value(
        spec_form,
        basis=Basis.UNRESOLVED,
        uncertain=True,
        alternatives=tuple(day.isoformat() for day in days),
        earliest=min(days),
        latest=max(days),
        reason=why + (f"; {d.why}" if d.why else ""),
    )


def _contradiction(value: DateValue, d: _ItemDate, order: str, neighbours: tuple[str, str]) -> DateValue:
    """An item date out of the feed's order keeps its value; its reason names the contradiction."""
    from attrs import evolve  # noqa: PLC0415 - only on contradictions

    what = "breaks" if d.fixed else "is out of"
    return evolve(value, reason=f"{value.reason}; it {what} the feed's order ({order}: between {neighbours[0]} and {neighbours[1]})")


def _items(
    spans: list[tuple[int, int]],
    item_values: dict[int, DateValue],
    item_days: dict[int, dt.date],
    assignment: _Assignment | None,
) -> list[FeedItem]:
    out: list[FeedItem] = []
    n = len(spans)
    for k, (start, end) in enumerate(spans):
        bounds = None
        if k not in item_days:
            b = _bounds(k, item_days, n)
            if b is not None:
                lo, hi, why = b
                bounds = make_value(
                    lo.isoformat() if lo == hi else "XXXX-XX-XX",
                    basis=Basis.DOCUMENT_ORDER,
                    uncertain=lo != hi,
                    reason=why,
                    earliest=lo,
                    latest=hi,
                )
        in_order = assignment is None or assignment.in_order.get(k, True)
        out.append(FeedItem(index=k, start=start, end=end, date=item_values.get(k), bounds=bounds, in_order=in_order))
    return out
