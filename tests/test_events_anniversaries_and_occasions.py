"""Events, twelfth session (events12): an event noun an anniversary remembers, a dated occasion opening the
sentence, the plural of a table noun.

Every sentence here is synthetic, written for this project in the forms of wire copy and ministry releases;
none is copied from a real article.
"""

from __future__ import annotations

import pytest

from found import kinds_triggers_dates as _events


class TestAnniversaryOf:
    """Rule anniversary-of: the event an anniversary remembers is not dated by the anniversary's date."""

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic
            "On the second anniversary of the offensive on Monday, crowds marched in Tallinn.",
            "The third anniversary of the full-scale invasion falls on February 24, the governor said.",
        ],
    )
    def test_the_remembered_event_takes_no_date(self, text: str) -> None:
        assert [e for e in _events(text) if e[0] == "attack"] == []

    def test_an_event_outside_the_phrase_keeps_its_date(self) -> None:
        # synthetic: the invasion is not the object of "anniversary of"
        got = _events("The invasion began on February 24, 2022, a year before the first anniversary.")
        assert ("attack", "invasion", "2022-02-24") in got


class TestDatedOccasionOpening:
    """Rule dated-occasion-opening: a dated occasion opening the sentence dates the main clause's acts."""

    def test_the_main_clause_takes_the_occasion_date(self) -> None:
        # synthetic
        got = _events("At the ministers' meeting in Vilnius on Tuesday, the allies approved a new air-defence plan.")
        assert ("agreement", "approved", "2025-03-11") in got

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: a place and a date, no occasion
            "In Vilnius on Tuesday, the allies approved a new air-defence plan.",
            # synthetic: a frame, not an occasion the act happened at
            "In the wake of the 2014 annexation, the allies approved a new air-defence plan.",
            # synthetic: two dates in the opening phrase
            "At the talks on Tuesday and Wednesday, the allies approved a new air-defence plan.",
        ],
    )
    def test_no_occasion_no_date(self, text: str) -> None:
        assert [e for e in _events(text) if e[1] == "approved"] == []

    def test_not_the_words_a_speaker_reports(self) -> None:
        # synthetic: the talks are what the minister says will happen, not an act at the interview
        got = _events("In an interview aired on Tuesday, the minister said talks would resume.")
        assert [e for e in got if e[1] == "talks"] == []


def test_plural_incursions_name_an_attack() -> None:
    # synthetic: the plural of a table noun, dated by a possessive date before it
    got = _events("Last week's drone incursions into Latvian airspace forced two airports to close.")
    assert ("attack", "drone incursions", "2025-W10") in got


class TestPossessiveCall:
    """Trigger form possessive: "call" names a meeting after a date's or a person's possessive only."""

    @pytest.mark.parametrize(
        ("text", "timex"),
        [
            # synthetic
            ("Tuesday night's call between the two leaders lasted ninety minutes.", "2025-03-11TNI"),
            ("Few details of Erdogan's call on Wednesday with the Iranian president emerged.", "2025-03-12"),
            # synthetic: "to" before the name of the other party
            ("Few details of Erdogan's call to Pezeshkian on Wednesday emerged.", "2025-03-12"),
        ],
    )
    def test_a_call_after_a_possessive(self, text: str, timex: str) -> None:
        assert [(k, t) for k, w, t in _events(text) if w == "call"] == [("meeting", timex)]

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: an appeal, not a call between people
            "Erdogan's call for a truce on Wednesday drew no answer.",
            "Erdogan's call to halt the strikes on Wednesday drew no answer.",
            # synthetic: no possessive
            "The spokesman took a call during the briefing on Wednesday.",
        ],
    )
    def test_no_call(self, text: str) -> None:
        assert [e for e in _events(text) if e[1] == "call"] == []
