"""Impossible and extreme dates: ``find_dates`` and ``parse`` never raise, and a day no calendar has is
still a mention (issue 10, item 1).

Contract (HELPERS/DESIGN, shared with the loaders): an impossible day in the text ("April 31",
"Feb. 29, 2025") is kept; its value is the month the text names (``2025-04`` or ``XXXX-04``,
granularity month), ``uncertain``, basis ``unresolved``, reason starting ``no such day: ...``.
All sentences here are synthetic (written for these tests).
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from nato_ukraine_timeline import Basis, Granularity, find_dates, parse

MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
EXTREMES = (dt.date(1, 1, 1), dt.date(9999, 12, 31))


@pytest.mark.parametrize(
    ("text", "published", "impossible", "timex"),
    [
        # a range ending on a day the month lacks (once: "min() arg is an empty sequence")
        ("Talks were held April 30-31.", dt.date(2025, 5, 5), "31", "2025-04"),
        ("Talks were held Nov. 30-31.", dt.date(2025, 1, 5), "31", "2024-11"),
        ("Talks were held Feb. 28-30.", dt.date(2025, 3, 5), "30", "2025-02"),
        ("Talks were held June 29 to 31.", dt.date(2025, 7, 5), "31", "2025-06"),
        ("Talks were held April 30-31.", None, "31", "XXXX-04"),
        # a full date whose day its year lacks, no publication date (once: "day is out of range")
        ("They met on Feb. 29, 2025.", None, "Feb. 29, 2025", "2025-02"),
        ("They met on 29 Feb 2023.", None, "29 Feb 2023", "2023-02"),
        ("They met on Feb. 29, 2025.", dt.date(2025, 3, 1), "Feb. 29, 2025", "2025-02"),
        # a day no year has (once: dropped silently)
        ("They met on April 31.", None, "April 31", "XXXX-04"),
        ("They met on Feb. 30.", dt.date(2024, 3, 2), "Feb. 30", "2024-02"),
        ("They met on 31 June 2024.", None, "31 June 2024", "2024-06"),
    ],
)
def test_impossible_day_is_a_month_mention(text: str, published: dt.date | None, impossible: str, timex: str) -> None:
    """The mention is kept with the month the text names, uncertain, unresolved, and says why."""
    got = {m.text: m for m in find_dates(text, published=published)}
    assert impossible in got, got
    value = got[impossible].value
    assert value.timex == timex
    assert value.granularity is Granularity.MONTH
    assert value.uncertain
    assert value.basis is Basis.UNRESOLVED
    assert value.reason.startswith("no such day: ")
    parse(text, published=published)  # parse reads the same mentions without raising


@pytest.mark.parametrize("published", [dt.date(2026, 3, 1), dt.date(2022, 3, 1), dt.date(2030, 3, 1)])
def test_yearless_feb_29_in_a_year_without_one(published: dt.date) -> None:
    """A year-less "Feb. 29" published in a year whose neighbours have none (once: ValueError) is the
    Feb. 29 of a leap year near the publication date."""
    (m,) = find_dates("They met on Feb. 29.", published=published)
    day = m.value.earliest
    assert day is not None
    assert (day.month, day.day) == (2, 29)
    assert abs(day.year - published.year) <= 4


@pytest.mark.parametrize("published", EXTREMES)
@pytest.mark.parametrize(
    "text", ['Friday"tomorrow', "yesterday, tomorrow, next week, last year and overnight into Monday", "Dec. 31"]
)
def test_extreme_publication_dates(text: str, published: dt.date) -> None:
    """Relative expressions read against the first or last day of the calendar (once: OverflowError)."""
    for m in find_dates(text, published=published):
        assert text[m.start : m.end] == m.text
    parse(text, published=published)


# --------------------------------------------------------------------------------------------------
# Properties: days 0-32 in every month, years 1-9999, any publication date (the extremes included)

_DAY_PHRASE = st.builds(
    lambda form, m, d, y: form.format(M=MONTHS[m - 1], d=d, y=y, mm=m),
    st.sampled_from(["{M} {d}", "{d} {M}", "{M} {d}, {y}", "{d} {M} {y}", "{M} {d}-{d}", "{y}-{mm:02d}-{d:02d}",
                     "{mm}/{d}/{y}", "{d}.{mm:02d}.{y}", "{M} {d} to 31", "on {M} {d}"]),
    st.integers(1, 12),
    st.integers(0, 32),
    st.integers(1, 9999),
)  # fmt: skip
_FILLER = st.sampled_from(
    ["Talks were held", "He said", "It will open", "yesterday", "tomorrow", "Friday", '"', "last week", "next year",
     "overnight into", "Christmas", "this winter", "the previous day", "two days earlier", ".", "\n", ","]
)  # fmt: skip
_TEXTS = st.lists(st.one_of(_DAY_PHRASE, _FILLER), max_size=12).map(" ".join)
_PUBLISHED = st.one_of(st.none(), st.dates(), st.sampled_from(EXTREMES))


@given(_TEXTS, _PUBLISHED)
@example("Talks were held April 30-31.", dt.date(2025, 5, 5))
@example("Feb. 29", dt.date(2026, 6, 1))
@example("Feb. 29, 2025", None)
@example('Friday"tomorrow', dt.date(9999, 12, 31))
@example("yesterday Jan. 1", dt.date(1, 1, 1))
def test_find_dates_never_raises(text: str, published: dt.date | None) -> None:
    """find_dates never raises; spans index the text; bounds are ordered; no value names a missing day."""
    for m in find_dates(text, published=published):
        assert text[m.start : m.end] == m.text
        lo, hi = m.value.earliest, m.value.latest
        assert lo is None or hi is None or lo <= hi
        _no_impossible_day(m.value.timex)


@given(_TEXTS, _PUBLISHED)
@example("Talks were held April 30-31.", dt.date(2025, 5, 5))
@example("Feb. 29, 2025", None)
@example('Friday"tomorrow', dt.date(9999, 12, 31))
def test_parse_never_raises(text: str, published: dt.date | None) -> None:
    """parse never raises on the same inputs, with or without a publication date."""
    parse(text, published=published)


@given(st.integers(1, 12), st.integers(1, 31), st.integers(1800, 2099), st.one_of(st.none(), st.dates()))
def test_every_nameable_day_is_found(month: int, day: int, year: int, published: dt.date | None) -> None:
    """A written month and day 1-31 with its year is always one mention: the day when it exists, else
    the month, marked "no such day"."""
    written = f"{MONTHS[month - 1]} {day}, {year}"
    (m,) = find_dates(f"They met on {written}.", published=published)
    assert m.text == written
    if day <= calendar.monthrange(year, month)[1]:
        assert m.value.timex == f"{year:04d}-{month:02d}-{day:02d}"
    else:
        assert m.value.timex == f"{year:04d}-{month:02d}"
        assert m.value.reason.startswith("no such day: ")


def _no_impossible_day(timex: str) -> None:
    """A timex naming a day names one that exists (XXXX-02-29 is possible)."""
    if len(timex) >= 10 and timex[4] == "-" and timex[7] == "-" and timex[5:7].isdigit() and timex[8:10].isdigit():
        month, day = int(timex[5:7]), int(timex[8:10])
        year = int(timex[:4]) if timex[:4].isdigit() else 2024
        assert 1 <= month <= 12, timex
        assert 1 <= day <= calendar.monthrange(year, month)[1], timex
