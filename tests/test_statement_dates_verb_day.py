"""Statement dates, eighteenth session (sdates18): rule verb-day.

All sentences here are synthetic (written for these tests), published on a Friday, 2025-03-07.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._statement_dates import DATE_RULES, date_for_events, saying_for_events
from nato_ukraine_timeline._statements import find_statements
from scoring import statement_date

PUBLISHED = dt.date(2025, 3, 7)

# synthetic: the attribution reads the reported clause's subject ("the chancellor has rejected ...") as the speaker
REJECTED = 'Chancellor Olaf Scholz has rejected a call from the opposition to send missiles to "end the war sooner,"'


@pytest.mark.parametrize(
    ("tail", "timex"),
    [
        (" Berlin said on March 4.", "2025-03-04"),  # synthetic: the day right after the verb
        (" Berlin said Tuesday.", "2025-03-04"),  # synthetic: ... without "on"
        (" Berlin says on March 4.", None),  # synthetic: a verb in the present reports no one act
        (" Berlin said after the vote on Tuesday.", None),  # synthetic: the day of another phrase
        (" Berlin said, citing Tuesday's vote.", None),  # synthetic: after a comma, the day of what it cites
    ],
)
def test_verb_day(tail: str, timex: str | None) -> None:
    got, reason = statement_date(REJECTED + tail, "end the war sooner", PUBLISHED)
    assert got == timex
    if timex is not None:
        assert reason.startswith("verb day:")


def test_verb_day_does_not_date_events_in_the_words() -> None:
    # synthetic: the saying's day the rule reads is not given to events inside the words
    text = REJECTED + " Berlin said on March 4."
    tl = ntl.parse(text, published=PUBLISHED)
    assert [s.when.timex for s in tl.statements if s.when is not None] == ["2025-03-04"]
    assert all(e.when is None or e.when.timex != "2025-03-04" for e in tl.events)
    # the text has no event, so the check above holds either way (review18): the guard itself is what
    # parse hands the event finder, date_for_events and saying_for_events, None for a verb-day date ...
    doc, _ = analyse(text, published=PUBLISHED, window=None, order=None)
    (found,) = find_statements(doc)
    assert found.when is not None
    assert found.when.value.reason.startswith("verb day:")
    assert date_for_events(found) is None
    assert saying_for_events(found) is None
    # ... but the date of a statement's own attribution (synthetic)
    doc, _ = analyse("Berlin said on March 4 that the talks would go on.", published=PUBLISHED, window=None, order=None)
    (own,) = find_statements(doc)
    assert own.when is not None
    assert date_for_events(own) is own.when
    assert saying_for_events(own) is own.when


def test_verb_day_is_first_and_named() -> None:
    assert DATE_RULES[0].name == "verb-day"
    assert DATE_RULES[0].reason == "verb day:"
