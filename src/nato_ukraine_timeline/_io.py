"""File helpers for the serializers: safe writes, and "a path or an open stream" arguments.

How a path is written depends on what it names:

* a regular file, or nothing yet: through a temporary file in the same folder that replaces it only
  when the whole content is written (a reader never sees a half-written file, a failure leaves the old
  file as it was); an existing file keeps its permission bits, a new one gets ``0o666`` less the umask;
* a symbolic link: the same, for the file the link points to (the link stays a link);
* anything else (a FIFO, a device such as ``/dev/stdout`` or ``/dev/null``, a socket): written directly,
  since it cannot be replaced by a regular file.

While a temporary file exists, SIGTERM (the default ``kill``) removes it before the process exits.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, TypeAlias

from .errors import ReadError, WriteError, write_error

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["PathOrStream", "atomic_write", "check_target", "is_path", "open_input", "open_target", "read_error"]

#: A file path, or a text stream already open for reading or writing.
PathOrStream: TypeAlias = "str | os.PathLike[str] | IO[str]"

#: The exit status of a process ended by SIGTERM while writing (128 + 15, as a shell reports it).
_EXIT_TERMINATED = 128 + signal.SIGTERM


def is_path(target: object) -> bool:
    """Whether ``target`` names a file (rather than being an open stream)."""
    return isinstance(target, (str, os.PathLike))


def _real(path: str | os.PathLike[str]) -> Path:
    """The file ``path`` names: a symbolic link's target (resolved through every link), else ``path``."""
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


def _is_special(path: Path) -> bool:
    """Whether ``path`` exists and is not a regular file (a FIFO, a device, a socket)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_target(path: str | os.PathLike[str]) -> None:
    """Raise the :class:`WriteError` writing ``path`` would meet, naming ``path``, before any work is done.

    Checks that the folder exists and is a folder, that ``path`` is not a folder, and that the folder
    (or, for an existing FIFO or device, the file itself) is writable.
    """
    name = os.fspath(path)
    if _is_special(Path(path)):
        if not os.access(path, os.W_OK):
            raise write_error(errno.EACCES, "not writable", name)
        return
    target = _real(path)
    if target.is_dir():
        raise write_error(errno.EISDIR, "is a folder, not a file", name)
    folder = target.parent
    if not folder.exists():
        raise write_error(errno.ENOENT, f"the folder {os.fspath(folder)!r} does not exist", name)
    if not folder.is_dir():
        raise write_error(errno.ENOTDIR, f"{os.fspath(folder)!r} is not a folder", name)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise write_error(errno.EACCES, _NO_FILES_HERE.format(folder=os.fspath(folder)), name)


def _umask() -> int:
    """The process umask, read without changing it where Linux allows (changing it races other threads)."""
    with contextlib.suppress(OSError), Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into ``SystemExit(143)`` within the block, so a temporary file's cleanup runs.

    Only in the main thread and where SIGTERM has its default action (a program with its own handler
    keeps it).
    """
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) not in (
        signal.SIG_DFL,
        None,
    ):
        yield
        return

    def on_term(_signum: int, _frame: Any) -> None:
        raise SystemExit(_EXIT_TERMINATED)

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


#: What an input's ``OSError`` means, in the words of the messages (other numbers keep the system's words).
_READ_REASONS: Final = {
    errno.ENOENT: "no such file",
    errno.EISDIR: "is a folder, not a file",
    errno.EACCES: "permission denied (the file may not be read)",
    errno.EPERM: "permission denied (the file may not be read)",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ELOOP: "too many symbolic links",
    errno.ENAMETOOLONG: "the name is too long",
}


def read_error(exc: OSError, path: str | os.PathLike[str] | bytes) -> ReadError:
    """``exc``, met reading the input ``path``, as the library's :class:`ReadError` naming ``path``."""
    if isinstance(exc, ReadError):
        return exc
    name = os.fsdecode(path)
    reason = _READ_REASONS.get(exc.errno or 0) or exc.strerror or str(exc) or type(exc).__name__
    return ReadError(exc.errno or errno.EIO, reason, name)


@contextlib.contextmanager
def open_input(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """``path`` open for reading bytes; a file that is missing, a folder or unreadable is a
    :class:`ReadError` naming ``path`` and what is wrong (an error while reading, too)."""
    try:
        stream = open(path, "rb")  # noqa: PTH123, SIM115 - str | PathLike in, like open(); closed below
    except OSError as exc:
        raise read_error(exc, path) from exc
    with stream:
        try:
            yield stream
        except ReadError:
            raise
        except OSError as exc:
            if exc.filename is not None and exc.filename != os.fspath(path):
                raise  # another file's error, raised in the caller's block
            raise read_error(exc, path) from exc


def _named(exc: OSError, path: str | os.PathLike[str], tmp: str | None = None) -> OSError:
    """``exc`` as a :class:`WriteError` naming ``path`` (what the user asked for) rather than the temporary
    file ``tmp``; an error that names another file stays as it is."""
    if isinstance(exc, WriteError) or exc.errno is None:
        return exc
    if exc.filename not in (None, tmp, os.fspath(path), os.fspath(Path(path).parent)):
        return exc
    reason = _WRITE_REASONS.get(exc.errno)
    folder = os.fspath(Path(path).parent)
    if exc.errno == errno.ENOENT and Path(folder).is_dir():
        reason = _NO_FILES_HERE  # the folder is there, but its file system makes no files in it (/proc, /sys)
    words = reason.format(folder=folder) if reason else exc.strerror or type(exc).__name__
    return write_error(exc.errno, words, os.fspath(path))


#: What an output's ``OSError`` means, in the words of the messages (other numbers keep the system's words).
_WRITE_REASONS: Final = {
    errno.ENOENT: "the folder {folder!r} does not exist",
    errno.EISDIR: "is a folder, not a file",
    errno.EACCES: "permission denied (the file may not be written)",
    errno.EPERM: "permission denied (the file may not be written)",
    errno.ENOTDIR: "a part of the path is not a folder",
}
_NO_FILES_HERE: Final = "cannot create files in the folder {folder!r}"


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, newline: str | None = None, errors: str = "strict"
) -> Iterator[IO[str]]:
    """Open ``path`` for writing UTF-8 text: safely replaced if it is a regular file (or is new),
    written directly if it is a FIFO or a device; a symbolic link is followed (see the module's notes).

    If the block raises (or SIGTERM arrives), the temporary file is removed and ``path`` is left as it
    was (absent, or with its old content): a reader never sees a half-written file. An ``OSError``
    names ``path``, never the temporary file.
    """
    if _is_special(Path(path)):  # stat follows links: /dev/stdout -> /proc/self/fd/1 -> a pipe
        try:
            with Path(path).open("w", encoding="utf-8", errors=errors, newline=newline) as stream:
                yield stream
        except OSError as exc:  # /dev/full: "No space left on device", naming the device
            raise _named(exc, path) from exc
        return
    target = _real(path)
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:  # mkstemp's error names the temporary file it could not create
        attempted = exc.filename if isinstance(exc.filename, str) else ""
        folder = Path(os.path.abspath(target.parent))  # noqa: PTH100 - the folder as mkstemp names it
        ours = Path(attempted).parent == folder and Path(attempted).name.startswith(f".{target.name}.")
        raise _named(exc, path, attempted if ours else None) from exc
    tmp = Path(name)
    try:
        with _sigterm_raises():
            try:
                with os.fdopen(fd, "w", encoding="utf-8", errors=errors, newline=newline) as stream:
                    yield stream
                    stream.flush()
                    os.fsync(stream.fileno())
                tmp.chmod(mode)  # mkstemp makes the file private to its owner
                tmp.replace(target)
            except OSError as exc:
                raise _named(exc, path, name) from exc
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def open_target(target: PathOrStream, *, newline: str | None = None, errors: str = "strict") -> Iterator[IO[str]]:
    """A stream to write to: ``target`` itself if it is a stream, else an :func:`atomic_write`."""
    if isinstance(target, (str, os.PathLike)):
        with atomic_write(target, newline=newline, errors=errors) as stream:
            yield stream
    else:
        yield target
