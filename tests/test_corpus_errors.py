"""One bad document never stops a corpus: parse_many(errors=...) and the command line (issue 10, item 2).

A document is made to fail by patching a stage of the pipeline to raise on a marker word (the date
crashes the audit found are being fixed, so they cannot be relied on to fail). All texts are synthetic.
"""

from __future__ import annotations

import json
import pickle
from typing import TYPE_CHECKING, Any

import pytest

from nato_ukraine_timeline import InvalidOptionError, ParseFailure, Timeline, _parse, loads, parse, parse_many
from nato_ukraine_timeline.__main__ import main

if TYPE_CHECKING:
    from pathlib import Path

MARKER = "POISON"
TEXTS = [
    "Rutte said on Monday that allies must spend more.",  # synthetic
    f"Zelensky said on Friday that {MARKER} air defence was short.",  # synthetic; fails when patched
    "Varga said on Nov. 4 that Budapest would not send weapons.",  # synthetic
    {"body": "no text key"},  # not a document at all
    "Stoltenberg said on Tuesday that the alliance was united.",  # synthetic
]


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse raises ValueError on any text with the marker (as a rule with a bug would)."""
    real = _parse.find_events

    def find_events(*args: Any, **kwargs: Any) -> Any:
        if any(isinstance(a, str) and MARKER in a for a in args) or MARKER in str(args[:1]):
            raise ValueError("min() arg is an empty sequence")
        return real(*args, **kwargs)

    monkeypatch.setattr(_parse, "find_events", find_events)
    with pytest.raises(ValueError, match="empty sequence"):
        parse(TEXTS[1])  # type: ignore[arg-type]


@pytest.mark.usefixtures("poisoned")
class TestParseMany:
    @pytest.mark.parametrize("workers", [1, 2])
    def test_record_keeps_every_other_document_in_place(self, workers: int) -> None:
        """errors="record": a ParseFailure stands where each bad document was; every other result is parse's."""
        got = list(parse_many(TEXTS, workers=workers, chunksize=2, errors="record"))  # type: ignore[arg-type]
        assert len(got) == len(TEXTS)
        assert [type(r).__name__ for r in got] == ["Timeline", "ParseFailure", "Timeline", "ParseFailure", "Timeline"]
        assert got[0] == parse(TEXTS[0])  # type: ignore[arg-type]
        assert got[4] == parse(TEXTS[4])  # type: ignore[arg-type]
        bad, notdoc = got[1], got[3]
        assert isinstance(bad, ParseFailure)
        assert (bad.index, bad.error, bad.message) == (1, "ValueError", "min() arg is an empty sequence")
        assert isinstance(notdoc, ParseFailure)
        assert (notdoc.index, notdoc.error) == (3, "InvalidOptionError")
        assert "'text'" in notdoc.message

    def test_failure_names_source_and_pickles(self) -> None:
        """A failure carries the document's source id and survives pickling (it crosses process pools)."""
        docs = [{"text": TEXTS[1], "source": "https://news.example/7"}]
        (failure,) = parse_many(docs, workers=1, errors="record")
        assert isinstance(failure, ParseFailure)
        assert failure.source == "https://news.example/7"
        assert str(failure) == "document 0 (https://news.example/7): ValueError: min() arg is an empty sequence"
        assert pickle.loads(pickle.dumps(failure)) == failure  # noqa: S301 - our own bytes

    @pytest.mark.parametrize("workers", [1, 2])
    def test_skip_drops_only_the_bad_documents(self, workers: int) -> None:
        """errors="skip": the good documents' timelines, in order."""
        got = list(parse_many(TEXTS, workers=workers, errors="skip"))  # type: ignore[arg-type]
        assert got == [parse(TEXTS[i]) for i in (0, 2, 4)]  # type: ignore[arg-type]

    def test_raise_names_the_document(self) -> None:
        """errors="raise" (the default) raises the error itself, with a note naming the document."""
        results = parse_many(TEXTS[:2], workers=1)  # type: ignore[arg-type]
        assert next(results) == parse(TEXTS[0])  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="empty sequence") as info:
            next(results)
        assert "while parsing document 1" in info.value.__notes__

    def test_unknown_policy(self) -> None:
        """An unknown errors= value is refused at the call."""
        with pytest.raises(InvalidOptionError, match="errors='ignore'"):
            parse_many(["x"], errors="ignore")  # type: ignore[call-overload]


@pytest.mark.usefixtures("poisoned")
class TestCommandLine:
    def test_corpus_goes_on_names_the_bad_line_and_fails_at_the_end(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The command writes every good document, names each bad one on stderr and exits 1."""
        corpus = tmp_path / "corpus.jsonl"
        lines = [json.dumps(t if isinstance(t, dict) else {"text": t}) for t in TEXTS]
        corpus.write_text("\n".join([*lines[:3], "{not json", *lines[3:]]) + "\n", encoding="utf-8")
        out = tmp_path / "out.json"
        assert main(["parse", str(corpus), "--format", "json", "-o", str(out)]) == 1
        err = capsys.readouterr().err
        assert f"{corpus}, line 2: ValueError: min() arg is an empty sequence" in err
        assert f"{corpus}, line 4: " in err  # invalid JSON
        assert f"{corpus}, line 5: " in err  # no "text"
        assert "3 document(s) failed" in err
        assert "Traceback" not in err
        expected = Timeline().merge(*(parse(TEXTS[i]) for i in (0, 2, 4)))  # type: ignore[arg-type]
        assert [s.text for s in loads(out.read_text(encoding="utf-8"), Timeline)] == [s.text for s in expected]

    def test_text_files_go_on_past_a_bad_one(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Among text files, the bad one and the missing one are named; the others are written."""
        good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
        good.write_text(str(TEXTS[0]), encoding="utf-8")
        bad.write_text(str(TEXTS[1]), encoding="utf-8")
        assert main(["parse", str(bad), str(tmp_path / "missing.txt"), str(good), "--format", "jsonl"]) == 1
        captured = capsys.readouterr()
        assert f"{bad}: ValueError" in captured.err
        assert "missing.txt" in captured.err
        assert "allies must spend more" in captured.out
