"""find_dates is linear on large date-dense input and its work is bounded by the window's width
(issue 10, item 3), counted, not timed.

Operations are counted as in ``test_scale`` (Python and C calls seen by cProfile, plus the characters
each regex call of the library examines) in a fresh process; 10x the input (or 10x the window's width)
may cost at most ~12x the operations. The texts are synthetic.

- ``"Jan. " * 2000`` against ``* 20000`` (10 KB and 100 KB; once 48 s at 100 KB: the terms of office
  were read once per year-less date's sentence), with and without a publication date;
- a feed of 300 against 3,000 dated lines without a publication date (the order's chain of item dates
  once compared every item with every other);
- ``window=(first, last)`` of 900 against 9,000 years on a three-line feed (once minutes for
  ``(date.min, date.max)``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_scale import _MEASURE, GROWTH, measure_growth

_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_THREE_LINES = "Talks on Feb. 17.\nTalks on Jan. 3.\nTalks in March.\n"


def _feed(lines: int) -> str:
    """A newest-first feed of ``lines`` items, one dated line each, a day apart."""
    day = dt.date(2025, 12, 31)
    out = []
    for k in range(lines):
        d = day - dt.timedelta(days=k % 700)
        out.append(f"Item {k}: ministers met on {_MONTHS[d.month - 1]} {d.day}.")
    return "\n".join(out)


_FUNCTIONS = """from nato_ukraine_timeline._dates import _resolve


def window_years(text):
    _resolve.candidates_in.cache_clear()  # the warm-up call must not leave the answer in the cache
    _resolve.make_value.cache_clear()
    return ntl.find_dates(THREE_LINES, window=(dt.date(999, 1, 1), dt.date(999 + int(text), 12, 31)))


FUNCTIONS = {
    "undated": lambda text: ntl.find_dates(text),
    "window_years": window_years,"""

CASES = [
    ("Jan.|published", "find_dates", "Jan. " * 2000, "Jan. " * 20000),
    ("Jan.|undated", "undated", "Jan. " * 2000, "Jan. " * 20000),
    ("feed lines|undated", "undated", _feed(300), _feed(3000)),
    ("window width", "window_years", "900", "9000"),
]


@pytest.fixture(scope="module")
def operations() -> dict[str, tuple[int, int]]:
    script = _MEASURE.replace("FUNCTIONS = {", f"THREE_LINES = {_THREE_LINES!r}\n{_FUNCTIONS}", 1)
    assert "window_years" in script
    return measure_growth(CASES, script)


@pytest.mark.parametrize("case", [c[0] for c in CASES])
def test_linear(operations: dict[str, tuple[int, int]], case: str) -> None:
    """10x the input (or the window) costs at most ~12x the operations."""
    small, large = operations[case]
    ratio = large / max(small, 1)
    assert ratio <= GROWTH, f"{case}: {small} -> {large} operations ({ratio:.1f}x for 10x)"
