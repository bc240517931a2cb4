"""The typed model: actors and their roles, resolved time values, statements, events, timelines.

All classes are frozen attrs classes with keyword-only arguments, validated at construction: an
invalid value raises :class:`~nato_ukraine_timeline.errors.ModelError` naming the class and field.
Change a value with :func:`attrs.evolve`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator  # noqa: TC003 - attrs/cattrs resolve annotations at run time
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

from attrs import evolve, field, frozen

from ._checks import date_value_problems
from ._timex import Granularity, edtf_of, parse_timex
from .errors import ModelError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ._actors import ActorRegistry
    from ._dateargs import DateLike

__all__ = [
    "Actor",
    "ActorKind",
    "Basis",
    "DateMention",
    "DateValue",
    "Event",
    "EventKind",
    "Granularity",
    "Provenance",
    "Role",
    "Source",
    "Span",
    "Statement",
    "Timeline",
    "TimexType",
]


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _roles(value: Iterable[Role]) -> tuple[Role, ...]:
    return tuple(value)


def _actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(value)


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def _check(cls: str, name: str, ok: bool, message: str) -> None:  # noqa: FBT001 - a predicate
    if not ok:
        raise ModelError(cls, name, message)


def _is(cls: str, name: str, value: object, types: type | tuple[type, ...]) -> None:
    if type(value) is types:  # the common case, checked first: every model object validates its fields
        return
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in _flat(types)):
        names = " | ".join(t.__name__ for t in _flat(types))
        raise ModelError(cls, name, f"expected {names}, got {type(value).__name__} {value!r}")


def _flat(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def _is_date(cls: str, name: str, value: object, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    # datetime is a subclass of date, and would lose its time silently: refuse it.
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ModelError(cls, name, f"expected datetime.date, got {type(value).__name__} {value!r}")


_E = TypeVar("_E", bound=StrEnum)


def _member(enum: type[_E], value: _E | str) -> _E:
    """Accept a member or its string value (``"person"``); anything else is left for the validator,
    which reports it with the class and field it belongs to."""
    if isinstance(value, str) and not isinstance(value, enum):
        try:
            return enum(value)
        except ValueError:
            pass
    return cast("_E", value)


def _actor_kind(value: ActorKind | str) -> ActorKind:
    return _member(ActorKind, value)


def _granularity(value: Granularity | str) -> Granularity:
    return _member(Granularity, value)


def _basis(value: Basis | str) -> Basis:
    return _member(Basis, value)


def _timex_type(value: TimexType | str) -> TimexType:
    return _member(TimexType, value)


def _event_kind(value: EventKind | str) -> EventKind:
    return _member(EventKind, value)


def _enum(cls: str, name: str, value: object, enum: type[StrEnum]) -> None:
    if not isinstance(value, enum):
        allowed = ", ".join(member.value for member in enum)
        raise ModelError(cls, name, f"expected one of {allowed}, got {value!r}")


def _strings(cls: str, name: str, values: tuple[object, ...]) -> None:
    for i, value in enumerate(values):
        if not isinstance(value, str):
            raise ModelError(cls, f"{name}[{i}]", f"expected str, got {type(value).__name__} {value!r}")


# --------------------------------------------------------------------------------------------------
# Vocabularies


class ActorKind(StrEnum):
    """What kind of actor: a person, an organisation, a state, or a media outlet."""

    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"
    MEDIA = "media"


class TimexType(StrEnum):
    """The TIMEX3 type of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Basis(StrEnum):
    """Why a time value resolved the way it did (strongest evidence first)."""

    EXPLICIT = "explicit"  # the text gave the full value ("Oct. 3, 2024", "2024")
    CONTEXT = "context"  # an explicit date or year nearby in the text anchored it
    PUBLISHED = "published"  # relative to the publication date ("yesterday", "last week")
    PUBLISHED_TENSE = "published+tense"  # publication date and the tense of the clause
    TERM_OF_OFFICE = "term of office"  # an actor's term named in the same sentence bounded it
    DOCUMENT_ORDER = "document order"  # the order of items in a feed decided the year
    WINDOW = "window"  # the only candidate inside the timeline window
    UNRESOLVED = "unresolved"  # nothing decided: the value is uncertain or underspecified


class EventKind(StrEnum):
    """What kind of thing happened."""

    MEETING = "meeting"
    VISIT = "visit"
    SUMMIT = "summit"
    ATTACK = "attack"
    ANNOUNCEMENT = "announcement"
    AGREEMENT = "agreement"
    REPORT = "report"
    OTHER = "other"


# --------------------------------------------------------------------------------------------------
# Spans and sources


@frozen(kw_only=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of Python str offsets into a source text."""

    start: int = field()
    end: int = field()

    @start.validator
    def _v_start(self, _a: object, value: int) -> None:
        _is("Span", "start", value, int)
        _check("Span", "start", value >= 0, f"must be >= 0, got {value}")

    @end.validator
    def _v_end(self, _a: object, value: int) -> None:
        _is("Span", "end", value, int)
        _check("Span", "end", value >= self.start, f"end={value} is before start={self.start}")

    def __len__(self) -> int:
        return self.end - self.start


@frozen(kw_only=True)
class Source:
    """Where a text came from: an id, and where known its address, outlet and publication date."""

    id: str = field()
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None

    @id.validator
    def _v_id(self, _a: object, value: str) -> None:
        _is("Source", "id", value, str)

    def __attrs_post_init__(self) -> None:
        for name in ("url", "outlet"):
            value = getattr(self, name)
            if value is not None:
                _is("Source", name, value, str)
        _is_date("Source", "published", self.published, optional=True)


@frozen(kw_only=True)
class Provenance:
    """Where an item was found: the source (``None`` when unknown) and the span in its text."""

    span: Span
    source: Source | None = None

    def __attrs_post_init__(self) -> None:
        _is("Provenance", "span", self.span, Span)
        if self.source is not None:
            _is("Provenance", "source", self.source, Source)


def _provenance_key(p: Provenance) -> tuple[Any, ...]:
    src = p.source
    if src is None:
        return (0, "", "", "", "", p.span.start, p.span.end)
    published = src.published.isoformat() if src.published else ""
    return (1, src.id, src.url or "", src.outlet or "", published, p.span.start, p.span.end)


def _provenances(value: Iterable[Provenance]) -> tuple[Provenance, ...]:
    """Canonical form: each place once, in a fixed order, so equality ignores the order of discovery."""
    items = tuple(value)
    if not all(isinstance(p, Provenance) for p in items):
        return items  # left for the validator, which names the field
    return tuple(sorted(set(items), key=_provenance_key))


# --------------------------------------------------------------------------------------------------
# Actors


@frozen(kw_only=True)
class Role:
    """A title an actor holds from ``start`` to ``end`` (inclusive; ``None`` = open)."""

    title: str
    organisation: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        _is("Role", "title", self.title, str)
        _check("Role", "title", bool(self.title.strip()), "must not be empty")
        if self.organisation is not None:
            _is("Role", "organisation", self.organisation, str)
        _is_date("Role", "start", self.start, optional=True)
        _is_date("Role", "end", self.end, optional=True)
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ModelError("Role", "end", f"end={self.end} is before start={self.start}")

    def holds_on(self, day: dt.date) -> bool:
        """Whether the role is held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


_ID: Final = re.compile(r"[a-z0-9][a-z0-9_.:-]*")


@frozen(kw_only=True)
class Actor:
    """A person, organisation, state or media outlet.

    ``id`` is stable across releases (``"mark-rutte"``); ``aliases`` hold other names and
    transliterations; ``roles`` the titles held, with dates.
    """

    id: str
    name: str
    kind: ActorKind = field(converter=_actor_kind)
    aliases: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    roles: tuple[Role, ...] = field(default=(), converter=_roles)
    wikidata: str | None = None

    def __attrs_post_init__(self) -> None:
        _is("Actor", "id", self.id, str)
        _check("Actor", "id", bool(_ID.fullmatch(self.id)), f"must be lowercase a-z0-9 and _.:-, got {self.id!r}")
        _is("Actor", "name", self.name, str)
        _check("Actor", "name", bool(self.name.strip()), "must not be empty")
        _enum("Actor", "kind", self.kind, ActorKind)
        _strings("Actor", "aliases", self.aliases)
        for i, role in enumerate(self.roles):
            _is("Actor", f"roles[{i}]", role, Role)
        if self.wikidata is not None:
            _is("Actor", "wikidata", self.wikidata, str)
            ok = bool(re.fullmatch(r"Q[1-9]\d*", self.wikidata))
            _check("Actor", "wikidata", ok, f"not a Wikidata id: {self.wikidata!r}")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)

    def role_on(self, day: dt.date) -> Role | None:
        """The role held on ``day`` (the latest-starting one if several), or ``None``."""
        held = [r for r in self.roles if r.holds_on(day)]
        if not held:
            return None
        return max(held, key=lambda r: r.start or dt.date.min)

    def roles_on(self, day: dt.date) -> tuple[Role, ...]:
        """Every role held on ``day``."""
        return tuple(r for r in self.roles if r.holds_on(day))

    def __repr__(self) -> str:
        from ._display import actor_repr  # noqa: PLC0415 - display code loads on first use

        return actor_repr(self)

    def _repr_html_(self) -> str:
        from ._display import actor_html  # noqa: PLC0415

        return actor_html(self)


# --------------------------------------------------------------------------------------------------
# Time


@frozen(kw_only=True)
class DateValue:
    """A resolved time value: what the text said, placed on the calendar as far as it allows.

    ``timex`` is the TIMEX3 value (``2024-10-03``, ``2024-10``, ``2024-WI``, ``PRESENT_REF``, ``P2D``,
    ``XXXX-02-17``); ``granularity`` must agree with it. ``earliest``/``latest`` bound the interval
    covered (for a fully specified value, exactly the days it names). ``alternatives`` lists the
    candidate TIMEX3 values when the year could not be decided; ``uncertain`` marks a value that was
    chosen among candidates or left open. ``basis`` and ``reason`` say why.
    """

    timex: str
    granularity: Granularity = field(converter=_granularity)
    earliest: dt.date | None = None
    latest: dt.date | None = None
    basis: Basis = field(default=Basis.EXPLICIT, converter=_basis)
    uncertain: bool = False
    alternatives: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    reason: str = ""

    def __attrs_post_init__(self) -> None:
        _is("DateValue", "timex", self.timex, str)
        _enum("DateValue", "granularity", self.granularity, Granularity)
        set_type = self.granularity is Granularity.SET
        info = parse_timex(self.timex, set_type=set_type)
        if info is None:
            raise ModelError("DateValue", "timex", f"not a TIMEX3 value: {self.timex!r}")
        if info.granularity is not self.granularity:
            raise ModelError(
                "DateValue",
                "granularity",
                f"{self.granularity.value!r} contradicts timex {self.timex!r}, which is {info.granularity.value!r}",
            )
        _is_date("DateValue", "earliest", self.earliest, optional=True)
        _is_date("DateValue", "latest", self.latest, optional=True)
        if self.earliest is not None and self.latest is not None and self.latest < self.earliest:
            raise ModelError("DateValue", "latest", f"latest={self.latest} is before earliest={self.earliest}")
        if info.earliest is not None and (self.earliest, self.latest) != (info.earliest, info.latest):
            raise ModelError(
                "DateValue",
                "earliest",
                f"timex {self.timex!r} covers {info.earliest}..{info.latest}, not {self.earliest}..{self.latest}",
            )
        _enum("DateValue", "basis", self.basis, Basis)
        _is("DateValue", "uncertain", self.uncertain, bool)
        _strings("DateValue", "alternatives", self.alternatives)
        for i, alt in enumerate(self.alternatives):
            if parse_timex(alt, set_type=set_type) is None:
                raise ModelError("DateValue", f"alternatives[{i}]", f"not a TIMEX3 value: {alt!r}")
        _is("DateValue", "reason", self.reason, str)
        for name, message in date_value_problems(self):  # a day no calendar has; bounds that contradict
            raise ModelError("DateValue", name, message)

    @classmethod
    def from_timex(
        cls,
        timex: str,
        *,
        basis: Basis = Basis.EXPLICIT,
        uncertain: bool = False,
        alternatives: Iterable[str] = (),
        reason: str = "",
        earliest: dt.date | None = None,
        latest: dt.date | None = None,
        set_type: bool = False,
    ) -> DateValue:
        """Build a value from a TIMEX3 string, deriving granularity and (where it can) the bounds.

        ``earliest``/``latest`` are used only for values whose bounds the timex cannot give
        (``XXXX-02-17``, ``PAST_REF``): the interval the resolver could narrow them to.

        Raises:
            ModelError: ``timex`` is no TIMEX3 value, or the bounds are reversed.
        """
        info = parse_timex(timex, set_type=set_type)
        if info is None:
            raise ModelError("DateValue", "timex", f"not a TIMEX3 value: {timex!r}")
        lo, hi = (info.earliest, info.latest) if info.earliest is not None else (earliest, latest)
        return cls(
            timex=timex,
            granularity=info.granularity,
            earliest=lo,
            latest=hi,
            basis=basis,
            uncertain=uncertain,
            alternatives=tuple(alternatives),
            reason=reason,
        )

    @property
    def between(self) -> tuple[dt.date, dt.date] | None:
        """For one unknown day that the text bounds (``XXXX-XX-XX`` with ``earliest < latest``, e.g. a
        statement in an undated feed item between its neighbours' dates), the two bounds; else ``None``."""
        if self.timex != "XXXX-XX-XX" or self.earliest is None or self.latest is None:
            return None
        return (self.earliest, self.latest) if self.earliest < self.latest else None

    @property
    def edtf(self) -> str | None:
        """The value in EDTF; ``None`` for durations and sets, an interval for open references, and
        EDTF's "one of a set" (``[2025-01-29..2025-02-17]``) for one unknown day between two bounds."""
        if self.granularity in (Granularity.DURATION, Granularity.SET):
            return None
        if (between := self.between) is not None:
            return f"[{between[0].isoformat()}..{between[1].isoformat()}]"
        if self.granularity in (Granularity.PRESENT, Granularity.PAST, Granularity.FUTURE):
            lo = self.earliest.isoformat() if self.earliest else ".."
            hi = self.latest.isoformat() if self.latest else ".."
            return f"{lo}/{hi}"
        return edtf_of(self.timex, uncertain=self.uncertain, alternatives=self.alternatives)

    @property
    def is_specific(self) -> bool:
        """Whether the value names a definite calendar interval (no X, not a reference or duration)."""
        return parse_timex(self.timex) is not None and "X" not in self.timex and self.earliest is not None

    def __str__(self) -> str:
        """The TIMEX3 value with ``?`` when uncertain; one unknown day between two bounds reads
        ``2025-01-29..2025-02-17?``."""
        if (between := self.between) is not None:
            return f"{between[0].isoformat()}..{between[1].isoformat()}" + ("?" if self.uncertain else "")
        return self.timex + ("?" if self.uncertain else "")

    def __repr__(self) -> str:
        from ._display import date_value_repr  # noqa: PLC0415 - display code loads on first use

        return date_value_repr(self)

    def _repr_html_(self) -> str:
        from ._display import date_value_html  # noqa: PLC0415

        return date_value_html(self)


@frozen(kw_only=True)
class DateMention:
    """A temporal expression found in a text, with its resolved value.

    ``start``/``end`` are Python str offsets with ``text[start:end] == mention.text``.
    """

    start: int
    end: int
    text: str
    type: TimexType = field(converter=_timex_type)
    value: DateValue

    def __attrs_post_init__(self) -> None:
        if (  # the common case, every check passing, tested at once (no message is formatted)
            type(self.start) is int
            and type(self.end) is int
            and type(self.text) is str
            and 0 <= self.start <= self.end
            and len(self.text) == self.end - self.start
            and type(self.type) is TimexType
            and type(self.value) is DateValue
        ):
            return
        _is("DateMention", "start", self.start, int)
        _check("DateMention", "start", self.start >= 0, f"must be >= 0, got {self.start}")
        _is("DateMention", "end", self.end, int)
        _check("DateMention", "end", self.end >= self.start, f"end={self.end} is before start={self.start}")
        _is("DateMention", "text", self.text, str)
        _check(
            "DateMention",
            "text",
            len(self.text) == self.end - self.start,
            f"{self.text!r} has {len(self.text)} characters, the span {self.end - self.start}",
        )
        _enum("DateMention", "type", self.type, TimexType)
        _is("DateMention", "value", self.value, DateValue)

    @property
    def timex(self) -> str:
        """The TIMEX3 value string."""
        return self.value.timex

    @property
    def span(self) -> Span:
        """The character span."""
        return Span(start=self.start, end=self.end)

    def __repr__(self) -> str:
        from ._display import date_mention_repr  # noqa: PLC0415 - display code loads on first use

        return date_mention_repr(self)


# --------------------------------------------------------------------------------------------------
# Statements, events, timelines


def _check_common(cls: str, obj: Statement | Event) -> None:
    if obj.when is not None:
        _is(cls, "when", obj.when, DateValue)
    _is(cls, "span", obj.span, Span)
    if obj.source is not None:
        _is(cls, "source", obj.source, Source)
    for i, p in enumerate(obj.also_found):
        _is(cls, f"also_found[{i}]", p, Provenance)
    own = Provenance(span=obj.span, source=obj.source)
    if own in obj.also_found:
        # canonical form: the item's own place is never repeated among the others, so a merge of a
        # timeline with itself (which drops that repeat) is the same timeline
        object.__setattr__(obj, "also_found", tuple(p for p in obj.also_found if p != own))


def _provenance(item: Statement | Event) -> tuple[Provenance, ...]:
    """Every place the item was found, its own ``source``/``span`` first, then ``also_found``."""
    return (Provenance(span=item.span, source=item.source), *item.also_found)


def _sources(item: Statement | Event) -> tuple[Source, ...]:
    """Every known source the item was found in, each once, its own ``source`` first."""
    return tuple(dict.fromkeys(p.source for p in _provenance(item) if p.source is not None))


def _start(item: Statement | Event) -> int:
    """``span.start``: the offset where the item begins, named as a mention's (``DateMention.start``)."""
    return item.span.start


def _end(item: Statement | Event) -> int:
    """``span.end``: the offset where the item ends, named as a mention's (``DateMention.end``)."""
    return item.span.end


@frozen(kw_only=True)
class Statement:
    """One act of saying: who said what (quoted or reported), when, where or how, to whom.

    ``source`` and ``span`` say where it was found; ``also_found`` lists every other place (a
    :meth:`Timeline.merge` of duplicates fills it); ``provenance`` gives all of them, its own first,
    and ``sources`` the distinct sources.

    Words said jointly by several actors ("the United States and Ukraine said in a joint statement")
    are one statement: ``speaker`` is the first of them in the text and ``co_speakers`` the others, in
    text order; ``speakers`` gives them all, ``speaker`` first.

    .. versionchanged:: Unreleased ``co_speakers`` and ``speakers``.
    """

    speaker: Actor
    text: str
    direct: bool
    span: Span
    when: DateValue | None = None
    medium: str | None = None
    addressees: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    source: Source | None = None
    also_found: tuple[Provenance, ...] = field(default=(), converter=_provenances)
    co_speakers: tuple[Actor, ...] = field(default=(), converter=_actors)

    provenance = property(_provenance)
    sources = property(_sources)
    start = property(_start)
    end = property(_end)

    def __attrs_post_init__(self) -> None:
        _is("Statement", "speaker", self.speaker, Actor)
        for i, actor in enumerate(self.co_speakers):
            _is("Statement", f"co_speakers[{i}]", actor, Actor)
            _check("Statement", f"co_speakers[{i}]", actor.id != self.speaker.id, f"{actor.id!r} is the speaker")
        ids = [a.id for a in self.co_speakers]
        _check("Statement", "co_speakers", len(set(ids)) == len(ids), f"an actor is listed twice: {ids}")
        _is("Statement", "text", self.text, str)
        _is("Statement", "direct", self.direct, bool)
        if self.medium is not None:
            _is("Statement", "medium", self.medium, str)
        _strings("Statement", "addressees", self.addressees)
        _check_common("Statement", self)

    @property
    def kind(self) -> str:
        """Always ``"statement"``: lets statements and events be filtered alike.

        Both kinds are strings: an event's ``kind`` is an :class:`EventKind`, a ``StrEnum``, so
        ``item.kind == "meeting"`` and ``str(item.kind)`` work on any item.
        """
        return "statement"

    @property
    def speakers(self) -> tuple[Actor, ...]:
        """The speaker, then the co-speakers in text order (all who say the words).

        .. versionadded:: Unreleased
        """
        return (self.speaker, *self.co_speakers)

    @property
    def actors(self) -> tuple[Actor, ...]:
        """The actors taking part (the speakers)."""
        return self.speakers

    def dedup_key(self) -> tuple[str, str, bool, str]:
        """Two statements with the same key say the same thing: speakers, normalised words, form, date.

        The first element is the speaker's id, or the speakers' ids joined by ``+`` for joint words.
        """
        who = "+".join(a.id for a in self.speakers)
        return (who, _normalise(self.text), self.direct, self.when.timex if self.when else "")

    def __repr__(self) -> str:
        from ._display import statement_repr  # noqa: PLC0415 - display code loads on first use

        return statement_repr(self)

    def _repr_html_(self) -> str:
        from ._display import statement_html  # noqa: PLC0415

        return statement_html(self)


@frozen(kw_only=True)
class Event:
    """Something that happened or was scheduled: a meeting, visit, summit, attack, …

    Provenance as for :class:`Statement`: ``source``/``span``, ``also_found``, ``provenance``, ``sources``.
    """

    kind: EventKind = field(converter=_event_kind)
    trigger: str
    span: Span
    when: DateValue | None = None
    participants: tuple[Actor, ...] = field(default=(), converter=_actors)
    location: str | None = None
    source: Source | None = None
    also_found: tuple[Provenance, ...] = field(default=(), converter=_provenances)
    # The evidence (defaults when absent, as in older documents): the trigger word(s) inside ``span``
    # ("meeting" in "two-day ministerial meeting"), the date mention ``when`` was read from, and the
    # date rule that chose it, naming the clause ("own-clause-after: a date after the trigger ...").
    trigger_span: Span | None = None
    date_span: Span | None = None
    date_reason: str = ""

    provenance = property(_provenance)
    sources = property(_sources)
    start = property(_start)
    end = property(_end)

    @property
    def text(self) -> str:
        """The words that name the event (``trigger``), under the name statements use for their words."""
        return self.trigger

    def __attrs_post_init__(self) -> None:
        _enum("Event", "kind", self.kind, EventKind)
        _is("Event", "trigger", self.trigger, str)
        for name in ("trigger_span", "date_span"):
            if (value := getattr(self, name)) is not None:
                _is("Event", name, value, Span)
        _is("Event", "date_reason", self.date_reason, str)
        for i, actor in enumerate(self.participants):
            _is("Event", f"participants[{i}]", actor, Actor)
        if self.location is not None:
            _is("Event", "location", self.location, str)
        _check_common("Event", self)

    @property
    def actors(self) -> tuple[Actor, ...]:
        """The actors taking part (the participants)."""
        return self.participants

    def dedup_key(self) -> tuple[str, str, str, tuple[str, ...], str]:
        """Two events with the same key are the same event."""
        return (
            self.kind.value,
            self.when.timex if self.when else "",
            (self.location or "").casefold(),
            tuple(sorted(a.id for a in self.participants)),
            _normalise(self.trigger),
        )

    def __repr__(self) -> str:
        from ._display import event_repr  # noqa: PLC0415 - display code loads on first use

        return event_repr(self)

    def _repr_html_(self) -> str:
        from ._display import event_html  # noqa: PLC0415

        return event_html(self)


Item = Statement | Event


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.casefold()).split())


def _sort_key(item: Item) -> tuple[Any, ...]:
    from ._display import full_repr  # noqa: PLC0415 - display code loads on first use

    when = item.when
    undated = when is None or when.earliest is None
    return (
        undated,
        when.earliest if when is not None and when.earliest is not None else dt.date.min,
        when.latest if when is not None and when.latest is not None else dt.date.min,
        item.source.id if item.source is not None else "",
        item.span.start,
        item.span.end,
        0 if isinstance(item, Statement) else 1,
        full_repr(item),
    )


def _collect_actors(items: Iterable[Item], extra: Iterable[Actor] = ()) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actor in extra:
        seen.setdefault(actor.id, actor)
    for item in items:
        for actor in item.actors:
            seen.setdefault(actor.id, actor)
    return tuple(sorted(seen.values(), key=lambda a: a.id))


def _counts(items: Iterable[Any]) -> dict[Any, int]:
    counts: dict[Any, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


@frozen(kw_only=True, eq=False)
class Timeline:
    """Statements, events and the actors they reference.

    Iterating a timeline yields statements and events in time order (undated items last). Two
    timelines are equal when they hold the same statements, events and actors, in any order
    (``t == t.sorted()``); equal timelines hash alike.
    """

    statements: tuple[Statement, ...] = field(default=(), converter=_statements)
    events: tuple[Event, ...] = field(default=(), converter=_events)
    actors: tuple[Actor, ...] = field(default=(), converter=_actors)

    def __attrs_post_init__(self) -> None:
        for i, s in enumerate(self.statements):
            _is("Timeline", f"statements[{i}]", s, Statement)
        for i, e in enumerate(self.events):
            _is("Timeline", f"events[{i}]", e, Event)
        ids: set[str] = set()
        for i, a in enumerate(self.actors):
            _is("Timeline", f"actors[{i}]", a, Actor)
            _check("Timeline", f"actors[{i}]", a.id not in ids, f"duplicate actor id {a.id!r}")
            ids.add(a.id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        if self is other:
            return True
        return (
            len(self.statements) == len(other.statements)
            and len(self.events) == len(other.events)
            and set(self.actors) == set(other.actors)
            and _counts(self.statements) == _counts(other.statements)
            and _counts(self.events) == _counts(other.events)
        )

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(
            (
                frozenset(_counts(self.statements).items()),
                frozenset(_counts(self.events).items()),
                frozenset(self.actors),
            )
        )

    @classmethod
    def of(cls, items: Iterable[Item | Actor], *, actors: Iterable[Actor] = ()) -> Timeline:
        """A timeline of the given statements and events; ``actors`` collects everyone they name.

        Actors among ``items`` (as :func:`~nato_ukraine_timeline.iter_jsonl` yields them from a
        timeline written by :func:`~nato_ukraine_timeline.write_jsonl`) join ``actors``.
        """
        found: list[Item] = []
        listed = list(actors)
        for item in items:
            if isinstance(item, Actor):
                listed.append(item)
            else:
                found.append(item)
        return cls(
            statements=[i for i in found if isinstance(i, Statement)],
            events=[i for i in found if isinstance(i, Event)],
            actors=_collect_actors(found, listed),
        )

    def __iter__(self) -> Iterator[Item]:
        items: list[Item] = [*self.statements, *self.events]
        return iter(sorted(items, key=_sort_key))

    def __len__(self) -> int:
        return len(self.statements) + len(self.events)

    def __repr__(self) -> str:
        from ._display import timeline_repr  # noqa: PLC0415 - display code loads on first use

        return timeline_repr(self)

    def _repr_html_(self) -> str:
        from ._display import timeline_html  # noqa: PLC0415

        return timeline_html(self)

    def filter(
        self,
        *,
        actor: str | Actor | None = None,
        kind: str | EventKind | Iterable[str | EventKind] | None = None,
        start: DateLike = None,
        end: DateLike = None,
        mentions: str | Actor | None = None,
        registry: ActorRegistry | None = None,
    ) -> Timeline:
        """The items matching every given criterion.

        Args:
            actor: keep items this actor takes part in (a statement's speaker, an event's
                participants): an :class:`Actor`, an actor id, a name or alias (any case; the
                registry's aliases and transliterations count, so ``"Zelenskiy"`` finds Volodymyr
                Zelenskyy), or a title (``"NATO Secretary General"``, ``"the NATO chief"``), which means
                whoever held it on each item's date (on either bound of an interval; undated items
                have no holder).
            kind: ``"statement"`` or an :class:`EventKind` (or several). A summit is a meeting of heads
                of state or government: ``kind="meeting"`` also keeps summits; ``kind="summit"`` keeps
                only them. An unknown kind raises :class:`~nato_ukraine_timeline.InvalidOptionError`
                listing the kinds.
            start: keep items whose date interval ends on or after ``start``.
            end: keep items whose date interval starts on or before ``end``.
                With ``start`` or ``end``, undated items are dropped; a value bounded on one side only
                (on or after a date) is open on the other. Both take any date argument: a
                ``datetime.date``, ``datetime``, ISO string, pandas ``Timestamp``,
                ``numpy.datetime64``, or ``None``/``NaT``.
            mentions: like ``actor``, but also keeps items whose words name the actor ("the
                Kremlin", "Putin" in a quote), found by the same mention finder ``parse`` uses.
            registry: the actor registry that resolves names and titles (default: the packaged one).

        Raises:
            InvalidOptionError: an unknown kind, a value that is no date, or ``start`` after ``end``.
        """
        from ._filter import filter_timeline  # noqa: PLC0415 - loads the registry only when needed

        return filter_timeline(self, actor=actor, mentions=mentions, kind=kind, start=start, end=end, registry=registry)

    @classmethod
    def concat(cls, timelines: Iterable[Timeline]) -> Timeline:
        """One timeline holding every item of ``timelines``, none dropped (no de-duplication).

        Each item keeps its own source, so the documents stay apart; ``actors`` lists each actor id
        once (the first listed). Use :meth:`merge` to de-duplicate across documents instead.
        """
        statements: list[Statement] = []
        events: list[Event] = []
        actors: list[Actor] = []
        for t in timelines:
            statements.extend(t.statements)
            events.extend(t.events)
            actors.extend(t.actors)
        return cls(statements=statements, events=events, actors=_collect_actors([*statements, *events], actors))

    def merge(self, *others: Timeline) -> Timeline:
        """One timeline of this and ``others``, each statement and event once, in canonical order.

        Duplicates (same :meth:`Statement.dedup_key` / :meth:`Event.dedup_key`) are kept once: the
        first in time order, with every other place its duplicates were found added to its
        ``also_found`` (see ``provenance``). The result does not depend on the order
        of the timelines merged, and nothing a duplicate knew of its sources is lost.
        """
        timelines = (self, *others)
        pool: list[Item] = [*(s for t in timelines for s in t.statements), *(e for t in timelines for e in t.events)]
        groups: dict[tuple[Any, ...], list[Item]] = {}
        for item in sorted(pool, key=_sort_key):
            groups.setdefault((type(item).__name__, *item.dedup_key()), []).append(item)
        kept = [_with_provenance(group) for group in groups.values()]
        from ._display import full_repr  # noqa: PLC0415

        extra = sorted((a for t in timelines for a in t.actors), key=full_repr)
        return Timeline.of(kept, actors=extra)

    def sorted(self) -> Timeline:
        """The same timeline with statements and events each in time order (equal to this one)."""
        items = list(self)
        return evolve(
            self,
            statements=[i for i in items if isinstance(i, Statement)],
            events=[i for i in items if isinstance(i, Event)],
        )

    def plot(self, *, ax: Axes | None = None, max_actors: int = 20) -> Figure:
        """A chart of the timeline by actor and kind, uncertain dates as intervals (``plot`` extra).

        One row per actor (a statement's speaker, an event's participants), one colour per kind; a
        certain day is a dot, an interval or an uncertain date a bar over the days it may fall on.
        Undated items are counted in the title. ``ax``: draw into these axes; ``max_actors``: the
        actors with most items get a row each, the rest share one. Returns the matplotlib figure.

        Raises:
            ImportError: matplotlib is not installed (``pip install 'nato_ukraine_timeline[plot]'``).
        """
        from ._plot import plot_timeline  # noqa: PLC0415 - optional dependency

        return plot_timeline(self, ax=ax, max_actors=max_actors)

    def to_dataframe(self, *, item: bool = False) -> pd.DataFrame:
        """A pandas DataFrame, one row per statement or event (needs the ``pandas`` extra).

        See :func:`nato_ukraine_timeline.ext.pandas.to_dataframe` for the columns; ``item=True`` adds
        a column of the model objects themselves.
        """
        from .ext.pandas import to_dataframe  # noqa: PLC0415 - optional dependency

        return to_dataframe(self, item=item)

    @classmethod
    def from_dataframe(cls, frame: pd.DataFrame) -> Timeline:
        """The timeline of a DataFrame made by :meth:`to_dataframe`, or of some of its rows.

        ``Timeline.from_dataframe(t.to_dataframe()) == t``; see
        :func:`nato_ukraine_timeline.ext.pandas.from_dataframe`.
        """
        from .ext.pandas import from_dataframe  # noqa: PLC0415 - optional dependency

        return from_dataframe(frame)


def _with_provenance(group: list[Item]) -> Item:
    """The first of a group of duplicates, knowing every place any of them was found."""
    first = group[0]
    if len(group) == 1:
        return first
    own = Provenance(span=first.span, source=first.source)
    places = [p for item in group for p in item.provenance if p != own]
    return evolve(first, also_found=places) if places else first
