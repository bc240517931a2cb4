"""A line in capitals is read in lower case but for the names of the date tables (SYNTHETIC lines written for
these tests): months (data/months.tsv), full weekday names (data/weekdays.tsv) and one-word holidays
(data/holidays.tsv) keep an initial capital; a weekday abbreviation that is an English word does not."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline._dates._find import _decapitalised
from nato_ukraine_timeline._dates._lexicon import holidays, lexicon


def test_names_of_the_tables_keep_a_capital() -> None:
    line = "ENVOYS WILL MEET ON MONDAY, DEC 8, BEFORE CHRISTMAS AND AGAIN IN SEPT UNDER THE SUN"
    assert _decapitalised(line) == "envoys will meet on Monday, Dec 8, before Christmas and again in Sept under the sun"


NAMES = [
    *lexicon().months,
    *(w for w in lexicon().weekdays if w.endswith("day")),
    *(h for h in holidays() if " " not in h),
]


@pytest.mark.parametrize("name", NAMES)
def test_every_table_name_keeps_a_capital(name: str) -> None:
    line = f"TALKS WILL OPEN ON {name.upper()} IN THE CAPITAL"
    assert _decapitalised(line) == f"talks will open on {name.capitalize()} in the capital"
