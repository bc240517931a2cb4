"""The scanner's combined regex (_dates/_scan.py): first-character tests in front of each rule change no match.

Texts here are synthetic: date phrases of our own, shuffled with filler words.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline._dates import _find, _patterns, _scan
from nato_ukraine_timeline._dates._scan import combine, first_chars

_OTHER = "\x80"


class TestFirstChars:
    @pytest.mark.parametrize(
        ("pattern", "expected"),
        [
            ("[tT]he", set("tT")),
            ("(?:early )?May", set("eM")),
            (r"\d{4}", set("0123456789") | {_OTHER}),
            ("(?i:x)y", {"x", "X", _OTHER}),
            ("(?:a|b)c|d", set("abd")),
            ("(?=z)ab", {"a"}),
            ("\u2013x", {_OTHER}),
        ],
    )
    def test_sets(self, pattern: str, expected: set[str]) -> None:
        """The characters a match can start with, non-ASCII ones as one stand-in."""
        assert first_chars(pattern) == expected

    @pytest.mark.parametrize("pattern", ["a?", "(?:x|)", ".b", "[^a]", r"(a)?\1x", "(?>ab)"])
    def test_unknown_or_empty_is_none(self, pattern: str) -> None:
        """A pattern that can match nothing or start anywhere (or that the analysis does not know) has no test."""
        assert first_chars(pattern) is None

    @pytest.mark.parametrize("rule", _patterns.RULES, ids=lambda r: r.name)
    def test_rule_examples_start_inside_their_set(self, rule: _patterns.Rule) -> None:
        """Each rule's examples begin with a character of the rule's first-character set."""
        pattern = _patterns.scanner().by_name[rule.name]
        chars = first_chars(pattern.pattern)
        for phrase, _ in rule.examples:
            for k in range(len(phrase)):
                m = pattern.match(phrase, k)
                if m is not None and chars is not None:
                    first = phrase[k] if ord(phrase[k]) < 128 else _OTHER
                    assert first in chars, (phrase, k)


class TestStartTest:
    @pytest.mark.parametrize(
        ("gate", "expected"),
        [("(?-i:(?=ab|c))", {"a", "c"}), ("(?=[0-9])", set("0123456789")), ("(?=a?)", None), ("x", None)],
    )
    def test_gate_chars(self, gate: str, expected: set[str] | None) -> None:
        """A gate that reads nothing (one lookahead) tells the characters it lets through; anything else nothing."""
        assert _scan._tested_chars(gate) == expected

    def test_start_test_is_what_both_allow(self) -> None:
        """The test in front of the gate allows a character only when the gate and some rule both may start there."""
        test = _scan._start_test("(?=[abc])", [frozenset("bx"), frozenset("cy")])
        assert [c for c in "abcxy" if re.fullmatch(test + ".", c)] == ["b", "c"]
        assert _scan._start_test("x", [frozenset("b"), None]) == ""
        assert _scan._start_test("(?=a)", [frozenset("b")]) == "(?!)"


def _named_wrappers(prefix: str, rules: list[tuple[str, str]]) -> re.Pattern[str]:
    """The scanner as it was built before: each rule's whole branch in its named group."""
    return re.compile(prefix + "(?:" + "|".join(f"(?P<{name}>{body})" for name, body in rules) + ")")


@cache
def _both() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The scanner's regex built both ways from the same rules and gate."""
    rules = [(name, re.sub(r"\(\?P<\w+>", "(?:", p.pattern)) for name, p in _patterns.scanner().by_name.items()]
    opening, gate = _patterns.scanner().opening, _patterns._gate()
    return _named_wrappers(opening + gate, rules), combine(opening, gate, rules)


_WORDS = st.sampled_from(
    [
        "on", "Feb.", "17", "2025", "the", "last", "next", "week", "weeks", "ago", "three", "days", "Monday",
        "in", "March", "early", "mid-", "summer", "1990s", "Q3", "10:30", "p.m.", "\u2013", "-", ",", ".", "\n",
        "a", "year", "earlier", "Christmas", "this", "month", "Über", "recently", "now", "fiscal", "century",
    ]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=30), st.lists(st.sampled_from([" ", "", "  "]), min_size=30, max_size=30))
def test_combined_matches_as_the_named_wrappers_do(words: list[str], gaps: list[str]) -> None:
    """Same rule, same span at every match on synthetic text, as the scanner built with group wrappers."""
    text = " " + "".join(w + g for w, g in zip(words, gaps, strict=False))
    wrapped, combined = _both()
    assert combined.pattern == _patterns.scanner().combined.pattern  # the scanner is built this way
    old = [(m.lastgroup, m.start(m.lastgroup or 0), m.end()) for m in wrapped.finditer(text)]
    new = [(m.lastgroup, m.start() + 1, m.end()) for m in combined.finditer(text)]
    assert new == old


@given(st.text(alphabet="aZB C\n1,.\u00c9\r-", max_size=80))
def test_capitals_prefilter_never_misses_a_line_in_capitals(text: str) -> None:
    """The quick check (a line with a capital and no lower-case letter) passes every text in which the
    all-capitals line pattern finds a line (synthetic strings)."""
    passes = _find._NO_LOWER_FIRST.match(text) is not None or _find._NO_LOWER_LINE.search(text) is not None
    assert passes or _find._CAPS_LINE.search(text) is None


class TestByFirstLetter:
    """Word lists regrouped by first letter (``_scan.by_first_letter``): the same strings, found where they were."""

    def test_groups_keep_each_word(self) -> None:
        """Synthetic word list: every word matches, in any case, and nothing else does."""
        words = "defending|defends|defend|face|facing|Believe"
        grouped = re.compile(f"(?i:{_scan.by_first_letter(words)})$")
        for w in ["defending", "DEFENDS", "Defend", "face", "FACING", "believe"]:
            assert grouped.match(w), w
        for w in ["defen", "faced", "belief", ""]:
            assert grouped.match(w) is None, w

    @given(st.text(alphabet="abdefgis DEFGSI\u017f\u0130\u0131\t-'", max_size=60))
    def test_standing_object_as_the_flat_list(self, window: str) -> None:
        """The search before "today" (rule standing-object-today) finds a match where and when the pattern with
        the flat word list (the reference, as it was) does, on synthetic strings."""
        flat = re.compile(rf"(?i:\b(?:{_find._standing_forms()})\b)(?:[ \t]+{_find._OBJECT_WORD}){{0,3}}[ \t]+$")
        text = "we keep defending " + window + " "
        for lo in (0, 5, len(text) // 2):
            old, new = flat.search(text, lo), _find._STANDING_OBJECT.search(text, lo)
            assert (old and old.span()) == (new and new.span())

    def test_standing_object_synthetic(self) -> None:
        """Synthetic sentences: a verb of a standing state with its object before the end, in any case."""
        for text in ["they keep defending the border ", "We FACE big threats ", "nations Believe it "]:
            assert _find._STANDING_OBJECT.search(text), text
        for text in ["we signed the accord ", "facing up to the problem of it ", "we defended it "]:
            assert _find._STANDING_OBJECT.search(text) is None, text


class TestIndexedScanner:
    """The rules indexed by the characters they can start with (``_scan.IndexedScanner``): the combined
    regex's matches, each place trying only the rules its next characters allow."""

    @pytest.mark.parametrize(
        ("pattern", "allowed", "refused"),
        [
            ("[tT]he past", ["the p", "The p"], ["that ", "thE p", "the"]),
            (r"\d{4}", ["2024 ", "19999"], ["202", "a024 "]),
            ("(?i:ab)c?", ["ab", "AB", "abc  "], ["ac"]),
            ("(?=x)xy|(?<!a)z", ["xy", "z"], ["y"]),
        ],
    )
    def test_forms(self, pattern: str, allowed: list[str], refused: list[str]) -> None:
        """A string of text opens a form of the pattern when its match can start with those characters
        (synthetic patterns; a string shorter than the forms is the end of the text)."""
        index = _scan.RuleIndex([("r", re.compile(pattern))], depth=5)
        for text in allowed:
            assert index.at(text), text
        for text in refused:
            assert not index.at(text), text

    def test_unknown_places_allow_anything(self) -> None:
        """A place the analysis does not read (a back-reference) allows any character; a pattern that opens in
        too many ways to list has no forms and is tried wherever its first character may stand."""
        index = _scan.RuleIndex([("r", re.compile(r"(a)\1"))])
        assert index.at("azzzz")
        assert not index.at("zzzzz")
        many = "|".join(f"w{k:04d}" for k in range(5000))
        assert _scan.first_forms(many) is None
        index = _scan.RuleIndex([("r", re.compile(many))])
        assert index.at("wzzzz")
        assert not index.at("zzzzz")  # (its first character is still tested, as in the combined regex)

    def test_gate_is_the_combined_regex_gate(self) -> None:
        """The places tried are those where the combined regex enters its rules: the same opening, start test
        and gate."""
        sc = _patterns.scanner()
        assert sc.combined.pattern.startswith(sc.indexed.gate.pattern + "(?:")

    def test_every_rule_is_read(self) -> None:
        """Every rule of the scanner has known forms (else it is tried at every place the gate lets through)."""
        assert all(forms is not None for forms in _patterns.scanner().indexed.index.forms)

    @pytest.mark.parametrize("rule", _patterns.RULES, ids=lambda r: r.name)
    def test_rule_examples_are_allowed(self, rule: _patterns.Rule) -> None:
        """At every place a rule's own pattern matches in its examples, the index tries that rule."""
        sc = _patterns.scanner()
        pattern = sc.by_name[rule.name]
        for phrase, _ in rule.examples:
            for k in range(len(phrase)):
                if pattern.match(phrase, k) is not None:
                    tried = [name for name, _ in sc.indexed.index.at(phrase[k : k + _scan.PREFIX])]
                    assert rule.name in tried, (phrase, k)

    @given(st.lists(_WORDS, max_size=30), st.lists(st.sampled_from([" ", "", "  "]), min_size=30, max_size=30))
    def test_same_matches_as_the_combined_regex(self, words: list[str], gaps: list[str]) -> None:
        """Same rule, same span at every match on synthetic text as the scanner's combined regex."""
        text = " " + "".join(w + g for w, g in zip(words, gaps, strict=False))
        sc = _patterns.scanner()
        old = [(m.lastgroup, m.start(), m.end()) for m in sc.combined.finditer(text)]
        assert list(sc.indexed.finditer(text)) == old

    def test_same_matches_on_the_examples(self) -> None:
        """Every rule's examples, with text around them, scanned both ways (synthetic phrases)."""
        sc = _patterns.scanner()
        for rule in _patterns.RULES:
            for phrase, _ in rule.examples:
                for text in (f" {phrase}", f" On {phrase}, it rained.", f" ({phrase})", f"\n{phrase}"):
                    old = [(m.lastgroup, m.start(), m.end()) for m in sc.combined.finditer(text)]
                    assert list(sc.indexed.finditer(text)) == old, text

    def test_memory_is_bounded(self) -> None:
        """Past the answers kept, the answers and the steps after the first character are dropped, and the
        answers stay the same (synthetic strings)."""
        rules = list(_patterns.scanner().by_name.items())
        index, fresh = _scan.RuleIndex(rules), _scan.RuleIndex(rules)
        index._MOST_KEPT = 3  # type: ignore[misc]
        keys = ["the p", "1999 ", "at le", "Octob", "the p", "next ", "1999 "]
        answers = [index.at(key) for key in keys]
        assert len(index.kept) <= 3
        assert answers == [fresh.at(key) for key in keys]
        assert len(fresh.kept) == 5
