"""Feeds without a publication date, fifteenth session (feeds15). Every text here is synthetic, written
for these tests."""

from __future__ import annotations

from nato_ukraine_timeline import find_dates, read_feed


def test_a_year_shifted_day_is_not_the_items_date() -> None:
    """Synthetic (rule year-shifted-date): "March 7 last year" in an item with no other date leaves the item
    undated, bounded by its neighbours, and is read a year before them."""
    feed = (
        "Ministers met on Feb. 10.\nEnvoys met on Jan. 28.\n"
        "The minister recalled the deal signed on March 7 last year.\nTalks were held on Jan. 9.\n"
        "Talks opened on Dec. 12, 2024.\n"
    )
    reading = read_feed(feed)
    assert reading.order == "newest first"
    assert reading.items[2].date is None
    assert reading.items[2].bounds is not None
    got = {m.text: m.timex for m in find_dates(feed)}
    assert got["March 7 last year"] == "2024-03-07"


def test_a_this_year_day_still_dates_its_item() -> None:
    """Synthetic: "this year" puts the day in the item's own year: it stays the item's date."""
    feed = (
        "Ministers met on Feb. 10.\nEnvoys met on Jan. 28.\nThe deal was signed on Jan. 20 this year.\n"
        "Talks were held on Jan. 9.\nTalks opened on Dec. 12, 2024.\n"
    )
    reading = read_feed(feed)
    assert reading.items[2].date is not None
    assert reading.items[2].date.timex == "2025-01-20"


def test_an_end_item_reads_the_half_year_on_its_side() -> None:
    """Synthetic (rule end-item-interval): an undated item above the newest dated item of a feed newest first is
    newer than it: a past "August" whose reading against the neighbour's day would lie ten months back is read
    in the half year after it; below the oldest dated item, a future "October" falls before it."""
    newest_first = (
        "Officials said the plan agreed in August had worked.\nMinisters met on May 29.\n"
        "Envoys met on May 8.\nTalks opened on April 20, 2025.\n"
    )
    got = {m.text: m.value for m in find_dates(newest_first)}
    assert got["August"].timex == "2025-08"
    assert "next to item 2 dated 2025-05-29" in got["August"].reason
    older_end = (
        "Ministers met on Feb. 10.\nEnvoys met on Jan. 28.\nTalks opened on Jan. 9, 2025.\n"
        "Officials said the summit would be held in October.\n"
    )
    assert {m.text: m.timex for m in find_dates(older_end)}["October"] == "2024-10"


def test_an_end_item_with_two_readings_near_its_neighbour_stays_uncertain() -> None:
    """Synthetic: a past month whose two occurrences both lie within half a year of days on the item's side of
    its neighbour keeps both readings, uncertain (never a silent guess)."""
    feed = (
        "Talks opened on Feb. 20, 2025.\nEnvoys met on March 8.\nMinisters met on March 29.\n"
        "Officials said the plan agreed in September had worked.\n"
    )
    value = {m.text: m.value for m in find_dates(feed)}["September"]
    assert read_feed(feed).order == "oldest first"
    assert value.uncertain
    assert set(value.alternatives) == {"2024-09", "2025-09"}


def test_a_year_shifted_day_ignores_the_tense_across_an_interval() -> None:
    """Synthetic: "January 20 of next year" said in a past-tense clause of an undated item is read a year after
    each day of the item's interval, the tense not turning it back."""
    feed = (
        "Talks opened on Oct. 2, 2024.\nEnvoys met on Oct. 20.\n"
        "The minister said the plan would start on January 20 of next year.\nMinisters met on Nov. 8.\n"
    )
    assert {m.text: m.timex for m in find_dates(feed)}["January 20 of next year"] == "2025-01-20"


def test_a_cluster_of_neighbouring_days_does_not_turn_the_order() -> None:
    """Synthetic (rule order-slack): four items of a few days, listed oldest first, whose dates run a day or two
    backwards (a meeting announced, then met, then recalled) no longer make the feed read newest first: the
    dates around them decide, and every year-less date gets its year."""
    feed = (
        "Talks began on July 8.\nLeaders will meet on Sept. 5.\nMinisters met on Sept. 4.\nEnvoys met on Sept. 4.\n"
        "Officials said envoys met on Sept. 3.\nTalks resumed on Feb. 24.\nTalks went on on May 16.\n"
    )
    reading = read_feed(feed)
    assert reading.order == "oldest first"
    assert not reading.confident
    got = {m.text: m.timex for m in find_dates(feed)}
    assert got["July 8"] == "2024-07-08"
    assert got["May 16"] == "2025-05-16"


def test_the_slack_vetoes_an_order_it_contradicts() -> None:
    """Synthetic (rule order-slack): "Sept. 3", "Sept. 4", "May 4" fit oldest first by whole days (2024-09-03,
    2024-09-04, 2025-05-04), and newest first more compactly once a day's step against the order is allowed
    (2025-09-03, 2025-09-04, 2025-05-04), though not by half a year: no order, every date stays uncertain."""
    feed = "Envoys met on Sept. 3.\nMinisters met on Sept. 4.\nTalks resumed on May 4.\n"
    reading = read_feed(feed)
    assert reading.order is None
    assert all(m.value.uncertain for m in find_dates(feed))
