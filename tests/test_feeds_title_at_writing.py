"""Rule title-at-writing (``_dates/_feed.py``): a title of office in an undated item of a feed with an order names
its holder when the item is written, so it does not move a recalled month past the item's neighbours. Every
feed here is synthetic (written for these tests)."""

from __future__ import annotations

from nato_ukraine_timeline import find_dates, read_feed

_NEWER = (
    "Ministers met on Feb. 20.\nEnvoys met on Feb. 11.\nTalks were held on Jan. 28.\nLeaders spoke on Jan. 15.\n"
    "Envoys spoke on Jan. 3.\nMinisters met on Dec. 18.\n"
)
_OLDER = (
    "Talks were held on Dec. 4.\nLeaders met on Nov. 21.\nEnvoys met on Nov. 9.\nMinisters spoke on Oct. 28, 2024.\n"
)


def _value(feed: str, text: str) -> tuple[str, str]:
    m = next(m for m in find_dates(feed) if m.text == text)
    return m.timex, m.value.reason


def test_a_recalled_month_is_read_against_the_neighbours() -> None:
    """A past month the title would put after the newest neighbour takes the neighbours' reading instead."""
    feed = _NEWER + "The minister recalled talks with President Donald Trump back in July.\n" + _OLDER
    reading = read_feed(feed)
    assert (reading.order, reading.confident) == ("newest first", True)
    timex, reason = _value(feed, "July")
    assert timex == "2024-07"
    assert "between item 6 dated 2024-12-18 and item 8 dated 2024-12-04" in reason


def test_a_month_far_from_the_neighbours_is_not_read_by_the_title() -> None:
    """No tense, but the title's one reading lies more than half a year past the neighbours: not taken."""
    feed = _NEWER + "Officials described the visit of President Donald Trump in October as a turning point.\n" + _OLDER
    assert _value(feed, "October")[0] != "2025-10"


def test_a_weak_guess_leaves_both_readings_open() -> None:
    """Three dated items give a weak guess, not a confident order (a list that may be no feed): the title's
    reading and the neighbours' both stay, uncertain, and the reason says why."""
    feed = (
        "Ministers met on Dec. 18.\nThe minister recalled talks with President Donald Trump back in July.\n"
        "Talks were held on Dec. 4.\nLeaders met on Nov. 21, 2024.\n"
    )
    reading = read_feed(feed)
    assert reading.order == "newest first"
    assert not reading.confident
    m = next(m for m in find_dates(feed) if m.text == "July")
    assert m.timex == "XXXX-07"
    assert m.value.uncertain
    assert m.value.alternatives == ("2024-07", "2025-07")
    assert "weak guess" in m.value.reason


def test_no_order_leaves_the_title_deciding() -> None:
    """One dated item: no order, the terms decide."""
    feed = "Ministers met on Dec. 18.\nThe minister recalled talks with President Donald Trump back in July.\n"
    assert read_feed(feed).order is None
    assert _value(feed, "July")[0] == "2025-07"
