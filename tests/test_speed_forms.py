"""Faster forms of the mention finder's patterns read exactly what the plain forms read.

Texts here are synthetic: fragments of our own (names, titles, speech verbs, punctuation, line breaks)
shuffled by hypothesis.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _mentions

# The plain form of a clause opening: a zero-width start at the text's start or after a mark.
_PLAIN_OPENING = r"(?:^|(?<=[,;:.!?\"\u201d\u2013\u2014])|(?<=\n)(?![^\S\n]*+\n))\s*"

_FRAGMENTS = (
    "Ivan Petrenko",
    "Olena Kovalenko",
    "Artem",
    "Governor",
    "Kharkiv",
    "regional",
    "the",
    "said",
    "told",
    "noted",
    "has said",
    "later said",
    "Mr.",
    ",",
    ".",
    ";",
    ":",
    '"',
    "\u201d",
    "\u2014",
    "\n",
    "\n \n",
    "  ",
    "a.b.c",
)
_TEXTS = st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map(
    lambda parts: "".join(p if p in ",.;:\n" else " " + p for p in parts)
)


def _plain(opening: _mentions._ClauseOpening) -> re.Pattern[str]:
    rest = opening.at_start.pattern
    assert rest.startswith(r"\s*")
    return re.compile(_PLAIN_OPENING + rest[3:])


def _names(matches: object) -> list[tuple[int, int]]:
    return [m.span("name") for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300)
@given(_TEXTS)
def test_clause_openings_read_what_the_plain_form_reads(text: str) -> None:
    """The titled-name and bare-name patterns (read from a clause mark on) find the names the lookbehind
    form finds, in the same order, in any arrangement of names, titles, verbs, marks and line breaks."""
    for opening in (_mentions._appositive_patterns()[2], _mentions._bare_named()):
        assert _names(opening.finditer(text)) == _names(_plain(opening).finditer(text))


def test_a_name_at_the_start_and_after_marks() -> None:
    """Names at the text's start, after a comma and after the last of several line breaks are all read."""
    text = 'Ivan Petrenko said no. "Yes," Olena Kovalenko said.\n \nArtem Melnyk told them'
    got = [text[a:b] for a, b in _names(_mentions._bare_named().finditer(text))]
    assert got == ["Ivan Petrenko", "Olena Kovalenko", "Artem Melnyk"]
