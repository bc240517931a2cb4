"""Serializers: lossless JSON and JSON Lines, CSV rows, the JSON Schema, errors with paths, safe writes."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import json
import pathlib
import pickle
import sys
import tempfile
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import jsonschema
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
    InvalidOptionError,
    Provenance,
    Role,
    SerializationError,
    Source,
    Span,
    Statement,
    Timeline,
    UnsupportedFormatError,
    dump,
    dumps,
    iter_jsonl,
    json_schema,
    load,
    loads,
    to_csv_rows,
    write_csv,
    write_jsonl,
)
from nato_ukraine_timeline.serialize import EVENT_COLUMNS, STATEMENT_COLUMNS, csv_row

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

VALIDATOR = jsonschema.Draft202012Validator(json_schema())
MODEL_CLASSES = (Span, Source, Provenance, Role, Actor, DateValue, DateMention, Statement, Event, Timeline)

RUTTE = Actor(
    id="mark-rutte",
    name="Mark Rutte",
    kind=ActorKind.PERSON,
    aliases=["Rutte"],
    roles=[Role(title="Secretary General", organisation="NATO", start=dt.date(2024, 10, 1))],
    wikidata="Q57792",
)
ZELENSKYY = Actor(id="volodymyr-zelenskyy", name="Volodymyr Zelenskyy", kind=ActorKind.PERSON, aliases=["Зеленський"])
SOURCE = Source(id="000_1d204536031697b6", outlet="Kyiv Independent", published=dt.date(2025, 2, 18))
STATEMENT = Statement(
    speaker=RUTTE,
    text="Europe is ready and willing to take a leadership role",
    direct=False,
    span=Span(start=119, end=257),
    when=DateValue.from_timex(
        "2025-02-17", basis=Basis.PUBLISHED_TENSE, uncertain=True, alternatives=["2024-02-17", "2025-02-17"]
    ),
    medium="X",
    source=SOURCE,
)
EVENT = Event(
    kind=EventKind.MEETING,
    trigger="a meeting of the NATO-Ukraine Council",
    span=Span(start=900, end=940),
    when=DateValue.from_timex("XXXX-01-29", earliest=dt.date(2025, 1, 29), latest=dt.date(2025, 1, 29)),
    participants=[RUTTE, ZELENSKYY],
    location="Brussels",
    source=SOURCE,
)
TIMELINE = Timeline.of([STATEMENT, EVENT])


def document(tl: Timeline = TIMELINE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dumps(tl))
    return data


def load_error(data: object, cls: type[Any] = Timeline) -> SerializationError:
    with pytest.raises(SerializationError) as info:
        loads(json.dumps(data), cls)
    return info.value


class TestJson:
    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    @given(data=st.data())
    def test_round_trip_every_class(self, cls: type[Any], data: st.DataObject) -> None:
        """loads(dumps(x)) == x for every model class, and dumping again gives the same text."""
        x = data.draw(st.from_type(cls))
        text = dumps(x)
        again = loads(text, cls)
        assert again == x
        assert dumps(again) == text == dumps(x)

    @given(st.from_type(Timeline))
    @example(Timeline())
    @example(TIMELINE)
    def test_file_round_trip(self, tl: Timeline) -> None:
        """dump to a file (or stream) and load back gives the same timeline; the file is UTF-8 JSON."""
        stream = io.StringIO()
        dump(tl, stream)
        assert load(io.StringIO(stream.getvalue()), Timeline) == tl
        stream.getvalue().encode("utf-8")  # lone surrogates are escaped, so the text encodes

    def test_file_path_round_trip(self, tmp_path: Path) -> None:
        """dump to a path and load back; non-ASCII text is kept readable in the file."""
        path = tmp_path / "timeline.json"
        dump(TIMELINE, path)
        assert load(path, Timeline) == TIMELINE
        assert load(str(path), Timeline) == TIMELINE
        assert "Зеленський" in path.read_text(encoding="utf-8")

    def test_files_with_a_byte_order_mark(self, tmp_path: Path) -> None:
        """Files saved by editors that add a UTF-8 BOM still load, as JSON and as JSON Lines."""
        path = tmp_path / "t.json"
        path.write_bytes(b"\xef\xbb\xbf" + dumps(TIMELINE).encode())
        assert load(path, Timeline) == TIMELINE
        lines = tmp_path / "t.jsonl"
        write_jsonl([STATEMENT], lines)
        lines.write_bytes(b"\xef\xbb\xbf" + lines.read_bytes())
        assert list(iter_jsonl(lines)) == [STATEMENT]

    def test_document_header(self) -> None:
        """A timeline document starts with its format name and version."""
        assert list(document())[:2] == ["format", "version"]
        assert document()["format"] == "nato_ukraine_timeline"
        assert document()["version"] == 2

    def test_values_are_plain_json(self) -> None:
        """Dates are ISO strings, enums their values, tuples arrays; in a document a field at its default
        (null, [], false) is left out, and reads back as that default."""
        when = document()["statements"][0]["when"]
        assert when["earliest"] == "2025-02-17"
        assert when["basis"] == "published+tense"
        assert when["alternatives"] == ["2024-02-17", "2025-02-17"]
        assert "url" not in document()["sources"][0]
        assert json.loads(dumps(SOURCE))["url"] is None  # outside documents every field is written
        assert loads(dumps(TIMELINE), Timeline).events[0].source == SOURCE

    def test_surrogates_are_escaped(self) -> None:
        """Text UTF-8 cannot encode is written as a JSON escape and read back unchanged."""
        span = Source(id="a\ud800b")
        text = dumps(span)
        assert "\\ud800" in text
        assert loads(text.encode("utf-8"), Source) == span

    def test_a_surrogate_pair_reads_back_as_its_character(self) -> None:
        """The documented limit: a high surrogate right before a low one is, in JSON, the one character the
        pair encodes, so it reads back as that character (JSON and JSON Lines alike)."""
        src = Source(id="a\ud800\udc00b")
        assert loads(dumps(src).encode("utf-8"), Source) == Source(id="a\U00010000b")
        stream = io.StringIO()
        write_jsonl([src], stream)
        assert next(iter_jsonl(io.StringIO(stream.getvalue())), None) == Source(id="a\U00010000b")


class TestErrors:
    @pytest.mark.parametrize(
        ("path", "value", "message"),
        [
            (("statements", 0, "when", "latest"), "2020-01-01", "latest=2020-01-01 is before earliest=2025-02-17"),
            (("statements", 0, "when", "granularity"), "month", "'month' contradicts timex '2025-02-17', which is 'day'"),  # noqa: E501 - one case per line reads best
            (("statements", 0, "when", "alternatives", 1), "Feb. 17", "not a TIMEX3 value: 'Feb. 17'"),
            (("statements", 0, "when", "alternatives"), "2024", "expected an array, got string '2024'"),
            (("statements", 0, "when"), "2025-02-17", "expected an object (DateValue), got string '2025-02-17'"),
            (("statements", 0, "span", "start"), "3", "expected integer, got string '3'"),
            (("statements", 0, "span", "end"), 5, "end=5 is before start=119"),
            (("statements", 0, "direct"), 0, "expected boolean, got integer 0"),
            (("statements", 0, "medium"), 5, "expected string, got integer 5"),
            (("actors", 0, "kind"), "alien", "expected one of 'person', 'organisation', 'state', 'media', got 'alien'"),
            (("actors", 0, "roles", 0, "end"), "2020-01-01", "end=2020-01-01 is before start=2024-10-01"),
            (("sources", 0, "published"), "2025-02-30", "not a calendar date: '2025-02-30' (day is out of range for month)"),  # noqa: E501 - one case per line reads best
            (("sources", 0, "published"), "18 Feb 2025", "expected a date as YYYY-MM-DD, got string '18 Feb 2025'"),
            (("actors", 1, "id"), "Zelenskyy", "must be lowercase a-z0-9 and _.:-, got 'Zelenskyy'"),
            (("events", 0, "kind"), None, "expected one of 'meeting', 'visit', 'summit', 'attack', 'announcement', 'agreement', 'report', 'other', got None"),  # noqa: E501 - one case per line reads best
            (("actors", 1, "id"), "mark-rutte", "duplicate actor id 'mark-rutte'"),
            (("statements", 0, "speaker"), "nobody", "unknown actor id 'nobody' (not in $.actors)"),
            (("events", 0, "participants", 0), "mark", "unknown actor id 'mark' (not in $.actors)"),
            (("events", 0, "participants", 0), 7, "expected an object (Actor), got integer 7"),
            (("events", 0, "source"), "elsewhere", "unknown source id 'elsewhere' (not in $.sources)"),
            (("sources", 0), "x", "expected an object (Source), got string 'x'"),
        ],
    )  # fmt: skip
    def test_bad_field_is_named_by_path(self, path: tuple[str | int, ...], value: object, message: str) -> None:
        """A bad value deep in a document is reported with what is wrong and its JSONPath."""
        data = document()
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        where = "$" + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path)
        if path == ("actors", 1, "id") and value == "mark-rutte":  # duplicate id: the error is the whole entry's
            where = "$.actors[1]"
        err = load_error(data)
        assert err.errors == [f"{message} @ {where}"]
        assert str(err) == f"cannot load Timeline: {message} @ {where}"

    def test_missing_and_extra_fields(self) -> None:
        """Missing required fields and unknown fields are both named."""
        data = document()
        del data["statements"][0]["text"]
        data["events"][0]["colour"] = "red"
        assert sorted(load_error(data).errors) == [
            "required field missing @ $.statements[0].text",
            "unknown field(s) colour @ $.events[0]",
        ]

    def test_every_error_is_reported(self) -> None:
        """Independent errors in one document are all listed, each with its path."""
        data = document()
        data["statements"][0]["span"]["start"] = -1
        data["events"][0]["when"]["uncertain"] = "no"
        assert len(load_error(data).errors) == 2

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (
                {"version": 3},
                "unsupported version 3, this library reads 1..2; upgrade nato_ukraine_timeline @ $.version",
            ),
            ({"version": "1"}, "unsupported version '1', this library reads 1..2 @ $.version"),
            ({"version": None}, "unsupported version None, this library reads 1..2 @ $.version"),
            ({"format": "other"}, "expected format 'nato_ukraine_timeline', found 'other' @ $.format"),
        ],
    )
    def test_unsupported_format(self, change: dict[str, Any], message: str) -> None:
        """An unknown format or version is refused before anything else is read."""
        data = document() | change
        data["statements"] = "not even a list"  # never reached: the header is checked first
        err = load_error(data)
        assert isinstance(err, UnsupportedFormatError)
        assert err.errors == [message]

    def test_no_header(self) -> None:
        """A bare timeline object (no format) is not a document."""
        data = document()
        del data["format"], data["version"]
        err = load_error(data)
        assert isinstance(err, UnsupportedFormatError)
        assert err.errors == ["expected format 'nato_ukraine_timeline', found no format @ $.format"]

    @pytest.mark.parametrize(
        ("text", "cls", "message"),
        [
            ("[1, 2]", Timeline, "expected a document object, got array @ $"),
            ('"x"', Span, "expected an object (Span), got string 'x' @ $"),
            ('{"start": 1, "end": 0}', Span, "end=0 is before start=1 @ $.end"),
            (
                "{",
                Span,
                "invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) @ $",
            ),
        ],
    )
    def test_wrong_top_level(self, text: str, cls: type[Any], message: str) -> None:
        """Wrong types and malformed JSON at the top are reported at ``$``."""
        with pytest.raises(SerializationError) as info:
            loads(text, cls)
        assert info.value.errors == [message]

    def test_long_values_are_cut_short(self) -> None:
        """An error quotes at most a short prefix of a wrong value, not the whole of it."""
        err = load_error({"start": list(range(1000)), "end": 1}, Span)
        assert err.errors[0].startswith("expected integer, got array [0, 1, 2")
        assert err.errors[0].endswith("… @ $.start")
        assert len(err.errors[0]) < 100

    def test_errors_pickle(self) -> None:
        """Serialization errors survive pickling, with their messages."""
        err = load_error([1])
        again = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
        assert (type(again), again.errors, str(again)) == (SerializationError, err.errors, str(err))

    def test_not_a_model_object(self) -> None:
        """dumps and loads take model objects and classes only."""
        with pytest.raises(InvalidOptionError, match="cls must be one of the model classes"):
            loads("{}", dict)
        with pytest.raises(InvalidOptionError, match="got <class 'dict'>"):
            dumps({"a": 1})  # type: ignore[arg-type]


class TestJsonLines:
    @given(st.lists(st.from_type(Statement) | st.from_type(Event), max_size=5))
    @example([])
    def test_round_trip_mixed_stream(self, items: list[Statement | Event]) -> None:
        """Statements and events share a stream; reading returns them in order, unchanged."""
        stream = io.StringIO()
        assert write_jsonl(items, stream) == len(items)
        text = stream.getvalue()
        assert text.count("\n") == len(items)
        assert list(iter_jsonl(io.StringIO(text))) == items
        assert list(iter_jsonl(io.StringIO(text), cls=(Statement, Event))) == items
        again = io.StringIO()
        write_jsonl(iter_jsonl(io.StringIO(text)), again)
        assert again.getvalue() == text

    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    @given(data=st.data())
    def test_round_trip_every_class(self, cls: type[Any], data: st.DataObject) -> None:
        """Every class survives a JSON Lines file, records of one class read with cls=that class."""
        items = data.draw(st.lists(st.from_type(cls), max_size=3))
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "items.jsonl"
            write_jsonl(items, path)
            assert list(iter_jsonl(path, cls=cls)) == items

    def test_lines_are_tagged(self) -> None:
        """Each line is one JSON object carrying its class in ``_type``; timelines as documents."""
        stream = io.StringIO()
        write_jsonl([STATEMENT, EVENT, TIMELINE], stream)
        lines = [json.loads(line) for line in stream.getvalue().splitlines()]
        assert [line["_type"] for line in lines] == ["Statement", "Event", "Timeline"]
        assert lines[2]["format"] == "nato_ukraine_timeline"

    def test_reading_is_lazy(self) -> None:
        """The first record is returned before later lines are read, so a bad later line does not stop it."""
        first = io.StringIO()
        write_jsonl([STATEMENT], first)

        def lines() -> Iterator[str]:
            yield first.getvalue()
            yield "{not json\n"
            pytest.fail("read past the bad line")

        records = iter_jsonl(lines())
        assert next(records) == STATEMENT
        with pytest.raises(SerializationError, match=r"line 2: invalid JSON: .* @ \$"):
            next(records)

    def test_file_is_opened_lazily(self, tmp_path: Path) -> None:
        """iter_jsonl on a path reads a line at a time; a huge file is never read whole."""
        path = tmp_path / "big.jsonl"
        write_jsonl((STATEMENT for _ in range(1000)), path)
        with path.open("a", encoding="utf-8") as f:
            f.write('{"_type": "Statement", "broken": true}\n')
        records = iter_jsonl(path, cls=Statement)
        assert next(records) == STATEMENT
        with pytest.raises(SerializationError) as info:
            for _ in records:
                pass
        assert info.value.errors[0].startswith("line 1001: ")
        assert str(path) in str(info.value)

    @pytest.mark.parametrize(
        ("line", "cls", "message"),
        [
            ('{"_type": "Span", "start": "3", "end": 4}', None, "line 2: expected integer, got string '3' @ $.start"),
            ('{"_type": "Span", "start": 3, "end": 1}', None, "line 2: end=1 is before start=3 @ $.end"),
            ('{"_type": "Spam", "start": 3, "end": 4}', Span, "line 2: expected _type Span, got 'Spam' @ $._type"),
            ('{"start": 3, "end": 4}', Span, "line 2: expected _type Span, got None @ $._type"),
            ('{"_type": "Span", "start": 3, "end": 4}', Event, "line 1: expected _type Event, got 'Span' @ $._type"),
            ("[3, 4]", None, "line 2: expected an object, got array @ $"),
        ],
    )
    def test_errors_name_line_and_path(self, line: str, cls: type[Any] | None, message: str) -> None:
        """A bad record is reported with its line number and the path of the bad field."""
        good = '{"_type": "Span", "start": 0, "end": 1}'
        with pytest.raises(SerializationError) as info:
            list(iter_jsonl(io.StringIO(f"{good}\n{line}\n"), cls=cls))
        assert info.value.errors == [message]

    def test_blank_lines_are_skipped(self) -> None:
        """Blank lines (a trailing newline, an empty line) are not records, but count for line numbers."""
        text = '\n{"_type": "Span", "start": 0, "end": 1}\n\n{"_type": "Span", "start": 0}\n'
        records = iter_jsonl(io.StringIO(text))
        assert next(records) == Span(start=0, end=1)
        with pytest.raises(SerializationError, match=r"line 4: required field missing @ \$\.end"):
            next(records)

    def test_timeline_lines_check_their_version(self) -> None:
        """A timeline record is a document: its version is checked like a file's."""
        stream = io.StringIO()
        write_jsonl([TIMELINE], stream)
        line = json.loads(stream.getvalue()) | {"version": 99}
        with pytest.raises(UnsupportedFormatError, match=r"line 1: unsupported version 99"):
            list(iter_jsonl([json.dumps(line)]))


def fail_after(items: list[Any], n: int) -> Iterator[Any]:
    yield from items[:n]
    msg = "disk full"
    raise OSError(msg)


class TestAtomicWrites:
    @pytest.mark.parametrize("writer", [write_jsonl, write_csv])
    def test_no_file_left_when_writing_fails(self, tmp_path: Path, writer: Any) -> None:
        """If the items fail midway, no file (and no temporary file) is left behind."""
        path = tmp_path / "out"
        with pytest.raises(OSError, match="disk full"):
            writer(fail_after([STATEMENT] * 5, 3), path)
        assert list(tmp_path.iterdir()) == []

    def test_old_file_kept_when_writing_fails(self, tmp_path: Path) -> None:
        """A failed rewrite leaves the previous content whole."""
        path = tmp_path / "out.jsonl"
        write_jsonl([EVENT], path)
        before = path.read_bytes()
        with pytest.raises(OSError, match="disk full"):
            write_jsonl(fail_after([STATEMENT] * 5, 3), path)
        assert path.read_bytes() == before
        assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]

    def test_wrong_item_in_csv_leaves_no_file(self, tmp_path: Path) -> None:
        """A library error midway (an event in a CSV of statements) also leaves nothing behind."""
        with pytest.raises(InvalidOptionError, match="a CSV of Statement rows got a Event"):
            write_csv([STATEMENT, EVENT], tmp_path / "s.csv")
        assert list(tmp_path.iterdir()) == []

    def test_file_mode_is_ordinary(self, tmp_path: Path) -> None:
        """A new file gets ordinary permissions (not the private mode of a temporary file)."""
        path = tmp_path / "t.json"
        dump(TIMELINE, path)
        assert path.stat().st_mode & 0o777 == 0o644


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


class TestCsv:
    def test_statement_row(self) -> None:
        """A statement row carries speaker, words, form, medium, the date's bounds, TIMEX3, basis and source."""
        row = csv_row(STATEMENT)
        assert tuple(row) == STATEMENT_COLUMNS
        assert row["speaker_id"] == "mark-rutte"
        assert row["speaker_name"] == "Mark Rutte"
        assert row["text"] == STATEMENT.text
        assert row["direct"] == "false"
        assert row["medium"] == "X"
        assert row["when_timex"] == "2025-02-17"
        assert (row["when_earliest"], row["when_latest"]) == ("2025-02-17", "2025-02-17")
        assert row["when_granularity"] == "day"
        assert row["when_basis"] == "published+tense"
        assert row["when_uncertain"] == "true"
        assert row["when_alternatives"] == "2024-02-17; 2025-02-17"
        assert row["when_edtf"] == "[2024-02-17,2025-02-17]"
        assert (row["span_start"], row["span_end"]) == ("119", "257")
        assert (row["source_id"], row["source_published"], row["source_url"]) == (SOURCE.id, "2025-02-18", "")

    def test_event_row(self) -> None:
        """An event row carries kind, trigger, participants, location and the date."""
        row = csv_row(EVENT)
        assert tuple(row) == EVENT_COLUMNS
        assert row["kind"] == "meeting"
        assert row["participant_ids"] == "mark-rutte; volodymyr-zelenskyy"
        assert row["participant_names"] == "Mark Rutte; Volodymyr Zelenskyy"
        assert row["location"] == "Brussels"
        assert (row["when_timex"], row["when_earliest"], row["when_edtf"]) == ("XXXX-01-29", "2025-01-29", "XXXX-01-29")

    @given(st.lists(st.from_type(Statement), max_size=4))
    def test_statement_rows_carry_their_fields(self, items: list[Statement]) -> None:
        """For any statements, each written CSV row reads back as its row, with the promised values."""
        stream = io.StringIO(newline="")
        assert write_csv(items, stream, escape_formulas=False) == len(items)
        rows = read_csv(stream.getvalue())
        assert rows == list(to_csv_rows(items, escape_formulas=False))
        for s, row in zip(items, rows, strict=True):
            assert row["speaker_id"] == s.speaker.id
            assert row["text"] == s.text
            assert row["direct"] == ("true" if s.direct else "false")
            assert row["when_timex"] == (s.when.timex if s.when else "")
            assert row["when_earliest"] == (s.when.earliest.isoformat() if s.when and s.when.earliest else "")
            assert row["when_latest"] == (s.when.latest.isoformat() if s.when and s.when.latest else "")
            assert row["when_granularity"] == (s.when.granularity.value if s.when else "")
            assert row["when_uncertain"] == ("" if s.when is None else "true" if s.when.uncertain else "false")
            assert int(row["span_start"]) == s.span.start

    @given(st.lists(st.from_type(Event), max_size=4))
    def test_event_rows_carry_their_fields(self, items: list[Event]) -> None:
        """For any events, each written CSV row reads back as its row, with the promised values."""
        stream = io.StringIO(newline="")
        write_csv(items, stream, cls=Event, escape_formulas=False)
        rows = read_csv(stream.getvalue())
        assert rows == list(to_csv_rows(items, escape_formulas=False))
        for e, row in zip(items, rows, strict=True):
            assert row["kind"] == e.kind.value
            assert row["trigger"] == e.trigger
            assert row["participant_ids"].split("; ") == ([a.id for a in e.participants] or [""])
            assert row["when_basis"] == (e.when.basis.value if e.when else "")
            assert row["location"] == (e.location or "")

    def test_file_has_header_even_when_empty(self, tmp_path: Path) -> None:
        """An empty CSV still has the header row, so its columns are stable."""
        path = tmp_path / "events.csv"
        assert write_csv([], path, cls=Event) == 0
        assert path.read_bytes() == (",".join(EVENT_COLUMNS) + "\r\n").encode()

    def test_file_with_unencodable_text(self, tmp_path: Path) -> None:
        """Text UTF-8 cannot encode is written escaped rather than failing the whole file."""
        path = tmp_path / "s.csv"
        write_csv([STATEMENT.__class__(speaker=RUTTE, text="a\udc80b", direct=True, span=Span(start=0, end=3))], path)
        assert read_csv(path.read_text(encoding="utf-8"))[0]["text"] == "a\\udc80b"

    def test_wrong_kind(self) -> None:
        """CSV rows are for statements and events only."""
        with pytest.raises(InvalidOptionError, match="got Span"):
            csv_row(Span(start=0, end=1))  # type: ignore[arg-type]
        with pytest.raises(InvalidOptionError, match="cls must be Statement or Event"):
            write_csv([], io.StringIO(), cls=Span)  # type: ignore[arg-type]


class TestJsonSchema:
    def test_shipped_copy_is_current(self) -> None:
        """data/timeline.schema.json is exactly json_schema() (regenerate it when the model changes)."""
        shipped = json.loads((files("nato_ukraine_timeline") / "data" / "timeline.schema.json").read_text("utf-8"))
        assert shipped == json_schema()

    def test_schema_is_valid(self) -> None:
        """The schema is a valid draft 2020-12 schema with every model class defined."""
        jsonschema.Draft202012Validator.check_schema(json_schema())
        assert set(json_schema()["$defs"]) == {c.__name__ for c in MODEL_CLASSES if c is not Timeline}

    @given(st.from_type(Timeline))
    @example(TIMELINE)
    def test_dumps_validate(self, tl: Timeline) -> None:
        """Every document dumps writes is valid against the schema."""
        VALIDATOR.validate(json.loads(dumps(tl)))

    @pytest.mark.parametrize(
        "change",
        [
            {"version": 3},
            {"format": "x"},
            {"extra": 1},
            {"statements": [{"text": "no speaker"}]},
        ],
    )
    def test_schema_rejects_bad_documents(self, change: dict[str, Any]) -> None:
        """Wrong versions, unknown fields and incomplete records fail the schema too."""
        with pytest.raises(jsonschema.ValidationError):
            VALIDATOR.validate(document() | change)


class TestDataFrame:
    def test_columns_and_dtypes(self) -> None:
        """One row per item in time order, with datetime64 bounds and the item's fields."""
        pd = pytest.importorskip("pandas")
        df = TIMELINE.to_dataframe()
        assert list(df["type"]) == ["event", "statement"]
        assert str(df["earliest"].dtype).startswith("datetime64")
        assert df["earliest"].iloc[0] == pd.Timestamp("2025-01-29")
        assert df["latest"].iloc[1] == pd.Timestamp("2025-02-17")
        assert df["speaker"].iloc[1] == "Mark Rutte"
        assert df["participants"].iloc[0] == ("Mark Rutte", "Volodymyr Zelenskyy")
        assert df["timex"].tolist() == ["XXXX-01-29", "2025-02-17"]
        assert df["granularity"].tolist() == ["day", "day"]
        assert TIMELINE.to_dataframe(item=True)["item"].iloc[1] is TIMELINE.statements[0]
        assert df["text"].tolist() == [EVENT.trigger, STATEMENT.text]
        from nato_ukraine_timeline.ext.pandas import COLUMNS

        assert tuple(df.columns) == COLUMNS
        empty = Timeline().to_dataframe()
        assert tuple(empty.columns) == COLUMNS
        assert str(empty["latest"].dtype).startswith("datetime64")

    @given(st.from_type(Timeline))
    def test_any_timeline(self, tl: Timeline) -> None:
        """Any timeline converts, one row per item, bounds equal to the items' (NaT where absent)."""
        pd = pytest.importorskip("pandas")
        df = tl.to_dataframe()
        assert len(df) == len(tl)
        for item, lo in zip(tl, df["earliest"], strict=True):
            want = item.when.earliest if item.when else None
            assert (lo.date() if not pd.isna(lo) else None) == want

    def test_missing_pandas_names_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas, the ImportError says which extra to install."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        monkeypatch.delitem(sys.modules, "nato_ukraine_timeline.ext.pandas", raising=False)
        with pytest.raises(ImportError, match=r"pip install 'nato_ukraine_timeline\[pandas\]'"):
            importlib.import_module("nato_ukraine_timeline.ext.pandas")
