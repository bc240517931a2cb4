"""A state's body named by a head of data/name_words.tsv class state_body in lower case after the state's
possessive speaks as that body (twenty-second session, bodies22: "air defence", "operational command"); and rule
body-of-state. A state's intelligence service still speaks for the state (tests/test_parse_phenomena.py).

Every sentence here is SYNTHETIC: written for this file, not copied from any news text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse

PUBLISHED = dt.date(2025, 3, 14)


def _speakers(text: str) -> list[str]:
    return [" and ".join(a.name for a in s.speakers) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic: after the words, a comma and the body (before: no statement)
        ("Eleven drones were downed over the capital, Ukraine's air defence said.", "Ukrainian air defence"),
        # synthetic: lower case (before: no statement)
        ("Poland's operational command said on Sunday that four jets were scrambled.", "Polish operational command"),
    ],
)
def test_body_head_after_the_words_or_in_lower_case(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic: a title after the body's words is a person's (unchanged)
        (
            "Finland's air defence commander Aarne Lahti said on Monday that two drones were downed.",
            "Aarne Lahti",
        ),
        # synthetic: a body the lines already knew (unchanged)
        ("Portugal's foreign ministry said the envoy had been summoned.", "Portuguese foreign ministry"),
    ],
)
def test_other_forms_unchanged(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# Rule body-of-state (_mentions._displace_owner_state): a body's capitalised name ending in "of <state>" after
# "the" is the body as written, not the state it names at its end.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic (before: the state)
        (
            "The State Rescue Service of Moldova said on Friday that nine people were saved.",
            "State Rescue Service of Moldova",
        ),
        # synthetic (before: the state)
        ("The National Police of Latvia said on Friday that four men were held.", "National Police of Latvia"),
        # synthetic: "of the" before the state (before: the state)
        (
            "The Armed Forces of the Czech Republic said on Friday that two jets took off.",
            "Armed Forces of the Czech Republic",
        ),
    ],
)
def test_body_of_state_as_written(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic: a registry body's formal name keeps the registry's name (unchanged)
        ("The Ministry of Defence of Ukraine said on Monday that a depot was hit.", "Ukrainian Defense Ministry"),
        # synthetic: the state alone speaks (unchanged)
        ("Moldova said on Friday that nine people were saved.", "Moldova"),
    ],
)
def test_body_of_state_other_forms_unchanged(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
