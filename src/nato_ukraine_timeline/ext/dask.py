"""Parse a corpus on a Dask cluster (needs ``pip install 'nato_ukraine_timeline[dask]'``).

The same code runs on a laptop (Dask's default scheduler, or a ``distributed.LocalCluster``) and on a
multi-machine cluster: only the client changes. Every document is parsed by the same pure function as
:func:`nato_ukraine_timeline.parse`, so the results equal a serial run, in input order.

* :func:`parse_bag`: a ``dask.bag`` of documents (texts, :class:`~nato_ukraine_timeline.Document`
  objects, or mappings with ``"text"``, ``"published"``, ``"source"``) → a bag of timelines, one per
  document; :func:`statements` and :func:`events` flatten it; :func:`to_dataframe` makes it a dask
  DataFrame; :func:`jsonl_lines` turns model objects into JSON Lines records for ``to_textfiles``.
* :func:`parse_dataframe`: a dask DataFrame with a text column (or a dask Series of texts) → a dask
  DataFrame with one row per statement or event, in the columns of
  :func:`nato_ukraine_timeline.ext.pandas.to_dataframe` plus ``document``, the index label of the row
  it came from.
"""

from __future__ import annotations

import datetime as dt
import io
import operator
from typing import Any, Final, Literal

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - exercised only where dask is missing
    msg = "nato_ukraine_timeline.ext.dask needs dask: pip install 'nato_ukraine_timeline[dask]'"
    raise ImportError(msg, name=exc.name) from exc

from nato_ukraine_timeline._actors import ActorRegistry  # noqa: TC001 - at run time, so the docs resolve the signatures
from nato_ukraine_timeline._dateargs import DateLike, as_date, as_window
from nato_ukraine_timeline._parallel import (
    Document,
    ParseFailure,
    _apply_policy,
    _documents,
    _Options,
    _parse_item,
    error_policy,
)
from nato_ukraine_timeline.ext.pandas import to_dataframe as _timeline_frame
from nato_ukraine_timeline.model import Event, Statement, Timeline
from nato_ukraine_timeline.serialize import write_jsonl

__all__ = [
    "DOCUMENT_COLUMN",
    "events",
    "jsonl_lines",
    "parse_bag",
    "parse_dataframe",
    "statements",
    "to_dataframe",
]

#: The column of :func:`parse_dataframe` and :func:`to_dataframe` that says which document a row came from.
DOCUMENT_COLUMN: Final = "document"


def _options(published: DateLike, window: object, order: str | None, registry: ActorRegistry | None = None) -> _Options:
    # the one normaliser of date arguments: a bad date fails here, at the call, not on a worker
    options = _Options(
        published=as_date(published, name="published"), window=as_window(window), order=order, registry=registry
    )
    _parse_item((0, Document(text="")), options, "raise")  # a bad order or registry raises here, at the call
    return options


def _parse_partition(items: list[Any], options: _Options, policy: str, start: int) -> list[Timeline | ParseFailure]:
    """The timelines of one partition whose first document is document ``start`` of the bag."""
    results = (_parse_item(item, options, policy) for item in _documents(items, policy, start=start))
    return list(_apply_policy(results, policy))


def parse_bag(
    documents: db.Bag,
    *,
    published: DateLike = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
    errors: Literal["raise", "skip", "record"] = "raise",
) -> db.Bag:
    """A bag of :class:`~nato_ukraine_timeline.Timeline`, one per document of ``documents``, in order.

    Args:
        documents: a bag of texts, :class:`~nato_ukraine_timeline.Document` objects or mappings with
            ``"text"`` (and optionally ``"published"``, ``"source"``), e.g. ``db.read_text(...).map(json.loads)``.
        published: publication date for documents that do not carry their own.
        window: the timeline window, as for ``parse``.
        order: the order of a feed, as for ``parse``.
        registry: the actor registry, as for ``parse``.
        errors: a document that cannot be parsed is handled as by
            :func:`~nato_ukraine_timeline.parse_many`: ``"raise"`` (the computation fails; the error's
            note names the document), ``"skip"`` it, or ``"record"`` a
            :class:`~nato_ukraine_timeline.ParseFailure` in its place. A failure's ``index`` is the
            document's position in the whole bag, from 0.

    Raises:
        InvalidOptionError: at the call, when ``errors`` is unknown or ``published``, ``window``, ``order``
            or ``registry`` is invalid.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0 ``registry`` and ``errors``.
    """
    policy = error_policy(errors)
    options = _options(published, window, order, registry)
    bag: Any = documents  # dask's own annotations are partial: go through Any, return the declared type
    parts = [delayed(list)(part) for part in bag.to_delayed()]  # a partition may be a one-pass iterator
    start: Any = 0
    parsed = []
    for part in parts:
        parsed.append(delayed(_parse_partition)(part, options, policy, start))
        start = delayed(operator.add)(start, delayed(len)(part))  # where the next partition starts in the bag
    bags: Any = db  # from_delayed is unannotated in dask
    result: db.Bag = bags.from_delayed(parsed)
    return result


def _statements_of(timeline: Timeline) -> tuple[Statement, ...]:
    return timeline.statements


def _events_of(timeline: Timeline) -> tuple[Event, ...]:
    return timeline.events


def statements(timelines: db.Bag) -> db.Bag:
    """The statements of a bag of timelines (from :func:`parse_bag`), document after document."""
    bag: Any = timelines
    result: db.Bag = bag.map(_statements_of).flatten()
    return result


def events(timelines: db.Bag) -> db.Bag:
    """The events of a bag of timelines (from :func:`parse_bag`), document after document."""
    bag: Any = timelines
    result: db.Bag = bag.map(_events_of).flatten()
    return result


def _objects_kept() -> Any:
    # Dask turns object columns into Arrow strings by default: ``item`` would become the repr of the
    # model objects and ``actor_ids`` a string. Our columns keep their pandas dtypes.
    return dask.config.set({"dataframe.convert-string": False})


def _jsonl_line(item: Any) -> str:
    buffer = io.StringIO()
    write_jsonl([item], buffer)
    return buffer.getvalue().rstrip("\n")


def jsonl_lines(items: db.Bag) -> db.Bag:
    """Each model object of a bag as its JSON Lines record (one string, no newline).

    ``jsonl_lines(statements(timelines)).to_textfiles("out/statements-*.jsonl")`` writes one file per
    partition; :func:`nato_ukraine_timeline.iter_jsonl` reads each back.

    .. versionadded:: 0.1.0
    """
    bag: Any = items
    result: db.Bag = bag.map(_jsonl_line)
    return result


def _meta() -> pd.DataFrame:
    frame = _timeline_frame(Timeline(), item=True)
    frame.insert(0, DOCUMENT_COLUMN, pd.Series([], dtype=object))
    return frame


def _frame(timelines: list[Timeline], labels: list[Any] | None) -> pd.DataFrame:
    frames = []
    for i, timeline in enumerate(timelines):
        frame = _timeline_frame(timeline, item=True)
        if labels is not None:
            frame.insert(0, DOCUMENT_COLUMN, pd.Series([labels[i]] * len(frame), dtype=object))
        frames.append(frame)
    if not frames:
        return _meta() if labels is not None else _timeline_frame(Timeline(), item=True)
    return pd.concat(frames, ignore_index=True)


def _frame_of_partition(timelines: Any) -> pd.DataFrame:
    return _frame(list(timelines), None)


def to_dataframe(timelines: db.Bag) -> dd.DataFrame:
    """A dask DataFrame of a bag of timelines (from :func:`parse_bag`): one row per statement or event.

    The columns are those of :func:`nato_ukraine_timeline.ext.pandas.to_dataframe` with ``item=True``
    (the model objects, last; ``source`` tells which document a row came from, when the documents
    carry a source); rows keep the bag's order.

    .. versionadded:: 0.1.0
    """
    bag: Any = timelines
    parts = [delayed(_frame_of_partition)(part) for part in bag.to_delayed()]
    with _objects_kept():
        result: dd.DataFrame = dd.from_delayed(parts, meta=_timeline_frame(Timeline(), item=True), verify_meta=False)
    return result


def _documents_of(frame: pd.DataFrame | pd.Series, text: str, published: str, source: str) -> list[Any]:
    """The rows of ``frame`` as document-likes (made documents by the one normaliser, ``_documents``)."""
    if isinstance(frame, pd.Series):
        values: list[Any] = frame.tolist()
        return values
    texts = frame[text].tolist()
    dates = frame[published].tolist() if published in frame.columns else [None] * len(texts)
    sources = frame[source].tolist() if source in frame.columns else [None] * len(texts)
    return [
        {"text": t, "published": _date_or_none(p), "source": _str_or_none(s)}
        for t, p, s in zip(texts, dates, sources, strict=True)
    ]


def _date_or_none(value: Any) -> dt.date | str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date()
    if isinstance(value, dt.date | str):
        return value
    return str(value)


def _str_or_none(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value)


def _parse_frame_partition(
    frame: pd.DataFrame | pd.Series, text: str, published: str, source: str, options: _Options, *, policy: str
) -> pd.DataFrame:
    items = _documents_of(frame, text, published, source)
    labels = list(frame.index)
    results = [_parse_item(item, options, policy) for item in _documents(items, policy)]
    kept = [(label, r) for label, r in zip(labels, results, strict=True) if isinstance(r, Timeline)]
    return _frame([r for _, r in kept], [label for label, _ in kept])


def parse_dataframe(
    frame: dd.DataFrame | dd.Series,
    *,
    text: str = "text",
    published: str = "published",
    source: str = "source",
    default_published: dt.date | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> dd.DataFrame:
    """Parse a dask DataFrame of documents (or a dask Series of texts) into statements and events.

    Args:
        frame: a dask DataFrame with a ``text`` column and optionally ``published`` (dates, timestamps
            or ISO strings) and ``source`` columns; or a dask Series of texts.
        text: the name of the text column.
        published: the name of the publication date column (ignored when missing).
        source: the name of the source column (ignored when missing).
        default_published: publication date for rows without one.
        window: the timeline window, as for ``parse``.
        order: the order of a feed, as for ``parse``.
        registry: the actor registry, as for ``parse``.
        errors: what a row whose document cannot be parsed does: ``"raise"`` (the computation fails;
            the error's note names the row's position in its partition) or ``"skip"`` (the row gives
            no rows). A failure has no row to be recorded in, so ``"record"`` is refused: use
            :func:`parse_bag` for that.

    Returns:
        One row per statement or event, with ``document`` (the index label of the input row) followed by
        the columns of :func:`nato_ukraine_timeline.ext.pandas.to_dataframe`.

    Raises:
        InvalidOptionError: at the call, when ``errors`` is not ``"raise"`` or ``"skip"``, or
            ``window``, ``order`` or ``registry`` is invalid.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0 ``registry`` and ``errors``.
    """
    policy = error_policy(errors, allowed=("raise", "skip"))
    options = _options(default_published, window, order, registry)
    if isinstance(frame, dd.DataFrame) and text not in frame.columns:
        raise KeyError(f"no column {text!r} in {list(frame.columns)}")
    collection: Any = frame
    with _objects_kept():
        result: dd.DataFrame = collection.map_partitions(
            _parse_frame_partition,
            text,
            published,
            source,
            options,
            policy=policy,
            meta=_meta(),
            enforce_metadata=False,
        )
    return result
