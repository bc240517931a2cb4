"""A surname the registry shares, after another first name: "Igor Miller" (twenty-fifth session, fix25).

All sentences are synthetic (names, places and figures made up or changed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from found import speakers as _speakers

JULY_2024 = dt.date(2024, 7, 8)
SEPT_2025 = dt.date(2025, 9, 2)


class TestSharedSurname:
    """A surname the registry shares ("Miller") after another first name is someone else: "Igor Miller"."""

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            (
                (
                    "According to Rosneft chief executive Igor Miller, gas will flow. China has yet to confirm "
                    "Miller's figures."
                ),
                ["Igor Miller"],
            ),
            (
                (
                    "Gas will flow through the new pipe, Rosneft chief executive Igor Miller said on Tuesday. Miller "
                    "added that prices would be lower."
                ),
                ["Igor Miller", "Igor Miller"],
            ),
            (
                (
                    "Igor Miller, the head of the gas firm, said on Tuesday that gas would flow. Miller added that "
                    "prices would be lower."
                ),
                ["Igor Miller", "Igor Miller"],
            ),
        ],
    )
    def test_surname_after_another_first_name(self, text: str, speakers: list[str]) -> None:
        """The full name with another first name, and the surname alone after it, are that person."""
        assert _speakers(text, SEPT_2025) == speakers

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Miller said on Tuesday that the State Department was watching.", "Matthew Miller"),
            # the registry's spelling without diacritics, and a registered short first name, stay the registry's
            ("Antonio Costa said on Tuesday that the talks went well.", "Ant\u00f3nio Costa"),
            ("Bill Burns said on Tuesday that Moscow was weak.", "William Burns"),
        ],
    )
    def test_registry_bearer_kept(self, text: str, speaker: str) -> None:
        """The surname alone, or after the registry person's own first name in any spelling, is the registry's."""
        assert _speakers(text, SEPT_2025) == [speaker]

    def test_registry_bearer_named_after_the_other(self) -> None:
        """The registry's bearer named after the other person: the surname alone is the one named last."""
        text = (
            "Rosneft chief Igor Miller said gas would flow. State Department spokesman Matthew Miller said the "
            "talks failed. Miller added that prices would fall."
        )
        assert _speakers(text, SEPT_2025) == ["Igor Miller", "Matthew Miller", "Matthew Miller"]
