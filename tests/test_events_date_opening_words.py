"""Events, nineteenth session (events19): a date opening reported words, a date and a name before the event noun,
and a modifier of prospect that is a predicate, not a modifier.

Every sentence here is synthetic, written for these tests; none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

from found import kinds_words_dates
from nato_ukraine_timeline._event_rules import EXAMPLE_PUBLISHED

PUBLISHED = dt.date.fromisoformat(EXAMPLE_PUBLISHED)


def _events(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, trigger word(s), date) of each event of the text."""
    return kinds_words_dates(text, PUBLISHED)


class TestReportedWordsOpening:
    """A date opening reported words that do not open the sentence governs their clause."""

    def test_after_according_to(self) -> None:
        # synthetic
        found = _events(
            "Press secretary Anna Berg briefed reporters on Friday. According to Berg, on March 17, the president "
            "will travel to Oslo."
        )
        assert ("visit", "travel", "2025-03-17") in found

    def test_after_that_and_a_comma(self) -> None:
        # synthetic
        found = _events(
            "Governor Ivan Petrenko said that, on Monday night, a Russian assault on the village had failed."
        )
        assert [e[2] for e in found if e[0] == "attack"] == ["2025-03-10TNI"]

    def test_not_a_day_counted_from_the_speakers_now_in_a_quotation(self) -> None:
        # synthetic: "tonight" in a quotation is the speaker's, not the publication's
        found = _events(
            'The palace added, "Tonight the queen hosted the visiting ministers at a banquet on the margins of '
            'the summit."'
        )
        assert [e for e in found if e[0] == "summit"] == []


class TestProspectModifierIsAModifier:
    """A word of prospect ('expected', 'scheduled') puts an event noun ahead only as its modifier."""

    def test_a_predicate_of_prospect_lets_the_opening_date_govern(self) -> None:
        # synthetic
        assert ("meeting", "talks", "2025-06-03") in _events(
            "On 3 June, the chancellor is expected to hold talks in Oslo."
        )

    def test_a_modifier_of_prospect_still_borrows_no_date(self) -> None:
        # synthetic: the expected talks are not of Sunday
        found = _events("The envoy landed in Riyadh late on Sunday ahead of the expected talks.")
        assert [e for e in found if e[1] == "talks" or e[1].endswith(" talks")] == []
