"""Speakers: a state's air force named after its possessive ("Hungary's Air Force said"), and the words before
"the regional governor said, <a phrase>" given to the governor named next. All texts are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

_DAY = dt.date(2025, 3, 14)


class TestStateAirForce:
    """'<State>'s Air Force said': the state's air force speaks, named by the state's adjective."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Hungary's Air Force said two jets were scrambled after radar detected a drone.", "Hungarian Air Force"),
            ("Bulgaria's air force said the drone fell in a field near the coast.", "Bulgarian air force"),
        ],
    )
    def test_speaker(self, text: str, speaker: str) -> None:
        """One statement, its speaker the body named by the adjective."""
        assert [s.speaker.name for s in ntl.parse(text, published=_DAY).statements] == [speaker]


class TestTitledThenNamedWithTrailingPhrase:
    """'<words>, the regional governor said, <a shorter phrase>. Governor X ...': X said the words."""

    def test_appositive_phrase_after_the_attribution(self) -> None:
        """A noun phrase after the comma no longer hides the attribution."""
        text = (
            "Drones hit a grain terminal in Izmail late on Tuesday, the regional governor said, the second strike on "
            "the port this week. Governor Ivan Petrenko wrote that no one was hurt."
        )
        got = [(s.speaker.name, text[s.span.start : s.span.end]) for s in ntl.parse(text, published=_DAY).statements]
        assert ("Ivan Petrenko", "Drones hit a grain terminal in Izmail late on Tuesday") in got

    def test_a_longer_clause_after_the_comma_is_not_read(self) -> None:
        """Where a clause longer than the words before goes on after the comma, the words are not the ones before."""
        text = (
            "The plan, the regional governor said, would cost the region billions in lost port revenue this year. "
            "Governor Ivan Petrenko wrote that no one was hurt."
        )
        got = [text[s.span.start : s.span.end] for s in ntl.parse(text, published=_DAY).statements]
        assert "The plan" not in got
