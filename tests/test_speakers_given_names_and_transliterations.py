"""Speakers named in a form the mention finder did not read (seventeenth session, speakers17): a knighthood's
courtesy title before a given name alone (rule given-name-honorific) and a registry person's name written in
another transliteration (rule transliterated-name). All texts are synthetic."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_actor_mentions, parse
from nato_ukraine_timeline._actors import _name_skeleton, _skeleton, actor_registry
from nato_ukraine_timeline.model import Actor, ActorKind


def _speakers(text: str) -> list[str]:
    return [" and ".join(a.name for a in s.speakers) for s in parse(text, published="2025-03-14").statements]


def _mentioned(text: str) -> list[tuple[str | None, str]]:
    return [(m.actor.name if m.actor else None, text[m.span.start : m.span.end]) for m in find_actor_mentions(text)]


# --- given-name-honorific -------------------------------------------------------------------------------------


def test_sir_and_a_given_name_alone_is_the_registry_person_of_that_given_name() -> None:
    text = "Sir Keir said on Sunday that the plan would be put to the allies."  # synthetic
    assert _speakers(text) == ["Keir Starmer"]
    assert ("Keir Starmer", "Sir Keir") in _mentioned(text)


def test_the_person_the_text_names_in_full_comes_first() -> None:
    text = (  # synthetic: an unknown knight named in full, then by his given name
        "Air Marshal Sir Edmund Caldwell-Price opened the show. Sir Edmund said the jets would fly at noon."
    )
    assert _speakers(text) == ["Edmund Caldwell-Price"]


def test_two_people_of_that_given_name_in_the_text_name_no_one() -> None:
    text = (  # synthetic: two Keirs named in full, "Sir Keir" could be either
        "Keir Starmer met Keir Holloway-Banks in London. Sir Keir said the talks would go on."
    )
    assert ("Keir Starmer", "Sir Keir") not in _mentioned(text)
    assert not [m for m in _mentioned(text) if m[1] == "Sir Keir"]


def test_the_given_name_of_someone_else_written_in_full_is_no_registry_person() -> None:
    """Where the text writes the given name before another surname (a person the finder may not have read),
    "Sir <given name>" is not the registry's holder of that given name."""
    from nato_ukraine_timeline._mentions import _given_name_holder

    alone = _given_name_holder("Sir Keir said the navy was too small.", "Keir", [])
    assert getattr(alone, "name", None) == "Keir Starmer"
    text = "A report by Keir Whitfield was read out. Sir Keir said the navy was too small."  # synthetic
    assert _given_name_holder(text, "Keir", []) is None
    text = "Keir Starmer arrived. Sir Keir said the navy was too small."  # synthetic: the holder's own name
    assert getattr(_given_name_holder(text, "Keir", []), "name", None) == "Keir Starmer"


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered outside Notre Dame Cathedral on Sunday.",  # synthetic: a place's name, no person
        "Sir Mortimer said the bridge would reopen.",  # synthetic: a given name nobody known has
    ],
)
def test_no_person_without_a_holder_of_the_given_name(text: str) -> None:
    assert not [m for m in _mentioned(text) if m[1].startswith(("Sir", "Dame"))]


def test_a_full_name_after_sir_is_read_as_before() -> None:
    text = "Sir Keir Starmer said the summit had gone well."  # synthetic
    assert _speakers(text) == ["Keir Starmer"]
    assert _mentioned(text) == [("Keir Starmer", "Sir Keir Starmer")]


# --- transliterated-name --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Budrys", "Budris"),
        ("Leavitt", "Levitt"),
        ("Karoline", "Carolyn"),
        ("Oleh", "Oleg"),
        ("Serhii", "Sergey"),
        ("Dmytro", "Dmitry"),
        ("Kęstutis", "Kastutis"),
    ],
)
def test_transliterations_share_a_skeleton(a: str, b: str) -> None:
    assert _skeleton(a) == _skeleton(b)


@pytest.mark.parametrize(("a", "b"), [("Miller", "Müller-Lang"), ("Peskov", "Pieskowski")])
def test_other_names_do_not(a: str, b: str) -> None:
    assert _skeleton(a) != _skeleton(b)


def test_short_surnames_and_single_words_have_no_skeleton() -> None:
    assert _name_skeleton("Marta Kos") is None
    assert _name_skeleton("Mark Ratti") is None  # "rt": Rutte's too
    assert _name_skeleton("Budrys") is None
    assert _name_skeleton("Kastutis Budris") == ("ksts", "budris")


@pytest.mark.parametrize(("a", "b"), [("Jansen", "Jonson"), ("Larsen", "Larson"), ("Rutte", "Ratti")])
def test_surnames_that_differ_in_a_vowel_class_stay_apart(a: str, b: str) -> None:
    """A surname's skeleton keeps its vowels as three classes: -sen and -son are two names."""
    assert _skeleton(a, vowels=True) != _skeleton(b, vowels=True)


@pytest.mark.parametrize(("a", "b"), [("Leavitt", "Levitt"), ("Syniehubov", "Sinegubov"), ("Karoline", "Carolyn")])
def test_surnames_of_one_transliteration_class_share_it(a: str, b: str) -> None:
    assert _skeleton(a, vowels=True) == _skeleton(b, vowels=True)


def test_a_transliterated_full_name_is_the_registry_person() -> None:
    text = "Lithuania's top diplomat Kastutis Budris told reporters the ministers would meet in Vilnius."  # synthetic
    assert _speakers(text) == ["Kęstutis Budrys"]
    assert ("Kęstutis Budrys", "Kastutis Budris") in [(n, w[-15:]) for n, w in _mentioned(text)]


def test_a_name_without_its_middle_name_is_no_transliteration() -> None:
    reg = actor_registry()
    reg.find_mentions("x")
    assert reg.misspelt("Recep Erdogan") is None


def test_a_skeleton_two_registry_people_share_names_no_one() -> None:
    from nato_ukraine_timeline._actors import ActorRegistry

    reg = ActorRegistry(
        [
            Actor(id="anna-koval", name="Anna Koval", kind=ActorKind.PERSON),
            Actor(id="anya-kowal", name="Anya Kowal", kind=ActorKind.PERSON),
            Actor(id="pavlo-hrytsenko", name="Pavlo Hrytsenko", kind=ActorKind.PERSON),
        ]
    )
    text = "Pavel Gritsenko said the bridge was closed. Ana Kovall said it was open."  # synthetic
    names = [m.actor.name for m in find_actor_mentions(text, registry=reg) if m.actor is not None]
    assert "Pavlo Hrytsenko" in names
    assert "Anna Koval" not in names
    assert "Anya Kowal" not in names
