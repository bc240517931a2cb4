"""Date value rules of the thirtieth session (dates30). All sentences here are synthetic (written for the tests),
none copied from news text.

- midnight-ends-named-weekday (_dates/_find.py, _dates/_resolve.py): midnight named with a weekday is that
  weekday's T24:00; "WEEKDAY at midnight" is one expression; midnight on a calendar date stays its T00:00.
- holiday-observance-is-the-day (_dates/_find.py, cue holiday_observance): a holiday's name before a noun of its
  own observance ("celebrations", "festivities", "service") is the day.
- a sentence end with its space dropped ("Thursday.Kim said") ends a clause and may open an expression.
- "go to the polls" / "head to the polls" are verbs of schedule (rule scheduled-present).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates, parse
from nato_ukraine_timeline._dates._find import HOLIDAY_OBSERVANCE_IS_THE_DAY, MIDNIGHT_ENDS_NAMED_WEEKDAY
from nato_ukraine_timeline._dates._resolve import ResolveRule
from nato_ukraine_timeline.model import DateValue


def _pairs(text: str, published: str | dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


RULES = (MIDNIGHT_ENDS_NAMED_WEEKDAY, HOLIDAY_OBSERVANCE_IS_THE_DAY)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_objects(rule: ResolveRule) -> None:
    """Each rule is a named ResolveRule with a form and examples, and each example holds."""
    assert isinstance(rule, ResolveRule)
    assert rule.form
    assert rule.examples
    for text, published, expected in rule.examples:
        assert _pairs(text, published) == list(expected)


class TestMidnightEndsNamedWeekday:
    """Rule midnight-ends-named-weekday (synthetic)."""

    def test_weekday_at_midnight_is_one_expression(self) -> None:
        """'on Friday at midnight' is one mention, with offsets into the text, valued as Friday's T24:00."""
        text = "Synthetic: the border posts will close on Friday at midnight, the governor said."
        (m,) = find_dates(text, published=dt.date(2025, 3, 4))
        assert text[m.start : m.end] == "Friday at midnight"
        assert m.timex == "2025-03-07T24:00"
        assert str(m.type) == "TIME"

    def test_value_bounds_are_the_named_day(self) -> None:
        """The T24:00 value's day bounds are the weekday named, not the day after."""
        (m,) = find_dates("Synthetic: the truce will hold until midnight Sunday.", published=dt.date(2025, 3, 7))
        assert m.value.earliest == m.value.latest == dt.date(2025, 3, 9)

    def test_calendar_date_keeps_its_opening_midnight(self) -> None:
        """Midnight on a written date opens that date (T00:00), as before."""
        assert _pairs("Synthetic: the curfew starts at midnight on June 3.", dt.date(2025, 6, 1))[0] == (
            "midnight",
            "2025-06-03T00:00",
        )

    def test_bare_midnight_unchanged(self) -> None:
        """A bare midnight with no weekday is the coming one (T00:00 of the next day), as before."""
        assert _pairs("Synthetic: the truce will last until midnight.", dt.date(2025, 12, 3)) == [
            ("midnight", "2025-12-04T00:00")
        ]

    def test_t24_round_trips(self) -> None:
        """A T24:00 value is a valid TIMEX3 time for the model."""
        value = DateValue.from_timex("2025-04-20T24:00")
        assert value.timex == "2025-04-20T24:00"


class TestHolidayObservance:
    """Rule holiday-observance-is-the-day (synthetic)."""

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("Synthetic: the parish held an Easter service at dawn.", "2025-04-22", [("Easter", "2025-04-20")]),
            (
                "Synthetic: the minister joined the Independence Day celebrations in Lviv.",
                "2025-08-26",
                [("Independence Day", "2025-08-24")],
            ),
        ],
    )
    def test_observance_names_the_day(self, text: str, published: str, expected: list[tuple[str, str]]) -> None:
        """A holiday's name before a noun of its observance is a date."""
        assert _pairs(text, published) == expected

    def test_modifier_still_no_day(self) -> None:
        """A holiday's name before another noun still names no day (rule holiday-as-modifier)."""
        assert _pairs("Synthetic: the generals agreed to an Easter truce.", "2025-04-18") == []


class TestGluedSentenceEnd:
    """A sentence end whose space was dropped (synthetic)."""

    def test_clause_ends_at_glued_period(self) -> None:
        """The saying verb after a glued period does not set the tense of the date before it."""
        text = (
            "Synthetic: the aide said the couple are scheduled to attend the forum from Wednesday to "
            "Thursday.Ruiz said the forum would be long."
        )
        assert _pairs(text, dt.date(2024, 7, 5))[-2:] == [("Wednesday", "2024-07-10"), ("Thursday", "2024-07-11")]

    def test_expression_opens_after_glued_period(self) -> None:
        """An expression may open right after a glued sentence end."""
        text = "Synthetic: the mayor posted a video on Telegram.Earlier in the day, the bureau searched his office."
        assert _pairs(text, dt.date(2025, 11, 28)) == [("Earlier in the day", "2025-11-28")]

    @pytest.mark.parametrize("text", ["It rose 0.5 percent.", "Read it on News.Az today.", "The U.S.Army base."])
    def test_no_opening_inside_numbers_or_names(self, text: str) -> None:
        """A period inside a number, a domain or an abbreviation opens nothing."""
        assert all(m.text[0] != "." for m in find_dates(text, published=dt.date(2025, 1, 2)))


def test_go_to_the_polls_is_scheduled() -> None:
    """'go to the polls Sunday' (plain present) is the coming Sunday."""
    assert _pairs("Synthetic: voters in the region go to the polls Sunday.", dt.date(2025, 9, 27)) == [
        ("Sunday", "2025-09-28")
    ]


@given(st.text(alphabet="aT.Kim ydhursWnt0123456789:", max_size=60))
def test_glued_periods_never_crash(text: str) -> None:
    """find_dates and parse never raise on texts full of periods and capitals."""
    for m in find_dates(text, published=dt.date(2025, 3, 2)):
        assert text[m.start : m.end] == m.text
    parse(text, published=dt.date(2025, 3, 2))


def test_timed_to_day_does_not_date_the_act() -> None:
    """A holiday after 'to coincide with' (cue timed_to) is a date, but not the date of the act timed to it: the
    announcing stays undated here (rule own-clause-after), while the truce keeps its own day."""
    text = (
        "Synthetic: the leader has announced a short truce in the region to coincide with Easter celebrations. "
        "The truce will begin on April 19."
    )
    assert ("Easter", "2025-04-20") in _pairs(text, dt.date(2025, 4, 19))
    timeline = parse(text, published=dt.date(2025, 4, 19))
    assert [(str(e.kind), e.when.timex if e.when else None) for e in timeline.events] == [("other", "2025-04-19")]
