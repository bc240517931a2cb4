"""The actor-mention finder of a document: every actor a text names, each resolved to one actor.

The registry finder (:meth:`._actors.ActorRegistry.find_mentions`: names, aliases, titles, titled new
names) gives the mentions; titles and shared names are resolved to the actor introduced last, else to the
holder of the title on the publication date. Then the forms the registry finder leaves out are added
(:func:`_supplement`): a body before an unnamed spokesperson or document ("a NATO official said"), a
demonym before officials ("Ukrainian officials"), an organisation by its head noun ("the Institute for the
Study of War"), people the registry does not know named next to a speech verb with an appositive or title,
surnames of people named earlier in full, bodies in lower case ("Ukraine's air force"), by capital
("the Defence Ministry in Moscow") or named again by their head noun ("the ministry said"). The place of
a wire dateline ("WASHINGTON (AP) -") is no actor mention.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from ._actors import ARTICLES, ActorMention, MentionKind, active_registry, misspelt_of, plain_name, slug, unknown_actor
from ._dateline import datelines
from ._dates._lexicon import lexicon as date_lexicon
from ._letters import latin_letters
from ._resources import alternation, tsv_rows, word_classes
from ._sentences import checked_word_pattern, sentence_breaks, word_pattern
from ._speech import NP_DETERMINER, kind_appositive, lexicon, title_prepositions, verb_forms, verb_set, verb_words
from .errors import ResourceError
from .model import Actor, ActorKind, Role

if TYPE_CHECKING:
    from collections.abc import Iterator, Reversible, Sequence

__all__ = ["Mention", "actor_mentions", "adjective_of", "demonym_states", "document_mentions"]


class Mention(NamedTuple):
    """An actor named in the text; ``candidates``: who a title or shared name may also mean; ``found``:
    the registry finder's mention it resolves (None for the forms :func:`_supplement` adds)."""

    start: int
    end: int
    actor: Actor
    candidates: tuple[Actor, ...] = ()
    found: ActorMention | None = None


def document_mentions(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every actor mention of ``text`` in text order, not overlapping, each resolved to one actor."""
    if not isinstance(text, str) or not text:
        return []
    raw = _without_first_names(text, active_registry().find_mentions(text))
    mentions = _surnames_of_the_introduced(_supplement(text, _resolve_mentions(raw, published)))
    if published is not None:
        mentions = _titles_in_focus(text, mentions, raw, published)
        mentions = _state_possessive_titles(text, mentions, published)
    return _without_datelines(text, _without_bodies_in_titles(text, _titles_of_a_body_again(text, mentions)))


@cache
def _of_body_again() -> re.Pattern[str]:
    """ "of the agency" after a bare title: a head noun that names a body again (classes body_again and org_again
    of data/name_words.tsv, as :func:`_body_again` reads them) or one that does so only after a title (class
    title_of_body: "organisation", "fund")."""
    words = name_words()
    nouns = _cased_words((*words["body_again"], *words["org_again"], *words["title_of_body"]))
    return re.compile(rf"\s+of\s+the\s+(?:{nouns})\b(?![\w'\u2019-])")


def _titles_of_a_body_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """Rule title-of-the-body-again: a bare title resolved to a person takes in "of the <noun>" after it, a body
    named again by its noun (:func:`_of_body_again`): "the director general of the agency"
    and "the Secretary General of the organisation" are one mention of the title's holder, so that the speech
    verb beside the phrase reads it ("..., the director general of the agency said", '"...," said the Secretary
    General of the organisation'); not where another mention starts inside those words."""
    out = []
    for i, m in enumerate(mentions):
        if m.found is not None and m.found.kind is MentionKind.TITLE and m.actor.kind is ActorKind.PERSON:
            of = _of_body_again().match(text, m.end)
            if of is not None and (i + 1 == len(mentions) or of.end() <= mentions[i + 1].start):
                m = m._replace(end=of.end())  # noqa: PLW2901 - the same mention, its words taken in
        out.append(m)
    return out


def actor_mentions(text: str) -> list[ActorMention]:
    """The mentions of :func:`document_mentions` as :class:`~._actors.ActorMention` (what
    ``find_actor_mentions`` returns): a registry finder's mention as it found it (a title keeps its
    candidates), an added form as a name (a registry actor) or a new actor; a title the text does not
    resolve is kept where no other mention covers it."""
    if not isinstance(text, str) or not text:
        return []
    raw = _without_first_names(text, active_registry().find_mentions(text))
    mentions = _surnames_of_the_introduced(_supplement(text, _resolve_mentions(raw, None)))
    mentions = _without_datelines(text, _without_bodies_in_titles(text, mentions))
    reg = active_registry()
    out: list[ActorMention] = []
    for m in mentions:
        if m.found is not None:
            out.append(m.found)
            continue
        known = m.actor.id in reg
        kind = MentionKind.NAME if known else MentionKind.NEW
        name = text[m.start : m.end]
        out.append(ActorMention(start=m.start, end=m.end, text=name, kind=kind, actor=m.actor, name=name))
    taken = _Taken(mentions, len(text))
    kept = {id(m.found) for m in mentions if m.found is not None}
    for r in raw:
        if id(r) not in kept and r.kind is MentionKind.TITLE and taken.free(r.start, r.end):
            taken.take(r.start, r.end)
            out.append(r)
    out.sort(key=lambda m: m.start)
    return out


_NAMED: Final = frozenset({MentionKind.NAME, MentionKind.TITLED_NAME})
# A capitalised word right after a mention (read from its first letter): the surname of a name the mention opens.
_NEXT_NAME_WORD: Final = re.compile(rf"[ \t]+(?P<word>[{latin_letters(upper=True)}][\w'\u2019-]+)")


_PREVIOUS_NAME_WORD: Final = re.compile(
    rf"(?<![\w'\u2019-])(?P<word>[{latin_letters(upper=True)}][\w'\u2019-]+)[ \t]+$"
)


def _after_other_first_name(text: str, m: ActorMention, actor: Actor) -> bool:
    """Whether a registry person's shared surname ("Miller", an ambiguous alias) follows a known first name
    that is not the person's: "Igor Miller" is not Matthew Miller."""
    if not m.ambiguous or m.kind is not MentionKind.NAME or " " in m.text.strip():
        return False
    prev = _PREVIOUS_NAME_WORD.search(text, max(0, m.start - 40), m.start)
    if prev is None or not known_first_name(word := prev.group("word")):
        return False
    names = {plain_name(n) for n in (actor.name, *actor.aliases)}
    return plain_name(word) not in {w for n in names for w in n.split()} and plain_name(f"{word} {m.text}") not in names


def _without_first_names(text: str, raw: list[ActorMention]) -> list[ActorMention]:
    """Registry mentions without a known person's one-word name that is a first name (data/first_names.tsv)
    opening someone else's full name: "Pavel" of "Pavel Zarubin" is not Petr Pavel, "Michel" of "Michel
    Barnier" not Charles Michel, "Dan" of "Dan Smith" not Nicusor Dan. The next word is capitalised and none
    that opens no name (a weekday, a month, a body's word). Nor a shared surname after another first name
    ("Igor Miller" is not Matthew Miller)."""
    out: list[ActorMention | None] | None = None  # a copy of raw made at the first drop; a dropped one is None
    for i, m in enumerate(raw):
        actor = m.actor
        if m.kind not in _NAMED or actor is None or actor.kind is not ActorKind.PERSON or actor.name in m.text:
            continue
        if _after_other_first_name(text, m, actor):
            if out is None:
                out = list(raw)
            out[i] = None
            continue
        last = m.text.split()[-1]  # the name after a title: "the journalist Pavel Zarubin"
        nxt = _NEXT_NAME_WORD.match(text, m.end) if known_first_name(last) else None
        if nxt is None or f"{last} {nxt.group('word')}" == actor.name:
            continue
        word = nxt.group("word")
        not_first, body_words, _ = _word_sets()
        if word in not_first or word in body_words or word in _weekdays():
            continue
        if out is None:
            out = list(raw)
        out[i] = None
    return raw if out is None else [m for m in out if m is not None]


def _title_fits(title: str, held: str) -> bool:
    """Whether a bare title ("minister") names the office someone was introduced with ("Minister of
    Defence"): the same office, or the office's first words."""
    return active_registry().same_title(title, held) or held.startswith(title + " ")


def _introduced_with(m: ActorMention, introduced: dict[tuple[str, str | None], Actor]) -> Actor | None:
    """The person the text introduced last with the title of ``m`` ("Government spokesman Adam Szlapka
    ... the spokesman wrote"): the text's own introduction beats the registry's holders. A title that names
    its state or body means the person introduced with that office of that state ("the Estonian foreign
    minister" after the Estonian and the Finnish ones). ``introduced`` holds one person per office and
    organisation, the one introduced last at the end (a bounded number of offices)."""
    if m.kind is not MentionKind.TITLE or m.role is None:
        return None
    # a title whose words name its state ("the Defence Secretary": the UK's) is that state's office
    org = m.role.organisation or active_registry().home_state(m.role.title)
    fitting = [
        (held, held_org, a) for (held, held_org), a in reversed(introduced.items()) if _title_fits(m.role.title, held)
    ]
    if org is None:
        return fitting[0][2] if fitting else None
    # One introduced with the office OF THAT STATE beats a later one introduced without a known state ("the
    # Russian president" after "Russian President X and <unregistered state's> President Y" is X).
    same = next((a for _, held_org, a in fitting if held_org == org), None)
    if same is not None:
        return same
    return next((a for held, held_org, a in fitting if held_org is None and not _holds_elsewhere(a, held, org)), None)


def _holds_elsewhere(actor: Actor, title: str, org: str) -> bool:
    """Whether the registry gives ``actor`` the office ``title`` of another body or state than ``org`` (and none
    of ``org``): "the UK PM" is not the Spanish prime minister the text introduced without his state."""
    held = [
        r.organisation
        for r in actor.roles
        if r.organisation is not None and (_title_fits(r.title, title) or _title_fits(title, r.title))
    ]
    return bool(held) and org not in held


def _known_tail(actor: Actor) -> Actor | None:
    """The registry person whose full name ends a new person's name, the words before it being part of a
    title the finder took for a name ("... of the Russian Armed Forces Valery Gerasimov")."""
    words = actor.name.split()
    if actor.kind is not ActorKind.PERSON or len(words) < 3:
        return None
    reg = active_registry()
    for k in range(1, len(words) - 1):
        known = reg.lookup(" ".join(words[k:]))
        if known is not None and known.kind is ActorKind.PERSON and " " in known.name:
            return known
    return None


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(name_words()["honorific"])


def _not_name_word(word: str) -> bool:
    """A word that opens a name the finder read without being part of it: a courtesy word ("Mr"), a rank
    or title ("Colonel", "General") or a word of a body's name ("Staff")."""
    return word in _honorifics() or word in _word_sets()[1] or active_registry().parse_title(word) is not None


# A state's ministry named "of" its domain: "South Korean Ministry of Defense", "Latvian Ministry of Foreign Affairs".
_MINISTRY_OF: Final = re.compile(
    r"(?P<owner>(?:[A-Z][\w-]*\s+){1,2})Ministry\s+of\s+(?:the\s+)?(?P<domain>[A-Z][\w-]*(?:\s+Affairs)?)"
)
# Domains whose short form before "Ministry" differs ("the Foreign Ministry", "the Interior Ministry").
_SHORT_DOMAIN: Final = {"Foreign Affairs": "Foreign", "Internal Affairs": "Interior"}


def body_named(name: str) -> Actor:
    """A body the registry does not know, by the name the text writes, a state's ministry in the common
    English order ("South Korean Ministry of Defense" is the "South Korean Defense Ministry", as news and the
    real gold name ministries: "Chinese Foreign Ministry", "Russian Defence Ministry")."""
    m = _MINISTRY_OF.fullmatch(name)
    if m is not None:
        domain = m.group("domain")
        name = f"{m.group('owner')}{_SHORT_DOMAIN.get(domain, domain)} Ministry"
    return unknown_actor(name, ActorKind.ORGANISATION)


def person_named(name: str) -> Actor:
    """The person a name the text writes denotes: the registry's, else a new person (see
    :func:`_named_person`)."""
    known = active_registry().lookup(name)
    return known or _named_person(unknown_actor(name, ActorKind.PERSON))


def _named_person(actor: Actor) -> Actor:
    """A new person's name without the words before it that are no part of a name (a courtesy word, a rank,
    a title or a body's words the finder read as a name: "Mr Blinken", "Colonel David Butler", "General Staff
    Gerasimov"), then the registry person it names, in either order of first name and surname ("Toiu Oana",
    as some outlets write a name) or misspelt by one letter ("Ivan Federov"), or the known person whose full
    name ends it."""
    words = actor.name.split()
    if actor.kind is not ActorKind.PERSON or _word_sets()[1].intersection(words[-1:]):
        return actor  # "Defense Ministry": a body's name the finder took for a person's is no one's
    k = 0
    while k < len(words) - 1 and _not_name_word(words[k]):
        k += 1
    reg = active_registry()
    rest = words[k:]
    forms = [" ".join(rest)] + ([f"{rest[1]} {rest[0]}"] if len(rest) == 2 else [])
    for form in forms:
        known = reg.lookup(form) or reg.misspelt(form)  # "Matteo Zuppia": one letter off the registry's
        if known is not None and known.kind is ActorKind.PERSON:
            return known
    if k == 0:
        return _known_tail(actor) or actor
    name = " ".join(rest)
    return _known_tail(attrs.evolve(actor, name=name)) or attrs.evolve(actor, id=slug(name), name=name)


def _ministry_head(m: ActorMention, body: str, published: dt.date | None) -> Actor | None:
    """The head of a state's ministry a title names ("the head of the German Defence Ministry"): the one who
    held "<domain> Minister" of that state on the publication day, where the registry knows one."""
    words = body.split()
    if published is None or m.role is None or m.role.organisation is None or words[-1] != "Ministry":
        return None
    if not m.text.casefold().startswith(("head ", "the head ", "chief ", "the chief ")):
        return None
    reg = active_registry()
    role = reg.parse_title(" ".join([*words[:-1], "Minister"]))
    if role is None:
        return None
    holders = reg.holders(role.title, published, organisation=m.role.organisation)
    return holders[0] if len(holders) == 1 else None


def _local_unnamed(m: ActorMention) -> bool:
    """A bare title of a local office with no place ("the regional governor said"): not the registry's
    holder of it somewhere, who the text may never have named."""
    return (
        m.kind is MentionKind.TITLE
        and m.role is not None
        and m.role.organisation is None
        and (active_registry().is_local(m.role.title))
    )


def _anyones(m: ActorMention) -> bool:
    """A generic title with no body or state ("the minister said", "according to the minister"): every
    government has one, so the registry's holder of it on the day is no one the text means (one the text
    named before still is)."""
    role = m.role
    return role is not None and role.organisation is None and active_registry().is_generic(role.title)


def _titles_in_focus(
    text: str, mentions: list[Mention], raw: Sequence[ActorMention], published: dt.date
) -> list[Mention]:
    """``mentions`` with the titles no one the text named holds, where no other mention stands, resolved by
    ``_holder_in_focus`` (after the other mentions are found: a state named by its adjective, "the Polish
    military", is in focus too)."""
    taken = _Taken(mentions, len(text))
    bodies = [m for m in mentions if m.actor.kind in (ActorKind.STATE, ActorKind.ORGANISATION)]
    starts = [m.start for m in bodies]
    holders: dict[tuple[str, str | None], tuple[Actor, ...]] = {}  # (title, body) -> holders that day, read once
    extra = []
    for r in raw:
        if r.kind is MentionKind.TITLE and r.actor is None and taken.free(r.start, r.end):
            actor = _holder_in_focus(r, (bodies, starts), holders, published)
            if actor is not None:
                taken.take(r.start, r.end)
                extra.append(Mention(r.start, r.end, actor, tuple(r.candidates), r))
    extra = _one_holder_per_title(extra, bodies, published)
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


def _one_holder_per_title(found: list[Mention], bodies: list[Mention], published: dt.date) -> list[Mention]:
    """Rule bare-title-means-one-holder: a text's bare title ("the prime minister" again and again) means one
    person throughout it. Where the states named near its uses give it different holders, its first use
    decides: the holder for a state named before it (it refers back: "Drones hit Kyiv. The prime minister
    said ... Moscow ... the prime minister added" is Ukraine's both times); with none before it (a text of a
    government about its own head: "The Prime Minister addressed the call ... Portugal ... Ukraine, the Prime
    Minister said"), the text's state is none of those named, and no use is resolved to a registry holder."""

    def bare_title(m: Mention) -> str | None:
        role = m.found.role if m.found is not None else None
        return role.title if role is not None and role.organisation is None else None

    uses: dict[str, list[Mention]] = {}
    for m in found:
        if (title := bare_title(m)) is not None:
            uses.setdefault(title, []).append(m)
    reg = active_registry()
    out = found
    for title, ms in uses.items():
        if len({m.actor.id for m in ms}) < 2:
            continue
        first = min(ms, key=lambda m: m.start)
        back = any(
            b.start < first.start and reg.holders(title, published, organisation=b.actor.name) == (first.actor,)
            for b in bodies
        )
        if back:
            out = [m._replace(actor=first.actor) if bare_title(m) == title else m for m in out]
        else:
            out = [m for m in out if bare_title(m) != title]
    return out


def _holder_in_focus(
    m: ActorMention,
    named: tuple[list[Mention], list[int]],
    holders: dict[tuple[str, str | None], tuple[Actor, ...]],
    published: dt.date,
) -> Actor | None:
    """Rule title-of-the-body-in-focus (``_speaker_rules``): a title no one the text named holds means the one
    who held it on the day for the body it names ("the French Defense Minister": France's minister of the
    armed forces, a local name of the office), or, a bare title ("the prime minister"), for the state or body
    that has one holder of it that day named nearest before it (a definite title refers back: "Drones hit
    Kyiv. The prime minister said Moscow ..." is Ukraine's), else, with none before, nearest after it ("The
    prime minister told reporters that the Polish military ..." is Poland's). Not a title with a qualifier
    ("former"), a local office (a governor: many at once) or a generic one ("the president", "the minister").
    A bare title whose words name its state ("the Defence Secretary", British spelling) is that state's.
    ``named``: the states and bodies the text names, with their starts; ``holders``: a memo of the holders of
    a title for a body that day."""
    role = m.role
    if role is None or m.modifier is not None:
        return None
    reg = active_registry()

    def one_holder(organisation: str | None) -> Actor | None:
        key = (role.title, organisation)
        if key not in holders:
            holders[key] = reg.holders(role.title, published, organisation=organisation)
        found = holders[key]
        return found[0] if len(found) == 1 else None

    if role.organisation is not None:
        return one_holder(role.organisation)
    if (home := reg.home_state(role.title)) is not None:  # "the Defence Secretary": the UK's, whoever is near
        return one_holder(home)
    if reg.is_local(role.title) or reg.is_generic(role.title):  # "the president": of any state named near it
        return None
    bodies, starts = named
    i = bisect.bisect_left(starts, m.start)
    before = (bodies[k] for k in range(i - 1, -1, -1))
    after = (bodies[k] for k in range(i, len(bodies)) if bodies[k].start > m.start)
    for body in itertools.chain(before, after):  # the nearest first on each side
        actor = one_holder(body.actor.name)
        if actor is not None:
            return actor
    return None


_HANDOVER_BEFORE: Final = dt.timedelta(days=7)  # "the outgoing chief" a few days after the handover still means
_HANDOVER_AFTER: Final = dt.timedelta(days=183)  # a term that ends (or begins) within half a year of the date


def _leaving_or_coming(m: ActorMention, published: dt.date) -> Actor | None:
    """The one candidate of a bare title with "outgoing" ("the outgoing secretary-general") whose term of that
    office ends near the date -- from a week before it to half a year after -- or with "incoming" whose term
    begins then: the registry's dated roles name who was leaving or arriving, not the holder on the day."""
    if m.modifier not in {"outgoing", "incoming"} or m.role is None:
        return None
    title, org = m.role.title, m.role.organisation
    found = set()
    for c in m.candidates:
        for r in c.roles:
            edge = r.end if m.modifier == "outgoing" else r.start
            if r.title != title or (org is not None and r.organisation != org) or edge is None:
                continue
            if -_HANDOVER_BEFORE <= edge - published <= _HANDOVER_AFTER:  # a difference: no date past the calendar
                found.add(c)
    return found.pop() if len(found) == 1 else None


def _surnames_of_the_introduced(mentions: list[Mention]) -> list[Mention]:
    """Rule surname-of-the-person-introduced: a surname the registry shares with others ("Miller", flagged
    ambiguous) means the person the text introduced with a first name and that surname ("gas company head Igor
    Miller ... Miller added"), someone the registry does not know, unless the registry's bearer was named
    between the two (its examples: ``_speaker_rules.SPEAKER_RULES``)."""
    out: list[Mention] = []
    introduced: dict[str, tuple[int, Actor]] = {}  # surname -> (where, whom): the person introduced last with it
    named: dict[str, int] = {}  # registry actor id -> where the text named it last
    reg = active_registry()
    for m in mentions:
        found = m.found
        if found is not None and found.kind is MentionKind.NAME and found.ambiguous and found.text in introduced:
            where, person = introduced[found.text]
            if m.actor.kind is ActorKind.PERSON and named.get(m.actor.id, -1) < where:
                m = m._replace(actor=person, candidates=())  # noqa: PLW2901 - the same words, the person meant
        words = m.actor.name.split()
        if m.actor.kind is ActorKind.PERSON and m.actor.id not in reg and len(words) > 1:
            introduced[words[-1]] = (m.start, m.actor)
            if (family := family_name_first(m.actor.name)) is not None:  # "Kim Tae-hyo ... Kim said"
                introduced[family] = (m.start, m.actor)
        elif m.actor.id in reg:
            named[m.actor.id] = m.start
        out.append(m)
    return out


def _resolve_mentions(raw: Sequence[ActorMention], published: dt.date | None = None) -> list[Mention]:
    """Actor mentions with an actor each: a bare title to the person the text introduced last with it,
    titles and shared names to the last actor introduced, else (a title) to the one who held it on the
    publication date."""
    out: list[Mention] = []
    last_seen: dict[str, int] = {}
    introduced: dict[tuple[str, str | None], Actor] = {}  # office, organisation -> who the text introduced last
    for m in raw:
        actor = m.actor or _introduced_with(m, introduced)
        if m.kind is MentionKind.NEW and actor is not None:
            if actor.kind is ActorKind.PERSON and _word_sets()[1].intersection(actor.name.split()[-1:]):
                # "Chief of the General Staff of the Belarusian Armed Forces": a body's name, no one's; "the head
                # of the German Defence Ministry": its minister on the day
                actor = _ministry_head(m, actor.name, published)
                if actor is None:
                    continue
            else:
                actor = _named_person(actor)
        if actor is None and m.candidates and not _local_unnamed(m):
            # The candidate introduced most recently; else the first (most recent holder of the title).
            seen = [(last_seen[c.id], c) for c in m.candidates if c.id in last_seen]
            actor = max(seen, key=lambda t: t[0])[1] if seen else None
            if actor is None and m.kind is MentionKind.TITLE and published is not None and m.role and not _anyones(m):
                title = m.role.title
                holders = [c for c in m.candidates if any(r.title == title and r.holds_on(published) for r in c.roles)]
                actor = _leaving_or_coming(m, published) or (holders[0] if len(holders) == 1 else None)
            if actor is None and (m.kind is not MentionKind.TITLE or len(m.candidates) == 1):
                actor = m.candidates[0]
        if actor is None:
            continue
        last_seen[actor.id] = m.start
        if m.kind in (MentionKind.TITLED_NAME, MentionKind.NEW) and m.role is not None:
            office = (m.role.title, m.role.organisation)
            introduced.pop(office, None)
            introduced[office] = actor
        out.append(Mention(m.start, m.end, actor, tuple(m.candidates) if m.kind is MentionKind.TITLE else (), m))
    return out


_WORD_CLASSES: Final = (
    "not_first",
    "body_word",
    "not_surname",
    "title_noun",
    "org_head",
    "org_speaker",
    "body_modifier",
    "body_noun",
    "document_head",
    "lower_body",
    "body_again",
    "org_again",
    "capital_body",
    "honorific",
    "given_honorific",
    "state_body",
    "name_particle",
    "bare_own",
    "clause_opener",
    "title_gap_head",
    "function_word",
    "after_body_name",
    "place_preposition",
    "compass_word",
    "state_noun",
    "title_of_body",
)


@cache
def name_words() -> dict[str, tuple[str, ...]]:
    """The closed word classes of ``data/name_words.tsv``: class -> its words in file order.

    Raises:
        ResourceError: a line names an unknown class.
    """
    return word_classes("name_words.tsv", _WORD_CLASSES)


@cache
def title_nouns() -> frozenset[str]:
    """The title nouns of data/name_words.tsv (class title_noun: "minister", "head", "mayor"), case folded."""
    return frozenset(w.casefold() for w in name_words()["title_noun"])


@cache
def title_noun_words() -> str:
    """The title nouns of data/name_words.tsv (class title_noun) as written, one regex alternation (no word
    boundaries: callers add theirs)."""
    return word_pattern(name_words()["title_noun"], fold_first=False)


@cache
def _name_table() -> dict[str, str]:
    """``data/first_names.tsv``: the first word of a person's name -> "she", "he", "either" or "family".

    Raises:
        ResourceError: a pronoun is none of those.
    """
    out: dict[str, str] = {}
    for n, (name, pronoun) in tsv_rows("first_names.tsv", 2):
        if pronoun not in {"she", "he", "either", "family"}:
            raise ResourceError(
                "data/first_names.tsv", [f"line {n}: pronoun {pronoun!r} is not 'she', 'he', 'either' or 'family'"]
            )
        out[name] = pronoun
    return out


@cache
def first_names() -> dict[str, str]:
    """``data/first_names.tsv``: first name -> the pronoun ("she" or "he") news text uses for its bearers (the
    names borne by both, marked "either", and family names written first, marked "family", are left out: they
    tell no pronoun).

    Raises:
        ResourceError: a pronoun is not "she", "he", "either" or "family".
    """
    return {name: pronoun for name, pronoun in _name_table().items() if pronoun in {"she", "he"}}


# A Korean given name in two syllables joined by a hyphen, the second in lower case ("Tae-yong"): written after
# the surname, which alone then names the person again ("Cho Tae-yong ... Cho told lawmakers").
_GIVEN_AFTER: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name_first(name: str) -> str | None:
    """The family name of a person's name written family name first, which alone names the person again: its
    first word where that is a family name of ``data/first_names.tsv`` ("Mao Ning", "Nguyen Phu Trong") or the
    given name after it is a Korean one in two hyphenated syllables ("Cho Tae-yong"); else None."""
    words = name.split()
    if len(words) < 2 or len(words[0]) < 2:
        return None
    if _name_table().get(words[0]) == "family" or (len(words) == 2 and _GIVEN_AFTER.fullmatch(words[1])):
        return words[0]
    return None


def known_first_name(word: str) -> bool:
    """Whether ``word`` may open a person's name: a name of ``data/first_names.tsv``, or a hyphenated given name
    whose first part is one ("Kassym-Jomart", "Jean-Noël")."""
    table = _name_table()
    return word in table or ("-" in word and word.split("-", 1)[0] in table)


@cache
def _bare_named() -> _ClauseOpening:
    """A first and last name with no title opening a clause right before a speech verb ('"...," Artem
    Kovalenko said', "Piers Holloway noted that"): read as a person where the first word is a known first
    name (``data/first_names.tsv``; a capitalised word before a surname is often no name: "Yesterday Rutte")."""
    return _ClauseOpening.of(_titled_name(middle=True) + _verb_after_name())


@cache
def _verb_after_name() -> str:
    """A speech verb after a name, with what may stand between them as written (the words are read before
    dates are masked): adverbs ("also", "earlier", an adverb in -ly), a day or month ("on Tuesday", "Friday",
    "in September"), a medium ("on X", "on Telegram") or a setting ("in a statement", "at a press
    conference"), up to three of them: "Anna Lindqvist on Tuesday said", "X in a statement said"."""
    verbs = verb_words("say", "declare", "tell")
    return rf"{_OF_PLACE}\s+(?:(?:{_adverbial()})\s+){{0,3}}(?:{verbs})\b"


# A body or place a person is "of", after the name: "X of Sweden", "Y of the Institute for the Study of War".
_OF_PLACE: Final = (
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?:the\s+)?[A-Z][\w'\u2019-]*){0,5}?)?"
)


@cache
def _adverbial() -> str:
    """One adverbial that may stand next to a speaker's name, as written (see ``_verb_after_name``)."""
    lex = lexicon()
    days = word_pattern(_weekdays(), fold_first=False)
    months = word_pattern(_months(), fold_first=False)
    mediums = word_pattern(lex.medium, fold_first=False)
    venues = word_pattern([*lex.venue, *lex.doc], fold_first=False)
    return (
        r"also|again|later|earlier|previously|then|reportedly|publicly|separately|recently|already|has|had|"
        rf"(?:on\s+)?(?:{days})|in\s+(?:{months})|on\s+(?:the\s+)?(?i:{mediums})|"
        rf"(?:in|at|during)\s+(?:{NP_DETERMINER})\s+(?:[\w-]+\s+){{0,2}}?(?i:{venues})|"
        r"(?!(?:family|ally|rally|assembly|supply|reply|daily|weekly|monthly|only|early)\b)[a-z]{2,}ly"
    )


# What opens a clause: punctuation, or the last line break of a run of spaces and line breaks (not each one:
# every start in one run reaches the same words, and trying them all is quadratic), then spaces.
_CLAUSE_MARK: Final = r"[,;:.!?\"\u201d\u2013\u2014\n](?:(?<!\n)|(?![^\S\n]*+\n))\s*"


class _ClauseOpening(NamedTuple):
    """A pattern read where a clause opens: at the text's start or after a clause mark (``_CLAUSE_MARK``).

    The matches are those of ``(?:^|(?<=mark))\\s*`` + the pattern, in text order, but each one after a mark
    starts at the mark (read its groups, not its start): a pattern that opens with a class of characters is
    scanned by the regex engine from one such character to the next, instead of trying every place."""

    at_start: re.Pattern[str]
    after_mark: re.Pattern[str]

    @classmethod
    def of(cls, pattern: str) -> _ClauseOpening:
        return cls(re.compile(r"\s*" + pattern), re.compile(_CLAUSE_MARK + pattern))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # A match ends in a word (a speech verb): the next one starts after a mark at or after its end, as
        # with the lookbehind form, whose next start could only be its end after a mark.
        first = self.at_start.match(text)
        if first is not None:
            yield first
        yield from self.after_mark.finditer(text, first.end() if first is not None else 0)


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Capitalised words that open no name, words of a body's name, and words next to a speech verb that
    are no surname (``data/name_words.tsv``)."""
    words = name_words()
    return frozenset(words["not_first"]), frozenset(words["body_word"]), frozenset(words["not_surname"])


@cache
def _org_before_word() -> re.Pattern[str]:
    """A known body before an unnamed speaker or a document: "a NATO official", "the Kremlin's readout"."""
    nouns = word_pattern(name_words()["org_speaker"], fold_first=False)
    # "a", "an" or "the" at a word start, its first letter read before the checks (the word start after it, the
    # article's rest behind a lookbehind for that letter): a search skips from one of those letters to the next
    return re.compile(
        r"[AaTt](?<!\w.)(?:(?<=[Aa])n?|(?<=[Tt])he)\s+(?P<org>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}?)(?:['\u2019]s)?\s+"
        rf"(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b"
    )


@cache
def _title_noun_before() -> re.Pattern[str]:
    """A title noun ending the text before a name between commas ("the defence minister, ")."""
    nouns = word_pattern(name_words()["title_noun"])
    return re.compile(rf"\b(?i:{nouns})(?:\s+(?:{title_prepositions()})\s+[^,;\"\n]{{1,60}})?$")


# The last word of a name (from its first letter: only word starts are tried, so a long word is read once).
_LAST_WORD: Final = re.compile(r"(?<![\w'\u2019-])[\w'\u2019-]+$")
# A capitalised word (at a word start: the check follows the capital, so the engine skips to capitals).
_CAPITALISED: Final = re.compile(rf"[{latin_letters(upper=True)}](?<!\w.)[\w'\u2019-]+\b")


# Letters of names: every Latin letter, with its diacritics, by case (see latin_letters).
_UP: Final = latin_letters(upper=True)
_LO: Final = latin_letters(upper=False)
_NAME_START: Final = rf"(?P<name>[{_UP}]"
# The name's first capital is followed by what may stand before it (checked after it, so that a search
# skips from capital to capital): "(?<![\w.].)" not after a word or a dot, "(?<=\s.)" after a space.
_NAME: Final = (
    rf"(?P<name>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:\s+(?:[A-Z]\.\s+)?[{_UP}][{_LO}\u2019'-]+[{_LO}]){{1,2}})"
)


@cache
def _titled_name(*, middle: bool = False) -> str:
    """A given name and a surname (group "name"), with a middle initial, or with name particles and a second
    name between them (data/name_words.tsv class name_particle: "Abdulrahman bin Suleiman Al-Ahmed"); the
    surname may be hyphenated with capitals ("Botsan-Kharchenko") or open with a short capitalised prefix
    and a hyphen ("Al-Ahmed"). With ``middle``, one more capitalised word (group "middle") may stand before
    the surname: a middle name, or the given names after a family name written first ("Kim Yo Jong")."""
    particles = word_pattern(name_words()["name_particle"], fold_first=False)
    surname = rf"(?:[{_UP}][{_LO}]{{1,2}}-)?[{_UP}][{_LO}\u2019'-]+[{_LO}](?:-[{_UP}][{_LO}\u2019']*[{_LO}])?"
    inside = rf"(?:\s+(?:{particles})(?:\s+[{_UP}][{_LO}]+)?){{0,2}}"
    second = rf"(?P<middle>\s+[{_UP}][{_LO}]+)?" if middle else ""
    return rf"(?P<name>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?{inside}{second}\s+(?:[A-Z]\.\s+)?{surname})"


# An article (in lower case or capitalised) right before a name.
_ARTICLE_BEFORE: Final = re.compile(rf"\b(?:{alternation([*ARTICLES, *(w.capitalize() for w in ARTICLES)])})\s+$")


@cache
def _appositive_patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], _ClauseOpening, re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    verbs = verb_words("say", "declare", "tell")
    heads = word_pattern(name_words()["org_head"], fold_first=False)
    verb = _verb_after_name()
    appositive = (
        r",\s+(?:a|an|the|who|whose|(?!(?:to|in|at|on|from|with|for|by|of|and|or|but|as|after|before|into)\b)[a-z]+|"
        r"[A-Z][\w.&-]*['\u2019]s)\b[^,;\"\n]{2,90},"
    )
    # "Ivan Petrenko, a resident of Kharkiv, said" / "said Olena Kovalenko, an analyst"
    before = re.compile(_NAME.replace(_NAME_START, _NAME_START + r"(?<![\w.].)", 1) + appositive + verb)
    # "said Olena Kovalenko, an analyst", "said Oksana Petrenko, 54," (checked for a verb before by the caller)
    after = re.compile(
        _NAME.replace(_NAME_START, _NAME_START + r"(?<=\s.)", 1).replace("){1,2})", "){1,2}?)")  # "X Y Friday."
        + r"(?=,\s+(?:a|an|the|\d{1,3}|who)\b|\s*[.;]|,\s+(?:[a-z]+ing)\b"
        + rf"|{_OF_PLACE}(?:\s+(?:{_adverbial()})){{0,3}}\s*[.;,])"  # "said Olena Kovalenko on Tuesday."
    )
    verb_before = re.compile(rf"\b(?:{verbs})\s+$")
    # A title, then a first and last name, then a speech verb: "Kharkiv Governor Oleh Syniehubov said"
    # It opens a clause (see _ClauseOpening). A title word has at most 60 characters: a start after each dot
    # of "a.a.a.a..." reads one word.
    titled = _ClauseOpening.of(r"(?:[A-Za-z][\w.'\u2019-]{0,60}+\s+){1,7}?" + _titled_name() + verb)
    # An organisation named after "according to" or before a spokesperson: "the Institute for the Study of War"
    # (the first letter of "according", "a", "an", "the" read first, as in _org_before_word: a search skips
    # from one of those letters to the next)
    org = re.compile(
        r"[AaTt](?<!\w.)(?:(?<=[Aa])(?i:ccording)\s+to|(?<=[Aa])n?|(?<=[Tt])he)\s+(?:the\s+)?"
        r"(?P<org>(?:[A-Z][\w'-]*\s+(?:(?:of|for|on|the|and|[A-Z][\w'-]*)\s+){0,6}?)?"
        rf"(?:{heads})(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+[A-Z][\w'-]*){{1,4}}){{0,3}})(?=[\s,.;:]|['\u2019]s)"
    )
    # A title, then the name between commas: "Lithuania's defence minister, Dovilė Šakalienė, said"
    named = re.compile(r",\s+" + _NAME + r"," + verb)  # the title before the comma is checked by the caller
    return before, after, titled, org, verb_before, named


@cache
def _verb_lower_title() -> re.Pattern[str]:
    """A speech verb then a title in lower case ending the text before a name: "said exiled opposition
    leader ", "said foreign minister " (up to three words before the title noun)."""
    verbs = verb_words("say", "declare")
    return re.compile(rf"\b(?:{verbs})\s+(?:[a-z][a-z-]*\s+){{0,3}}(?:{title_noun_words()})\s+$")


@cache
def _inverted_titled() -> re.Pattern[str]:
    """'..., said CIA Director Jane Holloway on Wednesday', '..., said Secretary of the Interior Maria K.
    Dalton.': a speech verb, a title in capitals (with "of the"), then a first name, an optional middle
    initial and a surname, ending the clause or before its date. The title may open with "the" and, set off
    from the name by a comma, have words in lower case ('said the UN envoy for refugees, Anna Lindqvist')."""
    verbs = verb_words("say", "declare", case_branches=True)  # read over the whole text
    sep = rf"\s+(?:(?:{title_prepositions()})\s+(?:the\s+)?)?"
    nouns = title_noun_words()
    return re.compile(
        rf"\b(?:{verbs})\s+(?:the\s+)?(?:(?P<low>(?:[\w'\u2019.-]+{sep}){{0,5}}?[\w'\u2019.-]+),\s+|"
        rf"(?P<title>(?:[A-Z][\w'\u2019.-]*{sep}){{1,5}}?)|"
        rf"(?P<lower>(?:[A-Z][\w'\u2019.-]*\s+){{0,2}}(?:[a-z][a-z-]*\s+){{0,3}}(?:{nouns})\s+))"
        rf"(?P<first>[{_UP}][{_LO}]+)\s+(?:[A-Z]\.\s+)?(?P<last>[{_UP}][{_LO}\u2019'-]+[{_LO}])"
        r"(?=\s*[.,;]|\s+on\s)"
    )


@cache
def _speaking_bodies() -> tuple[dict[str, str], re.Pattern[str]]:
    """A state named by its adjective before its officials or forces: "Ukrainian officials said"."""
    demonyms = {demonym: state for _n, (demonym, state) in tsv_rows("demonyms.tsv", 2)}
    words = name_words()
    modifier = word_pattern(words["body_modifier"], fold_first=False)
    noun = word_pattern(words["body_noun"], fold_first=False)
    # the lookbehind after the demonym's first letter (see checked_word_pattern): the scan skips to capitals
    demonym = checked_word_pattern(demonyms, r"(?<![\w.].)")
    pattern = re.compile(rf"(?P<d>{demonym})\s+(?:(?:{modifier})\s+)?(?:{noun})\b")
    return demonyms, pattern


def _cased_words(forms: tuple[str, ...]) -> str:
    """An alternation of ``forms`` (``data/name_words.tsv``) where a capitalised word matches either case of
    its first letter and a lower-case word only itself; a space matches any run of whitespace."""

    def one(form: str) -> str:
        return r"\s+".join(
            f"[{w[0]}{w[0].lower()}]{re.escape(w[1:])}" if w[:1].isupper() else re.escape(w) for w in form.split()
        )

    return "|".join(one(f) for f in forms)


@cache
def _lower_body() -> re.Pattern[str]:
    """A body written in lower case after its state: "Ukraine's air force", "the Russian defence ministry"."""
    return re.compile(rf"\b(?:{_cased_words(name_words()['lower_body'])})\b")


_OWNER_BEFORE: Final = re.compile(r"(?<![\w.])[A-Z][\w.]*(?:['\u2019]s)?\s+$")


@cache
def _body_again() -> re.Pattern[str]:
    """A body named again by its head noun: "the ministry said", "the air force said", "the alliance"."""
    heads = _cased_words(_again_heads())
    return re.compile(rf"\b[Tt]he\s+(?P<head>{heads})\b(?!\s+of\b|['\u2019]s\s+[A-Z])")


def _again_heads() -> tuple[str, ...]:
    """The head nouns that name a body again: its own head noun (body_again) or any organisation's (org_again)."""
    words = name_words()
    return (*words["body_again"], *words["org_again"], *words["state_body"])


@cache
def _state_body_heads() -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in name_words()["state_body"])


# Bodies every state has: "the air force" with no air force named before is the one of the state named last.
_STATE_BODIES: Final = frozenset({"air force", "general staff", "security service"})
# Heads that stand for one body whatever its name ("the alliance" is NATO once NATO is named).
_HEAD_MEANS: Final = {"alliance": "nato", "bloc": "european-union"}


def _scan_near(
    text: str, keys: tuple[str, ...], pattern: re.Pattern[str], back: int, ahead: int
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that contain one of the literal ``keys``, in text order: the keys are found
    with ``str.find`` (fast) and the pattern is tried only around them."""
    found: dict[int, re.Match[str]] = {}
    for key, at in _key_sites(text, keys):
        m = pattern.search(text, max(0, at - back), min(len(text), at + len(key) + ahead))
        if m is not None and m.start() <= at < m.end():
            found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


@cache
def _shared_prefix(keys: tuple[str, ...]) -> int:
    """The length of the prefix all ``keys`` share, if each has two characters more (else 0)."""
    if not keys:
        return 0
    first, last = min(keys), max(keys)  # the prefix all share is the one the least and the greatest share
    n = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
    return n if n and min(len(key) for key in keys) >= n + 2 else 0


def _key_sites(text: str, keys: tuple[str, ...]) -> Iterator[tuple[str, int]]:
    """Each key with each place it occurs, key by key in order, left to right without overlap (as a
    ``str.find`` loop per key). Keys that share a prefix are found in one pass: the prefix's places, grouped by
    the two characters after it (one scan of the text, not one per key)."""
    n = _shared_prefix(keys)
    if n == 0:
        for key in keys:
            at = text.find(key)
            while at >= 0:
                yield key, at
                at = text.find(key, at + len(key))
        return
    prefix = keys[0][:n]
    by_next: dict[str, list[int]] = {}
    at = text.find(prefix)
    while at >= 0:
        by_next.setdefault(text[at + n : at + n + 2], []).append(at)
        at = text.find(prefix, at + 1)
    for key in keys:
        free = 0  # the next key's search starts after this one's end
        for at in by_next.get(key[n : n + 2], ()):
            if at >= free and text.startswith(key, at):
                yield key, at
                free = at + len(key)


# Literal keys of _lower_body found first with str.find: every lower_body form contains one (tested).
_LOWER_BODY_KEYS: Final = (
    "inistry",
    "ir force",
    "ir Force",
    "eneral staff",
    "eneral Staff",
    "ecurity service",
    "ecurity Service",
)


@cache
def _body_again_keys() -> tuple[str, ...]:
    """The literal keys of ``_body_again``: "he " and each head in lower case and, if written capitalised in
    the table, as written ("he ministry", "he Ministry")."""
    keys: list[str] = []
    for head in _again_heads():
        keys.append(f"he {head.lower()}")
        if head != head.lower():
            keys.append(f"he {head}")
    return tuple(keys)


def _body_name_variants(name: str) -> list[str]:
    name = " ".join(name.replace("\u2019", "'").split())
    out = [name]
    owner, sep, rest = name.partition("'s ")
    if sep and (adjective := adjective_of().get(owner)) is not None:
        out.append(f"{adjective} {rest}")  # "Russia's Ministry of Defence" -> "Russian Ministry of Defence"
    for a, b in (("defence", "defense"), ("Defence", "Defense")):
        out.extend(v.replace(a, b) for v in list(out) if a in v)
    return out


@cache
def _body_in() -> re.Pattern[str]:
    """A body named by its capital: "the Defence Ministry in Moscow"."""
    bodies = _cased_words(name_words()["capital_body"])
    return re.compile(rf"(?P<body>{bodies})\s+in\s+(?P<city>[A-Z][\w'-]+)")


def demonym_states() -> dict[str, str]:
    """Demonym -> the state it names ("Slovak" -> "Slovakia"): ``data/demonyms.tsv`` as the mention finder reads
    it (one table of them; :func:`adjective_of` goes the other way)."""
    return _speaking_bodies()[0]


@cache
def adjective_of() -> dict[str, str]:
    """State name -> its adjective ("Russia" -> "Russian"), the first of ``data/demonyms.tsv`` (the mention
    finder's and the described speakers' one table of them)."""
    demonyms, _ = _speaking_bodies()
    out: dict[str, str] = {}
    for adjective, state in demonyms.items():
        out.setdefault(state, adjective)
    return out


def _bodies_in_capitals(text: str, mentions: list[Mention]) -> list[Mention]:
    """A ministry named by its capital: "the Defence Ministry in Moscow" is the Russian Defense Ministry."""
    hits: list[re.Match[str]] = []
    for key in ("inistry in ", "taff in ", "orce in "):  # literal scans first: the pattern is rarely needed
        at = text.find(key)
        while at >= 0:
            m = _body_in().search(text, max(0, at - 12), at + len(key) + 40)
            if m is not None and m.start() <= at < m.end():
                hits.append(m)
            at = text.find(key, at + len(key))
    if not hits:
        return mentions
    reg = active_registry()
    found: list[Mention] = []
    for m in sorted(hits, key=lambda h: h.start()):
        states = [a for a in reg.candidates(m.group("city")) if a.kind is ActorKind.STATE]
        if len(states) != 1:
            continue
        body = m.group("body")
        adjective = adjective_of().get(states[0].name, states[0].name)
        names = [f"{adjective} {body}", f"{states[0].name}'s {body}"]
        actor = next((a for n in names for v in _body_name_variants(n) if (a := reg.lookup(v)) is not None), None)
        if actor is not None:
            found.append(Mention(m.start(), m.end(), actor))
    return _in_place_of(text, mentions, found) if found else mentions


def _in_place_of(text: str, mentions: list[Mention], bodies: list[Mention]) -> list[Mention]:
    """``mentions`` without those a body of ``bodies`` covers, with each body whose characters no kept mention
    (nor a body added before it) has taken, in order of start."""
    cover = _Cover([(b.start, b.end) for b in bodies])
    kept = [m for m in mentions if cover.reach(m.start) < m.end]
    taken = _Taken(kept, len(text))
    for b in bodies:
        if taken.free(b.start, b.end):
            taken.take(b.start, b.end)
            kept.append(b)
    return sorted(kept, key=lambda m: m.start)


def _owned_body(text: str, owner: re.Match[str], body: re.Match[str]) -> Actor | None:
    """The registry body a lower-case name after its owner names ("Ukraine's air force"); a capital
    stands for its state ("Moscow's defence ministry" is Russia's)."""
    reg = active_registry()
    name = text[owner.start() : body.end()]
    actor = next((a for v in _body_name_variants(name) if (a := reg.lookup(v)) is not None), None)
    if actor is None:
        capital = owner.group().strip().removesuffix("'s").removesuffix("\u2019s")
        states = [a for a in reg.candidates(capital) if a.kind is ActorKind.STATE]
        if len(states) == 1:
            name = f"{states[0].name}'s {text[body.start() : body.end()]}"
            actor = next((a for v in _body_name_variants(name) if (a := reg.lookup(v)) is not None), None)
    return actor


def _bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bodies the actor finder leaves out: lower-case names after their state ("Ukraine's air force") and
    a body named again by its head noun ("the ministry said", "the air force said", "the alliance")."""
    spans: list[Mention] = []
    for m in _scan_near(text, _LOWER_BODY_KEYS, _lower_body(), 24, 20):
        owner = _OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if owner is None:
            continue
        actor = _owned_body(text, owner, m)
        if actor is not None and actor.kind is not ActorKind.PERSON:
            spans.append(Mention(owner.start(), m.end(), actor))
    if spans:
        mentions = _in_place_of(text, mentions, spans)
    return _bodies_again(text, _bare_state_bodies(text, _bodies_in_capitals(text, _state_bodies(text, mentions))))


@cache
def _state_body_after() -> re.Pattern[str]:
    """What follows a state's mention when it names one of the state's bodies: "'s" and the body, either a
    capitalised name ending in an organisation's head noun ("'s National Anti-Corruption Bureau", "'s Ministry of
    Commerce and Industry") or a state body's head (data/name_words.tsv state_body) after at most one describing
    word in lower case ("'s national guard", "'s central bank", "'s Defence Ministry")."""
    words = name_words()
    heads = word_pattern(words["org_head"], fold_first=False)
    of_tail = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,3})?"
    capitalised = rf"(?:[A-Z][\w'\u2019-]*\s+){{0,4}}(?:{heads}){of_tail}"
    function_word = alternation(words["function_word"])
    lower = rf"(?:(?!(?:{function_word})\s)[a-z][a-z-]*\s+)?(?:{_cased_words(words['state_body'])}){of_tail}"
    verbs = verb_words("say", "declare", "tell", "report")
    # the body ends its phrase: a mark, the text's end, or a speech verb with what may stand before it (a
    # longer name such as a military intelligence service is not the military)
    end = rf"(?=\s*(?:[^\w\s]|$)|\s+(?:(?:{_adverbial()}|is|was|were|have|also)\s+){{0,3}}(?:{verbs}|[a-z]{{3,}}ed)\b)"
    # a capitalised name ending in its head noun also ends before a preposition ("'s Foreign Ministry on Monday")
    after_name = rf"(?=\s+(?:{alternation(words['after_body_name'])})\s)"
    return re.compile(
        rf"['\u2019]s\s+(?:(?P<body>{capitalised})(?![\w'\u2019-])(?:{end}|{after_name})|(?P<low>{lower})(?![\w'\u2019-]){end})"
    )


def _state_body(state: Actor, body: str, *, possessive: bool = False) -> Actor | None:
    """The body of ``state`` named ``body`` after the state's possessive: the registry's (by the state's
    adjective, "<body> of <state>" or the possessive: "Russian central bank", "National Guard of Ukraine"), else a
    new body named by the state's adjective and the words as written ("Latvian Defence Ministry", "Russian
    army"), or, where the text writes the possessive (``possessive``) before a capitalised name, by the state's
    possessive and the name, as news and readers name it ("Norway's Coastal Administration"; rule
    state-body-as-written of _speaker_rules)."""
    reg = active_registry()
    adjective = adjective_of().get(state.name, state.name)
    names = [f"{adjective} {body}", f"{body} of {state.name}", f"{state.name}'s {body}"]
    actor = next((a for n in names for v in _body_name_variants(n) if (a := reg.lookup(v)) is not None), None)
    if actor is not None:
        return None if actor.kind is ActorKind.PERSON else actor
    if possessive and body[:1].isupper():
        return body_named(f"{state.name}'s {body}")
    return body_named(f"{adjective} {body}")


def _state_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A state's body named after the state's possessive ("Ukraine's national guard said", "Moscow's
    Investigative Committee", "Japan's Foreign Ministry") is one mention of that body, not of the state (see
    :func:`_state_body`), where no other mention stands in the body's words and the body's phrase ends there:
    a mark or a speech verb follows ("Ukraine's army chief said" is a person's title, "Ukraine's military
    intelligence service said" a longer name)."""
    if "'s " not in text and "\u2019s " not in text:
        return mentions
    pattern = _state_body_after()
    out = list(mentions)
    changed = False
    for i, m in enumerate(mentions):
        if m.actor.kind is not ActorKind.STATE or text[m.end : m.end + 1] not in "'\u2019":
            continue
        b = pattern.match(text, m.end)
        group = "body" if b is not None and b.group("body") else "low"
        if b is None or (i + 1 < len(mentions) and mentions[i + 1].start < b.end(group)):
            continue
        actor = _state_body(m.actor, " ".join(b.group(group).split()), possessive=group == "body")
        if actor is not None:
            out[i] = Mention(m.start, b.end(group), actor)
            changed = True
    return out if changed else mentions


# "the " right before a position.
_THE_BEFORE: Final = re.compile(r"(?<![\w.])[Tt]he\s+$")


def _bare_state_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body every state has, named by its capitalised head of two words or more alone after "the" ("the
    Defense Ministry said", "the Armed Forces said": data/name_words.tsv state_body) and unknown to the registry
    by that name, is that body of the state the sentence is about, else of the state named last, as the head in
    lower case is (:func:`_state_body_meant`), not a body of no state."""
    heads = _state_body_heads() - {w.casefold() for w in name_words()["bare_own"]}
    out = list(mentions)
    places = _Places(text)
    for i, m in enumerate(mentions):
        written = " ".join(text[m.start : m.end].split())
        if m.actor.kind is not ActorKind.ORGANISATION or m.actor.name != written or " " not in written:
            continue
        the = _THE_BEFORE.search(text, max(0, m.start - 6), m.start)
        again = _body_again().match(text, the.start()) if the is not None and written.casefold() in heads else None
        if again is None or again.end() != m.end:
            continue
        before = mentions[:i]
        bodies = [b.actor for b in before if b.actor.kind is ActorKind.ORGANISATION]
        meant = _state_body_meant(text, (before, bodies), again, _owner_state(before, places), places)
        if meant is not None:
            out[i] = Mention(m.start, m.end, meant)
    return out


def _bodies_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bodies named again by a head noun: the body named last with that noun in its name ("the ministry
    said"), one body whatever its name ("the alliance"), the organisation named last ("the company"), or
    a body every state has, of the state named last ("the air force")."""
    again = _scan_near(text, _body_again_keys(), _body_again(), 2, 30)
    if not again:
        return mentions
    taken = _Taken(mentions, len(text))
    extra: list[Mention] = []
    seen: dict[str, Actor] = {}  # actor id -> actor, bodies named so far
    last_by_head: dict[str, Actor] = {}
    bodies: dict[Actor, None] = {}  # organisations named so far, each once, in the order of its last mention
    places = _Places(text)
    states = _OwnerStates(places)  # the states named so far: the last one, and the last one named as an actor
    last_org: Actor | None = None  # "the company said": the organisation named last, whatever its name
    i = 0
    for m in again:
        while i < len(mentions) and mentions[i].start < m.start():
            actor = mentions[i].actor
            states.see(mentions[i])
            if actor.kind is ActorKind.ORGANISATION:
                last_org = actor
                bodies.pop(actor, None)  # (named again: it moves to the end, as its last mention does)
                bodies[actor] = None
            if actor.kind in (ActorKind.ORGANISATION, ActorKind.STATE):
                seen[actor.id] = actor
                for head in (
                    "ministry",
                    "air force",
                    "general staff",
                    "agency",
                    "commission",
                    "council",
                    "security service",
                    "service",
                    "office",
                    "department",
                ):
                    if head in actor.name.casefold():
                        last_by_head[head] = actor
            i += 1
        head = " ".join(m.group("head").casefold().split())
        meant = seen.get(_HEAD_MEANS[head]) if head in _HEAD_MEANS else last_by_head.get(head)
        if head in name_words()["org_again"]:
            meant = last_org
        if meant is None:
            meant = _state_body_meant(text, (mentions[:i], bodies), m, states.owner, places)
        if meant is not None and taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            extra.append(Mention(m.start(), m.end(), meant))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


# The end of the sentence before a position: a full stop, "!" or "?" (a quotation mark after it), then space.
_SENTENCE_BEFORE: Final = re.compile(r"[.!?][\"\u201d\u2019]?\s+(?=[^.!?]*$)")


def _state_body_meant(
    text: str,
    named: tuple[list[Mention], Reversible[Actor]],
    m: re.Match[str],
    last_state: Actor | None,
    places: _Places | None = None,
) -> Actor | None:
    """The body a state body's head names with no body of its name before ("the air force said", "the foreign
    ministry confirmed", "the government said"): that body of the state named with the head last, else of the
    state the sentence is about, else of the state named last (``named``: the mentions before ``m`` and the
    organisations among them)."""
    head = " ".join(m.group("head").casefold().split())
    before, bodies = named
    if head in _STATE_BODIES:
        if last_state is None:
            return None
        # "the Air Force said" in a story about Ukraine: the air force of the state named last
        adjective = adjective_of().get(last_state.name, last_state.name)
        reg = active_registry()
        return next(
            (a for v in _body_name_variants(f"{adjective} {head.title()}") if (a := reg.lookup(v)) is not None), None
        )
    if head not in _state_body_heads():
        return None
    state = _state_named_with(text, before, head) or _state_in_focus(text, before, m.start(), places) or last_state
    return _state_body_again(m.group("head"), bodies, state)


def _state_named_with(text: str, before: list[Mention], head: str) -> Actor | None:
    """The state last named together with the head noun ("the Lithuanian government decided ...": Lithuania,
    for "the government" after it), from the mentions before it."""
    for mention in reversed(before[-30:]):
        if mention.actor.kind is ActorKind.STATE and head in text[mention.start : mention.end].casefold():
            return mention.actor
    return None


def _state_in_focus(text: str, mentions: list[Mention], pos: int, places: _Places | None = None) -> Actor | None:
    """The state the sentence of ``pos`` is about: its first mention before ``pos`` when that is a state, or a
    person holding an office of a state ("Indian Prime Minister X will visit Kyiv, the foreign ministry said":
    India), as the registry gives it."""
    end = _SENTENCE_BEFORE.search(text, max(0, pos - 400), pos)
    start = end.end() if end is not None else max(0, pos - 400)
    i = bisect.bisect_left(mentions, start, key=lambda x: x.start)
    if i >= len(mentions) or mentions[i].start >= pos or (places is not None and places.holds(mentions[i])):
        return None  # "... drones were seen in Denmark, the armed forces said": a place, read by the state named last
    actor = mentions[i].actor
    if actor.kind is ActorKind.STATE:
        return actor
    reg = active_registry()
    offices = [reg.organisation(r.organisation) for r in actor.roles if r.organisation is not None]
    states = {o for o in offices if o is not None and o.kind is ActorKind.STATE}
    return states.pop() if len(states) == 1 else None


# A state read as a place: after a preposition of place or direction, with a compass word or "the" between
# ("in eastern Ukraine", "across Ukraine", "in Ukraine's eastern Donetsk region", "from Russia").
@cache
def _state_as_place() -> re.Pattern[str]:
    """The words before a state that make it a place (``data/name_words.tsv`` classes place_preposition and
    compass_word), ending where the state begins."""
    words = name_words()
    return re.compile(
        rf"(?<![\w-])(?:{alternation(words['place_preposition'])})\s+(?:the\s+)?"
        rf"(?:(?:{alternation(words['compass_word'])})\s+)?$",
        re.IGNORECASE,
    )


class _Places:
    """Which state mentions of a text name a place rather than an actor: a preposition of place or direction
    stands before them ("the fighting in eastern Ukraine", "drones launched at Russia"), or they stand in a
    dateline (where the story was filed). A body named by its head alone ("the defence ministry said") is of
    the state named last as an actor, else of the one named last (rule state-as-place of _speaker_rules)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._datelines: list[tuple[int, int]] | None = None

    def holds(self, m: Mention) -> bool:
        if _state_as_place().search(self.text, max(0, m.start - 40), m.start) is not None:
            return True
        if self._datelines is None:
            self._datelines = [d.place for d in datelines(self.text) if d.place is not None]
        return any(a <= m.start < b for a, b in self._datelines)


class _OwnerStates:
    """The states named so far, read in text order (:meth:`see`): ``owner`` is the state a body named by its
    head alone belongs to, the one named last as an actor, else the one named last (see :class:`_Places`)."""

    def __init__(self, places: _Places) -> None:
        self.places = places
        self.last: Actor | None = None
        self.actor: Actor | None = None

    def see(self, m: Mention) -> None:
        if m.actor.kind is ActorKind.STATE:
            self.last = m.actor
            if not self.places.holds(m):
                self.actor = m.actor

    @property
    def owner(self) -> Actor | None:
        return self.actor or self.last


def _owner_state(before: list[Mention], places: _Places) -> Actor | None:
    """The state a body named by its head alone belongs to, from the mentions before it: the state named last
    as an actor, else the state named last (see :class:`_Places`)."""
    states = [b for b in before if b.actor.kind is ActorKind.STATE]
    actor = next((b.actor for b in reversed(states) if not places.holds(b)), None)
    return actor or (states[-1].actor if states else None)


def _state_body_again(head: str, bodies: Reversible[Actor], state: Actor | None) -> Actor | None:
    """A state's body named again by its head ("the foreign ministry", "the central bank", "the government"): the
    body named last with those words in its name, else that body of the state named last (see
    :func:`_state_body`: "the foreign ministry confirmed" in a story about India is the Indian Foreign Ministry).
    ``bodies``: the organisations named before, in text order (the body named last is read first); a long text
    passes each once, in the order of its last mention (it names the same few again and again)."""
    key = " ".join(head.casefold().replace("defense", "defence").split())
    for body in reversed(bodies):
        if any(key in name.casefold().replace("defense", "defence") for name in (body.name, *body.aliases)):
            return body  # "the central bank" after the Bank of Russia (its alias "Russian Central Bank")
    return _state_body(state, " ".join(head.split())) if state is not None else None


class _Cover:
    """Spans, asked how far those starting at or before a position reach (sorted starts and a running
    maximum of ends: a mention is checked against all of them in log time, not one by one)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.ends = list(itertools.accumulate((b for _, b in ordered), max))

    def reach(self, pos: int) -> int:
        """The furthest end of a span starting at or before ``pos`` (-1: none starts there)."""
        i = bisect.bisect_right(self.starts, pos)
        return self.ends[i - 1] if i else -1


class _Taken:
    """Characters already covered by mentions: a mark per character, so that asking whether a span is free
    and taking one cost its length, whatever the number of mentions (sorted inserts would be quadratic)."""

    def __init__(self, mentions: list[Mention], size: int) -> None:
        self.used = bytearray(size + 1)
        for m in mentions:
            self.take(m.start, m.end)

    def free(self, a: int, b: int) -> bool:
        return self.used.find(1, a, b) < 0

    def take(self, a: int, b: int) -> None:
        self.used[a:b] = b"\x01" * (b - a)


_WORD_BEFORE: Final = re.compile(r"(?<!\S)(?P<word>\S{2,9})[ \t]+$")


def _with_honorifics(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's mention with the courtesy word before it ("says Mr Kristersson"): the words next to a
    speech verb are the whole mention, the person stays who the name says."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.actor.kind is not ActorKind.PERSON or (m.found is not None and m.found.kind is not MentionKind.NAME):
            continue
        w = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        if w is None or w.group("word") not in _honorifics() or (i and mentions[i - 1].end > w.start()):
            continue
        if out is mentions:
            out = list(mentions)
        out[i] = m._replace(start=w.start())
    return out


@cache
def _given_honorific() -> re.Pattern[str]:
    """A courtesy title of knighthood before a given name alone ("Sir Keir said"): data/name_words.tsv
    given_honorific, then one capitalised word that no capitalised word follows ("Sir Keir Starmer" is a
    full name the actor finder reads; "Notre Dame Cathedral" no person)."""
    words = alternation(name_words()["given_honorific"])
    return re.compile(rf"(?<![\w.-])(?:{words})\s+(?P<given>[{_UP}][{_LO}]+)\b(?!-|\s+[{_UP}])")


def _given_name_holder(text: str, given: str, mentions: list[Mention]) -> Actor | None:
    """The one person whose given name ``given`` is: the one the text names in full, else, where the text
    names none, the registry's only person of that given name, unless the text writes that given name before
    another surname ("Sir Mark Sedwill ... Sir Mark said": someone the finder did not read; rule
    given-name-honorific)."""
    honorifics = _honorifics()
    named = {
        m.actor.id: m.actor
        for m in mentions
        if m.actor.kind is ActorKind.PERSON
        and next((w for w in m.actor.name.split() if w not in honorifics), None) == given
    }
    if named:
        return next(iter(named.values())) if len(named) == 1 else None
    known = [a for a in active_registry() if a.kind is ActorKind.PERSON and a.name.split()[0] == given]
    if len(known) != 1:
        return None
    full = known[0].name.split()
    for m in re.finditer(rf"\b{re.escape(given)}\s+(?P<next>[{_UP}][\w'\u2019-]*)", text):
        if m.group("next") not in full[1:]:
            return None  # the given name of someone else the text names in full
    return known[0]


def _given_named(text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, Actor]]:
    """People named by a knighthood's courtesy title and their given name ("Sir Keir said", "Dame Karen
    noted"), as British news names them after, or without, the full name (rule given-name-honorific)."""
    if not any(f"{w} " in text for w in name_words()["given_honorific"]):
        return
    holders: dict[str, Actor | None] = {}  # a given name's holder, looked up once a text (it reads the whole text)
    for m in _given_honorific().finditer(text):
        given = m.group("given")
        if given not in holders:
            holders[given] = _given_name_holder(text, given, mentions)
        person = holders[given]
        if person is not None:
            yield m.start(), m.end(), person


def _supplement(text: str, mentions: list[Mention]) -> list[Mention]:  # noqa: C901, PLR0912
    """Mentions the actor finder leaves out.

    * a known organisation before an unnamed spokesperson or a document ("a NATO official said",
      "the Kremlin's readout");
    * a person the registry does not know, named with an appositive next to a speech verb ("Ivan
      Petrenko, a resident of Kharkiv, said", "said Olena Kovalenko, an analyst at ...");
    * the surname of a person introduced earlier in the text by title and full name ("Kremlin spokesman
      Dmitry Peskov ... Peskov said");
    * bodies written in lower case or by their capital ("Ukraine's air force", "the Defence Ministry in
      Moscow") and bodies named again by their head noun ("the ministry said", "the alliance").
    """
    mentions = _outlets_as_agencies(text, _with_honorifics(text, mentions))
    taken = _Taken(mentions, len(text))
    extra: list[Mention] = []
    dropped: set[int] = set()  # starts of registry mentions a longer unknown name displaces

    def add(a: int, b: int, actor: Actor) -> None:
        if taken.free(a, b):
            taken.take(a, b)
            extra.append(Mention(a, b, actor))

    reg = active_registry()
    for m, name, known in _news_agencies(text):  # "the Belga news agency": an outlet
        add(m.start("name"), m.end(), known or unknown_actor(name, ActorKind.MEDIA))
    for m in _org_before_word().finditer(text):
        actor = reg.lookup(m.group("org"))
        if actor is not None and actor.kind is not ActorKind.PERSON:
            add(*m.span("org"), actor)
    org = _appositive_patterns()[3]
    demonyms, speaking_body = _speaking_bodies()
    for m in speaking_body.finditer(text):
        actor = reg.lookup(demonyms[" ".join(m.group("d").split())])
        if actor is not None:  # the whole phrase: "a spokesperson for the German government said"
            add(m.start(), m.end(), actor)
    for m in org.finditer(text):
        o0, o1 = m.span("org")
        o1 = _without_trailing_date(text, o0, o1)  # "the National Intelligence Service on Monday"
        tail = _trailing_person(text, o0, o1)  # "the Rada Committee on Defence Olha Marchuk"
        o1 = o0 + len(text[o0 : tail[0]].rstrip()) if tail is not None else o1
        name = " ".join(text[o0:o1].split())
        if taken.free(o0, o1) or _displace_owner_state(text, mentions, (dropped, taken), (o0, o1)):
            add(o0, o1, reg.lookup(name) or body_named(name))
        if tail is not None:
            add(*tail, reg.lookup(text[slice(*tail)]) or person_named(" ".join(text[slice(*tail)].split())))
    for m in _people_at_verbs(text):
        person = _person_name(text, m)
        if person is None or not (
            taken.free(*m.span("name")) or _displace(text, mentions, (dropped, taken), m.span("name"))
        ):
            continue
        add(*m.span("name"), person_named(person))
    for span, person in _known_people(text, taken):  # "... of the republic Aibek Smadiyarov, reports ..."
        add(*span, person_named(person))
    for m in _inverted_titled().finditer(text):
        first, last = m.group("first"), m.group("last")
        title = next(g for g in ("title", "lower", "low") if m.group(g) is not None)
        if first in _word_sets()[0] or not title_nouns().intersection(m.group(title).casefold().split()):
            continue
        person = f"{first} {last}"
        # the title with the name where nothing else is read in it, else the name alone (after a body's name)
        a = m.start(title) if title == "title" and taken.free(m.start(title), m.end()) else m.start("first")
        add(a, m.end(), person_named(person))
    again = _surnames_again(text, [m for m in mentions if m.start not in dropped] + extra)
    for start, end, actor in itertools.chain(again, _transposed(text, taken), _given_named(text, mentions + extra)):
        add(start, end, actor)
    for start, end in _surnames_at_verbs(text):
        name = text[start:end]
        add(start, end, person_named(name))
    if dropped:
        mentions = [m for m in mentions if m.start not in dropped]
    merged = sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions
    return _documents_of_bodies(text, _initials_again(text, _bodies(text, merged)))


@cache
def _known_named() -> re.Pattern[str]:
    """A given name, a middle name if any, and a surname anywhere, as a word (the given name is checked against
    ``data/first_names.tsv`` by the caller): with the table's common given names of every region, such a
    pair names a person wherever it stands ("the representative of the ministry Aibek Smadiyarov")."""
    # The word boundary is checked after the name's first letter ("[A-Z](?<!x.)", as in _CAPITALISED): a pattern
    # that opens with a letter class lets the engine skip to the next capital instead of trying every position.
    head = f"(?P<name>[{_UP}]"
    name = _titled_name(middle=True)
    if not name.startswith(head):  # pragma: no cover - _titled_name's shape
        raise AssertionError(name)
    return re.compile(rf"{head}(?<![\w'\u2019.-].){name[len(head) :]}(?<!['\u2019]s)(?![\w'\u2019-])")


def _known_people(text: str, taken: _Taken) -> Iterator[tuple[tuple[int, int], str]]:
    """People the registry does not know, named by a known given name and a surname where no other mention
    stands (``_known_named``): the name's span and the name."""
    reg = active_registry()
    for m in _known_named().finditer(text):
        if not known_first_name(m.group("name").split()[0]) or not taken.free(*m.span("name")):
            continue
        person = _person_name(text, m)
        if person is not None and reg.lookup(person) is None:  # a known name the registry finder left is no one
            yield m.span("name"), person


def _people_at_verbs(text: str) -> Iterator[re.Match[str]]:
    """Names (group "name") of people next to a speech verb the registry finder may not know: with an
    appositive ("Ivan Petrenko, a resident of Kharkiv, said"; "said Olena Kovalenko, an analyst"), a title
    ("Kharkiv Governor Oleh Syniehubov said"), a title and commas ("the defence minister, X, said") or, with a
    known first name, nothing ('"...," Artem Kovalenko said')."""
    before, after, titled, _org, verb_before, named = _appositive_patterns()
    bare = _bare_named()
    for pattern in (before, after, bare, titled, named):
        for m in pattern.finditer(text):
            if pattern is after and not _may_follow_its_verb(text, m.start()):
                continue  # none of the three readings below can match there: their searches are skipped
            if (
                pattern is after
                and not verb_before.search(text, max(0, m.start() - 30), m.start())
                and not _verb_lower_title().search(text, max(0, m.start() - 80), m.start())
                and not _agent_of_saying(text, m)
            ):
                continue
            if pattern is named and not _title_noun_before().search(text, max(0, m.start() - 60), m.start()):
                continue
            if pattern is before and _kind_appositive().match(text, m.end("name")):
                continue  # "Halvorsk Telecom, a telecommunications company, said": a company's name (_speakers)
            if pattern is not bare or _bare_person(text, m):
                yield m


_AFTER_REACH: Final = 80  # characters before a name that the readings of a name after its verb search (30, 80, 50)


@cache
def _words_before_after() -> tuple[str, ...]:
    """The words that the three readings of a name after its verb (``verb_before``, ``_verb_lower_title``,
    ``_passive_by``) end with, before the spaces before the name: the last word of a speech verb (say, declare,
    tell), of a title noun (data/name_words.tsv class title_noun) or "by", each with its first letter in either
    case (a superset of what the patterns read)."""
    forms = [*verb_forms("say", "declare", "tell"), *name_words()["title_noun"], "by"]
    lasts = {form.split()[-1] for form in forms}
    return tuple(sorted({w for last in lasts for w in (last, last[:1].swapcase() + last[1:])}))


def _may_follow_its_verb(text: str, start: int) -> bool:
    """Whether one of the three readings of a name after its verb may match before ``start``: each ends with one
    of :func:`_words_before_after` then spaces right before the name, inside the ``_AFTER_REACH`` characters
    before it (the same test as ``\\s``, ``str.rstrip``). A name after any other word skips their searches."""
    return text[max(0, start - _AFTER_REACH) : start].rstrip().endswith(_words_before_after())


@cache
def _kind_appositive() -> re.Pattern[str]:
    """An appositive of a company's or an outlet's kind after a name ("X, a telecommunications company,", "X, a
    newspaper based in Oslo,"; data/speech_cues.tsv roles org_before, outlet_before): the name is no person's."""
    return re.compile(kind_appositive(lexicon()))  # the speaker finder reads the same form (org_appositive)


def _bare_person(text: str, m: re.Match[str]) -> bool:
    """Whether a name with no title before a speech verb (``_bare_named``) reads as a person's: its first word is
    a known first name (``data/first_names.tsv``), or, in a first name and surname with no middle name, the
    pair opens a sentence (see ``_opens_sentence``)."""
    if known_first_name(m.group("name").split()[0]):
        return True
    return m.group("middle") is None and _opens_sentence(text, m)


@cache
def _passive_by() -> re.Pattern[str]:
    """A speech verb's passive agent before a name: "was announced by ", "was stated on Telegram by "."""
    verbs = verb_words("say", "declare")
    return re.compile(rf"\b(?:{verbs})(?:\s+on\s+[A-Z][\w-]*)?\s+by\s+$")


def _agent_of_saying(text: str, m: re.Match[str]) -> bool:
    """A person named as the agent of a passive speech verb ("This was announced by Ivan Petrenko, an adviser
    to ...", "... was stated by Olena Kovalenko."), when the table knows the first name (an outlet may follow
    "reported by" too)."""
    return (
        known_first_name(m.group("name").split()[0])
        and _passive_by().search(text, max(0, m.start() - 50), m.start()) is not None
    )


def _opens_sentence(text: str, m: re.Match[str]) -> bool:
    """A first name the table does not know, in a first and last name that opens the text, a line, a sentence
    or a labelled paragraph (:func:`_opens_a_paragraph_or_sentence`) right before a speech verb ("Mateusz
    Lindqvist said ..." as the first words): read as a person where neither word is a capitalised word that
    opens no name (data/name_words.tsv not_first, weekdays, months) nor a name the registry knows ("Yesterday
    Rutte said": Rutte alone speaks)."""
    if not _opens_a_paragraph_or_sentence(text, m.start("name")):
        return False
    words = m.group("name").split()
    reg = active_registry()
    return not any(w.rstrip(".") in _word_sets()[0] or w in _weekdays() or reg.lookup(w) is not None for w in words)


_BODY_KINDS: Final = frozenset({ActorKind.ORGANISATION})  # a state is often its capital: a summit's place


@cache
def _document_name() -> re.Pattern[str]:
    """A document's capitalised name ("NATO Washington Summit Declaration"): up to four capitalised words,
    then a document's head noun (``data/name_words.tsv`` class document_head)."""
    heads = word_pattern(name_words()["document_head"], fold_first=False)
    # The first capital read first, then what may not stand before it and the articles that open no name
    # ("The", "A", "An" before a space), as in _org_before_word: the scan skips from one capital to the next.
    first = r"[A-Z](?<![\w'\u2019-].)(?!(?<=T)he\s|(?<=A)n?\s)[\w'\u2019.-]*\s+"
    return re.compile(rf"{first}(?:[A-Z][\w'\u2019.-]*\s+){{0,3}}(?:{heads})\b")


def _documents_of_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A document named after the body that issued it ("the NATO Washington Summit Declaration said"): the
    whole name is one mention of that body, which speaks through it (the names inside it are no actors of
    their own)."""
    if not any(key in text for key in name_words()["document_head"]):
        return mentions
    starts = [m.start for m in mentions]
    spans: list[tuple[int, int, Actor]] = []
    for d in _document_name().finditer(text):
        i = bisect.bisect_left(starts, d.start())
        if i < len(mentions) and mentions[i].start == d.start() and mentions[i].actor.kind in _BODY_KINDS:
            spans.append((d.start(), d.end(), mentions[i].actor))
    if not spans:
        return mentions
    cover = _Cover([(a, b) for a, b, _ in spans])
    kept = [m for m in mentions if cover.reach(m.start) <= m.start]
    kept.extend(Mention(a, b, actor) for a, b, actor in spans)
    return sorted(kept, key=lambda m: m.start)


# An outlet named before "news agency": "the Belga news agency", "the state-run Tass news agency"; a known
# outlet also before "agency" alone ("Moscow's Interfax agency").
_NEWS_AGENCY: Final = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?:state|state-run|state-owned|official|private|independent)\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+(?P<news>news\s+)?agency\b"
)


def _news_agencies(text: str) -> Iterator[tuple[re.Match[str], str, Actor | None]]:
    """Outlets named before "news agency" (any name) or "agency" (a registry outlet: "the Interfax agency", not
    "the Federal Air Transport Agency"), with the name and the registry's actor."""
    if "agency" not in text:
        return
    reg = active_registry()
    for m in _NEWS_AGENCY.finditer(text):
        name = " ".join(m.group("name").split())
        known = reg.lookup(name)
        if m.group("news") is not None or (known is not None and known.kind is ActorKind.MEDIA):
            yield m, name, known


def _outlets_as_agencies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A registry outlet's mention followed by "news agency" or "agency" ("the Interfax news agency said",
    "Moscow's Interfax agency reported") takes those words: the outlet speaks through the whole phrase."""
    if "agency" not in text:
        return mentions
    out = mentions
    for i, m in enumerate(mentions):
        after = _AGENCY_AFTER.match(text, m.end) if m.actor.kind is ActorKind.MEDIA else None
        if after is None or (i + 1 < len(mentions) and mentions[i + 1].start < after.end()):
            continue
        if out is mentions:
            out = list(mentions)
        out[i] = Mention(m.start, after.end(), m.actor)
    return out


_AGENCY_AFTER: Final = re.compile(r"\s+(?:news\s+)?agency\b")


# An abbreviation in capitals: "NIS", "AFU" (2 to 6 letters, a whole word; what stands before it is checked
# after its first capital, so that a search skips from capital to capital).
_INITIALS: Final = re.compile(r"[A-Z](?<![\w.-].)[A-Z]{1,5}(?![\w.-])")


def _initials(name: str) -> str:
    """The initials of the capitalised words of a name ("National Intelligence Service" -> "NIS",
    "Armed Forces of Ukraine" -> "AFU")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _initials_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation named in full and later by its initials ("the National Intelligence Service ... the
    NIS said"): the initials, after the full name, where no other mention covers them and the registry
    knows them as no one else, are that organisation."""
    first: dict[str, tuple[int, Actor]] = {}
    for m in mentions:
        if m.actor.kind is ActorKind.ORGANISATION:
            initials = _initials(text[m.start : m.end])
            if len(initials) >= 2:
                first.setdefault(initials, (m.end, m.actor))
    if not first:
        return mentions
    reg = active_registry()
    taken = _Taken(mentions, len(text))
    extra: list[Mention] = []
    for hit in _INITIALS.finditer(text):
        seen = first.get(hit.group())
        if seen is not None and hit.start() >= seen[0] and taken.free(*hit.span()) and reg.lookup(hit.group()) is None:
            taken.take(*hit.span())
            extra.append(Mention(hit.start(), hit.end(), seen[1]))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


def _surnames_again(text: str, mentions: list[Mention]) -> list[tuple[int, int, Actor]]:
    """Surnames of people first named in full in this text, where they stand after that: the surname of the
    actor's name, and the surname as the text wrote the full name ("Ivan Federov" read as the registry's Ivan
    Fedorov: "Federov said" is he too)."""
    first_seen: dict[str, tuple[int, Actor]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.actor.kind is ActorKind.PERSON and mention.actor.name.count(" ") >= 1:
            titled = mention.found is not None and mention.found.kind is MentionKind.TITLE  # "the Secretary of State"
            for name in (mention.actor.name,) if titled else (mention.actor.name, text[mention.start : mention.end]):
                last = _surname(name)
                if last is not None and len(last) > 2 and (name == mention.actor.name or _is_surname(last)):
                    first_seen.setdefault(last, (mention.end, mention.actor))
            family = family_name_first(mention.actor.name)  # "Cho Tae-yong", "Mao Ning": the surname comes first
            if family is not None:
                first_seen.setdefault(family, (mention.end, mention.actor))
    if not first_seen:
        return []
    by_shape: dict[tuple[int, str], list[tuple[str, tuple[int, Actor]]]] = {}  # (length, first letter) -> surnames
    for last, where_whom in first_seen.items():
        by_shape.setdefault((len(last), last[0]), []).append((last, where_whom))
    out = []
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        seen = first_seen.get(word)
        if seen is None and (len(word), word[0]) in by_shape:  # (no surname of its shape: no misspelling of one)
            seen = _misspelt_again(word, by_shape)
        if seen is not None and m.start() >= seen[0]:
            out.append((m.start(), m.end(), seen[1]))
    return out


_TYPO_MIN: Final = 6  # letters of a surname below which a changed letter may make another real surname


def _misspelt_again(
    word: str, by_shape: dict[tuple[int, str], list[tuple[str, tuple[int, Actor]]]]
) -> tuple[int, Actor] | None:
    """The one person named earlier in full whose surname ``word`` misspells, same length, by one letter
    changed or two neighbours swapped ("Zaluzhnyi ... Zuluzhnyi said"), the first letter kept; a word of 6
    letters or more the registry does not know. ``by_shape``: the surnames named before (with where and
    whom), filed by length and first letter, in the order they were named (a long text names many: each
    word reads only those of its shape)."""
    if len(word) < _TYPO_MIN or word in _word_sets()[0] or active_registry().lookup(word) is not None:
        return None
    return misspelt_of(word, by_shape.get((len(word), word[0]), ()), _seen_id)


def _seen_id(seen: tuple[int, Actor]) -> str:
    return seen[1].id


def _transposed(text: str, taken: _Taken) -> Iterator[tuple[int, int, Actor]]:
    """A capitalised word of 7 letters or more the registry does not know, where swapping two neighbouring
    letters after the first gives one name the registry knows of one actor ("Zelenksy" for Zelensky): the
    commonest slip of typing, too unlike another name at that length to read otherwise."""
    reg = active_registry()
    for m in _TYPO_WORD.finditer(text):
        word = m.group()
        if not taken.free(m.start(), m.end()) or reg.lookup(word) is not None or known_first_name(word):
            continue
        if word in _word_sets()[0] or word in _place_words():
            continue
        found = reg.misspelt(word, swapped=True)
        if found is not None:
            yield m.start(), m.end(), found


# A capitalised word of seven letters or more, whole (the check before it follows the capital).
_TYPO_WORD: Final = re.compile(
    rf"[{latin_letters(upper=True)}](?<![\w'\u2019-].)[{latin_letters(upper=False)}]{{6,}}(?![\w'\u2019-])"
)


def _person_name(text: str, m: re.Match[str]) -> str | None:
    """The name of a person in ``m``'s group "name", without a title, if it reads as one: a first name and
    a surname at least, no word of a body's name, no article or preposition of place before it."""
    start, end = _without_title(text, *m.span("name"))  # the mention keeps the title, the name not
    name = " ".join(text[start:end].split())
    words = name.split()
    not_first, body_words, not_surnames = _word_sets()
    if (
        len(words) < 2
        or words[0] in not_first
        or _no_given_name(words[0])
        or words[-1] in not_surnames  # "the South Carolina Republican told": a description, no name
        or words[-1] in _weekdays()  # "President Donald Trump Tuesday said": the day the saying was on
        or body_words.intersection(words)
        or _ARTICLE_BEFORE.search(text, max(0, m.start("name") - 5), m.start("name"))
        or _PLACE_BEFORE.search(text, max(0, m.start("name") - 8), m.start("name"))
    ):
        return None
    return name


def _no_given_name(word: str) -> bool:
    """A capitalised word that opens no person's name unless the first-name table knows it as one: a weekday or
    a month written in full, a place or state of ``data/places.tsv``, or the name of a body or state the registry knows
    ("Kharkiv Holloway said", "September Holloway said": no person)."""
    if known_first_name(word):
        return False
    if word in _weekdays() or word in _place_words():
        return True
    actor = active_registry().lookup(word)
    return actor is not None and actor.kind is not ActorKind.PERSON


@cache
def _place_words() -> frozenset[str]:
    """The one-word places and states of ``data/places.tsv`` and the months of ``data/months.tsv`` written in
    full."""
    rows = tsv_rows("places.tsv", 3)
    places = {cell for _n, cells in rows for cell in (cells[0], cells[2]) if " " not in cell}
    months = {form for form in _months() if len(form) > 3}
    return frozenset(places | months)


# A preposition of place right before capitalised words: they name a place ("leaders meeting in Rio de Janeiro
# urged ..."), not a person.
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|at|from|near|into|outside|across)\s+$")


@cache
def _weekdays() -> frozenset[str]:
    """The weekday names of ``data/weekdays.tsv`` ("Tuesday", "Tue"), capitalised as the table writes them (read
    through the date lexicon, the tables' one loader): no word of a person's name."""
    return frozenset(form.capitalize() for form in date_lexicon().weekdays)


@cache
def _months() -> frozenset[str]:
    """The month names and abbreviations of ``data/months.tsv`` ("February", "Feb"), capitalised as the table
    writes them (read through the date lexicon)."""
    return frozenset(form.capitalize() for form in date_lexicon().months)


# "of" or "of the" right before a state's name that ends a body's name.
_OF_BEFORE: Final = re.compile(r"\sof\s+(?:the\s+)?$")


def _displace_owner_state(
    text: str, mentions: list[Mention], state: tuple[set[int], _Taken], span: tuple[int, int]
) -> bool:
    """Rule body-of-state (twenty-second session, bodies22): free ``[a, b)``, a body's capitalised name that ends
    in "of <state>" ("the State Emergency Service of Ukraine", "the National Police of Ukraine"), where the
    state's mention is the only one in it: the state owns the body and does not speak for it. False (nothing
    dropped) otherwise."""
    dropped, taken = state
    a, b = span
    inside = [m for m in mentions if m.start < b and m.end > a]
    if len(inside) != 1:
        return False
    m = inside[0]
    if m.actor.kind is not ActorKind.STATE or m.end != b or m.start in dropped:
        return False
    if _OF_BEFORE.search(text, max(a, m.start - 9), m.start) is None:
        return False
    dropped.add(m.start)
    taken.used[m.start : m.end] = bytes(m.end - m.start)
    return True


def _displace(text: str, mentions: list[Mention], state: tuple[set[int], _Taken], span: tuple[int, int]) -> bool:
    """Free ``[a, b)``, a person's full name the registry does not know, where the registry read one of its
    words as a known person's surname ("Pavel" of "Pavel Malkov", "national security adviser Kim" of "Kim
    Tae-hyo"): those mentions are dropped. False (nothing dropped) where another kind of mention is there."""
    dropped, taken = state
    a, b = span
    i = bisect.bisect_left(mentions, a, key=lambda m: m.end)
    hit: list[Mention] = []
    while i < len(mentions) and mentions[i].start < b:
        m = mentions[i]
        if m.end > a:
            inside = text[max(a, m.start) : min(b, m.end)]
            if m.actor.kind is not ActorKind.PERSON or m.end > b or len(inside.split()) != 1 or m.start in dropped:
                return False
            hit.append(m)
        i += 1
    if not hit:
        return False
    for m in hit:
        dropped.add(m.start)
        taken.used[m.start : m.end] = bytes(m.end - m.start)
    return True


_WORD_AT: Final = re.compile(r"\S+\s+")


def _without_title(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the titles of office that open it ("Congressman Michael R. Turner" ->
    "Michael R. Turner"): a word the registry reads as a title is no part of a name."""
    while (w := _WORD_AT.match(text, start, end)) is not None and _not_name_word(w.group().strip()):
        start = w.end()
    return start, end


# A word of a body's name as read that may open a first name and surname pair (the first name is checked
# against first_names; the surname is read ahead, so that pairs may overlap: "Transport Olha Marchuk").
_NAME_PAIR: Final = re.compile(rf"(?<!\S)[{_UP}][{_LO}]+(?=\s+(?P<last>[{_UP}][{_LO}\u2019'-]+[{_LO}])(?!\S))")


def _trailing_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A person's name inside a body's name as read, after at least two words of it: the body's name is the
    title of the person's office ("head of the Rada Committee on Defence Olha Marchuk on Facebook"): a known
    first name and a surname; the body's name ends before it."""
    for m in _NAME_PAIR.finditer(text, start, end):
        if known_first_name(m.group()) and len(text[start : m.start()].split()) >= 2:
            return m.start(), m.end("last")
    return None


def _without_trailing_date(text: str, start: int, end: int) -> int:
    """The end of an organisation's name before a trailing "on Monday", "of March", "on Oct. 22" (a date, no
    name; month names and abbreviations from the date lexicon, ``data/months.tsv``)."""
    words = text[start:end].split()
    size = _trailing_date_size(words, text[end:])
    if size == 0 or len(words) < size + 2:  # a name, a preposition and a date at least
        return end
    drop = size + 2 if words[-size - 1] == "the" else size + 1
    if len(words) <= drop or words[-drop] not in {"on", "of", "for"}:
        return end
    cut = end
    for word in reversed(words[-drop:]):  # back over the dropped words
        cut = text.rindex(word, start, cut)
    return start + len(text[start:cut].rstrip())


_DAY_NEXT: Final = re.compile(r"\.?\s*(?:[1-9]|[12]\d|3[01])\b")


def _trailing_date_size(words: list[str], after: str) -> int:
    """How many of the last words make a date: a word that opens no name ("Monday", "March"), a month's name
    or abbreviation with its day next in the text ("Oct." before "22"), or a month with a day before or after
    it in the words ("Oct. 22", "22 October"); 0: none."""

    def month(word: str) -> bool:
        name = word.removesuffix(".")
        return name[:1].isupper() and name.casefold() in date_lexicon().months

    if len(words) >= 2:
        day, other = (words[-1], words[-2]) if words[-1].isdigit() else (words[-2], words[-1])
        if day.isdigit() and 1 <= int(day) <= 31 and month(other):
            return 2
    if words and (words[-1] in _word_sets()[0] or (month(words[-1]) and _DAY_NEXT.match(after))):
        return 1
    return 0


@cache
def _surname_patterns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    # not a report verb in the present ("..., Visir reports."): news style gives it to an outlet, not a person
    verbs = verb_set("say", "declare", "tell") - verb_set("report", ending="s")
    rest = rf"[{_LO}]{{2,}}(?:-[{_UP}][{_LO}]+)?"  # a surname after its capital
    # a capital word after a closing quote or comma, before a lower-case word; and one after a space, before
    # a clause end (what stands before the capital is checked after it: a search skips from capital to capital)
    before = re.compile(rf"(?P<name>[{_UP}](?<=[\"\u201d,]\s.){rest})\s+(?P<v>[a-z]+)")
    after = re.compile(rf"(?P<name>[{_UP}](?<=[a-z]\s.){rest})(?=\s*[.,;])")
    return verbs, before, after


def _surnames_at_verbs(text: str) -> list[tuple[int, int]]:
    """A person named by one capitalised word, a surname, right next to a speech verb in an attribution:
    after a closing quote or comma and before the verb ('"...," Graham said', ', Graham added'), right
    after the verb, ending the clause ('..., said Kovalenko.'), or opening a sentence before the verb
    ("Kovalenko noted that ...", see ``_surnames_opening``). The spans of those words that are no common
    capitalised word (a weekday, a title, a body's head noun)."""
    verbs, before, after = _surname_patterns()
    out = [m.span("name") for m in before.finditer(text) if m.group("v") in verbs]
    for m in after.finditer(text):
        prev = text[max(0, m.start() - 16) : m.start()].split()[-1:]
        if prev and prev[0] in verbs:
            out.append(m.span("name"))
    out.extend(_surnames_opening(text))
    return [(a, b) for a, b in out if _is_surname(text[a:b])]


@cache
def _surname_opening() -> re.Pattern[str]:
    """One capitalised word of a surname's shape, then what may stand between a name and its speech verb
    (``_verb_after_name``: "also", "on Tuesday", "in a statement"), then the verb."""
    rest = rf"[{_LO}]{{2,}}(?:-[{_UP}][{_LO}]+)?"
    return re.compile(rf"(?P<name>[{_UP}](?<![\w'\u2019.-].){rest})(?![\w'\u2019-]){_verb_after_name()}")


def _opens_a_paragraph_or_sentence(text: str, a: int) -> bool:
    """Whether the word at ``a`` opens the text, a line, a sentence (after "." "!" or "?", a closing quotation
    mark after it) or a labelled paragraph of news copy (after "Details: ", "Quote: " opening a line)."""
    window = text[max(0, a - 24) : a]
    core = window.rstrip()
    if not core:
        return a - len(window) == 0 or "\n" in window
    if (
        "\n" in window[len(core) :]
        or core[-1] in ".!?"
        or (core[-1] in '"\u201d\u2019' and core[-2:-1] in (".", "!", "?"))
    ):
        return True
    if not core.endswith(":"):
        return False
    line = core[:-1].rsplit("\n", 1)
    label = line[-1]
    at_line_start = len(line) == 2 or a - len(window) == 0  # the label opens a line (or the text)
    return at_line_start and label.isalpha() and label[:1].isupper() and label[1:].islower()


def _surnames_opening(text: str) -> Iterator[tuple[int, int]]:
    """Rule surname-opens-a-sentence (``_speaker_rules``): one capitalised word the registry does not know,
    opening the text, a sentence or a labelled paragraph right before a speech verb ("Halvorsen said on Monday
    that ...", "Details: Brekke noted that ..."), is a person named by the surname alone, as news names
    someone introduced in full earlier (an excerpt leaves the full name out). Not a word that opens no name
    (``_no_given_name``: a place, a weekday, a month, a body or state the registry knows), a first name the
    table knows, a pronoun, determiner or quantifier (data/name_words.tsv clause_opener) or the head noun of a
    described speaker ("Officials said", "Prosecutors noted": data/speaker_heads.tsv, speech_cues.tsv
    bare_source); :func:`_surnames_at_verbs` then drops what :func:`_is_surname` rejects, as at every speech
    verb (a listed non-surname, a state's people in the plural: "Lithuanians said")."""
    verbs = _surname_patterns()[0]  # no report verb in the present ("Amid reports that ...")
    for m in _surname_opening().finditer(text):
        if m.group().split()[-1] not in verbs:
            continue
        a, b = m.span("name")
        word = m.group("name")
        if (
            not _opens_a_paragraph_or_sentence(text, a)
            or _no_given_name(word)
            or known_first_name(word)
            or word.casefold() in _described_heads()
        ):
            continue
        if word in _clause_openers() or active_registry().lookup(word) is not None:
            continue
        yield a, b


def _people_of_a_state(word: str) -> bool:
    """A state's people in the plural, its adjective and "s" ("Ukrainians", "Americans"): no surname."""
    return word.endswith("s") and word[:-1] in _state_adjectives()


@cache
def _state_adjectives() -> frozenset[str]:
    """Every adjective of a state in ``data/demonyms.tsv`` ("American", "U.S.", "Ukrainian")."""
    return frozenset(_speaking_bodies()[0])


@cache
def _clause_openers() -> frozenset[str]:
    return frozenset(name_words()["clause_opener"])


@cache
def _described_heads() -> frozenset[str]:
    """The head nouns of described speakers (data/speaker_heads.tsv, speech_cues.tsv bare_source), lower case."""
    from ._descriptions import speaker_heads  # noqa: PLC0415 - the table's one loader; it imports this module

    return frozenset(speaker_heads()) | frozenset(lexicon().bare_source)


def _is_surname(name: str) -> bool:
    """Whether a capitalised word next to a speech verb may be a surname: not a word that opens no name, a
    word of a body's name or a listed non-surname (``data/name_words.tsv``), nor a state's people in the plural
    (:func:`_people_of_a_state`: "Lithuanians said")."""
    not_first, body_words, not_surnames = _word_sets()
    return (
        name not in not_first and name not in body_words and name not in not_surnames and not _people_of_a_state(name)
    )


def _surname(name: str) -> str | None:
    """The end of a name from the first capital of its last word that has a letter after it ("Rutte" in
    "Mark Rutte", "McDonald", "Gaulle" in "Charles de-Gaulle"), or None."""
    last = _LAST_WORD.search(name)
    if last is None:
        return None
    word = last.group()
    first = next((i for i, ch in enumerate(word[:-1]) if ch.isupper()), None)
    return None if first is None else word[first:]


# Lower-case words between a body and a person's name that make the body part of the person's title: "the
# United Nations nuclear watchdog chief Rafael Grossi", "EU diplomacy chief Kaja Kallas", "his US counterpart X".
_TITLE_GAP: Final = re.compile(r"(?:['\u2019]s)?(?P<words>(?:\s+[a-z][a-z-]*){1,4})\s+")


@cache
def _title_heads() -> frozenset[str]:
    nouns = (*name_words()["title_noun"], *name_words()["title_gap_head"])
    return frozenset(nouns) | frozenset(n + "s" for n in nouns)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(name_words()["function_word"])


def _without_bodies_in_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body or state named in a person's title before the name is no actor of its own: the words between
    them are lower case, end in a title noun and hold no function word ("according to United Nations
    nuclear watchdog chief Rafael Grossi": Grossi, not the United Nations, is named; the person's mention
    takes the title's words)."""
    out: list[Mention] = []
    for m in mentions:
        a = out[-1] if out else None
        body = a is not None and a.actor.kind in (ActorKind.ORGANISATION, ActorKind.STATE)
        if a is not None and body and m.actor.kind is ActorKind.PERSON:
            gap = _TITLE_GAP.fullmatch(text, a.end, m.start)
            words = gap.group("words").split() if gap is not None else ["of"]
            if words[-1] in _title_heads() and not _function_words().intersection(words):
                out[-1] = m._replace(start=a.start)  # the title's words are the person's mention
                continue
        out.append(m)
    return out


@cache
def _state_possessive() -> re.Pattern[str]:
    """A possessive that stands for a state, then up to four lower-case words of a title: "its defence minister",
    "the country's foreign minister", "the nation's president" (the nouns: class state_noun of
    data/name_words.tsv)."""
    nouns = alternation(name_words()["state_noun"])
    return re.compile(
        rf"(?<![\w'\u2019-])(?:[Ii]ts|[Tt]he\s+(?:{nouns})['\u2019]s)\s+(?P<title>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,3}})"
    )


def _state_possessive_titles(text: str, mentions: list[Mention], published: dt.date) -> list[Mention]:
    """Rule ``state-possessive-title``: "its <title>" / "the country's <title>" in a sentence that opens with a
    state's name ("Poland will spend more next year, its defence minister said"; "Germany's economy shrank,
    the country's finance minister said") is that state's holder of the title on the publication day, as
    "Poland's defence minister" is (the possessive stands for the subject the sentence opens with). Nothing
    where the sentence opens otherwise, the words are no title of the registry, or no one or several held it."""
    if not mentions or _state_possessive().search(text) is None:
        return mentions
    reg = active_registry()
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    opens: list[int] = []  # where each sentence starts (text.sentence_breaks), found where first needed
    for m in _state_possessive().finditer(text):
        run = _title_run(m)
        if run is not None and not opens:
            opens = [0, *sentence_breaks(text)[1]]
        state = _state_opening_sentence(text, mentions, starts, opens, m.start()) if run is not None else None
        if run is None or state is None:
            continue
        holder = reg.who_held(run[0].title, published, organisation=state.name)
        i = bisect.bisect_left(starts, m.start())
        taken = (i > 0 and mentions[i - 1].end > m.start()) or (i < len(mentions) and mentions[i].start < run[1])
        if holder is not None and not taken:
            extra.append(Mention(m.start(), run[1], holder))
    return sorted([*mentions, *extra], key=lambda x: x.start) if extra else mentions


def _title_run(m: re.Match[str]) -> tuple[Role, int] | None:
    """The role of the longest run of the match's title words the registry reads as a title, and its end."""
    reg = active_registry()
    words = list(re.finditer(r"\S+", m.group("title")))
    for k in range(len(words), 0, -1):
        role = reg.parse_title(" ".join(w.group() for w in words[:k]))
        if role is not None:
            return role, m.start("title") + words[k - 1].end()
    return None


def _state_opening_sentence(
    text: str, mentions: list[Mention], starts: list[int], opens: list[int], pos: int
) -> Actor | None:
    """The state whose name (or possessive) opens the sentence holding ``pos`` (``opens``: where the sentences of
    :func:`~._sentences.sentence_breaks` start), if a state's does."""
    lo = opens[bisect.bisect_right(opens, pos) - 1]
    while lo < pos and text[lo] in ' \t"\u201c':
        lo += 1
    i = bisect.bisect_left(starts, lo)
    if i >= len(mentions) or mentions[i].start != lo or mentions[i].start >= pos:
        return None
    actor = mentions[i].actor
    return actor if actor.kind is ActorKind.STATE else None


def _without_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions in a dateline name the place the story was filed from, not an actor (the outlet stays)."""
    spans = [line.place for line in datelines(text) if line.place is not None]
    if not spans:
        return mentions
    cover = _Cover(spans)
    return [x for x in mentions if cover.reach(x.start) <= x.start]
