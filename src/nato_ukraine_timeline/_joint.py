"""Words said jointly: the speakers of a speech verb whose subject names several parties.

Two forms, both read at the verb's subject (:func:`._speakers.verb_sites` calls them where it chooses the
subject; the statement then has all the speakers, ``speaker`` first in the text):

* ``joint-subject``: the subject is a coordination of actor mentions marked as one group by "both", "all"
  or "each" before the verb ("Canada and the European Union both said ...", "Paris and Berlin have
  both stressed ..."), or the subject of a clause coordinated with the verb's ("Russia and Ukraine swapped
  prisoners and said ..."): every conjunct speaks.
* ``joint-anaphor``: "both sides", "the two countries", "the leaders" (a plural noun of
  ``data/joint_nouns.tsv``) as the subject means the parties of the last coordination of actor mentions
  in the sentence or the two before it, when each is of the noun's kind (persons for "leaders", states
  for "countries").

Precision first: a coordination whose last conjunct is not an actor mention, or that is the object of a
preposition or verb ("talks between Russia and Ukraine", "met Macron and Scholz") is no subject.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

from attrs import frozen

from ._resources import tsv_rows
from ._sentences import word_pattern
from ._speech import DEFINITE_DETERMINER
from .errors import ResourceError
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from ._document import Doc

__all__ = ["FORMS", "JointForm", "anaphor_speakers", "conjuncts_after", "grouped_subject", "listed_after"]

_M: Final = r"\x01\x02*"
# Two or more actor mentions joined by commas and a final "and" (an article may open each).
_LIST: Final = rf"{_M}(?:\s*,\s*(?:the\s+)?{_M}){{0,4}},?\s+and\s+(?:the\s+)?{_M}"
# What may stand before a subject list: the sentence's or clause's start, a mark, "the", "both", a conjunction.
_OPENS: Final = re.compile(r"(?:[,;:\"(\u2014\u2013-]\s*|\b(?:[Tt]he|[Bb]oth|[Bb]ut|[Ww]hile|[Aa]nd|[Mm]eanwhile)\s+)$")
# What may stand before a plural noun for the parties as a subject: the sentence's or clause's start.
_CLAUSE_OPENS: Final = re.compile(
    r"(?:[,;:\"(\u2014\u2013-]\s*|\b(?:[Bb]ut|[Ww]hile|[Aa]nd|[Mm]eanwhile|what|which|that)\s+)$"
)
_GROUPED: Final = re.compile(
    rf"(?P<list>{_LIST})\s+(?:(?:have|has|had|also)\s+)?(?:both|all|each|jointly|together)\s+"
    r"(?:(?:have|had|also|later|then|on|separately)\s+)?$"
)
_AFTER_SUBJECT: Final = re.compile(rf"(?:\s*,\s*(?:the\s+)?{_M}){{0,4}},?\s+and\s+(?:the\s+)?{_M}(?=\s+[a-z])")
# The rest of a list of sources after its first mention, each with a title before it, ending the phrase
# ("according to Mayor X and Y, head of ...", "according to Moscow and Minsk -").
_TITLED: Final = rf"(?:(?:{DEFINITE_DETERMINER})\s+)?(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}"
_LIST_AFTER: Final = re.compile(
    rf"(?:\s*,\s*{_TITLED}{_M}){{0,4}},?\s+and\s+{_TITLED}{_M}(?=\s*(?:[,.;:)\u2014\u2013-]|$))"
)
_TOKEN: Final = re.compile(_M)
_KINDS: Final = {
    "person": frozenset({ActorKind.PERSON}),
    "state": frozenset({ActorKind.STATE}),
    "body": frozenset({ActorKind.ORGANISATION, ActorKind.STATE}),
    "any": frozenset({ActorKind.PERSON, ActorKind.STATE, ActorKind.ORGANISATION}),
}


@cache
def _nouns() -> dict[str, str]:
    out: dict[str, str] = {}
    for n, (noun, kind) in tsv_rows("joint_nouns.tsv", 2):
        if kind not in _KINDS:
            raise ResourceError("data/joint_nouns.tsv", [f"line {n}: unknown kind {kind!r}"])
        out[noun] = kind
    return out


@cache
def _anaphor() -> re.Pattern[str]:
    nouns = word_pattern(list(_nouns()), fold_first=False)
    return re.compile(
        rf"(?:\b[Bb]oth|\b[Tt]he\s+(?:two|three|four|five)|\b[Tt]he)\s+(?P<noun>{nouns})\s+"
        r"(?:(?:have|had|also|both|all|later|then|jointly|on)\s+){0,2}$"
    )


def _opens(doc: Doc, s0: int, start: int, opener: re.Pattern[str]) -> bool:
    """Whether the phrase at ``start`` opens its sentence (only blanks before it) or, by ``opener``, a clause."""
    return not doc.mask[s0:start].strip() or opener.search(doc.mask, max(s0, start - 20), start) is not None


def _actors_of(doc: Doc, start: int, end: int) -> tuple[Actor, ...] | None:
    """The actors of the mention tokens in ``[start, end)``, in text order, or None if one is no speaker."""
    out: list[Actor] = []
    for t in _TOKEN.finditer(doc.mask, start, end):
        mention = doc.mentions.get(t.start())
        if mention is None or mention.actor.kind not in _KINDS["any"]:
            return None
        if mention.actor not in out:
            out.append(mention.actor)
    return tuple(out) if len(out) > 1 else None


def grouped_subject(doc: Doc, s0: int, v0: int) -> tuple[tuple[Actor, ...], int] | None:
    """'A and B both said', 'A, B and C have all said': the conjuncts, when the list opens its clause,
    with the list's start."""
    m = _GROUPED.search(doc.mask, max(s0, v0 - 200), v0)
    if m is None or not _opens(doc, s0, m.start(), _OPENS):
        return None
    parties = _actors_of(doc, m.start("list"), m.end("list"))
    return (parties, m.start("list")) if parties is not None else None


def conjuncts_after(doc: Doc, subject_start: int, v0: int) -> tuple[Actor, ...]:
    """'A and B swapped prisoners and said': the actors joined to the subject mention at ``subject_start``
    (itself first) when the list is followed by a lower-case word (its verb), else ()."""
    i = subject_start + 1
    while i < v0 and doc.mask[i] == "\x02":
        i += 1
    m = _AFTER_SUBJECT.match(doc.mask, i, v0)
    if m is None:
        return ()
    return _actors_of(doc, subject_start, m.end()) or ()


def listed_after(doc: Doc, start: int, end: int) -> tuple[Actor, ...]:
    """'according to A and B', 'according to Mayor A and B, head of ...': the actors listed after the
    mention at ``start`` (not it), when the list ends the phrase (a mark or the sentence's end after it)."""
    i = start + 1
    while i < end and doc.mask[i] == "\x02":
        i += 1
    m = _LIST_AFTER.match(doc.mask, i, end)
    parties = _actors_of(doc, start, m.end()) if m is not None else None
    return parties[1:] if parties is not None else ()


def anaphor_speakers(doc: Doc, si: int, v0: int) -> tuple[tuple[Actor, ...], int] | None:
    """'Both sides said', 'the two countries said': the parties of the last list of actor mentions in this
    sentence before the phrase or in the two before it, each of the noun's kind; with the phrase's start."""
    s0 = doc.sentences[si].start
    m = _anaphor().search(doc.mask, max(s0, v0 - 60), v0)
    if m is None or not _opens(doc, s0, m.start(), _CLAUSE_OPENS):
        return None  # "officials from both countries said": the phrase is no subject
    kinds = _KINDS[_nouns()[m.group("noun").casefold()]]
    lo = doc.sentences[max(0, si - 2)].start
    last: tuple[Actor, ...] | None = None
    for lm in re.finditer(_LIST, doc.mask[lo : m.start()]):
        found = _actors_of(doc, lo + lm.start(), lo + lm.end())
        if found is not None:
            last = found
    if last is None or any(a.kind not in kinds for a in last):
        return None
    return last, m.start()


@frozen
class JointForm:
    """One form of joint words: its name, the form in words, and examples ``(text, speakers, words)`` (synthetic
    text; ``speakers`` the canonical names in text order, empty where the form must NOT give joint words)."""

    name: str
    reads: str
    examples: tuple[tuple[str, tuple[str, ...], str], ...]


FORMS: Final = (
    JointForm(
        "joint-according-to",
        "according to A and B / according to Mayor A and B, head of ... (the list ends the phrase)",
        (
            (
                "Two drones were shot down overnight, according to Poland and Lithuania.",
                ("Poland", "Lithuania"),
                "Two drones",
            ),
            (
                "Two drones were shot down overnight, according to Poland and Lithuania's statement.",
                ("Poland",),
                "Two drones",
            ),
        ),
    ),
    JointForm(
        "joint-subject",
        "A and B said ... / A, B and C said in a joint statement ... / words, A and B said / A and his counterpart,"
        " B, said (the co-speaker finder; the speakers' phrase starts at the list's first mention, so words may end"
        " before it)",
        (
            (
                "The exercise was a provocation, Poland and Lithuania said on Monday.",
                ("Poland", "Lithuania"),
                "The exercise",
            ),
            ('"We will not be intimidated," Macron and Tusk said.', ("Emmanuel Macron", "Donald Tusk"), "We will not"),
            (
                "Poland and Lithuania said on Monday that the drills were a provocation.",
                ("Poland", "Lithuania"),
                "the drills",
            ),
            ("The talks between Russia and Ukraine stalled, the ministry said.", (), "The talks between"),
            (  # synthetic: a possessive and a title in lower case before the last name, in apposition
                "Sikorski and his Latvian counterpart, Baiba Braze, said on Friday that the drills were a provocation.",
                ("Radosław Sikorski", "Baiba Braže"),
                "the drills",
            ),
            (  # synthetic: a demonym and a title noun in lower case before the name
                "Rubio and Ukrainian negotiator Rustem Umerov said the draft was nearly final.",
                ("Marco Rubio", "Rustem Umerov"),
                "the draft",
            ),
            (  # synthetic: a state's possessive (no speaker of its own), a title noun, the name in apposition
                "Rubio and Ukraine's negotiator, Rustem Umerov, said the draft was nearly final.",
                ("Marco Rubio", "Rustem Umerov"),
                "the draft",
            ),
            (  # synthetic: the list is a verb's object, its last name titled: no joint words
                "Zelensky met Macron and his German counterpart Friedrich Merz said the talks were useful.",
                (),
                "the talks",
            ),
        ),
    ),
    JointForm(
        "joint-subject-grouped",
        "A and B both/all/each said ... ; A and B have both stressed ...",
        (
            (
                "Canada and the European Union both said on Friday that the vote was not fair.",
                ("Canada", "European Union"),
                "the vote was not fair",
            ),
            (
                "Moscow and Beijing have both stressed that the partnership is strategic.",
                ("Russia", "China"),
                "the partnership",
            ),
        ),
    ),
    JointForm(
        "joint-clause-subject",
        "A and B did something and said ... (the list is the subject of the coordinated clause)",
        (
            (
                "Russia and Ukraine swapped 200 prisoners on Friday and said more swaps would follow.",
                ("Russia", "Ukraine"),
                "more swaps would follow",
            ),
            (
                "Macron met Zelensky and Scholz and said that Europe had to act.",
                ("Emmanuel Macron",),
                "Europe had to act",
            ),
        ),
    ),
    JointForm(
        "joint-anaphor",
        "A and B ... . Both sides / The two countries / The leaders said ... (data/joint_nouns.tsv)",
        (
            (
                "Russia and Ukraine swapped 200 prisoners on Friday. Both sides said more swaps would follow.",
                ("Russia", "Ukraine"),
                "more swaps would follow",
            ),
            (
                "Trump and Putin met in Anchorage on Friday. The two leaders said the talks had been useful.",
                ("Donald Trump", "Vladimir Putin"),
                "the talks had been useful",
            ),
            (
                "Trump met Putin in Anchorage. The leaders said the talks had been useful.",
                (),
                "the talks had been useful",
            ),
            (
                "Russia and Ukraine swapped 200 prisoners, officials from both countries said.",
                (),
                "Russia and Ukraine swapped",
            ),
        ),
    ),
)
