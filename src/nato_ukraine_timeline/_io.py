"""File helpers for the serializers: atomic writes, and "a path or an open stream" arguments."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["PathOrStream", "atomic_write", "is_path", "open_target"]

#: A file path, or a text stream already open for reading or writing.
PathOrStream: TypeAlias = "str | os.PathLike[str] | IO[str]"


def is_path(target: object) -> bool:
    """Whether ``target`` names a file (rather than being an open stream)."""
    return isinstance(target, (str, os.PathLike))


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, newline: str | None = None, errors: str = "strict"
) -> Iterator[IO[str]]:
    """Open a temporary file beside ``path`` for writing; on success it replaces ``path``.

    If the block raises, the temporary file is removed and ``path`` is left as it was (absent, or
    with its old content): a reader never sees a half-written file.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors=errors, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private to its owner: keep the old file's mode, or the usual 0o644.
        Path(tmp).chmod(target.stat().st_mode & 0o777 if target.exists() else 0o644)
        Path(tmp).replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


@contextlib.contextmanager
def open_target(target: PathOrStream, *, newline: str | None = None, errors: str = "strict") -> Iterator[IO[str]]:
    """A stream to write to: ``target`` itself if it is a stream, else an :func:`atomic_write`."""
    if isinstance(target, (str, os.PathLike)):
        with atomic_write(target, newline=newline, errors=errors) as stream:
            yield stream
    else:
        yield target
