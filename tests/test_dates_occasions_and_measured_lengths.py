"""Date rules of the twenty-seventh session (dates27). All sentences here are synthetic, written for these tests;
none is copied from news text.

- eve-of-dated-gathering (_dates/_occasion_days.py): "on the eve of the talks" is the day before the gathering the
  text has just dated (its sentence or the one before tells of a gathering).
- anniversary-on-written-day (_dates/_occasion_days.py): "the (Nth) anniversary of" an occasion no table dates is
  the one day its own clause writes, or that "coinciding with" ties it to.
- suspended-hyphen-count (scanner rule duration_adj): "a 30- or 60-day truce" is "30-" and "60-day".
- bare_plural after a verb that measures time (cue measure_verb), "and" after it, "hours into"; clock after "for".
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates, parse

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def _pairs(text: str, published: dt.date | str | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


def _written(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


_DAYS = st.dates(min_value=dt.date(2023, 1, 2), max_value=dt.date(2026, 12, 31))


class TestEveOfDatedGathering:
    @settings(max_examples=60, deadline=None)
    @given(day=_DAYS, lag=st.integers(min_value=0, max_value=40))
    def test_the_eve_is_the_day_before_the_gathering_for_any_day(self, day: dt.date, lag: int) -> None:
        """For any day of the gathering and any publication date on or after it: the eve is the day before."""
        text = f"Synthetic: the two mayors met in Lyon on {_written(day)}. On the eve of the talks, one phoned Rome."
        eve = [(t, v) for t, v in _pairs(text, day + dt.timedelta(days=lag)) if t == "the eve"]
        assert eve == [("the eve", (day - dt.timedelta(days=1)).isoformat())]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the eve in the same sentence as the gathering's day, after it
            (
                "Synthetic: the envoys met in Oslo on Friday, and on the eve of the meeting a paper leaked it.",
                [("Friday", "2024-09-13"), ("the eve", "2024-09-12")],
            ),
            # "a summit": no article that refers back
            (
                "Synthetic: the envoys met in Oslo on Friday. On the eve of a summit, a paper leaked it.",
                [("Friday", "2024-09-13")],
            ),
            # the day two sentences back: too far
            (
                "Synthetic: the envoys met in Oslo on Friday. The paper was silent. On the eve of the talks, it spoke.",
                [("Friday", "2024-09-13")],
            ),
            # a day right before the eve is the eve's own (rule eve-of-named-day)
            (
                "Synthetic: the mayor resigned on Tuesday, on the eve of the vote.",
                [("Tuesday", "2024-09-10"), ("the eve", "2024-09-10")],
            ),
        ],
    )
    def test_which_eves_are_dated(self, text: str, expected: list[tuple[str, str]]) -> None:
        assert _pairs(text, "2024-09-14") == expected

    def test_the_eve_dates_the_statement_told_on_it(self) -> None:
        """Synthetic: a report made on the eve of a dated meeting takes the eve's day (the statement-date rules
        read the eve as any other day of the sentence)."""
        text = (
            "The two mayors met in Lyon on Friday. On the eve of the talks, Reuters reported that the deal was close."
        )
        mentions = {m.text: m.timex for m in find_dates(text, published=dt.date(2024, 9, 14))}
        assert mentions["the eve"] == "2024-09-12"
        dated = [s.when.timex if s.when else None for s in parse(text, published=dt.date(2024, 9, 14)).statements]
        assert dated == ["2024-09-12"]


class TestAnniversaryOnWrittenDay:
    @settings(max_examples=60, deadline=None)
    @given(day=_DAYS, lead=st.integers(min_value=0, max_value=20))
    def test_the_anniversary_is_the_day_its_clause_writes_for_any_day(self, day: dt.date, lead: int) -> None:
        """For any day written after it in its clause: the anniversary is that day."""
        text = f"Synthetic: as the fifth anniversary of the flood approaches on {_written(day)}, the town rebuilds."
        got = [(t, v) for t, v in _pairs(text, day - dt.timedelta(days=lead)) if "anniversary" in t]
        assert got == [("the fifth anniversary", day.isoformat())]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Synthetic: On May 12, the club will hold a fair, coinciding with the anniversary of its charter.",
                [("May 12", "2025-05-12"), ("the anniversary", "2025-05-12")],
            ),
            # the day in another clause, before it: the saying's day, not the anniversary's
            (
                "Synthetic: the mayor said on Tuesday that repairs go on as the anniversary of the flood nears.",
                [("Tuesday", "2025-05-06")],
            ),
            # no day in the sentence
            ("Synthetic: the town marked the anniversary of the flood.", []),
            # "before the anniversary" is a span of its own kind: left
            ("Synthetic: repairs ended before the anniversary of the flood on May 12.", [("May 12", "2025-05-12")]),
        ],
    )
    def test_which_anniversaries_are_dated(self, text: str, expected: list[tuple[str, str]]) -> None:
        assert _pairs(text, "2025-05-08") == expected


_UNITS = (("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y"))


class TestSuspendedHyphenCount:
    @settings(max_examples=60, deadline=None)
    @given(a=st.integers(min_value=2, max_value=90), extra=st.integers(1, 90), unit=st.sampled_from(_UNITS))
    def test_two_counts_share_the_unit_for_any_counts(self, a: int, extra: int, unit: tuple[str, str]) -> None:
        """For any two counts and unit: "a A- or B-unit pause" is "A-" and "B-unit", each with the unit."""
        b = a + extra
        text = f"Synthetic: the envoys floated a {a}- or {b}-{unit[0]} pause."
        assert _pairs(text, "2025-06-04") == [(f"{a}-", f"P{a}{unit[1]}"), (f"{b}-{unit[0]}", f"P{b}{unit[1]}")]

    def test_a_count_alone_is_one_expression(self) -> None:
        """Synthetic: no suspended count: one expression, as before."""
        assert _pairs("Synthetic: the envoys floated a 60-day pause.", "2025-06-04") == [("60-day", "P60D")]


class TestMeasuredLengths:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Synthetic: repairs will take weeks.", [("weeks", "PXW")]),
            ("Synthetic: a deal will take weeks and months.", [("weeks", "PXW"), ("months", "PXM")]),
            ("Synthetic: the audit could last months.", [("months", "PXM")]),
            ("Synthetic: the town spent years on the bridge.", [("years", "PXY")]),
            ("Synthetic: shelling resumed just hours into the truce.", [("hours", "PTXH")]),
            # an adjective, not the verb: no length
            ("Synthetic: in the last weeks of the campaign, prices rose.", []),
            # "and" after no verb of measuring: left
            ("Synthetic: the first days and weeks were hard.", []),
            # a count keeps its own rule
            ("Synthetic: repairs will take three weeks.", [("three weeks", "P3W")]),
        ],
    )
    def test_lengths_of_unknown_count(self, text: str, expected: list[tuple[str, str]]) -> None:
        assert _pairs(text, "2025-05-08") == expected

    def test_a_time_set_for_a_clock(self) -> None:
        """Synthetic: a 24-hour time after "for" is a time, on the day written after it."""
        text = "Synthetic: the club's vote is set for 14:30 on June 26."
        assert _pairs(text, "2025-06-24") == [("14:30", "2025-06-26T14:30"), ("June 26", "2025-06-26")]
