"""Attribution, nineteenth session (attr19). Every sentence here is synthetic, written for these tests.

attribution-not-words: a sentence that says who said the sentence before it ("X reported this on Telegram",
"This was announced by X") is an attribution, not words; an "according to Y" after it names where that
attribution was reported, so Y speaks no statement of it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse

PUBLISHED = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a verb of saying with "this" as its object, then the outlet that carried it
            (
                "A drone hit a depot on the edge of the city overnight. "
                "Mayor Ihor Terekhov reported this on Telegram, according to Censor.NET."
            ),
            "Ihor Terekhov",
            "A drone hit a depot on the edge of the city overnight",
        ),
        (  # synthetic: the passive "This was announced by X", then the outlet
            (
                "The council will meet again on Friday. "
                "This was announced by Kremlin spokesman Dmitry Peskov, according to Censor.NET."
            ),
            "Dmitry Peskov",
            "The council will meet again on Friday",
        ),
    ],
)
def test_attribution_then_according_to_is_no_statement(text: str, speaker: str, words: str) -> None:
    said = _said(text)
    assert (speaker, words) in said
    assert len(said) == 1  # the attributing sentence itself is nobody's words


def test_according_to_after_words_still_speaks() -> None:
    # synthetic: an ordinary "according to" after words (no attribution of the sentence before) keeps its source
    text = "The ferry will resume service in May. Four ports were closed this week, according to Reuters."
    assert _said(text) == [("Reuters", "Four ports were closed this week")]
