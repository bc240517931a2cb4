"""Event rules of the fifteenth session (events15). Synthetic sentences, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

_PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(str(e.kind), e.trigger, e.when.timex) for e in ntl.parse(text, published=_PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: at or during a gathering, one is at it while it is held
        (
            "Rutte spoke at a security conference in Oslo on Thursday.",
            [("meeting", "security conference", "2025-03-13")],
        ),
        (
            "Speaking at an investment forum in Kyiv on Thursday, the minister said gas will flow.",
            [("meeting", "forum", "2025-03-13")],
        ),
        (
            "The minister said on Thursday during the energy forum that gas will flow.",
            [("meeting", "forum", "2025-03-13")],
        ),
        # synthetic: a conference with journalists is a venue of words, not a gathering held
        ("The minister spoke on Thursday in a conference with journalists.", []),
        # synthetic: a forum that is only the topic or subject of a sentence names no dated gathering
        ("The forum discussed energy prices.", []),
    ],
)
def test_gathering_at_or_during(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(text) == expected
