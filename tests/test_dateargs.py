"""One normaliser for every date argument (parse, find_dates, parse_many, Document, Timeline.filter, the CLI,
the Dask functions), and Timeline.filter's kinds, registry-resolved actors and titles, and ``mentions=``.

The texts below are synthetic, written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import (
    DateValue,
    Document,
    EventKind,
    InvalidOptionError,
    Span,
    Statement,
    Timeline,
    actor_registry,
    find_dates,
    parse,
    parse_many,
)
from nato_ukraine_timeline.__main__ import main
from nato_ukraine_timeline._dateargs import as_date
from nato_ukraine_timeline.model import Event

DAY = dt.date(2025, 2, 19)
#: Every accepted spelling of DAY.
SPELLINGS: list[Any] = [
    DAY,
    dt.datetime(2025, 2, 19, 23, 30),  # noqa: DTZ001 - a naive datetime is a date argument too
    dt.datetime(2025, 2, 19, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),  # its own zone's date
    "2025-02-19",
    "2025-02-19T08:00:00Z",
    " 2025-02-19 ",
    pd.Timestamp("2025-02-19 12:00"),
    pd.Timestamp("2025-02-19 12:00", tz="Europe/Kyiv"),
    np.datetime64("2025-02-19"),
    np.datetime64("2025-02-19T10:00:00.000000000"),
]
MISSING: list[Any] = [None, pd.NaT, np.datetime64("NaT")]
BAD: list[Any] = [20250219, "Feb. 19", "yesterday", "", b"2025-02-19", True, 2.5, [2025, 2, 19], object()]
TEXT = "Synthetic: Rutte said on Monday that allies would send more air defence."


class TestNormaliser:
    @pytest.mark.parametrize("value", SPELLINGS, ids=repr)
    def test_every_spelling_is_the_day(self, value: object) -> None:
        """A date, datetime, ISO string, Timestamp or datetime64 of one day is that datetime.date."""
        assert as_date(value, name="published") == DAY
        assert type(as_date(value, name="published")) is dt.date

    @pytest.mark.parametrize("value", MISSING, ids=repr)
    def test_missing_values_are_none(self, value: object) -> None:
        """None, pandas.NaT and numpy's NaT all mean 'no date'."""
        assert as_date(value, name="published") is None

    @pytest.mark.parametrize("value", BAD, ids=repr)
    def test_anything_else_names_argument_and_value(self, value: object) -> None:
        """Anything else raises InvalidOptionError naming the argument and showing the value."""
        with pytest.raises(InvalidOptionError, match=r"^published=.* is not a date: expected a datetime\.date") as info:
            as_date(value, name="published")
        assert repr(value)[:20] in str(info.value)

    @given(st.dates())
    def test_any_day_round_trips(self, day: dt.date) -> None:
        """Every representation of any day 1..9999 normalises to that day."""
        forms = [day, day.isoformat(), dt.datetime.combine(day, dt.time(12)), np.datetime64(day.isoformat())]
        assert {as_date(f, name="d") for f in forms} == {day}


class TestEntryPoints:
    @pytest.mark.parametrize("value", SPELLINGS, ids=repr)
    def test_parse_and_find_dates(self, value: object) -> None:
        """parse and find_dates read every spelling as the same publication date."""
        assert parse(TEXT, published=value) == parse(TEXT, published=DAY)
        assert find_dates(TEXT, published=value) == find_dates(TEXT, published=DAY)

    @pytest.mark.parametrize("value", [*SPELLINGS, *MISSING], ids=repr)
    def test_document_and_parse_many(self, value: object) -> None:
        """Document stores a datetime.date; parse_many takes a DataFrame row's Timestamp as it comes."""
        expected = as_date(value, name="x")
        assert Document(text=TEXT, published=value).published == expected
        rows = [{"text": TEXT, "published": value}]
        assert list(parse_many(rows, workers=1)) == [parse(TEXT, published=expected)]
        assert list(parse_many([TEXT], workers=1, published=value)) == [parse(TEXT, published=expected)]

    def test_dataframe_rows(self) -> None:
        """The rows of a DataFrame with a datetime64 column go straight into parse_many."""
        df = pd.DataFrame({"text": [TEXT, TEXT], "published": pd.to_datetime(["2025-02-19", None])})
        got = list(parse_many(df.to_dict("records"), workers=1))
        assert got == [parse(TEXT, published=DAY), parse(TEXT)]

    @pytest.mark.parametrize("value", SPELLINGS, ids=repr)
    def test_filter(self, value: object) -> None:
        """Timeline.filter(start=..., end=...) takes every spelling."""
        tl = parse(TEXT, published=DAY)
        assert tl.filter(start=value) == tl.filter(start=DAY)
        assert tl.filter(end=value) == tl.filter(end=DAY)

    @pytest.mark.parametrize(
        "call",
        [
            lambda v: parse(TEXT, published=v),
            lambda v: find_dates(TEXT, published=v),
            lambda v: Document(text=TEXT, published=v),
            lambda v: parse_many([TEXT], workers=1, published=v),
            lambda v: Timeline().filter(start=v),
            lambda v: find_dates(TEXT, window=(dt.date(2024, 1, 1), v)),
        ],
        ids=["parse", "find_dates", "Document", "parse_many", "filter", "window"],
    )
    def test_bad_value_is_refused_everywhere(self, call: Any) -> None:
        """Every entry point refuses a non-date with the same InvalidOptionError."""
        with pytest.raises(InvalidOptionError, match=r"=.*'Feb\. 19' is not a date: expected"):
            call("Feb. 19")

    def test_window_takes_any_spelling(self) -> None:
        """A window of Timestamps or strings is a window of dates."""
        window = (pd.Timestamp("2024-01-01"), "2025-12-31")
        assert find_dates(TEXT, window=window) == find_dates(TEXT, window=(dt.date(2024, 1, 1), dt.date(2025, 12, 31)))

    def test_cli_published_takes_a_datetime(self, capsys: pytest.CaptureFixture[str], tmp_path: Any) -> None:
        """--published reads an ISO date-time like the library; a bad one names the option and value."""
        path = tmp_path / "a.txt"
        path.write_text(TEXT, encoding="utf-8")
        assert main(["parse", str(path), "--format", "json", "--published", "2025-02-19T09:00:00Z"]) == 0
        with_time = capsys.readouterr().out
        assert main(["parse", str(path), "--format", "json", "--published", "2025-02-19"]) == 0
        assert capsys.readouterr().out == with_time
        with pytest.raises(SystemExit):
            main(["parse", str(path), "--published", "Feb. 19"])
        assert "'Feb. 19' is not a date" in capsys.readouterr().err

    def test_dask_functions(self) -> None:
        """parse_bag takes a Timestamp for published and refuses a non-date at the call."""
        db = pytest.importorskip("dask.bag")
        from nato_ukraine_timeline.ext.dask import parse_bag

        bag = db.from_sequence([TEXT], npartitions=1)
        got = parse_bag(bag, published=pd.Timestamp("2025-02-19")).compute(scheduler="sync")
        assert got == [parse(TEXT, published=DAY)]
        with pytest.raises(InvalidOptionError, match=r"published='Feb\. 19' is not a date"):
            parse_bag(bag, published="Feb. 19")


# --------------------------------------------------------------------------------------------------
# Timeline.filter: kinds, actors through the registry, titles on each item's date, mentions

REG = actor_registry()


def _statement(actor_id: str, words: str, day: str | None) -> Statement:
    speaker = REG.get(actor_id)
    assert speaker is not None
    when = DateValue.from_timex(day) if day else None
    return Statement(speaker=speaker, text=words, direct=True, span=Span(start=0, end=len(words)), when=when)


SG_BEFORE = _statement("jens-stoltenberg", "Synthetic: allies stand together.", "2024-09-01")
SG_AFTER = _statement("mark-rutte", "Synthetic: Putin will not win this war.", "2024-11-01")
SUMMIT = Event(
    kind=EventKind.SUMMIT, trigger="summit", span=Span(start=0, end=6), when=DateValue.from_timex("2024-07-10")
)
TL = Timeline.of([SG_BEFORE, SG_AFTER, SUMMIT])


class TestFilter:
    @pytest.mark.parametrize("kind", ["meetings", "Statement", 3, ["summit", "speech"]], ids=repr)
    def test_unknown_kind_raises_listing_kinds(self, kind: Any) -> None:
        """A typo in kind is an error that lists every kind, not an empty timeline."""
        with pytest.raises(InvalidOptionError, match=r"is not a kind.*expected one of statement, meeting, visit"):
            TL.filter(kind=kind)

    def test_meeting_includes_summits(self) -> None:
        """A summit is a meeting of heads of state or government: kind='meeting' keeps it."""
        assert list(TL.filter(kind="meeting")) == [SUMMIT]
        assert list(TL.filter(kind=EventKind.SUMMIT)) == [SUMMIT]

    def test_title_means_its_holder_on_each_date(self) -> None:
        """'NATO Secretary General' is Stoltenberg in September 2024 and Rutte in November."""
        assert list(TL.filter(actor="NATO Secretary General")) == [SG_BEFORE, SG_AFTER]
        assert list(TL.filter(actor="NATO Secretary General", start="2024-10-01")) == [SG_AFTER]
        rutte_era = Timeline.of([_statement("jens-stoltenberg", "Synthetic.", "2024-11-01")])
        assert list(rutte_era.filter(actor="the NATO chief")) == []

    def test_registry_aliases(self) -> None:
        """A registry alias or transliteration the timeline's actor does not list still finds it."""
        zelensky = _statement("volodymyr-zelensky", "Synthetic: we need air defence.", "2025-01-10")
        tl = Timeline.of([zelensky, SG_AFTER])
        assert list(tl.filter(actor="Zelenskiy")) == [zelensky]
        assert list(tl.filter(actor="ZELENSKYY")) == [zelensky]

    def test_mentions_finds_actors_named_in_the_words(self) -> None:
        """actor= looks at speakers; mentions= also finds Putin named inside Rutte's words."""
        assert list(TL.filter(actor="Vladimir Putin")) == []
        assert list(TL.filter(mentions="Vladimir Putin")) == [SG_AFTER]
        assert list(TL.filter(mentions="Mark Rutte")) == [SG_AFTER]

    def test_start_after_end(self) -> None:
        """A reversed range is an error, not an empty timeline."""
        with pytest.raises(InvalidOptionError, match="start=2025-01-01 is after end=2024-01-01"):
            TL.filter(start="2025-01-01", end="2024-01-01")
