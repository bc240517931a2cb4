"""Events, twenty-eighth session (events28): a date far after its trigger across the trigger's own long phrase, a
date opening the sentence after "Over" or "During", a wire's lead in the simple past or the present progressive,
a loan as a measure that a body approves, and an agreement noun as the object of an infinitive.

Every sentence here is synthetic, written for these tests; none is copied from a real article.
"""

from __future__ import annotations

from found import EVENTS_PUBLISHED, kinds_words_dates
from nato_ukraine_timeline import parse


def _events(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, trigger word(s), date) of each event of the text."""
    return kinds_words_dates(text, EVENTS_PUBLISHED)


class TestFarDateAcrossTheTriggersOwnPhrase:
    """A date up to 160 characters after the trigger is its clause's when no second predicate comes between."""

    def test_a_long_object_and_place(self) -> None:
        # synthetic: more than 100 characters between the verb and the date
        text = (
            "Russia launched 40 missiles and 70 drones against power plants and substations of the national grid "
            "operator in the Lviv and Volyn regions overnight."
        )
        assert text.index("overnight") - text.index("launched") > 100
        assert ("attack", "launched", "2025-03-13TNI") in _events(text)

    def test_a_long_subject_before_its_scheduling_verb(self) -> None:
        # synthetic
        text = (
            "The envoy said that consultations with Swiss diplomats on the return of the consular staff to the "
            "embassies in Bern and in Minsk are scheduled for next week."
        )
        assert ("meeting", "consultations", "2025-W12") in _events(text)

    def test_not_after_a_coordinated_verb(self) -> None:
        # synthetic: the far date is the second predicate's ("agreed ... and voiced ... on Tuesday")
        text = (
            "The premier agreed to cooperate closely with his Slovak counterpart on energy supplies and voiced "
            "readiness to discuss border crossings and rail links at length on Tuesday."
        )
        assert [e for e in _events(text) if e[1] == "agreed"] == []

    def test_not_across_a_time_clause_with_a_long_subject(self) -> None:
        # synthetic: "after four Belarusian military helicopters strayed" is a clause of time of its own
        found = _events(
            "Lithuania requested the urgent meeting after four Belarusian military helicopters strayed into its "
            "airspace near the border on Friday."
        )
        assert [e for e in found if e[0] == "meeting"] == []


class TestOpeningDateAfterOverOrDuring:
    """A date opening the sentence after "Over" or "During" scopes over it, as after "On"."""

    def test_over_the_weekend_with_no_comma(self) -> None:
        # synthetic
        assert ("attack", "destroyed", "2025-W10-WE") in _events(
            "Over the weekend a homemade bomb destroyed a section of rail line near the town, police said."
        )

    def test_during_the_night(self) -> None:
        # synthetic
        assert ("attack", "attacked", "2025-03-13TNI") in _events(
            "During the night, Russian drones attacked the port of Izmail."
        )


class TestWireLeadInTheSimplePastOrProgressive:
    """The stamp's day dates the main verb of a wire's lead in the simple past or the present progressive."""

    def test_simple_past(self) -> None:
        # synthetic
        assert ("agreement", "approved", "2025-03-12") in _events(
            "RIGA, March 12 (Reuters) - The budget committee of the Saeima approved a 2 billion euro loan to "
            "the grid operator, according to a recording of the session."
        )

    def test_present_progressive(self) -> None:
        # synthetic
        assert ("meeting", "meeting", "2025-03-12") in _events(
            "March 12, 2025 (Bloomberg) - Swiss officials are meeting with an Armenian delegation in Geneva."
        )

    def test_not_a_later_sentence(self) -> None:
        # synthetic: only the lead, the first sentence after the stamp, is read by rule perfect-lead
        timeline = parse(
            "RIGA, March 12 (Reuters) - The premier spoke in Riga. Later the envoys met in a hotel.",
            published=EVENTS_PUBLISHED,
        )
        assert [e for e in timeline.events if e.trigger == "met" and e.date_reason.startswith("perfect-lead")] == []

    def test_not_after_a_subordinator(self) -> None:
        # synthetic: the verb after "that" is no main verb of the lead
        timeline = parse(
            "RIGA, March 12 (Reuters) - Officials fear that Russian drones struck a depot near the border.",
            published=EVENTS_PUBLISHED,
        )
        assert [e for e in timeline.events if e.date_reason.startswith("perfect-lead")] == []


class TestLoans:
    """A loan is a measure a body approves, as a bill or a budget is."""

    def test_a_loan_approved_on_a_day(self) -> None:
        # synthetic
        assert ("agreement", "approved", "2025-03-11") in _events(
            "The parliament approved on Tuesday a loan of up to 5 billion euros to the grid operator."
        )


class TestProspectiveAgreementNoun:
    """An agreement noun that a verb after a modal or 'to' takes as its object is an outcome hoped for."""

    def test_the_object_of_an_infinitive_is_no_event(self) -> None:
        # synthetic
        found = _events("On Monday the premier hosted his Slovak peer, with plans to finalise a gas transit deal.")
        assert [e for e in found if e[0] == "agreement"] == []
        assert ("meeting", "hosted", "2025-03-10") in found

    def test_a_scheduled_signing_stays_an_event(self) -> None:
        # synthetic: the signing verb is the event
        assert [e[0] for e in _events("The two premiers will sign the gas deal on Friday.")] == ["agreement"]

    def test_a_deal_signed_is_an_event(self) -> None:
        # synthetic
        assert ("agreement", "deal", "2025-03-14") in _events("The gas deal was signed on Friday in Bratislava.")
