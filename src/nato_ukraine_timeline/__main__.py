"""The ``nato-timeline`` command (also ``python -m nato_ukraine_timeline``).

Subcommands:

* ``dates [FILE ...] [--published YYYY-MM-DD] [--order ...] [--format table|json|jsonl]`` — every
  temporal expression with its TIMEX3 value, interval, basis and reason (no file: the built-in seed).
* ``parse [FILE ...] [--published YYYY-MM-DD] [--order ...] [--format FORMAT] [-o OUT] [--workers N]
  [--actors TOML]`` — the timeline of one or more news texts or JSON Lines corpora (``-`` reads
  standard input; no file: the built-in seed), with a progress bar on a terminal. FORMAT: table, json,
  jsonl, csv, or an export: timelinejs, ics, jsonld, geojson.

Each subcommand registers itself with :func:`build_parser` through an ``_add_<name>`` function and
runs through its own ``_run_<name>`` function, returning the exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import stat
import sys
from typing import IO, TYPE_CHECKING, Final

from ._dateargs import ORDERS
from ._resources import read_data
from .errors import InvalidOptionError, TimelineError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterator, Sequence

    from ._actors import ActorRegistry
    from ._parallel import Document, ParseFailure
    from .model import DateMention, Event, Source, Statement, Timeline

__all__ = ["build_parser", "format_dates_table", "format_table", "main"]

_WORDS_WIDTH = 72


def _seed_text() -> str:
    return read_data("examples/seed.txt")


def _date_arg(value: str) -> dt.date | None:
    from ._dateargs import as_date  # noqa: PLC0415 - the one normaliser of date arguments

    try:
        return as_date(value, name="--published")
    except InvalidOptionError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# --------------------------------------------------------------------------------------------------
# parse


def _add_parse(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "parse",
        help="the timeline (statements and events) of news texts",
        description="Print the timeline of one or more news texts: who said what, what happened, when. "
        "With no FILE, parse the built-in seed text (a NATO-Ukraine news feed, newest first).",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text files to parse ('-' reads standard input); a FILE ending in .jsonl is a corpus, one JSON "
        'object per line with "text" and optionally "published" and "source"',
    )
    p.add_argument(
        "--published",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="publication date of the texts (corpus lines with their own keep it)",
    )
    p.add_argument(
        "--order",
        choices=ORDERS,
        help="the texts are feeds of dated items in this order (default for the built-in seed: newest first)",
    )
    p.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv", "timelinejs", "ics", "jsonld", "geojson"),
        default="table",
        help="output format (timelinejs: TimelineJS 3 JSON; ics: iCalendar; jsonld: schema.org JSON-LD; "
        "geojson: the located events)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write to this file (atomically) instead of standard output")
    p.add_argument(
        "--merge",
        action="store_true",
        help="merge the documents' timelines, each statement and event once (an item found in several documents "
        "keeps every source); by default every document's items are kept, each with its own source",
    )
    p.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="processes to parse with (default: every core for a large input, one for a small one)",
    )
    p.add_argument(
        "--actors",
        metavar="TOML",
        action="append",
        default=[],
        help="a TOML file of your own actors extending the packaged registry (repeatable)",
    )
    p.add_argument(
        "--no-escape-formulas",
        action="store_true",
        help="CSV: write cells starting with = + - @ tab or carriage return as they are (by default they get a "
        "leading ' so a spreadsheet shows them as text instead of running them as formulas)",
    )
    _add_input_options(p)
    p.set_defaults(run=_run_parse)


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoding",
        type=_encoding_arg,
        default="utf-8",
        help="encoding of the input files (default utf-8); a byte that is not in it is an error, never replaced",
    )
    p.add_argument(
        "--max-size",
        type=_size_arg,
        default=_DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help="refuse a document (a text file, or one line of a .jsonl corpus) larger than SIZE bytes; suffixes "
        "k, M, G (powers of 1000); 0 means no limit (default: 10M)",
    )


_DEFAULT_MAX_SIZE: Final = 10_000_000  # = _parallel.DEFAULT_MAX_SIZE (not imported: keeps --help fast)
_SIZE_SUFFIXES: Final = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}


def _size_arg(value: str) -> int | None:
    """A size in bytes with an optional k/M/G suffix; ``0`` (no limit) gives ``None``."""
    text = value.strip().lower().removesuffix("b")
    number, suffix = (text[:-1], text[-1]) if text[-1:] in _SIZE_SUFFIXES else (text, "")
    try:
        size = int(number) * _SIZE_SUFFIXES[suffix]
    except ValueError:
        size = -1
    if size < 0:
        raise argparse.ArgumentTypeError(f"not a size in bytes (like 500k, 10M or 0 for no limit): {value!r}")
    return size or None


def _encoding_arg(value: str) -> str:
    import codecs  # noqa: PLC0415

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return n


def _registry(paths: Sequence[str]) -> ActorRegistry | None:
    """The packaged registry extended with the users' files, or ``None`` for the packaged one alone."""
    if not paths:
        return None
    from ._actors import ActorRegistry, actor_registry  # noqa: PLC0415

    registry = actor_registry()
    for path in paths:
        registry = registry.extend(ActorRegistry.from_file(path))
    return registry


def _read_text(path: str, encoding: str, max_size: int | None) -> str:
    """The text of a file (``-``: standard input), strictly decoded, at most ``max_size`` bytes.

    Raises:
        InvalidOptionError: the input is larger than ``max_size`` or is not ``encoding``.
        ReadError: the file cannot be read (missing, a folder, not readable).
    """
    limit = -1 if max_size is None else max_size + 1
    if path == "-":
        if sys.stdin is None:
            raise InvalidOptionError("standard input is closed")
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text stream put in its place (a test, an embedding program): already decoded
            text: str = sys.stdin.read(limit)
            if max_size is not None and len(text) > max_size:
                raise InvalidOptionError(f"larger than the size limit of {max_size} characters (see --max-size)")
            return text
        data: bytes = buffer.read(limit)
    else:
        from ._io import open_input  # noqa: PLC0415 - keep --help fast

        with open_input(path) as stream:
            data = stream.read(limit)
    if max_size is not None and len(data) > max_size:
        raise InvalidOptionError(f"larger than the size limit of {max_size} bytes (see --max-size)")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidOptionError(f"not valid {encoding} at byte {exc.start}: {exc.reason} (see --encoding)") from None


def _read_inputs(paths: Sequence[str], args: argparse.Namespace) -> Iterator[tuple[str, str | Exception]]:
    """(name, text) of each text input, or (name, error) for one that cannot be read; the built-in
    seed when there is none."""
    if not paths:
        yield "seed.txt", _seed_text()
        return
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            yield name, _read_text(path, args.encoding, args.max_size)
        except (OSError, InvalidOptionError) as exc:
            yield name, exc


def _failure(index: int, source: str, error: BaseException | str) -> ParseFailure:
    from ._parallel import ParseFailure  # noqa: PLC0415

    if isinstance(error, str):
        return ParseFailure(index=index, source=source, error="InvalidOptionError", message=error)
    return ParseFailure(index=index, source=source, error=type(error).__name__, message=str(error))


def _documents(args: argparse.Namespace) -> tuple[list[Document | ParseFailure], list[str]]:
    """The documents to parse (each text file is one, each line of a ``.jsonl`` corpus is one), a
    failure in the place of each that cannot be read, and each one's label for messages."""
    from ._parallel import Document, corpus_items  # noqa: PLC0415 - keep --help fast
    from .model import Source  # noqa: PLC0415

    published = args.published
    items: list[Document | ParseFailure] = []
    labels: list[str] = []
    text_paths = [p for p in args.files if not _is_corpus(p)]
    texts = _read_inputs(text_paths, args) if text_paths or not args.files else iter(())
    for path in args.files or ["<seed>"]:
        if _is_corpus(path):
            try:
                for label, item in corpus_items(path, encoding=args.encoding, max_size=args.max_size):
                    doc = item if isinstance(item, Document) else _failure(len(items), label, item)
                    items.append(doc)
                    labels.append(label)
            except OSError as exc:
                items.append(_failure(len(items), path, exc))
                labels.append(path)
            continue
        name, text = next(texts)
        if isinstance(text, str):
            items.append(Document(text=text, published=published, source=Source(id=name, published=published)))
        else:
            items.append(_failure(len(items), name, text))
        labels.append(name)
    return items, labels


def _is_corpus(path: str) -> bool:
    return path.endswith(".jsonl")


def _parse_inputs(args: argparse.Namespace) -> tuple[Timeline, list[str]]:
    """The merged timeline of every input, and a message for each document that failed."""
    from ._parallel import ParseFailure, cli_parse  # noqa: PLC0415 - keep --help fast
    from .model import Timeline  # noqa: PLC0415

    order = args.order if args.order is not None or args.files else "newest first"
    items, labels = _documents(args)
    results = cli_parse(
        items,
        published=args.published,
        order=order,
        registry=_registry(args.actors),
        workers=args.workers,
        stream=sys.stderr,
        errors="record",
    )
    failures = [f"{labels[i]}: {r.error}: {r.message}" for i, r in enumerate(results) if isinstance(r, ParseFailure)]
    timelines = [r for r in results if not isinstance(r, ParseFailure)]
    if not timelines:
        return Timeline(), failures
    if args.merge:
        return Timeline().merge(*timelines), failures
    return Timeline.concat(timelines).sorted(), failures


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _row(item: Statement | Event) -> tuple[str, str, str]:
    from .model import Statement  # noqa: PLC0415

    when = str(item.when) if item.when is not None else "—"
    if isinstance(item, Statement):
        from ._display import speakers_text  # noqa: PLC0415

        who = speakers_text(item)
        extra = f" [{item.medium}]" if item.medium else ""
        to = f" (to {', '.join(item.addressees)})" if item.addressees else ""
        words = (f"“{item.text}”" if item.direct else item.text) + to + extra
        return when, who, words
    who = item.kind.value
    names = ", ".join(a.name for a in item.participants)
    where = f" @ {item.location}" if item.location else ""
    words = item.trigger + (f" — {names}" if names else "") + where
    return when, who, words


def format_table(timeline: Timeline, *, width: int = _WORDS_WIDTH) -> str:
    """A readable table of a timeline: date, speaker (or event kind), words (truncated), in time order."""
    rows = [_row(item) for item in timeline]
    if not rows:
        return "(empty timeline)\n"
    w_date = max(4, *(len(r[0]) for r in rows))
    w_who = min(28, max(3, *(len(r[1]) for r in rows)))
    lines = [f"{'DATE':<{w_date}}  {'WHO / KIND':<{w_who}}  WORDS", f"{'-' * w_date}  {'-' * w_who}  {'-' * width}"]
    lines.extend(f"{d:<{w_date}}  {_shorten(w, w_who):<{w_who}}  {_shorten(t, width)}" for d, w, t in rows)
    lines.append(repr(timeline))
    return "\n".join(lines) + "\n"


def _write_csv(stream: IO[str], timeline: Timeline, *, escape_formulas: bool = True) -> None:
    from .serialize import EVENT_COLUMNS, STATEMENT_COLUMNS, to_csv_rows  # noqa: PLC0415

    columns = ["type", *dict.fromkeys([*STATEMENT_COLUMNS, *EVENT_COLUMNS])]
    writer = csv.DictWriter(stream, fieldnames=columns, restval="", extrasaction="ignore")
    writer.writeheader()
    for item, row in zip(timeline, to_csv_rows(timeline, escape_formulas=escape_formulas), strict=True):
        writer.writerow({"type": "statement" if type(item).__name__ == "Statement" else "event", **row})


def _write_text(stream: IO[str], text: str) -> None:
    stream.write(text)


def _emit(args: argparse.Namespace, write: Callable[[IO[str]], None]) -> None:
    if args.output is None:
        write(_stdout())
        return
    from ._io import open_target  # noqa: PLC0415

    newline = "" if args.format in ("csv", "ics") else None  # both write their own CRLF line ends
    with open_target(args.output, newline=newline) as stream:
        write(stream)


def _stdout() -> IO[str]:
    if sys.stdout is None:
        raise InvalidOptionError("standard output is closed: redirect it or write to a file with -o")
    return sys.stdout


def _stdin_if_piped(args: argparse.Namespace) -> None:
    """With no FILE and text piped or redirected into standard input, read it (``cat f | nato-timeline parse``)."""
    if args.files:
        return
    stream = sys.stdin
    try:
        if stream is None or stream.isatty():
            return
        mode = os.fstat(stream.fileno()).st_mode
    except (AttributeError, OSError, ValueError):  # no file descriptor: a test's or an embedding program's stream
        return
    if stat.S_ISFIFO(mode) or stat.S_ISREG(mode):
        args.files = ["-"]


def _check_io(args: argparse.Namespace) -> None:
    """Before the work: standard input when text is piped, and the output checked, so a closed standard
    output or an unwritable ``-o`` target fails now, not after the parse."""
    from ._io import check_target  # noqa: PLC0415

    _stdin_if_piped(args)
    if args.output is None:
        _stdout()
    else:
        check_target(args.output)


def _run_parse(args: argparse.Namespace) -> int:
    from . import serialize  # noqa: PLC0415

    _check_io(args)
    timeline, failures = _parse_inputs(args)
    fmt = args.format
    if fmt == "table":
        _emit(args, lambda s: _write_text(s, format_table(timeline)))
    elif fmt == "json":
        _emit(args, lambda s: _write_text(s, serialize.dumps(timeline, indent=2) + "\n"))
    elif fmt == "jsonl":

        def write_lines(stream: IO[str]) -> None:
            serialize.write_jsonl(timeline, stream)  # the actors, then the items: read_jsonl reads it back

        _emit(args, write_lines)
    elif fmt == "csv":
        _emit(args, lambda s: _write_csv(s, timeline, escape_formulas=not args.no_escape_formulas))
    else:
        from ._formats import export_text  # noqa: PLC0415

        _emit(args, lambda s: _write_text(s, export_text(timeline, fmt)))
    return _report_failures(failures)


def _report_failures(failures: Sequence[str]) -> int:
    """Name each document that failed on standard error; the exit status (1 if any failed)."""
    for message in failures:
        _error(f"skipped {message}")
    if failures:
        _error(f"{len(failures)} document(s) failed; the output holds every other one")
        return 1
    return 0


def _error(message: str) -> None:
    if sys.stderr is not None:
        print(f"nato-timeline: {message}", file=sys.stderr)  # noqa: T201 - a command's error message


# --------------------------------------------------------------------------------------------------
# dates


def _add_dates(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "dates",
        help="the temporal expressions of news texts, resolved",
        description="Print every temporal expression of one or more news texts with its TIMEX3 type and value, "
        "the interval it covers and why it resolved that way. With no FILE, read standard input when it is piped, "
        "else the built-in seed text.",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text files to read ('-' reads standard input); a FILE ending in .jsonl is a corpus, one JSON object "
        'per line with "text" and optionally "published" and "source"',
    )
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date of the texts")
    p.add_argument("--order", choices=ORDERS, help="the texts are feeds in this order")
    p.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv"),
        default="table",
        help="output format (jsonl: each document's Source record, then its DateMention records, as iter_jsonl "
        "reads them)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write to this file (atomically) instead of standard output")
    p.add_argument(
        "--actors",
        metavar="TOML",
        action="append",
        default=[],
        help="a TOML file of your own actors extending the packaged registry (repeatable): their terms of office "
        "bound year-less dates",
    )
    p.add_argument(
        "--no-escape-formulas",
        action="store_true",
        help="CSV: write cells starting with = + - @ tab or carriage return as they are",
    )
    _add_input_options(p)
    p.set_defaults(run=_run_dates)


_DATE_COLUMNS: Final = (
    *("source", "start", "end", "text", "type", "timex", "granularity", "earliest", "latest", "edtf"),
    *("uncertain", "alternatives", "basis", "reason"),
)


def _mention_record(source: str, m: DateMention | None) -> dict[str, object]:
    if m is None:  # the columns only
        return dict.fromkeys(_DATE_COLUMNS)
    v = m.value
    return {
        "source": source,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "type": m.type.value,
        "timex": m.timex,
        "granularity": v.granularity.value,
        "earliest": v.earliest.isoformat() if v.earliest else None,
        "latest": v.latest.isoformat() if v.latest else None,
        "edtf": v.edtf,
        "uncertain": v.uncertain,
        "alternatives": list(v.alternatives),
        "basis": v.basis.value,
        "reason": v.reason,
    }


def format_dates_table(rows: Sequence[dict[str, object]], *, width: int = _WORDS_WIDTH) -> str:
    """A readable table of date mentions: where, words, TIMEX3 type and value, basis, reason."""
    if not rows:
        return "(no temporal expressions)\n"
    lines = [f"{'SPAN':<12}  {'TEXT':<24}  {'TYPE':<8}  {'TIMEX':<14}  {'BASIS':<16}  REASON"]
    for r in rows:
        span = f"{r['start']}-{r['end']}"
        timex = str(r["timex"]) + ("?" if r["uncertain"] else "")
        lines.append(
            f"{span:<12}  {_shorten(str(r['text']), 24):<24}  {r['type']!s:<8}  {timex:<14}  {r['basis']!s:<16}  "
            f"{_shorten(str(r['reason']), width)}"
        )
    return "\n".join(lines) + "\n"


def _dated_documents(args: argparse.Namespace) -> Iterator[tuple[Source, list[DateMention] | str]]:
    """Each document's source and its date mentions, or the message of why it failed."""
    from ._dates import find_dates  # noqa: PLC0415 - keep --help fast
    from ._parallel import ParseFailure  # noqa: PLC0415
    from .model import Source  # noqa: PLC0415

    order = args.order if args.order is not None or args.files else "newest first"
    registry = _registry(args.actors)
    items, labels = _documents(args)
    for doc, label in zip(items, labels, strict=True):
        if isinstance(doc, ParseFailure):
            yield Source(id=label), f"{label}: {doc.error}: {doc.message}"
            continue
        published = doc.published if doc.published is not None else args.published
        src = doc.source if isinstance(doc.source, Source) else Source(id=doc.source or label, published=published)
        try:
            yield src, find_dates(doc.text, published=published, order=order, registry=registry)
        except Exception as exc:  # noqa: BLE001 - one bad document never stops the others; named below
            yield src, f"{label}: {type(exc).__name__}: {exc}"


def _csv_cell(value: object) -> str:
    """A cell as the statement and event CSV writes it: empty, true/false, values joined by '; '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def _write_dates_csv(stream: IO[str], rows: Sequence[dict[str, object]], *, escape_formulas: bool) -> None:
    from .serialize import escape_formula  # noqa: PLC0415

    columns = list(_mention_record("", None))
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        cells = {k: _csv_cell(v) for k, v in row.items()}
        if escape_formulas:
            cells = {k: escape_formula(v) for k, v in cells.items()}
        writer.writerow(cells)


def _run_dates(args: argparse.Namespace) -> int:
    import json  # noqa: PLC0415

    from . import serialize  # noqa: PLC0415

    _check_io(args)
    found: list[tuple[Source, list[DateMention]]] = []
    failures: list[str] = []
    for src, result in _dated_documents(args):
        if isinstance(result, str):
            failures.append(result)
        else:
            found.append((src, result))
    rows = [_mention_record(src.id, m) for src, mentions in found for m in mentions]
    if args.format == "table":
        _emit(args, lambda s: _write_text(s, format_dates_table(rows)))
    elif args.format == "json":
        _emit(args, lambda s: _write_text(s, json.dumps(rows, indent=2, ensure_ascii=False) + "\n"))
    elif args.format == "csv":
        _emit(args, lambda s: _write_dates_csv(s, rows, escape_formulas=not args.no_escape_formulas))
    else:
        records: list[Source | DateMention] = []
        for src, mentions in found:
            records.append(src)
            records.extend(mentions)

        def write_lines(stream: IO[str]) -> None:
            serialize.write_jsonl(records, stream)

        _emit(args, write_lines)
    return _report_failures(failures)


# --------------------------------------------------------------------------------------------------


_SUBCOMMANDS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _add_dates,
    _add_parse,
)


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked (keeps ``--help`` fast)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from . import __version__  # noqa: PLC0415 - importlib.metadata, only when asked

        print(f"{parser.prog} {__version__}")  # noqa: T201 - the command's output
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``nato-timeline`` with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="nato-timeline",
        description="A typed, traceable timeline of NATO, Ukraine and Russia news (2024-2025).",
    )
    parser.add_argument("--version", action=_Version, help="print the installed version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _SUBCOMMANDS:
        add(sub)
    return parser


#: The exit status after Ctrl-C (128 + SIGINT), as shells report it.
EXIT_INTERRUPTED: Final = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 success, 1 library error or a document that
    failed, 2 usage error, 130 interrupted by Ctrl-C)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        run = getattr(args, "run", None)
        if run is None:
            parser.print_help()
            return 2
        status: int = run(args)
    except KeyboardInterrupt:  # Ctrl-C: a short message, no traceback; an output file keeps its old content
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(AttributeError, ValueError, OSError):
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (OSError, TimelineError) as exc:
        _error(str(exc))
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
