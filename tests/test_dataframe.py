"""The DataFrame of a timeline: pandas string and categorical dtypes, an exclusive ``end``, Wikidata
ids, no object column by default, ``uncertain`` missing for undated rows, and ``from_dataframe`` back."""

from __future__ import annotations

import datetime as dt

import attrs
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import Actor, DateValue, Span, Statement, Timeline, parse
from nato_ukraine_timeline._resources import read_data
from nato_ukraine_timeline.ext.pandas import COLUMNS


def _seed() -> Timeline:
    return parse(read_data("examples/seed.txt"), order="newest first")


def _consistent(tl: Timeline) -> Timeline:
    """``tl`` with one actor per id everywhere (the first seen), as parse makes timelines."""
    first: dict[str, Actor] = {a.id: a for a in reversed(tl.actors)}
    for item in [*tl.statements, *tl.events]:
        for a in item.actors:
            first.setdefault(a.id, a)

    def fix(item: Statement | object) -> object:
        if isinstance(item, Statement):
            return attrs.evolve(
                item, speaker=first[item.speaker.id], co_speakers=[first[a.id] for a in item.co_speakers]
            )
        return attrs.evolve(item, participants=[first[a.id] for a in item.participants])  # type: ignore[misc]

    return Timeline(
        statements=[fix(s) for s in tl.statements],
        events=[fix(e) for e in tl.events],
        actors=[first[a.id] for a in tl.actors],
    )


class TestColumns:
    def test_dtypes(self) -> None:
        """Text is pandas string, vocabularies are categorical, flags nullable boolean, dates datetime64."""
        df = _seed().to_dataframe()
        assert tuple(df.columns) == COLUMNS
        for name in ("timex", "speaker", "text", "source", "speaker_wikidata", "reason"):
            assert isinstance(df[name].dtype, pd.StringDtype), name
        for name in ("type", "kind", "granularity", "basis"):
            assert isinstance(df[name].dtype, pd.CategoricalDtype), name
        assert "meeting" in df["kind"].cat.categories
        assert str(df["uncertain"].dtype) == str(df["direct"].dtype) == "boolean"
        for name in ("earliest", "latest", "end", "published"):
            assert str(df[name].dtype) == "datetime64[s]"
        assert not any(df[c].dtype == object and df[c].map(type).eq(Statement).any() for c in df.columns)

    def test_no_item_column_unless_asked(self) -> None:
        """The model objects are a column only with item=True."""
        tl = _seed()
        assert "item" not in tl.to_dataframe().columns
        assert list(tl.to_dataframe(item=True)["item"]) == list(tl)

    def test_end_is_exclusive(self) -> None:
        """end is the day after latest: a single day spans one day, not zero."""
        df = _seed().to_dataframe()
        dated = df[df["latest"].notna()]
        assert (dated["end"] - dated["latest"]).eq(pd.Timedelta(days=1)).all()
        assert df.loc[df["latest"].isna(), "end"].isna().all()

    def test_undated_rows_have_no_uncertainty(self) -> None:
        """As documented: uncertain is missing (<NA>) for undated rows, a bool for dated ones."""
        words = "Synthetic words."
        undated = Statement(
            speaker=Actor(id="x", name="X", kind="person"), text=words, direct=True, span=Span(start=0, end=3)
        )
        dated = attrs.evolve(undated, when=DateValue.from_timex("2025-02-17", uncertain=True))
        df = Timeline.of([undated, dated]).to_dataframe()
        assert df["uncertain"].tolist() == [True, pd.NA]
        assert df[df["uncertain"].fillna(value=False)]["timex"].tolist() == ["2025-02-17"]

    def test_wikidata_ids(self) -> None:
        """Speakers' and participants' Wikidata ids are columns."""
        df = _seed().to_dataframe()
        rutte = df[df["speaker_id"] == "mark-rutte"]
        assert set(rutte["speaker_wikidata"]) == {"Q57792"}
        events = df[df["type"] == "event"]
        assert all(
            len(w) == len(i) for w, i in zip(events["participant_wikidata"], events["participant_ids"], strict=True)
        )


class TestFromDataFrame:
    def test_built_in_example_round_trips(self) -> None:
        """Timeline.from_dataframe(t.to_dataframe()) == t on the built-in example."""
        tl = _seed()
        assert Timeline.from_dataframe(tl.to_dataframe()) == tl

    @given(st.from_type(Timeline))
    def test_round_trip(self, tl: Timeline) -> None:
        """Any timeline with one actor per id comes back equal from its DataFrame."""
        tl = _consistent(tl)
        assert Timeline.from_dataframe(tl.to_dataframe()) == tl

    def test_filtered_rows(self) -> None:
        """Rows filtered in pandas give the timeline of those rows, with the actors they name."""
        tl = _seed()
        df = tl.to_dataframe()
        meetings = Timeline.from_dataframe(df[df["kind"].isin(["meeting", "summit"])])
        assert meetings == tl.filter(kind="meeting")
        assert len(meetings) > 0
        assert {a.id for a in meetings.actors} == {a.id for e in meetings for a in e.actors}

    def test_without_attrs(self) -> None:
        """A frame that lost its attrs (read from Parquet, say) rebuilds actors from the registry by id."""
        tl = _seed()
        df = tl.to_dataframe()
        df.attrs.clear()
        again = Timeline.from_dataframe(df)
        assert [(s.speaker.id, s.text, s.when) for s in again.statements] == [
            (s.speaker.id, s.text, s.when) for s in tl.sorted().statements
        ]
        assert again.statements[0].when is None or isinstance(again.statements[0].when.earliest, dt.date)

    def test_bad_row_is_a_model_error(self) -> None:
        """A row edited into nonsense raises the library's ModelError naming the field."""
        from nato_ukraine_timeline import ModelError

        df = _seed().to_dataframe()
        df.loc[0, "span_end"] = -1
        with pytest.raises(ModelError, match=r"Span\.end"):
            Timeline.from_dataframe(df)
