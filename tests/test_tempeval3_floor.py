"""Regression floors of ``find_dates`` on the TempEval-3 training corpus (``../shared/data/tempeval3``).

A **regression test, not a measure of generalisation**: the corpus is the field's public training set
and the date rules were checked against its errors. Each floor is the figure measured when it was last
raised, rounded down, so a change that loses ground fails here. The corpus is read at run time with the
scorer of ``benchmarks/tempeval3.py`` (TempEval-3's relaxed, strict and value measures; a fraction of a
second); skipped where ``../shared`` is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

import pytest

BENCHMARKS: Final = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import tempeval3  # noqa: E402

pytestmark = pytest.mark.skipif(not tempeval3.DATA.is_file(), reason="../shared/data/tempeval3 not found")

# F1 floors (measured 0.8191 value, 0.9455 relaxed, 0.8866 strict)
FLOORS: Final = {"value": 0.819, "relaxed": 0.945, "strict": 0.886}


@pytest.fixture(scope="module")
def scores() -> tempeval3.Scores:
    return tempeval3.score(tempeval3.find_dates_system, tempeval3.load_docs())


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_floor(scores: tempeval3.Scores, measure: str) -> None:
    """find_dates keeps its TempEval-3 training F1 at or above the floor."""
    f1 = getattr(scores, measure)[2]
    assert f1 >= FLOORS[measure], f"{measure} F1 {f1:.4f} < floor {FLOORS[measure]}"
