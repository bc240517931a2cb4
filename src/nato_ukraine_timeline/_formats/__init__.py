"""Exports to the formats timeline tools read: TimelineJS 3, iCalendar, schema.org JSON-LD, GeoJSON.

Each ``to_*`` function returns the document (a ``dict`` for the JSON formats, a ``str`` for
iCalendar); :func:`export` writes any of them to a file (atomically) or a stream.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._io import open_target
from nato_ukraine_timeline.errors import InvalidOptionError

from .geojson import to_geojson
from .ical import to_ics
from .jsonld import to_jsonld
from .timelinejs import to_timelinejs

if TYPE_CHECKING:
    from nato_ukraine_timeline._io import PathOrStream
    from nato_ukraine_timeline.model import Timeline

__all__ = ["EXPORT_FORMATS", "export", "export_text", "to_geojson", "to_ics", "to_jsonld", "to_timelinejs"]

#: The names :func:`export` and ``nato-timeline parse --format`` accept.
EXPORT_FORMATS: Final = ("timelinejs", "ics", "jsonld", "geojson")


def export_text(timeline: Timeline, format: str) -> str:
    """The timeline in ``format`` (one of ``EXPORT_FORMATS``) as text."""
    if format == "ics":
        return to_ics(timeline)
    makers = {"timelinejs": to_timelinejs, "jsonld": to_jsonld, "geojson": to_geojson}
    maker = makers.get(format)
    if maker is None:
        expected = ", ".join(EXPORT_FORMATS)
        raise InvalidOptionError(f"format={format!r} is not an export format; expected one of {expected}")
    return json.dumps(maker(timeline), ensure_ascii=False, indent=2) + "\n"


def export(timeline: Timeline, target: PathOrStream, *, format: str) -> None:
    """Write ``timeline`` as ``format``: ``"timelinejs"``, ``"ics"``, ``"jsonld"`` or ``"geojson"``.

    Args:
        timeline: what to export.
        target: a file path (written atomically) or an open text stream.
        format: one of ``"timelinejs"``, ``"ics"``, ``"jsonld"``, ``"geojson"``.

    Raises:
        InvalidOptionError: ``format`` is none of them.

    .. versionadded:: 0.1.0
    """
    text = export_text(timeline, format)
    # iCalendar lines end in CRLF already: write them untranslated.
    with open_target(target, newline="" if format == "ics" else None) as stream:
        stream.write(text)
