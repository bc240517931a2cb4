"""Date value rules of the seventeenth session (dates17). All sentences here are synthetic (written for the
tests), none copied from news text.

- compound-duration (_dates/_compound.py): one length told in two units ("three hours and 20 minutes") is one
  DURATION whose value carries both units (PT3H20M), as TimeML and both golds annotate it.
- night-just-gone (_dates/_gone.py): "tonight" in a past clause is the night before the reference day (TNI on its
  first day), as "last night" is; "this past night" and "the past night" are that night in so many words.
- running_day (scanner rule, _dates/_patterns.py; rule running-day-count): a running count of days from the second
  to the 31st ("for a third day", "the second day of the forum") is the day named last, else the reference day.
"""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._compound import COMPOUND_DURATION
from nato_ukraine_timeline._dates._gone import NIGHT_JUST_GONE
from nato_ukraine_timeline._dates._resolve import ResolveRule
from nato_ukraine_timeline.model import TimexType


def _pairs(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


# rule compound-duration (_dates/_compound.py, COMPOUND_DURATION; synthetic)
@pytest.mark.parametrize(("text", "published", "expected"), COMPOUND_DURATION.examples)
def test_compound_duration_examples(text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert _pairs(text, published) == list(expected)


def test_compound_duration_rule_object() -> None:
    assert isinstance(COMPOUND_DURATION, ResolveRule)
    assert COMPOUND_DURATION.name == "compound-duration"
    assert COMPOUND_DURATION.form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: the joined span is a duration with an explicit basis, also without a publication date
        ("The synthetic hearing ran for two hours and 56 minutes.", [("two hours and 56 minutes", "PT2H56M")]),
        ("A synthetic sentence of 2 years and 6 months was handed down.", [("2 years and 6 months", "P2Y6M")]),
        # weeks are not joined (no ISO 8601 form mixes weeks and days)
        ("The synthetic tour lasted two weeks and three days.", [("two weeks", "P2W"), ("three days", "P3D")]),
        # a vague part is not a count: left as it is
        ("The synthetic shelling lasted hours and minutes.", None),
    ],
)
def test_compound_duration_cases(text: str, expected: list[tuple[str, str]] | None) -> None:
    found = find_dates(text)
    if expected is None:
        assert all(m.value.timex.count("T") <= 1 and "and" not in m.text for m in found)
        return
    assert [(m.text, m.timex) for m in found] == expected
    assert all(m.type is TimexType.DURATION for m in found)


# rule night-just-gone (_dates/_gone.py, NIGHT_JUST_GONE; synthetic)
@pytest.mark.parametrize(("text", "published", "expected"), NIGHT_JUST_GONE.examples)
def test_night_just_gone_examples(text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert _pairs(text, published) == list(expected)


def test_night_just_gone_rule_object() -> None:
    assert isinstance(NIGHT_JUST_GONE, ResolveRule)
    assert NIGHT_JUST_GONE.name == "night-just-gone"
    assert NIGHT_JUST_GONE.form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: a future clause keeps the reference day's night
        ("The synthetic convoy will arrive tonight.", [("tonight", "2025-03-07TNI")]),
        # synthetic: a past verb of telling right before it dates the telling, the same evening
        ("The mayor told reporters tonight that the synthetic roads were open.", [("tonight", "2025-03-07TNI")]),
        # synthetic: a present perfect of what happened
        ("Synthetic air defences have shot down nine drones tonight.", [("tonight", "2025-03-06TNI")]),
    ],
)
def test_night_just_gone_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2025-03-07") == expected


def test_tonight_without_publication_date_is_unchanged() -> None:
    """Synthetic: with no reference day there is no night before it to choose."""
    assert [m.timex for m in find_dates("Tonight, a synthetic depot came under attack.")] == ["XXXX-XX-XXTNI"]


# rule running_day (running-day-count; _dates/_patterns.py, examples run with the scanner's rules; synthetic)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Synthetic shelling went on for a third day, officials said.", [("a third day", "2025-03-07")]),
        (
            "The ministry said on Monday that a second day of synthetic fighting was under way.",
            [("Monday", "2025-03-03"), ("a second day", "2025-03-03")],
        ),
        ("It was the 12th day of the synthetic siege.", [("the 12th day", "2025-03-07")]),
        ("Synthetic protests continued for a fourth day after the vote.", [("a fourth day", "2025-03-07")]),
        # not a running count: the start, a count past the 31st, a day of a month, a day after an event
        ("The first day of the synthetic war was chaotic.", []),
        ("It was the 1,000th day of the synthetic war.", []),
        ("The synthetic vote falls on the second day of May.", [("May", "2025-05")]),
        ("On the third day after the synthetic strike, rescuers left.", []),
        ("The synthetic envoys met for a second consecutive day.", []),
    ],
)
def test_running_day_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2025-03-07") == expected
