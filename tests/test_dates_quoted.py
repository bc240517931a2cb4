"""The tense of a date inside a direct quotation, the "today" of a standing present, and "-ed" adjectives
(synthetic sentences written for these tests).

- In a speaker's own words the tense is the speaker's, not the past of the saying around them ("he
  said"): a weekday in a quoted sentence with no past or future of its own, after a present of "be" or in
  a command, is the coming one ("I'm in Kyiv on Wednesday morning," he said; "Come to Kyiv on Friday.").
- A sentence-opening "Today" before a pronoun and a verb of a standing state ("Today we face ...") is the
  present as a whole (PRESENT_REF), also in a quotation dated by its saying.
- A date in an unquoted clause in the present ("A truce is unlikely before spring, ..., the president told
  reporters") is the nearest occurrence, not the past of the saying.
- A word in "-ed" right after a determiner is an adjective, not a past verb ("an unprecedented campaign"):
  it does not set a date in the past.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._resolve import quotation_around

MONDAY = dt.date(2025, 2, 17)
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _values(text: str, published: dt.date) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text, published=published)}


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        ('"I fly out tonight. I am in Vilnius on Wednesday morning," he said.', "Wednesday morning", "2025-02-19TMO"),
        ("The minister replied in two words: \u201cSure. Visit Riga on Friday.\u201d", "Friday", "2025-02-21"),
        ("``We are in Riga on Thursday,'' the official told reporters.", "Thursday", "2025-02-20"),
        # a quotation whose words have no present and give no command keeps the past of the saying
        ('"My talks over the weekend with the envoy gave us terms," she said.', "the weekend", "2025-W07-WE"),
        # the quotation's own past still decides
        ('"We met them on Wednesday," the envoy said.', "Wednesday", "2025-02-12"),
        # outside a quotation the saying's past decides as before
        ("The envoy said he was in Vilnius on Wednesday.", "Wednesday", "2025-02-12"),
    ],
)
def test_tense_of_quoted_words(text: str, phrase: str, want: str) -> None:
    assert _values(text, MONDAY)[phrase] == want


def test_adjective_in_ed_sets_no_past() -> None:
    text = "\u201cMoscow aims to win the vote in the autumn and plans an unprecedented campaign,\u201d she said."
    assert _values(text, dt.date(2025, 7, 30))["the autumn"] == "2025-FA"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('He said: "We go on Friday." Then he left.', True),
        ('"Go," he said, and left on Friday.', False),
        ("\u201cWe go on Friday,\u201d he said.", True),
        ("``We go on Friday,'' he said.", True),
        ("He left on Friday.", False),
    ],
)
def test_quotation_around(text: str, inside: bool) -> None:
    at = text.index("Friday")
    assert (quotation_around(text, at, at + 6) is not None) == inside


@given(DAYS, st.sampled_from(WEEKDAYS))
def test_quoted_weekday_without_tense_lies_ahead(published: dt.date, weekday: str) -> None:
    """For any reference day, a weekday in a quotation with no tense of its own is 0-6 days after it."""
    value = _values(f'"I am in Vilnius on {weekday}," the envoy said.', published)[weekday]
    gap = (dt.date.fromisoformat(value) - published).days
    assert 0 <= gap <= 6


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"Today we face a long hybrid war," she said.', "PRESENT_REF"),
        ('"Today we continue to press our partners," he said on Wednesday.', "PRESENT_REF"),
        ('"Today, we remember the victims," she said.', "2025-02-17"),
        ('"Today we sign the accord," he said.', "2025-02-17"),
        ("Today we signed the accord.", "2025-02-17"),
    ],
)
def test_today_of_a_standing_present(text: str, want: str) -> None:
    """A sentence-opening "Today" before a pronoun and a verb of a standing state (no comma between) is the
    present as a whole; before a verb of a one-day act, or after a comma, it is the day."""
    assert _values(text, MONDAY)["Today"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A truce is unlikely before spring, and allies must keep up aid, the president told reporters.", "2026-SP"),
        ("Talks stalled in the spring, and allies kept up aid, the president told reporters.", "2025-SP"),
    ],
)
def test_present_clause_before_a_saying(text: str, want: str) -> None:
    """A date in a clause in the present with no tense marker of its own is the nearest occurrence (in
    mid-November, the coming spring), not the past of a saying in another clause of the sentence."""
    got = {m.text: m.timex for m in find_dates(text, published=dt.date(2025, 11, 16))}
    assert want in got.values()
