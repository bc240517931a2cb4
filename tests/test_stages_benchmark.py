"""benchmarks/stages.py: a timer around each named stage of ``parse`` in every module that holds it (its own and
those that imported it by name), removed again afterwards. Synthetic texts only."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline import _document, _mentions, _parse

if TYPE_CHECKING:
    from types import ModuleType

    import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _stages(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # stages.py reads throughput.py's corpus
    spec = importlib.util.spec_from_file_location("stages", BENCHMARKS / "stages.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_stage_is_timed_where_it_is_called_and_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    stages = _stages(monkeypatch)
    analyse, supplement = _document.analyse, _mentions._supplement
    text = "The envoy Anna Lindqvist said on Monday that talks would resume in Geneva."  # synthetic
    before = ntl.parse(text, published=dt.date(2025, 3, 4))
    spent: Counter[str] = Counter()
    replaced = stages.install(["_document.analyse", "_mentions._supplement"], spent)
    try:
        assert _parse.analyse is not analyse  # imported by name into _parse: timed there too
        assert ntl.parse(text, published=dt.date(2025, 3, 4)) == before
        assert set(spent) == {"_document.analyse", "_mentions._supplement"}
        assert spent["_document.analyse"] >= spent["_mentions._supplement"] >= 0.0
    finally:
        stages.uninstall(replaced)
    assert _document.analyse is analyse
    assert _parse.analyse is analyse
    assert _mentions._supplement is supplement
    assert "stages" not in sys.modules
