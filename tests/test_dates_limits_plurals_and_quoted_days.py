"""Date rules of the twenty-eighth session (dates28). All sentences here are synthetic (written for the tests),
none copied from news text.

- limit-ahead (a tense rule of _dates/_resolve.py): "through" is a preposition of limit as "until" is (cue
  limit_preposition of data/tense_cues.tsv): "a truce, set to last through Sunday" lies ahead.
- bare_plural (a scanner rule): "the years of war" after its article names a period by what filled it, no
  stretch of unstated length; "years of war" without it stays PXY.
- a quote opening its own sentence after "X told <addressee> on <day>." counts its day words from that day (the
  finder of rule date-of-the-saying, reused by the quote's day of saying).
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates

SATURDAY = dt.date(2025, 4, 19)


def _pairs(text: str, published: dt.date | None = SATURDAY) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


LIMITS = [
    # a limit set in a participle after a comma: ahead
    ("Moscow declared a pause in the shelling, set to last through Sunday.", [("Sunday", "2025-04-20")]),
    # a limit set by a past act: still ahead
    ("The governor extended the curfew through Tuesday.", [("Tuesday", "2025-04-22")]),
    # a past verb of lasting: the limit already reached
    ("The shelling went on through Thursday.", [("Thursday", "2025-04-17")]),
    # a range from one day through another told in the past stays in the past
    ("The delegations met from Monday through Wednesday.", [("Monday", "2025-04-14"), ("Wednesday", "2025-04-16")]),
]


@pytest.mark.parametrize(("text", "expected"), LIMITS)
def test_through_is_a_limit(text: str, expected: list[tuple[str, str]]) -> None:
    """Synthetic: "through DAY" reads as "until DAY" does."""
    assert _pairs(text) == expected


PLURALS = [
    ("The veterans keep the memory of the years of war alive.", []),
    ("Over the years of shelling, the village emptied.", []),
    ("After years of war, the town was rebuilt.", [("years", "PXY")]),
    ("The region endured months of shelling.", [("months", "PXM")]),
]


@pytest.mark.parametrize(("text", "expected"), PLURALS)
def test_definite_years_of(text: str, expected: list[tuple[str, str]]) -> None:
    """Synthetic: a plural unit before "of" is a stretch only without an article before it."""
    assert _pairs(text) == expected


def test_quote_after_telling_its_addressee_on_a_day() -> None:
    """Synthetic: the quote's "tomorrow" counts from the day the sentence before it says it was told."""
    text = (
        '"Agreement will take a long time," an envoy told the news agency on Friday. '
        '"Nobody expects it tomorrow, I would be astonished."'
    )
    assert _pairs(text) == [("Friday", "2025-04-18"), ("tomorrow", "2025-04-19")]


@pytest.mark.parametrize("text", ["through", "through through Sunday", "the years of", 'told them on Friday. "'])
def test_fragments_do_not_crash(text: str) -> None:
    """Synthetic fragments of the forms read here parse without error."""
    find_dates(text, published=SATURDAY)
