"""Rule ``weekday-in-item`` (twenty-ninth session, feedsb29): an item's year-less date that its own evidence leaves
in several years is read in the one year where it falls on a bare weekday the item names. Every text here is
synthetic (written for these tests), read with no publication date and ``order=None``."""

from __future__ import annotations

import datetime as dt

from nato_ukraine_timeline import find_dates, read_feed
from nato_ukraine_timeline._dates import _feed


def _values(text: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text)}


def _item_date(days: tuple[dt.date, ...]) -> _feed._ItemDate:
    return _feed._ItemDate(item=0, record=0, days=days, fixed=False, why="")


_BOTH = (dt.date(2024, 6, 1), dt.date(2025, 6, 1))  # a Saturday, then a Sunday


class TestWeekdayInItem:
    def test_the_one_occurrence_on_a_named_weekday(self) -> None:
        """Synthetic: 1 June falls on a Sunday in 2025 only: the item's Sunday decides, with a reason."""
        got = _feed.weekday_in_item(_item_date(_BOTH), {7}, "1 June", dateline=False)
        assert got.days == (dt.date(2025, 6, 1),)
        assert "Sunday" in got.why
        assert got.near

    def test_no_occurrence_or_both_decide_nothing(self) -> None:
        """Synthetic: a weekday on neither occurrence, or weekdays on both, leave every occurrence."""
        d = _item_date(_BOTH)
        assert _feed.weekday_in_item(d, {2}, "1 June", dateline=False) == d
        assert _feed.weekday_in_item(d, {6, 7}, "1 June", dateline=False) == d

    def test_a_dateline_day_decides_nothing(self) -> None:
        """Synthetic: a dateline's day is left to the other evidence, whatever the weekday."""
        d = _item_date(_BOTH)
        assert _feed.weekday_in_item(d, {7}, "June 1", dateline=True) == d

    def test_in_a_text_with_no_order(self) -> None:
        """Synthetic: in a text of two items (no order found), the item's date and its weekday take 2025."""
        text = "Drones struck an air base on 1 June. The strike on Sunday destroyed several bombers.\nMinisters met.\n"
        assert read_feed(text).order is None
        values = _values(text)
        assert values["1 June"] == "2025-06-01"
        assert values["Sunday"] == "2025-06-01"

    def test_a_weekday_in_another_item_decides_nothing(self) -> None:
        """Synthetic: evidence never crosses items: a Sunday in the next item leaves the date open."""
        text = "Drones struck an air base on 1 June.\nThe talks on Sunday ended without a deal.\n"
        assert _values(text)["1 June"] == "XXXX-06-01"

    def test_a_year_of_the_item_comes_first(self) -> None:
        """Synthetic: a date of the same item written with its year decides before the weekday is read."""
        text = "Drones struck an air base on 1 June, as on May 30, 2024. Officials spoke on Sunday.\nMinisters met.\n"
        assert _values(text)["1 June"] == "2024-06-01"
