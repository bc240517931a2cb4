"""What attribution rules find and how they are written: :class:`Found`, :class:`AttributionRule` and the
state of a sentence while the rules run (:class:`SentenceState`)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final, NamedTuple

from attrs import frozen

from ._clauses import trim
from ._speakers import SiteMemo
from .model import ActorKind

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

    from ._document import Doc
    from ._sentences import Sentence
    from ._speakers import Context, VerbSite
    from .model import Actor, DateMention

__all__ = [
    "CONTINUING_QUOTE",
    "NESTED",
    "SHARED_RULE_NAMES",
    "SOURCE_LINE",
    "AttributionRule",
    "Found",
    "SentenceState",
    "join_copies",
    "may_nest_in",
    "one_copy_per_speaker",
]

# The forms read twice: for who said the words (a rule of ``._statements.RULES``) and for when they were said (a
# rule of ``._statement_dates.DATE_RULES``). Each form has one name, written here once, that both rules carry.
SOURCE_LINE: Final = "source-line"  # "words.\nSource: X [in a speech on DAY]": a line naming who the lead is from
CONTINUING_QUOTE: Final = "continuing-quote"  # a sentence that is only a quotation goes on the statement before
SHARED_RULE_NAMES: Final = frozenset({SOURCE_LINE, CONTINUING_QUOTE})


class Found(NamedTuple):
    """A statement found in the text, before it becomes a model :class:`~.model.Statement`."""

    speaker: Actor
    start: int  # the words
    end: int
    direct: bool
    sentence: int
    when: DateMention | None = None
    medium: str | None = None
    addressees: tuple[str, ...] = ()
    headline: bool = False  # a headline quotation: dated by the article that follows
    rule: str = ""  # the name of the rule that found it
    # "X and Y said ...": the others who say the same words jointly, in text order after ``speaker``
    co_speakers: tuple[Actor, ...] = ()
    # "X and Y met ..., accusing ...": others named after the speaker who each say the words too, apart (a
    # participle after a coordinated subject: one statement each, as the gold counts them)
    each: tuple[Actor, ...] = ()


NESTED: Final = "/nested-saying"  # marks a statement nested in another's words (rule nested-saying)


class SentenceState:
    """The state of one sentence while the rules run: what is found so far and the words it covers."""

    __slots__ = (
        "according_outlet",
        "co_speakers",
        "covered",
        "ctx",
        "doc",
        "found",
        "s0",
        "s1",
        "sent",
        "si",
        "sites",
    )

    def __init__(self, doc: Doc, ctx: Context, si: int, sent: Sentence) -> None:
        self.doc, self.ctx, self.si, self.sent = doc, ctx, si, sent
        self.s0, self.s1 = sent.start, sent.end
        self.found: list[Found] = []
        self.covered: list[tuple[int, int]] = []  # word spans attributed in this sentence, sorted, disjoint
        self.co_speakers: tuple[Actor, ...] = ()  # "Zelensky and Macron said": others who say the words jointly
        self.according_outlet: str | None = None  # "according to the FT": the medium of the sentence
        self.sites = SiteMemo()  # the sentence's speech verbs, read once for every rule (see verb_sites)

    def add_nested(self, f: Found) -> None:
        """Keep ``f``, a person's saying reported inside another speaker's indirect words (rule nested-saying), as
        a statement of its own nested in them: its words cut where the other's end; kept only where one other
        statement by a person holds them and no other statement overlaps them."""
        outer = [g for g in self.found if g.start <= f.start < g.end]
        if len(outer) != 1 or not may_nest_in(outer[0], f):
            return
        start, end = trim(self.doc.text, f.start, min(f.end, outer[0].end))
        if (start, end) == (outer[0].start, outer[0].end) or end <= start:
            return
        if any(g.start < end and start < g.end for g in self.found if g is not outer[0]):
            return
        self.found.append(f._replace(start=start, end=end, rule=f.rule + NESTED))

    def add(self, f: Found, *, may_nest: bool = False) -> None:
        """Keep ``f`` unless its words are empty or overlap words already attributed; with ``may_nest``, words
        inside another statement's words are kept as a saying nested in them (:meth:`add_nested`)."""
        if f.end <= f.start:
            return
        i = bisect.bisect_left(self.covered, (f.start, f.end))
        if (i > 0 and self.covered[i - 1][1] > f.start) or (i < len(self.covered) and self.covered[i][0] < f.end):
            if may_nest:
                self.add_nested(f)
            return
        self.covered.insert(i, (f.start, f.end))
        if self.co_speakers:  # the speech verb's coordinated subject: one statement, its speakers in text order
            speakers = list(dict.fromkeys((*self.co_speakers, f.speaker, *f.co_speakers)))
            f = f._replace(speaker=speakers[0], co_speakers=tuple(speakers[1:]))
        after, f = f.each, f._replace(each=())
        self.found.append(f)
        self.found.extend(f._replace(speaker=a) for a in after if a != f.speaker)


def may_nest_in(outer: Found, inner: Found) -> bool:
    """Whether ``inner`` may be a saying nested in ``outer``'s words: both indirect, by two persons, one speaker
    each (a body's or a state's words relay its official's saying: the saying is the official's alone)."""
    return (
        not outer.co_speakers
        and not inner.co_speakers
        and not outer.direct
        and not inner.direct
        and outer.speaker != inner.speaker
        and outer.speaker.kind is ActorKind.PERSON
        and inner.speaker.kind is ActorKind.PERSON
    )


def one_copy_per_speaker(found: list[Found]) -> list[Found]:
    """Joint words as one copy per speaker, in text order, each marked by the joint speakers (in
    ``co_speakers``), for the rules that read one speaker (the statement-date rules: a copy of one speaker
    dated by an occasion that names only that speaker dates the others, rule joint-saying)."""
    out: list[Found] = []
    for f in found:
        if not f.co_speakers:
            out.append(f)
            continue
        everyone = (f.speaker, *f.co_speakers)
        out.extend(f._replace(speaker=a, co_speakers=everyone) for a in everyone)
    return out


def join_copies(found: list[Found]) -> list[Found]:
    """The copies :func:`one_copy_per_speaker` made joined again: one statement per joint words, dated by
    the first dated copy, its speakers in text order."""
    out: list[Found] = []
    groups: dict[tuple[int, int, tuple[Actor, ...]], int] = {}
    for f in found:
        if not f.co_speakers:
            out.append(f)
            continue
        key = (f.start, f.end, f.co_speakers)
        if key not in groups:
            groups[key] = len(out)
            out.append(f._replace(speaker=f.co_speakers[0], co_speakers=f.co_speakers[1:]))
        elif out[groups[key]].when is None and f.when is not None:
            out[groups[key]] = out[groups[key]]._replace(when=f.when)
    return out


@frozen
class AttributionRule:
    """One form of attribution: its name, the form in words, its finder and examples.

    ``find(sentence, site)`` returns the statements it finds, each kept unless its words overlap words
    already attributed, or None where its form is not there. A ``per_verb`` rule that returns a list (even
    an empty one) claims the verb: later per-verb rules do not see it. A sentence rule marked ``exclusive``
    that finds something ends the sentence.

    ``examples`` are ``(text, speaker, words)``: in ``text`` (synthetic), the rule finds ``words`` said by
    the actor named ``speaker``; one parametrised test runs them all.

    ``cue`` (a sentence rule's, optional) gives the pattern without which the rule finds nothing and changes
    nothing in a sentence: the test its finder opens with ("quoted", a quotation mark). It is read once per
    document over the whole mask (:func:`~._document.sentences_with`), and the rule is called only on the
    sentences a match of it reaches. A cue is *local* (whether it matches at a place depends only on the
    characters it spans: no ``\\b``, anchor or lookaround reading outside the match) and never matches the
    empty string, so that the sentences a whole-text scan marks include every sentence where the finder's
    own test succeeds. (A lookbehind that reads only the other letters of the word the match ends keeps
    that guarantee: the participles' cue, a literal "ing" and the word before it.)
    """

    name: str
    reads: str
    find: Callable[[SentenceState, VerbSite | None], list[Found] | None]
    examples: tuple[tuple[str, str, str], ...]
    per_verb: bool = False
    exclusive: bool = False
    cue: Callable[[], re.Pattern[str]] | None = None
