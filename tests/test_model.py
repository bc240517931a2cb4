"""The model: validation at construction, actors' roles, time values, and the Timeline's behaviour."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from typing import Any

import attrs
import pytest
from hypothesis import example, given
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
    TimelineError,
    TimexType,
)
from nato_ukraine_timeline._timex import granularity_of
from strategies import date_values, set_timex_values, timex_values

D = dt.date
RUTTE = Actor(
    id="mark-rutte",
    name="Mark Rutte",
    kind=ActorKind.PERSON,
    roles=[
        Role(title="Prime Minister of the Netherlands", start=D(2010, 10, 14), end=D(2024, 7, 2)),
        Role(title="Secretary General", organisation="NATO", start=D(2024, 10, 1)),
    ],
)
STOLTENBERG = Actor(
    id="jens-stoltenberg",
    name="Jens Stoltenberg",
    kind=ActorKind.PERSON,
    roles=[Role(title="Secretary General", organisation="NATO", start=D(2014, 10, 1), end=D(2024, 9, 30))],
)


def raises(cls: str, field: str, message: str) -> Any:
    """``pytest.raises`` for a ModelError with exactly this class, field and message."""
    return pytest.raises(ModelError, match="^" + re.escape(f"invalid {cls}.{field}: {message}") + "$")


def day(timex: str, **kw: Any) -> DateValue:
    return DateValue.from_timex(timex, **kw)


class TestErrors:
    def test_model_error_is_a_value_error_and_a_timeline_error(self) -> None:
        """Callers can catch ModelError as ValueError or as the library's base error."""
        with pytest.raises(ValueError, match="before start") as info:
            Span(start=3, end=1)
        assert isinstance(info.value, TimelineError)
        assert (info.value.what, info.value.field) == ("Span", "end")  # type: ignore[attr-defined]

    def test_model_error_pickles(self) -> None:
        """A ModelError survives pickling (process pools, Dask) with its message."""
        err = ModelError("Span", "end", "end=1 is before start=3")
        again = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
        assert str(again) == str(err) == "invalid Span.end: end=1 is before start=3"


class TestSpan:
    def test_end_before_start(self) -> None:
        """A span ending before it starts is rejected, naming both offsets."""
        with raises("Span", "end", "end=2 is before start=5"):
            Span(start=5, end=2)

    def test_negative_start(self) -> None:
        """Offsets are never negative."""
        with raises("Span", "start", "must be >= 0, got -1"):
            Span(start=-1, end=3)

    @pytest.mark.parametrize(
        ("kwargs", "field", "message"),
        [
            ({"start": "1", "end": 2}, "start", "expected int, got str '1'"),
            ({"start": 1, "end": 2.0}, "end", "expected int, got float 2.0"),
            ({"start": True, "end": 2}, "start", "expected int, got bool True"),
        ],
    )
    def test_wrong_types(self, kwargs: dict[str, Any], field: str, message: str) -> None:
        """Offsets must be real ints (not str, float or bool)."""
        with raises("Span", field, message):
            Span(**kwargs)

    def test_len_and_order(self) -> None:
        """A span's length is end - start; spans order by start, then end."""
        assert len(Span(start=3, end=10)) == 7
        assert Span(start=1, end=9) < Span(start=2, end=3) < Span(start=2, end=4)


class TestSource:
    def test_datetime_is_not_a_date(self) -> None:
        """A datetime would lose its time silently, so it is refused where a date is expected."""
        with raises("Source", "published", "expected datetime.date, got datetime datetime.datetime(2025, 2, 17, 0, 0)"):
            Source(id="x", published=dt.datetime(2025, 2, 17))  # noqa: DTZ001 - the point is a naive datetime

    def test_id_must_be_str(self) -> None:
        """Source ids are strings."""
        with raises("Source", "id", "expected str, got int 7"):
            Source(id=7)  # type: ignore[arg-type]

    def test_url_must_be_str(self) -> None:
        """Optional text fields are None or str."""
        with raises("Source", "url", "expected str, got bytes b'x'"):
            Source(id="x", url=b"x")  # type: ignore[arg-type]


class TestRole:
    def test_end_before_start(self) -> None:
        """A role cannot end before it starts."""
        with raises("Role", "end", "end=2024-01-01 is before start=2024-10-01"):
            Role(title="Secretary General", start=D(2024, 10, 1), end=D(2024, 1, 1))

    def test_empty_title(self) -> None:
        """A role has a title."""
        with raises("Role", "title", "must not be empty"):
            Role(title="  ")

    def test_wrong_date_type(self) -> None:
        """Role bounds are dates, not strings."""
        with raises("Role", "start", "expected datetime.date, got str '2024-10-01'"):
            Role(title="x", start="2024-10-01")  # type: ignore[arg-type]

    def test_holds_on_is_inclusive(self) -> None:
        """A role is held on its first and last day, and open ends are unbounded."""
        role = Role(title="x", start=D(2024, 1, 1), end=D(2024, 1, 31))
        assert role.holds_on(D(2024, 1, 1))
        assert role.holds_on(D(2024, 1, 31))
        assert not role.holds_on(D(2023, 12, 31))
        assert not role.holds_on(D(2024, 2, 1))
        assert Role(title="x").holds_on(D(1, 1, 1))


class TestActor:
    def test_role_on(self) -> None:
        """role_on gives the title held on a day: Rutte is NATO Secretary General from 2024-10-01."""
        assert RUTTE.role_on(D(2024, 11, 1)) == RUTTE.roles[1]
        assert RUTTE.role_on(D(2024, 3, 1)) == RUTTE.roles[0]
        assert RUTTE.role_on(D(2024, 9, 1)) is None  # between the two offices
        assert STOLTENBERG.role_on(D(2024, 9, 1)) is not None
        assert STOLTENBERG.role_on(D(2024, 11, 1)) is None

    def test_role_on_prefers_latest_start(self) -> None:
        """With overlapping roles, role_on gives the one that started last; roles_on gives all."""
        a = Actor(
            id="a",
            name="A",
            kind=ActorKind.PERSON,
            roles=[Role(title="old", start=D(2020, 1, 1)), Role(title="new", start=D(2024, 1, 1)), Role(title="open")],
        )
        assert a.role_on(D(2024, 6, 1)) == Role(title="new", start=D(2024, 1, 1))
        assert len(a.roles_on(D(2024, 6, 1))) == 3
        assert a.role_on(D(2019, 1, 1)) == Role(title="open")

    @given(st.from_type(Actor), st.dates())
    def test_role_on_is_held(self, actor: Actor, on: dt.date) -> None:
        """role_on returns a role held that day, or None exactly when none is held."""
        role = actor.role_on(on)
        assert (role is None) == (not any(r.holds_on(on) for r in actor.roles))
        if role is not None:
            assert role.holds_on(on)
            assert role in actor.roles_on(on)

    @pytest.mark.parametrize(
        ("kwargs", "field", "message"),
        [
            ({"id": "Mark Rutte"}, "id", "must be lowercase a-z0-9 and _.:-, got 'Mark Rutte'"),
            ({"name": ""}, "name", "must not be empty"),
            ({"kind": "wizard"}, "kind", "expected one of person, organisation, state, media, got 'wizard'"),
            ({"wikidata": "57792"}, "wikidata", "not a Wikidata id: '57792'"),
            ({"aliases": ["Rutte", 3]}, "aliases[1]", "expected str, got int 3"),
            ({"roles": ["Secretary General"]}, "roles[0]", "expected Role, got str 'Secretary General'"),
        ],
    )
    def test_invalid(self, kwargs: dict[str, Any], field: str, message: str) -> None:
        """Each invalid field is named with what is wrong."""
        base: dict[str, Any] = {"id": "mark-rutte", "name": "Mark Rutte", "kind": ActorKind.PERSON}
        with raises("Actor", field, message):
            Actor(**(base | kwargs))

    def test_one_alias_string_is_one_alias(self) -> None:
        """A single alias given as a str is kept whole, not split into characters."""
        assert Actor(id="a", name="A", kind=ActorKind.STATE, aliases="Ukraine").aliases == ("Ukraine",)
        assert RUTTE.names == ("Mark Rutte",)


class TestDateValue:
    def test_timex_contradicting_granularity(self) -> None:
        """The granularity must be the one the TIMEX3 value states."""
        with raises("DateValue", "granularity", "'day' contradicts timex '2024-10', which is 'month'"):
            DateValue(timex="2024-10", granularity=Granularity.DAY, earliest=D(2024, 10, 1), latest=D(2024, 10, 31))

    def test_not_a_timex(self) -> None:
        """A string that is no TIMEX3 value is rejected (by the constructor and by from_timex)."""
        with raises("DateValue", "timex", "not a TIMEX3 value: 'Oct. 3'"):
            DateValue(timex="Oct. 3", granularity=Granularity.DAY)
        with raises("DateValue", "timex", "not a TIMEX3 value: '2024-02-30'"):
            DateValue.from_timex("2024-02-30")

    def test_bounds_must_match_a_specific_timex(self) -> None:
        """A month covers its first to its last day: other bounds contradict it."""
        message = "timex '2024-02' covers 2024-02-01..2024-02-29, not 2024-02-17..2024-02-17"
        with raises("DateValue", "earliest", message):
            DateValue(timex="2024-02", granularity=Granularity.MONTH, earliest=D(2024, 2, 17), latest=D(2024, 2, 17))

    def test_latest_before_earliest(self) -> None:
        """Bounds of an underspecified value must be in order."""
        with raises("DateValue", "latest", "latest=2024-01-01 is before earliest=2025-01-01"):
            day("XXXX-02-17", earliest=D(2025, 1, 1), latest=D(2024, 1, 1))

    def test_bad_alternative(self) -> None:
        """Alternatives are TIMEX3 values too."""
        with raises("DateValue", "alternatives[1]", "not a TIMEX3 value: 'Feb 2025'"):
            day("2024-02-17", uncertain=True, alternatives=["2024-02-17", "Feb 2025"])

    def test_wrong_types(self) -> None:
        """Enums must be enum members and flags real bools."""
        with raises("DateValue", "basis", "expected one of " + ", ".join(b.value for b in Basis) + ", got 'guess'"):
            day("2024", basis="guess")
        with raises("DateValue", "uncertain", "expected bool, got int 1"):
            day("2024", uncertain=1)
        with raises("DateValue", "earliest", "expected datetime.date, got str '2024-01-01'"):
            day("XXXX-01-01", earliest="2024-01-01")

    @pytest.mark.parametrize(
        ("timex", "granularity", "earliest", "latest", "edtf"),
        [
            ("2024-10-03", Granularity.DAY, D(2024, 10, 3), D(2024, 10, 3), "2024-10-03"),
            ("2024-02", Granularity.MONTH, D(2024, 2, 1), D(2024, 2, 29), "2024-02"),
            ("2024-W40", Granularity.WEEK, D(2024, 9, 30), D(2024, 10, 6), "2024-09-30/2024-10-06"),
            ("2024-WI", Granularity.SEASON, D(2024, 12, 1), D(2025, 2, 28), "2024-24"),
            ("2025-Q3", Granularity.QUARTER, D(2025, 7, 1), D(2025, 9, 30), "2025-35"),
            ("2024", Granularity.YEAR, D(2024, 1, 1), D(2024, 12, 31), "2024"),
            ("202", Granularity.DECADE, D(2020, 1, 1), D(2029, 12, 31), "202X"),
            ("XXXX-02-17", Granularity.DAY, None, None, "XXXX-02-17"),
            ("PRESENT_REF", Granularity.PRESENT, None, None, "../.."),
            ("P2D", Granularity.DURATION, None, None, None),
            ("2025-02-14T10:00", Granularity.TIME, D(2025, 2, 14), D(2025, 2, 14), "2025-02-14T10:00:00"),
            ("2025-02-14T09", Granularity.TIME, D(2025, 2, 14), D(2025, 2, 14), "2025-02-14T09:00:00"),
            ("2025-02-14TEV", Granularity.TIME, D(2025, 2, 14), D(2025, 2, 14), "2025-02-14"),
        ],
    )
    def test_from_timex(
        self, timex: str, granularity: Granularity, earliest: D | None, latest: D | None, edtf: str | None
    ) -> None:
        """from_timex derives granularity and bounds; a day is never invented for a month."""
        v = DateValue.from_timex(timex)
        assert (v.granularity, v.earliest, v.latest, v.edtf) == (granularity, earliest, latest, edtf)

    def test_uncertain_edtf(self) -> None:
        """Uncertainty shows in EDTF: '?' alone, or a one-of set of the alternatives."""
        assert day("2025-02-17", uncertain=True).edtf == "2025-02-17?"
        both = day("2025-02-17", uncertain=True, alternatives=["2024-02-17", "2025-02-17"])
        assert both.edtf == "[2024-02-17,2025-02-17]"
        assert str(both) == "2025-02-17?"

    @given(st.dates(D(2024, 1, 1), D(2025, 12, 30)), st.integers(1, 400), st.booleans())
    def test_one_unknown_day_between_bounds(self, lo: D, days: int, uncertain: bool) -> None:
        """One unknown day the text bounds (a statement in an undated feed item) is EDTF's "one of" the
        days between its bounds, and reads as that interval, not as ``XXXX-XX-XX``."""
        hi = lo + dt.timedelta(days=days)
        v = DateValue.from_timex("XXXX-XX-XX", basis=Basis.DOCUMENT_ORDER, uncertain=uncertain, earliest=lo, latest=hi)
        assert v.between == (lo, hi)
        assert v.edtf == f"[{lo.isoformat()}..{hi.isoformat()}]"
        assert str(v) == f"{lo.isoformat()}..{hi.isoformat()}" + ("?" if uncertain else "")
        assert "XXXX" not in repr(v)
        same = DateValue.from_timex("XXXX-XX-XX", earliest=lo, latest=lo)
        assert same.between is None
        assert str(same) == "XXXX-XX-XX"

    @given(timex_values)
    def test_from_timex_agrees_with_granularity_of(self, timex: str) -> None:
        """For every TIMEX3 value, from_timex's granularity is the one the value states, bounds ordered."""
        v = DateValue.from_timex(timex)
        assert v.granularity == granularity_of(timex)
        if v.earliest is not None and v.latest is not None:
            assert v.earliest <= v.latest

    @given(date_values(Granularity.DAY))
    def test_edtf_of_a_day_is_the_day(self, v: DateValue) -> None:
        """A fully specified day (calendar or ISO week date) is one EDTF date, with '?' when uncertain."""
        if v.earliest is None or v.alternatives or not v.is_specific:
            return
        assert v.edtf == v.earliest.isoformat() + ("?" if v.uncertain else "")

    @given(set_timex_values)
    def test_set_values(self, timex: str) -> None:
        """TIMEX3 values of type SET have granularity SET and no EDTF."""
        v = DateValue.from_timex(timex, set_type=True)
        assert v.granularity is Granularity.SET
        assert v.edtf is None

    @given(date_values())
    def test_evolve_keeps_validity(self, v: DateValue) -> None:
        """Values are frozen: evolve makes a validated copy, and a contradicting evolve is refused."""
        assert attrs.evolve(v) == v
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            v.timex = "2024"  # type: ignore[misc]
        if v.granularity is not Granularity.YEAR:
            with pytest.raises(ModelError):
                attrs.evolve(v, granularity=Granularity.YEAR)

    @pytest.mark.parametrize("timex", ["9999-W52", "9999-W52-7", "9999-W52-WE"])
    def test_week_past_the_calendar_end_is_a_model_error(self, timex: str) -> None:
        """ISO week 52 of 9999 ends in year 10000: the value is refused with ModelError, not OverflowError."""
        with pytest.raises(ModelError, match="not a TIMEX3 value"):
            DateValue.from_timex(timex)

    def test_last_representable_week_days_still_load(self) -> None:
        """The days of 9999's last ISO week that the calendar holds are still values."""
        assert DateValue.from_timex("9999-W52-5").earliest == dt.date(9999, 12, 31)


class TestDateMention:
    def test_text_must_fit_span(self) -> None:
        """The mention's text is exactly the characters its offsets cover."""
        with raises("DateMention", "text", "'Feb. 17' has 7 characters, the span 6"):
            DateMention(start=10, end=16, text="Feb. 17", type=TimexType.DATE, value=day("XXXX-02-17"))

    def test_value_must_be_a_date_value(self) -> None:
        """The value is a DateValue, not its TIMEX3 string."""
        with raises("DateMention", "value", "expected DateValue, got str 'XXXX-02-17'"):
            DateMention(start=0, end=7, text="Feb. 17", type=TimexType.DATE, value="XXXX-02-17")  # type: ignore[arg-type]

    def test_timex_and_span(self) -> None:
        """timex and span are read from the value and the offsets."""
        m = DateMention(start=3, end=10, text="Feb. 17", type=TimexType.DATE, value=day("XXXX-02-17"))
        assert (m.timex, m.span) == ("XXXX-02-17", Span(start=3, end=10))


def statement(text: str = "words", when: str | None = None, speaker: Actor = RUTTE, start: int = 0) -> Statement:
    return Statement(
        speaker=speaker,
        text=text,
        direct=True,
        span=Span(start=start, end=start + len(text)),
        when=day(when) if when else None,
    )


def event(kind: EventKind = EventKind.MEETING, when: str | None = None, participants: tuple[Actor, ...] = ()) -> Event:
    return Event(kind=kind, trigger="met", span=Span(start=0, end=3), when=day(when) if when else None,
                 participants=participants)  # fmt: skip


class TestStatementEvent:
    @pytest.mark.parametrize(
        ("kwargs", "field", "message"),
        [
            ({"speaker": "Rutte"}, "speaker", "expected Actor, got str 'Rutte'"),
            ({"direct": "yes"}, "direct", "expected bool, got str 'yes'"),
            ({"when": "2024-10-03"}, "when", "expected DateValue, got str '2024-10-03'"),
            ({"span": (0, 5)}, "span", "expected Span, got tuple (0, 5)"),
            ({"addressees": [None]}, "addressees[0]", "expected str, got NoneType None"),
            ({"source": "doc"}, "source", "expected Source, got str 'doc'"),
        ],
    )
    def test_statement_wrong_types(self, kwargs: dict[str, Any], field: str, message: str) -> None:
        """Each wrongly typed statement field is named."""
        base: dict[str, Any] = {"speaker": RUTTE, "text": "x", "direct": True, "span": Span(start=0, end=1)}
        with raises("Statement", field, message):
            Statement(**(base | kwargs))

    def test_event_wrong_types(self) -> None:
        """An event's kind is an EventKind and its participants Actors."""
        with raises("Event", "kind", "expected one of " + ", ".join(k.value for k in EventKind) + ", got 'party'"):
            Event(kind="party", trigger="x", span=Span(start=0, end=1))
        with raises("Event", "participants[0]", "expected Actor, got str 'Rutte'"):
            Event(kind=EventKind.VISIT, trigger="x", span=Span(start=0, end=1), participants=["Rutte"])  # type: ignore[list-item]

    def test_kind_and_actors(self) -> None:
        """Statements and events expose kind and actors alike, for filtering."""
        assert (statement().kind, statement().actors) == ("statement", (RUTTE,))
        e = event(EventKind.SUMMIT, participants=(RUTTE, STOLTENBERG))
        assert (e.kind, e.actors) == (EventKind.SUMMIT, (RUTTE, STOLTENBERG))

    def test_dedup_key_ignores_case_punctuation_and_span(self) -> None:
        """The same words said twice (other span, other punctuation or case) are one statement."""
        a = statement('"Europe is ready," he said', when="2025-02-17")
        b = statement("europe is ready he said", when="2025-02-17", start=500)
        assert a.dedup_key() == b.dedup_key()
        assert a.dedup_key() != statement("europe is ready he said", when="2025-02-18").dedup_key()


class TestTimeline:
    def test_iterates_in_time_order_undated_last(self) -> None:
        """Iteration is by date; undated items come last; the fields keep their given order."""
        late, early, undated = statement("b", "2025-01-23"), event(when="2024-07-10"), statement("c")
        tl = Timeline(statements=[undated, late], events=[early])
        assert list(tl) == [early, late, undated]
        assert tl.statements == (undated, late)
        assert len(tl) == 3

    def test_duplicate_actor_ids(self) -> None:
        """A timeline lists each actor id once."""
        with raises("Timeline", "actors[1]", "duplicate actor id 'mark-rutte'"):
            Timeline(actors=[RUTTE, attrs.evolve(RUTTE, name="M. Rutte")])

    def test_of_collects_actors(self) -> None:
        """Timeline.of splits items by class and collects every actor they name, sorted by id."""
        tl = Timeline.of([event(participants=(STOLTENBERG,)), statement()])
        assert [a.id for a in tl.actors] == ["jens-stoltenberg", "mark-rutte"]
        assert len(tl.statements) == len(tl.events) == 1

    def test_filter(self) -> None:
        """filter keeps items by actor (object, id or alias), kind, and overlap with a date range."""
        s1, s2 = statement("a", "2024-10"), statement("b", "2025-02-17", speaker=STOLTENBERG)
        e1 = event(EventKind.SUMMIT, "2024-07-10", participants=(STOLTENBERG, RUTTE))
        tl = Timeline.of([s1, s2, e1, statement("undated")])
        assert list(tl.filter(actor="jens stoltenberg")) == [e1, s2]
        assert list(tl.filter(actor=RUTTE, kind="statement", start=D(2024, 10, 31))) == [s1]
        assert list(tl.filter(kind=[EventKind.SUMMIT])) == [e1]
        assert list(tl.filter(start=D(2024, 10, 31), end=D(2025, 1, 1))) == [s1]
        assert list(tl.filter(actor="nobody")) == []

    def test_filter_keeps_open_ended_values(self) -> None:
        """A date known only to be on or after a day (a term of office began) is open-ended, not undated."""
        after = DateValue.from_timex("XXXX-02-17", earliest=D(2024, 10, 1), basis=Basis.TERM_OF_OFFICE)
        s = attrs.evolve(statement("a"), when=after)
        tl = Timeline.of([s])
        assert list(tl.filter(start=D(2025, 3, 1))) == [s]
        assert list(tl.filter(end=D(2024, 9, 30))) == []

    def test_repr(self) -> None:
        """The repr counts items and actors and gives the covered dates."""
        tl = Timeline.of([statement("a", "2024-10"), event(when="2025")])
        assert repr(tl) == "<Timeline: 1 statement, 1 event, 1 actor, 2024-10-01..2025-12-31>"

    @given(st.from_type(Timeline))
    @example(Timeline())
    def test_iteration_is_a_sorted_permutation(self, tl: Timeline) -> None:
        """Iteration yields every statement and event once, dated ones by earliest bound, undated last."""
        items = list(tl)
        assert sorted(map(repr, items)) == sorted(map(repr, [*tl.statements, *tl.events]))
        lows = [i.when.earliest if i.when is not None else None for i in items]
        dated = [d for d in lows if d is not None]
        assert dated == sorted(dated)
        assert lows[: len(dated)] == dated  # no undated item before a dated one
        assert list(tl.sorted()) == items

    @given(st.from_type(Timeline), st.dates(), st.dates())
    def test_filter_by_range_keeps_exactly_overlapping_items(self, tl: Timeline, a: dt.date, b: dt.date) -> None:
        """Filtering by a date range keeps exactly the items whose interval overlaps it."""
        lo, hi = min(a, b), max(a, b)
        kept = list(tl.filter(start=lo, end=hi))

        def overlaps(i: Statement | Event) -> bool:
            w = i.when
            if w is None or (w.earliest is None and w.latest is None):
                return False
            return (w.earliest or dt.date.min) <= hi and lo <= (w.latest or dt.date.max)

        assert kept == [i for i in tl if overlaps(i)]

    @given(st.from_type(Timeline))
    def test_filter_by_actor(self, tl: Timeline) -> None:
        """Filtering by an actor keeps exactly the items that actor takes part in."""
        for actor in {a.id: a for i in tl for a in i.actors}.values():
            kept = list(tl.filter(actor=actor))
            assert kept == [i for i in tl if any(a.id == actor.id for a in i.actors)]

    @given(st.from_type(Timeline), st.from_type(Timeline))
    def test_merge_is_order_independent(self, a: Timeline, b: Timeline) -> None:
        """Merging gives the same timeline whichever order the inputs come in."""
        assert a.merge(b) == b.merge(a)

    @given(st.from_type(Timeline), st.from_type(Timeline))
    def test_merge_deduplicates(self, a: Timeline, b: Timeline) -> None:
        """A merge holds each dedup key once, every input key is represented, and merging is idempotent."""
        merged = a.merge(b)
        keys = [(type(i).__name__, *i.dedup_key()) for i in merged]
        assert len(keys) == len(set(keys))
        assert set(keys) == {(type(i).__name__, *i.dedup_key()) for t in (a, b) for i in t}
        assert merged.merge(merged) == merged
        assert merged.merge(a) == merged
        assert {x.id for x in merged.actors} >= {x.id for t in (a, b) for x in t.actors}

    def test_own_place_is_not_repeated_in_also_found(self) -> None:
        """An item's own place listed again in ``also_found`` is one place: the item equals the one without
        the repeat, and merging its timeline with itself changes nothing (found by hypothesis)."""
        own = statement("Europe is ready", "2025-02-17")
        repeated = attrs.evolve(own, also_found=(Provenance(span=own.span, source=own.source),))
        assert repeated == own
        assert repeated.also_found == ()
        t = Timeline.of([repeated])
        assert t.merge(t) == t

    def test_merge_keeps_first_duplicate_in_time_order(self) -> None:
        """Of two equal statements from two documents, the merge keeps the first, knowing both places."""
        a = Timeline.of([statement("Europe is ready", "2025-02-17")])
        b = Timeline.of([statement("Europe is READY!", "2025-02-17", start=40), event(when="2025-02-18")])
        merged = a.merge(b)
        assert len(merged.statements) == 1
        assert len(merged.events) == 1
        kept = merged.statements[0]
        assert attrs.evolve(kept, also_found=()) == a.statements[0]
        assert [p.span.start for p in kept.provenance] == [0, 40]
        assert [x.id for x in merged.actors] == ["mark-rutte"]


class TestEnumStrings:
    def test_string_values_become_members(self) -> None:
        """Closed vocabularies accept their string values, as JSON and notebooks spell them."""
        actor = Actor(id="x", name="X", kind="state")
        assert actor.kind is ActorKind.STATE
        value = DateValue(
            timex="2024-10", granularity="month", basis="window", earliest=D(2024, 10, 1), latest=D(2024, 10, 31)
        )
        assert value.granularity is Granularity.MONTH
        assert value.basis is Basis.WINDOW
        assert value == DateValue.from_timex("2024-10", basis=Basis.WINDOW)

    def test_unknown_string_names_class_and_field(self) -> None:
        """An unknown string is reported with the class and field it was given for."""
        with pytest.raises(ModelError, match=r"invalid Actor\.kind: expected one of person, .*got 'wizard'"):
            Actor(id="x", name="X", kind="wizard")
        with pytest.raises(ModelError, match=r"invalid DateValue\.basis: expected one of explicit, .*got 'guess'"):
            DateValue.from_timex("2024", basis="guess")  # type: ignore[arg-type]


class TestInvalidConstructions:
    """Properties: every reversed interval and every contradicting granularity is refused with ModelError."""

    @given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**6))
    def test_span_end_before_start(self, start: int, gap: int) -> None:
        """A span whose end is before its start is refused, naming both offsets."""
        with pytest.raises(ModelError, match=rf"invalid Span\.end: end={start} is before start={start + gap}"):
            Span(start=start + gap, end=start)

    @given(st.dates(), st.dates())
    def test_role_ending_before_it_starts(self, a: dt.date, b: dt.date) -> None:
        """A role is valid exactly when it does not end before it starts."""
        if b < a:
            with pytest.raises(ModelError, match=rf"invalid Role\.end: end={b} is before start={a}"):
                Role(title="Minister", start=a, end=b)
        else:
            assert Role(title="Minister", start=a, end=b).holds_on(a)

    @given(timex_values, st.sampled_from([g for g in Granularity if g is not Granularity.SET]))
    def test_granularity_must_agree_with_timex(self, timex: str, granularity: Granularity) -> None:
        """Any TIMEX3 value with any other granularity is refused; with its own it is accepted.

        (SET is the exception by design: "every Sunday" is XXXX-WXX-7 and "yearly" P1Y, both SETs.)"""
        own = granularity_of(timex)
        assert own is not None
        if granularity is own:
            assert DateValue.from_timex(timex).granularity is granularity
            return
        value = DateValue.from_timex(timex)
        with pytest.raises(ModelError, match=r"invalid DateValue\.granularity: .* contradicts timex"):
            attrs.evolve(value, granularity=granularity)

    @given(st.dates(), st.dates())
    def test_reversed_bounds(self, a: dt.date, b: dt.date) -> None:
        """Bounds of an open value (a reference, a year-less day) must not be reversed."""
        if b < a:
            with pytest.raises(ModelError, match=r"invalid DateValue\.latest: .* is before earliest"):
                DateValue.from_timex("XXXX-02-17", earliest=a, latest=b)
        else:
            assert DateValue.from_timex("PAST_REF", earliest=a, latest=b).latest == b
