"""Events: meetings, visits, summits, attacks, announcements, agreements, reports and others, with their
dates.

The rules are three tables in :mod:`._event_rules`: trigger forms (when a word of
``data/event_triggers.tsv`` names an event), exclusions, and date rules (where the date comes from,
always the trigger's own clause or a clause linked to it). This module applies them sentence by
sentence. A trigger inside a quotation takes only a date inside the quotation; one inside reported words
takes a date inside them or, a past-tense verb, the date of the saying. Only dated events are kept: an
undated "attacks" is a topic, not an entry of a timeline.

Triggers of one kind in one sentence name one event ("the meeting" takes up "NATO's two-day ministerial meeting")
unless their own clauses date them differently ("met on March 10 ... will meet again on March 18"), and an event
named again later in the text is kept once; a meeting that is the purpose of a visit ("visited Brussels for talks
with ...") is part of the visit (not "a meeting" it is for, an event of its own). Participants are the people,
organisations and states named in the trigger's clause (and the subject of a verb trigger); the location is a place
after "in/to/at" (or the object of "visited") from ``data/places.tsv``, a place-name mention, or a capitalised name.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from ._actors import active_registry
from ._document import dateline_day, sentence_holding
from ._event_rules import (
    DATE_RULES,
    EXCLUSIONS,
    GRAIN_RULES,
    LINK_RULES,
    NOUN_FORMS,
    OBJECT_PLACE,
    OCCASION_OF_SAYING,
    ONE_EVENT_RULES,
    TRIGGER_RULE_OF,
    OneEventRule,
    Scope,
    Trigger,
    ahead_of_its_sentence,
    another_occurrence,
    clause,
    cue_words,
    cues,
    date_types,
    event_family,
    finer_date,
    in_spans,
    lexicon,
    plural_of_a_row,
    trigger_form,
)
from ._speech import NP_DETERMINER
from ._timex import DAY_VALUE
from .model import Actor, ActorKind, DateMention, EventKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._statements import Doc

__all__ = ["FoundEvent", "find_events"]

HEADER_REASON: Final = "list-header: the date of the header its list item belongs to"


class FoundEvent(NamedTuple):
    """An event found in the text, before it becomes a model :class:`~.model.Event`."""

    kind: EventKind
    start: int  # the event's words (the trigger with its modifiers)
    end: int
    when: DateMention | None
    participants: tuple[Actor, ...]
    location: str | None
    core: tuple[int, int] = (0, 0)  # the trigger word(s) of the table
    date_reason: str = ""  # the date rule that dated it (see _event_rules.DATE_RULES)
    weak: bool = False
    framed: bool = False  # after "after", "since", "before" ...: a time frame for another act of the sentence


_PARTICIPANT_KINDS: Final = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.STATE})
_MODIFIER: Final = re.compile(
    r"(?:\x03\x04*|[a-z]+(?:-[a-z]+)+|\d+(?:st|nd|rd|th)|[a-z]+(?:al|ary|ic|ive|ual)|"
    r"next|last|first|second|third|surprise|emergency|joint|upcoming|planned|phone|peace|leaders'?|"
    r"unannounced|high-level|missile|drone|air|massive|major|combined|overnight|deadly|new|recent|"
    r"security|defense|defence|ministers'?|foreign|council|weekend)$"
)
_POSTMOD: Final = re.compile(r"\s+of\s+(?:the\s+)?(?:\x01\x02*|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})")
# "spoke with Putin by phone", "talked to Rutte" (a person: not "spoke to reporters"): a call or a talk.
_CALL: Final = re.compile(
    rf"\b(?:{cue_words('call_verb')})\s+(?:with|to)\s+(?P<who>\x01\x02*(?![\x02'\u2019])(?:\s+and\s+\x01\x02*)?)"
    rf"(?P<channel>\s+(?:by\s+(?:{cue_words('call_by')}|video\s+link)|on\s+the\s+(?:{cue_words('call_on_the')}))\b)?"
)
_CALL_WORDS: Final = re.compile(r"phone|video|spok|talk|speak")
_LOCATION: Final = re.compile(
    r"[^,;:\"()]{0,80}?\b(?:in|to|at|into|near|outside|over|across)\s+(?:the\s+)?(?:occupied\s+|southern\s+|"
    r"eastern\s+|western\s+|northern\s+|central\s+)?(?P<loc>[A-Z\x01][\w'\x02.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
)
_PLACE_IN: Final = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?(?=[A-Z])")
_AFTER_POSSESSIVE: Final = re.compile(
    r"\s+(?P<loc>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:\s+(?:region|province|oblast|krai))?)"
)
_WINDOW: Final = 300  # characters before a verb trigger that can hold its subject
_FOR_PURPOSE: Final = re.compile(r"\bfor\s+(?:\w+\s+){0,2}$")
_NOT_PLACE: Final = frozenset(
    {"The", "A", "An", "This", "That", "His", "Her", "Its", "Their", "Russian", "Ukrainian", "NATO", "Western"}
)
# Forms naming an attack by its effect ("explosions were heard", "damaged two cables"): another trigger of the
# attack in the sentence names the event instead ("an explosion that damaged a rail line").
_WEAK_FORMS: Final = frozenset({"effect", "damage"})
_OWN_DATE_FORMS: Final = frozenset({"discussing", "telling"})  # dated only by their own words or clause


def _expand(doc: Doc, s0: int, start: int, end: int) -> tuple[int, int]:
    """A noun trigger with its modifiers: up to three modifier words before, an "of the X" after."""
    mask = doc.mask
    pos = start
    if mask[start].isupper():  # part of a name: "Munich Security Conference", "NATO Summit"
        name = re.search(r"(?:(?:[A-Z][\w'-]*|of|the|\x01\x02*)\s+){0,5}$", mask[max(s0, start - 60) : start])
        if name is not None:
            words = name.group()
            while words.startswith(("of ", "the ")):
                words = words.split(" ", 1)[1] if " " in words else ""
            pos = start - len(words)
        post = _POSTMOD.match(mask, end)
        return pos, post.end() if post is not None else end
    for _ in range(4):
        # The word before ``pos`` (within 40 characters), when spaces separate it from ``pos``.
        window = mask[max(s0, pos - 40) : pos]
        stripped = window.rstrip()
        if len(stripped) == len(window) or not stripped:
            break
        word = stripped.rsplit(None, 1)[-1]
        back = len(window) - len(stripped) + len(word)
        if word in ("and", "or") and pos < start:  # coordinated modifiers: "overnight drone and missile attack"
            before = _word_before(mask, s0, pos - back)
            if before is None or not _modifier(before):
                break
            pos -= back
            continue
        end_of_word = pos - back + len(word)
        if not _modifier(word) or (word.endswith(",") and not doc.text[end_of_word - 5 : end_of_word - 1].isdigit()):
            break  # a comma after a date closes only a US-style year ("the May 4, 2025, vote"), not "Friday, meeting"
        pos -= back
    post = _POSTMOD.match(mask, end)
    if post is not None:
        end = post.end()
    return pos, end


def _modifier(word: str) -> bool:
    """A word that modifies an event noun before it; a demonym of the attacker or the host is one too ("an overnight
    Ukrainian drone attack")."""
    if word[0] == "\x03":  # a date, also with the comma a US-style date puts after its year ("the May 4, 2025, vote")
        return bool(_MODIFIER.match(word.removesuffix(",")))
    return bool(_MODIFIER.match(word.casefold())) or word in lexicon().demonyms


def _word_before(mask: str, s0: int, pos: int) -> str | None:
    """The word right before ``pos`` (spaces between), if any."""
    window = mask[max(s0, pos - 40) : pos]
    stripped = window.rstrip()
    if len(stripped) == len(window) or not stripped:
        return None
    return stripped.rsplit(None, 1)[-1]


def _triggers(doc: Doc, s0: int, s1: int) -> list[Trigger]:
    """The triggers of the sentence ``[s0, s1)``: each table word its form accepts and no exclusion rules out."""
    lex = lexicon()
    out: list[Trigger] = []
    for m in lex.trigger.finditer(doc.mask, s0, s1):
        table_kind, form = lex.kinds[" ".join(m.group().casefold().split())]
        rule = TRIGGER_RULE_OF[form]
        kind = rule.accepts(doc, m, s1, table_kind)
        if kind is None or any(x.applies(doc, m, s1, kind) for x in EXCLUSIONS):
            continue
        start, end = _expand(doc, s0, m.start(), m.end()) if rule.noun else (m.start(), m.end())
        word = m.group().casefold()
        own_date = form in _OWN_DATE_FORMS or word in cues()["background_noun"] or word in cues()["war_progress"]
        weak = form in _WEAK_FORMS
        out.append(Trigger(kind, start, end, rule.noun, m.start(), m.end(), weak=weak, own_date=own_date))
    out.extend(_calls(doc, s0, s1, out))
    out.sort(key=lambda t: t.start)
    return out


def _calls(doc: Doc, s0: int, s1: int, found: list[Trigger]) -> list[Trigger]:
    """ "spoke with Putin by phone": a call named around the person called, where no trigger already is."""
    if _CALL_WORDS.search(doc.mask, s0, s1) is None:
        return []
    # Calls never overlap one another (finditer), so only the triggers found can take a call's place:
    # one that starts inside the call, or one that starts before it and reaches into it (the largest
    # end among the triggers starting up to a point, by bisection: linear in a run-on sentence).
    spans = sorted((t.start, t.end) for t in found)
    starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    out: list[Trigger] = []
    for m in _CALL.finditer(doc.mask, s0, s1):
        a, b = m.span()
        who = doc.mentions.get(m.start("who"))
        if m.group("channel") is None and (who is None or who.actor.kind is not ActorKind.PERSON):
            continue  # "spoke to reporters", "talked with NATO": no call without a channel
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and starts[i] < b:
            continue  # a trigger starts inside the call
        j = bisect.bisect_right(starts, a) - 1
        if j >= 0 and reach[j] > a:
            continue  # a trigger before the call reaches into it
        out.append(Trigger(EventKind.MEETING, a, b, noun=False, core_start=a, core_end=b))
    return out


def _scope(doc: Doc, trig: Trigger, sent: tuple[int, int, int], limit: tuple[int, int] | None, said: _Said) -> Scope:
    s0, s1, next_trigger = sent
    lo, hi = limit if limit is not None else (s0, s1)
    c0, c1 = clause(doc, max(s0, lo), min(s1, hi), trig.start, trig.end)
    saying = earlier = None
    if limit is not None:
        when = said.dates.get(limit)
    else:  # the first dated statement of the sentence
        i = bisect.bisect_left(said.starts, (s0, 0))
        # the statements starting in the sentence only: a slice found by bisection (skipping the statements
        # before it one by one made a text with many statements and events quadratic)
        here = said.starts[i : bisect.bisect_left(said.starts, (s1, 0), i)]
        when = next((said.dates[k] for k in here if said.dates[k] is not None), None)
        saying = next((said.sayings[k] for k in here if said.sayings.get(k) is not None), None)
        earlier = said.earlier[i] if said.earlier else None  # the last saying of those starting before it
    framed = bool(_TIME_FRAME_BEFORE.search(doc.mask, max(s0, trig.start - 24), trig.start))
    return Scope(
        s0,
        s1,
        lo,
        hi,
        c0,
        c1,
        limited=limit is not None,
        next_trigger=next_trigger,
        said=when,
        framed=framed,
        saying=saying if limit is None else None,
        earlier=earlier,
    )


class _Said(NamedTuple):
    """The date events inside each statement's words may take, by the span of its words; ``starts``: the
    spans in text order; ``sayings``: the date of each act of saying itself (its occasion's, too);
    ``earlier[i]``: the last date of saying (not ``None``) of the spans before ``starts[i]`` (see
    :func:`_earlier_sayings`)."""

    dates: dict[tuple[int, int], DateMention | None]
    starts: list[tuple[int, int]]
    sayings: dict[tuple[int, int], DateMention | None] = {}  # noqa: RUF012  (never mutated)
    earlier: list[DateMention | None] = []  # noqa: RUF012  (never mutated)


def _earlier_sayings(
    starts: list[tuple[int, int]], sayings: dict[tuple[int, int], DateMention | None]
) -> list[DateMention | None]:
    """For each index ``i`` of ``starts`` (and ``len(starts)``), the date of saying of the last span before
    ``starts[i]`` that has one: computed once, so that each event's look back is one lookup, not a walk back
    over every statement before it (quadratic in a long text with many statements and events)."""
    out: list[DateMention | None] = [None]
    for k in starts:
        d = sayings.get(k)
        out.append(out[-1] if d is None else d)
    return out


def _date_for(doc: Doc, trig: Trigger, scope: Scope) -> tuple[DateMention, str] | None:
    """The date of the trigger's event and the reason (the first date rule that finds one); an event put ahead
    of the acts around it ("a planned meeting"), or one its form dates only by its own clause ("discussed"),
    takes no date borrowed from another act. A bare year of the event's own words ("The 2026 summit, which will
    take place on 7 July") gives way to a finer date of that year the next rule of its own words finds. A date too
    coarse for the event's kind (:data:`~._event_rules.GRAIN_RULES`: "negotiations in 2022") dates nothing."""
    found = _date_by_rules(doc, trig, scope)
    if found is not None and any(rule.rejects(trig.kind, found[0].timex) for rule in GRAIN_RULES):
        return None
    return found


def _date_by_rules(doc: Doc, trig: Trigger, scope: Scope) -> tuple[DateMention, str] | None:
    """The first date rule's date of the trigger (see :func:`_date_for`)."""
    ahead = trig.own_date or ahead_of_its_sentence(doc, trig)
    coarse: tuple[DateMention, str] | None = None
    for rule in DATE_RULES:
        if ahead and rule.borrowed:
            continue
        d = rule.find(doc, trig, scope)
        if d is None:
            continue
        if coarse is not None:  # a finer date of its own clause in the year named before it, or the year
            return (d, rule.reason) if d.timex.startswith(coarse[0].timex + "-") and not rule.borrowed else coarse
        if len(d.timex) == 4 and d.timex.isdigit() and not rule.borrowed:
            coarse = (d, rule.reason)  # "The 2026 summit, which is to be held on 7-8 July": the days
            continue
        return d, rule.reason
    return coarse


# What an attack hits: "the invasion of Ukraine", "air strikes on Kharkiv and Chuhuiv", "an attack on Odesa".
_TARGET: Final = re.compile(r"\s+(?:of|on|against)\s+(?:the\s+)?(?=[A-Z\x01])")


def _state_at(doc: Doc, pos: int) -> bool:
    """A state is named at ``pos``, not as a modifier ("U.S.-made")."""
    mention = doc.mentions.get(pos)
    return (
        mention is not None and mention.actor.kind is ActorKind.STATE and doc.text[mention.end : mention.end + 1] != "-"
    )


def _attack_target(doc: Doc, trig: Trigger, c1: int) -> str | None:
    """The place an attack noun names as its target ("of"/"on"/"against" a known place or a state)."""
    if trig.kind is not EventKind.ATTACK or not trig.noun:
        return None
    m = _TARGET.match(doc.mask, trig.core_end, c1)
    if m is None:
        return None
    known = lexicon().place.match(doc.text, m.end())
    if known is not None:
        return known.group()
    mention = doc.mentions.get(m.end())
    if mention is None or not _state_at(doc, m.end()):
        return None
    if doc.text[mention.end : mention.end + 2] in {"'s", "\u2019s"}:  # "on Ukraine's power grid": the state
        return mention.actor.name
    return doc.text[mention.start : mention.end].removeprefix("the ").removeprefix("The ")


def _spots(doc: Doc, trig: Trigger, c1: int) -> list[re.Match[str]]:
    """Where a place may follow the trigger: a visit's or attack's object, or after "in/to/at ..."."""
    lex = lexicon()
    spots = []
    if trig.kind in (EventKind.VISIT, EventKind.ATTACK) and not trig.noun:
        obj = OBJECT_PLACE.match(doc.mask, trig.end, c1)
        # "visited Ukraine", "struck Kharkiv", "struck Ukraine's second city, Kharkiv"; but "fires U.S.-made
        # missiles" names no place.
        if obj is not None and (
            trig.kind is EventKind.VISIT
            or lex.place.match(doc.text, obj.start("loc"))
            or _state_at(doc, obj.start("loc"))
        ):
            spots.append(obj)
    spots.extend(m for m in [_LOCATION.match(doc.mask, trig.end, c1)] if m is not None)
    return spots


_SEAT_AFTER: Final = re.compile(r"['\u2019]?s?\s+(?:headquarters|HQ|embassy|offices?|residence)\b")


def _mentioned_place(doc: Doc, l0: int, c1: int) -> str | None:
    """The place a mention at ``l0`` names: the place after a state's possessive, a place alias as
    written ("The Hague"), a state or organisation without its article; ``None`` for a person or outlet."""
    lex = lexicon()
    mention = doc.mentions.get(l0)
    if mention is None:
        return None
    name = doc.text[mention.start : mention.end]
    if doc.text[mention.end : mention.end + 2] in {"'s", "\u2019s"}:  # "in Russia's Bryansk Oblast"
        known = lex.place.search(doc.text, mention.end + 2, min(c1, mention.end + 40))
        if known is not None:
            return known.group()
        named = _AFTER_POSSESSIVE.match(doc.text, mention.end + 2, c1)
        if named is not None:
            return named.group("loc")
    if (
        mention.actor.kind is ActorKind.PERSON
        or mention.actor.kind is ActorKind.MEDIA
        or _SEAT_AFTER.match(doc.text, mention.end)  # "at NATO headquarters in Brussels": the place comes later
    ):
        return None
    if lex.place.fullmatch(name):
        return name  # a place named as its state's alias keeps its article: "The Hague"
    return name.removeprefix("the ").removeprefix("The ")


# "the summit, which is being held in The Hague": a relative clause naming where the event takes place.
_HELD_IN: Final = re.compile(
    r"\s*,\s+which\s+(?:is|was|will\s+be)\s+(?:taking\s+place|being\s+held|held)\s+(?:[^,;:()\"]{0,40}?\s)?"
    r"(?:in|at)\s+(?=[A-Z])"
)


def _named_place(doc: Doc, trig: Trigger, c1: int) -> str | None:
    """The place an event noun's own words or its relative clause name: "the Munich Security Conference",
    "the summit, which is being held this week in The Hague"."""
    if not trig.noun:
        return None
    place = lexicon().place
    if trig.start < trig.core_start and doc.text[trig.start].isupper():
        known = place.match(doc.text, trig.start, trig.core_start)
        if known is not None:
            return known.group()
    held = _HELD_IN.match(doc.text, c1) if doc.text.startswith(",", c1) else None
    if held is not None and (known := place.match(doc.text, held.end())) is not None:
        return known.group()
    return None


def _location(doc: Doc, trig: Trigger, c1: int) -> str | None:
    lex = lexicon()
    if (target := _attack_target(doc, trig, c1) or _named_place(doc, trig, c1)) is not None:
        return target
    for spot in _spots(doc, trig, c1):
        l0, l1 = spot.span("loc")
        if doc.mask[l0] == "\x01":
            if (place := _mentioned_place(doc, l0, c1)) is not None:
                return place
            continue
        known = lex.place.match(doc.text, l0, l1 + 20)
        if known is not None:
            return known.group()
        words = doc.text[l0:l1].split()
        while words and words[-1].casefold() in {"on", "for", "and", "the"}:
            words.pop()
        if words and words[0] not in _NOT_PLACE:
            return " ".join(words).rstrip(".")
    # A known place anywhere in the clause ("leaders will gather in The Hague for a summit").
    c0, _ = clause(doc, trig.start - min(trig.start, 200), c1, trig.start, trig.end)
    for m in _PLACE_IN.finditer(doc.text, max(0, c0), c1):
        known = lex.place.match(doc.text, m.end())
        if known is not None:
            return known.group()
    return None


def _participants(doc: Doc, trig: Trigger, s0: int, c0: int, c1: int) -> list[Actor]:
    out: list[Actor] = []
    place = lexicon().place
    lo = c0
    if not trig.noun:
        # The subject of a verb trigger opens the sentence.
        first = bisect.bisect_left(doc.starts, s0)
        if first < len(doc.starts) and trig.start - _WINDOW <= doc.starts[first] < trig.start:
            lo = min(lo, doc.starts[first])
    lex = lexicon()
    for f in lex.forces.finditer(doc.mask, lo, c1):
        actor = active_registry().lookup(lex.demonyms[" ".join(f.group("d").split())])
        if actor is not None and actor not in out:
            out.append(actor)
    i = bisect.bisect_left(doc.starts, lo)
    while i < len(doc.starts) and doc.starts[i] < c1:
        mention = doc.mentions[doc.starts[i]]
        if (
            mention.actor.kind in _PARTICIPANT_KINDS
            and not (doc.quotes and in_spans(doc.quotes, mention.start))
            and not place.fullmatch(doc.text, mention.start, mention.end)
            and mention.actor not in out
        ):
            out.append(mention.actor)
        i += 1
    return out


def _header_date(doc: Doc, header: int) -> DateMention | None:
    """The date of the list header (sentence index ``header``) a list item belongs to, if any."""
    if header < 0:
        return None
    h = doc.sentences[header]
    i = bisect.bisect_left(doc.date_starts, h.start)
    if i < len(doc.dates) and doc.dates[i].end <= h.end and date_types(doc.dates[i]):
        return doc.dates[i]
    return None


def _quoted_term(doc: Doc, quote: tuple[int, int]) -> bool:
    """A few words in quotation marks inside a clause (a word after them, no punctuation ending them):
    the writer quotes a term ('ready for "direct talks" with Kyiv'), nobody's statement."""
    words = doc.text[quote[0] + 1 : quote[1] - 1]
    before = doc.text[max(0, quote[0] - 2) : quote[0]]
    after = doc.text[quote[1] : quote[1] + 2]
    return (
        len(words.split()) <= _TERM_WORDS
        and not words.rstrip().endswith((",", ".", "!", "?"))
        and before[-1:].isspace()
        and before[:1].isalpha()
        and after[:1].isspace()
        and after[1:].isalpha()
    )


_TERM_WORDS: Final = 4


def _dateline_occasion(doc: Doc, dated: tuple[DateMention, str]) -> bool:
    """An occasion dated by the saying at it, the saying dated by the passage's dateline ("BEIJING, Feb. 18 (Xinhua)
    -- ..., the spokesman said. ..., he said at a regular news briefing"): the dateline's day is the saying's, though
    the span of the lead's reported words opens with it."""
    return dated[1].startswith(OCCASION_OF_SAYING) and dateline_day(doc, dated[0])


def _event(doc: Doc, trig: Trigger, kind: EventKind, sent: tuple[int, int, int, int], said: _Said) -> FoundEvent:
    """The event a trigger names: its date (and the rule that found it), participants and place.

    ``sent`` is the sentence's start, end, list header (-1 for none) and where the next trigger of another
    kind starts.
    """
    s0, s1, header, next_trigger = sent
    contents = said.starts
    limit = in_spans(contents, trig.core_start)
    quote = in_spans(doc.quotes, trig.core_start) if doc.quotes else None
    if quote is not None and _quoted_term(doc, quote):
        quote = None  # 'ready for "direct talks" in Geneva on Thursday': a term in quotation marks, not a quotation
    if quote is not None:  # a quotation's event takes only a date inside the quotation, not the saying's
        limit = (max(quote[0], limit[0]), min(quote[1], limit[1])) if limit is not None else quote
        said = _Said({}, [])
    scope = _scope(doc, trig, (s0, s1, next_trigger), limit, said)
    dated = _date_for(doc, trig, scope)
    if dated is None and limit is None and (hd := _header_date(doc, header)) is not None:
        dated = (hd, HEADER_REASON)
    inside = dated is not None and limit is None and in_spans(contents, dated[0].start)
    if dated is not None and inside and not _dateline_occasion(doc, dated):
        dated = None  # a date inside someone's reported words dates what they say, not this event
    if dated is not None and (finer := finer_date(doc, dated[0])) is not None:
        dated = (finer[0], f"{dated[1]}; {finer[1]}")  # "at 6 a.m. on Tuesday": the time of that day
    participants = _participants(doc, trig, max(s0, scope.lo), scope.c0, scope.c1)
    location = _location(doc, trig, scope.c1)
    if location is not None:
        participants = [a for a in participants if location not in a.names]
    return FoundEvent(
        kind,
        trig.start,
        trig.end,
        dated[0] if dated else None,
        tuple(participants),
        location,
        core=(trig.core_start, trig.core_end),
        date_reason=dated[1] if dated else "",
        weak=trig.weak,
        framed=scope.framed,
    )


# "since the Summit in Vilnius on Wednesday", "before the Halifax Security Conference on Friday": a date
# after an event introduced by a preposition of time belongs to that event, not to the trigger before it.
_TIME_PREPOSITION_END: Final = re.compile(
    rf"\b(?:since|before|ahead\s+of|until|pending|prior\s+to)\s+(?:(?:{NP_DETERMINER})\s+)?(?:\x01\x02*\s+)?$"
)


_TIME_FRAME_BEFORE: Final = re.compile(
    rf"\b(?:since|before|after|following|ahead\s+of|until|prior\s+to)\s+(?:(?:{NP_DETERMINER})\s+)?"
    r"(?:[\w'-]+\s+){0,2}$"
)


_TO_INFINITIVE: Final = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\s")


# The words between two event nouns when the second is part of the first's phrase: a compound ("prisoner exchange
# deal", "signing ceremony") or the first's complement ("his visit to the EAEU summit", "a visit to Kyiv for talks").
_COMPLEMENT: Final = re.compile(r"[\s-]*|\s+(?:to|of|at|for|in|on|with|between)\s+[^,;:.\"]{0,60}")


def _next_event(doc: Doc, triggers: list[Trigger], n: int, s1: int) -> int:
    """Where the dates after ``triggers[n]`` stop being its own: at a later event of another kind that its
    object names (a "proposing" verb) or that a preposition of time introduces, at a truce named with a period of its
    own (form period: the dates after it are its period's), or, for an event noun, at a later event noun of another
    kind outside its phrase (:data:`_COMPLEMENT`); else the sentence end."""
    trig = triggers[n]
    form = trigger_form(doc.mask, trig.core_start, trig.core_end)
    # a proposing verb, or a verb with an infinitive ("agreed to hold a meeting next week"): its object's event
    object_event = form is not None and (
        TRIGGER_RULE_OF[form].object_event or _TO_INFINITIVE.match(doc.mask, trig.core_end) is not None
    )
    for t in triggers[n + 1 : n + 4]:
        if t.kind is trig.kind:
            continue
        if trigger_form(doc.mask, t.core_start, t.core_end) == "period":
            return t.core_start  # "a proposal for a truce from May 8 to May 10": the period is the truce's
        if object_event or _TIME_PREPOSITION_END.search(doc.mask, max(trig.end, t.start - 20), t.start):
            return t.core_start
        if trig.noun and t.noun and not _COMPLEMENT.fullmatch(doc.mask, trig.core_end, t.core_start):
            return t.core_start  # "hopes for a truce deal grew after their talks in Oslo on Sunday": the talks' date

    return s1


# The date rules (_event_rules.DATE_RULES, by the start of their names) that date a trigger by a date of its own
# clause, or of a clause linked to it: a trigger so dated on another day than one of its kind is another event.
_OWN_DATE_RULES: Final = (
    "in-phrase",
    "own-clause",  # own-clause-after, own-clause-before
    "clause-opening",
    "occasion-of-saying",
    "measured-offset",
    "relative-",  # relative-clause, relative-act
    "linked-clause",
)


def _other_day(prev: FoundEvent, new: FoundEvent) -> bool:
    """Two triggers of one kind dated by different date mentions of their own clauses name two events; so does a
    trigger dated by a clause it is linked to ("the conference will be held on June 3, X said on Tuesday after
    meeting Y": the conference and Tuesday's meeting)."""
    return (
        prev.when is not None
        and new.when is not None
        and prev.when.timex != new.when.timex
        and new.date_reason.startswith(_OWN_DATE_RULES)
    )


def _unlike(doc: Doc, prev: FoundEvent, new: FoundEvent) -> bool:
    """Two triggers of the catch-all kind ``other`` with different words name two events ("postponed the
    elections that were scheduled for April", "sworn in after the election"), unless both are words of one
    event (cues ``prisoner_exchange`` and ``one_speech`` of ``data/event_cues.tsv``: "brought back 150 soldiers ...,
    marking another prisoner exchange", "addressed the parliament on Tuesday in a speech")."""
    word = " ".join(doc.text[prev.core[0] : prev.core[1]].casefold().split())
    other = " ".join(doc.text[new.core[0] : new.core[1]].casefold().split())
    groups = (cues()["prisoner_exchange"], cues()["one_speech"])
    return new.kind is EventKind.OTHER and word != other and not any(word in g and other in g for g in groups)


# ", and Zelensky signed it", ", and President Duda then met": "and" and a person, body or state named after a comma.
_OWN_SUBJECT: Final = re.compile(
    rf",\s+and\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,3}}\x01\x02*\s+(?:(?:{cue_words('and_adverb')})\s+)?$"
)


def _own_subject(doc: Doc, prev: FoundEvent, start: int) -> bool:
    """Whether the verb trigger at ``start``, after the event ``prev`` of its kind, opens a clause of its own named
    subject (", and <actor> <verb>"): another act, "the parliament adopted the law on July 22, and Zelensky signed it"
    (a vote and a signing), not "met Tusk on Monday and discussed ..." (no comma, no subject of its own)."""
    word = " ".join(doc.text[start : start + 40].casefold().split()[:1])
    form = lexicon().kinds.get(word, (None, "noun"))[1]
    return form not in NOUN_FORMS and prev.end <= start and _OWN_SUBJECT.search(doc.mask, prev.end, start) is not None


def _another(doc: Doc, new: FoundEvent) -> bool:
    """ "the last one", "the previous one": an anaphor names another event of its antecedent's kind."""
    found = lexicon().kinds.get(doc.text[new.core[0] : new.core[1]].casefold())
    return found is not None and found[1] == "anaphor"


def _merge(prev: FoundEvent, new: FoundEvent) -> FoundEvent:
    """Two triggers of one kind in one sentence: one event ("the meeting" takes up "the two-day meeting")."""
    merged = list(prev.participants) + [a for a in new.participants if a not in prev.participants]
    out = prev._replace(participants=tuple(merged), location=prev.location or new.location)
    if prev.when is None and new.when is not None and (prev.weak or not new.weak):  # not an effect's date
        out = out._replace(when=new.when, date_reason=new.date_reason)
    if prev.weak and not new.weak:  # "explosions ... as air defences repelled a missile attack"
        out = out._replace(start=new.start, end=new.end, core=new.core, weak=False)
    return out


def find_events(
    doc: Doc,
    statements: Sequence[
        tuple[int, int] | tuple[int, int, DateMention | None] | tuple[int, int, DateMention | None, DateMention | None]
    ],
) -> list[FoundEvent]:
    """Every dated event in the document, in text order.

    ``statements``: the span of each statement's words, the date events inside them may take (the date of
    the saying, unless an occasion gave it) and the date of the act of saying itself, where known (the
    last defaults to the one before).
    """
    dates: dict[tuple[int, int], DateMention | None] = {}
    sayings: dict[tuple[int, int], DateMention | None] = {}
    for st in statements:
        dates[st[0], st[1]] = st[2] if len(st) > 2 else None
        sayings[st[0], st[1]] = st[3] if len(st) > 3 else dates[st[0], st[1]]
    starts = sorted(dates)
    said = _Said(dates, starts, sayings, _earlier_sayings(starts, sayings))
    out: list[FoundEvent] = []
    undated: list[tuple[int, FoundEvent]] = []  # (sentence start, event)
    for sent in doc.sentences:
        s0, s1 = sent.start, sent.end
        by_kind: dict[EventKind, FoundEvent] = {}
        triggers = _triggers(doc, s0, s1)
        has_visit = any(t.kind is EventKind.VISIT for t in triggers)
        converted = False
        for n, trig in enumerate(triggers):
            nxt = _next_event(doc, triggers, n, s1)
            kind = trig.kind
            if (
                kind is EventKind.MEETING
                and has_visit
                and _FOR_PURPOSE.search(doc.mask, max(s0, trig.start - 30), trig.start)
                and doc.mask[trig.core_start : trig.core_end].casefold() not in cues()["purpose_event"]
            ):
                kind = EventKind.VISIT  # "visited Brussels for talks with ...": the talks are the visit
            rule = _one_event(doc, trig, kind, triggers, (s0, s1))
            if rule is not None and rule.into is None:
                continue  # "signed a joint statement": the signing is the event
            if rule is not None and rule.into is not None:
                kind, converted = rule.into, True
            event = _event(doc, trig, kind, (s0, s1, sent.header, nxt), said)
            prev = by_kind.get(kind)
            if prev is not None and prev.when is None and event.framed and not trig.noun and event.when is not None:
                # "The latest violation comes after drones entered ... on Monday": a clause framing the first event
                # tells another (not "ahead of the meeting on Dec. 3", which names the first again)
                undated.append((s0, prev))
                prev = None
            if prev is not None and (
                _other_day(prev, event)
                or _unlike(doc, prev, event)
                or _another(doc, event)
                or _own_subject(doc, prev, trig.core_start)
            ):
                out.append(prev)  # "met on Monday ... will meet again on Tuesday": two events
                if event.location is None and kind is not EventKind.OTHER:  # "... in Abu Dhabi. He will meet again"
                    event = event._replace(location=prev.location)
                prev = None
            if prev is None:
                by_kind[kind] = event
                continue
            by_kind[kind] = _merge(prev, event)
            if converted and kind is EventKind.SUMMIT and trig.noun:  # the summit names the event
                by_kind[kind] = by_kind[kind]._replace(
                    start=event.start, end=event.end, core=event.core, location=event.location or prev.location
                )
                converted = False
        out.extend(e for e in by_kind.values() if e.when is not None)
        undated.extend((s0, e) for e in by_kind.values() if e.when is None)
    return _finer_kept(doc, _named_again(doc, _linked(doc, out, undated)))


def _one_event(
    doc: Doc, trig: Trigger, kind: EventKind, triggers: list[Trigger], sent: tuple[int, int]
) -> OneEventRule | None:
    """The rule of :data:`~._event_rules.ONE_EVENT_RULES` that reads this trigger as a word of an event another
    trigger of the sentence names ("hosted the summit", "signed a joint statement"), if any."""
    return next(
        (r for r in ONE_EVENT_RULES if r.source in (None, kind) and r.applies(doc, trig, triggers, *sent)), None
    )


def _linked(doc: Doc, dated: list[FoundEvent], undated: list[tuple[int, FoundEvent]]) -> list[FoundEvent]:
    """The dated events and those an event of :data:`~._event_rules.LINK_RULES` dates: an undated event
    linked in its sentence to a definite noun of another kind ("after the meeting") that names an earlier
    dated event of that kind again (the last one before the sentence) takes that event's date."""
    out = list(dated)
    by_sentence: dict[int, list[FoundEvent]] = {}  # the undated events of each sentence (by its start), in order
    for s0, e in undated:
        by_sentence.setdefault(s0, []).append(e)
    for s0, t in undated:
        if doc.quotes and in_spans(doc.quotes, t.core[0]):
            continue
        for e in by_sentence[s0]:
            if e.kind is t.kind or not _DEFINITE_BEFORE.search(doc.text, max(0, e.start - 8), e.start):
                continue
            earlier = next((d for d in reversed(dated) if d.kind is e.kind and d.end <= s0), None)
            rule = next((r for r in LINK_RULES if _links(doc, r.first, r.link, t, e)), None)
            if earlier is not None and earlier.when is not None and rule is not None:
                at = next((i for i, d in enumerate(out) if d.start > t.start), len(out))  # others keep their order
                out.insert(at, t._replace(when=earlier.when, date_reason=rule.reason))
                break
    return out


def _links(doc: Doc, first: str, link: re.Pattern[str], t: FoundEvent, e: FoundEvent) -> bool:
    """Whether ``link`` reads the words between the event ``t`` and the noun ``e`` (``first`` comes first)."""
    if first == "event":
        return t.end <= e.start and link.fullmatch(doc.mask, t.end, e.start) is not None
    return e.end <= t.start and link.fullmatch(doc.mask, e.end, t.start) is not None


def _same_people(kept: list[FoundEvent], e: FoundEvent) -> bool:
    """Whether an earlier meeting kept of the same day already has every participant of ``e`` (some), at no
    other place: the same meeting named again by other words."""
    people = set(e.participants)
    return bool(people) and any(
        k.kind is e.kind
        and k.when is not None
        and e.when is not None
        and k.when.timex == e.when.timex
        and people <= set(k.participants)
        and (k.location is None or e.location is None or k.location == e.location)
        for k in kept
    )


# "the meeting", "this announcement": a noun that refers back to an event the text has named.
_DEFINITE_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\s+$")


def _named_again(doc: Doc, events: list[FoundEvent]) -> list[FoundEvent]:
    """An event named again later in the text (same kind, date and trigger word, and no other place) is
    one event: "An extraordinary meeting ... will be held on Sept. 1" and "The meeting on Sept. 1 ..."; but
    "missiles struck Kharkiv on Monday" and "drones struck Odesa on Monday" are two attacks. A later event
    of the same kind at a time of a day an earlier one is dated to, with no other place, is that event's
    time ("attacked the bridge on Tuesday ... the charge was detonated at 4:44 a.m."); the same trigger word of the
    same kind on the whole day of an earlier one's time, at no other place, is that event again ("will stop gas
    transit at 8 a.m. on January 1 ... is preparing to stop gas transit from January 1"). A definite noun of the
    kind and date of an earlier event refers back to it ("met on Monday ... the meeting", "confirmed on
    Friday that ... this announcement")."""
    places: dict[tuple[EventKind, str, str], set[str | None]] = {}  # by kind, value and trigger word; a time
    # of a day also under the whole day, so that the word named again on that day is the same event
    days: dict[tuple[EventKind, str], set[str | None]] = {}  # events dated to a whole day
    dated: dict[tuple[EventKind, str], set[str | None]] = {}  # events by kind and date
    out: list[FoundEvent] = []
    kept = _KeptByDay()  # the events of ``out``, by day and place: the checks below compare only those
    kinds: set[EventKind] = set()  # the kinds of the events of ``out``
    for e in events:
        if e.when is None:
            continue
        key = (e.kind, e.when.timex, doc.text[e.core[0] : e.core[1]].casefold())
        seen = places.setdefault(key, set())
        if _at_no_other_place(seen, e.location):
            continue
        same = dated.setdefault((e.kind, e.when.timex), set())
        definite = _DEFINITE_BEFORE.search(doc.text, max(0, e.start - 8), e.start) is not None
        if definite and _at_no_other_place(same, e.location):
            continue  # "Trump confirmed on Friday that ... He made this announcement in an interview": one act
        if definite and e.kind in kinds and e.date_reason.startswith(OCCASION_OF_SAYING):
            continue  # "met on Monday ... X said on Wednesday after the meeting": that meeting again, not a new one
        near = kept.near(e)
        if e.kind is EventKind.MEETING and _same_people(near, e):
            continue  # "X told Putin on Saturday ... said during a video conference with Putin": one meeting
        if _held_again(doc, near, e):
            continue  # "a meeting of the Contact Group on February 12 ... Healey will convene the group": one meeting
        if _same_day(doc, near, e):
            continue  # "arrived in Kyiv on Tuesday ... during the visit on Tuesday": one visit (rule SAME_DAY)
        same.add(e.location)
        day, _, time = e.when.timex.partition("T")
        on_day = days.get((e.kind, day), set())
        if time[:1].isdigit() and _at_no_other_place(on_day, e.location):
            continue  # "attacked the bridge on Tuesday ... detonated at 4:44 a.m.": the time of that attack
        if not time:
            days.setdefault((e.kind, day), set()).add(e.location)
        else:
            places.setdefault((e.kind, day, key[2]), set()).add(e.location)
        seen.add(e.location)
        out.append(e)
        kept.add(e)
        kinds.add(e.kind)
    return out


def _at_no_other_place(places: set[str | None], location: str | None) -> bool:
    """Whether an event at ``location`` may be one of the events at ``places`` (``None``: no place named): some
    is at no place, at its place, or it is at none. A set lookup, not a walk over every event of the key."""
    return bool(places) and (location is None or None in places or location in places)


class _KeptByDay:
    """The events kept so far, by the first ten characters of their value (the day) and their place: the checks
    for one event told twice (:func:`_same_people`, :func:`_held_again`, :func:`_same_day`) each ask for an event
    kept of the same day at no other place, so each is given only those, not every event of a long passage
    (which made a passage of many events of many days or places quadratic)."""

    def __init__(self) -> None:
        self._days: dict[str, dict[str | None, list[FoundEvent]]] = {}

    def add(self, e: FoundEvent) -> None:
        if e.when is not None:
            self._days.setdefault(e.when.timex[:10], {}).setdefault(e.location, []).append(e)

    def near(self, e: FoundEvent) -> list[FoundEvent]:
        """The kept events of ``e``'s day at no other place (a superset of what each check compares)."""
        if e.when is None:
            return []
        at = self._days.get(e.when.timex[:10], {})
        if e.location is None:
            return [k for ks in at.values() for k in ks]
        return at.get(None, []) + (at.get(e.location, []) if e.location is not None else [])


def _same_day(doc: Doc, kept: list[FoundEvent], e: FoundEvent) -> bool:
    """Rule :data:`~._event_rules.SAME_DAY`: whether an event kept before ``e`` is of its kind family (not
    ``other``), dated to the same day, at no other place and (but meetings) with no other people, neither of them
    named by the plural of a countable event noun: the same event named twice."""
    if e.kind is EventKind.OTHER or e.when is None or not DAY_VALUE.match(e.when.timex):
        return False
    if plural_of_a_row(doc.text[e.core[0] : e.core[1]]) or another_occurrence(
        doc, _sentence_start(doc, e.start), e.start
    ):
        return False
    family = event_family(e.kind)
    return any(
        k.kind is not EventKind.OTHER
        and event_family(k.kind) is family
        and k.when is not None
        and _same_day_value(k.when.timex, e.when.timex)
        and (k.location is None or e.location is None or k.location == e.location)
        and not _other_people(k, e, family)
        and not _own_subject(doc, k, e.core[0])
        and not plural_of_a_row(doc.text[k.core[0] : k.core[1]])
        and _penalty(doc, k) == _penalty(doc, e)
        for k in kept
    )


def _core_word(doc: Doc, e: FoundEvent) -> str:
    """The word of ``e``'s trigger as the tables write it (lower case, single spaces): "imposed", "convened"."""
    return " ".join(doc.mask[e.core[0] : e.core[1]].casefold().split())


def _penalty(doc: Doc, e: FoundEvent) -> bool:
    """Whether ``e`` is named by a verb of a penalty laid on others (cue ``penalty_verb``: "imposed sanctions"):
    an act of its own beside the words that make it or another act public on its day."""
    return _core_word(doc, e) in cues()["penalty_verb"]


def _same_day_value(kept: str, later: str) -> bool:
    """The same value, or a later whole day holding the part or time of the day the kept event names ("fired
    missiles at Sumy on the morning of 12 March ... fired 30 missiles on 12 March": the morning's attack again); not a
    night, which runs into the next day ("overnight ... late on Monday" may be two attacks)."""
    day, _, part = kept.partition("T")
    return kept == later or (day == later and part != "NI")


def _other_people(k: FoundEvent, e: FoundEvent, family: EventKind) -> bool:
    """Two events (not meetings, whose participants the text names in part each time) that name people, none in
    common: two acts ("Macron visited Kyiv on Monday ... Scholz arrived in Kyiv on Monday")."""
    if family is EventKind.MEETING:
        return False
    ours, theirs = _people(k), _people(e)
    return bool(ours) and bool(theirs) and not ours & theirs


def _people(e: FoundEvent) -> set[Actor]:
    return {a for a in e.participants if a.kind is ActorKind.PERSON}


def _sentence_start(doc: Doc, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (0 before the first)."""
    i = sentence_holding(doc, pos)
    return doc.sentences[i].start if i >= 0 else 0


_GATHERINGS: Final = frozenset({EventKind.MEETING, EventKind.SUMMIT})


def _held_again(doc: Doc, kept: list[FoundEvent], e: FoundEvent) -> bool:
    """Whether ``e`` is a verb of holding a gathering (a ``gathering_verb`` of the trigger table: "convened",
    "hosted") on the day of a meeting or summit noun kept before it, at no other place: the text tells again the
    holding of the gathering it has named ("jointly hosted an online meeting of the group ... Leaders convened to
    discuss ...")."""
    if e.kind not in _GATHERINGS or e.when is None:
        return False
    word = _core_word(doc, e)
    if word not in cues()["gathering_verb"] or lexicon().kinds.get(word, (None, ""))[1] != "verb":
        return False
    day = e.when.timex[:10]
    return any(
        k.kind in _GATHERINGS
        and k.when is not None
        and k.when.timex[:10] == day
        and lexicon().kinds.get(_core_word(doc, k), (None, ""))[1] in NOUN_FORMS
        and (k.location is None or e.location is None or k.location == e.location)
        for k in kept
    )


def _period(coarse: str) -> bool:
    """Whether ``coarse`` names a year, a month or an ISO week: the values :func:`_within` can hold a day in."""
    return (len(coarse) in (4, 7) and coarse.replace("-", "").isdigit()) or _ISO_WEEK.fullmatch(coarse) is not None


def _within(coarse: str, fine: str) -> bool:
    """Whether the period ``coarse`` (a year, a month or an ISO week) holds the day ``fine`` names."""
    if len(fine) < len("2025-01-01") or not fine[:10].replace("-", "").isdigit():
        return False
    if len(coarse) in (4, 7) and coarse.replace("-", "").isdigit():
        return fine.startswith(coarse)
    week = _ISO_WEEK.fullmatch(coarse)
    if week is None:
        return False
    year, number, _ = dt.date.fromisoformat(fine[:10]).isocalendar()
    return (year, number) == (int(week.group(1)), int(week.group(2)))


_ISO_WEEK: Final = re.compile(r"(\d{4})-W(\d\d)")
# "the previous summit", "his last visit", "another round of talks": words naming another occurrence of the kind.
_ANOTHER_ONE: Final = re.compile(r"\b(?:previous|last|next|another|earlier|former|prior)\s+(?:[\w'-]+\s+){0,2}$")


def _finer_kept(doc: Doc, events: list[FoundEvent]) -> list[FoundEvent]:
    """An event named once by a period and once by a day inside it, of one kind and at no other place, is one event,
    dated by the day ("talks this week ... talks on Tuesday", "the January session ... the session on January
    19"): the period's copy goes; not one its words name as another occurrence ("the previous summit ... earlier
    this month")."""
    days = [e for e in events if e.when is not None and len(e.when.timex) >= len("2025-01-01")]
    return [
        e
        for e in events
        if e.when is None
        or not _period(e.when.timex)  # a day holds no other day: nothing to compare (every event once, not squared)
        or _ANOTHER_ONE.search(doc.mask, max(0, e.core[0] - 40), e.core[0])
        or not any(
            d.kind is e.kind
            and d.when is not None
            and _within(e.when.timex, d.when.timex)
            and (d.location is None or e.location is None or d.location == e.location)
            for d in days
        )
    ]
