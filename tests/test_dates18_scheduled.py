"""Rule scheduled-present (eighteenth session, te318): the plain present of a verb of schedule or meeting right
before its date, one adverb allowed between, is ahead. All sentences are SYNTHETIC, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates

FRIDAY = dt.date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: a meeting told in the present, with and without an adverb between
        ("The two ministers meet Monday in Vienna.", "Monday", "2025-03-10"),
        ("The two ministers meet again on Monday in Vienna.", "Monday", "2025-03-10"),
        ("The two ministers meet separately next Tuesday with the envoy.", "next Tuesday", "2025-03-11"),
        ("Talks resume formally Wednesday in Geneva.", "Wednesday", "2025-03-12"),
        # synthetic: a past or a negation keeps the past
        ("The two ministers met separately on Monday.", "Monday", "2025-03-03"),
        ("The two ministers did not meet again on Monday.", "Monday", "2025-03-03"),
    ],
)
def test_scheduled_present(text: str, expression: str, timex: str) -> None:
    found = [m.timex for m in find_dates(text, published=FRIDAY) if m.text == expression]
    assert found == [timex]
