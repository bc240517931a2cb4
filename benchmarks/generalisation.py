"""The history of out-of-sample figures, read from ``benchmarks/scores.jsonl``.

Usage::

    python benchmarks/generalisation.py            # one line per blind part: first-seen -> latest look
    python benchmarks/generalisation.py --all      # every look of every blind part, in the file's order

A part counts as blind from its first row whose status starts with ``blind`` or ``first-seen`` (the statuses
the rows carry: ``blind first-seen (session start, before rule work)``, ``blind (session end, after rule
work)``, ``blind, ninth look (after-fix)``, ...). Rows of that part with a ``development`` status come after
it was opened for development and are left out: they no longer measure generalisation. For each blind part
the table gives its first row (the first-seen figure, the issues' record) and its latest blind row, for
the four headline measures: date value F1, statement attribution F1, statement date accuracy (with the
number of dated statements it is over) and events F1. Only this library's rows are read (``system``
``nato_ukraine_timeline``); peers and the agreement study are other systems.

The figures are only as good as the rows: each row names the commit it was scored at, and the file is
append-only, so a later look never replaces the first-seen one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

SCORES = Path(__file__).resolve().parent / "scores.jsonl"
SYSTEM = "nato_ukraine_timeline"
MEASURES = {"timexes": "value", "statements": "attr", "events": "events"}


def blind_rows(path: Path = SCORES) -> dict[str, list[dict[str, Any]]]:
    """Rows of this library on parts while they were blind, grouped by part, in the file's order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        status = str(row.get("status", ""))
        # the first rows, written before the file named systems, are all this library's
        if row.get("system", SYSTEM) != SYSTEM or not status.startswith(("blind", "first-seen")):
            continue
        out.setdefault(row["part"], []).append(row)
    return out


def figure(row: dict[str, Any]) -> str:
    """The headline figure of one row, as text ("-" for a figure an older row does not carry)."""
    if row["measure"] == "timexes":
        return _num(row.get("value_f1"))
    if row["measure"] == "statements":
        return f"{_num(row.get('attr_F1'))} / {_num(row.get('date_acc'))} ({row.get('dated', '-')})"
    return _num(row.get("F1"))


def _num(x: Any) -> str:
    return "-" if x is None else f"{float(x):.3f}"


def looks(rows: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, str]]]:
    """The looks at one part: (commit, status, {measure: figure}), one per scoring run."""
    out: list[tuple[str, str, dict[str, str]]] = []
    for row in rows:
        key = (row["commit"], row["status"])
        if not out or (out[-1][0], out[-1][1]) != key or row["measure"] in out[-1][2]:
            out.append((key[0], key[1], {}))
        out[-1][2][row["measure"]] = figure(row)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--all", action="store_true", help="every look, not only the first and the latest")
    ap.add_argument("--scores", type=Path, default=SCORES)
    args = ap.parse_args(argv)
    head = f"{'part':<10} {'commit':<8} {'value F1':>8}  {'attr F1 / stmt date acc (n)':<28} {'events':>6}  status"
    print(head)
    for part, rows in blind_rows(args.scores).items():
        seen = looks(rows)
        shown = seen if args.all else ([seen[0], seen[-1]] if len(seen) > 1 else seen)
        for commit, status, fig in shown:
            print(
                f"{part:<10} {commit:<8} {fig.get('timexes', '-'):>8}  {fig.get('statements', '-'):<28} "
                f"{fig.get('events', '-'):>6}  {status[:60]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
