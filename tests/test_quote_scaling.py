"""Sentences with thousands of quotation marks and verbs of saying are read in linear time, with the
same result as the pairwise definitions (fifteenth session, robust15). Synthetic sentences only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import pytest

from nato_ukraine_timeline import _quote_rules, _statements, parse
from nato_ukraine_timeline._found import Found, SentenceState
from test_scale import GROWTH, measure_growth

if TYPE_CHECKING:
    from nato_ukraine_timeline._document import Doc
    from nato_ukraine_timeline._speakers import VerbSite

SYNTHETIC = (  # synthetic sentences: closing attributions, inverted ones, several speakers, quotations
    '"We will help," Mark Rutte said, and "we stand firm," said Olaf Scholz, adding that "the line holds."',
    "Volodymyr Zelensky asked the allies to send more air defence, Mark Rutte said on Monday.",
    "Mark Rutte warned that the talks would fail, said the ministry.",
    "Volodymyr Zelensky said the front was holding, a claim that Dmitry Peskov denied.",
    "Emmanuel Macron said Olaf Scholz told him that the plan was ready, Mark Rutte said, Dmitry Peskov said.",
    'Mark Rutte said that "aid will come soon", Dmitry Peskov said that "no aid will come", Rutte added.',
    'He said "the work goes on for now", she said "the work stops today", they said, Mark Rutte said.',
    " ".join('"we will help," Mark Rutte said, and "we stand firm"' for _ in range(30)),
    " ".join('Olaf Scholz said the aid "is on its way to the front", Dmitry Peskov said,' for _ in range(20)),
)


def _checked_inside(doc: Doc, sites: list[VerbSite]) -> list[bool]:
    got = _REAL_INSIDE(doc, sites)
    expected = [_statements.inside_closing_attribution(doc, s, sites[n + 1 :]) for n, s in enumerate(sites)]
    assert got == expected
    _CALLS.append(len(sites))
    return got


def _checked_covered(st: SentenceState, q0: int, q1: int) -> bool:
    got = _REAL_COVERED(st, q0, q1)
    assert got == any(a < q1 and q0 < b for a, b in st.covered)
    _CALLS.append(1)
    return got


_REAL_INSIDE = _statements.inside_closing_attributions
_REAL_COVERED = _quote_rules._covered
_CALLS: list[int] = []


@pytest.mark.parametrize("text", SYNTHETIC)
def test_linear_paths_agree_with_the_pairwise_definitions(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-pass closing-attribution index and the bisected covered-words test give what asking every
    pair gives, on every sentence the rules read."""
    before = parse(text)
    _CALLS.clear()
    monkeypatch.setattr(_statements, "inside_closing_attributions", _checked_inside)
    monkeypatch.setattr(_quote_rules, "_covered", _checked_covered)
    after = parse(text)
    assert _CALLS  # the checks ran
    assert after == before


def test_covered_on_disjoint_spans() -> None:
    class _State:  # covered sorted and disjoint, as SentenceState.add keeps it
        covered: ClassVar[list[tuple[int, int]]] = [(2, 5), (5, 9), (12, 13), (20, 40)]

    st: Any = _State()
    for q0 in range(45):
        for q1 in range(q0 + 1, 46):
            assert _REAL_COVERED(st, q0, q1) == any(a < q1 and q0 < b for a, b in st.covered), (q0, q1)
    assert Found  # the class whose spans fill covered


def test_thousands_of_quotation_marks_in_one_sentence_scale_linearly() -> None:
    """Synthetic: one sentence without an end holding n quotation marks and n/4 verbs of saying; 10x the
    marks cost at most ~12x the operations (counted as in test_scale, never timed). Asking every verb about
    every later one, and every quotation about every span already read, grew ~100x."""
    unit = '"we will help," Mark Rutte said, and "we stand firm"'
    small, large = (" ".join(unit for _ in range(n // 4)) for n in (400, 4000))
    ops_small, ops_large = measure_growth([("quotes", "parse", small, large)])["quotes"]
    assert ops_large / ops_small <= GROWTH, f"{ops_small} -> {ops_large}"
