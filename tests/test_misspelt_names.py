"""Misspelt names (tenth session, attr10a): a name an outlet mistyped is the person or body it names, read by
nato_ukraine_timeline._mentions (``_transposed``: two neighbouring letters swapped in a name the registry
knows; ``_misspelt_again``: one letter changed or two swapped in the surname of a person named earlier in full).
All text here is synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse

PUBLISHED = dt.date(2025, 4, 28)


def _speakers(text: str) -> list[str]:
    return [s.speaker.name for s in parse(text, published=PUBLISHED).statements if s.speaker is not None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic: two neighbouring letters swapped in a surname the registry knows
        ("Zelenksy later said on X that the talks in Rome were useful.", "Volodymyr Zelensky"),
        # synthetic: the same slip in an outlet's one-word name
        ("According to Suspline, the next round of talks is set for Friday.", "Suspilne"),
        # synthetic: a letter changed in the surname of a person named in full before
        (
            "The minister met Valerii Zaluzhnyi in London. The visit would be useful, Zuluzhnyi said.",
            "Valerii Zaluzhnyi",
        ),
    ],
)
def test_misspelt_name_speaks(text: str, speaker: str) -> None:
    """Synthetic: the mistyped name speaks as the person or outlet it names."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # synthetic: a surname one letter longer than one named before is another person's, not a typo
        "Sergei Ivanov met the envoy. Ivanova said the meeting had been useful.",
        # synthetic: a short surname one letter off another is another name
        "Mark Rutte met the envoy. Rutta said the meeting had been useful.",
    ],
)
def test_not_misspelt(text: str) -> None:
    """Synthetic: a different length or a short name is no misspelling of a name named before."""
    assert "Sergei Ivanov" not in _speakers(text)
    assert "Mark Rutte" not in _speakers(text)
