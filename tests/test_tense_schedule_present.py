"""The present of a schedule (seventeenth session, tense17): rule possessive-occasion-clause, and a verb of going
in the third person present as a journey's schedule (data/tense_cues.tsv, cue future).

Every sentence here is SYNTHETIC, written for these tests (no real news text)."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates


def _value(text: str, expression: str, published: str) -> str:
    found = [m.timex for m in find_dates(text, published=published) if m.text == expression]
    assert len(found) == 1, found
    return found[0]


# (synthetic sentence, expression, publication date, value)
CASES = [
    # a present clause: the nearest occurrence (published on a Saturday; Sunday is the next day)
    ("Voters in the republic are choosing a parliament in Sunday's election.", "Sunday", "2025-09-27", "2025-09-28"),
    # a month owning an occasion, a present clause: the coming November, not the last one
    ("Members doubt that he is able to win November's election.", "November", "2024-07-10", "2024-11"),
    # a future clause ("would"): the coming one
    ("The organisers would move Saturday's rally indoors.", "Saturday", "2025-03-05", "2025-03-08"),
    # a past clause keeps the possessive's past; so does a clause with no tense
    ("Thousands at Sunday's rally.", "Sunday", "2025-03-07", "2025-03-02"),
    ("The organisers said Thursday's rally drew thousands.", "Thursday", "2025-03-10", "2025-03-06"),
    # a word of time order makes the day a landmark: past
    ("The envoys are speaking after Monday's summit.", "Monday", "2025-03-05", "2025-03-03"),
    # no occasion owned: the possessive's past
    ("Voters are weighing Sunday's attack.", "Sunday", "2025-03-07", "2025-03-02"),
]


@pytest.mark.parametrize(("text", "expression", "published", "value"), CASES)
def test_possessive_occasion_takes_its_clause_tense(text: str, expression: str, published: str, value: str) -> None:
    assert _value(text, expression, published) == value


# (synthetic sentence, expression, publication date, value): the present of a verb of going is a journey's schedule
GOING = [
    # published on a Monday: Tuesday is tomorrow, not six days back
    ("That stops being her concern when she leaves the bank on Tuesday.", "Tuesday", "2024-09-30", "2024-10-01"),
    ("The envoy arrives in the capital on Thursday for two days of talks.", "Thursday", "2025-03-10", "2025-03-13"),
    ("The premier travels to Oslo on Friday.", "Friday", "2025-03-10", "2025-03-14"),
    # the past of the same verbs keeps the past
    ("The envoy arrived in the capital on Thursday.", "Thursday", "2025-03-10", "2025-03-06"),
    ("She left the bank on Tuesday.", "Tuesday", "2024-09-30", "2024-09-24"),
]


@pytest.mark.parametrize(("text", "expression", "published", "value"), GOING)
def test_present_of_going_is_a_schedule(text: str, expression: str, published: str, value: str) -> None:
    assert _value(text, expression, published) == value
