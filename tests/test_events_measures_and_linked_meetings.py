"""Events, twenty-second session (events22): a gathering a dated saying was made right before, an appointment, an
allocation or an extension approved as a measure, and a meeting dated by a clause it is linked to as an event of its
own.

Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import pytest

from found import with_trigger
from nato_ukraine_timeline import parse
from nato_ukraine_timeline._event_rules import cues

_PUBLISHED = "2025-03-14"


class TestSaidAheadOfAGathering:
    """Rule occasion-of-saying: 'said ahead of a meeting' dates the meeting by the saying (cue occasion_before_act),
    only with an indefinite article."""

    def test_the_cues_are_in_the_table(self) -> None:
        """The two words of the cue are table lines."""
        assert {"ahead of", "before"} <= set(cues()["occasion_before_act"])

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: the saying dated by the same speaker's words before
            (
                (
                    'Premier Lena Varga said on Wednesday that allies must act. "We need a strong answer," Varga said '
                    "ahead of a meeting of Nordic leaders in Bergen."
                ),
                "meeting",
                "2025-03-12",
            ),
            # synthetic: 'before an' and a saying dated in its own clause
            (
                (
                    "Defence Minister Piet Aalders told reporters on Tuesday before an emergency cabinet meeting that "
                    "the drones came from the east."
                ),
                "meeting",
                "2025-03-11",
            ),
            # synthetic: the gathering's own date comes first
            (
                "Premier Lena Varga said on Monday, ahead of a summit in Bergen on Thursday, that allies must act.",
                "summit",
                "2025-03-20",
            ),
        ],
    )
    def test_dated(self, text: str, trigger: str, timex: str) -> None:
        """Synthetic: the gathering takes the saying's date, unless its own words date it."""
        (event,) = with_trigger(text, trigger)
        assert event.when is not None
        assert event.when.timex == timex

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: 'the' names a gathering the reader knows of, often held on another day
            (
                'Premier Lena Varga said on Wednesday that allies must act. "We need a strong answer," Varga said '
                "ahead of the summit in Bergen."
            ),
            # synthetic: an undated saying dates nothing
            '"We need a strong answer," Premier Lena Varga said ahead of a meeting of Nordic leaders in Bergen.',
        ],
    )
    def test_undated(self, text: str) -> None:
        """Synthetic: no date for the gathering from a saying before 'the', nor from an undated saying."""
        assert [e for e in parse(text, published=_PUBLISHED).events if e.kind in {"meeting", "summit"}] == []


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # synthetic: an appointment approved
        ("Parliament approved the appointment of Olena Kovalenko as defence minister on Thursday.", "2025-03-13"),
        # synthetic: an allocation approved, dated by the sentence's opening
        ("On Tuesday, the ministers approved the allocation of a grant to Lviv.", "2025-03-11"),
        # synthetic: an extension approved
        ("The Seimas approved the extension of the state of alert on Monday.", "2025-03-10"),
    ],
)
def test_measures_approved(text: str, timex: str) -> None:
    """Synthetic: 'approved' before an appointment, an allocation or an extension (cue measure) names an agreement."""
    (event,) = with_trigger(text, "approved")
    assert event.kind == "agreement"
    assert event.when is not None
    assert event.when.timex == timex


def test_a_measure_alone_names_no_event() -> None:
    """Synthetic: the measure nouns name an event only as a measure verb's object, not alone."""
    assert parse("The appointment of Olena Kovalenko on Thursday surprised allies.", published=_PUBLISHED).events == ()


def test_a_linked_meeting_is_its_own_event() -> None:
    """Synthetic: a meeting dated by the clause it is linked to ('said on Tuesday after meeting ...') is another event
    than a gathering of another date earlier in the sentence."""
    text = (
        "The next donor conference will be held in Oslo on June 3, Prime Minister Lena Varga said on Tuesday after "
        "meeting President Tomas Brandt."
    )
    meetings = sorted(
        (e.when.timex for e in parse(text, published=_PUBLISHED).events if e.kind == "meeting" and e.when),
    )
    assert meetings == ["2025-03-11", "2025-06-03"]
