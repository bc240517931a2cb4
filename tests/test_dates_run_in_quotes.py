"""Rule quoted-words-in-a-clause (twelfth session, dates12): a short quotation run into its sentence ends no
clause, so the date after or inside it takes the tense of the clause's own verb.

All sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._find import unquoted_run_ins

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
_MONDAY = dt.date(2025, 9, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: scare quotes between the future verb and its date
        ('The ministers will discuss a "drone wall" on the border on Friday, a spokesman said.', "2025-09-26"),
        # synthetic: the speaker's words run into the clause, the date inside them
        ('The president said Sunday that the envoy may travel "Wednesday or Thursday."', "2025-09-24"),
        # synthetic: curly marks
        (
            "The ministers will discuss a \u201cdrone wall\u201d on the border on Friday, a spokesman said.",
            "2025-09-26",
        ),
        # synthetic: a quotation of its own (after a colon) still ends its clause
        ('He said: "No." On Friday the talks failed.', "2025-09-19"),
    ],
)
def test_run_in_quotes_take_their_clause_tense(text: str, expected: str) -> None:
    values = [m.timex for m in find_dates(text, published=_MONDAY)]
    assert expected in values


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('"We will win," he said on Friday.', True),  # synthetic: a quotation opening its sentence
        ('He said: "We will win tomorrow and then rest."', True),  # synthetic: after a colon, five words and more
        ('They will build a "drone wall" on Friday.', False),  # synthetic: scare quotes
        ("a so-called \u2018peace plan\u2019 on Friday", False),  # synthetic: single curly marks
    ],
)
def test_which_marks_are_unquoted(text: str, kept: bool) -> None:
    out = unquoted_run_ins(text)
    assert len(out) == len(text)
    assert (out == text) is kept


@given(DAYS, st.integers(0, 6))
def test_future_over_a_scare_quote_lies_ahead(published: dt.date, wd: int) -> None:
    """A firm future before a scare-quoted noun names the weekday after it 0-6 days after the reference."""
    (m,) = find_dates(f'The allies will test a "drone wall" on {WEEKDAYS[wd]}.', published=published)
    assert m.value.earliest is not None
    assert 0 <= (m.value.earliest - published).days <= 6
