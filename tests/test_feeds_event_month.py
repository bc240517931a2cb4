"""Rule ``event-month`` (twenty-ninth session, feeds29): a year-less month whose sentence names a dated one-time event
of data/dated_events.tsv that falls in that month in exactly one year of the window is read in that year. Every text
here is synthetic (written for these tests), read with no publication date and ``order=None``."""

from __future__ import annotations

import datetime as dt

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates import _feed
from nato_ukraine_timeline._dates._read import Spec

_WINDOW = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def _values(text: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text)}


class TestEventMonth:
    def test_an_event_month_beats_the_neighbours_interval(self) -> None:
        """Synthetic: an undated item between two items of late 2024 that looks ahead to the Hague summit in June
        reads the summit's June (2025), not the June nearer its neighbours (2024)."""
        feed = (
            "Ministers met on Dec. 20.\nEnvoys met on Dec. 3.\n"
            "Both sides prepared their talks for the Hague summit in June.\n"
            "Officials met on Nov. 26.\nTalks opened on Nov. 12, 2024.\n"
        )
        got = {m.text: m.value for m in find_dates(feed)}
        assert got["June"].timex == "2025-06"
        assert "nato-summit-2025" in got["June"].reason
        assert got["Dec. 3"].timex == "2024-12-03"

    def test_the_event_decides_in_an_item_with_a_date_of_its_own(self) -> None:
        """Synthetic: the month of the Alaska summit in an item dated by the feed is the summit's month."""
        feed = "Envoys met on Nov. 3, 2024.\nOn Nov. 20, officials said the summit in Anchorage in August had failed.\n"
        assert _values(feed)["August"] == "2025-08"

    def test_a_yearly_event_decides_nothing(self) -> None:
        """Synthetic: the G7 met in June in both years of the window: both readings stay."""
        assert _values("Leaders will meet at the G7 summit in June.\n")["June"] == "XXXX-06"

    def test_an_anniversary_decides_nothing(self) -> None:
        """Synthetic: a sentence that marks an anniversary names the event in another year."""
        text = "Crowds will mark the anniversary of the Kursk incursion in August.\n"
        assert _values(text)["August"] == "XXXX-08"

    def test_the_event_must_be_in_the_month_s_sentence(self) -> None:
        """Synthetic: an event named in another sentence of the item decides nothing."""
        text = "Leaders met in Anchorage. Officials said talks would resume in August.\n"
        assert _values(text)["August"] == "XXXX-08"


class TestEventMonthFunction:
    def test_a_month_of_the_event_s_year(self) -> None:
        """Synthetic: the finder returns the one occurrence of the month that meets the event's days."""
        spec = Spec(kind="month", month=3)
        value = _feed.event_month("The talks in Jeddah in March went well.", spec, _WINDOW)
        assert value is not None
        assert value.timex == "2025-03"

    def test_no_event_named(self) -> None:
        """Synthetic: a sentence naming no dated event gives no value."""
        spec = Spec(kind="month", month=3)
        assert _feed.event_month("The talks in March went well.", spec, _WINDOW) is None
