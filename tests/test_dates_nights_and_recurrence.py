"""Date finding on forms that recur in real news (seventh session): a night named by a day, the adjective
"annual", a word of recurrence before a noun of an amount, "autumn" alone, a season with its noun, a stretch
back with no count ("years ago"), more names of dated occasions. All sentences here are synthetic (written for
the tests).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates


def _pairs(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


_PUB = dt.date(2025, 3, 14)  # a Friday

# synthetic sentences
CASES = [
    # a night named by a day; two days: the night of the first
    ("Drones struck a depot on the night of March 12, officials said.", [("the night of March 12", "2025-03-12TNI")]),
    ("During the night of 11-12 March, air defence downed 40 drones.", [("the night of 11-12 March", "2025-03-11TNI")]),
    ("On the night of March 11-12 the port was hit.", [("the night of March 11-12", "2025-03-11TNI")]),
    (
        "A refinery burned after the night of Tuesday to Wednesday.",
        [("the night of Tuesday to Wednesday", "2025-03-11TNI")],
    ),
    (
        "Sirens sounded late in the night of March 9 into the following day.",
        [("the night of March 9", "2025-03-09TNI"), ("the following day", "2025-03-10")],
    ),
    # recurrence
    ("Leaders met at the annual forum in Oslo.", [("annual", "P1Y")]),
    ("Annual sales of the plant fell, and the daily record stood.", []),
    # seasons
    ("Officials expect that autumn will be hard.", [("autumn", "2025-FA")]),
    ("Repairs must end before the winter season, he said.", [("the winter season", "2024-WI")]),
    # a stretch back of unstated length
    ("The region was lost years ago.", [("years ago", "PAST_REF")]),
    ("The deal had been agreed long ago.", [("long ago", "PAST_REF")]),
    # "the future of ..." is what becomes of something, not a time; "in the future" is one
    ("Talks on the future of the grid went on, and more will follow in the future.", [("the future", "FUTURE_REF")]),
    # a stretch up to now with no count
    ("Over the years, the two sides signed nine accords.", [("the years", "PXY")]),
    ("All these years, the border stayed closed.", [("All these years", "PXY")]),
    # a word of approximation stays out of a clock time's span
    (
        "The alert sounded around 23:10 and ended at about 1 a.m.",
        [("23:10", "2025-03-14T23:10"), ("1 a.m.", "2025-03-14T01:00")],
    ),
    # "N units earlier than ...": a comparison, the stretch alone
    ("The rule takes effect a month earlier than proposed.", [("a month", "P1M")]),
    # a quoted title inside a sentence is no date
    ('She spoke on the broadcaster\'s "This Week With Anna Berg" show.', []),
    # a set with a word of emphasis, a stretch of unstated length, a day anaphor
    (
        "Shells fall every single day, and with every passing day less is left.",
        [("every single day", "P1D"), ("every passing day", "P1D")],
    ),
    ("A deal could come in a matter of weeks.", [("a matter of weeks", "PXW")]),
    (
        "On Thursday the ministry confirmed what it had announced the day prior.",
        [("Thursday", "2025-03-13"), ("the day prior", "2025-03-12")],
    ),
    # a rate per calendar unit is a set; "the upcoming weekend" is the first one ahead
    ("Each district gets 40 hours of power per week.", [("40 hours", "PT40H"), ("per week", "P1W")]),
    ("A truce may follow the upcoming weekend.", [("the upcoming weekend", "2025-W11-WE")]),
    # occasions
    (
        "Parades last year marked the 79th anniversary of the defeat of Nazi Germany.",
        [("last year", "2024"), ("the 79th anniversary", "2024-05-09")],
    ),
    ("Kyiv marks the 34th anniversary of Ukraine's independence.", [("the 34th anniversary", "2025-08-24")]),
]


# tense: the direction of a weekday or season (published on Friday 2025-03-14)
TENSED = [
    ("The minister flew to Lviv on Tuesday to inspect a plant.", [("Tuesday", "2025-03-11")]),
    ("The trip comes ahead of Monday's vote in parliament.", [("Monday", "2025-03-17")]),
    (
        "Ahead of Sunday\u2019s summit, ministers met on Thursday.",
        [("Sunday", "2025-03-16"), ("Thursday", "2025-03-13")],
    ),
    ("The forum, which is being held until Sunday, opened.", [("Sunday", "2025-03-16")]),
    ("Grids must be fixed before winter approaches, he said.", [("winter", "2025-WI")]),
    ("As of 16:00, four people were hurt.", [("16:00", "2025-03-14T16:00")]),
]


@pytest.mark.parametrize(("text", "want"), TENSED, ids=[c[0][:40] for c in TENSED])
def test_tensed_forms(text: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, _PUB) == want


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(["Monday", "Wednesday", "Saturday"]))
def test_ahead_of_a_weekdays_event_is_ahead(day: dt.date, weekday: str) -> None:
    """ "ahead of Monday's vote", said on any day, names a Monday not before the reference day (0-7 days after:
    said on a Monday, that day)."""
    (m,) = find_dates(f"The talks came ahead of {weekday}'s vote.", published=day)
    assert m.value.earliest is not None
    assert 0 <= (m.value.earliest - day).days <= 7


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_recurring_forms(text: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, _PUB) == want


@given(st.dates(dt.date(1990, 1, 2), dt.date(2090, 12, 30)))
def test_night_of_a_day_is_one_time(day: dt.date) -> None:
    """For any day, "the night of DAY" is one TIME, the night of that day; "DAY-DAY+1" is the night of the first."""
    month = day.strftime("%B")
    (single,) = find_dates(f"Drones hit the city on the night of {month} {day.day}, {day.year}.", published=day)
    assert (single.timex, single.type.value) == (f"{day.isoformat()}TNI", "TIME")
    assert single.text == f"the night of {month} {day.day}, {day.year}"
    nxt = day + dt.timedelta(days=1)
    if nxt.month == day.month:
        text = f"Drones hit the city on the night of {day.day}-{nxt.day} {month} {day.year}."
        (pair,) = find_dates(text, published=day)
        assert pair.timex == f"{day.isoformat()}TNI"
