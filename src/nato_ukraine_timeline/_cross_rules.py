"""Attribution that reads more than one sentence: the rules of :data:`._statements.RULES` whose speaker or
words stand in a neighbouring sentence.

A sentence may only say who said the sentence before it ("... This was stated by X."), a quotation may
go on in the next sentence, and a description may name again the person who spoke just before. The rules
here read the analysed document (:mod:`._document`) and the running :class:`._speakers.Context` as the
one-sentence rules do; they are listed in :data:`._statements.RULES` with their examples.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from ._actors import unknown_actor
from ._clauses import clause_words, content_end, intro_end, medium_in, tail_kind, trim
from ._document import date_in, quote_starting_at, quoted_share
from ._found import Found
from ._sentences import word_pattern
from ._speakers import speaker_of, verb_sites
from ._speech import alternation, lexicon, patterns, verb_set, verb_words
from ._verb_rules import title_before_name
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from ._document import Doc
    from ._found import SentenceState
    from ._mentions import Mention
    from ._sentences import Sentence
    from ._speakers import VerbSite

__all__ = ["attributes_before", "said_by", "said_this", "titled_then_named"]


# Where the phrase naming a speaker after "by" ends: a relative clause, a setting or time, a source, or the
# sentence's end ("by the head of the delegation, Minister X, during a press conference").
_BY_PHRASE_END: Final = re.compile(
    r",\s+(?:who|which|whose|as|and)\b|\s+(?:during|at|in|on|after|following|while|when|according|citing|"
    r"reports?|writes?|informs?|said|says)\b|\.(?:\s|$)|[;:!?(\"\n]"
)


# A short name in quotation marks inside the phrase after "by" (a party's or channel's name: 'an MP from
# "Voice" X'): no end of the phrase.
_QUOTED_NAME: Final = re.compile(r"\"[A-Z][^\"\n]{0,30}\"")


def _by_phrase_end(mask: str, start: int, end: int) -> int:
    """Where the phrase naming a speaker after "by" ends (:data:`_BY_PHRASE_END`), past quoted short names."""
    pos = start
    while (e := _BY_PHRASE_END.search(mask, pos, end)) is not None:
        q = _QUOTED_NAME.match(mask, e.start(), end)
        if q is None:
            return e.start()
        pos = q.end()
    return end


# A person named after a body in apposition, whom the finder did not know ("the spokesperson of the
# Department of Defense, Jane Doe"): the body is not the speaker.
_NAME_AFTER: Final = re.compile(r",\s+[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+")
# Capitalised words right after an outlet's name that name its section ("the BBC Russian Service").
_SECTION: Final = re.compile(r"(?:\s+[A-Z][\w-]+){1,3}")


# A preposition whose object a person's mention is: "an adviser to [the Head of the Office]", "a spokesperson for X".
_COMPLEMENT_BEFORE: Final = re.compile(r"\b(?:to|of|for)\s+(?:the\s+)?$")


def _named_in(doc: Doc, start: int, end: int) -> Actor | None:
    """The speaker a phrase names: its last person ("the head of the delegation, Minister X", "Zelensky's
    adviser X") that is no preposition's object after a person named before it ("X, an adviser to the Head of
    the Presidential Office": X), else its first body or outlet (with the section its name goes on to: "the BBC Russian
    Service") unless a name the finder did not know stands after it."""
    i = bisect.bisect_left(doc.starts, start)
    person: Actor | None = None
    other = None
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor.kind is ActorKind.PERSON:
            complement = _COMPLEMENT_BEFORE.search(doc.mask, max(start, mention.start - 12), mention.start)
            if person is None or complement is None:
                person = mention.actor  # not "X, an adviser to <Y's title>": Y is whose adviser X is
        elif other is None and (speaker_of(doc, mention.start) or mention.actor.kind is ActorKind.MEDIA):
            other = mention
        i += 1
    if person is not None or other is None or _NAME_AFTER.search(doc.mask, other.end, end):
        return person
    section = _SECTION.match(doc.mask, other.end, end)
    if section is None or other.actor.kind is not ActorKind.MEDIA:
        return other.actor
    name = " ".join(f"{other.actor.name}{doc.text[section.start() : section.end()]}".split())
    return unknown_actor(name, ActorKind.MEDIA)


def _paragraph_lead(doc: Doc, si: int, last_spoken: int) -> Sentence:
    """The first sentence of the words "This was reported by X" closes: the sentence ``si`` before it, or the
    one before that where both stand in one paragraph, no quotation opens ``si``, and no statement was found
    in either ("<lead>. <one more detail>. This was reported by X.": the report is the paragraph)."""
    if si == 0 or last_spoken >= si - 1:
        return doc.sentences[si]
    before, cur = doc.sentences[si - 1], doc.sentences[si]
    if "\n" in doc.text[before.start : cur.start] or doc.mask[cur.start : cur.start + 1] == '"':
        return cur
    return before


def said_by(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The date of a new round is still open. This was stated by Kremlin aide Yuri Ushakov.', 'That's
    according to the BBC.': a sentence that only says who said the sentence before it attributes it (when
    no one in that sentence is said to say it); the phrase after "by" names its last person, else its first
    body or outlet (an outlet's correspondent makes the outlet speak)."""
    doc, ctx = st.doc, st.ctx
    m = patterns().said_by.match(doc.mask, st.s0, st.s1)
    if m is None or st.si == 0 or ctx.last_speaker_sentence == st.si - 1:
        return None
    end = _by_phrase_end(doc.mask, m.end(), st.s1)
    speaker = _named_in(doc, m.end(), end)
    if speaker is None:
        return None
    prev = doc.sentences[st.si - 1]
    q = quote_starting_at(doc, prev.start)
    if q is not None and q[1] >= prev.end - 1:
        c0, c1, direct = q[0] + 1, q[1] - 1, True
    else:
        first = _paragraph_lead(doc, st.si - 1, ctx.last_speaker_sentence)
        c0, c1 = trim(doc.text, first.start + intro_end(doc.mask[first.start : first.end]), prev.end)
        direct = False
    if c1 - c0 < 12 or (not direct and quoted_share(doc, c0, c1) >= 0.5):
        return None
    medium = medium_in(doc, m.end(), st.s1) or medium_in(doc, st.s0, m.end())
    when = date_in(doc, m.start(), st.s1)  # "This was stated by X on Sunday": the attributing clause's day
    return [Found(speaker, c0, c1, direct=direct, medium=medium, when=when, sentence=st.si - 1)]


# After a speech verb, "this" as its object ("stated this", "told journalists about this") and then only where,
# when or through whom it was said: a setting or a time (class after_this of data/clause_words.tsv, as
# _clauses.NOT_CONTENT_START reads "said this during ..."), a date, a reporting outlet (", Ukrinform reports"), the end.
_THIS_OBJECT: Final = re.compile(
    r"\s+(?:[^\s,.;:\"]+\s+){0,3}?(?:about\s+)?this(?=\s*(?:[.,;!]|$)|"
    rf"\s+(?:{alternation(clause_words('after_this'))}|\x03)\b|\s+\x03)"
)


# Capitalised words and mentions only: a place or body and a title before a name ("Kharkiv Mayor X").
_NAME_WORDS: Final = re.compile(r"(?:(?:\x01\x02*|[A-Z][\w.'\u2019-]*)\s+)+")


def _subject_phrase(doc: Doc, start: int, site: VerbSite) -> bool:
    """Whether the sentence from ``start`` to the site's speaker is only the speaker's phrase: nothing, names
    and capitalised title words ("Kharkiv Mayor X reported this"), or a title with the speaker's name in
    apposition after it ("The mayor of the city, X, announced this": _verb_rules.title_before_name)."""
    pre = doc.mask[start : site.np_start]
    if not pre.strip() or _NAME_WORDS.fullmatch(pre):
        return True
    title = title_before_name().search(pre.rstrip())
    return title is not None and not pre[: title.start()].strip(" ,")


def said_this(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The plant was hit overnight. Minister X stated this at a briefing.', 'Y told journalists about this.':
    a sentence whose subject opens it (after an introduction at most) and says with "this" as the object of its
    speech verb that it said the sentence before attributes that sentence (and the one before it in the same
    paragraph, as "This was stated by X" does) to the subject, when no one in it is said to say it."""
    doc, ctx = st.doc, st.ctx
    if st.found or st.si == 0 or ctx.last_speaker_sentence == st.si - 1:
        return None
    site = next(iter(verb_sites(doc, ctx, st.si, st.sent, memo=st.sites)), None)
    if site is None or site.inverted or not _subject_phrase(doc, st.s0 + intro_end(doc.mask[st.s0 : st.s1]), site):
        return None
    m = _THIS_OBJECT.match(doc.mask, site.head_end, st.s1)
    if m is None or not (site.is_tell or m.end() - site.head_end <= len(" about this")):
        return None  # "said this": only a verb of telling has words before "this" (its addressee)
    prev = doc.sentences[st.si - 1]
    if quote_starting_at(doc, prev.start) is not None:
        return None
    first = _paragraph_lead(doc, st.si - 1, ctx.last_speaker_sentence)
    c0, c1 = trim(doc.text, first.start + intro_end(doc.mask[first.start : first.end]), prev.end)
    if c1 - c0 < 12 or quoted_share(doc, c0, c1) >= 0.5:
        return None
    when = date_in(doc, m.end(), st.s1)  # "X stated this on Friday": the attributing clause's day
    medium = medium_in(doc, m.end(), st.s1)
    return [
        Found(
            site.speaker,
            c0,
            c1,
            direct=False,
            when=when,
            medium=medium,
            sentence=st.si - 1,
            co_speakers=site.co_speakers,
        )
    ]


def attributes_before(st: SentenceState) -> bool:
    """Whether the sentence says who said the sentence before it ("X stated this on Telegram", "This was
    announced by X", or a rule read it so): its clause is an attribution, not words, and a trailing "according
    to Y" names where that attribution was reported (attribution-not-words)."""
    doc = st.doc
    if st.si == 0:
        return False
    if any(f.sentence < st.si for f in st.found) or patterns().said_by.match(doc.mask, st.s0, st.s1):
        return True
    for site in verb_sites(doc, st.ctx, st.si, st.sent, memo=st.sites):
        m = _THIS_OBJECT.match(doc.mask, site.head_end, st.s1)
        if m is not None and (site.is_tell or m.end() - site.head_end <= len(" about this")):
            return True
    return False


@cache
def _titled_tail() -> re.Pattern[str]:
    """', the regional governor said', ', a foreign ministry spokesperson said', ', according to the city's
    acting mayor': an unnamed holder of an office (a back cue of data/speech_cues.tsv with canonical "title")
    and a speech verb, or "according to" before it, after the words."""
    lex = lexicon()
    titles = word_pattern([w for w, kind in lex.back.items() if kind == "title"], fold_first=False)
    verbs = verb_words("say", "declare", "tell", fold_first=False)
    return re.compile(
        rf",\"?\s+(?:(?P<acc>according\s+to)\s+)?(?:the|a|an)\s+(?:(?:[\w'\u2019-]+|\x01\x02*)\s+){{0,4}}?"
        rf"(?P<noun>{titles})(?(acc)\b|\s+(?P<verb>{verbs})\b)"
    )


def _holds(doc: Doc, mention: Mention, noun: str) -> bool:
    """Whether a person holds the office the noun names: a registry person with such a role ("governor": a
    Governor), or a person the registry does not know (no role) who speaks right there ('"...," X said',
    '"...," said X'): the one the unnamed holder's words go on from."""
    if mention.actor.roles:
        return any(noun in r.title.casefold() for r in mention.actor.roles)
    verbs = _speech_verbs()
    after = doc.mask[mention.end : mention.end + 24].split()
    before = doc.mask[max(0, mention.start - 12) : mention.start].split()
    return bool(after and after[0] in verbs) or bool(before and before[-1] in verbs)


@cache
def _offices() -> re.Pattern[str]:
    """Any office noun of ``_titled_tail`` (a back cue with canonical "title"), as a word in either case."""
    titles = word_pattern([w for w, kind in lexicon().back.items() if kind == "title"], fold_first=False)
    return re.compile(rf"(?i:\b(?:{titles})\b)")


@cache
def _speech_verbs() -> frozenset[str]:
    return verb_set("say", "declare")


def _office_holder(doc: Doc, si: int, noun: str) -> Actor | None:
    """The first person named in the two sentences after ``si`` with the office ``noun`` beside the name
    ("Andrei Bocharov, the governor, said", "said spokesperson Lin Jian") or holding it in the registry
    ("the governor said. ... Andrey Bocharov said": a Governor)."""
    if si + 1 >= len(doc.sentences):
        return None
    office = re.compile(rf"(?i:\b{re.escape(noun)}\b)")
    start, end = doc.sentences[si + 1].start, doc.sentences[min(len(doc.sentences) - 1, si + 2)].end
    i = bisect.bisect_left(doc.starts, start)
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        i += 1
        if mention.actor.kind is not ActorKind.PERSON:
            continue
        beside = doc.text[max(start, mention.start - 30) : min(end, mention.end + 20)]
        if office.search(beside) or (_offices().search(beside) is None and _holds(doc, mention, noun)):
            return mention.actor  # another office beside the name ("X, the mayor,") says it is not X
    return None


def titled_then_named(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'<words>, the regional governor said on Monday. Andrei Bocharov, the governor, wrote ...': words no one in
    their sentence is said to say, attributed to an unnamed holder of an office, are the words of the person
    the next two sentences name with that office."""
    doc = st.doc
    if st.found:
        return None
    m = next((m for m in _titled_tail().finditer(doc.mask, st.s0, st.s1)), None)
    if m is None:
        return None
    c0, c1 = trim(doc.text, st.s0 + intro_end(doc.mask[st.s0 : m.start()]), m.start())
    tail_end = _tail_end(doc, m.end(), st.s1, c1 - c0, is_tell=m.group("verb") in lexicon().tell)
    if tail_end is None:
        return None
    speaker = _office_holder(doc, st.si, m.group("noun").casefold())
    q = quote_starting_at(doc, c0)
    direct = q is not None and q[1] >= c1
    c0, c1 = (q[0] + 1, q[1] - 1) if q is not None and direct else (c0, c1)
    if speaker is None or c1 - c0 < 12 or (not direct and quoted_share(doc, c0, c1) >= 0.5):
        return None
    when = date_in(doc, m.end(), tail_end)
    return [Found(speaker, c0, c1, direct=direct, when=when, medium=medium_in(doc, m.end(), tail_end), sentence=st.si)]


def _tail_end(doc: Doc, pos: int, end: int, words: int, *, is_tell: bool) -> int | None:
    """Where the attribution after an unnamed office holder's words ends, or None where a clause goes on from it
    (then the words are not before it): the sentence's end, or, after a comma, a phrase shorter than the words
    before ("..., the regional governor said, the third such strike in a week"), as the speaker-after
    rules read the same tail after a named speaker (_verb_rules)."""
    kind = tail_kind(doc, pos, end, is_tell=is_tell)
    if kind == "end":
        return end
    if kind != "paren":
        return None
    comma = doc.mask.find(",", pos, end)
    a0, a1 = trim(doc.text, comma + 1, content_end(doc, comma + 1, end))
    return comma if a1 - a0 < words else None
