"""Events, thirteenth session (events13): the words of dated incidents news reports from general knowledge
(a seizure, clashes, a cut to infrastructure); one event named twice on one day (rule same-day-one-event).

Every sentence here is synthetic, written for this project in the forms of wire copy and ministry releases;
none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from found import kinds_triggers_dates as _events
from nato_ukraine_timeline import parse
from nato_ukraine_timeline._event_rules import EXAMPLE_PUBLISHED, SAME_DAY, plural_of_a_row

PUBLISHED = dt.date(2025, 3, 14)  # a Friday
EXAMPLE = dt.date.fromisoformat(EXAMPLE_PUBLISHED)


class TestIncidentWords:
    """Rows from "seized" on in data/event_triggers.tsv: a seizure, clashes, a cable or a grid cut."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: a coast guard seizing a ship
            ("The coast guard seized a tanker off the coast on Wednesday, officials said.", "seized", "2025-03-12"),
            # synthetic: a cable cut to the grid
            ("The power cable was disconnected from the grid on March 2.", "disconnected", "2025-03-02"),
            ("Two data cables were severed on Sunday in the strait.", "severed", "2025-03-09"),
            # synthetic: a power outage with its day
            ("A power outage hit the eastern districts on Monday.", "outage", "2025-03-10"),
        ],
    )
    def test_the_incident_is_a_dated_event(self, text: str, trigger: str, timex: str) -> None:
        assert ("other", trigger, timex) in _events(text)

    def test_clashes_are_fighting(self) -> None:
        """Clashes between forces, dated in their own clause, are an attack (kind other before session 20)."""
        # synthetic
        assert ("attack", "clashes", "2025-03-11") in _events("Heavy clashes broke out near the village on Tuesday.")

    def test_a_seizure_takes_only_its_own_clause_date(self) -> None:
        # synthetic: the report's day is not the day of the seizure (cue war_progress, as "captured")
        got = _events("The ministry said on Monday that its forces seized two villages in the east.")
        assert [e for e in got if e[1] == "seized"] == []

    def test_an_undated_incident_is_no_event(self) -> None:
        # synthetic: no date in the sentence: a topic, not an entry of a timeline
        assert _events("Clashes and power outages have become part of daily life in the region.") == []


class TestSameDayOneEvent:
    """Rule same-day-one-event (SAME_DAY): two events of one kind family dated to the same day, at no two
    different places, are one event the passage names twice."""

    @pytest.mark.parametrize(("text", "events"), list(SAME_DAY.examples))
    def test_rule_examples(self, text: str, events: tuple[tuple[str, str], ...]) -> None:
        got = [(str(e.kind), e.when.timex if e.when else "") for e in parse(text, published=EXAMPLE).events]
        assert got == list(events)

    def test_the_catch_all_kind_keeps_two_acts(self) -> None:
        # synthetic: an election and an appointment on one day are two acts (kind other)
        got = _events("The parliament elected a speaker on Tuesday. It appointed a new cabinet on Tuesday.")
        assert [e[0] for e in got] == ["other", "other"]

    def test_a_summit_and_a_meeting_at_two_places_stay_two(self) -> None:
        # synthetic: the same day, two places
        got = _events("Leaders met in Rome on Tuesday. The summit in Paris on Tuesday drew thirty leaders.")
        assert len(got) == 2

    @pytest.mark.parametrize(("word", "plural"), [("meetings", True), ("strikes", True), ("talks", False)])
    def test_plural_of_a_row(self, word: str, plural: bool) -> None:
        assert plural_of_a_row(word) is plural
