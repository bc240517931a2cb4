"""Events, twenty-seventh session (eventsb27): trigger words the library did not know, in classes the gold of the
read pools annotates: damage to a piece of infrastructure as an attack, a flow of gas stopped or ceased, a place
reached as a visit; and one event named twice by the same word, first at a time of its day.

Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import pytest

from found import kinds_triggers_dates, with_trigger
from nato_ukraine_timeline._event_rules import EXCLUSIONS, TRIGGER_RULES


def test_the_new_rules_are_in_their_tables() -> None:
    """The trigger form and the exclusion are named rules of the tables."""
    assert "damage" in [r.name for r in TRIGGER_RULES]
    assert "reached-no-arrival" in [r.name for r in EXCLUSIONS]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "timex"),
    [
        # synthetic: damage to infrastructure as the object, after the noun, or as the subject of a passive
        ("Police examined damage to two power cables on 26 December.", "damage", "attack", "2024-12-26"),
        ("The data cables were damaged by a dragged anchor on 3 March.", "damaged", "attack", "2025-03-03"),
        ("On Saturday, a device destroyed a rail line near the border.", "destroyed", "attack", "2025-03-08"),
        # synthetic: a flow of gas stopped or ceased
        ("Kyiv will stop gas transit to Europe on March 20.", "stop", "other", "2025-03-20"),
        ("On 1 March, the state ceased the transportation of gas to the west.", "ceased", "other", "2025-03-01"),
        # synthetic: a place reached, as arrived in
        ("The two envoys reached the Ukrainian capital by train on Wednesday.", "reached", "visit", "2025-03-12"),
    ],
)
def test_new_trigger_words(text: str, trigger: str, kind: str, timex: str) -> None:
    """Synthetic: the trigger names an event of its kind, dated by its own clause."""
    assert (kind, trigger, timex) in kinds_triggers_dates(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # synthetic: damage to no infrastructure; a damage cited as the background of a dated response
        ("The scandal damaged relations between the two capitals on Monday.", "damaged"),
        ("On Tuesday, the alliance began a patrol in response to recent damage to two cables.", "damage"),
        # synthetic: stopping no flow
        ("The minister urged Moscow on Friday to stop the war.", "stop"),
        # synthetic: a passive outcome reached somewhere; forces reaching a town
        ("No agreement was reached in Riyadh on Monday.", "reached"),
        ("On Friday, Russian troops reached Kupiansk, the governor said.", "reached"),
    ],
)
def test_no_event(text: str, trigger: str) -> None:
    """Synthetic: the word names no dated event here."""
    assert all(e.when is None for e in with_trigger(text, trigger))


def test_same_word_on_the_day_of_its_time_is_one_event() -> None:
    """Synthetic: the same word on the whole day of an earlier event's time of that day is that event again."""
    text = (
        "Kyiv will stop gas transit at 8 a.m. on March 20, the premier said on Friday. "
        "On Monday, the minister said Kyiv was preparing to stop gas transit from March 20."
    )
    assert len([e for e in with_trigger(text, "stop") if e.when is not None]) == 1
