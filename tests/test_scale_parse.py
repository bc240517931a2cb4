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

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import _actors  # the private finder under test
from test_scale import _natural, measure_growth

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
    return measure_growth(_cases(), timeout=600)


@pytest.mark.parametrize("name", list(PARAGRAPHS))
def test_linear_in_paragraphs(operations: dict[str, tuple[int, int]], name: str) -> None:
    """10x the paragraphs cost at most ~12x the operations."""
    small, large = operations[f"parse|{name}"]
    assert small > 1000  # the measure sees the work
    ratio = large / small
    assert ratio <= GROWTH, f"{name}: {small} -> {large} operations ({ratio:.1f}x for 10x the input)"


# --------------------------------------------------------------------------------------------------
# The actor finder's tokens of a long text: a window, not a list of every token


def _capitalised_run(n: int) -> str:
    """SYNTHETIC: a run of capitalised words that the unknown-name rule reads to its end, then an appositive."""
    return "Reports say " + " ".join(["Ivan Petrenko Olena Kovalenko"] * n) + ", an analyst, said on Monday."


@pytest.mark.parametrize("ahead", [4, 64])
def test_token_window_finds_what_the_token_list_finds(monkeypatch: pytest.MonkeyPatch, ahead: int) -> None:
    """Read through a small window (forced on short texts), the finder returns the same mentions, also
    where a rule reads past the window (a long run of names: every token is then made)."""
    texts = [_natural(30), _capitalised_run(40), PARAGRAPHS["datelines"] * 5, "NATO " * 300]
    reg = _actors.active_registry()
    expected = [reg.find_mentions(t) for t in texts]
    filled: list[int] = []
    fill = _actors._TokenWindow.fill

    def counting_fill(self: _actors._TokenWindow) -> None:
        filled.append(len(self.toks))
        fill(self)

    monkeypatch.setattr(_actors, "_WINDOWED_FROM", 0)
    monkeypatch.setattr(_actors._TokenWindow, "_AHEAD", ahead)
    monkeypatch.setattr(_actors._TokenWindow, "_BEHIND", 1)
    monkeypatch.setattr(_actors._TokenWindow, "fill", counting_fill)
    assert [reg.find_mentions(t) for t in texts] == expected
    assert sum(map(len, expected)) > 100  # mentions to compare
    assert filled or ahead > 4  # the run of names read past the small window at least once


def test_token_memory_is_bounded() -> None:
    """The finder's traced peak on a long text is a few bytes per character (a list of every token with
    its own strings took about 50)."""
    reg = _actors.active_registry()
    text = _natural(2500)  # about 300,000 characters
    assert len(text) > _actors._WINDOWED_FROM
    reg.find_mentions(text[:1000])  # tables built outside the measure
    tracemalloc.start()
    try:
        mentions = reg.find_mentions(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert mentions
    assert peak < 25 * len(text), f"{peak / len(text):.1f} bytes per character"


def test_mask_makes_no_list_of_characters() -> None:
    """The mask of a long text with single-quoted quotations takes a few copies of the text at its peak,
    not a list of every character (12 bytes per character before, about 8 now)."""
    from nato_ukraine_timeline._sentences import build_mask

    line = "'We will win,' she said on Monday. NATO met in Brussels.\n"  # SYNTHETIC
    text = line * 5000
    build_mask(line, [], [])
    tracemalloc.start()
    try:
        mask = build_mask(text, [(30, 36)], [(24, 33)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert mask.count('"') == 2 * 5000  # every quotation's marks made double
    assert peak < 10 * len(text), f"{peak / len(text):.1f} bytes per character"


_WORDS = st.sampled_from(
    [
        "then-President",
        "ex-minister",
        "Ex-PM",
        "U.S.",
        "Zelenskyy\u2019s",
        "O'Brien",
        "Łącka",
        "STRASSE",
        "Straße",
        "co\u2010operation",
        "non\u2011NATO",
        "then-",
        "ex-",
        "İstanbul",
        "ﬁnance",
        "42",
        "—",
        ",",
        "said",
        "\u2019s",
    ]
)


@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=12), st.sampled_from([" ", "", "\n", "-"]))
def test_token_list_is_the_token_parts(words: list[str], sep: str) -> None:
    # synthetic words: the one-loop token list (the speed path) is token for token what _token_parts gives
    text = sep.join(words)
    assert _actors._tokens(text) == [_actors._Tok(*p) for p in _actors._token_parts(text)]


@given(st.one_of(_WORDS, st.text(max_size=8)))
def test_name_token_test_is_any_small_letter(word: str) -> None:
    # synthetic words: the ASCII shortcut of _is_name_token answers as the letter-by-letter test does
    tok = _actors._Tok(0, len(word), word, _actors._key(word))
    first = word[:1]
    expected = (
        first.isupper() and first.isalpha() and tok.key not in _actors._NOT_NAMES and any(c.islower() for c in word)
    )
    assert _actors._is_name_token(tok) == expected
    ascii_word = "".join(c for c in word if c.isascii())
    if ascii_word:
        tok = _actors._Tok(0, len(ascii_word), ascii_word, _actors._key(ascii_word))
        expected = (
            ascii_word[:1].isupper()
            and ascii_word[:1].isalpha()
            and tok.key not in _actors._NOT_NAMES
            and any(c.islower() for c in ascii_word)
        )
        assert _actors._is_name_token(tok) == expected
