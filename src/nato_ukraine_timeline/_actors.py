"""The actor registry, actor mentions in text, and the date bounds that titles of office imply.

The registry ships as ``data/actors.toml`` (schema in the file's opening comment) and is loaded once by
:func:`actor_registry`. Users add their own actors without editing the package::

    from nato_ukraine_timeline import ActorRegistry, actor_registry, find_actor_mentions

    mine = ActorRegistry.from_file("my_actors.toml")     # same schema as data/actors.toml
    registry = actor_registry().extend(mine)             # a new registry; the packaged one is unchanged
    find_actor_mentions(text, registry=registry)

A later entry with the same ``id`` replaces the packaged one; a name that two actors share becomes
ambiguous (both are offered as candidates) rather than silently picking one.

Mention finding (:func:`find_actor_mentions`) tokenises the text once with one regex and walks three
token tries built once per registry (names, organisation modifiers, titles): time is linear in the
length of the text and no pattern can backtrack. It never raises on a string.

One module on purpose: the matcher reads the registry's indexes (tries, title vocabulary, ``part_of``
chains) that are private to :class:`ActorRegistry`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import tomllib
import unicodedata
from array import array
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final, NamedTuple, TypeVar

import attrs
import cattrs
from attrs import field, frozen
from cattrs.errors import BaseValidationError

from ._resources import read_data, tsv_rows, word_classes
from .errors import InvalidOptionError, ModelError, ResourceError
from .model import Actor, ActorKind, Role, Span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

__all__ = [
    "ActorMention",
    "ActorRegistry",
    "MentionKind",
    "TermEvidence",
    "TitleInfo",
    "active_registry",
    "actor_registry",
    "find_actor_mentions",
    "term_bounds",
    "using_registry",
]

_RESOURCE: Final = "data/actors.toml"
_ONE_DAY: Final = dt.timedelta(days=1)


# --------------------------------------------------------------------------------------------------
# The file schema (what a TOML file holds) -- structured by a private cattrs converter


@frozen(kw_only=True)
class _RoleEntry:
    title: str
    organisation: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@frozen(kw_only=True)
class _ActorEntry:
    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    roles: tuple[_RoleEntry, ...] = ()
    modifiers: tuple[str, ...] = ()
    head: str | None = None
    part_of: str | None = None


@frozen(kw_only=True)
class TitleInfo:
    """A canonical title and the forms news uses for it (``"Defense Minister"`` → ``"Minister of Defence"``).

    ``same_as`` names a more general title this one is a local form of (the US ``"Secretary of State"``
    is a ``"Minister of Foreign Affairs"``); ``kind`` is the kind of actor the title describes;
    ``generic`` marks a title that also stands for every longer title it begins ("Secretary" for
    "Secretary of State", "President" for "President of the European Commission"); ``local`` marks an
    office many people hold at once in different places ("Governor", "Mayor"): a bare title of it never
    means a registry holder the text does not name; ``state`` names the state whose office the title's own
    words name ("Defence Secretary", British spelling, is the UK's): a bare title of it means that state's holder.
    """

    title: str
    forms: tuple[str, ...] = ()
    kind: ActorKind = ActorKind.PERSON
    same_as: str | None = None
    generic: bool = False
    local: bool = False
    state: str | None = None


@frozen(kw_only=True)
class _RegistryFile:
    titles: tuple[TitleInfo, ...] = ()
    actors: tuple[_ActorEntry, ...] = ()


def _structure_date(value: object, _type: object) -> dt.date:
    if isinstance(value, dt.datetime):
        raise TypeError(f"expected a date (YYYY-MM-DD), got a date and time {value!r}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(f"expected a date (YYYY-MM-DD), got {type(value).__name__} {value!r}")


def _make_file_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(dt.date, _structure_date)
    return conv


_FILE_CONVERTER: Final = _make_file_converter()


@frozen(kw_only=True)
class _Info:
    """An actor with what the registry knows beyond the model: ambiguous names, modifiers, head title."""

    actor: Actor
    ambiguous: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    head: str | None = None
    part_of: str | None = None


# What each table of a registry file may hold: key -> (kind of value, required). Checked before
# structuring so that every problem of every entry is reported at once, each showing the value.
_STR, _NAMES, _DATE, _BOOL, _KIND, _ROLES = "string", "names", "date", "boolean", "kind", "roles"
_TITLE_KEYS: Final = {
    "title": (_STR, True),
    "forms": (_NAMES, False),
    "kind": (_KIND, False),
    "same_as": (_STR, False),
    "generic": (_BOOL, False),
    "local": (_BOOL, False),
    "state": (_STR, False),
}
_ACTOR_KEYS: Final = {
    "id": (_STR, True),
    "name": (_STR, True),
    "kind": (_KIND, True),
    "aliases": (_NAMES, False),
    "ambiguous_aliases": (_NAMES, False),
    "wikidata": (_STR, False),
    "roles": (_ROLES, False),
    "modifiers": (_NAMES, False),
    "head": (_STR, False),
    "part_of": (_STR, False),
}
_ROLE_KEYS: Final = {
    "title": (_STR, True),
    "organisation": (_STR, False),
    "start": (_DATE, False),
    "end": (_DATE, False),
}


def _show(value: object) -> str:
    """A TOML value for a message: its type and (cut short) its repr."""
    names = {str: "string", int: "integer", float: "float", bool: "boolean", list: "array", dict: "table"}
    kind = "a date and time" if isinstance(value, dt.datetime) else names.get(type(value), type(value).__name__)
    text = repr(value)
    return f"{kind} {text if len(text) <= 60 else text[:59] + '…'}"


def _value_problems(kind: str, value: object, path: str) -> Iterator[str]:  # noqa: C901, PLR0912
    if kind == _STR:
        if not isinstance(value, str) or not value.strip():
            yield f"expected a non-empty string, got {_show(value)} @ {path}"
    elif kind == _NAMES:
        if not isinstance(value, list):
            yield f'expected an array of names (like ["Rutte"]), got {_show(value)} @ {path}'
            return
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                yield f"expected a non-empty string, got {_show(item)} @ {path}[{i}]"
    elif kind == _DATE:
        ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
        if isinstance(value, str):
            with suppress(ValueError):
                ok = bool(dt.date.fromisoformat(value)) and len(value) == 10
        if not ok:
            yield f"expected a date (YYYY-MM-DD), got {_show(value)} @ {path}"
    elif kind == _BOOL:
        if not isinstance(value, bool):
            yield f"expected true or false, got {_show(value)} @ {path}"
    elif kind == _KIND:
        if not isinstance(value, str) or value not in {k.value for k in ActorKind}:
            allowed = ", ".join(repr(k.value) for k in ActorKind)
            yield f"expected one of {allowed}, got {_show(value)} @ {path}"
    elif kind == _ROLES:
        if not isinstance(value, list):
            yield f"expected an array of role tables, got {_show(value)} @ {path}"
            return
        for i, role in enumerate(value):
            yield from _table_problems(role, _ROLE_KEYS, f"{path}[{i}]")


def _table_problems(table: object, keys: Mapping[str, tuple[str, bool]], path: str) -> Iterator[str]:
    if not isinstance(table, dict):
        yield f"expected a table, got {_show(table)} @ {path}"
        return
    for key, (kind, required) in keys.items():
        if key in table:
            yield from _value_problems(kind, table[key], f"{path}.{key}")
        elif required:
            yield f"missing required key {key!r} @ {path}"
    unknown = sorted(set(table) - set(keys))
    if unknown:
        yield f"unknown key(s) {', '.join(map(repr, unknown))} (allowed: {', '.join(keys)}) @ {path}"


def _schema_problems(data: Mapping[str, Any]) -> list[str]:
    """Every type problem of every entry of a registry file, each with its path and value."""
    problems: list[str] = []
    unknown = sorted(set(data) - {"titles", "actors"})
    if unknown:
        problems.append(f"unknown top-level key(s) {', '.join(map(repr, unknown))} (allowed: titles, actors) @ $")
    for section, keys in (("titles", _TITLE_KEYS), ("actors", _ACTOR_KEYS)):
        entries = data.get(section, [])
        if not isinstance(entries, list):
            problems.append(f"expected an array of tables ([[{section}]]), got {_show(entries)} @ $.{section}")
            continue
        for i, entry in enumerate(entries):
            label = f" (id {entry['id']!r})" if isinstance(entry, dict) and isinstance(entry.get("id"), str) else ""
            problems.extend(p + label for p in _table_problems(entry, keys, f"$.{section}[{i}]"))
    return problems


def _load(data: Mapping[str, Any], resource: str) -> tuple[list[TitleInfo], list[_Info]]:
    problems = _schema_problems(data)
    if problems:
        raise ResourceError(resource, problems)
    try:
        parsed = _FILE_CONVERTER.structure(data, _RegistryFile)
    except (BaseValidationError, KeyError, ValueError, TypeError) as exc:
        raise ResourceError(resource, _errors_of(exc)) from exc
    errors: list[str] = []
    infos: list[_Info] = []
    for i, entry in enumerate(parsed.actors):
        path = f"$.actors[{i}]"
        roles: list[Role] = []
        for j, r in enumerate(entry.roles):
            try:
                roles.append(Role(title=r.title, organisation=r.organisation, start=r.start, end=r.end))
            except ModelError as exc:
                errors.append(f"{exc.message} @ {path}.roles[{j}].{exc.field} (id {entry.id!r})")
        try:
            actor = Actor(
                id=entry.id,
                name=entry.name,
                kind=entry.kind,
                aliases=entry.aliases,
                roles=roles,
                wikidata=entry.wikidata,
            )
        except ModelError as exc:
            errors.append(f"{exc.message} @ {path}.{exc.field} (id {entry.id!r})")
            continue
        infos.append(
            _Info(
                actor=actor,
                ambiguous=entry.ambiguous_aliases,
                modifiers=entry.modifiers,
                head=entry.head,
                part_of=entry.part_of,
            )
        )
    seen: dict[str, int] = {}
    for i, entry in enumerate(parsed.actors):
        if entry.id in seen:
            errors.append(f"duplicate id {entry.id!r} (first at $.actors[{seen[entry.id]}]) @ $.actors[{i}].id")
        seen.setdefault(entry.id, i)
    if errors:
        raise ResourceError(resource, errors)
    return list(parsed.titles), infos


def _errors_of(exc: BaseException) -> list[str]:
    if isinstance(exc, BaseValidationError):
        return cattrs.transform_error(exc, path="$")
    return [f"{exc} @ $"]


# --------------------------------------------------------------------------------------------------
# Tokens and tries

# Abbreviations with dots (U.S., U.K., E.U.), words with inner hyphens or apostrophes glued by a
# letter (President-elect, O'Brien is split at the apostrophe), the possessive 's, any other character.
# A word holds no modifier letter apostrophe (U+02BC, a letter to Unicode): "President\u02bcs" is two tokens.
_TOKEN: Final = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\u02bc]+(?:[-\u2010\u2011][^\W\u02bc]+)*|['\u2019\u02bc]s\b|\S")
# The white space before each token, and the token: any other character is a token (``\S``), so the offsets
# follow from the lengths (``findall`` makes no match objects: faster than ``finditer`` and ``span``). A match
# starts after a token (or at the start), never inside a run of spaces: the spaces at the end are read once.
_SPACED_TOKEN: Final = re.compile(rf"(?<!\s)(\s*+)({_TOKEN.pattern})")
# The same on a text of ASCII characters only, its classes written out: a letter ``[^\W\d_]`` is ``[A-Za-z]``,
# a word character ``[^\W\u02bc]`` is ``[A-Za-z0-9_]``, and the other characters of a class cannot occur (the
# engine tests a written-out class faster than a Unicode category). Same tokens (tests/test_tokens_ascii.py).
_ASCII_SPACED_TOKEN: Final = re.compile(r"(?<!\s)(\s*+)((?:[A-Za-z]\.){2,}|[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*|'s\b|\S)")
_POSSESSIVE: Final = frozenset({"'s"})
_SPLIT_PREFIXES: Final = ("then-", "ex-")


class _Tok(NamedTuple):  # a tuple, not an attrs class: one is made per word of every text (speed)
    start: int
    end: int
    text: str
    key: str


def _key(text: str) -> str:
    low = text.casefold()
    if low.isascii():  # nothing to replace (the common case, checked once)
        return low
    return low.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2010", "-").replace("\u2011", "-")


def _token_parts(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Start, end, text and key of each token of ``text``."""
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        word = m.group()
        low = _key(word)
        if low.startswith(_SPLIT_PREFIXES):
            yield from _split_prefixed(text, s, e, word, low)
        else:
            yield s, e, word, low


def _split_prefixed(text: str, s: int, e: int, word: str, low: str) -> Iterator[tuple[int, int, str, str]]:
    """The parts of a word with a split prefix: "then-president" -> "then", "president"."""
    for prefix in _SPLIT_PREFIXES:
        if low.startswith(prefix) and len(low) > len(prefix):
            cut = s + len(prefix) - 1
            yield s, cut, text[s:cut], low[: len(prefix) - 1]
            s = cut + 1
            word = text[s:e]
            low = _key(word)
            break
    yield s, e, word, low


def _tokens(text: str) -> list[_Tok]:
    """The tokens of :func:`_token_parts`, made in one loop (it runs on every word of every text: no
    generator, no Python-level tuple constructor)."""
    out: list[_Tok] = []
    append, new = out.append, tuple.__new__
    e = 0
    low_text = text.casefold()
    if low_text.isascii() and not any(p in low_text for p in _SPLIT_PREFIXES):
        # most texts: each key is the word case-folded, with nothing to replace and no prefix to split
        for space, word in (_ASCII_SPACED_TOKEN if text.isascii() else _SPACED_TOKEN).findall(text):
            s = e + len(space)
            e = s + len(word)
            append(new(_Tok, (s, e, word, word.casefold())))
        return out
    for space, word in _SPACED_TOKEN.findall(text):
        s = e + len(space)
        e = s + len(word)
        low = word.casefold()
        if not low.isascii():
            low = _key(word)
        if low.startswith(_SPLIT_PREFIXES):
            out.extend(_Tok(*part) for part in _split_prefixed(text, s, e, word, low))
        else:
            append(new(_Tok, (s, e, word, low)))
    return out


class _TokenWindow:
    """The tokens of a long text for one left-to-right pass, in bounded memory.

    A :class:`_Tok` with its own strings costs about 250 bytes, 2.5 times the text it reads (450 MB for
    a 10 MB document). Here each token is stored as two integers and a shared (text, key) pair (about 24
    bytes), and ``toks`` (a list as long as the token list, so indices and ``len`` are those of
    :func:`_tokens`) holds real tokens only from ``_BEHIND`` before the reading position to at least
    ``_AHEAD`` after it; the other slots hold None. A rule that reads further (a run of thousands of
    capitalised words) meets a None and fails with AttributeError: :meth:`fill` then makes every token,
    and the reading at that position is repeated, so the result is always that of :func:`_tokens`.
    """

    _AHEAD: ClassVar[int] = 2048
    _BEHIND: ClassVar[int] = 64

    def __init__(self, text: str) -> None:
        self.starts, self.ends = array("q"), array("q")
        self.parts: list[tuple[str, str]] = []
        interned: dict[tuple[str, str], tuple[str, str]] = {}
        for s, e, word, low in _token_parts(text):
            self.starts.append(s)
            self.ends.append(e)
            self.parts.append(interned.setdefault((word, low), (word, low)))
        self.toks: list[_Tok | None] = [None] * len(self.parts)
        self.lo = self.hi = 0  # tokens [lo, hi) are made
        self.complete = not self.toks

    def _make(self, lo: int, hi: int) -> None:
        starts, ends, parts, toks = self.starts, self.ends, self.parts, self.toks
        for k in range(lo, hi):
            if toks[k] is None:
                toks[k] = _Tok(starts[k], ends[k], *parts[k])

    def reach(self, i: int) -> None:
        """Make the tokens around position ``i`` (and free those well behind it)."""
        if self.complete or i + self._AHEAD <= self.hi:
            return
        hi = min(len(self.toks), i + 2 * self._AHEAD)
        self._make(self.hi, hi)
        lo = max(self.lo, i - self._BEHIND)
        self.toks[self.lo : lo] = [None] * (lo - self.lo)
        self.lo, self.hi = lo, hi

    def fill(self) -> None:
        """Make every token (a rule read beyond the window)."""
        self._make(0, len(self.toks))
        self.lo, self.hi, self.complete = 0, len(self.toks), True


#: Texts longer than this (characters) are read through a :class:`_TokenWindow`.
_WINDOWED_FROM: Final = 200_000


def _form_tokens(form: str) -> tuple[str, ...]:
    return tuple(t.text for t in _tokens(form))


class _Node:
    __slots__ = ("children", "values")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.values: list[tuple[tuple[str, ...], object]] = []


class _Trie:
    """Phrases as token sequences; lookup walks the text's tokens from a position (longest match)."""

    def __init__(self) -> None:
        self.root = _Node()
        self.firsts: set[str] = set()

    def add(self, phrase: str, value: object) -> None:
        toks = _form_tokens(phrase)
        if not toks:
            return
        node = self.root
        for t in toks:
            node = node.children.setdefault(_key(t), _Node())
        node.values.append((toks, value))
        self.firsts.add(_key(toks[0]))

    def longest(self, text: str, toks: list[_Tok], i: int, *, cased: bool) -> tuple[int, list[object]] | None:
        """The end token index (exclusive) and values of the longest phrase starting at token ``i``."""
        if i >= len(toks) or toks[i].key not in self.firsts:
            return None
        node = self.root
        best: tuple[int, list[object]] | None = None
        j = i
        while j < len(toks):
            if j > i and not text[toks[j - 1].end : toks[j].start].isspace() and toks[j - 1].end != toks[j].start:
                break
            nxt = node.children.get(toks[j].key)
            if nxt is None:
                break
            node = nxt
            j += 1
            if node.values:
                fitting = [v for forms, v in node.values if _case_fits(forms, toks[i:j], cased=cased)]
                if fitting:
                    best = (j, fitting)
        return best


def _after_article(names: _Trie, mods: _Trie, titles: _Trie) -> dict[str, frozenset[str]]:
    """For each article no name is of itself, the keys of the words after it with which a mention may start at
    the article; after any other word (or none) no mention starts at an article in lower case.

    What :meth:`ActorRegistry._mention_at` asks at an article (about a third of the words it is asked at, most
    of them in vain): a title phrase opens with the word after it (``_may_open_title``: a descriptor or the
    first word of a body, a name or a title), a registry name opens with the article ("the Hague": a word
    after it in the name trie) or with the word after it (``_match_name`` after a determiner), or an unknown
    name with an appositive opens at it (a capitalised word only). The same answers, without the calls.
    """
    opens = {*_DESCRIPTORS, *mods.firsts, *names.firsts, *titles.firsts}
    out: dict[str, frozenset[str]] = {}
    for article in ARTICLES:
        node = names.root.children.get(_key(article))
        if node is not None and node.values:
            continue  # (an article that is a name by itself: every word is tried after it)
        out[article] = frozenset(opens | set(node.children if node is not None else ()))
    return out


def _stop_tokens(names: _Trie, mods: _Trie, titles: _Trie, starters: frozenset[str]) -> dict[str, frozenset[str]]:
    """The sentence marks (". ! ?") no rule of the finder reads a mention through, each with the words after
    which a phrase of the three tries goes on with it (the "." of "Gen." and of a middle initial, "J."): a mark
    after any other word is in no mention, and a rule reading words forward stops at it (see
    :meth:`ActorRegistry._term_bounds_within`). A mark a mention may start at, or that is a descriptor, rank,
    article, particle, possessive, form of "be", participle, comma or "of", is none."""
    after: dict[str, set[str]] = {}
    nodes = [names.root, mods.root, titles.root]
    while nodes:
        node = nodes.pop()
        for key, child in node.children.items():
            after.setdefault(key, set()).update(k for k in child.children if k in ".!?")
            nodes.append(child)
    barred = starters | set(_DESCRIPTORS) | _RANKS | ARTICLES | _DETERMINERS | _NAME_PARTICLES
    barred |= _POSSESSIVE | _BE_FORMS | _PARTICIPLES | {"of", ","}
    return {
        mark: frozenset(key for key, marks in after.items() if mark in marks)
        for mark in (".", "!", "?")
        if mark not in barred
    }


def _stops_at(toks: list[_Tok], p: int, stops: dict[str, frozenset[str]]) -> bool:
    """Whether token ``p`` is a sentence mark no rule reads a mention through (``_stop_tokens``)."""
    before = stops.get(toks[p].key)
    return before is not None and (p == 0 or toks[p - 1].key not in before)


def _mention_start(m: ActorMention) -> int:
    return m.start


def _case_fits(forms: tuple[str, ...], toks: list[_Tok], *, cased: bool) -> bool:
    for form, tok in zip(forms, toks, strict=True):
        if len(form) > 1 and form.isupper() and not tok.text.isupper():
            return False  # acronyms: "US" is not "us", "PM" is not "pm"
        if cased and form[:1].isupper() and not tok.text[:1].isupper():
            return False  # names: "Hart" is not "hart"
    return True


# --------------------------------------------------------------------------------------------------
# Mentions


def _actor_tuple(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(value)


def _role_tuple(value: Iterable[Role]) -> tuple[Role, ...]:
    return tuple(value)


def _interval_tuple(
    value: Iterable[tuple[dt.date | None, dt.date | None]],
) -> tuple[tuple[dt.date | None, dt.date | None], ...]:
    return tuple(value)


class MentionKind(StrEnum):
    """How an actor is mentioned."""

    NAME = "name"  # a registry name or alias: "Rutte", "NATO", "Kyiv" (the last one ambiguous)
    TITLED_NAME = "titled name"  # title + registry name: "NATO Secretary General Mark Rutte"
    NEW = "new"  # title + a name the registry does not know: "NATO spokesperson Farah Dakhlallah"
    TITLE = "title"  # a title alone, to be resolved against actors introduced earlier: "the chancellor"


@frozen(kw_only=True)
class ActorMention:
    """An actor named in a text.

    ``start``/``end`` are Python str offsets (``text[start:end] == mention.text``), covering the title
    and the name. ``actor`` is the actor meant (``None`` for a bare title or a name several actors
    share: then ``candidates`` lists who it may be, the most recent holder of the title first).
    ``title`` is the words of the title as written ("NATO's new Secretary General") and ``role`` the
    role they denote (canonical title and organisation, no dates). ``ambiguous`` marks names that may
    mean something else (metonyms such as "Kyiv" or "Washington", shared surnames). ``modifier`` is a
    qualifier of the title: "former", "new", "incoming", "outgoing", "acting".
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    actor: Actor | None = None
    title: str | None = None
    role: Role | None = None
    name: str | None = None
    candidates: tuple[Actor, ...] = field(default=(), converter=_actor_tuple)
    ambiguous: bool = False
    modifier: str | None = None

    @property
    def span(self) -> Span:
        """The character span."""
        return Span(start=self.start, end=self.end)


# The closed word classes of data/title_words.tsv: descriptors (their class is the sense), heads, ranks, words
# that are never part of a name. Particles inside a name are the mention finder's (name_words.tsv).
_SENSES: Final = ("new", "former", "then", "outgoing", "incoming", "acting", "current", "retired")
_TITLE_WORDS: Final = word_classes(
    "title_words.tsv", (*_SENSES, "verb_participle", "head", "leading_office", "rank", "not_name")
)


def head_words() -> tuple[str, ...]:
    """The nouns of data/title_words.tsv that name a body's head on their own ("leader", "chief"), for the
    readers outside the title parser."""
    return _TITLE_WORDS["head"]


def leading_offices() -> tuple[str, ...]:
    """The registry's titles (lower case) a state's head word may mean ("president", "prime minister")."""
    return _TITLE_WORDS["leading_office"]


def rank_words() -> tuple[str, ...]:
    """The words of rank of data/title_words.tsv ("senior", "top"), for the readers outside the title parser."""
    return _TITLE_WORDS["rank"]


_DESCRIPTORS: Final = {word: sense for sense in _SENSES for word in _TITLE_WORDS[sense]}
_PARTICIPLES: Final = frozenset(_TITLE_WORDS["verb_participle"])  # descriptors that after "be" are verbs
_BE_FORMS: Final = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_HEAD_WORDS: Final = _TITLE_WORDS["head"]
# Words of rank between a body and its title that name no other office ("the Kremlin's top spokesman").
_RANKS: Final = frozenset(_TITLE_WORDS["rank"])
_DETERMINERS: Final = frozenset({"the"})
ARTICLES: Final = frozenset({"the", "a", "an"})  # (the one set: _statements reads it too)
_APPOSITIVE_END: Final = frozenset({",", ".", ";", ":", ")", "\u2014", "\u2013", "-"})
# (the table's classes are checked where the mention finder reads it: _mentions.name_words)
_NAME_PARTICLES: Final = frozenset(word for _n, (word, cls) in tsv_rows("name_words.tsv", 2) if cls == "name_particle")
_NOT_NAMES: Final = frozenset(
    {
        *_TITLE_WORDS["not_name"],
        *(cells[0].lower() for _n, cells in tsv_rows("months.tsv", 2)),
        *(cells[0].lower() for _n, cells in tsv_rows("weekdays.tsv", 2) if cells[0].endswith("day")),
    }
)
_MAX_PREFIX: Final = 6
_MAX_NAME: Final = 4


#: The tokens after its first word within which an unknown name's appositive opens: a name of two to _MAX_NAME
#: words, with a particle between two of them at most once per word ("Ursula von der Leyen"), then the comma.
_APPOSITIVE_REACH: Final = 2 * _MAX_NAME

#: Rule *name-after-title-complement*: the words that open a title's complement ("the Permanent Representative
#: of the Cabinet in parliament Ivan Petrenko"), the tokens it reads after the title, and the first names
#: (data/first_names.tsv, read as _mentions.first_names reads it) where the personal name after it starts.
_COMPLEMENT_OPENERS: Final = frozenset({"of", "in", "to", "at", "for"})
_COMPLEMENT_REACH: Final = 12
_FIRST_NAMES: Final = frozenset(cells[0] for _n, cells in tsv_rows("first_names.tsv", 2))


def _comma_in_reach(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether a comma stands among the tokens ``i + 2`` to ``i + _APPOSITIVE_REACH``: where an unknown name
    opening at token ``i`` ends and its appositive opens (``_match_unknown_with_appositive``; none without it).
    A comma is always a token of its own, so the text between those tokens is read (one ``str.find``)."""
    if i + 2 >= len(toks):
        return False
    return text.find(",", toks[i + 2].start, toks[min(i + _APPOSITIVE_REACH, len(toks) - 1)].end) >= 0


def _verb_participle(toks: list[_Tok], j: int) -> bool:
    """ "Sybiha was appointed foreign minister": after a form of "be", a descriptor is the verb of an act; so it is
    before another descriptor ("parliament appointed former premier X as defence minister")."""
    if toks[j].key not in _PARTICIPLES:
        return False
    return (j > 0 and toks[j - 1].key in _BE_FORMS) or (j + 1 < len(toks) and toks[j + 1].key in _DESCRIPTORS)


def _is_name_token(tok: _Tok) -> bool:
    t = tok.text
    if not t[:1].isupper() or not t[:1].isalpha() or tok.key in _NOT_NAMES:
        return False
    if t.isascii():  # the first letter is a capital: some letter is small unless all are capitals
        return not t.isupper()
    return any(c.islower() for c in t)  # "NATO" or "U.S." are not personal names


# Latin letters that Unicode does not decompose into a base letter and a mark ("Ł" is no "L" + mark).
_TRANSLITERATE: Final = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "Ħ": "H",
        "ħ": "h",
        "\u0131": "i",  # dotless i
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "Þ": "Th",
        "þ": "th",
        "Ð": "D",
        "ð": "d",
    }
)


def slug(name: str) -> str:
    """The id of an actor the registry does not know, from its name: lower-case ASCII words joined by
    "-", accented letters transliterated ("Żaneta Łącka" -> "zaneta-lacka"); a name with no Latin letter
    or digit gets "person-" and a hash."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_TRANSLITERATE)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")
    if slug:
        return slug
    return "person-" + hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def unknown_actor(name: str, kind: ActorKind, *, roles: tuple[Role, ...] = ()) -> Actor:
    """An actor the registry does not know, as the text names it: its id is :func:`slug` of ``name``."""
    return Actor(id=slug(name), name=name, kind=kind, roles=roles)


@frozen
class _TitleHit:
    title: str | None  # canonical title; None for a head word ("chief"), resolved against the org


@frozen(kw_only=True)
class _TitlePhrase:
    det: str | None  # the article before it, if any
    first: int  # token index where the title phrase (modifiers included) starts
    end: int  # token index after the title (and its "of <body>")
    role: Role  # canonical title and body, no dates
    kind: ActorKind  # the kind of actor the title describes
    modifier: str | None
    text: str  # the title phrase as written


@frozen
class _Match:
    mention: ActorMention
    next: int


def _titled_name(
    text: str,
    toks: list[_Tok],
    tp: _TitlePhrase,
    name_first: int,
    end: int,
    *,
    actor: Actor | None,
    candidates: tuple[Actor, ...] = (),
) -> _Match:
    """The titled-name mention of the title ``tp`` and the name in tokens ``name_first`` .. ``end``: ``actor`` where
    the name gives one person, else ``None`` and the ``candidates`` it may be (then ambiguous)."""
    start, stop = toks[tp.first].start, toks[end - 1].end
    mention = ActorMention(
        start=start,
        end=stop,
        text=text[start:stop],
        kind=MentionKind.TITLED_NAME,
        actor=actor,
        title=tp.text,
        role=tp.role,
        name=text[toks[name_first].start : stop],
        candidates=candidates,
        ambiguous=actor is None,
        modifier=tp.modifier,
    )
    return _Match(mention, end)


# --------------------------------------------------------------------------------------------------
# Term evidence


@frozen(kw_only=True)
class TermEvidence:
    """What a title used with a name implies about the date of a sentence.

    ``intervals`` are the inclusive date intervals (``None`` = open) in which the title, as written,
    fits the actor: "NATO Secretary General Mark Rutte" → ``((2024-10-01, None),)``;
    "President-elect Donald Trump" → ``((2024-11-06, 2025-01-20),)``; "former President Donald Trump"
    → the days between his terms and after the last one ended. ``roles`` are the dated roles behind it.
    """

    mention: ActorMention
    actor: Actor
    title: str
    organisation: str | None
    roles: tuple[Role, ...] = field(converter=_role_tuple)
    intervals: tuple[tuple[dt.date | None, dt.date | None], ...] = field(converter=_interval_tuple)
    reason: str = ""

    @property
    def earliest(self) -> dt.date | None:
        """The first day any interval allows (``None`` = unbounded)."""
        starts = [lo for lo, _ in self.intervals]
        return None if not starts or None in starts else min(d for d in starts if d is not None)

    @property
    def latest(self) -> dt.date | None:
        """The last day any interval allows (``None`` = unbounded)."""
        ends = [hi for _, hi in self.intervals]
        return None if not ends or None in ends else max(d for d in ends if d is not None)

    def allows(self, day: dt.date) -> bool:
        """Whether ``day`` lies in one of the intervals."""
        return any((lo is None or lo <= day) and (hi is None or day <= hi) for lo, hi in self.intervals)

    def clip(self, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
        """The first and last allowed day inside ``[start, end]`` (``None`` if none is allowed)."""
        parts = []
        for lo, hi in self.intervals:
            a = max(start, lo) if lo is not None else start
            b = min(end, hi) if hi is not None else end
            if a <= b:
                parts.append((a, b))
        if not parts:
            return None
        return min(a for a, _ in parts), max(b for _, b in parts)


def _complement_after(roles: list[Role]) -> list[tuple[dt.date | None, dt.date | None]]:
    """The days after a first term ended on which the title is not held ("former President")."""
    spans = sorted((r.start or dt.date.min, r.end or dt.date.max) for r in roles)
    out: list[tuple[dt.date | None, dt.date | None]] = []
    for k, (_, hi) in enumerate(spans):
        if hi == dt.date.max:
            continue
        nxt = spans[k + 1][0] if k + 1 < len(spans) else None
        lo = hi + _ONE_DAY
        if nxt is None:
            out.append((lo, None))
        elif lo <= nxt - _ONE_DAY:
            out.append((lo, nxt - _ONE_DAY))
    return out


# --------------------------------------------------------------------------------------------------
# The registry


_MISSPELT_MIN: Final = 10  # letters of a full name below which one edit may make another real name
_MISSPELT_MEMO: Final = 4096  # names whose misspelt answer a registry keeps

_T = TypeVar("_T")


def misspelt_of(name: str, known: Iterable[tuple[str, _T]], key: Callable[[_T], object]) -> _T | None:
    """The misspelt-name finder: the one thing of ``known`` (``(its name, it)`` pairs; one by ``key``) whose name
    ``name`` misspells by one letter added, dropped or changed or two neighbours swapped; ``None`` if none or
    several. The callers say which names a misspelling may stand for: the registry's (:meth:`ActorRegistry.misspelt`)
    or the surnames a text named before (``_mentions``)."""
    hits = {key(thing): thing for n, thing in known if _one_edit(n, name)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _actor_id(actor: Actor) -> str:
    return actor.id


def _full_names_by_length(actors: Iterable[Actor]) -> dict[str, list[tuple[str, Actor]]]:
    """The names of persons a misspelt name may stand for (see :meth:`ActorRegistry.misspelt`), each filed under
    itself and under every form with one letter dropped: a name one edit away from another shares one
    of those keys with it (a symmetric-delete index), so a lookup reads a few keys, not every name."""
    out: dict[str, list[tuple[str, Actor]]] = {}
    for actor in actors:
        if actor.kind is ActorKind.PERSON:
            for n in actor.names:
                if len(n) >= _MISSPELT_MIN:
                    for key in _one_dropped(n):
                        out.setdefault(key, []).append((n, actor))
    return out


# Letters that transliterations of one name trade (Kęstutis Budrys / Kastutis Budris, Karoline Leavitt / Carolyn
# Levitt, Oleh Syniehubov / Oleg Sinegubov): a word's skeleton keeps its first letter and its consonants, each class
# of traded letters as one letter and no letter twice; a surname's keeps its vowels too, as three classes (e/i/y,
# a/o, u), a run of vowels as its first and no final "e" (Jansen and Jonson stay two names).
_SOUND_PAIRS: Final = (("ph", "f"), ("kh", "h"), ("ck", "k"), ("x", "ks"))
_SOUND_CLASSES: Final = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "v", "g": "h", "j": "i", "y": "i"})
_VOWEL_CLASSES: Final = str.maketrans({"e": "i", "o": "a"})
_VOWELS: Final = re.compile(r"[aeiou]")
_VOWEL_RUN: Final = re.compile(r"([aiu])[aiu]+")
_SKELETON_MIN: Final = 3  # consonants of a surname below which different names often share a skeleton ("Kos")


def _skeleton(word: str, *, vowels: bool = False) -> str:
    """``word``'s sound skeleton (see _SOUND_CLASSES): "Budrys" and "Budris" -> "bdrs" (with ``vowels``:
    "budris")."""
    w = plain_name(word)
    for a, b in _SOUND_PAIRS:
        w = w.replace(a, b)
    if vowels and len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    w = "".join(ch for ch in w.translate(_SOUND_CLASSES) if "a" <= ch <= "z")
    w = w[:1] + (_VOWEL_RUN.sub(r"\1", w[1:].translate(_VOWEL_CLASSES)) if vowels else _VOWELS.sub("", w[1:]))
    return "".join(ch for i, ch in enumerate(w) if i == 0 or ch != w[i - 1])


def _name_skeleton(name: str) -> tuple[str, ...] | None:
    """The skeletons of a full name's words (the surname's with its vowels), ``None`` for one word or a surname
    of too few consonants to tell."""
    words = name.split()
    if len(words) < _FULL_NAME or len(_skeleton(words[-1])) < _SKELETON_MIN:
        return None
    return (*(_skeleton(w) for w in words[:-1]), _skeleton(words[-1], vowels=True))


def _skeleton_index(actors: Iterable[Actor]) -> dict[tuple[str, ...], set[str]]:
    """Full-name skeletons of persons (one per word: a name with its middle name is another) -> the ids of the
    persons with a name of that skeleton."""
    out: dict[tuple[str, ...], set[str]] = {}
    for actor in actors:
        if actor.kind is ActorKind.PERSON:
            for n in actor.names:
                key = _name_skeleton(n)
                if key is not None:
                    out.setdefault(key, set()).add(actor.id)
    return out


def _one_dropped(name: str) -> set[str]:
    """``name`` itself and every form of it with one letter dropped."""
    return {name} | {name[:i] + name[i + 1 :] for i in range(len(name))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


_FULL_NAME: Final = 2  # words of a first name and a surname
_SURNAME_MIN: Final = 4  # letters of a surname below which one edit may make another real surname


def plain_name(name: str) -> str:
    """``name`` in lower-case plain letters ("Pål Jönsson" -> "pal jonsson", "Łukasz" -> "lukasz"): diacritics
    dropped, letters with no decomposition (ł, ø, đ ...) transliterated. The one folding of names of the package
    (read by _mentions too)."""
    return unicodedata.normalize("NFKD", name.translate(_TRANSLITERATE)).encode("ascii", "ignore").decode().casefold()


class ActorRegistry:
    """Known actors and the title vocabulary: lookups, holders of titles on a date, mention finding.

    A registry is immutable once built; :meth:`extend` returns a new one. Build one from actors
    (``ActorRegistry([Actor(...), ...])``), from a TOML file of the packaged schema
    (:meth:`from_file`, :meth:`from_toml`), or take the packaged one from :func:`actor_registry`.
    """

    def __init__(self, actors: Iterable[Actor] = (), *, titles: Iterable[TitleInfo] = ()) -> None:
        self._init([_Info(actor=a) for a in actors], list(titles))

    def _init(self, infos: list[_Info], titles: list[TitleInfo]) -> None:
        self._infos: dict[str, _Info] = {}
        for info in infos:
            self._infos[info.actor.id] = info  # later entries replace earlier ones
        self._titles: dict[str, TitleInfo] = {}
        for t in titles:
            self._titles[t.title] = t
        self._declared = frozenset(self._titles)
        for info in self._infos.values():  # role titles nobody declared still match as written
            for r in info.actor.roles:
                self._titles.setdefault(r.title, TitleInfo(title=r.title, forms=(r.title,)))
        self._by_name: dict[str, list[tuple[str, bool]]] = {}
        for info in self._infos.values():
            a = info.actor
            for n in (a.id, *a.names):
                self._index(n, a.id, ambiguous=False)
            for n in info.ambiguous:
                self._index(n, a.id, ambiguous=True)
        self._org_by_name: dict[str, str] = {}
        for info in self._infos.values():
            if info.actor.kind in (ActorKind.ORGANISATION, ActorKind.STATE):
                for n in info.actor.names:
                    self._org_by_name.setdefault(_key(n), info.actor.id)
        self._candidates: dict[tuple[str, str | None], tuple[Actor, ...]] = {}  # _candidates_for's answers
        self._fitting: dict[tuple[str, str | None], tuple[tuple[Actor, tuple[Role, ...]], ...]] = {}  # _fitting_roles's
        self._ancestors: dict[str, tuple[str, ...]] = {}  # _org_ancestors's answers
        self._misspelt: dict[tuple[str, bool], Actor | None] = {}  # misspelt's answers (a text names one often)
        self._built = False

    def _index(self, name: str, actor_id: str, *, ambiguous: bool) -> None:
        entries = self._by_name.setdefault(_key(name), [])
        if all(aid != actor_id for aid, _ in entries):
            entries.append((actor_id, ambiguous))

    # -- construction ---------------------------------------------------------------------------

    @classmethod
    def from_toml(cls, text: str, *, resource: str = "<string>") -> ActorRegistry:
        """A registry from TOML text in the schema of ``data/actors.toml``.

        Raises:
            ResourceError: the text is not TOML or an entry is invalid; each message names the path
                of the bad entry (``"... @ $.actors[3].roles[0].end"``).
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ResourceError(resource, [f"not valid TOML: {exc}"]) from exc
        except ValueError as exc:  # an integer of thousands of digits: Python's limit on integer digits
            raise ResourceError(resource, [f"not valid TOML: a number too long to read ({exc})"]) from exc
        except RecursionError as exc:
            raise ResourceError(resource, ["not valid TOML: nested too deeply to read"]) from exc
        titles, infos = _load(data, resource)
        reg = cls()  # empty, then filled: mypyc (the optional compiled build) cannot compile cls.__new__(cls)
        reg._init(infos, titles)
        return reg

    @classmethod
    def from_file(cls, path: str | Path) -> ActorRegistry:
        """A registry from a TOML file of the packaged schema (``[[actors]]``, optional ``[[titles]]``).

        Combine it with the packaged actors with ``actor_registry().extend(ActorRegistry.from_file(p))``.

        Raises:
            ResourceError: the file cannot be read, is not TOML, or holds an invalid entry.
        """
        from ._io import read_error  # noqa: PLC0415

        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ResourceError(str(p), [f"cannot read: {read_error(exc, p).strerror}"]) from exc
        except UnicodeDecodeError as exc:
            raise ResourceError(str(p), [f"cannot read: not valid UTF-8 at byte {exc.start} ({exc.reason})"]) from exc
        return cls.from_toml(text, resource=str(p))

    def extend(self, other: ActorRegistry | Iterable[Actor]) -> ActorRegistry:
        """A new registry with this one's actors and titles and ``other``'s (which win on equal ids)."""
        if isinstance(other, ActorRegistry):
            infos, titles = list(other._infos.values()), list(other._titles.values())  # noqa: SLF001 - same class
        else:
            infos, titles = [_Info(actor=a) for a in other], []
        reg = ActorRegistry()  # empty, then filled (as in from_toml)
        reg._init([*self._infos.values(), *infos], [*self._titles.values(), *titles])
        return reg

    # -- lookups ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._infos)

    def __iter__(self) -> Iterator[Actor]:
        return (i.actor for i in self._infos.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._infos

    def __getitem__(self, actor_id: str) -> Actor:
        return self._infos[actor_id].actor

    def __repr__(self) -> str:
        return f"<ActorRegistry: {len(self._infos)} actors, {len(self._titles)} titles>"

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or ``None``."""
        info = self._infos.get(actor_id)
        return info.actor if info else None

    @property
    def titles(self) -> tuple[TitleInfo, ...]:
        """The title vocabulary."""
        return tuple(self._titles.values())

    def candidates(self, name: str) -> tuple[Actor, ...]:
        """Every actor that ``name`` (an id, name, alias or ambiguous alias; any case) may denote."""
        return tuple(self._infos[aid].actor for aid, _ in self._by_name.get(_key(name.strip()), ()))

    def is_ambiguous(self, name: str) -> bool:
        """Whether ``name`` may denote several actors, or something other than an actor."""
        entries = self._by_name.get(_key(name.strip()), [])
        return len(entries) > 1 or any(amb for _, amb in entries)

    def lookup(self, name: str) -> Actor | None:
        """The actor ``name`` denotes (id, name or alias, case-insensitive); ``None`` if unknown or ambiguous."""
        entries = self._by_name.get(_key(name.strip()), [])
        if len(entries) == 1 and not entries[0][1]:
            return self._infos[entries[0][0]].actor
        return None

    def organisation(self, name: str) -> Actor | None:
        """The organisation or state actor a role's ``organisation`` string names, if registered."""
        aid = self._org_by_name.get(_key(name))
        return self._infos[aid].actor if aid else None

    def is_generic(self, title: str) -> bool:
        """Whether ``title`` (canonical) also stands for every longer title it begins ("Minister")."""
        info = self._titles.get(title)
        return info is not None and info.generic

    def is_local(self, title: str) -> bool:
        """Whether ``title`` (canonical) is an office many hold at once in different places ("Governor")."""
        info = self._titles.get(title)
        return info is not None and info.local

    def home_state(self, title: str) -> str | None:
        """The state whose office ``title`` (canonical) names by its own words ("Secretary of State for
        Defence": the United Kingdom), else ``None``."""
        info = self._titles.get(title)
        return None if info is None else info.state

    def head_of(self, organisation: str) -> str | None:
        """The title "<organisation> chief" means ("NATO" → "Secretary General")."""
        aid = self._org_by_name.get(_key(organisation))
        return self._infos[aid].head if aid else None

    # -- titles and dates ---------------------------------------------------------------------------

    def _root(self, title: str) -> str:
        seen = {title}
        info = self._titles.get(title)
        while info is not None and info.same_as and info.same_as not in seen:
            seen.add(info.same_as)
            title = info.same_as
            info = self._titles.get(title)
        return title

    def same_title(self, a: str, b: str) -> bool:
        """Whether two canonical titles name the same office (``same_as`` chains followed)."""
        return a == b or self._root(a) == self._root(b)

    def _org_ancestors(self, org: str) -> tuple[str, ...]:
        """``org`` and the bodies it is part of, by actor id where registered (kept: the registry does not
        change once built)."""
        known = self._ancestors.get(org)
        if known is None:
            known = self._ancestors[org] = self._org_chain(org)
        return known

    def _org_chain(self, org: str) -> tuple[str, ...]:
        out = [_key(org)]
        aid = self._org_by_name.get(_key(org))
        while aid is not None and len(out) < 10:
            parent = self._infos[aid].part_of
            if not parent:
                break
            out.append(_key(parent))
            aid = self._org_by_name.get(_key(parent))
        canon = []
        for o in out:  # compare by actor id where the name is registered, else by the name itself
            a = self._org_by_name.get(o)
            canon.append(a if a is not None else o)
        return tuple(canon)

    def same_organisation(self, a: str | None, b: str | None) -> bool:
        """Whether organisation names ``a`` and ``b`` are compatible (equal, aliases, or one part of the other).

        ``None`` (not said) is compatible with anything.
        """
        if a is None or b is None:
            return True
        pa, pb = self._org_ancestors(a), self._org_ancestors(b)
        return pa[0] in pb or pb[0] in pa

    def _role_fits(self, role: Role, title: str, organisation: str | None) -> bool:
        if organisation is not None and role.organisation is None:
            return False  # "a Chinese envoy": a role of no known body is not that state's ("Special Envoy" of the Pope)
        if not self.same_organisation(organisation, role.organisation):
            return False
        if self.same_title(role.title, title):
            return True
        info = self._titles.get(title)
        return info is not None and info.generic and role.title.startswith(title + " ")

    def parse_title(self, phrase: str) -> Role | None:
        """The role a title phrase denotes, without dates: "the NATO chief" → Secretary General of NATO."""
        self._build()
        toks = _tokens(phrase)
        tp = self._title_phrase(phrase, toks, 0) if toks else None
        if tp is not None and tp.end == len(toks):
            return tp.role
        t = self._title_keys.get(_key(phrase.strip()))
        return None if t is None else Role(title=t)

    def holders(self, title: str, day: dt.date, *, organisation: str | None = None) -> tuple[Actor, ...]:
        """Everyone holding ``title`` on ``day``, the latest to take it up first.

        ``title`` is a canonical title ("Secretary General", with ``organisation="NATO"``) or a phrase
        as news writes it ("the NATO Secretary General", "NATO chief", "U.S. President").
        """
        canonical, org = self._title_and_org(title, organisation)
        if canonical is None:
            return ()
        found: list[tuple[dt.date, Actor]] = []
        for actor, roles in self._fitting_roles(canonical, org):
            starts = [r.start or dt.date.min for r in roles if r.holds_on(day)]
            if starts:
                found.append((max(starts), actor))
        found.sort(key=lambda p: (p[0], p[1].id), reverse=True)
        return tuple(a for _, a in found)

    def _fitting_roles(self, title: str, org: str | None) -> tuple[tuple[Actor, tuple[Role, ...]], ...]:
        """Each actor with a role that fits the canonical ``title`` of ``org``, with those roles, in the
        registry's order: what :meth:`holders` reads for any day (each answer kept, as the registry does not
        change; a scan of every actor's roles for each title a text names costs about 0.4 ms)."""
        known = self._fitting.get((title, org))
        if known is None:
            known = self._fitting[title, org] = tuple(
                (info.actor, roles)
                for info in self._infos.values()
                if (roles := tuple(r for r in info.actor.roles if self._role_fits(r, title, org)))
            )
        return known

    def who_held(self, title: str, day: dt.date, *, organisation: str | None = None) -> Actor | None:
        """The actor holding ``title`` on ``day`` ("the NATO Secretary General" on 2024-09-01: Stoltenberg).

        On a handover day both holders hold the role; the incoming one is returned. ``None`` if nobody
        in the registry held it, or if several unrelated people did (a title without its organisation,
        such as "Prime Minister", usually needs one).
        """
        found = self.holders(title, day, organisation=organisation)
        if not found:
            return None
        if len(found) > 1:
            canonical, org = self._title_and_org(title, organisation)
            first = [r for r in found[0].roles if r.holds_on(day) and canonical and self._role_fits(r, canonical, org)]
            second = [r for r in found[1].roles if r.holds_on(day) and canonical and self._role_fits(r, canonical, org)]
            orgs_first = {r.organisation for r in first}
            if not any(self.same_organisation(o, r.organisation) for o in orgs_first for r in second):
                return None  # two different offices share the title: ambiguous
            handover = any(r.start == day for r in first) and any(r.end == day for r in second)
            if not handover:
                return None
        return found[0]

    def _title_and_org(self, title: str, organisation: str | None) -> tuple[str | None, str | None]:
        if title in self._titles:
            return title, organisation
        role = self.parse_title(title)
        if role is None:
            return None, organisation
        return role.title, organisation if organisation is not None else role.organisation

    def term_bounds(self, sentence: str) -> list[TermEvidence]:
        """The date intervals the titles used with names in ``sentence`` imply; see :func:`term_bounds`."""
        if isinstance(sentence, str) and 0 < len(sentence) <= _WINDOWED_FROM:
            self._build()
            toks = _tokens(sentence)
            firsts = self._title_trie.firsts
            if not any(tok.key in firsts for tok in toks):
                return []  # no word a title opens: no titled name (a feed's item reads each sentence)
            mentions = self._token_mentions(sentence, toks)
        else:
            mentions = self.find_mentions(sentence)
        found = (self.term_evidence(m) for m in mentions)
        return [ev for ev in found if ev is not None]

    def _term_bounds_within(self, doc: _DocumentReading, read: str, lo: int, hi: int) -> list[TermEvidence] | None:
        """:meth:`term_bounds` of ``read[lo:hi]`` from the mentions :meth:`find_mentions` found in the whole
        document (``doc``), or ``None`` where they may differ (the caller then reads the part).

        ``read`` is the document's text or a copy of it with some characters changed (the date layer's, offsets the
        same). The part's own reading and the document's agree where the part is cut between tokens and stands
        between two stop tokens (``_stop_tokens``: ". ! ?", which no rule reads a name, a title or a body
        through): the document's reading is at rest before the part (the stop before it is in no mention and
        no rule reads past it backwards) and no rule at a word of the part reads past its closing stop; the
        part and the stop before it read the same in ``read``. (Cut anywhere else, a title at a line's end and
        a name on the next line are one titled name of the document and two words of the part: the part is
        read again.)"""
        original, toks, mentions = doc.text, doc.toks, doc.mentions
        a = bisect.bisect_left(doc.starts, lo)
        b = bisect.bisect_left(doc.starts, hi, lo=a)
        if b == a:
            return []  # no word: no mention (as the part's own reading finds)
        stops = self._stops
        if (a > 0 and (toks[a - 1].end > lo or not _stops_at(toks, a - 1, stops))) or toks[b - 1].end > hi:
            return None
        if b < len(toks) and not _stops_at(toks, b - 1, stops):
            return None
        first = toks[a - 1].start if a > 0 else lo
        if read is not original and read[first:hi] != original[first:hi]:
            return None
        i = bisect.bisect_left(mentions, lo, key=_mention_start)
        found = []
        while i < len(mentions) and mentions[i].start < hi:
            ev = self.term_evidence(mentions[i])
            if ev is not None:
                found.append(ev)
            i += 1
        return found

    def term_evidence(self, m: ActorMention) -> TermEvidence | None:
        """What one mention's title implies about the date (``None`` without a title or a fitting role).

        Use it on mentions already found (:meth:`find_mentions`) to avoid scanning a text twice.
        """
        if m.kind is not MentionKind.TITLED_NAME or m.actor is None or m.role is None:
            return None
        title, org = m.role.title, m.role.organisation
        roles = [r for r in m.actor.roles if self._role_fits(r, title, org)]
        if not roles:
            return None
        intervals: list[tuple[dt.date | None, dt.date | None]]
        if m.modifier == "former":
            intervals = _complement_after(roles)
            how = "no longer held"
        elif m.modifier == "incoming":
            intervals = [(None, r.start) for r in roles if r.start is not None]
            how = "about to take it up"
        elif m.modifier == "outgoing":
            intervals = [(None, r.end) for r in roles if r.end is not None]
            how = "about to leave it"
        else:
            intervals = [(r.start, r.end) for r in roles]
            how = "held"
        if not intervals:
            return None
        spans = ", ".join(f"{lo or ''}..{hi or ''}" for lo, hi in intervals)
        where = f" of {roles[0].organisation}" if roles[0].organisation else ""
        reason = f"{m.text!r}: {m.actor.name} {how} {title}{where} in {spans}"
        return TermEvidence(
            mention=m,
            actor=m.actor,
            title=title,
            organisation=roles[0].organisation,
            roles=roles,
            intervals=intervals,
            reason=reason,
        )

    # -- consistency --------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Inconsistencies a registry file should not have (the packaged one has none; tests check).

        Names shared by actors without being marked ambiguous, role titles missing from the title
        vocabulary or organisations missing from the registry, ``same_as``/``head``/``part_of``
        pointing nowhere, persons without a role.
        """
        out: list[str] = []
        declared = self._declared
        out.extend(
            f"name {key!r} is shared by {', '.join(aid for aid, _ in entries)} but not marked ambiguous by all"
            for key, entries in sorted(self._by_name.items())
            if len(entries) > 1 and not all(amb for _, amb in entries)
        )
        out.extend(
            f"title {t.title!r}: same_as {t.same_as!r} is not a title"
            for t in self._titles.values()
            if t.same_as and t.same_as not in self._titles
        )
        for info in self._infos.values():
            a = info.actor
            if a.kind is ActorKind.PERSON and not a.roles:
                out.append(f"{a.id}: a person without a role")
            for r in a.roles:
                if r.title not in declared:
                    out.append(f"{a.id}: role title {r.title!r} is not in the title vocabulary")
                if r.organisation is not None and self.organisation(r.organisation) is None:
                    out.append(f"{a.id}: organisation {r.organisation!r} is not a registered actor")
            if info.head and info.head not in self._titles:
                out.append(f"{a.id}: head {info.head!r} is not a title")
            if info.part_of and self.organisation(info.part_of) is None:
                out.append(f"{a.id}: part_of {info.part_of!r} is not a registered actor")
        return out

    # -- mention finding ----------------------------------------------------------------------------

    def _build(self) -> None:
        if self._built:
            return
        names, mods, titles = _Trie(), _Trie(), _Trie()
        for info in self._infos.values():
            a = info.actor
            for n in a.names:
                names.add(n, a.id)
            for n in info.ambiguous:
                names.add(n, a.id)
            if a.kind in (ActorKind.ORGANISATION, ActorKind.STATE):
                for n in (*a.names, *info.modifiers, *info.ambiguous):
                    if not _key(n).startswith("the "):
                        mods.add(n, a.id)
        self._title_keys: dict[str, str] = {}  # a title's key -> the first title with it (parse_title)
        for t in self._titles.values():
            self._title_keys.setdefault(_key(t.title), t.title)
            for form in {t.title, *t.forms}:
                titles.add(form, _TitleHit(t.title))
        for word in _HEAD_WORDS:
            titles.add(word, _TitleHit(None))
        self._names, self._mods, self._title_trie = names, mods, titles
        self._full_names = _full_names_by_length(info.actor for info in self._infos.values())
        self._skeletons = _skeleton_index(info.actor for info in self._infos.values())
        # the keys a mention can start with (a capitalised word aside): an article or descriptor before a
        # title, or the first word of a name, a modifier or a title (see _mention_at's three matchers)
        self._starters = frozenset(
            {*ARTICLES, *_DETERMINERS, *_DESCRIPTORS, *names.firsts, *mods.firsts, *titles.firsts}
        )
        self._after_article = _after_article(names, mods, titles)
        self._stops = _stop_tokens(names, mods, titles, self._starters)
        self._built = True

    def find_mentions(self, text: str) -> list[ActorMention]:
        """Actor mentions in ``text``, in text order, not overlapping; see :func:`find_actor_mentions`."""
        if not isinstance(text, str) or not text:
            return []
        self._build()
        if len(text) > _WINDOWED_FROM:
            return self._windowed_mentions(text)
        toks = _tokens(text)
        found = self._token_mentions(text, toks)
        scope = _SCOPE.get()
        if scope is not None and scope.text is text:  # (the document being read: see reading_document)
            scope.found = (self, toks, found)
        return found

    def _token_mentions(self, text: str, toks: list[_Tok]) -> list[ActorMention]:
        """:meth:`find_mentions` of ``text`` whose tokens (:func:`_tokens`) are ``toks``."""
        starters = self._starters
        out: list[ActorMention] = []
        after = 0  # the token after the last mention
        # the words a matcher may start at (the others: _mention_at's answer is None, without the calls)
        after_article = self._after_article
        last = len(toks) - 1
        for i in [k for k, tok in enumerate(toks) if tok.key in starters or tok.text[:1].isupper()]:
            if i < after:
                continue
            key = toks[i].key
            if key not in starters:
                if not _comma_in_reach(text, toks, i):
                    continue  # (a capitalised word no title or name opens: only an unknown name with an appositive)
            elif (
                key in after_article
                and (i == last or toks[i + 1].key not in after_article[key])
                and not toks[i].text[:1].isupper()
            ):
                continue  # an article in lower case before a word that opens nothing (see _after_article)
            m = self._mention_at(text, toks, i)
            if m is not None:
                out.append(m.mention)
                after = max(m.next, i + 1)
        return out

    def _windowed_mentions(self, text: str) -> list[ActorMention]:
        """:meth:`find_mentions` of a long text, its tokens read through a :class:`_TokenWindow`."""
        window = _TokenWindow(text)
        toks: list[_Tok] = window.toks  # type: ignore[assignment]
        out: list[ActorMention] = []
        starters = self._starters
        i = 0
        while i < len(toks):
            window.reach(i)
            try:
                tok = toks[i]
                if tok.key not in starters and not tok.text[:1].isupper():
                    i += 1  # no matcher starts at this word (the answer of _mention_at, without the calls)
                    continue
                m = self._mention_at(text, toks, i)
            except AttributeError:
                if window.complete:
                    raise
                window.fill()  # a rule read past the window (see _TokenWindow): again, with every token
                continue
            if m is None:
                i += 1
                continue
            out.append(m.mention)
            i = max(m.next, i + 1)
        return out

    def _mention_at(self, text: str, toks: list[_Tok], i: int) -> _Match | None:
        """The mention starting at token ``i``, if any."""
        if toks[i].key not in self._starters:  # no title, name or modifier starts here (see _build)
            return self._match_unknown_with_appositive(text, toks, i)
        m = self._match_title(text, toks, i)
        if m is None or m.mention.kind is not MentionKind.TITLED_NAME:
            # a registry name at least as long wins over a title guess ("Radio Free Europe")
            by_name = self._match_name(text, toks, i)
            if by_name is not None and (m is None or by_name.next >= m.next):
                m = by_name
        if m is None:
            m = self._match_unknown_with_appositive(text, toks, i)
        elif m.mention.kind is MentionKind.NAME:
            m = self._with_appositive(text, toks, m)
        return m

    def _candidates_for(self, title: str, org: str | None) -> tuple[Actor, ...]:
        """Every holder of the title, ever, the latest to take it up first (asked again for each bare
        title of every text: each answer is kept, the registry does not change). A title whose words name
        its state ("Defence Secretary") has that state's holders only."""
        org = org or self.home_state(title)
        known = self._candidates.get((title, org))
        if known is not None:
            return known
        found: list[tuple[dt.date, Actor]] = []
        for info in self._infos.values():
            starts = [r.start or dt.date.min for r in info.actor.roles if self._role_fits(r, title, org)]
            if starts:
                found.append((max(starts), info.actor))
        found.sort(key=lambda p: (p[0], p[1].id), reverse=True)
        known = self._candidates[title, org] = tuple(a for _, a in found)
        return known

    def _match_name(self, text: str, toks: list[_Tok], i: int) -> _Match | None:
        hit = self._names.longest(text, toks, i, cased=True)
        det = False
        if toks[i].key in _DETERMINERS:
            # "the General Staff of Ukraine's Armed Forces": a longer name after "the" beats "the General Staff"
            after_det = self._names.longest(text, toks, i + 1, cased=True)
            if after_det is not None and (hit is None or after_det[0] > hit[0]):
                hit, det = after_det, True
        if hit is None:
            return None
        end, values = hit
        name_start = toks[i + 1 if det else i].start
        ids = list(dict.fromkeys(str(v) for v in values))
        phrase = text[name_start : toks[end - 1].end]
        entries = self._by_name.get(_key(phrase), [])
        actors = [self._infos[a].actor for a in ids]
        ambiguous = len(actors) > 1 or any(amb for _, amb in entries)
        actor = actors[0] if len(actors) == 1 else None
        # "the" belongs to an outlet's name ("the Financial Times"), not to "the EU" or "the Kremlin"
        first = i if det and actor is not None and actor.kind is ActorKind.MEDIA else (i + 1 if det else i)
        start, stop = toks[first].start, toks[end - 1].end
        mention = ActorMention(
            start=start,
            end=stop,
            text=text[start:stop],
            kind=MentionKind.NAME,
            actor=actor,
            name=phrase,
            candidates=actors if actor is None else (),
            ambiguous=ambiguous,
        )
        return _Match(mention, end)

    def _title_phrase(self, text: str, toks: list[_Tok], i: int) -> _TitlePhrase | None:
        """A title at token ``i`` with what precedes and follows it: "the NATO's new Secretary General",
        "Trump's special envoy", "President of Ukraine"."""
        n = len(toks)
        j = i
        det = toks[j].key if toks[j].key in ARTICLES else None
        if det is not None:
            j += 1
        if j >= n or not self._may_open_title(toks, j):
            return None
        first_mod = j
        j, org, modifier = self._title_prefix(text, toks, j)
        if j >= n:
            return None
        thit = self._title_trie.longest(text, toks, j, cased=False)
        if thit is None and j > first_mod:
            # a title whose form opens with its body's name ("Verkhovna Rada Speaker", "Rada Chairman")
            thit = self._title_trie.longest(text, toks, first_mod, cased=False)
            org = modifier = None
        if thit is None:
            return None
        t_end, tvals = thit
        hit_title = tvals[0]
        assert isinstance(hit_title, _TitleHit)
        # "<title> of [the] <organisation>": "President of Ukraine", "Prime Minister of the Netherlands"
        if (of_org := self._of_organisation(text, toks, t_end)) is not None:
            org, t_end = of_org
        canonical = self._canonical_title(hit_title.title, org)
        if canonical is None:
            return None
        tinfo = self._titles.get(canonical)
        return _TitlePhrase(
            det=det,
            first=first_mod,
            end=t_end,
            role=Role(title=canonical, organisation=org),
            kind=tinfo.kind if tinfo else ActorKind.PERSON,
            modifier=modifier,
            text=text[toks[first_mod].start : toks[t_end - 1].end],
        )

    def _may_open_title(self, toks: list[_Tok], j: int) -> bool:
        """Whether token ``j`` may open a title phrase: a descriptor, the first word of a body, a person or a
        title, and no verb's participle (most words open nothing: the answer comes at once)."""
        key = toks[j].key
        return (
            key in _DESCRIPTORS
            or key in self._mods.firsts
            or key in self._names.firsts
            or key in self._title_trie.firsts
        ) and not _verb_participle(toks, j)

    def _title_prefix(self, text: str, toks: list[_Tok], j: int) -> tuple[int, str | None, str | None]:
        """What stands before a title from token ``j``, up to ``_MAX_PREFIX`` steps: descriptors ("new",
        "former"; a rank after a body), a body and its possessive ("NATO's"), a person's possessive for the body
        they serve ("Putin's spokesman"). The token after it, the body and the descriptor read."""
        n = len(toks)
        org: str | None = None
        modifier: str | None = None
        steps = 0
        while j < n and steps < _MAX_PREFIX:
            steps += 1
            key = toks[j].key
            if key in _DESCRIPTORS or (org is not None and key in _RANKS and self._rank_before_title(text, toks, j)):
                modifier = _DESCRIPTORS[key] if key in _DESCRIPTORS and modifier in (None, "new") else modifier
                j += 1
                continue
            hit = self._mods.longest(text, toks, j, cased=True)
            if hit is not None:
                org = self._infos[str(hit[1][0])].actor.name
                j = hit[0]
                if j < n and toks[j].key in _POSSESSIVE:
                    j += 1
                continue
            # a person's possessive stands for the body they serve: "Putin's spokesman", "Trump's envoy"
            phit = self._names.longest(text, toks, j, cased=True)
            if phit is not None and phit[0] < n and toks[phit[0]].key in _POSSESSIVE:
                served = self._served_by(str(phit[1][0])) if len(phit[1]) == 1 else None
                if served is not None:
                    org = served
                    j = phit[0] + 1
                    continue
            break
        return j, org, modifier

    def _canonical_title(self, title: str | None, org: str | None) -> str | None:
        """The canonical title of a title hit read with its body: a body's head for a generic word ("NATO
        chief", "Ukrainian leader": none without a body), the head's longer title for a generic title that
        opens it ("European Commission President")."""
        if title is None:
            return None if org is None else self.head_of(org)
        if org is not None:
            head = self.head_of(org)
            if head is not None and head != title and head.startswith(title + " "):
                return head
        return title

    def _of_organisation(self, text: str, toks: list[_Tok], t_end: int) -> tuple[str, int] | None:
        """The organisation of "<title> of [the] <organisation>" after the title ending at ``t_end``, and where
        it ends. Rule *title-of-what-the-state-owns*: in "the chief of Ukraine's general staff" the title is of
        what the state's possessive owns (a body the registry names so, in any case: "Ukraine's General
        Staff"), never of the state itself (no "President of Ukraine")."""
        n = len(toks)
        if not (t_end + 1 < n and toks[t_end].key == "of"):
            return None
        k = t_end + 1 + (1 if toks[t_end + 1].key in _DETERMINERS else 0)
        ohit = self._mods.longest(text, toks, k, cased=True)
        if ohit is not None and ohit[0] < n and toks[ohit[0]].key in _POSSESSIVE:
            owned = self._mods.longest(text, toks, k, cased=False)
            ohit = owned if owned is not None and owned[0] > ohit[0] + 1 else None
        return (self._infos[str(ohit[1][0])].actor.name, ohit[0]) if ohit is not None else None

    def _rank_before_title(self, text: str, toks: list[_Tok], j: int) -> bool:
        """Whether the rank word at ``j`` only describes the title after it ("the Kremlin's top spokesman",
        "chief spokesman"): a title starts right after it and ends further than any title starting at it
        ("top diplomat" is a title of its own)."""
        after = self._title_trie.longest(text, toks, j + 1, cased=False) if j + 1 < len(toks) else None
        if after is None:
            return False
        at = self._title_trie.longest(text, toks, j, cased=False)
        return at is None or at[0] < after[0]

    def _served_by(self, actor_id: str) -> str | None:
        """The body a person's most recent dated role belongs to ("Putin" -> "Russia")."""
        info = self._infos.get(actor_id)
        if info is None or info.actor.kind is not ActorKind.PERSON:
            return None
        roles = [r for r in info.actor.roles if r.organisation is not None]
        if not roles:
            return None
        return max(roles, key=lambda r: r.start or dt.date.min).organisation

    def _unknown_name_end(self, text: str, toks: list[_Tok], j: int) -> int | None:
        """The end of 1..4 capitalised words at ``j`` that are not a registry name, or ``None``."""
        n = len(toks)
        if j >= n or not _is_name_token(toks[j]) or self._names.longest(text, toks, j, cased=True) is not None:
            return None
        end = j
        taken = 0
        while end < n and taken < _MAX_NAME + 1:
            tok = toks[end]
            if end > j and not text[toks[end - 1].end : tok.start].isspace():
                break
            if _is_name_token(tok):
                taken += 1
                end += 1
            elif tok.key in _NAME_PARTICLES and taken and end + 1 < n and _is_name_token(toks[end + 1]):
                end += 1
            else:
                break
        return end if 1 <= taken <= _MAX_NAME else None

    def _match_title(self, text: str, toks: list[_Tok], i: int) -> _Match | None:
        n = len(toks)
        tp = self._title_phrase(text, toks, i)
        if tp is None:
            return None
        t_end, role = tp.end, tp.role
        # the name after the title
        name_match = self._names.longest(text, toks, t_end, cased=True) if t_end < n else None
        if name_match is not None and not text[toks[t_end - 1].end : toks[t_end].start].isspace():
            name_match = None
        if name_match is not None:
            end, values = name_match
            actors = [self._infos[a].actor for a in dict.fromkeys(str(v) for v in values)]
            fitting = [a for a in actors if a.kind is tp.kind]
            if fitting:
                if len(fitting) > 1:  # a shared surname: the one who held the title
                    holding = [
                        a for a in fitting if any(self._role_fits(r, role.title, role.organisation) for r in a.roles)
                    ]
                    fitting = holding or fitting
                actor = fitting[0] if len(fitting) == 1 else None
                return _titled_name(
                    text, toks, tp, t_end, end, actor=actor, candidates=tuple(fitting) if actor is None else ()
                )
        # a name the registry does not know: capitalised words after the title
        end_u = self._unknown_name_end(text, toks, t_end) if t_end < n else None
        if end_u is not None and not text[toks[t_end - 1].end : toks[t_end].start].isspace():
            end_u = None
        need = 1 if tp.kind is ActorKind.MEDIA else 2
        if end_u is not None and sum(1 for t in toks[t_end:end_u] if _is_name_token(t)) >= need:
            return _Match(self._new_mention(text, toks, tp, first=tp.first, name_first=t_end, name_end=end_u), end_u)
        if (named := self._name_after_complement(text, toks, tp)) is not None:
            return named
        if not (tp.det in _DETERMINERS or role.organisation is not None):
            return None
        start, stop = toks[i].start, toks[t_end - 1].end
        mention = ActorMention(
            start=start,
            end=stop,
            text=text[start:stop],
            kind=MentionKind.TITLE,
            title=tp.text,
            role=role,
            candidates=self._candidates_for(role.title, role.organisation),
            modifier=tp.modifier,
        )
        return _Match(mention, t_end)

    def _name_after_complement(self, text: str, toks: list[_Tok], tp: _TitlePhrase) -> _Match | None:
        """Rule *name-after-title-complement*: a person's title, its complement of capitalised bodies and places
        and a personal name, no comma between ("the Permanent Representative of the Government in
        the Verkhovna Rada Ivan Petrenko", "Head of the Mission of Ukraine to NATO Olena Kovalenko"): the
        name is the one who holds the title, never a registry holder of it. The name opens with a first name
        of data/first_names.tsv; a known person's name gives that person, an unknown one a new actor."""
        n = len(toks)
        if tp.kind is not ActorKind.PERSON or tp.end >= n or toks[tp.end].key not in _COMPLEMENT_OPENERS:
            return None
        for k in range(tp.end, min(n, tp.end + _COMPLEMENT_REACH)):
            tok = toks[k]
            if tok.key in _COMPLEMENT_OPENERS or tok.key in _DETERMINERS:
                continue
            if not tok.text[:1].isupper() or not text[toks[k - 1].end : tok.start].isspace():
                return None  # a word in lower case or a stop: no title's complement
            if tok.text in _FIRST_NAMES and k + 1 < n and _is_name_token(toks[k + 1]):
                return self._complement_name(text, toks, tp, k)
        return None

    def _complement_name(self, text: str, toks: list[_Tok], tp: _TitlePhrase, k: int) -> _Match | None:
        """The titled mention of the name at token ``k`` after the title ``tp``'s complement (rule
        name-after-title-complement)."""
        hit = self._names.longest(text, toks, k, cased=True)
        if hit is not None:
            end, values = hit
            people = [a for a in (self._infos[str(v)].actor for v in values) if a.kind is ActorKind.PERSON]
            if len(people) != 1:
                return None
            return _titled_name(text, toks, tp, k, end, actor=people[0])
        end_u = self._unknown_name_end(text, toks, k)
        if end_u is None or end_u - k < _FULL_NAME:
            return None
        return _Match(self._new_mention(text, toks, tp, first=tp.first, name_first=k, name_end=end_u), end_u)

    def misspelt(self, name: str, *, swapped: bool = False) -> Actor | None:
        """The one registry actor a misspelt ``name`` stands for (``misspelt_of`` of this module), ``None`` if none or
        several: by default a person whose full name (or a full-name alias) ``name`` misspells by one letter
        added, dropped, changed or two swapped ("NATO Secretary General Jen Stoltenberg", "President Volodymyr
        Zelenksyy"; names under 10 letters are too short to tell a typo); with ``swapped``, any actor one of
        whose names is ``name`` with two neighbouring letters after the first swapped ("Zelenksy" for Zelensky,
        an outlet's "Suspline")."""
        memo = (name, swapped)
        if memo in self._misspelt:
            return self._misspelt[memo]
        if len(self._misspelt) >= _MISSPELT_MEMO:
            self._misspelt.clear()  # (a long run of texts: bounded memory)
        if swapped:
            known = self._swapped_names(name)
        elif len(name) < _MISSPELT_MIN:
            known = []
        else:
            spaces = name.count(" ")
            known = [
                (n, actor)
                for key in _one_dropped(name)  # a name one edit away shares one of these keys (symmetric delete)
                for n, actor in self._full_names.get(key, ())
                if n.count(" ") == spaces
            ]
        found = misspelt_of(name, known, _actor_id)
        if found is None and not swapped:
            found = self._transliterated(name)
        self._misspelt[memo] = found
        return found

    def _transliterated(self, name: str) -> Actor | None:
        """The one registry person whose full name ``name`` writes in another transliteration: the same
        skeleton of each word (see _skeleton; "Kastutis Budris" is Kęstutis Budrys, "Carolyn
        Levitt" Karoline Leavitt), ``None`` if none or several (rule transliterated-name)."""
        self._build()
        key = _name_skeleton(name)
        ids = self._skeletons.get(key, set()) if key is not None else set()
        return self._infos[next(iter(ids))].actor if len(ids) == 1 else None

    def _swapped_names(self, name: str) -> list[tuple[str, Actor]]:
        """The names the registry knows (with their actors) that are ``name`` with two different neighbouring
        letters after the first swapped."""
        out = []
        for i in range(1, len(name) - 1):
            if name[i] != name[i + 1]:
                swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
                actor = self.lookup(swapped)
                if actor is not None:
                    out.append((swapped, actor))
        return out

    def _office_holder_spelt(self, name: str, role: Role) -> Actor | None:
        """The one registry person who held the office ``role`` names (a title of a named state or body)
        whose surname, in plain letters, ``name``'s surname is or misspells by one letter, the first names
        starting alike ("Swedish Defence Minister Paul Jönsson" is Pål Jonson): an outlet's spelling of an
        office-holder the registry knows."""
        words = plain_name(name).split()
        if role.organisation is None or len(words) < _FULL_NAME or len(words[-1]) < _SURNAME_MIN:
            return None
        found = set()
        for a in self._candidates_for(role.title, role.organisation):
            known = plain_name(a.name).split()
            alike = len(known) >= _FULL_NAME and known[0][:1] == words[0][:1]
            if a.kind is ActorKind.PERSON and alike and (known[-1] == words[-1] or _one_edit(known[-1], words[-1])):
                found.add(a)
        return found.pop() if len(found) == 1 else None

    def _new_mention(
        self, text: str, toks: list[_Tok], tp: _TitlePhrase, *, first: int, name_first: int, name_end: int
    ) -> ActorMention:
        name = text[toks[name_first].start : toks[name_end - 1].end]
        start, stop = toks[first].start, toks[name_end - 1].end
        near = None
        if tp.kind is ActorKind.PERSON:
            near = self.misspelt(name) or self._office_holder_spelt(name, tp.role)
        return ActorMention(
            start=start,
            end=stop,
            text=text[start:stop],
            kind=MentionKind.NEW if near is None else MentionKind.TITLED_NAME,
            actor=near or unknown_actor(name, tp.kind, roles=(tp.role,)),
            title=tp.text,
            role=tp.role,
            name=name,
            modifier=tp.modifier,
        )

    def _appositive(self, text: str, toks: list[_Tok], j: int) -> _TitlePhrase | None:
        """A title set off by commas after a name: "Mark Rutte, NATO's secretary general, said"."""
        n = len(toks)
        if j + 1 >= n or toks[j].text != ",":
            return None
        tp = self._title_phrase(text, toks, j + 1)
        if tp is None or (tp.end < n and toks[tp.end].text not in _APPOSITIVE_END):
            return None
        return tp

    def _with_appositive(self, text: str, toks: list[_Tok], m: _Match) -> _Match:
        """A registry person's name followed by a title in apposition gets that title (the span stays the name)."""
        actor = m.mention.actor
        if actor is None or actor.kind is not ActorKind.PERSON:
            return m
        tp = self._appositive(text, toks, m.next)
        if tp is None or tp.kind is not ActorKind.PERSON:
            return m
        mention = attrs.evolve(
            m.mention, kind=MentionKind.TITLED_NAME, title=tp.text, role=tp.role, modifier=tp.modifier
        )
        return _Match(mention, tp.end)

    def _match_unknown_with_appositive(self, text: str, toks: list[_Tok], i: int) -> _Match | None:
        """A person the registry does not know, named and then titled: "Yurii Ihnatenko, a NATO spokesperson,"."""
        if not toks[i].text[:1].isupper():  # most words: no name starts here (the first test below, inlined)
            return None
        if not _is_name_token(toks[i]) or (i > 0 and _is_name_token(toks[i - 1])):
            return None
        if i + 1 == len(toks) or not (toks[i + 1].key in _NAME_PARTICLES or _is_name_token(toks[i + 1])):
            return None  # one capitalised word: no name of two (the test below, for most words)
        end = self._unknown_name_end(text, toks, i)
        if end is None or sum(1 for t in toks[i:end] if _is_name_token(t)) < 2:
            return None
        tp = self._appositive(text, toks, end)
        if tp is None or tp.kind is not ActorKind.PERSON:
            return None
        return _Match(self._new_mention(text, toks, tp, first=i, name_first=i, name_end=end), tp.end)


# --------------------------------------------------------------------------------------------------
# Module-level API


@cache
def actor_registry() -> ActorRegistry:
    """The packaged registry (``data/actors.toml``), loaded and validated once.

    Raises:
        ResourceError: the packaged file is invalid (a packaging bug; the message names the entry).
    """
    return ActorRegistry.from_toml(read_data("actors.toml"), resource=_RESOURCE)


_ACTIVE: ContextVar[ActorRegistry | None] = ContextVar("nato_ukraine_timeline.registry", default=None)


def active_registry() -> ActorRegistry:
    """The registry in use: the one a caller passed to ``parse``/``find_dates`` (see
    :func:`using_registry`), else the packaged one."""
    registry = _ACTIVE.get()
    return registry if registry is not None else actor_registry()


@contextmanager
def using_registry(registry: ActorRegistry | None) -> Iterator[None]:
    """Within the block, :func:`active_registry` is ``registry`` (``None``: leave it as it is).

    A context variable, so concurrent threads and tasks each see their own.

    Raises:
        InvalidOptionError: ``registry`` is not an :class:`ActorRegistry`.
    """
    if registry is None:
        yield
        return
    if not isinstance(registry, ActorRegistry):
        raise InvalidOptionError(f"registry must be an ActorRegistry, got {type(registry).__name__}")
    token = _ACTIVE.set(registry)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


@attrs.define
class _Scope:
    """The document ``parse`` is reading, and what :meth:`ActorRegistry.find_mentions` found in it (the
    registry, the tokens and the mentions), kept while the block of :func:`reading_document` runs."""

    text: str
    found: tuple[ActorRegistry, list[_Tok], list[ActorMention]] | None = None


_SCOPE: ContextVar[_Scope | None] = ContextVar("nato_ukraine_timeline.document", default=None)


@contextmanager
def reading_document(text: str) -> Iterator[None]:
    """Within the block, what :meth:`ActorRegistry.find_mentions` finds in ``text`` (this very string) is kept
    for :func:`document_term_bounds`: the date layer then reads the terms of office of a sentence from the
    document's mentions instead of finding them again (a context variable: threads and tasks have their own;
    nothing is kept after the block)."""
    token = _SCOPE.set(_Scope(text))
    try:
        yield
    finally:
        _SCOPE.reset(token)


def document_term_bounds(original: str, read: str) -> Callable[[int, int], list[TermEvidence]] | None:
    """For the date layer reading ``original`` (as ``read``: the same offsets, some characters changed): the
    terms of office of ``read[lo:hi]`` (:meth:`ActorRegistry.term_bounds` of that part, the same answer), read
    from the mentions the active registry found in ``original`` where that gives the same answer (see
    :meth:`ActorRegistry._term_bounds_within`), else from the part. ``None`` outside :func:`reading_document`
    or before the registry read the document."""
    scope = _SCOPE.get()
    if scope is None or scope.text is not original or scope.found is None:
        return None
    reg, toks, mentions = scope.found
    if reg is not active_registry() or len(read) != len(original):
        return None
    doc = _DocumentReading(original, toks, [t.start for t in toks], mentions)

    def bounds(lo: int, hi: int) -> list[TermEvidence]:
        found = reg._term_bounds_within(doc, read, lo, hi)  # noqa: SLF001 - the registry's own reading
        return found if found is not None else reg.term_bounds(read[lo:hi])

    return bounds


class _DocumentReading(NamedTuple):
    """What the registry found in a whole document: its text, tokens, their starts and the mentions."""

    text: str
    toks: list[_Tok]
    starts: list[int]
    mentions: list[ActorMention]


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise InvalidOptionError(f"text must be a str, got {type(text).__name__}")


def find_actor_mentions(text: str, *, registry: ActorRegistry | None = None) -> list[ActorMention]:
    """Actors mentioned in ``text``, in text order, not overlapping.

    Finds registry actors by any name or alias ("Rutte", "Zelenskyy"), with a title before the name
    ("NATO Chief Mark Rutte", "U.S. President-elect Donald Trump", "Ukraine's Defense Minister Rustem
    Umerov"), titles alone ("the NATO chief", "the chancellor": ``kind`` TITLE, ``actor`` None,
    ``role`` and ``candidates`` to resolve against actors introduced earlier), and people the registry
    does not know from a title and a capitalised name ("NATO spokesperson Farah Dakhlallah": ``kind``
    NEW, a new :class:`Actor` whose id is the slug of the name and whose role is the title, undated).
    These are the mentions ``parse`` reads (one finder for both): also a body behind an unnamed official
    or a document ("a NATO official said"), a demonym before officials ("Ukrainian officials"), people
    named next to a speech verb with an appositive ("Ivan Petrenko, a resident of Kharkiv, said"), the
    surname of a person named earlier in full, bodies in lower case ("Ukraine's air force") or named
    again by their head noun ("the ministry said"); never the place of a wire dateline ("KYIV (Reuters) -").

    .. versionchanged:: unreleased
       The same mentions ``parse`` uses (before, ``parse`` found more with a second finder).

    Never raises on a string; time is linear in ``len(text)``. ``registry`` defaults to
    the one given to the ``parse``/``find_dates`` call in progress, else the packaged registry.

    Raises:
        InvalidOptionError: ``text`` is not a ``str`` (as ``parse`` and ``find_dates`` say).
    """
    from ._mentions import actor_mentions  # noqa: PLC0415 - the document's finder builds on this module

    _check_text(text)
    with using_registry(registry):
        return actor_mentions(text)


def term_bounds(sentence: str, *, registry: ActorRegistry | None = None) -> list[TermEvidence]:
    """The date intervals that titles of office used with names in ``sentence`` imply.

    "NATO Secretary General Mark Rutte" → on or after 2024-10-01; "President-elect Donald Trump" →
    2024-11-06..2025-01-20; "U.S. Secretary of State Antony Blinken" → on or before 2025-01-20;
    "former Prime Minister Mark Rutte" → after 2024-07-02. A title the registry does not record for
    that actor, or a name without a title, gives no evidence. Meant for the date resolver: a date in
    the same sentence is likely inside every returned interval (:meth:`TermEvidence.allows`).
    ``registry`` defaults to the one given to the ``parse``/``find_dates`` call in progress, else the
    packaged registry.

    Raises:
        InvalidOptionError: ``sentence`` is not a ``str``.
    """
    _check_text(sentence)
    reg = registry if registry is not None else active_registry()
    return reg.term_bounds(sentence)
