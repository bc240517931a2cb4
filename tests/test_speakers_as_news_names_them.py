"""Speakers named as news and its readers name them (fifteenth session, speakers15).

Every sentence here is SYNTHETIC: written for this file, not copied from any news text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_actor_mentions, parse

PUBLISHED = dt.date(2025, 3, 14)


def _speakers(text: str) -> list[str]:
    return [" and ".join(a.name for a in s.speakers) for s in parse(text, published=PUBLISHED).statements]


# Registry names: a body or an outlet is named as English news names it. Ukraine's General Staff is
# "Ukraine's General Staff" (the formal "General Staff of the Armed Forces of Ukraine" is an alias); an
# outlet known by its initials is named by them (AFP, DW, KCNA), the long form an alias.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic
        (
            "The General Staff of the Armed Forces of Ukraine said 40 clashes took place on the front.",
            "Ukraine's General Staff",
        ),
        # synthetic
        ("Ukraine's General Staff said on Monday that two bridges had been hit.", "Ukraine's General Staff"),
        # synthetic
        ("The talks would resume in Geneva, Agence France-Presse reported.", "AFP"),
        # synthetic
        ("The talks would resume in Geneva, AFP reported.", "AFP"),
        # synthetic
        ("The minister will visit Berlin next week, Deutsche Welle reported.", "DW"),
        # synthetic
        ("The launch was a success, the Korean Central News Agency said.", "KCNA"),
        # synthetic: the US Department of Defense is named as news names it, and the State Department without dots
        ("The U.S. Department of Defense said the shipment had left.", "Pentagon"),
        ("The Pentagon said on Monday that the shipment had left.", "Pentagon"),
        ("The U.S. State Department said the embassy would stay open.", "US State Department"),
    ],
)
def test_registry_names_as_news_names_them(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


def test_one_actor_by_every_form() -> None:
    # synthetic: the long form and the initials are one actor with one id
    text = "Agence France-Presse said the ship had sunk, and AFP added that no one was hurt."
    ids = {m.actor.id for m in find_actor_mentions(text) if m.actor is not None and m.actor.kind == "media"}
    assert ids == {"afp"}


# Rule state-body-as-written (_speaker_rules.SPEAKER_RULES): a state's body the registry does not know, written
# with the state's possessive and a capitalised name, is named as written; the mention finder and parse agree.
def test_state_body_as_written_one_actor() -> None:
    # synthetic
    text = "Norway's Coastal Administration said on Monday that the ferry had run aground."
    found = [m.actor for m in find_actor_mentions(text) if m.actor is not None]
    assert [a.name for a in found] == ["Norway's Coastal Administration"]
    (statement,) = parse(text, published=PUBLISHED).statements
    assert [a.id for a in statement.speakers] == [found[0].id]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # synthetic: the registry's body keeps its name
        ("Russia's Defense Ministry said on Monday that two drones were downed.", "Russian Defense Ministry"),
        # synthetic: lower case, the state's adjective as before
        ("Portugal's foreign ministry said the envoy had been summoned.", "Portuguese foreign ministry"),
        # synthetic: a body written with the adjective keeps it
        ("The Portuguese Foreign Ministry said the envoy had been summoned.", "Portuguese Foreign Ministry"),
    ],
)
def test_state_body_other_forms_unchanged(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
