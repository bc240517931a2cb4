"""Sentence splitting, the mention mask and word patterns."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._sentences import (
    build_mask,
    checked_word_pattern,
    split_sentences,
    unwrap_lines,
    word_pattern,
)


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rutte spoke on Feb. 17 in Brussels. Allies listened.",
            ["Rutte spoke on Feb. 17 in Brussels.", "Allies listened."],
        ),
        (
            "The U.S. Treasury imposed sanctions. The Kremlin objected.",
            ["The U.S. Treasury imposed sanctions.", "The Kremlin objected."],
        ),
        (
            "Kyiv thanked the U.S. The aid arrived on Dec. 3.",
            ["Kyiv thanked the U.S.", "The aid arrived on Dec. 3."],
        ),
        (
            "Gen. Christopher Cavoli and Lt. Gen. Antonio Aguto met Donald J. Trump. They talked.",
            ["Gen. Christopher Cavoli and Lt. Gen. Antonio Aguto met Donald J. Trump.", "They talked."],
        ),
        (
            '"We have to act. Now is the time," Rutte said. He left.',
            ['"We have to act. Now is the time," Rutte said.', "He left."],
        ),
        (
            "\u201cWinter is coming. We are ready,\u201d Zelensky said. Kyiv braced.",
            ["\u201cWinter is coming. We are ready,\u201d Zelensky said.", "Kyiv braced."],
        ),
        (  # synthetic: an outlet dropped the space after a sentence end
            "The minister wrote on Telegram.Earlier in the day, the envoy arrived.",
            ["The minister wrote on Telegram.", "Earlier in the day, the envoy arrived."],
        ),
        (  # synthetic: a dropped space before a personal pronoun of two letters
            "Tariffs would follow unless it stopped buying oil.He claimed that Modi agreed.",
            ["Tariffs would follow unless it stopped buying oil.", "He claimed that Modi agreed."],
        ),
        (  # synthetic: a dropped space before an opening straight quotation mark ends before the mark
            'Putin said the raid was a provocation."The regime has gone far," Putin said.',
            ["Putin said the raid was a provocation.", '"The regime has gone far," Putin said.'],
        ),
        (  # synthetic: ... and after a closing one
            'Rutte said "we are ready."The allies met.',
            ['Rutte said "we are ready."', "The allies met."],
        ),
        (  # synthetic: an outlet's dotted name and a Latin abbreviation are no sentence end
            "The embassy said so, News.Az reports. Some, e.g.The Hague, agreed.",
            ["The embassy said so, News.Az reports.", "Some, e.g.The Hague, agreed."],
        ),
        (
            "Line one without a period\nLine two.",
            ["Line one without a period", "Line two."],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    """Sentences end at terminal punctuation, not at abbreviations, initials or inside quotations."""
    assert _texts(text) == expected


def test_bullets_remember_their_header() -> None:
    """List items are sentences of their own and point back to the line that introduces them."""
    text = "Key developments on Nov. 19: * Ukraine strikes Bryansk * Putin signs doctrine"
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == [
        "Key developments on Nov. 19:",
        "Ukraine strikes Bryansk",
        "Putin signs doctrine",
    ]
    assert [s.header for s in sentences] == [-1, 0, 0]


@given(st.text(max_size=200))
def test_sentences_are_ordered_and_inside(text: str) -> None:
    """Sentences are non-empty, ordered, non-overlapping ranges of the text without outer whitespace."""
    last = 0
    for s in split_sentences(text):
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace()
        assert not text[s.end - 1].isspace()
        last = s.end


@given(st.text(max_size=100), st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), max_size=5))
def test_mask_keeps_length(text: str, spans: list[tuple[int, int]]) -> None:
    """The mask has the text's length whatever spans it is given."""
    pairs = [(min(a, b), max(a, b)) for a, b in spans]
    assert len(build_mask(text, pairs[:2], pairs[2:])) == len(text)


@given(st.lists(st.from_regex(r"[a-z]{1,6}( [a-z]{1,6})?", fullmatch=True), min_size=1, max_size=12))
def test_word_pattern_matches_exactly_its_words(words: list[str]) -> None:
    """The trie pattern matches each of its words, and (whole) nothing else."""
    pattern = re.compile(rf"(?:{word_pattern(words, fold_first=False)})")
    for word in words:
        assert pattern.fullmatch(word)
    assert not pattern.fullmatch("zzzzzzzz")


@given(
    st.lists(st.from_regex(r"[A-Za-z]{1,6}( [a-z]{1,6})?", fullmatch=True), min_size=1, max_size=12),
    st.lists(st.sampled_from(["Ab", "ab", "Abc de", "x.Ab", "Ab-", " ", ". ", "-", "\n"]), max_size=12),
)
def test_checked_word_pattern_finds_what_a_leading_lookbehind_finds(words: list[str], parts: list[str]) -> None:
    """The words with a check after their first letter find, in any text, what word_pattern finds after the
    same check placed before the word (synthetic texts made of the words and a few joints)."""
    text = "".join(p for pair in zip(words, parts, strict=False) for p in pair) + "".join(words)
    leading = re.compile(rf"(?<![\w.])(?:{word_pattern(words, fold_first=False)})")
    checked = re.compile(checked_word_pattern(words, r"(?<![\w.].)"))
    assert [m.span() for m in checked.finditer(text)] == [m.span() for m in leading.finditer(text)]


def test_checked_word_pattern_needs_a_first_character() -> None:
    with pytest.raises(ValueError, match="no first character"):
        checked_word_pattern(["Ab", ""], r"(?<!\w.)")


@given(
    st.lists(st.from_regex(r"[A-Za-zß]{1,6}( [a-z]{1,6})?", fullmatch=True), min_size=1, max_size=12),
    st.lists(st.sampled_from(["Ab", "ab", "AB", "Abc de", "x.Ab", "ss", "SS", " ", ". ", "-", "\n"]), max_size=12),
)
def test_word_pattern_case_branches_find_what_a_class_finds(words: list[str], parts: list[str]) -> None:
    """A first letter in either case as a branch per case (``case_branches``, perf12): in any text the pattern
    finds what the class of the two cases finds (synthetic words and joints; "ß", whose capital is two
    letters, and words that differ only in their first letter's case included)."""
    text = "".join(p for pair in zip(words, parts, strict=False) for p in pair) + " ".join(w.swapcase() for w in words)
    branches = re.compile(rf"\b(?:{word_pattern(words, case_branches=True)})\b")
    classes = re.compile(rf"\b(?:{word_pattern(words)})\b")
    assert [m.span() for m in branches.finditer(text)] == [m.span() for m in classes.finditer(text)]


def test_word_pattern_case_branches_open_with_letters() -> None:
    """Synthetic: "said"/"Said" and "told" open with the letters S, s, T, t, each its own branch (the regex
    engine passes over a branch opening with another letter in one comparison); without case_branches, a class."""
    pattern = word_pattern(["said", "Said", "told"], case_branches=True)
    assert "[Ss]" not in pattern
    assert "[Tt]old" not in pattern
    assert "[Tt]old" in word_pattern(["said", "Said", "told"])
    assert word_pattern(["said"], fold_first=False, case_branches=True) == word_pattern(["said"], fold_first=False)
    found = re.compile(rf"\b(?:{pattern})\b")
    text = "Said he, then said she; Told and told."
    assert [m.group() for m in found.finditer(text)] == ["Said", "said", "Told", "told"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Synthetic, in the forms of a wire copied from a fixed-width page and of a plain paragraph text.
        ("The envoy said the talks were\nuseful and frank.", "The envoy said the talks were useful and frank."),
        (
            "a pledge of 40\nof the members, a \ndraft, and \u201cthe\nplan\u201d",
            "a pledge of 40 of the members, a  draft, and \u201cthe plan\u201d",
        ),
        ("Talks ended.\nthen a list", "Talks ended.\nthen a list"),  # after a sentence's end
        # a hard-wrapped text (two breaks before a lowercase letter): breaks before a capital or a digit too
        (
            "She said on Monday that\n12 of the allies would\nsend ships and\nfuel with\nNorway.\nThe talks ended.",
            "She said on Monday that 12 of the allies would send ships and fuel with Norway.\nThe talks ended.",
        ),
        ("Talks were\nuseful\nOSLO - More.", "Talks were useful\nOSLO - More."),  # one wrap: a capital stays
        ("Aid includes:\nshells and fuel", "Aid includes:\nshells and fuel"),  # after a colon
        (
            "Minister says talks useful\nKYIV, May 3 - More words.",
            "Minister says talks useful\nKYIV, May 3 - More words.",
        ),
        ("One paragraph.\n\nanother paragraph", "One paragraph.\n\nanother paragraph"),  # a blank line
        ("- shells\n- fuel", "- shells\n- fuel"),  # list items
    ],
)
def test_unwrap_lines_reads_a_wrapped_line_break_as_a_space(text: str, expected: str) -> None:
    """A line break inside a sentence (before a lowercase letter, after a word, a digit or a comma) is a hard
    wrap and reads as a space; one before a capital, a mark or a bullet, or after a sentence's end or a colon,
    stays."""
    assert unwrap_lines(text) == expected


@given(st.text(alphabet="ab .:\n\u201c", max_size=40))
def test_unwrap_lines_keeps_offsets(text: str) -> None:
    """The unwrapped text has the length of the text and differs only where a line break became a space."""
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert all(a == b or (a in " \n" and b == " ") for a, b in zip(text, out, strict=True))


def test_a_hard_wrapped_statement_keeps_its_words_across_the_line_break() -> None:
    """Synthetic hard-wrapped passage: the statements run over the line breaks (they were cut at each one),
    and each keeps the text's own words, line breaks included."""
    text = (
        "Kremlin spokesman Dmitry Peskov said that some of the remarks were summaries rather\n"
        "than exact words, adding that Moscow keeps working with Washington\n"
        "on rebuilding ties."
    )
    words = [s.text for s in parse(text).statements]
    assert words == [
        "some of the remarks were summaries rather\nthan exact words",
        "Moscow keeps working with Washington\non rebuilding ties",
    ]
