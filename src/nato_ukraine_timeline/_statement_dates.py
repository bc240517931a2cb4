"""Statement dates decided over the whole document, after the attribution rules: the date of the act of
saying where a statement's own clause names none.

The attribution rules (:mod:`._statements`) date a statement from a date mention in its own attribution.
The post-passes here date the rest from evidence outside the clause, in order: the same speaker's
continuing quote (reason ``continuing: ...``), then the passage's dateline (reason ``dateline: ...``).
A statement nothing dates stays undated: never the publication date by default.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attrs import evolve

if TYPE_CHECKING:
    from ._document import Doc
    from ._found import Found
    from .model import DateMention

__all__ = ["date_statements"]


_CONTINUING: Final = "continuing:"
_CONTINUING_SENTENCES: Final = 2  # how far back the same speaker's dated statement may be


def _continuing_dates(found: list[Found]) -> list[Found]:
    """A statement with no date of its own continues the statement right before it when the same speaker
    made that one, at most two sentences before (a sentence of background may come between, if the two name the
    same medium and addressees), and it names no other occasion (medium, venue or addressee): 'Earlier on
    Tuesday, Rutte said ... He also said ...', a quotation after a dated
    attribution. It takes that statement's date."""
    out = list(found)
    for i in range(1, len(out)):
        f, prev = out[i], out[i - 1]
        if (
            f.when is None
            and not f.headline
            and prev.when is not None
            and prev.speaker.id == f.speaker.id
            and f.sentence - prev.sentence <= _CONTINUING_SENTENCES
            # a sentence between: only with the very same occasion (no medium dropped: "wrote on X")
            and (f.sentence - prev.sentence <= 1 or (f.medium == prev.medium and f.addressees == prev.addressees))
            and (f.medium is None or f.medium == prev.medium)  # no other occasion named
            and (not f.addressees or f.addressees == prev.addressees)
        ):
            value = prev.when.value
            if not value.reason.startswith(_CONTINUING):
                value = evolve(value, reason=f"{_CONTINUING} the same speaker's statement before ({value.reason})")
            out[i] = f._replace(when=evolve(prev.when, value=value))
    return out


# A dateline's date: a place in capitals (and a region) before the day, then the agency or a dash
# ("KYIV, Dec. 5 (Reuters) -", "MOSCOW, September 10. /TASS/."), or a day alone on the first line (a
# wire item's stamp).
_DATELINE_BEFORE: Final = re.compile(
    r"\s*(?:(?-i:[A-Z][A-Z.'\u2019 -]{1,30})(?:\s*/[A-Za-z ]{2,20}/)?(?:,\s*[A-Z][\w.'\u2019 -]{1,30})?,\s*)?"
)
_DATELINE_AFTER: Final = re.compile(
    r"\.?\s*(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)\.?\s*|\s*(?:--?|\u2013|\u2014)\s|[ \t]*\n"
)
_DATELINE_REASON: Final = "dateline:"


def _dateline(doc: Doc) -> DateMention | None:
    """The date of the passage's dateline, when it names a day."""
    if not doc.dates:
        return None
    first = doc.dates[0]
    before = _DATELINE_BEFORE.fullmatch(doc.text, 0, first.start)
    after = _DATELINE_AFTER.match(doc.text, first.end)
    if before is None or after is None or len(first.value.timex) != len("2025-01-01"):
        return None
    if not before.group().strip() and "\n" not in after.group():
        return None  # "Feb. 17 - X said": a feed item's date, not a dateline
    return first


def _dateline_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """A statement with no date of its own in a story under a dated dateline was made that day (a wire's
    undated "said" is the day it files), unless it names a medium or addressees of its own or the story
    dates some of its sayings itself: it takes the dateline's date, with a reason starting "dateline:"."""
    line = _dateline(doc)
    if line is None or any(f.when is not None for f in found):
        return found  # a story that dates its sayings itself leaves the undated ones undated
    when = evolve(
        line, value=evolve(line.value, reason=f"{_DATELINE_REASON} the story's dateline ({line.value.reason})")
    )
    return [
        f._replace(when=when)
        if f.when is None and not f.headline and f.end > line.end and f.medium is None and not f.addressees
        else f  # a medium or an audience of its own is another occasion ("he said in his video address")
        for f in found
    ]


def date_statements(doc: Doc, found: list[Found]) -> list[Found]:
    """The statements ``found`` in ``doc`` (text order), the undated ones dated where the document dates them."""
    return _dateline_dates(doc, _continuing_dates(found))
