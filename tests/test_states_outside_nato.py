"""States outside NATO and the EU that the 2024-2025 story names as hosts, mediators and parties (Saudi
Arabia, Qatar, the United Arab Emirates, Switzerland, Israel, Indonesia, Australia): the registry knows them,
by name, short name, adjective and capital, so they speak and describe their officials. Synthetic texts only."""

from __future__ import annotations

import pytest

import nato_ukraine_timeline as ntl


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # synthetic
        ("Qatar said on Monday that the children had been returned to their families.", "Qatar"),
        ("The UAE said the exchange of prisoners had been completed.", "United Arab Emirates"),
        ("Saudi Arabia said the talks would resume next week.", "Saudi Arabia"),
        ("Switzerland said it would host the conference in June.", "Switzerland"),
        ("Australia said it would send more armoured vehicles.", "Australia"),
    ],
)
def test_a_state_of_the_story_speaks(text: str, speaker: str) -> None:
    (statement,) = ntl.parse(text).statements
    assert statement.speaker.name == speaker
    assert statement.speaker.kind is ntl.ActorKind.STATE


@pytest.mark.parametrize(
    ("text", "state"),
    [  # synthetic
        ("Swiss officials said the summit would be held in June.", "Switzerland"),
        ("Qatari mediators met both delegations in Doha.", "Qatar"),
        ("An Emirati official said the exchange had been completed.", "United Arab Emirates"),
        ("Indonesian diplomats said the proposal was still being studied.", "Indonesia"),
    ],
)
def test_a_states_adjective_names_it(text: str, state: str) -> None:
    assert state in {m.actor.name for m in ntl.find_actor_mentions(text) if m.actor is not None}


def test_the_short_name_and_the_long_name_are_one_actor() -> None:
    text = "The United Arab Emirates mediated the swap. The UAE said 190 prisoners were exchanged."  # synthetic
    ids = {m.actor.id for m in ntl.find_actor_mentions(text) if m.actor is not None}
    assert ids == {"united-arab-emirates"}
