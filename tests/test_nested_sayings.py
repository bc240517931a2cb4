"""Rule nested-saying (thirtieth session, attrp30): a person's saying reported inside another person's indirect
words is a statement of its own, nested in theirs, and the reporter keeps all the words. All texts are
synthetic (written for these tests)."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import parse


def _said(text: str) -> list[tuple[str, str]]:
    return [(" and ".join(a.name for a in s.speakers), s.text) for s in parse(text).statements]


class TestNestedSaying:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(  # synthetic: telling, inside the reporter's that-clause
                "Radoslaw Sikorski said on Tuesday that Volodymyr Zelensky told him Kyiv would welcome a truce.",
                [
                    ("Radosław Sikorski", "Volodymyr Zelensky told him Kyiv would welcome a truce"),
                    ("Volodymyr Zelensky", "Kyiv would welcome a truce"),
                ],
                id="told-inside-that-clause",
            ),
            pytest.param(  # synthetic: a verb of plain saying, with "had" and "that"
                "Mark Rutte said that Marco Rubio had stated that the allies must buy more shells.",
                [
                    ("Mark Rutte", "Marco Rubio had stated that the allies must buy more shells"),
                    ("Marco Rubio", "the allies must buy more shells"),
                ],
                id="stated-inside-that-clause",
            ),
            pytest.param(  # synthetic: a request inside a person's closing attribution, cut at its comma
                "Marco Rubio asked the allies to buy more shells, Mark Rutte said.",
                [
                    ("Mark Rutte", "Marco Rubio asked the allies to buy more shells"),
                    ("Marco Rubio", "the allies to buy more shells"),
                ],
                id="asked-inside-closing",
            ),
        ],
    )
    def test_both_statements(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The reporter says the whole clause and the person inside it says their own words."""
        assert _said(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(  # synthetic: a body's closing attribution relays its words (rule relayed-saying)
                "Vladimir Putin warned that the strikes would go on, the Kremlin said on Monday.",
                [("Vladimir Putin", "the strikes would go on")],
                id="body-closing-relays",
            ),
            pytest.param(  # synthetic: a pronoun inside the words is no other speaker
                "Mark Rutte said that he had stated that the allies must buy more shells.",
                [("Mark Rutte", "he had stated that the allies must buy more shells")],
                id="pronoun-inside",
            ),
            pytest.param(  # synthetic: an inverted verb inside the words is no saying nested there
                "Mark Rutte said that the allies, Marco Rubio said, must buy more shells.",
                [("Mark Rutte", "the allies, Marco Rubio said, must buy more shells")],
                id="inverted-inside",
            ),
        ],
    )
    def test_one_statement(self, text: str, expected: list[tuple[str, str]]) -> None:
        """No statement is nested where the reporter is a body, or the saying inside is a pronoun's or inverted."""
        assert _said(text) == expected

    def test_pronoun_after_means_the_reporter(self) -> None:
        """'He' in the next sentence still means the reporter, not the person whose saying was nested."""
        text = (
            "Mark Rutte said that Marco Rubio had stated that the allies must buy more shells. "
            "He added that the summit would go ahead."
        )
        assert ("Mark Rutte", "the summit would go ahead") in _said(text)
