"""Speakers named by their office (twenty-third session, bodies23): rules according-to-titled-name and
title-appositive-after-speaker, and the registry's spellings the development gold uses. All texts are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

_DAY = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, text[s.span.start : s.span.end]) for s in ntl.parse(text, published=_DAY).statements]


class TestAccordingToTitledName:
    """'according to the <title>, X, words' / 'words, according to the <title>, X.': X speaks."""

    @pytest.mark.parametrize(
        ("text", "speaker", "words"),
        [
            (
                "According to the head of Ukraine's military intelligence, Kyrylo Budanov, the units are ready.",
                "Kyrylo Budanov",
                "the units are ready",
            ),
            (
                "According to the head of the regional council, Ivan Petrenko, two schools were damaged.",
                "Ivan Petrenko",
                "two schools were damaged",
            ),
            (
                "Nine drones were downed near the capital overnight, according to the city's mayor, Sergei Sobyanin.",
                "Sergei Sobyanin",
                "Nine drones were downed near the capital overnight",
            ),
            (
                "Two bridges were closed on Friday, according to the regional governor, Oleh Kiper.",
                "Oleh Kiper",
                "Two bridges were closed on Friday",
            ),
        ],
    )
    def test_the_named_holder_speaks(self, text: str, speaker: str, words: str) -> None:
        """The person named after the title phrase speaks the words, which do not hold the name."""
        assert _said(text) == [(speaker, words)]

    def test_no_state_of_the_title_phrase(self) -> None:
        """The state the title phrase names ("Ukraine's") does not speak the words."""
        text = "According to the head of Ukraine's military intelligence, Kyrylo Budanov, the units are ready."
        assert all(name != "Ukraine" for name, _ in _said(text))

    def test_a_name_opening_the_words_is_no_appositive(self) -> None:
        """'According to the minister, President X will ...': X is the words' subject, not the source."""
        text = (
            "Defence Minister Ruben Brekelmans spoke on Monday. According to the minister, President Zelensky "
            "will attend."
        )
        assert all(name != "Volodymyr Zelensky" for name, _ in _said(text))

    def test_no_title_no_rule(self) -> None:
        """'According to the report, X, ...' names no office: the rule reads nothing there."""
        text = "According to the report, Kyrylo Budanov, who leads the service, was not at the meeting."
        assert all(name != "Kyrylo Budanov" for name, _ in _said(text))


class TestTitleAppositiveAfterSpeaker:
    """'words, said X, head of <body>.': the appositive is X's office, not the words."""

    @pytest.mark.parametrize(
        "tail",
        [
            "head of the regional administration.",
            "deputy head of the regional military administration, on Monday.",
            "spokesperson for the regional council.",
            "regional governor.",
        ],
    )
    def test_the_words_before_the_verb(self, tail: str) -> None:
        """The words are the clause before the inverted verb, whatever the length of the office."""
        text = f"Two schools lost power overnight, said Ivan Petrenko, {tail}"
        assert _said(text) == [("Ivan Petrenko", "Two schools lost power overnight")]

    def test_a_participle_still_adds_words(self) -> None:
        """'..., said X, adding that ...' is no office: the participle's clause is more words."""
        text = "The talks were over, said Ivan Petrenko, adding that more would follow."
        assert _said(text) == [("Ivan Petrenko", "The talks were over"), ("Ivan Petrenko", "more would follow")]


class TestRegistrySpellings:
    """Names as the development gold writes them (4 of 4 statements, 2 pools: "Sergei"), others as aliases."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Moscow Mayor Sergey Sobyanin said the drones were shot down.", "Sergei Sobyanin"),
            ("Rosatom head Oleksiy Likhachev said the talks would go on.", "Alexey Likhachev"),
        ],
    )
    def test_canonical_name(self, text: str, speaker: str) -> None:
        """A spelling the text writes is the registry person under the canonical name."""
        assert [name for name, _ in _said(text)] == [speaker]


class TestTitleOfTheBodyAgain:
    """Rule title-of-the-body-again: 'the <title> of the <body noun>' is one mention of the title's holder."""

    @pytest.mark.parametrize(
        ("text", "speaker", "words"),
        [
            (
                (
                    "The International Atomic Energy Agency sent a team to the plant. A drone hit one of its cars "
                    "near the gate, the director general of the agency said."
                ),
                "Rafael Grossi",
                "A drone hit one of its cars near the gate",
            ),
            (
                (
                    'Rutte spoke to reporters in Brussels. "Drones are part of the front now," said the Secretary '
                    "General of the organisation."
                ),
                "Mark Rutte",
                "Drones are part of the front now,",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str, words: str) -> None:
        """The verb beside the title and its 'of the <noun>' reads the title's holder."""
        assert (speaker, words) in _said(text)

    def test_the_mention_takes_in_the_body_noun(self) -> None:
        """The title's mention spans 'of the agency'; a capitalised body's name after 'of the' stays its own."""
        from nato_ukraine_timeline._mentions import document_mentions

        text = "The IAEA sent a team. The director general of the agency said the plant was safe."
        spans = [text[m.start : m.end] for m in document_mentions(text, _DAY)]
        assert "The director general of the agency" in spans
