"""Word tables for date recognition, loaded once from the package's ``data/*.tsv`` files.

Tables are data, logic is code: each file opens with a comment naming its columns and source.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Final

from attrs import frozen

from ..errors import ResourceError

__all__ = ["Lexicon", "lexicon"]

_UNIT_CODES: Final = frozenset({"Y", "M", "W", "D", "H", "MIN", "S", "DE", "C", "Q", "WE"})
_SEASONS: Final = frozenset({"SP", "SU", "FA", "WI"})
_REFS: Final = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@frozen(kw_only=True)
class Lexicon:
    """The word tables, keyed by lower-cased form."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    refs: dict[str, str]


def _rows(name: str) -> list[tuple[str, str, int]]:
    resource = f"data/{name}"
    try:
        text = (files("nato_ukraine_timeline") / "data" / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(resource, [str(exc)]) from exc
    rows: list[tuple[str, str, int]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():  # noqa: PLR2004 - two columns
            raise ResourceError(resource, [f"line {n}: expected two tab-separated columns, got {line!r}"])
        rows.append((parts[0].strip(), parts[1].strip(), n))
    return rows


def _ints(name: str, low: int, high: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for form, value, n in _rows(name):
        if not value.isdigit() or not low <= int(value) <= high:
            raise ResourceError(f"data/{name}", [f"line {n}: {value!r} is not a number in {low}..{high}"])
        out[form.casefold()] = int(value)
    return out


def _codes(name: str, allowed: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for form, value, n in _rows(name):
        if value not in allowed:
            raise ResourceError(f"data/{name}", [f"line {n}: {value!r} is not one of {sorted(allowed)}"])
        out[form.casefold()] = value
    return out


@cache
def lexicon() -> Lexicon:
    """The tables (read once per process).

    Raises:
        ResourceError: a data file is missing or malformed.
    """
    return Lexicon(
        months=_ints("months.tsv", 1, 12),
        weekdays=_ints("weekdays.tsv", 1, 7),
        numbers=_ints("numbers.tsv", 1, 1000),
        ordinals=_ints("ordinals.tsv", 1, 100),
        units=_codes("date_units.tsv", _UNIT_CODES),
        seasons=_codes("seasons.tsv", _SEASONS),
        refs=_codes("date_refs.tsv", _REFS),
    )
