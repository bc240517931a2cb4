"""Attribution after the words by a source the finder does not know: rules of :data:`._statements.RULES`.

English news puts the source of a report after the words as often as before them: "..., Sky News reported
on Monday.", "..., Censor.NET reports." When the source is an outlet the registry holds, the outlet-report
rule reads it. Outlets are many more than any registry (every country's papers, broadcasters, portals and
wire services), so this module reads the construction itself: a proper name (capitalised words, a domain
name such as "ERR.ee", names the finder knows inside it such as a country's) set off by a comma right
before a verb of reporting (``report`` in ``data/speech_verbs.tsv``: "reported", "reports") that ends the
sentence or goes on only with an attribution tail (a date, ", citing ..."). Such a name speaks as written,
as a media outlet (a site without its lower-case domain: "ERR.ee" is ERR): a verb of reporting with a
name as its subject is an outlet's verb. A report that cites a source (", X reports citing TASS") is
another's report the site passes on: not read.

Not read here: a name before "said"/"wrote" (a person the finder does not know, read by the name rules),
a lower-case phrase ("local media reported": the described speakers of :mod:`._descriptions`), a name
after the verb ('reports media outlet X').
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from ._actors import slug
from ._clauses import cut_clause, intro_end, tail_kind, trim
from ._document import date_in, in_quote
from ._found import Found
from ._sentences import word_pattern
from ._speech import M, lexicon, patterns
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from ._found import SentenceState
    from ._speakers import VerbSite

__all__ = ["quoted_share", "written_outlet_report"]


# A word of a proper name: a capital, then letters, digits, dots (a domain: "ERR.ee"), hyphens, apostrophes.
_WORD: Final = r"[A-Z][\w.'\u2019&-]*"
# Capitalised words that are no name: pronouns, determiners and the like opening a clause after a comma.
_NOT_NAMES: Final = frozenset(
    [
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "One",
        "Both",
        "All",
        "Some",
        "Many",
    ]
)


# A lower-case top-level domain closing a site's name: the site is called by its name ("ERR.ee": ERR).
_DOMAIN: Final = re.compile(r"\.[a-z]{2,4}$")
# A source the report cites: the site passes on another's report (the cited source is the gold's speaker).
_CITING: Final = re.compile(r"\b(?:citing|with reference to|referring to)\b")


@cache
def _written_report() -> re.Pattern[str]:
    """', <Name> reported|reports' ending the sentence: the name's first word capitalised and not known to the
    finder (a known name opening it is the outlet-report rule's), up to three more words or mentions."""
    verbs = word_pattern(list(lexicon().report), fold_first=False)
    return re.compile(
        rf",\s+(?:the\s+)?(?P<name>{_WORD}(?:\s+(?:{_WORD}|{M})){{0,3}})\s+"
        rf"(?P<verb>{verbs})\b(?!\s+that\b)(?P<tail>[^\"]*)$"
    )


def quoted_share(st: SentenceState, start: int, end: int) -> float:
    """The share of ``[start, end)`` inside quotation marks (a quoted phrase in reported words is little)."""
    doc = st.doc
    i = bisect.bisect_left(doc.quotes, (start, -1))
    quoted = 0
    while i < len(doc.quotes) and doc.quotes[i][0] < end:
        quoted += min(end, doc.quotes[i][1]) - doc.quotes[i][0]
        i += 1
    return quoted / max(1, end - start)


def written_outlet_report(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The cabinet approved the plan, Vísir reports.': an unknown proper name set off by a comma before a
    verb of reporting that ends the sentence speaks the words before it, as an outlet (see the module's
    docstring); only where no one in the sentence is said to say the words."""
    doc, mask = st.doc, st.doc.mask
    if st.found:
        return None
    r = _written_report().search(mask, st.s0, st.s1)
    if r is None or in_quote(doc, r.start()):
        return None
    name = _DOMAIN.sub("", " ".join(doc.text[r.start("name") : r.end("name")].split()))
    if name.split()[0] in _NOT_NAMES or _CITING.search(r.group("tail")):
        return None  # ", X reports citing TASS": a site naming itself as it passes on another's report
    if tail_kind(doc, r.end("verb"), st.s1, is_tell=False) != "end":
        return None
    c0, c1 = trim(doc.text, st.s0 + intro_end(mask[st.s0 : r.start()]), r.start())
    if c1 - c0 < 12 or quoted_share(st, c0, c1) >= 0.5 or patterns().verb.search(mask, c0, c1) is not None:
        return None
    outlet = Actor(id=slug(name), name=name, kind=ActorKind.MEDIA)
    when = date_in(doc, r.start("verb"), cut_clause(mask, r.end("verb"), st.s1))
    return [Found(outlet, c0, c1, direct=False, when=when, medium=name, sentence=st.si)]
