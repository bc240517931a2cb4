"""Measurements that need a fresh process: peak memory (ru_maxrss) and process-pool runs.

Run as ``python benchmarks/_child.py TASK [ARGS...]``; prints one JSON object on stdout. ``run.py``
starts it; it is not meant to be run by hand.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import resource
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator


def _rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load_docs(path: str) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def task_parse(corpus: str, repeat: str = "1") -> dict[str, Any]:
    """Parse every document of a JSON Lines corpus in this process; time and peak memory."""
    from nato_ukraine_timeline import parse

    docs = _load_docs(corpus)
    parse("NATO said on Monday.")  # load the tables before timing
    baseline = _rss_mb()
    chars = 0
    items = 0
    start = time.perf_counter()
    for _ in range(int(repeat)):
        for doc in docs:
            published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
            timeline = parse(doc["text"], published=published)
            chars += len(doc["text"])
            items += len(timeline)
    seconds = time.perf_counter() - start
    return {"chars": chars, "seconds": seconds, "items": items, "rss_mb": _rss_mb(), "baseline_mb": baseline}


def task_parse_many(corpus: str, n_docs: str, workers: str, chunksize: str) -> dict[str, Any]:
    """``parse_many`` over ``n_docs`` documents (the corpus cycled), with ``workers`` processes."""
    from nato_ukraine_timeline import parse_many

    docs = list(itertools.islice(itertools.cycle(_load_docs(corpus)), int(n_docs)))
    chars = sum(len(d["text"]) for d in docs)
    cpu, children = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    start = time.perf_counter()
    items = sum(len(t) for t in parse_many(docs, workers=int(workers), chunksize=int(chunksize)))
    seconds = time.perf_counter() - start
    return {
        "docs": len(docs),
        "chars": chars,
        "seconds": seconds,
        "items": items,
        "rss_mb": _rss_mb(),
        "main_cpu": time.process_time() - cpu,
        # forked workers are children of this process (forkserver ones are not: then 0)
        "workers_cpu": resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - children,
    }


def _statement_pool(size: int) -> list[Any]:
    """``size`` distinct, realistic statements (speaker, quote, date, medium, source)."""
    from nato_ukraine_timeline import Actor, ActorKind, DateValue, Role, Source, Span, Statement

    rutte = Actor(
        id="mark-rutte",
        name="Mark Rutte",
        kind=ActorKind.PERSON,
        aliases=("Rutte",),
        roles=(Role(title="Secretary General", organisation="NATO", start=dt.date(2024, 10, 1)),),
        wikidata="Q57792",
    )
    zelensky = Actor(
        id="volodymyr-zelensky",
        name="Volodymyr Zelensky",
        kind=ActorKind.PERSON,
        aliases=("Zelenskyy", "Zelenskiy"),
        wikidata="Q3881",
    )
    pool = []
    for i in range(size):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i % 731)
        pool.append(
            Statement(
                speaker=(rutte, zelensky)[i % 2],
                text=f"We will continue to support Ukraine for as long as it takes, item {i}, \u201cquoted\u201d.",
                direct=bool(i % 3),
                span=Span(start=100 * i, end=100 * i + 80),
                when=DateValue.from_timex(day.isoformat()),
                medium=("X", "press conference", None)[i % 3],
                addressees=("journalists",) if i % 5 == 0 else (),
                source=Source(id=f"https://news.example/{i}", outlet="Example News", published=day),
            )
        )
    return pool


def _statements(n: int) -> Iterator[Any]:
    return itertools.islice(itertools.cycle(_statement_pool(1000)), n)


def task_jsonl_write(n: str, path: str) -> dict[str, Any]:
    """Stream ``n`` statements to a JSON Lines file."""
    from nato_ukraine_timeline.serialize import write_jsonl

    items = _statements(int(n))
    baseline = _rss_mb()
    start = time.perf_counter()
    written = write_jsonl(items, path)
    seconds = time.perf_counter() - start
    size = Path(path).stat().st_size
    return {"items": written, "seconds": seconds, "bytes": size, "rss_mb": _rss_mb(), "baseline_mb": baseline}


def task_jsonl_read(path: str) -> dict[str, Any]:
    """Read a JSON Lines file of statements back, one object at a time."""
    from nato_ukraine_timeline import Statement
    from nato_ukraine_timeline.serialize import iter_jsonl

    baseline = _rss_mb()
    start = time.perf_counter()
    count = 0
    for item in iter_jsonl(path, Statement):
        count += isinstance(item, Statement)
    seconds = time.perf_counter() - start
    return {"items": count, "seconds": seconds, "rss_mb": _rss_mb(), "baseline_mb": baseline}


def task_modules() -> dict[str, Any]:
    """Which heavy optional modules ``import nato_ukraine_timeline`` pulls in."""
    import nato_ukraine_timeline  # noqa: F401

    heavy = ("pandas", "numpy", "dask", "distributed", "dateparser", "regex")
    return {"heavy_loaded": [m for m in heavy if m in sys.modules], "modules": len(sys.modules)}


WORST_CASES = {
    "spaces": lambda n: " " * n,
    "newlines": lambda n: "\n" * n,
    "dots": lambda n: "." * n,
    "curly quotes": lambda n: "\u201c" * n,
    "unclosed quote": lambda n: '"' + "Rutte said " * (n // 11),
    "Jan. Jan.": lambda n: "Jan. " * (n // 5),
}


def task_worst(family: str, size: str) -> dict[str, Any]:
    """CPU seconds of find_dates and parse on ``size`` characters of one adversarial family."""
    from nato_ukraine_timeline import find_dates, parse

    text = WORST_CASES[family](int(size))
    published = dt.date(2025, 2, 18)
    out: dict[str, Any] = {"chars": len(text)}
    for name, func in (("find_dates", find_dates), ("parse", parse)):
        func(text[:100], published=published)
        start = time.process_time()
        func(text, published=published)
        out[name] = time.process_time() - start
    return out


TASKS = {
    "parse": task_parse,
    "parse-many": task_parse_many,
    "jsonl-write": task_jsonl_write,
    "jsonl-read": task_jsonl_read,
    "modules": task_modules,
    "worst": task_worst,
}

if __name__ == "__main__":
    result = TASKS[sys.argv[1]](*sys.argv[2:])
    sys.stdout.write(json.dumps(result) + "\n")
