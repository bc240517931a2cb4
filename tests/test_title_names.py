"""A name written next to a title wins over the title's registry holder (twenty-first session, titles21): rule
name-after-title-complement (a title, its complement of capitalised bodies and places, then a personal name:
the name speaks, not a holder of a like title) and titles whose form opens with their body's name ("Verkhovna
Rada Speaker Ivan Petrenko" is a titled name, not the parliament). All text here is synthetic, written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._actors import MentionKind, active_registry

_DAY = dt.date(2025, 3, 10)


def _speakers(text: str) -> list[str]:
    return [s.speaker.name for s in parse(text, published=_DAY).statements if s.speaker is not None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic: a title of a body "in" another body, then an unknown name (before: no statement)
        (
            (
                "The Permanent Representative of the Government in the Verkhovna Rada Ivan Petrenko said the"
                " bill would pass."
            ),
            "Ivan Petrenko",
        ),
        # synthetic: a title "of" a body the registry does not know, then the name
        (
            "The Permanent Representative of the Cabinet Olena Hrytsenko said the vote was set for Friday.",
            "Olena Hrytsenko",
        ),
        # synthetic: an ambassador's title with a state and a body, then the name (not the registry's ambassador)
        ("The Ambassador of Ukraine in the Verkhovna Rada Ivan Petrenko said the bill would pass.", "Ivan Petrenko"),
        # synthetic: a registry name after the complement is that person
        (
            "The Permanent Representative of Ukraine to the UN Andriy Melnyk said on Monday that talks would resume.",
            "Andriy Melnyk",
        ),
        # synthetic: the body's name opens the title, then a known name (before: the parliament spoke)
        (
            (
                "Verkhovna Rada Speaker Ruslan Stefanchuk in a post on Telegram shared the letter, saying it would be"
                " read on Monday."
            ),
            "Ruslan Stefanchuk",
        ),
        # synthetic: the same form with a name the registry does not know: the name, not the registry's holder
        (
            (
                "Verkhovna Rada Speaker Ivan Petrenko in a post on Telegram shared the letter, saying it would be read"
                " on Monday."
            ),
            "Ivan Petrenko",
        ),
    ],
)
def test_named_title_holder_speaks(text: str, speaker: str) -> None:
    """Synthetic: the name written with the title speaks."""
    assert _speakers(text) == [speaker]


def test_complement_stops_at_a_comma_or_a_lower_case_word() -> None:
    """Synthetic: a comma or a word in lower case ends the complement: no name is read past it."""
    reg = active_registry()
    for text in (
        "The Permanent Representative of the Cabinet, Ivan Petrenko said.",
        "The Permanent Representative of the Cabinet met Ivan Petrenko.",
    ):
        kinds = [(m.text, m.kind) for m in reg.find_mentions(text)]
        assert ("The Permanent Representative of the Cabinet Ivan Petrenko", MentionKind.NEW) not in kinds
        assert all("Petrenko" not in t for t, k in kinds if k is not MentionKind.NAME), kinds


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # synthetic: the first use refers back to the state named before it: every use is that state's holder
        (
            (
                "Drones hit Kyiv overnight. The prime minister said Moscow must be stopped. Later the prime minister"
                " added that Ukraine needed air defence."
            ),
            ["Denys Shmyhal", "Denys Shmyhal"],
        ),
        # synthetic: a government's text about its own head, no state named before the title: no registry holder
        (
            (
                "The Prime Minister opened a call of European leaders from Leeds on Tuesday. The Prime Minister offered"
                " his sympathy to Spain after the floods in Valencia. Turning to Ukraine, the Prime Minister said"
                " Moscow could not be trusted."
            ),
            [],
        ),
    ],
)
def test_bare_title_means_one_holder(text: str, speakers: list[str]) -> None:
    """Synthetic: rule bare-title-means-one-holder."""
    assert _speakers(text) == speakers
