"""A finer date of the event's own day beside the day its date rules found (twenty-sixth session, events26).

Every sentence here is synthetic (names, places, times and numbers made up for the test).
"""

from __future__ import annotations

import pytest

from found import with_trigger
from nato_ukraine_timeline._event_rules import FINER_RULES


def test_every_finer_rule_has_examples() -> None:
    assert [r.name for r in FINER_RULES if not r.examples] == []
    assert len({r.name for r in FINER_RULES}) == len(FINER_RULES)


@pytest.mark.parametrize(
    ("rule", "text", "trigger", "timex"),
    [(r.name, text, trigger, timex) for r in FINER_RULES for text, trigger, timex in r.examples],
)
def test_finer_rule_examples(rule: str, text: str, trigger: str, timex: str) -> None:
    """The event takes the time or part of the day of the day its rules found."""
    (event,) = with_trigger(text, trigger)
    assert event.when is not None, rule
    assert event.when.timex == timex
    assert event.date_reason.endswith(f"; {rule}")


@pytest.mark.parametrize(
    ("text", "trigger", "timex"),
    [
        # synthetic: midnight "on Sunday" is the end of Sunday, another day's value: the day stays
        ("The truce will hold until midnight on Sunday, the ministry in Arvika said.", "truce", None),
        # synthetic: a time of the day before a named day not joined to it
        ("At 5 a.m. the sirens sounded; the strike on Tula came on Wednesday.", "strike", "2025-03-12"),
        # synthetic: a date alone keeps its value
        ("The envoys met in Bergen on Tuesday.", "met", "2025-03-11"),
    ],
)
def test_no_finer_date_of_another_day(text: str, trigger: str, timex: str | None) -> None:
    """Synthetic: a time not joined to the day, or one of another day, leaves the found day as it was."""
    events = with_trigger(text, trigger)
    if timex is None:
        assert all(e.when is None or "T" not in e.when.timex for e in events)
        return
    (event,) = events
    assert event.when is not None
    assert event.when.timex == timex
    assert "; " not in event.date_reason
