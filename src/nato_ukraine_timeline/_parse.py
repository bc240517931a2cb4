"""``parse(text)``: the whole pipeline from news text to a :class:`~.model.Timeline`.

text → the analysed document, built once (:mod:`._document`: sentences and quotations, actor mentions from
:mod:`._mentions`, date mentions from ``find_dates`` over the whole text, the mask) → statements
(:mod:`._statements`) and events (:mod:`._events`) → a timeline whose items carry their span in the text
and their :class:`~.model.Source`.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from attrs import evolve

from ._actors import using_registry
from ._dateargs import DateLike, as_date
from ._document import analyse
from ._events import find_events
from ._statement_dates import date_for_events, saying_for_events, saying_limit, sayings_not_after
from ._statements import Found, find_statements
from .errors import InvalidOptionError
from .model import DateValue, Event, Source, Span, Statement, Timeline

if TYPE_CHECKING:
    import datetime as dt

    from ._actors import ActorRegistry

__all__ = ["parse"]


def _check_options(published: object, source: object) -> tuple[dt.date | None, Source | None]:
    published = as_date(published, name="published")  # the one normaliser of date arguments
    if isinstance(source, str):
        source = Source(id=source)
    if source is not None and not isinstance(source, Source):
        raise InvalidOptionError(f"source must be a Source, a str id or None, got {type(source).__name__}")
    return published, source


def text_id(text: str) -> str:
    """A stable id for a text without a source: ``"text:"`` and 16 hex digits of its SHA-256."""
    return "text:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _headline_dates(found: list[Found]) -> list[Found]:
    """A headline statement takes the date of the first dated statement by its speaker that follows."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or not f.headline:
            continue
        for g in out[i + 1 :]:
            if g.headline:
                break
            if g.speaker.id == f.speaker.id and g.when is not None:
                out[i] = f._replace(when=g.when)
                break
    return out


def parse(
    text: str,
    *,
    published: DateLike = None,
    source: Source | str | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
) -> Timeline:
    """Statements and events of a news text, as a :class:`~.model.Timeline`.

    Args:
        text: the news text (any string; ``parse`` never raises on it).
        published: the publication date, anchoring relative dates ("Thursday", "last week").
        source: where the text came from (a :class:`~.model.Source` or an id); by default an id derived
            from a hash of the text, carrying ``published``.
        window: the preferred date window for year-less dates (default 2024-01-01..2025-12-31).
        order: ``"newest first"`` or ``"oldest first"`` when the text is a feed of dated items.
        registry: the actors to recognise and whose terms of office bound dates (default: the packaged
            registry; pass ``actor_registry().extend(ActorRegistry.from_file("mine.toml"))`` to add yours).

    Raises:
        InvalidOptionError: an option has the wrong type or value (a reversed window, an unknown order,
            a registry that is no :class:`~nato_ukraine_timeline.ActorRegistry`).
    """
    with using_registry(registry):
        return _parse(text, published=published, source=source, window=window, order=order)


def _parse(
    text: str,
    *,
    published: DateLike,
    source: Source | str | None,
    window: tuple[dt.date, dt.date] | None,
    order: str | None,
) -> Timeline:
    pub, src = _check_options(published, source)
    if not isinstance(text, str):
        raise InvalidOptionError(f"text must be a str, got {type(text).__name__}")
    if src is None:
        src = Source(id=text_id(text), published=pub)
    elif src.published is None and pub is not None:
        src = evolve(src, published=pub)
    doc, actors = analyse(text, published=pub, window=window, order=order)
    found = _headline_dates(find_statements(doc))
    found = sayings_not_after(found, saying_limit(doc, pub))
    statements: list[Statement] = []
    seen: set[tuple[str, str, bool, str]] = set()
    for f in found:
        statement = Statement(
            speaker=f.speaker,
            co_speakers=f.co_speakers,
            text=text[f.start : f.end],
            direct=f.direct,
            span=Span(start=f.start, end=f.end),
            when=f.when.value if f.when is not None else None,
            medium=f.medium,
            addressees=f.addressees,
            source=src,
        )
        key = statement.dedup_key()
        if key in seen:
            continue
        seen.add(key)
        statements.append(statement)
    events: list[Event] = []
    seen_events: set[tuple[Any, ...]] = set()
    for e in find_events(doc, [(f.start, f.end, date_for_events(f), saying_for_events(f)) for f in found]):
        event = Event(
            kind=e.kind,
            trigger=text[e.start : e.end],
            span=Span(start=e.start, end=e.end),
            when=e.when.value if e.when is not None else None,
            participants=e.participants,
            location=e.location,
            source=src,
            trigger_span=Span(start=e.core[0], end=e.core[1]),
            date_span=Span(start=e.when.start, end=e.when.end) if e.when is not None else None,
            date_reason=e.date_reason,
        )
        ekey = event.dedup_key()
        if ekey in seen_events:
            continue
        seen_events.add(ekey)
        events.append(event)
    if pub is None:
        statements, events = _bounded_by_neighbours(text, statements, events, window=window, order=order)
    return Timeline.of([*statements, *events], actors=actors)


def _bounded_by_neighbours(
    text: str, statements: list[Statement], events: list[Event], *, window: Any, order: str | None
) -> tuple[list[Statement], list[Event]]:
    """In a feed (no publication date, an order), a statement or event with no date, in an item with no
    date of its own, gets the interval its neighbours' item dates bound (basis ``document order``, the
    reason names both neighbours): what a reader of the feed infers."""
    if all(s.when is not None for s in statements) and all(e.when is not None for e in events):
        return statements, events
    from ._dates import read_feed  # noqa: PLC0415 - only for undated items of a text without a date

    reading = read_feed(text, window=window, order=order)
    if reading.order is None:
        return statements, events

    def bounds(x: Statement | Event) -> DateValue | None:
        item = reading.item_at(x.span.start)
        return None if item is None or item.date is not None else item.bounds

    return (
        [s if s.when is not None or (b := bounds(s)) is None else evolve(s, when=b) for s in statements],
        [e if e.when is not None or (b := bounds(e)) is None else evolve(e, when=b) for e in events],
    )
