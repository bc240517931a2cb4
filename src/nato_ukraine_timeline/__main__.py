"""The ``nato-timeline`` command (also ``python -m nato_ukraine_timeline``).

Subcommands:

* ``dates [FILE ...] [--published YYYY-MM-DD] [--order ...] [--format table|json|jsonl]`` — every
  temporal expression with its TIMEX3 value, interval, basis and reason (no file: the built-in seed).
* ``parse [FILE ...] [--published YYYY-MM-DD] [--order ...] [--format table|json|jsonl|csv] [-o OUT]
  [--workers N] [--actors TOML]`` — the timeline of one or more news texts or JSON Lines corpora
  (``-`` reads standard input; no file: the built-in seed), with a progress bar on a terminal.

Each subcommand registers itself with :func:`build_parser` through an ``_add_<name>`` function and
runs through its own ``_run_<name>`` function, returning the exit status.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ._resources import read_data
from .errors import TimelineError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from ._actors import ActorRegistry
    from ._parallel import Document
    from .model import DateMention, Event, Statement, Timeline

__all__ = ["build_parser", "format_dates_table", "format_table", "main"]

_WORDS_WIDTH = 72


def _seed_text() -> str:
    return read_data("examples/seed.txt")


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


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
        choices=("newest first", "oldest first"),
        help="the texts are feeds of dated items in this order (default for the built-in seed: newest first)",
    )
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table", help="output format")
    p.add_argument("-o", "--output", metavar="OUT", help="write to this file (atomically) instead of standard output")
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
    p.set_defaults(run=_run_parse)


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


def _read_inputs(paths: Sequence[str]) -> list[tuple[str, str]]:
    """(source id, text) of each input; the built-in seed when there is none."""
    if not paths:
        return [("seed.txt", _seed_text())]
    out = []
    for path in paths:
        if path == "-":
            out.append(("<stdin>", sys.stdin.read()))
        else:
            out.append((path, Path(path).read_text(encoding="utf-8", errors="replace")))
    return out


def _documents(paths: Sequence[str], published: dt.date | None) -> Iterator[Document]:
    """The documents to parse: each text file is one, each line of a ``.jsonl`` corpus is one."""
    from ._parallel import Document, read_corpus  # noqa: PLC0415 - keep --help fast
    from .model import Source  # noqa: PLC0415

    text_paths = [p for p in paths if not p.endswith(".jsonl")]
    texts = iter(_read_inputs(text_paths)) if text_paths or not paths else iter(())
    for path in paths or ["<seed>"]:
        if path.endswith(".jsonl"):
            yield from read_corpus(path)
        else:
            name, text = next(texts)
            yield Document(text=text, published=published, source=Source(id=name, published=published))


def _parse_inputs(args: argparse.Namespace) -> Timeline:
    from ._parallel import cli_parse  # noqa: PLC0415 - keep --help fast
    from .model import Timeline  # noqa: PLC0415

    order = args.order if args.order is not None or args.files else "newest first"
    timelines = cli_parse(
        _documents(args.files, args.published),
        published=args.published,
        order=order,
        registry=_registry(args.actors),
        workers=args.workers,
        stream=sys.stderr,
    )
    if not timelines:
        return Timeline()
    return timelines[0].sorted() if len(timelines) == 1 else Timeline().merge(*timelines)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _row(item: Statement | Event) -> tuple[str, str, str]:
    from .model import Statement  # noqa: PLC0415

    when = str(item.when) if item.when is not None else "—"
    if isinstance(item, Statement):
        who = item.speaker.name
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


def _write_csv(stream: IO[str], timeline: Timeline) -> None:
    from .serialize import EVENT_COLUMNS, STATEMENT_COLUMNS, to_csv_rows  # noqa: PLC0415

    columns = ["type", *dict.fromkeys([*STATEMENT_COLUMNS, *EVENT_COLUMNS])]
    writer = csv.DictWriter(stream, fieldnames=columns, restval="", extrasaction="ignore")
    writer.writeheader()
    for item, row in zip(timeline, to_csv_rows(timeline), strict=True):
        writer.writerow({"type": "statement" if type(item).__name__ == "Statement" else "event", **row})


def _write_text(stream: IO[str], text: str) -> None:
    stream.write(text)


def _emit(args: argparse.Namespace, write: Callable[[IO[str]], None]) -> None:
    if args.output is None:
        write(sys.stdout)
        return
    from ._io import open_target  # noqa: PLC0415

    newline = "" if args.format == "csv" else None
    with open_target(args.output, newline=newline) as stream:
        write(stream)


def _run_parse(args: argparse.Namespace) -> int:
    from . import serialize  # noqa: PLC0415

    timeline = _parse_inputs(args)
    fmt = args.format
    if fmt == "table":
        _emit(args, lambda s: _write_text(s, format_table(timeline)))
    elif fmt == "json":
        _emit(args, lambda s: _write_text(s, serialize.dumps(timeline, indent=2) + "\n"))
    elif fmt == "jsonl":

        def write_lines(stream: IO[str]) -> None:
            serialize.write_jsonl(stream, iter(timeline))

        _emit(args, write_lines)
    else:
        _emit(args, lambda s: _write_csv(s, timeline))
    return 0


# --------------------------------------------------------------------------------------------------
# dates


def _add_dates(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "dates",
        help="the temporal expressions of news texts, resolved",
        description="Print every temporal expression of one or more news texts with its TIMEX3 type and value, "
        "the interval it covers and why it resolved that way. With no FILE, read the built-in seed text.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text files to read ('-' reads standard input)")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date of the texts")
    p.add_argument("--order", choices=("newest first", "oldest first"), help="the texts are feeds in this order")
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table", help="output format")
    p.set_defaults(run=_run_dates)


def _mention_record(source: str, m: DateMention) -> dict[str, object]:
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


def _run_dates(args: argparse.Namespace) -> int:
    import json  # noqa: PLC0415

    from ._dates import find_dates  # noqa: PLC0415 - keep --help fast

    order = args.order if args.order is not None or args.files else "newest first"
    rows: list[dict[str, object]] = []
    for name, text in _read_inputs(args.files):
        mentions = find_dates(text, published=args.published, order=order)
        rows.extend(_mention_record(name, m) for m in mentions)
    if args.format == "table":
        sys.stdout.write(format_dates_table(rows))
    elif args.format == "json":
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return 0


# --------------------------------------------------------------------------------------------------


_SUBCOMMANDS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _add_dates,
    _add_parse,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``nato-timeline`` with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="nato-timeline",
        description="A typed, traceable timeline of NATO, Ukraine and Russia news (2024-2025).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 success, 1 library error, 2 usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return 2
    try:
        status: int = run(args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"nato-timeline: {exc}", file=sys.stderr)  # noqa: T201 - a command's error message
        return 1
    except TimelineError as exc:
        print(f"nato-timeline: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
