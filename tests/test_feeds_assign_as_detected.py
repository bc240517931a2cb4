"""Feeds without a publication date, sixteenth session (feeds16): rule ``assign-as-detected`` of
``_dates/_feed.py`` (its rule ``either-order`` was withdrawn in the seventeenth session:
tests/test_feeds_undecided_stays_open.py).
Every feed here is synthetic (written for these tests)."""

from __future__ import annotations

from nato_ukraine_timeline import find_dates, read_feed


def _values(feed: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(feed)}


def test_either_order_leaves_two_readings_uncertain() -> None:
    """Synthetic: bare month-days only: either order fits both years, so the values stay uncertain."""
    feed = "Envoys met on Jan. 10.\nTalks were held on Jan. 9.\nMinisters met on Jan. 10.\n"
    assert read_feed(feed).order is None
    for m in find_dates(feed):
        assert m.value.uncertain, m
        assert set(m.value.alternatives) >= {"2024" + m.timex[4:], "2025" + m.timex[4:]}


def test_a_sparse_timeline_keeps_its_far_item_in_the_chain() -> None:
    """Synthetic (rule assign-as-detected): oldest first, one item ten months before the others; leaving it
    out no longer costs less than the span, so the later items' year is decided (was uncertain)."""
    feed = (
        "Ministers met on Oct. 13.\nEnvoys spoke.\nOfficials said more aid would come.\nLeaders met.\n"
        "Envoys met on Aug. 28.\nTalks were held on Aug. 29.\nMinisters met on Nov. 5.\nEnvoys met on Nov. 23.\n"
    )
    reading = read_feed(feed)
    assert reading.order == "oldest first"
    got = _values(feed)
    assert got["Oct. 13"] == "2024-10-13"
    assert [got[k] for k in ("Aug. 28", "Aug. 29", "Nov. 5", "Nov. 23")] == [
        "2025-08-28",
        "2025-08-29",
        "2025-11-05",
        "2025-11-23",
    ]


def test_shuffled_items_give_no_order_with_confidence() -> None:
    """Synthetic: the same items in a mixed order: neither rule detects an order."""
    feed = "Envoys met on Nov. 23.\nMinisters met on Oct. 13.\nTalks were held on Aug. 29.\nMinisters met on Nov. 5.\n"
    assert not read_feed(feed).confident
