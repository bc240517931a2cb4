"""A participle of emphasis after a comma (", emphasizing the need for ..."), rule participle-object with the
cue role subject_ing_object (twenty-fourth session, attr24). All text here is synthetic."""

from __future__ import annotations

import pytest

import nato_ukraine_timeline as ntl


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, text[s.span.start : s.span.end]) for s in ntl.parse(text).statements]


class TestEmphasisParticiple:
    def test_clause_subject_speaks_a_proposition(self) -> None:
        """The subject of the clause says the participle's object where it is a proposition."""
        text = "Stubb posted a video on X, emphasizing the importance of talks between Helsinki and Tallinn."
        assert _said(text) == [("Alexander Stubb", "the importance of talks between Helsinki and Tallinn")]

    def test_after_a_label_the_speaker_goes_on(self) -> None:
        """After the subject's own label, the participle's proposition is the same speaker's too."""
        text = "Kallas called the strikes 'barbaric', emphasizing the need for more air defence in Kharkiv."
        assert ("Kaja Kallas", "the need for more air defence in Kharkiv") in _said(text)

    @pytest.mark.parametrize(
        ("text", "not_words"),
        [
            pytest.param(
                '"They knew exactly what they were hitting," Sybiha said, emphasizing the cruelty of the attack.',
                "the cruelty of the attack",
                id="sums-up-a-quotation",
            ),
            pytest.param(
                'Moscow described the meeting as "working contacts," emphasizing their informal character.',
                "their informal character",
                id="no-complement",
            ),
        ],
    )
    def test_not_words(self, text: str, not_words: str) -> None:
        """After an attribution's verb of saying, or without a complement, the object is no statement."""
        assert all(words != not_words for _, words in _said(text))
