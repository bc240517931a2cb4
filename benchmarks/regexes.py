"""CPU time of each regular expression of the package in ``parse`` over throughput.py's corpus: which patterns the
time goes to, where stages.py says only which functions.

    python benchmarks/regexes.py                 # the 40 costliest patterns
    python benchmarks/regexes.py --top 80 --repeat 1

Before the package is imported, ``re.compile`` (and the module functions ``re.search``, ``re.match``,
``re.fullmatch``, ``re.finditer``, ``re.findall``, ``re.sub``, ``re.split``, which compile through the same
wrapper) is replaced by one that returns the compiled pattern inside a recorder: each call of ``search``,
``match``, ``fullmatch``, ``findall``, ``sub``, ``split`` and each step of a ``finditer`` (the scan up to the next
match) is timed with ``time.process_time``. A pattern is named by where the package compiled it (file and line;
for a module function, where it was first called) and its first characters. The corpus is parsed once to build
the tables (not timed), then ``--repeat`` times; the fastest run's figures are printed.

A recorded call costs about a microsecond more than the call itself (two clock readings and the wrapper): a
pattern called many times for little (an anchored ``match`` per sentence: 2,500 calls over this corpus) shows
about 2.5 ms of it; the ``calls`` column says how much to take off. The same ``parse`` output either way (the
recorder only times; tests/test_regexes_benchmark.py checks it on a synthetic text).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from throughput import DEFAULT_TE3, corpus

_COMPILE = re.compile
_FUNCTIONS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
_REAL = {name: getattr(re, name) for name in ("compile", *_FUNCTIONS)}


class Recorder:
    """The time and calls of each pattern compiled while :meth:`install` is in force."""

    def __init__(self) -> None:
        self.spent: Counter[tuple[str, str]] = Counter()
        self.calls: Counter[tuple[str, str]] = Counter()
        self._by_source: dict[tuple[Any, int], Any] = {}

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """The pattern compiled, timed where the package compiles it (the first caller of a source decides)."""
        key = (pattern, flags)
        found = self._by_source.get(key)
        if found is None:
            compiled = _COMPILE(pattern, flags)
            where = _caller() if isinstance(pattern, str) else None
            found = self._by_source[key] = compiled if where is None else _Timed(compiled, (where, pattern[:60]), self)
        return found

    def install(self) -> None:
        re.compile = self.compile  # type: ignore[assignment]
        for name in _FUNCTIONS:
            setattr(re, name, _module_function(self, name))

    @staticmethod
    def uninstall() -> None:
        for name, func in _REAL.items():
            setattr(re, name, func)


def _module_function(recorder: Recorder, name: str) -> Any:
    def call(pattern: Any, *args: Any, **kwargs: Any) -> Any:
        flags = kwargs.pop("flags", 0)
        if name == "sub" and len(args) > 3:  # sub(pattern, repl, string, count, flags)
            flags = args[3]
            args = args[:3]
        elif name == "split" and len(args) > 2:  # split(pattern, string, maxsplit, flags)
            flags = args[2]
            args = args[:2]
        elif name not in ("sub", "split") and len(args) > 1:  # search(pattern, string, flags)
            flags = args[1]
            args = args[:1]
        if isinstance(pattern, _Timed):
            return getattr(pattern, name)(*args, **kwargs)
        return getattr(recorder.compile(pattern, flags), name)(*args, **kwargs)

    return call


def _caller() -> str | None:
    """Where the package asked for the pattern (file:line), or None when no frame of the package did."""
    frame = sys._getframe(2)  # noqa: SLF001 - the caller's frame
    while frame is not None and frame.f_code.co_filename != __file__:
        name = frame.f_code.co_filename
        if "nato_ukraine_timeline" in name:
            return f"{name.split('nato_ukraine_timeline/')[-1]}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return None


class _Timed:
    """A compiled pattern whose calls are timed (every other attribute is the pattern's own)."""

    __slots__ = ("_key", "_pattern", "_recorder")

    def __init__(self, pattern: re.Pattern[str], key: tuple[str, str], recorder: Recorder) -> None:
        self._pattern, self._key, self._recorder = pattern, key, recorder

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def _timed(self, name: str, *args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        out = getattr(self._pattern, name)(*args, **kwargs)
        self._recorder.spent[self._key] += time.process_time() - start
        self._recorder.calls[self._key] += 1
        return out

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("search", *args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("match", *args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("fullmatch", *args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("findall", *args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("sub", *args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._timed("split", *args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        matches = self._timed("finditer", *args, **kwargs)
        spent, key = self._recorder.spent, self._key
        while True:
            start = time.process_time()
            m = next(matches, None)
            spent[key] += time.process_time() - start
            if m is None:
                return
            yield m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tempeval3", default=DEFAULT_TE3)
    parser.add_argument("--docs", type=int, default=150, help="TempEval-3 documents (150)")
    parser.add_argument("--seed", type=int, default=10, help="copies of the seed (10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest counts (3)")
    parser.add_argument("--top", type=int, default=40, help="patterns printed (40)")
    args = parser.parse_args(argv)
    if "nato_ukraine_timeline" in sys.modules:
        parser.error("the package is imported already: its patterns would not be recorded")

    recorder = Recorder()
    recorder.install()
    import nato_ukraine_timeline as ntl  # after the recorder: its patterns are compiled through it

    docs = corpus(Path(args.tempeval3), args.docs, args.seed)
    for text, published in docs:  # tables and patterns: not timed
        ntl.parse(text, published=published)
    best: tuple[float, Counter[tuple[str, str]], Counter[tuple[str, str]]] | None = None
    for _ in range(args.repeat):
        recorder.spent.clear()
        recorder.calls.clear()
        start = time.process_time()
        for text, published in docs:
            ntl.parse(text, published=published)
        total = time.process_time() - start
        if best is None or total < best[0]:
            best = (total, Counter(recorder.spent), Counter(recorder.calls))
    recorder.uninstall()
    if best is None:
        return 1
    total, spent, calls = best
    chars = sum(len(text) for text, _ in docs)
    regex = sum(spent.values())
    print(
        f"parse      {len(docs)} documents, {chars:,} chars: {total * 1000:,.0f} ms CPU (recorder included), "
        f"{regex * 1000:,.0f} ms ({100 * regex / max(total, 1e-9):.0f}%) in {len(spent)} patterns"
    )
    print("      ms      %    calls  where                              pattern")
    for key, seconds in spent.most_common(args.top):
        where, head = key
        print(f"{seconds * 1000:8.1f} {100 * seconds / total:5.1f}% {calls[key]:8d}  {where:34s} {head!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
