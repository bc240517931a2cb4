"""Event dates from the event's own clause, not a background date: an agreement or announcement told in a relative
clause in the passive or the perfect takes no date opening the sentence, a date after the age an event reaches is
the age's, a date after "for" right after a verb is its object's time, a date between a verb's subject and the verb
is the verb's, and a day restated with "on" by a finer date
gives the finer one; an event noun a label verb takes as its object takes no date of the labelling. All texts are
synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

_DAY = dt.date(2025, 3, 14)


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(str(e.kind), e.trigger, e.when.timex if e.when else None) for e in ntl.parse(text, published=_DAY).events]


class TestBackgroundDates:
    """A background date in the sentence is not the event's date."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("On 10 March, the two sides carried out a prisoner swap that had been agreed in Istanbul.", "agreed"),
            ("On 10 March, Kyiv and Moscow completed the exchange which was agreed upon in Ankara.", "agreed"),
            ("On Monday, the ministers adopted a plan which was proposed by France.", "proposed"),
            ("Talks will resume as Russia's invasion enters its fourth year in February.", "invasion"),
            ("The invasion marked its 1,000th day on Tuesday, officials noted.", "invasion"),
            ("The mayor rejected the schemes proposed for today.", "proposed"),
            (
                (
                    "OSLO, May 2. /NTB/. Norway's premier has called his visit to Minsk, where he met the president, "
                    "useful."
                ),
                "visit",
            ),
            ("On Monday, the envoy described the talks in Riyadh as frank.", "talks"),
        ],
    )
    def test_no_background_date(self, text: str, word: str) -> None:
        """The event the word names takes no date from another act or from an age it reaches."""
        assert not [e for e in _events(text) if word in e[1]]

    @pytest.mark.parametrize(
        ("text", "kind", "timex"),
        [
            # the other acts of those sentences keep their dates
            (
                "On 10 March, the two sides carried out a prisoner swap that had been agreed in Istanbul.",
                "other",
                "2025-03-10",
            ),
            ("On Monday, the ministers adopted a plan which was proposed by France.", "agreement", "2025-03-10"),
            # a relative clause's own date still dates its act
            ("The truce that was agreed on Monday held overnight.", "agreement", "2025-03-10"),
            ("Russia launched its invasion on 24 February 2022.", "attack", "2022-02-24"),
            # a date between the subject and the verb is the verb's, not one of its object's participle after it
            ("The assembly on Thursday passed a bill drafted by the cabinet last week.", "other", "2025-03-13"),
            # a day restated by a finer date after a comma and "on"
            (
                "The envoy landed on Monday. Two days later, on the evening of March 12, he met the premier.",
                "meeting",
                "2025-03-12TEV",
            ),
        ],
    )
    def test_own_date(self, text: str, kind: str, timex: str) -> None:
        """The event of the kind keeps the date of its own clause."""
        assert (kind, timex) in [(k, t) for k, _, t in _events(text)]
