"""The scanner's one regex: every rule in one alternation, each branch behind a test of its first character.

The regex engine tries the branches of an alternation one by one at every place the scanner's gate lets
through. A branch that opens with a word list or an optional part ("early", "the", a number...) is entered
and walked before it fails; a branch behind a lookahead on the characters it can start with fails in one
test where the text starts otherwise. Which rule matched is told by an empty group named after the rule at
the end of its branch (a group around the whole branch would hide the branch's first character from the
engine's quick test). The first-character sets come from the parsed pattern (``re._parser``); anything the
analysis does not know gives "any character", which only costs speed: the matches are the same.

The scan itself (:class:`IndexedScanner`) finds the combined pattern's matches without entering every rule: at
each place the gate lets through, it tries only the rules whose forms allow the text's next characters
(:class:`RuleIndex`, built from the same parsed patterns), in the rules' order.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING, Any, ClassVar, Final

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["IndexedScanner", "by_first_letter", "combine", "first_char_test", "first_chars", "first_forms"]

_OTHER: Final = "\x80"  # stands for every character outside ASCII
_ASCII: Final = frozenset(map(chr, range(128)))
_ANY: Final = _ASCII | {_OTHER}
_NON_ASCII: Final = r"\x80-\U0010ffff"


def _sre() -> tuple[Any, Any]:
    return importlib.import_module("re._parser"), importlib.import_module("re._constants")


def _parse(pattern: str) -> Any:
    parser, _ = _sre()
    return parser.parse(pattern)


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
        parsed = _parse(pattern)
    except (AttributeError, ImportError, TypeError, ValueError, re.error):  # another Python's internals
        return None
    return _chars_of(parsed)


def _chars_of(parsed: Any) -> frozenset[str] | None:
    """:func:`first_chars` of a pattern parsed by ``re._parser``."""
    try:
        _, c = _sre()
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


# --- the rules indexed by the characters they can start with -----------------------------------------------
# A place the gate lets through opens a word ("the", "at", a digit...) that only some rules can start with.
# Each rule's pattern tells, read by ``re._parser``, which strings of ``PREFIX`` characters its matches can
# open with (the set of characters at each of those places, for each way through the pattern's first items);
# at a place of the text, the rules tried are those whose forms allow the text's next characters, in the
# rules' order, so the first that matches is the alternation's first. Anything the analysis does not know
# allows any character: it only costs speed.

PREFIX: Final = 5  # characters of the text read to choose the rules
_END: Final = ""  # stands for "past the end of the text" in a set of characters
_ANY_OR_END: Final = frozenset(_ANY | {_END})
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MOST_FORMS: Final = 4096  # more ways through a rule's first items than this: it allows any start

Form = tuple[frozenset[str], ...]  # the characters allowed at each of a match's first places


class _TooManyFormsError(Exception):
    """A pattern opens in too many ways to list (the rule is then tried at every place)."""


class _Prefixes:
    """The forms (:data:`Form`) a parsed pattern's matches can open with, up to ``PREFIX`` characters; a form
    shorter than that is one whose match may end there."""

    def __init__(self, depth: int) -> None:
        self.firsts = _Firsts()
        self.c, self.depth = self.firsts.c, depth

    def of_seq(self, items: Iterable[tuple[Any, Any]], room: int, *, fold: bool) -> set[Form]:
        """The forms of a sequence, of at most ``room`` places each."""
        partial: set[Form] = {()}
        for op, av in items:
            done = {f for f in partial if len(f) >= room}
            open_ = partial - done
            if not open_:
                break
            partial = done
            for f in open_:
                partial |= {f + g for g in self.of_item(op, av, room - len(f), fold=fold)}
            if len(partial) > _MOST_FORMS:
                raise _TooManyFormsError
        return partial

    def of_item(self, op: Any, av: Any, room: int, *, fold: bool) -> set[Form]:
        c = self.c
        if op in (c.LITERAL, c.IN):
            chars, _ = self.firsts.of_item(op, av, fold=False)
            if fold:  # a letter outside ASCII may fold onto an ASCII one (the long s, the Kelvin sign)
                chars = _folded(chars) | (_LETTERS if _OTHER in chars else set())
            return {(frozenset(chars),)}
        if op is c.BRANCH:
            return set().union(*(self.of_seq(alt, room, fold=fold) for alt in av[1]))
        if op is c.SUBPATTERN:
            _, add, remove, items = av
            fold = (fold or bool(add & c.SRE_FLAG_IGNORECASE)) and not remove & c.SRE_FLAG_IGNORECASE
            return self.of_seq(items, room, fold=fold)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            least, most, items = av
            once = self.of_seq(items, room, fold=fold)
            # a form of k repetitions that fills the places is a form of any number from k on; a shorter one
            # (the match may end there) only from ``least`` on, unless a repetition may read nothing
            may_skip = () in once
            out: set[Form] = {()} if least == 0 else set()
            reps: set[Form] = {()}
            for k in range(1, min(most, room) + 1):
                reps = {(f + g)[:room] for f in reps for g in once}
                out |= {f for f in reps if len(f) >= room or k >= least or may_skip}
                if len(reps) > _MOST_FORMS:
                    raise _TooManyFormsError
            return out
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # reads no character of its own (it only narrows)
            return {()}
        return {(_ANY_OR_END,) * room}  # anything else: any characters


def first_forms(pattern: str, depth: int = PREFIX) -> tuple[Form, ...] | None:
    """The forms of ``depth`` places (:data:`Form`) that every match of ``pattern`` opens with (a shorter match
    allowing anything after it), or None when the analysis does not know them.

    >>> forms = first_forms("(?i:at)|[0-9]{2}", 3)  # "*": any character, or the end of the text
    >>> sorted(tuple("".join(sorted(chars)) if len(chars) < 20 else "*" for chars in f) for f in forms)
    [('0123456789', '0123456789', '*'), ('Aa\\x80', 'Tt\\x80', '*')]
    """
    try:
        parsed = _parse(pattern)
    except (AttributeError, ImportError, TypeError, ValueError, re.error):  # another Python's internals
        return None
    return _forms_of(parsed, depth)


def _forms_of(parsed: Any, depth: int) -> tuple[Form, ...] | None:
    """:func:`first_forms` of a pattern parsed by ``re._parser``."""
    try:
        _, c = _sre()
        forms = _Prefixes(depth).of_seq(parsed, depth, fold=bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE))
    except (_TooManyFormsError, AttributeError, ImportError, TypeError, ValueError, re.error):
        return None
    return _merged({f + (_ANY_OR_END,) * (depth - len(f)) for f in forms}) if forms else None


def _merged(forms: set[Form]) -> tuple[Form, ...]:
    """The same strings in fewer forms: forms that differ at one place only become one, that place's
    characters joined (a list of words, "week" and "Week", "[Ww]eek" ...)."""
    depth = len(next(iter(forms)))
    changed = True
    while changed:
        changed = False
        for place in range(depth):
            joined: dict[Form, set[str]] = {}
            for f in forms:
                joined.setdefault(f[:place] + f[place + 1 :], set()).update(f[place])
            if len(joined) < len(forms):
                changed = True
                forms = {(*rest[:place], frozenset(chars), *rest[place:]) for rest, chars in joined.items()}
    return tuple(forms)


class _Step:
    """The forms still possible after some characters of the text: their numbers in :class:`RuleIndex`'s list,
    in the rules' order (numbers, not tuples: a text's first strings make many steps, and no new object each)."""

    __slots__ = ("alive", "next")

    def __init__(self, alive: list[int]) -> None:
        self.alive = alive
        self.next: dict[str, _Step] = {}


class RuleIndex:
    """The rules that can match at a place, from the text's next ``depth`` characters: each rule's forms
    (:func:`first_forms`) are read once, the forms still possible after each character are worked out the
    first time a text has it there (a tree of :class:`_Step`), and the answer for each string met is kept.

    A rule is tried only where its first character passes the test :func:`combine` writes before it (its
    :func:`first_chars`, kept in ``firsts``), as there."""

    _MOST_KEPT: ClassVar[int] = 20_000  # answers kept (and steps: a text of random characters meets many strings)

    def __init__(self, rules: Sequence[tuple[str, re.Pattern[str]]], depth: int = PREFIX) -> None:
        self.rules = tuple(rules)
        self.depth = depth
        self.firsts: list[frozenset[str] | None] = []
        self.forms: list[tuple[Form, ...] | None] = []
        for _, pattern in rules:  # each pattern parsed once, for both (the parse is not kept)
            try:
                parsed = _parse(pattern.pattern)
            except (AttributeError, ImportError, TypeError, ValueError, re.error):  # another Python's internals
                parsed = None
            self.firsts.append(None if parsed is None else _chars_of(parsed))
            self.forms.append(None if parsed is None else _forms_of(parsed, depth))
        anything = ((_ANY_OR_END,) * depth,)  # a rule whose forms are not known: any characters
        self.listed: list[tuple[int, Form]] = []  # (rule, form) of every form, in the rules' order
        shared: dict[frozenset[str], frozenset[str]] = {}  # one object for each set of characters
        for k, forms in enumerate(self.forms):
            chars = self.firsts[k]
            tested = [(f[0] & chars, *f[1:]) for f in forms or anything] if chars is not None else forms
            for f in tested or anything:
                if f[0]:
                    self.listed.append((k, tuple(shared.setdefault(place, place) for place in f)))
        self.root = _Step(list(range(len(self.listed))))
        # the steps after the first character, made at once: one pass over the forms (most first characters
        # are a few letters, both cases)
        firsts_met: dict[str, list[int]] = {}
        for n, (_, f) in enumerate(self.listed):
            for ch in f[0]:
                firsts_met.setdefault(ch, []).append(n)
        self.root.next = {ch: _Step(alive) for ch, alive in firsts_met.items()}
        self.kept: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}

    def at(self, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The (name, pattern) of each rule whose forms allow ``key`` (the text's next characters, fewer at its
        end), in the rules' order."""
        found = self.kept.get(key)
        if found is None:
            listed, step = self.listed, self.root
            for place in range(self.depth):
                ch = key[place] if place < len(key) else _END
                ch = ch if ch < "\x80" else _OTHER
                after = step.next.get(ch)
                if after is None:
                    after = step.next[ch] = _Step([n for n in step.alive if ch in listed[n][1][place]])
                step = after
            found = tuple(self.rules[k] for k in dict.fromkeys(listed[n][0] for n in step.alive))
            if len(self.kept) >= self._MOST_KEPT:  # the answers and the steps after the first character go
                self.kept.clear()
                for first in self.root.next.values():
                    first.next.clear()
            self.kept[key] = found
        return found


class IndexedScanner:
    """The matches :func:`combine` ``(opening, gate, rules)`` makes, found by trying at each place the gate
    lets through only the rules whose forms (:class:`RuleIndex`) allow the text there, each by its own
    pattern (``rules``: each rule's name and compiled body, its groups named or not: the same matches), in the
    rules' order: the regex engine no longer enters at every such place every rule that starts with the same
    character (a rule for "the past year" at each "that" and "this")."""

    def __init__(
        self, opening: str, gate: str, rules: Sequence[tuple[str, re.Pattern[str]]], depth: int = PREFIX
    ) -> None:
        self.index = RuleIndex(rules, depth)  # its first characters are those of the bodies: groups read nothing
        self.gate = re.compile(opening + _start_test(gate, self.index.firsts) + gate)

    def finditer(self, string: str) -> Iterator[tuple[str, int, int]]:
        """The rule, start and end of each match of the combined pattern on ``string``, in order."""
        search, rules_at, depth = self.gate.search, self.index.at, self.index.depth
        pos = 0
        while (place := search(string, pos)) is not None:
            here = place.end()  # the gate reads nothing: the rules start after the opening character
            for name, pattern in rules_at(string[here : here + depth]):
                m = pattern.match(string, here)
                if m is not None:
                    yield name, place.start(), m.end()
                    pos = m.end()
                    break
            else:
                pos = place.start() + 1

    def match(self, string: str, pos: int) -> tuple[str, int, int] | None:
        """The rule, start and end of the combined pattern's match at ``pos`` of ``string``, if any."""
        place = self.gate.match(string, pos)
        if place is None:
            return None
        here = place.end()
        for name, pattern in self.index.at(string[here : here + self.index.depth]):
            m = pattern.match(string, here)
            if m is not None:
                return name, pos, m.end()
        return None
