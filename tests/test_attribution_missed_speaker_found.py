"""Statement attribution, fifteenth session (attr15): missed statements whose speaker the library finds.

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

import nato_ukraine_timeline as ntl


def _said(text: str) -> list[tuple[str, str]]:
    return [(st.speaker.name, text[st.span.start : st.span.end]) for st in ntl.parse(text).statements]


# Rule preposition-participle: a participle of saying after "by", "while", "when", "after", "before".
@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic
            "Tusk opened the cabinet meeting by saying the border fence would be finished by autumn.",
            "Donald Tusk",
            "the border fence would be finished by autumn",
        ),
        (  # synthetic: "while" and "that"
            "Kallas praised the sanctions package while noting that more air defence was needed.",
            "Kaja Kallas",
            "more air defence was needed",
        ),
        (  # synthetic: "after" and a participle of telling
            "Sybiha left the summit early after telling reporters that the grain corridor would stay open.",
            "Andrii Sybiha",
            "the grain corridor would stay open",
        ),
        (  # synthetic: a quotation after the participle is the words, direct
            'Stubb ended his speech in Helsinki by saying "the door to peace stays open."',
            "Alexander Stubb",
            "the door to peace stays open.",
        ),
    ],
)
def test_preposition_participle(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _said(text)


def test_preposition_participle_needs_its_that() -> None:
    # synthetic: "noting" takes its words only with "that"; a noun object after it is no statement here
    assert _said("Kallas praised the package while noting the new sanctions on Moscow.") == []


def test_preposition_participle_quotation_is_direct() -> None:
    text = 'Stubb ended his speech in Helsinki by saying "the door to peace stays open."'  # synthetic
    (st,) = ntl.parse(text).statements
    assert st.direct


# The subject of a second verb phrase of saying, after a pronoun that opens the sentence.
@pytest.mark.parametrize(
    "text",
    [
        # synthetic: the object of the first verb is no speaker
        "Merz spoke on Friday. He met Sybiha in Berlin and said that Kyiv would get more air defence.",
        # synthetic: after an opening conjunction
        "Merz spoke on Friday. But he met Sybiha in Berlin and said that Kyiv would get more air defence.",
        # synthetic: after an opening phrase
        "Merz spoke on Friday. On Saturday, he met Sybiha in Berlin and said that Kyiv would get more air defence.",
    ],
)
def test_pronoun_subject_of_coordinated_saying(text: str) -> None:
    assert ("Friedrich Merz", "Kyiv would get more air defence") in _said(text)


def test_second_saying_after_pronoun_subject() -> None:
    text = (  # synthetic
        "Merz spoke on Friday. But he noted that the missiles would need months of training and stressed "
        "that they would not help before the winter."
    )
    assert _said(text) == [
        ("Friedrich Merz", "the missiles would need months of training"),
        ("Friedrich Merz", "they would not help before the winter"),
    ]


def test_clause_of_its_own_keeps_its_subject() -> None:
    # synthetic: a contrast opens a clause with its own subject after the pronoun
    text = "Merz spoke on Friday. He met Sybiha, but Sybiha said that Kyiv would get the missiles."
    assert _said(text) == [("Andrii Sybiha", "Kyiv would get the missiles")]


# Short objects of a verb of calling, urging or warning (data/speech_cues.tsv role short_object_verb).
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sybiha on Monday called for an immediate ceasefire.", "an immediate ceasefire"),  # synthetic
        ("Sybiha urged a full withdrawal.", "a full withdrawal"),  # synthetic
        ("Sybiha warned of a new offensive.", "a new offensive"),  # synthetic
    ],
)
def test_short_object_of_a_call(text: str, words: str) -> None:
    assert ("Andrii Sybiha", words) in _said(text)


def test_one_word_object_names_a_topic() -> None:
    assert _said("Sybiha called for peace.") == []  # synthetic


# Rule subject-quotes: a quotation in the clause of an actor subject, no speech verb and nothing else found.
# Its three single-quotation examples run as tests with the rule table (tests/test_attribution_rules.py).
@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: two quotations in one clause
            'Orban mocked the plan as a "recipe for a longer war" that "nobody in Budapest wants" at all.',
            "Viktor Orb\u00e1n",
            "nobody in Budapest wants",
        ),
    ],
)
def test_subject_quotes(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        'Kyiv joined the so-called "coalition of the willing states" last year.',  # synthetic: a name cue
        'Sybiha backed a plan known as "a bridge to the future" in Riga.',  # synthetic: a name cue
        'Kyiv hosted the "Friends of Ukraine Forum" on Monday.',  # synthetic: capitalised words name a thing
        'Sybiha was shown "a map of the new front line" in Riga.',  # synthetic: a passive: not his words
        'Facing Russia that "is ready for a long war" the allies met in Riga.',  # synthetic: a participle opens
        'Witkoff flew to Geneva - according to a US official - "to settle the final details" of the deal.',
        'Moscow still calls the war a "special military operation" at home.',  # synthetic: a habitual label
        'Sybiha put the question "what rules do you mean" to the envoys.',  # synthetic: a question
    ],
)
def test_subject_quotes_not_the_subjects(text: str) -> None:
    assert all(words != text[text.index('"') + 1 : text.index('"', text.index('"') + 1)] for _, words in _said(text))
