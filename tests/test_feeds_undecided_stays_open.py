"""Feeds without a publication date, seventeenth session (feeds17): rule ``undecided-stays-open`` of
``_dates/_feed.py``. Every feed here is synthetic (written for these tests)."""

from __future__ import annotations

from nato_ukraine_timeline import DateMention, find_dates, read_feed
from nato_ukraine_timeline.model import Basis


def _mention(text: str, wanted: str) -> DateMention:
    (m,) = [m for m in find_dates(text) if m.text == wanted]
    return m


def test_an_undecided_order_dates_no_bare_day() -> None:
    """Synthetic: three dated items whose order stays undecided; both orders' chains would date the bare
    day alike, but nothing shows the text is a feed: the value stays uncertain with both years."""
    text = "Talks were held on Jan. 9, 2025.\nEnvoys met on Jan. 10.\nMinisters met on Jan. 8, 2025.\n"
    reading = read_feed(text)
    assert reading.order is None
    assert not reading.confident
    m = _mention(text, "Jan. 10")
    assert m.value.uncertain
    assert m.value.basis is Basis.UNRESOLVED
    assert set(m.value.alternatives) == {"2024-01-10", "2025-01-10"}
    assert _mention(text, "Jan. 9, 2025").timex == "2025-01-09"  # its own year still decides


def test_an_undecided_order_across_a_new_year_leaves_both_readings() -> None:
    """Synthetic: items either side of a new year, in no clear order: the bare days keep both years."""
    text = (
        "Ministers met on Dec. 30, 2024.\nEnvoys spoke.\nTalks were held on Jan. 4.\n"
        "Leaders met on Jan. 2, 2025.\nEnvoys met on Dec. 28.\n"
    )
    assert read_feed(text).order is None
    for wanted in ("Jan. 4", "Dec. 28"):
        m = _mention(text, wanted)
        assert m.value.uncertain, m
        assert len(m.value.alternatives) == 2


def test_a_detected_order_still_dates_the_bare_days() -> None:
    """Synthetic: the same kind of items in a clear order, newest first: the order decides the years."""
    text = (
        "Ministers met on Feb. 17.\nEnvoys met on Jan. 30.\nTalks were held on Jan. 9.\n"
        "Leaders spoke on Dec. 18.\nTalks opened on Nov. 20, 2024.\n"
    )
    assert read_feed(text).order == "newest first"
    assert _mention(text, "Jan. 9").timex == "2025-01-09"
    assert _mention(text, "Dec. 18").timex == "2024-12-18"
