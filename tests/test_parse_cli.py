"""The ``nato-timeline parse`` command."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

import pytest

from nato_ukraine_timeline import Timeline, loads, read_jsonl
from nato_ukraine_timeline.__main__ import format_table, main

if TYPE_CHECKING:
    from pathlib import Path

NEWS = (
    "NATO Secretary General Mark Rutte said on Nov. 25 that allies must send more air defense to Ukraine.\n"
    '"We will not give up," Zelensky said on Nov. 26.\n'
    "Zelensky visited Brussels on Nov. 27 for talks with Rutte.\n"
)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


class TestParseCommand:
    """Formats, inputs and errors of the parse subcommand."""

    def test_seed_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a file the built-in seed is parsed and printed as a table in time order."""
        status, out, _ = _run(["parse"], capsys)
        assert status == 0
        lines = out.splitlines()
        assert lines[0].split()[:2] == ["DATE", "WHO"]
        assert "Mark Rutte" in out
        assert "2024-12-18" in out
        assert lines[-1].startswith("<Timeline: ")
        dated = [line[:10] for line in lines[2:-1] if line[:4].isdigit()]
        assert dated == sorted(dated)
        # the seed's undated items are bounded by their neighbours: shown as the interval, not XXXX-XX-XX
        bounded = [line.split()[0] for line in lines[2:-1] if ".." in line.split()[0]]
        assert bounded
        assert "XXXX-XX-XX" not in out
        for cell in bounded:
            lo, hi = cell.rstrip("?").split("..")
            assert lo < hi

    def test_file_json(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file parses to a JSON document that loads back as a Timeline carrying the file as source."""
        news = tmp_path / "news.txt"
        news.write_text(NEWS, encoding="utf-8")
        status, out, _ = _run(["parse", str(news), "--published", "2024-11-28", "--format", "json"], capsys)
        assert status == 0
        tl = loads(out, Timeline)
        assert len(tl.statements) == 2
        assert {s.source.id for s in tl.statements if s.source} == {str(news)}
        assert [e.kind.value for e in tl.events] == ["visit"]

    def test_jsonl_and_output_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """-o writes the JSON Lines to a file: the actors, then one line per statement or event; read_jsonl
        reads back the timeline --format json writes."""
        news = tmp_path / "news.txt"
        news.write_text(NEWS, encoding="utf-8")
        out_file = tmp_path / "out.jsonl"
        status, out, _ = _run(["parse", str(news), "--format", "jsonl", "-o", str(out_file)], capsys)
        assert status == 0
        assert out == ""
        records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
        assert sorted(r["_type"] for r in records if r["_type"] != "Actor") == ["Event", "Statement", "Statement"]
        _, doc, _ = _run(["parse", str(news), "--format", "json"], capsys)
        assert read_jsonl(out_file) == loads(doc, Timeline)

    def test_csv(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """CSV has one row per statement or event, with a type column."""
        news = tmp_path / "news.txt"
        news.write_text(NEWS, encoding="utf-8")
        status, out, _ = _run(["parse", str(news), "--format", "csv"], capsys)
        assert status == 0
        rows = list(csv.DictReader(io.StringIO(out)))
        assert sorted(r["type"] for r in rows) == ["event", "statement", "statement"]
        assert {r["speaker_name"] for r in rows if r["type"] == "statement"} == {"Mark Rutte", "Volodymyr Zelensky"}

    def test_several_files_merge(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Several files give one merged timeline."""
        a, b = tmp_path / "a.txt", tmp_path / "b.txt"
        a.write_text(NEWS, encoding="utf-8")
        b.write_text("Rutte arrived in Kyiv on Oct. 3 for a surprise visit.\n", encoding="utf-8")
        _, out, _ = _run(["parse", str(a), str(b), "--format", "json"], capsys)
        tl = loads(out, Timeline)
        assert len(tl.events) == 2
        assert len(tl.statements) == 2

    def test_stdin(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        """'-' reads standard input."""
        monkeypatch.setattr("sys.stdin", io.StringIO(NEWS))
        status, out, _ = _run(["parse", "-", "--format", "jsonl"], capsys)
        assert status == 0
        assert len([line for line in out.splitlines() if '"_type": "Actor"' not in line]) == 3

    def test_bad_date_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A malformed --published exits with status 2 and a message."""
        with pytest.raises(SystemExit) as exc:
            main(["parse", "--published", "28/11/2024"])
        assert exc.value.code == 2
        assert "YYYY-MM-DD" in capsys.readouterr().err

    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that cannot be read exits with status 1 and names it."""
        status, _, err = _run(["parse", str(tmp_path / "nope.txt")], capsys)
        assert status == 1
        assert "nope.txt" in err

    def test_no_command_prints_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a subcommand the command prints its help and exits with status 2."""
        status, out, _ = _run([], capsys)
        assert status == 2
        assert "parse" in out


def test_empty_table() -> None:
    """An empty timeline prints as such."""
    assert format_table(Timeline()) == "(empty timeline)\n"
