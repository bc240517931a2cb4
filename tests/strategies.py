"""Hypothesis strategies: one per model class, registered so ``st.from_type(Cls)`` uses them.

Values are built through the public constructors, so everything drawn is a valid model object;
text includes any Unicode (lone surrogates too, now and then), dates any year 1..9999, and time
values come from valid TIMEX3 strings of every granularity, uncertain ones with alternatives.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from hypothesis import assume
from hypothesis import strategies as st

from nato_ukraine_timeline import (
    Actor,
    ActorKind,
    Basis,
    DateMention,
    DateValue,
    Event,
    EventKind,
    Granularity,
    ModelError,
    Provenance,
    Role,
    Source,
    Span,
    Statement,
    Timeline,
    TimexType,
)

__all__ = [
    "actors",
    "date_mentions",
    "date_values",
    "events",
    "provenances",
    "roles",
    "sources",
    "spans",
    "statements",
    "texts",
    "timelines",
    "timex_values",
]

# Text: mostly printable, sometimes Cyrillic and punctuation that CSV and JSON must quote, and now and
# then any code point at all (control characters, lone surrogates).
_ALPHABET: Final = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from("Зеленськийé \"',;\n\r\t\\"),
    st.characters(exclude_categories=()),
)


def _no_surrogate_pair(text: str) -> str:
    """A low surrogate right after a high one becomes "?": JSON reads such a pair as the one character it
    encodes (``"\\ud800\\udc00"`` is U+10000), so no JSON text can keep the two apart (the serializers'
    documented limit, asserted in tests/test_serialize.py); lone surrogates stay."""
    chars = list(text)
    for i in range(1, len(chars)):
        if "\ud800" <= chars[i - 1] <= "\udbff" and "\udc00" <= chars[i] <= "\udfff":
            chars[i] = "?"
    return "".join(chars)


texts: Final = st.text(_ALPHABET, max_size=12).map(_no_surrogate_pair)
# Built, not filtered: a filter on whitespace would discard many draws.
nonblank: Final = st.builds(lambda a, c, b: a + c + b, texts, st.characters(categories=["L", "N", "P", "S"]), texts)
optional_texts: Final = st.none() | texts
days: Final = st.dates()  # 0001-01-01 .. 9999-12-31


def _ordered_dates() -> st.SearchStrategy[tuple[dt.date | None, dt.date | None]]:
    def order(pair: tuple[dt.date | None, dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
        lo, hi = pair
        if lo is not None and hi is not None and hi < lo:
            return hi, lo
        return lo, hi

    return st.tuples(st.none() | days, st.none() | days).map(order)


# --------------------------------------------------------------------------------------------------
# Spans, sources, actors

spans: Final = st.tuples(st.integers(0, 10**6), st.integers(0, 10**4)).map(lambda p: Span(start=p[0], end=p[0] + p[1]))
sources: Final = st.builds(
    Source,
    id=texts,
    url=optional_texts,
    outlet=optional_texts,
    published=st.none() | days,
)
provenances: Final = st.builds(Provenance, span=spans, source=st.none() | sources)
roles: Final = st.builds(
    lambda title, organisation, bounds: Role(title=title, organisation=organisation, start=bounds[0], end=bounds[1]),
    nonblank,
    optional_texts,
    _ordered_dates(),
)
actor_ids: Final = st.from_regex(r"[a-z0-9][a-z0-9_.:-]{0,12}", fullmatch=True)
actors: Final = st.builds(
    Actor,
    id=actor_ids,
    name=nonblank,
    kind=st.sampled_from(ActorKind),
    aliases=st.lists(texts, max_size=2),
    roles=st.lists(roles, max_size=2),
    wikidata=st.none() | st.from_regex(r"Q[1-9][0-9]{0,8}", fullmatch=True),
)


# --------------------------------------------------------------------------------------------------
# Time values: TIMEX3 strings of every granularity


def _year(d: dt.date) -> str:
    return f"{d.year:04d}"


def _week(d: dt.date) -> tuple[str, str, int]:
    year, week, weekday = d.isocalendar()
    return f"{year:04d}", f"{week:02d}", weekday


_X_YEAR: Final = st.just("XXXX")
_TIMEX_BY_GRANULARITY: Final[dict[Granularity, st.SearchStrategy[str]]] = {
    Granularity.DAY: st.one_of(
        days.map(dt.date.isoformat),
        days.map(lambda d: f"XXXX-{d.month:02d}-{d.day:02d}"),
        days.map(lambda d: f"{_year(d)}-{d.month:02d}-XX"),
        st.just("XXXX-XX-XX"),
        days.map(lambda d: "{}-W{}-{}".format(*_week(d))),
        st.integers(1, 7).map(lambda wd: f"XXXX-WXX-{wd}"),
    ),
    Granularity.TIME: st.tuples(days, st.sampled_from(["MO", "AF", "EV", "NI", "DT", "14", "09:30", "23:59:59"])).map(
        lambda p: f"{p[0].isoformat()}T{p[1]}"
    ),
    Granularity.WEEKEND: days.map(lambda d: "{}-W{}-WE".format(*_week(d)[:2])),
    Granularity.WEEK: days.map(lambda d: "{}-W{}".format(*_week(d)[:2])) | st.just("XXXX-WXX"),
    Granularity.MONTH: days.map(lambda d: f"{_year(d)}-{d.month:02d}") | days.map(lambda d: f"XXXX-{d.month:02d}"),
    # a winter runs into the next year: 9999-WI would end in year 10000, which datetime cannot hold
    Granularity.SEASON: st.tuples(
        st.dates(max_value=dt.date(9998, 12, 31)).map(_year) | _X_YEAR, st.sampled_from(["SP", "SU", "FA", "WI"])
    ).map("-".join),
    Granularity.QUARTER: st.tuples(days.map(_year) | _X_YEAR, st.sampled_from(["Q1", "Q2", "Q3", "Q4", "QX"])).map(
        "-".join
    ),
    Granularity.HALF: st.tuples(days.map(_year) | _X_YEAR, st.sampled_from(["H1", "H2", "HX"])).map("-".join),
    Granularity.YEAR: days.map(_year) | _X_YEAR,
    Granularity.DECADE: st.integers(0, 999).map(lambda n: f"{n:03d}"),
    Granularity.CENTURY: st.integers(0, 99).map(lambda n: f"{n:02d}"),
    Granularity.PRESENT: st.just("PRESENT_REF"),
    Granularity.PAST: st.just("PAST_REF"),
    Granularity.FUTURE: st.just("FUTURE_REF"),
    Granularity.DURATION: st.one_of(
        st.tuples(st.integers(1, 99), st.sampled_from("YMWDLCE")).map(lambda p: f"P{p[0]}{p[1]}"),
        st.tuples(st.integers(1, 99), st.sampled_from("HMS")).map(lambda p: f"PT{p[0]}{p[1]}"),
        st.sampled_from(["PXY", "PXD", "P1DT12H", "P1.5Y"]),
    ),
}
#: TIMEX3 values of type SET (read with ``set_type=True``).
set_timex_values: Final = st.sampled_from(["XXXX-WXX-7", "XXXX-XX-XX", "P1W", "P1D", "XXXX-WXX-1", "XXXX-12"])
#: Any TIMEX3 value of a DATE, TIME or DURATION, of every granularity.
timex_values: Final = st.sampled_from(sorted(_TIMEX_BY_GRANULARITY, key=list(Granularity).index)).flatmap(
    _TIMEX_BY_GRANULARITY.__getitem__
)


@st.composite
def date_values(draw: st.DrawFn, granularity: Granularity | None = None) -> DateValue:
    """A valid :class:`DateValue`, of ``granularity`` if given (``SET`` included)."""
    if granularity is None:
        granularity = draw(st.sampled_from(Granularity))
    set_type = granularity is Granularity.SET
    timex = draw(set_timex_values if set_type else _TIMEX_BY_GRANULARITY[granularity])
    uncertain = draw(st.booleans())
    alternatives = draw(st.lists(set_timex_values if set_type else timex_values, max_size=3)) if uncertain else []
    lo, hi = draw(_ordered_dates())
    kwargs: dict[str, Any] = {"alternatives": alternatives, "earliest": lo, "latest": hi}
    kwargs.update(basis=draw(st.sampled_from(Basis)), reason=draw(texts), uncertain=uncertain, set_type=set_type)
    while True:  # the model refuses alternatives outside the bounds and bounds that hold no day of the value
        try:
            return DateValue.from_timex(timex, **kwargs)
        except ModelError as exc:
            if exc.field.startswith("alternatives") and kwargs["alternatives"]:
                kwargs["alternatives"] = []
            elif exc.field == "earliest" and kwargs["earliest"] is not None:
                kwargs["earliest"] = kwargs["latest"] = None
            else:
                assume(False)  # a day no calendar has ("XXXX-04-31"): not a value the model holds


date_mentions: Final = st.builds(
    lambda start, text, type_, value: DateMention(
        start=start, end=start + len(text), text=text, type=type_, value=value
    ),
    st.integers(0, 10**6),
    texts,
    st.sampled_from(TimexType),
    date_values(),
)


# --------------------------------------------------------------------------------------------------
# Statements, events, timelines

_whens: Final = st.none() | date_values()


def _co_speakers(speaker: Actor) -> st.SearchStrategy[list[Actor]]:
    """Other speakers of joint words: distinct ids, none the speaker's (the model refuses both)."""
    return st.lists(actors.filter(lambda a: a.id != speaker.id), max_size=2, unique_by=lambda a: a.id)


_STATEMENT_FIELDS: Final[dict[str, st.SearchStrategy[Any]]] = {
    "text": texts,
    "direct": st.booleans(),
    "span": spans,
    "when": _whens,
    "medium": optional_texts,
    "addressees": st.lists(texts, max_size=2),
    "source": st.none() | sources,
    "also_found": st.lists(provenances, max_size=2),
}
#: A statement, with co-speakers (joint words) in some draws.
statements: Final = actors.flatmap(
    lambda speaker: st.builds(
        Statement, speaker=st.just(speaker), co_speakers=_co_speakers(speaker), **_STATEMENT_FIELDS
    )
)
events: Final = st.builds(
    Event,
    kind=st.sampled_from(EventKind),
    trigger=texts,
    span=spans,
    when=_whens,
    participants=st.lists(actors, max_size=2),
    location=optional_texts,
    source=st.none() | sources,
    also_found=st.lists(provenances, max_size=2),
    trigger_span=st.none() | spans,
    date_span=st.none() | spans,
    date_reason=texts,
)
timelines: Final = st.builds(
    Timeline,
    statements=st.lists(statements, max_size=3),
    events=st.lists(events, max_size=3),
    actors=st.lists(actors, max_size=3, unique_by=lambda a: a.id),
)

for _cls, _strategy in (
    (Span, spans),
    (Source, sources),
    (Provenance, provenances),
    (Role, roles),
    (Actor, actors),
    (DateValue, date_values()),
    (DateMention, date_mentions),
    (Statement, statements),
    (Event, events),
    (Timeline, timelines),
):
    st.register_type_strategy(_cls, _strategy)
