"""Rule stretch-ahead-or-back (twenty-sixth session, dates26): examples and resolver properties.

All sentences are synthetic, written for these tests (names, places and figures invented).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
_PUBLISHED = dt.date(2025, 3, 5)
UNITS = {"year": "P1Y", "month": "P1M", "week": "P1W", "decade": "P10Y", "century": "P100Y"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund will spend 4 billion over the next decade.", "P10Y"),  # synthetic
        ("The ministry hopes to finish the bridge within the next year.", "P1Y"),  # synthetic
        ("The two ports will stay linked for the next century.", "P100Y"),  # synthetic
        ("Sirens sounded over the last week.", "P1W"),  # synthetic
        # a possessive is the calendar unit; so are "for the last week" and "the next year or so" (TempEval-3)
        ("The council set aside funds for the next year's repairs.", "2026"),  # synthetic
        ("The envoy has been in Vienna for the last week.", "2025-W09"),  # synthetic
        ("The plant will close over the next year or so.", "2026"),  # synthetic
        ("The vote is due next year.", "2026"),  # synthetic
    ],
)
def test_stretch_ahead_or_back(text: str, expected: str) -> None:
    (m,) = find_dates(text, published=_PUBLISHED)
    assert m.timex == expected


@given(
    DAYS,
    st.sampled_from(["over", "within", "throughout", "during"]),
    st.sampled_from(["next", "coming", "last"]),
    st.sampled_from(sorted(UNITS)),
)
def test_stretch_is_one_unit_whatever_the_day(published: dt.date, prep: str, rel: str, unit: str) -> None:
    """After a preposition of extent, "the next/coming/last UNIT" is one unit's duration, whatever the reference."""
    (m,) = find_dates(f"Prices will move {prep} the {rel} {unit}.", published=published)
    assert m.timex == UNITS[unit]
    assert m.text == f"the {rel} {unit}"
