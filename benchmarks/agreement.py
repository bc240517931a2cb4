"""How far two hand annotations of the same passages agree, with the project's own scorers.

Usage::

    python benchmarks/agreement.py GOLD_A GOLD_B            # B scored as if it were a system, against A
    python benchmarks/agreement.py GOLD_A GOLD_B --library  # and the library against A and against B

Both files are JSON Lines in the format of ``../shared/GOLD.md`` over the same passages (same ``id`` and
``text``): typically a development set and a second annotator's independent annotation of its passages.
Annotation B becomes three prediction files (timexes, statements, events) in the formats of ``../shared/eval``
and is scored against A by ``score.py``, ``score_statements.py`` and ``score_events.py``, as
``benchmarks/realnews.py`` scores the library. The figures size the measure's own noise: a system cannot be
expected to agree with one annotator more than a second annotator does, and the library's figure against A
beside its figure against B shows how much of a gap is the annotation's choice rather than a rule's miss.

Prints one JSON line per (system, measure) in ``realnews.py``'s format; ``system`` is ``second annotator``
(B against A), ``nato_ukraine_timeline vs A`` or ``nato_ukraine_timeline vs B``. Like the other benchmarks it
reads the data where it lies (outside the repository) and copies nothing into the repo.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realnews


def _docs(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def annotation_as_prediction(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The three prediction lines of one annotated passage: its own timexes, statements (located by their
    quote where they carry no offsets, as the scorer locates gold) and events."""
    text = doc["text"]
    timexes = [{k: t.get(k) for k in ("start", "end", "type", "value")} for t in doc.get("timexes", [])]
    statements = []
    for s in doc.get("statements", []):
        start, end = s.get("start"), s.get("end")
        if start is None:
            found = text.find(s.get("quote") or "\x00")
            start, end = (found, found + len(s["quote"])) if found >= 0 else (None, None)
        statements.append(
            {"speaker": s.get("speaker"), "start": start, "end": end, "direct": s.get("direct"), "date": s.get("date")}
        )
    events = [{k: e.get(k) for k in ("kind", "date", "location")} for e in doc.get("events", [])]
    return {
        "timexes": {"id": doc["id"], "timexes": timexes},
        "statements": {"id": doc["id"], "statements": statements},
        "events": {"id": doc["id"], "events": events},
    }


def score(gold_path: Path, rows: dict[str, list[dict[str, Any]]], out_dir: Path, label: str) -> dict[str, Any]:
    """Each scorer's final JSON object for ``rows`` (prediction lines by measure) against ``gold_path``."""
    docs = _docs(gold_path)
    results: dict[str, Any] = {}
    for name, script in realnews.SCORERS.items():
        pred_path = out_dir / f"{label}.{name}.jsonl"
        pred_path.write_text("".join(json.dumps(r) + "\n" for r in rows[name]), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(realnews.EVAL / script), str(gold_path), str(pred_path)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[name] = realnews.last_json(done.stdout)
    results["statements"].update(realnews.undated_given_a_date(docs, rows["statements"]))
    results["statements"].update(realnews.alias_attribution(docs, rows["statements"]))
    return results


def _rows(docs: list[dict[str, Any]], make: Any) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in realnews.SCORERS}
    for doc in docs:
        for name, row in make(doc).items():
            rows[name].append(row)
    return rows


def _same_passages(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[str]:
    """Ids whose text differs between the two files, or that only one has (problems to report, not skip)."""
    texts_a = {d["id"]: d["text"] for d in a}
    texts_b = {d["id"]: d["text"] for d in b}
    return sorted(i for i in texts_a.keys() | texts_b.keys() if texts_a.get(i) != texts_b.get(i))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_a", type=Path)
    parser.add_argument("gold_b", type=Path)
    parser.add_argument("--library", action="store_true", help="also score the library against A and against B")
    parser.add_argument("--part", default="", help="label for the part column (default: A's file name)")
    args = parser.parse_args(argv)
    a, b = _docs(args.gold_a), _docs(args.gold_b)
    differing = _same_passages(a, b)  # checked first: refusing bad input needs no scorer
    if differing:
        print(f"the two files disagree on the passages {', '.join(differing)} (text or presence)", file=sys.stderr)
        return 2
    if not realnews.EVAL.is_dir():
        print(f"no scorers at {realnews.EVAL}: nothing to score")
        return 0
    part = args.part or args.gold_a.stem
    out_dir = Path(tempfile.mkdtemp(prefix="agreement-"))
    runs = [("second annotator", args.gold_a, _rows(b, annotation_as_prediction))]
    if args.library:
        library = _rows(a, realnews.predict)
        runs += [
            ("nato_ukraine_timeline vs A", args.gold_a, library),
            ("nato_ukraine_timeline vs B", args.gold_b, library),
        ]
    for system, gold, rows in runs:
        for name, result in score(gold, rows, out_dir, system.replace(" ", "_")).items():
            print(json.dumps({"part": part, "system": system, "measure": name, **result}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
