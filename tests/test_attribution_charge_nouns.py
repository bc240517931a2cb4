"""Twenty-eighth session (attrc28): an accusation whose charge is a noun, not a gerund ("accused Kyiv of
deliberate provocations along the border"): the object and its charge are the speaker's words, as with a gerund
("accused Moscow of plotting ..."); the nouns that name a charge are the class charge_noun of
data/verb_rule_words.tsv. A charge is no label: a state's people who bring it ("Russian authorities accused
...") speak as written, as with "said", not the state (a label still gives the state's position).

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from found import said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a modifier before the charge noun
            "Merz on Tuesday accused Moscow of deliberate provocations along the eastern border.",
            "Friedrich Merz",
            "Moscow of deliberate provocations along the eastern border",
        ),
        (  # synthetic: the charge noun right after "of", its complement after it
            "Zelensky accused Russia of responsibility for the blasts at the two depots.",
            "Volodymyr Zelensky",
            "Russia of responsibility for the blasts at the two depots",
        ),
        (  # synthetic: two modifiers
            "Sybiha accused Minsk of open state terrorism against its western neighbours.",
            "Andrii Sybiha",
            "Minsk of open state terrorism against its western neighbours",
        ),
        (  # synthetic: the gerund charge reads as before
            "Merz accused Moscow of trying to split the alliance before the summit.",
            "Friedrich Merz",
            "Moscow of trying to split the alliance before the summit",
        ),
    ],
)
def test_charge_noun_gives_the_words(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky accused the head of the agency on Monday after the audit.",  # synthetic: "of" in the object only
        "Zelensky accused the mayor of the city in a long interview on Monday.",  # synthetic: no charge noun
    ],
)
def test_no_charge_noun_no_words(text: str) -> None:
    assert not said(text)


@pytest.mark.parametrize("text", ["accused X of lies", "of terrorism accused", "accused of of corruption ,", ""])
def test_charge_fragments_do_not_crash(text: str) -> None:
    said(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # synthetic: a gerund charge brought by a state's people
            "Russian authorities accused Kyiv of staging a drone raid on a depot near the border.",
            "Russian authorities",
        ),
        (  # synthetic: a noun charge brought by a state's people
            "Ukrainian officials accused Moscow of deliberate provocations along the northern border.",
            "Ukrainian officials",
        ),
        (  # synthetic: the state itself brings the charge
            "Russia accused Kyiv of staging a drone raid on a depot near the border.",
            "Russia",
        ),
    ],
)
def test_charge_by_a_states_people_speaks_as_written(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


def test_label_by_a_states_people_is_the_state() -> None:
    # synthetic: a label (not a charge) keeps the state's position
    assert [s for s, _ in said('Polish authorities called the flight "a deliberate test" on Monday.')] == ["Poland"]
