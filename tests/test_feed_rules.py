"""The named rules of the feed steps (``_dates/_feed.py``, :data:`RULES`): each example is a synthetic
feed (written for these tests) read with no publication date and ``order=None``."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._feed import RULES

_EXAMPLES = [(rule.name, feed, tuple(want)) for rule in RULES for feed, want in rule.examples]


def test_every_rule_has_a_name_a_step_a_form_and_examples() -> None:
    from nato_ukraine_timeline._dates import _feed

    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.form
        assert callable(getattr(_feed, rule.step)), rule.step


@pytest.mark.parametrize(("name", "feed", "want"), _EXAMPLES, ids=[f"{n}-{k}" for k, (n, _, _) in enumerate(_EXAMPLES)])
def test_rule_example(name: str, feed: str, want: tuple[tuple[str, str], ...]) -> None:
    got = {m.text: m.timex for m in find_dates(feed)}
    for text, value in want:
        assert got.get(text) == value, (name, text, got)


def test_an_item_out_of_order_bounds_no_neighbour() -> None:
    """Synthetic: the undated item after an item about another time is bounded by the items in the order."""
    import datetime as dt

    from nato_ukraine_timeline import read_feed

    feed = (
        "Ministers met on Feb. 10.\nEnvoys met on Jan. 28.\nThe council marked the day the war began, Feb. 24, 2022.\n"
        "Officials said more aid would come.\nTalks were held on Jan. 9.\nTalks opened on Dec. 12, 2024.\n"
    )
    reading = read_feed(feed)
    assert reading.order == "newest first"
    assert reading.items[2].date is not None
    assert reading.items[2].date.timex == "2022-02-24"
    assert not reading.items[2].in_order
    assert reading.items[2].bounds is None
    bounds = reading.items[3].bounds
    assert bounds is not None
    assert (bounds.earliest, bounds.latest) == (dt.date(2025, 1, 9), dt.date(2025, 1, 28))
    assert "item 2 dated 2025-01-28" in bounds.reason


def test_terms_of_an_undated_item_bound_the_feed() -> None:
    """Synthetic (rule item-terms-bound): a titled name in an item with no date of its own decides between
    the two years a feed of bare month-days allows, says so in the reason, and dates no mention itself;
    without the title both readings stay, uncertain."""
    from nato_ukraine_timeline import read_feed

    feed = (
        "Ministers met on March 12.\nEnvoys met on March 3.\n"
        "U.S. President Donald Trump spoke with European leaders by phone.\n"
        "Talks were held on Feb. 20.\nTalks opened on Feb. 2.\n"
    )
    got = {m.text: m.value for m in find_dates(feed)}
    assert got["March 3"].timex == "2025-03-03"
    assert "the terms of office named in item 3 bound the feed's dates" in got["March 3"].reason
    reading = read_feed(feed)
    assert reading.items[2].date is None
    assert reading.items[2].in_order
    untitled = {m.text: m.value for m in find_dates(feed.replace("U.S. President Donald Trump", "Officials"))}
    assert untitled["March 3"].uncertain
    assert set(untitled["March 3"].alternatives) == {"2024-03-03", "2025-03-03"}


def test_terms_bound_no_item_of_a_text_that_is_no_feed() -> None:
    """Synthetic: with no order detected (too few dated items) a titled name in another paragraph decides
    nothing: the year-less date stays uncertain."""
    text = "Envoys met on March 3.\n\nU.S. President Donald Trump spoke with European leaders by phone.\n"
    got = {m.text: m.value for m in find_dates(text)}
    assert got["March 3"].uncertain


def test_a_contradicting_title_is_left_out_of_the_chain() -> None:
    """Synthetic: a title that contradicts dated items on both sides of it (an item about another time)
    is left out of the chain at a month's cost; the dated items keep their chain."""
    feed = (
        "Talks opened on Feb. 2, 2024.\nTalks were held on Feb. 20.\n"
        "U.S. President Donald Trump spoke with European leaders by phone.\nEnvoys met on March 3.\n"
        "Ministers met on March 12, 2024.\n"
    )
    got = {m.text: m.timex for m in find_dates(feed)}
    assert got["Feb. 20"] == "2024-02-20"
    assert got["March 3"] == "2024-03-03"


def test_titles_held_in_turn_show_the_order() -> None:
    """Synthetic (rule bound-items-weigh): four bare month-days tell no order alone; a president-elect
    then the president, in items with no date of their own, show the feed runs oldest first. The order
    is not confident (the dated items alone give confidence) and the reason says what weighed."""
    from nato_ukraine_timeline import read_feed

    feed = (
        "Ministers met on June 2.\nMinisters met on Oct. 14.\nPresident-elect Donald Trump named his envoy.\n"
        "Ministers met on March 3.\nU.S. President Donald Trump spoke with European leaders by phone.\n"
        "Ministers met on July 8.\n"
    )
    reading = read_feed(feed)
    assert reading.order == "oldest first"
    assert not reading.confident
    assert "2 items with no date of their own weighed by terms of office" in reading.order_reason
    untitled = feed.replace("President-elect Donald Trump", "An official").replace(
        "U.S. President Donald Trump", "Officials"
    )
    assert read_feed(untitled).order is None


def test_order_by_chance_bound() -> None:
    """Synthetic (rule order-by-chance): the bound is 2 * C(n, k) / k! for distinct days, items of one
    month-day counting as fitting either order."""
    import datetime as dt

    from nato_ukraine_timeline._dates._feed import _ItemDate, _monotone_by_chance

    def items(days: list[int]) -> list[_ItemDate]:
        return [
            _ItemDate(item=k, record=k, days=(dt.date(2025, 1, d),), fixed=False, why="") for k, d in enumerate(days)
        ]

    assert _monotone_by_chance(items([1, 2, 3, 4, 5]), 5) == pytest.approx(2 / 120)
    assert _monotone_by_chance(items([1, 2, 3, 4, 5, 6]), 5) == pytest.approx(2 * 6 / 120)
    assert _monotone_by_chance(items([1, 1, 3, 4, 5]), 5) == pytest.approx(2 * 2 / 120)
    assert _monotone_by_chance(list(items(list(range(1, 9)))), 8) == pytest.approx(2 / 40320)


def test_few_dated_items_in_order_are_no_confident_order() -> None:
    """Synthetic (rule order-by-chance): five dated items in order give the order as a weak guess (a
    random order of five is that monotone one time in sixty); eight give it with confidence."""
    from nato_ukraine_timeline import read_feed

    five = (
        "Ministers met on Feb. 17.\nEnvoys met on Jan. 30.\nTalks were held on Jan. 9.\n"
        "Leaders spoke on Dec. 18.\nTalks opened on Nov. 20, 2024.\n"
    )
    eight = "Ministers met on April 2.\nEnvoys met on March 21.\nTalks were held on March 4.\n" + five
    weak, sure = read_feed(five), read_feed(eight)
    assert (weak.order, weak.confident) == ("newest first", False)
    assert (sure.order, sure.confident) == ("newest first", True)


def test_order_by_chance_counts_the_free_years() -> None:
    """Synthetic (rule order-by-chance, fourteenth session): items whose year is free fit a chain over two
    calendar years as two runs of month-days in order, ``C(j + 1, 1)`` ways per month-day's ``j`` items;
    a chain spanning less than a year is one of at most ``kept`` rotations of one order; the bound is
    multiplied by the number of classes the test could use (one per year of the items' occurrences, and
    less than a year)."""
    import datetime as dt

    from nato_ukraine_timeline._dates._feed import _ItemDate, _monotone_by_chance, _order_by_chance

    def items(days: list[int]) -> list[_ItemDate]:
        return [
            _ItemDate(item=k, record=k, days=(dt.date(2024, 1, d), dt.date(2025, 1, d)), fixed=False, why="")
            for k, d in enumerate(days)
        ]

    eight = items(list(range(1, 9)))
    assert _monotone_by_chance(eight, 8, 2) == pytest.approx(2 * 2**8 / 40320)
    assert _monotone_by_chance(items([1, 1, 3, 4, 5, 6, 7]), 7, 2) == pytest.approx(2 * (3 * 2) * 2**5 / 5040)
    assert _order_by_chance(eight, 8, (2, 400)) == pytest.approx(3 * 2 * 2**8 / 40320)
    assert _order_by_chance(eight, 8, (2, 200)) == pytest.approx(3 * 8 * 2 / 40320)
    assert _order_by_chance(eight, 8, (1, 200)) == pytest.approx(3 * 2 / 40320)


# synthetic: eight bare month-days of two years in the order two runs of month-days give (September back to
# March, then December back to July): a chain newest first over 2024-07 .. 2025-09 fits them all, but a
# random order of eight items falls into two such runs about one time in 79: the order is only a weak guess
_TWO_RUNS = (
    "Ministers met on Sept. 10.\nEnvoys met on Aug. 8.\nTalks were held on June 30.\nLeaders spoke on May 9.\n"
    "Officials met on March 17.\nTalks resumed on Dec. 19.\nEnvoys spoke on Dec. 1.\nTalks opened on July 24.\n"
)


def test_two_runs_of_month_days_are_no_confident_order() -> None:
    """Synthetic (rule order-by-chance): a chain that needs both years of the window and more than a year
    of span is no confident order from eight bare month-days; the same eight days within less than a year
    (a tag page over the new year) are."""
    from nato_ukraine_timeline import read_feed

    assert not read_feed(_TWO_RUNS).confident
    over_new_year = (
        "Ministers met on Feb. 17.\nEnvoys met on Feb. 2.\nTalks were held on Jan. 20.\nLeaders spoke on Jan. 9.\n"
        "Officials met on Dec. 28.\nTalks resumed on Dec. 18.\nEnvoys spoke on Dec. 5.\nTalks opened on Nov. 20.\n"
    )
    sure = read_feed(over_new_year)
    assert (sure.order, sure.confident) == ("newest first", True)


@pytest.mark.parametrize("limit", ["until 2025", "through 2025", "by the end of 2025", "into 2025", "till 2025"])
def test_a_year_that_ends_a_period_dates_nothing_else(limit: str) -> None:
    """Synthetic (rule year-as-limit): a year after a word of a time limit leaves the sentence's year-less
    dates to the feed; the same sentence with "in 2025" still dates them."""
    feed = (
        "Ministers met on Dec. 10.\n"
        f"On Oct. 2, the council agreed to keep the mission going {limit}, after the budget year ends on Oct. 31.\n"
        "Envoys met on Sept. 12.\nTalks opened on Aug. 20, 2024.\n"
    )
    got = {m.text: m.timex for m in find_dates(feed)}
    assert (got["Oct. 2"], got["Oct. 31"]) == ("2024-10-02", "2024-10-31"), got
    inside = find_dates(feed.replace(limit, "in 2025"))
    assert {m.text: m.timex for m in inside}["Oct. 2"] == "2025-10-02"


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ("A new missile called Oreshnik struck the city of Dnipro on Nov. 21.", "2024-11-21"),
        ("Troops crossed into the Kursk region on Aug. 6, officials said.", "2024-08-06"),
        ("Negotiators sat down in Geneva on Nov. 23 over the draft.", "2025-11-23"),
        ("Delegations sat down in Geneva on March 3 over the draft.", "XXXX-03-03"),
    ],
)
def test_event_day_reads_the_day_of_a_named_event(item: str, want: str) -> None:
    """Synthetic (rule event-day): a year-less day on the days of a dated event the item names is read in
    the event's year; a day off those days stays uncertain."""
    got = [m.timex for m in find_dates(item + "\n") if m.timex.endswith(want[4:])]
    assert got == [want]


def test_event_day_decides_a_feed_and_needs_no_feed_with_a_publication_date() -> None:
    """Synthetic: a feed of bare month-days whose one item names the Alaska summit on its day: the item is
    dated, and the others follow the detected order; with a publication date the rule does not apply."""
    import datetime as dt

    feed = (
        "Ministers met on Sept. 2.\nEnvoys met on Aug. 20.\nThe presidents met in Anchorage on Aug. 15.\n"
        "Talks were held on July 30.\n"
    )
    got = {m.text: m.timex for m in find_dates(feed)}
    assert got["Aug. 15"] == "2025-08-15"
    published = {m.text: m.timex for m in find_dates(feed, published=dt.date(2024, 9, 3))}
    assert published["Aug. 15"] == "2024-08-15"


def test_dated_events_table_is_well_formed() -> None:
    """Every row of data/dated_events.tsv: a name, a first and a last day in 2024-2025, first <= last, an id."""
    import datetime as dt

    from nato_ukraine_timeline._dates._feed import _dated_events

    rows = _dated_events()
    assert len(rows) > 40
    for pattern, first, last, event in rows:
        assert pattern.pattern
        assert event
        assert dt.date(2024, 1, 1) <= first <= last <= dt.date(2025, 12, 31)


def test_end_item_side_falls_back_to_the_nearest() -> None:
    """Synthetic (rule end-item-side): an end item out of the chain with no occurrence on its side of the
    one neighbour (none in the window before the feed's first date) keeps the nearest occurrence, and its
    reason says it is out of the feed's order."""
    feed = (
        "Envoys met on Oct. 23.\nTalks were held on Feb. 10, 2024.\nMinisters met on Feb. 20.\n"
        "Leaders spoke on March 3.\nEnvoys met again on March 15.\n"
    )
    got = {m.text: m for m in find_dates(feed)}
    assert got["Oct. 23"].timex == "2024-10-23"
    assert "out of the feed's order" in got["Oct. 23"].value.reason


def test_order_by_chance_counts_one_chain() -> None:
    """Synthetic (rule order-by-chance): two best chains that differ (one keeps the first July 12, the other
    the second) leave no item out of every best chain, but each holds seven of the eight dated items: the
    chance bound counts seven, and a random order of these eight items is that ordered too often for
    confidence (the order stays a weak guess)."""
    from nato_ukraine_timeline import read_feed

    feed = (
        "Ministers met on Oct. 22.\nEnvoys met on Oct. 18, 2025.\nTalks were held on July 12.\n"
        "Leaders spoke on May 8.\nOfficials met on Saturday, July 12.\nTalks resumed on April 7.\n"
        "Envoys spoke on Jan. 27, 2025.\nTalks opened on Monday, Jan. 20.\n"
    )
    reading = read_feed(feed)
    assert (reading.order, reading.confident) == ("newest first", False)


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ("Speaking to reporters on Friday (July 4), the minister said talks would go on.", "2025-07-04"),
        ("Ministers met on Thursday (17 July) in the capital.", "2025-07-17"),
        ("Envoys met on Thurs. (Nov. 28) in the capital.", "2024-11-28"),
        ("Envoys met on Monday (Nov. 28) in the capital.", None),  # no year agrees: left to the feed
    ],
)
def test_weekday_apposed_date(item: str, want: str | None) -> None:
    """Synthetic (rule weekday-apposed-date): a weekday followed at once by a date in brackets names that
    day: the weekday decides the date's year where one year of the window agrees, and the weekday takes the
    date's value."""
    got = find_dates(item + "\n")
    assert len(got) == 2
    if want is None:
        assert got[1].value.uncertain
        return
    assert (got[0].timex, got[1].timex) == (want, want)


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ("Drones crossed into Polish airspace on Sept. 10, officials said.", "2025-09-10"),
        ("A missile strike on Poltava on Sept. 3 killed dozens of cadets.", "2024-09-03"),
        ("Drones hit an arms depot near Toropets on Sept. 18.", "2024-09-18"),
        ("Leaders gathered at Lancaster House on March 2.", "2025-03-02"),
        ("The sides swapped prisoners in a 1,000-for-1,000 exchange on May 24.", "2025-05-24"),
        ("Envoys discussed the 28-point plan on Nov. 20.", "2025-11-20"),
        ("Leaders arrived in Kazan on Oct. 22 for the BRICS summit.", "2024-10-22"),
        ("Drones crossed into Polish airspace on March 3.", "XXXX-03-03"),  # off the event's days
    ],
)
def test_event_day_fourteenth_session_rows(item: str, want: str) -> None:
    """Synthetic (rule event-day, rows of data/dated_events.tsv added in the fourteenth session from general
    knowledge of 2024-2025: strikes, incursions, summits, elections, truces with their days)."""
    got = {m.text: m.timex for m in find_dates(item + "\n")}
    assert want in got.values(), got


def test_a_date_in_an_undated_item_keeps_both_readings_of_its_neighbours_interval() -> None:
    """Synthetic (rule ``interval-readings``): the interval between the neighbours' dates holds a March of
    each year, so the month in the undated item between them is uncertain with both, and says why."""
    feed = (
        "Ministers met on May 5.\nEnvoys met on April 10.\nOfficials said the deal was signed in March.\n"
        "Leaders spoke.\nEnvoys spoke.\nTalks were held on Aug. 20.\nTalks opened on July 30, 2024.\n"
    )
    march = next(m for m in find_dates(feed) if m.text == "March")
    assert march.value.uncertain
    assert march.value.alternatives == ("2024-03", "2025-03")
    assert "item 2 dated 2025-04-10" in march.value.reason
    assert "item 6 dated 2024-08-20" in march.value.reason


@pytest.mark.parametrize(
    ("feed", "failed"),
    [
        (  # four month-days of autumn newest first, three of other seasons between them: three out of seven
            (
                "Ministers met on Oct. 20.\nEnvoys met on Oct. 14.\nTalks opened on Feb. 9.\nLeaders met on Sept. 30.\n"
                "Officials met on June 1.\nAides met on Sept. 12.\nEnvoys met on March 3.\n"
            ),
            "too many items out of the chain",
        ),
        (  # three month-days a week apart: a year more compact one way is not there, either way is as cheap
            "Ministers met on June 2.\nEnvoys met on June 9.\nTalks opened on June 2.\n",
            "margin too small",
        ),
    ],
)
def test_a_declined_order_names_the_tests_it_failed(feed: str, failed: str) -> None:
    """Synthetic: a text whose order ``decide_order`` declines says which of its tests the cheaper order failed
    (``benchmarks/feed_recall.py`` tallies the feeds and their dates not right by them)."""
    from nato_ukraine_timeline import read_feed
    from nato_ukraine_timeline._dates._feed import DECLINED

    reading = read_feed(feed)
    assert reading.order is None
    declined = reading.order_reason.rpartition("; declined ")[2]
    order, _, tests = declined.partition(": ")
    assert order in ("newest first", "oldest first")
    assert failed in tests.split("+")
    assert set(tests.split("+")) <= set(DECLINED)


def test_too_few_dated_items_is_no_declined_test() -> None:
    """Synthetic: two dated items tell no order (rule order-from-three); no test was run, so none is named."""
    from nato_ukraine_timeline import read_feed

    reading = read_feed("Ministers met on June 2.\nEnvoys said talks went well.\nTalks opened on March 3.\n")
    assert reading.order is None
    assert "too few" in reading.order_reason
    assert "declined" not in reading.order_reason


@pytest.mark.parametrize(
    ("sentence", "inside", "outside"),
    [  # synthetic sentences (rule event-age-bound)
        ("Envoys met as the war entered its fourth year.", "2025-06-01", "2024-06-01"),
        ("The council marked three years since the invasion.", "2025-03-01", "2024-03-01"),
        ("Ministers met on the second anniversary of the full-scale invasion.", "2024-02-24", "2025-02-24"),
        ("Allies celebrated the 75th anniversary of the Alliance in Oslo.", "2024-07-10", "2025-07-10"),
        ("Veterans in Oslo marked 80 years since the Second World War ended.", "2025-06-09", "2024-06-09"),
    ],
)
def test_age_bounds_allow_the_days_the_count_falls_on(sentence: str, inside: str, outside: str) -> None:
    """Synthetic: a count of an event's age allows the days about when it falls and rules out the year before
    or after (the longest name at a place is the event counted: 'the Second World War', not 'war')."""
    import datetime as dt

    from nato_ukraine_timeline._dates._ages import age_bounds

    win = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    found = age_bounds(sentence, win)
    assert len(found) == 1, found
    allows, why = found[0]
    assert allows(dt.date.fromisoformat(inside))
    assert not allows(dt.date.fromisoformat(outside))
    assert "counts from" in why


@pytest.mark.parametrize(
    "sentence",
    [  # synthetic: counts of something else, or of an age outside the window
        "For the third year in a row, envoys discussed the war in Oslo.",
        "The war, now in its 11th year, goes on.",
        "The fourth anniversary of the ministry passed quietly.",
        "Leaders met in Rome.",
    ],
)
def test_age_bounds_give_nothing_for_other_counts(sentence: str) -> None:
    """Synthetic: 'in a row', a count whose interval misses the window, a count with no event of the table."""
    import datetime as dt

    from nato_ukraine_timeline._dates._ages import age_bounds

    assert age_bounds(sentence, (dt.date(2024, 1, 1), dt.date(2025, 12, 31))) == []


def test_counted_events_table_is_well_formed() -> None:
    """Every row of data/counted_events.tsv: an id, a day before 2024 the count starts from, a name."""
    import datetime as dt

    from nato_ukraine_timeline._dates._ages import _events

    rows = _events()
    assert rows
    for name, start in rows:
        assert name
        assert start < dt.date(2024, 1, 1)


def test_an_age_that_bounds_the_feed_is_named_as_an_age() -> None:
    """Synthetic: when an item with no date of its own bounds a confident order by the age it counts (rule
    event-age-bound), the reason of the dates it decided names the ages of that item, not terms of office."""
    feed = (
        "Envoys met on May 20.\nMinisters met on May 2.\nTalks opened on April 18.\nAides met on April 3.\n"
        "Leaders marked three years since the invasion.\nEnvoys spoke on March 20.\nMinisters spoke on March 9.\n"
        "Talks resumed on Feb. 27.\nAides spoke on Feb. 12.\n"
    )
    got = {m.text: m.value for m in find_dates(feed)}
    assert got["Feb. 12"].timex == "2025-02-12"
    assert "the ages named in item 5 bound the feed's dates" in got["Feb. 12"].reason
    assert "terms of office" not in got["Feb. 12"].reason
