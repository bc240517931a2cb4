"""What every export needs: a stable id per item, its title and words, its days, the place coordinates."""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._display import speakers_text
from nato_ukraine_timeline._resources import tsv_rows
from nato_ukraine_timeline.errors import ResourceError
from nato_ukraine_timeline.model import Statement

if TYPE_CHECKING:
    import datetime as dt

    from nato_ukraine_timeline.model import Item

#: The prefix of the ids this library gives things in exports (iCalendar UIDs, JSON-LD node ids).
ID_PREFIX: Final = "urn:nato-ukraine-timeline:"


def item_id(item: Item) -> str:
    """A stable id: the same item (same kind, key, source and span) always gets the same id."""
    source = item.source.id if item.source is not None else ""
    key = repr((type(item).__name__, item.dedup_key(), source, item.span.start, item.span.end))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def title_of(item: Item) -> str:
    """``Mark Rutte: "words"`` for a statement (no quote marks for reported speech), ``meeting: words``."""
    if isinstance(item, Statement):
        words = f"\u201c{item.text}\u201d" if item.direct else item.text
        return f"{speakers_text(item)}: {words}"
    return f"{item.kind}: {item.trigger}"


def group_of(item: Item) -> str:
    """The speakers' names for a statement (``A and B`` for joint words), the event kind for an event."""
    return speakers_text(item) if isinstance(item, Statement) else str(item.kind)


def days_of(item: Item) -> tuple[dt.date, dt.date] | None:
    """The first and last day (inclusive) the item may fall on; ``None`` if undated or open-ended."""
    when = item.when
    if when is None or when.earliest is None or when.latest is None:
        return None
    return when.earliest, when.latest


def web_url(item: Item) -> str | None:
    """The source's address if it is a plain ``http(s)`` URL (no spaces or control characters), else ``None``.

    Exports put it in links and URL fields that other tools open: a ``javascript:`` address or one with a
    line break in it would be a way to inject script or break the file, so it is left out.
    """
    url = item.source.url if item.source is not None else None
    if url is None or not _WEB_URL.fullmatch(url):
        return None
    return url


_WEB_URL: Final = re.compile(r"https?://[^\s\x00-\x1f\x7f\"<>\\^`{|}]+", re.IGNORECASE)


def date_note(item: Item) -> str:
    """``2024-10 (month, uncertain; basis: window; reason)`` or ``undated``."""
    when = item.when
    if when is None:
        return "undated"
    flags = f"{when.granularity.value}" + (", uncertain" if when.uncertain else "")
    reason = f"; {when.reason}" if when.reason else ""
    return f"{when.timex} ({flags}; basis: {when.basis.value}{reason})"


@cache
def coordinates() -> dict[str, tuple[float, float]]:
    """Place name -> (longitude, latitude), from ``data/place_coordinates.tsv`` (GeoJSON order)."""
    out: dict[str, tuple[float, float]] = {}
    errors: list[str] = []
    for line, (name, lat, lon) in tsv_rows("place_coordinates.tsv", 3):
        try:
            latitude, longitude = float(lat), float(lon)
        except ValueError:
            errors.append(f"line {line}: latitude and longitude must be numbers, got {lat!r}, {lon!r}")
            continue
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            errors.append(f"line {line}: ({latitude}, {longitude}) is not on Earth")
            continue
        out[name] = (longitude, latitude)
    if errors:
        raise ResourceError("data/place_coordinates.tsv", errors)
    return out
