"""Events, twenty-second session (evdates22): an event noun a label or announcing verb takes as its object keeps the
date after its own participants and place (rule own-clause-after).

Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import pytest

from found import with_trigger

_PUBLISHED = "2025-03-14"


class TestObjectWithItsOwnPlace:
    """Rule own-clause-after: an event noun a label or announcing verb takes as its object keeps a date that comes
    after the noun's own participants and place; a date right after the noun is still the verb's."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: a label verb, the meeting's participant and place, then the date
            (
                "The envoy described his meeting with Lennart Meri in Tallinn on Thursday as useful.",
                "meeting",
                "2025-03-13",
            ),
            # synthetic: an announcing verb, the meetings' parties and place, then a range of days
            (
                "The ministry announced the results of the talks between the two delegations in Riyadh on March 3-5.",
                "talks",
                "2025-03-03",
            ),
        ],
    )
    def test_dated(self, text: str, trigger: str, timex: str) -> None:
        """The event noun takes the date after its own place."""
        (event,) = with_trigger(text, trigger, _PUBLISHED)
        assert event.when is not None
        assert event.when.timex == timex

    @pytest.mark.parametrize(
        ("text", "trigger"),
        [
            # synthetic: the date right after the noun is the describing's
            ("The minister described the proposal on Sunday as a trap.", "proposal"),
            # synthetic: a destination is no place the event is held at
            ("The alliance confirmed the trip to Tallinn late Tuesday.", "trip"),
        ],
    )
    def test_not_dated(self, text: str, trigger: str) -> None:
        """The event noun takes no date: the verb's date is not the event's."""
        for event in with_trigger(text, trigger, _PUBLISHED):
            assert event.when is None or not event.date_reason.startswith("own-clause-after")
