"""The splitter's fast paths change nothing (fourteenth session, perf14b; fifteenth session, perf15).

``split_sentences`` equals, on random synthetic texts of lines, bullets, abbreviations, initials, acronyms, glued
ends and quotes, a reference that takes no shortcut (every cut filtered by the quotations, cuts always sorted,
bullets looked for on every line of a text that holds a mark, leading space always stripped with the regex); and
``split_sentences`` and ``sentence_breaks`` equal the splitter main had before perf15 (copied whole below) on
random texts of the tricky pieces and on every word of the tables before every kind of end."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _sentences as sp
from nato_ukraine_timeline._letters import latin_letters
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
    bullets = _T_BULLET_MARK.search(text) is not None
    for pno, para in enumerate(_T_PARAGRAPH.finditer(text)):
        p0, p1 = para.span()
        cuts = [
            (m.end(), m.end(), False)
            for m in _T_BOUNDARY.finditer(text, p0, p1)
            if _t_is_boundary(text, p0, m.start(), m.end())
        ]
        cuts.extend((m.end(), m.end(), False) for m in _T_GLUED.finditer(text, p0, p1))
        if bullets:
            cuts.extend(
                (m.start() + (1 if text[m.start()] == ":" else 0), m.end(), True)
                for m in _T_BULLET.finditer(text, p0, p1)
            )
        cuts.sort()
        while qi < len(quotes) and quotes[qi][1] <= p0:
            qi += 1
        kept = _t_outside_quotes(cuts, quotes, qi)
        pos, header, pieces = p0, -1, []
        for end, nxt, bullet in kept:
            if end > pos:
                pieces.append((pos, end, bullet))
            pos = max(pos, nxt)
        pieces.append((pos, p1, False))
        in_list = False
        for start, end, bullet_follows in pieces:
            m = _T_LEADING_WS.match(text, start, end)
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


# --------------------------------------------------------------------------------------------------
# The tables, regexes and helpers of the splitter as main had it before perf14b and perf15, copied whole (not
# the module's, which perf15 folded into one scan). `_reference` above is that splitter; perf14b's fast paths
# gave the same answers, so one copy is the oracle of both sessions' tests.

_T_ABBREVIATIONS = frozenset(
    """
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Mr Mrs
    Ms Dr Prof Gen Lt Col Maj Sgt Capt Cpt Adm Cmdr Brig Gov Sen Rep Rev Hon Pres Amb Sec Supt St Mt Ft
    No Nos Vol Fig Art Sec vs Inc Corp Co Ltd Jr Sr approx est ca cf al Dept Univ a.m p.m U.S U.K U.N
    E.U U.S.A D.C
    """.split()  # noqa: SIM905
)
_T_ACRONYMS = frozenset({"U.S", "U.K", "U.N", "E.U", "U.S.A", "D.C"})
_T_OPENERS = frozenset(
    """
    The A An He She It They We I You This That These Those His Her Its Their Our But And Yet So In On At
    However Meanwhile Earlier Later Still Also Now Then There Here After Before While When As If Since
    Ukraine Russia NATO
    """.split()  # noqa: SIM905
)
_T_PARAGRAPH = re.compile(r"[^\n]+")
_T_BOUNDARY = re.compile(
    r"""[.!?](?<![.!?]{2})[.!?]*["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[""" + latin_letters(upper=True) + "0-9])"
)
_T_GLUED = re.compile(r"""[.!?](?<=[a-z]{3}.)["'\u201d\u2019]?(?=["\u201c]?(?:[A-Z][a-z]{2,}|He|It|We|I)\b)""")
_T_BULLET = re.compile(r"(?::)?(?<![^\S\n])[^\S\n]+[*•·▪][^\S\n]+")
_T_BULLET_MARK = re.compile(r"[*•·▪]")
_T_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,8})[.!?]+[\"'\u201d\u2019)\]]*$")
_T_NEXT_WORD = re.compile(r"""\s+["'\u201c\u2018(\[]?([A-Za-z0-9]+)""")
_T_LEADING_WS = re.compile(r"\s*(?:[*\u2022\u00b7\u25aa]\s+)?")


def _t_is_boundary(text: str, para_start: int, end_punct: int, after: int) -> bool:
    if text[end_punct] != ".":
        return not (text[after - 1] in '"\u201d' and sp._speaker_next().match(text, after, after + 120))
    before = _T_WORD_BEFORE.search(text, max(para_start, end_punct - 12), after)
    if before is None:
        return True
    word = before.group(1)
    nxt = _T_NEXT_WORD.match(text, after)
    next_word = nxt.group(1) if nxt else ""
    if word in _T_ACRONYMS or word.rstrip(".") in _T_ACRONYMS:
        return next_word in _T_OPENERS
    if word in _T_ABBREVIATIONS or word.rstrip(".") in _T_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper() and word != "I":
        return False
    return not ("." in word and len(word) <= 5 and not next_word[:1].isupper())


def _t_outside_quotes(
    cuts: list[tuple[int, int, bool]], quotes: list[tuple[int, int]], qi: int
) -> list[tuple[int, int, bool]]:
    kept: list[tuple[int, int, bool]] = []
    qj = qi
    for cut in cuts:
        while qj < len(quotes) and quotes[qj][1] <= cut[0]:
            qj += 1
        inside = qj < len(quotes) and quotes[qj][0] < cut[0] < quotes[qj][1]
        if inside and quotes[qj][0] == cut[0] - 1:
            kept.append((cut[0] - 1, cut[0] - 1, cut[2]))
        elif not inside or cut[2]:
            kept.append(cut)
    return kept


def _today_split(text: str, *, quotes: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """split_sentences as main had it before perf15: the reference above (perf14b's fast paths gave the same)."""
    return _reference(text, quote_spans(text) if quotes is None else quotes)


def _today_breaks(text: str) -> tuple[list[int], list[int]]:
    """sentence_breaks as main had it before perf15."""
    sents = _reference(text, [])
    return [a.end for a in sents[:-1]], [b.start for b in sents[1:]]


# --------------------------------------------------------------------------------------------------
# perf15 (fifteenth session): the one scan (_ENDS) decides in the regex what _is_boundary decided in Python for
# most ends, and sentence_breaks reads offsets only. The oracle: today's splitter above, on random texts built
# from the tricky pieces (synthetic): every word of the tables with its period (alone and after a letter),
# initials, decimals and numbers, ellipses, quotes of every kind, brackets, bullets and header colons, line
# breaks, lower-case starts, questions before a speaker, glued ends, capitals of other Latin letters.

_TABLE = sorted(_T_ABBREVIATIONS | _T_ACRONYMS)
_ENDED = [  # words with their marks
    *(w + "." for w in _TABLE),
    *("x" + w + "." for w in _TABLE[::5]),
    *("." + w + "." for w in _TABLE[1::7]),
    *("talks.", "I.", "A.", "J.", "x.", "ab.", "abc.", "abcd.", "abcde.", "abcdefgh.", "Kyiv.", "NATO.", "EU."),
    *("latest.", "final.", "e.g.", "i.e.", "Ph.D.", "a.b.c.", "ab.cd.", "a.bc.", "a.bcd.", "x.abcd.", "U.S.A."),
    *("ok...", "so..", "wait...", "x..", "ab.?", "no?", "yes!", "now?!", "10.", "3.5.", "1,000.", "$5.", "2."),
    *('?"', '!"', "?\u201d", '."', ".\u2019", ".)", ".]", '.")', "...\u201d", "Sept.Oct", "town.He", 'end."We'),
]
_WORDS = [  # words without marks, and what may follow an end
    *(w for w in _TABLE[::4]),
    *("The", "the", "talks", "said", "it", "It", "I", "He", "We", "Ukraine", "However", "a", "ab", "abc"),
    *("\u0141\u0105cki", "\u00d8rsted", "\u015fey", "1", "2024", "(A", '"We', "\u201cWe", "\u2018It", "[1]"),
    *("Vance asked", "asked Vance", "he said", "Gen. Smith said", "abc.Def", "abc.It", "news.Az", "e.g.The", "ab.I"),
]
_MARKS = [  # marks, quotes, brackets, bullets alone
    *("...", "..", ".", "?", "!", "?!", "!?", ".?", "?.", "....", ". .", "#", "-", ":"),
    *('"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "(", ")", "[", "]", "\u00ab", "\u00bb"),
    *("*", "\u2022", "\u00b7", "\u25aa", " * ", ": \u2022", "\u2022 "),
]
_SEPARATORS = [" ", " ", " ", "", "  ", "\n", "\n\n", " \n", "\t", "\u00a0", "\r\n"]
_PIECE = st.one_of(st.sampled_from(_ENDED), st.sampled_from(_WORDS), st.sampled_from(_WORDS), st.sampled_from(_MARKS))

tricky_texts = st.lists(st.tuples(_PIECE, st.sampled_from(_SEPARATORS)), max_size=50).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)


@settings(max_examples=2000, deadline=None)
@given(text=tricky_texts)
def test_fast_splitter_equals_todays(text: str) -> None:
    assert split_sentences(text) == _today_split(text)
    assert split_sentences(text, quotes=[]) == _today_split(text, quotes=[])
    assert sentence_breaks(text) == _today_breaks(text)


@settings(max_examples=2000, deadline=None)
@given(text=tricky_texts | texts)
def test_the_scan_decides_as_is_boundary(text: str) -> None:
    """A match of the one scan with no group is an end today's splitter cuts (a _BOUNDARY match _is_boundary
    keeps, or a glued end); with the group "check" it is a _BOUNDARY match left to _is_boundary; a _BOUNDARY
    match the scan does not find is one _is_boundary drops."""
    found = {m.span(): m.lastgroup for m in sp._ENDS.finditer(text) if m.lastgroup != "line"}
    boundary = {m.span() for m in _T_BOUNDARY.finditer(text)}
    glued = {m.span() for m in _T_GLUED.finditer(text)}
    assert set(found) <= boundary | glued
    assert glued <= set(found)
    for (start, end), kind in found.items():
        if kind == "check":
            assert (start, end) in boundary
        elif (start, end) not in glued:
            assert _t_is_boundary(text, 0, start, end), (text, start)
    for start, end in boundary - set(found):
        assert not _t_is_boundary(text, 0, start, end), (text, start)


def test_sure_and_checked_ends_on_synthetic_sentences() -> None:
    # synthetic: which ends the regex decides and which it leaves to _is_boundary ("no": not a match, no end)
    cases = {
        "The talks ended. Both sides left.": None,  # a word not in the tables
        "It rose by 10. Then it fell.": None,  # no word before the period
        "Was it over? Nobody knew.": None,  # a question not closed by a double quote
        "Troops from the U.S. The talks": None,  # an acronym before an opener
        "He met him in Feb. The talks": "no",  # a word of the tables
        "Donald J. Trump said": "no",  # an initial
        "the U.S. Army said": "no",  # an acronym not before an opener
        "for e.g. This one": "check",  # a dotted word
        "and so... The end": "check",  # an ellipsis after a short word: the dots may join the word
        '"Why now?" Vance asked.': "check",  # a question in double quotes: maybe before its speaker
    }
    for text, kind in cases.items():
        kinds = [m.lastgroup for m in sp._ENDS.finditer(text)][:1] or ["no"]
        assert kinds == [kind], text
        assert split_sentences(text) == _today_split(text)


def test_line_breaks_cut_in_the_one_scan() -> None:
    # synthetic: a run of line breaks is one match; a period at a line's end reads the next line ahead
    text = "First line ends.\n\n  Second line\nThird."
    assert [(m.group(), m.lastgroup) for m in sp._ENDS.finditer(text)] == [
        (".", None),
        ("\n\n", "line"),
        ("\n", "line"),
    ]
    assert sentence_breaks(text) == _today_breaks(text) == ([16, 31], [20, 32])


def test_table_words_are_all_guarded() -> None:
    """Every word of the tables, alone before its period, ends no sentence (an acronym: unless an opener follows);
    the look-behinds are built from the tables, so a word added to them is read too."""
    for word in sorted(sp._ABBREVIATIONS | sp._ACRONYMS):
        for after in (" The", " Army"):
            text = f"the {word}.{after}"
            ends = [m.lastgroup for m in sp._ENDS.finditer(text)]
            assert ends == ([None] if word in sp._ACRONYMS and after == " The" else []), text
            assert split_sentences(text) == _today_split(text)
    assert re.fullmatch(f"[{latin_letters(upper=True)}]", "\u0141")


# Every word before a mark run, closed or not, and every kind of word after it (synthetic, exhaustive).
_BEFORE = [
    *_TABLE,
    *("x" + w for w in _TABLE),
    *("." + w for w in _TABLE[::3]),
    *("I", "J", "ab", "ok", "abc", "abcd", "talks", "abcdefghij", "e.g", "a.bc", "ab.cd", "a.bcd", "x.abcd"),
    *("10", ")", '"', "", "a b"),
]
_RUNS = [".", "..", "...", "?", "!", ".?", "?."]
_CLOSES = ["", '"', "\u201d", "'", ")", '")']
_AFTER = [" The", " the", " 1", " \u0141\u0105cki", ' "We', " (A", "\nThe", " Vance asked.", " he said.", "The", ""]


def test_every_word_before_every_end_as_today() -> None:
    for word in _BEFORE:
        for run in _RUNS:
            for close in _CLOSES:
                for after in _AFTER:
                    text = f"Then {word}{run}{close}{after}"
                    assert sentence_breaks(text) == _today_breaks(text), text
                    assert split_sentences(text) == _today_split(text), text


_BULLET_TEXTS = st.text(alphabet=" \t\u00a0\n:*\u2022\u00b7\u25aaab.", max_size=40)


@settings(max_examples=2000, deadline=None)
@given(text=_BULLET_TEXTS | tricky_texts)
def test_bullets_found_mark_first_as_the_regex_finds_them(text: str) -> None:
    assert sp._bullets(text, 0, len(text)) == [m.span() for m in _T_BULLET.finditer(text)]
    for line in _T_PARAGRAPH.finditer(text):
        assert sp._bullets(text, *line.span()) == [m.span() for m in _T_BULLET.finditer(text, *line.span())]
    assert sp._has_bullet_mark(text) == (_T_BULLET_MARK.search(text) is not None)
