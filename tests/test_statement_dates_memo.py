"""The statement-date rules ask each statement's speech verb and whether it reports one act once per document
(``_statement_dates._Seen``, sixteenth session, perf16s): the kept answer is the one the finder gives, for every
statement and both readings of ``present``, and a new document never reads the answers kept for the last one.
Every text here is synthetic, written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _statement_dates as sd
from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._statements import find_statements

if TYPE_CHECKING:
    from nato_ukraine_timeline._document import Doc
    from nato_ukraine_timeline._found import Found

SYNTHETIC = (
    "Rutte said on Monday that allies were united. He has often said that the door stays open.",
    '"We will not back down," Zelensky said, adding that the talks would go on.',
    "Sybiha met Rutte in Brussels on Tuesday. Rutte said the aid would continue. Sybiha says the talks went well.",
    'Peskov repeatedly warned that the plan was a trap, saying, "It will fail." The Kremlin has said so before.',
    "According to Umerov, the exchange took place on Friday. Kallas told reporters that the sanctions would hold.",
)

PIECES = (
    "Rutte said that allies agree. ",
    "He has said that the door is open. ",
    "Zelensky often says the talks matter. ",
    '"We are ready," Sybiha said. ',
    "Kallas told reporters on Friday that the deal holds. ",
    ", adding that the aid goes on. ",
    "According to Peskov, the call was useful. ",
    "The meeting ended. ",
)


def _answers(doc: Doc, found: list[Found]) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for f in found:
        verb = sd._speech_verb(doc, f)
        out.append(
            (
                verb.span() if verb is not None else None,
                sd.one_act(doc, f),
                sd.one_act(doc, f, present=True),
            )
        )
    return out


def _fresh(doc: Doc, found: list[Found]) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for f in found:
        verb = sd._find_speech_verb(doc, f)
        out.append(
            (
                verb.span() if verb is not None else None,
                sd._one_act(doc, f, present=False),
                sd._one_act(doc, f, present=True),
            )
        )
    return out


def _check(text: str) -> None:
    doc, _ = analyse(text, published=None, window=None, order=None)
    found = find_statements(doc)
    kept = _answers(doc, found)
    assert kept == _answers(doc, found)  # asked again: the kept answers
    assert kept == _fresh(doc, found), text  # the finder's own answers


class TestSeen:
    @pytest.mark.parametrize("text", SYNTHETIC)
    def test_kept_answers_are_the_finders(self, text: str) -> None:
        _check(text)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join))
    def test_kept_answers_are_the_finders_random(self, text: str) -> None:
        """The same on texts made of synthetic pieces in any order."""
        _check(text)

    def test_a_new_document_asks_again(self) -> None:
        """Two synthetic texts with statements at the same offsets: a perfect ("has warned") in one, a past
        ("now warned") in the other; each reads its own answer, asked one after the other."""
        perfect = "Rutte has warned that the alliance stays united."
        past = "Rutte now warned that the alliance stays united."
        answers = []
        for text in (perfect, past, perfect):
            doc, _ = analyse(text, published=None, window=None, order=None)
            found = find_statements(doc)
            assert len(found) == 1
            answers.append(sd.one_act(doc, found[0]))
        assert answers == [False, True, False]
