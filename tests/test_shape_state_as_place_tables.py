"""Code shape of the sixteenth session's rules (review16): vocabularies read from the data tables.

Rule state-as-place (speakers16) read its prepositions of place and its compass words from a list inside a
regex; they are now classes of data/name_words.tsv. The sentences are synthetic.
"""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import _mentions


def test_state_as_place_words_are_table_classes() -> None:
    words = _mentions.name_words()
    assert {"in", "into", "across", "from", "near", "over"} <= set(words["place_preposition"])
    assert {"eastern", "north-eastern", "northeastern", "central"} <= set(words["compass_word"])


@pytest.mark.parametrize(
    ("before", "place"),
    [
        ("drones flew in ", True),
        ("troops moved into the ", True),
        ("shelling across North-Eastern ", True),
        ("the war in northeastern ", True),
        ("talks with ", False),
        ("a letter of ", False),
        ("the eastern ", False),  # a compass word with no preposition before it
        ("fighting within ", False),  # "in" inside a word
    ],
)
def test_the_words_before_a_state_that_make_it_a_place(before: str, place: bool) -> None:
    """Synthetic: the words before a state's name, as the rule's pattern reads them up to the name."""
    text = before + "Freedonia"
    assert (_mentions._state_as_place().search(text, 0, len(before)) is not None) is place
