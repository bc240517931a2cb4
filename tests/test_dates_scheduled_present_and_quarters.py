"""Date rules of the eighteenth session (te318). Tense rule scheduled-present: the plain present of a verb of
schedule or meeting right before its date, one adverb allowed between, is ahead. Scanner rule quarter: two
quarters of a named year are its half. Tense rule meet-an-object: "to meet demand" sets no future. All sentences
are SYNTHETIC, written for these tests."""

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


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: the first or last two quarters of a named year are its half
        (
            "Demand should stay weak through the first two quarters of 2026.",
            "the first two quarters of 2026",
            "2026-H1",
        ),
        ("Output fell in the last two quarters of 2024.", "the last two quarters of 2024", "2024-H2"),
        ("Output fell in the first two quarters of the year.", "the first two quarters of the year", "2025-H1"),
        # synthetic: without a year the words stay a duration
        ("Output fell in the last two quarters.", "the last two quarters", "P6M"),
    ],
)
def test_two_quarters_of_a_year(text: str, expression: str, timex: str) -> None:
    found = [m.timex for m in find_dates(text, published=FRIDAY) if m.text == expression]
    assert found == [timex]


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: "meet" with an object of satisfying is no plan of a meeting; the clause's past stands
        ("The mill struggled to meet demand well into the summer.", "the summer", "2024-SU"),
        ("Three allies failed to meet their spending targets in December.", "December", "2024-12"),
        # synthetic: a meeting planned keeps its future; a firm future keeps it too
        ("The two ministers agreed to meet in the summer.", "the summer", "2025-SU"),
        ("The alliance will meet its new targets in the summer.", "the summer", "2025-SU"),
    ],
)
def test_meet_an_object(text: str, expression: str, timex: str) -> None:
    found = [m.timex for m in find_dates(text, published=FRIDAY) if m.text == expression]
    assert found == [timex]
