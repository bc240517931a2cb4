"""``parse`` stays linear on long documents: the loops that once compared every mention with every span
(issue 10 item 3), counted, not timed.

Each case is a synthetic paragraph repeated n and 10n times, written so that one former quadratic loop
has work to do in every paragraph: a body named in lower case after its state ("Ukraine's air force":
every mention was checked against every such span), a wire dateline (every mention against every
dateline), statements followed by events (each event's sentence copied every later statement), a quoted
"today" dated by the day of its saying (each one scanned every date mention of the text) and year-less
dates beside a written year (each one against every written date). Operations are counted as in
``test_scale`` (Python and C calls, plus the characters each regex call examines) in a fresh process.
A repeated paragraph is the best case for linearity, so 10x the paragraphs may cost at most 10.5x the
operations (the counts are exact: no flakiness). Before the fix the bodies, datelines and quoted days cost
11.9x, 11.7x and 10.7x at these sizes (the loops over list slices and comprehensions are partly invisible
to call counting; ``benchmarks/scale.py document`` times them on 1 MB and 10 MB).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from test_scale import _MEASURE

# Synthetic paragraphs (written for this test; no real news text).
PARAGRAPHS: dict[str, str] = {
    "lower-case bodies": "Ukraine's air force said Russia launched drones at Kyiv, and NATO officials agreed.\n",
    "datelines": "KYIV, Dec. 5 (Reuters) - Zelensky met Rutte in Kyiv, the Ukrainian president said.\n",
    "statements and events": (
        '"We will not stop," Zelensky said. NATO defence ministers met in Brussels on Monday. '
        "Russia launched a missile attack on Kharkiv on Wednesday.\n"
    ),
    "quoted today": '"We are ready for talks today," Zelensky said on Feb. 4, 2025. Rutte agreed on Feb. 5.\n',
    "year beside year-less dates": "Vuhledar fell in October 2024, Kurakhove in January and Pokrovsk in March.\n",
}
SMALL = 30  # paragraphs; the large document has ten times as many
GROWTH = 10.5


def _cases() -> list[tuple[str, str, str, str]]:
    return [(f"parse|{name}", "parse", text * SMALL, text * (10 * SMALL)) for name, text in PARAGRAPHS.items()]


@pytest.fixture(scope="module")
def operations() -> dict[str, tuple[int, int]]:
    """Operations at n and 10n paragraphs for every case, measured once in a fresh process."""
    out = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _MEASURE],
        input=json.dumps(_cases()),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return {key: (small, large) for key, (small, large) in json.loads(out.stdout).items()}


@pytest.mark.parametrize("name", list(PARAGRAPHS))
def test_linear_in_paragraphs(operations: dict[str, tuple[int, int]], name: str) -> None:
    """10x the paragraphs cost at most ~12x the operations."""
    small, large = operations[f"parse|{name}"]
    assert small > 1000  # the measure sees the work
    ratio = large / small
    assert ratio <= GROWTH, f"{name}: {small} -> {large} operations ({ratio:.1f}x for 10x the input)"
