"""Date value rules of the sixteenth session (dates16). All sentences here are synthetic (written for the
tests), none copied from news text.

- latest-period-in-focus (_dates/_resolve.py): "the latest quarter"/"the latest period" is the quarter the text
  has named when that quarter is over by the reference day (the period reported); a year-ago period compares
  with such a quarter only, not with one a forecast names. The longer quarter forms of rule quarter_ref ("the
  quarter a year ago", "the corresponding period last year") are read whole.
- the near/short/medium/long(er) term (data/date_refs.tsv): the time ahead as a whole, FUTURE_REF, as TimeML and
  both golds (TempEval-3, the real-news pools) annotate it; rule future-as-adjective (_dates/_find.py) leaves the
  compound before a noun ("the short term loans") and before "of" ("the long term of the lease").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._resolve import LATEST_PERIOD_IN_FOCUS, ResolveRule

if TYPE_CHECKING:
    import datetime as dt


def _pairs(text: str, published: str | dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


# rule latest-period-in-focus (_dates/_resolve.py, LATEST_PERIOD_IN_FOCUS; synthetic)
@pytest.mark.parametrize(("text", "published", "expected"), LATEST_PERIOD_IN_FOCUS.examples)
def test_latest_period_in_focus_examples(text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert _pairs(text, published) == list(expected)


def test_latest_period_in_focus_rule_object() -> None:
    assert isinstance(LATEST_PERIOD_IN_FOCUS, ResolveRule)
    assert LATEST_PERIOD_IN_FOCUS.name == "latest-period-in-focus"
    assert LATEST_PERIOD_IN_FOCUS.form


def test_latest_period_reason_names_the_quarter() -> None:
    """The value says it comes from the text (basis context) and which quarter."""
    found = find_dates("Profit fell in the first quarter. The latest quarter was weak.", published="2025-08-01")
    latest = next(m for m in found if m.text == "The latest quarter")
    assert latest.timex == "2025-Q1"
    assert latest.value.basis.value == "context"
    assert "2025-Q1" in latest.value.reason


def test_last_quarter_still_counts_from_the_reference_day() -> None:
    """'last quarter' after a quarter named is not read as that quarter (it may be the one before it)."""
    assert _pairs("Profit fell in the first quarter, compared with last quarter.", "2025-08-01") == [
        ("the first quarter", "2025-Q1"),
        ("last quarter", "2025-Q2"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: the whole comparison phrase is one expression, a year before the quarter discussed
        (
            "Profit rose in the third quarter. For the quarter a year ago, it lost money.",
            [("the third quarter", "2025-Q3"), ("the quarter a year ago", "2024-Q3")],
        ),
        (
            "Profit rose in the third quarter, against a loss for the corresponding period last year.",
            [("the third quarter", "2025-Q3"), ("the corresponding period last year", "2024-Q3")],
        ),
        (
            "Profit rose in the third quarter from the same period a year earlier.",
            [("the third quarter", "2025-Q3"), ("the same period a year earlier", "2024-Q3")],
        ),
    ],
)
def test_quarter_comparison_phrases_read_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2025-11-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: the time ahead as a whole
        ("The talks may end the war in the near term, he said.", [("the near term", "FUTURE_REF")]),
        ("Prices will rise in the short term.", [("the short term", "FUTURE_REF")]),
        ("In the long term, the alliance must spend more.", [("the long term", "FUTURE_REF")]),
        ("Over the longer term, the sanctions will bite.", [("the longer term", "FUTURE_REF")]),
        ("The ministry has no plan for the medium term.", [("the medium term", "FUTURE_REF")]),
        ("In the near term and beyond, costs will rise.", [("the near term", "FUTURE_REF")]),
        # rule future-as-adjective: a compound before its noun, or "the ... term of" something, is no time
        ("The short term loans were repaid.", []),
        ("The long term goal is peace.", []),
        ("The long term of the lease ended.", []),
    ],
)
def test_term_phrases_are_the_future(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, "2025-03-07") == expected
