"""Speed and memory of ``parse`` (or ``find_dates``) on large and adversarial input (issue 10 item 3).

    python benchmarks/scale.py families [--size 100000] [--only parse] [--cap 30]
    python benchmarks/scale.py document --mb 1          # one natural document, fresh process
    python benchmarks/scale.py document --mb 10

``families``: every adversarial family of ``tests/test_scale.py`` and ``tests/test_dates_linear.py``,
the fuzz harness's three text families (grid phrasings, random tokens, mutated real text, each
concatenated to the size) and ``"Jan. " * 20000``, each at ``--size`` characters; prints KB/s (a run
longer than ``--cap`` seconds is stopped and shown as below the rate it would need).
``document``: the packaged seed and the real-news development passages (``dev-a`` .. ``dev-c``, never
``dev-d``; read at run time) concatenated and repeated to ``--mb`` megabytes, parsed once; prints the
time and the peak resident memory of the process (``resource.getrusage``). Run each size in its own
process so the peak is that document's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import signal
import sys
import time
from importlib.resources import files
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT.parent / "shared" / "data" / "realnews"
PUBLISHED = dt.date(2025, 2, 18)


def _natural(size: int) -> str:
    parts = [(files("nato_ukraine_timeline") / "data" / "examples" / "seed.txt").read_text(encoding="utf-8")]
    for part in ("dev-a", "dev-b", "dev-c"):  # never dev-d: it is blind
        path = REALNEWS / f"{part}.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as lines:
                parts += [json.loads(line)["text"] for line in lines if line.strip()]
    block = "\n\n".join(parts)
    return (block * (size // len(block) + 1))[:size]


def _families(size: int) -> dict[str, str]:
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]
    from fuzz import targets

    import test_dates_linear
    import test_scale

    out: dict[str, str] = {"Jan. * 20000": "Jan. " * 20000}
    out.update({f"scale:{k}": make(size) for k, make in test_scale.ADVERSARIAL.items()})
    out.update({f"linear:{k}": make(size) for k, make in test_dates_linear.FAMILIES.items()})
    out.update({f"linear:{k}": make(size) for k, make in test_dates_linear.DENSE.items()})
    rng = random.Random(10)  # noqa: S311 - reproducible inputs, not secrets
    reals = targets.real_texts()
    makers: dict[str, Any] = {
        "grid": lambda: targets.grid_phrase(rng),
        "random": lambda: targets.random_text(rng),
        "real": lambda: targets.mutated_text(rng, rng.choice(reals)),
    }
    for name, make in makers.items():
        if name == "real" and not reals:
            continue
        chunks: list[str] = []
        total = 0
        while total < size:
            chunk = make()
            chunks.append(chunk)
            total += len(chunk) + 1
        if chunks:
            out[f"fuzz:{name}"] = "\n".join(chunks)[:size]
    return out


class _Stop(Exception):  # noqa: N818 - a signal, not an error
    pass


def _alarm(*_: object) -> None:
    raise _Stop


def families(args: argparse.Namespace) -> None:
    import nato_ukraine_timeline as ntl

    funcs = {"find_dates": ntl.find_dates, "parse": ntl.parse}
    signal.signal(signal.SIGALRM, _alarm)
    texts = _families(args.size)
    for name in [args.only] if args.only else list(funcs):
        func = funcs[name]
        func("NATO said on Monday.", published=PUBLISHED)
        for family, text in texts.items():
            if args.match and args.match not in family:
                continue
            signal.alarm(args.cap)
            t0 = time.process_time()
            try:
                func(text, published=PUBLISHED)
                elapsed = time.process_time() - t0
                rate = f"{len(text) / 1000 / elapsed:8.0f}"
            except _Stop:
                elapsed = time.process_time() - t0
                rate = f"<{len(text) / 1000 / elapsed:7.1f}"
            finally:
                signal.alarm(0)
            print(f"{name:10} {family:32} {len(text):8} chars {elapsed:7.2f} s CPU {rate} KB/s", flush=True)


def document(args: argparse.Namespace) -> None:
    import nato_ukraine_timeline as ntl

    text = _natural(int(args.mb * 1_000_000))
    ntl.parse("NATO said on Monday.", published=PUBLISHED)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0, c0 = time.perf_counter(), time.process_time()
    timeline = ntl.parse(text, published=PUBLISHED)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"parse {len(text):,} chars: {elapsed:.2f} s wall, {cpu:.2f} s CPU ({len(text) / 1000 / cpu:.0f} KB/s), "
        f"{len(timeline.statements)} statements, {len(timeline.events)} events, "
        f"peak RSS {peak / 1024:.0f} MB (before parse {before / 1024:.0f} MB)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    fam = sub.add_parser("families")
    fam.add_argument("--size", type=int, default=100_000)
    fam.add_argument("--only", choices=("find_dates", "parse"))
    fam.add_argument("--match", help="only families whose name contains this")
    fam.add_argument("--cap", type=int, default=30, help="seconds before a run is stopped")
    doc = sub.add_parser("document")
    doc.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args(argv)
    families(args) if args.command == "families" else document(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
