"""Thirtieth session (attr30): a speaker after the words, named again by a noun, and a participle's setting.

- Rule back-noun-after-inverted-verb: after the words, an inverted verb and "the" with a noun that names the speaker
  just before (data/speech_cues.tsv role back: '"...," said the parliamentarian.') name whom the same noun names
  before the verb ('"...," the parliamentarian said').
- Nouns of role back added to data/speech_cues.tsv: "parliamentarian" and "parliamentary speaker" (any person who
  spoke), "correspondent" (an unnamed source: the speaker of the last sentences whose name holds it, "TASS
  correspondent").
- A participle of saying takes a venue between it and its "that" as a verb does (", insisting at a news
  conference that ...", ", stressing in a televised interview that ..."); not a document (", stressing in its
  statement that" stays unread: after a state's clause it gave the state where the read gold names its government).

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from found import said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a noun any speaker may be called, after the inverted verb
            'Ruslan Stefanchuk spoke to the chamber on Monday. "The session will go on," said the parliamentarian.',
            "Ruslan Stefanchuk",
            "The session will go on,",
        ),
        (  # synthetic: the same noun before the verb
            'Ruslan Stefanchuk spoke to the chamber on Monday. "The session will go on," the parliamentarian said.',
            "Ruslan Stefanchuk",
            "The session will go on,",
        ),
        (  # synthetic: the presiding officer's noun with its describing word, after a reported statement
            (
                "Verkhovna Rada Chairman Ruslan Stefanchuk addressed the deputies on Monday.\n"
                '"The vote will take place next week," the parliamentary speaker said.'
            ),
            "Ruslan Stefanchuk",
            "The vote will take place next week,",
        ),
        (  # synthetic: a noun of a person after the inverted verb, a date after it
            'Mark Rutte arrived in Vilnius. "We stand with Lithuania," said the politician on Tuesday.',
            "Mark Rutte",
            "We stand with Lithuania,",
        ),
    ],
)
def test_noun_names_the_speaker_just_before(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(text)


def test_correspondent_named_again() -> None:
    # synthetic: an agency's correspondent reports, then "the correspondent" goes on
    text = (
        "Envoys of both sides sat down in Geneva on Monday, a TASS correspondent said.\n\n"
        "A second round is planned for June, the correspondent added."
    )
    assert ("TASS correspondent", "A second round is planned for June") in said(text)


def test_no_one_before_names_no_one() -> None:
    # synthetic: no person spoke or was named before the noun: no statement of that noun
    text = '"The session will go on," said the parliamentarian.'
    assert not [s for s in said(text) if s[1].startswith("The session")]


def test_an_addressee_after_a_verb_of_telling_is_no_speaker() -> None:
    # synthetic: "told the leader": the noun after a verb of telling is whom the words were told
    text = 'Mark Rutte spoke in Kyiv. "We are ready," Zelensky told the leader.'
    assert ("Mark Rutte", "We are ready,") not in said(text)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: a venue with a describing word between the participle and "that"
            (
                "Vladimir Putin played down the losses on Thursday, insisting at a marathon news conference that "
                "the army was advancing."
            ),
            "Vladimir Putin",
            "the army was advancing",
        ),
        (  # synthetic: an interview with a describing word between the participle and "that"
            "The Kremlin rejected the plan, stressing in a televised interview that the talks had not started.",
            "Kremlin",
            "the talks had not started",
        ),
    ],
)
def test_participle_takes_a_venue_before_that(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(text)


def test_one_clause_end_after_an_inverted_verb() -> None:
    """Rules back-noun-after-inverted-verb and people-after-inverted-verb end the phrase after an inverted verb
    with the one lookahead of _speech.inverted_subject_end (review30), a word of role after_verb included."""
    from nato_ukraine_timeline._descriptions import _after_inverted
    from nato_ukraine_timeline._speech import inverted_subject_end, lexicon, patterns

    end = inverted_subject_end(lexicon())
    assert patterns().back_after.pattern.endswith(end)
    assert end in _after_inverted().pattern
    # synthetic: a word of role after_verb ends the noun's phrase as the clause's end does
    text = (
        'Ruslan Stefanchuk spoke to the chamber on Monday. "The session will go on," said the parliamentarian by phone.'
    )
    assert ("Ruslan Stefanchuk", "The session will go on,") in said(text)
