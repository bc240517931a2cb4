"""The repository holds only text we wrote: no file of code, tests, data or docs repeats a real passage.

The real development passages (``../shared/data/realnews/dev-a,b,c``) are read at run time and never
copied into the repository; rule examples, docs and the synthetic test sets are sentences written for them.
This test fails when a file shares a run of ``RUN`` words in a row with a real passage (the blind parts are
not read here). ``RUN`` is 8 for every part read, dev-a..c and the extra parts below alike (it was 9 until
every file was clean at 8).

A file is read whole, so a run that a line break, a wrapped string literal or a JSON field
splits is still one run; JSON escapes (``\\n``, ``\\u201c``) are read as the characters they stand for.
Every text file under the repository's folders is read, ``.jsonl``, ``.tsv`` and ``.toml`` included; only
binary files and the packaged seed example (the text the project was created from, shipped on purpose) are
skipped. The proper names of ``NAMES`` are not our wording to change: they count as no words, so a run can
not go through them (the words before and after a name are still checked).

Real parts kept outside ``../shared`` are read too when the environment variable ``NTL_REAL_TEXT_EXTRA``
lists them: paths of JSON Lines files in the gold format of ``GOLD.md`` (the ``text`` of each line is read),
separated by ``os.pathsep`` (``:`` on POSIX, ``;`` on Windows). A listed path that does not exist is skipped,
so the same setting serves machines that hold only some parts; with neither ``../shared`` nor a listed file
present the test is skipped. For example::

    NTL_REAL_TEXT_EXTRA=/data/dev-e.jsonl:/data/dev-f.jsonl pytest tests/test_no_real_text.py

Never list a blind part here: the failure message prints the run it shares with the file.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Final

import pytest

ROOT: Final = Path(__file__).resolve().parents[1]
REALNEWS: Final = ROOT.parent / "shared" / "data" / "realnews"
PARTS: Final = ("dev-a", "dev-b", "dev-c")
EXTRA_ENV: Final = "NTL_REAL_TEXT_EXTRA"  # more real parts (JSON Lines), separated by os.pathsep
RUN: Final = 8  # words in a row: a copied clause is longer, a stock phrase of the story shorter
# Proper names and stock titles that real passages and our synthetic ones both have to use; a run through
# one is not a copy of wording. Keep this list to names: a sentence is never added here, it is rewritten.
NAMES: Final = (
    "General Staff of the Armed Forces of Ukraine",
    "General Staff of the Russian Armed Forces",
    "Air Force of the Armed Forces of Ukraine",
    "Ukraine Defense Contact Group",
    "Ramstein Air Base",
    "National Security and Defense Council",
    "National Security and Defence Council",
    "Korean Central News Agency",  # North Korea's state news agency (a wire the speaker rules name)
    "Office of the President of Ukraine",  # the registry's name of the body (speakers27 names it in a docstring)
    # official titles of posts, spelt out in the registry's comments as news spells them
    "Deputy Prime Minister for European and Euro-Atlantic Integration",
    "High Representative for Foreign Affairs and Security Policy",
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


def _real_files() -> list[Path]:
    """The real parts to read: dev-a..c where ``../shared`` holds them, then each path ``NTL_REAL_TEXT_EXTRA``
    lists that is a file (a path that does not exist is skipped)."""
    listed = [Path(p) for p in os.environ.get(EXTRA_ENV, "").split(os.pathsep) if p.strip()]
    return [p for p in (*(REALNEWS / f"{part}.jsonl" for part in PARTS), *listed) if p.is_file()]


def _real_runs(files: list[Path]) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
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
    # the packaged seed example is the text the project was created from, shipped on purpose; seeds/ holds the
    # same text (tests/test_resources.py), skipped only while it is byte for byte that text
    seeds = {p.read_bytes() for p in _SEED_EXAMPLE.iterdir() if p.is_file()}
    return [
        p
        for p in files
        if not _SKIP_DIRS.intersection(p.parts)
        and _SEED_EXAMPLE not in p.parents
        and not (p.parent == ROOT / "seeds" and p.read_bytes() in seeds)
    ]


def _copied(text: str, runs: set[tuple[str, ...]]) -> list[str]:
    return [" ".join(r) for words in _our_words(text) for r in _runs(words) if r in runs]


def test_no_file_repeats_a_real_passage() -> None:
    files = _real_files()
    if not files:
        pytest.skip(f"no real part: ../shared not found and {EXTRA_ENV} lists no file")
    runs = _real_runs(files)
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
    words = _words("one two three four five six seven eight nine ten")
    runs = set(_runs(_words(" ".join(words) + " General Staff of the Armed Forces of Ukraine")))
    run = words[:RUN]
    head, tail = " ".join(run[:4]), " ".join(run[4:])
    assert _copied(f"so: {head}\n{tail}!", runs)
    assert _copied(f'x = ("{head} "\n     "{tail}")', runs)
    assert _copied(f'{{"text": "{run[0]} {run[1]}\\n{" ".join(run[2:5])} \\u201c{" ".join(run[5:])}\\u201d"}}', runs)
    assert _copied(f"'{run[0]}' {' '.join(run[1:-1])} '{run[-1]}'", runs)
    assert not _copied(" ".join(run[:-1]), runs)
    assert not _copied(" ".join(run), set())
    assert not _copied("nine ten General Staff of the Armed Forces of Ukraine", runs)


def test_extra_real_parts_are_read_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file ``NTL_REAL_TEXT_EXTRA`` lists is read; a listed path that does not exist is skipped."""
    part = tmp_path / "dev-x.jsonl"
    text = "alpha beta gamma delta epsilon zeta eta theta iota"
    part.write_text(json.dumps({"id": "dev-x-001", "text": text}) + "\n\n", encoding="utf-8")
    missing = tmp_path / "absent.jsonl"
    monkeypatch.setenv(EXTRA_ENV, os.pathsep.join([str(missing), "", str(part)]))
    files = _real_files()
    assert part in files
    assert missing not in files
    runs = _real_runs([part])
    assert _copied(f"we wrote: {text}.", runs)
    assert not _copied("alpha beta gamma delta epsilon zeta eta", runs)
    monkeypatch.setenv(EXTRA_ENV, str(missing))
    assert part not in _real_files()


def test_the_files_read_include_data_and_config() -> None:
    """Data tables, synthetic sets and the project file are read; the packaged seed example is not."""
    names = {p.relative_to(ROOT).as_posix() for p in _our_files()}
    assert "pyproject.toml" in names
    assert any(n.startswith("tests/data/") and n.endswith(".jsonl") for n in names)
    assert any(n.startswith("src/nato_ukraine_timeline/data/") and n.endswith(".tsv") for n in names)
    assert not any("/examples/" in n for n in names)


def test_a_seeds_file_is_skipped_only_as_the_seed_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a synthetic tree: the seeds/ copy of the packaged seed example is not read; another file in seeds/, or
    the copy once its bytes differ from the example, is."""
    module = sys.modules[__name__]
    example = tmp_path / "src" / "nato_ukraine_timeline" / "data" / "examples"
    example.mkdir(parents=True)
    (example / "seed.txt").write_text("A synthetic seed text.\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "000.txt").write_text("A synthetic seed text.\n", encoding="utf-8")
    (seeds / "001.txt").write_text("Another synthetic text.\n", encoding="utf-8")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "_SEED_EXAMPLE", example)

    def names() -> set[str]:
        return {p.relative_to(tmp_path).as_posix() for p in _our_files()}

    assert names() == {"seeds/001.txt"}
    (seeds / "000.txt").write_text("A synthetic seed text, changed.\n", encoding="utf-8")
    assert names() == {"seeds/000.txt", "seeds/001.txt"}
