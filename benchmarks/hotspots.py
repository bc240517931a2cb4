"""Where the time goes: cProfile of ``find_dates`` and ``parse`` over the TempEval-3 corpus.

    python benchmarks/hotspots.py                 # top 25 functions by own time, for both
    python benchmarks/hotspots.py --only parse --top 40 --sort cumulative

Falls back to the built-in seed when the corpus is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import pstats
from importlib.resources import files
from pathlib import Path

DEFAULT_TE3 = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3" / "te3_train.jsonl"


def _docs(path: Path) -> list[tuple[str, dt.date | None]]:
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        return [(r["text"], dt.date.fromisoformat(r["published"]) if r.get("published") else None) for r in records]
    seed = (files("nato_ukraine_timeline") / "data" / "examples" / "seed.txt").read_text(encoding="utf-8")
    return [(seed, None)] * 20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tempeval3", type=Path, default=DEFAULT_TE3)
    parser.add_argument("--only", choices=("find_dates", "parse"), help="profile one function only")
    parser.add_argument("--top", type=int, default=25, help="functions to show")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative, ncalls)")
    args = parser.parse_args(argv)

    from nato_ukraine_timeline import find_dates, parse

    docs = _docs(args.tempeval3)
    chars = sum(len(text) for text, _ in docs)
    for name, func in (("find_dates", find_dates), ("parse", parse)):
        if args.only and args.only != name:
            continue
        func("NATO said on Monday.", published=dt.date(2024, 10, 3))  # tables and patterns: not profiled
        profiler = cProfile.Profile()
        profiler.enable()
        for text, published in docs:
            func(text, published=published)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        total = stats.total_tt  # type: ignore[attr-defined]
        print(f"== {name}: {len(docs)} documents, {chars:,} chars, {total:.2f} s under the profiler")
        stats.sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
