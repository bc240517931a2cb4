"""Events, twenty-seventh session (events27): gold events found undated, now dated from their own or a linked clause.

Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import pytest

from found import with_trigger
from nato_ukraine_timeline._event_rules import DATE_RULES


def test_subordinate_opening_is_a_date_rule() -> None:
    """The rule that reads a date opening a clause of place or time is in the date rules' table."""
    assert "subordinate-opening" in [r.name for r in DATE_RULES]


@pytest.mark.parametrize(
    ("text", "trigger", "timex"),
    [
        # synthetic: a date right after "where", the clause's subject after it
        ("The minister flew to Lima, where on Tuesday she met the Peruvian president.", "met", "2025-03-11"),
        ("Troops drove raiders out of a valley, where on March 6 they launched an attack.", "launched", "2025-03-06"),
        # synthetic: two coordinated subjects in a clause attached to a dated visit
        ("The chancellor visited Oslo on March 12, where he and the premier signed a pact.", "signed", "2025-03-12"),
        # synthetic: a visit a dated stay is for
        ("The Brazilian president was in Rome on Tuesday for an official visit.", "visit", "2025-03-11"),
        # synthetic: a meeting held by a light verb, after a sentence of one day
        ("On March 10, the envoy toured a port. There, he held a meeting with the mayor.", "meeting", "2025-03-10"),
        # synthetic: a press conference held by a light verb after a sentence whose dateline and weekday are one day
        (
            (
                "LIMA, March 12 (Reuters) - The premier said Wednesday talks went well. "
                "The two leaders held a joint press conference after their talks."
            ),
            "press conference",
            "2025-03-12",
        ),
    ],
)
def test_a_linked_or_own_clause_dates_the_event(text: str, trigger: str, timex: str) -> None:
    """Synthetic: the event takes the date of its own clause or of the clause it is linked to."""
    (event,) = with_trigger(text, trigger)
    assert event.when is not None
    assert event.when.timex == timex


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # synthetic: another event word between the clause's date and the trigger: the date is that word's
        ("The envoy flew to Lima, where on Tuesday the summit ended and the leaders met.", "met"),
        # synthetic: a visit's gathering after a dated stay that is no purpose ("for" a period)
        ("The premier was in Rome on Thursday for two hours and spoke of a visit.", "visit"),
        # synthetic: two different days in the sentence before (a dateline and another day)
        (
            (
                "LIMA, March 12 (Reuters) - The premier said talks held on Monday went well. "
                "The two leaders held a joint press conference after their talks."
            ),
            "press conference",
        ),
        # synthetic: a gerund still names no meeting of the day before
        ("On March 10, the envoy toured a port. Meeting the mayor was not planned.", "Meeting"),
    ],
)
def test_no_date_from_another_act(text: str, trigger: str) -> None:
    """Synthetic: an event whose clause names another act's date, or none, is not dated by the new rules."""
    events = with_trigger(text, trigger)
    assert all(
        e.when is None
        or not e.date_reason.startswith(
            ("subordinate-opening", "occasion-after-date", "previous-sentence", "attached-clause")
        )
        for e in events
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        ", where on",
        "where on Tuesday",
        "LIMA, March 12 (Reuters) -",
        "LIMA, March 12 (Reuters) - . There, he held a",
        "was in Rome on Thursday for a",
    ],
)
def test_fragments_parse(text: str) -> None:
    """Synthetic fragments of the new rules' forms parse without raising."""
    assert with_trigger(text, "met") == []
