"""The repository holds only text we wrote: no file of code, tests, data or docs repeats a real passage.

The real development passages (``../shared/data/realnews/dev-a,b,c``) are read at run time and never
copied into the repository; rule examples, docs and the synthetic test sets are sentences written for them.
This test fails when a file shares a run of ``RUN`` words in a row with a real passage (the blind parts are
not read here). A file is read whole, so a run that a line break, a wrapped string literal or a JSON field
splits is still one run; JSON escapes (``\\n``, ``\\u201c``) are read as the characters they stand for.
Every text file under the repository's folders is read, ``.jsonl``, ``.tsv`` and ``.toml`` included; only
binary files and the packaged seed example (the text the project was created from, shipped on purpose) are
skipped. The proper names of ``NAMES`` are not our wording to change: they count as no words, so a run can
not go through them (the words before and after a name are still checked). Skipped where ``../shared`` is
absent.
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
RUN: Final = 9  # words in a row: a copied clause is longer, a stock phrase of the story shorter
# Proper names and stock titles that real passages and our synthetic ones both have to use; a run through
# one is not a copy of wording. Keep this list to names: a sentence is never added here, it is rewritten.
NAMES: Final = (
    "General Staff of the Armed Forces of Ukraine",
    "Ukraine Defense Contact Group",
    "Ramstein Air Base",
)
_WORD: Final = re.compile(r"[a-z0-9']+")
_QUOTES: Final = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_UNICODE_ESCAPE: Final = re.compile(r"\\u([0-9a-fA-F]{4})")
_BREAK_ESCAPE: Final = re.compile(r"\\[nrt]")
_NAME: Final = re.compile("|".join(r"\s+".join(map(re.escape, n.split())) for n in NAMES), re.IGNORECASE)
_FOLDERS: Final = ("src", "tests", "docs", "benchmarks", "fuzz", "seeds", ".ci")
_SKIP_DIRS: Final = frozenset({"__pycache__", ".pytest_cache", ".hypothesis", "_build"})
_SEED_EXAMPLE: Final = ROOT / "src" / "nato_ukraine_timeline" / "data" / "examples"
_CUT: Final = "\0"  # where a name was: no run goes through it


def _words(text: str) -> list[str]:
    """The words of a text, lower-cased, apostrophes around a word (quotation marks) dropped."""
    words = (w.strip("'") for w in _WORD.findall(text.translate(_QUOTES).lower()))
    return [w for w in words if w]


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)]


def _real_runs() -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for part in PARTS:
        for line in (REALNEWS / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                runs.update(_runs(_words(json.loads(line)["text"])))
    return runs


def _readable(text: str) -> str:
    """The text with escapes read and each proper name of ``NAMES`` replaced by a break in the run."""
    text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return _NAME.sub(_CUT, _BREAK_ESCAPE.sub(" ", text))


def _our_words(text: str) -> list[list[str]]:
    """The stretches of words a run may not cross: split at each name of ``NAMES``."""
    return [_words(part) for part in _readable(text).split(_CUT)]


def _our_files() -> list[Path]:
    files = [p for p in ROOT.iterdir() if p.is_file()]
    for folder in _FOLDERS:
        files.extend(p for p in (ROOT / folder).rglob("*") if p.is_file())
    # the packaged seed example is the text the project was created from, shipped on purpose
    return [p for p in files if not _SKIP_DIRS.intersection(p.parts) and _SEED_EXAMPLE not in p.parents]


def _copied(text: str, runs: set[tuple[str, ...]]) -> list[str]:
    return [" ".join(r) for words in _our_words(text) for r in _runs(words) if r in runs]


@pytest.mark.skipif(not all((REALNEWS / f"{p}.jsonl").is_file() for p in PARTS), reason="../shared not found")
def test_no_file_repeats_a_real_passage() -> None:
    runs = _real_runs()
    assert runs
    found: list[str] = []
    for path in _our_files():
        raw = path.read_bytes()
        if b"\0" in raw:
            continue  # binary
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # binary
        found.extend(f"{path.relative_to(ROOT)}: {run}" for run in _copied(text, runs))
    assert not found, f"runs of {RUN} words of a real passage: {found}"


def test_the_check_finds_a_copied_run() -> None:
    """The check itself: a run of RUN words is caught across a line break, a wrapped string or a JSON
    escape; a shorter run is not, nor one that goes through a listed name."""
    source = "one two three four five six seven eight nine ten eleven General Staff of the Armed Forces of Ukraine"
    runs = set(_runs(_words(source)))
    assert _copied("so: one two three four\nfive six seven eight nine!", runs)
    assert _copied('x = ("one two three four five "\n     "six seven eight nine ten")', runs)
    assert _copied('{"text": "one two three\\nfour five six \\u201cseven eight nine\\u201d"}', runs)
    assert _copied("'one' two three four five six seven eight 'nine'", runs)
    assert not _copied("one two three four five six seven eight", runs)
    assert not _copied("one two three four five six seven eight nine", set())
    assert not _copied("ten eleven General Staff of the Armed Forces of Ukraine", runs)


def test_the_files_read_include_data_and_config() -> None:
    """Data tables, synthetic sets and the project file are read; the packaged seed example is not."""
    names = {p.relative_to(ROOT).as_posix() for p in _our_files()}
    assert "pyproject.toml" in names
    assert any(n.startswith("tests/data/") and n.endswith(".jsonl") for n in names)
    assert any(n.startswith("src/nato_ukraine_timeline/data/") and n.endswith(".tsv") for n in names)
    assert not any("/examples/" in n for n in names)
