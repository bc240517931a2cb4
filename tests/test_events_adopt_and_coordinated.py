"""Events: a body that adopts a measure agrees to it (data/event_triggers.tsv rows "adopted", "adopt", "adopts",
"adopting"); a verb opening a clause of its own named subject after ", and" is another act than the one of its
kind before it; rule coordinated-predicate (a verb of meeting or going after "and" takes its conjunct's date);
the rows "converge on" .. "descending on" (before a place) and "shuttered"/"shutters".

Every sentence here is synthetic, written for this project in the forms of wire copy and ministry releases;
none is copied from a real article.
"""

from __future__ import annotations

import pytest

from found import kinds_triggers_dates as _events


class TestAdoptedMeasure:
    """ "adopted" names an agreement (before: an announcement), and "adopt" one where a measure is its object."""

    @pytest.mark.parametrize(
        ("text", "events"),
        [
            # synthetic: a bloc adopting a sanctions package, dated by its own clause
            (
                "The bloc on Tuesday adopted its 21st package of sanctions against Moscow.",
                [("agreement", "adopted", "2025-03-11")],
            ),
            # synthetic: a minister's words of the day, "adopt" before the measure it adopts
            (
                "Ministers are going to adopt the 21st package of sanctions today, the envoy said.",
                [("agreement", "adopt", "2025-03-14")],
            ),
            # synthetic: a legislature adopting a law (gold of that form says only that it happened: kind other)
            (
                "On March 4, the parliament adopted a law on the powers of the audit office.",
                [("agreement", "adopted", "2025-03-04")],
            ),
        ],
    )
    def test_adopted_is_an_agreement(self, text: str, events: list[tuple[str, str, str]]) -> None:
        """The adoption is an agreement dated by its own clause."""
        assert _events(text) == events

    def test_adopt_without_a_measure_is_no_event(self) -> None:
        """ "adopt" takes no event where its object is no measure ("adopt a tougher stance")."""
        assert _events("The allies may adopt a tougher stance on Monday, the envoy said.") == []


class TestOwnSubject:
    """Two verbs of one kind in one sentence: one act, unless the second opens a clause of its own named subject."""

    def test_a_vote_and_a_signing(self) -> None:
        """ "the parliament adopted ..., and Zelensky signed it": two acts of one day (before: one)."""
        got = _events("On Tuesday the parliament adopted the budget law, and President Zelensky signed it that day.")
        assert [(k, t) for k, t, _ in got] == [("agreement", "adopted"), ("agreement", "signed")]
        assert {d for _, _, d in got} == {"2025-03-11"}

    def test_one_subject_one_act(self) -> None:
        """No comma and no subject of its own: the two verbs stay one act."""
        got = _events("On Tuesday the parliament adopted the budget law and signed a memorandum with the bank.")
        assert [(k, t) for k, t, _ in got] == [("agreement", "adopted")]


class TestCoordinatedPredicate:
    """Rule coordinated-predicate: a verb of meeting or going right after "and" takes the date of the conjunct."""

    @pytest.mark.parametrize(
        ("text", "events"),
        [
            # synthetic: an arrival, then a meeting (before: the meeting had no date and was dropped)
            (
                "The premier arrived in Tallinn on Tuesday and met with the Estonian president.",
                [("visit", "arrived", "2025-03-11"), ("meeting", "met", "2025-03-11")],
            ),
            # synthetic: a noun a light verb takes after "and then"
            (
                "The envoy flew to Ankara on Monday and then held talks with the minister.",
                [("visit", "flew to", "2025-03-10"), ("meeting", "talks", "2025-03-10")],
            ),
        ],
    )
    def test_the_second_act_takes_the_date(self, text: str, events: list[tuple[str, str, str]]) -> None:
        """The act after "and" shares the first conjunct's date."""
        assert _events(text) == events

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: an act of another kind than meeting or going keeps no borrowed date
            "The president met the premier on Monday and invited her to form a government.",
            # synthetic: a plan of its own after "and" (a modal): its own date only
            "The minister met the envoy on Monday and will meet the king later.",
        ],
    )
    def test_no_borrowed_date(self, text: str) -> None:
        """Only the first act is dated (the second: not a gathering, or not right after "and")."""
        assert len(_events(text)) == 1


class TestGatheringAndClosingWords:
    """Rows "converging on" ... "descending on" (form place) and "shuttered" (form facility) of the trigger table."""

    @pytest.mark.parametrize(
        ("text", "events"),
        [
            # synthetic: leaders gathering in a city for summits (the summit takes the gathering up)
            (
                "Nordic leaders are converging on Oslo on Thursday for two summits on defence.",
                [("summit", "summits", "2025-03-13")],
            ),
            (
                "Envoys are descending on Geneva this weekend for rounds of negotiations with the mediators.",
                [("meeting", "descending on", "2025-W11-WE")],
            ),
            # synthetic: an airport closed by a drone sighting
            (
                "A drone sighting briefly shuttered a Swedish airport on Saturday.",
                [("other", "shuttered", "2025-03-08")],
            ),
        ],
    )
    def test_named_and_dated(self, text: str, events: list[tuple[str, str, str]]) -> None:
        """The gathering or the closure is an event dated by its own clause."""
        assert _events(text) == events

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: no place after "on" (a date), or no gathering of people (troops on a town)
            "Several views converged on Monday.",
            "Troops converged on the town on Monday.",
        ],
    )
    def test_no_place_no_meeting(self, text: str) -> None:
        """ "converged on" names a meeting only before a place."""
        assert _events(text) == []
