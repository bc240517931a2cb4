"""The long fuzz run: ``python -m fuzz --inputs 1000000`` (from the repository root, with the package
importable: ``PYTHONPATH=src``).

One process (run it at low priority: ``nice -n 19 python -m fuzz ...``). Each input is a text (grid
phrasing, mutated real text, random) given to ``find_dates`` and, one time in ``--parse-every``, to
``parse`` with drawn options, or a mutated document given to the loaders. Each distinct problem (same
target, exception class and place, or same broken invariant) is reported once with its first input
and how often it occurred. Progress goes to stderr every ``--report`` seconds; the summary, also
written as JSON with ``--json``, at the end or on Ctrl-C. Exit status 1 if anything was found.

``--atheris`` runs the same checks under atheris's coverage-guided engine instead (where the optional
``atheris`` package installs; the command says so and exits 0 when it is missing).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from . import targets


def _signature(problem: str) -> str:
    """A problem without its particulars (numbers, quoted values), to count one bug once."""
    return re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "_", problem)[:300]


class _Findings:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, dict[str, Any]] = {}

    def add(self, problems: list[str], target: str, data: object, opts: dict[str, Any]) -> None:
        for problem in problems:
            key = _signature(problem)
            self.counts[key] += 1
            if key not in self.first:
                example = {"target": target, "problem": problem, "input": repr(data)[:600], "options": repr(opts)}
                self.first[key] = example
                print(f"\nNEW {problem}\n    input={example['input'][:300]} options={opts!r}", file=sys.stderr)

    def summary(self, tried: Counter[str], elapsed: float) -> dict[str, Any]:
        exceptions = {k: n for k, n in self.counts.items() if k.startswith(("exception", "timeout"))}
        invariants = {k: n for k, n in self.counts.items() if k not in exceptions}
        return {
            "inputs": sum(tried.values()),
            "by_family": dict(tried),
            "seconds": round(elapsed, 1),
            "exceptions": sum(exceptions.values()),
            "broken_invariants": sum(invariants.values()),
            "distinct": [{**self.first[k], "count": n} for k, n in self.counts.most_common()],
        }


def _on_alarm(_signum: int, _frame: object) -> None:
    raise targets.Timeout


def _draw(rng: random.Random, args: argparse.Namespace, reals: list[str], i: int) -> tuple[str, Any, dict[str, Any]]:
    """Input number ``i``: (family, data, options). Only drawing uses ``rng``, so a run can be replayed."""
    if i % args.loader_every == 0:
        kind, data = targets.loader_input(rng)
        return f"loader-{kind}", data, {}
    family, text = targets.text_input(rng, reals)
    return family, text, targets.options(rng)


def _check(
    family: str, data: Any, opts: dict[str, Any], *, args: argparse.Namespace, tmp: Path, i: int
) -> tuple[list[str], str]:
    """The problems input ``i`` shows, and the target(s) it went to."""
    if family.startswith("loader-"):
        kind = family.removeprefix("loader-")
        return targets.check_loader(kind, data, tmp), f"loader {kind}"
    problems = targets.check_find_dates(data, opts)
    if i % args.parse_every == 0:
        return problems + targets.check_parse(data, opts), "find_dates+parse"
    return problems, "find_dates"


def run(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    reals = [] if args.no_real else targets.real_texts(folder=Path(args.realnews))
    print(f"fuzz: seed {args.seed}, {len(reals)} real texts, {args.inputs} inputs", file=sys.stderr)
    findings = _Findings()
    tried: Counter[str] = Counter()
    signal.signal(signal.SIGPROF, _on_alarm)  # CPU time: a run at nice 19 on a busy machine is not slow
    # Ctrl-C or kill (SIGTERM) end the run with its summary; a background job may inherit SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    start = last = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        tmp = Path(folder) / "input"
        try:
            for i in range(args.inputs):
                family, data, opts = _draw(rng, args, reals, i)
                if args.replay is not None and i < args.replay:
                    continue
                signal.setitimer(signal.ITIMER_PROF, args.timeout)
                try:
                    problems, target = _check(family, data, opts, args=args, tmp=tmp, i=i)
                except targets.Timeout:
                    problems, target = [f"timeout > {args.timeout}s (input {i})"], family
                finally:
                    signal.setitimer(signal.ITIMER_PROF, 0)
                if args.replay is not None:
                    print(f"input {i} ({family}): {data!r}\noptions: {opts!r}\nproblems: {problems}")
                    return 1 if problems else 0
                tried[family] += 1
                findings.add(problems, target, data, opts)
                if time.monotonic() - last > args.report:
                    last = time.monotonic()
                    done = sum(tried.values())
                    print(
                        f"fuzz: {done} inputs, {done / (last - start):.0f}/s, {sum(findings.counts.values())} problems "
                        f"({len(findings.counts)} distinct)",
                        file=sys.stderr,
                        flush=True,
                    )
        except KeyboardInterrupt:
            print("fuzz: interrupted", file=sys.stderr)
    summary = findings.summary(tried, time.monotonic() - start)
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 1 if summary["exceptions"] or summary["broken_invariants"] else 0


def run_atheris(args: argparse.Namespace) -> int:
    try:
        import atheris  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        print("fuzz: atheris is not installed (pip install atheris); nothing to do", file=sys.stderr)
        return 0
    reals = [] if args.no_real else targets.real_texts(folder=Path(args.realnews))

    def one_input(data: bytes) -> None:
        rng = random.Random(data)
        text = data.decode("utf-8", "replace") if rng.random() < 0.5 else targets.text_input(rng, reals)[1]
        problems = targets.check_find_dates(text, targets.options(rng)) + targets.check_parse(text, {})
        problems += targets.check_loader("json", data)
        if problems:
            raise AssertionError("; ".join(problems))

    atheris.instrument_all()  # coverage feedback from every loaded module (the library is imported already)
    atheris.Setup([sys.argv[0], f"-runs={args.inputs}"], one_input)
    atheris.Fuzz()
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n\n")[0])
    p.add_argument("--inputs", type=int, default=10_000, help="how many inputs to try (default 10000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (a run is reproducible from it)")
    p.add_argument("--parse-every", type=int, default=4, metavar="N", help="also parse every Nth text (default 4)")
    p.add_argument("--loader-every", type=int, default=10, metavar="N", help="every Nth input is for the loaders")
    p.add_argument("--timeout", type=float, default=20.0, help="CPU seconds one input may take (default 20)")
    p.add_argument("--report", type=float, default=60.0, help="seconds between progress lines (default 60)")
    p.add_argument("--no-real", action="store_true", help="do not read the real-news texts")
    p.add_argument(
        "--realnews",
        default=str(targets.REALNEWS),
        metavar="DIR",
        help="folder of dev-a..c.jsonl (default: ../shared/data/realnews beside the repository)",
    )
    p.add_argument("--json", metavar="FILE", help="also write the summary to FILE")
    p.add_argument("--atheris", action="store_true", help="coverage-guided, with atheris (optional)")
    p.add_argument(
        "--replay", type=int, metavar="I", help="regenerate input number I of a run (same --seed), run it, print it"
    )
    args = p.parse_args(argv)
    return run_atheris(args) if args.atheris else run(args)


if __name__ == "__main__":
    sys.exit(main())
