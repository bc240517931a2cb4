"""Date readings of the thirteenth session (dates13b): "since" with a determiner before the month.

All sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
_OCT_17 = dt.date(2025, 10, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: an article between "since" and the month modifying a noun; the verb is a modal ahead
        ("It would be the pair's first meeting since an August summit on the coast.", "2025-08"),
        ("The two will meet again, their first talks since a December visit.", "2024-12"),  # synthetic
        ("The ministers will meet for the first time since that March vote.", "2025-03"),  # synthetic
        # without a determiner, as before
        ("The ministers will meet for the first time since March.", "2025-03"),  # synthetic
    ],
)
def test_since_with_a_determiner_looks_back(text: str, expected: str) -> None:
    (m,) = find_dates(text, published=_OCT_17)
    assert m.timex == expected


# "May" is left out: after an article it may be read as the verb, a question of another rule
_UNAMBIGUOUS = st.sampled_from([m for m in MONTHS if m != "May"])


@given(DAYS, _UNAMBIGUOUS, st.sampled_from(["a", "an", "the", "that"]), st.sampled_from(["would", "will"]))
def test_since_a_month_never_lies_after_the_reference(ref: dt.date, month: str, det: str, modal: str) -> None:
    """Resolver property: "since <determiner> <month> <noun>" names a month that began on or before the
    reference day, whatever the tense of the sentence."""
    text = f"It {modal} be their first meeting since {det} {month} summit."  # synthetic
    (m,) = find_dates(text, published=ref)
    assert m.value.earliest is not None
    assert m.value.earliest <= ref
