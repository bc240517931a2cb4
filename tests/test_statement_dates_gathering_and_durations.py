"""Statement dates, twenty-ninth session (sdateb29): rule gathering-day, and a saying's date is never a duration.

Rule gathering-day dates words its attribution places at a gathering where they were said aloud ("said at a news
conference after the ministers' talks", "In the opening plenary session, X announced") by the one day the
sentences before name as the time of what they report, the speaker named there or not. A saying's date is a
point or a stretch of the calendar, never a length of time or a recurrence: "A day earlier, X said" at the
head of a passage, which the date finder reads as the duration P1D with nothing before it to count from,
leaves the saying undated instead of dating it "P1D".

Every sentence here is synthetic, written for these tests.
"""

from __future__ import annotations

from typing import Final

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._statement_dates import DATE_RULES, EXAMPLE_PUBLISHED
from nato_ukraine_timeline._timex import Granularity

NO_POINT: Final = (Granularity.DURATION, Granularity.SET)


def _dates(text: str) -> dict[str, str | None]:
    return {s.text: s.when.timex if s.when else None for s in parse(text, published=EXAMPLE_PUBLISHED).statements}


class TestGatheringDay:
    """The rule's own cases beyond its table's examples."""

    def test_is_in_the_table_before_continuing_quote(self) -> None:
        """gathering-day runs before continuing-quote, so the speaker's next quotation goes on from its day."""
        names = [r.name for r in DATE_RULES]
        assert names.index("gathering-day") < names.index("continuing-quote")

    def test_the_next_quotation_goes_on_from_the_gathering(self) -> None:
        """'"...," she said.' after the gathering's words takes the same day (synthetic)."""
        text = (
            "The donors' conference for the rebuilding of the port opened in Genoa on Wednesday. In the opening"
            " plenary session, Prime Minister Anna Ferri announced that pledges had passed one billion euros."
            ' "Investing in the port means investing in ourselves," she said.'
        )
        dates = _dates(text)
        assert dates["pledges had passed one billion euros"] == "2025-03-05"
        assert set(dates.values()) == {"2025-03-05"}

    def test_an_interview_is_no_gathering(self) -> None:
        """Words given in an interview after the day the text names stay undated (synthetic)."""
        text = (
            "Defence ministers of the alliance met in Brussels on Wednesday and pledged new aid."
            ' "We are getting there," Secretary General Mark Rutte said in an interview after the meeting.'
        )
        assert _dates(text).get("We are getting there") is None

    def test_a_statement_dated_to_another_day_before_stops_it(self) -> None:
        """Another day a statement before was said on leaves the gathering's day in doubt (synthetic)."""
        text = (
            "Foreign Minister Ivan Petrov said on Monday that the talks would go ahead. Defence ministers met in"
            ' Brussels on Wednesday. "We are getting there," Secretary General Mark Rutte said at a press'
            " conference."
        )
        assert _dates(text).get("We are getting there") is None


# synthetic: phrases that name a length of time or a recurrence, and days, fronted before a saying
_FRONTED: Final = (
    "A day earlier",
    "Two days later",
    "For three days",
    "Every Monday",
    "48 hours earlier",
    "Within a week",
    "On Wednesday",
    "A week ago",
)
_SAYINGS: Final = (
    "Special envoy Keith Kellogg said that the list of conditions had arrived.",
    'Secretary General Mark Rutte said: "We will stand by Ukraine."',
    "the Kremlin said the talks were useful.",
)


class TestNeverADuration:
    def test_a_day_earlier_at_the_head_leaves_the_saying_undated(self) -> None:
        """'A day earlier, X said ...' opening a passage gives no date P1D (synthetic)."""
        statements = parse(
            "A day earlier, special envoy Keith Kellogg said that on May 27 the list of conditions had arrived.",
            published=EXAMPLE_PUBLISHED,
        ).statements
        assert statements
        assert all(s.when is None or s.when.granularity not in NO_POINT for s in statements)

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from(_FRONTED), st.sampled_from(_SAYINGS), st.booleans())
    def test_no_saying_is_dated_by_a_length_of_time(self, fronted: str, saying: str, published: bool) -> None:
        """Whatever time phrase opens it, with a publication date or without, no statement's date is a duration
        or a recurrence (synthetic)."""
        text = f"{fronted}, {saying}"
        for s in parse(text, published=EXAMPLE_PUBLISHED if published else None).statements:
            assert s.when is None or s.when.granularity not in NO_POINT, (text, s.when)

    @settings(max_examples=60, deadline=None)
    @given(st.text(max_size=200))
    def test_no_saying_of_any_text_is_dated_by_a_duration(self, text: str) -> None:
        """For any text, no statement's date is a duration or a recurrence."""
        for s in parse(text, published=EXAMPLE_PUBLISHED).statements:
            assert s.when is None or s.when.granularity not in NO_POINT
