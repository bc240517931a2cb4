"""A day named with its part of the day is the day in focus (twenty-fifth session, fix25).

"On the afternoon of June 1 ... the same day": the same day is June 1, as after "On June 1"; a night
("overnight", "Friday night") is not, since the night runs into the next day. All sentences are synthetic.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

PUBLISHED = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "On the afternoon of June 1, the premier confirmed the talks. On the same day, the envoy left.",
            "the same day",
            "2025-06-01",
        ),
        (
            "On the morning of June 1, the premier confirmed the talks. Earlier in the day, the envoy left.",
            "Earlier in the day",
            "2025-06-01",
        ),
        ("On Saturday evening the premier spoke. The next day, the envoy left.", "The next day", "2025-06-01"),
        # a night is not the day in focus: "the same day" after "overnight" stays the reference day
        ("Drones struck overnight, officials said. On the same day, the envoy left.", "the same day", "2025-06-02"),
    ],
)
def test_day_of_its_part_in_focus(text: str, phrase: str, value: str) -> None:
    """A day anaphor after a day named with its morning, afternoon or evening counts from that day."""
    found = {m.text: m.timex for m in ntl.find_dates(text, published=PUBLISHED)}
    assert found[phrase] == value
