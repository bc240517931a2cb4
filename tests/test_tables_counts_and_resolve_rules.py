"""Seventeenth session review (review17): the rule vocabularies moved out of code into the data tables; the date
layer's rules of resolution in one table.

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import errno
import importlib
import pkgutil
from pathlib import Path

import pytest

from nato_ukraine_timeline import WriteError, _dates, find_dates
from nato_ukraine_timeline.__main__ import main
from nato_ukraine_timeline._dates._find import RESOLVE_RULES
from nato_ukraine_timeline._dates._lexicon import lexicon
from nato_ukraine_timeline._dates._resolve import ResolveRule
from nato_ukraine_timeline._io import _named

# rule compound-duration (_dates/_compound.py): its counts are the count words of data/numbers.tsv, not a list of
# its own (which had "fifteen" but not "sixteen")
COUNTS = sorted((w, n) for w, n in lexicon().numbers.items() if 2 <= n < 60)


def test_the_counts_come_from_the_table() -> None:
    assert ("sixteen", 16) in COUNTS
    assert ("fifteen", 15) in COUNTS
    assert len(COUNTS) >= 20


@pytest.mark.parametrize(("word", "n"), COUNTS)
def test_compound_duration_reads_every_count_word(word: str, n: int) -> None:
    text = f"The synthetic talks lasted two hours and {word} minutes."
    assert [(m.text, m.timex) for m in find_dates(text)] == [(f"two hours and {word} minutes", f"PT2H{n}M")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: units the table names by other codes are not joined (weeks, decades)
        ("The synthetic tour lasted two weeks and three days.", [("two weeks", "P2W"), ("three days", "P3D")]),
        ("The synthetic feud lasted two decades and three years.", [("two decades", "P20Y"), ("three years", "P3Y")]),
        # synthetic: the units' singular and plural forms of the table, one count each
        ("The synthetic trial lasted one year and one month.", [("one year and one month", "P1Y1M")]),
    ],
)
def test_compound_duration_units_of_the_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex) for m in find_dates(text)] == expected


# the date layer's rules of resolution (_dates._find.RESOLVE_RULES): one table, every rule in it, every example run


def test_every_resolve_rule_is_in_the_table() -> None:
    """A ResolveRule defined in any module of the date layer is in RESOLVE_RULES (so its examples run below and
    tests/test_docs_rule_lists.py checks that the docs name it)."""
    found: dict[str, ResolveRule] = {}
    for info in pkgutil.iter_modules(_dates.__path__, f"{_dates.__name__}."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, ResolveRule):
                found[value.name] = value
    assert sorted(found) == sorted(rule.name for rule in RESOLVE_RULES)
    assert len({rule.name for rule in RESOLVE_RULES}) == len(RESOLVE_RULES)
    assert all(rule.form and rule.examples for rule in RESOLVE_RULES)


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"),
    [(rule.name, *example) for rule in RESOLVE_RULES for example in rule.examples],
)
def test_every_resolve_rule_example(
    name: str, text: str, published: str, expected: tuple[tuple[str, str], ...]
) -> None:
    """Each rule's synthetic examples give the mentions and values it says (``name`` labels the case)."""
    assert name
    assert [(m.text, m.timex) for m in find_dates(text, published=published)] == list(expected)


# writing into a folder whose file system makes no files (review17): the error says so, not that the folder is missing


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a /proc file system")
def test_output_into_a_folder_that_makes_no_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "in.txt"
    text.write_text("The envoy said on Monday that talks would resume.", encoding="utf-8")  # synthetic
    assert main(["parse", str(text), "-o", "/proc/ntl-review17-out.json"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "cannot write '/proc/ntl-review17-out.json': cannot create files in the folder '/proc'" in err
    assert "does not exist" not in err


def test_write_error_in_an_existing_folder_names_no_missing_folder(tmp_path: Path) -> None:
    """An ENOENT met creating a file in a folder that is there is no missing folder (the error _io names)."""
    tmp = str(tmp_path / ".out.json.x.tmp")
    missing = _named(FileNotFoundError(errno.ENOENT, "No such file", tmp), tmp_path / "out.json", tmp)
    assert isinstance(missing, WriteError)
    assert "cannot create files in the folder" in str(missing)
    gone = tmp_path / "gone" / "out.json"
    absent = _named(FileNotFoundError(errno.ENOENT, "No such file", str(gone)), gone)
    assert f"the folder {str(gone.parent)!r} does not exist" in str(absent)
