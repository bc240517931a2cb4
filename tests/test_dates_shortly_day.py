"""Readings of common words (synthetic sentences): "shortly" alone is the near future (FUTURE_REF, as
"soon"), not "shortly after/before ..." nor in a told past; "a day" that the clause is about ("on a day when",
"on such a day") is no duration."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates

PUBLISHED = dt.date(2025, 4, 24)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The jets will arrive shortly, the minister said.", [("shortly", "FUTURE_REF")]),
        ("We expect an answer very shortly and will report it.", [("shortly", "FUTURE_REF")]),
        ("The tanker was seized shortly after the cable broke.", []),
        ("Protests began shortly before the vote.", []),
        ("The talks ended shortly thereafter.", []),
        ("The decree was shortly withdrawn.", []),
    ],
)
def test_shortly(text: str, want: list[tuple[str, str]]) -> None:
    """ "shortly" alone is FUTURE_REF; relative to another event or in a told past it is no date."""
    assert _pairs(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The strike came on a day when families were at church.", []),
        ("He embraced the dictator on such a day, the president wrote.", []),
        ("The envoy arrived a day after the vote.", [("a day", "P1D")]),
        ("Analysts were reflecting on a decade of reforms.", [("a decade", "P10Y")]),
    ],
)
def test_a_day_the_clause_is_about(text: str, want: list[tuple[str, str]]) -> None:
    """ "on a day when", "on such a day": a point, no duration; "a day after", "on a decade" stay."""
    assert _pairs(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Speaking in the early hours of Tuesday, the aide said talks went well.",
            [("the early hours of Tuesday", "2025-04-22TNI")],
        ),
        ("In the early hours of April 20, drones struck a depot.", [("the early hours of April 20", "2025-04-20TNI")]),
        ("He landed in the wee hours of Monday.", [("the wee hours of Monday", "2025-04-21TNI")]),
        ("He landed in the early hours of Monday morning.", [("Monday morning", "2025-04-21TMO")]),  # its own part
    ],
)
def test_the_early_hours_of_a_day(text: str, want: list[tuple[str, str]]) -> None:
    """ "the early hours of <day>" is one expression, the day's night (TNI), as the gold annotates it; a day
    that names its own part of the day keeps it."""
    assert _pairs(text) == want
