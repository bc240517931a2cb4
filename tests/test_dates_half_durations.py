"""Date value rules of the fifteenth session (dates15). All sentences here are synthetic (written for the
tests), none copied from news text.

- duration_half (_dates/_patterns.py): a count and a half written as one hyphenated word group, before its unit
  as a noun ("2-1/2 years") or as a compound adjective ("a three-and-a-half-year war"), is one duration in whole
  smaller units, as "three and a half years" is (P3Y6M); an age ("a three-and-a-half-year-old boy") is not a
  duration, and a count from now or from the story's time ("2-1/2 years ago") is left to the rules of those.
- fractions in whole smaller units (_dates/_read.py ``_duration_fraction``, a resolver invariant): a duration
  with a half is written in whole units, never with a decimal point: months in days (a month's half is 15 days,
  the real-news gold's convention), weeks in days, decades and centuries in years.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._patterns import RULES
from nato_ukraine_timeline._dates._read import _duration

PUBLISHED = dt.date(2024, 10, 3)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=PUBLISHED)]


def test_duration_half_is_one_rule_object_with_examples() -> None:
    rule = next(r for r in RULES if r.name == "duration_half")
    assert rule.pattern
    assert len(rule.examples) >= 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic sentences
        ("The envoy ended a three-and-a-half-year war of words.", [("three-and-a-half-year", "P3Y6M")]),
        ("After a two-and-a-half-hour meeting, the ministers left.", [("two-and-a-half-hour", "PT2H30M")]),
        ("The blockade lasted almost 2-1/2 years.", [("almost 2-1/2 years", "P2Y6M")]),
        ("It was the first visit in the 3-1/2 year conflict.", [("3-1/2 year", "P3Y6M")]),
        ("The truce held for four-and-a-half months.", [("four-and-a-half months", "P4M15D")]),
        ("Talks lasted two-and-a-half days.", [("two-and-a-half days", "P2DT12H")]),
    ],
)
def test_duration_half_synthetic(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_duration_half_leaves_ages_alone() -> None:
    # synthetic: an age is no duration of the story
    assert _pairs("A three-and-a-half-year-old boy was hurt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: the half of a month, a week, a decade in whole smaller units
        ("The siege lasted three and a half months.", [("three and a half months", "P3M15D")]),
        ("The tariff stood for two and a half decades.", [("two and a half decades", "P25Y")]),
        ("Repairs took a week and a half.", [("a week and a half", "P10DT12H")]),
        ("The deal took three and a half years.", [("three and a half years", "P3Y6M")]),
    ],
)
def test_fractions_in_whole_units_synthetic(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


_IN_SECONDS = {"Y": 360 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400, "H": 3600, "MIN": 60, "S": 1}
_SCALE = {"DE": (10, "Y"), "C": (100, "Y")}
_PART = re.compile(r"(\d+)([YMWDHS])")


def _seconds(value: str) -> int:
    """The length of a TIMEX3 duration with whole numbers (a year 360 days, a month 30: the gold's convention)."""
    date_part, _, time_part = value[1:].partition("T")
    total = 0
    for n, letter in _PART.findall(date_part):
        total += int(n) * _IN_SECONDS[letter]
    for n, letter in _PART.findall(time_part):
        total += int(n) * _IN_SECONDS["MIN" if letter == "M" else letter]
    return total


@given(whole=st.integers(min_value=0, max_value=60), unit=st.sampled_from(["Y", "M", "W", "D", "H", "MIN", "DE", "C"]))
def test_half_durations_are_whole_smaller_units(whole: int, unit: str) -> None:
    """Resolver invariant: a count and a half is written in whole units (no decimal point) of the same length."""
    value = _duration(whole + 0.5, unit)
    assert "." not in value
    assert re.fullmatch(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?", value)
    factor, base = _SCALE.get(unit, (1, unit))
    assert _seconds(value) == round((whole + 0.5) * factor * _IN_SECONDS[base])
