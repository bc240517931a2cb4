"""The errors this library raises.

Every error derives from :class:`TimelineError` and mixes in the builtin that fits, so callers can
catch either. Errors keep their constructor arguments in ``args`` so they pickle across process pools
and Dask workers.
"""

from __future__ import annotations

import errno as _errno
from typing import ClassVar

__all__ = [
    "InvalidOptionError",
    "ModelError",
    "ReadError",
    "ResourceError",
    "SerializationError",
    "TimelineError",
    "UnsupportedFormatError",
    "WriteError",
]


class TimelineError(Exception):
    """Base class of every error this library raises."""


class ModelError(TimelineError, ValueError):
    """A model object was constructed with invalid values.

    Args:
        what: the class being built, e.g. ``"DateValue"``.
        field: the field at fault, e.g. ``"latest"``.
        message: what is wrong with it.
    """

    def __init__(self, what: str, field: str, message: str) -> None:
        super().__init__(what, field, message)
        self.what, self.field, self.message = what, field, message

    def __str__(self) -> str:
        return f"invalid {self.what}.{self.field}: {self.message}"


class InvalidOptionError(TimelineError, ValueError):
    """A function was called with an option it cannot use (a reversed window, an unknown order)."""


class SerializationError(TimelineError, ValueError):
    """Data could not be loaded (or dumped) in one of the library's formats.

    Args:
        what: what was being loaded, e.g. ``"Timeline"`` or ``"statements.jsonl"``.
        errors: one message per problem, each naming the path of the bad field
            (``"... @ $.statements[3].when"``).
    """

    def __init__(self, what: str, errors: list[str]) -> None:
        super().__init__(what, errors)
        self.what, self.errors = what, errors

    def __str__(self) -> str:
        return f"cannot load {self.what}: " + "; ".join(self.errors)


class UnsupportedFormatError(SerializationError):
    """A document names a format or format version this library does not read."""


class ResourceError(TimelineError):
    """A data file shipped with the package (or supplied by the user) is invalid.

    Args:
        resource: the file, e.g. ``"data/actors.toml"``.
        errors: one message per problem.
    """

    def __init__(self, resource: str, errors: list[str]) -> None:
        super().__init__(resource, errors)
        self.resource, self.errors = resource, errors

    def __str__(self) -> str:
        return f"invalid resource {self.resource}: " + "; ".join(self.errors)


class _FileError(TimelineError, OSError):
    """A file could not be read or written; ``str()`` says which, names the file and what is wrong.

    Args:
        errno: the operating system's error number.
        strerror: what is wrong, in words.
        filename: the file as the caller named it.
    """

    _doing: ClassVar[str] = "use"

    def __str__(self) -> str:
        return f"cannot {self._doing} {self.filename!r}: {self.strerror}"


class ReadError(_FileError):
    """An input file could not be read: it is missing, is a folder, or may not be read.

    An ``OSError`` too (with ``errno``, ``strerror`` and ``filename``), so code that catches the builtin
    keeps working. ``str()`` names the file and what is wrong: ``cannot read 'in.txt': no such file``.

    Args:
        errno: the operating system's error number.
        strerror: what is wrong, in words.
        filename: the file as the caller named it.
    """

    _doing = "read"


class WriteError(_FileError):
    """An output file could not be written: its folder is missing, it is a folder, or it may not be written.

    An ``OSError`` too (with ``errno``, ``strerror`` and ``filename``), as :class:`ReadError` is, and where the
    builtin has a class for its ``errno`` an instance of that class as well (``FileNotFoundError`` for a missing
    folder, ``IsADirectoryError``, ``NotADirectoryError``, ``PermissionError``), so code that catches those
    keeps working. ``filename`` is the file as the caller named it, never the temporary file a safe write goes
    through; ``str()`` says what is wrong: ``cannot write 'out/t.json': the folder 'out' does not exist``.
    Its arguments are those of :class:`ReadError`.
    """

    _doing = "write"


# WriteError with the builtin OSError subclass of its errno mixed in (see write_error)
class _MissingFolderWriteError(WriteError, FileNotFoundError):
    pass


class _IsAFolderWriteError(WriteError, IsADirectoryError):
    pass


class _NotAFolderWriteError(WriteError, NotADirectoryError):
    pass


class _NotPermittedWriteError(WriteError, PermissionError):
    pass


_WRITE_CLASSES: dict[int, type[WriteError]] = {
    _errno.ENOENT: _MissingFolderWriteError,
    _errno.EISDIR: _IsAFolderWriteError,
    _errno.ENOTDIR: _NotAFolderWriteError,
    _errno.EACCES: _NotPermittedWriteError,
    _errno.EPERM: _NotPermittedWriteError,
}


def write_error(number: int, words: str, filename: str) -> WriteError:
    """A :class:`WriteError` for ``filename``, also of the builtin class the error number ``number`` has."""
    return _WRITE_CLASSES.get(number, WriteError)(number, words, filename)
