"""Rule year-of-named-occasion (_dates/_occasion_year.py; twenty-seventh session, year27): a year that modifies a
scheduled occasion ("the 2026 summit") dates the year-less month or day of that occasion in the same phrase. All
sentences here are synthetic, written for these tests; none is copied from news text.
"""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._occasion_year import YEAR_OF_NAMED_OCCASION
from nato_ukraine_timeline._dates._resolve import ResolveRule
from nato_ukraine_timeline.model import Basis


def _pairs(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_OF_NAMED_OCCASION.examples)
def test_year_of_named_occasion_examples(text: str, published: str, expected: tuple[tuple[str, str], ...]) -> None:
    """Each example of the rule object gives the values it lists."""
    assert _pairs(text, published) == list(expected)


def test_rule_object() -> None:
    """The rule is a named ResolveRule that says its form."""
    assert isinstance(YEAR_OF_NAMED_OCCASION, ResolveRule)
    assert YEAR_OF_NAMED_OCCASION.name == "year-of-named-occasion"
    assert YEAR_OF_NAMED_OCCASION.form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: no publication date, a year outside the window still dates its occasion's month
        ("Synthetic: the port city hosts the 2026 leaders' summit in July.", [("2026", "2026"), ("July", "2026-07")]),
        # synthetic: a place between the noun and the date
        (
            "Synthetic: ministers prepared the 2026 summit at Lake Ohrid on 7 July.",
            [("2026", "2026"), ("7 July", "2026-07-07")],
        ),
        # synthetic: plural noun of the table, and "in early" before the month
        (
            "Synthetic: observers watched the 2023 elections in early March closely.",
            [("2023", "2023"), ("early March", "2023-03")],
        ),
    ],
)
def test_without_a_publication_date(text: str, expected: list[tuple[str, str]]) -> None:
    """With no publication date the written year of the occasion decides the date (basis context)."""
    found = find_dates(text)
    assert [(m.text, m.timex) for m in found] == expected
    assert found[-1].value.basis is Basis.CONTEXT


def test_a_year_possessive_needs_a_reference_day() -> None:
    """'next year's summit in July' with no publication date leaves July to the other rules (not 2026 made up)."""
    found = find_dates("Synthetic: planners met to discuss next year's summit in July.")
    assert all("of the occasion it dates" not in (m.value.reason or "") for m in found)


def test_a_clause_between_leaves_the_date() -> None:
    """A verb between the occasion and the date: the date is another act's, the tense decides."""
    text = "Synthetic: the 2026 summit was discussed at length by the ministers in July."
    assert _pairs(text, "2025-09-01") == [("2026", "2026"), ("July", "2025-07")]


@pytest.mark.parametrize(("n", "value"), [(1, "2026-07"), (3, "2026-07"), (50, "2025-07"), (4000, "2025-07")])
def test_long_runs_stay_bounded(n: int, value: str) -> None:
    """The phrase takes at most eight modifiers: a long run of words before the date is no phrase, and never
    makes the pattern hang."""
    text = "the 2026 " + "summit " * n + "in July"
    assert find_dates(text, published="2025-03-01")[-1].timex == value
