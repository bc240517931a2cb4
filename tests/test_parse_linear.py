"""parse stays linear on long documents of the shapes that made its mention finder quadratic (issue 10 item
3): many datelines, many bodies named in lower case and again by their head noun, many ministries named by
their capital, many bare titles. Operations are counted as in ``test_scale`` (calls seen by the profiler
plus the characters the library's regex calls examine), never timed. The texts are SYNTHETIC."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from test_scale import GROWTH, measure_growth

if TYPE_CHECKING:
    from collections.abc import Callable

# Each line repeats; at about 100 lines (6-9 KB) against 1,000 (60-90 KB), the quadratic loops the finder
# had (a list filtered against every dateline or body found, sorted inserts) grew 12-16x.
FAMILIES: dict[str, Callable[[int], str]] = {
    "datelines": lambda k: "KYIV, Dec. 5 (Reuters) - Rutte said the talks went well.\n" * k,
    "bodies named again": lambda k: "Russia's defence ministry said drones fell. The ministry said more. " * k,
    "bodies by capital": lambda k: "The Defence Ministry in Moscow said drones fell. " * k,
    "bare titles": lambda k: "Defence Minister Ivan Petrenko said the front held. The minister added more. " * k,
}
SMALL = 100


@pytest.fixture(scope="module")
def operations() -> dict[str, tuple[int, int]]:
    """Operations of parse at k and 10k lines of each family, measured once in a fresh process."""
    cases = [(f"parse|{name}", "parse", make(SMALL), make(10 * SMALL)) for name, make in FAMILIES.items()]
    return measure_growth(cases)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_parse_is_linear(operations: dict[str, tuple[int, int]], family: str) -> None:
    """10x the lines cost at most ~12x the operations."""
    small, large = operations[f"parse|{family}"]
    assert small > 10_000  # the measure sees the work
    assert large / small <= GROWTH, f"{family}: {small} -> {large} ({large / small:.1f}x for 10x the input)"
