"""Bare titles with "outgoing" or "incoming" (tenth session, attr10a): the one holder of the registry whose term of
that office ends (outgoing) or begins (incoming) from a week before the publication date to half a year after it
speaks, not the holder on the day (nato_ukraine_timeline._mentions._leaving_or_coming). All text here is
synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from found import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "published", "speaker"),
    [
        # synthetic: on the day of the handover, the outgoing holder is the one leaving, not the new one
        (
            "The outgoing secretary-general said that the alliance was in safe hands.",
            dt.date(2024, 10, 1),
            "Jens Stoltenberg",
        ),
        # synthetic: the alliance named with the title, months before the term ends
        (
            "The outgoing NATO secretary-general said on Monday that allies must keep spending.",
            dt.date(2024, 6, 3),
            "Jens Stoltenberg",
        ),
    ],
)
def test_outgoing_holder_speaks(text: str, published: dt.date, speaker: str) -> None:
    """Synthetic: "the outgoing" and a title is the holder whose term ends near the date."""
    assert _speakers(text, published) == [speaker]


def test_no_term_ends_near() -> None:
    """Synthetic: where no holder's term of the office ends near the date, "outgoing" names none of them."""
    text = "The outgoing secretary-general said that the alliance was in safe hands."
    assert "Jens Stoltenberg" not in _speakers(text, dt.date(2025, 6, 2))


def test_plain_title_unchanged() -> None:
    """Synthetic: without a modifier the holder on the day speaks, as before."""
    text = "The NATO secretary-general said that the alliance was in safe hands."
    assert _speakers(text, dt.date(2024, 10, 2)) == ["Mark Rutte"]
