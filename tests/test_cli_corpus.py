"""nato-timeline parse over corpora: JSON Lines input, --workers, --actors, progress only on a terminal."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from nato_ukraine_timeline import Timeline, loads, parse
from nato_ukraine_timeline.__main__ import main

if TYPE_CHECKING:
    from pathlib import Path

DOCS = [
    {"text": "Zelensky said on Monday that air defence was the priority.", "published": "2025-03-05", "source": "a"},
    {"text": "Rutte told reporters on Friday that allies would send more.", "published": "2025-03-09", "source": "b"},
    {"text": "Varga said on Nov. 4 that Budapest would not send weapons."},
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert main(argv) == 0
    out = capsys.readouterr()
    return out.out, out.err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS) + "\n", encoding="utf-8")
    return path


class TestCorpus:
    def test_jsonl_corpus_equals_parsing_each_line(self, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Each line of a .jsonl corpus is one document, parsed with its own publication date and source."""
        out, err = _run(["parse", str(corpus), "--format", "json"], capsys)
        expected = Timeline.concat(parse(d["text"], published=d.get("published"), source=d.get("source")) for d in DOCS)
        assert loads(out, Timeline) == expected
        assert err == ""  # not a terminal: no progress bar

    def test_documents_are_kept_apart_unless_merge(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The same article from two outlets gives two statements; with --merge one, knowing both sources."""
        path = tmp_path / "syndicated.jsonl"
        doc = {"text": DOCS[0]["text"], "published": DOCS[0]["published"]}
        path.write_text("".join(json.dumps(doc | {"source": s}) + "\n" for s in ("outlet-a", "outlet-b")), "utf-8")
        kept = loads(_run(["parse", str(path), "--format", "json"], capsys)[0], Timeline)
        merged = loads(_run(["parse", str(path), "--format", "json", "--merge"], capsys)[0], Timeline)
        assert len(kept.statements) == 2 * len(merged.statements) > 0
        assert {s.source.id for s in kept.statements if s.source} == {"outlet-a", "outlet-b"}
        for s in merged.statements:
            assert [src.id for src in s.sources] == ["outlet-a", "outlet-b"]

    def test_workers_give_the_same_timeline(self, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Two worker processes print exactly what one does."""
        one, _ = _run(["parse", str(corpus), "--format", "jsonl", "--workers", "1"], capsys)
        two, _ = _run(["parse", str(corpus), "--format", "jsonl", "--workers", "2"], capsys)
        assert one == two
        assert one.count("\n") >= 2

    def test_bad_workers_is_a_usage_error(self, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--workers 0 is refused by the argument parser, naming the value."""
        with pytest.raises(SystemExit) as info:
            main(["parse", str(corpus), "--workers", "0"])
        assert info.value.code == 2
        assert "not a positive whole number: '0'" in capsys.readouterr().err

    def test_bad_corpus_line_names_file_and_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A corpus line without "text" fails with the library's message naming the file and line."""
        path = tmp_path / "bad.jsonl"
        path.write_text(json.dumps(DOCS[0]) + "\n" + json.dumps({"body": "x"}) + "\n", encoding="utf-8")
        assert main(["parse", str(path)]) == 1
        err = capsys.readouterr().err
        assert f"{path}, line 2: " in err
        assert "'text'" in err


class TestActors:
    def test_actors_file_extends_the_registry(
        self, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--actors adds the user's actors: the invented minister becomes a speaker."""
        toml = tmp_path / "mine.toml"
        toml.write_text(
            '[[actors]]\nid = "ilse-varga"\nname = "Ilse Varga"\nkind = "person"\naliases = ["Varga"]\n'
            'roles = [{ title = "Minister of Defence", organisation = "Hungary", start = 2025-03-01 }]\n',
            encoding="utf-8",
        )
        without, _ = _run(["parse", str(corpus), "--format", "json"], capsys)
        with_actors, _ = _run(["parse", str(corpus), "--format", "json", "--actors", str(toml)], capsys)
        speakers = {s.speaker.id for s in loads(with_actors, Timeline).statements}
        assert "ilse-varga" in speakers
        assert "ilse-varga" not in {s.speaker.id for s in loads(without, Timeline).statements}

    def test_broken_actors_file(self, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A broken actors file fails with the library's error naming the entry's path."""
        toml = tmp_path / "bad.toml"
        toml.write_text('[[actors]]\nid = "x"\nname = "X"\nkind = "wizard"\n', encoding="utf-8")
        assert main(["parse", str(corpus), "--actors", str(toml)]) == 1
        assert "$.actors[0].kind" in capsys.readouterr().err
