"""Rule ``near-chain-out`` (thirtieth session, feedsu30): where the cheaper order's best chain leaves out just one
dated item too many, the items out are counted over the chains within a week of the best. Every text here is
synthetic (written for these tests), read with no publication date and ``order=None``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from nato_ukraine_timeline import find_dates, read_feed
from nato_ukraine_timeline._dates import _feed

if TYPE_CHECKING:
    import pytest

# synthetic: an end item half a year before the next, a recalled day written with its year out of the order
_FEED = (
    "Ministers met in Rome on July 2.\n"
    "Envoys spoke.\n"
    "Leaders met.\n"
    "Starting from January 1, 2025, the new tariffs applied, officials said.\n"
    "Aides met.\n"
    "Envoys met in Oslo on May 9.\n"
    "Prosecutors said the cables were damaged on December 25, 2024.\n"
    "Talks were held in Riga on Sept. 10.\n"
    "Leaders met in Bern on Oct. 3.\n"
    "On Thursday, Oct. 16, leaders spoke by phone.\n"
    "Ministers met in Vilnius on Tuesday, Nov. 18.\n"
)


def _values(text: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text)}


def _item(k: int, *days: dt.date, fixed: bool = False) -> _feed._ItemDate:
    return _feed._ItemDate(item=k, record=k, days=days, fixed=fixed, why="")


def _both(month: int, day: int) -> tuple[dt.date, dt.date]:
    return dt.date(2024, month, day), dt.date(2025, month, day)


# synthetic item dates of _FEED
_SEQ = [
    _item(0, *_both(7, 2)),
    _item(3, dt.date(2025, 1, 1), fixed=True),
    _item(5, *_both(5, 9)),
    _item(6, dt.date(2024, 12, 25), fixed=True),
    _item(7, dt.date(2025, 9, 10)),
    _item(8, *_both(10, 3)),
    _item(9, dt.date(2025, 10, 16)),
    _item(10, dt.date(2025, 11, 18)),
]


class TestNearChainOut:
    def test_an_end_item_half_a_year_away_keeps_the_order(self) -> None:
        """Synthetic: the order is detected, says the rule, and dates the year-less items in it."""
        reading = read_feed(_FEED)
        assert reading.order == "oldest first"
        assert not reading.confident
        assert "near-chain-out" in reading.order_reason
        got = _values(_FEED)
        assert got["July 2"] == "2024-07-02"
        assert got["May 9"] == "2025-05-09"
        assert got["December 25, 2024"] == "2024-12-25"

    def test_the_rule_keeps_items_the_best_chain_drops(self) -> None:
        """Synthetic item dates: the near chain keeps seven of eight, the best chain three out."""
        kept = _feed.near_chain(_SEQ, "oldest first", 3, _feed._YEAR)
        assert kept is not None
        assert kept[0] == 7

    def test_a_near_chain_of_long_steps_changes_nothing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Synthetic item dates: a near chain stepping more than the pace allows per item listed is no order."""
        monkeypatch.setattr(_feed, "_NEAR_PACE", 10)
        assert _feed.near_chain(_SEQ, "oldest first", 3, _feed._YEAR) is None

    def test_a_margin_under_a_year_changes_nothing(self) -> None:
        """Synthetic item dates: the other order's chain less than a year dearer: no near chain is read."""
        assert _feed.near_chain(_SEQ, "oldest first", 3, _feed._YEAR - 1) is None

    def test_fewer_than_six_dated_items_change_nothing(self) -> None:
        """Synthetic item dates: five dated items, one out too many: no near chain is read."""
        seq = [
            _item(0, *_both(7, 2)),
            _item(1, dt.date(2025, 1, 1), fixed=True),
            _item(2, *_both(5, 9)),
            _item(3, dt.date(2025, 9, 10)),
            _item(4, dt.date(2025, 10, 16)),
        ]
        assert _feed.near_chain(seq, "oldest first", 2, _feed._YEAR) is None

    def test_more_than_one_item_too_many_changes_nothing(self) -> None:
        """Synthetic item dates: a best chain two items over the limit is declined as before."""
        seq = [_item(k, *_both(month, 1)) for k, month in enumerate((1, 6, 2, 7, 3, 8, 4, 9))]
        assert _feed.near_chain(seq, "oldest first", 4, _feed._YEAR) is None

    def test_a_year_less_item_its_text_decides_left_out_keeps_no_order(self) -> None:
        """Synthetic: with the weekday of Oct. 16 naming 2024's day, that item breaks the chain and no order
        is read from the near chains."""
        text = _FEED.replace("On Thursday, Oct. 16", "On Wednesday, Oct. 16")
        reading = read_feed(text)
        assert "near-chain-out" not in reading.order_reason
