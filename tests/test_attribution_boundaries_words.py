"""Where reported words start and end around a "that" that is no complementizer, a coordinator before a
mid-sentence "according to", and a titled new speaker after a comma (twenty-eighth session, speakers28). Every
sentence here is synthetic."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import parse


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text).statements]


class TestThatIsNoComplementizer:
    @pytest.mark.parametrize(
        "text",
        [
            "Kyiv agreed to a truce on Monday provided that Moscow accepted the same terms.",
            "Zelensky agreed to the plan so that the talks could go on.",
        ],
    )
    def test_conjunction_that_opens_no_words(self, text: str) -> None:
        """'provided that', 'so that': the clause after is the condition or purpose, no one's words."""
        assert _said(text) == []

    def test_relative_that_after_a_setting_leaves_the_words_before(self) -> None:
        """'said after talks that lasted ...': the relative clause is the talks', the words are before."""
        text = "The envoys agreed to reopen both embassies, Marco Rubio said after talks that lasted four hours."
        assert _said(text) == [("Marco Rubio", "The envoys agreed to reopen both embassies")]

    def test_the_next_that_opens_the_words(self) -> None:
        """'said in a post that was later deleted that ...': the second "that" opens the words."""
        text = "Sybiha said in a post that was later deleted that Kyiv would not sign the draft."
        assert _said(text) == [("Andrii Sybiha", "Kyiv would not sign the draft")]

    def test_plain_that_clause_unchanged(self) -> None:
        """A that-clause right after the verb's date still opens the words."""
        assert _said("Rutte said on Friday that allies were ready.") == [("Mark Rutte", "allies were ready")]


class TestCoordinatorBeforeAccordingTo:
    @pytest.mark.parametrize("conjunction", ["and", "but"])
    def test_words_after_the_lead(self, conjunction: str) -> None:
        """'X lasted an hour and, according to Y, produced no deal': Y's words are the predicate after the lead."""
        text = f"The meeting lasted an hour {conjunction}, according to Ukrainian officials, produced no deal."
        assert _said(text) == [("Ukrainian officials", "produced no deal")]

    def test_words_before_a_closing_lead_unchanged(self) -> None:
        """A lead closing the sentence still gives it the words before."""
        text = "The meeting produced no deal, according to Ukrainian officials."
        assert _said(text) == [("Ukrainian officials", "The meeting produced no deal")]


class TestTitledNewSpeaker:
    def test_title_before_the_name_ends_the_words(self) -> None:
        """', Foreign Ministry spokesman X said on DAY that ...' after another's words: two statements, each its own."""
        text = (
            "While Zelensky said the exchange had gone well, Chinese Foreign Ministry spokesman Lin Jian said on "
            "Monday that Beijing expected a second round."
        )
        assert _said(text) == [
            ("Volodymyr Zelensky", "the exchange had gone well"),
            ("Lin Jian", "Beijing expected a second round"),
        ]
