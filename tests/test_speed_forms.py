"""Faster forms of patterns (the mention finder's, the event clause's) read exactly what the plain forms read.

Texts here are synthetic: fragments of our own (names, titles, speech verbs, punctuation, line breaks)
shuffled by hypothesis; masks of our own with actor (\\x01\\x02) and date (\\x03\\x04) placeholders.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _event_rules, _mentions, _sentences, _speech, _statements

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


# The plain forms of the event clause patterns (_event_rules), each form tried at every place.
_PLAIN_BOUNDARY = (
    r"(?<!\d),|,(?!\d{3}(?!\d))|[;:\"()]|\s[\u2014\u2013-]\s|\bthat\b|\bwhile\b|\bbut\b|"
    r"(?<=[a-z]{3})\.\s+(?=[A-Z\x01\x03\"\u201c])"
)
_PLAIN_NAME_LIST = (
    rf"(?<![\w'.\x01\x02-]){_event_rules._NAME}(?:,\s+{_event_rules._NAME}){{1,12}},?\s+(?:and|or)\s+"
    rf"{_event_rules._NAME}"
)
_MASK_FRAGMENTS = (
    "Odesa",
    "Kharkiv",
    "St.",
    "rivne",
    "that",
    "thats",
    "but",
    "abut",
    "while",
    "and",
    "or",
    "1,000",
    "12,5",
    "3",
    "\x01\x02\x02",
    "\x03\x04",
    "the talks",
    ",",
    ".",
    ";",
    ":",
    '"',
    "(",
    ")",
    "-",
    "\u2014",
    "\u201c",
    "  ",
    "\n",
    "it's",
    "'",
)
_MASKS = st.lists(st.sampled_from(_MASK_FRAGMENTS), max_size=40).flatmap(
    lambda parts: st.lists(st.sampled_from(["", " "]), min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(g + p for g, p in zip(gaps, parts, strict=True))
    )
)


@settings(max_examples=500)
@given(_MASKS, st.integers(0, 10), st.integers(0, 10))
def test_event_clause_patterns_match_their_plain_forms(mask: str, lo: int, cut: int) -> None:
    """The clause boundary and name-list patterns of the event rules find the spans their plain forms find,
    from any start and to any end inside the text (a search reads behind its start, not past its end)."""
    end = max(lo, len(mask) - cut)
    for fast, plain in (
        (_event_rules._BOUNDARY, _PLAIN_BOUNDARY),
        (_event_rules._NAME_LIST, _PLAIN_NAME_LIST),
    ):
        got = [m.span() for m in fast.finditer(mask, lo, end)]
        assert got == [m.span() for m in re.compile(plain).finditer(mask, lo, end)]


def test_clause_boundaries_of_a_synthetic_sentence() -> None:
    """Commas of a number, a name list and abbreviations end no clause; the others do."""
    mask = "Kyiv said that 1,000 troops, from Odesa, Lviv and Rivne, met St. Paul; but not Gen. Smith. Then"
    got = [mask[a:b] for a, b in (m.span() for m in _event_rules._BOUNDARY.finditer(mask))]
    assert got == ["that", ",", ",", ",", ";", "but", ". "]


@pytest.mark.parametrize(
    "mask",
    [
        "strikes on d'Odesa, Kharkiv and Rivne",
        "strikes on x-Odesa, Kharkiv and Rivne",
        "strikes on \x01\x02\x02, Kharkiv, Lviv or Rivne",
        "strikes on 2Odesa, Kharkiv and Rivne",
        "strikes on Odesa, Kharkiv and Rivne",
    ],
)
def test_name_lists_where_the_plain_form_reads_them(mask: str) -> None:
    """A list of names starts only after a space or a mark, not inside a word (synthetic masks)."""
    got = [m.span() for m in _event_rules._NAME_LIST.finditer(mask)]
    assert got == [m.span() for m in re.compile(_PLAIN_NAME_LIST).finditer(mask)]


_PLAIN_INITIALS = r"(?<![\w.-])[A-Z]{2,6}(?![\w.-])"
_PLAIN_ACCORDING = r"(?i:\baccording\s+to|\bas\s+per)\s+(?P<pron>him|her)\b"
_WORD_FRAGMENTS = (
    "According",
    "according",
    "ACCORDING",
    "as",
    "As",
    "bias",
    "per",
    "Per",
    "to",
    "TO",
    "him",
    "Him",
    "her",
    "hers",
    "NIS",
    "AFU",
    "ABCDEFG",
    "A",
    "U.S.",
    "EU",
    "-",
    ".",
    ",",
    "x",
    "\u017f",  # a long s, which matches "s" without regard to case
)
_WORD_TEXTS = st.lists(st.sampled_from(_WORD_FRAGMENTS), max_size=30).flatmap(
    lambda parts: st.lists(st.sampled_from(["", " ", "  "]), min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(g + p for g, p in zip(gaps, parts, strict=True))
    )
)


@settings(max_examples=400)
@given(_WORD_TEXTS, st.integers(0, 6))
def test_initials_and_according_to_a_pronoun_match_their_plain_forms(text: str, lo: int) -> None:
    """The initials of a body (_mentions) and 'according to him/her' (_statements) find what their plain
    forms find, in any arrangement of those words, from any start (synthetic fragments)."""
    for fast, plain in ((_mentions._INITIALS, _PLAIN_INITIALS), (_statements._ACCORDING_PRONOUN, _PLAIN_ACCORDING)):
        got = [m.span() for m in fast.finditer(text, lo)]
        assert got == [m.span() for m in re.compile(plain).finditer(text, lo)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("According to him, x", [(0, 16)]),
        ("bias per him; ACCORDING TO HER", []),
        ("it is, as per her, done", [(7, 17)]),
        ("a\u017f per him", [(0, 10)]),  # a long s is an s without regard to case
        ("the AFU and X.NIS or ABCDEFG", [(4, 7)]),
    ],
)
def test_synthetic_examples_of_the_fast_forms(text: str, spans: list[tuple[int, int]]) -> None:
    """What each fast form reads in a synthetic sentence, as its plain form does."""
    pattern = _statements._ACCORDING_PRONOUN if "per" in text or "ccording" in text.lower() else _mentions._INITIALS
    plain = _PLAIN_ACCORDING if pattern is _statements._ACCORDING_PRONOUN else _PLAIN_INITIALS
    assert [m.span() for m in pattern.finditer(text)] == spans == [m.span() for m in re.compile(plain).finditer(text)]


def _find_loop(text: str, keys: tuple[str, ...]) -> list[tuple[str, int]]:
    """The plain form of _mentions._key_sites: one str.find loop per key."""
    out = []
    for key in keys:
        at = text.find(key)
        while at >= 0:
            out.append((key, at))
            at = text.find(key, at + len(key))
    return out


_KEY_TEXT = st.text(alphabet="he mtarbHMAsis", max_size=80)


@settings(max_examples=300, deadline=None)
@given(text=_KEY_TEXT, keys=st.lists(st.text(alphabet="he mtarbHMAsis", min_size=1, max_size=7), max_size=6))
def test_key_sites_are_the_find_loops_places(text: str, keys: list[str]) -> None:
    """Keys with a shared prefix found in one scan: the same (key, place) pairs in the same order as a find loop
    per key, also with keys that overlap themselves ('he he') or repeat."""
    for group in (tuple(keys), tuple(f"he {k}" for k in keys), tuple(f"hehe{k}" for k in keys)):
        assert list(_mentions._key_sites(text, group)) == _find_loop(text, group)


def test_key_sites_of_the_body_again_heads() -> None:
    """Synthetic: the heads of a body named again, found by the shared-prefix scan."""
    text = "The ministry said; the army and the Army. Then the bloc, the the ministry."
    keys = _mentions._body_again_keys()
    assert _mentions._shared_prefix(keys) == 3
    sites = list(_mentions._key_sites(text, keys))
    assert sites == _find_loop(text, keys)
    assert {key for key, _ in sites} >= {"he ministry", "he army", "he Army", "he bloc"}


# The plain form of the glued sentence end: the word before it as a look-behind ahead of the mark.
_PLAIN_GLUED = re.compile(r"""(?<=[a-z]{3})[.!?]["'\u201d\u2019]?(?=["\u201c]?[A-Z][a-z]{2,}\b)""")


@settings(max_examples=300)
@given(text=st.text(alphabet="abcAB.!?'\"\u201c\u201d\n ", max_size=60), lo=st.integers(0, 10))
def test_glued_sentence_ends_match_their_plain_form(text: str, lo: int) -> None:
    """The glued end of a sentence read mark first finds what the plain form finds, also from a later start."""
    fast = [m.span() for m in _sentences._GLUED.finditer(text, lo)]
    assert fast == [m.span() for m in _PLAIN_GLUED.finditer(text, lo)]


_ACCORDING_TEXTS = st.lists(
    st.sampled_from(
        (
            *("according", "ACCORDING", "Accord\u0131ng", "to", "TO", "as", "AS", "\u017f", "per", "PER", "Per"),
            *("him", "her", "the", "Ministry", "officials", ",", ".", "\n", "  ", "a", "A", "\x01\x02", "c", "s"),
        )
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=400)
@given(text=_ACCORDING_TEXTS, lo=st.integers(0, 6), cut=st.integers(0, 12))
def test_according_forms_all_contain_the_quick_check(text: str, lo: int, cut: int) -> None:
    """Wherever one of the three 'according to' / 'as per' forms matches in a window, the quick check that lets
    _statements._according_to skip a sentence matches in that window too."""
    end = max(lo, len(text) - cut)
    forms = (_statements._ACCORDING_PRONOUN, _statements._ACCORDING_UNNAMED, _speech.patterns().according)
    if any(p.search(text, lo, end) for p in forms):
        assert _statements._ACCORDING_ANY.search(text, lo, end) is not None


def test_the_according_quick_check_on_synthetic_leads() -> None:
    """Synthetic leads: each form is seen by the quick check; a sentence without them is not."""
    for lead in ("According to him, talks", "as per the ministry", "ACCORDING TO officials", "AS  PER them"):
        assert _statements._ACCORDING_ANY.search(lead) is not None
    assert _statements._ACCORDING_ANY.search("The minister said the talks went well.") is None
