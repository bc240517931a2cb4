"""Statements: who said what, from the sentences of a document.

The patterns work on the document's *mask* (see :func:`._sentences.build_mask`), where each actor
mention is one token (``\\x01\\x02...``) and each date mention another (``\\x03\\x04...``), so a rule
reads like the grammar it encodes:

* a quotation followed by its attribution: ``"...," M said [tail]`` / ``"...," said M``;
* speaker first: ``M [also] said|warned|told Y [on D] [that|:] content``, direct when the content is a
  quotation;
* speaker after the content: ``content, M said|noted [on D] [on X]``;
* ``according to M``, ``according to M's press release`` and a document as speaker (``a M press
  statement said``);
* a participle that attaches a quotation to the subject (``M issued a warning, stating "..."``);
* a headline quotation: ``'...' — M on topic``; and a quotation sentence continuing the previous one.

Who speaks: a mention before the verb (with a title, an appositive, or a name between commas after a
title: ``Ukraine's ambassador to the United States, Oksana Markarova, said``), a body's members
(``NATO allies said``), an unnamed spokesperson or document of a body (``a spokesperson for the German
government``, ``the summit declaration said``: the body named first), the subject of coordinated verbs
(``welcomed the decision but said``), or he/she/it resolved to the last fitting speaker or subject --
``she`` and ``he`` by the first names in ``data/first_names.tsv``. A title that may mean several people
(``the president``) means the one who spoke just before.

The date of a statement is a date mention in the attribution (between the speaker and the words, or
in the tail after the speech verb); a date inside the reported words never dates the saying. A media
outlet that "reported" is the source of a report (its name becomes the statement's medium), not a
speaker: ``..., the FT reported``, ``the FT reported [on D] [, citing ...,] that X said ...`` (X speaks;
the report's date does not date the saying) and ``according to the FT``. Speakers joined by "and"
(``Zelensky and Macron said in a joint statement``) each get the statement. A feed item may open with a
dateline or a bare date and a dash (``Feb. 17 - X said``). Speech verbs and cue words come from
``data/speech_verbs.tsv``.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from ._document import Doc, Mention, prefer_named_day
from ._document import date_in as _date_in
from ._document import in_quote as _in_quote
from ._document import mention_at as _mention_at
from ._document import mention_end as _mention_end
from ._document import quote_ending_at as _quote_ending_at
from ._document import quote_starting_at as _quote_starting_at
from ._resources import tsv_rows
from ._speech import Lexicon, Patterns, lexicon, patterns
from .errors import ResourceError
from .model import Actor, ActorKind, DateMention

if TYPE_CHECKING:
    from ._sentences import Sentence

__all__ = ["Doc", "Found", "Lexicon", "Mention", "find_statements", "lexicon", "prefer_named_day"]


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


_CLAUSE_CUT_BODY: Final = (
    r"\s*(?:;|,?\s*\"|\s[\u2014\u2013]\s|\s\(|"
    r",\s+(?=(?:and|but|while|as|which|who|where|after|adding|saying|urging|stating|noting|citing|calling|"
    r"according to|amid|despite|in a move|in\s+(?:their|its|his|her|what)|a day|two days|days)\b)|"
    r",\s+(?:the\s+|a\s+)?(?=\x01\x02*(?:'s)?\s+\w+))"
)
# Searched, it starts at the first space of a run or at a non-space: every start inside a run of spaces
# reaches only what the run's first space reaches, and trying them all would be quadratic on a long run.
_CLAUSE_CUT: Final = re.compile(r"(?:(?<!\s)|(?!\s))" + _CLAUSE_CUT_BODY)
_CLAUSE_CUT_AT: Final = re.compile(_CLAUSE_CUT_BODY)  # matched at a start inside a run of spaces
_MORE_QUOTE: Final = re.compile(r"[^\"]{0,40}?,\s*\"")
_TITLE_WORDS_BEFORE: Final = re.compile(r"[,\"]\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.'-]*\s+){1,4}$")
_ONLY_DATE: Final = re.compile(r"\s*(?:(?:on|late|early)\s+)?(?:\x03\x04*\s*)?")
_LABEL_QUOTE: Final = re.compile(r"[^,;:\"]{1,80}?\"")
_RELATIVE: Final = re.compile(r",\s+(?:who|whom|whose|which|the|a|an|his|her|its|their)\b")
_URGE_DATE: Final = re.compile(r"(?:[^\s,;:\"]+\s+){1,5}?(?:on\s+)?\x03\x04*\s+to\s")
_URGE_OBJECT: Final = re.compile(r"(?:[^\s,;:\"]+\s+){1,5}?to\s+[a-z]")  # "urged allies to spend more"
_BACK: Final = 600  # characters before a speech verb that can hold its speaker and the words before it
_FORWARD: Final = 800  # characters after a speech verb or cue that can hold the reported words
_TRAIL_PUNCT: Final = frozenset(".,;:!?")
_LEAD: Final = re.compile(r"[\s,;:]+")
_THAT: Final = re.compile(r"\bthat\b")
_PREP_START: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|in|at|aboard|during|via|through|after|following|ahead of|before|to|with|late|early|earlier|"
    r"last|this|later|over|from|while|when|upon|afterwards|again|repeatedly|separately|publicly|privately|"
    r"previously|recently|today|yesterday|then|now|once|also|too|twice)\b|\x03|\x01)"
)
_INTRO: Final = re.compile(
    r"^(?:(?:On|Earlier|Later|Speaking|Addressing|Writing|In|At|During|After|Following|Before|Ahead|Separately|"
    r"Meanwhile|Also|"
    r"However|Still|Yet|But|And|Then|Last|This)\b[^\"]{0,80}?,\s*|"
    r"(?:Afterwards|Later|Earlier|Meanwhile|Separately|Then|Now|Also|Instead|Previously|Subsequently|Yesterday|"
    r"Today|But|And|Yet|Still)\s+)?(?:(?:[Tt]he|[Aa]n?)\s+(?:(?:senior|top|high-ranking|former|unnamed|local)\s+)?)?"
    r"(?:(?:[A-Z][\w.'\u2019-]*|\x01\x02*(?:['\u2019]s)?)\s+){0,3}$"  # the speaker's title: "Kharkiv Governor ..."
)


# A dateline or an opening adverbial before reported words: "KYIV, Dec. 5 (Reuters) - ", "On Monday, ".
_INTRO_WORDS: Final = re.compile(
    r"^(?:\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}(?:,[^()\"\n]{1,30}?)?\s*(?:\((?:[A-Za-z/ ]|\x01|\x02){2,20}\)\s*)?"
    r"[-\u2013\u2014]+\s+|"
    # a feed item's date: "Feb. 17 - "
    r"\s*\x03\x04*\s*(?:\((?:[A-Za-z/ ]|\x01|\x02){2,20}\)\s*)?[-\u2013\u2014]+\s+)?"
)


def _intro_end(words: str) -> int:
    """Where a dateline or opening adverbial at the start of ``words`` ends (0: there is none)."""
    m = _INTRO_WORDS.match(words)
    return m.end() if m is not None else 0


# Words that may stand between a speech verb's content start and a quotation that is all of the content.
_QUOTE_LEAD: Final = re.compile(r"(?:(?:that|\x03\x04*)\s+)?\"")


# Present-tense label verbs: in a sentence (not a headline) they report how a name is used.
# Label verbs whose label follows "as" or "of" ('dismissed the plan as "unrealistic"', 'accused Kyiv of "terror"').
_LABEL_AFTER_AS: Final = frozenset({"accused", "dismissed", "denounced", "condemned", "hailed", "slammed", "praised"})
_AS_LABEL_QUOTE: Final = re.compile(r"(?:[^,;:\"]|\"[^\"\n]{1,60}\"){1,80}?\b(?:as|of)\s+\"")
_HABITUAL_LABELS: Final = frozenset({"calls", "describes", "dubs", "labels", "terms", "brands"})


_VERB_NEXT: Final = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|might|remains?)\b")
_COORDINATED: Final = re.compile(r"[^,;]\s(?:but|and)\s+(?:also\s+)?$")
_WHERE_BEFORE: Final = re.compile(r",\s+(?:where|when|during\s+which|at\s+which)\s+$")


_SPEAKER_KINDS: Final = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.STATE})
_WORD: Final = re.compile(r"[^\s]+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip surrounding whitespace and trailing punctuation from ``[start, end)``."""
    m = _LEAD.match(text, start, end)
    if m:
        start = m.end()
    # A loop from the end, not a pattern ending in "$": that would be tried at every position of a run.
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL_PUNCT):
        end -= 1
    return start, max(start, end)


def _cut_clause(mask: str, start: int, end: int) -> int:
    """Where the clause starting at ``start`` ends (before ``end``)."""
    if (
        0 < start < end
        and mask[start].isspace()
        and mask[start - 1].isspace()
        and _CLAUSE_CUT_AT.match(mask, start, end)
    ):
        return start
    m = _CLAUSE_CUT.search(mask, start, end)
    return m.start() if m else end


def _medium(doc: Doc, start: int, end: int) -> str | None:
    """A medium ("X", "social media") or venue ("interview with Reuters") named in ``[start, end)``."""
    p = patterns()
    lex = lexicon()
    m = p.medium_on.search(doc.mask, start, end)
    if m:
        form = m.group("m")
        canon = lex.medium.get(form) or next(
            (v for k, v in lex.medium.items() if k.casefold() == form.casefold()), form
        )
        if form == "X" or form[:1].islower() or form in lex.medium:
            return canon
    v = p.venue.search(doc.mask, start, end)
    if v:
        s, e = _trim(doc.text, v.start("v"), v.end("v"))
        if e > s:
            return doc.text[s:e]
    return None


def _addressee(doc: Doc, pos: int, end: int) -> tuple[str, int] | None:
    """The addressee right after a "tell" verb at ``pos``: its name and where it ends (the name is empty
    for a venue: "told a news conference" names where, not whom)."""
    m = patterns().addressee.match(doc.mask, pos, end)
    if m is None:
        return None
    a0, a1 = m.span("a")
    if m.group("venue") is not None:
        return "", a1
    if doc.mask[a0] == "\x01" and "'s" not in doc.mask[a0:a1] and "\u2019s" not in doc.mask[a0:a1]:
        last = bisect.bisect_right(doc.starts, a1) - 1
        mention = doc.mentions.get(doc.starts[last]) if last >= 0 else None
        if mention is not None and mention.start >= a0:
            return mention.actor.name, a1
    return doc.text[a0:a1], a1


class _Context:
    """Running state across sentences: the last speaker and the last person named."""

    def __init__(self) -> None:
        self.last_speaker: Actor | None = None
        self.last_speaker_sentence = -10
        self.last_direct: Found | None = None


@cache
def _pronoun_of_first_name() -> dict[str, str]:
    """``data/first_names.tsv``: first name -> "she" or "he"."""
    out: dict[str, str] = {}
    for n, (name, pronoun) in tsv_rows("first_names.tsv", 2):
        if pronoun not in {"she", "he"}:
            raise ResourceError("data/first_names.tsv", [f"line {n}: pronoun {pronoun!r} is not 'she' or 'he'"])
        out[name] = pronoun
    return out


def _fits(actor: Actor, pronoun: str) -> int:
    """How well a person fits "he"/"she": 2 the first name says so, 1 it does not say, 0 it says otherwise."""
    said = _pronoun_of_first_name().get(actor.name.split(" ", 1)[0])
    if said is None:
        return 1
    return 2 if said == pronoun else 0


def _resolve_pronoun(doc: Doc, ctx: _Context, pos: int, sentence: int, pronoun: str = "he") -> Actor | None:
    """He/she: the last person who spoke nearby, else the subject of this or the previous sentence,
    else the last person named before ``pos`` -- the first of these whose first name fits the pronoun
    (a person whose first name is known to take it, else one whose first name says nothing)."""
    candidates: list[Actor] = []
    if (
        ctx.last_speaker is not None
        and ctx.last_speaker.kind is ActorKind.PERSON
        and sentence - ctx.last_speaker_sentence <= 2
    ):
        candidates.append(ctx.last_speaker)
    for si in (sentence, sentence - 1):
        if si < 0:
            continue
        sent = doc.sentences[si]
        subject = _subject(doc, sent.start, min(pos, sent.end))
        if subject is not None and subject.kind is ActorKind.PERSON:
            candidates.append(subject)
    i = bisect.bisect_left(doc.starts, pos) - 1
    stop = max(-1, i - 30)  # only the last few actors named can be meant
    while i > stop:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor.kind is ActorKind.PERSON and not _in_quote(doc, mention.start):
            candidates.append(mention.actor)
        i -= 1
    if not candidates:
        return None
    best = max(candidates, key=lambda a: _fits(a, pronoun))  # max keeps the first of the best
    if _fits(best, pronoun) == 0:
        return None
    if pronoun == "she" or _fits(candidates[0], pronoun) == 0:
        return best
    return candidates[0]


_TOPIC_TAIL: Final = re.compile(r"\s+(?:of|about|regarding)\s")
_OF_BEFORE: Final = re.compile(r"\b(?:for|from|of|by)\s+(?:the\s+)?$")
_DOC_DETERMINED: Final = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s")


def _first_body(doc: Doc, start: int, end: int) -> Actor | None:
    """The organisation or state named first in ``[start, end)`` (the subject of what was said or done
    there), outside quotations."""
    i = bisect.bisect_left(doc.starts, start)
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor.kind in (ActorKind.ORGANISATION, ActorKind.STATE) and not _in_quote(doc, mention.start):
            return mention.actor
        i += 1
    return None


def _title_means_last_speaker(doc: Doc, ctx: _Context, spk_start: int, sentence: int) -> Actor | None:
    """A title that may mean several people ("the president") means the one who spoke just before."""
    mention = _mention_at(doc, spk_start)
    last = ctx.last_speaker
    if mention is None or last is None or sentence - ctx.last_speaker_sentence > 1:
        return None
    return last if last in mention.candidates and last != mention.actor else None


# Speakers joined before the last one: "Zelensky and Macron", "Scholz, Macron and Tusk", "Zelensky and
# French President Emmanuel Macron" (a title before the last name).
_CO_SPEAKERS: Final = re.compile(
    r"(?:\x01\x02*\s*,\s*){0,4}\x01\x02*,?\s+and\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}$"
)
_MENTION_TOKEN: Final = re.compile(r"\x01\x02*")
# What may stand before such a list of speakers (not a verb or a preposition whose object the list is:
# "Zelensky met Macron and Scholz said"): the sentence's start, a mark, a capitalised word or a date,
# a conjunction or adverb, or a plural noun of people ("European leaders Macron and Scholz said").
_CO_SPEAKERS_AFTER: Final = re.compile(
    r"(?:^|[,;:\"(\u2014\u2013-]|\x02|\x04|\b(?:[A-Z][\w.'\u2019-]*|the|both|but|while|whereas|meanwhile|also|"
    r"then|and|leaders|ministers|presidents|counterparts|officials|chiefs))\s*$"
)


def _co_speakers(doc: Doc, start: int, end: int) -> list[Actor]:
    """The speakers joined by "and" (and commas) before the mention at ``end``, in text order."""
    if doc.mask.find("and", max(start, end - 60), end) < 0:
        return []
    m = _CO_SPEAKERS.search(doc.mask, start, end)
    if m is None or not _CO_SPEAKERS_AFTER.search(doc.mask, max(start, m.start() - 20), m.start()):
        return []
    if m.group().count(",") == 1 and re.search(r",\s+and\s", m.group()):
        return []  # "Zelensky met Macron, and Scholz said": a new clause, not a list
    out: list[Actor] = []
    for t in _MENTION_TOKEN.finditer(doc.mask, m.start(), m.end()):
        a = _speaker_of(doc, t.start())
        if a is None:
            return []  # "Trump's envoy and Rubio": not a list of speakers
        if a not in out:
            out.append(a)
    return out


def _speaker_of(doc: Doc, spk_start: int) -> Actor | None:
    mention = _mention_at(doc, spk_start)
    if mention is None or mention.actor.kind not in _SPEAKER_KINDS:
        return None
    return mention.actor


def find_statements(doc: Doc) -> list[Found]:
    """Every statement in the document, in text order (duplicates included)."""
    ctx = _Context()
    out: list[Found] = []
    for si, sent in enumerate(doc.sentences):
        found = _sentence_statements(doc, ctx, si, sent)
        for f in found:
            ctx.last_speaker = f.speaker
            ctx.last_speaker_sentence = si
        ctx.last_direct = next((f for f in reversed(found) if f.direct), None) if found else None
        out.extend(found)
    return out


def _doc_speaker(mask: str, start: int, end: int, p: Patterns) -> re.Match[str] | None:
    """``p.doc_speaker`` searched in ``[start, end)``, after a quick look for the word it needs."""
    if p.doc_word.search(mask, start, end) is None:
        return None
    return p.doc_speaker.search(mask, start, end)


def _sentence_statements(doc: Doc, ctx: _Context, si: int, sent: Sentence) -> list[Found]:
    p = patterns()
    lex = lexicon()
    text, mask = doc.text, doc.mask
    s0, s1 = sent.start, sent.end
    found: list[Found] = []
    covered: list[tuple[int, int]] = []  # word spans already attributed in this sentence, sorted, disjoint

    co_speakers: list[Actor] = []  # "Zelensky and Macron said": the others who say the same words

    def add(f: Found) -> None:
        if f.end <= f.start:
            return
        i = bisect.bisect_left(covered, (f.start, f.end))
        if (i > 0 and covered[i - 1][1] > f.start) or (i < len(covered) and covered[i][0] < f.end):
            return
        covered.insert(i, (f.start, f.end))
        found.extend(f._replace(speaker=a) for a in co_speakers if a != f.speaker)
        found.append(f)

    # Headline: 'words' -- Speaker on topic.
    h = p.headline.match(mask, s0, s1)
    if h is not None:
        headline_speaker = _speaker_of(doc, h.start("spk") if h.group("spk") else h.start("spk2"))
        group = next(g for g in ("q1", "q2", "q3", "q4") if h.group(g) is not None)
        if headline_speaker is not None:
            add(Found(headline_speaker, h.start(group), h.end(group), direct=True, sentence=si, headline=True))
            return found

    # Speech verbs of this sentence, outside quotations.
    for vm in p.verb.finditer(mask, s0, s1):
        # Work in a window around the verb: a run-on "sentence" costs no more than a normal one.
        w0, w1 = max(s0, vm.start() - _BACK), min(s1, vm.end() + _FORWARD)
        v0, v1 = vm.span("verb")
        if _in_quote(doc, v0):
            continue
        verb = vm.group("verb").casefold()
        is_tell = verb in p.tell_forms
        is_declare = verb in p.declare_forms
        speaker: Actor | None = None
        np_start = -1
        left = p.left_speaker.search(mask, max(w0, v0 - 200), v0)
        doc_name: str | None = None
        appos_person = False
        co_speakers.clear()
        if left is not None:
            if left.group("spk") is not None:
                speaker = _speaker_of(doc, left.start("spk"))
                if speaker is not None and not left.group("grp") and not left.group("appos"):
                    co_speakers.extend(_co_speakers(doc, max(w0, left.start("spk") - 300), left.start("spk")))
                speaker = _title_means_last_speaker(doc, ctx, left.start("spk"), si) or speaker
                if left.group("grp") and speaker is not None and speaker.kind is ActorKind.PERSON:
                    speaker = None  # "Trump allies said": not Trump
                np_start = left.start("spk")
                named = _appositive_person(doc, left.start("appos"), left.end("appos")) if left.group("appos") else None
                if named is not None:  # "Ukraine's ambassador to the United States, Oksana Markarova, said"
                    speaker, appos_person = named, True
            elif left.group("pron") is not None:
                if left.group("pron").lower() == "it":  # "It said": the body that spoke just before
                    recent = si - ctx.last_speaker_sentence <= 2 and ctx.last_speaker is not None
                    last = ctx.last_speaker if recent else None
                    speaker = last if last is not None and last.kind is not ActorKind.PERSON else None
                else:
                    pronoun = "she" if left.group("pron").lower() == "she" else "he"
                    speaker = _resolve_pronoun(doc, ctx, left.start("pron"), si, pronoun)
                np_start = left.start("pron")
        if (
            speaker is not None
            and left is not None
            and left.group("spk") is not None
            and _OF_BEFORE.search(mask, max(w0, left.start("spk") - 12), left.start("spk"))
        ):
            # "a spokesperson for the German government said": the whole phrase opens the clause
            dm = _doc_speaker(mask, max(w0, v0 - 120), v0, p)
            if dm is not None and dm.group("org2") and dm.start("org2") == left.start("spk"):
                np_start = dm.start()
                word = " ".join(dm.group("doc").casefold().split())
                doc_name = lex.doc.get(word) if word not in p.agent_forms else None
        if speaker is None:
            dm = _doc_speaker(mask, max(w0, v0 - 120), v0, p)
            if dm is not None and (dm.group("org") or dm.group("org2")):
                org_start = dm.start("org") if dm.group("org") else dm.start("org2")
                speaker = _speaker_of(doc, org_start)
                np_start = dm.start()
                word = " ".join(dm.group("doc").casefold().split())
                doc_name = lex.doc.get(word) if word not in p.agent_forms else None
            elif dm is not None and _DOC_DETERMINED.match(mask, dm.start()):
                word = " ".join(dm.group("doc").casefold().split())
                if word not in p.agent_forms:
                    # "..., the summit declaration said": the body named last wrote it
                    speaker = _first_body(doc, doc.sentences[max(0, si - 1)].start, dm.start())
                    np_start = dm.start()
                    doc_name = lex.doc.get(word)
        inverted = False
        if speaker is None:
            inv = p.inverted.match(mask, v1, w1)
            if inv is not None and re.search(r"(?:,|\")\s*$", mask[max(w0, v0 - 3) : v0]):
                speaker = _speaker_of(doc, inv.start("spk"))
                np_start = v0
                inverted = True
        if speaker is None and _COORDINATED.search(mask, max(w0, v0 - 12), v0):
            # "Kallas welcomed the decision but said ...": the subject of the sentence speaks
            speaker = _subject(doc, s0, v0)
            np_start = v0
        if speaker is None:
            continue
        if _in_quote(doc, np_start):
            continue
        if verb in p.label_forms and verb in _HABITUAL_LABELS and mask[s1 - 1 : s1] == ".":
            continue  # 'Moscow calls the war a "special military operation".': a usage, not a statement
        if verb in p.label_forms:
            # "Peskov called the decision "reckless"": the quoted words, said by the subject.
            # 'dismissed Zelensky's "victory plan" as "a bluff"': the label is the quotation after "as"
            label = _AS_LABEL_QUOTE if verb in _LABEL_AFTER_AS else _LABEL_QUOTE
            lq = label.match(mask, v1, w1) if not inverted else None
            if lq is not None and (q := _quote_starting_at(doc, lq.end() - 1)) is not None:
                when = _date_in(doc, np_start, v1) or _date_in(doc, q[1], _cut_clause(mask, q[1], w1))
                add(Found(speaker, q[0] + 1, q[1] - 1, direct=True, when=when, sentence=si))
            continue
        head_end = _mention_end(doc, np_start) if inverted else v1
        mention_start = np_start
        if not inverted and not (left is not None and left.group("pron")):
            # A title before the speaker's mention: ", Kharkiv Governor Oleh Syniehubov said".
            pre = _TITLE_WORDS_BEFORE.search(mask, max(w0, np_start - 60), np_start)
            if pre is not None:
                np_start = pre.start() + 1
        appos_medium = None
        date_from = np_start
        if left is not None and left.group("appos") and not inverted:
            appos_medium = _medium(doc, left.start("appos"), left.end("appos"))
            if _RELATIVE.match(mask, left.start("appos")):  # "Rutte, who took office on Oct. 1, said"
                date_from = left.end("appos")
        before = mask[w0:np_start]
        stripped = before.rstrip()
        # 1. "...," Speaker said [tail]
        if stripped.endswith(('"', '",', "',")) or (stripped.endswith(",") and stripped[:-1].rstrip().endswith('"')):
            q_end = w0 + len(stripped.rstrip(","))
            quote = _quote_ending_at(doc, q_end)
            if quote is not None and quote[0] >= s0:
                tail_end = _cut_clause(mask, head_end, w1)
                topic = _TOPIC_TAIL.match(mask, head_end, tail_end)
                if topic is not None:  # 'said of Trump's call with Putin on Thursday': the date is the call's
                    tail_end = topic.start()
                when = _date_in(doc, head_end, tail_end)
                medium = doc_name or _medium(doc, v1, tail_end) or appos_medium
                addressees: tuple[str, ...] = _tell_addressee(doc, is_tell, v1, tail_end)
                lead = mask[s0 : quote[0]]
                if lead.strip() and '"' not in lead and not lead.rstrip().endswith((":", ",", ";")):
                    # 'Europe's threat comes "from within", Vance said': a quoted phrase ends reported words.
                    c0, c1 = _trim(text, s0 + _intro_end(lead), quote[1])
                    add(
                        Found(
                            speaker, c0, c1, direct=False, when=when, medium=medium, addressees=addressees, sentence=si
                        )
                    )
                    continue
                first = Found(
                    speaker,
                    quote[0] + 1,
                    quote[1] - 1,
                    direct=True,
                    when=when,
                    medium=medium,
                    addressees=addressees,
                    sentence=si,
                )
                add(first)
                # The quotation goes on after its attribution: '"...," Rutte said, "and ..."'.
                more = _MORE_QUOTE.match(mask, tail_end, w1)
                if more is not None and (cont := _quote_starting_at(doc, more.end() - 1)) is not None:
                    add(first._replace(start=cont[0] + 1, end=cont[1] - 1))
                continue
        # 5. content, Speaker said [tail]   (no "that"-clause after the verb)
        after = mask[head_end:w1]
        tail = _tail_kind(doc, head_end, w1, is_tell=is_tell and not inverted)
        if stripped.endswith(",") and not _opens_content(after) and tail != "clause":
            c0, c1 = _trim(text, w0, w0 + len(stripped) - 1)
            tail_end = _cut_clause(mask, head_end, w1)
            if tail == "paren":  # "The summit, she said, would produce ...": the longer side is the content
                comma = mask.find(",", head_end, w1)
                tail_end = min(tail_end, comma)
                a0, a1 = _trim(text, comma + 1, _content_end(doc, comma + 1, w1))
                if a1 - a0 > c1 - c0:
                    c0, c1 = a0, a1
            if c1 - c0 >= 12 and c0 < c1:
                when = _date_in(doc, head_end, tail_end)
                medium = doc_name or _medium(doc, v1, tail_end)
                addressees = _tell_addressee(doc, is_tell, v1, tail_end)
                q = _quote_starting_at(doc, c0)
                if q is not None and q[1] >= c1:
                    add(
                        Found(
                            speaker,
                            q[0] + 1,
                            q[1] - 1,
                            direct=True,
                            when=when,
                            medium=medium,
                            addressees=addressees,
                            sentence=si,
                        )
                    )
                else:
                    report = _report_medium(doc, c0, c1)
                    add(
                        Found(
                            speaker,
                            c0,
                            c1,
                            direct=False,
                            when=when,
                            medium=medium or report,
                            addressees=addressees,
                            sentence=si,
                        )
                    )
                continue
        if inverted:
            continue
        # 4. Speaker said [to Y] [on D] [that|:] content; "the FT reported that Rutte said ...": the FT is the medium
        reporter = _reporting_outlet(doc, max(w0, mention_start - 200), mention_start)
        intro_ok = (
            reporter is not None
            or appos_person
            or bool(_INTRO.match(before[_intro_end(before) :]))
            or stripped.endswith((",", ";", ":"))
            or bool(_CONJUNCTION_END.search(stripped, max(0, len(stripped) - 8)))  # ", whereas" at the end
        )
        pos = v1
        addressees = ()
        if is_tell:
            got = _addressee(doc, pos, w1)
            if got is None:
                continue
            addressees = (got[0],) if got[0] else ()
            pos = got[1]
        that = _THAT.search(mask, pos, min(w1, pos + 140))
        content_start = -1
        if that is not None and '"' not in mask[pos : that.start()]:
            mid = mask[pos : that.start()]
            if not mid.strip() or (_PREP_START.match(mid) and "," not in mid.lstrip(" ,")):
                content_start = that.end()
            elif not is_tell and not addressees:
                # "warned allies that ...": an addressee before the that-clause.
                got = _addressee(doc, pos, that.start())
                if got is not None and _ONLY_DATE.fullmatch(mask, got[1], that.start()):
                    addressees = (got[0],) if got[0] else ()
                    content_start = that.end()
        if content_start < 0:
            skip = p.skip_mid.match(mask, pos, w1)
            mid_end = skip.end() if skip else pos
            if skip is not None and _VERB_NEXT.match(mask, mid_end):
                # "said 50 days was too long": the date mention is the subject of the reported words
                mid_end = pos
            rest = mask[mid_end:w1].lstrip(" ,:")
            if not rest:
                continue
            colon = ":" in mask[pos : mid_end + 2]
            if (not intro_ok or is_declare) and not rest.startswith('"') and not colon:
                continue
            urging = lex.say.get(vm.group("verb").lower()) in {"urge", "call on"} and _URGE_OBJECT.match(rest)
            bare_say = (
                verb in {"said", "says"}
                and _BARE_SAID_CONTENT.match(rest) is not None
                and not _NOT_CONTENT_START.match(rest)
            )
            if not urging and not bare_say and not _plausible_content(rest, mask, mid_end, p):
                continue
            content_start = w1 - len(rest)
        c_end = _content_end(doc, content_start, w1)
        c0, c1 = _trim(text, content_start, c_end)
        if c1 - c0 < 3:
            continue
        attr_end = content_start
        when = _date_in(doc, date_from, attr_end)
        if when is None and lex.say.get(verb) in {"urge", "call on"}:
            # "urged allies on Thursday to spend more": the date before the infinitive is the urging's
            to = _URGE_DATE.match(mask, content_start, c_end)
            when = _date_in(doc, content_start, to.end()) if to is not None else None
        if when is None and _INTRO.match(before) and before.strip():
            when = _date_in(doc, w0, np_start)
        if when is None and left is not None and left.group("pron") and _WHERE_BEFORE.search(before):
            # "X attended the meeting on Sept. 6, where he urged ...": the saying happened then
            when = _date_in(doc, max(s0, w0), np_start)
        medium = doc_name or _medium(doc, v1, attr_end) or appos_medium or _report_medium(doc, c_end, w1) or reporter
        if medium is None and before.strip() and _INTRO.match(before):  # "In a statement, the Kremlin said"
            medium = _medium(doc, w0, np_start)
        if medium is None:
            trailing = _cut_clause(mask, c_end, w1) if c_end < w1 else w1
            medium = _medium(doc, c_end, trailing) if c_end < w1 else None
        if when is None and c_end < w1 and _VENUE_TAIL.match(mask, c_end):
            when = _date_in(doc, c_end, _cut_clause(mask, c_end + 1, w1))
        q = _quote_starting_at(doc, c0)
        direct = False
        if q is not None:
            c0, c1, direct = q[0] + 1, q[1] - 1, True
        else:
            qlead = _QUOTE_LEAD.match(mask, c0, c1)
            if qlead is not None:
                qq = _quote_starting_at(doc, qlead.end() - 1)
                if qq is not None and qq[1] >= c1 - 1 and qq[1] >= _trim(text, c0, w1)[1] - 1:
                    c0, c1, direct = qq[0] + 1, qq[1] - 1, True
        add(Found(speaker, c0, c1, direct=direct, when=when, medium=medium, addressees=addressees, sentence=si))

    co_speakers.clear()
    # Speaker was quoted by Outlet as saying ... / Outlet quoted Speaker as saying ...
    for qm in p.quoted.finditer(mask, s0, s1) if mask.find("quoted", s0, s1) >= 0 else ():
        speaker = _speaker_of(doc, qm.start("spk") if qm.group("spk") else qm.start("spk2"))
        by_at = qm.start("by") if qm.group("by") else (qm.start("by2") if qm.group("by2") else -1)
        outlet = doc.mentions.get(by_at) if by_at >= 0 else None
        if speaker is None or _in_quote(doc, qm.start()):
            continue
        q = _quote_starting_at(doc, qm.end())
        if q is not None:
            c0, c1, direct = q[0] + 1, q[1] - 1, True
        else:
            c0, c1 = _trim(text, qm.end(), _content_end(doc, qm.end(), min(s1, qm.end() + _FORWARD)))
            direct = False
        if c1 - c0 >= 3:
            add(
                Found(
                    speaker,
                    c0,
                    c1,
                    direct=direct,
                    when=_date_in(doc, qm.start(), qm.end()),
                    medium=outlet.actor.name if outlet is not None else None,
                    sentence=si,
                )
            )

    # according to Speaker / Speaker's press release
    according_outlet: str | None = None
    for am in p.according.finditer(mask, s0, s1):
        if _in_quote(doc, am.start()):
            continue
        spk_start = am.start("spk") if am.group("spk") else (am.start("spk2") if am.group("spk2") else -1)
        if spk_start < 0:
            continue
        speaker = _speaker_of(doc, spk_start)
        if speaker is None:
            outlet = _mention_at(doc, spk_start)
            if outlet is not None and outlet.actor.kind is ActorKind.MEDIA:
                according_outlet = outlet.actor.name  # "according to the Financial Times": the medium
            continue
        docname = am.group("doc") or am.group("doc2")
        medium = lex.doc.get(docname.casefold(), docname) if docname else None
        b0 = max(s0, am.start() - _BACK)
        before = mask[b0 : am.start()].rstrip()
        direct = False
        quoted = _quote_ending_at(doc, b0 + len(before)) if before.endswith(('",', '"')) else None
        if quoted is not None and quoted[0] >= s0:  # '"...," according to Zelensky.'
            c0, c1, direct = quoted[0] + 1, quoted[1] - 1, True
            when = _date_in(doc, am.start(), _cut_clause(mask, am.end(), min(s1, am.end() + _FORWARD)))
        elif before.endswith(","):
            c0, c1 = _trim(text, b0, b0 + len(before) - 1)
            when = _date_in(doc, am.start(), _cut_clause(mask, am.end(), min(s1, am.end() + _FORWARD)))
        elif not before.strip():
            comma = mask.find(",", am.end(), min(s1, am.end() + _FORWARD))
            if comma < 0:
                continue
            c0, c1 = _trim(text, comma + 1, min(s1, comma + _FORWARD))
            when = _date_in(doc, am.start(), comma)
        else:
            continue
        if c1 - c0 >= 12:
            add(Found(speaker, c0, c1, direct=direct, when=when, medium=medium, sentence=si))

    # Participle with a that-clause after a statement: ", adding that ..." (same speaker).
    if found:
        for pm in p.participle_that.finditer(mask, s0, s1):
            if _in_quote(doc, pm.start()):
                continue
            owner = max((f for f in found if f.start < pm.start()), key=lambda f: f.start, default=None)
            if owner is None:
                continue
            c0, c1 = _trim(text, pm.end(), _content_end(doc, pm.end(), min(s1, pm.end() + _FORWARD)))
            if c1 - c0 >= 12:
                add(owner._replace(start=c0, end=c1, direct=False, sentence=si))

    # Participle: Subject ..., stating "..." / Subject rejected the idea, saying (that) ...
    if not found:
        for pm in p.participle.finditer(mask, s0, s1):
            q = _quote_starting_at(doc, pm.end())
            if q is None or _in_quote(doc, pm.start()):
                continue
            subj = _subject(doc, s0, pm.start())
            if subj is None:
                continue
            add(Found(subj, q[0] + 1, q[1] - 1, direct=True, sentence=si))
    if not found:
        for pm in p.participle_clause.finditer(mask, s0, s1):
            if _in_quote(doc, pm.start()) or not _plausible_content(mask[pm.end() : pm.end() + 200], mask, pm.end(), p):
                continue
            subj = _subject(doc, s0, pm.start())
            c0, c1 = _trim(text, pm.end(), _content_end(doc, pm.end(), min(s1, pm.end() + _FORWARD)))
            if subj is not None and c1 - c0 >= 12 and mask[c0] != '"':
                add(Found(subj, c0, c1, direct=False, sentence=si))

    # A sentence that is only a quotation continues the previous direct statement.
    if not found and ctx.last_direct is not None and doc.sentences[si - 1].paragraph == sent.paragraph:
        q = _quote_starting_at(doc, s0)
        if q is not None and q[1] >= s1 - 1:
            prev = ctx.last_direct
            add(prev._replace(start=q[0] + 1, end=q[1] - 1, sentence=si))
    if according_outlet is not None:
        found = [f if f.medium else f._replace(medium=according_outlet) for f in found]
    found.sort(key=lambda f: f.start)
    return found


def _appositive_person(doc: Doc, start: int, end: int) -> Actor | None:
    """The person an appositive ", Oksana Markarova," names, when it is only that person's name."""
    inner = doc.mask[start:end].strip(" ,")
    if not inner.startswith("\x01") or inner.count("\x01") != 1 or inner.strip("\x01\x02"):
        return None
    i = bisect.bisect_left(doc.starts, start)
    mention = doc.mentions.get(doc.starts[i]) if i < len(doc.starts) else None
    if mention is None or mention.start >= end or mention.actor.kind is not ActorKind.PERSON:
        return None
    return mention.actor


_TAIL_OK: Final = re.compile(
    r"(?:\s+(?:on|in|at|during|via|through|after|before|following|ahead|while|when|late|early|last|this|today|"
    r"yesterday|earlier|later|again|also|recently|to|from|by|with|for|over|as|of|about|told|according|citing)\b|"
    r"\s*\x03|\s*[.!?\"')]|\s*$|"
    r"\s*,\s*(?:adding|saying|stating|noting|writing|citing|according|as|while|who|which|and|but|when|after|"
    r"before|in|on|at|during|following|ahead|\x03)\b)"
)
_TAIL_COMMA: Final = re.compile(r"\s*,\s*\S")


def _tail_kind(doc: Doc, pos: int, end: int, *, is_tell: bool) -> str:
    """What follows a speech verb in a speaker-after attribution.

    ``"end"``: the sentence ends or goes on with an attribution tail (a date, a PP, ", adding ...");
    ``"paren"``: the attribution is parenthetical and the reported clause goes on ("..., she said, would");
    ``"clause"``: a clause follows the verb, so the speaker opens the reported words instead.
    """
    if is_tell:
        got = _addressee(doc, pos, end)
        if got is not None:
            pos = got[1]
    if _TAIL_OK.match(doc.mask, pos, end):
        return "end"
    if _TAIL_COMMA.match(doc.mask, pos, end):
        return "paren"
    return "clause"


def _opens_content(after: str) -> bool:
    """Whether the words after a speech verb open reported content (a that-clause, colon or quote)."""
    head = after[:160]
    lead = len(head) - len(head.lstrip(" ,"))
    comma = head.find(",", lead)
    if comma >= 0:  # a later clause ("said on Dec. 1, warning that ...") is not this verb's content
        head = head[:comma]
    if ":" in head[:60] or '"' in head[:60]:
        return True
    that = _THAT.search(head)
    if that is None:
        return False
    mid = head[: that.start()]
    return not mid.strip() or bool(_PREP_START.match(mid))


_NOT_CONTENT_START: Final = re.compile(
    r"(?:on|in|at|during|to|with|after|before|for|ahead|following|by|from|of|about|and|but|or|so|than|"
    r"as|if|when|while|was|were|is|are|be|been|not|no|yes|so|too|very|also|"
    r"would|will|could|can|must|should|may|might|had|has|have|did|does|do)\b|"
    r"(?:nothing|something|anything|everything|little|much|more|goodbye)\s*(?:[.,;:!?\"]|$|"
    r"(?:about|on|in|to|of|for|at|with|after|before)\b)"
)
_CONTENT_START: Final = re.compile(
    r"(?:[a-z]{3,}s\s+(?:\w+\s+)?(?:would|will|could|can|must|should|may|might|had|have|were|are|did|do)\b|"
    r"[\"\x01\x03]|\d[\d,.]*\s+[a-z]|(?:the|a|an|his|her|its|their|this|these|those|it|they|he|she|we|ukraine|russia|nato|there|"
    r"[a-z]+ing)\b|[A-Z])"
)


def _plausible_content(rest: str, mask: str, pos: int, p: Patterns) -> bool:
    """Whether ``rest`` (after a speech verb, no "that") looks like reported words, not a PP."""
    del mask, pos, p
    if _NOT_CONTENT_START.match(rest):
        return False
    # A clause: a named or determined subject, or any words soon followed by a finite verb.
    return bool(_CONTENT_START.match(rest) or _FINITE_SOON.match(rest))


# After a bare "said", words that are no preposition or pro-form open reported words ("said air defence
# systems shot down ..."): "said" takes no noun object but "nothing", "so", "goodbye" and the like.
_BARE_SAID_CONTENT: Final = re.compile(
    r"(?!(?:on|in|at|during|to|with|after|before|for|ahead|following|by|from|of|about|and|but|or|so|than|as|if|"
    r"when|while|was|were|is|are|be|been|not|no|yes|too|very|also|"
    r"would|will|could|can|must|should|may|might|had|has|have|did|does|do|"
    r"this|that|which|who|what|earlier|later|previously|recently|again|last|next)\b)[a-z][a-z-]+\s+[a-z]"
)
_FINITE_SOON: Final = re.compile(
    r"(?:[^\s,;:]+\s+){1,6}?(?:would|will|could|can|must|should|may|might|had|has|have|was|were|is|are|did|does|"
    r"do|remains?|needs?|wants?)\b"
)
# ", in an interview with the Guardian published on Saturday": where the words were said, after them.
_VENUE_TAIL: Final = re.compile(
    r",\s+(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|speech|address|"
    r"statement|post|briefing|press\s+conference|news\s+conference|video)\b"
)
_CONTENT_CUT: Final = re.compile(
    r",\s+(?=(?:urging|adding|saying|stating|noting|citing|calling|according to|as|in a move)\b)|"
    r",\s+(?=(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|speech|address|"
    r"statement|post|briefing|press\s+conference|news\s+conference|video)\b)|"
    r",\s+(?=(?:while|whereas|but)\s+(?:the\s+)?\x01)"
)
_CONJUNCTION_END: Final = re.compile(r"(?:^|[,;]|\s)(?:while|whereas|but|and|where|when)$")


def _content_end(doc: Doc, start: int, end: int) -> int:
    """The end of reported content: before a trailing outlet report, "according to" or participle clause."""
    p = patterns()
    r = p.report_after.search(doc.mask, start, end)
    cut = end
    if r is not None:
        mention = doc.mentions.get(r.start("spk"))
        if mention is not None and mention.actor.kind is ActorKind.MEDIA:
            cut = r.start()
    m = _CONTENT_CUT.search(doc.mask, start, cut)
    if m is not None:
        q = _quote_starting_at(doc, start)
        if q is None or m.start() >= q[1]:
            cut = m.start()
    return cut


def _report_medium(doc: Doc, start: int, end: int) -> str | None:
    """The outlet of a trailing ", the Financial Times reported" clause in ``[start, end)``."""
    r = patterns().report_after.search(doc.mask, start, end)
    if r is None:
        return None
    mention = doc.mentions.get(r.start("spk"))
    if mention is None or mention.actor.kind is not ActorKind.MEDIA:
        return None
    return mention.actor.name


# An outlet that reports a that-clause whose own speaker follows: "The Financial Times reported on Dec. 2
# that ...", "Reuters reported, citing two sources, that ...".
_REPORTED_THAT: Final = re.compile(
    r"(?P<out>\x01\x02*)\s+(?:(?:also|first|earlier|later|has|had|have)\s+)?"
    r"(?:reported|reports|revealed|wrote)\b[^\"\n]{0,120}?\bthat\s+$"
)


def _reporting_outlet(doc: Doc, start: int, end: int) -> str | None:
    """The media outlet whose "reported ... that" ends at ``end`` (the words that follow are its report)."""
    if doc.mask.find("that", max(start, end - 8), end) < 0:
        return None
    r = _REPORTED_THAT.search(doc.mask, start, end)
    if r is None:
        return None
    mention = doc.mentions.get(r.start("out"))
    if mention is None or mention.actor.kind is not ActorKind.MEDIA:
        return None
    return mention.actor.name


def _tell_addressee(doc: Doc, is_tell: bool, pos: int, end: int) -> tuple[str, ...]:  # noqa: FBT001
    if not is_tell:
        return ()
    got = _addressee(doc, pos, end)
    return (got[0],) if got and got[0] else ()


def _subject(doc: Doc, s0: int, end: int) -> Actor | None:
    """The actor named first in the sentence, when it opens the sentence (after at most 3 words)."""
    i = bisect.bisect_left(doc.starts, s0)
    if i >= len(doc.starts) or doc.starts[i] >= end:
        return None
    mention = doc.mentions[doc.starts[i]]
    if mention.start - s0 > 80 or len(_WORD.findall(doc.mask, s0, mention.start)) > 3:
        return None
    return mention.actor if mention.actor.kind in _SPEAKER_KINDS else None
