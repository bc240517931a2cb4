"""Dates: a part of the day read with the day after it ("early in the morning of Nov. 6" is one expression, not
also "the morning"), and rule month-word-as-name ("the May clashes" is the month unless the text names a person
May). All texts are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

_DAY = dt.date(2025, 3, 14)


class TestPartOfDayBeforeItsDay:
    """'(early|late) in the morning of <day>': one expression, never also 'the morning' alone."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "She addressed the rally early in the morning of Nov. 7, aides said.",
                [("the morning of Nov. 7", "2024-11-07TMO")],
            ),
            ("The envoys met late in the evening of March 3.", [("the evening of March 3", "2025-03-03TEV")]),
            ("We met in the afternoon of Tuesday, May 6.", [("the afternoon of Tuesday, May 6", "2025-05-06TAF")]),
        ],
    )
    def test_one_expression(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The scanner keeps the longer expression and drops the part of the day it starts with."""
        got = [(m.text, m.timex) for m in ntl.find_dates(text, published=_DAY)]
        assert got == expected

    def test_a_part_of_the_day_alone_stays(self) -> None:
        """'in the evening' with no day after it is still read (the part of the day last named)."""
        text = "The envoys met in the evening, and on the morning of March 3 they flew home."
        got = [m.text for m in ntl.find_dates(text, published=_DAY)]
        assert got == ["the evening", "the morning of March 3"]


class TestMonthAsModifier:
    """Rule month-word-as-name: 'the May conflict' is the month unless the text names a person 'May'."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Talks stalled after the May clashes on the border.", [("May", "2025-05")]),
            ("Kyiv missed a May deadline to sign the minerals deal.", [("May", "2025-05")]),
            ("Theresa May spoke in London. Officials said the May government backed Kyiv.", []),
            ("Mrs May spoke in London. Officials said the May government backed Kyiv.", []),
            ("Russia may strike again, and it may do so in May.", [("May", "2025-05")]),
        ],
    )
    def test_month(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The month is read as a modifier after an article, not where a given name or a title made it a name."""
        assert [(m.text, m.timex) for m in ntl.find_dates(text, published=_DAY)] == expected
