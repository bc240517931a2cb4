"""Attribution across sentences (``_cross_rules``): what the rules must not take. All texts are synthetic."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._statements import find_statements


def _found(text: str) -> list[tuple[str, str, str]]:
    doc, _ = analyse(text, published=None, window=None, order=None)
    return [(f.rule, f.speaker.name, text[f.start : f.end]) for f in find_statements(doc)]


class TestSaidBy:
    def test_a_body_before_a_name_it_does_not_know_is_no_speaker(self) -> None:
        """'by the spokesperson of <body>, <a name the finder does not know>': the body does not speak."""
        text = (
            "The exercise starts on Monday in Poland. This was announced by the chief spokesperson of "
            "the US Department of Defense, Dana Whitcombe."
        )
        assert not [f for f in _found(text) if f[1] == "Pentagon"]

    def test_a_body_alone_speaks(self) -> None:
        """'by the press service of <body>': the body speaks."""
        text = "The meeting will be held on Friday in Germany. This was announced by the press service of the Pentagon."
        assert ("said-by", "Pentagon", "The meeting will be held on Friday in Germany") in _found(text)

    @pytest.mark.parametrize(
        "text",
        [
            # the sentence before is already someone's statement
            "Rutte said the talks would resume in May. This was stated by Kremlin aide Yuri Ushakov.",
            # most of the sentence before is a quoted phrase inside other words
            'Aid is "a waste of money, a dead end for everyone" now. This was stated by Kremlin aide Yuri Ushakov.',
        ],
    )
    def test_words_not_the_speakers_are_not_taken(self, text: str) -> None:
        """The sentence before that another rule attributes, or that is mostly a quoted phrase inside other
        words, is not given to the speaker after "by"."""
        assert not [f for f in _found(text) if f[0] == "said-by"]


class TestNamedAgain:
    def test_the_person_the_sentence_before_opens_with(self) -> None:
        """'X criticised the plan. The head of state called it "..."': with no one speaking just before, a
        noun any speaker may be called means the person the sentence before opens with."""
        text = 'Volodymyr Zelensky criticised the plan. The head of state called it "a dead end" on Monday.'
        assert ("label", "Volodymyr Zelensky", "a dead end") in _found(text)

    @pytest.mark.parametrize(
        "text",
        [
            # an office the person who spoke just before neither holds nor was introduced with
            'Kharkiv Mayor Ihor Terekhov said the city was hit. "Two people were hurt," the regional governor said.',
            # a describing word that makes the noun someone else
            'Gitanas Nauseda said Lithuania will spend more. "The flank must be strong," the former leader said.',
            # a person's noun with describing words is an office: a prime minister is no deputy speaker
            'Prime Minister Robert Fico said he would go. "The delegation will be large," the deputy speaker said.',
        ],
    )
    def test_another_person(self, text: str) -> None:
        """'the <words> <noun> said' after a quotation means the person who spoke just before only when the
        noun fits that person."""
        words = text[text.index('"') + 1 : text.rindex('"') - 1]
        assert not [f for f in _found(text) if f[2].startswith(words)]


class TestAccordingToMedia:
    def test_a_states_media_after_a_speaker_are_only_the_medium(self) -> None:
        """'X said ..., according to Russian media': X speaks; the media do not."""
        found = _found("Putin said on Friday that the talks were useful, according to Russian media.")
        assert found
        assert all(speaker == "Vladimir Putin" for _, speaker, _ in found)


class TestPronounBeforeAnyName:
    def test_the_name_in_apposition_after_a_title(self) -> None:
        """'He says ...' opening a passage: the person named after it, in apposition after a title."""
        text = (
            "He says the troops will arrive on Wednesday.\n\n"
            "The head of Ukraine's defence intelligence, Kyrylo Budanov, spoke in an interview on Tuesday."
        )
        assert ("speaker-then-content", "Kyrylo Budanov", "the troops will arrive on Wednesday") in _found(text)

    @pytest.mark.parametrize(
        "text",
        [
            # no one named after it
            '"We will hold the line," he said.\n\nThe shelling went on through the night in the east.',
            # a woman's pronoun, only a man named after it
            '"We will hold the line," she said.\n\nThe paper spoke with Mark Rutte in Brussels on Monday.',
            # named only three sentences later
            '"We will hold the line," he said. The shelling went on. Sirens sounded. Petr Pavel spoke.',
        ],
    )
    def test_no_one_fits(self, text: str) -> None:
        """The pronoun stays unresolved when no fitting person is named in its sentence or the next two."""
        assert not [f for f in _found(text) if f[2].startswith("We will hold the line")]


class TestSaidThis:
    @pytest.mark.parametrize(
        "text",
        [
            "Nauseda said Lithuania would spend more. He said this during the summit in Warsaw, the agency reports.",
            "Kallas expected a decision within days. She said this on Monday on arriving at the summit.",
            "Rutte said the allies were united. He said so in an interview with a Dutch newspaper.",
        ],
    )
    def test_this_after_the_verb_is_no_words(self, text: str) -> None:
        """'He said this during X': "this" stands for the sentence before; what follows is the setting."""
        assert not [f for f in _found(text) if f[2].startswith(("this", "so"))]


class TestFrontedPhrase:
    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("During the hearing, Rubio told reporters that the talks had been useful.", "the talks had been useful"),
            (
                'After the talks ended, Umerov said in a press conference, "Kyiv is ready for a truce and more talks."',
                "Kyiv is ready for a truce and more talks.",
            ),
            (
                "While no details have emerged, Rubio told reporters on Friday that both sides discussed a plan.",
                "both sides discussed a plan",
            ),
        ],
    )
    def test_a_phrase_opening_the_sentence_is_no_words(self, text: str, words: str) -> None:
        """'During the hearing, X told reporters that ...': the opening phrase is the saying's setting; the
        words are the verb's own."""
        found = _found(text)
        assert [f for f in found if f[2] == words]
        assert not [f for f in found if text.startswith(f[2])]

    def test_a_quantity_opens_words(self) -> None:
        """'At least 21 people were killed, the mayor said': words that open with a quantity stay words."""
        text = "At least 21 people were killed in the strike on Sunday, Mayor Artem Kobzar said."
        assert ("content-then-speaker", "Artem Kobzar", "At least 21 people were killed in the strike on Sunday") in (
            _found(text)
        )


class TestConjunctionBeforeASpeaker:
    def test_and_opens_a_clause_not_a_title(self) -> None:
        """'words, and Putin told Trump about X, Ushakov said': "and" is no title word before Putin; the
        speaker after the words says them all."""
        text = (
            "The conversation opened with the war in Ukraine, and Putin told Trump at length about the Istanbul "
            "round, Ushakov said, adding that the two leaders also discussed Iran."
        )
        found = _found(text)
        assert [f for f in found if f[1] == "Yuri Ushakov" and f[2].startswith("The conversation opened")]
        assert not [f for f in found if f[1] == "Vladimir Putin"]


class TestTitledThenNamed:
    @pytest.mark.parametrize(
        "text",
        [
            # the person named next holds another office
            "A depot caught fire overnight, the regional governor said. Andrei Bocharov, the mayor, said it was out.",
            # no one named with the office in the next two sentences
            "A depot caught fire overnight, the regional governor said. The fire was out by noon. Crews left.",
            # someone in the sentence already says the words
            "A depot caught fire, Rutte said, the regional governor said. Andrei Bocharov, the governor, spoke.",
        ],
    )
    def test_no_holder(self, text: str) -> None:
        """The words go to no one the next sentences do not name with the same office."""
        assert not [f for f in _found(text) if f[0] == "titled-then-named"]


class TestSaidThisRule:
    @pytest.mark.parametrize(
        "text",
        [
            # "this" opens a time phrase, not the object of the verb
            "The port reopened after repairs. Minister Rustem Umerov said this week that exports would grow.",
            # the sentence before is already someone's statement
            "Rutte said the talks would resume in May. Minister Rustem Umerov announced this at a briefing.",
            # the sentence before is a quotation
            '"We will rebuild the bridge," the mayor wrote. Minister Rustem Umerov announced this at a briefing.',
        ],
    )
    def test_takes_nothing(self, text: str) -> None:
        """Synthetic: 'this' that is no object of saying, or a sentence before that is already attributed."""
        assert not [f for f in _found(text) if f[0] == "said-this"]

    def test_date_of_the_attributing_clause(self) -> None:
        """Synthetic: 'X stated this on Friday' dates the words it attributes by its own clause."""
        from datetime import date

        from nato_ukraine_timeline import parse

        text = "Exports through the port will double by spring. Minister Rustem Umerov stated this on Friday."
        (st,) = parse(text, published=date(2025, 3, 10)).statements
        assert st.speaker.name == "Rustem Umerov"
        assert st.when is not None
        assert st.when.timex == "2025-03-07"
