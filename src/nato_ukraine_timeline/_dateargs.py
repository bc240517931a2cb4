"""The one normaliser of date arguments: every public function that takes a date goes through it; and of
the feed order option (:data:`ORDERS`, :func:`as_order`), which the same functions take.

A date argument may be a ``datetime.date``, a ``datetime.datetime`` (its calendar date, in its own
time zone when it has one), an ISO 8601 string (``"2025-02-17"``, ``"2025-02-17T09:30:00+02:00"``),
a pandas ``Timestamp``, a ``numpy.datetime64``, or a missing value (``None``, ``pandas.NaT``,
``numpy.datetime64("NaT")``). Anything else raises
:class:`~nato_ukraine_timeline.errors.InvalidOptionError` naming the argument and the value.

pandas and numpy are never imported here: their values are recognised by their type's module, so
the library's import time does not change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final, TypeAlias

from .errors import InvalidOptionError

__all__ = ["ACCEPTED", "ORDERS", "DateLike", "as_date", "as_order", "as_window"]

#: The type of a date argument: a ``datetime.date``, ``datetime``, ISO string, pandas ``Timestamp``,
#: ``numpy.datetime64`` or a missing value (checked at run time by :func:`as_date`).
DateLike: TypeAlias = "dt.date | str | Any | None"

#: What a date argument may be, as error messages say it.
ACCEPTED: Final = (
    "a datetime.date, a datetime, an ISO 8601 string (YYYY-MM-DD), a pandas Timestamp, a numpy.datetime64 or None"
)


#: The orders a feed may list its dated items in (option ``order``, the command line's ``--order``).
ORDERS: Final = ("newest first", "oldest first")


def _refuse(name: str, value: object, why: str = "") -> InvalidOptionError:
    shown = repr(value)
    shown = shown if len(shown) <= 80 else shown[:79] + "…"
    return InvalidOptionError(f"{name}={shown} is not a date{why}: expected {ACCEPTED}")


def _from_string(value: str, name: str) -> dt.date:
    text = value.strip()
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text).date()
    except ValueError:
        raise _refuse(name, value) from None


def _module(value: object) -> str:
    return type(value).__module__.partition(".")[0]


def _from_numpy(value: Any, name: str) -> dt.date | None:
    if type(value).__name__ != "datetime64":
        raise _refuse(name, value)
    day = str(value.astype("datetime64[D]"))
    if day == "NaT":
        return None
    try:
        return dt.date.fromisoformat(day)
    except ValueError:  # outside years 1..9999
        raise _refuse(name, value, " datetime.date can hold") from None


def as_date(value: object, *, name: str) -> dt.date | None:  # noqa: PLR0911
    """``value`` as a ``datetime.date``, or ``None`` for a missing value.

    Args:
        value: a date argument (see the module docstring for what is accepted).
        name: the argument's name, for the error message (``"published"``, ``"start"``).

    Raises:
        InvalidOptionError: ``value`` is none of the accepted kinds, or a string that is no ISO date.
    """
    if value is None:
        return None
    if type(value) is dt.date:
        return value
    if type(value).__name__ == "NaTType" and _module(value) == "pandas":  # pandas.NaT is a datetime subclass
        return None
    if isinstance(value, dt.datetime):  # pandas.Timestamp too
        return value.date()
    if isinstance(value, dt.date):  # a subclass of date
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, str):
        return _from_string(value, name)
    if _module(value) == "numpy":
        return _from_numpy(value, name)
    raise _refuse(name, value)


def as_window(value: object, *, name: str = "window") -> tuple[dt.date, dt.date] | None:
    """A ``(first, last)`` pair of date arguments as dates, or ``None``.

    Raises:
        InvalidOptionError: not a pair, a missing or bad bound, or a reversed pair.
    """
    if value is None:
        return None
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidOptionError(f"{name}={value!r} is not a pair of dates (first, last)")
    first, last = as_date(value[0], name=f"{name}[0]"), as_date(value[1], name=f"{name}[1]")
    if first is None or last is None:
        raise InvalidOptionError(f"{name}={value!r} is not a pair of dates (first, last): a bound is missing")
    if last < first:
        raise InvalidOptionError(f"{name}={value!r} is reversed; swap it")
    return first, last


def as_order(value: object, *, name: str = "order") -> str | None:
    """The feed order option: one of :data:`ORDERS`, or ``None`` (the order is detected).

    Raises:
        InvalidOptionError: anything else.
    """
    if value is None:
        return None
    for order in ORDERS:
        if value == order:
            return order
    raise InvalidOptionError(f"{name}={value!r} is not one of {', '.join(map(repr, ORDERS))} or None")
