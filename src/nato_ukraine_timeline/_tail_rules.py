"""Attribution after the words: rules of :data:`._statements.RULES` whose source follows the words.

Four forms: an unknown outlet after the words (:func:`written_outlet_report`); the verb, then the outlet
(:func:`verb_then_outlet`); "as reported by X"
closing the sentence (:func:`as_reported_by`); and a "Source:" line after a story's one-sentence lead
naming who the lead is from, the format of Ukrainian outlets in English (:func:`source_line`).

English news puts the source of a report after the words as often as before them: "..., Sky News reported
on Monday.", "..., Censor.NET reports." When the source is an outlet the registry holds, the outlet-report
rule reads it. Outlets are many more than any registry (every country's papers, broadcasters, portals and
wire services), so this module reads the construction itself: a proper name (capitalised words, a domain
name such as "ERR.ee", names the finder knows inside it such as a country's) set off by a comma right
before a verb of reporting (``report`` in ``data/speech_verbs.tsv``: "reported", "reports") that ends the
sentence or goes on only with an attribution tail (a date). Such a name speaks as written,
as a media outlet (a site without its lower-case domain: "ERR.ee" is ERR): a verb of reporting with a
name as its subject is an outlet's verb. A report that cites a source (", X reports citing officials") is
another's report the site passes on: not read, except where the source is an outlet the finder knows (",
X reports, citing Reuters": the cited outlet speaks, rule cited-outlet).

The verb may also come first, with the word of the outlet's kind before its name (", reports media outlet
X", ", reported the news agency X": ``outlet_before`` cues of data/speech_cues.tsv), the order of translated
news; there a source after the name (", citing ...") is the outlet's own.

The verb may come first with no word of a kind too (", reports the New York Times.", ", reported PTI.",
:func:`verb_then_outlet`): a name the finder knows (an outlet or a body, not a person) or capitalised words it
does not know, ending the sentence (twenty-fourth session).

Not read here: a name before "said"/"wrote" (a person the finder does not know, read by the name rules),
a lower-case phrase ("local media reported": the described speakers of :mod:`._descriptions`), a name
after the verb ('reports media outlet X').
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from ._actors import unknown_actor
from ._clauses import attributable_words, cut_clause, intro_end, medium_in, tail_kind, trim
from ._document import date_in, in_quote, mention_at, whole_paragraph
from ._found import Found
from ._mentions import name_words
from ._sentences import word_pattern
from ._speakers import described_mention, speaker_of
from ._speech import M, lexicon, patterns, verb_words
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from ._document import Doc
    from ._found import SentenceState
    from ._speakers import VerbSite

__all__ = [
    "as_by_participles",
    "as_reported_by",
    "cited_outlet",
    "source_line",
    "source_speaker",
    "verb_then_outlet",
    "written_outlet_report",
]


# A word of a proper name: a capital, then letters, digits, dots (a domain: "ERR.ee"), hyphens, apostrophes.
_WORD: Final = r"[A-Z][\w.'\u2019&-]*"


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that are no name: pronouns, determiners and the like opening a clause after a comma
    (``data/name_words.tsv``, class ``clause_opener``)."""
    return frozenset(name_words()["clause_opener"])


# A lower-case top-level domain closing a site's name: the site is called by its name ("ERR.ee": ERR).
_DOMAIN: Final = re.compile(r"\.[a-z]{2,4}$")
# A source the report cites: the site passes on another's report (the cited source is the gold's speaker).
_CITING_WORDS: Final = r"(?:citing|with reference to|referring to)"
_CITING: Final = re.compile(rf"\b{_CITING_WORDS}\b")
# The same words right after the verb, before a mention (rule cited-outlet: ", X reports, citing Reuters").
_CITED: Final = re.compile(rf"\s*,?\s*{_CITING_WORDS}\s+(?:the\s+)?(?=\x01)")


def cited_outlet(doc: Doc, pos: int) -> tuple[Actor, int] | None:
    """Rule cited-outlet: the outlet a report after the words cites right after its verb (", News.Az reports,
    citing Reuters", ", X reported, citing the Kyiv Independent"): a media outlet the finder knows, which
    speaks the words (the site passes on its report), with where its name ends; none for other sources
    ("citing officials", "citing Turkish media")."""
    c = _CITED.match(doc.mask, pos)
    outlet = mention_at(doc, c.end()) if c is not None else None
    if outlet is None or outlet.actor.kind is not ActorKind.MEDIA:
        return None
    return outlet.actor, outlet.end


@cache
def _written_report() -> re.Pattern[str]:
    """', <Name> reported|reports' ending the sentence: the name's first word capitalised and not known to the
    finder (a known name opening it is the outlet-report rule's), up to three more words or mentions."""
    verbs = verb_words("report", fold_first=False)
    return re.compile(
        rf",\s+(?:the\s+)?(?P<name>{_WORD}(?:\s+(?:{_WORD}|{M})){{0,3}})\s+"
        rf"(?P<verb>{verbs})\b(?!\s+that\b)(?P<tail>[^\"]*)$"
    )


@cache
def _inverted_report() -> re.Pattern[str]:
    """', reports media outlet X' / ', reported the news agency X' ending the sentence: a verb of reporting, the
    word of an outlet's kind (``outlet_before`` cues of data/speech_cues.tsv) and its name (capitalised words or
    a mention), the order of translated news."""
    lex = lexicon()
    verbs = verb_words("report", fold_first=False)
    kinds = word_pattern(list(lex.outlet_before), fold_first=False)
    return re.compile(
        rf",\s+(?P<verb>{verbs})\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:{kinds})\s+"
        rf"(?P<name>(?:{_WORD}|{M})(?:\s+(?:{_WORD}|{M})){{0,3}})(?P<tail>[^\"]*)$"
    )


def _report_match(st: SentenceState) -> tuple[re.Match[str], bool] | None:
    """The outlet's phrase after the words: before the verb (with False) or after it (with True)."""
    m = _written_report().search(st.doc.mask, st.s0, st.s1)
    if m is not None:
        return m, False
    m = _inverted_report().search(st.doc.mask, st.s0, st.s1)
    return (m, True) if m is not None else None


def written_outlet_report(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The cabinet approved the plan, Vísir reports.': an unknown proper name set off by a comma before a
    verb of reporting that ends the sentence speaks the words before it, as an outlet (see the module's
    docstring); only where no one in the sentence is said to say the words."""
    doc, mask = st.doc, st.doc.mask
    if st.found:
        return None
    found = _report_match(st)
    if found is None or in_quote(doc, found[0].start()):
        return None
    r, inverted = found
    known = mention_at(doc, r.start("name")) if inverted else None
    name = _DOMAIN.sub("", " ".join(doc.text[r.start("name") : r.end("name")].split()))
    cited = cited_outlet(doc, r.end("verb")) if not inverted else None
    if name.split()[0] in _not_names() or (cited is None and not inverted and _CITING.search(r.group("tail"))):
        return None  # ", X reports citing officials": a site naming itself as it passes on another's report
    tail = r.end("name") if inverted else (cited[1] if cited is not None else r.end("verb"))
    if tail_kind(doc, tail, st.s1, is_tell=False) != "end":
        return None
    c0, c1 = trim(doc.text, st.s0 + intro_end(mask[st.s0 : r.start()]), r.start())
    if not attributable_words(doc, c0, c1):
        return None
    # ', reports media outlet Axios': an outlet the finder knows, or one it does not
    outlet = known.actor if known is not None and known.end >= r.end("name") else unknown_actor(name, ActorKind.MEDIA)
    when = date_in(doc, r.start("verb"), cut_clause(mask, r.end("verb"), st.s1))
    speaker = cited[0] if cited is not None else outlet
    return [Found(speaker, c0, c1, direct=False, when=when, medium=outlet.name, sentence=st.si)]


@cache
def _verb_then_outlet() -> re.Pattern[str]:
    """', reported the New York Times.' / ', reports PTI, citing officials.' ending the sentence: a verb of
    reporting, then the outlet's name with no word of its kind before it (a name the finder knows, or up to
    five capitalised words it does not, "of", "for", "on" or "the" between them), its short form in brackets
    after it at most."""
    verbs = verb_words("report", fold_first=False)
    return re.compile(
        rf",\s+(?P<verb>{verbs})\s+(?:the\s+)?(?P<name>(?:{_WORD}|{M})(?:\s+(?:(?:of|for|on|the)\s+){{0,2}}(?:{_WORD}|{M})){{0,4}})"
        rf"(?:\s*\((?:{M}|[A-Z][\w.-]*)\))?(?P<tail>[^\"]*)$"
    )


def _named_outlet(st: SentenceState, r: re.Match[str]) -> Actor | None:
    """The outlet the name after the verb of ``r`` (:func:`_verb_then_outlet`) names: a known outlet or body as
    the finder knows it, an unknown name (a known place may open it) as a media outlet ("the" opening it is
    part of its name: "the Kyiv Independent"); none for a person or a word that opens a clause."""
    doc = st.doc
    known = mention_at(doc, r.start("name"))
    if known is not None and known.end >= r.end("name"):
        return known.actor if known.actor.kind is not ActorKind.PERSON else None
    name = " ".join(doc.text[r.start("name") : r.end("name")].split()).rstrip(".")
    if name.split()[0] in _not_names() or (known is not None and known.actor.kind is ActorKind.PERSON):
        return None
    if doc.mask.startswith("the", r.end("verb") + 1):
        name = "The " + name
    return unknown_actor(_DOMAIN.sub("", name), ActorKind.MEDIA)


def verb_then_outlet(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The pact bolsters naval cooperation, reported DW.': a verb of reporting after the words and a comma,
    then a name that ends the sentence (a date, a source it cites after it at most), speaks the words before
    it as an outlet (:func:`_named_outlet`; not a person: ", reported MPs X and Y" is the name rules'), and only
    where no one in the sentence is said to say the words (", reports UNN" after "This was stated by X" passes
    on X's words)."""
    doc, mask = st.doc, st.doc.mask
    if st.found or mask.find(", report", st.s0, st.s1) < 0:
        return None
    r = _verb_then_outlet().search(mask, st.s0, st.s1)
    outlet = _named_outlet(st, r) if r is not None and not in_quote(doc, r.start()) else None
    if r is None or outlet is None:
        return None
    ends = tail_kind(doc, r.start("tail"), st.s1, is_tell=False) == "end"
    c0, c1 = trim(doc.text, st.s0 + intro_end(mask[st.s0 : r.start()]), r.start())
    if not (ends or _CITING.match(r.group("tail").lstrip(" ,"))) or not attributable_words(doc, c0, c1):
        return None
    when = date_in(doc, r.start("verb"), cut_clause(mask, r.end("verb"), st.s1))
    return [Found(outlet, c0, c1, direct=False, when=when, medium=outlet.name, sentence=st.si)]


def source_speaker(doc: Doc, start: int, end: int) -> Actor | None:
    """Who a "Source:" line names: its first person ("Source: X in an interview with Associated Press"),
    else its last body ("Source: the press service of the Ministry")."""
    i = bisect.bisect_left(doc.starts, start)
    last = None
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor.kind is ActorKind.PERSON:
            return mention.actor
        last = speaker_of(doc, mention.start) or last
        i += 1
    return last


# Where the naming part of a "Source:" line ends: the setting or occasion of the words, or who passed them on.
_SETTING: Final = re.compile(r"\s(?:in\s+an?|at\s+an?|during|following|after|as\s+reported)\b")


def source_line(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'<lead sentence>\nSource: Mayor of Kyiv X on Telegram': a line opening with "Source:" names who the
    lead before it is from (the format of Ukrainian outlets in English, often with a "Quote:" line after it,
    read by quote-label); a lead of one sentence, a paragraph of its own, is its reported words unless a
    statement was found in it. Not where the line cites another ("Source: outlet, citing an official")."""
    doc = st.doc
    m = patterns().source_line.match(doc.mask, st.s0, st.s1)
    if m is None or st.si == 0 or st.ctx.last_speaker_sentence == st.si - 1:
        return None
    prev = doc.sentences[st.si - 1]
    if _CITING.search(m.group()) or not whole_paragraph(doc.text, prev.start, prev.end):
        return None  # a source that cites another's words; a lead of several sentences (a story, not its lead)
    cut = _SETTING.search(doc.mask, m.start(), m.end())  # 'Source: the Kremlin in a statement after talks with X'
    speaker = source_speaker(doc, m.start(), cut.start() if cut is not None else m.end())
    if speaker is None:
        return None
    c0, c1 = trim(doc.text, prev.start + intro_end(doc.mask[prev.start : prev.end]), prev.end)
    if not attributable_words(doc, c0, c1):
        return None
    medium = medium_in(doc, m.start(), m.end())
    return [Found(speaker, c0, c1, direct=False, medium=medium, sentence=st.si - 1)]


@cache
def as_by_participles() -> str:
    """The past participles of the say, declare and report classes of data/speech_verbs.tsv, as a word
    alternation: the verbs of "as reported|stated|announced by X", closing the sentence (rule as-reported-by)
    or opening it (rule as-reported-lead)."""
    return verb_words("say", "declare", "report", ending="ed", fold_first=False)


@cache
def _as_reported_by() -> re.Pattern[str]:
    """'[,] as reported|stated|announced by [title words] Speaker' closing the sentence (a date or a place
    phrase may follow): the verbs are :func:`as_by_participles`."""
    return re.compile(
        rf"(?:,\s*|\s+)as\s+(?:{as_by_participles()})\s+by\s+(?:the\s+)?(?:[^\s,;\"\x01]+\s+){{0,4}}?(?P<spk>{M})"
        rf"(?:\s+(?:on|in|at|late|early|earlier|this|last)\b[^,;\"\n]{{0,40}})?\s*[.!?]?\s*$"
    )


def as_reported_by(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The general died of his wounds, as reported by the Investigative Committee.': "as reported by" (or
    stated, announced, confirmed ... by) and a speaker closing the sentence attribute the words before it,
    as "according to" does; a media outlet speaks its report. Only where no one in the sentence is said to
    say the words."""
    doc, mask = st.doc, st.doc.mask
    if st.found or "by" not in mask[st.s0 : st.s1]:
        return None
    m = _as_reported_by().search(mask, st.s0, st.s1)
    if m is None or in_quote(doc, m.start()):
        return None
    mention = mention_at(doc, m.start("spk"))
    speaker = described_mention(doc, m.start("spk")) or speaker_of(doc, m.start("spk"))
    if speaker is None and mention is not None and mention.actor.kind is ActorKind.MEDIA:
        speaker = mention.actor
    if speaker is None:
        return None
    c0, c1 = trim(doc.text, st.s0 + intro_end(mask[st.s0 : m.start()]), m.start())
    if not attributable_words(doc, c0, c1):
        return None
    when = date_in(doc, m.start(), st.s1)
    return [Found(speaker, c0, c1, direct=False, when=when, sentence=st.si)]
