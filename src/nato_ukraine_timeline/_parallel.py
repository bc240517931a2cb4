"""Parse many documents: in order, streaming, on a pool of processes; and a quiet-when-piped progress bar.

``parse`` is a pure function of (text, options), so documents can be parsed anywhere and in any order
and the results put back in input order: :func:`parse_many` does that on one machine with a process
pool, ``nato_ukraine_timeline.ext.dask`` on a Dask cluster.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Final, TypeAlias, TypeVar

from attrs import frozen

from .errors import InvalidOptionError
from .model import Source, Timeline

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

    from ._actors import ActorRegistry

__all__ = ["Document", "DocumentLike", "as_document", "cli_parse", "parse_many", "progress", "read_corpus"]

T = TypeVar("T")

_DEFAULT_CHUNKSIZE: Final = 16


@frozen(kw_only=True)
class Document:
    """A text to parse, with what is known about it.

    Args:
        text: the text.
        published: its publication date; anchors relative dates ("on Thursday").
        source: where it came from: a :class:`~nato_ukraine_timeline.Source`, or an id such as a URL.

    .. versionadded:: 0.1.0
    """

    text: str
    published: dt.date | None = None
    source: Source | str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise InvalidOptionError(f"Document.text must be str, got {type(self.text).__name__}")
        if self.published is not None and (
            not isinstance(self.published, dt.date) or isinstance(self.published, dt.datetime)
        ):
            raise InvalidOptionError(
                f"Document.published must be a datetime.date or None, got {type(self.published).__name__}"
            )
        if self.source is not None and not isinstance(self.source, (Source, str)):
            raise InvalidOptionError(
                f"Document.source must be a Source, a str or None, got {type(self.source).__name__}"
            )


#: What :func:`parse_many` accepts per item: a text, a :class:`Document`, or a mapping with the keys
#: ``"text"`` and optionally ``"published"`` (a ``datetime.date`` or ISO string) and ``"source"``
#: (a :class:`~nato_ukraine_timeline.Source` or a source id) -- a line of a JSON Lines corpus.
DocumentLike: TypeAlias = str | Mapping[str, Any] | Document


def as_document(item: DocumentLike) -> Document:
    """``item`` as a :class:`Document`: a text, a document, or a mapping with ``"text"``.

    Raises:
        InvalidOptionError: ``item`` is none of these, or a field has the wrong type (a published
            date that is no ISO date, a text that is no string).
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text=item)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InvalidOptionError(f"a document mapping needs a 'text' key, got keys {sorted(map(str, item))}")
        published = item.get("published")
        if isinstance(published, str):
            try:
                published = dt.date.fromisoformat(published)
            except ValueError as exc:
                raise InvalidOptionError(f"published={published!r} is not an ISO date (YYYY-MM-DD)") from exc
        return Document(text=item["text"], published=published, source=item.get("source"))
    raise InvalidOptionError(f"cannot parse a {type(item).__name__}: pass a str, a Document or a mapping with 'text'")


@frozen(kw_only=True)
class _Options:
    """The options shared by every document of one run (picklable, sent once per chunk)."""

    published: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    order: str | None = None
    registry: ActorRegistry | None = None


def _parse_document(doc: Document, options: _Options) -> Timeline:
    from ._parse import parse  # noqa: PLC0415 - keeps `import nato_ukraine_timeline` light

    kwargs: dict[str, Any] = {}
    published = doc.published if doc.published is not None else options.published
    if published is not None:
        kwargs["published"] = published
    if doc.source is not None:
        kwargs["source"] = doc.source
    if options.window is not None:
        kwargs["window"] = options.window
    if options.order is not None:
        kwargs["order"] = options.order
    if options.registry is not None:
        kwargs["registry"] = options.registry
    return parse(doc.text, **kwargs)


def _parse_chunk(docs: list[Document], options: _Options) -> list[Timeline]:
    return [_parse_document(doc, options) for doc in docs]


def _warm_up() -> None:
    """Worker initializer: load the tables once, before the first chunk arrives."""
    _parse_document(Document(text="NATO said on Monday."), _Options())


def default_workers() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_method() -> str:
    import multiprocessing  # noqa: PLC0415 - only a pool needs it: keeps `import nato_ukraine_timeline` light
    import threading  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    # "fork" starts workers at once, with the tables already loaded, and is safe while this process runs a
    # single thread. With other threads alive (a Dask client, a GUI), a forked child can deadlock on a lock
    # held by one of them: start workers from a fresh interpreter instead. macOS forbids fork (system libraries).
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _context() -> BaseContext:
    import multiprocessing  # noqa: PLC0415

    return multiprocessing.get_context(_start_method())


def parse_many(
    texts_or_documents: Iterable[DocumentLike],
    *,
    workers: int | None = None,
    chunksize: int = _DEFAULT_CHUNKSIZE,
    published: dt.date | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
) -> Iterator[Timeline]:
    """Parse many documents, yielding one :class:`~nato_ukraine_timeline.Timeline` per input, in input order.

    The input is consumed lazily and at most a few chunks per worker are in flight, so a corpus larger
    than memory streams through. The result for each document is exactly ``parse`` of it.

    Args:
        texts_or_documents: texts, :class:`Document` objects, or mappings with ``"text"`` and optionally
            ``"published"`` and ``"source"`` (for example the lines of a JSON Lines corpus).
        workers: processes to use; ``None`` uses every CPU available, ``1`` parses in this process
            (no pool).
        chunksize: documents sent to a worker at a time.
        published: publication date for documents that do not carry their own.
        window: the timeline window, as for ``parse``.
        order: the order of a feed, as for ``parse``.
        registry: the actor registry, as for ``parse`` (sent to each worker once per chunk).

    Raises:
        InvalidOptionError: at the call, when ``workers`` or ``chunksize`` is below 1 or ``window``,
            ``order`` or ``registry`` is invalid; while iterating, when an item is not a document.

    Note:
        With ``workers > 1`` on Linux, while the calling process runs a single thread, workers are
        forked and inherit the loaded tables. Otherwise they start with ``forkserver`` (``spawn`` where
        that is missing), so a script calling ``parse_many`` needs the usual
        ``if __name__ == "__main__":`` guard.

    .. versionadded:: 0.1.0
    """
    n = default_workers() if workers is None else workers
    if not isinstance(n, int) or n < 1:
        raise InvalidOptionError(f"workers={workers!r} must be a positive int or None")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise InvalidOptionError(f"chunksize={chunksize!r} must be a positive int")
    options = _Options(published=published, window=window, order=order, registry=registry)
    _parse_document(Document(text=""), options)  # a bad window or order raises here, not in a worker
    docs = map(as_document, texts_or_documents)
    if n == 1:
        return (_parse_document(doc, options) for doc in docs)
    return _pooled(docs, options, workers=n, chunksize=chunksize)


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _pooled(docs: Iterator[Document], options: _Options, *, workers: int, chunksize: int) -> Iterator[Timeline]:
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only a pool needs it

    in_flight = 2 * workers  # enough to keep every worker busy while the consumer reads results
    context = _context()
    if context.get_start_method() == "fork":
        _warm_up()  # load the tables here, once: forked workers inherit them
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up)
    pending: deque[Future[list[Timeline]]] = deque()
    try:
        for chunk in _chunks(docs, chunksize):
            pending.append(pool.submit(_parse_chunk, chunk, options))
            if len(pending) >= in_flight:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # Reached on exhaustion, on an error, and when the consumer closes the generator early.
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------------------------------
# Progress


def progress(
    items: Iterable[T],
    *,
    total: int | None = None,
    label: str = "parse",
    unit: str = "doc",
    stream: IO[str] | None = None,
    enabled: bool | None = None,
    interval: float = 0.1,
) -> Iterator[T]:
    """Yield ``items`` unchanged while drawing a one-line progress bar on ``stream`` (stderr).

    The bar shows only where ``stream`` is a terminal (``enabled=None``), so piped or redirected output
    stays clean; ``enabled`` forces it on or off. It redraws at most every ``interval`` seconds and
    ends with a summary line.

    Example: ``for timeline in progress(parse_many(docs), total=len(docs)): ...``

    .. versionadded:: 0.1.0
    """
    out = sys.stderr if stream is None else stream
    show = _isatty(out) if enabled is None else enabled
    if not show:
        yield from items
        return
    start = last = time.monotonic()
    done = 0
    try:
        for item in items:
            yield item
            done += 1
            now = time.monotonic()
            if now - last >= interval:
                last = now
                _draw(out, label, unit, done, total=total, elapsed=now - start, final=False)
    finally:
        _draw(out, label, unit, done, total=total, elapsed=time.monotonic() - start, final=True)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _draw(out: IO[str], label: str, unit: str, done: int, *, total: int | None, elapsed: float, final: bool) -> None:
    rate = done / elapsed if elapsed > 0 else 0.0
    if total:
        width = 24
        filled = min(width, width * done // total)
        bar = "#" * filled + "-" * (width - filled)
        eta = f" eta {_clock((total - done) / rate)}" if rate > 0 and done < total else ""
        line = f"{label} [{bar}] {done}/{total} {unit}s {100 * done // total:3d}% {rate:.1f} {unit}s/s{eta}"
    else:
        line = f"{label} {done} {unit}s {rate:.1f} {unit}s/s"
    if final:
        line += f" in {_clock(elapsed)}"
    out.write("\r\x1b[K" + line + ("\n" if final else ""))
    out.flush()


def _clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


# --------------------------------------------------------------------------------------------------
# Hooks for the command line

#: Below this many characters in all, ``cli_parse`` parses in-process: starting workers would cost more.
CLI_PARALLEL_MIN_CHARS: Final = 200_000


def cli_parse(
    documents: Iterable[DocumentLike],
    *,
    published: dt.date | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
    workers: int | None = None,
    stream: IO[str] | None = None,
    label: str = "parse",
) -> list[Timeline]:
    """Parse documents for the ``nato-timeline`` command: on all cores when the input is large, with a
    progress bar on ``stream`` (stderr) when it is a terminal, quiet when piped.

    Returns one timeline per document, in input order (``parse_many``'s results, collected).
    """
    docs = [as_document(d) for d in documents]
    if workers is None and sum(len(d.text) for d in docs) < CLI_PARALLEL_MIN_CHARS:
        workers = 1
    results = parse_many(docs, workers=workers, published=published, window=window, order=order, registry=registry)
    unit = "doc"
    return list(progress(results, total=len(docs), label=label, unit=unit, stream=stream))


def read_corpus(path: str | os.PathLike[str]) -> Iterator[Document]:
    """The documents of a JSON Lines corpus, one object per line with ``"text"`` and optionally
    ``"published"`` (ISO date) and ``"source"`` (or ``"id"``, used as the source when there is none).

    Lines are read lazily; blank lines are skipped.

    Raises:
        InvalidOptionError: a line is not a JSON object with a ``"text"`` string (the message names
            the file and line).
    """
    import json  # noqa: PLC0415 - only the command line reads corpora

    with open(path, encoding="utf-8") as lines:  # noqa: PTH123 - str | PathLike in, like open()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield _corpus_document(json.loads(line))
            except ValueError as exc:  # bad JSON, or an InvalidOptionError from the record
                raise InvalidOptionError(f"{os.fspath(path)}, line {n}: {exc}") from exc


def _corpus_document(record: object) -> Document:
    if not isinstance(record, dict):
        raise InvalidOptionError(f"expected a JSON object, got {type(record).__name__}")
    fields = {k: record[k] for k in ("text", "published", "source") if k in record}
    if fields.get("source") is None and isinstance(record.get("id"), str):
        fields["source"] = record["id"]
    return as_document(fields)
