"""iCalendar (RFC 5545): one all-day VEVENT per dated statement or event.

Every value is an all-day span: ``DTSTART;VALUE=DATE`` is the first day the item may fall on and
``DTEND`` the day after the last (RFC 5545 3.6.1: the end of an all-day event is exclusive), so a
month-precise or uncertain date covers every day it may be. Uncertain dates are ``STATUS:TENTATIVE``
with "(date uncertain)" in the summary. Text values are escaped (3.3.11: backslash, semicolon,
comma, line break) and lines folded at 75 octets without splitting a UTF-8 character (3.1); lines
end in CRLF. Undated and open-ended items are left out.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._display import speakers_text
from nato_ukraine_timeline.model import Statement

from ._common import ID_PREFIX, date_note, days_of, item_id, title_of, web_url

if TYPE_CHECKING:
    from nato_ukraine_timeline.model import Item, Timeline

#: The longest line, in octets, before folding (RFC 5545 3.1).
LINE_OCTETS: Final = 75
PRODID: Final = "-//nato_ukraine_timeline//timeline export//EN"


def escape_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 3.3.11 (control characters other than tab dropped)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(c for c in value if c == "\t" or (ord(c) >= 0x20 and ord(c) != 0x7F))


def fold(line: str) -> str:
    """``line`` folded into CRLF-separated pieces of at most 75 octets, continuations starting with a space."""
    pieces: list[str] = []
    current, size = "", 0
    limit = LINE_OCTETS
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > limit:
            pieces.append(current)
            current, size = "", 0
            limit = LINE_OCTETS - 1  # the leading space of a continuation line counts
        current += char
        size += n
    pieces.append(current)
    return "\r\n ".join(pieces)


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _stamp(timeline: Timeline) -> str:
    """DTSTAMP: deterministic, so that the same timeline gives the same file: the latest day known to it."""
    days = [s.published for i in timeline for s in (i.source,) if s is not None and s.published is not None]
    days += [d[1] for i in timeline if (d := days_of(i)) is not None]
    day = max(days) if days else dt.date(1970, 1, 1)
    return f"{_day(day)}T000000Z"


def _vevent(item: Item, first: dt.date, last: dt.date, stamp: str) -> list[str]:
    when = item.when
    assert when is not None
    summary = title_of(item) + (" (date uncertain)" if when.uncertain else "")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{ID_PREFIX}{item_id(item)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(first)}",
        f"DTEND;VALUE=DATE:{_day(last + dt.timedelta(days=1))}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(_description(item))}",
        f"CATEGORIES:{escape_text(str(item.kind))}",
        "TRANSP:TRANSPARENT",
    ]
    if when.uncertain:
        lines.append("STATUS:TENTATIVE")
    location = None if isinstance(item, Statement) else item.location
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    url = web_url(item)
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def _description(item: Item) -> str:
    if isinstance(item, Statement):
        what = f"{speakers_text(item)} ({'quoted' if item.direct else 'reported'}): {item.text}"
    else:
        who = ", ".join(a.name for a in item.participants)
        what = f"{item.kind}: {item.trigger}" + (f" ({who})" if who else "")
    source = f"\nSource: {item.source.outlet or item.source.id}" if item.source is not None else ""
    return f"{what}\nDate: {date_note(item)}{source}"


def to_ics(timeline: Timeline, *, name: str = "NATO-Ukraine timeline") -> str:
    """The timeline as an iCalendar (RFC 5545) text, CRLF line ends, one all-day VEVENT per dated item.

    ``DTSTAMP`` is the latest day the timeline knows (a source's publication date or an item's last
    day), not the clock, so exporting the same timeline twice gives the same file.

    .. versionadded:: 0.1.0
    """
    stamp = _stamp(timeline)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for item in timeline:
        days = days_of(item)
        if days is not None:
            lines.extend(_vevent(item, *days, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
