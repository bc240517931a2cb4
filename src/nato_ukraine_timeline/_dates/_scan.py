"""The scanner's one regex: every rule in one alternation, each branch behind a test of its first character.

The regex engine tries the branches of an alternation one by one at every place the scanner's gate lets
through. A branch that opens with a word list or an optional part ("early", "the", a number...) is entered
and walked before it fails; a branch behind a lookahead on the characters it can start with fails in one
test where the text starts otherwise. Which rule matched is told by an empty group named after the rule at
the end of its branch (a group around the whole branch would hide the branch's first character from the
engine's quick test). The first-character sets come from the parsed pattern (``re._parser``); anything the
analysis does not know gives "any character", which only costs speed: the matches are the same.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["by_first_letter", "combine", "first_char_test", "first_chars"]

_OTHER: Final = "\x80"  # stands for every character outside ASCII
_ASCII: Final = frozenset(map(chr, range(128)))
_ANY: Final = _ASCII | {_OTHER}
_NON_ASCII: Final = r"\x80-\U0010ffff"


def _sre() -> tuple[Any, Any]:
    return importlib.import_module("re._parser"), importlib.import_module("re._constants")


def _categories(c: Any) -> dict[Any, frozenset[str]]:
    digit = frozenset("0123456789") | {_OTHER}
    word = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") | {_OTHER}
    space = frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f") | {_OTHER}
    return {
        c.CATEGORY_DIGIT: digit,
        c.CATEGORY_WORD: word,
        c.CATEGORY_SPACE: space,
        c.CATEGORY_NOT_DIGIT: (_ASCII - digit) | {_OTHER},
        c.CATEGORY_NOT_WORD: (_ASCII - word) | {_OTHER},
        c.CATEGORY_NOT_SPACE: (_ASCII - space) | {_OTHER},
    }


class _Firsts:
    """The first characters of the items of a parsed pattern (``re._parser``'s (opcode, argument) pairs)."""

    def __init__(self) -> None:
        _, self.c = _sre()
        self.cats = _categories(self.c)

    def of_seq(self, items: Iterable[tuple[Any, Any]], *, fold: bool) -> tuple[set[str], bool]:
        """The characters a sequence can start with, and whether it can match the empty string."""
        out: set[str] = set()
        for op, av in items:
            chars, empty = self.of_item(op, av, fold=fold)
            out |= chars
            if not empty:
                return out, False
        return out, True

    def of_item(self, op: Any, av: Any, *, fold: bool) -> tuple[set[str], bool]:
        c = self.c
        if op in (c.LITERAL, c.IN):
            chars = {chr(av) if av < 128 else _OTHER} if op is c.LITERAL else self.of_class(av)
            return (_folded(chars) if fold else chars), False
        if op is c.BRANCH:
            out: set[str] = set()
            empty = False
            for alt in av[1]:
                chars, alt_empty = self.of_seq(alt, fold=fold)
                out |= chars
                empty = empty or alt_empty
            return out, empty
        if op is c.SUBPATTERN:
            _, add, remove, items = av
            fold = (fold or bool(add & c.SRE_FLAG_IGNORECASE)) and not remove & c.SRE_FLAG_IGNORECASE
            return self.of_seq(items, fold=fold)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            least, _, items = av
            chars, empty = self.of_seq(items, fold=fold)
            return chars, empty or least == 0
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # no character of its own (a lookahead only narrows)
            return set(), True
        return set(_ANY), True  # anything else (a back-reference, a conditional): any character, or none

    def of_class(self, items: Iterable[tuple[Any, Any]]) -> set[str]:
        c = self.c
        out: set[str] = set()
        negate = False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif op is c.LITERAL:
                out.add(chr(av) if av < 128 else _OTHER)
            elif op is c.RANGE:
                out |= {chr(k) for k in range(av[0], min(av[1], 127) + 1)}
                if av[1] >= 128:
                    out.add(_OTHER)
            elif op is c.CATEGORY and av in self.cats:
                out |= self.cats[av]
            else:
                return set(_ANY)
        return set(_ANY - out) | {_OTHER} if negate else out


def _folded(chars: set[str]) -> set[str]:
    """Case-insensitive: both cases of each letter, and any other character (Unicode case folding maps
    a few non-ASCII letters onto ASCII ones: the Kelvin sign, the long s)."""
    return chars | {ch.swapcase() for ch in chars if ch.isalpha()} | {_OTHER}


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with ("\\x80" standing for every non-ASCII one), or
    None when that can be any character or the pattern can match the empty string."""
    try:
        parser, c = _sre()
        parsed = parser.parse(pattern)
        chars, empty = _Firsts().of_seq(parsed, fold=bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE))
    except (AttributeError, ImportError, TypeError, ValueError, re.error):  # another Python's internals
        return None
    if empty or chars >= _ANY:
        return None
    return frozenset(chars)


def _lookahead(chars: frozenset[str] | None) -> str:
    if chars is None:
        return ""
    if not chars:  # no character can start it: it never matches
        return "(?!)"
    ascii_part = "".join(f"\\x{ord(ch):02x}" for ch in sorted(chars - {_OTHER}))
    return f"(?=[{ascii_part}{_NON_ASCII if _OTHER in chars else ''}])"


def first_char_test(pattern: str) -> str:
    """A lookahead on the characters a match of ``pattern`` can start with ("" when that can be any character or
    the pattern can match the empty string), to write before it: the same matches, but where the text starts
    otherwise the regex engine fails in one test instead of entering the pattern (whose branches may open with
    a lookbehind or a word boundary, which its quick test of a branch's first character cannot read).

    >>> print(first_char_test(r"[Ww]ill|(?<!-)shall"))
    (?=[\\x57\\x73\\x77])
    >>> first_char_test(r"\\w*")
    ''
    """
    return _lookahead(first_chars(pattern))


def by_first_letter(alternatives: str) -> str:
    """An alternation of words (``a|b|c``, no groups, as :func:`~nato_ukraine_timeline._resources.alternation`
    writes a table) regrouped by first letter, each group behind a test of the characters it can start with
    (read case-insensitively, so it holds inside ``(?i:...)`` too): the same strings match, in every case.

    Case-folded (``(?i:...)``), the regex engine can no longer test an alternative's first character
    quickly and enters every word of a list at every place it is tried; searched over a window of text
    (the words before a mention), that is every word at every position. Grouped, a position enters the words
    of its letter only. Only the order between words of different letters changes: they cannot both
    match at one place, unless a case-folded character stands for two letters, and then the regex still
    tries both, so whether and where it matches stays the same (which word matched first may not).

    >>> print(by_first_letter("bands|band|ax"))
    (?=[\\x41\\x61\\x80-\\U0010ffff])(?:ax)|(?=[\\x42\\x62\\x80-\\U0010ffff])(?:bands|band)
    """
    groups: dict[str, list[str]] = {}
    for word in alternatives.split("|"):
        groups.setdefault(word[:1].casefold(), []).append(word)
    return "|".join(
        first_char_test("(?i:" + "|".join(words) + ")") + "(?:" + "|".join(words) + ")"
        for _, words in sorted(groups.items())
    )


def _tested_chars(gate: str) -> frozenset[str] | None:
    """The characters a text can have where ``gate`` holds, when it is a test that reads nothing (one
    positive lookahead, maybe in a group that sets flags): its lookahead's first characters; else None."""
    try:
        parser, c = _sre()
        parsed = parser.parse(gate)
        items, fold = list(parsed), bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE)
        ignore_case = c.SRE_FLAG_IGNORECASE
        while len(items) == 1 and items[0][0] is c.SUBPATTERN:
            _, add, remove, inner = items[0][1]
            items, fold = list(inner), (fold or bool(add & ignore_case)) and not remove & ignore_case
        if len(items) != 1 or items[0][0] is not c.ASSERT or items[0][1][0] != 1:
            return None
        chars, empty = _Firsts().of_seq(items[0][1][1], fold=fold)
    except (AttributeError, ImportError, TypeError, ValueError, re.error):  # another Python's internals
        return None
    return None if empty or chars >= _ANY else frozenset(chars)


def _start_test(gate: str, firsts: Sequence[frozenset[str] | None]) -> str:
    """A test of the character where an expression starts: one the gate lets through and one a rule can
    start with (the gate's tries and the rules are not entered elsewhere)."""
    known = [chars for chars in firsts if chars is not None]
    by_rules = frozenset().union(*known) if len(known) == len(firsts) else None
    allowed = [chars for chars in (_tested_chars(gate), by_rules) if chars is not None]
    return _lookahead(frozenset.intersection(*allowed)) if allowed else ""


def combine(opening: str, gate: str, rules: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    """``opening``, ``gate``, then the first of ``rules`` (name, pattern with no named group) that matches,
    in their order. A match's ``lastgroup`` is the rule's name; the rule's text ends where the match ends."""
    firsts = [first_chars(body) for _, body in rules]
    branches = [f"{_lookahead(chars)}(?:{body})(?P<{name}>)" for (name, body), chars in zip(rules, firsts, strict=True)]
    return re.compile(opening + _start_test(gate, firsts) + gate + "(?:" + "|".join(branches) + ")")
