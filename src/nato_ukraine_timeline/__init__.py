"""nato_ukraine_timeline: a typed, traceable timeline of NATO, Ukraine and Russia news, 2024-2025.

``find_dates(text)`` finds and resolves temporal expressions; ``parse(text)`` builds a
:class:`Timeline` of statements and events; ``dumps``/``loads`` and friends serialise the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    InvalidOptionError,
    ModelError,
    ReadError,
    ResourceError,
    SerializationError,
    TimelineError,
    UnsupportedFormatError,
    WriteError,
)
from .model import (
    Actor,
    ActorKind,
    Basis,
    DateMention,
    DateValue,
    Event,
    EventKind,
    Granularity,
    Provenance,
    Role,
    Source,
    Span,
    Statement,
    Timeline,
    TimexType,
)

if TYPE_CHECKING:  # imported on first use (PEP 562 __getattr__ below), so that importing the package is fast
    from ._actors import (
        ActorMention,
        ActorRegistry,
        MentionKind,
        TermEvidence,
        TitleInfo,
        actor_registry,
        find_actor_mentions,
        term_bounds,
    )
    from ._dates import FeedItem, FeedReading, find_dates, read_feed
    from ._example import Example, example
    from ._formats import export, to_geojson, to_ics, to_jsonld, to_timelinejs
    from ._parallel import Document, ParseFailure, parse_many
    from ._parse import parse
    from ._render import render
    from .serialize import (
        dump,
        dumps,
        iter_jsonl,
        json_schema,
        load,
        loads,
        read_jsonl,
        to_csv_rows,
        write_csv,
        write_jsonl,
    )

#: Public names that live in modules imported on first use: name -> module.
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        (
            "ActorMention",
            "ActorRegistry",
            "MentionKind",
            "TermEvidence",
            "TitleInfo",
            "actor_registry",
            "find_actor_mentions",
            "term_bounds",
        ),
        "._actors",
    ),
    **dict.fromkeys(("FeedItem", "FeedReading", "find_dates", "read_feed"), "._dates"),
    "Example": "._example",
    "example": "._example",
    "Document": "._parallel",
    "ParseFailure": "._parallel",
    "parse_many": "._parallel",
    "parse": "._parse",
    "render": "._render",
    **dict.fromkeys(("export", "to_geojson", "to_ics", "to_jsonld", "to_timelinejs"), "._formats"),
    **dict.fromkeys(
        (
            "dump",
            "dumps",
            "iter_jsonl",
            "json_schema",
            "load",
            "loads",
            "read_jsonl",
            "to_csv_rows",
            "write_csv",
            "write_jsonl",
        ),
        ".serialize",
    ),
}

__all__ = [
    "Actor",
    "ActorKind",
    "ActorMention",
    "ActorRegistry",
    "Basis",
    "DateMention",
    "DateValue",
    "Document",
    "Event",
    "EventKind",
    "Example",
    "FeedItem",
    "FeedReading",
    "Granularity",
    "InvalidOptionError",
    "MentionKind",
    "ModelError",
    "ParseFailure",
    "Provenance",
    "ReadError",
    "ResourceError",
    "Role",
    "SerializationError",
    "Source",
    "Span",
    "Statement",
    "TermEvidence",
    "Timeline",
    "TimelineError",
    "TimexType",
    "TitleInfo",
    "UnsupportedFormatError",
    "WriteError",
    "actor_registry",
    "dump",
    "dumps",
    "example",
    "export",
    "find_actor_mentions",
    "find_dates",
    "iter_jsonl",
    "json_schema",
    "load",
    "loads",
    "parse",
    "parse_many",
    "read_feed",
    "read_jsonl",
    "render",
    "term_bounds",
    "to_csv_rows",
    "to_geojson",
    "to_ics",
    "to_jsonld",
    "to_timelinejs",
    "write_csv",
    "write_jsonl",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        from importlib import import_module  # noqa: PLC0415 - only on first use of a lazy name

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("nato_ukraine_timeline")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
