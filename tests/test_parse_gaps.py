"""Gaps of wire coverage: feed items opened by a bare date and a dash, joint statements, and
outlets that report what someone said. Sentences are of our own wording."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, text[s.span.start : s.span.end]) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Feb. 17 - NATO Secretary General Mark Rutte said the alliance would keep its promises.",
            "Mark Rutte",
            "the alliance would keep its promises",
        ),
        (
            "Dec. 5 \u2014 Zelensky said the front near Pokrovsk was holding.",
            "Volodymyr Zelensky",
            "the front near Pokrovsk was holding",
        ),
        (
            "Jan. 3 \u2013 Peskov said the Kremlin saw no reason to change its position.",
            "Dmitry Peskov",
            "the Kremlin saw no reason to change its position",
        ),
    ],
)
def test_feed_item_opened_by_a_date_and_a_dash(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _said(text)


def test_dash_item_behaves_like_colon_item() -> None:
    dash = parse("Feb. 17 - Zelensky said the talks would resume soon.", published=PUBLISHED).statements
    colon = parse("Feb. 17: Zelensky said the talks would resume soon.", published=PUBLISHED).statements
    assert [(s.speaker.id, s.text, s.when) for s in dash] == [(s.speaker.id, s.text, s.when) for s in colon]
    assert len(dash) == 1
