"""Code shape (fourteenth session, review14): one helper per concept, asserted on synthetic sentences."""

from __future__ import annotations

from nato_ukraine_timeline._document import analyse, sentence_holding


def test_sentence_holding_is_the_last_sentence_starting_at_or_before() -> None:
    # synthetic
    text = "  The council met on Monday. Delegates said the talks went well. They left."
    doc, _ = analyse(text, published=None, window=None, order=None)
    starts = [s.start for s in doc.sentences]
    assert len(starts) == 3
    assert sentence_holding(doc, 0) == -1  # before the first sentence (leading spaces)
    assert sentence_holding(doc, starts[0]) == 0
    assert sentence_holding(doc, starts[1] - 1) == 0
    assert sentence_holding(doc, starts[1]) == 1
    assert sentence_holding(doc, len(text) - 1) == 2
