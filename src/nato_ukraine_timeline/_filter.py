"""``Timeline.filter``: kinds checked, dates through the one normaliser, actors resolved through the registry.

An actor criterion is an :class:`~nato_ukraine_timeline.Actor`, an actor id, a name or alias, or a
title. Names and aliases are matched against the timeline's own actors and the registry's (so
"Zelenskiy" finds the actor named "Volodymyr Zelenskyy"); a title ("NATO Secretary General", "the
NATO chief") means whoever held it on each item's date (on either bound of an interval), per the
registry's dated roles. ``actor=`` matches the actors taking part (a statement's speaker, an event's
participants); ``mentions=`` also matches an actor the item's words name, found by the same actor
mention finder ``parse`` uses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attrs import frozen

from ._dateargs import DateLike, as_date
from .errors import InvalidOptionError
from .model import Actor, EventKind, Statement, Timeline

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from ._actors import ActorRegistry
    from .model import Event

    Item = Statement | Event

__all__ = ["KINDS", "filter_timeline"]

#: Every kind ``filter(kind=...)`` knows: ``"statement"`` and each event kind.
KINDS: Final = ("statement", *(k.value for k in EventKind))


def _kinds(kind: object) -> set[str] | None:
    if kind is None:
        return None
    if isinstance(kind, str):
        given = [kind]
    elif isinstance(kind, list | tuple | set | frozenset):
        given = list(kind)
    else:
        raise InvalidOptionError(f"kind={kind!r} is not a kind or a list of kinds: expected one of {', '.join(KINDS)}")
    wanted = set()
    for k in given:
        value = k.value if isinstance(k, EventKind) else k
        if not isinstance(value, str) or value not in KINDS:
            raise InvalidOptionError(f"kind={k!r} is not a kind: expected one of {', '.join(KINDS)}")
        wanted.add(value)
    if EventKind.MEETING.value in wanted:  # a summit is a meeting of heads of state or government
        wanted.add(EventKind.SUMMIT.value)
    return wanted


@frozen
class _Query:
    """An actor criterion resolved once: the ids it names, or the title it is."""

    ids: frozenset[str]
    title: str | None
    registry: ActorRegistry | None

    def ids_on(self, item: Item) -> set[str]:
        """The actor ids the criterion means for ``item`` (a title: its holders on the item's dates)."""
        if self.title is None or self.registry is None:
            return set(self.ids)
        out = set(self.ids)
        w = item.when
        for day in {w.earliest, w.latest} if w is not None else ():
            if day is not None:
                out.update(a.id for a in self.registry.holders(self.title, day))
        return out


def _query(wanted: str | Actor, timeline: Timeline, registry: ActorRegistry | None) -> _Query:
    if isinstance(wanted, Actor):
        return _Query(frozenset({wanted.id}), None, None)
    if not isinstance(wanted, str):
        raise InvalidOptionError(f"an actor criterion must be an Actor or a str, got {type(wanted).__name__}")
    from ._actors import actor_registry  # noqa: PLC0415 - the registry loads on first use

    reg = registry if registry is not None else actor_registry()
    key = wanted.strip().casefold()
    own = {a.id for a in timeline.actors if a.id == wanted or any(n.casefold() == key for n in a.names)}
    own.update(a.id for i in timeline for a in i.actors if a.id == wanted or any(n.casefold() == key for n in a.names))
    ids = frozenset(own | {a.id for a in reg.candidates(wanted)})
    title = None
    if not ids and reg.parse_title(wanted) is not None:
        title = wanted
    return _Query(ids, title, reg)


def _words(item: Item) -> str:
    return item.text if isinstance(item, Statement) else item.trigger


def _mentioned(item: Item, timeline_actors: Iterable[Actor], registry: ActorRegistry | None) -> set[str]:
    """The ids of the actors taking part in ``item`` and of those its words name."""
    from ._actors import find_actor_mentions  # noqa: PLC0415 - the finder loads on first use

    out = {a.id for a in item.actors}
    words = _words(item)
    w = item.when
    days = [d for d in ({w.earliest, w.latest} if w is not None else ()) if d is not None]
    for m in find_actor_mentions(words, registry=registry):
        if m.actor is not None:
            out.add(m.actor.id)
        elif m.role is not None and registry is not None:
            for day in days:
                out.update(a.id for a in registry.holders(m.role.title, day, organisation=m.role.organisation))
        else:
            out.update(a.id for a in m.candidates if len(m.candidates) == 1)
    folded = words.casefold()
    for actor in timeline_actors:  # people only this timeline knows (recognised from a title in the text)
        if any(_says(folded, name) for name in actor.names):
            out.add(actor.id)
    return out


def _says(folded: str, name: str) -> bool:
    key = name.strip().casefold()
    return bool(key) and re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", folded) is not None


def _in_range(item: Item, start: dt.date | None, end: dt.date | None) -> bool:
    if start is None and end is None:
        return True
    w = item.when
    if w is None or (w.earliest is None and w.latest is None):
        return False
    # A missing bound is open ("on or after 2024-10-01"): it cannot rule the item out.
    if start is not None and w.latest is not None and w.latest < start:
        return False
    return not (end is not None and w.earliest is not None and w.earliest > end)


def filter_timeline(
    timeline: Timeline,
    *,
    actor: str | Actor | None,
    mentions: str | Actor | None,
    kind: object,
    start: DateLike,
    end: DateLike,
    registry: ActorRegistry | None,
) -> Timeline:
    """The items of ``timeline`` matching every given criterion (see :meth:`Timeline.filter`)."""
    kinds = _kinds(kind)
    first, last = as_date(start, name="start"), as_date(end, name="end")
    if first is not None and last is not None and last < first:
        raise InvalidOptionError(f"start={first} is after end={last}; swap them")
    by_actor = _query(actor, timeline, registry) if actor is not None else None
    by_mention = _query(mentions, timeline, registry) if mentions is not None else None
    reg = by_mention.registry if by_mention is not None else None

    def keep(item: Item) -> bool:
        if kinds is not None and str(item.kind) not in kinds:
            return False
        if not _in_range(item, first, last):
            return False
        if by_actor is not None and not by_actor.ids_on(item) & {a.id for a in item.actors}:
            return False
        return by_mention is None or bool(by_mention.ids_on(item) & _mentioned(item, timeline.actors, reg))

    return Timeline.of(i for i in timeline if keep(i))
