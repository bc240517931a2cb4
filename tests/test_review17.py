"""Seventeenth session review (review17): the rule vocabularies moved out of code into the data tables.

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._lexicon import lexicon

# rule compound-duration (_dates/_compound.py): its counts are the count words of data/numbers.tsv, not a list of
# its own (which had "fifteen" but not "sixteen")
COUNTS = sorted((w, n) for w, n in lexicon().numbers.items() if 2 <= n < 60)


def test_the_counts_come_from_the_table() -> None:
    assert ("sixteen", 16) in COUNTS
    assert ("fifteen", 15) in COUNTS
    assert len(COUNTS) >= 20


@pytest.mark.parametrize(("word", "n"), COUNTS)
def test_compound_duration_reads_every_count_word(word: str, n: int) -> None:
    text = f"The synthetic talks lasted two hours and {word} minutes."
    assert [(m.text, m.timex) for m in find_dates(text)] == [(f"two hours and {word} minutes", f"PT2H{n}M")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: units the table names by other codes are not joined (weeks, decades)
        ("The synthetic tour lasted two weeks and three days.", [("two weeks", "P2W"), ("three days", "P3D")]),
        ("The synthetic feud lasted two decades and three years.", [("two decades", "P20Y"), ("three years", "P3Y")]),
        # synthetic: the units' singular and plural forms of the table, one count each
        ("The synthetic trial lasted one year and one month.", [("one year and one month", "P1Y1M")]),
    ],
)
def test_compound_duration_units_of_the_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex) for m in find_dates(text)] == expected
