"""Feeds without a publication date, twenty-seventh session (feeds27): rules ``dateline-day-tense``,
``anniversary-origin-decides-not`` and ``item-terms-interval`` (``_dates/_feed.py``). Every text here is
synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

from nato_ukraine_timeline import find_dates, read_feed
from nato_ukraine_timeline._dates._feed import (
    MentionRecord,
    anniversary_origins_apart,
    item_dateline_day,
    split_items,
)
from nato_ukraine_timeline._dates._find import scan


def _values(feed: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.timex, m.value.reason) for m in find_dates(feed)}


def _first_record(text: str, span: tuple[int, int]) -> MentionRecord:
    found = next(f for f in scan(text) if span[0] <= f.start < span[1])
    return MentionRecord(index=0, start=found.start, end=found.end, spec=found.spec, item=0, sentence=span)


class TestDatelineDay:
    def test_an_item_opening_with_a_dated_dateline_is_dated_by_it(self) -> None:
        """Synthetic: the day of a wire dateline ("CITY, Oct. 3 (Agency) -") is the item's dateline day."""
        text = "HELSINKI, Oct. 3 (Reuters) - A court ruled on the case.\n"
        (span,) = split_items(text)
        assert item_dateline_day(text, span, _first_record(text, span))

    def test_a_day_in_the_lead_is_no_dateline(self) -> None:
        """Synthetic: a day the lead reports is not the day the item was written."""
        text = "A court ruled on Oct. 3 on the case.\n"
        (span,) = split_items(text)
        assert not item_dateline_day(text, span, _first_record(text, span))

    def test_the_tense_reads_a_day_beside_a_dateline(self) -> None:
        """Synthetic: a past day in an item under a dateline is the one before the dateline's day, and the reason
        says the item's date is its dateline's day."""
        feed = (
            "Ministers met on Nov. 20, 2025.\nKYIV, Oct. 3 (Reuters) - Officials said the strike of Dec. 25 hit the "
            "grid.\nEnvoys met on Sept. 12, 2025.\n"
        )
        value, reason = _values(feed)["Dec. 25"]
        assert value == "2024-12-25"
        assert "dateline's day" in reason


class TestAnniversaryOrigin:
    def test_a_same_day_origin_is_set_apart_in_an_anniversary_item(self) -> None:
        """Synthetic: the decided day on the item date's month and day does not decide its year."""
        days = (dt.date(2024, 8, 24), dt.date(2025, 8, 24))
        decided = [dt.date(2024, 8, 24), dt.date(2025, 3, 1)]
        kept = anniversary_origins_apart(days, decided, "Crowds marked the anniversary of the law on Aug. 24.")
        assert kept == [dt.date(2025, 3, 1)]

    def test_without_an_anniversary_word_every_decided_day_stays(self) -> None:
        """Synthetic: an item that looks back on nothing keeps its decided days."""
        days = (dt.date(2024, 8, 24), dt.date(2025, 8, 24))
        decided = [dt.date(2024, 8, 24)]
        assert anniversary_origins_apart(days, decided, "Crowds gathered on Aug. 24.") == decided

    def test_the_order_dates_an_anniversary_item(self) -> None:
        """Synthetic: with its origin set apart, the item's date is the one the feed's order gives."""
        feed = (
            "Ministers met on June 2.\nOn Aug. 24, the city will mark one year since the flood. The flood came on "
            "Aug. 24, 2024.\nEnvoys met on Sept. 12, 2025.\n"
        )
        assert _values(feed)["Aug. 24"][0] == "2025-08-24"


class TestItemTermsInterval:
    def test_titles_anywhere_in_an_undated_item_date_its_month(self) -> None:
        """Synthetic: a month in a sentence with no title, in an item whose other sentence names a term of office,
        is read against that term's days, and the reason names the title."""
        feed = (
            "Envoys met on Nov. 3.\nU.S. President-elect Donald Trump named his envoy. The envoy starts in February.\n"
        )
        value, reason = _values(feed)["February"]
        assert value == "2025-02"
        assert "titles of office named in its item" in reason

    def test_without_a_title_the_year_stays_open(self) -> None:
        """Synthetic: the same item with no title leaves both years open."""
        feed = "Envoys met on Nov. 3.\nThe president named his envoy. The envoy starts in February.\n"
        assert _values(feed)["February"][0] == "XXXX-02"

    def test_the_reading_is_the_items_own_in_any_order(self) -> None:
        """Synthetic: the item's titles decide its month whatever the place of the item (no order is needed, and
        no order is read from them)."""
        lines = [
            "Envoys met on Nov. 3.",
            "U.S. President Donald Trump spoke to reporters. He said the talks stalled in March.",
            "Ministers met on Feb. 2.",
        ]
        for feed in ("\n".join(lines) + "\n", "\n".join(reversed(lines)) + "\n"):
            assert _values(feed)["March"][0] == "2025-03"
            assert read_feed(feed).order is None
