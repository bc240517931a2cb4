"""Split news text into paragraphs, sentences and list items, robust to abbreviations and quotes.

Pure functions over a string: each sentence is a half-open ``[start, end)`` range of offsets into the
text (surrounding whitespace excluded). A period ends a sentence unless it closes an abbreviation
("Feb.", "Gen.", "Mr."), an initial ("Donald J. Trump") or a dotted acronym followed by a word that does
not start a sentence ("the U.S. Treasury"); a boundary inside a quotation does not split it, so a quote of
several sentences stays with the words that attribute it. Bullet items ("* ...", "• ...") are sentences of
their own and remember the header line that introduces them ("Key developments on Oct. 10:").
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from ._letters import latin_letters

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DOUBLE_MARKS",
    "GLUED_END",
    "GUILLEMETS",
    "Sentence",
    "build_mask",
    "quote_spans",
    "sentence_breaks",
    "split_sentences",
    "unwrap_lines",
    "word_pattern",
]


class Sentence(NamedTuple):
    """One sentence (or list item) of a text."""

    start: int
    end: int
    paragraph: int  # index of the line / paragraph it belongs to
    header: int  # index (in the returned list) of the header introducing this list item, or -1


# Words that end with a period without ending the sentence (matched case-sensitively, whole token).
_ABBREVIATIONS: Final = frozenset(
    """
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Mr Mrs
    Ms Dr Prof Gen Lt Col Maj Sgt Capt Cpt Adm Cmdr Brig Gov Sen Rep Rev Hon Pres Amb Sec Supt St Mt Ft
    No Nos Vol Fig Art Sec vs Inc Corp Co Ltd Jr Sr approx est ca cf al Dept Univ a.m p.m U.S U.K U.N
    E.U U.S.A D.C
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Dotted acronyms that may also end a sentence: split after them only before a typical sentence opener.
_ACRONYMS: Final = frozenset({"U.S", "U.K", "U.N", "E.U", "U.S.A", "D.C"})
_OPENERS: Final = frozenset(
    """
    The A An He She It They We I You This That These Those His Her Its Their Our But And Yet So In On At
    However Meanwhile Earlier Later Still Also Now Then There Here After Before While When As If Since
    Ukraine Russia NATO
    """.split()  # noqa: SIM905 - a word list reads best as words
)

_PARAGRAPH: Final = re.compile(r"[^\n]+")
# A sentence end: terminal punctuation, optional closing quotes/brackets, whitespace, then a likely opener.
# Only the first mark of a run can start one ("...", "?!"): a match from inside the run would end where
# the one from its start ends, and trying every position of a long run of dots would be quadratic. (The
# check comes after the first mark, so that the regex engine can skip quickly to the next mark.)
# The opener is a digit or a capital of any Latin letter ("Łącki said", "Ørsted", "Şahin").
_CLOSERS: Final = r"""["'\u201d\u2019)\]]*"""
_OPENER_AHEAD: Final = r"""(?=\s+["'\u201c\u2018(\[]?[""" + latin_letters(upper=True) + "0-9])"
_BOUNDARY: Final = re.compile(r"[.!?](?<![.!?]{2})[.!?]*" + _CLOSERS + _OPENER_AHEAD)
# A sentence end whose space the outlet dropped ("... on Telegram.Earlier in the day"): after a lower-case word
# of three letters or more, before a capitalised word of three or more or a personal pronoun ("... from
# Russia.He claimed", '... provocation."I am'; "News.Az" and "e.g.The" stay whole). (The mark comes first and
# the word before it is a look-behind, so that the engine skips to the next mark.)
_GLUED_TAIL: Final = r"""["'\u201d\u2019]?(?=["\u201c]?(?:[A-Z][a-z]{2,}|He|It|We|I)\b)"""
GLUED_END: Final = r"[.!?](?<=[a-z]{3}.)" + _GLUED_TAIL  # the pattern, also a clause end for the date layer
_GLUED: Final = re.compile(GLUED_END)
# A list bullet (" * ", " • ", " · "), found mark first (the regex engine skips to the next mark): a mark between
# spaces of a line, and the spaces after it; :func:`_bullets` adds the spaces before it and a header colon.
_BULLET_AT: Final = re.compile(r"[*•·▪](?<=[^\S\n].)[^\S\n]+")
_BULLET_MARKS: Final = "*\u2022\u00b7\u25aa"  # a text without one has no bullets to look for
_WORD_BEFORE: Final = re.compile(r"([A-Za-z][A-Za-z.]{0,8})[.!?]+[\"'\u201d\u2019)\]]*$")
_NEXT_WORD: Final = re.compile(r"""\s+["'\u201c\u2018(\[]?([A-Za-z0-9]+)""")
_QUOTE_MAX: Final = 4000  # characters a quotation may hold


def _period_after(words: Iterable[str], before: str, *, negative: bool = True) -> str:
    """Look-behinds, one per length of word, for a period right after one of ``words`` that stands after what
    ``before`` (a character class) does not match (or at the text's start): negative (none of them) by default."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(re.escape(word))
    sign = "!" if negative else "="
    alternatives = [rf"(?<![{before}])(?:{'|'.join(group)})\." for _, group in sorted(by_length.items())]
    if negative:
        return "".join(f"(?<{sign}{alt})" for alt in alternatives)
    return "(?:" + "|".join(f"(?<{sign}{alt})" for alt in alternatives) + ")"


def _ends_pattern() -> str:
    """The one scan of :data:`_ENDS`, branch by branch (each after the first character, read already).

    :func:`_is_boundary` reads the word before a period as the run of letters and periods before it (at most
    nine characters, from a letter): a word of the tables is that word when what stands before it is neither a
    letter nor a period, and a word with no period among its last characters is no dotted sequence. The regex
    tells those apart by look-behinds; what it cannot (a period inside the word: "Ph.D.", "a.b."; a period
    right before the word; an ellipsis after a short word) it leaves to :func:`_is_boundary`.
    """
    plain = sorted(_ABBREVIATIONS - _ACRONYMS)
    tail = _CLOSERS + _OPENER_AHEAD
    openers = "|".join(sorted(_OPENERS, key=lambda w: (-len(w), w)))
    branches = [
        r"(?<=\n)\n*(?P<line>)",  # a run of line breaks
        # an end: a lone period after a word with no period among its last four characters, not a word of the
        # tables nor a single capital ("talks.", "Kyiv.", "I."; the dotted words, "Feb.", "J.", "U.S." are not)
        r"(?<=[A-Za-z]\.)(?<!\.[A-Za-z]\.)(?<!\.[A-Za-z]{2}\.)(?<!\.[A-Za-z]{3}\.)(?<!(?<![A-Za-z.])[A-HJ-Z]\.)"
        + _period_after(_ABBREVIATIONS | _ACRONYMS, "A-Za-z")
        + tail,
        r"(?<=\.)(?<![A-Za-z.!?]\.)[.!?]*" + tail,  # an end: a period after no word ("10.", '"."')
        r"(?<=[!?])(?<![.!?]{2})[.!?]*" + _CLOSERS + r"(?<![\"\u201d])" + _OPENER_AHEAD,  # not before a speaker
        # an end: an acronym before an opener ("... in the U.S. The talks")
        _period_after(_ACRONYMS, "A-Za-z.", negative=False)
        + r"[.!?]*"
        + _CLOSERS
        + rf"""(?=\s+["'\u201c\u2018(\[]?(?:{openers})(?![A-Za-z0-9]))""",
        r"(?<=[a-z]{3}[.!?])" + _GLUED_TAIL,  # a glued end
        # left to _is_boundary: any other _BOUNDARY match, but not after a word of the tables (an acronym: not
        # before an opener, found above) nor after a single capital, an initial ("Donald J. Trump")
        r"(?<=[.!?])(?<![.!?]{2})"
        + _period_after([*plain, *_ACRONYMS], "A-Za-z.")
        + r"(?:(?<!(?<![A-Za-z.])[A-HJ-Z]\.)|(?=[.!?]))"
        + r"[.!?]*"
        + tail
        + "(?P<check>)",
    ]
    return r"[\n.!?](?:" + "|".join(branches) + ")"


# Every sentence end of a text in one scan, the decisions of _is_boundary that need no word taken in the
# regex (_ends_pattern): each match is a run of line breaks (group "line"), a sentence end for sure (no group),
# or a candidate _BOUNDARY finds that _is_boundary must decide (group "check"); a period after a word of the
# tables or an initial, which ends no sentence, is no match. Each end is where _BOUNDARY's (or _GLUED's) match
# ends. The scan opens with one character class, so that the regex engine skips from one mark or line break to
# the next.
_ENDS: Final = re.compile(_ends_pattern())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of double-quoted passages (quote marks included), in text order.

    Straight double quotes pair up in order; curly ones are explicit. An opening mark starts a quotation
    when its closing mark comes before the end of the line, after 1 to 4,000 characters; otherwise the
    next opening mark is tried. Each character is looked at a bounded number of times (the next closing
    mark and line end are found once and reused), so a long run of opening marks costs linear time.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    # (a mark no other mark closes on its line may still bound a quotation: see _paragraph_quote)
    # The next occurrence of each character at or after the last position asked for (n: none). Positions
    # asked for only grow, so a cached occurrence at or after the new position is still the next one.
    cached = {'"': -1, "\u201c": -1, "\u201d": -1, "\n": -1}

    def find(char: str, at: int) -> int:
        got = cached[char]
        if got < at:
            got = text.find(char, at)
            cached[char] = got = n if got < 0 else got
        return got

    pos = 0
    while True:
        start = min(find('"', pos), find("\u201c", pos))
        if start >= n:
            return out
        close = find('"' if text[start] == '"' else "\u201d", start + 1)
        line_end = find("\n", start + 1)
        if close < n and close < line_end and 1 <= close - start - 1 <= _QUOTE_MAX:
            out.append((start, close + 1))
            pos = close + 1
            continue
        span = _paragraph_quote(text, start, line_end)
        if span is not None:
            if out and out[-1][1] > span[0]:  # one line break between two such paragraphs: each its own side
                out[-1] = (out[-1][0], span[0])
            out.append(span)
        pos = start + 1


#: The double quotation marks, straight and curly, that :func:`quote_spans` pairs; and the guillemets some outlets
#: quote with (translated news: «...»), which :func:`build_mask` reads as double marks on a line without others.
#: The one place that names the quotation marks a text writes (``_quote_rules`` reads them too).
DOUBLE_MARKS: Final = '"\u201c\u201d'
GUILLEMETS: Final = "\u00ab\u00bb"
_PARAGRAPH_QUOTE_MIN: Final = 12  # characters a quotation bounded by its paragraph holds at least


def _first_mark_closes(text: str, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` goes on with a quotation: it opens with a mark, or its first mark
    closes one (it stands after a word or punctuation, not before one)."""
    line = text[start:end].lstrip()
    if not line:
        return False
    if line[0] in DOUBLE_MARKS:
        return True
    at = next((i for i, ch in enumerate(line) if ch in DOUBLE_MARKS), -1)
    return at > 0 and not line[at - 1].isspace() and (at + 1 == len(line) or not line[at + 1].isalnum())


def _paragraph_quote(text: str, at: int, line_end: int) -> tuple[int, int] | None:
    """The quotation that a mark at ``at``, closed by no mark on its line, bounds with its paragraph, as
    ``[start, end)`` whose first and last characters stand where the marks would:

    - a quotation of several paragraphs opens each with a mark and closes only the last: an opening mark
      whose quotation goes on in the next paragraph (:func:`_first_mark_closes`) runs to its line's end;
    - an opening mark that opens the text's last line, or follows a colon, a comma or a sentence's end there
      ('X said, "...', '"...," X said. "...'), runs to its end (the passage was cut inside the quotation);
    - a closing mark after a word or punctuation that no mark opened on its line (the paragraph continues
      the one before, or the opening mark was dropped) closes the words from the line's start (the line
      break before it stands for the opening mark); never on a text's first line.
    """
    line_end = min(line_end, len(text))
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + 1] if at + 1 < len(text) else "\n"
    line_start = text.rfind("\n", 0, at) + 1
    if (before.isspace() or before in "([:") and not after.isspace():  # an opening mark
        end = at + len(text[at:line_end].rstrip())
        if line_end >= len(text):  # the last line: a paragraph it opens runs to the end (a passage cut short)
            lead = text[line_start:at].strip()  # nothing, an introduction ("X said:", "X said,") or a sentence
            opens = (not lead or lead.endswith((":", ",", ".", "?", "!"))) and end - at > _PARAGRAPH_QUOTE_MIN
            return (at, min(end + 1, len(text))) if opens else None  # (within the text: its last mark is dropped)
        next_start = line_end + 1
        while next_start < len(text) and text[next_start] == "\n":
            next_start += 1
        next_end = text.find("\n", next_start)
        if end - at > _PARAGRAPH_QUOTE_MIN and _first_mark_closes(
            text, next_start, len(text) if next_end < 0 else next_end
        ):
            return (at, end + 1)
        return None
    opened = any(ch in DOUBLE_MARKS for ch in text[line_start:at])
    if (
        line_start > 0
        and not opened
        and not before.isspace()
        and not after.isalnum()
        and at - line_start >= _PARAGRAPH_QUOTE_MIN
    ):
        return (line_start - 1, at + 1)
    return None


@cache
def _speaker_next() -> re.Pattern[str]:
    """A speaker and a verb after a quoted question ('"Why now?" Vance asked.'): the sentence goes on.
    The verbs are the ``after_question`` class of ``data/speech_verbs.tsv``."""
    from ._speech import clause_patterns  # noqa: PLC0415 - _speech builds its patterns with word_pattern below

    return clause_patterns().speaker_next


def _is_boundary(text: str, para_start: int, end_punct: int, after: int) -> bool:
    """Whether the punctuation ending at ``after`` ends a sentence (``end_punct``: its first char)."""
    if text[end_punct] != ".":
        # '"Why now?" Vance asked.': a question or exclamation quoted before its speaker does not end it.
        return not (text[after - 1] in '"\u201d' and _speaker_next().match(text, after, after + 120))
    before = _WORD_BEFORE.search(text, max(para_start, end_punct - 12), after)
    if before is None:
        return True
    word = before.group(1)
    nxt = _NEXT_WORD.match(text, after)
    next_word = nxt.group(1) if nxt else ""
    if word in _ACRONYMS or word.rstrip(".") in _ACRONYMS:
        return next_word in _OPENERS
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        return False
    # A single capital letter is an initial ("Donald J. Trump"), unless it is the pronoun "I".
    if len(word) == 1 and word.isupper() and word != "I":
        return False
    # Dotted sequences such as "e.g" or "Ph.D" are abbreviations.
    return not ("." in word and len(word) <= 5 and not next_word[:1].isupper())


def _cuts(text: str, p0: int, p1: int, *, bullets: bool) -> list[tuple[int, int, bool]]:
    """The places a paragraph may be cut, in order: (end of the previous piece, start of the next, whether a
    bullet follows)."""
    cuts: list[tuple[int, int, bool]] = [
        (m.end(), m.end(), False)
        for m in _ENDS.finditer(text, p0, p1)
        if m.lastgroup is None or _is_boundary(text, p0, m.start(), m.end())
    ]
    if bullets:
        found = _bullets(text, p0, p1)
        if found:
            cuts.extend((start + (1 if text[start] == ":" else 0), end, True) for start, end in found)
            cuts.sort()
    return cuts


def _has_bullet_mark(text: str) -> bool:
    """Whether ``text`` holds a mark a bullet may be made of (a text without one has no bullet to look for)."""
    return any(mark in text for mark in _BULLET_MARKS)  # (str's search: faster than a regex's class of marks)


def _bullets(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    r"""The list bullets of ``text[lo:hi]`` (``lo``: a line's start or the text's), as ``[start, end)``: a mark
    between spaces of a line (:data:`_BULLET_AT`), from the first space of the run before it (or the header
    colon right before that run) to the last space after it. The spaces after one bullet are not those before
    the next ("* * x": one bullet, the first); what is left is as the regex
    ``(?::)?(?<![^\S\n])[^\S\n]+[*•·▪][^\S\n]+`` finds it, scanned from every place (tests check it)."""
    out: list[tuple[int, int]] = []
    last = lo  # where the last bullet ended
    for m in _BULLET_AT.finditer(text, lo, hi):
        start = m.start() - 1
        while start > lo and text[start - 1] != "\n" and text[start - 1].isspace():
            start -= 1
        if start < last:
            continue
        if start > last and text[start - 1] == ":":
            start -= 1
        out.append((start, m.end()))
        last = m.end()
    return out


def _outside_quotes(
    cuts: list[tuple[int, int, bool]], quotes: list[tuple[int, int]], qi: int
) -> list[tuple[int, int, bool]]:
    """The cuts of a paragraph that do not fall inside a quotation (``quotes[qi:]``: those not before it); a
    bullet's cut is kept anyway, and a glued end right after an opening mark moves before the mark ('...
    a major provocation."The Kyiv regime ...')."""
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


# A hard-wrapped line break: one line break before a lowercase letter, which opens no sentence, heading or list
# item; in a hard-wrapped text, one before a word or an opening mark. Either counts only after a word, a digit,
# a comma or a closing mark (spaces between allowed), not after a sentence's end or an introducing colon
# (:func:`_wrapped_at`). The patterns open with the line break, a literal the regex engine finds fast.
_BREAK_BEFORE_LOWER: Final = re.compile(r"\n(?=[a-z])")
_BREAK_BEFORE_WORD: Final = re.compile(r"\n(?=[\w\"\u201c\u2018'(])")
_NOT_BEFORE_WRAP: Final = frozenset(".!?:;")
_WRAP_SPACES: Final = 8  # spaces at most between the last word of a line and its line break
_HARD_WRAPPED: Final = 2  # line breaks before a lowercase letter that make a text hard-wrapped


def _wrapped_at(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Where each hard-wrapped line break of ``pattern`` starts (its spaces before it included)."""
    starts = []
    for m in pattern.finditer(text):
        at = m.start()
        while at > 0 and m.start() - at < _WRAP_SPACES and text[at - 1] in " \t":
            at -= 1
        if at > 0 and not text[at - 1].isspace() and text[at - 1] not in _NOT_BEFORE_WRAP:
            starts.append(at)
    return starts


def unwrap_lines(text: str) -> str:
    """``text`` with each hard-wrapped line break (a passage copied from a fixed-width page breaks its lines
    inside sentences) read as the space it stands for: "has received a\\nmessage" continues the sentence.
    A line break before a lowercase letter after a word, a digit or a comma is always one; in a text with
    two of them at least (a hard-wrapped text), so is every line break after a word, a digit, a comma or a
    closing mark and before a word or an opening mark. A line break after a sentence's end or a colon,
    before a bullet or a blank line, and before a capital in a text that is not hard-wrapped, stays: it may
    end a heading, a paragraph or a list item. Same length, so offsets are kept.

    >>> unwrap_lines('He said the talks were\\nconstructive and\\nuseful.\\nThe envoy met\\nMacron.')
    'He said the talks were constructive and useful.\\nThe envoy met Macron.'
    >>> unwrap_lines('Minister says talks were\\nuseful\\nKYIV - More.')
    'Minister says talks were useful\\nKYIV - More.'
    """
    if "\n" not in text:
        return text
    starts = _wrapped_at(text, _BREAK_BEFORE_LOWER)
    if len(starts) >= _HARD_WRAPPED:
        starts = _wrapped_at(text, _BREAK_BEFORE_WORD)
    if not starts:
        return text
    chars = list(text)
    for at in starts:
        end = text.index("\n", at) + 1
        chars[at:end] = " " * (end - at)
    return "".join(chars)


def split_sentences(text: str, *, quotes: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Paragraphs (lines), then sentences and list items, as offsets into ``text``.

    ``quotes`` are the quotation spans not to split inside (by default :func:`quote_spans` of ``text``).
    """
    out: list[Sentence] = []
    if quotes is None:
        quotes = quote_spans(text)
    qi = 0
    bullets = _has_bullet_mark(text)
    for pno, para in enumerate(_PARAGRAPH.finditer(text)):
        p0, p1 = para.span()
        cuts = _cuts(text, p0, p1, bullets=bullets)
        while qi < len(quotes) and quotes[qi][1] <= p0:
            qi += 1
        kept = _outside_quotes(cuts, quotes, qi) if qi < len(quotes) else cuts  # (no quotation left: every cut)
        pos = p0
        header = -1
        pieces: list[tuple[int, int, bool]] = []
        for end, nxt, bullet in kept:
            if end > pos:
                pieces.append((pos, end, bullet))
            pos = max(pos, nxt)
        pieces.append((pos, p1, False))
        # Each piece is followed by a bullet when its cut was a bullet; pieces after a bullet are items.
        in_list = False
        for start, end, bullet_follows in pieces:
            s, e = _strip(text, start, end)
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


def sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """The breaks between the sentences of :func:`split_sentences` read with no quotation kept whole (a quoted
    sentence ends where it ends: the date layer reads the tense of each): the end of each sentence but the
    last, and the start of the sentence after it, in text order (both lists ascending; a line break is a break).

    The same answer as ``split_sentences(text, quotes=[])``, found with offsets only: one scan of the whole
    text (:data:`_ENDS`; a line break cuts like a sentence end), no :class:`Sentence` built.
    """
    ends: list[int] = []
    starts: list[int] = []
    last = -1  # the end of the sentence before (none yet)
    pos = 0
    for end, nxt in _text_cuts(text):
        if end > pos:
            s, e = _strip(text, pos, end)
            if s < e:
                if last >= 0:
                    ends.append(last)
                    starts.append(s)
                last = e
        pos = max(pos, nxt)
    return ends, starts


def _text_cuts(text: str) -> list[tuple[int, int]]:
    """The cuts of :func:`_cuts` over every paragraph, and each run of line breaks, as (end of a piece, start of
    the next), in order; the last is the text's end. (A sentence end at a line's end whose look-ahead reads the
    next line cuts before only white space: it changes no sentence.)"""
    cuts: list[tuple[int, int]] = []
    for m in _ENDS.finditer(text):
        kind = m.lastgroup
        if kind is None or (kind == "check" and _is_boundary(text, 0, m.start(), m.end())):
            cuts.append((m.end(), m.end()))
        elif kind == "line":
            cuts.append(m.span())
    if _has_bullet_mark(text):
        found = _bullets(text, 0, len(text))
        if found:
            cuts.extend((start + (1 if text[start] == ":" else 0), end) for start, end in found)
            cuts.sort()
    cuts.append((len(text), len(text)))
    return cuts


_LEADING_WS: Final = re.compile(r"\s*(?:[*\u2022\u00b7\u25aa]\s+)?")  # and a list item's bullet at a line start


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and not text[start].isspace() and text[start] not in _BULLET_MARKS:
        s = start  # (nothing to strip in front: the common case)
    else:
        m = _LEADING_WS.match(text, start, end)
        s = m.end() if m else start
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --------------------------------------------------------------------------------------------------
# The analysed document: sentences, quotations, and a same-length mask where every actor mention and
# every date mention is replaced by placeholder characters, so that patterns can treat a whole mention
# ("NATO Secretary General Mark Rutte", "Dec. 27") as one token while offsets stay those of the text.

MENTION_HEAD: Final = "\x01"
MENTION_BODY: Final = "\x02"
DATE_HEAD: Final = "\x03"
DATE_BODY: Final = "\x04"
_QUOTES_TO_ASCII: Final = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'"}
)
_CONTROL: Final = re.compile(r"[\x01-\x04]")


def build_mask(text: str, mentions: list[tuple[int, int]], dates: list[tuple[int, int]]) -> str:
    """``text`` with straight quotes and each mention/date span replaced by placeholders (same length).

    Overlapping spans keep the earlier (then the longer) one.
    """
    base = _CONTROL.sub(" ", text)
    for curly, straight in _QUOTES_TO_ASCII.items():  # str.replace per mark: 30x faster than str.translate
        base = base.replace(chr(curly), straight)
    spans = sorted(
        [(s, e, MENTION_HEAD, MENTION_BODY) for s, e in mentions] + [(s, e, DATE_HEAD, DATE_BODY) for s, e in dates],
        key=lambda t: (t[0], -t[1]),
    )
    parts: list[str] = []
    pos = 0
    for s, e, head, body in spans:
        if s < pos or e <= s or e > len(text):
            continue
        parts.append(base[pos:s])
        parts.append(head + body * (e - s - 1))
        pos = e
    parts.append(base[pos:])
    mask = "".join(parts)
    del base, parts  # a long text's copies are freed before the next one is made
    return _single_quotes_as_double(_other_double_marks(mask))


# Marks other outlets quote with: guillemets (translated news: «...») and the double prime some use for an
# opening mark (″...”), not a prime after a digit (12″). A line that holds other double quotes keeps them
# (guillemets inside a quotation are nested quotes).
_OTHER_DOUBLE: Final = re.compile(rf"[{GUILLEMETS}]|(?<![0-9])\u2033")


def _other_double_marks(mask: str) -> str:
    if "\u00ab" not in mask and "\u00bb" not in mask and "\u2033" not in mask:
        return mask
    lines = mask.split("\n")
    for i, line in enumerate(lines):
        marks = _OTHER_DOUBLE.findall(line)
        if marks and ('"' not in line or "\u2033" in marks):  # a prime pairs with the line's curly closing mark
            lines[i] = _OTHER_DOUBLE.sub('"', line)
    return "\n".join(lines)


# British-style quotations in single quotes ('We will win,' she said), on lines without double quotes:
# an opening mark after a space or line start and before a word; a closing mark after terminal
# punctuation (or before a dash, as in headlines), or after a word before a comma, colon or period and a
# space ("as 'reckless and unacceptable', adding") or at the line's end. Apostrophes ("Russia's", "allies'")
# are neither.
# (The opening mark comes first and what may stand before it is checked after it, so that the regex engine
# skips quickly from one mark to the next: at the start of the text, or after a space or bracket.)
_SINGLE_QUOTED: Final = re.compile(
    r"'(?<![^\s(\[]')(?=[A-Za-z0-9\x01\x03])[^\n]{1,600}?"
    r"(?:(?<=[,.!?])'(?=[\s)\],;:]|$)|(?<=\w)'(?=[,;:.](?:\s|$)|$)|'(?=\s*[\u2014\u2013-]))",
    re.MULTILINE,
)


def _single_quotes_as_double(mask: str) -> str:
    if "'" not in mask:
        return mask
    marks: set[int] = set()  # where a single quote becomes a double one (not a list of every character)
    # Lines that hold double quotes use those: their single quotes are apostrophes or nested quotes.
    double = [line.span() for line in _PARAGRAPH.finditer(mask) if '"' in line.group()]
    for m in _SINGLE_QUOTED.finditer(mask):
        i = bisect.bisect_right(double, (m.start(), len(mask))) - 1
        if i >= 0 and double[i][0] <= m.start() < double[i][1]:
            continue
        marks.update((m.start(), m.end() - 1))
    if not marks:
        return mask
    parts: list[str] = []
    pos = 0
    for at in sorted(marks):
        parts += (mask[pos:at], '"')
        pos = at + 1
    parts.append(mask[pos:])
    return "".join(parts)


def word_pattern(
    words: Iterable[str], *, fold_first: bool = True, space: str = r"\s+", case_branches: bool = False
) -> str:
    """A regex alternation of ``words`` factored as a trie (much faster than a flat ``a|b|c``).

    A space in a word matches ``space`` (any whitespace by default); with ``fold_first`` the first letter
    matches either case ("said" also finds "Said"). The pattern has no word boundaries: callers add ``\\b``.
    It opens with a lookahead for the first letters: the regex engine rejects most places with one test
    instead of one per branch.

    With ``case_branches`` (and ``fold_first``), each case of a first letter opens its own branch ("S...|s...",
    not "[Ss]..."): the regex engine passes over a branch that opens with another letter in one comparison,
    without entering it, which makes a scan of every word of a text about a third faster; the words after the
    first letter are written twice, so the pattern takes longer to compile (worth it for the few lists scanned
    over every sentence). The same matches either way.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _first_letters(trie, fold=fold_first) + _trie_regex(
        trie, first=fold_first, space=space, case_branches=case_branches
    )


def checked_word_pattern(words: Iterable[str], check: str) -> str:
    """:func:`word_pattern` of ``words`` as written (no case folding) with ``check``, a zero-width test, right
    after each word's first character: a lookbehind for what may stand before the word reads one character
    more (``(?<![\\w.].)`` for ``(?<![\\w.])`` before the word).

    A pattern that opens with it opens with a choice of literal characters, which the regex engine scans
    for as a set: it skips to the next such character (for capitalised words: the next capital) instead of
    trying a leading lookbehind or ``\\b`` at every place. No word may be empty or open with a space."""
    trie: dict[str, Any] = {}
    for word in words:
        if not word or word[0].isspace():
            raise ValueError(f"checked_word_pattern: no first character to check in {word!r}")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    heads = [re.escape(ch) + check + _trie_regex(trie[ch], first=False, space=r"\s+") for ch in sorted(trie)]
    return "(?:" + "|".join(heads) + ")"


def _first_letters(trie: dict[str, Any], *, fold: bool) -> str:
    """A lookahead for the characters the heads of :func:`_trie_regex` match at the root of ``trie`` (none when
    a word is empty or starts with a space: then the pattern may match nothing or white space first)."""
    if "" in trie or " " in trie or len(trie) < 2:
        return ""
    heads = [
        re.escape(ch.upper()) + re.escape(ch.lower())
        if fold and ch.isalpha() and ch.lower() != ch.upper()
        else re.escape(ch)
        for ch in sorted(trie)
    ]
    return f"(?=[{''.join(heads)}])"


def _trie_regex(node: dict[str, Any], *, first: bool, space: str, case_branches: bool = False) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        rest = _trie_regex(node[ch], first=False, space=space)
        if ch == " ":
            branches.append(space + rest)
        elif first and ch.isalpha() and ch.lower() != ch.upper():
            if case_branches:
                # a branch for each case (a letter, not a class: the engine passes over a branch that opens with
                # another letter in one comparison), in the order of the letters; a text's character is one of
                # them, so the branches it enters, in their order, are those of the class
                branches.extend(re.escape(c) + rest for c in dict.fromkeys(ch.upper() + ch.lower()))
            else:
                branches.append(f"[{re.escape(ch.upper())}{re.escape(ch.lower())}]" + rest)
        else:
            branches.append(re.escape(ch) + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
