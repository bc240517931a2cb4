"""Date resolution rules of the twelfth session (sdates12b). All sentences here are synthetic (written for the
tests), none copied from news text.

- date-of-the-saying: a date between a verb of saying (a finite form or a participle of data/speech_verbs.tsv)
  and its that-clause dates the act of saying: it takes the saying's time, never the tense of the reported
  words after "that"; ahead only where a future governs the saying itself ("will say on Monday that").
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates, parse

PUBLISHED = dt.date(2025, 3, 7)  # a Friday


def _pairs(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


# rule date-of-the-saying (synthetic): (text, expected pairs) in a text of Friday 2025-03-07
SAYING = [
    # a participle in an absolute clause; the reported words are in the conditional
    (
        "Critics accused the envoy of bias, with the prime minister insisting on Tuesday that she would never sign.",
        [("Tuesday", "2025-03-04")],
    ),
    # a participle after a comma; a month with reported words ahead: the month already gone
    (
        "The governor pledged more shelters, saying in January that the city would be ready by winter.",
        [("January", "2025-01"), ("winter", "2025-WI")],
    ),
    # a verb of telling with its addressee; the reported words in the future
    ("The minister told reporters on Wednesday that the talks will resume.", [("Wednesday", "2025-03-05")]),
    # a finite verb with no preposition; a part of the day between the date and "that"
    (
        "The spokeswoman announced Thursday evening that new sanctions would follow.",
        [("Thursday evening", "2025-03-06TEV")],
    ),
    # a future governs the saying itself: the day ahead
    ("The chancellor will say on Monday that the budget will double.", [("Monday", "2025-03-10")]),
]


@pytest.mark.parametrize(("text", "expected"), SAYING)
def test_date_of_the_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_date_of_the_saying_dates_the_statement() -> None:
    """Synthetic: the statement of a participle of saying takes the past day of its adjunct."""
    text = "Allies criticised the draft, with Foreign Minister Andrii Sybiha vowing on Tuesday that he would not yield."
    dated = [(s.text, s.when.timex if s.when else None) for s in parse(text, published=PUBLISHED).statements]
    assert dated == [("he would not yield", "2025-03-04")]
