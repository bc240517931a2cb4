"""The splitter's fast paths change nothing (fourteenth session, perf14b): ``split_sentences`` equals, on random
synthetic texts of lines, bullets, abbreviations, initials, acronyms, glued ends and quotes, a reference that
takes no shortcut (every cut filtered by the quotations, cuts always sorted, bullets looked for on every line
of a text that holds a mark, leading space always stripped with the regex)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _sentences as sp
from nato_ukraine_timeline._sentences import Sentence, quote_spans, sentence_breaks, split_sentences

# synthetic pieces
_PIECES = [
    "The",
    "council",
    "met",
    "on",
    "Feb.",
    "10.",
    "Gen.",
    "J.",
    "U.S.",
    "e.g.",
    "It",
    "He",
    "said",
    "talks.",
    "ended.",
    "now?",
    "yes!",
    "...",
    '"',
    '."',
    "\u201c",
    "\u201d",
    "'",
    "(",
    ")",
    "*",
    "\u2022",
    "\u00b7",
    ":",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    " \n",
    "town.He",
    'provocation."We',
    "abc.Def",
]

texts = st.lists(st.sampled_from(_PIECES), max_size=80).map(" ".join) | st.lists(
    st.sampled_from(_PIECES), max_size=80
).map("".join)


def _reference(text: str, quotes: list[tuple[int, int]]) -> list[Sentence]:
    """split_sentences as written before perf14b (no fast path)."""
    out: list[Sentence] = []
    qi = 0
    bullets = sp._BULLET_MARK.search(text) is not None
    for pno, para in enumerate(sp._PARAGRAPH.finditer(text)):
        p0, p1 = para.span()
        cuts = [
            (m.end(), m.end(), False)
            for m in sp._BOUNDARY.finditer(text, p0, p1)
            if sp._is_boundary(text, p0, m.start(), m.end())
        ]
        cuts.extend((m.end(), m.end(), False) for m in sp._GLUED.finditer(text, p0, p1))
        if bullets:
            cuts.extend(
                (m.start() + (1 if text[m.start()] == ":" else 0), m.end(), True)
                for m in sp._BULLET.finditer(text, p0, p1)
            )
        cuts.sort()
        while qi < len(quotes) and quotes[qi][1] <= p0:
            qi += 1
        kept = sp._outside_quotes(cuts, quotes, qi)
        pos, header, pieces = p0, -1, []
        for end, nxt, bullet in kept:
            if end > pos:
                pieces.append((pos, end, bullet))
            pos = max(pos, nxt)
        pieces.append((pos, p1, False))
        in_list = False
        for start, end, bullet_follows in pieces:
            m = sp._LEADING_WS.match(text, start, end)
            s = m.end() if m else start
            e = end
            while e > s and text[e - 1].isspace():
                e -= 1
            if s >= e:
                in_list = in_list or bullet_follows
                continue
            if bullet_follows and not in_list:
                out.append(Sentence(s, e, pno, -1))
                header = len(out) - 1
                in_list = True
                continue
            out.append(Sentence(s, e, pno, header if in_list else -1))
            in_list = in_list or bullet_follows
    return out


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_fast_paths_split_as_the_reference(text: str) -> None:
    assert split_sentences(text) == _reference(text, quote_spans(text))
    assert split_sentences(text, quotes=[]) == _reference(text, [])
    ref = _reference(text, [])
    assert sentence_breaks(text) == ([a.end for a in ref[:-1]], [b.start for b in ref[1:]])


def test_fast_paths_on_a_synthetic_list() -> None:
    # synthetic: a header and bullets on one line, leading spaces, a glued end, a quotation
    text = (
        "Key points on Feb. 10: * The council met. * Talks ended.\n"
        "  Gen. J. Smith spoke in the town.He left.\n"
        '"We agreed. Talks resume," an aide said.'
    )
    for quotes in (quote_spans(text), []):
        assert split_sentences(text, quotes=quotes) == _reference(text, quotes)
    items = split_sentences(text)
    assert [text[s.start : s.end] for s in items[:3]] == ["Key points on Feb. 10:", "The council met.", "Talks ended."]
    assert items[1].header == items[2].header == 0
