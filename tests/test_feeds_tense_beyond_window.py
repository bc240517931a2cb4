"""Texts without a publication date, nineteenth session (feeds19): rule ``tense-beyond-window``
(``_dates/_feed.py`` RULES, ``_dates/_resolve._beyond_window``). Every text here is synthetic, written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._feed import RULES

if TYPE_CHECKING:
    from nato_ukraine_timeline.model import DateMention


def _mention(text: str, said: str, *, window: tuple[dt.date, dt.date] | None = None) -> DateMention:
    (found,) = [m for m in find_dates(text, window=window) if m.text == said]
    return found


def test_rule_object() -> None:
    (rule,) = [r for r in RULES if r.name == "tense-beyond-window"]
    assert rule.step == "read_within_items"
    assert "window" in rule.form
    assert rule.examples


def test_future_in_an_undated_item_late_in_the_window_stays_open() -> None:
    """Synthetic feed, newest first: the undated item between November and October items of the window's last
    year speaks of the coming January, after the window's end; the Januaries inside the window contradict the
    future tense: the year stays open with both as alternatives (was the January ten months before the item)."""
    feed = (
        "Ministers met on Nov. 21, 2025.\nEnvoys said talks will resume in January.\n"
        "Leaders met on Oct. 16, 2025.\nTalks opened on Oct. 2, 2025.\n"
    )
    january = _mention(feed, "January")
    assert january.timex == "XXXX-01"
    assert january.value.uncertain
    assert january.value.alternatives == ("2024-01", "2025-01")
    assert "2026-01, lies outside the window" in january.value.reason


def test_past_before_the_window_start_stays_open() -> None:
    """Synthetic: a past clause in an item of January of the window's first year speaks of the December before
    it, before the window's start (was the December eleven months after the item)."""
    december = _mention("On Jan. 10, 2024, the minister said talks had stalled in December.\n", "December")
    assert december.timex == "XXXX-12"
    assert december.value.uncertain


def test_every_value_stays_inside_the_window() -> None:
    """Synthetic: the value's bounds stay inside the window (no publication date: the window is a cage)."""
    february = _mention("On Nov. 20, 2025, the minister said the summit would take place in February.\n", "February")
    assert february.value.earliest is not None
    assert february.value.latest is not None
    assert dt.date(2024, 1, 1) <= february.value.earliest
    assert february.value.latest <= dt.date(2025, 12, 31)


def test_future_inside_the_window_is_unchanged() -> None:
    """Synthetic: the tense's reading lies inside the window: the rule does not fire."""
    december = _mention("On Oct. 20, 2025, the minister said the summit would take place in December.\n", "December")
    assert december.timex == "2025-12"
    assert not december.value.uncertain


def test_a_wider_window_holds_the_tense_reading() -> None:
    """Synthetic: a caller's window that holds the coming February gives it."""
    text = "On Nov. 20, 2025, the minister said the summit would take place in February.\n"
    assert _mention(text, "February", window=(dt.date(2024, 1, 1), dt.date(2026, 12, 31))).timex == "2026-02"


def test_with_a_publication_date_nothing_changes() -> None:
    """Synthetic: with a publication date the window is no cage: the future reading, as before."""
    got = find_dates("The minister said the summit would take place in February.", published=dt.date(2025, 11, 20))
    assert [m.timex for m in got] == ["2026-02"]
