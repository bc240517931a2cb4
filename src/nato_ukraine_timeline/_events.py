"""Events: meetings, visits, summits, attacks, announcements, agreements and reports, with their dates.

A trigger word from ``data/event_triggers.tsv`` names the event ("visited", "two-day ministerial meeting
of the Council"); a noun trigger takes its modifiers ("July summit", "next meeting of the NATO-Ukraine
Council"). The date is a date mention attached to the trigger in its clause (inside the noun phrase,
right after it: "on Dec. 18", "is scheduled for Oct. 17", or just before it), the date of a same-day
clause it is linked to ("on Thursday after a deadly strike", "on Sunday as air defences repelled an
attack", "hours before meeting"), the sentence's opening date ("On Monday, ..."), or the date of the
header a list item belongs to ("Key developments on Oct. 10: * ..."). A trigger inside reported words
takes only a date inside them; a trigger inside a quotation is not an event. Only dated events are kept:
an undated "attacks" is a topic, not an entry of a timeline.

Triggers of one kind in one sentence name one event ("the meeting" takes up "NATO's two-day
ministerial meeting"); a meeting that is the purpose of a visit ("visited Brussels for talks with
...") is part of the visit. Participants are the people, organisations and states named in the
trigger's clause (and the subject of a verb trigger); the location is a place after "in/to/at" (or the
object of "visited") from ``data/places.tsv``, a place-name mention, or a capitalised name.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from ._actors import active_registry
from ._resources import tsv_rows
from ._sentences import word_pattern
from ._statements import prefer_named_day
from .errors import ResourceError
from .model import Actor, ActorKind, DateMention, EventKind, TimexType

if TYPE_CHECKING:
    from ._statements import Doc

__all__ = ["FoundEvent", "find_events"]


class FoundEvent(NamedTuple):
    """An event found in the text, before it becomes a model :class:`~.model.Event`."""

    kind: EventKind
    start: int  # the trigger
    end: int
    when: DateMention | None
    participants: tuple[Actor, ...]
    location: str | None


class _Lexicon(NamedTuple):
    trigger: re.Pattern[str]
    kinds: dict[str, tuple[EventKind, str]]  # casefolded form -> (kind, pos)
    place: re.Pattern[str]
    forces: re.Pattern[str]  # "Russian forces", "Ukrainian drones": a state acting
    demonyms: dict[str, str]  # "Russian" -> "Russia"


def _read_tsv(name: str, columns: int) -> list[list[str]]:
    return [cells for _n, cells in tsv_rows(name, columns)]


@cache
def _lexicon() -> _Lexicon:
    kinds: dict[str, tuple[EventKind, str]] = {}
    errors: list[str] = []
    for form, kind, pos in _read_tsv("event_triggers.tsv", 3):
        if kind not in {k.value for k in EventKind} or pos not in {
            "verb",
            "noun",
            "name",
            "place",
            "weapon",
            "determined",
            "person",
        }:
            errors.append(f"{form!r}: unknown kind {kind!r} or pos {pos!r}")
            continue
        kinds[form.casefold()] = (EventKind(kind), pos)
    if errors:
        raise ResourceError("data/event_triggers.tsv", errors)
    places = [row[0] for row in _read_tsv("places.tsv", 3)]
    demonyms = {row[0]: row[1] for row in _read_tsv("demonyms.tsv", 2)}
    return _Lexicon(
        forces=re.compile(
            rf"(?<![\w.])(?P<d>{word_pattern(demonyms, fold_first=False)})\s+(?:[a-z-]+\s+)?"
            r"(?:forces|troops|army|military|navy|air\s+force|missiles?|drones?|jets?|aircraft|warplanes|"
            r"artillery|units|soldiers|strikes?|attacks?|bombers?|shelling)\b"
        ),
        demonyms=demonyms,
        trigger=re.compile(rf"\b(?:{word_pattern(kinds)})\b"),
        kinds=kinds,
        place=re.compile(rf"(?:{word_pattern(places, fold_first=False)})\b"),
    )


_PARTICIPANT_KINDS: Final = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.STATE})
_MODIFIER: Final = re.compile(
    r"(?:\x03\x04*|[a-z]+(?:-[a-z]+)+|\d+(?:st|nd|rd|th)|[a-z]+(?:al|ary|ic|ive|ual)|"
    r"next|last|first|second|third|surprise|emergency|joint|upcoming|planned|phone|peace|leaders'?|"
    r"unannounced|high-level|missile|drone|air|massive|major|combined|overnight|deadly|new|recent|"
    r"security|defense|defence|ministers'?|foreign|council|weekend)$"
)
_POSTMOD: Final = re.compile(r"\s+of\s+(?:the\s+)?(?:\x01\x02*|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})")
_BOUNDARY: Final = re.compile(r"[,;:\"()]|\s[\u2014\u2013-]\s|\bthat\b|\bwhile\b|\bbut\b")
_AFTER_DATE: Final = re.compile(
    r"[^,;:()\x03]{0,100}?(?:\b(?:on|in|for|at|from|by|since|until|during|late|early)\s+(?:the\s+)?)?"
    r"(?P<d>\x03\x04*)"
)
# "A Russian missile hit Okhmatdyt": a weapon as subject makes "hit" an attack whatever it hits.
_WEAPON_BEFORE: Final = re.compile(r"\b(?:missiles?|drones?|rockets?|bombs?|shells?|strikes?)\s+(?:also\s+)?$")
_CALL: Final = re.compile(
    r"\b(?:spoke|talked|speaks|talks|spoken|talking|speaking)\s+(?:with|to)\s+(?:\x01\x02*(?:\s+and\s+\x01\x02*)?)\s+"
    r"(?:by\s+(?:phone|telephone|video\s+link|video)|on\s+the\s+(?:phone|telephone))\b"
)
_PAUSE_BEFORE: Final = re.compile(
    r"\b(?:pause|halt|moratorium|ban|stop|end|ceasefire|truce|freeze)\s+(?:in|on|to|of)\s+(?:[\w-]+\s+){0,2}$"
)
_WHEN_DATE: Final = re.compile(r"(?P<d>\x03\x04*)\s*,?\s+when\s+(?:[^\s,;:\"]+\s+){0,5}$")
# What a launch announces when it launches no weapons: a named programme or an initiative.
_LAUNCHED_THING: Final = re.compile(
    r"\s+(?:\"|(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:mission|initiative|campaign|programme|program|probe|investigation|platform)s?\b)"
)
_LINKED_DATE: Final = re.compile(
    r"(?P<d>\x03\x04*)\s*,?\s+(?:(?:hours|minutes|shortly|just|soon)\s+(?:after|before)|after|as)\s+(?!(?:which|that|whom|well|long|soon|if|of)\b)"
    r"(?:[^\s,;:\"\x03]+\s+){0,5}$"
)
_NO_OBJECT: Final = re.compile(r"\s*(?:(?:on|late|early)\s+)?(?:\x03\x04*)?\s*(?:[.,;!?]|$)")
_OBJECT_IN_PLACE: Final = re.compile(
    r"\s+(?:the|a|an|its|his|her|their)\s+(?:[^\s,;:\"\x01\x03]+\s+){1,4}?(?:in|near|outside)\s+"
    r"(?P<loc>[A-Z\x01][\w'\x02.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
)
_TO: Final = re.compile(r"\s+to\b")
_NOT_WHEN: Final = re.compile(r"\b(?:by|until|till|through|before|since|after)\s+(?:the\s+(?:end\s+of\s+)?)?$")
_AS_MODIFIER: Final = re.compile(
    r"(?:['\u2019]s)?\s+(?!(?:and|or|to|in|on|at|for|of|with|from|as|when|while|after|before)\b)[a-z]"
)
_DET_END: Final = re.compile(r"\b(?:an?|the|its|his|her|their)\s+$")
_NP_APPOSITIVE: Final = re.compile(
    r",\s+(?:the|a|an)\s+[^,;:\"()]{1,60},\s+(?:was\s+|were\s+|has\s+|had\s+)?"
    r"(?:began|begun|started|ended|took\s+place|opened|closed|concluded|happened|occurred|held)\s+(?:on\s+)?(?P<d>\x03\x04*)"
)
_PLACE_APPOSITIVE: Final = re.compile(
    r",\s+(?:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)?|\x01\x02*|(?:\x01\x02*['\u2019]s|the|a|an)\s+[^,;:\"()\x03]{1,50}),\s+"
    r"(?:in\s+(?:[A-Z][\w'.-]+|\x01\x02*)\s+)?(?:on\s+|from\s+|in\s+)?(?P<d>\x03\x04*)"
)
_BEFORE_DATE: Final = re.compile(r"(?P<d>\x03\x04*)(?:'s)?\s+(?:(?:for|the|a|an|his|her|its|their)\s+){0,2}$")
_INTRO_DATE: Final = re.compile(r"(?:(?:On|By|In|Late on|Early on|Earlier on|Later on)\s+)?(?P<d>\x03\x04*),")
_LOCATION: Final = re.compile(
    r"[^,;:\"()]{0,80}?\b(?:in|to|at|into|near|outside|over|across)\s+(?:the\s+)?(?:occupied\s+|southern\s+|"
    r"eastern\s+|western\s+|northern\s+|central\s+)?(?P<loc>[A-Z\x01][\w'\x02.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
)
_PLACE_IN: Final = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?(?=[A-Z])")
_OBJECT_PLACE: Final = re.compile(r"\s+(?P<loc>[A-Z\x01][\w'\x02.-]*(?:\s+[A-Z][\w'.-]*){0,3})")
_NOT_AN_EVENT_AFTER: Final = frozenset({"struck", "strike", "strikes", "offensive", "attack", "attacks"})
_NOT_AN_EVENT: Final = re.compile(
    r"\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord|compromise|balance|chord|tone|note)\b|"
    r"(?:weapons|capabilit|operations|actions|systems|arms|potential|missiles|drones|helicopters|aircraft|"
    r"submarines?|dogs?)\b)"
)
_AFTER_POSSESSIVE: Final = re.compile(
    r"\s+(?P<loc>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:\s+(?:region|province|oblast|krai))?)"
)
_WEAPONS_FOLLOW: Final = re.compile(
    r"(?:\s+[^\s,;:\"]+){0,4}?\s+(?:drones?|missiles?|rockets?|bombs?|attacks?|strikes?|offensive|barrage|"
    r"assault|shells|prisoners|POWs|bodies)\b"
)
# The person a "person" verb names an event with: "joined Zelensky", "received U.S. envoy Keith Kellogg".
_PERSON_FOLLOWS: Final = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3})?(?=\x01\x02*(?![\x02'\u2019]))")
_WINDOW: Final = 300  # characters around a trigger that can hold its date, place and participants
_SPEECH_THAT: Final = re.compile(r"\s*(?:(?:on\s+)?\x03\x04*\s*)?(?:that\b|:)")
_DETERMINER_BEFORE: Final = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|this|that|new|latest|annual|weekly|daily|final|interim|agency|news|"
    r"intelligence)|\x02's|\x02|\x04)\s+(?:[\w-]+\s+){0,2}$"
)
_FOR_PURPOSE: Final = re.compile(r"\bfor\s+(?:\w+\s+){0,2}$")
_NOT_PLACE: Final = frozenset(
    {"The", "A", "An", "This", "That", "His", "Her", "Its", "Their", "Russian", "Ukrainian", "NATO", "Western"}
)


def _date_types(d: DateMention) -> bool:
    """A date that can date an event: a DATE or TIME with a calendar value ("the coming weeks" has none)."""
    return d.type in (TimexType.DATE, TimexType.TIME) and not d.timex.endswith("_REF")


class _Trigger(NamedTuple):
    kind: EventKind
    start: int
    end: int
    noun: bool
    core_start: int
    core_end: int


def _in_spans(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


def _date_at(doc: Doc, start: int) -> DateMention | None:
    i = bisect.bisect_left(doc.date_starts, start)
    if i < len(doc.dates) and doc.dates[i].start == start and _date_types(doc.dates[i]):
        return prefer_named_day(doc, i)
    return None


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
    for _ in range(3):
        # The word before ``pos`` (within 40 characters), when spaces separate it from ``pos``.
        window = mask[max(s0, pos - 40) : pos]
        stripped = window.rstrip()
        if len(stripped) == len(window) or not stripped:
            break
        word = stripped.rsplit(None, 1)[-1]
        if not _MODIFIER.match(word.casefold() if word[0] != "\x03" else word):
            break
        pos = pos - (len(window) - len(stripped) + len(word))
    post = _POSTMOD.match(mask, end)
    if post is not None:
        end = post.end()
    return pos, end


def _triggers(doc: Doc, s0: int, s1: int) -> list[_Trigger]:
    lex = _lexicon()
    out: list[_Trigger] = []
    for m in lex.trigger.finditer(doc.mask, s0, s1):
        form = " ".join(m.group().casefold().split())
        kind, pos = lex.kinds[form]
        noun = pos in {"noun", "name", "determined"}
        if pos == "determined" and not _DETERMINER_BEFORE.search(doc.mask, max(s0, m.start() - 40), m.start()):
            continue
        weapon_subject = kind is EventKind.ATTACK and _WEAPON_BEFORE.search(
            doc.mask, max(s0, m.start() - 40), m.start()
        )
        if (
            pos == "place"
            and not weapon_subject
            and not _place_follows(
                doc, m.end(), s1, in_place=kind is EventKind.ATTACK and _state_before(doc, m.start())
            )
        ):
            continue
        if pos == "weapon" and not _WEAPONS_FOLLOW.match(doc.mask, m.end(), s1):
            if not _LAUNCHED_THING.match(doc.mask, m.end(), s1):
                continue
            kind = EventKind.ANNOUNCEMENT  # 'NATO launched "Eastern Sentry"', "launched a training mission"
        if pos == "person" and not _person_follows(doc, m.end(), s1):
            continue
        if doc.quotes and _in_spans(doc.quotes, m.start()):
            continue
        if pos == "name" and not doc.mask[m.start()].isupper():
            continue
        if _NOT_AN_EVENT.match(doc.mask, m.end()) and form in _NOT_AN_EVENT_AFTER:
            continue  # "struck a deal", "offensive weapons"
        if kind is EventKind.ATTACK and _PAUSE_BEFORE.search(doc.mask, max(s0, m.start() - 40), m.start()):
            continue  # "a 30-day pause in strikes": attacks that are not to happen
        if kind is EventKind.ANNOUNCEMENT and not noun and _SPEECH_THAT.match(doc.mask, m.end()):
            continue  # "announced that ...": a statement
        if kind is EventKind.ANNOUNCEMENT and not noun and _NO_OBJECT.match(doc.mask, m.end()):
            continue  # "..., the minister announced on Thursday.": the verb of a statement
        start, end = _expand(doc, s0, m.start(), m.end()) if noun else (m.start(), m.end())
        out.append(_Trigger(kind, start, end, noun, m.start(), m.end()))
    # "spoke with Putin by phone": a call named around the person called
    has_call = doc.mask.find("phone", s0, s1) >= 0 or doc.mask.find("video", s0, s1) >= 0
    if has_call:
        # Calls never overlap one another (finditer), so only the triggers above can take a call's place:
        # one that starts inside the call, or one that starts before it and reaches into it (the largest
        # end among the triggers starting up to a point, by bisection: linear in a run-on sentence).
        spans = sorted((t.start, t.end) for t in out)
        starts = [a for a, _ in spans]
        reach: list[int] = []
        for _, b in spans:
            reach.append(max(b, reach[-1]) if reach else b)
        for m in _CALL.finditer(doc.mask, s0, s1):
            a, b = m.span()
            i = bisect.bisect_left(starts, a)
            if i < len(starts) and starts[i] < b:
                continue  # a trigger starts inside the call
            j = bisect.bisect_right(starts, a) - 1
            if j >= 0 and reach[j] > a:
                continue  # a trigger before the call reaches into it
            out.append(_Trigger(EventKind.MEETING, a, b, noun=False, core_start=a, core_end=b))
    out.sort(key=lambda t: t.start)
    return out


def _person_follows(doc: Doc, pos: int, end: int) -> bool:
    """A person's mention (not a possessive: "welcomed Zelensky's plan") is the object of the verb at ``pos``."""
    m = _PERSON_FOLLOWS.match(doc.mask, pos, end)
    if m is None:
        return False
    mention = doc.mentions.get(m.end())
    return mention is not None and mention.actor.kind is ActorKind.PERSON


def _state_before(doc: Doc, pos: int) -> bool:
    """Whether a state is named right before ``pos`` ("Russia hit ..."): a state acting, so an attack."""
    i = bisect.bisect_left(doc.starts, pos) - 1
    if i < 0:
        return False
    mention = doc.mentions[doc.starts[i]]
    return mention.actor.kind is ActorKind.STATE and not doc.mask[mention.end : pos].strip()


def _place_follows(doc: Doc, pos: int, end: int, *, in_place: bool = False) -> bool:
    """Whether a known place (or a state or place-name mention) comes right after ``pos`` (or, with
    ``in_place``, after a short object: "hit the main government building in Kyiv")."""
    to = _TO.match(doc.mask, pos, end)  # "travel to Washington"
    m = _OBJECT_PLACE.match(doc.mask, to.end() if to else pos, end)
    if m is None and in_place:
        m = _OBJECT_IN_PLACE.match(doc.mask, pos, end)
    if m is None:
        return False
    start = m.start("loc")
    if doc.mask[start] == "\x01":
        mention = doc.mentions.get(start)
        return mention is not None and (
            mention.actor.kind is ActorKind.STATE or bool(_lexicon().place.fullmatch(doc.text, start, mention.end))
        )
    return bool(_lexicon().place.match(doc.text, start))


def _clause(doc: Doc, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence around ``[start, end)`` not crossing a clause boundary.

    At most ``_WINDOW`` characters either side, so a run-on "sentence" costs no more than a normal one.
    """
    mask = doc.mask
    s0, s1 = max(s0, start - _WINDOW), min(s1, end + _WINDOW)
    left = s0
    for b in _BOUNDARY.finditer(mask, s0, start):
        left = b.end()
    right = _BOUNDARY.search(mask, end, s1)
    for _ in range(3):  # a short quoted name inside the clause does not end it: 'presented his "victory plan" to'
        if right is None or mask[right.start()] != '"':
            break
        q = _in_spans(doc.quotes, right.start()) if doc.quotes else None
        if q is None or q[0] != right.start() or q[1] - q[0] > 42 or q[1] >= s1:
            break
        right = _BOUNDARY.search(mask, q[1], s1)
    return left, right.start() if right else s1


def _date_for(doc: Doc, trig: _Trigger, s0: int, s1: int, limit: tuple[int, int] | None) -> DateMention | None:
    lo, hi = limit if limit is not None else (s0, s1)
    c0, c1 = _clause(doc, max(s0, lo), min(s1, hi), trig.start, trig.end)
    # Inside the noun phrase ("July summit", "the Dec. 3 meeting").
    i = bisect.bisect_left(doc.date_starts, trig.start)
    while i < len(doc.dates) and doc.dates[i].start < trig.end:
        if _date_types(doc.dates[i]):
            return prefer_named_day(doc, i)
        i += 1
    pos = trig.end
    for _ in range(3):
        after = _AFTER_DATE.match(doc.mask, pos, c1)
        if after is None:
            break
        d0 = after.start("d")
        deadline = _NOT_WHEN.search(doc.mask, max(pos, d0 - 24), d0)  # "agreed to spend 5% by 2035"
        modifier = _DET_END.search(doc.mask, max(pos, d0 - 8), d0) and _AS_MODIFIER.match(doc.mask, after.end())
        if deadline or modifier:  # "announced an Easter truce on Saturday": the date names a thing
            pos = after.end()
            continue
        if (d := _date_at(doc, d0)) is not None:
            return d
        pos = after.end()  # a duration or a set ("for an hour", "daily") is not the date: look further
    # "met in Anchorage, Alaska, on Aug. 15": a place's appositive does not end the clause.
    appos = _PLACE_APPOSITIVE.match(doc.mask, c1, min(s1, c1 + 60))
    if appos is not None and (d := _date_at(doc, appos.start("d"))) is not None:
        return d
    # "The prisoner exchange, the largest of the war, began on Friday": the noun's verb after an appositive.
    np = _NP_APPOSITIVE.match(doc.mask, c1, min(s1, c1 + 120)) if trig.noun else None
    if np is not None and (d := _date_at(doc, np.start("d"))) is not None:
        return d
    when_d = _WHEN_DATE.search(doc.mask, max(s0, trig.start - 60), trig.start) if not trig.noun else None
    if when_d is not None and (d := _date_at(doc, when_d.start("d"))) is not None:
        return d  # "were killed on Friday when a Russian missile struck Kryvyi Rih"
    before = _BEFORE_DATE.search(doc.mask, max(c0, trig.start - 30), trig.start)
    if before is not None and (d := _date_at(doc, before.start("d"))) is not None:
        return d
    # "wrote on Thursday after a deadly Russian strike on Kyiv", "early on Sunday as air defences repelled
    # a missile attack", "on Thursday, hours before meeting Zelensky": a clause of the same day.
    linked = _LINKED_DATE.search(doc.mask, max(s0, lo, trig.start - 90), trig.start)
    if linked is not None and (d := _date_at(doc, linked.start("d"))) is not None:
        return d
    if limit is None or limit[0] <= s0:
        intro = _INTRO_DATE.match(doc.mask, s0, s1)
        if intro is not None and (d := _date_at(doc, intro.start("d"))) is not None:
            return d
    return None


def _location(doc: Doc, trig: _Trigger, c1: int) -> str | None:
    lex = _lexicon()
    mask = doc.mask
    spots = []
    if trig.kind in (EventKind.VISIT, EventKind.ATTACK) and not trig.noun:
        obj = _OBJECT_PLACE.match(mask, trig.end, c1)
        # "visited Ukraine", "struck Kharkiv"; but "fires U.S.-made missiles" names no place.
        if obj is not None and (trig.kind is EventKind.VISIT or lex.place.match(doc.text, obj.start("loc"))):
            spots.append(obj)
    spots.extend(m for m in [_LOCATION.match(mask, trig.end, c1)] if m is not None)
    for spot in spots:
        l0, l1 = spot.span("loc")
        if mask[l0] == "\x01":
            mention = doc.mentions.get(l0)
            if mention is None:
                continue
            name = doc.text[mention.start : mention.end]
            after = doc.text[mention.end : mention.end + 2]
            if after in {"'s", "\u2019s"}:  # "in Russia's Bryansk Oblast": the place follows
                known = lex.place.search(doc.text, mention.end + 2, min(c1, mention.end + 40))
                if known is not None:
                    return known.group()
                named = _AFTER_POSSESSIVE.match(doc.text, mention.end + 2, c1)
                if named is not None:
                    return named.group("loc")
            if mention.actor.kind is not ActorKind.PERSON and mention.actor.kind is not ActorKind.MEDIA:
                return name.removeprefix("the ").removeprefix("The ")
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
    c0, _ = _clause(doc, trig.start - min(trig.start, 200), c1, trig.start, trig.end)
    for m in _PLACE_IN.finditer(doc.text, max(0, c0), c1):
        known = lex.place.match(doc.text, m.end())
        if known is not None:
            return known.group()
    return None


def _participants(doc: Doc, trig: _Trigger, s0: int, c0: int, c1: int) -> list[Actor]:
    out: list[Actor] = []
    place = _lexicon().place
    lo = c0
    if not trig.noun:
        # The subject of a verb trigger opens the sentence.
        first = bisect.bisect_left(doc.starts, s0)
        if first < len(doc.starts) and trig.start - _WINDOW <= doc.starts[first] < trig.start:
            lo = min(lo, doc.starts[first])
    lex = _lexicon()
    for f in lex.forces.finditer(doc.mask, lo, c1):
        actor = active_registry().lookup(lex.demonyms[" ".join(f.group("d").split())])
        if actor is not None and actor not in out:
            out.append(actor)
    i = bisect.bisect_left(doc.starts, lo)
    while i < len(doc.starts) and doc.starts[i] < c1:
        mention = doc.mentions[doc.starts[i]]
        if (
            mention.actor.kind in _PARTICIPANT_KINDS
            and not (doc.quotes and _in_spans(doc.quotes, mention.start))
            and not place.fullmatch(doc.text, mention.start, mention.end)
            and mention.actor not in out
        ):
            out.append(mention.actor)
        i += 1
    return out


def find_events(doc: Doc, statement_spans: list[tuple[int, int]]) -> list[FoundEvent]:
    """Every dated event in the document, in text order."""
    contents = sorted(statement_spans)
    out: list[FoundEvent] = []
    for sent in doc.sentences:
        s0, s1 = sent.start, sent.end
        header_date: DateMention | None = None
        if sent.header >= 0:
            h = doc.sentences[sent.header]
            i = bisect.bisect_left(doc.date_starts, h.start)
            if i < len(doc.dates) and doc.dates[i].end <= h.end and _date_types(doc.dates[i]):
                header_date = doc.dates[i]
        by_kind: dict[EventKind, FoundEvent] = {}
        order: list[EventKind] = []
        triggers = _triggers(doc, s0, s1)
        has_visit = any(t.kind is EventKind.VISIT for t in triggers)
        # "leaders gathered in London on Sunday for a summit": the gathering is the summit
        summit_purpose = any(
            t.kind is EventKind.SUMMIT and _FOR_PURPOSE.search(doc.mask, max(s0, t.start - 30), t.start)
            for t in triggers
        )
        converted = False
        for trig in triggers:
            kind = trig.kind
            if (
                kind is EventKind.MEETING
                and has_visit
                and _FOR_PURPOSE.search(doc.mask, max(s0, trig.start - 30), trig.start)
            ):
                kind = EventKind.VISIT
            if kind is EventKind.MEETING and summit_purpose and not trig.noun:
                kind, converted = EventKind.SUMMIT, True
            limit = _in_spans(contents, trig.core_start)
            when = _date_for(doc, trig, s0, s1, limit)
            if when is None and limit is None and header_date is not None:
                when = header_date
            if when is not None and limit is None and _in_spans(contents, when.start):
                when = None
            lo, hi = limit if limit is not None else (s0, s1)
            c0, c1 = _clause(doc, max(s0, lo), min(s1, hi), trig.start, trig.end)
            participants = _participants(doc, trig, max(s0, lo), c0, c1)
            location = _location(doc, trig, c1)
            if location is not None:
                participants = [a for a in participants if location not in a.names]
            prev = by_kind.get(kind)
            if prev is None:
                by_kind[kind] = FoundEvent(kind, trig.start, trig.end, when, tuple(participants), location)
                order.append(kind)
            else:
                merged = list(prev.participants) + [a for a in participants if a not in prev.participants]
                by_kind[kind] = prev._replace(
                    when=prev.when or when, participants=tuple(merged), location=prev.location or location
                )
                if converted and kind is EventKind.SUMMIT and trig.noun:  # the summit names the event
                    by_kind[kind] = by_kind[kind]._replace(
                        start=trig.start, end=trig.end, location=location or prev.location
                    )
                    converted = False
        out.extend(by_kind[k] for k in order if by_kind[k].when is not None)
    return out
