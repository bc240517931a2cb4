"""Speakers the text describes rather than names: the one finder of descriptive and anaphoric speakers.

News often gives its source by a noun phrase instead of a name: "Officials confirmed on Monday that ...",
"Local police said that ...", "..., a Russian news report said", and, having named a body or an outlet,
it goes on with a definite description of it: "The agency noted that ..." (the IAEA named before), "The
newspaper reported that ..." (the paper that spoke just before). The phrase is read where a subject stands
before a speech verb the library knows: opening its sentence (after "But" or "And" if any), or set off by a
comma or a closing quotation mark. Its head noun comes from ``data/speaker_heads.tsv``, with a class
(people, person, body, media, document) and, for a singular body or outlet, how a definite anaphor finds
what it refers to. :func:`._speakers.verb_sites` calls :func:`described_speaker` where no mention, pronoun
or document before the verb gave a speaker.

What speaks:

* a group of people ("officials", "police", "residents"): the phrase, as its head alone unless a demonym,
  a name or a describing word says whose people they are ("Ukrainian officials", "senior officials"): the
  convention of the existing descriptive speakers ("officials said" speaks as "officials");
* "the" and a singular body or outlet ("the agency", "the ministry", "the newspaper"): the body or outlet
  named last whose name holds the noun (known to the finder, or written in capitals: "the embassy" after
  "the U.S. Embassy in Kyiv"), else for a noun of any such body ("the company", "the newspaper") the one of
  that class that spoke in the last two sentences or was named last in them; else a body speaks as its head
  ("The airport said that ..." speaks as "airport": bodies' names end in their noun, "Munich Airport"), with
  the words that say which body ("the Kyiv city council"); an outlet named nowhere gives no speaker (its
  name seldom ends in "newspaper"); an outlet's name in capitals before its noun speaks ("the Kommersant
  newspaper said");
* a phrase with "a" or no article ("a Russian news report", "local media"): as written, without the article;
  one person's noun only with a word that says who ("a TASS correspondent", not "a witness").

Not read either: a lower-case possessive in the phrase ("the country's defence ministry": whose, a state
named before), and a bare people noun repeating a group the passage located by a place ("Military
authorities in X have urged ... Authorities said": that body, which the text does not name).

After "the", a plural noun ("the two agencies") stands for the parties just listed (``_joint``), a person's
noun ("the regional governor") for someone named before or after (the back and office rules), and a
document ("the report") for its authors (the document rules): none of them is read here.

:data:`FORMS` lists the forms with synthetic examples that run as tests.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from attrs import frozen

from ._actors import active_registry, rank_words, unknown_actor
from ._clauses import intro_end
from ._document import sentence_holding
from ._mentions import adjective_of, name_words
from ._resources import tsv_rows
from ._sentences import word_pattern
from ._speech import ADV, M, inverted_subject_end, lexicon
from .errors import ResourceError
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from ._document import Doc

__all__ = [
    "FORMS",
    "DescriptionForm",
    "Head",
    "described_after_verb",
    "described_source",
    "described_speaker",
    "opening_group",
    "people_heads",
    "speaker_heads",
    "without_unnamed_words",
]

_CLASSES: Final = frozenset({"people", "person", "body", "media", "document"})
_REFERS: Final = frozenset({"named", "kind", "-"})


@frozen
class Head:
    """A row of ``data/speaker_heads.tsv``: a head noun of a described speaker, its class and how a definite
    singular anaphor with it finds what it refers to (``named``, ``kind`` or ``-``)."""

    form: str
    cls: str
    refers: str


@cache
def speaker_heads() -> dict[str, Head]:
    """The head nouns of ``data/speaker_heads.tsv`` by form (read once).

    Raises:
        ResourceError: a row with an unknown class or refers value, or a form listed twice.
    """
    out: dict[str, Head] = {}
    errors: list[str] = []
    for n, (form, cls, refers) in tsv_rows("speaker_heads.tsv", 3):
        if cls not in _CLASSES or refers not in _REFERS or form in out:
            errors.append(f"line {n}: class one of {sorted(_CLASSES)}, refers one of {sorted(_REFERS)}, once: {form!r}")
            continue
        if refers != "-" and cls not in {"body", "media"}:
            errors.append(f"line {n}: only a body or media noun refers back: {form!r}")
            continue
        out[form] = Head(form, cls, refers)
    if errors:
        raise ResourceError("data/speaker_heads.tsv", errors)
    return out


def _table_head(written: str) -> Head | None:
    """The table's row of a head noun: as written ("MPs"), else in lower case ("Officials"); None for no head."""
    heads = speaker_heads()
    return heads.get(written) or heads.get(written.casefold())


def _head(m: re.Match[str]) -> Head:
    """The table's row of the head noun matched by ``m`` (:func:`_table_head`); a plural anonymous word of
    data/speech_cues.tsv the table does not hold ("sources") is a group of people."""
    written = m.group("head")
    return _table_head(written) or Head(written.casefold(), "people", "-")


@cache
def _anonymous_groups() -> tuple[str, ...]:
    """The plural anonymous words (data/speech_cues.tsv role anonymous: "sources", "diplomats") the table of
    head nouns does not hold: after an inverted verb they are groups of people too ("said diplomatic sources")."""
    heads = speaker_heads()
    return tuple(w for w in lexicon().anonymous if w.endswith("s") and w not in heads)


@cache
def people_heads() -> frozenset[str]:
    """The heads of class people: after a state's demonym they name its unnamed speakers ("Ukrainian
    authorities said"), read by :func:`._speakers.described_mention`."""
    return frozenset(h.form for h in speaker_heads().values() if h.cls == "people")


class Described(NamedTuple):
    """A described speaker and where its phrase starts."""

    speaker: Actor
    start: int


# "But", "And" or "Yet" opening the sentence before its subject.
_LEAD: Final = r"\s*(?:(?:But|And|Yet)\s+)?"
_INTRO_MAX: Final = 80  # characters of a dateline or a label before the sentence's subject
_DOTTED: Final = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S." is written "US" in a speaker's name
# An article or a count before a description ("One official said", "Several witnesses said"): no part of its name.
_COUNTS: Final = r"[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any"
_ARTICLE: Final = re.compile(r"(?:[Tt]he|[Aa]n?)\s+")  # opening a mention's text ("the military")
_DESCRIBED_KIND: Final = {"person": ActorKind.PERSON, "media": ActorKind.MEDIA}  # else an organisation
_KIND: Final = {"media": ActorKind.MEDIA, "body": ActorKind.ORGANISATION}


def _phrase(*, fold: bool, tail: str = rf"\s+{ADV}$", more: tuple[str, ...] = ()) -> str:
    """A noun phrase ending in a head noun of the table, then what ``ADV`` allows before the verb: an
    article or none, up to three words or mentions (no clause word, preposition or article: "a TASS
    correspondent", not "according to media reports"); with ``fold`` the head may be capitalised; ``tail``
    what follows the head (by default what ``ADV`` allows before the verb, to the verb); ``more`` heads
    beside the table's."""
    lex = lexicon()
    clause = word_pattern([*lex.clause_word, *lex.phrase_preposition], fold_first=False)
    heads = word_pattern([*speaker_heads(), *more], fold_first=fold)
    word = rf"(?:{M}|(?!(?:{clause}|the|a|an)\s)[A-Za-z][\w'\u2019-]*)"
    return rf"(?P<np>(?P<det>(?:[Tt]he|[Aa]n?|{_COUNTS})\s+)?(?P<mods>(?:{word}\s+){{0,3}}?)(?P<head>{heads})){tail}"


@cache
def _set_off() -> re.Pattern[str]:
    """The phrase set off by a comma or a closing quotation mark right before the verb."""
    return re.compile(rf"(?:,|[\"\u201d],?)\s+{_phrase(fold=True)}")


@cache
def _opening() -> re.Pattern[str]:
    """The phrase opening its sentence ("Officials confirmed", "The airport said", "But analysts say")."""
    return re.compile(rf"{_LEAD}{_phrase(fold=True)}")


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for _n, (d, _state) in tsv_rows("demonyms.tsv", 2))


@cache
def _describing() -> frozenset[str]:
    return frozenset(lexicon().describing)


def _identifies(word: str, *, first: bool, describing: bool) -> bool:
    """Whether a word before the head (as written) says whose people or which body it is: a demonym, an
    abbreviation, a capitalised word inside the sentence or a mention's name in capitals ("Kharkiv regional
    police"), and with ``describing`` a describing word ("senior officials"; "the military administration"
    names no one)."""
    return (
        word in _demonyms()
        or (describing and word.casefold() in _describing())
        or _DOTTED.match(word) is not None
        or (word[:1].isupper() and not first)
    )


def _determiner(doc: Doc, m: re.Match[str]) -> str:
    """The phrase's determiner in lower case, also where a mention's text opens with it ("The military")."""
    if m.group("det"):
        return m.group("det").casefold().strip()
    a = _ARTICLE.match(doc.text, m.start("np"))
    return a.group().casefold().strip() if a is not None else ""


def _words(doc: Doc, start: int, end: int) -> list[tuple[int, str, bool]]:
    """The words of ``[start, end)`` with their starts and whether each is a mention, a mention as one word:
    its name as written without an article ("The military" is "military": a body named again, no name)."""
    out = []
    for w in re.finditer(r"\S+", doc.mask[start:end]):
        at = start + w.start()
        written = doc.text[at : start + w.end()]
        out.append((at, written[a.end() :] if (a := _ARTICLE.match(written)) else written, w.group()[0] == "\x01"))
    return out


def _name(doc: Doc, m: re.Match[str], *, opens: bool) -> str:
    """The speaker's name for the phrase of ``m``: as written without its article and with an abbreviation
    without dots ("US media"); a people noun, or a body or outlet after "the" that refers to nothing named
    before, without the words before it that say nothing of whose they are ("Local police" speaks as
    "police", "The military administration" as "administration", "Kharkiv regional police" as written:
    the head alone is the class of speaker the story's context identifies); a head or describing word
    that opens the sentence in lower case ("Officials" speaks as "officials")."""
    start = m.start("mods")
    head = _head(m)
    definite = _determiner(doc, m) == "the" and head.refers != "-"
    if head.cls == "people" or definite:
        first = opens and m.group("det") is None
        keep = next(
            (
                w
                for i, w in enumerate(_words(doc, start, m.start("head")))
                if _identifies(w[1], first=first and i == 0 and not w[2], describing=not definite)
            ),
            None,
        )
        start = keep[0] if keep is not None else m.start("head")
    written = " ".join(doc.text[start : m.end("head")].split())
    written = written[a.end() :] if (a := _ARTICLE.match(written)) else written
    name = _DOTTED.sub(lambda d: d.group().replace(".", ""), written)
    lead, _, rest = name.partition(" ")
    if start == m.start("np") and (form := _head_form(name)) is not None:
        return form  # "Officials", "Border guards" opening the sentence ("MPs" as the table writes it)
    if opens and start == m.start("np") and lead.casefold() in _describing():
        return f"{lead.casefold()} {rest}".strip()
    return name


def _head_form(name: str) -> str | None:
    """The table's form of a head noun written ``name`` (any case), or None where ``name`` is no head noun."""
    head = _table_head(name)
    return head.form if head is not None else None


def _registered(doc: Doc, m: re.Match[str], word: str) -> tuple[int, Actor] | None:
    """The body or outlet the finder knows, named last before ``m`` with ``word`` in its name or aliases."""
    i = bisect.bisect_left(doc.starts, m.start())
    while i > 0:
        i -= 1
        actor = doc.mentions[doc.starts[i]].actor
        if actor.kind in _KIND.values() and any(word in n.casefold().split() for n in actor.names):
            return doc.starts[i], actor
    return None


@cache
def _proper_name(word: str) -> re.Pattern[str]:
    """A name in capitals that holds ``word`` capitalised ("Munich Airport", "the U.S. Embassy in Kyiv",
    "Kyiv City Military Administration"): up to four capitalised words before it, a place after "in" or "of"."""
    cap = r"[A-Z][\w.'\u2019-]*"
    head = re.escape(word[:1].upper() + word[1:])
    return re.compile(rf"(?:{cap}\s+){{0,4}}{head}\b(?:\s+(?:in|of|for)\s+(?:the\s+)?{cap}(?:\s+{cap}){{0,3}})?")


def _written(doc: Doc, m: re.Match[str], si: int, word: str) -> tuple[int, Actor] | None:
    """A body's name in capitals the finder does not know, written last in this sentence or the two before
    with ``word`` in it and every word that describes it in the phrase ("the military administration" after
    "Kyiv City Military Administration"), two words or more, without its article."""
    lo = doc.sentences[max(0, si - 2)].start
    mods = {w.casefold() for w in m.group("mods").split()}
    found = None
    for n in _proper_name(word).finditer(doc.text, lo, m.start()):
        name = " ".join(doc.text[n.start() : n.end()].split())
        name = _POSSESSOR.sub("", name[a.end() :] if (a := _ARTICLE.match(name)) else name)
        if " " in name and mods <= {w.casefold() for w in name.split()}:
            found = (n.start(), unknown_actor(name, ActorKind.ORGANISATION))
    return found


def _antecedent(doc: Doc, m: re.Match[str], si: int, last: Actor | None) -> Actor | None:
    """What "the" and a singular body or outlet noun refer to (``refers`` of the table): the body or outlet
    named last with the noun in its name (known to the finder, or written in capitals); for a noun of any
    such body ("the company", "the newspaper"), else the one of its class that spoke in the last two
    sentences (``last``), else the one named last in this sentence or the two before."""
    head = _head(m)
    named = [c for c in (_registered(doc, m, head.form), _written(doc, m, si, head.form)) if c is not None]
    if named:
        return max(named, key=lambda c: c[0])[1]
    if head.refers != "kind":
        return None
    kind = _KIND[head.cls]
    if last is not None and last.kind is kind:
        return last
    lo = doc.sentences[max(0, si - 2)].start
    i = bisect.bisect_left(doc.starts, m.start())
    while i > 0 and doc.starts[i - 1] >= lo:
        i -= 1
        if doc.mentions[doc.starts[i]].actor.kind is kind:
            return doc.mentions[doc.starts[i]].actor
    return None


# Words up to a possessive before a name: "Germany's [Munich Airport]".
_POSSESSOR: Final = re.compile(r"^.*['\u2019]s\s+")
# A possessive in lower case inside the phrase: "the country's defence ministry" (whose: a state named before).
_LOWER_POSSESSIVE: Final = re.compile(r"(?<![\w'\u2019-])[a-z][\w-]*['\u2019]s\s")


# The name in capitals right before an outlet's noun: "the Kyiv Independent newspaper", "the X channel".
_NAME_BEFORE: Final = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+)+$")


def _outlet_before(doc: Doc, m: re.Match[str]) -> Actor | None:
    """An outlet named in capitals right before its noun ("the Kommersant newspaper said"): the name speaks,
    not a demonym or a mention ("the Saudi broadcaster")."""
    n = _NAME_BEFORE.search(doc.mask, m.start("mods"), m.start("head"))  # a mention is no such name
    name = " ".join(doc.text[n.start() : n.end()].split()) if n is not None else ""
    if not name or name in _demonyms():
        return None
    return unknown_actor(name, ActorKind.MEDIA)


# A company's name in capitals (or a mention) and up to two lower-case words of its trade before the noun of its
# kind: "[DTEK] energy company", "[Nordlink] shipping firm".
_NAME_THEN_TRADE: Final = re.compile(rf"(?P<name>{M}\s+|(?:[A-Z][\w.&\u2019'-]*\s+)+)(?:[a-z][\w-]*\s+){{0,2}}$")


@cache
def _kind_words() -> frozenset[str]:
    """Lower-case words that qualify a speaker's kind ("state media", "energy giant", "senior"): capitalised
    opening a sentence, no company's name."""
    lex = lexicon()
    forms = (*lex.outlet_before, *lex.org_before, *lex.describing, *speaker_heads())
    return frozenset(w for f in forms for w in f.casefold().split())


def _company_before(doc: Doc, m: re.Match[str]) -> Actor | None:
    """A company or organisation named in capitals before the noun of its kind, words of its trade between
    ("DTEK energy company reported", "the Nordlink shipping firm said"): the name speaks, the registry's
    actor where it knows it, not a person, a demonym, a possessive or a word that opens no name ("State
    energy company")."""
    n = _NAME_THEN_TRADE.search(doc.mask, m.start("mods"), m.start("head"))
    if n is None:
        return None
    if doc.mask[n.start()] == "\x01":
        known = doc.mentions[n.start()].actor
    else:
        name = " ".join(doc.text[n.start("name") : n.end("name")].split())
        first = name.split()[0]
        if (
            name in _demonyms()
            or name.endswith(("'s", "\u2019s"))
            or first in name_words()["not_first"]
            or first.casefold() in _kind_words()
        ):
            return None
        known = active_registry().lookup(name) or unknown_actor(name, ActorKind.ORGANISATION)
    return None if known.kind is ActorKind.PERSON else known


def _located_before(doc: Doc, si: int, start: int, head: str) -> bool:
    """Whether the sentence or the two before ``start`` describe a group by ``head`` and a place or body after
    it ("Military authorities in the town of X have urged ..."): a bare "Authorities said" then is that
    group, a body the text does not name, not the story's unnamed speakers."""
    lo = doc.sentences[max(0, si - 2)].start
    return _located(head).search(doc.text, lo, start) is not None


@cache
def _located(head: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:\b{re.escape(head)})\s+(?:in|of|from|for)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?[A-Z]")


_BEFORE_VERB: Final = r"(?=\s+[a-z])"  # a lower-case word after the phrase: its verb


@cache
def _group_opening() -> re.Pattern[str]:
    """A people phrase opening its sentence before its verb, whatever the verb ("Regional authorities have
    ordered ...")."""
    return re.compile(_LEAD + _phrase(fold=True, tail=_BEFORE_VERB))


def opening_group(doc: Doc, si: int) -> Actor | None:
    """The group of people sentence ``si`` opens with as its subject, named as :func:`described_speaker`
    names it ("Regional authorities have ordered ..." -> "authorities"), for "They" in the next sentence."""
    sent = doc.sentences[si]
    m = _group_opening().match(doc.mask, sent.start, sent.end)
    if m is None or _head(m).cls != "people" or _determiner(doc, m) not in {"", "the"}:
        return None
    name = _name(doc, m, opens=True)
    return unknown_actor(name, ActorKind.ORGANISATION)


def _phrase_before(doc: Doc, si: int, w0: int, v0: int) -> tuple[re.Match[str], bool] | None:
    """The described phrase before the verb at ``v0``: opening its sentence (with True), after a dateline or a
    paragraph's label if any ("Details: The Russian ministry stated ..."), or set off (False)."""
    s0 = doc.sentences[si].start
    s0 += intro_end(doc.mask[s0 : min(v0, s0 + _INTRO_MAX)])
    m = _opening().match(doc.mask, s0, v0)
    if m is not None:
        return m, True
    m = _set_off().search(doc.mask, max(w0, v0 - 100), v0)
    return (m, False) if m is not None else None


def _read_elsewhere(m: re.Match[str], head: Head, det: str, *, opens: bool) -> bool:
    """Whether the phrase is no description this finder reads: a capitalised head inside it (part of a
    name the finder did not know), a lower-case possessive ("the country's defence ministry": whose, a
    body named before), or after "the" a person's noun, a document or a plural (someone named before or
    after, its authors, the parties just listed)."""
    inside = not (m.start("head") == m.start("np") and opens)
    capital = m.group("head")[0].isupper() and m.group("head") != head.form  # "MPs" is written so
    if capital and inside and not (det == "the" and head.cls in _KIND):
        return True
    if _LOWER_POSSESSIVE.search(m.group("mods")):
        return True
    plural = head.cls != "people" and head.form.endswith("s")
    return det == "the" and head.refers == "-" and (head.cls in {"person", "document"} or plural)


@cache
def _unnamed_words() -> frozenset[str]:
    """Describing words of canonical "-" (data/speech_cues.tsv): they say only that the source goes unnamed
    or is high up ("anonymous", "unnamed", "top"), not whose it is."""
    return frozenset(w for w, canonical in lexicon().describing.items() if canonical == "-")


def without_unnamed_words(name: str) -> str:
    """A described speaker's name without its leading words that say only that it goes unnamed, where words
    saying whose it is remain before its noun: "anonymous European official" is "European official", "unnamed
    TASS source" "TASS source" (the real gold names unnamed sources by whose they are, "US official"); "unnamed
    sources" and "anonymous official" stay as written.

    >>> without_unnamed_words("anonymous European official"), without_unnamed_words("unnamed sources")
    ('European official', 'unnamed sources')
    """
    words = name.split()
    while len(words) > 2 and words[0].casefold() in _unnamed_words():
        words = words[1:]
    return " ".join(words)


def described_speaker(doc: Doc, si: int, w0: int, v0: int, last: Actor | None) -> Described | None:
    """The speaker a described phrase right before the speech verb at ``v0`` stands for (see the module's
    docstring), with where its phrase starts; None where no such phrase is, or it is read elsewhere.
    ``last`` is the speaker of the last two sentences, if any."""
    found = _phrase_before(doc, si, w0, v0)
    if found is None:
        return None
    return _described_at(doc, si, found, last)


def _described_at(doc: Doc, si: int, found: tuple[re.Match[str], bool], last: Actor | None) -> Described | None:
    """The speaker the described phrase matched by ``found[0]`` stands for (``found[1]``: whether it opens
    its sentence), as :func:`described_speaker` reads it."""
    m, opens = found
    head = _head(m)
    det = _determiner(doc, m)
    if _read_elsewhere(m, head, det, opens=opens):
        return None
    actor = None
    if head.cls == "body" and head.refers == "kind" and det in {"", "the"}:
        actor = _company_before(doc, m)
    if actor is not None:
        pass
    elif det == "the" and head.refers == "kind" and head.cls == "media":
        actor = _outlet_before(doc, m) or _antecedent(doc, m, si, last)
        if actor is None:
            return None  # "the newspaper" of no outlet named: an outlet's name seldom ends in its noun
    elif det == "the" and head.refers != "-" and "\x01" not in m.group("mods"):  # "the Kyiv city council": as written
        actor = _antecedent(doc, m, si, last)
    if actor is None:
        name = _name(doc, m, opens=opens)
        if name.casefold() == head.form.casefold() and (
            head.cls == "person" or _located_before(doc, si, m.start(), head.form)
        ):
            return None  # "official" alone: someone named before or new; "authorities" of a place named before
        name = without_unnamed_words(with_state(doc, m.start("np"), name))
        actor = _registered_body(name, head) or unknown_actor(
            name, _DESCRIBED_KIND.get(head.cls, ActorKind.ORGANISATION)
        )
    return Described(actor, m.start("np"))


@cache
def _after_inverted() -> re.Pattern[str]:
    """A described phrase right after an inverted verb, ending its clause ("..., said authorities."): the end of
    the clause, a date, or a word of roles after_speaker and after_verb of data/speech_cues.tsv after it
    (", said officials on Monday", ", said Turkish diplomatic sources."), as :func:`._speech.inverted_subject_end`
    reads it for rule back-noun-after-inverted-verb too."""
    clause_end = inverted_subject_end(lexicon())
    return re.compile(rf"\s+{_phrase(fold=False, tail=clause_end, more=_anonymous_groups())}")


def described_after_verb(doc: Doc, si: int, span: tuple[int, int], last: Actor | None) -> tuple[Described, int] | None:
    """Rule *people-after-inverted-verb*: a group of people described after an inverted verb of saying that
    ends the clause ("..., said authorities.", "..., said Turkish diplomatic sources."): the group speaks as
    when it stands before the verb (:func:`described_speaker`), with where its phrase ends; ``span`` is the
    verb's end and the window's. Only a people noun (data/speaker_heads.tsv class people): a body or a
    person after the verb is read by the name rules ("said the ministry", "said the Prime Minister")."""
    m = _after_inverted().match(doc.mask, *span)
    if m is None or _head(m).cls != "people":
        return None
    described = _described_at(doc, si, (m, False), last)
    return (described, m.end("head")) if described is not None else None


def _registered_body(name: str, head: Head) -> Actor | None:
    """Rule *described-body-registered*: a body described by its state's adjective and its head noun in lower
    case ("the Ukrainian presidential office said") is the registry's body of that name in any case ("Ukrainian
    Presidential Office", an alias of the Office of the President of Ukraine), not a new one."""
    if head.cls not in _KIND or " " not in name:
        return None
    known = active_registry().lookup(name)
    return known if known is not None and known.kind is _KIND[head.cls] else None


@cache
def _source_phrase() -> re.Pattern[str]:
    """A described phrase that is the whole source of an "according to" lead ("the publication", "the
    national grid operator")."""
    return re.compile(_phrase(fold=False, tail=r"$"))


def described_source(doc: Doc, si: int, span: tuple[int, int], last: Actor | None) -> Actor | None:
    """What "according to" and "the" with a singular body or outlet noun refers to (``span`` the noun
    phrase): read as :func:`described_speaker` reads that phrase before a speech verb -- an outlet or company
    named in capitals before its noun, else the body or outlet named last with the noun in its name, else
    (a noun of any such body or outlet) the one of its class that spoke in the last two sentences or was named
    last in them ("..., CNN reported. According to the publication, ..." is CNN). None where the phrase is
    no such anaphor or refers to nothing named: the caller then names the source as written."""
    m = _source_phrase().match(doc.mask, *span)
    if m is None or _determiner(doc, m) != "the" or "\x01" in m.group("mods"):
        return None
    head = _head(m)
    if head.cls not in _KIND or head.refers == "-" or head.form.endswith("s"):
        return None
    if head.cls == "media":
        return _outlet_before(doc, m) or _antecedent(doc, m, si, last)
    return (_company_before(doc, m) if head.refers == "kind" else None) or _antecedent(doc, m, si, last)


def _focus_state(doc: Doc, si: int, end: int) -> Actor | None:
    """The state a sentence is about: its first mention before ``end`` that is a state or a person named (not a
    bare title's holder) with an office of one state only (the registry's roles), else the same in the sentence
    before."""
    reg = active_registry()
    for k in (si, si - 1):
        if k < 0:
            break
        lo, hi = doc.sentences[k].start, (end if k == si else doc.sentences[k].end)
        i = bisect.bisect_left(doc.starts, lo)
        while i < len(doc.starts) and doc.starts[i] < hi:
            mention = doc.mentions[doc.starts[i]]
            actor = mention.actor
            i += 1
            if actor.kind is ActorKind.STATE:
                return actor
            if actor.kind is ActorKind.PERSON and not mention.candidates:  # named, not a bare title's holder
                offices = {reg.organisation(r.organisation) for r in actor.roles if r.organisation is not None}
                states = {o for o in offices if o is not None and o.kind is ActorKind.STATE}
                if len(states) == 1:
                    return states.pop()
    return None


def with_state(doc: Doc, start: int, name: str) -> str:
    """A state's people or office described in two words or more with no state, name or body ("intelligence
    services", "senior administration official": the end of the phrase a form of data/speech_cues.tsv role
    state_group), whose phrase starts at ``start``, named with the adjective of the state its sentence is about
    (see :func:`_focus_state`), after words of rank ("Danish intelligence services", "senior US administration
    official"); else as written. One word alone ("police", "officials") stays: it names the story's unnamed
    group of that kind whatever the state."""
    words = name.split()
    if len(words) < 2 or any(w[:1].isupper() or w in _demonyms() for w in words):
        return name
    folded = name.casefold()
    group = next((g for g in sorted(lexicon().state_group, key=len, reverse=True) if folded.endswith(g)), None)
    if group is None:
        return name
    si = max(0, sentence_holding(doc, start))
    state = _focus_state(doc, si, start)
    adjective = adjective_of().get(state.name) if state is not None else None
    if adjective is None:
        return name
    k = 0
    while k < len(words) - 1 and words[k].casefold() in _ranks():
        k += 1
    return " ".join([*words[:k], adjective.replace(".", ""), *words[k:]])


@cache
def _ranks() -> frozenset[str]:
    """Words of rank ("senior", "top": data/title_words.tsv class rank), which stand before the state's adjective."""
    return frozenset(rank_words())


@frozen
class DescriptionForm:
    """One form of a described speaker: its name, the form in words, and examples ``(text, speaker, words)``
    (synthetic text; ``speaker`` the name that speaks the ``words``)."""

    name: str
    reads: str
    examples: tuple[tuple[str, str, str], ...]


# Examples are synthetic, written for these tests in the forms of several outlets; none is copied from real text.
FORMS: Final = (
    DescriptionForm(
        "they-group",
        "Local authorities ordered ... . They say ... (the group or body the sentence before opens with, or that"
        " spoke last; read by _speakers)",
        (
            (
                "Regional authorities have ordered families to leave the town. They say the shelling is getting worse.",
                "authorities",
                "the shelling is getting worse",
            ),
            (
                "The Kremlin said the talks were useful. They added that a new round was possible in May.",
                "Kremlin",
                "a new round was possible in May",
            ),
        ),
    ),
    DescriptionForm(
        "people-opening",
        "Officials / Local police / Rescuers (+ adverbs, dates) said|confirmed|reported ... (opening the sentence)",
        (
            (
                "Officials confirmed on Sept. 4 that the bridge near the port had been repaired.",
                "officials",
                "the bridge near the port had been repaired",
            ),
            (
                "Local police said on Sunday that two men were held near the border crossing.",
                "police",
                "two men were held near the border crossing",
            ),
            (
                "Authorities said in a post on Telegram on Friday that the fire at the depot was out.",
                "authorities",
                "the fire at the depot was out",
            ),
            (
                "But analysts warned that the offensive could stall before winter.",
                "analysts",
                "the offensive could stall before winter",
            ),
        ),
    ),
    DescriptionForm(
        "people-set-off",
        "..., local authorities said / ..., the police said (after the words, set off by a comma)",
        (
            (
                "Power was restored to most homes by noon, local authorities said.",
                "authorities",
                "Power was restored to most homes by noon",
            ),
            (
                "The driver was detained at the scene, the police said on Monday.",
                "police",
                "The driver was detained at the scene",
            ),
            (  # synthetic: a count before the group (data/speech_cues.tsv role count_word) is no part of its name
                "The envoy will fly to Ankara on Friday, two sources said on Tuesday.",
                "sources",
                "The envoy will fly to Ankara on Friday",
            ),
        ),
    ),
    DescriptionForm(
        "description-as-written",
        "A Ukrainian delegation source / A witness / Russian state news agencies said ... (a or no article)",
        (
            (
                "A Kyiv Independent correspondent said that the blast shattered windows across the street.",
                "Kyiv Independent correspondent",
                "the blast shattered windows across the street",
            ),
            (
                "Three drones were downed overnight, a Russian news report said.",
                "Russian news report",
                "Three drones were downed overnight",
            ),
            (  # synthetic (prec21): a people noun after a state's voice ("military") is the head
                "Fighting raged near the rail station, according to Russian military bloggers.",
                "Russian military bloggers",
                "Fighting raged near the rail station",
            ),
        ),
    ),
    DescriptionForm(
        "definite-anaphor-named",
        "X (named with the noun) ... . The agency|ministry|airport noted that ... (the body named last whose name"
        " holds the noun; else the phrase as written)",
        (
            (
                "An IAEA team visited the plant on Monday. The agency noted that the cooling lines were intact.",
                "IAEA",
                "the cooling lines were intact",
            ),
            (
                "Flights were halted for two hours. The airport said that the runway had reopened by noon.",
                "airport",
                "the runway had reopened by noon",
            ),
            (
                "Three houses were damaged. The military administration specified that no one was hurt.",
                "administration",
                "no one was hurt",
            ),
        ),
    ),
    DescriptionForm(
        "definite-anaphor-kind",
        "X said ... . The newspaper|publication|company reported that ... (the outlet or body that spoke just"
        " before, else the one named last)",
        (
            (
                "The Guardian said the plan had been shelved. The newspaper reported that two ministers objected.",
                "The Guardian",
                "two ministers objected",
            ),
            (
                "The draft was seen by Politico. The publication reported that the plan had twelve points.",
                "Politico",
                "the plan had twelve points",
            ),
        ),
    ),
    DescriptionForm(
        "company-before-kind",
        "X [trade words] company|firm|corporation|operator said ... / ..., X energy company reported (a name in"
        " capitals or a known body before the noun of its kind: the name speaks, not the whole phrase)",
        (
            (
                "Power cuts hit three regions on Friday, Velarion energy company reported.",
                "Velarion",
                "Power cuts hit three regions",
            ),
            (
                "The Brontmark shipping firm said on Monday that its tankers had changed course.",
                "Brontmark",
                "its tankers had changed course",
            ),
        ),
    ),
    DescriptionForm(
        "kind-before-company",
        "[trade words] company|firm|giant|grid operator|... X said ... (the word of a company's kind before its"
        " name: the name speaks, known to the registry or not; data/speech_cues.tsv role org_before; read by"
        " _speakers)",
        (
            (
                "Maritime rescue company Halvorsk said its crews saw two drones above the platform.",
                "Halvorsk",
                "its crews saw two drones above the platform",
            ),
            (
                "Defence giant Norvatek reported that its new plant would open in the spring.",
                "Norvatek",
                "its new plant would open in the spring",
            ),
            (
                "Grid operator Velarion said that four substations were damaged overnight.",
                "Velarion",
                "four substations were damaged overnight",
            ),
        ),
    ),
    DescriptionForm(
        "people-after-inverted-verb",
        "..., said [local] authorities|residents|diplomatic sources (+ a date or a place) (a group of people after an"
        " inverted verb of saying that ends the clause: the group speaks as before the verb; twenty-ninth session,"
        " attrb29)",
        (
            (
                "The two ferry lines will stay shut until Sunday, said authorities.",
                "authorities",
                "The two ferry lines will stay shut until Sunday",
            ),
            (
                "The envoys met over lunch in a hotel by the lake, said Norwegian diplomatic sources on Monday.",
                "Norwegian diplomatic sources",
                "The envoys met over lunch in a hotel by the lake",
            ),
            (
                "The grain barges left the port before dawn, said local residents.",
                "residents",
                "The grain barges left the port before dawn",
            ),
        ),
    ),
    DescriptionForm(
        "people-abbreviation",
        "..., MPs said on social media / MPs said that ... (a people noun written with capitals, as the table writes"
        " it: no part of a name; twenty-ninth session, attrb29)",
        (
            (
                "The chamber backed the new budget on Thursday, MPs said on social media.",
                "MPs",
                "The chamber backed the new budget on Thursday",
            ),
        ),
    ),
    DescriptionForm(
        "state-of-unnamed-group",
        "..., intelligence services|state media|a senior administration official said (a state's people or office"
        " in two words or more, no state named in the phrase: the adjective of the state the sentence, else the one"
        " before, is about, after words of rank; data/speech_cues.tsv role state_group)",
        (
            (
                "Norway faced a rising risk of sabotage at its ports, intelligence services said on Monday.",
                "Norwegian intelligence services",
                "Norway faced a rising risk of sabotage at its ports",
            ),
            (
                (
                    "US President Donald Trump signed the order on Friday, "
                    "a senior administration official told reporters."
                ),
                "senior US administration official",
                "US President Donald Trump signed the order on Friday",
            ),
        ),
    ),
    DescriptionForm(
        "company-appositive",
        "X, a|the [words] company|firm|newspaper|broadcaster|... [in|from|based in PLACE], said ... (a name set off"
        " before an appositive of its kind: the name speaks, an outlet for an outlet's kind; read by _speakers)",
        (
            (
                "Halvorsk Telecom, a telecommunications company, said that the cable was cut on Sunday.",
                "Halvorsk Telecom",
                "the cable was cut on Sunday",
            ),
            (
                "Brontmark Tidende, a newspaper based in Bergen, reported that the drones came from a ship.",
                "Brontmark Tidende",
                "the drones came from a ship",
            ),
        ),
    ),
    DescriptionForm(
        "unnamed-words-left-out",
        "an anonymous|unnamed|top <words saying whose> <noun> said ... (describing words of canonical '-' in"
        " data/speech_cues.tsv say only that the source goes unnamed or is high up: the name leaves them out"
        " where words saying whose it is remain, as the real gold names unnamed sources: 'US official'; alone"
        " before the noun they stay; eighteenth session)",
        (
            (
                "An anonymous Nordic official said on Monday that the talks had stalled.",
                "Nordic official",
                "the talks had stalled",
            ),
            (
                "The convoy left before dawn, an unnamed TASS source said on Friday.",
                "TASS source",
                "The convoy left before dawn",
            ),
            (
                "Officials met in Oslo on Monday. A top Russian official said the harbour would stay open.",
                "Russian official",
                "the harbour would stay open",
            ),
            (
                "A senior US official said the new sanctions would follow in May.",
                "senior US official",
                "the new sanctions would follow in May",
            ),
        ),
    ),
    DescriptionForm(
        "according-to-anaphor",
        "according to the <singular body or outlet noun>, ... (the phrase read as before a speech verb: the outlet"
        " or body named last with the noun in its name, else, for a noun of any outlet or body, the one that spoke"
        " in the last two sentences or was named last in them; else as written; nineteenth session)",
        (
            (
                "The ferry will stop in May, CNN reported. According to the publication, the route lost money.",
                "CNN",
                "the route lost money",
            ),
            (
                "The Halden Savings Bank raised its rate on Monday. According to the bank, prices will ease by spring.",
                "Halden Savings Bank",
                "prices will ease by spring",
            ),
            (
                "Power cuts will last all week, according to the regional grid operator.",
                "regional grid operator",
                "Power cuts will last all week",
            ),
        ),
    ),
    DescriptionForm(
        "described-body-registered",
        "the <state adjective> <body words in lower case> said ... (a body the registry knows by those words in any"
        " case, 'Ukrainian Presidential Office': that body, not a new one; twenty-seventh session, speakers27)",
        (
            (
                "The vote was held on Monday. The Ukrainian presidential office said the talks would go ahead.",
                "Office of the President of Ukraine",
                "the talks would go ahead",
            ),
        ),
    ),
    DescriptionForm(
        "opening-after-label",
        "Details: The <state adjective> <body noun> stated ... (a paragraph's label or a dateline before the phrase"
        " that opens the sentence: the phrase still opens it; twenty-seventh session, speakers27)",
        (
            (
                (
                    "The Russian Defence Ministry said six regions came under attack.\n\nDetails: The Russian"
                    " ministry stated that all the drones were shot down."
                ),
                "Russian Defense Ministry",
                "all the drones were shot down",
            ),
        ),
    ),
)
