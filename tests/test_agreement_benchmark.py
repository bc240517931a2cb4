"""benchmarks/agreement.py: one annotation scored against another with the project's scorers. Synthetic
passages and annotations only (written for this test, no real news)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import benchmark_scripts

if TYPE_CHECKING:
    from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

# SYNTHETIC passage and its annotation A.
TEXT = "The minister said on Tuesday that talks would resume. Envoys met in Geneva on Monday."
A: dict[str, Any] = {
    "id": "syn-001",
    "source": "synthetic",
    "outlet": "synthetic",
    "published": "2025-03-06",
    "text": TEXT,
    "timexes": [
        {"text": "Tuesday", "start": 21, "end": 28, "type": "DATE", "value": "2025-03-04"},
        {"text": "Monday", "start": 78, "end": 84, "type": "DATE", "value": "2025-03-03"},
    ],
    "statements": [
        {"speaker": "the minister", "quote": "talks would resume", "direct": False, "date": "2025-03-04"},
    ],
    "events": [{"kind": "meeting", "trigger": "met", "date": "2025-03-03", "participants": [], "location": "Geneva"}],
}


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_scripts.load("agreement", monkeypatch)  # it imports realnews.py beside it


def test_a_statement_without_offsets_is_located_by_its_quote(bench: ModuleType) -> None:
    rows = bench.annotation_as_prediction(A)
    (statement,) = rows["statements"]["statements"]
    assert TEXT[statement["start"] : statement["end"]] == "talks would resume"
    assert statement["date"] == "2025-03-04"
    assert rows["timexes"]["timexes"][1]["value"] == "2025-03-03"
    assert rows["events"]["events"] == [{"kind": "meeting", "date": "2025-03-03", "location": "Geneva"}]


def _run(bench: ModuleType, tmp_path: Path, b: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    (tmp_path / "a.jsonl").write_text(json.dumps(A) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(b) + "\n", encoding="utf-8")
    code = bench.main([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines() if line.startswith("{")]
    return {"code": code, "err": captured.err, **{row["measure"]: row for row in out}}


@pytest.mark.skipif(not EVAL.is_dir(), reason="the project's scorers (../shared/eval) are not beside the repo")
def test_agreement_with_itself_is_perfect_and_a_different_date_is_counted(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = _run(bench, tmp_path, A, capsys)
    assert same["code"] == 0
    assert same["statements"]["attr_F1"] == 1.0
    assert same["events"]["F1"] == 1.0
    other = json.loads(json.dumps(A))
    other["statements"][0]["date"] = None  # annotator B leaves the saying undated
    other["events"][0]["date"] = "2025-03-02"  # and dates the meeting a day earlier
    changed = _run(bench, tmp_path, other, capsys)
    assert changed["statements"]["attr_F1"] == 1.0
    assert changed["statements"]["date_acc"] == 0.0
    assert changed["events"]["F1"] == 0.0


def test_files_over_different_passages_are_refused(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = {**A, "text": TEXT + " More."}
    result = _run(bench, tmp_path, other, capsys)
    assert result["code"] == 2
    assert "syn-001" in result["err"]
    assert "statements" not in result  # nothing is scored
