"""Rule weekday-just-gone (twenty-sixth session, dates26): examples and resolver properties.

All sentences are synthetic, written for these tests (names, places and events invented).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._resolve import (
    TENSE_EXAMPLE_PUBLISHED,
    WEEKDAY_JUST_GONE,
    WEEKDAY_JUST_GONE_GUARDS,
    TenseGuard,
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
_WEDNESDAY = dt.date(2025, 9, 3)

UNGOVERNED = (
    "The two envoys are expected to hold talks in Lisbon on {day}.",
    "The premier canceled plans to attend the forum in Oslo on {day}.",
    "The refinery will keep pumping fuel despite a drone strike on {day}.",
    "The bombers made a scheduled flight over the gulf on {day}.",
)
GOVERNED = (
    "The envoys will hold talks in Lisbon on {day}.",
    "The ministers are due to meet in Oslo on {day}.",
    # a fronted date: its verb stands after the comma
    "On {day}, the ministers will meet in Oslo.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on a Wednesday: Tuesday is the day just gone
        ("The two envoys are expected to hold talks in Lisbon on Tuesday.", "2025-09-02"),  # synthetic
        ("The premier canceled plans to attend the forum in Oslo on Tuesday.", "2025-09-02"),  # synthetic
        ("The refinery will keep pumping fuel despite a drone strike on Tuesday.", "2025-09-02"),  # synthetic
        # a firm future governing the weekday: the one six days ahead stands
        ("The envoys will hold talks in Lisbon on Tuesday.", "2025-09-09"),  # synthetic
        ("The envoys will hold talks in Lisbon next Tuesday.", "2025-09-09"),  # synthetic
        # two days back is not the day just gone: the clause's future stands
        ("The two envoys are expected to hold talks in Lisbon on Monday.", "2025-09-08"),  # synthetic
    ],
)
def test_weekday_just_gone(text: str, expected: str) -> None:
    (m,) = find_dates(text, published=_WEDNESDAY)
    assert m.timex == expected


@given(DAYS, st.sampled_from(UNGOVERNED))
def test_ungoverned_future_names_the_day_just_gone(published: dt.date, sentence: str) -> None:
    """Yesterday's weekday in a clause read ahead by no firm future is the day before publication."""
    day = WEEKDAYS[(published - dt.timedelta(days=1)).weekday()]
    (m,) = find_dates(sentence.format(day=day), published=published)
    assert m.value.earliest == published - dt.timedelta(days=1)


@given(DAYS, st.sampled_from(GOVERNED))
def test_firm_future_keeps_the_week_ahead(published: dt.date, sentence: str) -> None:
    """A firm future governing yesterday's weekday still names the one six days ahead."""
    day = WEEKDAYS[(published - dt.timedelta(days=1)).weekday()]
    (m,) = find_dates(sentence.format(day=day), published=published)
    assert m.value.earliest == published + dt.timedelta(days=6)


@given(DAYS, st.integers(2, 6), st.sampled_from(UNGOVERNED[:2]))
def test_other_weekdays_keep_the_clause_future(published: dt.date, back: int, sentence: str) -> None:
    """The rule reads the day just gone only: any other weekday of an ahead-reading clause lies ahead (1-5 days)."""
    day = WEEKDAYS[(published - dt.timedelta(days=back)).weekday()]
    (m,) = find_dates(sentence.format(day=day), published=published)
    assert m.value.earliest is not None
    assert 1 <= (m.value.earliest - published).days <= 5


# the guards of the rule: forms that keep a weekday ahead though no firm future governs it (synthetic)
@pytest.mark.parametrize("guard", WEEKDAY_JUST_GONE_GUARDS, ids=[g.name for g in WEEKDAY_JUST_GONE_GUARDS])
def test_guard_example_holds_and_keeps_the_week_ahead(guard: TenseGuard) -> None:
    """Each guard holds at its example's date, and the rule yields there: published on a Friday, its Thursday
    is the one six days ahead, not the day just gone."""
    sentence, expression = guard.example
    start = sentence.index(expression)
    assert guard.holds(sentence, start, start + len(expression))
    assert WEEKDAY_JUST_GONE.decide(sentence, start, start + len(expression), lambda _: (0, len(sentence))) is None
    (m,) = [d for d in find_dates(sentence, published=TENSE_EXAMPLE_PUBLISHED) if d.text == expression]
    assert m.timex == "2025-03-13"


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        # an ungoverned hedge with no guard's form: the guards stay off
        ("The two envoys are expected to hold talks in Lisbon on Thursday.", None),
        ("The premier canceled plans to attend the forum in Oslo on Thursday.", None),
        ('"We plan to hold talks in Oslo on Thursday," the envoy said.', None),  # a future of its own in the quote
        ("The two envoys are expected to hold talks from Thursday.", None),  # no range: no joined day
        ("The summit is due to be held in Bergen on Thursday.", "scheduled-occurrence"),
        ("Talks were planned ahead of Thursday's vote.", "ahead-of-occasion"),
        ("She is expected to speak before the summit on Thursday.", "ahead-of-occasion"),
        ('"The fleet is in port on Thursday," the admiral said.', "quoted-without-tense"),
        ("A ceasefire is expected between Thursday and Sunday.", "range-of-days"),
        ("A ceasefire is expected between Tuesday and Thursday.", "range-of-days"),
    ],
)
def test_which_guard_holds(text: str, guard: str | None) -> None:
    """Synthetic: the guard that holds at the sentence's Thursday (the first one that does), or none."""
    start = text.index("Thursday")
    held = [g.name for g in WEEKDAY_JUST_GONE_GUARDS if g.holds(text, start, start + len("Thursday"))]
    assert (held[0] if held else None) == guard
