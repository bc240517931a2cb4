"""The feed builder on any gold files, and the benchmark command over it (``benchmarks/feed_recall.py``).

The gold files here are synthetic: passages written for this test (one story a week through
2024-2025, each with one date, most of them year-less, a few with none), in the format of ``../shared/GOLD.md``.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import feeds

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parents[1]
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _synthetic_rows(n: int, first: dt.date, prefix: str) -> list[dict[str, Any]]:
    """``n`` synthetic passages a week apart: "Ministers met on <Month> <day>." (every fifth one with no date,
    every third one with the year written: the year a feed's order carries to the others)."""
    rows = []
    for k in range(n):
        day = first + dt.timedelta(days=7 * k)
        if k % 5 == 4:
            text, timexes = "Ministers met again and agreed to talk further.", []
        else:
            date = f"{_MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if k % 3 == 0 else "")
            text = f"Ministers met on {date} and agreed to talk further."
            start = text.index(date)
            timexes = [
                {"start": start, "end": start + len(date), "text": date, "type": "DATE", "value": day.isoformat()}
            ]
        rows.append({"id": f"{prefix}-{k:03d}", "published": day.isoformat(), "text": text, "timexes": timexes})
    return rows


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_feeds_from_any_gold_files(tmp_path: Path) -> None:
    """Synthetic: feeds of both orders, layouts and kinds from two small gold files given by path."""
    a = _write(tmp_path / "syn-a.jsonl", _synthetic_rows(30, dt.date(2024, 3, 4), "syn-a"))
    b = _write(tmp_path / "syn-b.jsonl", _synthetic_rows(14, dt.date(2025, 2, 3), "syn-b"))
    rows = feeds.passages([a, b])
    assert len(rows) == 44
    assert [r["published"] for r in rows] == sorted(r["published"] for r in rows)
    built = feeds.build_feeds(40, rows=rows)
    assert len(built) == 40
    assert {f.order for f in built} == set(feeds.ORDERS)
    assert {f.layout for f in built} == set(feeds.LAYOUTS)
    assert {f.kind for f in built} == set(feeds.KINDS)
    for f in built:
        assert 10 <= len(f.items) <= 31
        assert len(f.ids) == len(f.items)
        for g in f.gold:  # a gold date's offsets move with its item
            assert f.text[g.start : g.end] == g.text
            assert f.items[g.item][0] <= g.start < f.items[g.item][1]
    assert Counter(f.kind for f in built)["timeline"] == len(range(0, 40, 3))


def test_the_default_parts_are_dev_a_to_c() -> None:
    assert feeds.PARTS == ("dev-a", "dev-b", "dev-c")
    assert feeds.gold_path("dev-d") == feeds.REALNEWS / "dev-d.jsonl"
    assert feeds.gold_path("/some/where/gold.jsonl") == Path("/some/where/gold.jsonl")


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location("feeds_benchmark", ROOT / "benchmarks" / "feed_recall.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_command_reads_gold_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Synthetic: ``benchmarks/feed_recall.py FILE FILE --each --json`` reports each file and the pool."""
    a = _write(tmp_path / "syn-a.jsonl", _synthetic_rows(30, dt.date(2024, 3, 4), "syn-a"))
    b = _write(tmp_path / "syn-b.jsonl", _synthetic_rows(30, dt.date(2025, 1, 6), "syn-b"))
    assert _benchmark().main([str(a), str(b), "--each", "--json", "--count", "12", "--errors", "3"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in lines] == ["syn-a", "syn-b", "syn-a+syn-b"]
    for r in lines:
        assert r["feeds"] == 12
        y = r["yearless"]
        assert y["all"]["total"] == sum(y[o]["total"] for o in feeds.ORDERS if o in y)
        assert y["all"]["total"] == sum(y[k]["total"] for k in feeds.LAYOUTS if k in y)
        assert r["order"]["feeds"] == 12
        assert r["order"]["wrong, confident"] == 0
        assert r["ceiling"]["right"] == r["ceiling"]["total"]  # with the publication date: all right
        assert len(r["errors"]) <= 3
        # every year-less date not right is counted once, by how its feed's order came out
        assert sum(r["losses"].values()) == y["all"]["total"] - y["all"]["right"]
        detected = r["order"]["detected right"] + r["order"]["wrong"]
        assert sum(r["declined"].values()) == r["feeds"] - detected
        assert all(k.startswith("no order: ") for k in r["declined"])
        # feeds of dated weekly stories, some with the year: the library gets nearly all of them
        assert y["all"]["right"] >= 0.9 * y["all"]["total"]


def test_benchmark_command_without_the_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert _benchmark().main(["/no/such/gold.jsonl"]) == 0
    assert "gold not found" in capsys.readouterr().out
