"""The history of out-of-sample figures, read from ``benchmarks/scores.jsonl``.

Usage::

    python benchmarks/generalisation.py            # one line per blind part: first-seen -> latest look
    python benchmarks/generalisation.py --all      # every look of every blind part, in the file's order
    python benchmarks/generalisation.py --cohorts  # first-seen figures pooled per session-start commit

A part counts as blind from its first row whose status starts with ``blind`` or ``first-seen`` (the statuses
the rows carry: ``blind first-seen (session start, before rule work)``, ``blind (session end, after rule
work)``, ``blind, ninth look (after-fix)``, ...). Rows of that part with a ``development`` status come after
it was opened for development and are left out: they no longer measure generalisation. For each blind part
the table gives its first row (the first-seen figure, the issues' record) and its latest blind row, for
the four headline measures: date value F1, statement attribution F1, statement date accuracy (with the
number of dated statements it is over) and events F1. Only this library's rows are read (``system``
``nato_ukraine_timeline``); peers and the agreement study are other systems. Rows of a pool (a part named
``pooled-...``, the concatenation of parts scored on their own rows) are left out, so no passage counts twice.

``--cohorts`` pools the first-seen looks by the commit they were scored at: the blind sets built in one
session and scored with that session's start code form one cohort, and the cohorts in the file's order
show whether the code of successive sessions does better on text nobody had seen (the only figure here
that no session could tune). Pooling adds counts, not rates: a value or events F1 and its gold and
predicted counts give the matched count (``F1 * (gold + pred) / 2``), attribution recall times gold
gives the attributed statements, date accuracy times the dated statements the right dates. Where a part
also has a variant with canonical speaker names (``dev-g.canon``), its statement rows stand for the part.

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
        if row.get("measure") not in MEASURES:
            continue  # feeds rows (measure "feeds") have figures of their own: see feed_recall.py
        if str(row["part"]).startswith("pooled-"):
            continue  # a pool of parts that have rows of their own: counting it too would count them twice
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


def first_looks(blind: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Each blind part's first-seen rows (its first look), grouped by the commit they were scored at."""
    out: dict[str, list[dict[str, Any]]] = {}
    for part, rows in blind.items():
        first = (rows[0]["commit"], rows[0]["status"])
        for row in rows:
            if (row["commit"], row["status"]) != first:
                break
            if row["measure"] == "statements" and f"{part}.canon" in blind:
                continue  # the canonical-name variant's statement rows stand for the part
            out.setdefault(first[0], []).append(row)
    return out


def pooled(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Pooled headline figures of a cohort's rows, from counts (see the module's docstring)."""
    sums: dict[str, float] = {}

    def add(key: str, value: float) -> None:
        sums[key] = sums.get(key, 0.0) + value

    for row in rows:
        gold, pred = float(row.get("gold") or 0), float(row.get("pred") or 0)
        if row["measure"] == "timexes" and row.get("value_f1") is not None:
            add("v_tp", round(float(row["value_f1"]) * (gold + pred) / 2))
            add("v_n", gold + pred)
        elif row["measure"] == "statements" and row.get("attr_R") is not None:
            add("a_ok", round(float(row["attr_R"]) * gold))
            add("a_gold", gold)
            add("a_pred", pred)
            add("d_ok", round(float(row.get("date_acc") or 0) * float(row.get("dated") or 0)))
            add("d_n", float(row.get("dated") or 0))
        elif row["measure"] == "events" and row.get("F1") is not None:
            add("e_tp", round(float(row["F1"]) * (gold + pred) / 2))
            add("e_n", gold + pred)
    return _pooled_figures(sums)


def _pooled_figures(sums: dict[str, float]) -> dict[str, str]:
    def ratio(num: str, den: str) -> float | None:
        return sums[num] / sums[den] if sums.get(den) else None

    out = {"timexes": _num(2 * r if (r := ratio("v_tp", "v_n")) is not None else None)}
    p, r = ratio("a_ok", "a_pred"), ratio("a_ok", "a_gold")
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    out["statements"] = f"{_num(f1)} / {_num(ratio('d_ok', 'd_n'))} ({int(sums.get('d_n', 0))})"
    out["attribution"] = f"P {_num(p)} R {_num(r)} ({int(sums.get('a_ok', 0))}/{int(sums.get('a_gold', 0))})"
    out["events"] = _num(2 * e if (e := ratio("e_tp", "e_n")) is not None else None)
    return out


def print_cohorts(blind: dict[str, list[dict[str, Any]]]) -> None:
    """One line per cohort: its commit, its parts and their pooled first-seen figures."""
    print(f"{'commit':<8} {'value F1':>8}  {'attr F1 / stmt date acc (n)':<28} {'events':>6}  attribution  parts")
    for commit, rows in first_looks(blind).items():
        fig = pooled(rows)
        parts = sorted({str(r["part"]).removesuffix(".canon") for r in rows}, key=lambda x: (len(x), x))
        print(
            f"{commit:<8} {fig['timexes']:>8}  {fig['statements']:<28} {fig['events']:>6}  "
            f"{fig['attribution']}  {' '.join(parts)}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--all", action="store_true", help="every look, not only the first and the latest")
    ap.add_argument("--cohorts", action="store_true", help="first-seen figures pooled per scoring commit")
    ap.add_argument("--scores", type=Path, default=SCORES)
    args = ap.parse_args(argv)
    if args.cohorts:
        print_cohorts(blind_rows(args.scores))
        return 0
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
