"""find_dates is linear on long runs of awkward characters (issue 3, issue 5 item 4), counted, not timed.

Operations are counted as in ``test_scale`` (Python and C calls seen by cProfile, plus the characters
each regex call of the library examines), at sizes n and 10n, in a fresh process; 10x the input may cost
at most ~12x the operations. These families each once drove a pattern of the date scanner into
quadratic time (runs of commas, ",.", "1/1/", spaces between a clock time and its day) or sit next to
them; they run with and without a publication date (the two resolve differently).

Limit: one regex call counts the characters of its window once, so a pattern that is quadratic inside
a single ``finditer`` over the text is not seen here (test_scale audits pattern shapes for that).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._patterns import _gate, scanner
from test_scale import _MEASURE, GROWTH, measure_growth

if TYPE_CHECKING:
    from collections.abc import Callable


def _run(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


FAMILIES: dict[str, Callable[[int], str]] = {
    "spaces": _run(" "),
    "newlines": _run("\n"),
    "tabs": _run("\t"),
    "commas": _run(","),
    "dots": _run("."),
    "commas and dots": _run(",."),
    "digits": _run("1"),
    "digits and commas": _run("1,"),
    "1-1-1-": _run("1-"),
    "1/1/1/": _run("1/"),
    "curly quotes": _run("\u201c\u201d"),
    "apostrophes": _run("'"),
    "double quotes": _run('"'),
    "hyphens": _run("-"),
    "the the": _run("the "),
    "capitals": _run("ABC "),
    "a.a.a.": _run("a."),
    "mixed punctuation": _run(",.;:!?-"),
    "clock then spaces": lambda n: "10 p.m." + " " * n + "Monday",
    "clock then newlines": lambda n: "10 p.m.," + "\n" * n + "Monday",
    "newlines before a title": lambda n: "x" + "\n" * n + "Last Week",
    "month then spaces": lambda n: "Feb." + " " * n + "17",
}
#: Families dense in mentions: each mention reads a window of its sentence, which grows with the text up
#: to its cap, so they start from a larger size (as in test_scale).
DENSE: dict[str, Callable[[int], str]] = {
    "Jan. Jan.": _run("Jan. "),
    "weekdays": _run("Monday "),
    "clock times": _run("5 p.m. "),
    "years": _run("2024 "),
}
SMALL, LARGE = 400, 1500


def _cases() -> list[tuple[str, str, str, str]]:
    cases = []
    for name in ("find_dates", "find_dates_undated"):
        cases += [(f"{name}|{f}", name, make(SMALL), make(10 * SMALL)) for f, make in FAMILIES.items()]
        cases += [(f"{name}|{f}", name, make(LARGE), make(10 * LARGE)) for f, make in DENSE.items()]
    return cases


@pytest.fixture(scope="module")
def operations() -> dict[str, tuple[int, int]]:
    """Operations at n and 10n for every case, measured once in a fresh process."""
    script = _MEASURE.replace(
        "FUNCTIONS = {", 'FUNCTIONS = {\n    "find_dates_undated": lambda text: ntl.find_dates(text),', 1
    )
    assert "find_dates_undated" in script
    return measure_growth(_cases(), script)


@pytest.mark.parametrize("published", [True, False], ids=["published", "undated"])
@pytest.mark.parametrize("family", [*FAMILIES, *DENSE])
def test_linear(operations: dict[str, tuple[int, int]], family: str, published: bool) -> None:
    """10x the run costs at most ~12x the operations."""
    key = f"{'find_dates' if published else 'find_dates_undated'}|{family}"
    small, large = operations[key]
    ratio = large / max(small, 1)
    assert ratio <= GROWTH, f"{key}: {small} -> {large} operations ({ratio:.1f}x for 10x the input)"


@pytest.mark.parametrize(
    "text",
    [
        # a tensed date on a line without letters (once: RecursionError)
        "3-4\nSep",
        "The talks were held 3-4\nJan",
        "5 p.m. Feb. 31",  # a clock time on a day no month has (once: ValueError)
        "5 p.m. on Feb. 30, then 6 p.m. on Feb. 28",
    ],
)
@pytest.mark.parametrize("published", [None, dt.date(2025, 2, 18)])
def test_never_raises(text: str, published: dt.date | None) -> None:
    """Strings that once raised give mentions whose offsets match the text."""
    for m in find_dates(text, published=published):
        assert text[m.start : m.end] == m.text


# --------------------------------------------------------------------------------------------------
# Patterns: an attempt started inside a long run must not read to its end
#
# The scanner runs one ``finditer`` over the whole text, a single C call that operation counting sees as
# one window. If an attempt that starts inside a run of n characters reads to the end of the run (as the
# number gate's ``[\d,.]*\d`` once did on a run of commas), the scan costs n**2/2. Such an attempt's
# outcome then depends on what follows the run; a bounded attempt's outcome cannot. So: start each
# pattern inside a run of 128 characters and vary only the text after the run.

_UNITS = (
    " ", "\n", "\t", ",", ".", ",.", "1", "1,", "1.", "1-", "1/", "1 ", "\u201c\u201d", "'", '"', "-", "\u2014",
    "(", "the ", "ABC ", "a.", ",.;:!?-", "Jan. ", "January ", "Monday ", "5 p.m. ", "2024 ", "on ",
)  # fmt: skip
_TAILS = (
    "",
    "x",
    " ",
    "1",
    "1 days",
    "1st day",
    "Monday",
    " on Monday",
    "2024",
    "1/1/2024",
    "10:30 p.m.",
    ". A",
    "-",
    ", 2024",
)


def _depends_on_tail(pattern: re.Pattern[str], unit: str) -> list[str]:
    run = unit * (128 // len(unit))
    found = []
    for k in range(16, 16 + len(unit)):  # every phase of the unit
        outcomes = {(m.span() if (m := pattern.match(run + tail, k)) else None) for tail in _TAILS}
        if len(outcomes) > 1:
            found.append(f"from {k} in a run of {unit!r}: {sorted(map(str, outcomes))}")
    return found


def _scanning_patterns() -> dict[str, re.Pattern[str]]:
    sc = scanner()
    out = {"gate": re.compile(sc.opening + _gate()), "combined": sc.combined}
    out.update(sc.by_name)
    return out


@pytest.mark.parametrize("unit", _UNITS)
def test_no_attempt_reads_past_a_run(unit: str) -> None:
    """The scanner's gate, the whole scanner and each rule, started inside a run, stop within it."""
    bad = {name: f for name, p in _scanning_patterns().items() if (f := _depends_on_tail(p, unit))}
    assert not bad, bad


@pytest.mark.parametrize(
    ("pattern", "bad"),
    [(r"[^\w]" + r"(?=[\d,.]*\d\s+days)", True), (r"[^\w]" + r"(?=\d(?:[\d,.]{0,14}\d)?\s+days)", False)],
)
def test_run_audit_recognises_shapes(pattern: str, bad: bool) -> None:
    """The audit flags the gate as it was (quadratic on commas) and passes it as it is."""
    assert bool(_depends_on_tail(re.compile(pattern), ",")) is bad
