"""A timeline as a pandas DataFrame (needs ``pip install 'nato_ukraine_timeline[pandas]'``).

One row per statement or event, in time order, with real ``datetime64`` columns for the bounds of
each date, so notebooks can sort, filter and plot without parsing strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

try:
    import numpy as np
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised by the test that hides pandas
    msg = "to_dataframe needs pandas: pip install 'nato_ukraine_timeline[pandas]'"
    raise ImportError(msg, name=exc.name) from exc

from nato_ukraine_timeline.model import Statement

if TYPE_CHECKING:
    import datetime as dt

    from nato_ukraine_timeline.model import Event, Timeline

__all__ = ["COLUMNS", "to_dataframe"]

#: The columns of :func:`to_dataframe`, in order.
COLUMNS: Final = (
    "type",
    "kind",
    "earliest",
    "latest",
    "granularity",
    "timex",
    "uncertain",
    "basis",
    "speaker",
    "participants",
    "actor_ids",
    "text",
    "direct",
    "medium",
    "location",
    "span_start",
    "span_end",
    "source",
    "published",
    "item",
)


def _day(value: dt.date | None) -> Any:
    return np.datetime64("NaT") if value is None else np.datetime64(value.isoformat(), "D")


def _row(item: Statement | Event) -> dict[str, Any]:
    w, src = item.when, item.source
    row: dict[str, Any] = {
        "kind": str(item.kind),
        "earliest": _day(w.earliest if w else None),
        "latest": _day(w.latest if w else None),
        "granularity": w.granularity.value if w else None,
        "timex": w.timex if w else None,
        "uncertain": w.uncertain if w else False,  # a real bool column: df[df["uncertain"]] works
        "basis": w.basis.value if w else None,
        "actor_ids": tuple(a.id for a in item.actors),
        "span_start": item.span.start,
        "span_end": item.span.end,
        "source": src.id if src else None,
        "published": _day(src.published if src else None),
        "item": item,
    }
    if isinstance(item, Statement):
        row.update(type="statement", speaker=item.speaker.name, participants=(), text=item.text)
        row.update(direct=item.direct, medium=item.medium, location=None)
    else:
        row.update(type="event", speaker=None, participants=tuple(a.name for a in item.participants))
        row.update(text=item.trigger, direct=None, medium=None, location=item.location)
    return row


def to_dataframe(timeline: Timeline) -> pd.DataFrame:
    """One row per statement or event of ``timeline``, in time order.

    ``earliest``, ``latest`` and ``published`` are ``datetime64[s]`` columns (``NaT`` where the
    value has no bound; seconds rather than nanoseconds so that any year the model can hold fits);
    ``type`` is ``"statement"`` or ``"event"``; ``kind`` is ``"statement"`` or the event kind;
    ``text`` is the words of a statement or the trigger of an event; ``speaker`` names the speaker
    of a statement, ``participants`` the participants of an event, ``actor_ids`` the ids of either;
    ``uncertain`` is a bool column (``False`` for undated rows, whose ``timex`` is missing);
    ``item`` holds the model object itself. The columns are :data:`COLUMNS`, also for an empty timeline.
    """
    rows = [_row(item) for item in timeline]
    columns: dict[str, Any] = {c: [r[c] for r in rows] for c in COLUMNS}
    for name in ("earliest", "latest", "published"):
        columns[name] = np.array(columns[name], dtype="datetime64[D]")
    return pd.DataFrame({c: pd.Series(columns[c], dtype=_DTYPES.get(c, object)) for c in COLUMNS})


_DTYPES: Final[dict[str, Any]] = {
    "earliest": "datetime64[s]",
    "latest": "datetime64[s]",
    "published": "datetime64[s]",
    "uncertain": "bool",
    "span_start": "int64",
    "span_end": "int64",
}
