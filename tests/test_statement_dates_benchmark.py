"""benchmarks/statement_dates.py: the classes of ``missed_where``, where a passage names the gold date of a statement
``parse`` left undated. Synthetic passages only (written for this test, no real news)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

import benchmark_scripts
from nato_ukraine_timeline._sentences import split_sentences

if TYPE_CHECKING:
    from types import ModuleType


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return benchmark_scripts.load("statement_dates", monkeypatch)  # it imports realnews.py beside it


# SYNTHETIC: (passage, words of the statement, the day's words, ids of the statements in the sentence before,
# expected class)
CASES: tuple[tuple[str, str, str, list[str], str], ...] = (
    ("The minister said on Tuesday that talks would resume.", "talks would resume", "Tuesday", [], "own-sentence"),
    (
        "The minister met envoys on Tuesday. She said that talks would resume.",
        "talks would resume",
        "Tuesday",
        [],
        "before:speaker-named",
    ),
    (
        "Envoys met in Geneva on Tuesday. The minister said that talks would resume.",
        "talks would resume",
        "Tuesday",
        [],
        "before:not-named",
    ),
    (
        "The minister said on Tuesday that envoys met. She said that talks would resume.",
        "talks would resume",
        "Tuesday",
        ["minister"],
        "before:same-speaker",
    ),
    (
        "The army said on Tuesday that envoys met. The minister said that talks would resume.",
        "talks would resume",
        "Tuesday",
        ["army"],
        "before:other-speaker",
    ),
    (
        "Envoys met on Tuesday. Nobody spoke. Nothing moved. The minister said that talks would resume.",
        "talks would resume",
        "Tuesday",
        [],
        "earlier",
    ),
    ("The minister said that talks would resume. Envoys met on Tuesday.", "talks would resume", "Tuesday", [], "later"),
    (
        "The minister said that talks would resume on Tuesday.",
        "talks would resume on Tuesday",
        "Tuesday",
        [],
        "in-words",
    ),
    ("The minister said that talks would resume.", "talks would resume", "", [], "not-named"),
)


@pytest.mark.parametrize("case", CASES, ids=[c[4] for c in CASES])
def test_missed_where(bench: ModuleType, case: tuple[str, str, str, list[str], str]) -> None:
    text, words, day, ids, expected = case
    start = text.index(words)
    timexes: list[dict[str, Any]] = [{"start": text.index(day), "value": "2025-03-04"}] if day else []
    sentences = [(s.start, s.end) for s in split_sentences(text)]
    who = "minister\tThe minister"
    got = bench.missed_where(
        text, sentences, timexes, words=(start, start + len(words)), date="2025-03-04", before=(ids, who)
    )
    assert got == expected


@pytest.mark.parametrize(
    ("gold", "name", "expected"),
    [
        ("Ivan Petrov", "Ivan Petrov", "right"),  # synthetic names
        ("Ivan Petrov", "Petrov", "right"),  # a bare surname equal to the gold's last word counts, as the scorer counts
        ("Ivan Petrov", "Ruritania", "wrong"),
        ("Ivan Petrov", None, "wrong"),
    ],
)
def test_speaker_outcome(bench: ModuleType, gold: str, name: str | None, expected: str) -> None:
    if not bench.realnews.EVAL.is_dir():
        pytest.skip("the shared scorer is absent")
    assert bench.speaker_outcome(gold, name) == expected


# SYNTHETIC: (passage, words of the statement, the gold date, expected class of missed_stage); published on
# Friday 2025-03-07, so "Tuesday" is 2025-03-04.
STAGES: tuple[tuple[str, str, str, str], ...] = (
    ("Foreign Minister Ivan Petrov said that talks would resume.", "talks would resume", "2025-03-04", "no-single-day"),
    (
        "On Tuesday, Foreign Minister Ivan Petrov said that talks would resume.",
        "talks would resume",
        "2025-03-05",
        "other-day",
    ),
    (
        '"Talks will resume," Foreign Minister Ivan Petrov said on Tuesday.',
        "Talks will resume",
        "2025-03-04",
        "day-after-words",
    ),
    (
        "Foreign Minister Ivan Petrov, who arrived in Oslo on Tuesday, said that talks would resume.",
        "talks would resume",
        "2025-03-04",
        "day-other-clause",
    ),
    (
        (
            "The envoys arrived in Oslo on Tuesday shortly before Foreign Minister Ivan Petrov said that talks"
            " would resume."
        ),
        "talks would resume",
        "2025-03-04",
        "day-not-speakers",
    ),
    (
        "Foreign Minister Ivan Petrov has said on Tuesday that talks would resume.",
        "talks would resume",
        "2025-03-04",
        "not-one-act",
    ),
)


@pytest.mark.parametrize("case", STAGES, ids=[c[3] for c in STAGES])
def test_missed_stage(bench: ModuleType, case: tuple[str, str, str, str]) -> None:
    import datetime as dt

    from nato_ukraine_timeline._document import analyse
    from nato_ukraine_timeline._statements import find_statements

    text, words, date, expected = case
    doc, _ = analyse(text, published=dt.date(2025, 3, 7), window=None, order=None)
    found = find_statements(doc)
    f = next(f for f in found if words in doc.text[f.start : f.end])
    assert bench.missed_stage(doc, found, f, date) == expected
