"""Events, sixteenth session (events16): clause rules (``CLAUSE_RULES``) and the event rules added then.

Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import Event, parse
from nato_ukraine_timeline._event_rules import CLAUSE_RULES, EXAMPLE_PUBLISHED

PUBLISHED = dt.date.fromisoformat(EXAMPLE_PUBLISHED)


def _with_trigger(text: str, trigger: str) -> list[Event]:
    return [
        e
        for e in parse(text, published=PUBLISHED).events
        if e.trigger_span and text[e.trigger_span.start : e.trigger_span.end] == trigger
    ]


def test_every_clause_rule_has_examples() -> None:
    assert [r.name for r in CLAUSE_RULES if not r.examples] == []
    assert len({r.name for r in CLAUSE_RULES}) == len(CLAUSE_RULES)


@pytest.mark.parametrize(
    ("rule", "text", "trigger", "timex"),
    [(r.name, text, trigger, timex) for r in CLAUSE_RULES for text, trigger, timex in r.examples],
)
def test_clause_rule_examples(rule: str, text: str, trigger: str, timex: str) -> None:
    """The trigger's clause runs through the stretch the rule reads, to the date beyond it."""
    (event,) = _with_trigger(text, trigger)
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
    assert [e.when for e in _with_trigger(text, "talks") + _with_trigger(text, "met")] in ([], [None])
