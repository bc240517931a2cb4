"""The feed steps do their work once and no more than the answer needs (issue 9, speed of parse).

Synthetic feeds and item dates written for these tests.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates, read_feed
from nato_ukraine_timeline._dates import _feed
from nato_ukraine_timeline._dates import _find as find_module

_DAYS = st.lists(
    st.lists(st.dates(dt.date(2023, 6, 1), dt.date(2026, 6, 30)), min_size=1, max_size=3, unique=True).map(
        lambda ds: tuple(sorted(ds))
    ),
    min_size=0,
    max_size=14,
)


def _items(days: list[tuple[dt.date, ...]]) -> list[_feed._ItemDate]:
    return [_feed._ItemDate(item=k, record=k, days=d, fixed=False, why="") for k, d in enumerate(days)]


@given(_DAYS, st.booleans(), st.sampled_from([0, 7]), st.sampled_from([180, 365]))
def test_one_sweep_costs_what_two_sweeps_cost(
    days: list[tuple[dt.date, ...]], newest: bool, slack: int, out: int
) -> None:
    items = _items(days)
    full = _feed.assign_dates(items, newest_first=newest, out_of_order=out, slack=dt.timedelta(days=slack))
    alone = _feed._chain_costs(items, out_of_order=out, slack=dt.timedelta(days=slack))
    assert alone["newest first" if newest else "oldest first"] == full.cost


FEED = (  # synthetic: newest first, one year-less date per item
    "March 14: Ministers met in Brussels.\n"
    "Feb. 20: The alliance held an exercise.\n"
    "Jan. 9: The council spoke again.\n"
    "Dec. 12: Leaders met.\n"
    "Nov. 3: A summit was announced.\n"
    "Oct. 1: Mark Rutte took office as NATO Secretary General."
)


def test_read_feed_takes_the_reading_find_dates_just_made(monkeypatch: object) -> None:
    fresh = read_feed(FEED)  # nothing kept: read from scratch
    calls = []
    original = find_module.resolve_feed

    def counting(*args: object, **kwargs: object) -> _feed.FeedReading:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(find_module, "resolve_feed", counting)  # type: ignore[attr-defined]
    find_dates(FEED)
    assert read_feed(FEED) == fresh
    assert len(calls) == 1  # the feed steps ran once for both
    assert read_feed(FEED) == fresh  # used once: the next call reads again
    assert len(calls) == 2
    find_dates(FEED)
    assert read_feed(FEED, order="oldest first") != fresh  # other options: read again
    assert len(calls) == 4
    find_dates(FEED)
    assert read_feed(FEED + "\n") == read_feed(FEED + "\n")  # another text: read again
    assert len(calls) == 6


@given(
    st.lists(st.lists(st.integers(738000, 739500), min_size=1, max_size=3, unique=True), min_size=0, max_size=30),
    st.sampled_from([180, 365]),
)
def test_no_slack_costs_are_the_sweeps_costs(days: list[list[int]], out: int) -> None:
    # synthetic day numbers: the keyed no-slack path (the order test's thirty shuffles) gives each order's
    # cost exactly as the two-sweep assignment does, on feeds longer than a chain's reach
    items = _items([tuple(dt.date.fromordinal(d) for d in sorted(ds)) for ds in days])
    costs = _feed._day_chain_costs(days, out, 0)
    for order, newest in (("newest first", True), ("oldest first", False)):
        full = _feed.assign_dates(items, newest_first=newest, out_of_order=out, slack=dt.timedelta(0))
        assert costs[order] == full.cost


def _pairwise_sweep(days: list[list[int]], sign: int, slack: int, out: int) -> list[list[int]]:
    """The chain costs by their definition: every step from every occurrence of the items in reach."""
    best: list[list[int]] = []
    for i, here in enumerate(days):
        row = []
        for day in here:
            cost = i * out  # the chain starts here
            for p in range(max(0, i - _feed._REACH), i):
                for prev, before in zip(days[p], best[p], strict=True):
                    if sign * (prev - day) >= -slack:
                        cost = min(cost, before + (i - p - 1) * out + abs(day - prev))
            row.append(cost)
        best.append(row)
    return best


@given(
    st.lists(st.lists(st.integers(738000, 738800), min_size=1, max_size=3, unique=True), min_size=0, max_size=24),
    st.sampled_from([1, -1]),
    st.sampled_from([0, 1, 7, 30]),
    st.sampled_from([0, 180, 365]),
)
def test_keyed_sweep_is_the_pairwise_sweep(days: list[list[int]], sign: int, slack: int, out: int) -> None:
    # synthetic day numbers: each earlier occurrence read as two keys (a step in the order, a step
    # against it within the slack) gives every occurrence the cost the pairwise definition gives
    assert _feed._sweep(days, sign, slack, out) == _pairwise_sweep(days, sign, slack, out)


@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(738000, 738800), min_size=1, max_size=3, unique=True), st.sampled_from([30, 180])
        ),
        min_size=0,
        max_size=24,
    ),
    st.sampled_from([1, -1]),
    st.sampled_from([0, 7]),
)
def test_keyed_sweep_with_a_cost_per_item(items: list[tuple[list[int], int]], sign: int, slack: int) -> None:
    # synthetic day numbers: an item left out costs its own cost (items with no date of their own cost
    # less, rule item-terms-bound); the keyed sweep gives what the pairwise definition gives
    days = [d for d, _ in items]
    costs = [c for _, c in items]
    best: list[list[int]] = []
    for i, here in enumerate(days):
        row = []
        for day in here:
            cost = sum(costs[:i])
            for p in range(max(0, i - _feed._REACH), i):
                for prev, before in zip(days[p], best[p], strict=True):
                    if sign * (prev - day) >= -slack:
                        cost = min(cost, before + sum(costs[p + 1 : i]) + abs(day - prev))
            row.append(cost)
        best.append(row)
    assert _feed._sweep(days, sign, slack, costs) == best


@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(738000, 738800), min_size=1, max_size=3, unique=True), st.sampled_from([60, 365])
        ),
        min_size=0,
        max_size=24,
    ),
)
def test_no_slack_costs_with_a_cost_per_item(items: list[tuple[list[int], int]]) -> None:
    # synthetic day numbers: the order test's costs with a cost per item (rule bound-items-weigh) are the
    # least over the pairwise chains of their cost plus the items after them; all costs equal: the old sum
    days = [d for d, _ in items]
    costs = [c for _, c in items]
    got = _feed._no_slack_costs(days, costs)
    for order, sign in (("newest first", 1), ("oldest first", -1)):
        best: list[list[int]] = []
        for i, here in enumerate(days):
            row = []
            for day in here:
                cost = sum(costs[:i])
                for p in range(max(0, i - _feed._REACH), i):
                    for prev, before in zip(days[p], best[p], strict=True):
                        if sign * (prev - day) >= 0:
                            cost = min(cost, before + sum(costs[p + 1 : i]) + abs(day - prev))
                row.append(cost)
            best.append(row)
        want = min((c + sum(costs[i + 1 :]) for i, row in enumerate(best) for c in row), default=0)
        assert got[order] == want
    if days:
        assert _feed._no_slack_costs(days, [365] * len(days)) == _feed._no_slack_costs(days, 365)


def test_tense_is_found_only_for_dates_the_feed_leaves_open(monkeypatch: object) -> None:
    """A year-less date the feed's order decides (every item date of FEED) never asks for its clause's
    tense; a weekday in an item (read against the item's date, the tense deciding) still does."""
    calls: list[int] = []
    original = find_module.tense_of

    def counting(text: str, start: int, end: int, sentence: object) -> str | None:
        calls.append(start)
        return original(text, start, end, sentence)  # type: ignore[arg-type]

    monkeypatch.setattr(find_module, "tense_of", counting)  # type: ignore[attr-defined]
    found = find_dates(FEED)
    assert len(found) == 6
    assert calls == []
    find_dates(FEED + "\nMarch 20: Ministers said on Monday they would meet again.")
    assert len(calls) == 1


@given(st.integers(0, 300), st.lists(st.integers(), min_size=0, max_size=300))
def test_shuffled_orders_are_the_draws_of_the_permutation_test(n: int, values: list[int]) -> None:
    """The orders kept per length put any n items where shuffling them in place, thirty times over with
    random.Random(n) as the permutation test always has, puts them (synthetic items)."""
    items = (values + list(range(n)))[:n]
    rng = random.Random(n)  # noqa: S311 - the permutation test's fixed draw
    shuffled = list(items)
    orders = _feed._shuffled_orders(n)
    assert len(orders) == 30
    for order in orders:
        rng.shuffle(shuffled)
        assert [items[k] for k in order] == shuffled


def test_an_item_that_terms_bound_takes_the_days_of_the_items_near_it() -> None:
    """Synthetic: in a long feed of distinct month-days, an item with no date of its own that a title
    bounds takes as its days only the occurrences of the items within reach of it (and its run's
    bounds), not every day of the feed: the chain's work stays linear in the feed's length."""
    import datetime as dt

    from nato_ukraine_timeline._dates._find import _default_terms

    start = dt.date(2025, 1, 1)
    lines = [
        f"Ministers met on {(start + dt.timedelta(days=k)):%B} {(start + dt.timedelta(days=k)).day}."
        for k in range(300)
    ]
    lines.insert(150, "U.S. President Donald Trump spoke with European leaders by phone.")
    text = "\n".join(lines) + "\n"
    spans = _feed.split_items(text)
    present = [
        _feed._ItemDate(item=k, record=k, days=(start + dt.timedelta(days=k - (k > 150)),), fixed=False, why="")
        for k in range(len(spans))
        if k != 150
    ]
    window = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    (bound,) = _feed.item_bounds(text, spans, present, window, _default_terms)
    assert bound.item == 150
    assert bound.bound
    assert len(bound.days) <= 2 * _feed._REACH + 2
    assert all(
        abs((day - start).days - 150) <= _feed._REACH + 1 or day in (dt.date(2025, 1, 20), window[1])
        for day in bound.days
    )


def _chance_by_full_table(days: list[int], kept: int) -> float:
    """The bound of rule order-by-chance computed over every subset size (the table before the band)."""
    ways = [1]
    for g in Counter(days).values():
        ways = [
            sum(ways[j - i] * math.comb(g, i) * math.factorial(i) for i in range(min(g, j) + 1) if j - i < len(ways))
            for j in range(len(ways) + g)
        ]
    return 0.0 if kept >= len(ways) else min(1.0, 2 * ways[kept] / math.factorial(kept))


@given(st.lists(st.integers(1, 30), max_size=30), st.integers(0, 32))
def test_chance_band_is_the_full_table(days: list[int], kept: int) -> None:
    # synthetic days of one month: _monotone_by_chance keeps only the band of subset sizes that can still
    # make ``kept`` (linear in a long feed in order), and gives the value of the whole table
    seq = [
        _feed._ItemDate(item=k, record=k, days=(dt.date(2025, 1, d),), fixed=False, why="") for k, d in enumerate(days)
    ]
    assert _feed._monotone_by_chance(seq, kept) == _chance_by_full_table(days, kept)
