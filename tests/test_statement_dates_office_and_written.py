"""Statement dates, thirtieth session (sdate30): rule occasion-before reads an office's statement of its head's
dated saying, and the written channel a statement names for the words of an announcement dated before it.

All sentences here are synthetic (written for these tests), published on a Friday, 2025-03-07.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline._actors import active_registry
from nato_ukraine_timeline._statement_dates import _office_of

PUBLISHED = dt.date(2025, 3, 7)

# synthetic: a leader's saying its own sentence dates (Monday, 2025-03-03)
PUTIN_THANKS = 'Vladimir Putin thanked the mediators on Monday for their "tireless work" in the talks.'
# synthetic: an announcement its sentence dates (Tuesday, 2025-03-04), by a verb that is no speech verb
OUTLINED = "Ursula von der Leyen outlined her plan for defence spending on Tuesday."


def _when(text: str, words: str) -> tuple[str | None, str]:
    """The timex and reason of the statement whose words contain ``words``."""
    found = [s for s in ntl.parse(text, published=PUBLISHED).statements if words in s.text]
    assert found, f"no statement with {words!r}"
    when = found[0].when
    return (when.timex, when.reason) if when is not None else (None, "")


class TestOfficeOf:
    @pytest.mark.parametrize(
        ("body", "person", "expected"),
        [
            ("kremlin", "vladimir-putin", True),
            ("white-house", "donald-trump", True),
            ("kremlin", "volodymyr-zelensky", False),  # another state's president
            ("kremlin", "dmitry-peskov", False),  # the Kremlin's voice, not its head
            ("nato", "mark-rutte", True),  # a body its head speaks for (its statement gives his words)
        ],
    )
    def test_office_is_the_body_a_person_heads(self, body: str, person: str, *, expected: bool) -> None:
        """An office is an organisation whose head is the title the person holds in it or in the state it is
        part of; a body's voice (its spokesperson) or another state's leader is no head of it."""
        registry = active_registry()
        b, p = registry.get(body), registry.get(person)
        assert b is not None
        assert p is not None
        assert _office_of(b, p) is expected


class TestOfficeStatement:
    @pytest.mark.parametrize(
        ("after", "timex"),
        [
            (' "The Russian side is grateful for the help," the Kremlin said in a statement.', "2025-03-03"),
            (" The Kremlin said in a post on Telegram that the Russian side is grateful for the help.", "2025-03-03"),
            # synthetic: an interview is given when the outlet chose
            (' "The Russian side is grateful for the help," the Kremlin said in an interview.', None),
            # synthetic: another speaker's saying between ends the occasion
            (
                (
                    ' Foreign Minister Andrii Sybiha said the talks went well. "The Russian side is grateful for the'
                    ' help," the Kremlin said in a statement.'
                ),
                None,
            ),
        ],
    )
    def test_office_gives_its_heads_words(self, after: str, timex: str | None) -> None:
        """The office's written statement right after its head's dated saying is of that day; not an interview,
        nor over another speaker's saying between."""
        assert _when(PUTIN_THANKS + after, "Russian side is grateful")[0] == timex

    def test_not_another_leaders_office(self) -> None:
        """The Kremlin's statement after another state's leader's saying stays undated."""
        text = (
            'Volodymyr Zelensky thanked the mediators on Monday for their "tireless work" in the talks.'
            ' "The Russian side is grateful for the help," the Kremlin said in a statement.'
        )
        assert _when(text, "Russian side is grateful")[0] is None

    def test_reason_names_the_occasion_before(self) -> None:
        """The reason is rule occasion-before's."""
        _, reason = _when(PUTIN_THANKS + ' "We are grateful," the Kremlin said in a statement.', "We are grateful")
        assert reason.startswith("occasion before:")


class TestWrittenChannelOfAnAnnouncement:
    @pytest.mark.parametrize(
        ("after", "timex"),
        [
            (' "Member states are ready to invest more," she said in a letter to the leaders.', "2025-03-04"),
            (' "Member states are ready to invest more," she said.', "2025-03-04"),
            # synthetic: an interview keeps its own time
            (' "Member states are ready to invest more," she said in an interview with a daily.', None),
        ],
    )
    def test_written_channel_gives_the_announcements_words(self, after: str, timex: str | None) -> None:
        """A letter or statement the words' own attribution names gives the words of the announcement the
        sentence before dated; an interview does not."""
        assert _when(OUTLINED + after, "ready to invest")[0] == timex

    def test_not_after_a_visit(self) -> None:
        """A written channel after a visit (no saying, no announcement) gave other words than the visit's."""
        text = (
            "Ursula von der Leyen arrived in Oslo on Tuesday."
            ' "Member states are ready to invest more," she said in a letter to the leaders.'
        )
        assert _when(text, "ready to invest")[0] is None

    def test_speech_verb_day_stays_saying_befores(self) -> None:
        """Words after a speech verb with its day beside it keep rule saying-before's reason."""
        text = (
            "Kyiv Mayor Vitali Klitschko announced on Tuesday a large-scale drone attack on the capital. In a post on"
            " Telegram, the mayor wrote that air defences had downed 19 drones."
        )
        timex, reason = _when(text, "air defences")
        assert timex == "2025-03-04"
        assert reason.startswith("saying before:")
