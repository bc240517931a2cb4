"""Code shape (fourteenth session, review14): one helper per concept, asserted on synthetic sentences."""

from __future__ import annotations

import re

import pytest

from nato_ukraine_timeline._document import analyse, sentence_holding
from nato_ukraine_timeline._speech import lexicon, verb_forms, verb_set, verb_words


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


def test_verb_builder_reads_the_classes_and_the_form() -> None:
    lex = lexicon()
    assert verb_forms("say", "declare") == frozenset([*lex.say, *lex.declare])
    assert verb_forms("say", "declare", "report", ending="ed") == frozenset(
        f for f in (*lex.say, *lex.declare, *lex.report) if f.endswith("ed")
    )
    assert verb_forms("think") == frozenset(lex.think)
    assert verb_set("say") == frozenset(f.casefold() for f in lex.say)
    with pytest.raises(ValueError, match="unknown verb class"):
        verb_forms("say", "no_such_class")
    # synthetic: the alternation finds a form as a whole word, the first letter in either case unless told not to
    said = re.compile(rf"\b(?:{verb_words('say', 'declare')})\b")
    assert said.search("Officials said on Monday the talks went well.") is not None
    assert said.search("Said the minister: the plan stands.") is not None
    assert re.search(rf"\b(?:{verb_words('say', fold_first=False)})\b", "Said the minister.") is None
    past = re.compile(rf"\b(?:{verb_words('say', 'declare', 'report', ending='ed', fold_first=False)})\b")
    assert past.search("as announced by the ministry") is not None
    assert past.search("as announces the ministry") is None


def test_dates_layer_reads_the_one_splitter() -> None:
    from nato_ukraine_timeline._dates import _find
    from nato_ukraine_timeline._sentences import sentence_breaks, split_sentences

    # synthetic: a quoted sentence ends where it ends for the date layer (no quotation kept whole)
    text = 'Officials met on Monday. "We agreed. Talks resume on Friday," an aide said.\nA new line.'
    sents = split_sentences(text, quotes=[])
    ends, starts = sentence_breaks(text)
    assert ends == [s.end for s in sents[:-1]]
    assert starts == [s.start for s in sents[1:]]
    assert len(sents) == 4  # two inside the quotation, and the line break ends one
    friday = text.index("Friday")
    assert _find._Sentences(text).around(friday) == (text.index("Talks"), text.index("A new"))


def test_clock_in_focus_counts_the_splitters_sentences() -> None:
    from nato_ukraine_timeline import find_dates

    # synthetic: "Tom." ends a sentence (no abbreviation), so the day is named two sentences back
    far = "Delegates met on Tuesday evening with Tom. He left early. At 9 p.m. talks opened again."
    near = "Delegates met on Tuesday evening with Tom. At 9 p.m. talks opened again."
    assert [d.value.timex for d in find_dates(far, published="2025-03-07")] == ["2025-03-04TEV", "2025-03-07T21:00"]
    assert [d.value.timex for d in find_dates(near, published="2025-03-07")] == ["2025-03-04TEV", "2025-03-04T21:00"]
