"""Events, twenty-ninth session (events29): taking up an office, named by "assumed" before an office (form office,
cue office_post of data/event_cues.tsv: "assumed the post of President", "assumed his role as ..."), by "sworn into
office" and by "assumption of office" (data/event_triggers.tsv); kind other, as "took office" and "sworn in". Also
the forms "convening" and "gathering" of the meeting verbs "convene" and "gather", and "agreeing" of "agree".

Every sentence here is synthetic, written for this project in the forms of wire copy and ministry releases;
none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from found import kinds_triggers_dates as _events

TUESDAY = dt.date(2025, 3, 18)


class TestAssumedAnOffice:
    """Form office: "assumed" names an event only with an office as its object (or subject)."""

    @pytest.mark.parametrize(
        ("text", "timex"),
        [
            # synthetic: the post, a role with a possessive, the presidency; the date after or before the verb
            ("The former premier assumed the post of President of Moldova on Monday.", "2025-03-17"),
            ("On Monday, the diplomat formally assumed her role as head of the mission.", "2025-03-17"),
            ("The senator assumed the presidency of the assembly last week.", "2025-W11"),
            ("The general will assume his duties as commander on Thursday.", "2025-03-20"),
        ],
    )
    def test_office_taken_up(self, text: str, timex: str) -> None:
        """The taking up of the office is an event (kind other) of the day its clause names."""
        assert [(kind, date) for kind, _trigger, date in _events(text, TUESDAY)] == [("other", timex)]

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: a belief, a charge, control of ground: no office taken up
            "The ministry assumed on Monday that the talks would stall.",
            "Nobody assumed responsibility for the explosion on Monday.",
            "Analysts assume the ceasefire will hold until Friday.",
        ],
    )
    def test_no_office_no_event(self, text: str) -> None:
        """Without an office after it (or before it), "assumed" names nothing."""
        assert [t for t in _events(text, TUESDAY) if t[1].startswith("assum")] == []


class TestSwornIntoAndAssumptionOfOffice:
    """Table lines: "sworn into office" (a verb, as "sworn in") and "assumption of office" (a noun)."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: a plan with a relative week; a noun after a possessive, dated after it
            ("The president-elect will be sworn into office next week.", "sworn into office", "2025-W13"),
            (
                "The council changed course after the governor's assumption of office last month.",
                "assumption of office",
                "2025-02",
            ),
        ],
    )
    def test_office(self, text: str, trigger: str, timex: str) -> None:
        """Each names the taking up of an office, kind other."""
        assert ("other", trigger, timex) in _events(text, TUESDAY)


class TestConveningAndGathering:
    """Table lines: the participle "convening" and the noun "gathering" (after a determiner) name a meeting."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: a present progressive with its day; the noun dated by its relative clause
            ("Defence ministers are convening in Oslo on Thursday for their first meeting.", "convening", "2025-03-20"),
            ("The gathering, which began on Monday, drew attention to the new envoy.", "gathering", "2025-03-17"),
        ],
    )
    def test_meeting(self, text: str, trigger: str, timex: str) -> None:
        """Each is a meeting of the day its clause names."""
        assert ("meeting", trigger, timex) in _events(text, TUESDAY)

    def test_gathering_without_determiner(self) -> None:
        """Without a determiner before it, "gathering" names nothing ("intelligence gathering")."""
        assert _events("Intelligence gathering on Monday showed troops massing near the border.", TUESDAY) == []


def test_agreeing_after_a_dated_clause() -> None:
    """The participle "agreeing" after a dated main clause is an agreement of that day, as "agreed" is."""
    text = "The two delegations wrapped up in Geneva on Monday, agreeing to meet again in May."  # synthetic
    assert ("agreement", "agreeing", "2025-03-17") in _events(text, TUESDAY)
