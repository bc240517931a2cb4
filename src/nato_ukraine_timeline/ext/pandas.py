"""A timeline as a pandas DataFrame and back (needs ``pip install 'nato_ukraine_timeline[pandas]'``).

One row per statement or event, in time order, with real ``datetime64`` columns for the bounds of
each date, pandas ``string`` columns for text, ``category`` columns for closed vocabularies, nullable
``boolean`` columns, and the Wikidata ids of the actors, so notebooks can sort, filter, group and
plot without parsing strings. :func:`from_dataframe` reads such a frame (or rows of it) back.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

try:
    import numpy as np
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised by the test that hides pandas
    msg = "to_dataframe needs pandas: pip install 'nato_ukraine_timeline[pandas]'"
    raise ImportError(msg, name=exc.name) from exc

from nato_ukraine_timeline.model import (
    Actor,
    Basis,
    DateValue,
    Event,
    EventKind,
    Granularity,
    Source,
    Span,
    Statement,
    Timeline,
)

if TYPE_CHECKING:
    from collections.abc import Hashable

__all__ = ["ACTORS_ATTR", "COLUMNS", "from_dataframe", "to_dataframe"]

#: The columns of :func:`to_dataframe`, in order (``item`` is added last only when asked for).
COLUMNS: Final = (
    "type",
    "kind",
    "earliest",
    "latest",
    "end",
    "granularity",
    "timex",
    "uncertain",
    "basis",
    "alternatives",
    "reason",
    "speaker",
    "speaker_id",
    "speaker_wikidata",
    "participants",
    "participant_ids",
    "participant_wikidata",
    "actor_ids",
    "text",
    "direct",
    "medium",
    "addressees",
    "location",
    "span_start",
    "span_end",
    "source",
    "source_url",
    "source_outlet",
    "published",
    "also_found",
    "trigger_start",
    "trigger_end",
    "date_start",
    "date_end",
    "date_reason",
    "co_speakers",
    "co_speaker_ids",
)
#: The key of ``DataFrame.attrs`` holding the actors (``{id: Actor}``) that :func:`from_dataframe` reads.
ACTORS_ATTR: Final = "nato_ukraine_timeline.actors"
_LISTED_ATTR: Final = "nato_ukraine_timeline.listed"

_DAYS: Final = ("earliest", "latest", "end", "published")
_STRINGS: Final = (
    "timex",
    "reason",
    "speaker",
    "speaker_id",
    "speaker_wikidata",
    "text",
    "medium",
    "location",
    "source",
    "source_url",
    "source_outlet",
    "date_reason",
)
_OFFSETS: Final = ("trigger_start", "trigger_end", "date_start", "date_end")
_CATEGORIES: Final[dict[str, list[str]]] = {
    "type": ["statement", "event"],
    "kind": ["statement", *(k.value for k in EventKind)],
    "granularity": [g.value for g in Granularity],
    "basis": [b.value for b in Basis],
}


def _day(value: dt.date | None) -> Any:
    return np.datetime64("NaT") if value is None else np.datetime64(value.isoformat(), "D")


def _when_cells(item: Statement | Event) -> dict[str, Any]:
    w = item.when
    if w is None:
        return {"earliest": None, "latest": None, "end": None, "granularity": None, "timex": None}
    # ``end`` is exclusive (the day after ``latest``), as interval plots and pandas slicing expect;
    # the day after 9999-12-31 does not exist, so there it stays open.
    end = w.latest + dt.timedelta(days=1) if w.latest is not None and w.latest < dt.date.max else None
    return {
        "earliest": w.earliest,
        "latest": w.latest,
        "end": end,
        "granularity": w.granularity.value,
        "timex": w.timex,
    }


def _start(span: Span | None) -> int | None:
    return None if span is None else span.start


def _end(span: Span | None) -> int | None:
    return None if span is None else span.end


def _row(item: Statement | Event) -> dict[str, Any]:
    w, src = item.when, item.source
    row: dict[str, Any] = {
        "kind": str(item.kind),
        **_when_cells(item),
        "uncertain": w.uncertain if w else None,  # <NA> for undated rows: no value, so nothing to doubt
        "basis": w.basis.value if w else None,
        "alternatives": w.alternatives if w else (),
        "reason": w.reason if w else None,
        "actor_ids": tuple(a.id for a in item.actors),
        "span_start": item.span.start,
        "span_end": item.span.end,
        "source": src.id if src else None,
        "source_url": src.url if src else None,
        "source_outlet": src.outlet if src else None,
        "published": src.published if src else None,
        "also_found": item.also_found,
    }
    if isinstance(item, Statement):
        sp = item.speaker
        row.update(type="statement", speaker=sp.name, speaker_id=sp.id, speaker_wikidata=sp.wikidata, text=item.text)
        row.update(participants=(), participant_ids=(), participant_wikidata=())
        row.update(direct=item.direct, medium=item.medium, addressees=item.addressees, location=None)
        row.update(dict.fromkeys((*_OFFSETS, "date_reason")))
        co = item.co_speakers
        row.update(co_speakers=tuple(a.name for a in co), co_speaker_ids=tuple(a.id for a in co))
    else:
        ps = item.participants
        row.update(type="event", speaker=None, speaker_id=None, speaker_wikidata=None, text=item.trigger)
        row.update(participants=tuple(a.name for a in ps), participant_ids=tuple(a.id for a in ps))
        row.update(participant_wikidata=tuple(a.wikidata for a in ps))
        row.update(direct=None, medium=None, addressees=(), location=item.location, co_speakers=(), co_speaker_ids=())
        ts, ds = item.trigger_span, item.date_span
        row.update(trigger_start=_start(ts), trigger_end=_end(ts), date_reason=item.date_reason)
        row.update(date_start=_start(ds), date_end=_end(ds))
    return row


def _series(name: str, values: list[Any]) -> pd.Series:  # noqa: PLR0911
    if name in _DAYS:
        days = np.array([_day(v) for v in values], dtype="datetime64[D]")
        return pd.Series(days, dtype="datetime64[s]")  # seconds: every year 1..9999 fits
    if name in _STRINGS:
        # Python storage: text may hold lone surrogates, which Arrow strings cannot
        return pd.Series(values, dtype=pd.StringDtype("python"))
    if name in _CATEGORIES:
        return pd.Series(pd.Categorical(values, categories=_CATEGORIES[name]))
    if name in ("uncertain", "direct"):
        return pd.Series(values, dtype="boolean")
    if name in ("span_start", "span_end"):
        return pd.Series(values, dtype="int64")
    if name in _OFFSETS:
        return pd.Series(values, dtype="Int64")
    return pd.Series(values, dtype=object)  # tuples: participants, ids, alternatives, addressees


def to_dataframe(timeline: Timeline, *, item: bool = False) -> pd.DataFrame:
    """One row per statement or event of ``timeline``, in time order.

    Columns (:data:`COLUMNS`, also for an empty timeline):

    * ``type`` (``"statement"``/``"event"``), ``kind`` (``"statement"`` or the event kind),
      ``granularity`` and ``basis``: ``category`` columns with every possible value as a category;
    * ``earliest`` and ``latest`` (inclusive), ``end`` (exclusive: the day after ``latest``, so a
      single day has a width of one day in interval plots such as plotly's ``px.timeline``) and
      ``published``: ``datetime64[s]`` (``NaT`` where there is no bound; seconds rather than
      nanoseconds so that any year the model can hold fits);
    * ``uncertain`` and ``direct``: nullable ``boolean`` (``<NA>`` for undated rows and for events;
      ``df[df["uncertain"].fillna(False)]`` keeps the uncertain ones);
    * ``timex``, ``reason``, ``speaker``, ``speaker_id``, ``speaker_wikidata``, ``text`` (a
      statement's words or an event's trigger), ``medium``, ``location``, ``source``, ``source_url``,
      ``source_outlet``: pandas ``string`` (``<NA>`` where absent);
    * ``participants``, ``participant_ids``, ``participant_wikidata``, ``actor_ids`` (the speaker's
      or the participants' ids), ``alternatives``, ``addressees``, ``also_found``: tuples;
    * ``span_start``, ``span_end``: ``int64``; an event's ``trigger_start``/``trigger_end`` and
      ``date_start``/``date_end`` (nullable ``Int64``) and ``date_reason`` (``string``);
    * ``co_speakers``, ``co_speaker_ids``: for words said jointly, the names and ids of the speakers after
      ``speaker``, in text order (tuples, empty otherwise; ``actor_ids`` lists every speaker). A frame
      without these columns (written before they existed) reads back with no co-speakers.

    .. versionchanged:: Unreleased the ``co_speakers`` and ``co_speaker_ids`` columns.

    ``DataFrame.attrs`` keeps the actors (roles, aliases and all) for :func:`from_dataframe`.
    ``item=True`` adds a last column ``item`` holding the model objects themselves (no longer there by
    default: its values display as long object reprs and do not survive Parquet or CSV).
    """
    rows = [_row(i) for i in timeline]
    names = (*COLUMNS, "item") if item else COLUMNS
    columns = {c: [r[c] for r in rows] for c in COLUMNS}
    if item:
        columns["item"] = list(timeline)
    frame = pd.DataFrame({c: _series(c, columns[c]) for c in names})
    actors: dict[str, Actor] = {a.id: a for a in timeline.actors}
    for i in timeline:
        for a in i.actors:
            actors.setdefault(a.id, a)
    frame.attrs[ACTORS_ATTR] = actors
    frame.attrs[_LISTED_ATTR] = (len(frame), tuple(a.id for a in timeline.actors))
    return frame


# --------------------------------------------------------------------------------------------------
# Back to a timeline


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, tuple | list) and bool(pd.isna(value)))


def _opt(value: Any) -> Any:
    return None if _missing(value) else value


def _date(value: Any) -> dt.date | None:
    if _missing(value):
        return None
    return dt.date.fromisoformat(str(np.datetime64(value, "D")))


def _when(row: dict[Hashable, Any]) -> DateValue | None:
    if _missing(row["timex"]):
        return None
    return DateValue(
        timex=row["timex"],
        granularity=row["granularity"],
        earliest=_date(row["earliest"]),
        latest=_date(row["latest"]),
        basis=row["basis"],
        uncertain=bool(row["uncertain"]),
        alternatives=tuple(row["alternatives"]),
        reason=_opt(row["reason"]) or "",
    )


def _actor(actor_id: str, name: Any, wikidata: Any, actors: dict[str, Actor]) -> Actor:
    known = actors.get(actor_id)
    if known is not None:
        return known
    from nato_ukraine_timeline._actors import actor_registry  # noqa: PLC0415 - only for unknown ids

    registered = actor_registry().get(actor_id)
    if registered is not None:
        return registered
    return Actor(id=actor_id, name=_opt(name) or actor_id, kind="person", wikidata=_opt(wikidata))


def _item(row: dict[Hashable, Any], actors: dict[str, Actor]) -> Statement | Event:
    src = None
    if not _missing(row["source"]):
        src = Source(
            id=row["source"],
            url=_opt(row["source_url"]),
            outlet=_opt(row["source_outlet"]),
            published=_date(row["published"]),
        )
    common: dict[str, Any] = {
        "span": Span(start=int(row["span_start"]), end=int(row["span_end"])),
        "when": _when(row),
        "source": src,
        "also_found": tuple(row["also_found"]) if not _missing(row["also_found"]) else (),
    }
    if row["type"] == "statement":
        speaker = _actor(row["speaker_id"], row["speaker"], row["speaker_wikidata"], actors)
        co_ids, co_names = row.get("co_speaker_ids"), row.get("co_speakers")  # absent in older frames
        co: tuple[str, ...] = () if co_ids is None or _missing(co_ids) else tuple(co_ids)
        names: tuple[str, ...] = () if co_names is None or _missing(co_names) else tuple(co_names)
        return Statement(
            speaker=speaker,
            co_speakers=[_actor(i, n, None, actors) for i, n in zip(co, names or co, strict=True)],
            text=row["text"],
            direct=bool(row["direct"]),
            medium=_opt(row["medium"]),
            addressees=tuple(row["addressees"]),
            **common,
        )
    ids, names, wikis = row["participant_ids"], row["participants"], row["participant_wikidata"]
    participants = [_actor(i, n, w, actors) for i, n, w in zip(ids, names, wikis, strict=True)]
    return Event(
        kind=row["kind"],
        trigger=row["text"],
        participants=participants,
        location=_opt(row["location"]),
        trigger_span=_span(row["trigger_start"], row["trigger_end"]),
        date_span=_span(row["date_start"], row["date_end"]),
        date_reason=_opt(row["date_reason"]) or "",
        **common,
    )


def _span(start: Any, end: Any) -> Span | None:
    return None if _missing(start) or _missing(end) else Span(start=int(start), end=int(end))


def from_dataframe(frame: pd.DataFrame) -> Timeline:
    """The :class:`~nato_ukraine_timeline.Timeline` of a frame made by :func:`to_dataframe` (or rows of it).

    ``from_dataframe(to_dataframe(t)) == t`` for a timeline whose actors are consistent by id (one
    actor per id, as ``parse`` makes them). Filtered rows (``df[df["kind"] == "meeting"]``) give the
    timeline of those rows, listing the actors they name. Actors come from the frame's ``attrs``
    (kept by pandas through filtering); where those are gone, from the packaged registry by id, or
    else are rebuilt from the ``speaker`` and ``participants`` columns (name, id and Wikidata id;
    kind ``person``).

    Raises:
        nato_ukraine_timeline.ModelError: a row holds values no statement or event can have.
    """
    actors: dict[str, Actor] = dict(frame.attrs.get(ACTORS_ATTR) or {})
    items = [_item(row, actors) for row in frame.to_dict("records")]
    rows, listed = frame.attrs.get(_LISTED_ATTR) or (-1, ())
    if rows != len(frame):  # rows were filtered: list the actors they name
        return Timeline.of(items)
    kept = [actors[i] for i in listed if i in actors]
    return Timeline(
        statements=[i for i in items if isinstance(i, Statement)],
        events=[i for i in items if isinstance(i, Event)],
        actors=kept,
    )
