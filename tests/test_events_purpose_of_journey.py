"""Events, seventeenth session (events17): the event rules added then.

Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import pytest

from found import with_trigger
from nato_ukraine_timeline._event_rules import DATE_RULES


def test_purpose_infinitive_is_a_date_rule() -> None:
    assert "purpose-infinitive" in [r.name for r in DATE_RULES]


@pytest.mark.parametrize(
    ("text", "trigger", "timex"),
    [
        # synthetic: a purpose infinitive after a dated journey takes the journey's day
        ("The envoy travelled to Lima on Tuesday to meet the Peruvian president.", "meet", "2025-03-11"),
        # synthetic: a light verb of holding a gathering in the infinitive
        ("The chancellor flew to Ottawa on Monday to hold talks with the prime minister.", "talks", "2025-03-10"),
        # synthetic: a purpose infinitive after a dated gathering
        ("The Andean ministers gathered in Quito on Monday to sign a trade pact.", "sign", "2025-03-10"),
        # synthetic: the act's own date comes first
        ("The envoy will fly to Lima on Sunday to meet the president on Monday.", "meet", "2025-03-17"),
    ],
)
def test_the_purpose_of_a_dated_journey(text: str, trigger: str, timex: str) -> None:
    """Synthetic: the act a journey is made for is done on the journey's date, unless its own clause dates it."""
    (event,) = with_trigger(text, trigger)
    assert event.when is not None
    assert event.when.timex == timex


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # synthetic: a purpose infinitive after an undated journey stays undated
        ("The envoy travelled to Lima to meet the Peruvian president.", "meet"),
        # synthetic: an infinitive after a dated act that is no journey
        ("The minister said on Tuesday that she wants to meet the Peruvian president.", "meet"),
        # synthetic: the infinitive object of a verb of agreeing is a plan, not a purpose
        ("The two ministers agreed on Tuesday to meet again in Lima.", "meet"),
    ],
)
def test_no_dated_journey_no_purpose_date(text: str, trigger: str) -> None:
    """Synthetic: the rule reads only a dated journey's clause right before the infinitive."""
    assert [e.when for e in with_trigger(text, trigger) if e.date_reason.startswith("purpose-infinitive")] == []
