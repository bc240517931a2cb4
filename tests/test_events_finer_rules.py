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


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # synthetic: put off to a new day: no postponing dated by the new day
        ("Talks between the two delegations in Baku have been postponed to May 20.", {"postponed": None}),
        # synthetic: put off on a day of its own, no new time: the postponing keeps its day
        ("The summit was postponed on Monday because of the storm.", {"postponed": "2025-03-10"}),
    ],
)
def test_a_date_after_put_off_to_is_the_new_time(text: str, dates: dict[str, str | None]) -> None:
    """Synthetic (twenty-sixth session, events26): rule rescheduled-to-a-date of EXCLUSIONS."""
    for trigger, timex in dates.items():
        events = with_trigger(text, trigger)
        assert [e.when.timex if e.when else None for e in events] == ([] if timex is None else [timex])
