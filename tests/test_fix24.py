"""Known wrong outputs of the twenty-third session, fixed in the twenty-fourth (fix24): a part of the day read
alone inside "early in the morning of Nov. 6", a state's air force named after its possessive, words before
"the regional governor said, <a phrase>", a dateline's day read as a range with "Yesterday" after a dash, a
quoted term before an event noun. All texts are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

_DAY = dt.date(2025, 3, 14)


class TestPartOfDayBeforeItsDay:
    """'(early|late) in the morning of <day>': one expression, never also 'the morning' alone."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "She addressed the rally early in the morning of Nov. 7, aides said.",
                [("the morning of Nov. 7", "2024-11-07TMO")],
            ),
            ("The envoys met late in the evening of March 3.", [("the evening of March 3", "2025-03-03TEV")]),
            ("We met in the afternoon of Tuesday, May 6.", [("the afternoon of Tuesday, May 6", "2025-05-06TAF")]),
        ],
    )
    def test_one_expression(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The scanner keeps the longer expression and drops the part of the day it starts with."""
        got = [(m.text, m.timex) for m in ntl.find_dates(text, published=_DAY)]
        assert got == expected

    def test_a_part_of_the_day_alone_stays(self) -> None:
        """'in the evening' with no day after it is still read (the part of the day last named)."""
        text = "The envoys met in the evening, and on the morning of March 3 they flew home."
        got = [m.text for m in ntl.find_dates(text, published=_DAY)]
        assert got == ["the evening", "the morning of March 3"]


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


class TestEventDates:
    """A dateline's day then "Yesterday" are two dates; a quoted term among an event noun's modifiers."""

    @pytest.mark.parametrize(
        ("text", "kind", "timex"),
        [
            ("HALIFAX, March 14 - Yesterday, the premier met the Nordic leaders in Oslo.", "meeting", "2025-03-13"),
            ("HALIFAX, March 14 - Today, the premier met the Nordic leaders in Oslo.", "meeting", "2025-03-14"),
            ("The talks ran on March 3-4 in Riga.", "meeting", "2025-03-03"),
            ("Boric on Monday held a \u201cwarm\u201d phone conversation with Zelensky.", "meeting", "2025-03-10"),
            ('Russia on Monday launched a "massive" attack on Kyiv.', "attack", "2025-03-10"),
            ('Monday\'s "massive" attack on Kyiv killed five people.', "attack", "2025-03-10"),
        ],
    )
    def test_event_date(self, text: str, kind: str, timex: str) -> None:
        """The event of the kind is dated as the text says."""
        events = [(str(e.kind), e.when.timex if e.when else None) for e in ntl.parse(text, published=_DAY).events]
        assert (kind, timex) in events


class TestMonthAsModifier:
    """Rule month-word-as-name: 'the May conflict' is the month unless the text names a person 'May'."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Talks stalled after the May clashes on the border.", [("May", "2025-05")]),
            ("Kyiv missed a May deadline to sign the minerals deal.", [("May", "2025-05")]),
            ("Theresa May spoke in London. Officials said the May government backed Kyiv.", []),
            ("Mrs May spoke in London. Officials said the May government backed Kyiv.", []),
            ("Russia may strike again, and it may do so in May.", [("May", "2025-05")]),
        ],
    )
    def test_month(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The month is read as a modifier after an article, not where a given name or a title made it a name."""
        assert [(m.text, m.timex) for m in ntl.find_dates(text, published=_DAY)] == expected
