"""Notebook display: one-line ``repr``s and HTML (``_repr_html_``) for the model classes.

The model classes delegate here (``model.py`` keeps only the hooks and imports this module on first
use, so importing the package stays fast). Every string that reaches HTML goes
through :func:`html.escape`, and every string that reaches a ``repr`` is folded onto one line and
shortened, so a repr is one line of bounded length whatever the text held.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final, cast

import attrs

from .model import Actor, DateMention, DateValue, Event, Statement, Timeline

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

__all__ = [
    "actor_html",
    "actor_repr",
    "date_mention_repr",
    "date_value_html",
    "date_value_repr",
    "event_html",
    "event_repr",
    "full_repr",
    "one_line",
    "speakers_text",
    "statement_html",
    "statement_repr",
    "timeline_html",
    "timeline_repr",
]

#: Longest run of words (quote, trigger) shown in a repr or a table cell before "…".
WORDS: Final = 48
#: Longest name (actor, place, medium) shown in a repr.
NAME: Final = 40
#: Rows of a timeline shown in its HTML table.
ROWS: Final = 12


def one_line(text: str, limit: int) -> str:
    """``text`` with every run of whitespace (line breaks included) as one space, cut to ``limit``
    characters with a trailing ``…``."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def _when(value: DateValue | None) -> str:
    return "undated" if value is None else one_line(str(value), 24)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


# --------------------------------------------------------------------------------------------------
# repr


def date_value_repr(value: DateValue) -> str:
    """``<DateValue 2025-02? month, window>``."""
    return f"<DateValue {_when(value)} {value.granularity.value}, {value.basis.value}>"


def date_mention_repr(mention: DateMention) -> str:
    """``<DateMention 'Feb. 17' 2025-02-17 at 10..17>``."""
    text = one_line(mention.text, NAME)
    return f"<DateMention {text!r} {_when(mention.value)} at {mention.start}..{mention.end}>"


def actor_repr(actor: Actor) -> str:
    """``<Actor mark-rutte 'Mark Rutte' person Q57792>``."""
    wikidata = f" {actor.wikidata}" if actor.wikidata else ""
    return f"<Actor {one_line(actor.id, NAME)} {one_line(actor.name, NAME)!r} {actor.kind.value}{wikidata}>"


def speakers_text(statement: Statement) -> str:
    """The speakers' names as news writes them: ``Mark Rutte``, ``A and B``, ``A, B and C`` (text order)."""
    names = [a.name for a in statement.speakers]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def statement_repr(statement: Statement) -> str:
    """``<Statement 2025-02-17 Mark Rutte: "Europe is ready…">``; reported speech has no quote marks."""
    words = one_line(statement.text, WORDS)
    said = f'"{words}"' if statement.direct else f"(reported) {words}"
    return f"<Statement {_when(statement.when)} {one_line(speakers_text(statement), NAME)}: {said}>"


def event_repr(event: Event) -> str:
    """``<Event 2025-01-29 meeting: "meeting of the NATO-Ukraine Council" in Brussels (2 participants)>``."""
    where = f" in {one_line(event.location, NAME)}" if event.location else ""
    who = f" ({_plural(len(event.participants), 'participant')})" if event.participants else ""
    return f'<Event {_when(event.when)} {event.kind.value}: "{one_line(event.trigger, WORDS)}"{where}{who}>'


def timeline_repr(timeline: Timeline) -> str:
    """``<Timeline: 27 statements, 10 events, 27 actors, 2024-07-01..2025-02-17>``."""
    counts = ", ".join(
        (
            _plural(len(timeline.statements), "statement"),
            _plural(len(timeline.events), "event"),
            _plural(len(timeline.actors), "actor"),
        )
    )
    span = _span(timeline)
    return f"<Timeline: {counts}" + (f", {span[0]}..{span[1]}" if span else "") + ">"


def _span(timeline: Timeline) -> tuple[dt.date, dt.date] | None:
    items: list[Statement | Event] = [*timeline.statements, *timeline.events]
    lows = [i.when.earliest for i in items if i.when is not None and i.when.earliest is not None]
    highs = [i.when.latest for i in items if i.when is not None and i.when.latest is not None]
    return (min(lows), max(highs)) if lows and highs else None


def full_repr(value: object) -> str:
    """The repr attrs would generate, field by field, recursively (``Statement(speaker=Actor(...), ...)``).

    The one-line reprs above are for people; this one is complete and stable, and serves as the last
    tie-breaker of the timeline's canonical order.
    """
    if attrs.has(type(value)):
        names = [a.name for a in attrs.fields(cast("type[attrs.AttrsInstance]", type(value)))]
        fields = ", ".join(f"{name}={full_repr(getattr(value, name))}" for name in names)
        return f"{type(value).__name__}({fields})"
    if isinstance(value, tuple):
        inner = ", ".join(full_repr(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


# --------------------------------------------------------------------------------------------------
# HTML

_STYLE: Final = (
    "<style>.ntl-table{border-collapse:collapse;font-size:0.9em}"
    ".ntl-table th,.ntl-table td{text-align:left;vertical-align:top;padding:2px 8px}"
    ".ntl-table caption{text-align:left;font-weight:bold}"
    ".ntl-uncertain{font-style:italic}</style>"
)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _when_html(value: DateValue | None) -> str:
    if value is None:
        return "<td>undated</td>"
    title = _e(f"{value.basis.value}: {value.reason}" if value.reason else value.basis.value)
    css = ' class="ntl-uncertain"' if value.uncertain else ""
    return f'<td title="{title}"{css}>{_e(value)}</td>'


def _fields_table(caption: str, rows: Iterable[tuple[str, object]]) -> str:
    shown = [(name, value) for name, value in rows if value not in (None, "")]
    body = "".join(f"<tr><th>{_e(name)}</th><td>{_e(value)}</td></tr>" for name, value in shown)
    return f'{_STYLE}<table class="ntl-table"><caption>{_e(caption)}</caption><tbody>{body}</tbody></table>'


def _value_text(value: DateValue | None) -> str:
    if value is None:
        return "undated"
    bounds = f"{value.earliest or '..'} .. {value.latest or '..'}"
    return f"{value} ({value.granularity.value}, {bounds}, {value.basis.value})"


def date_value_html(value: DateValue) -> str:
    """A small table: the TIMEX3 value, EDTF, interval, basis, reason, alternatives."""
    return _fields_table(
        "DateValue",
        (
            ("timex", value.timex),
            ("edtf", value.edtf),
            ("granularity", value.granularity.value),
            ("earliest", value.earliest),
            ("latest", value.latest),
            ("uncertain", "yes" if value.uncertain else "no"),
            ("basis", value.basis.value),
            ("reason", value.reason),
            ("alternatives", ", ".join(value.alternatives)),
        ),
    )


def actor_html(actor: Actor) -> str:
    """A small table: id, name, kind, Wikidata id, aliases, roles with their dates."""
    roles = "; ".join(
        f"{r.title}" + (f" ({r.organisation})" if r.organisation else "") + f" {r.start or '..'} .. {r.end or '..'}"
        for r in actor.roles
    )
    return _fields_table(
        "Actor",
        (
            ("id", actor.id),
            ("name", actor.name),
            ("kind", actor.kind.value),
            ("wikidata", actor.wikidata),
            ("aliases", ", ".join(actor.aliases)),
            ("roles", roles),
        ),
    )


def statement_html(statement: Statement) -> str:
    """A small table: when, speaker, words, form, medium, addressees, source and span."""
    return _fields_table(
        "Statement",
        (
            ("when", _value_text(statement.when)),
            ("speaker", ", ".join(f"{a.name} ({a.id})" for a in statement.speakers)),
            ("words", statement.text),
            ("form", "direct quote" if statement.direct else "reported speech"),
            ("medium", statement.medium),
            ("addressees", ", ".join(statement.addressees)),
            ("source", _source_text(statement)),
        ),
    )


def event_html(event: Event) -> str:
    """A small table: when, kind, trigger words, participants, location, source and span."""
    return _fields_table(
        "Event",
        (
            ("when", _value_text(event.when)),
            ("kind", event.kind.value),
            ("words", event.trigger),
            ("participants", ", ".join(a.name for a in event.participants)),
            ("location", event.location),
            ("source", _source_text(event)),
        ),
    )


def _source_text(item: Statement | Event) -> str:
    where = f"characters {item.span.start}..{item.span.end}"
    return f"{item.source.id}, {where}" if item.source is not None else where


def _row(item: Statement | Event) -> str:
    if isinstance(item, Statement):
        who, kind = speakers_text(item), "statement" if item.direct else "statement (reported)"
        words, where = item.text, item.medium or ""
    else:
        who = ", ".join(a.name for a in item.actors)
        kind, words, where = str(item.kind), item.trigger, item.location or ""
    cells = (who, kind, one_line(words, 2 * WORDS), where)
    return "<tr>" + _when_html(item.when) + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>"


def timeline_html(timeline: Timeline, *, rows: int = ROWS) -> str:
    """A compact table: counts and span of dates in the caption, the first ``rows`` items in time order."""
    items = list(timeline)
    head = "<tr><th>when</th><th>who</th><th>kind</th><th>words</th><th>where</th></tr>"
    body = "".join(_row(item) for item in items[:rows])
    more = len(items) - rows
    if more > 0:
        body += f'<tr><td colspan="5">\u2026 {_plural(more, "more item")}</td></tr>'
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.kind)] = kinds.get(str(item.kind), 0) + 1
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    caption = timeline_repr(timeline)[1:-1] + (f" ({by_kind})" if by_kind else "")
    return (
        f'{_STYLE}<table class="ntl-table"><caption>{_e(caption)}</caption>'
        f"<thead>{head}</thead><tbody>{body}</tbody></table>"
    )
