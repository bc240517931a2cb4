"""The repository holds only text we wrote: no line of code, test or docs repeats a real passage.

The real development passages (``../shared/data/realnews/dev-a,b,c``) are read at run time and never
copied into the repository; rule examples and tests are synthetic sentences written for them. This test
fails when a line of ``src``, ``tests``, ``docs`` or the CHANGELOG shares a run of ``RUN`` words with a
real passage (the blind part is not read here). Skipped where ``../shared`` is absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Final

import pytest

ROOT: Final = Path(__file__).resolve().parents[1]
REALNEWS: Final = ROOT.parent / "shared" / "data" / "realnews"
PARTS: Final = ("dev-a", "dev-b", "dev-c")
RUN: Final = 10  # words in a row: stock phrases of the story stay shorter than this
_WORD: Final = re.compile(r"[a-z0-9']+")
_QUOTES: Final = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SKIP_SUFFIXES: Final = (".jsonl", ".tsv", ".toml", ".json", ".png", ".pyc")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_QUOTES).lower())


def _real_runs() -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for part in PARTS:
        for line in (REALNEWS / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                words = _words(json.loads(line)["text"])
                runs.update(tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    return runs


def _our_files() -> list[Path]:
    files = [ROOT / "CHANGELOG.md", ROOT / "README.md"]
    for folder in ("src", "tests", "docs", "benchmarks", "fuzz"):
        files.extend(p for p in (ROOT / folder).rglob("*") if p.is_file() and not p.name.endswith(_SKIP_SUFFIXES))
    # the built-in example is the seed text the project was created from, shipped on purpose
    return [p for p in files if "examples" not in p.parts and "__pycache__" not in p.parts]


@pytest.mark.skipif(not all((REALNEWS / f"{p}.jsonl").is_file() for p in PARTS), reason="../shared not found")
def test_no_line_repeats_a_real_passage() -> None:
    runs = _real_runs()
    assert runs
    found = []
    for path in _our_files():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            continue
        for n, line in enumerate(lines, 1):
            words = _words(line)
            if any(tuple(words[i : i + RUN]) in runs for i in range(len(words) - RUN + 1)):
                found.append(f"{path.relative_to(ROOT)}:{n}")
    assert not found, f"lines repeating {RUN} words of a real passage: {found}"


def test_the_check_finds_a_copied_run() -> None:
    """The run test itself: a line that repeats RUN words in a row is caught, a shorter run is not."""
    source = "one two three four five six seven eight nine ten eleven"
    runs = {tuple(_words(source)[i : i + RUN]) for i in range(len(_words(source)) - RUN + 1)}
    copied = _words("so: one two three four five six seven eight nine ten!")
    short = _words("one two three four five six seven eight nine")
    assert any(tuple(copied[i : i + RUN]) in runs for i in range(len(copied) - RUN + 1))
    assert not any(tuple(short[i : i + RUN]) in runs for i in range(len(short) - RUN + 1))
