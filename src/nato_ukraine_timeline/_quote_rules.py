"""Direct words whose attribution stands apart from them: rules of :data:`._statements.RULES` that read a
paragraph or a line, not only the sentence of the speech verb.

Translated news (the format of many Ukrainian and Russian outlets in English) gives a speaker's words as a
paragraph of plain sentences and the speaker after a dash at its end, without quotation marks ("...
words. Words. - he noted."): the dash stands where a closing quotation mark would, so the whole paragraph
before it is the speaker's direct words, not only its last sentence. The rules here read the analysed
document (:mod:`._document`) and the running :class:`._speakers.Context` as the other rules do; they are
listed in :data:`._statements.RULES` with their examples.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from ._clauses import clause_words, medium_in, trim
from ._dates._lexicon import tense_cues
from ._document import date_in, in_quote, quote_starting_at
from ._found import Found
from ._sentences import DOUBLE_MARKS, GUILLEMETS, word_pattern
from ._speakers import clause_subject, resolve_pronoun, verb_sites
from ._speech import alternation, lexicon, patterns, verb_words
from ._statement_dates import speaking_occasion_in
from ._verb_rules import said_when
from .model import ActorKind

if TYPE_CHECKING:
    from ._found import SentenceState
    from ._speakers import VerbSite
    from .model import Actor

__all__ = ["any_dash", "clause_quotes", "colon_quote", "dash_paragraph", "subject_quotes", "unmarked_words_paragraph"]


# The dash that ends a paragraph's words before its speaker: after the words' last mark (or none), spaced.
_DASH_BEFORE: Final = re.compile(r"(?<=\S)[.,!?]?\s+[\u2014\u2013-]{1,2}\s*$")
# What may follow the attribution after a dash: a medium, venue or date, then the sentence's end.
_ATTRIBUTION_TAIL: Final = re.compile(r"(?:\s+(?:on|in|at|via|during|to)\b[^\"\n.]{0,70})?\s*[.!]?\s*")
_ANY_DASH: Final = re.compile(r"\s[\u2014\u2013-]{1,2}\s")  # a sentence without one skips the rule


def any_dash() -> re.Pattern[str]:
    """A spaced dash: the cue of dash-paragraph (a local pattern: see ``AttributionRule.cue``)."""
    return _ANY_DASH


def _paragraph_sentences(st: SentenceState) -> tuple[int, int]:
    """The indices of the first and the last sentence of the paragraph that holds ``st`` (rules dash-paragraph,
    which reads it back from its last sentence, and unmarked-words-paragraph, on from its first)."""
    sentences, paragraph = st.doc.sentences, st.sent.paragraph
    first = last = st.si
    while first > 0 and sentences[first - 1].paragraph == paragraph:
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == paragraph:
        last += 1
    return first, last


def dash_paragraph(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Words. More words. - Umerov noted.', 'Words. Words, - said Umerov': a paragraph of plain sentences that
    ends with a dash and an attribution (the speaker and a speech verb, in either order, then at most a medium, venue
    or date) is the speaker's direct words from the paragraph's start to the dash. Not where the paragraph
    holds a quotation mark (its quotations are the words) or an earlier sentence of it has a statement, nor
    after a pronoun (translated news often introduces the speaker by a name no mention reads: "he" would
    stand for someone else)."""
    doc, ctx = st.doc, st.ctx
    if _ANY_DASH.search(doc.mask, st.s0, st.s1) is None:
        return None
    for site in verb_sites(doc, ctx, st.si, st.sent, memo=st.sites):
        dash = _DASH_BEFORE.search(doc.mask, max(st.s0, site.np_start - 8), site.np_start)
        head_end = min(site.head_end, st.s1)  # (a name the finder ran on past the line's end)
        if dash is None or site.pronoun or not _ATTRIBUTION_TAIL.fullmatch(doc.mask, head_end, st.s1):
            continue
        if site.doc_name is not None and site.speaker != ctx.last_speaker:
            continue  # "- the statement reads.": the author who spoke before, not a body named in the words
        first, _ = _paragraph_sentences(st)
        p0 = doc.sentences[first].start
        if first == st.si or ctx.last_speaker_sentence >= first or '"' in doc.mask[p0 : dash.start()]:
            return None  # (one sentence: the rule content-then-speaker reads it)
        c0, c1 = trim(doc.text, p0, dash.start())
        if c1 - c0 < 12:  # a few words at least
            return None
        when = date_in(doc, head_end, st.s1)
        medium = medium_in(doc, head_end, st.s1)
        return [Found(site.speaker, c0, c1, direct=True, when=when, medium=medium, sentence=st.si)]
    return None


# A colon that introduces a quotation right after it.
_COLON_QUOTE: Final = re.compile(r":\s*(?=\")")
# A personal pronoun opening a clause ("He then made ...", "And she ...").
_PRONOUN_OPENER: Final = re.compile(r"\s*(?:(?:And|But|Then)\s+)?(?P<pron>[Hh]e|[Ss]he)\s")
_POSSESSIVE: Final = re.compile(r"['\u2019]s\b")
_QUOTE_MIN: Final = 12  # characters of a quotation at least (a few words, not a term)


def _subject_before(st: SentenceState, si: int, end: int) -> Actor | None:
    """The subject of the clause of sentence ``si`` that holds ``end``: the actor opening it, else the person
    an opening "he" or "she" stands for."""
    doc = st.doc
    s0 = doc.sentences[si].start
    subj = clause_subject(doc, s0, end)
    i = bisect.bisect_left(doc.starts, s0)
    while i < len(doc.starts) and doc.starts[i] < end and doc.mentions[doc.starts[i]].actor != subj:
        i += 1  # the first mention of the subject in the clause: from the sentence's start, not the text's
    first = doc.mentions[doc.starts[i]] if i < len(doc.starts) and doc.starts[i] < end else None
    if first is not None and _POSSESSIVE.match(doc.mask, first.end):
        return None  # "Ukraine's war leader ...": the head noun after the possessive is the subject
    pm = _PRONOUN_OPENER.match(doc.mask, s0, end) if subj is None else None
    if pm is None:
        return subj
    return resolve_pronoun(doc, st.ctx, s0, si, pm.group("pron").lower())


def colon_quote(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'X demanded of Y: "words"', 'X ventured a prediction: "words"', 'He then made the announcement:
    "words"': a clause whose verb is no speech verb, closed by a colon that introduces a quotation running to
    the sentence's end (or a sentence that is only a quotation after a sentence ending in such a colon): the
    quotation is the words of the clause's subject. Read after the rules of speech verbs, where they found
    nothing in the sentence."""
    doc = st.doc
    if st.found:
        return None
    m = _COLON_QUOTE.search(doc.mask, st.s0, st.s1)
    if m is not None and not in_quote(doc, m.start()):
        si, q = st.si, quote_starting_at(doc, m.end())
    elif st.si > 0 and (q := quote_starting_at(doc, st.s0)) is not None:
        prev = doc.sentences[st.si - 1]
        colon = prev.start + len(doc.mask[prev.start : prev.end].rstrip()) - 1
        if colon <= prev.start or doc.mask[colon] != ":" or st.ctx.last_speaker_sentence == st.si - 1:
            return None
        si, m = st.si - 1, None
    else:
        return None
    if q is None or q[1] < st.s1 - 1 or q[1] - q[0] < _QUOTE_MIN:
        return None
    colon_at = m.start() if m is not None else q[0]
    speaker = _subject_before(st, si, colon_at if m is not None else doc.sentences[si].end)
    if speaker is None:
        return None
    return [Found(speaker, q[0] + 1, q[1] - 1, direct=True, sentence=si)]


# A quotation inside a clause of saying is the speaker's words when it holds this many words or more; a word
# or two in quotation marks is as often a term or a name as a quotation ("the "coalition of the willing"").
_CLAUSE_QUOTE_WORDS: Final = 3
# A quotation whose words all open with a capital letter names something (a programme, a motto, a show).
_TITLE_WORD: Final = r"(?:[A-Z0-9][\w'\u2019.-]*|of|the|and|for|in|on|to|a|an)"
_TITLE_WORDS: Final = re.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD})*")
_POSSESSIVE_BEFORE: Final = re.compile(r"['\u2019]s\s$")


def _names_a_thing(doc_text: str, q0: int, q1: int) -> bool:
    words = doc_text[q0 + 1 : q1 - 1].strip(" ,.")
    if len(words.split()) < _CLAUSE_QUOTE_WORDS:
        return True
    return (
        _TITLE_WORDS.fullmatch(words) is not None or _POSSESSIVE_BEFORE.search(doc_text, max(0, q0 - 3), q0) is not None
    )


def clause_quotes(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """Quotations of three words or more inside a clause of saying that no other rule read ('X hailed that
    "...", voicing hope "..."', 'X mocked Y as a "..." who "..."', 'X said of the talks that they were "..."'):
    each is the words of the speaker of the last speech verb before it in the sentence (not an inverted one,
    ', said X', nor a media outlet's report), within the verb's window. A quotation of a word or two, or of
    capitalised words only (a name, a motto), or after a possessive ('Y's "peace plan"') names a thing."""
    doc = st.doc
    i = bisect.bisect_left(doc.quotes, (st.s0, -1))
    sites: list[VerbSite] | None = None
    out: list[Found] = []
    while i < len(doc.quotes) and doc.quotes[i][0] < st.s1:
        q0, q1 = doc.quotes[i]
        i += 1
        if q1 > st.s1 + 1 or _names_a_thing(doc.text, q0, q1) or _covered(st, q0, q1):
            continue
        if sites is None:
            sites = [s for s in verb_sites(doc, st.ctx, st.si, st.sent, memo=st.sites) if not s.inverted]
        site = next((s for s in reversed(sites) if s.v1 <= q0 and q1 <= s.w1 + 1), None)
        if site is None:
            continue
        when = said_when(st, site, q0, q1)
        out.append(Found(site.speaker, q0 + 1, q1 - 1, direct=True, when=when, sentence=st.si))
    return out or None


def _covered(st: SentenceState, q0: int, q1: int) -> bool:
    """Whether words already attributed overlap ``q0 .. q1``: ``st.covered`` is sorted and disjoint (so its
    ends rise too), and the last span starting before ``q1`` is the one that reaches furthest."""
    i = bisect.bisect_left(st.covered, q1, key=lambda span: span[0])
    return i > 0 and st.covered[i - 1][1] > q0


@cache
def _future_after_subject() -> re.Pattern[str]:
    """A future or a plan right after the subject, a word maybe between (data/tense_cues.tsv, cue future: "X will
    stress ...", "X is expected to ..."): the words are not said yet."""
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{word_pattern(tense_cues('future'), fold_first=False)})\b")


# A sentence opening with a participle: the mention after it may be the participle's object ("Facing Russia that
# ..."), and its phrase may name whose words follow ("Citing X, ...", "Quoting ...").
_PARTICIPLE_OPENER: Final = re.compile(r"\s*[A-Z][a-z]+ing\s")
# A passive verb between the subject and a quotation: the subject does not speak ("X was asked "...""); an
# auxiliary of the passive, an adverb maybe, then a participle.
_PASSIVE_BETWEEN: Final = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|told|asked|shown|given|seen|known|made|held)\b"
)


# A quotation that opens with a word of a question ('asked "what rules" ...'): a question's words, no statement.
_QUESTION: Final = re.compile(r"\s*(?i:what|why|how|who|whom|whose|which|whether|when|where)\b")


@cache
def _habitual() -> re.Pattern[str]:
    """A present-tense label verb of data/speech_verbs.tsv class habitual ("calls", "describes"): its quotation
    reports usage."""
    return re.compile(rf"(?<![\w-])(?:{verb_words('habitual')})(?![\w-])")


@cache
def _name_cue() -> re.Pattern[str]:
    """A cue of data/speech_cues.tsv role name_cue right before a quotation (after an article maybe)."""
    cues = alternation(lexicon().name_cue, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?i:{cues})\s+(?:(?:the|a|an)\s+)?$")


def subject_quotes(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """Quotations of three words or more in a sentence where no rule found a statement and no speech verb
    speaks ('X mocked Y as a "..."', 'X ordered his forces to "..."', 'X bashed Y as a "..."'): each is the words
    of the subject of the clause that holds it (a pronoun opening the sentence: the person it stands for), as
    rule clause-quotes reads a quotation after a speech verb. Not a quotation that opens the sentence, that
    names a thing (:func:`_names_a_thing`: a word or two, capitalised words, after a possessive) or follows a
    cue of a name or of someone else's label (data/speech_cues.tsv role name_cue: 'so-called', 'what he called',
    'known as') or a present-tense label verb (class habitual: 'Moscow calls the war a "..."'), nor a question
    ('asked "what ..."'), nor after a passive verb ('X was asked "..."': someone else's words) or a possessive subject
    ("Zelensky's chief of staff ...": the head noun, unnamed, is the subject), nor in a sentence that opens with
    a participle (its object is no subject) or names a source with "according to" (the source says them), nor where
    a future or a plan follows the subject ('X will stress "..."': not said yet)."""
    doc = st.doc
    if st.found or patterns().according.search(doc.mask, st.s0, st.s1) is not None:
        return None  # "... - according to X - "words"": the source named in the sentence says them
    i = bisect.bisect_left(doc.quotes, (st.s0, -1))
    out: list[Found] = []
    while i < len(doc.quotes) and doc.quotes[i][0] < st.s1:
        q0, q1 = doc.quotes[i]
        i += 1
        if q1 > st.s1 + 1 or not doc.mask[st.s0 : q0].strip() or _names_a_thing(doc.text, q0, q1):
            continue
        if _name_cue().search(doc.mask, max(st.s0, q0 - 40), q0) is not None or _QUESTION.match(doc.mask, q0 + 1):
            continue
        if _habitual().search(doc.mask, st.s0, q0) is not None:
            continue  # 'Moscow calls the war a "special military operation"': a usage, not a statement
        speaker = _subject_before(st, st.si, q0) if _PARTICIPLE_OPENER.match(doc.mask, st.s0) is None else None
        if speaker is None or _PASSIVE_BETWEEN.search(doc.mask, _subject_end(st, speaker, q0), q0) is not None:
            continue
        if _future_after_subject().match(doc.mask, _subject_end(st, speaker, q0), q0) is not None:
            continue  # 'X will stress Ankara's interest in "..."': nothing said yet (prec21)
        when = date_in(doc, st.s0, q0)
        out.append(Found(speaker, q0 + 1, q1 - 1, direct=True, when=when, sentence=st.si))
    return out or None


def _subject_end(st: SentenceState, subject: Actor, end: int) -> int:
    """Where the first mention of ``subject`` in the sentence ends (the sentence's start for a pronoun)."""
    doc = st.doc
    i = bisect.bisect_left(doc.starts, st.s0)
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor == subject:
            return mention.end
        i += 1
    return st.s0


# A quotation mark, double (_sentences.DOUBLE_MARKS, GUILLEMETS) or opening single, as the text writes it: a paragraph
# that holds one marks its own words.
_QUOTE_MARK: Final = re.compile(f"[{DOUBLE_MARKS}\u2018{GUILLEMETS}]")


@cache
def _first_person() -> re.Pattern[str]:
    """A pronoun or possessive of the first person (data/clause_words.tsv class first_person: "I", "we",
    "our"), as written."""
    return re.compile(rf"(?<![\w'\u2019-])(?:{alternation(clause_words('first_person'))})(?![\w-])")


def _introducer(st: SentenceState) -> Actor | None:
    """Whom the sentence before ``st`` (the last of the paragraph before) introduces as speaking: the speaker
    of a statement found there ("..., X said during a press conference, UNN reports."), else the person opening
    a sentence that names an occasion one speaks at (data/speaking_occasions.tsv: "X gave a speech at ...")."""
    doc, ctx = st.doc, st.ctx
    prev = doc.sentences[st.si - 1]
    if ctx.last_speaker is not None and ctx.last_speaker_sentence == st.si - 1:
        return ctx.last_speaker
    subj = clause_subject(doc, prev.start, prev.end)
    if subj is None or subj.kind is not ActorKind.PERSON or not speaking_occasion_in(doc, prev):
        return None
    return subj


def unmarked_words_paragraph(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'X said on Monday in a TV interview, the agency writes. / I asked the regions ...', 'X gave a speech
    at the forum. / Friends, we will ...': a paragraph in the first person (its first
    sentence holds "I", "we", "our": data/clause_words.tsv class first_person) with no quotation mark and no
    speech verb with a speaker of its own, right after a paragraph whose last sentence introduces someone
    speaking (a statement of theirs, or a person and an occasion one speaks at), is that speaker's direct words:
    a block quotation whose marks the page dropped. Not a paragraph after one with no such introduction (a
    reporter may write "we" too)."""
    doc = st.doc
    if st.found or st.si == 0 or doc.sentences[st.si - 1].paragraph == st.sent.paragraph:
        return None  # (only a paragraph's first sentence opens one)
    _, last = _paragraph_sentences(st)
    p0, p1 = st.s0, doc.sentences[last].end
    if _QUOTE_MARK.search(doc.text, p0, p1) is not None or _first_person().search(doc.mask, st.s0, st.s1) is None:
        return None
    speaker = _introducer(st)
    if speaker is None:
        return None
    for si in range(st.si, last + 1):
        memo = st.sites if si == st.si else None
        if next(verb_sites(doc, st.ctx, si, doc.sentences[si], memo=memo), None) is not None:
            return None  # the paragraph says whose words it holds
    c0, c1 = trim(doc.text, p0, p1)
    if c1 - c0 < _QUOTE_MIN:
        return None
    # undated here: the saying is the introduction's (rule continuing-quote of the statement dates)
    return [Found(speaker, c0, c1, direct=True, sentence=st.si)]
