"""Statement dates, twenty-seventh session (sdate27): sayings the text gives no day of stay undated.

All sentences here are synthetic (written for these tests), published on a Friday, 2025-03-07.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl
from scoring import date_of_words, statement_date

PUBLISHED = dt.date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: a plan's day in the attribution ("expected to be presented on Tuesday") is no saying's
            (
                "The country must speed up its reforms to join the bloc by 2030, according to an EU draft report"
                " seen by the agency and expected to be presented on Tuesday."
            ),
            "must speed up its reforms",
            None,
        ),
        (  # synthetic: ... as in a reduced clause after the medium ("a report due to be released on Tuesday")
            "The country must speed up its reforms, NATO said in a report due to be released on Tuesday.",
            "must speed up its reforms",
            None,
        ),
        (  # synthetic: ... a day in the past keeps it
            (
                "The country must speed up its reforms to join the bloc by 2030, according to an EU draft report"
                " seen by the agency and presented on Tuesday."
            ),
            "must speed up its reforms",
            "2025-03-04",
        ),
        (  # synthetic: ... and so does the saying's own day before a plan in its words
            "Foreign Minister Ana Duarte said on Tuesday that she will visit the capital next month.",
            "she will visit the capital",
            "2025-03-04",
        ),
    ],
)
def test_own_clause_day_of_a_plan(text: str, words: str, timex: str | None) -> None:
    """A day that a plan cue governs in the attribution dates the plan, not the act of saying (published on the
    Tuesday itself, where the plan's day is no later than the publication)."""
    statements = ntl.parse(text, published=dt.date(2025, 3, 4)).statements
    assert date_of_words(statements, words)[0] == timex


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: the quotation goes on from a written statement the story gives no day of (a body, not the wire:
            # "the agency" under a /TASS/ dateline is the wire itself since speakers27)
            (
                "VIENNA, March 6. /TASS/. The inspectors had to put off their tour of the plant, the ministry said in"
                ' a statement. "The team has kept hearing blasts near the site," the ministry said.'
            ),
            "kept hearing blasts",
            None,
        ),
        (  # synthetic: ... not without the statement: the wire's day
            (
                "VIENNA, March 6. /TASS/. The inspectors had to put off their tour of the plant, the ministry said."
                ' "The team has kept hearing blasts near the site," the ministry said.'
            ),
            "kept hearing blasts",
            "2025-03-06",
        ),
    ],
)
def test_dateline_quotation_of_a_written_statement(text: str, words: str, timex: str | None) -> None:
    """Under a dateline, quotations that go on from a written statement are its words, undated like it."""
    assert statement_date(text, words, PUBLISHED)[0] == timex
