"""Feeds without a publication date (issue 8, item 2).

Real feeds: ``tests/feeds.py`` builds 48 feeds at run time from the real passages of
``../shared/data/realnews/dev-a,b,c`` (skipped where absent); the gold of each year-less date is the
passage's annotation. The other tests use short synthetic feeds written for them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import feeds
from nato_ukraine_timeline import Basis, find_dates, parse, read_feed

needs_data = pytest.mark.skipif(not feeds.available(), reason="../shared/data/realnews not found")


@pytest.fixture(scope="module")
def real_feeds() -> list[feeds.Feed]:
    if not feeds.available():
        pytest.skip("../shared/data/realnews not found")
    return feeds.build_feeds()


def _recall(feed: feeds.Feed) -> tuple[int, int]:
    mentions = find_dates(feed.text)  # order=None, no publication date
    right = 0
    for g in feed.gold:
        m = next((m for m in mentions if m.start < g.end and g.start < m.end), None)
        right += m is not None and m.timex == g.value
    return right, len(feed.gold)


@needs_data
def test_the_feeds_look_like_real_feeds(real_feeds: list[feeds.Feed]) -> None:
    """At least 40 feeds, 10-30 items (one more of a day already listed), both orders and layouts,
    items without any date, two items on one day, year-less dates to resolve."""
    assert len(real_feeds) >= 40
    assert {f.order for f in real_feeds} == set(feeds.ORDERS)
    assert {f.layout for f in real_feeds} == set(feeds.LAYOUTS)
    for f in real_feeds:
        assert 10 <= len(f.items) <= 31
        assert max(Counter(f.published).values()) >= 2  # two items on the same day
        step = 1 if f.order == "oldest first" else -1
        assert list(f.published) == sorted(f.published)[::step]
    assert sum(len(f.gold) for f in real_feeds) >= 300
    undated = sum(not any(g.item == k for g in f.gold) for f in real_feeds for k in range(len(f.items)))
    assert undated > 0


@needs_data
def test_yearless_dates_resolved_in_real_feeds(real_feeds: list[feeds.Feed]) -> None:
    """With order=None, at least 0.96 of the year-less dates get the gold value (per order reported)."""
    per_order: dict[str, list[int]] = {o: [0, 0] for o in feeds.ORDERS}
    for f in real_feeds:
        right, total = _recall(f)
        per_order[f.order][0] += right
        per_order[f.order][1] += total
    right = sum(r for r, _ in per_order.values())
    total = sum(t for _, t in per_order.values())
    report = {o: f"{r}/{t} = {r / t:.3f}" for o, (r, t) in per_order.items()}
    print(f"year-less recall {right}/{total} = {right / total:.3f}; per order {report}")  # noqa: T201
    assert right / total >= 0.96, report


@needs_data
def test_order_detected_and_never_wrong(real_feeds: list[feeds.Feed]) -> None:
    """The order is detected without being told in most feeds, and never detected wrong."""
    readings = [read_feed(f.text) for f in real_feeds]
    right = sum(r.order == f.order for r, f in zip(readings, real_feeds, strict=True))
    pairs = list(zip(readings, real_feeds, strict=True))
    wrong = [(f.name, r.order_reason) for r, f in pairs if r.order not in (None, f.order)]
    confident = sum(r.confident for r in readings)
    print(f"order detected right in {right}/{len(real_feeds)} feeds, {confident} of them confident")  # noqa: T201
    assert not wrong
    assert right >= 0.9 * len(real_feeds)


@needs_data
def test_no_confident_order_on_text_that_is_no_feed(real_feeds: list[feeds.Feed]) -> None:
    """A single real passage has no order; the items of a real feed shuffled (five fixed shuffles each)
    never get an order with confidence."""
    for passage in feeds.passages():
        assert read_feed(passage["text"]).order is None, passage["id"]
    for k, f in enumerate(real_feeds):
        for s, text in enumerate(feeds.shuffled(f, k)):
            reading = read_feed(text)
            assert not reading.confident, (f.name, s, reading.order_reason)


# --------------------------------------------------------------------------------------------------
# Synthetic feeds (written for these tests)

_NEWEST = (
    "NATO Secretary General Mark Rutte spoke in Kyiv on Feb. 17.\n"
    "Ministers met in Brussels on Jan. 30.\n"
    "Leaders met again.\n"
    "Zelensky met Rutte in Brussels on Dec. 18.\n"
    "Drones hit Kharkiv on Nov. 20.\n"
    "Rutte arrived in Kyiv on Oct. 3, his first visit as NATO chief.\n"
)


def test_item_dates_exposed_and_undated_item_bounded() -> None:
    """Each item's own date is exposed; an item without one is bounded by its neighbours' dates."""
    reading = read_feed(_NEWEST)
    assert reading.order == "newest first"
    dates = [it.date.timex if it.date else None for it in reading.items]
    assert dates == ["2025-02-17", "2025-01-30", None, "2024-12-18", "2024-11-20", "2024-10-03"]
    undated = reading.items[2]
    assert undated.bounds is not None
    assert (undated.bounds.earliest, undated.bounds.latest) == (dt.date(2024, 12, 18), dt.date(2025, 1, 30))
    assert undated.bounds.basis is Basis.DOCUMENT_ORDER
    assert "item 2 dated 2025-01-30" in undated.bounds.reason
    assert "item 4 dated 2024-12-18" in undated.bounds.reason
    assert reading.date_at(_NEWEST.index("Leaders")) == undated.bounds
    assert reading.item_at(_NEWEST.index("Drones")) == reading.items[4]


def test_two_readings_stay_uncertain_with_both() -> None:
    """A feed inside one calendar year, with nothing to tell the year, keeps both readings."""
    feed = "Talks on May 20.\nTalks on April 18.\nTalks on March 3.\nTalks on Feb. 10.\n"
    for m in find_dates(feed, order="newest first"):
        assert m.value.uncertain
        assert len(m.value.alternatives) == 2
        assert m.value.basis is Basis.UNRESOLVED


def test_one_written_year_decides_the_whole_feed() -> None:
    """A year written in one item decides the others through the order (and only through it)."""
    feed = "Talks on May 20.\nTalks on April 18, 2025.\nTalks on March 3.\nTalks on Feb. 10.\n"
    got = [m.timex for m in find_dates(feed, order="newest first")]
    assert got == ["2025-05-20", "2025-04-18", "2025-03-03", "2025-02-10"]


def test_evidence_does_not_leak_across_items_without_an_order() -> None:
    """Without a feed order, a year written in one item decides nothing in another."""
    text = "Talks on Dec. 20, 2024 ended.\nMinisters met on Jan. 5.\n"
    jan = find_dates(text)[-1]
    assert jan.text == "Jan. 5"
    assert jan.value.uncertain
    assert jan.timex == "XXXX-01-05"


def test_a_contradiction_is_named() -> None:
    """An explicit date that breaks the order keeps its value, and its reason says so."""
    feed = (
        "Talks on Nov. 20.\nTalks on Nov. 12.\nTalks on Oct. 30.\nTalks were recalled on March 3, 2024.\n"
        "Talks on Oct. 2.\nTalks on Sept. 20.\n"
    )
    got = {m.text: m.value for m in find_dates(feed, order="newest first")}
    assert got["March 3, 2024"].timex == "2024-03-03"
    assert "breaks the feed's order" in got["March 3, 2024"].reason


def test_an_item_about_another_time_is_out_of_order() -> None:
    """An item whose date points away (a summit announced for later) does not move its neighbours."""
    feed = (
        "Ministers met on Feb. 17.\nThe summit will open on June 24.\nTalks on Feb. 3.\n"
        "Talks on Jan. 20.\nTalks on Jan. 8.\nTalks on Dec. 19, 2024.\n"
    )
    got = {m.text: m.timex for m in find_dates(feed)}
    assert got["June 24"] == "2025-06-24"
    assert got["Feb. 17"] == "2025-02-17"
    assert got["Jan. 8"] == "2025-01-08"


_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


@given(st.dates(dt.date(2024, 6, 1), dt.date(2025, 12, 31)), st.lists(st.integers(1, 20), min_size=5, max_size=20))
def test_detected_order_of_a_dated_feed(newest: dt.date, gaps: list[int]) -> None:
    """A feed of distinct dates, newest first, is never read as oldest first (detected or not)."""
    days = [newest]
    for gap in gaps:
        days.append(days[-1] - dt.timedelta(days=gap))
    feed = "\n".join(f"Talks were held on {_MONTHS[d.month - 1]} {d.day}." for d in days)
    assert read_feed(feed).order in (None, "newest first")
    assert read_feed("\n".join(reversed(feed.splitlines()))).order in (None, "oldest first")


def test_parse_bounds_an_undated_item_by_its_neighbours() -> None:
    """parse: a statement in an item with no date of its own gets the interval of its neighbours'
    dates (basis document order, both neighbours named); with a publication date, nothing changes."""
    feed = (
        "Ministers met in Brussels on Jan. 30.\n"
        "Zelensky said Ukraine needs more air defence.\n"
        "Zelensky met Rutte in Brussels on Dec. 18.\n"
        "Drones hit Kharkiv on Nov. 20.\n"
        "Rutte arrived in Kyiv on Oct. 3, his first visit as NATO chief.\n"
    )
    (said,) = [s for s in parse(feed).statements if "air defence" in s.text]
    assert said.when is not None
    assert (said.when.earliest, said.when.latest) == (dt.date(2024, 12, 18), dt.date(2025, 1, 30))
    assert said.when.basis is Basis.DOCUMENT_ORDER
    assert "item 1 dated 2025-01-30" in said.when.reason
    assert "item 3 dated 2024-12-18" in said.when.reason
    (dated,) = [s for s in parse(feed, published=dt.date(2025, 2, 1)).statements if "air defence" in s.text]
    assert dated.when is None
