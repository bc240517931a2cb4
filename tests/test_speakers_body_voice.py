"""Twenty-ninth session (attrp29): rule body-voice. One unnamed member of a body named with it (a word of role
body_voice or anonymous of data/speech_cues.tsv: "spokesperson", "official", "source") speaks as the body's name
and the word, not the body, before a verb, after the words, after "according to" and after "in". All sentences
here are synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl


def _speakers(text: str) -> list[tuple[str, str]]:
    tl = ntl.parse(text, published=dt.date(2025, 3, 14))
    return [(text[s.span.start : s.span.end], ", ".join(a.name for a in s.speakers)) for s in tl.statements]


class TestBodyVoice:
    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (  # synthetic: a registered body's spokeswoman before the verb
                "A Downing Street spokeswoman said the envoys would meet again in April.",
                "the envoys would meet again in April",
                "Downing Street spokeswoman",
            ),
            (  # synthetic: a state's government spokesperson after the words
                "The leaders will talk about air defence, a German government spokesperson told reporters.",
                "The leaders will talk about air defence",
                "German government spokesperson",
            ),
            (  # synthetic: an official after "according to", as before a verb
                "The envoys flew on to Riyadh late on Friday, according to a White House official.",
                "The envoys flew on to Riyadh late on Friday",
                "White House official",
            ),
            (  # synthetic: describing words before the body stay, as before a verb
                "According to a senior White House official, the envoys flew on to Riyadh late on Friday.",
                "the envoys flew on to Riyadh late on Friday",
                "senior White House official",
            ),
            (  # synthetic: one source inside a registered body
                "A source in the Polish Foreign Ministry told reporters that the talks would open at noon.",
                "the talks would open at noon",
                "Polish Foreign Ministry source",
            ),
        ],
    )
    def test_member_speaks(self, text: str, words: str, speaker: str) -> None:
        """The body's unnamed member speaks as the body's name and the word."""
        assert (words, speaker) in _speakers(text)

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (  # synthetic: a title the registry gives a holder means the holder
                "A Kremlin spokesman said on Monday that the talks would resume.",
                "the talks would resume",
                "Dmitry Peskov",
            ),
            (  # synthetic: the body alone after "according to"
                "The envoys flew on to Riyadh late on Friday, according to NATO.",
                "The envoys flew on to Riyadh late on Friday",
                "NATO",
            ),
            (  # synthetic: a spokesperson "for" a state speaks for the state
                "A spokesperson for the German government said the leaders would talk about air defence.",
                "the leaders would talk about air defence",
                "Germany",
            ),
            (  # synthetic: a plural after "in" is the group, as written
                "Sources in the Kremlin said the talks would resume on Monday.",
                "the talks would resume on Monday",
                "sources",
            ),
        ],
    )
    def test_unchanged(self, text: str, words: str, speaker: str) -> None:
        """A holder, the body itself, a spokesperson for a state and a plural group speak as before."""
        assert (words, speaker) in _speakers(text)

    def test_a_members_document_is_no_member(self) -> None:
        """'according to a NATO official's statement': the member's document, not a member speaking."""
        found = _speakers("According to a NATO official's statement, the jets turned back within minutes.")
        assert all(name != "NATO official" for _, name in found)
