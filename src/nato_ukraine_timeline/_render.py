"""``render(text)``: the text as HTML with its dates, actors, statements and events marked (like displaCy).

Two layers of marks, so the HTML nests properly whatever overlaps in the text: statements (and, where
no statement covers them, event phrases) are the outer layer; dates, actor mentions and event
triggers inside statements are the inner layer. Within a layer an earlier mark wins over one that
overlaps it; an inner mark that crosses an outer mark's edge is cut in two at that edge.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final

from attrs import frozen

if TYPE_CHECKING:
    import datetime as dt

    from ._actors import ActorRegistry
    from .model import Timeline

__all__ = ["HTML", "render"]

#: Background colour of each kind of mark (colour-blind-safe Okabe-Ito hues, lightened).
COLOURS: Final = {
    "date": "#ffe5a3",
    "actor": "#bfe3f7",
    "event": "#f7c9b9",
    "statement": "#d5f0e3",
}

_STYLE: Final = (
    "<style>.ntl-render{line-height:2.2;white-space:pre-wrap}"
    ".ntl-render mark{padding:0.1em 0.3em;border-radius:0.3em}"
    ".ntl-render .ntl-label{font-size:0.65em;font-weight:bold;margin-left:0.3em;text-transform:uppercase}"
    ".ntl-render .ntl-statement{border-bottom:3px solid #009e73}</style>"
)


class HTML(str):  # a str that notebooks display as HTML
    """An HTML string; Jupyter displays it rendered, ``str()`` and files get the markup."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return str(self)


@frozen
class _Mark:
    start: int
    end: int
    kind: str  # a key of COLOURS
    label: str  # the small caption after the marked words
    title: str  # the tooltip


def render(
    text: str,
    *,
    published: dt.date | None = None,
    order: str | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    registry: ActorRegistry | None = None,
    timeline: Timeline | None = None,
) -> HTML:
    """``text`` as HTML with its dates, actors, statements and events highlighted.

    Dates show their TIMEX3 value, actors their canonical name, statements their speaker and date
    (hover for the basis of a date or an actor's id). The options are those of :func:`parse`;
    ``timeline`` is the result of ``parse`` on this same ``text`` when you already have it.
    The result is a ``str`` that notebooks display rendered; every piece of ``text`` is escaped.

    >>> from nato_ukraine_timeline import render
    >>> html = render('"We stand with Ukraine," Mark Rutte said on Feb. 17, 2025.')
    >>> "2025-02-17" in html and "Mark Rutte" in html
    True

    .. versionadded:: 0.1.0
    """
    from ._actors import find_actor_mentions  # noqa: PLC0415 - the pipeline loads on first use
    from ._dates import find_dates  # noqa: PLC0415
    from ._display import speakers_text  # noqa: PLC0415
    from ._parse import parse  # noqa: PLC0415

    if timeline is None:
        timeline = parse(text, published=published, order=order, window=window, registry=registry)
    dates = find_dates(text, published=published, order=order, window=window, registry=registry)
    outer: list[_Mark] = []
    for s in timeline.statements:
        when = str(s.when) if s.when is not None else "undated"
        title = f"{speakers_text(s)} ({'quoted' if s.direct else 'reported'}), {when}"
        outer.append(_Mark(s.span.start, s.span.end, "statement", "", title))
    inner = [
        _Mark(m.start, m.end, "date", str(m.value), f"{m.value.basis.value}: {m.value.reason}".rstrip(": "))
        for m in dates
    ]
    for a in find_actor_mentions(text, registry=registry):
        name = a.actor.name if a.actor is not None else (a.title or a.text)
        inner.append(_Mark(a.start, a.end, "actor", name, a.actor.id if a.actor is not None else "unresolved"))
    for e in timeline.events:
        when = str(e.when) if e.when is not None else "undated"
        inner.append(_Mark(e.span.start, e.span.end, "event", e.kind.value, f"{e.kind.value}, {when}"))
    body = _markup(text, _layer(outer, len(text)), _layer(inner, len(text)))
    return HTML(f'{_STYLE}<div class="ntl-render">{body}</div>')


def _layer(marks: list[_Mark], size: int) -> list[_Mark]:
    """The marks inside ``[0, size]``, non-empty, sorted, each overlapping none kept before it."""
    kept: list[_Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        if 0 <= m.start < m.end <= size and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    return kept


def _markup(text: str, outer: list[_Mark], inner: list[_Mark]) -> str:
    """Escaped ``text`` with both layers of marks as properly nested tags."""
    regions: list[tuple[int, int, _Mark | None]] = []
    pos = 0
    for m in outer:
        regions.extend(((pos, m.start, None), (m.start, m.end, m)))
        pos = m.end
    regions.append((pos, len(text), None))
    parts: list[str] = []
    first = 0  # the first inner mark that may reach into the current region
    for lo, hi, mark in regions:
        while first < len(inner) and inner[first].end <= lo:
            first += 1
        body = _inner(text, lo, hi, inner, first)
        parts.append(body if mark is None else _tag("span", mark, body, label=False))
    return "".join(parts)


def _inner(text: str, lo: int, hi: int, inner: list[_Mark], first: int) -> str:
    """``text[lo:hi]`` escaped, with the inner marks clipped to it."""
    parts: list[str] = []
    pos = lo
    for m in inner[first:]:
        if m.start >= hi:
            break
        start, end = max(m.start, lo), min(m.end, hi)
        parts.append(html.escape(text[pos:start], quote=True))
        parts.append(_tag("mark", m, html.escape(text[start:end], quote=True), label=end == m.end))
        pos = end
    parts.append(html.escape(text[pos:hi], quote=True))
    return "".join(parts)


def _tag(name: str, mark: _Mark, body: str, *, label: bool) -> str:
    caption = f'<span class="ntl-label">{html.escape(mark.label)}</span>' if label and mark.label else ""
    return (
        f'<{name} class="ntl-{mark.kind}" style="background:{COLOURS[mark.kind]}" title="{html.escape(mark.title)}">'
        f"{body}{caption}</{name}>"
    )
