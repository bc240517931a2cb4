"""Rule clause-quotes (fourteenth session, attr14): quotations of three words or more inside a clause of saying
that no other rule read are the words of the last speech verb's speaker. All sentences are synthetic, written
for these tests."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._statements import find_statements


def _found(text: str) -> list[tuple[str, str, str, bool]]:
    doc, _ = analyse(text, published=None, window=None, order=None)
    return [(f.rule, f.speaker.name, text[f.start : f.end], f.direct) for f in find_statements(doc)]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        pytest.param(  # synthetic: a that-clause of a verb of praise, quoted
            'Stubb hailed that "the talks have found a new pace," voicing hope "a deal can follow soon."',
            "Alexander Stubb",
            "the talks have found a new pace,",
            id="hailed-that",
        ),
        pytest.param(  # synthetic: a parenthetical attribution, a colon, a quotation that does not end the sentence
            'The mission, Macron stressed, is no war: "It will not fight anyone," but will deter "any new attack."',
            "Emmanuel Macron",
            "any new attack.",
            id="parenthetical-second-quote",
        ),
    ],
)
def test_quotation_in_clause_is_the_speakers(text: str, speaker: str, words: str) -> None:
    """Synthetic: the quotation is a direct statement of the clause's speaker."""
    assert ("clause-quotes", speaker, words, True) in _found(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(  # synthetic: two words in quotation marks are a term
            'Rutte praised the new "drone wall" along the eastern flank at a briefing.',
            "drone wall",
            id="two-word-term",
        ),
        pytest.param(  # synthetic: capitalised words only name something (a programme, a motto)
            'Sybiha said he would attend a forum held under the motto "Security For All Nations" in Kyiv.',
            "Security For All Nations",
            id="title-case-name",
        ),
        pytest.param(  # synthetic: a quotation right after a possessive names a thing
            'Tusk said Moscow rejected Kyiv\'s "plan for a lasting peace" on Monday.',
            "plan for a lasting peace",
            id="after-possessive",
        ),
        pytest.param(  # synthetic: no speech verb before the quotation in its sentence
            'Troops moved into the village, where posters read "we will stay here forever" on every wall.',
            "we will stay here forever",
            id="no-speech-verb",
        ),
    ],
)
def test_quotation_that_names_a_thing_is_no_statement(text: str, words: str) -> None:
    """Synthetic: the rule takes no term, name or quotation outside a clause of saying."""
    assert not any(rule == "clause-quotes" and w == words for rule, _, w, _ in _found(text))
