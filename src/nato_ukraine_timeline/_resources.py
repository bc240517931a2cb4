"""Data files shipped in the package (``data/``), read with :mod:`importlib.resources`.

Every table is read through here, so a missing or malformed file always raises
:class:`~nato_ukraine_timeline.errors.ResourceError` naming the file and the lines at fault.
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import TYPE_CHECKING

from .errors import ResourceError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["alternation", "read_data", "tsv_rows", "word_classes"]


def read_data(name: str) -> str:
    """The text of ``data/<name>`` (``name`` may contain ``/``, e.g. ``"examples/seed.txt"``).

    Raises:
        ResourceError: the file is missing or is not UTF-8.
    """
    resource = files("nato_ukraine_timeline").joinpath("data", *name.split("/"))
    try:
        return resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"data/{name}", [str(exc)]) from exc


def tsv_rows(name: str, columns: int, *, at_least: int | None = None) -> list[tuple[int, list[str]]]:
    """The rows of the tab-separated table ``data/<name>``: ``(line number, cells)``.

    Blank lines and lines starting with ``#`` are skipped; cells are stripped. A row must have exactly
    ``columns`` cells (or, with ``at_least``, between ``at_least`` and ``columns``) and a non-empty
    first cell.

    Raises:
        ResourceError: naming every malformed line.
    """
    low = columns if at_least is None else at_least
    rows: list[tuple[int, list[str]]] = []
    errors: list[str] = []
    for n, line in enumerate(read_data(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not low <= len(cells) <= columns or not cells[0]:
            want = f"{columns}" if low == columns else f"{low} to {columns}"
            errors.append(f"line {n}: expected {want} tab-separated columns, got {line!r}")
            continue
        rows.append((n, cells))
    if errors:
        raise ResourceError(f"data/{name}", errors)
    return rows


def word_classes(name: str, classes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The closed word classes of the two-column table ``data/<name>`` (``word<TAB>class``): each class of
    ``classes`` -> its words in file order (a word may stand in several classes).

    Raises:
        ResourceError: a line is malformed or names a class not in ``classes``.
    """
    out: dict[str, list[str]] = {c: [] for c in classes}
    errors: list[str] = []
    for n, (word, cls) in tsv_rows(name, 2):
        if cls not in out:
            errors.append(f"line {n}: unknown class {cls!r} (expected one of {', '.join(classes)})")
            continue
        out[cls].append(word)
    if errors:
        raise ResourceError(f"data/{name}", errors)
    return {c: tuple(words) for c, words in out.items()}


def alternation(forms: Iterable[str], *, space: str = " ") -> str:
    """Words of a table as a regex alternation, longest first (so that a word that opens a longer one is tried
    after it: "Sept" before "Sep"), each once and escaped, a space literal (or ``space``, e.g. ``r"\\s+"`` for any
    run of white space): the one way the readers join a vocabulary of the data tables."""
    words = sorted(set(forms), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) for w in words)
