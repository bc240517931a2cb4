"""The errors this library raises.

Every error derives from :class:`TimelineError` and mixes in the builtin that fits, so callers can
catch either. Errors keep their constructor arguments in ``args`` so they pickle across process pools
and Dask workers.
"""

from __future__ import annotations

__all__ = [
    "InvalidOptionError",
    "ModelError",
    "ReadError",
    "ResourceError",
    "SerializationError",
    "TimelineError",
    "UnsupportedFormatError",
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


class ReadError(TimelineError, OSError):
    """An input file could not be read: it is missing, is a folder, or may not be read.

    An ``OSError`` too (with ``errno``, ``strerror`` and ``filename``), so code that catches the builtin
    keeps working. ``str()`` names the file and what is wrong: ``cannot read 'in.txt': no such file``.

    Args:
        errno: the operating system's error number.
        strerror: what is wrong, in words.
        filename: the file as the caller named it.
    """

    def __str__(self) -> str:
        return f"cannot read {self.filename!r}: {self.strerror}"
