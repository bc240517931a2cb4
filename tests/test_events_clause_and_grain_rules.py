"""Events, sixteenth session (events16): clause rules (``CLAUSE_RULES``) and the event rules added then.

Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import pytest

from found import with_trigger
from nato_ukraine_timeline import EventKind
from nato_ukraine_timeline._event_rules import CLAUSE_RULES, GRAIN_RULES


def test_every_clause_rule_has_examples() -> None:
    assert [r.name for r in CLAUSE_RULES if not r.examples] == []
    assert len({r.name for r in CLAUSE_RULES}) == len(CLAUSE_RULES)


@pytest.mark.parametrize(
    ("rule", "text", "trigger", "timex"),
    [(r.name, text, trigger, timex) for r in CLAUSE_RULES for text, trigger, timex in r.examples],
)
def test_clause_rule_examples(rule: str, text: str, trigger: str, timex: str) -> None:
    """The trigger's clause runs through the stretch the rule reads, to the date beyond it."""
    (event,) = with_trigger(text, trigger)
    assert event.when is not None, rule
    assert event.when.timex == timex


@pytest.mark.parametrize(
    "text",
    [
        # synthetic: a relative clause after the appositive tells another act, with its own date
        "Sandu held talks with Petr Pavel, the Czech president, who arrived in Prague on Monday.",
        # synthetic: a coordinated clause with a pronoun subject after the appositive
        "The minister met Jane Doe, the bank's chief, and she flew to Oslo on Monday.",
        # synthetic: a date inside the commas is the appositive's, not a stretch the rule reads
        "The minister met Jane Doe, the envoy appointed on Monday, in Oslo.",
    ],
)
def test_an_appositive_before_another_clause_still_ends_the_clause(text: str) -> None:
    """Synthetic: the appositive rule does not carry a trigger into a clause of another act."""
    assert [e.when for e in with_trigger(text, "talks") + with_trigger(text, "met")] in ([], [None])


def test_every_grain_rule_has_examples() -> None:
    assert [r.name for r in GRAIN_RULES if not r.examples] == []
    assert len({r.name for r in GRAIN_RULES}) == len(GRAIN_RULES)


@pytest.mark.parametrize(
    ("rule", "text", "trigger", "timex"),
    [(r.name, text, trigger, timex) for r in GRAIN_RULES for text, trigger, timex in r.examples],
)
def test_grain_rule_examples(rule: str, text: str, trigger: str, timex: str) -> None:
    """Synthetic: an event dated too coarsely for its kind stays undated (no event); others keep their date."""
    events = with_trigger(text, trigger)
    if not timex:
        assert events == [], rule
        return
    (event,) = events
    assert event.when is not None
    assert event.when.timex == timex


def test_a_meeting_dated_by_a_day_or_a_month_keeps_its_date() -> None:
    """Synthetic: only a value coarser than a month is too coarse for a meeting."""
    (event,) = with_trigger("The two envoys held talks in Geneva in May 2024.", "talks")
    assert event.when is not None
    assert event.when.timex == "2024-05"
    assert GRAIN_RULES[0].rejects(EventKind.MEETING, "2022")
    assert GRAIN_RULES[0].rejects(EventKind.MEETING, "2025-H1")
    assert not GRAIN_RULES[0].rejects(EventKind.MEETING, "2025-W12")
    assert not GRAIN_RULES[0].rejects(EventKind.SUMMIT, "2022")
