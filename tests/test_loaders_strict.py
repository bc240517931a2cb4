"""Loaders never leak foreign errors and refuse inconsistent documents (issue 10, item 4).

Huge integers, deep nesting and bytes that are not UTF-8 raise SerializationError with a path, through
``loads``, ``load`` and ``iter_jsonl``; a DateValue naming a day no calendar has, bounds that hold no
day of the value, alternatives outside the bounds and integers beyond 2**53 are refused.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import TYPE_CHECKING, Any

import pytest

from nato_ukraine_timeline import (
    DateMention,
    SerializationError,
    Span,
    Timeline,
    dumps,
    find_dates,
    iter_jsonl,
    load,
    loads,
)

if TYPE_CHECKING:
    from pathlib import Path

MENTION = find_dates("Talks were held on Feb. 17, 2025.")[0]  # synthetic


def _mention_json(**value: Any) -> str:
    data = json.loads(dumps(MENTION))
    data["value"].update(value)
    return json.dumps(data)


class TestForeignErrors:
    @pytest.mark.parametrize(
        "text",
        [
            '{"start": ' + "9" * 5000 + "}",
            "[" * 1000 + "]" * 1000,
            '{"a":' * 1500 + "1" + "}" * 1500,
            "[" * 100_000,
        ],
        ids=["5000-digit-int", "nested-1000", "nested-1500-objects", "nested-100000"],
    )
    def test_loads(self, text: str) -> None:
        """A 5,000-digit integer or nesting >= 1,000 deep is a SerializationError at $."""
        with pytest.raises(SerializationError, match=r"@ \$"):
            loads(text, DateMention)

    def test_iter_jsonl_lines(self) -> None:
        """The same in JSON Lines, naming the line."""
        tagged = '{"_type": "DateMention", ' + dumps(MENTION)[1:]
        lines = [tagged, '{"start": ' + "9" * 5000 + "}", "[" * 2000]
        got = iter_jsonl(io.StringIO("\n".join(lines)), DateMention)
        assert next(got) == MENTION
        with pytest.raises(SerializationError, match=r"line 2: .*too long"):
            next(got)
        with pytest.raises(SerializationError, match=r"line 1: .*nested too deeply"):
            list(iter_jsonl(io.StringIO(lines[2]), DateMention))

    def test_load_not_utf8(self, tmp_path: Path) -> None:
        """A file that is not UTF-8 is named, with the byte offset."""
        path = tmp_path / "t.json"
        path.write_bytes(dumps(Timeline()).encode()[:20] + b"\xff" + dumps(Timeline()).encode()[20:])
        with pytest.raises(SerializationError) as info:
            load(path, Timeline)
        assert info.value.what == str(path)
        assert "not valid UTF-8 at byte 20" in str(info.value)

    def test_iter_jsonl_not_utf8(self, tmp_path: Path) -> None:
        """A JSON Lines file with a bad byte on line 2: line 1 loads, line 2 is named."""
        path = tmp_path / "m.jsonl"
        first = ('{"_type": "DateMention", ' + dumps(MENTION)[1:]).encode()
        path.write_bytes(first + b"\n" + b'{"_type": "Date\xc3Mention"}\n')
        got = iter_jsonl(path)
        assert next(got) == MENTION
        with pytest.raises(SerializationError, match=rf"line 2: not valid UTF-8 at byte {len(first) + 16}"):
            next(got)

    def test_text_stream_decoding_error(self, tmp_path: Path) -> None:
        """A stream the caller opened as UTF-8 whose bytes are not: still the library's error."""
        path = tmp_path / "m.jsonl"
        path.write_bytes(b"\n\xff\n")
        with path.open(encoding="utf-8") as stream, pytest.raises(SerializationError, match="not valid UTF-8"):
            list(iter_jsonl(stream))


class TestInconsistent:
    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ({"timex": "XXXX-04-31", "earliest": None, "latest": None}, "no such day: 'XXXX-04-31'"),
            ({"timex": "XXXX-02-30", "earliest": None, "latest": None}, "no such day: 'XXXX-02-30'"),
            ({"timex": "XXXX-02-00", "earliest": None, "latest": None}, "no such day: 'XXXX-02-00'"),
            ({"timex": "XXXX-13-01", "earliest": None, "latest": None}, "no such month: 'XXXX-13-01'"),
            (
                {"timex": "XXXX-02-17", "earliest": "2025-03-01", "latest": "2025-12-31"},
                "the bounds 2025-03-01..2025-12-31 hold no day of 'XXXX-02-17'",
            ),
            (
                {"timex": "XXXX-02-29", "earliest": "2025-01-01", "latest": "2025-12-31"},
                "hold no day of 'XXXX-02-29'",
            ),
            (
                {
                    "timex": "XXXX-02-17",
                    "earliest": "2024-02-17",
                    "latest": "2025-02-17",
                    "alternatives": ["2024-02-17", "2026-02-17"],
                },
                "'2026-02-17' (2026-02-17..2026-02-17) lies outside the bounds 2024-02-17..2025-02-17",
            ),
        ],
        ids=["april-31", "feb-30", "day-0", "month-13", "no-feb-17", "no-feb-29", "alternative-outside"],
    )
    def test_date_value_refused(self, value: dict[str, Any], message: str) -> None:
        """The loader refuses the value, naming the field and showing the value."""
        with pytest.raises(SerializationError, match="@ \\$\\.value\\.") as info:
            loads(_mention_json(**value), DateMention)
        assert message in str(info.value)

    @pytest.mark.parametrize(
        "value",
        [
            {"timex": "XXXX-02-29", "earliest": "2024-01-01", "latest": "2025-12-31"},
            {"timex": "XXXX-02", "granularity": "month", "earliest": "2025-02-10", "latest": "2025-03-01"},
            {"timex": "XXXX-02-17", "earliest": None, "latest": None},
            {"timex": "XXXX-02-17", "earliest": "1900-01-01", "latest": "2100-01-01"},
        ],
    )
    def test_consistent_value_loads(self, value: dict[str, Any]) -> None:
        """Year-less values whose bounds hold one of their days load."""
        value.setdefault("alternatives", [])
        got = loads(_mention_json(**value), DateMention)
        assert got.value.timex == value["timex"]

    @pytest.mark.parametrize("end", [10**30, 2**53 + 1, -(2**60)])
    def test_integers_beyond_2_53(self, end: int) -> None:
        """An offset beyond 2**53 describes no text: refused (then to_dataframe cannot overflow)."""
        data = json.loads(dumps(MENTION))
        data["end"] = end
        with pytest.raises(SerializationError, match=r"out of range .*@ \$\.end"):
            loads(json.dumps(data), DateMention)
        with pytest.raises(SerializationError, match=r"out of range"):
            loads(json.dumps({"start": 0, "end": end}), Span)

    def test_resolver_values_round_trip_with_narrow_windows(self) -> None:
        """A year-less date with no occurrence in a narrow window has open bounds, so it loads back."""
        for m in find_dates("Talks on Feb. 29 and Nov. 22.", window=(dt.date(2056, 4, 7), dt.date(2056, 10, 27))):
            assert loads(dumps(m), DateMention) == m
