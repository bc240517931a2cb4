"""Date value rules of the twenty-ninth session (dates29). All sentences here are synthetic (written for the
tests), none copied from news text.

- count-back-from-reference (_dates/_resolve.py): a count of days back with no day named before it ("A day
  earlier, ...", "Two days prior, ...") is that many days before the reference day; a count forward with none
  stays a duration.
- zone-equivalent-day (_dates/_zones.py): a GMT time in brackets after a local time is the same instant, on the
  day before or after the local one where Greenwich parts them.
- smaller readings: "prior" after a count, "a couple days ago", "into the evening", a four-digit local time
  before its bracketed GMT equivalent.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._resolve import COUNT_BACK_FROM_REFERENCE, ResolveRule
from nato_ukraine_timeline._dates._zones import ZONE_EQUIVALENT_DAY


def _pairs(text: str, published: str | dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


class TestCountBackFromReference:
    """Rule count-back-from-reference (COUNT_BACK_FROM_REFERENCE; synthetic)."""

    def test_rule_object(self) -> None:
        """The rule is a named ResolveRule with a form and examples."""
        assert isinstance(COUNT_BACK_FROM_REFERENCE, ResolveRule)
        assert COUNT_BACK_FROM_REFERENCE.name == "count-back-from-reference"
        assert COUNT_BACK_FROM_REFERENCE.form

    @pytest.mark.parametrize(("text", "published", "expected"), COUNT_BACK_FROM_REFERENCE.examples)
    def test_examples(self, text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
        """Each example gives the mentions and values the rule says."""
        assert _pairs(text, published) == list(expected)

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            # synthetic: "prior to" is a preposition: the count is a stretch before the event it names
            ("Two days prior to the vote, the mayor resigned.", "2025-03-10", [("Two days", "P2D")]),
            # synthetic: no publication date, no day before: the stretch
            ("A day earlier, the mayor had resigned.", None, [("A day earlier", "P1D")]),
            # synthetic: informal "a couple days ago" is the vague past, as "a couple of days ago"
            ("A couple days ago, the port was shelled.", "2025-03-10", [("A couple days ago", "PAST_REF")]),
            ("A couple of days ago, the port was shelled.", "2025-03-10", [("A couple of days ago", "PAST_REF")]),
        ],
    )
    def test_cases(self, text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
        """The rule's edges: a preposition, no reference day, the vague count."""
        assert _pairs(text, published) == expected

    @given(
        st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
        st.sampled_from([("A day", 1), ("Two days", 2), ("Three days", 3), ("Five days", 5), ("Ten days", 10)]),
        st.sampled_from(["earlier", "prior"]),
    )
    def test_back_from_the_reference_day(self, published: dt.date, count: tuple[str, int], word: str) -> None:
        """With no day named before it, "N days earlier" / "N days prior" is the reference day minus N days."""
        words, n = count
        found = _pairs(f"{words} {word}, the synthetic bridge was hit.", published)
        assert found == [(f"{words} {word}", (published - dt.timedelta(days=n)).isoformat())]


class TestZoneEquivalentDay:
    """Rule zone-equivalent-day (ZONE_EQUIVALENT_DAY, _dates/_zones.py; synthetic)."""

    def test_rule_object(self) -> None:
        """The rule is a named ResolveRule with a form and examples."""
        assert isinstance(ZONE_EQUIVALENT_DAY, ResolveRule)
        assert ZONE_EQUIVALENT_DAY.name == "zone-equivalent-day"
        assert ZONE_EQUIVALENT_DAY.form

    @pytest.mark.parametrize(("text", "published", "expected"), ZONE_EQUIVALENT_DAY.examples)
    def test_examples(self, text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
        """Each example gives the mentions and values the rule says."""
        assert _pairs(text, published) == list(expected)

    def test_four_digit_local_time_before_its_equivalent(self) -> None:
        """ "from 1800 (1500 GMT)": the local four-digit time is a clock time, not the year 1800."""
        text = "The synthetic truce runs from 1800 (1500 GMT) on Saturday."
        assert _pairs(text, "2025-04-19") == [
            ("1800", "2025-04-19T18:00"),
            ("1500 GMT", "2025-04-19T15:00"),
            ("Saturday", "2025-04-19"),
        ]

    @given(
        st.dates(min_value=dt.date(1990, 1, 2), max_value=dt.date(2090, 12, 30)),
        st.integers(min_value=0, max_value=23),
        st.sampled_from([0, 15, 30, 45]),
        st.integers(min_value=-44, max_value=44).map(lambda q: q * 15),
    )
    def test_same_instant(self, published: dt.date, hour: int, minute: int, offset: int) -> None:
        """Law: for any local time and any zone less than twelve hours from GMT, the bracketed GMT time is the
        local instant minus the zone's offset (so it may fall on the day before or after)."""
        local = dt.datetime.combine(published, dt.time(hour, minute))
        gmt = local - dt.timedelta(minutes=offset)
        text = f"The synthetic curfew starts at {hour:02d}:{minute:02d} local time ({gmt:%H%M} GMT)."
        found = dict(_pairs(text, published))
        assert found[f"{gmt:%H%M} GMT"] == f"{gmt:%Y-%m-%dT%H:%M}"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # synthetic: "into the evening" is that part of the day, as "in the evening"
        (
            "The synthetic talks went on into the evening, an aide said.",
            "2025-11-23",
            [("the evening", "2025-11-23TEV")],
        ),
    ],
)
def test_smaller_readings(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    """The scanner's smaller readings of this session."""
    assert _pairs(text, published) == expected
