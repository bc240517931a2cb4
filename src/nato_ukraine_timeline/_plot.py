"""``Timeline.plot()``: a timeline chart by actor and kind, with matplotlib (the ``plot`` extra).

matplotlib was chosen over altair because the same figure shows inline in a notebook and as a static
image in the Sphinx docs and in papers, with no JavaScript renderer and no network.

One row per actor (a statement's speaker, each of an event's participants), one colour per kind.
An item whose date is one certain day is a dot; an interval (a month, a week, a year-less date
bounded by a term of office) or an uncertain value is a bar over the days it may fall on, drawn
from its first day to the day after its last (exclusive end) so that one uncertain day has width.
Undated items are counted in the title, not drawn.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .model import Item, Timeline

__all__ = ["plot_timeline"]

#: The row of an event that names no participant.
NO_ACTOR: Final = "(no actor named)"
#: The row that gathers the actors beyond ``max_actors``.
OTHERS: Final = "(other actors)"
#: Colours by kind (Okabe-Ito, colour-blind safe), in legend order.
KIND_COLOURS: Final = {
    "statement": "#0072b2",
    "meeting": "#e69f00",
    "summit": "#d55e00",
    "visit": "#009e73",
    "attack": "#000000",
    "announcement": "#cc79a7",
    "agreement": "#56b4e9",
    "report": "#f0e442",
    "other": "#999999",
}


def _matplotlib() -> None:
    try:
        import matplotlib as mpl  # noqa: PLC0415, F401 - optional dependency
    except ImportError as exc:
        msg = "Timeline.plot() needs matplotlib: pip install 'nato_ukraine_timeline[plot]'"
        raise ImportError(msg) from exc


def _dated(item: Item) -> bool:
    return item.when is not None and (item.when.earliest is not None or item.when.latest is not None)


def marks(timeline: Timeline, *, max_actors: int = 20) -> list[tuple[str, str, dt.date, dt.date, bool]]:
    """What the chart draws: ``(row, kind, first day, last day, is_interval)`` per dated item and row.

    Open bounds ("on or after 2024-10-01") are closed at the earliest or latest day of the timeline.
    """
    dated = [i for i in timeline if _dated(i)]
    known = [d for i in dated for d in (i.when.earliest, i.when.latest) if d is not None]  # type: ignore[union-attr]
    if not known:
        return []
    low, high = min(known), max(known)
    counts = Counter(a.name for i in dated for a in i.actors)
    shown = {name for name, _ in counts.most_common(max_actors)}
    out: list[tuple[str, str, dt.date, dt.date, bool]] = []
    for item in dated:
        when = item.when
        assert when is not None
        first, last = when.earliest or low, when.latest or high
        interval = first != last or when.uncertain
        names = [a.name for a in item.actors] or [NO_ACTOR]
        rows = dict.fromkeys(n if n in shown or n == NO_ACTOR else OTHERS for n in names)
        out.extend((row, str(item.kind), first, last, interval) for row in rows)
    return out


def plot_timeline(timeline: Timeline, *, ax: Axes | None = None, max_actors: int = 20) -> Figure:
    """Draw ``timeline`` by actor (rows) and kind (colours); return the matplotlib figure.

    Args:
        timeline: the timeline to draw.
        ax: draw into these axes (default: a new figure sized to the number of rows).
        max_actors: the actors with most items get a row each; the rest share one row.

    Raises:
        ImportError: matplotlib is not installed (the ``plot`` extra).
    """
    _matplotlib()
    import matplotlib.dates as mdates  # noqa: PLC0415
    import matplotlib.pyplot as plt  # noqa: PLC0415

    drawn = marks(timeline, max_actors=max_actors)
    rows = sorted({m[0] for m in drawn}, key=lambda r: (r in (NO_ACTOR, OTHERS), r))
    y = {row: n for n, row in enumerate(rows)}
    if ax is None:
        fig, ax = plt.subplots(figsize=(10, 1.2 + 0.45 * max(len(rows), 1)), layout="constrained")
    else:
        fig = ax.get_figure()  # type: ignore[assignment]
    kinds = [k for k in KIND_COLOURS if any(m[1] == k for m in drawn)]
    for n, kind in enumerate(kinds):
        offset = (n - (len(kinds) - 1) / 2) * 0.6 / max(len(kinds), 1)  # kinds side by side in a row
        points = [m for m in drawn if m[1] == kind and not m[4]]
        bars = [m for m in drawn if m[1] == kind and m[4]]
        colour = KIND_COLOURS[kind]
        if points:
            ax.scatter(
                [mdates.date2num(m[2]) for m in points],  # type: ignore[no-untyped-call]
                [y[m[0]] + offset for m in points],
                color=colour,
                s=36,
                zorder=3,
                label=kind,
                gid="ntl-points",
            )
        if bars:
            ax.hlines(
                [y[m[0]] + offset for m in bars],
                [mdates.date2num(m[2]) for m in bars],  # type: ignore[no-untyped-call]
                [mdates.date2num(m[3] + dt.timedelta(days=1)) for m in bars],  # type: ignore[no-untyped-call]
                colors=colour,
                linewidth=5,
                alpha=0.45,
                label="_nolegend_" if points else kind,
                gid="ntl-intervals",
            )
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.grid(axis="x", alpha=0.3)
    undated = sum(1 for i in timeline if not _dated(i))
    title = f"{len(timeline)} items" + (f" ({undated} undated, not drawn)" if undated else "")
    ax.set_title(title + "; bars: intervals and uncertain dates", loc="left", fontsize="medium")
    if kinds:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small", frameon=False)
    return fig
