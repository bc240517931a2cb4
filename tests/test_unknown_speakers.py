"""Speakers the registry does not know (twelfth session, attr12b). All texts are synthetic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nato_ukraine_timeline import parse
from nato_ukraine_timeline.model import ActorKind

if TYPE_CHECKING:
    import pytest


def _speakers(text: str) -> list[tuple[str, str, ActorKind]]:
    return [(a.name, a.id, a.kind) for s in parse(text).statements for a in s.speakers]


def test_surname_opening_a_sentence_is_a_person() -> None:
    """Synthetic: an unknown surname opening a sentence before a speech verb speaks, as a person with the
    one id scheme (a slug of the name)."""
    found = _speakers("The hearing was short. Halvorsen said the ship had lost its anchor by accident.")
    assert found == [("Halvorsen", "halvorsen", ActorKind.PERSON)]


def test_surname_opening_keeps_the_full_name_given_before() -> None:
    """Synthetic: the full name the text gave earlier, not the surname alone."""
    found = _speakers("Harbour master Anders Lindqvist spoke in Oslo. Lindqvist said the port would stay open.")
    assert found == [("Anders Lindqvist", "anders-lindqvist", ActorKind.PERSON)]


def test_no_surname_in_words_that_open_no_name() -> None:
    """Synthetic: a month, a quantifier, a described speaker's head noun and a place open no person's name."""
    assert _speakers("September said nothing of the kind.") == []
    assert _speakers("Everyone agreed that the port would stay open.") == []
    assert all(kind is not ActorKind.PERSON for _n, _i, kind in _speakers("Officials said the port would stay open."))
    assert all(kind is not ActorKind.PERSON for _n, _i, kind in _speakers("Moscow said the port would stay open."))


def test_bare_title_means_the_holder_for_the_state_named_before_it() -> None:
    """Synthetic: of two states with one prime minister each that day, the one named before the title (a
    definite title refers back), not the one its words name; with none before, the one named after it."""
    text = "Poland raised its readiness. The prime minister told lawmakers that Ukraine needed more air defence."
    found = [a.name for s in parse(text, published="2025-09-10").statements for a in s.speakers]
    assert found == ["Donald Tusk"]
    text = "The prime minister told reporters that the Polish army was ready."
    found = [a.name for s in parse(text, published="2025-09-10").statements for a in s.speakers]
    assert found == ["Donald Tusk"]


def test_bare_title_needs_the_day() -> None:
    """Synthetic: with no publication date no one holds a title on the day: no speaker from it."""
    text = "The prime minister told reporters that the Polish army was ready."
    assert [a.name for s in parse(text).statements for a in s.speakers] == []


def test_no_surname_in_plural_nouns_that_open_a_sentence() -> None:
    """Synthetic: a plural noun of people or of data, or a state's people, opening a sentence before a speech
    verb is no person named by a surname (data/name_words.tsv not_surname; demonyms.tsv with "s")."""
    for word in ("Lawyers", "Voters", "Polls", "Data", "Ukrainians", "Americans", "Poles", "Congress"):
        text = f"The hearing was short. {word} said that the ruling was a surprise."
        kinds = [a.kind for s in parse(text).statements for a in s.speakers]
        assert ActorKind.PERSON not in kinds, word


def test_titles_in_focus_read_each_office_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Synthetic, long: the holders of a title for a body are read once a text, not once a title and body
    pair of mentions (a text of 180 bare titles and 600 states named took a minute before)."""
    from nato_ukraine_timeline._actors import ActorRegistry

    calls = []
    original = ActorRegistry.holders

    def counted(self: ActorRegistry, *args: object, **kwargs: object) -> object:
        calls.append(args)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ActorRegistry, "holders", counted)
    para = (
        "Poland and Norway met in Oslo. The prime minister said that Germany, France and Italy would help. "
        "The foreign minister told reporters that Spain was ready. "
    )
    parse(para * 40, published="2025-09-10")
    assert 0 < len(calls) <= 20


def test_no_surname_in_a_states_people_at_any_speech_verb() -> None:
    """Synthetic: a state's adjective with "s" (data/demonyms.tsv, no row of its own in name_words.tsv) is
    no surname at any speech verb: opening a sentence or after a quotation (``_mentions._is_surname``)."""
    for word in ("Latvians", "Greeks", "Hungarians"):
        for text in (
            f"The hearing was short. {word} said that the ruling was a surprise.",
            f'"The ruling was a surprise," {word} said.',
        ):
            kinds = [a.kind for s in parse(text).statements for a in s.speakers]
            assert ActorKind.PERSON not in kinds, text
