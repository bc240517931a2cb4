"""Every reader of a path names the path and what is wrong with the library's own error (fifteenth
session, robust15): a folder, a missing file, a file that may not be read, bytes that are not UTF-8,
an empty file. Synthetic inputs only (files written by the tests)."""

from __future__ import annotations

import errno
import os
import pickle
from pathlib import Path
from typing import Any

import pytest

from nato_ukraine_timeline import ReadError, ResourceError, SerializationError, TimelineError, serialize
from nato_ukraine_timeline.__main__ import main
from nato_ukraine_timeline._actors import ActorRegistry
from nato_ukraine_timeline._io import open_input, read_error
from nato_ukraine_timeline._parallel import read_corpus

#: a synthetic sentence
SYNTHETIC = 'The alliance\'s spokesperson said on Monday that "the talks go on."\n'


def _readers() -> dict[str, Any]:
    return {
        "load": serialize.load,
        "read_jsonl": serialize.read_jsonl,
        "iter_jsonl": lambda p: list(serialize.iter_jsonl(p)),
        "read_corpus": lambda p: list(read_corpus(p)),
    }


@pytest.mark.parametrize("reader", sorted(_readers()))
@pytest.mark.parametrize(("kind", "words"), [("folder", "is a folder, not a file"), ("missing", "no such file")])
def test_readers_raise_read_error_naming_the_path(tmp_path: Path, reader: str, kind: str, words: str) -> None:
    path = tmp_path / "in.jsonl"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(ReadError) as info:
        _readers()[reader](path)
    assert isinstance(info.value, TimelineError)
    assert isinstance(info.value, OSError)  # code that caught the builtin keeps working
    assert str(path) in str(info.value)
    assert words in str(info.value)


def test_read_error_pickles_and_keeps_errno() -> None:
    exc = ReadError(errno.EISDIR, "is a folder, not a file", "some/folder")
    back = pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own object
    assert (back.errno, back.filename, str(back)) == (exc.errno, "some/folder", str(exc))


def test_read_error_of_a_permission_error_names_it() -> None:
    exc = read_error(PermissionError(errno.EACCES, "Permission denied"), Path("locked.txt"))
    assert str(exc) == "cannot read 'locked.txt': permission denied (the file may not be read)"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(SYNTHETIC, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match="permission denied"), open_input(path):
            pass
    finally:
        path.chmod(0o600)


def test_registry_file_errors_name_the_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe")
    for path, words in [(tmp_path, "is a folder"), (tmp_path / "no.toml", "no such file"), (bad, "not valid UTF-8")]:
        with pytest.raises(ResourceError, match=words) as info:
            ActorRegistry.from_file(path)
        assert str(path) in str(info.value)


def test_load_of_an_empty_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text("", encoding="utf-8")
    with pytest.raises(SerializationError, match="empty"):
        serialize.load(path)


@pytest.mark.parametrize("command", ["parse", "dates"])
def test_cli_folder_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SYNTHETIC, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe bytes")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out.json"
    status = main([command, str(good), str(folder), str(tmp_path / "none.txt"), str(bad), str(empty), "--format",
                   "json", "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert status == 1
    assert "Traceback" not in err
    assert f"{folder}: ReadError: cannot read '{folder}': is a folder, not a file" in err
    assert "no such file" in err
    assert f"{bad}: InvalidOptionError: not valid utf-8" in err
    assert "3 document(s) failed" in err
    assert out.read_text(encoding="utf-8").strip()  # the good and the empty file's output is whole
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_cli_corpus_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "corpus.jsonl"
    folder.mkdir()
    assert main(["parse", str(folder)]) == 1
    assert "is a folder, not a file" in capsys.readouterr().err


def test_cli_actors_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--actors", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a folder, not a file" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("value", [b"NATO chief Mark Rutte said", None, 5, ["Mark Rutte"]])
def test_actor_finders_refuse_what_is_not_a_string(value: object) -> None:
    """Synthetic (fifteenth session, robust15): find_actor_mentions and term_bounds returned [] for bytes, None
    or a number; like parse and find_dates they now say the text must be a str."""
    from nato_ukraine_timeline import InvalidOptionError, find_actor_mentions, term_bounds

    with pytest.raises(InvalidOptionError, match="must be a str"):
        find_actor_mentions(value)  # type: ignore[arg-type]
    with pytest.raises(InvalidOptionError, match="must be a str"):
        term_bounds(value)  # type: ignore[arg-type]
