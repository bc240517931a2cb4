"""Words said jointly by several actors: one Statement with ``co_speakers``; every format keeps or shows
them, and data written before the field existed still loads (all text here is synthetic)."""

from __future__ import annotations

import io
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import (
    Actor,
    ModelError,
    Span,
    Statement,
    Timeline,
    dumps,
    loads,
    read_jsonl,
    write_jsonl,
)
from nato_ukraine_timeline.serialize import CONVERTER, STATEMENT_COLUMNS, csv_row, unstructure

US = Actor(id="united-states", name="United States", kind="state")
UA = Actor(id="ukraine", name="Ukraine", kind="state")
DE = Actor(id="germany", name="Germany", kind="state")


def _joint(*co: Actor) -> Statement:
    return Statement(speaker=US, co_speakers=co, text="talks made progress", direct=False, span=Span(start=0, end=19))


class TestModel:
    def test_speakers_lists_speaker_first(self) -> None:
        """speakers is the speaker then the co-speakers in their order; actors is the same tuple."""
        s = _joint(UA, DE)
        assert s.speakers == (US, UA, DE) == s.actors
        assert _joint().speakers == (US,)

    def test_co_speakers_accepts_any_iterable(self) -> None:
        """A list of co-speakers is kept as a tuple (the statement stays hashable)."""
        s = attrs.evolve(_joint(), co_speakers=[UA])
        assert s.co_speakers == (UA,)
        assert s == _joint(UA)
        assert hash(s) == hash(_joint(UA))

    @pytest.mark.parametrize(
        ("co", "field"), [((US,), "co_speakers[0]"), ((UA, UA), "co_speakers"), (("ukraine",), "co_speakers[0]")]
    )
    def test_bad_co_speakers_are_refused(self, co: tuple[object, ...], field: str) -> None:
        """The speaker again, an actor twice or a non-actor: ModelError naming the field."""
        with pytest.raises(ModelError) as info:
            _joint(*co)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_joint_and_single_statements_are_not_duplicates(self) -> None:
        """A merge keeps 'US and Ukraine said X' apart from 'US said X'; the same joint words merge."""
        merged = Timeline.of([_joint(UA)]).merge(Timeline.of([_joint(), _joint(UA)]))
        assert sorted(len(s.speakers) for s in merged.statements) == [1, 2]
        assert _joint(UA).dedup_key()[0] == "united-states+ukraine"


class TestSerialization:
    @given(st.from_type(Statement))
    def test_statement_round_trip(self, s: Statement) -> None:
        """JSON of any statement (co-speakers or not) loads back equal, and dumps again to the same text."""
        text = dumps(s)
        assert loads(text, Statement) == s
        assert dumps(loads(text, Statement)) == text

    @given(st.from_type(Statement))
    def test_old_json_without_the_field_loads(self, s: Statement) -> None:
        """A statement without co-speakers is written as before (no co_speakers key), and such JSON loads."""
        plain = attrs.evolve(s, co_speakers=())
        data = json.loads(dumps(plain))
        assert "co_speakers" not in data
        assert loads(json.dumps(data), Statement) == plain

    @given(st.from_type(Timeline))
    def test_document_round_trip_with_ids(self, tl: Timeline) -> None:
        """In a document, a co-speaker equal to a listed actor is written as its id; JSON Lines round trip."""
        data = json.loads(dumps(tl))
        listed = {a.id: a for a in tl.actors}
        for s, raw in zip(tl.statements, data["statements"], strict=True):
            refs = raw.get("co_speakers", [])
            assert len(refs) == len(s.co_speakers)
            for actor, ref in zip(s.co_speakers, refs, strict=True):
                assert isinstance(ref, str) is (listed.get(actor.id) == actor)
        assert loads(dumps(tl), Timeline) == tl
        stream = io.StringIO()
        write_jsonl(tl, stream)
        assert read_jsonl(io.StringIO(stream.getvalue())) == tl

    def test_timeline_lists_every_speaker(self) -> None:
        """Timeline.of lists the co-speakers among its actors; the document names them by id."""
        tl = Timeline.of([_joint(UA, DE)])
        assert {a.id for a in tl.actors} == {"united-states", "ukraine", "germany"}
        assert json.loads(dumps(tl))["statements"][0]["co_speakers"] == ["ukraine", "germany"]

    def test_unknown_co_speaker_id_is_reported(self) -> None:
        """A document whose co_speakers names an id not in its actors fails with the path of the id."""
        data = json.loads(dumps(Timeline.of([_joint(UA)])))
        data["statements"][0]["co_speakers"] = ["nobody"]
        with pytest.raises(Exception, match=r"statements\[0\]\.co_speakers\[0\]"):
            loads(json.dumps(data), Timeline)

    def test_plain_converter_omits_empty_field(self) -> None:
        """unstructure of a one-speaker statement has no co_speakers key (older readers see what they knew)."""
        assert "co_speakers" not in unstructure(_joint())
        assert [a["id"] for a in CONVERTER.unstructure(_joint(UA))["co_speakers"]] == ["ukraine"]


class TestShown:
    def test_csv_columns(self) -> None:
        """CSV has the co-speakers' ids and names last, joined by '; ', empty for one speaker."""
        assert STATEMENT_COLUMNS[-2:] == ("co_speaker_ids", "co_speaker_names")
        row = csv_row(_joint(UA, DE))
        assert (row["co_speaker_ids"], row["co_speaker_names"]) == ("ukraine; germany", "Ukraine; Germany")
        assert csv_row(_joint())["co_speaker_ids"] == ""

    def test_repr_names_all_speakers(self) -> None:
        """The one-line repr and the HTML name every speaker, as news writes a list."""
        assert "United States, Ukraine and Germany:" in repr(_joint(UA, DE))
        assert "United States and Ukraine:" in repr(_joint(UA))
        assert "ukraine" in _joint(UA)._repr_html_()

    def test_dataframe_columns_round_trip(self) -> None:
        """to_dataframe has co_speakers/co_speaker_ids; from_dataframe rebuilds them; older frames load."""
        pytest.importorskip("pandas")
        from nato_ukraine_timeline.ext.pandas import from_dataframe, to_dataframe

        tl = Timeline.of([_joint(UA, DE), _joint()])
        frame = to_dataframe(tl)
        joint = frame[frame["co_speaker_ids"].map(len) > 0].iloc[0]
        assert joint["co_speakers"] == ("Ukraine", "Germany")
        assert from_dataframe(frame) == tl
        old = frame.drop(columns=["co_speakers", "co_speaker_ids"])
        assert all(not s.co_speakers for s in from_dataframe(old).statements)
