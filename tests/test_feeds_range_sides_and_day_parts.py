"""Year-less dates without a publication date, eighteenth session (feeds18): rule ``range-side-of-written-date``
(``_dates._resolve``, applied in ``_dates._find``) and the part-of-day form of rule ``weekday-apposed-date``
(``_dates._feed``). Every sentence and feed here is synthetic (written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import DateMention, find_dates, read_feed
from nato_ukraine_timeline.model import Basis


def _mention(text: str, wanted: str, published: dt.date | None = None) -> DateMention:
    (m,) = [m for m in find_dates(text, published=published) if m.text == wanted]
    return m


@pytest.mark.parametrize("published", [None, dt.date(2025, 10, 1)])
def test_a_range_start_is_not_after_its_written_end(published: dt.date | None) -> None:
    """Synthetic: the nearest 1 January to 25 September 2025 is 2026's; a range's start lies before its end."""
    text = "Synthetic: the brigade held 12 villages from January 1 to September 25, 2025, the army said."
    m = _mention(text, "January 1", published)
    assert m.timex == "2025-01-01"
    assert not m.value.uncertain
    assert m.value.basis is Basis.CONTEXT
    assert "start of a range" in m.value.reason


@pytest.mark.parametrize("published", [None, dt.date(2024, 3, 2)])
def test_a_range_end_is_not_before_its_written_start(published: dt.date | None) -> None:
    """Synthetic: the nearest 10 January to 1 March 2024 is 2024's, but a range's end follows its start."""
    text = "Synthetic: the levy applied from March 1, 2024 until January 10, officials said."
    assert _mention(text, "January 10", published).timex == "2025-01-10"


def test_between_months_takes_the_start_before_the_end() -> None:
    """Synthetic: "between July and February 2025": the July before, not the nearer one after."""
    text = "Synthetic: grain exports grew between July and February 2025."
    assert _mention(text, "July").timex == "2024-07"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Synthetic: envoys met on March 3 and May 9, 2025.", "March 3"),  # a list, not a range: no rule
        ("Synthetic: the plant reopened on March 3; talks ended on May 9, 2025.", "March 3"),
    ],
)
def test_no_range_no_rule(text: str, wanted: str) -> None:
    """Synthetic: two dates not joined as a range keep the nearest-date reading of their sentence."""
    m = _mention(text, wanted)
    assert m.timex == "2025-03-03"
    assert "range" not in m.value.reason


def test_a_range_start_is_not_its_items_date() -> None:
    """Synthetic feed, newest first: the third item reports a period from a January 1 to a day of September
    2025; its date is the range's end, so the order and the neighbours' years stay as its end puts them."""
    feed = (
        "Envoys met on Oct. 20.\n"
        "Ministers met on Oct. 2.\n"
        "The army said it held 12 villages from January 1 to September 25, 2025.\n"
        "Leaders spoke on Sept. 12.\n"
        "Talks opened on Aug. 30.\n"
    )
    reading = read_feed(feed)
    assert reading.order == "newest first"
    assert reading.items[2].date is not None
    assert reading.items[2].date.timex == "2025-09-25"
    assert _mention(feed, "January 1").timex == "2025-01-01"
    assert _mention(feed, "Oct. 2").timex == "2025-10-02"


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        ("Synthetic: drones struck the port on Tuesday evening, Oct. 8, officials said.", "Oct. 8", "2024-10-08"),
        ("Synthetic: the council met on Thursday morning, 13 February, in Riga.", "13 February", "2025-02-13"),
        ("Synthetic: shelling went on through Saturday night, Dec. 7, the governor said.", "Dec. 7", "2024-12-07"),
    ],
)
def test_a_weekday_with_a_part_of_the_day_decides_the_year(text: str, wanted: str, value: str) -> None:
    """Synthetic: "Tuesday evening, Oct. 8" names one day, as "Tuesday, Oct. 8" does: the window's one
    occurrence on that weekday."""
    m = _mention(text, wanted)
    assert m.timex == value
    assert not m.value.uncertain


def test_a_weekday_that_fits_no_occurrence_decides_nothing() -> None:
    """Synthetic: 13 February fell on no Friday in 2024 or 2025: the date stays open with both years."""
    m = _mention("Synthetic: drones hit the port on Friday night, Feb. 13, officials said.", "Feb. 13")
    assert m.value.uncertain
    assert set(m.value.alternatives) == {"2024-02-13", "2025-02-13"}


def test_a_part_of_the_day_with_a_publication_date_keeps_the_reading() -> None:
    """Synthetic: with a publication date the weekday agrees with the date the tense gives."""
    text = "Synthetic: drones struck the port on Tuesday evening, Oct. 8, officials said."
    assert _mention(text, "Oct. 8", dt.date(2024, 10, 9)).timex == "2024-10-08"


# rule term-begins-in-coming-month (_dates._feed): a term that begins inside the one occurrence it allows


def test_a_coming_month_a_term_begins_in_stays_open() -> None:
    """Synthetic: the president's term began on 20 January 2025; a January ahead, said later in the term,
    is 2026's: both readings stay, none is guessed."""
    text = "Ministers met on Nov. 3.\nPresident Donald Trump's envoy plans to leave the post in January.\n"
    m = _mention(text, "January")
    assert m.value.uncertain
    assert m.value.basis is Basis.UNRESOLVED
    assert set(m.value.alternatives) == {"2025-01", "2026-01"}
    assert "term begins inside" in m.value.reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # looking back: the term's January, as before
        ("Ministers met on Nov. 3.\nPresident Donald Trump's envoy took up the post in January.\n", "2025-01"),
        # a month the term allows whole: one reading, as before
        ("Ministers met on Nov. 3.\nPresident Donald Trump's envoy will visit Kyiv in March.\n", "2025-03"),
    ],
)
def test_a_month_the_term_decides_stays_decided(text: str, value: str) -> None:
    """Synthetic: the rule leaves a past clause and a month wholly inside the term to the terms."""
    m = _mention(text, "January" if "January" in text else "March")
    assert m.timex == value
    assert not m.value.uncertain


def test_a_present_intention_stays_open_too() -> None:
    """Synthetic: a present clause of intention does not look back: both readings stay."""
    text = "Ministers met on Nov. 3.\nPresident Donald Trump's envoy is intending to resign in January.\n"
    assert set(_mention(text, "January").value.alternatives) == {"2025-01", "2026-01"}


def test_with_a_publication_date_the_rule_does_not_apply() -> None:
    """Synthetic: a publication date dates the clause; the feed's terms of office are not read."""
    text = "President Donald Trump's envoy plans to leave the post in January."
    assert _mention(text, "January", dt.date(2025, 9, 1)).timex == "2026-01"
