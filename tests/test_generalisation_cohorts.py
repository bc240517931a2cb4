"""``benchmarks/generalisation.py --cohorts`` pools counts, not rates (synthetic score rows, written here)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "generalisation.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generalisation", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(part: str, commit: str, status: str, *, attr_r: float, counts: tuple[int, int]) -> list[dict[str, object]]:
    gold, pred = counts
    base = {"part": part, "commit": commit, "status": status, "system": "nato_ukraine_timeline"}
    return [
        {**base, "measure": "timexes", "value_f1": 0.9, "gold": 50, "pred": 50},
        {**base, "measure": "statements", "attr_R": attr_r, "gold": gold, "pred": pred, "date_acc": 0.5, "dated": 10},
        {**base, "measure": "events", "F1": 0.5, "gold": 10, "pred": 10},
    ]


def test_cohorts_pool_counts_of_first_looks_only(tmp_path: Path) -> None:
    gen = _script()
    rows = (
        _rows("dev-x1", "aaaaaaa", "blind first-seen (session start)", attr_r=0.5, counts=(100, 60))
        + _rows("dev-x2", "aaaaaaa", "blind first-seen (session start)", attr_r=0.8, counts=(10, 10))
        + _rows("dev-x1", "bbbbbbb", "blind (session end)", attr_r=1.0, counts=(100, 100))  # a later look: not pooled
        + _rows("dev-x1", "ccccccc", "development (after-fix)", attr_r=1.0, counts=(100, 100))  # not blind: not read
        # a pool of the two parts, scored too: its passages are already counted in their parts' rows
        + _rows("pooled-x1-x2", "aaaaaaa", "blind first-seen (session start)", attr_r=0.9, counts=(110, 70))
    )
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cohorts = gen.first_looks(gen.blind_rows(path))
    assert list(cohorts) == ["aaaaaaa"]
    fig = gen.pooled(cohorts["aaaaaaa"])
    # attributed 50 + 8 of gold 110, predicted 70: a pooled rate, not the mean of 0.5 and 0.8
    assert fig["attribution"] == "P 0.829 R 0.527 (58/110)"
    assert fig["statements"].startswith("0.644 / 0.500 (20)")
    assert fig["timexes"] == "0.900"
    assert fig["events"] == "0.500"


def test_canonical_variant_stands_for_the_part(tmp_path: Path) -> None:
    gen = _script()
    canon = {"part": "dev-g.canon", "commit": "aaaaaaa", "status": "blind first-seen"}
    canon |= {"system": "nato_ukraine_timeline", "measure": "statements", "attr_R": 0.6}
    canon |= {"gold": 100, "pred": 100, "date_acc": 0.5, "dated": 10}
    rows = [*_rows("dev-g", "aaaaaaa", "blind first-seen", attr_r=0.2, counts=(100, 100)), canon]
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    fig = gen.pooled(gen.first_looks(gen.blind_rows(path))["aaaaaaa"])
    assert fig["attribution"] == "P 0.600 R 0.600 (60/100)"


def test_feed_rows_are_not_read_as_headline_measures(tmp_path: Path) -> None:
    gen = _script()
    feed = {"part": "dev-x1", "commit": "aaaaaaa", "status": "blind first-seen", "system": "nato_ukraine_timeline"}
    feed |= {"measure": "feeds", "yearless_right": 10, "yearless": 40, "recall": 0.25}
    rows = [*_rows("dev-x1", "aaaaaaa", "blind first-seen", attr_r=0.5, counts=(100, 100)), feed]
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    blind = gen.blind_rows(path)
    assert {row["measure"] for row in blind["dev-x1"]} == {"timexes", "statements", "events"}
    assert gen.pooled(gen.first_looks(blind)["aaaaaaa"])["events"] != "-"
