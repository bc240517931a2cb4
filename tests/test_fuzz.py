"""The fuzz harness (``fuzz/``) on a short budget, as part of every test run.

Hypothesis draws the inputs -- texts from the date-phrasing grid (days 0-32, years 1900-2100), mutated
real news (read at run time from ../shared, skipped when absent), random strings, mutated documents for
the loaders -- with ``published``, ``window`` and ``order``, and the checks of :mod:`fuzz.targets`
assert the invariants. The long run is ``python -m fuzz --inputs 1000000`` (see fuzz/__init__.py).
"""

from __future__ import annotations

import datetime as dt
import os
import random  # noqa: TC003 - Hypothesis reads the annotations at run time
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fuzz package sits at the repository root

from fuzz import targets
from fuzz.__main__ import main as fuzz_main

RANDOMS = st.randoms(use_true_random=False)
BUDGET = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _reals() -> list[str]:
    return targets.real_texts()


published = st.one_of(
    st.none(),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    st.sampled_from([dt.date.min, dt.date.max, dt.date(2024, 2, 29), dt.date(2100, 2, 28)]),
)
windows = st.one_of(
    st.none(),
    st.tuples(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(0, 3660)).map(
        lambda t: (t[0], t[0] + dt.timedelta(days=t[1]))
    ),
)
orders = st.sampled_from([None, "newest first", "oldest first"])


def _options(p: dt.date | None, w: tuple[dt.date, dt.date] | None, o: str | None) -> targets.Options:
    return {k: v for k, v in (("published", p), ("window", w), ("order", o)) if v is not None}


@BUDGET
@given(st.tuples(st.integers(0, 32), st.integers(1900, 2100)), RANDOMS, published, windows, orders)
def test_grid(day_year: tuple[int, int], rng: random.Random, p: dt.date | None, w: object, o: str | None) -> None:
    """Every grid phrasing (any day 0-32, any year 1900-2100) keeps find_dates' and parse's invariants."""
    day, year = day_year
    text = targets.grid_phrase(rng, day=day, year=year)
    opts = _options(p, w, o)  # type: ignore[arg-type]
    assert targets.check_find_dates(text, opts) == []
    assert targets.check_parse(text, opts) == []


@BUDGET
@given(st.text(max_size=200), published, windows, orders)
def test_any_text(text: str, p: dt.date | None, w: object, o: str | None) -> None:
    """Any string, with any options, keeps the invariants."""
    opts = _options(p, w, o)  # type: ignore[arg-type]
    assert targets.check_find_dates(text, opts) == []
    assert targets.check_parse(text, opts) == []


@BUDGET
@given(st.randoms(use_true_random=False))
def test_generated_texts(rng: random.Random) -> None:
    """The long run's text families (grid, real-text mutations, random) with its option draws."""
    _family, text = targets.text_input(rng, _reals())
    opts = targets.options(rng)
    assert targets.check_find_dates(text, opts) == []
    assert targets.check_parse(text, opts) == []


@BUDGET
@given(st.randoms(use_true_random=False))
def test_loaders(tmp_path_factory: pytest.TempPathFactory, rng: random.Random) -> None:
    """Mutated documents and registries make the loaders raise only the library's own errors."""
    kind, data = targets.loader_input(rng)
    tmp = tmp_path_factory.mktemp("fuzz") / "input"
    assert targets.check_loader(kind, data, tmp) == []


@pytest.mark.parametrize("order", ["newest first", "oldest first", None])
@pytest.mark.parametrize(
    "window", [(dt.date(1, 1, 1), dt.date(7, 2, 22)), (dt.date(9990, 1, 1), dt.date.max)], ids=["min", "max"]
)
def test_found_by_the_long_run_feed_order_near_the_calendar_ends(order: str | None, window: object) -> None:
    """A feed's order checked near date.min raised OverflowError (python -m fuzz, seed 11, at main 101e8ca);
    synthetic text."""
    text = "NATO said on Jan. 6 that talks went on.\n\nKyiv reported on Jan. 6 that fighting went on."
    opts = _options(None, window, order)  # type: ignore[arg-type]
    assert targets.check_find_dates(text, opts) == []
    assert targets.check_parse(text, opts) == []


def test_real_texts_are_read_when_present() -> None:
    """The real-text family uses the development parts only, and only when they exist."""
    if not targets.REALNEWS.is_dir():
        pytest.skip("../shared/data/realnews is absent")
    assert _reals(), "the development parts hold texts"


def test_command_short_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m fuzz`` runs, counts its inputs and reports nothing found."""
    assert fuzz_main(["--inputs", "300", "--seed", "7", "--json", str(tmp_path / "s.json")]) == 0
    out = capsys.readouterr().out
    assert '"inputs": 300' in out
    assert '"exceptions": 0' in out
    assert '"broken_invariants": 0' in out


def test_atheris_is_optional(capsys: pytest.CaptureFixture[str]) -> None:
    """Without atheris, ``--atheris`` says so and exits cleanly; with it, a short coverage-guided run passes."""
    try:
        import atheris  # type: ignore[import-not-found,import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        assert fuzz_main(["--atheris", "--inputs", "1"]) == 0
        assert "atheris is not installed" in capsys.readouterr().err
        return
    if not os.environ.get("NTL_FUZZ_ATHERIS"):
        pytest.skip("atheris instruments every module (about a minute): set NTL_FUZZ_ATHERIS=1 to run it")
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(  # libFuzzer ends its process: run it in its own
        [sys.executable, "-m", "fuzz", "--atheris", "--inputs", "20", "--no-real"],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": f"{root / 'src'}{os.pathsep}{root}"},
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Done 20 runs" in proc.stderr
