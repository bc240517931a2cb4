"""The analysed document: built once per text, read by every statement and event rule.

A :class:`Doc` holds the text, its sentences (:mod:`._sentences`), the double-quoted passages, the actor
mentions (:mod:`._mentions`, each resolved to one actor), the date mentions (``find_dates`` over the whole
text, once) and the *mask*: the text with straight quotes and each actor mention (``\\x01\\x02...``) and
date mention (``\\x03\\x04...``) replaced by one placeholder token of the same length, so that a rule's
pattern reads like the grammar it encodes while offsets stay those of the text. No rule builds its own
sentence, quotation or mention model: the helpers below answer the questions rules ask of the document.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from ._actors import reading_document
from ._dateline import dateline_of_day
from ._mentions import Mention, document_mentions
from ._sentences import Sentence, build_mask, quote_spans, split_sentences, unwrap_lines
from .model import Actor, DateMention, TimexType

if TYPE_CHECKING:
    import datetime as dt

__all__ = [
    "Doc",
    "Mention",
    "analyse",
    "date_in",
    "dateline_day",
    "dates_starting_in",
    "in_quote",
    "mention_at",
    "mention_end",
    "prefer_named_day",
    "quote_ending_at",
    "quote_starting_at",
    "quoted_share",
    "sentence_holding",
    "sentence_index",
    "sentence_starting_at",
    "sentences_with",
    "whole_paragraph",
]


class Doc(NamedTuple):
    """The analysed document (see the module docstring)."""

    text: str
    mask: str
    sentences: list[Sentence]
    mentions: dict[int, Mention]  # by start offset
    starts: list[int]  # sorted mention starts
    dates: list[DateMention]  # in text order
    date_starts: list[int]
    quotes: list[tuple[int, int]]  # [start, end) of each quotation, marks included, in text order


def _find_dates(text: str, *, published: dt.date | None, window: Any, order: Any) -> list[DateMention]:
    from ._dates import find_dates  # noqa: PLC0415 - the dates package imports the model too

    return list(find_dates(text, published=published, window=window, order=order))


def analyse(text: str, *, published: dt.date | None, window: Any, order: Any) -> tuple[Doc, list[Actor]]:
    """The analysed document and every actor it names, in order of first mention. Rules read the text with
    its hard-wrapped line breaks as spaces (:func:`._sentences.unwrap_lines`, same offsets)."""
    text = unwrap_lines(text)
    with reading_document(text):  # the date layer reads terms of office from the mentions found here
        mentions = document_mentions(text, published)
        dates = sorted(_find_dates(text, published=published, window=window, order=order), key=lambda d: d.start)
    mask = build_mask(text, [(m.start, m.end) for m in mentions], [(d.start, d.end) for d in dates])
    by_start = {m.start: m for m in mentions}
    quotes = quote_spans(mask)
    doc = Doc(
        text=text,
        mask=mask,
        sentences=split_sentences(text, quotes=quotes),
        mentions=by_start,
        starts=sorted(by_start),
        dates=dates,
        date_starts=[d.start for d in dates],
        quotes=quotes,
    )
    actors: dict[str, Actor] = {}
    for m in mentions:
        actors.setdefault(m.actor.id, m.actor)
    return doc, list(actors.values())


# A date that dates something else than the clause it stands in: "after Wednesday's talks", "ahead of
# the Feb. 3 summit", "since Monday".
_BACKGROUND_BEFORE: Final = re.compile(r"\b(?:after|before|following|ahead\s+of|since|until)\s+(?:the\s+)?$")


def date_in(doc: Doc, start: int, end: int) -> DateMention | None:
    """The first DATE/TIME mention inside ``[start, end)`` (see :func:`prefer_named_day`) that is not a
    background date ("after Wednesday's talks")."""
    i = bisect.bisect_left(doc.date_starts, start)
    while i < len(doc.dates) and doc.dates[i].start < end:
        d = doc.dates[i]
        if (
            d.end <= end
            and d.type in (TimexType.DATE, TimexType.TIME)
            and not _BACKGROUND_BEFORE.search(doc.mask, max(start, d.start - 16), d.start)
        ):
            return prefer_named_day(doc, i)
        i += 1
    return None


_JOINER: Final = re.compile(r"\s*(?:,\s*)?(?:on\s+|of\s+)?")


def prefer_named_day(doc: Doc, i: int) -> DateMention:
    """``doc.dates[i]``, or the date right after it when that names the day of a part of the day
    ("overnight on Nov. 26", "Tuesday evening, Nov. 26"): the named day is the evidence to keep."""
    d = doc.dates[i]
    if d.type is TimexType.TIME and i + 1 < len(doc.dates):
        nxt = doc.dates[i + 1]
        joint = _JOINER.match(doc.mask, d.end, nxt.start)
        if joint is not None and joint.end() == nxt.start and nxt.type is TimexType.DATE:
            return nxt
    return d


def dateline_day(doc: Doc, day: DateMention) -> bool:
    """Whether ``day`` is the day of the dateline the passage opens with ("BEIJING, Feb. 18 (Xinhua) -- ...",
    "FEBRUARY 13, 2025 - ..."): the day the story is filed, set before its first sentence, never a date of that
    sentence or of the words a lead reports, though a statement's span may open with it."""
    if not doc.dates or doc.dates[0].start != day.start:
        return False
    return dateline_of_day(doc.text, (day.start, day.end)) is not None


def in_quote(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation (between its marks)."""
    i = bisect.bisect_right(doc.quotes, (pos, 1 << 62)) - 1
    return i >= 0 and doc.quotes[i][0] < pos < doc.quotes[i][1] - 1


def dates_starting_in(doc: Doc, start: int, end: int) -> list[DateMention]:
    """The date mentions that start in ``[start, end)``, in text order (one bisection each way)."""
    return doc.dates[bisect.bisect_left(doc.date_starts, start) : bisect.bisect_left(doc.date_starts, end)]


def whole_paragraph(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is all its paragraph holds (a line of its own), but for a sentence's final mark
    after it (a closing quotation mark's: '"...".')."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end - 1)  # (a quotation its paragraph closes ends on the line break)
    rest = text[end : len(text) if line_end < 0 else line_end].strip()
    return not text[line_start:start].strip() and rest in {"", ".", "!", "?"}


def quoted_share(doc: Doc, start: int, end: int) -> float:
    """The share of ``[start, end)`` inside quotation marks (a quoted phrase in reported words is little)."""
    i = bisect.bisect_left(doc.quotes, (start, -1))
    quoted = 0
    while i < len(doc.quotes) and doc.quotes[i][0] < end:
        quoted += min(end, doc.quotes[i][1]) - doc.quotes[i][0]
        i += 1
    return quoted / max(1, end - start)


def quote_ending_at(doc: Doc, end: int) -> tuple[int, int] | None:
    """The quotation whose closing mark ends at ``end``."""
    i = bisect.bisect_left(doc.quotes, (end, -1)) - 1
    for j in (i, i + 1, i - 1):
        if 0 <= j < len(doc.quotes) and doc.quotes[j][1] == end:
            return doc.quotes[j]
    return None


def quote_starting_at(doc: Doc, start: int) -> tuple[int, int] | None:
    """The quotation whose opening mark is at ``start``."""
    i = bisect.bisect_left(doc.quotes, (start, -1))
    if i < len(doc.quotes) and doc.quotes[i][0] == start:
        return doc.quotes[i]
    return None


def sentence_index(doc: Doc, sent: Sentence) -> int:
    """``doc.sentences.index(sent)``, by bisection on the sentences' starts (they are in text order)."""
    i = sentence_starting_at(doc, sent.start)
    if i is not None and doc.sentences[i] == sent:
        return i
    return doc.sentences.index(sent)  # (not reached for a sentence of ``doc``: the same answer, or ValueError)


def sentence_starting_at(doc: Doc, start: int) -> int | None:
    """The index of the sentence that starts at ``start``, if any (by bisection: :func:`split_sentences` gives
    the sentences in text order, each starting after the one before)."""
    i = bisect.bisect_left(doc.sentences, start, key=_sentence_start)
    return i if i < len(doc.sentences) and doc.sentences[i].start == start else None


def sentence_holding(doc: Doc, pos: int) -> int:
    """The index of the sentence holding ``pos``: the last one that starts at or before it (by bisection on the
    sentences' starts, in text order), or -1 when ``pos`` comes before the first sentence."""
    return bisect.bisect_right(doc.sentences, pos, key=_sentence_start) - 1


def sentences_with(doc: Doc, pattern: re.Pattern[str]) -> frozenset[int]:
    """The indices of the sentences that a match of ``pattern`` in the mask overlaps, from one scan of the
    whole mask (matches in text order, sentences in text order: one pass over both).

    For a *local* pattern (a match depends only on the characters it spans) that matches no empty string,
    every sentence where ``pattern.search(doc.mask, start, end)`` succeeds is among them: a match inside the
    sentence is found by the whole-text scan, or the scan finds one that overlaps it."""
    sents = doc.sentences
    out: set[int] = set()
    i = 0
    for m in pattern.finditer(doc.mask):
        a, b = m.span()
        while i < len(sents) and sents[i].end <= a:
            i += 1
        k = i
        while k < len(sents) and sents[k].start < b:  # (each ends after ``a``: sentences are in text order)
            out.add(k)
            k += 1
    return frozenset(out)


def _sentence_start(sent: Sentence) -> int:
    return sent.start


def mention_at(doc: Doc, start: int) -> Mention | None:
    """The actor mention starting at ``start``."""
    return doc.mentions.get(start)


def mention_end(doc: Doc, start: int) -> int:
    """Where the actor mention starting at ``start`` ends (``start`` when none starts there)."""
    m = doc.mentions.get(start)
    return m.end if m is not None else start
