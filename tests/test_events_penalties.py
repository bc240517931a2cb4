"""Events, thirtieth session (events30): a penalty one government lays on another, on a firm or on a person
(sanctions, tariffs, a ban) is that government's announcement: "imposed" and "slapped" before or after a measure,
and "tightened" and "toughened" sanctions (form measure of data/event_triggers.tsv). On the day of another
announcement it stays an act of its own (cue penalty_verb of data/event_cues.tsv, rule same-day-one-event).

Every sentence here is synthetic, written for this project in the forms of wire copy and ministry releases;
none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from found import kinds_triggers_dates as _events

TUESDAY = dt.date(2025, 3, 18)


class TestPenaltyIsAnAnnouncement:
    """Form measure: a penalty laid on others names an announcement of the day its clause gives."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: the verb before the measure, the measure before the verb, the new verbs of tightening
            ("Canada on Monday imposed sanctions on six shipping firms.", "imposed", "2025-03-17"),
            ("On Monday, London slapped sanctions on forty tankers.", "slapped", "2025-03-17"),
            ("The new tariffs imposed on steel on 3 March hit exporters.", "imposed", "2025-03-03"),
            ("On 3 March the bloc again tightened its sanctions on the bank.", "tightened", "2025-03-03"),
            ("Tokyo toughened the ban on chip exports on Friday.", "toughened", "2025-03-14"),
        ],
    )
    def test_penalty_is_announced(self, text: str, trigger: str, timex: str) -> None:
        assert _events(text, TUESDAY) == [("announcement", trigger, timex)]

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: a grip tightened, a rule toughened with no measure of the cue list after it
            "The army tightened its grip on the town on Friday.",
            "The coach toughened the training routine on Monday.",
        ],
    )
    def test_no_measure_no_event(self, text: str) -> None:
        assert _events(text, TUESDAY) == []


class TestPenaltyBesideAnotherAnnouncement:
    """Rule same-day-one-event: a penalty and the decree that publishes it are two acts of one day."""

    def test_penalty_and_decree(self) -> None:
        text = "On Monday, Oslo imposed sanctions on two bankers. A decree published the same day froze their assets."
        assert [(kind, date) for kind, _trig, date in _events(text, TUESDAY)] == [
            ("announcement", "2025-03-17"),
            ("announcement", "2025-03-17"),
        ]

    def test_announcement_told_twice_is_one(self) -> None:
        text = "The premier unveiled a new aid package on Monday. She announced it in Kyiv on Monday."
        assert [(kind, date) for kind, _trig, date in _events(text, TUESDAY)] == [("announcement", "2025-03-17")]
