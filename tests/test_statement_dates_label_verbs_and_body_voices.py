"""Statement dates from a saying named in the sentence before (sdateb27): a label verb in the past ("slammed",
"dismissed") is the speaker's saying, a body the speaker is the registry's voice of says for him, and a clause
joined by "and" that opens with its day is no longer read as the perfect before it.

Every sentence here is SYNTHETIC: our own wording, written for these tests. Published on Friday 2025-03-07:
Tuesday is 2025-03-04, Wednesday 2025-03-05.
"""

from __future__ import annotations

from typing import Final

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._statement_dates import EXAMPLE_PUBLISHED

CASES: Final = (
    (  # a label verb after the speaker, with a day: the occasion of the words that follow
        'Prime Minister Donald Tusk on Tuesday condemned the sabotage at the depot. "We will find them," Tusk said.',
        "We will find them",
        "2025-03-04",
    ),
    (  # ... not when the speaker is the object of another's labelling
        'The minister on Tuesday praised Donald Tusk for the plan. "We will find them," Tusk said at a rally.',
        "We will find them",
        None,
    ),
    (  # the body the speaker is the voice of, in a clause joined by "and" after a perfect
        (
            "Russia has repeatedly rejected the charges and on Wednesday the Kremlin dismissed the new report."
            ' "There is no evidence at all," Kremlin spokesman Dmitry Peskov told journalists.'
        ),
        "There is no evidence",
        "2025-03-05",
    ),
    (  # ... an aide of the body is no voice of it
        (
            "Russia has repeatedly rejected the charges and on Wednesday the Kremlin dismissed the new report."
            ' "There is no evidence at all," Kremlin aide Yuri Ushakov told journalists.'
        ),
        "There is no evidence",
        None,
    ),
    (  # a perfect in the day's own clause still takes no definite past time
        'Russia has dismissed on Wednesday the new report. "There is no evidence at all," Dmitry Peskov said.',
        "There is no evidence",
        None,
    ),
)


@pytest.mark.parametrize(("text", "words", "timex"), CASES)
def test_saying_named_before(text: str, words: str, timex: str | None) -> None:
    timeline = parse(text, published=EXAMPLE_PUBLISHED)
    statements = [s for s in timeline.statements if words in s.text]
    assert len(statements) == 1
    when = statements[0].when
    assert (when.timex if when else None) == timex


@pytest.mark.parametrize("text", [" and on", "and on Tuesday", 'X has said and on "Tuesday" the Kremlin dismissed'])
def test_never_crashes(text: str) -> None:
    parse(text, published=EXAMPLE_PUBLISHED)
