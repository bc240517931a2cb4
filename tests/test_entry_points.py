"""Entry points users expect: ntl.example(), --version, standard input when piped, `dates` on par with
`parse`, the real output path in errors, consistent argument order and names (with deprecation shims),
and `load` without a class for self-describing documents.

Texts below are synthetic, written for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from typing import TYPE_CHECKING

import attrs
import pytest

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline.__main__ import main

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "Synthetic: NATO Secretary General Mark Rutte said on Monday that allies would send more air defence."


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "nato_ukraine_timeline", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, check=False, timeout=120)  # noqa: S603 - our own module


class TestExample:
    def test_example_text_and_options(self) -> None:
        """ntl.example() gives the built-in text with the options it is read with."""
        ex = ntl.example()
        assert ex.name == "seed.txt"
        assert ex.options == {"published": None, "order": "newest first"}
        assert ex.parse() == ntl.parse(ex.text, source=ex.name, **ex.options)
        assert ex.find_dates() == ntl.find_dates(ex.text, order="newest first")

    def test_cli_without_file_parses_the_example(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`nato-timeline parse` with no file and nothing piped reads the same example, same options."""
        assert main(["parse", "--format", "json"]) == 0
        assert ntl.loads(capsys.readouterr().out) == ntl.example().parse()


class TestCommandLine:
    def test_version(self) -> None:
        """--version prints the installed version."""
        proc = _cli("--version")
        assert proc.returncode == 0
        assert proc.stdout.strip() == f"nato-timeline {ntl.__version__}"

    @pytest.mark.parametrize("command", ["parse", "dates"])
    def test_piped_standard_input_is_read(self, command: str) -> None:
        """`cat f | nato-timeline parse` reads the pipe, not the built-in example."""
        proc = _cli(command, "--format", "json", "--published", "2025-02-19", stdin=TEXT)
        assert proc.returncode == 0, proc.stderr
        if command == "parse":
            assert ntl.loads(proc.stdout) == ntl.parse(TEXT, published="2025-02-19", source="<stdin>")
        else:
            assert [r["text"] for r in json.loads(proc.stdout)] == ["Monday"]

    def test_dates_on_par_with_parse(self, tmp_path: Path) -> None:
        """dates takes -o, --actors, CSV and .jsonl corpora; its JSON Lines records read with iter_jsonl."""
        corpus = tmp_path / "c.jsonl"
        docs = [{"text": TEXT, "published": "2025-02-19", "source": "a"}, {"text": "Synthetic: on Nov. 4 it rained."}]
        corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        toml = tmp_path / "mine.toml"
        toml.write_text('[[actors]]\nid = "ilse-varga"\nname = "Ilse Varga"\nkind = "person"\n', encoding="utf-8")
        out = tmp_path / "dates.jsonl"
        assert main(["dates", str(corpus), "--format", "jsonl", "-o", str(out), "--actors", str(toml)]) == 0
        records = list(ntl.iter_jsonl(out))
        assert [type(r).__name__ for r in records] == ["Source", "DateMention", "Source", "DateMention"]
        assert records[0].id == "a"
        assert records[1] == ntl.find_dates(TEXT, published="2025-02-19")[0]
        table = tmp_path / "dates.csv"
        assert main(["dates", str(corpus), "--format", "csv", "-o", str(table)]) == 0
        with table.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert [(r["source"], r["text"], r["timex"]) for r in rows] == [
            ("a", "Monday", "2025-02-17"),
            (f"{corpus}, line 2", "Nov. 4", "XXXX-11-04"),
        ]

    @pytest.mark.parametrize("command", ["parse", "dates"])
    def test_error_names_the_real_output_path(self, command: str, tmp_path: Path) -> None:
        """-o into a missing folder names that path, not a temporary file."""
        target = tmp_path / "missing" / "out.json"
        proc = _cli(command, "--format", "json", "-o", str(target), stdin="")
        assert proc.returncode == 1
        assert str(target.parent) in proc.stderr
        assert ".tmp" not in proc.stderr


class TestArgumentOrder:
    def test_writers_take_items_then_target(self, tmp_path: Path) -> None:
        """write_jsonl and write_csv take (items, target), as dump(obj, target) does."""
        tl = ntl.parse(TEXT, published="2025-02-19")
        path = tmp_path / "t.jsonl"
        assert ntl.write_jsonl(tl, path) == len(tl.actors) + len(tl)
        assert ntl.read_jsonl(path) == tl
        assert ntl.write_csv(tl.statements, tmp_path / "s.csv") == len(tl.statements)

    def test_old_order_still_works_with_a_warning(self, tmp_path: Path) -> None:
        """The old (target, items) order still writes the same file, with a DeprecationWarning."""
        tl = ntl.parse(TEXT, published="2025-02-19")
        new, old = tmp_path / "new.jsonl", tmp_path / "old.jsonl"
        ntl.write_jsonl(tl, new)
        with pytest.warns(DeprecationWarning, match=r"write_jsonl\(target, items\) is deprecated"):
            ntl.write_jsonl(old, tl)
        assert old.read_text(encoding="utf-8") == new.read_text(encoding="utf-8")
        stream = io.StringIO()
        with pytest.warns(DeprecationWarning, match=r"write_csv\(target, items\) is deprecated"):
            ntl.write_csv(stream, tl.statements)
        assert stream.getvalue().count("\r\n") == 1 + len(tl.statements)


class TestLoadInfersTheClass:
    def test_document_without_cls(self, tmp_path: Path) -> None:
        """load and loads read a timeline document without being told its class."""
        tl = ntl.parse(TEXT, published="2025-02-19")
        path = tmp_path / "t.json"
        ntl.dump(tl, path)
        assert ntl.load(path) == tl
        assert ntl.loads(ntl.dumps(tl)) == tl

    def test_tagged_record_without_cls(self) -> None:
        """A JSON Lines record (tagged with _type) loads as its class."""
        s = ntl.parse(TEXT, published="2025-02-19").statements[0]
        stream = io.StringIO()
        ntl.write_jsonl([s], stream)
        assert ntl.loads(stream.getvalue()) == s

    def test_untagged_object_needs_cls(self) -> None:
        """An object that does not say its class is an error that asks for cls."""
        with pytest.raises(ntl.SerializationError, match=r"cannot tell which class this is.*pass cls"):
            ntl.loads('{"start": 1, "end": 2}')


class TestNames:
    def test_items_read_alike(self) -> None:
        """Statements and events share text, start/end (like mentions), and a str kind."""
        tl = ntl.parse("Synthetic: Rutte met Zelensky in Kyiv on Monday. " + TEXT, published="2025-02-19")
        items = [*tl.statements, *tl.events]
        assert tl.statements
        assert tl.events
        for item in items:
            assert (item.start, item.end) == (item.span.start, item.span.end)
            assert isinstance(item.kind, str)
        event = tl.events[0]
        assert event.text == event.trigger
        assert attrs.evolve(event, trigger="talks").text == "talks"
