"""``parse`` never crashes on any string: control characters, lone surrogates, very long lines (seventeenth
session, review17).

tests/test_fuzz.py draws any text of up to 200 characters, where a control character or a lone surrogate is
a rare draw and a long line never comes. Here each is drawn on purpose, into a synthetic news passage and
alone: the C0 and C1 control characters and DEL (``\\x01``-``\\x04`` are the marks the library's own masks put
where a mention or a date stands, so a text that brings them must not read as holding one), line and paragraph
separators, format characters (BOM, zero-width space, bidi overrides), lone high and low surrogates; and lines
of tens of thousands of characters with no sentence break. The invariants are fuzz/targets.py's
``check_parse``: no exception, every span inside the text, no date whose earliest is after its latest, and
the timeline unchanged through JSON and JSON Lines.

Every sentence here is synthetic, written for these tests.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Final

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fuzz package sits at the repository root

from fuzz import targets

from nato_ukraine_timeline import find_dates, parse

# synthetic: a passage with a statement, a quotation, dates, an event and a label
PASSAGE: Final = (
    'The alliance chief said on Feb. 17, 2025 that members must spend more. "We will help," the president '
    "said on Monday. Leaders met in the capital on June 24-25, 2025, and the minister called the plan a trap, "
    "urging talks."
)
# characters a text may bring that are no letters: C0 and C1 controls and DEL, separators, format characters,
# lone surrogates (high and low), a noncharacter
ODD: Final = (
    [chr(c) for c in range(0x20)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u2028", "\u2029", "\ufeff", "\u200b", "\u200d", "\u202e", "\u2066", "\ud800", "\udbff", "\udc00", "\udfff"]
    + ["\ufffe", "\uffff"]
)
MASK_MARKS: Final = "\x01\x02\x03\x04"
BUDGET: Final = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPTIONS: Final = st.sampled_from([{}, {"published": dt.date(2025, 3, 7)}, {"order": "newest first"}])


def test_the_odd_characters_are_drawn() -> None:
    """The alphabet holds what this file claims: controls, the mask marks and lone surrogates of both halves."""
    assert set(MASK_MARKS) <= set(ODD)
    assert {"\x00", "\x1b", "\x7f", "\x85", "\x9f"} <= set(ODD)
    assert any(0xD800 <= ord(c) <= 0xDBFF for c in ODD)
    assert any(0xDC00 <= ord(c) <= 0xDFFF for c in ODD)


@BUDGET
@given(
    st.lists(st.tuples(st.integers(0, len(PASSAGE)), st.sampled_from(ODD), st.integers(1, 3)), max_size=12),
    OPTIONS,
)
def test_odd_characters_inside_a_passage(edits: list[tuple[int, str, int]], opts: targets.Options) -> None:
    """The synthetic passage with control characters, mask marks or lone surrogates put anywhere."""
    text = PASSAGE
    for at, ch, n in sorted(edits, reverse=True):
        text = text[:at] + ch * n + text[at:]
    assert targets.check_parse(text, opts) == []


@BUDGET
@given(
    st.text(alphabet=st.one_of(st.sampled_from(ODD), st.sampled_from("Said on Monday NATO 2025 \"'.,")), max_size=300)
)
def test_odd_characters_alone(text: str) -> None:
    """Text made mostly of the odd characters, with a few words and marks of news between them."""
    assert targets.check_parse(text, {"published": dt.date(2025, 3, 7)}) == []


def test_mask_marks_in_the_text_name_nothing() -> None:
    """The marks the masks use for mentions and dates, written into a text, are no mention and no date."""
    published = dt.date(2025, 3, 7)
    text = "\x01\x02\x02 said on \x03\x04\x04 that \x01\x02 met \x03\x04."  # synthetic
    assert find_dates(text, published=published) == []
    assert len(parse(text, published=published).statements) == 0
    text = "Rutte said on \x03\x04\x04 that \x01\x02 met \x03\x04."  # synthetic
    statements = parse(text, published=published).statements
    assert [s.speaker.name for s in statements] == ["Mark Rutte"]
    assert [s.when for s in statements] == [None]


# synthetic: long lines with no sentence break, each of a kind that makes a scanner work (one word, figures, an
# open quotation, commas, capitalised words, dates, one run-on sentence of clauses)
LONG_LINES: Final = {
    "one-word": "a" * 100_000,
    "figures": "1" * 100_000,
    "open-quote": '"' + "we will help " * 4_000,
    "commas": ", " * 25_000,
    "capitalised": "Minister " * 6_000,
    "mask-marks": MASK_MARKS * 12_500,
    "dates": "on Monday " * 1_000,
    "run-on": "The envoy said on Monday that the allies met in the capital, " * 300,
}


@pytest.mark.parametrize("kind", sorted(LONG_LINES))
def test_very_long_line(kind: str) -> None:
    """A line of tens of thousands of characters with no sentence break parses and keeps the invariants."""
    text = LONG_LINES[kind]
    assert "\n" not in text
    assert len(text) >= 10_000
    assert targets.check_parse(text, {"published": dt.date(2025, 3, 7)}) == []
