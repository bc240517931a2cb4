"""Scoring helpers shared by the gold-annotation tests (seed and the synthetic regression sets)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import nato_ukraine_timeline as ntl

if TYPE_CHECKING:
    import datetime as dt

    from nato_ukraine_timeline import Statement


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two spans as a share of the shorter one."""
    common = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, common) / max(1, min(a[1] - a[0], b[1] - b[0]))


def pair_statements(gold: list[dict[str, Any]], found: tuple[Statement, ...]) -> list[tuple[dict[str, Any], Statement]]:
    """Pairs (gold, found) one to one: each found statement overlaps its gold words by half or more."""
    pairs: list[tuple[dict[str, Any], Statement]] = []
    used: set[int] = set()
    for g in gold:
        best = max(
            (
                (overlap((g["start"], g["end"]), (s.span.start, s.span.end)), i)
                for i, s in enumerate(found)
                if i not in used
            ),
            default=(0.0, -1),
        )
        if best[0] >= 0.5:
            used.add(best[1])
            pairs.append((g, found[best[1]]))
    return pairs


def statement_with_words(statements: tuple[Statement, ...], words: str) -> Statement:
    """The first statement whose words are exactly ``words`` (the assertion lists what was found)."""
    matches = [s for s in statements if s.text == words]
    assert matches, [(s.speaker.name, s.text) for s in statements]
    return matches[0]


def date_of_words(statements: tuple[Statement, ...], words: str) -> tuple[str | None, str]:
    """The date of the first statement whose words hold ``words``, as (timex or None, reason or "")."""
    for s in statements:
        if words in s.text:
            return (s.when.timex if s.when else None), (s.when.reason if s.when else "")
    raise AssertionError(f"no statement with {words!r}")


def statement_date(text: str, words: str, published: dt.date) -> tuple[str | None, str]:
    """The date of the first statement of ``text`` (parsed with ``published``) whose words hold ``words``, as (timex
    or None, reason or "")."""
    return date_of_words(ntl.parse(text, published=published).statements, words)
