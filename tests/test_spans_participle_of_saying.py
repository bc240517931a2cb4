"""A participle of saying after a comma ends the reported words before it (spans22).

', pointing out that ...', ', detailing that ...', ', specifying that ...', ', observing that ...' and
', clarifying that ...' open a second that-clause of the same speaker: the first statement's words stop at
the comma and the clause after "that" is a statement of its own, as ', noting that ...' already does. All
sentences are synthetic.
"""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import parse

CASES = (
    (
        "Defence Minister Karl Lindqvist said the brigade needs more trucks, pointing out that winter starts early.",
        "the brigade needs more trucks",
        "winter starts early",
    ),
    (
        "NATO Secretary General Mark Rutte said Moscow grew bolder in 2025, detailing that it fired 9,000 drones.",
        "Moscow grew bolder in 2025",
        "it fired 9,000 drones",
    ),
    (
        "Zelensky said the talks would go on, specifying that the next round opens in Riga.",
        "the talks would go on",
        "the next round opens in Riga",
    ),
    (
        "Rutte said the alliance was ready, observing that the exercise had gone to plan.",
        "the alliance was ready",
        "the exercise had gone to plan",
    ),
    (
        "Peskov said no date had been set, clarifying that contacts continue at a working level.",
        "no date had been set",
        "contacts continue at a working level",
    ),
)


@pytest.mark.parametrize(("text", "first", "second"), CASES)
def test_participle_of_saying_splits_the_words(text: str, first: str, second: str) -> None:
    """The words before the participle and the that-clause after it are two statements of one speaker."""
    found = [(text[s.span.start : s.span.end], s.speaker.name) for s in parse(text).statements]
    words = [w for w, _ in found]
    assert words == [first, second]
    assert len({name for _, name in found}) == 1


def test_participle_before_an_object_ends_the_words() -> None:
    """'detailing' before a noun phrase is no second statement, and the words stop before the comma."""
    text = "Rutte said the plan was ready, detailing the steps for the summit."
    words = [text[s.span.start : s.span.end] for s in parse(text).statements]
    assert words == ["the plan was ready"]
