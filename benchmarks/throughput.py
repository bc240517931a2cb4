"""CPU-time throughput of ``parse`` and ``find_dates`` on natural text (issue 9's and issue 8's targets).

    python benchmarks/throughput.py                      # both, this tree
    python benchmarks/throughput.py --only parse --docs 150 --repeat 3

The corpus: the first ``--docs`` TempEval-3 training documents (``../shared/data/tempeval3``, read at run
time), each with its publication date, plus the packaged seed ``--seed`` times (no publication date: it
is read as a feed). Each function runs over the whole corpus ``--repeat`` times; the best run's CPU time
(``time.process_time``, one core) gives KB/s. Deterministic input; compare trees back to back
(``PYTHONPATH=<tree>/src``), as the machine's load moves absolute figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from importlib.resources import files
from pathlib import Path

DEFAULT_TE3 = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3" / "te3_train.jsonl"


def corpus(path: Path, docs: int, seeds: int) -> list[tuple[str, dt.date | None]]:
    """(text, publication date) of the documents measured, in a fixed order."""
    out: list[tuple[str, dt.date | None]] = []
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()][:docs]
        out = [(r["text"], dt.date.fromisoformat(r["published"]) if r.get("published") else None) for r in records]
    seed = (files("nato_ukraine_timeline") / "data" / "examples" / "seed.txt").read_text(encoding="utf-8")
    return out + [(seed, None)] * seeds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tempeval3", type=Path, default=DEFAULT_TE3)
    parser.add_argument("--docs", type=int, default=150, help="TempEval-3 documents (150)")
    parser.add_argument("--seed", type=int, default=10, help="copies of the seed (10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest counts (3)")
    parser.add_argument("--only", choices=("find_dates", "parse"))
    args = parser.parse_args(argv)

    import nato_ukraine_timeline as ntl

    docs = corpus(args.tempeval3, args.docs, args.seed)
    chars = sum(len(text) for text, _ in docs)
    for name in ("parse", "find_dates"):
        if args.only and args.only != name:
            continue
        func = getattr(ntl, name)
        func("NATO said on Monday.", published=dt.date(2024, 10, 3))  # tables and patterns: not timed
        best = float("inf")
        for _ in range(args.repeat):
            start = time.process_time()
            for text, published in docs:
                func(text, published=published)
            best = min(best, time.process_time() - start)
        print(f"{name:10} {len(docs)} documents, {chars:,} chars: {best:.3f} s CPU, {chars / best / 1000:,.0f} KB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
