"""Attribution, nineteenth session (attr19). Every sentence here is synthetic, written for these tests.

attribution-not-words: a sentence that says who said the sentence before it ("X reported this on Telegram",
"This was announced by X") is an attribution, not words; an "according to Y" after it names where that
attribution was reported, so Y speaks no statement of it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse

PUBLISHED = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a verb of saying with "this" as its object, then the outlet that carried it
            (
                "A drone hit a depot on the edge of the city overnight. "
                "Mayor Ihor Terekhov reported this in a morning post, according to Ukrinform."
            ),
            "Ihor Terekhov",
            "A drone hit a depot on the edge of the city overnight",
        ),
        (  # synthetic: the passive "This was announced by X", then the outlet
            (
                "The council will meet again on Friday. "
                "This was announced by presidential aide Yuri Ushakov, according to Interfax."
            ),
            "Yuri Ushakov",
            "The council will meet again on Friday",
        ),
    ],
)
def test_attribution_then_according_to_is_no_statement(text: str, speaker: str, words: str) -> None:
    said = _said(text)
    assert (speaker, words) in said
    assert len(said) == 1  # the attributing sentence itself is nobody's words


def test_according_to_after_words_still_speaks() -> None:
    # synthetic: an ordinary "according to" after words (no attribution of the sentence before) keeps its source
    text = "The ferry will resume service in May. Four ports were closed this week, according to Reuters."
    assert _said(text) == [("Reuters", "Four ports were closed this week")]


# title-in-apposition and the speaker's phrase: a title set off by commas before the speaker's name, names and
# title words before a said-this subject, and a possessive appositive after an inverted name are the speaker's
# phrase, never the words.


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a place and a title before the name of a said-this subject
            (
                "Two drones hit a warehouse on the edge of the city. One guard was hurt.\n\n"
                "Odesa Mayor Hennadiy Trukhanov reported this on Telegram."
            ),
            "Hennadiy Trukhanov",
            "Two drones hit a warehouse on the edge of the city. One guard was hurt",
        ),
        (  # synthetic: a title opening the sentence, the name in apposition to it
            (
                "A drone struck an office block in the capital overnight.\n\n"
                "The mayor of the city, Vitali Klitschko, announced this."
            ),
            "Vitali Klitschko",
            "A drone struck an office block in the capital overnight",
        ),
    ],
)
def test_title_before_a_said_this_subject(text: str, speaker: str, words: str) -> None:
    assert _said(text) == [(speaker, words)]


def test_title_in_apposition_before_the_name_ends_the_words() -> None:
    # synthetic: "words, the defence minister, X, said": the title belongs to the speaker
    said = _said("More air defence systems will arrive in spring, the defence minister, Rustem Umerov, said.")
    assert said == [("Rustem Umerov", "More air defence systems will arrive in spring")]


def test_possessive_appositive_after_an_inverted_name_is_no_words() -> None:
    # synthetic: "words, said X, Y's governor, with ...": the words stay before the verb
    text = (
        "Debris fell on a factory yard after the raid, said Oleh Syniehubov, Kharkiv's regional governor, "
        "with air defence units downing six drones."
    )
    assert _said(text) == [("Oleh Syniehubov", "Debris fell on a factory yard after the raid")]
