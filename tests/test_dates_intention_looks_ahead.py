"""Date cues of the twenty-first session (value21): a weekday in a clause that looks ahead without "will".
Cue "future" of data/tense_cues.tsv reads a verb of intention before its infinitive ("hoped to", "intended to",
"aims to"; not "wanted to") and the progressive of "be" ("is being held on Sunday") as ahead. All sentences are
SYNTHETIC, written for these tests (names, places and days changed)."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates

THURSDAY = dt.date(2024, 10, 3)


def _values(text: str, published: dt.date = THURSDAY) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: the intention lies after the hoping or intending, whatever the tense of the verb
        ("The envoy hoped to have his talks with the chancellor on Friday.", "Friday", "2024-10-04"),
        ("She was asked whether she intended to host the delegation on Tuesday.", "Tuesday", "2024-10-08"),
        ("The mayor intends to open the bridge on Monday.", "Monday", "2024-10-07"),
        ("Kyiv aims to wrap up the exchange on Saturday.", "Saturday", "2024-10-05"),
        ("The premier said he is hoping to sign the accord on Tuesday.", "Tuesday", "2024-10-08"),
        # synthetic: the progressive of "be" before a participle and a day is an arrangement
        ("The memorial service is being held on Sunday.", "Sunday", "2024-10-06"),
        ("The talks are being hosted by Oslo on Monday.", "Monday", "2024-10-07"),
    ],
)
def test_intention_and_progressive_look_ahead(text: str, expression: str, timex: str) -> None:
    """A weekday after a verb of intention or a progressive of "be" is the coming one, not the one just gone."""
    assert (expression, timex) in _values(text)


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        # synthetic: "wanted to" is left out; a since-phrase and a possessive keep the past
        ("The senator wanted to know on Monday whether the deal stood.", "Monday", "2024-09-30"),
        ("The city is being rebuilt since Sunday's flood.", "Sunday", "2024-09-29"),
        ("The minister said on Tuesday she hoped for progress.", "Tuesday", "2024-10-01"),
    ],
)
def test_past_readings_stay(text: str, expression: str, timex: str) -> None:
    """The new cues leave a weekday that the clause still sets in the past where it was."""
    assert (expression, timex) in _values(text)
