"""A title whose words name its state: "the Defence Secretary" is the UK's (twenty-fifth session, fix25).

All sentences are synthetic (names, places and figures made up or changed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from found import speakers as _speakers
from nato_ukraine_timeline._actors import actor_registry

JULY_2024 = dt.date(2024, 7, 8)
SEPT_2025 = dt.date(2025, 9, 2)


class TestDefenceSecretary:
    """ "Defence Secretary" (British spelling) is the United Kingdom's office, not the one of a state named near it."""

    @pytest.mark.parametrize(
        ("text", "published", "speaker"),
        [
            # the bare title after another state's name: the UK's holder that day, not Ukraine's minister
            (
                "Britain will send more shells to Ukraine, the Defence Secretary said on Monday.",
                JULY_2024,
                "John Healey",
            ),
            (
                (
                    "Ukraine welcomed the pledge. The Defence Secretary said on Monday that Britain would send more "
                    "shells to Kyiv."
                ),
                JULY_2024,
                "John Healey",
            ),
            # another state's defence minister introduced before: not the Defence Secretary
            (
                (
                    "Ukrainian Defense Minister Rustem Umerov met allies in Lviv. The Defence Secretary said on Monday "
                    "that Britain would send more shells to Kyiv."
                ),
                JULY_2024,
                "John Healey",
            ),
            # the registry's dated roles: before July 2024 the office was Grant Shapps's
            (
                "The Defence Secretary said on Monday that more shells would go to Kyiv.",
                dt.date(2024, 3, 4),
                "Grant Shapps",
            ),
            # a state named with the title still decides ("the US Defence Secretary")
            ("The US Defence Secretary said on Monday that more shells would go to Kyiv.", JULY_2024, "Lloyd Austin"),
            # the US spelling stays the US office
            (
                "The Defense Secretary said on Monday that America would send more shells to Kyiv.",
                JULY_2024,
                "Lloyd Austin",
            ),
        ],
    )
    def test_bare_title_means_the_uk_holder(self, text: str, published: dt.date, speaker: str) -> None:
        """The bare British title finds the UK holder on the day; a named state or the US spelling keeps its own."""
        assert _speakers(text, published) == [speaker]

    def test_british_minister_still_found_by_the_general_title(self) -> None:
        """ "Britain's Defence Minister" (the general title and the state) still finds the UK holder."""
        assert _speakers("Britain's Defence Minister said on Monday that more shells would go to Kyiv.", JULY_2024) == [
            "John Healey"
        ]

    def test_home_state_of_titles(self) -> None:
        """The registry says which state a title's own words name, and none for a general title."""
        reg = actor_registry()
        assert reg.home_state("Secretary of State for Defence") == "United Kingdom"
        assert reg.home_state("Minister of Defence") is None
