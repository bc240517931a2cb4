"""TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html).

One slide per dated statement or event: ``start_date`` is the first day it may fall on, ``end_date``
the last when they differ (a month, an uncertain date), ``display_date`` the TIMEX3 value as the text
gave it (``2024-10?`` when uncertain), ``group`` the speaker or the event kind, so TimelineJS puts
each speaker's statements on their own row. TimelineJS reads ``headline`` and ``text`` as HTML:
every string is escaped. Undated and open-ended items have no place on its axis and are left out.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from nato_ukraine_timeline._display import speakers_text
from nato_ukraine_timeline.model import Statement

from ._common import date_note, days_of, group_of, item_id, web_url

if TYPE_CHECKING:
    import datetime as dt

    from nato_ukraine_timeline.model import Item, Timeline


def _date(day: dt.date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "day": day.day}


def _body(item: Item) -> str:
    e = html.escape
    if isinstance(item, Statement):
        form = "quoted" if item.direct else "reported"
        words = f"<blockquote>{e(item.text)}</blockquote>" if item.direct else f"<p>{e(item.text)}</p>"
        extra = f"<p>{e(speakers_text(item))} ({form})" + (f", {e(item.medium)}" if item.medium else "") + "</p>"
    else:
        words = f"<p>{e(item.trigger)}</p>"
        who = ", ".join(a.name for a in item.participants)
        extra = (
            f"<p>{e(str(item.kind))}"
            + (f" in {e(item.location)}" if item.location else "")
            + (f"; {e(who)}" if who else "")
            + "</p>"
        )
    source, url = item.source, web_url(item)
    cite = ""
    if source is not None:
        label = e(source.outlet or source.id)
        cite = f'<p><a href="{e(url)}">{label}</a></p>' if url else f"<p>{label}</p>"
    return f"{words}{extra}<p><small>{e(date_note(item))}</small></p>{cite}"


def _slide(item: Item, first: dt.date, last: dt.date) -> dict[str, Any]:
    when = item.when
    assert when is not None
    if isinstance(item, Statement):
        headline = speakers_text(item) + ("" if item.direct else " (reported)")
    else:
        headline = f"{str(item.kind).capitalize()}: {item.trigger}"
    slide: dict[str, Any] = {
        "start_date": _date(first),
        "display_date": str(when),
        "text": {"headline": html.escape(headline), "text": _body(item)},
        "group": group_of(item),
        "unique_id": f"ntl-{item_id(item)}",
        "autolink": False,
    }
    if last != first:
        slide["end_date"] = _date(last)
    return slide


def to_timelinejs(timeline: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The timeline as a TimelineJS 3 JSON object (a ``dict`` ready for ``json.dumps``).

    Args:
        timeline: what to show; undated and open-ended items are left out (TimelineJS needs a start).
        title: the headline of the title slide (default: counts and span of dates).

    .. versionadded:: 0.1.0
    """
    events = []
    for item in timeline:
        days = days_of(item)
        if days is not None:
            events.append(_slide(item, *days))
    headline = title if title is not None else repr(timeline).strip("<>")
    return {
        "title": {"text": {"headline": html.escape(headline), "text": ""}},
        "events": events,
        "scale": "human",
    }
