"""Write errors of the library's own type, naming the file the caller gave (sixteenth session, review16).

A write into a missing folder, onto a folder, or under a file is a :class:`WriteError` (a ``TimelineError``
and an ``OSError``) that names the path as written, relative paths included, never the temporary file a safe
write goes through; the command line says so in one line, with no traceback, and writes nothing. The texts
parsed are synthetic.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

import pytest

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline.__main__ import main
from nato_ukraine_timeline.errors import write_error

if TYPE_CHECKING:
    from pathlib import Path

_TEXT = "Synthetic: the envoys met in Oslo on Monday."  # synthetic


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in an empty folder, so that paths may be relative (a safe write makes its temporary file's path
    absolute: the error must still name the relative path given)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a_file.txt").write_text(_TEXT, encoding="utf-8")
    (tmp_path / "a_folder").mkdir()
    return tmp_path


CASES = [
    ("missing/out.json", errno.ENOENT, "the folder 'missing' does not exist"),
    ("a_folder", errno.EISDIR, "is a folder, not a file"),
    ("a_file.txt/out.json", errno.ENOTDIR, "not a folder"),
]


@pytest.mark.parametrize(("where", "number", "words"), CASES)
@pytest.mark.parametrize("writer", ["dump", "write_jsonl", "write_csv"])
def test_a_write_error_names_the_path_given(in_tmp: Path, writer: str, where: str, number: int, words: str) -> None:
    """Each writer of a path raises the library's WriteError naming the path as given, and leaves no file."""
    timeline = ntl.parse(_TEXT, published="2025-03-12")
    assert timeline.events
    write = {
        "dump": lambda: ntl.dump(timeline, where),
        "write_jsonl": lambda: ntl.write_jsonl(timeline.events, where),
        "write_csv": lambda: ntl.write_csv(timeline.events, where, cls=ntl.Event),
    }[writer]
    with pytest.raises(ntl.WriteError) as info:
        write()
    exc = info.value
    assert isinstance(exc, ntl.TimelineError)
    assert isinstance(exc, OSError)
    assert exc.errno == number
    builtin = {errno.ENOENT: FileNotFoundError, errno.EISDIR: IsADirectoryError, errno.ENOTDIR: NotADirectoryError}
    assert isinstance(exc, builtin[number])  # code that catches the builtin keeps working
    assert exc.filename == where
    assert str(exc).startswith(f"cannot write {where!r}: ")
    assert words in str(exc)
    assert ".tmp" not in str(exc)
    assert sorted(p.name for p in in_tmp.rglob("*")) == ["a_file.txt", "a_folder"]  # nothing left behind


@pytest.mark.parametrize(("where", "words"), [(where, words) for where, _, words in CASES])
@pytest.mark.parametrize("command", ["parse", "dates"])
def test_the_command_says_what_and_where_in_one_line(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], command: str, where: str, words: str
) -> None:
    """nato-timeline parse/dates -o a bad target: one line naming the path and what is wrong, exit 1."""
    assert main([command, "a_file.txt", "-o", where]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"nato-timeline: cannot write {where!r}: ")
    assert words in err
    assert "Traceback" not in err
    assert "Errno" not in err
    assert err.count("\n") == 1
    assert sorted(p.name for p in in_tmp.rglob("*")) == ["a_file.txt", "a_folder"]


def test_a_write_error_pickles() -> None:
    """Like the library's other errors it keeps its arguments, so it crosses a process pool."""
    import pickle

    exc = write_error(errno.ENOENT, "the folder 'x' does not exist", "x/out.json")
    again = pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own object, just made
    assert type(again) is type(exc)
    assert isinstance(again, FileNotFoundError)
    assert str(again) == str(exc) == "cannot write 'x/out.json': the folder 'x' does not exist"
