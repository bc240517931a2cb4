"""Parse many documents: in order, streaming, on a pool of processes; and a quiet-when-piped progress bar.

``parse`` is a pure function of (text, options), so documents can be parsed anywhere and in any order
and the results put back in input order: :func:`parse_many` does that on one machine with a process
pool, ``nato_ukraine_timeline.ext.dask`` on a Dask cluster.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sized
from typing import IO, TYPE_CHECKING, Any, Final, Literal, TypeAlias, TypeVar, overload

import attrs
from attrs import frozen

from ._dateargs import DateLike, as_date
from .errors import InvalidOptionError
from .model import Source, Timeline

if TYPE_CHECKING:
    import datetime as dt
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

    from ._actors import ActorRegistry

__all__ = [
    "DEFAULT_MAX_SIZE",
    "Document",
    "DocumentLike",
    "ErrorPolicy",
    "ParseFailure",
    "as_document",
    "cli_parse",
    "corpus_items",
    "parse_many",
    "progress",
    "read_corpus",
]

T = TypeVar("T")

_DEFAULT_CHUNKSIZE: Final = 16


def _published(value: DateLike) -> dt.date | None:
    return as_date(value, name="Document.published")  # the one normaliser of date arguments


@frozen(kw_only=True)
class Document:
    """A text to parse, with what is known about it.

    Args:
        text: the text.
        published: its publication date; anchors relative dates ("on Thursday"). Any date argument:
            a ``datetime.date``, ``datetime``, ISO string, pandas ``Timestamp``, ``numpy.datetime64``,
            or ``None``/``NaT``; stored as a ``datetime.date``.
        source: where it came from: a :class:`~nato_ukraine_timeline.Source`, or an id such as a URL.

    .. versionadded:: 0.1.0
    """

    text: str
    published: dt.date | None = attrs.field(default=None, converter=_published)
    source: Source | str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise InvalidOptionError(f"Document.text must be str, got {type(self.text).__name__}")
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
        published = as_date(item.get("published"), name="published")
        return Document(text=item["text"], published=published, source=item.get("source"))
    raise InvalidOptionError(f"cannot parse a {type(item).__name__}: pass a str, a Document or a mapping with 'text'")


#: What :func:`parse_many` does with a document it cannot parse: ``"raise"`` the error (the stream
#: ends there), ``"skip"`` the document, or ``"record"`` a :class:`ParseFailure` in its place.
ErrorPolicy: TypeAlias = Literal["raise", "skip", "record"]
_POLICIES: Final = ("raise", "skip", "record")


def error_policy(errors: object, *, allowed: tuple[str, ...] = _POLICIES) -> str:
    """``errors`` checked against the policies a caller accepts (the one check of ``errors=``).

    Raises:
        InvalidOptionError: ``errors`` is not one of ``allowed``.
    """
    if not isinstance(errors, str) or errors not in allowed:
        raise InvalidOptionError(f"errors={errors!r} must be one of {', '.join(map(repr, allowed))}")
    return errors


@frozen(kw_only=True)
class ParseFailure:
    """A document that could not be parsed, in the place of its timeline (``parse_many(errors="record")``).

    Args:
        index: the document's position in the input, from 0.
        source: the document's source id, when it has one.
        error: the name of the exception's class (``"ValueError"``).
        message: the exception's message.

    .. versionadded:: 0.1.0
    """

    index: int
    source: str | None = None
    error: str
    message: str

    @classmethod
    def of(cls, index: int, item: object, exc: BaseException) -> ParseFailure:
        """The failure of input ``item`` (a document or what was passed) at ``index`` with ``exc``."""
        source = item.source if isinstance(item, Document) else None
        source_id = source.id if isinstance(source, Source) else source
        return cls(index=index, source=source_id, error=type(exc).__name__, message=str(exc))

    @property
    def where(self) -> str:
        """The document that failed, as ``"document 3 (https://...)"``."""
        return f"document {self.index}" + (f" ({self.source})" if self.source else "")

    def __str__(self) -> str:
        return f"{self.where}: {self.error}: {self.message}"


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


#: An input as it travels to a worker: its index, and the document or the failure to make one.
_Item: TypeAlias = tuple[int, "Document | ParseFailure"]


def _parse_item(item: _Item, options: _Options, policy: str) -> Timeline | ParseFailure:
    index, doc = item
    if isinstance(doc, ParseFailure):
        return doc
    try:
        return _parse_document(doc, options)
    except Exception as exc:
        if policy == "raise":
            exc.add_note(f"while parsing {ParseFailure.of(index, doc, exc).where}")
            raise
        return ParseFailure.of(index, doc, exc)


def _parse_chunk(items: list[_Item], options: _Options, policy: str = "raise") -> list[Timeline | ParseFailure]:
    return [_parse_item(item, options, policy) for item in items]


def _documents(items: Iterable[DocumentLike], policy: str, *, start: int = 0) -> Iterator[_Item]:
    """The inputs as documents, indexed from ``start``; with a lenient policy a bad input becomes a failure."""
    for index, item in enumerate(items, start):
        try:
            yield index, as_document(item)
        except InvalidOptionError as exc:
            if policy == "raise":
                raise
            yield index, ParseFailure.of(index, item, exc)


def _apply_policy(results: Iterator[Timeline | ParseFailure], policy: str) -> Iterator[Any]:
    if policy == "skip":
        return (r for r in results if not isinstance(r, ParseFailure))
    return results


def _warm_up() -> None:
    """Load the tables once, before the first chunk arrives."""
    _parse_document(Document(text="NATO said on Monday."), _Options())


def _init_worker() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle (it stops the pool), then :func:`_warm_up`."""
    import signal  # noqa: PLC0415

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()


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


@overload
def parse_many(
    texts_or_documents: Iterable[DocumentLike],
    *,
    workers: int | None = None,
    chunksize: int = _DEFAULT_CHUNKSIZE,
    published: DateLike = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
    errors: Literal["raise", "skip"] = "raise",
    show_progress: bool = False,
) -> Iterator[Timeline]: ...
@overload
def parse_many(
    texts_or_documents: Iterable[DocumentLike],
    *,
    workers: int | None = None,
    chunksize: int = _DEFAULT_CHUNKSIZE,
    published: DateLike = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
    errors: Literal["record"],
    show_progress: bool = False,
) -> Iterator[Timeline | ParseFailure]: ...
def parse_many(
    texts_or_documents: Iterable[DocumentLike],
    *,
    workers: int | None = None,
    chunksize: int = _DEFAULT_CHUNKSIZE,
    published: DateLike = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
    errors: Literal["raise", "skip", "record"] = "raise",
    show_progress: bool = False,
) -> Iterator[Timeline] | Iterator[Timeline | ParseFailure]:
    """Parse many documents, yielding one :class:`~nato_ukraine_timeline.Timeline` per input, in input order.

    The input is consumed lazily and at most a few chunks per worker are in flight, so a corpus larger
    than memory streams through. The result for each document is exactly ``parse`` of it.

    Args:
        texts_or_documents: texts, :class:`Document` objects, or mappings with ``"text"`` and optionally
            ``"published"`` and ``"source"`` (for example the lines of a JSON Lines corpus).
        workers: processes to use; ``None`` uses every CPU available, ``1`` parses in this process
            (no pool).
        chunksize: documents sent to a worker at a time.
        published: publication date for documents that do not carry their own (any date argument, as
            for ``parse``).
        window: the timeline window, as for ``parse``.
        order: the order of a feed, as for ``parse``.
        registry: the actor registry, as for ``parse`` (sent to each worker once per chunk).
        errors: what to do with a document that cannot be parsed (an item that is no document, or
            any ``Exception`` from ``parse``): ``"raise"`` it (the stream ends there; the error's note
            names the document), ``"skip"`` it, or ``"record"`` a :class:`ParseFailure` (its index,
            source id, error class and message) in its place, so one bad document never stops a corpus.
        show_progress: draw a progress bar (``tqdm.auto`` when installed, so a notebook shows it; see
            ``_parallel.progress``) while the results are consumed.

    Raises:
        InvalidOptionError: at the call, when ``workers`` or ``chunksize`` is below 1, ``errors`` is
            unknown, or ``window``, ``order`` or ``registry`` is invalid; while iterating, with
            ``errors="raise"``, when an item is not a document.

    Note:
        With ``workers > 1`` on Linux, while the calling process runs a single thread, workers are
        forked and inherit the loaded tables. Otherwise they start with ``forkserver`` (``spawn`` where
        that is missing), so a script calling ``parse_many`` needs the usual
        ``if __name__ == "__main__":`` guard.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0 ``errors``.
    """
    n = default_workers() if workers is None else workers
    if not isinstance(n, int) or n < 1:
        raise InvalidOptionError(f"workers={workers!r} must be a positive int or None")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise InvalidOptionError(f"chunksize={chunksize!r} must be a positive int")
    error_policy(errors)
    day = as_date(published, name="published")  # the one normaliser of date arguments
    options = _Options(published=day, window=window, order=order, registry=registry)
    _parse_document(Document(text=""), options)  # a bad window or order raises here, not in a worker
    total = len(texts_or_documents) if isinstance(texts_or_documents, Sized) else None
    items = _documents(texts_or_documents, errors)
    if n == 1:
        results = _apply_policy((_parse_item(item, options, errors) for item in items), errors)
    else:
        results = _apply_policy(_pooled(items, options, workers=n, chunksize=chunksize, policy=errors), errors)
    return progress(results, total=total, enabled=True) if show_progress else results


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT held back (blocked) in this thread within the block, and delivered when it ends.

    Starting a pool forks, and ``os.fork`` runs the at-fork callbacks of the standard library (logging's
    among them) in Python; a ``KeyboardInterrupt`` raised inside one is printed as "Exception ignored"
    and dropped, so a Ctrl-C at that moment was lost and the run went on to the end. Held back, the
    signal raises just after the block, where the caller's ``finally`` stops the pool. Threads started
    within the block (the pool's) inherit the mask and leave SIGINT to this one.
    """
    import signal  # noqa: PLC0415

    if not hasattr(signal, "pthread_sigmask"):  # Windows: no fork, nothing to hold
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _pooled(
    items: Iterator[_Item], options: _Options, *, workers: int, chunksize: int, policy: str
) -> Iterator[Timeline | ParseFailure]:
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only a pool needs it

    in_flight = 2 * workers  # enough to keep every worker busy while the consumer reads results
    context = _context()
    if context.get_start_method() == "fork":
        _warm_up()  # load the tables here, once: forked workers inherit them
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker)
    pending: deque[Future[list[Timeline | ParseFailure]]] = deque()
    try:
        for chunk in _chunks(items, chunksize):
            with _sigint_held():  # the first submit starts the workers
                pending.append(pool.submit(_parse_chunk, chunk, options, policy))
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
    """Yield ``items`` unchanged while drawing a progress bar on ``stream`` (stderr).

    The bar shows where ``stream`` is a terminal or the code runs in a Jupyter notebook
    (``enabled=None``), so piped or redirected output stays clean; ``enabled`` forces it on or off.
    With ``tqdm`` installed (``pip install 'nato_ukraine_timeline[progress]'``) the bar is
    ``tqdm.auto``'s: a widget in a notebook, text in a terminal. Without it, a one-line bar of its own
    that redraws at most every ``interval`` seconds and ends with a summary line.

    Example: ``for timeline in progress(parse_many(docs), total=len(docs)): ...``

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0 ``tqdm.auto`` when installed; notebooks see the bar.
    """
    notebook = _in_notebook()
    out = sys.stderr if stream is None else stream
    show = (_isatty(out) or notebook) if enabled is None else enabled
    if not show:
        yield from items
        return
    tqdm = _tqdm()
    if tqdm is not None:
        # In a notebook tqdm.auto draws a widget in the cell; elsewhere text on the stream.
        file = None if notebook and stream is None else out
        with tqdm(total=total, desc=label, unit=unit, file=file, mininterval=interval, dynamic_ncols=True) as bar:
            for item in items:
                yield item
                bar.update(1)
        return
    yield from _own_bar(items, out, label=label, unit=unit, total=total, interval=interval)


def _own_bar(
    items: Iterable[T], out: IO[str], *, label: str, unit: str, total: int | None, interval: float
) -> Iterator[T]:
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


def _tqdm() -> Any:
    """``tqdm.auto.tqdm``, or ``None`` when tqdm is not installed (the ``progress`` extra)."""
    try:
        from tqdm.auto import tqdm  # noqa: PLC0415 - optional dependency, loaded on first use
    except ImportError:
        return None
    return tqdm


def _in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (IPython is never imported here: only looked up)."""
    ipython = sys.modules.get("IPython")
    get = getattr(ipython, "get_ipython", None)
    shell = get() if callable(get) else None
    return type(shell).__name__ == "ZMQInteractiveShell"


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
    documents: Iterable[DocumentLike | ParseFailure],
    *,
    published: DateLike = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
    workers: int | None = None,
    stream: IO[str] | None = None,
    label: str = "parse",
    errors: ErrorPolicy = "raise",
) -> list[Any]:
    """Parse documents for the ``nato-timeline`` command: on all cores when the input is large, with a
    progress bar on ``stream`` (stderr) when it is a terminal, quiet when piped.

    Returns one timeline per document, in input order (``parse_many``'s results, collected). With
    ``errors="record"`` a document that failed is a :class:`ParseFailure` in its place, whose index is
    its position in ``documents``; a :class:`ParseFailure` given in ``documents`` (a document that
    could not even be read) is kept where it is.
    """
    items = list(documents)
    if errors == "raise" and (failed := next((d for d in items if isinstance(d, ParseFailure)), None)) is not None:
        raise InvalidOptionError(str(failed))
    positions = [i for i, d in enumerate(items) if not isinstance(d, ParseFailure)]
    docs = [as_document(items[i]) for i in positions]  # type: ignore[arg-type]  # failures are filtered out
    if workers is None and sum(len(d.text) for d in docs) < CLI_PARALLEL_MIN_CHARS:
        workers = 1
    results: Iterator[Timeline | ParseFailure] = parse_many(
        docs, workers=workers, published=published, window=window, order=order, registry=registry, errors="record"
    )
    out: list[Any] = list(items)
    shown = progress(results, total=len(docs), label=label, unit="doc", stream=stream)
    for pos, result in zip(positions, shown, strict=True):
        out[pos] = attrs.evolve(result, index=pos) if isinstance(result, ParseFailure) else result
        if errors == "raise" and isinstance(out[pos], ParseFailure):
            raise InvalidOptionError(str(out[pos]))
    return [r for r in out if not isinstance(r, ParseFailure)] if errors == "skip" else out


#: Documents longer than this (in bytes) are refused by :func:`read_corpus` and the command line
#: unless told otherwise (``max_size``, ``--max-size``): 10 MB, far beyond any news article.
DEFAULT_MAX_SIZE: Final = 10_000_000
_SKIP_CHUNK: Final = 1 << 20


def read_corpus(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", max_size: int | None = DEFAULT_MAX_SIZE
) -> Iterator[Document]:
    """The documents of a JSON Lines corpus, one object per line with ``"text"`` and optionally
    ``"published"`` (ISO date) and ``"source"`` (or ``"id"``, used as the source when there is none).

    Lines are read lazily, in bounded memory; blank lines are skipped.

    Args:
        path: the corpus file.
        encoding: the file's encoding; decoding is strict (a byte that is not ``encoding`` is an error,
            never replaced).
        max_size: the longest line accepted, in bytes; ``None`` accepts any.

    Raises:
        ReadError: the file cannot be read (missing, a folder, not readable).
        InvalidOptionError: a line is not a JSON object with a ``"text"`` string, is not ``encoding``
            or is longer than ``max_size`` (the message names the file and line).
    """
    for label, item in corpus_items(path, encoding=encoding, max_size=max_size):
        if isinstance(item, str):
            raise InvalidOptionError(f"{label}: {item}")
        yield item


def corpus_items(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", max_size: int | None = DEFAULT_MAX_SIZE
) -> Iterator[tuple[str, Document | str]]:
    """``(label, document)`` for each line of a corpus, or ``(label, message)`` for a bad line; reading
    goes on after a bad line. The label is ``"corpus.jsonl, line 7"``."""
    import json  # noqa: PLC0415 - only the command line reads corpora

    from ._io import open_input  # noqa: PLC0415

    name = os.fspath(path)
    limit = -1 if max_size is None else max_size + 1
    with open_input(path) as lines:
        n, offset = 0, 0
        while raw := lines.readline(limit):
            n += 1
            label = f"{name}, line {n}"
            if max_size is not None and len(raw) > max_size and not raw.endswith(b"\n"):
                offset += len(raw) + _skip_line(lines)
                yield label, f"longer than the size limit of {max_size} bytes (see --max-size)"
                continue
            start, offset = offset, offset + len(raw)
            try:
                line = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                where = f"byte {start + exc.start} of the file (byte {exc.start + 1} of the line)"
                yield label, f"not valid {encoding} at {where}: {exc.reason} (see --encoding)"
                continue
            if not line.strip():
                continue
            try:
                yield label, _corpus_document(json.loads(line))
            except (ValueError, RecursionError) as exc:  # bad JSON, or an InvalidOptionError from the record
                yield label, str(exc)


def _skip_line(stream: IO[bytes]) -> int:
    """Read past the rest of a line in bounded memory; the number of bytes skipped."""
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _corpus_document(record: object) -> Document:
    if not isinstance(record, dict):
        raise InvalidOptionError(f"expected a JSON object, got {type(record).__name__}")
    fields = {k: record[k] for k in ("text", "published", "source") if k in record}
    if fields.get("source") is None and isinstance(record.get("id"), str):
        fields["source"] = record["id"]
    return as_document(fields)
