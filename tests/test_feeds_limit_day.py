"""Texts without a publication date, twentieth session (feeds20): rule ``limit-day`` (``_dates/_feed.py`` RULES,
``data/day_limits.tsv``) and rule ``tense-beyond-window`` reaching as far as the tense does
(``_dates/_resolve._beyond_window``). Every text here is synthetic, written for these tests."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates, read_feed
from nato_ukraine_timeline._dates._feed import RULES, day_bounds_a_period


def _values(text: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text)}


# Synthetic feed, newest first: the third item's only day is the end of a curfew it extends, ahead of its own
# day; the two items above it are of July 2025, the three below of April and May.
_FEED = (
    "Ministers met in Rome on July 17, 2025.\nEnvoys met in Oslo on July 14.\n"
    "Lawmakers voted to extend the curfew, which now runs {limit}.\n"
    "Talks were held in Riga on May 20.\nLeaders met in Bern on May 12.\nTalks opened in Vilnius on April 28.\n"
)


class TestLimitDay:
    def test_rule_object(self) -> None:
        """The rule is listed with its step, its form and examples (run by tests/test_feed_rules.py)."""
        (rule,) = [r for r in RULES if r.name == "limit-day"]
        assert rule.step == "assign_dates"
        assert "day_limits.tsv" in rule.form
        assert len(rule.examples) >= 2

    @pytest.mark.parametrize(
        ("text", "at", "want"),
        [
            ("The ban runs until Aug. 6.", "Aug. 6", True),
            ("The ban runs until at least 6 August.", "6 August", True),
            ("Data cover the war through Dec. 31.", "Dec. 31", True),
            ("The law extends it for 90 days from May 9.", "May 9", True),
            ("Talks must end by March 3.", "March 3", True),
            ("Talks were held on Aug. 6.", "Aug. 6", False),
            ("Ministers met from May 9 to May 11.", "May 9", False),
            ("Ninety days later, on May 9, the ban ended.", "May 9", False),
        ],
    )
    def test_which_days_are_limits(self, text: str, at: str, want: bool) -> None:
        """A day right after words of a time limit (data/day_limits.tsv) is a period's limit; a day after "on",
        a range's "from" with no length before it, or other words is not."""
        assert day_bounds_a_period(text, text.index(at)) is want

    def test_a_limit_months_ahead_does_not_pull_the_feed_a_year_away(self) -> None:
        """Synthetic: the curfew's end, Aug. 6, written after "until at least", would sit in the chain only as
        2024-08-06, moving the May and April items to 2024 (was: those items left with both years and Aug. 6
        in 2024); left out at half a year's cost, the items are of 2025 and the limit the August after them."""
        got = _values(_FEED.format(limit="until at least Aug. 6"))
        assert got["Aug. 6"] == "2025-08-06"
        assert (got["May 20"], got["May 12"], got["April 28"]) == ("2025-05-20", "2025-05-12", "2025-04-28")

    def test_a_period_start_after_its_length(self) -> None:
        """Synthetic: "for 90 days from Aug. 6" starts a period: a limit too."""
        got = _values(_FEED.format(limit="for 90 days from Aug. 6"))
        assert (got["Aug. 6"], got["May 12"]) == ("2025-08-06", "2025-05-12")

    def test_a_reported_day_keeps_its_cost(self) -> None:
        """Synthetic: the same day after "on" is the day the item reports: it stays in the chain at a year's cost,
        as before the rule (the items below it keep both years)."""
        got = _values(_FEED.format(limit="since the vote on Aug. 6"))
        assert got["Aug. 6"] == "2024-08-06"
        assert got["May 20"] == "XXXX-05-20"

    def test_the_order_is_detected_as_before(self) -> None:
        """Synthetic: the rule weighs only the assignment of years, not the order's detection."""
        for limit in ("until at least Aug. 6", "since the vote on Aug. 6"):
            reading = read_feed(_FEED.format(limit=limit))
            assert reading.order == "newest first"
            assert not reading.confident

    def test_shuffled_items_get_no_confident_order(self) -> None:
        """Synthetic: the same items in another order (no feed) get no confident order."""
        lines = _FEED.format(limit="until at least Aug. 6").splitlines()
        shuffled = "\n".join([lines[3], lines[0], lines[5], lines[2], lines[1], lines[4]]) + "\n"
        assert not read_feed(shuffled).confident


class TestTenseBeyondWindowReach:
    def test_future_eight_months_ahead_stays_open(self) -> None:
        """Synthetic feed, newest first: the undated first item says the summit will be held in July; the item
        below it is of 20 October 2025, so the July ahead is July 2026, eight months on, past the window: the
        Julys inside it contradict the tense and the year stays open (was 2025-07, before the item, against the
        future tense: the rule reached half a year only)."""
        feed = (
            "Envoys said the next summit will be held in July.\nMinisters met on Oct. 20, 2025.\n"
            "Leaders met on Oct. 2, 2025.\nTalks began on Sept. 12, 2025.\n"
        )
        (july,) = [m for m in find_dates(feed) if m.text == "July"]
        assert july.timex == "XXXX-07"
        assert july.value.uncertain
        assert july.value.alternatives == ("2024-07", "2025-07")
        assert "2026-07, lies outside the window" in july.value.reason

    def test_past_reaching_before_the_window_stays_open(self) -> None:
        """Synthetic feed, oldest first: the undated first item, before an item of 20 September 2024, says talks
        stalled in December: the last December, nine months back, is December 2023, before the window: the year
        stays open (was 2024-12, after the item, against the past tense)."""
        feed = (
            "Officials said talks stalled in December.\nMinisters met on Sept. 20, 2024.\n"
            "Leaders met on Oct. 2, 2024.\nTalks began on Oct. 12, 2024.\n"
        )
        (december,) = [m for m in find_dates(feed) if m.text == "December"]
        assert december.timex == "XXXX-12"
        assert december.value.uncertain
        assert "2023-12, lies outside the window" in december.value.reason

    def test_beyond_the_tense_reach_nothing_changes(self) -> None:
        """Synthetic: a future clause in an item of 20 January 2025 speaks of the coming December (eleven months on,
        past the tense's reach of about ten months): the nearest occurrence inside the window, as before."""
        (december,) = [
            m
            for m in find_dates("On Jan. 20, 2025, the minister said the summit would take place in December.\n")
            if m.text == "December"
        ]
        assert not december.value.uncertain
