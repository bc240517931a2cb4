"""Speaker rules of the sixteenth session (speakers16). All texts are synthetic."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_actor_mentions, parse

PUBLISHED = "2025-03-14"


def _speakers(text: str, words: str) -> list[str]:
    statements = parse(text, published=PUBLISHED).statements
    return [" and ".join(a.name for a in s.speakers) for s in statements if words in s.text]


# Rule state-as-place (_speaker_rules.SPEAKER_RULES): a body named by its head alone belongs to the state named
# last as an actor, not to one named as a place; the mention finder and parse name the same body.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # synthetic: "across" and "to" put a state as a place
        (
            "Russia launched drones across Ukraine overnight. The defence ministry said all targets were hit.",
            "all targets",
            "Russian Defense Ministry",
        ),
        (
            "Japan pledged new aid to Ukraine on Friday. The foreign ministry said the aid would arrive in spring.",
            "the aid would arrive",
            "Japanese foreign ministry",
        ),
        # synthetic: a state named as an actor last is read as before
        (
            "Ukraine said it repelled an attack on Friday. The defence ministry said six drones were downed.",
            "six drones",
            "Ukrainian Defense Ministry",
        ),
        # synthetic: the place a story was filed from (a dateline) is no state in focus
        (
            "RIGA — Two drones were spotted above an airbase in Norway late on Friday, the armed forces reported.",
            "Two drones were spotted",
            "Norwegian armed forces",
        ),
    ],
)
def test_state_as_place_owner(text: str, words: str, speaker: str) -> None:
    assert _speakers(text, words) == [speaker]


def test_state_as_place_finder_and_parse_agree() -> None:
    # synthetic
    text = "Russia said its troops had taken a village in eastern Ukraine. The defence ministry said it was taken."
    found = [m.actor.id for m in find_actor_mentions(text) if m.actor is not None and m.actor.kind == "organisation"]
    (statement,) = [s for s in parse(text, published=PUBLISHED).statements if "it was taken" in s.text]
    assert [a.id for a in statement.speakers] == found == ["russian-defense-ministry"]
