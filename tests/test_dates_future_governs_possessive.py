"""Rule future-governs-possessive (twelfth session, dates12): examples and resolver properties.

All sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
_TUESDAY = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All three leaders will attend Wednesday's parade in the capital.", "2025-09-03"),  # synthetic
        ("The minister is due to chair Friday's meeting of the council.", "2025-09-05"),  # synthetic
        ("She will take part in Thursday's talks.", "2025-09-04"),  # synthetic
        # a future acting on what was done: the possessive's day stays past
        ("The army will respond to Sunday's strike, he said.", "2025-08-31"),  # synthetic
        # a word of time order makes the day a landmark of its own
        ("The leaders will meet after Monday's summit.", "2025-09-01"),  # synthetic
        ("He attended Monday's meeting.", "2025-09-01"),  # synthetic
    ],
)
def test_future_governs_possessive(text: str, expected: str) -> None:
    (m,) = find_dates(text, published=_TUESDAY)
    assert m.timex == expected


@given(DAYS, st.integers(0, 6), st.sampled_from(["will attend", "is due to chair", "will take part in"]))
def test_governed_possessive_lies_ahead(published: dt.date, wd: int, verb: str) -> None:
    """A firm future whose object is the possessive phrase of an occasion names the weekday 0-6 days after."""
    (m,) = find_dates(f"The envoy {verb} {WEEKDAYS[wd]}'s meeting.", published=published)
    assert m.value.earliest is not None
    assert 0 <= (m.value.earliest - published).days <= 6
    assert m.value.earliest.isoweekday() == wd + 1


@given(DAYS, st.integers(0, 6), st.sampled_from(["will respond to", "will investigate"]))
def test_future_on_a_done_act_stays_past(published: dt.date, wd: int, verb: str) -> None:
    """A firm future acting on what the possessive's day saw done ("strike") leaves the day 0-6 days before."""
    (m,) = find_dates(f"The army {verb} {WEEKDAYS[wd]}'s strike.", published=published)
    assert m.value.earliest is not None
    assert 0 <= (published - m.value.earliest).days <= 6
