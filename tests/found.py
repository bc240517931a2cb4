"""What ``parse`` finds in a synthetic sentence, in the shapes the session tests of attribution and events compare
(seventeenth session, review17: one copy instead of one a test file).

``said``: each statement as (its speakers joined by " and ", the words of its span); ``speakers``: the name of
each statement's speaker; ``kinds_triggers_dates``:
each event as (kind, trigger, TIMEX3 value or ""); ``kinds_words_dates``: each event as (kind, the words of its
trigger span, TIMEX3 value or None); ``with_trigger``: the events whose trigger words read as given.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from nato_ukraine_timeline import Event, parse
from nato_ukraine_timeline._event_rules import EXAMPLE_PUBLISHED

__all__ = [
    "EVENTS_PUBLISHED",
    "STATEMENTS_PUBLISHED",
    "kinds_triggers_dates",
    "kinds_words_dates",
    "said",
    "speakers",
    "with_trigger",
]

STATEMENTS_PUBLISHED: Final = dt.date(2025, 3, 14)  # a Friday
EVENTS_PUBLISHED: Final = dt.date.fromisoformat(EXAMPLE_PUBLISHED)  # the event rules' examples' day


def said(text: str, published: dt.date = STATEMENTS_PUBLISHED) -> list[tuple[str, str]]:
    """The statements of ``text``: (speakers, the words of the statement's span)."""
    timeline = parse(text, published=published)
    return [(" and ".join(a.name for a in s.speakers), text[s.span.start : s.span.end]) for s in timeline.statements]


def speakers(text: str, published: dt.date = STATEMENTS_PUBLISHED) -> list[str]:
    """The name of each statement's speaker in ``text``, in order (a statement with no speaker is left out)."""
    return [s.speaker.name for s in parse(text, published=published).statements if s.speaker is not None]


def kinds_triggers_dates(text: str, published: dt.date = STATEMENTS_PUBLISHED) -> list[tuple[str, str, str]]:
    """The events of ``text``: (kind, trigger, TIMEX3 value of the date or "" where it has none)."""
    return [(str(e.kind), e.trigger, e.when.timex if e.when else "") for e in parse(text, published=published).events]


def kinds_words_dates(text: str, published: dt.date = EVENTS_PUBLISHED) -> list[tuple[str, str, str | None]]:
    """The events of ``text``: (kind, the words of the trigger span, or the trigger where it has none, TIMEX3 value
    of the date or None)."""
    out = []
    for e in parse(text, published=published).events:
        word = text[e.trigger_span.start : e.trigger_span.end] if e.trigger_span else e.trigger
        out.append((str(e.kind), word, e.when.timex if e.when else None))
    return out


def with_trigger(text: str, trigger: str, published: dt.date = EVENTS_PUBLISHED) -> list[Event]:
    """The events of ``text`` whose trigger words (``trigger_span``) read ``trigger``."""
    return [
        e
        for e in parse(text, published=published).events
        if e.trigger_span and text[e.trigger_span.start : e.trigger_span.end] == trigger
    ]
