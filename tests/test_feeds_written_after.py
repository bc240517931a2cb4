"""Rule ``written-after-recounted`` (twenty-eighth session, feeds28): an item with no date of its own is written
after a time it recounts as past with its year and before a time it announces with its year; once a feed's order
is chosen, those bounds join the item's titles of office in the chain of item dates. Every feed here is synthetic
(written for these tests), read with no publication date and ``order=None``."""

from __future__ import annotations

import datetime as dt

from nato_ukraine_timeline import find_dates, read_feed
from nato_ukraine_timeline._dates import _feed

_WINDOW = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def _values(text: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text)}


class TestWrittenAfter:
    def test_a_time_recounted_as_past_decides_the_years_of_a_bare_feed(self) -> None:
        """Synthetic: newest first, three bare month-days and an undated item recalling the first swap of 2025."""
        feed = (
            "Ministers met on May 25.\nOfficials said the prisoners freed in the first swap of 2025 had come home.\n"
            "Talks were held on Feb. 22.\nEnvoys met on Jan. 9.\n"
        )
        got = _values(feed)
        assert (got["May 25"], got["Feb. 22"], got["Jan. 9"]) == ("2025-05-25", "2025-02-22", "2025-01-09")
        reading = read_feed(feed)
        assert reading.order == "newest first"
        assert reading.items[0].date is not None
        assert "times written with their years named in item 2" in reading.items[0].date.reason

    def test_a_time_announced_decides_the_years_the_other_way(self) -> None:
        """Synthetic: a round of talks announced for June 2024 puts the feed before that month's end."""
        feed = (
            "Envoys met on Jan. 9.\nTalks were held on Feb. 22.\n"
            "Officials said the next round of talks will be held in June 2024.\nMinisters met on May 25.\n"
        )
        assert _values(feed)["May 25"] == "2024-05-25"

    def test_no_order_no_bound(self) -> None:
        """Synthetic: two dated items tell no order, so the recounted year decides nothing (both readings stay)."""
        feed = "Envoys met on Jan. 9.\nOfficials said the town had been held by the army since August 2024.\n"
        feed += "Ministers met on May 25.\n"
        got = _values(feed)
        assert (got["Jan. 9"], got["May 25"]) == ("XXXX-01-09", "XXXX-05-25")

    def test_a_year_outside_the_window_bounds_nothing(self) -> None:
        """Synthetic: 'since February 2022' begins before the window: every day of it is after, no bound."""
        feed = (
            "Envoys met on Jan. 9.\nTalks were held on Feb. 22.\n"
            "Officials said the town had been held by the army since February 2022.\nMinisters met on May 25.\n"
        )
        assert _values(feed)["May 25"] == "XXXX-05-25"


class TestWeekdayOverSentenceYear:
    def test_the_weekday_refuses_the_sentence_year(self) -> None:
        """Synthetic: a Thursday, Oct. 31 with 2025 written later in its sentence is 2024-10-31 (a Friday in 2025)."""
        feed = (
            "Ministers met on Nov. 3.\nOn Thursday, October 31, the parliament voted for the draft budget for 2025.\n"
            "Envoys met on Oct. 20.\n"
        )
        assert _values(feed)["Thursday, October 31"] == "2024-10-31"

    def test_an_agreeing_weekday_keeps_the_sentence_year(self) -> None:
        """Synthetic: a Friday, Oct. 31 falls on a Friday in 2025, the year its sentence writes: that year."""
        assert _values("On Friday, October 31, the parliament voted for the budget for 2025.\n")[
            "Friday, October 31"
        ] == ("2025-10-31")

    def test_with_a_publication_date_nothing_changes(self) -> None:
        """Synthetic: with a publication date the rule does not apply (the sentence's year is read as before)."""
        text = "On Thursday, October 31, the parliament voted for the draft budget for 2025."
        got = {m.text: m.timex for m in find_dates(text, published=dt.date(2024, 11, 1))}
        assert got["Thursday, October 31"] == "2024-10-31"


class TestWrittenAfterBounds:
    def test_bounds_per_item(self) -> None:
        """Synthetic: the bounds of the items with no date of their own, a floor for a past clause, a ceiling for a
        future one, none for an item that has a date of its own."""
        text = (
            "Ministers met on May 25.\nOfficials said the town had been held since August 2024.\n"
            "Officials said talks will resume in March 2025.\n"
        )
        found = find_dates(text)  # the records are rebuilt from the mentions find_dates gives
        assert [m.text for m in found] == ["May 25", "August 2024", "March 2025"]
        spans = _feed.split_items(text)
        records = _records(text, spans)
        bounds = _feed.written_after(text, records, spans, {0}, _WINDOW)
        second, third = (text[a:b] for a, b in spans[1:])
        ((floor, why),) = bounds[second]
        assert "written on or after 2024-08-01" in why
        assert floor(dt.date(2024, 8, 1))
        assert not floor(dt.date(2024, 7, 31))
        ((ceiling, why),) = bounds[third]
        assert "written on or before 2025-03-31" in why
        assert ceiling(dt.date(2025, 3, 31))
        assert not ceiling(dt.date(2025, 4, 1))
        assert text[spans[0][0] : spans[0][1]] not in bounds


def _records(text: str, spans: list[tuple[int, int]]) -> list[_feed.MentionRecord]:
    """The feed steps' records of ``text``'s dates written with their years, each sentence its whole item."""
    from nato_ukraine_timeline._dates._read import Spec

    out = []
    for k, (start, end) in enumerate(spans):
        item = text[start:end]
        for words, spec in (
            ("August 2024", Spec(kind="fixed", timex="2024-08", explicit=True)),
            ("March 2025", Spec(kind="fixed", timex="2025-03", explicit=True)),
        ):
            at = item.find(words)
            if at >= 0:
                out.append(
                    _feed.MentionRecord(
                        index=len(out),
                        start=start + at,
                        end=start + at + len(words),
                        spec=spec,
                        item=k,
                        sentence=(start, end),
                    )
                )
    return out
