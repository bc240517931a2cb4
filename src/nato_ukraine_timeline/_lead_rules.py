"""Attribution by a lead before the words: the rules as-reported-lead and statement-lead-line of
:data:`._statements.RULES`.

English news opens a sentence with its source as often as it closes it with one: "As reported by Ukrinform,
the ministry approved the rules.", "As Reuters reported earlier, two ships were hit.", "As previously reported
by the border guard's spokesman X, the rule applies to officials." The lead is "as" and a past participle of
saying, declaring or reporting (data/speech_verbs.tsv classes say, declare, report) before "by" and the source,
or "as", the source and a verb of reporting (class report); an adverb or auxiliary may stand before the verb
(data/speech_cues.tsv role lead_adverb: "previously", "earlier", "has"), a date after the source. The clause
after the lead's comma is the source's words, as after "According to X," (the rule according-to): a media
outlet speaks its own report. Only where the words hold no saying of another ("As reported by the agency, X
stated that ...": X's words, which the verb's rules read) and are no quotation. "As X said, ..." is the rule
speaker-then-content's (a verb of saying after its speaker).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

from ._act_bounds import act_end
from ._clauses import FORWARD, attributable_words, intro_end, trim
from ._document import date_in, in_quote, mention_at
from ._found import Found
from ._speakers import described_mention, speaker_of
from ._speech import M, alternation, lexicon, patterns, verb_words
from ._tail_rules import as_by_participles
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from ._found import SentenceState
    from ._speakers import VerbSite

__all__ = ["as_reported_lead", "statement_lead_line"]

# What may stand between the source and the lead's comma: a date (a mask's date run) and a few words with no
# mention, comma or quotation ("on Monday", "earlier this week", "in its report").
_LEAD_TAIL: Final = r"(?:\s+[^,;:\"\x01\n]{0,40}?)?\s*,\s*"


@cache
def _lead() -> re.Pattern[str]:
    """'As [previously] reported|stated|announced by [the] [describing words or a body] Source [date],' or 'As [the]
    Source [earlier|has] reported|reports [date],' opening the clause."""
    adverbs = alternation(lexicon().lead_adverb)
    past = as_by_participles()
    report = verb_words("report", fold_first=False)
    return re.compile(
        rf"[Aa]s\s+(?:(?:{adverbs})\s+)?(?:{past})\s+by\s+(?:the\s+)?(?:(?:[^\s,;:\"\x01\x03]+|{M})\s+){{0,4}}?"
        rf"(?P<by>{M})(?:['\u2019]s\b[^,;:\"\x01]{{0,30}})?{_LEAD_TAIL}|"
        rf"[Aa]s\s+(?:the\s+)?(?P<out>{M})\s+(?:(?:{adverbs})\s+)?(?:{report})\b{_LEAD_TAIL}"
    )


def _source(st: SentenceState, start: int, *, outlet_only: bool) -> Actor | None:
    """Who the lead's mention at ``start`` names as the source: a state's unnamed speakers it describes, a
    person or body, or a media outlet (with ``outlet_only``, only an outlet: "As the ministry reported" is
    the verb rules' reading of a body's report)."""
    mention = mention_at(st.doc, start)
    if mention is None:
        return None
    if mention.actor.kind is ActorKind.MEDIA:
        return mention.actor
    if outlet_only:
        return None
    return described_mention(st.doc, start) or speaker_of(st.doc, start)


def as_reported_lead(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'As reported by Ukrinform, words' / 'As Reuters reported earlier, words': the source of a lead of "as"
    opening the sentence (after a dateline or label) speaks the clause after the lead's comma (see the module's
    docstring); only where no one in the sentence is said to say them."""
    doc, mask = st.doc, st.doc.mask
    if st.found:
        return None
    at = st.s0 + intro_end(mask[st.s0 : st.s1])
    m = _lead().match(mask, at, st.s1)
    if m is None or in_quote(doc, m.start()):
        return None
    by = m.group("by") is not None
    speaker = _source(st, m.start("by") if by else m.start("out"), outlet_only=not by)
    if speaker is None:
        return None
    c0, c1 = trim(doc.text, m.end(), act_end(doc, m.end(), min(st.s1, m.end() + FORWARD)))
    if not attributable_words(doc, c0, c1):
        return None
    when = date_in(doc, m.start(), m.end())
    medium = speaker.name if speaker.kind is ActorKind.MEDIA else None
    return [Found(speaker, c0, c1, direct=False, when=when, medium=medium, sentence=st.si)]


# Rule statement-lead-line (twenty-fifth session, speak25). Governments, ministries, the UN and NATO publish a
# statement under a one-line lead that names who made it, and news sites and aggregators print both: "Foreign
# Minister X issued the following statement today:", "The following statement was released on Sunday by the spokesperson
# for Secretary-General X:", "A statement from Defence Secretary X and Defence Minister Y following the meeting
# on 10 April." The paragraphs after the lead are the statement (the real gold annotates them as one statement
# of the one the lead names). The participle of issuing is data/speech_cues.tsv role statement_lead, the noun a
# document of role doc.


@cache
def _statement_lead() -> re.Pattern[str]:
    """The lead line: its subject and "issued the following statement ...:" (group "act" at the participle),
    "The following statement was issued ... by <who>:" (group "by"), or "A statement from|by <who> ..." (group
    "of")."""
    lex = lexicon()
    acts = alternation(lex.statement_lead)
    docs = alternation(lex.doc)
    return re.compile(
        rf"[^\n:]{{1,120}}?\s(?:has\s+)?(?P<act>{acts})\s+the\s+following\s+(?:[a-z-]+\s+)?(?:{docs})\b[^\n:]{{0,120}}:|"
        rf"[Tt]he\s+following\s+(?:[a-z-]+\s+)?(?:{docs})\s+(?:was|has\s+been)\s+(?:{acts})\b[^\n:]{{0,40}}?"
        rf"\sby\s+(?P<by>[^\n:]{{1,160}}):|"
        rf"(?:An?|The)\s+(?:joint\s+)?(?:{docs})\s+(?:from|by)\s+(?P<of>[^\n:]{{1,200}})"
    )


def _lead_speakers(st: SentenceState, start: int, end: int) -> tuple[Actor, ...]:
    """The people the lead names in ``[start, end)``, in text order (several: a joint statement); else the first
    body or state it names."""
    doc = st.doc
    people: list[Actor] = []
    body: Actor | None = None
    for token in re.finditer("\x01", doc.mask[start:end]):
        mention = mention_at(doc, start + token.start())
        if mention is None:
            continue
        if mention.actor.kind is ActorKind.PERSON and mention.actor not in people:
            people.append(mention.actor)
        elif body is None and mention.actor.kind is not ActorKind.MEDIA:
            body = mention.actor
    return tuple(people) if people else ((body,) if body is not None else ())


def statement_lead_line(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """Rule statement-lead-line: a passage's first line that announces a statement made by someone it names,
    and nothing else ("X issued the following statement today:", "The following statement was released by X:",
    "A statement from X and Y following the meeting."), makes the paragraphs after it that one's words (see the
    comment above :func:`_statement_lead`); a lead that says words itself ("A statement from X said ...") is the
    verb rules'."""
    doc, mask = st.doc, st.doc.mask
    if st.si != 0 or st.found:
        return None
    at = st.s0 + intro_end(mask[st.s0 : st.s1])
    line_end = mask.find("\n", at)
    if line_end < 0:
        return None
    m = _statement_lead().match(mask, at, line_end)
    rest = mask[m.end() : line_end] if m is not None else ""
    if m is None or rest.strip(" .:") or in_quote(doc, m.start()):
        return None
    if m.group("of") is not None and patterns().verb.search(mask, at, line_end) is not None:
        return None
    group = "by" if m.group("by") is not None else ("of" if m.group("of") is not None else None)
    speakers = _lead_speakers(st, *(m.span(group) if group else (at, m.start("act"))))
    c0, c1 = trim(doc.text, line_end, len(doc.text))
    if not speakers or c1 - c0 < 12:
        return None
    # the day of the issuing ("issued ... today"); a lead with no verb of issuing names no day of the statement
    # ("A statement from X following the meeting on 10 April": the meeting's day)
    when = date_in(doc, at, line_end) if group != "of" else None
    st.ctx.statement_until = c1  # no rule reads inside the statement (find_statements skips its sentences)
    return [Found(speakers[0], c0, c1, direct=True, sentence=st.si, when=when, co_speakers=speakers[1:])]
