"""Speed changes of the thirteenth session (perf13): the faster forms give exactly what the former ones gave.

Every sentence here is synthetic (written for these tests).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline._dates import _find, _occasion_days
from nato_ukraine_timeline.errors import ModelError
from nato_ukraine_timeline.model import Basis, DateMention, DateValue, TimexType

# the pattern of rule quoted-words-in-a-clause as written before (its lookbehind first)
_FORMER_RUN_IN = re.compile(
    r"(?<=[A-Za-z] )(?P<o>[\"\u201c\u2018])(?=[^\s\"\u201c\u201d\u2018\u2019])"
    r"(?P<words>[^\s\"\u201c\u201d\u2018\u2019\n]+(?: [^\s\"\u201c\u201d\u2018\n]+){0,3}?)"
    r"(?P<c>(?<=\w)[\"\u201d\u2019]|(?<=\w[.,?!])[\"\u201d])(?=[\s,.;:)?!]|$)"
)


def _former_unquoted(text: str) -> str:
    chars = list(text)
    for m in _FORMER_RUN_IN.finditer(text):
        if m.group("o") == "\u2018" and m.group("c") != "\u2019":
            continue
        if m.group("o") != "\u2018" and m.group("c") == "\u2019":
            continue
        chars[m.start("o")] = chars[m.start("c")] = "|"
    return "".join(chars)


_QUOTED = [  # synthetic
    'The council will weigh a "sky shield" plan on Tuesday.',
    "The council will weigh a \u201csky shield\u201d plan on Tuesday.",
    "The council will weigh a \u2018sky shield\u2019 plan on Tuesday.",
    "The council will weigh a \u2018sky shield\u201d plan on Tuesday.",
    'The envoy may arrive "Monday or Tuesday." Officials declined to say more.',
    '"We will hold," the mayor said. The army called it a "line of steel" and "final."',
    'A "first" and a "second" and "third, fourth, fifth, sixth" words.',
    'Nothing here: "an unclosed quotation that runs on',
    "x" * 40 + ' a "b"',
    'He said "no"\nand left "now".',
    "",
]


@pytest.mark.parametrize("text", _QUOTED)
def test_run_in_quotes_as_before(text: str) -> None:
    """Rule quoted-words-in-a-clause opens its pattern with the quote mark: the same marks become bars."""
    assert _find.unquoted_run_ins(text) == _former_unquoted(text)


def test_run_in_quotes_same_object_without_a_run_in() -> None:
    text = '"We will win," the minister said.'  # synthetic: a quotation opened at the start, no run-in
    assert _find.unquoted_run_ins(text) is text


@pytest.mark.parametrize(
    "text",
    [  # synthetic
        "The ministers met on March 4 in Lisbon, on the eve of the summit.",
        "The ministers met on March 4, on THE eve of the vote.",
        "They spoke every evening of the week; the eve  of the talks was calm.",
        "Nothing happens on the evening of May 3.",
    ],
)
def test_eve_prefilter_is_necessary(text: str) -> None:
    """Every match of the eve pattern holds what the prefilter looks for, so a text without it has no eve."""
    if _occasion_days._EVE.search(text) is not None:
        assert _occasion_days._EVE_OF.search(text) is not None


def test_eve_of_a_named_day_still_dated() -> None:
    text = "The ministers met on March 4 in Lisbon, on the eve of the summit."  # synthetic
    found = ntl.find_dates(text, published=dt.date(2025, 3, 10))
    eve = [m for m in found if m.text == "the eve"]
    assert [m.value.timex for m in eve] == ["2025-03-04"]


@pytest.mark.parametrize(
    ("text", "day"),
    [  # synthetic: a date between a verb of saying and "that" is the saying's, in the past
        ("The minister said on Friday that talks will resume.", "2025-03-07"),
        ("The minister will say on Friday that talks resume.", "2025-03-14"),
    ],
)
def test_date_of_the_saying_unchanged(text: str, day: str) -> None:
    found = ntl.find_dates(text, published=dt.date(2025, 3, 10))
    assert [m.value.timex for m in found] == [day]


def _value() -> DateValue:
    return DateValue.from_timex("2025-03-04", basis=Basis.EXPLICIT)


def test_date_mention_fast_path_builds() -> None:
    m = DateMention(start=3, end=8, text="March", type=TimexType.DATE, value=_value())
    assert (m.start, m.end, m.type) == (3, 8, TimexType.DATE)
    assert DateMention(start=0, end=0, text="", type="DATE", value=_value()).type is TimexType.DATE


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": -1, "end": 4, "text": "abcde"}, "must be >= 0, got -1"),
        ({"start": 5, "end": 4, "text": ""}, "end=4 is before start=5"),
        ({"start": 0, "end": 4, "text": "abc"}, "'abc' has 3 characters, the span 4"),
        ({"start": True, "end": 4, "text": "abcd"}, "expected int"),
        ({"start": 0, "end": 4.0, "text": "abcd"}, "expected int"),
        ({"start": 0, "end": 4, "text": b"abcd"}, "expected str"),
    ],
)
def test_date_mention_checks_unchanged(fields: dict[str, object], message: str) -> None:
    """The checks the fast path skips still run, with their messages, on anything it does not accept."""
    with pytest.raises(ModelError, match=re.escape(message)):
        DateMention(type=TimexType.DATE, value=_value(), **fields)  # type: ignore[arg-type]


def test_date_mention_value_checked() -> None:
    with pytest.raises(ModelError, match="expected DateValue"):
        DateMention(start=0, end=4, text="abcd", type=TimexType.DATE, value="2025")  # type: ignore[arg-type]


# --- tense markers and clause ends behind a test of their first characters (perf13, second change) ---

_TENSE_TEXTS = [  # synthetic
    "The ministers will meet on Friday and then travelled home on Sunday.",
    "Officials said the long-delayed budget was test-fired and re-elected on Tuesday.",
    "The council, which is expected to vote next week, had been set to meet on Friday.",
    "Kremlin-backed forces attacked; the U.S.-brokered talks resumed on Monday.",
    "He may have met them. She may meet them on Thursday. ``They plan,'' he said, ahead of Friday.",
    "\u201cWe are going to win,\u201d she said on Wednesday; talks continued until Saturday.",
    "12 34 -- ?! \n\n a b c",
    "",
]


def _windows(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a in range(0, len(text) + 1, 3) for b in range(a, len(text) + 1, 4)]


@pytest.mark.parametrize("text", _TENSE_TEXTS)
def test_markers_as_without_the_first_test(text: str) -> None:
    """The tense markers and clause ends behind ``first_char_test`` find what the bare patterns found, at every
    window of each synthetic text (the backtracking 'last one before' and the forward search alike)."""
    from nato_ukraine_timeline._dates import _resolve as r

    bare_marker = r"\b" + r._MARKER_WORDS
    last_marker, marker = re.compile(rf"(?s:.*){bare_marker}"), re.compile(bare_marker)
    last_clause, clause = re.compile(rf"(?s:.*)(?:{r._CLAUSE_WORDS})"), re.compile(r._CLAUSE_WORDS)

    def key(m: re.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.groupdict())

    for a, b in _windows(text):
        assert key(r._LAST_MARKER.match(text, a, b)) == key(last_marker.match(text, a, b))
        assert key(r._MARKER.search(text, a, b)) == key(marker.search(text, a, b))
        assert key(r._LAST_CLAUSE.match(text, a, b)) == key(last_clause.match(text, a, b))
        assert key(r._CLAUSE.search(text, a, b)) == key(clause.search(text, a, b))


def test_first_char_test_only_where_it_knows() -> None:
    from nato_ukraine_timeline._dates._scan import first_char_test

    assert first_char_test(r"(?:abc)?") == ""  # may match nothing: no test
    assert first_char_test(r"(?i:w)ill") == "(?=[\\x57\\x77\\x80-\\U0010ffff])"  # any case, and non-ASCII folds
    digits = "".join(f"\\x{ord(c):02x}" for c in "0123456789")
    assert first_char_test(r"\d+|\bmay") == f"(?=[{digits}\\x6d\\x80-\\U0010ffff])"  # \d: non-ASCII digits too
    assert first_char_test(r"[0-9]+|may") == f"(?=[{digits}\\x6d])"
    assert re.fullmatch(first_char_test("will|shall") + "(?:will|shall)", "shall")
