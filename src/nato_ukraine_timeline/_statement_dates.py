"""Statement dates decided over the whole document, after the attribution rules: the date of the act of
saying where a statement's own clause names none.

The attribution rules (:mod:`._statements`) date a statement from a date mention in its own attribution.
The rules here date the rest from evidence outside that clause. Each is a :class:`StatementDateRule`: a
name, the form it reads, the prefix its dates' ``reason`` starts with (which evidence dated the saying),
and examples that run as tests. :data:`DATE_RULES` is the table, applied in order; a statement a rule
dates is not dated again by a later one. A statement nothing dates stays undated: never the publication
date by default.

The rules are precision-first: each rule's docstring states the general condition under which the text
really dates the act of saying and the ways it could fire wrongly on unseen text (which of them it guards
against, and which it leaves open). Where the evidence is weak, undated is the answer. The closed-class
cue words the conditions read (another time, no one act, plans, background and topic prepositions, ...)
are data: ``data/statement_date_cues.tsv``. An own-clause date the attribution rules read is kept only
where it dates one act of saying (:func:`_own_date_holds`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final

from attrs import evolve, frozen

from ._actors import ARTICLES, active_registry
from ._clauses import BACK, FORWARD
from ._dateline import BRACKETED_TAG, TAG_DASH, dateline_of_day, opening_dateline
from ._dates._lexicon import lexicon as date_lexicon
from ._dates._lexicon import tense_cues
from ._document import (
    dateline_day,
    dates_starting_in,
    in_quote,
    mention_at,
    mention_end,
    sentence_holding,
    sentence_index,
)
from ._found import CONTINUING_QUOTE, SOURCE_LINE
from ._mentions import adjective_of
from ._resources import tsv_rows
from ._sentences import word_pattern
from ._speakers import co_speakers
from ._speech import alternation, lexicon, patterns, verb_words
from ._timex import DAY_VALUE, Granularity, parse_timex
from .model import ActorKind, TimexType

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ._document import Doc
    from ._found import Found
    from ._sentences import Sentence
    from .model import Actor, DateMention

__all__ = [
    "DATE_RULES",
    "EXAMPLE_PUBLISHED",
    "SAYING_NOT_AFTER",
    "SayingBoundRule",
    "StatementDateRule",
    "date_for_events",
    "date_statements",
    "saying_for_events",
    "saying_limit",
    "sayings_not_after",
    "speaking_occasion_in",
]

EXAMPLE_PUBLISHED: Final = dt.date(2025, 3, 7)  # a Friday: the publication date of every rule's examples


@frozen
class StatementDateRule:
    """One kind of evidence for the date of a saying outside the statement's own clause.

    ``apply(doc, found)`` returns ``found`` (every statement of the document, in text order) with the
    undated statements it dates given a date whose ``reason`` starts with ``reason``. ``examples`` are
    ``(text, words, timex)``: in ``text`` (synthetic, published on :data:`EXAMPLE_PUBLISHED`), the
    statement whose words contain ``words`` is dated ``timex`` (None: stays undated); one parametrised
    test runs them all.
    """

    name: str
    reads: str
    reason: str
    apply: Callable[[Doc, list[Found]], list[Found]]
    examples: tuple[tuple[str, str, str | None], ...]


def _dated(d: DateMention, prefix: str, evidence: str) -> DateMention:
    """``d`` with a reason saying which evidence dated the saying."""
    return evolve(d, value=evolve(d.value, reason=f"{prefix} {evidence} ({d.value.reason})"))


# -- a day, not a part of it -------------------------------------------------------------------------------


def _day_of_saying(f: Found) -> Found:
    """A saying is dated to its day: a part of the day ("last night", "late Wednesday night",
    ``2025-01-08TNI``) or a clock time in the attribution dates it to that day."""
    if f.when is None or f.when.value.granularity is not Granularity.TIME:
        return f
    timex, _, _ = f.when.value.timex.partition("T")  # "2025-01-08", or "XXXX-XX-XX" / "2025-W02-3" unresolved
    info = parse_timex(timex)
    if info is None or info.granularity is not Granularity.DAY:
        return f
    lo, hi = (info.earliest, info.latest) if info.earliest is not None else (f.when.value.earliest, f.when.value.latest)
    value = evolve(f.when.value, timex=timex, granularity=Granularity.DAY, earliest=lo, latest=hi)
    return f._replace(when=evolve(f.when, value=value, type=TimexType.DATE))


# -- cue words (data/statement_date_cues.tsv) ---------------------------------------------------------------


@functools.cache
def _cue_words(cue: str) -> tuple[str, ...]:
    """The forms of ``cue`` in ``data/statement_date_cues.tsv``, longest first."""
    forms = {cells[0] for _, cells in tsv_rows("statement_date_cues.tsv", 2) if cells[1] == cue}
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


def _alternation(cue: str) -> str:
    """The cue's words as one alternation (the project's one word-list pattern: a space is any white space)."""
    return word_pattern(_cue_words(cue), fold_first=False)


@functools.cache
def _cue(cue: str, tail: str = "") -> re.Pattern[str]:
    """A pattern for one of the cue words of ``cue`` as a whole word, followed by ``tail``."""
    return re.compile(rf"\b(?:{_alternation(cue)})\b{tail}", re.IGNORECASE)


def _background(doc: Doc, start: int, day: DateMention) -> bool:
    """Whether a background cue stands right before ``day`` (an article may come between): the day dates
    another event than the clause's own act ("after Wednesday's talks", "since Monday", "by Thursday,
    November 27" (a deadline), "between March 3 and March 5")."""
    return _cue("background", r"\s+(?:the\s+)?$").search(doc.mask, max(start, day.start - 16), day.start) is not None


# -- one act of saying: tense and aspect ------------------------------------------------------------------


@functools.cache
def _speech_verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the speech verbs of ``data/speech_verbs.tsv`` that have a speaker as subject, and each
    form's lemma."""
    lex = lexicon()
    lemmas = {
        form.casefold(): lemma
        for table in (lex.say, lex.tell, lex.declare, lex.urge, lex.label)
        for form, lemma in table.items()
    }
    # as a trie (the project's word-list pattern): of forms that match at one place, the longest, as a flat
    # longest-first alternation finds it, five times faster
    return re.compile(rf"\b(?:{word_pattern(lemmas, fold_first=False)})\b", re.IGNORECASE), lemmas


def _present_tense(form: str, lemma: str) -> bool:
    """Whether ``form`` is the third person present of ``lemma`` ("says", "tells", "points out")."""
    head, base = form.casefold().split()[0], lemma.casefold().split()[0]
    return head != base and head in {base + "s", base + "es", base[:-1] + "ies"}


_PARTICIPLE_REACH: Final = 40  # characters before the words an introducing participle may start at
_PARTICIPLE: Final = re.compile(r"\S+")  # the participle, as a match of its own


class _Seen:
    """What the rules asked about the last document, kept for it: the speech verbs of each sentence read
    (``verbs``, by its span), the speech verb of each statement's attribution (``speech``, by the statement's
    sentence and span: :func:`_speech_verb`) and whether it reports one act (``acts``, the same and ``present``:
    :func:`one_act`). Each rule asks of the statements again; each answer reads only the document's text (its
    mask, sentences and quotations), so it is the same each time."""

    __slots__ = ("acts", "mask", "speech", "verbs")

    def __init__(self, mask: str) -> None:
        self.mask = mask
        self.verbs: dict[tuple[int, int], tuple[re.Match[str], ...]] = {}
        self.speech: dict[tuple[int, int, int], re.Match[str] | None] = {}
        self.acts: dict[tuple[int, int, int, bool], bool] = {}


# one slot, replaced whole, so a thread reads a consistent set and no more than one document's text is kept
_SEEN: _Seen = _Seen("")


def _seen(mask: str) -> _Seen:
    """The answers kept for the document of ``mask`` (a new, empty set for another document)."""
    global _SEEN  # noqa: PLW0603 - a one-slot cache
    seen = _SEEN
    if seen.mask is not mask:
        seen = _SEEN = _Seen(mask)
    return seen


def _verbs_between(mask: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The speech verbs of ``mask[start:end]`` (a sentence), each sentence read once per document."""
    kept = _seen(mask).verbs
    verbs = kept.get((start, end))
    if verbs is None:
        verbs = kept[start, end] = tuple(_speech_verbs()[0].finditer(mask, start, end))
    return verbs


@functools.cache
def _introducing_participle() -> re.Pattern[str]:
    """A participle that introduces words right after it (``ing_clause``/``ing_that`` of
    ``data/speech_verbs.tsv``: ", saying, '...'", ", adding that ...")."""
    lex = lexicon()
    forms = word_pattern([*lex.ing_clause, *lex.ing_that], fold_first=False)
    return re.compile(rf",\s*(?P<verb>{forms})(?:\s+that)?\s*[,:]?\s*[\"\u201c]?\s*$", re.IGNORECASE)


def _speech_verb(doc: Doc, f: Found) -> re.Match[str] | None:
    """The speech verb of the attribution of ``f``: of those in its sentence outside the words and outside
    quotations, the one nearest the words; but words a participle introduces right after it (", saying,
    '...'") are said in the act of the clause the participle hangs on, whose verb (the first of the sentence
    before the participle, not one nearer inside that clause's reported words: "X claimed that Y had assured
    him ..., saying, '...'") is theirs; the participle itself if the sentence has none before it. Found once
    per statement and document (:class:`_Seen`)."""
    kept = _seen(doc.mask).speech
    key = (f.sentence, f.start, f.end)
    if key not in kept:
        kept[key] = _find_speech_verb(doc, f)
    return kept[key]


def _find_speech_verb(doc: Doc, f: Found) -> re.Match[str] | None:
    sent = doc.sentences[f.sentence]
    lead = _introducing_participle().search(doc.mask, max(sent.start, f.start - _PARTICIPLE_REACH), f.start)
    if lead is not None:
        verbs = _verbs_between(doc.mask, sent.start, sent.end)
        main = next((v for v in verbs if v.start() < lead.start() and not in_quote(doc, v.start())), None)
        return main or _PARTICIPLE.match(doc.mask, lead.start("verb"), lead.end("verb"))
    verbs = _verbs_between(doc.mask, sent.start, sent.end)
    # the nearest outside quotations on each side, found from where the words start and end (a sentence with
    # many statements costs no scan of all its verbs for each); a tie goes to the verb before the words
    i = bisect.bisect_left(verbs, f.start, key=_match_start) - 1
    while i >= 0 and in_quote(doc, verbs[i].start()):
        i -= 1
    j = bisect.bisect_left(verbs, f.end, key=_match_start)
    while j < len(verbs) and in_quote(doc, verbs[j].start()):
        j += 1
    before = verbs[i] if i >= 0 else None
    after = verbs[j] if j < len(verbs) else None
    if before is None or (after is not None and after.start() - f.end < f.start - before.start()):
        return after
    return before


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _no_perfect_before(doc: Doc, f: Found) -> bool:
    """For a statement with no speech verb the tables know ("X has also criticised Y as '...'", a
    ``quote_verb``): whether no perfect stands in the clause right before its words (a perfect there is no
    one act either)."""
    sent = doc.sentences[f.sentence]
    clause = max(sent.start, *(doc.mask.rfind(c, sent.start, f.start) + 1 for c in ",;"))
    return _PERFECT_CLAUSE.search(doc.mask, clause, f.start) is None


def one_act(doc: Doc, f: Found, *, present: bool = False) -> bool:
    """Whether the attribution of ``f`` reports one act of saying: its speech verb (:func:`_speech_verb`)
    has no perfect or habit before it ("has said", "have long argued", "often says", "repeatedly warned":
    ``not_one_act`` cues; with no verb of the tables, no perfect in the clause right before the words: "X
    has also criticised Y as '...'") and, with ``present``, is not in the present ("says", "insists": a standing view,
    a live report or a headline). A saying that is not one act has no one day, so no rule infers one for
    it. Rules that read a day in the statement's own sentence ("On 10 July, the declaration claims ...")
    leave ``present`` off: the day dates the present too. Answered once per statement, document and
    ``present`` (:class:`_Seen`)."""
    kept = _seen(doc.mask).acts
    key = (f.sentence, f.start, f.end, present)
    if key not in kept:
        kept[key] = _one_act(doc, f, present=present)
    return kept[key]


def _one_act(doc: Doc, f: Found, *, present: bool) -> bool:
    verb = _speech_verb(doc, f)
    if verb is None:
        return _no_perfect_before(doc, f)
    form = " ".join(verb.group().split())
    if present and _present_tense(form, _speech_verbs()[1].get(form.casefold(), form)):
        return False
    habit = _cue("not_one_act", r"(?:\s+[a-z]+){0,2}\s+$")
    start = doc.sentences[f.sentence].start
    return habit.search(doc.mask, max(start, verb.start() - 40), verb.start()) is None


# -- the occasion: a day its sentence, or a sentence before naming the speaker, gives -------------------

_SENTENCE_REASON: Final = "occasion:"
_DAY_OR_TIME: Final = frozenset({Granularity.DAY, Granularity.TIME})
# what an occasion in the sentence right before may date a saying to: also its week, weekend or month
_SENTENCE_AFTER: Final = _DAY_OR_TIME | {Granularity.WEEKEND, Granularity.WEEK, Granularity.MONTH}
_BEFORE_REASON: Final = "occasion before:"
_HEAD_SAYING: Final = "the saying of the office's head the text dates before"  # its evidence for an office (sdate30)
_OUTLET_AFTER: Final = "verb-then-outlet"  # the attribution rule of "..., reported the New York Times"
_POINTED_REASON: Final = "occasion pointed:"
_OCCASION_SENTENCES: Final = 3  # how far back the sentence naming the speaker on a dated occasion may be


class _WordsSpans:
    """The spans of the statements' words, asked whether a position lies inside one (other than a given span):
    the distinct spans sorted by start and, for each first k of them, the two that reach furthest; log time a
    question, where a scan of every statement for each date of each sentence grows with the square of a long
    text's statements. An outlet's report read by the rule verb-then-outlet ("..., reported the New York
    Times") gives no span: its words tell the text's own story, whose days are the text's (twenty-fourth
    session)."""

    __slots__ = ("found", "reach", "starts")

    def __init__(self, found: list[Found]) -> None:
        self.found = found  # (kept: the one-slot cache of _words_spans compares it by identity)
        spans = sorted({(f.start, f.end) for f in found if f.rule != _OUTLET_AFTER})
        self.starts = [a for a, _ in spans]
        self.reach: list[tuple[int, tuple[int, int] | None, int]] = []  # (furthest end, its span, next furthest end)
        end1, span1, end2 = -1, None, -1
        for span in spans:
            if span[1] > end1:
                end1, span1, end2 = span[1], span, end1
            elif span[1] > end2:
                end2 = span[1]
            self.reach.append((end1, span1, end2))

    def inside(self, pos: int, *, besides: tuple[int, int] | None = None) -> bool:
        """Whether ``pos`` lies in the words of a statement (``start <= pos < end``) whose span is not ``besides``."""
        k = bisect.bisect_right(self.starts, pos)
        if k == 0:
            return False
        end1, span1, end2 = self.reach[k - 1]
        return (end1 if span1 != besides else end2) > pos


# the spans of the last list of statements asked about: the date rules each read one list (their input, never
# changed in place) for many sentences
_WORDS_SEEN: _WordsSpans | None = None


def _words_spans(found: list[Found]) -> _WordsSpans:
    """The :class:`_WordsSpans` of ``found`` (one slot: the same list is asked about sentence after sentence)."""
    global _WORDS_SEEN  # noqa: PLW0603 - a one-slot cache
    seen = _WORDS_SEEN
    if seen is None or seen.found is not found:
        seen = _WORDS_SEEN = _WordsSpans(found)
    return seen


def _occasion_day(doc: Doc, sent: Sentence, found: list[Found], speaker: Found | None = None) -> DateMention | None:
    """The one day ``sent`` names outside quotations and reported words, not as a background date nor in a
    clause whose verb is in the present perfect, which takes no definite past time ("X has confirmed a blast
    at the plant on Tuesday": the blast's day): the day of what it reports (of several, the one in the clause
    of the speaker of ``speaker``). A month or a week (a weekend) the
    text names as the time of what it reports counts too, unless it holds a day the sentence names (the day
    says more: :func:`_finest`) ("In April, X branded ... and said ...", "In June,
    X met Y in Italy. ... X said ...", "Last week, the daily reported that ...", "Earlier this week, X met Y.
    X said ..."): the saying is then dated to that month or week, as precisely as the text allows (as the
    attribution rules date "X said last week" to the week); occasion-before takes a month or week only from the
    sentence right before, and a year never (a year dates a saying only from a fronted time phrase of its own
    sentence: :func:`_year_fronted`)."""
    named = [
        d
        for d in dates_starting_in(doc, sent.start, sent.end)
        if d.type in (TimexType.DATE, TimexType.TIME)
        and _CALENDAR_VALUE.fullmatch(d.value.timex)
        and not in_quote(doc, d.start)
        and not _words_spans(found).inside(d.start)
        and not _stamp(doc, d)
    ]
    days = [
        d
        for d in named
        if not _background(doc, sent.start, d)
        and not _PERFECT_CLAUSE.search(doc.mask, _clause_start(doc, sent, d), d.start)
        and not _planned(doc, sent, d)
        and not _possessed_other(doc, d)
        and not _attributive(doc, sent, d)
        and not _appositive(doc, sent, d)
        and _phrase_time(doc, sent, d)
    ]
    days = _finest(days)
    # a day planned beside a past one ("met Y on Tuesday and will visit Kyiv on Friday") leaves the tense of
    # both in doubt: as with several days, only the speaker's own clause decides
    several = len({d.value.timex[:10] for d in days}) > 1 or (days and any(_planned(doc, sent, d) for d in named))
    if several and speaker is not None:
        # several days: the one of a fronted adverbial ("On November 6, X congratulated Y on the November 5
        # ..."), else the first right after the speaker's name ("X on Tuesday headed to the summit of July 9-11")
        days = [d for d in days if _in_fronted(doc, sent, d)][:1] or [
            d for d in days if _right_after(doc, _speaker_starts(doc, sent, speaker), d)
        ][:1]
    if len({d.value.timex[:10] for d in days}) != 1 or (several and speaker is None):
        return None
    return days[0]


# A clause joined by "and" that opens with its time phrase: "X has denied it and on Tuesday Y dismissed ...".
_AND_FRONTED: Final = re.compile(r"\band\s+(?:on\s+)?$", re.IGNORECASE)


def _clause_start(doc: Doc, sent: Sentence, day: DateMention) -> int:
    """Where the clause of ``day`` starts in ``sent``: after the last comma before it, or at the "and" right
    before it that opens a clause with it ("... has denied it and on Tuesday the Kremlin dismissed ...": the
    perfect before that "and" is another clause's, no longer the day's)."""
    start = max(sent.start, doc.mask.rfind(",", sent.start, day.start) + 1)
    joined = _AND_FRONTED.search(doc.mask, start, day.start)
    return joined.start() if joined is not None else start


def _finest(days: list[DateMention]) -> list[DateMention]:
    """``days`` without a longer period that holds another of them ("on Monday ... a flurry of meetings this
    week": the week holds the Monday, which says more and does not contradict it; twentieth session)."""

    def holds(d: DateMention, e: DateMention) -> bool:
        a, b, c, z = d.value.earliest, d.value.latest, e.value.earliest, e.value.latest
        if a is None or b is None or c is None or z is None:
            return False
        return a <= c and z <= b and (a, b) != (c, z)

    return [d for d in days if not any(holds(d, e) for e in days)]


_AGENT: Final = re.compile(r"\s+by\b")  # the agent of a passive participle ("hit by a drone")


def _appositive(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether ``day`` stands in a phrase after a comma that opens with a past participle and its agent, a
    passive appositive about the noun before it ("the building, hit by a drone attack on 7 September",
    :func:`_participle_opens`): it dates what that noun underwent, not the clause's act. Without "by" the
    word may be the clause's own verb after an appositive subject ("X, the envoy, arrived in Kyiv on
    Wednesday")."""
    comma = doc.mask.rfind(",", sent.start, day.start)
    if comma < 0:
        return False
    m = _participle_opens().match(doc.mask, comma + 1, day.start)
    return m is not None and _AGENT.match(doc.mask, m.end(), day.start) is not None


# The values a saying can be dated to: a year, month, week (or its weekend), day or a time of a day; not a season,
# quarter or an unresolved or relative value ("2025-SU", "2025-Q1", "XXXX-XX-XX", "PAST_REF").
_CALENDAR_VALUE: Final = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:T.*)?)?|-W\d{2}(?:-WE)?)?")


# A verb in the present perfect ("has confirmed", "have also announced"): it takes no definite past time, so a day
# later in its clause dates another event, the one it reports ("X has confirmed a blast at the plant on Tuesday").
_PERFECT_CLAUSE: Final = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:ed|en|wn|ne)\b", re.IGNORECASE)


# A fronted phrase that sets the time of its clause: "When asked last year,", "In 2023,", "Last year,".
_TIME_OPENER: Final = re.compile(rf"\s*(?:\x03|(?:{_alternation('time_opener')})\b)", re.IGNORECASE)


def _year_fronted(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether the year ``day`` stands in a fronted phrase that sets the time of its clause ("When asked last
    year, X said", "In 2023, X warned"), not one about a topic ("Pressed on whether a meeting could occur this
    year, X replied")."""
    return _in_fronted(doc, sent, day) and _TIME_OPENER.match(doc.mask, sent.start) is not None


def _planned(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether the clause of ``day`` (from the last comma, semicolon or quotation mark before it) says that
    what happens that day is still to come or only planned (a ``plan`` cue: "will visit Oslo on Friday",
    "is due to meet Y on Friday", "talks would resume on Monday"): nobody has spoken there yet. After the
    noun "plan" ("a plan to ...", not the verb "they plan to"), a reduced relative clause on an occasion's
    noun sets the day's own time, in the past ("agreed a plan to end the war at a summit held in London on
    Sunday": the summit was held on Sunday; "unveiled a plan to visit Kyiv on Friday" stays planned)."""
    clause = max(sent.start, *(doc.mask.rfind(c, sent.start, day.start) + 1 for c in ',;"'))
    cues = list(_cue("plan").finditer(doc.mask, clause, day.start))
    if not cues:
        return False
    last = cues[-1]
    if _NOUN_PLAN.fullmatch(last.group()) is None or _DETERMINED.search(doc.mask, clause, last.start()) is None:
        return True
    held = _reduced().search(doc.mask, max(last.end(), day.start - 80), day.start)
    return held is None or not _occasion_in(doc, held.start(), held.end())


# "plan(s) to" after a determiner ("a four-point plan to", "Trump's plan to") is the noun and its infinitive.
_NOUN_PLAN: Final = re.compile(r"plans?\s+to", re.IGNORECASE)
_DETERMINED: Final = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|this|that|these|those)|['\u2019]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


# An article before a day that modifies the noun after it ("an Easter ceasefire", "the November 5 election").
_ARTICLE_BEFORE: Final = re.compile(rf"\b(?:{alternation(ARTICLES)})\s+$", re.IGNORECASE)
_NOUN_AFTER: Final = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")


def _attributive(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether ``day`` modifies the noun after it, after an article, and that noun names no occasion one
    speaks at ("announced an Easter ceasefire on April 19", "the November 5 election"): it names the noun's
    day, not the day of the clause's act ("in a Nov. 20 briefing" is the briefing's, so the saying's)."""
    if _ARTICLE_BEFORE.search(doc.mask, max(sent.start, day.start - 6), day.start) is None:
        return False
    m = _NOUN_AFTER.match(doc.mask, day.end)
    return m is not None and not _occasion_in(doc, m.start(), m.end())


# A day in the possessive and the few words after it: the day of what those words name ("Tuesday's strike").
_POSSESSOR: Final = re.compile(r"['\u2019]s(?:\s+[\w'\u2019-]+){1,4}")


def _possessed_other(doc: Doc, day: DateMention) -> bool:
    """Whether ``day`` is in the possessive before a noun that names no occasion to speak at: it dates that
    noun's event ("spoke about Tuesday's strike"), not a saying ("in Tuesday night's debate" is one)."""
    m = _POSSESSOR.match(doc.mask, day.end)
    return m is not None and not _occasion_in(doc, m.start(), m.end())


def _right_after(doc: Doc, starts: list[int], day: DateMention) -> bool:
    """Whether ``day`` comes right after one of the mentions at ``starts``, before its verb ("X on Tuesday
    headed to the summit of July 9-11"), or right after the mention's verb of saying, a one-word object may come
    between ("..., struck overnight, X said on Tuesday", "X announced plans on Thursday to meet Y on Friday": the
    day of the subject's own saying): of several days, only that one is the subject's own. A day after another
    verb ("X visited Oslo on Tuesday and Bergen on Wednesday") leaves the occasion undecided."""
    for p in starts:
        end = doc.mentions[p].end
        if _RIGHT_AFTER.fullmatch(doc.mask, end, day.start):
            return True
        # "X said on Tuesday": the day of the subject's own saying, right after its verb
        verb = _said_next().match(doc.mask, end)
        if verb is not None and _OBJECT_AFTER.fullmatch(doc.mask, verb.end(), day.start):
            return True
    return False


_RIGHT_AFTER: Final = re.compile(r"\s*,?\s*(?:on\s+)?")
# After a verb of saying and before its day: what _RIGHT_AFTER allows, after its object in one plain word or
# none ("announced plans on Thursday to meet Y on Friday": the announcement's day, not the planned one).
_OBJECT_AFTER: Final = re.compile(r"(?:\s+[a-z]+)?" + _RIGHT_AFTER.pattern)


@functools.cache
def _said_next() -> re.Pattern[str]:
    """A verb of saying (:func:`_saying`) right after a name, white space between."""
    return re.compile(rf"\s*(?:{_saying().pattern})", re.IGNORECASE)


# A fronted adverbial opens the sentence (after a label such as "Details:", an outlet's tag such as "Kyiv
# Daily/" or "(MENAFN)" with a dash or not, or a list's bullet, "- ") with a
# preposition, a time adverb, a participle or the day itself: "On Monday,", "Later Friday,", "Speaking to
# reporters on Wednesday,", "Asked on Monday about ...,".
_FRONTED: Final = re.compile(
    r"\s*(?:(?:[A-Z][a-z]*:|[-*\u2022]|(?:\x01\x02*|[A-Z][\w.]*)(?:\s+(?:\x01\x02*|[A-Z][\w.]*)){0,2}\s*/"
    rf"|{BRACKETED_TAG}(?:\s*{TAG_DASH})?)\s*)?"
    rf"(?:\x03|(?:{_alternation('fronted_opener')})\b|[A-Za-z]+(?:ing|ed)\b)",
    re.IGNORECASE,
)
# What may come before the subject of a sentence: a label or dateline and a colon ("Details:", "KYIV
# REGION, Ukraine:"), a determiner and capitalised title words ("The alliance's Secretary General").
_SUBJECT_BEFORE: Final = re.compile(
    r"\s*(?:[^:;,\n]{1,30}(?:,[^:;,\n]{1,30})?:\s+)?(?:\x01\x02*\s+and\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:[A-Z\x01][\w\x02'\u2019.-]*\s+){0,6}"
)
# A linked clause: the speaker after a comma and a conjunction ("..., while Zelensky said ...").
_LINKED: Final = re.compile(rf",\s*(?:{_alternation('linked_conjunction')})\s+[^,;\"]*$", re.IGNORECASE)
# A relative clause before the day: it dates what the clause says ("the summit, which is held this
# Tuesday", "the deal that was signed on Monday").
_RELATIVE: Final = re.compile(rf"\b(?:{_alternation('relative_word')})\b[^,;]*$", re.IGNORECASE)


def _speaker_starts(doc: Doc, sent: Sentence, f: Found) -> list[int]:
    """Where ``sent`` names the speaker of ``f`` (mention starts)."""
    lo = bisect.bisect_left(doc.starts, sent.start)
    hi = bisect.bisect_left(doc.starts, sent.end)
    return [p for p in doc.starts[lo:hi] if doc.mentions[p].actor.id == f.speaker.id]


# A day after a noun an actor owns: it dates that actor's act ("applauded Zelensky's statement Tuesday").
_POSSESSED: Final = re.compile(r"\x01\x02*['\u2019]s\s+(?:[\w-]+\s+){1,3}(?:on\s+)?$")


@functools.cache
def _verbs(*classes: str) -> str:
    """The forms of the classes ``classes`` of ``data/speech_verbs.tsv`` as one word alternation, the words of a
    phrase joined by one space: the one way this module's patterns (all case-insensitive) read the verb table."""
    return verb_words(*classes, space=" ")


@functools.cache
def _report_clause() -> re.Pattern[str]:
    """A report verb (``report`` class of ``data/speech_verbs.tsv``) in the clause before a day."""
    return re.compile(rf"\b(?:{_verbs('report')})\b[^,;]*$", re.IGNORECASE)


@functools.cache
def _saying() -> re.Pattern[str]:
    """A verb of saying or telling (:func:`_says`), or of declaring (``declare`` class of ``data/speech_verbs.tsv``)
    before its object ("announced sanctions", not "began at midnight")."""
    return re.compile(
        rf"{_says().pattern}|\b(?:{_verbs('declare')})\b(?!\s+(?:{_alternation('not_declare_object')})\b)",
        re.IGNORECASE,
    )


@functools.cache
def _stance() -> re.Pattern[str]:
    """A verb of saying (:func:`_saying`) or one that labels what it names (``label`` class of
    ``data/speech_verbs.tsv``: "slammed", "dismissed", "condemned"): the stance a state's lead tells of."""
    return re.compile(rf"{_saying().pattern}|\b(?:{_verbs('label')})\b", re.IGNORECASE)


@functools.cache
def _reduced() -> re.Pattern[str]:
    """A determiner, a noun (one to three words), a past participle (regular "-ed" or a ``participle`` cue)
    and the day, a place may come between: a reduced relative clause, which dates what the noun names
    ("welcomed the deal signed on Tuesday", "the accord reached in Geneva on Tuesday", "a letter seen by
    Reuters on Tuesday")."""
    name = r"(?:\x01\x02*|[A-Z][\w'\u2019-]*)(?:\s+[A-Z][\w'\u2019-]*){0,2}"
    return re.compile(
        rf"\b(?:{_alternation('determiner')})\s+(?:[\w'\u2019-]+\s+){{1,3}}?(?:[a-z]+ed|{_alternation('participle')})"
        rf"\s+(?:(?:{_alternation('place_preposition')})\s+(?:the\s+)?{name}\s+)?(?:on\s+)?$",
        re.IGNORECASE,
    )


def _in_reduced(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether ``day`` ends a reduced relative clause (:func:`_reduced`) after an object: the noun phrase
    does not open its clause (at the sentence's start, after a comma or a ``clause_opener``: "As the summit
    opened on Tuesday," is a clause of its own, its verb finite)."""
    m = _reduced().search(doc.mask, max(sent.start, day.start - 80), day.start)
    if m is None:
        return False
    before = doc.mask[sent.start : m.start()].rstrip()
    return bool(before) and not before.endswith((",", ";", ":")) and not _cue("clause_opener", "$").search(before)


def _in_other_clause(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether ``day`` stands in a relative clause or a report's clause (from the last comma before it), or
    after a noun an actor owns: it dates what that clause or noun says ("the summit, which is held this
    Tuesday", "the FT reported on Dec. 2", "Zelensky's statement Tuesday")."""
    return (
        _RELATIVE.search(doc.mask, sent.start, day.start) is not None
        or _report_clause().search(doc.mask, sent.start, day.start) is not None
        or _POSSESSED.search(doc.mask, max(sent.start, day.start - 60), day.start) is not None
        or _in_reduced(doc, sent, day)
    )


# A pronoun as the object of a topic cue ("about it", "on this"): what the text just reported, no event of its own;
# a preposition or a stop after it ("about it on Facebook", not the determiner of "about this week's strike").
_PRONOUN_TOPIC: Final = re.compile(
    r"\s+(?:it|this)\b(?=\s*(?:[,.;:]|$|(?:on|in|at|during|via|to|with)\b))", re.IGNORECASE
)


def _fronted_time(doc: Doc, start: int, day: DateMention) -> bool:
    """Whether ``day`` in the phrase from ``start`` (a fronted phrase, or one after a comma) is the
    phrase's own time, so the saying's: not a topic's ("Commenting on the strike on Sunday, X said": a
    ``topic`` cue before it), nor another event's the words came before or after ("Speaking after the
    strike on Sunday", "X, speaking ahead of the vote on Thursday, said": a ``sequence`` cue), except an
    occasion one speaks at, whose day the words share ("After talks with Y on Monday, X said", "X said
    ahead of the meeting in Brussels on Dec. 3": a meeting, visit, summit or announcement after the cue),
    when the phrase names its day: a week or month there spans the occasion, not the words after it ("After a
    meeting in Paris last month, X said": over the 41 read pools the gold left both such sayings undated, and
    dated both with a day; undated25). A topic that is a pronoun pointing back names no time of its own ("X
    wrote about it on Facebook on Wednesday": the day is the writing's; sdate28)."""
    if any(_PRONOUN_TOPIC.match(doc.mask, m.end()) is None for m in _cue("topic").finditer(doc.mask, start, day.start)):
        return False
    sequence = _cue("sequence").search(doc.mask, start, day.start)
    if sequence is None:
        return True
    return _occasion_in(doc, sequence.end(), day.start) and day.value.granularity in _DAY_OR_TIME


def _phrase_time(doc: Doc, sent: Sentence, day: DateMention, words_end: int = -1) -> bool:
    """Whether ``day`` is the own time of its phrase in ``sent`` (from the last comma before it, see
    :func:`_fronted_time`); a day after an object verb's words (ending at ``words_end``) is read from their end: a
    cue before the words opens the clause of the saying itself, whose day it then is ("..., after X expressed his hopes
    for Y at a press conference on Sunday"; twenty-sixth session, expr26)."""
    start = max(sent.start, doc.mask.rfind(",", sent.start, day.start) + 1)
    return _fronted_time(doc, max(start, words_end) if words_end <= day.start else start, day)


def _in_fronted(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether ``day`` stands in a fronted adverbial: the sentence opens with one and the day comes before
    its first comma ("On Monday,", "Speaking to reporters on Wednesday,")."""
    comma = doc.mask.find(",", sent.start, sent.end)
    return comma >= 0 and day.end <= comma and _FRONTED.match(doc.mask, sent.start) is not None


def _second_fronted(doc: Doc, sent: Sentence, day: DateMention, starts: list[int]) -> int | None:
    """Where the second of two fronted adverbials starts when ``day`` stands in it, right before the
    speaker's subject at one of ``starts`` ("As reported by the agency, during the December 23 meeting, X
    said": each phrase opens as a fronted one, :data:`_FRONTED`, and ends at a comma), else ``None``."""
    first = doc.mask.find(",", sent.start, day.start)
    if first < 0 or _FRONTED.match(doc.mask, sent.start) is None or doc.mask.find(",", first + 1, day.start) >= 0:
        return None
    end = doc.mask.find(",", day.end, sent.end)
    if end < 0 or _FRONTED.match(doc.mask, first + 1) is None:
        return None
    subject = any(p > end and _DAY_SUBJECT.fullmatch(doc.mask, end, p) is not None for p in starts)
    return first + 1 if subject else None


def _of_speaker(doc: Doc, sent: Sentence, day: DateMention, f: Found) -> bool:
    """Whether ``day`` dates what the speaker of ``f`` does in ``sent``: it comes after the speaker's name
    as the sentence's subject ("X on Tuesday urged", "X met Y on June 24"; not "support for X on
    Tuesday"), or in a fronted adverbial ("Speaking to reporters on Wednesday, X confirmed"), or it opens
    the clause of the speaker's saying right before its subject (:func:`_opens_clause_of`: "Earlier on
    Monday the ministry said", "..., and on May 2, she said"), or in a saying's clause the
    speaker's clause is linked to ("Y on Monday said ..., while X said ..."; not "while X says ...", a
    present, no one act); else not in a relative clause."""
    starts = _speaker_starts(doc, sent, f)
    if _opens_clause_of(doc, sent, day, f):
        return True  # the clause's own time, even after "that" ("Note that on May 2, X said")
    if not starts or _in_other_clause(doc, sent, day):
        return False
    if _in_fronted(doc, sent, day):
        return _fronted_time(doc, sent.start, day) and not _embedded_after_fronted(doc, sent, f, starts)
    second = _second_fronted(doc, sent, day, starts)
    if second is not None:
        return _fronted_time(doc, second, day)
    if starts[0] < day.start:  # the speaker opens the sentence: its subject ("X on Tuesday urged ...")
        return any(p < day.start and _SUBJECT_BEFORE.fullmatch(doc.mask, sent.start, p) for p in starts)
    after = next(p for p in (*starts, sent.end) if p > day.start or p == sent.end)
    linked = _LINKED.search(doc.mask, day.end, after) if after < sent.end else None
    # the day dates a saying in the clause before ("Y on Monday said ...,"), not an event ("X began on Monday,");
    # not a saying in the present ("..., while X denies ...": a standing view, no act of that day)
    return (
        linked is not None
        and _saying().search(doc.mask, sent.start, linked.start()) is not None
        and one_act(doc, f, present=True)
    )


@functools.cache
def _report_that() -> re.Pattern[str]:
    """A verb of saying or reporting (``say``/``tell``/``report`` class of ``data/speech_verbs.tsv``) and
    "that", up to three words between ("reported that", "told reporters that"): what follows is the content
    of that report."""
    return re.compile(rf"\b(?:{_verbs('say', 'tell', 'report')})\s+(?:[\w'\u2019-]+\s+){{0,3}}?that\b", re.IGNORECASE)


def _embedded_after_fronted(doc: Doc, sent: Sentence, f: Found, starts: list[int]) -> bool:
    """Whether the saying of ``f`` stands in a clause embedded in the main clause a fronted phrase of ``sent``
    sets the time of, its speaker not that clause's subject: in the content of another's report ("On 3 May,
    the daily reported that the envoy was dropped once the ministry said it objected to him": the day is the
    report's) or in a relative clause ("In 2023, the office received appeals from residents who believed their
    rights were violated": the day is the receiving's). The day then dates the main clause, not the saying."""
    verb = _speech_verb(doc, f)
    end = f.start if verb is None else verb.start()  # a verb of opinion is no speech verb: up to the words
    comma = doc.mask.find(",", sent.start, sent.end)
    if comma < 0 or end <= comma:
        return False
    if any(comma < p < end and _DAY_SUBJECT.fullmatch(doc.mask, comma + 1, p) for p in starts):
        return False  # the speaker is the main clause's subject ("On Monday, X said that ...")
    report = _report_that().search(doc.mask, comma + 1, end)
    if report is not None and any(report.end() <= p < end for p in starts):
        return True  # the speaker is named inside the report's content
    return _RELATIVE.search(doc.mask, comma + 1, end) is not None


# A day that opens a clause: at the sentence's start (after a bullet), or after a comma, a colon, "that" or a
# conjunction, with its preposition and a time adverb ("Earlier on Monday", "Note that on May 2", ", and late
# on Friday"); the group ``open`` is the clause's opener.
_CLAUSE_DAY: Final = re.compile(
    rf"(?:(?P<open>[,;:]|\b(?:{_alternation('clause_day_opener')})\b)\s*)?"
    rf"(?:\b(?:{_alternation('clause_day_adverb')})\s+)?(?:\b(?:on|in|at)\s+)?$",
    re.IGNORECASE,
)
# Between such a day and its clause's subject: a comma, an article and capitalised title words ("Earlier on
# Monday the Defence Ministry said", "On May 3, Prime Minister X said").
_DAY_SUBJECT: Final = re.compile(r"\s*,?\s*(?:(?:the|The|a|an)\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,4}")
# A subject pronoun between such a day and the speech verb, an adverb may follow ("on Monday, she announced").
_DAY_PRONOUN: Final = re.compile(r"\s*,?\s*(?:he|she|they|it)\s+(?:[a-z]+ly\s+)?", re.IGNORECASE)
# After the subject's name, its verb: a lower-case word, an adverb may come first ("X reacted", "X also said").
_VERB_NEXT: Final = re.compile(r"\s+[a-z]")
# A phrase set off by commas right after a name: "X, spokesman for the water agency, said", "X, head of
# Ukraine's intelligence, reported". It opens with a lower-case word or a name (a possessor: "Ukraine's") and
# holds no quotation, date, parenthesis or clause break (:func:`_appositive_end` reads what it opens with).
_OFFICE_APPOSITIVE: Final = re.compile(r",\s+(?P<phrase>[a-z\x01][^,;:\"\u201c\u201d()\n\x03]{1,80}?),")


def _appositive_end(doc: Doc, end: int) -> int:
    """Where the appositive right after the name that ends at ``end`` ends (after its closing comma), else
    ``end``: a noun phrase naming the speaker's office ("X, spokesman for the water agency, on Tuesday
    said"; "said X, head of the agency, in a radio interview on Friday"), so the speaker's clause
    goes on after it. Not a clause: no relative or linking word (``relative_word``, ``linked_conjunction``) or
    participle (a ``participle`` cue, an ``-ing``/``-ed`` word) opens it, no verb of saying fills it ("X, who
    arrived on Monday, said", "X, speaking on Monday, said"), and not a list of names ("X, Y and Z said": a
    name alone, or "and" before a name)."""
    m = _OFFICE_APPOSITIVE.match(doc.mask, end)
    if m is None:
        return end
    phrase = m.group("phrase")
    first = phrase.split()[0].casefold()
    closed = {*_cue_words("relative_word"), *_cue_words("linked_conjunction"), *_cue_words("participle")}
    if (
        first in closed
        or first.endswith(("ing", "ed"))
        or _saying().search(phrase) is not None
        or not re.search(r"(?<![\x01\x02])\b[a-z]{3,}\b", phrase)
        or re.search(r"\band\s+\x01", phrase) is not None
    ):
        return end
    return m.end()


def _opens_clause_of(doc: Doc, sent: Sentence, day: DateMention, f: Found) -> bool:
    """Whether ``day`` opens the clause whose subject is the speaker of ``f`` (:data:`_CLAUSE_DAY`), right
    before that subject: the speaker's name followed by a verb ("Earlier on Monday the ministry said that
    ...", "The day before, on May 2, X criticised ... and wrote that ...") or a pronoun right before the
    statement's speech verb ("Y met X, and late on Friday, she said that ..."). A
    day before another subject ("on Monday, Russia attacked ..., X said") is not the speaker's."""
    m = _CLAUSE_DAY.search(doc.mask, sent.start, day.start)
    if m is None or (m.group("open") is None and doc.mask[sent.start : m.start()].strip(" -*\u2022") != ""):
        return False
    for p in _speaker_starts(doc, sent, f):
        if (
            p >= day.end
            and _DAY_SUBJECT.fullmatch(doc.mask, day.end, p) is not None
            and _VERB_NEXT.match(doc.mask, _appositive_end(doc, mention_end(doc, p))) is not None
        ):
            return True
    verb = _speech_verb(doc, f)
    return verb is not None and verb.start() > day.end and bool(_DAY_PRONOUN.fullmatch(doc.mask, day.end, verb.start()))


# Where the noun phrase after such a determiner ends: "as" before a label, a quotation mark, a clause break.
_PHRASE_END: Final = re.compile(r"\s+as\b|[\"\u201c\u201d,;:(]|\s+(?:and|but|while)\s+", re.IGNORECASE)
_HEAD_WORDS: Final = 4  # words after the determiner the occasion's noun may stand among ("his October 17 meeting")


@functools.cache
def _about() -> re.Pattern[str]:
    """A label verb (``label``/``label_as`` of ``data/speech_verbs.tsv``: "described", "called", "hailed",
    "praised") or a ``topic`` cue ("commenting on", "referring to", "about") right before a determiner that
    points back to a noun the text named before (a ``points_back`` cue: "the", "his"; or a date's possessive:
    "Monday's")."""
    verbs = verb_words("label", "label_as", fold_first=False)
    points_back = rf"(?:{_alternation('points_back')}|\x03+['\u2019]s)\s+"
    return re.compile(rf"\b(?:{verbs}|{_alternation('topic')})\s+{points_back}", re.IGNORECASE)


def _occasion_topics(doc: Doc, sent: Sentence) -> list[tuple[int, int, frozenset[str]]]:
    """The noun phrases of ``sent`` (outside quotations) that name an occasion one speaks at as what a
    saying is about, with the occasion's event kinds: the object of a label verb or of a topic cue, pointed
    back to ("described his meeting with Y in Kyiv on Thursday as ...", "Commenting on his October 17
    meeting with Y, X said", "praised the talks as ..."). The words evaluate or comment on the occasion, so
    they were said at it or after it: its day is the topic's, not the saying's."""
    out = []
    for m in _about().finditer(doc.mask, sent.start, sent.end):
        if in_quote(doc, m.start()):
            continue
        stop = _PHRASE_END.search(doc.mask, m.end(), sent.end)
        end = stop.start() if stop is not None else sent.end
        head = m.end()
        for _ in range(_HEAD_WORDS):
            nxt = doc.mask.find(" ", head + 1, end)
            head = end if nxt < 0 else nxt
        kinds = _occasion_kinds(doc, m.end(), min(head, end))
        if kinds:
            out.append((m.start(), end, frozenset(kinds)))
    return out


def _about_occasion(doc: Doc, f: Found, occasion: Sentence) -> bool:
    """Whether the sentence of ``f``, outside its words, takes the occasion ``occasion`` names (one of its
    kinds: a meeting for "talks") as the topic of a saying (:func:`_occasion_topics`): "X met Y on Monday.
    X described the talks as ...", "Commenting on the meeting, X said ..."; not another occasion ("X briefed
    reporters on Monday. X called the talks ...": the briefing is where the words were said)."""
    kinds = _occasion_kinds(doc, occasion.start, occasion.end, first=False)
    return any(
        not (f.start <= a < f.end) and kinds & topic for a, _, topic in _occasion_topics(doc, doc.sentences[f.sentence])
    )


def _sentence_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule occasion-in-sentence (reason ``occasion:``).

    Dates when: the statement has no date of its own, its verb reports one act (no perfect or habit:
    :func:`one_act`), and its sentence names exactly one day before its words that is the speaker's own act:
    the day of a fronted phrase that is the phrase's own time ("On Monday, X confirmed that ... and boasted
    that ...", "Speaking to reporters on Wednesday, X said"), a day right after the speaker's name as the
    sentence's subject ("X on Tuesday welcomed the deal and said ..."), a day that opens the clause right
    before its subject, the speaker ("Earlier on Monday the ministry said that ...", "Note that on May 2, X
    claimed ...", "Y met X, and late on Friday, she said ..."),
    or the day of a saying in a clause the speaker's clause is linked to ("Y on Monday said ..., while X
    said ..."); or, after words that open the sentence, a day in the clause of their attribution
    (:func:`_in_attribution_after`: '"...," he wrote in a post on X on Friday night', '"...," X was quoted as
    saying on Monday'); a year only in a fronted phrase that sets the time of the clause ("When asked last year,
    X said ...").

    Fires wrongly when the day belongs to something else; each is guarded: a day inside quotations or
    other statements' words (the reported content: "said the strike on Tuesday killed ..."); a background
    day ("after Monday's talks", "by Friday": ``background`` cues); a planned occasion ("will visit on
    Friday": ``plan``); a relative, report or reduced relative clause ("Barrot, who arrived on Tuesday",
    "the FT reported on Tuesday", "the deal signed on Tuesday"); a day modifying a noun after an article
    ("announced an Easter truce on Saturday": :func:`_attributive`); a possessive day before a non-occasion
    ("Tuesday's strike"); a fronted phrase about a topic or another event ("Commenting on the strike on
    Sunday", "Speaking after the strike on Sunday": ``topic``/``sequence`` cues); an occasion the words are
    about, the object of a label verb ("described his meeting with Y on Thursday as ...":
    :func:`_occasion_topics`); two different days. Left
    open (undated is then the safe side only where a guard fires): a day after the speaker's verb that
    dates its object's event ("X condemned the attack on Tuesday") is read as the saying's."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or not _has_date(doc, doc.sentences[f.sentence]) or not one_act(doc, f):
            continue  # (a sentence with no date names no day: _occasion_day)
        sent = doc.sentences[f.sentence]
        day = _occasion_day(doc, sent, found)
        if day is not None and _stamp(doc, day):
            continue  # the story's dateline is no phrase of its first sentence: the dateline rule decides
        if day is not None and len(day.value.timex) == len("2025") and not _year_fronted(doc, sent, day):
            continue  # a year dates the saying only from a fronted time phrase ("When asked last year, X said")
        if day is not None and any(a <= day.start < b for a, b, _ in _occasion_topics(doc, sent)):
            continue  # the day of the occasion the words are about ("described his meeting on Thursday as ...")
        if day is not None and (
            (day.end <= f.start and _of_speaker(doc, sent, day, f)) or _in_attribution_after(doc, sent, day, f)
        ):
            out[i] = _day_of_saying(f._replace(when=_dated(day, _SENTENCE_REASON, "the day its sentence names")))
    return out


# In an attribution after the words, before a day: what ends the clause of the saying (a comma, semicolon or
# colon) or opens a phrase about what was said ("said of the strike on Monday").
_TAIL_BREAK: Final = re.compile(r"[,;:]|\bof\b", re.IGNORECASE)
# Between the end of words that open a sentence and their attribution: the closing quotation mark and comma.
_WORDS_CLOSE: Final = re.compile(r"[\s,\"'\u201d\u2019]*")


def _in_attribution_after(doc: Doc, sent: Sentence, day: DateMention, f: Found) -> bool:
    """Whether ``day`` stands in the attribution after words that open their sentence, in the clause of its
    speech verb: the statement's speech verb (or, with none the tables know, "X was quoted as saying", the
    speaker) before the day, no comma, semicolon or colon between the words' end and the day, and no relative,
    report or reduced clause of its own (:func:`_in_other_clause`): '"...," he wrote in a post on X on Friday
    night', '"...," X was quoted as saying on Monday'; not '"...," X said, referring to the strike on Monday'
    nor '"...," X said of the strike on Monday' (a phrase about what was said)."""
    if doc.mask[sent.start : f.start].strip(" \"\u201c\u2018'") != "" or day.start < f.end:
        return False
    close = _WORDS_CLOSE.match(doc.mask, f.end)
    start = close.end() if close is not None else f.end
    verb = _speech_verb(doc, f)
    if verb is not None:
        said = start <= verb.start() < day.start
    else:
        said = any(start <= p < day.start for p in _speaker_starts(doc, sent, f))
    between = doc.mask[start : day.start]
    # the speaker's appositive is no break ('"...," said X, head of the agency, in an interview on Monday')
    for p in _speaker_starts(doc, sent, f):
        end = mention_end(doc, p)
        if start <= p and end < day.start:
            between = between[: end - start] + doc.mask[_appositive_end(doc, end) : day.start]
            break
    return said and _TAIL_BREAK.search(between) is None and not _in_other_clause(doc, sent, day)


_ACCORDING: Final = "according-to"  # the attribution rule of "according to X"
_SOURCE_RULES: Final = (_ACCORDING, _OUTLET_AFTER)
_OCCASIONS: Final = frozenset({"meeting", "visit", "summit", "announcement"})  # kinds of event one speaks at


_DAY_RELATIVE_REASON: Final = "day relative:"
_DAY_RELATIVE_WORDS: Final = 8  # words from the relative adverb to the speech verb: the clause's subject


@functools.cache
def _day_relative() -> re.Pattern[str]:
    """A day's end, a parenthesis that may repeat the day, a comma and a ``day_relative`` cue ("on Friday, when",
    "on Saturday (Jul 12), where"); the match ends where the relative's clause starts."""
    return re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?,?\s*(?:{_alternation('day_relative')})\s+", re.IGNORECASE)


# The words of a clause's subject (a name stands in the mask as its mention's marks), no punctuation.
_CLAUSE_WORDS: Final = re.compile(r"[^\s,;:()\"\u201c\u201d]+(?:\s+[^\s,;:()\"\u201c\u201d]+)*\s+")


def _relative_day(doc: Doc, sent: Sentence, f: Found, found: list[Found]) -> DateMention | None:
    """The day ``sent`` names right before a relative adverb that opens the clause of the saying of ``f``
    (:func:`_day_relative_dates`), or ``None``."""
    verb = _speech_verb(doc, f)
    if verb is None or not sent.start <= verb.start() < f.start:
        return None
    for d in reversed(dates_starting_in(doc, sent.start, verb.start())):
        if (
            d.type not in (TimexType.DATE, TimexType.TIME)
            or _CALENDAR_VALUE.fullmatch(d.value.timex) is None
            or len(d.value.timex) == len("2025")
            or in_quote(doc, d.start)
            or _words_spans(found).inside(d.start)
        ):
            continue
        rel = _day_relative().match(doc.mask, d.end)
        if rel is None:
            return None  # the nearest day before the verb is not the relative's
        clause = doc.mask[rel.end() : verb.start()]
        subject = _CLAUSE_WORDS.fullmatch(clause) is not None and len(clause.split()) <= _DAY_RELATIVE_WORDS
        spoken = any(rel.end() <= p < verb.start() for p in _speaker_starts(doc, sent, f))
        pronoun = _DAY_PRONOUN.fullmatch(doc.mask, rel.end() - 1, verb.start()) is not None
        planned = _cue("plan").search(doc.mask, rel.end(), verb.start()) is not None
        return d if subject and (spoken or pronoun) and not planned else None
    return None


def _day_relative_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule day-relative (reason ``day relative:``).

    Dates when: the statement has no date of its own, its verb reports one act (:func:`one_act`, in the past:
    not "when X says"), and the clause of its speech verb opens with a relative adverb (a ``day_relative``
    cue: "when", "where") right after a day and a comma, its subject the speaker (a name or a pronoun, no
    punctuation between the adverb and the verb): "The crisis began after a meeting on Friday, when X said
    ...", "... since February, when X warned that ...", "X met Y in Z on Saturday, where he described ...".
    The adverb's clause is set at that day (or at the occasion held on it), so the saying is.

    Fires wrongly, guarded: a clause that is planned ("the summit on July 9, when leaders will announce
    ...": a ``plan`` cue between); a day in quotations or in another statement's words; a day that is no
    calendar day, week or month (a year, "that day"); a subject that is not the speaker ("on Friday, when
    Russia struck, X said": the speech verb's own clause has no relative adverb). Left open: a "where" that
    names a place with a day of its own after it, which the statement's own date then decides (the rule
    reads only undated statements)."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or not one_act(doc, f, present=True):
            continue
        sent = doc.sentences[f.sentence]
        day = _relative_day(doc, sent, f, found)
        if day is not None:
            dated = _dated(day, _DAY_RELATIVE_REASON, "the day the clause of its saying is set at")
            out[i] = _day_of_saying(f._replace(when=dated))
    return out


# -- rule during-clause ----------------------------------------------------------------------------------

_DURING_REASON: Final = "during clause:"
# What ends the clause such a conjunction opens: a comma, semicolon, colon, bracket, quotation mark or dash.
_CLAUSE_END: Final = re.compile('[,;:()"\u201c\u201d\u2014\u2013]|\\s-\\s')


@functools.cache
def _during_clause() -> re.Pattern[str]:
    """A temporal conjunction (``during_conjunction`` cue: "as", "while", "when"), its subject (a
    ``during_subject`` cue: "he", "she", "they", "the two") and a verb in the simple past: a regular "-ed" or
    an irregular past (``past_irregular`` of ``data/tense_cues.tsv``: "met", "took", "began"), an adverb in
    "-ly" or a passive "was"/"were" may come first ("as he warmly greeted", "when she was asked")."""
    irregular = word_pattern(tense_cues("past_irregular"), fold_first=False)
    return re.compile(
        rf"\b(?:{_alternation('during_conjunction')})\s+(?:{_alternation('during_subject')})\s+"
        rf"(?:[a-z]+ly\s+)?(?:(?:was|were)\s+)?(?P<verb>[a-z]{{3,}}ed|{irregular})\b",
        re.IGNORECASE,
    )


@functools.cache
def _says() -> re.Pattern[str]:
    """A verb of saying or telling (``say``/``tell`` class of ``data/speech_verbs.tsv``: "said", "told")."""
    return re.compile(rf"\b(?:{_verbs('say', 'tell')})\b", re.IGNORECASE)


def _during_day(
    doc: Doc, sent: Sentence, f: Found, found: list[Found], clauses: list[re.Match[str]]
) -> DateMention | None:
    """The one day of the first temporal clause (of ``clauses``, the matches of :func:`_during_clause` in
    ``sent``) after the words of ``f``, outside any statement's words and quotations, up to the clause's end
    (:data:`_CLAUSE_END`), not planned; ``None`` when there is none, or the clause's verb is itself a verb of
    saying (another saying's time: "as he said on Monday")."""
    spans = _words_spans(found)
    for m in clauses[bisect.bisect_left([c.start() for c in clauses], f.end) :]:
        if spans.inside(m.start()) or in_quote(doc, m.start()):
            continue
        if _says().fullmatch(m.group("verb")) is not None:
            return None
        end = _CLAUSE_END.search(doc.mask, m.end(), sent.end)
        stop = end.start() if end is not None else sent.end
        days = [
            d
            for d in dates_starting_in(doc, m.end(), stop)
            if d.type in (TimexType.DATE, TimexType.TIME)
            and d.value.granularity in _DAY_OR_TIME
            and _CALENDAR_VALUE.fullmatch(d.value.timex)
            and not in_quote(doc, d.start)
            and not _planned(doc, sent, d)
        ]
        return days[0] if len({d.value.timex[:10] for d in days}) == 1 else None
    return None


def _during_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule during-clause (reason ``during clause:``; sixteenth session, sdates16).

    Dates when: the statement has no date of its own, its verb reports one act in the past
    (:func:`one_act`), and after its words or its speech verb, outside any statement's words, a temporal
    clause opens ("as", "while", "when": ``during_conjunction``) whose subject is a pronoun or a pair
    (``during_subject``) and whose verb is in the simple past, naming exactly one day before the clause
    ends: "X called for talks as he visited Kyiv on Friday", "'...,' X said as she locked the
    gate at Wednesday's lunchtime", "X welcomed Y as a 'trusted partner' as the two opened talks on Tuesday".
    A temporal clause sets the time of the clause it is attached to, the saying's.

    Fires wrongly, guarded: a clause inside reported words ("X said they fled when the shells hit on
    Monday": the words' own time); a clause whose verb is a verb of saying ("as he said on Monday": another
    saying, recalled); a present or future clause ("as they prepare for Friday's talks", "when he visits on
    Friday": no past verb; "as he was due to fly on Friday": a ``plan`` cue); several days in the clause.
    Left open: a causal "as" with a past verb and a day ("as they lost the vote on Monday", after a saying
    on another day), which reads as the saying's day."""
    out = list(found)
    clauses: dict[int, list[re.Match[str]]] = {}  # each sentence's temporal clauses, found once
    for i, f in enumerate(out):
        if f.when is not None or f.headline:
            continue
        sent = doc.sentences[f.sentence]
        if bisect.bisect_left(doc.date_starts, f.end) == bisect.bisect_left(doc.date_starts, sent.end):
            continue  # no date after the words: the cheap test first
        if f.sentence not in clauses:
            clauses[f.sentence] = list(_during_clause().finditer(doc.mask, sent.start, sent.end))
        if not clauses[f.sentence] or not one_act(doc, f):
            continue
        day = _during_day(doc, sent, f, found, clauses[f.sentence])
        if day is not None:
            dated = _dated(day, _DURING_REASON, "the day of the temporal clause its saying took place in")
            out[i] = _day_of_saying(f._replace(when=dated))
    return out


def _names_occasion(doc: Doc, sent: Sentence, f: Found, *, said: bool = False) -> bool:
    """Whether ``sent`` names an event the speaker of ``f`` speaks at: the speaker's own saying (the speaker
    named before the verb: "X on Tuesday reaffirmed ...", not "Y warned X on Tuesday") or briefing of a group
    (:func:`_briefing`: "X updated reporters"), or a meeting,
    visit, summit or announcement (a trigger of ``data/event_triggers.tsv``, or a taking of office, speech
    or debate listed in ``data/speaking_occasions.tsv``), not only something that happened ("swapped
    prisoners on Monday")."""
    return _speaker_says_in(doc, sent, f) or (not said and _occasion_in(doc, sent.start, sent.end))


def _speaker_says_in(doc: Doc, sent: Sentence, f: Found) -> bool:
    """Whether ``sent`` tells of a saying of the speaker of ``f`` (named before the verb, or the body the speaker
    is the voice of: :func:`_voice_starts`): a verb of saying ("X on Tuesday reaffirmed ...", "X congratulated
    Y", "X said on Wednesday."), a briefing of a group ("In the evening, X updated reporters."), a making of
    remarks ("X on Thursday made new statements about ...") or a label verb in the past ("X on Wednesday
    slammed the cuts", "on Tuesday the Kremlin dismissed the report": :func:`_labelled`; sdateb27)."""
    starts = _speaker_starts(doc, sent, f) or ([sent.start] if _pronoun_subject(doc, sent, f) else [])
    starts = starts or _voice_starts(doc, sent, f)
    return any(
        p < verb.start()
        for pattern in (_saying(), _briefing(), _made_remarks(), _labelled())
        for verb in pattern.finditer(doc.mask, sent.start, sent.end)
        for p in starts
    )


@functools.cache
def _labelled() -> re.Pattern[str]:
    """A label verb in the past (``label`` class of ``data/speech_verbs.tsv`` ending in "ed": "accused",
    "slammed", "dismissed", "praised"): the speaker's saying, as a verb of saying is."""
    return re.compile(rf"\b(?:{verb_words('label', ending='ed', space=' ')})\b", re.IGNORECASE)


@functools.cache
def _made_remarks() -> re.Pattern[str]:
    """A light verb that makes words (``made``, ``gave``) before a noun for them (a ``said_noun`` cue or
    "statement(s)"), up to two words between: "made new statements", "gave the remarks"."""
    nouns = _alternation("said_noun")
    return re.compile(rf"\b(?:made|gave)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns}|statements?)\b", re.IGNORECASE)


@functools.cache
def _briefing() -> re.Pattern[str]:
    """A verb in the past ("-ed") right before a group words are told to without a name (``address`` cues of
    ``data/speech_cues.tsv``): "updated reporters", "briefed journalists", "informed lawmakers"."""
    return re.compile(rf"\b[a-z]+ed\s+{_address_group()}", re.IGNORECASE)


@functools.cache
def _address_group() -> str:
    """A group words are told to without a name (``address`` cues of ``data/speech_cues.tsv``: "reporters",
    "the journalists"), as a pattern part ending at a word boundary."""
    return rf"(?:the\s+)?(?:{alternation(lexicon().address)})\b"


def _occasion_in(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.mask[start:end]`` names an event one speaks at: a trigger listed in
    ``data/speaking_occasions.tsv``, or a meeting, visit, summit or announcement trigger of
    ``data/event_triggers.tsv`` in the form its ``pos`` column asks (:func:`_trigger_form`: "received U.S.
    envoy X", not "received F-16 jets"; "went to Kyiv", not "went home"), not a verb of announcing whose
    object is mostly no words (``not_occasion`` cues: "released 100 prisoners", "adopted sanctions")."""
    return bool(_occasion_kinds(doc, start, end))


def _occasion_kinds(doc: Doc, start: int, end: int, *, first: bool = True) -> set[str]:
    """The event kinds of the occasions one speaks at that ``doc.mask[start:end]`` names (as
    :func:`_occasion_in` reads them): "meeting" for "talks", "summit", "other" for "speech"; with ``first``
    only the first found."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    lex = event_lexicon()
    kinds = set()
    for m in lex.trigger.finditer(doc.mask, start, end):
        form = " ".join(m.group().split()).casefold()
        kind = lex.kinds.get(form)
        if kind is None:
            continue
        occasion, pos = kind[0].value in _OCCASIONS, kind[1]
        if form in _speaking_occasions() or (
            occasion and form not in _cue_words("not_occasion") and _trigger_form(doc, m, pos)
        ):
            kinds.add(kind[0].value)
            if first:
                break
    return kinds


# The forms a trigger's ``pos`` asks of its neighbours (see data/event_triggers.tsv): a person after a
# "person" verb, a place after a "place" verb, "on" and a medium after a "medium" noun.
_AFTER_FORM: Final = {
    "person": re.compile(r"\s+(?:with\s+)?(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}\x01"),
    "place": re.compile(rf"\s+(?:(?:back\s+)?(?:{_alternation('place_lead')})\s+)?(?:the\s+)?(?:\x01|[A-Z])"),
    "medium": re.compile(r"\s+on\s+"),
}


def _trigger_form(doc: Doc, m: re.Match[str], pos: str) -> bool:
    """Whether the trigger ``m`` stands in the form its ``pos`` asks: a person after a "person" verb (an
    actor of kind person), a place after a "place" verb, "on" after a "medium" noun, a capitalised word
    before a "name" noun ("Munich Security Conference"), no infinitive or modal before a "determined" noun
    ("will address" is a verb)."""
    after = _AFTER_FORM.get(pos)
    if after is not None:
        nxt = after.match(doc.mask, m.end())
        if nxt is None or pos != "person":
            return nxt is not None
        mention = doc.mentions.get(nxt.end() - 1)
        return mention is not None and mention.actor.kind.value == "person"
    before = doc.mask[max(0, m.start() - 30) : m.start()].split()
    if pos == "name":
        return bool(before) and before[-1][:1].isupper()
    if pos == "determined":
        return not before or (before[-1].casefold() != "to" and _cue("plan", "$").search(before[-1]) is None)
    return True


@functools.cache
def _speaking_occasions() -> frozenset[str]:
    """Event triggers of kind other that are occasions one speaks at (``data/speaking_occasions.tsv``)."""
    return frozenset(cells[0].casefold() for _, cells in tsv_rows("speaking_occasions.tsv", 2))


def speaking_occasion_in(doc: Doc, sent: Sentence) -> bool:
    """Whether ``sent`` names an occasion one speaks at that ``data/speaking_occasions.tsv`` lists (an
    interview, a speech, a debate, an address: "X spoke in a radio interview on Tuesday")."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    forms = _speaking_occasions()
    return any(
        " ".join(m.group().split()).casefold() in forms
        for m in event_lexicon().trigger.finditer(doc.mask, sent.start, sent.end)
    )


def _has_date(doc: Doc, sent: Sentence) -> bool:
    """Whether a date mention starts in ``sent`` (one bisection)."""
    lo = bisect.bisect_left(doc.date_starts, sent.start)
    return lo < len(doc.dates) and doc.dates[lo].start < sent.end


def _date_in_sentences_before(doc: Doc, si: int, n: int) -> bool:
    """Whether a date mention starts in the ``n`` sentences before sentence ``si`` (or between them): one
    bisection over the stretch they cover (the sentences are in text order)."""
    if si <= 0:
        return False
    lo = bisect.bisect_left(doc.date_starts, doc.sentences[max(0, si - n)].start)
    return lo < len(doc.dates) and doc.dates[lo].start < doc.sentences[si - 1].end


def _participant_starts(doc: Doc, sent: Sentence, f: Found) -> list[int]:
    """Where ``sent`` names the speaker of ``f`` as taking part in what it reports: not after a ``sequence``
    cue in the same phrase ("NATO on Friday announced ..., two days after X shot down drones": X's act is
    only the background of another's occasion), nor in the possessive before a noun that names no occasion
    ("Y visited the front on Tuesday amid fears of encirclement by X's advancing forces": X owns the forces,
    it takes no part in the visit; "X's visit to Kyiv on Tuesday" is X's own occasion)."""
    out = []
    for p in _speaker_starts(doc, sent, f):
        phrase = max(sent.start, *(doc.mask.rfind(c, sent.start, p) + 1 for c in ",;\u2014"))
        owned = _POSSESSOR.match(doc.mask, mention_end(doc, p))
        if owned is not None and not _occasion_in(doc, owned.start(), owned.end()):
            continue  # the possessor of another noun ("encirclement by Russia's advancing force") takes no part
        if _cue("sequence").search(doc.mask, phrase, p) is None:
            out.append(p)
    if not out and _pronoun_subject(doc, sent, f):
        out.append(sent.start)
    return out or _voice_starts(doc, sent, f)


def _voice_starts(doc: Doc, sent: Sentence, f: Found) -> list[int]:
    """Where ``sent`` names, outside quotations, a body the speaker of ``f`` is the voice of (:func:`_voice_of`):
    "On Tuesday the Kremlin dismissed the claims. '...,' Kremlin spokesman X told reporters" (X's words are the
    Kremlin's saying of that day; not the state it is part of, whose other bodies have voices of their own)."""
    lo = bisect.bisect_left(doc.starts, sent.start)
    hi = bisect.bisect_left(doc.starts, sent.end)
    return [p for p in doc.starts[lo:hi] if not in_quote(doc, p) and _voice_of(f.speaker, doc.mentions[p].actor)]


def _office_of(body: Actor, person: Actor) -> bool:
    """Whether ``body`` is the office of ``person``: an organisation whose ``head`` (data/actors.toml) is the title
    the registry gives ``person`` in that body or in the state or organisation the body is part of (the Kremlin
    and the White House are the offices of Russia's and the United States' presidents, Downing Street of the
    British prime minister, a foreign ministry of its minister). Its statements give its head's words."""
    roles = _person_offices(person, body)
    registry = active_registry()
    head = registry.head_of(body.name) if roles else None
    return head is not None and any(
        registry.same_title(title, head) and registry.same_organisation(organisation, body.name)
        for title, organisation in roles
    )


def _person_offices(person: Actor, body: Actor) -> tuple[tuple[str, str], ...]:
    """The offices (title, body) the registry gives ``person`` in a body, where ``person`` is a person and
    ``body`` an organisation (else none): what :func:`_office_of` and :func:`_voice_of` read of ``body``."""
    if person.kind is not ActorKind.PERSON or body.kind is not ActorKind.ORGANISATION:
        return ()
    entry = active_registry().get(person.id)
    roles = entry.roles if entry is not None else ()
    return tuple((r.title, r.organisation) for r in roles if r.organisation is not None)


def _voice_of(person: Actor, body: Actor) -> bool:
    """Whether the registry gives ``person`` an office in ``body`` whose holder is its voice (a ``voice_title``
    cue: "Dmitry Peskov", the Kremlin's spokesperson), as :func:`_holds_office_in` reads it."""
    roles = _person_offices(person, body)
    registry = active_registry()
    organisation = registry.organisation(body.name) if roles else None
    if organisation is None:
        return False
    voices = _cue_words("voice_title")
    return any(title in voices and registry.organisation(office) == organisation for title, office in roles)


_SUBJECT_PRONOUN: Final = re.compile(r"\s*(?:He|She)\s+(?=[a-z])")
_PRONOUN_BACK: Final = 2  # sentences back the person a subject pronoun refers to may be named in


def _pronoun_subject(doc: Doc, sent: Sentence, f: Found) -> bool:
    """Whether ``sent`` opens with "He"/"She" as its subject and the last person named before it (outside
    quotations and the words of ``f``, in the two sentences before) is the speaker of ``f``: the speaker is the
    sentence's subject ("X will arrive on Friday. He told journalists in Brussels on Monday ... According to
    X, ...", "X said he would host Y. He made the announcement on Monday": Y is named in X's reported words,
    no subject there; twentieth session)."""
    if _SUBJECT_PRONOUN.match(doc.mask, sent.start, sent.end) is None:
        return False
    si = sentence_index(doc, sent)
    lo = doc.sentences[max(0, si - _PRONOUN_BACK)].start
    i = bisect.bisect_left(doc.starts, sent.start) - 1
    while i >= 0 and doc.starts[i] >= lo:
        mention = doc.mentions[doc.starts[i]]
        if (
            mention.actor.kind is ActorKind.PERSON
            and not in_quote(doc, mention.start)
            and not f.start <= mention.start < f.end
        ):
            return mention.actor.id == f.speaker.id
        i -= 1
    return False


def _occasion_before_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule occasion-before (reason ``occasion before:``).

    Dates when: the statement has no date of its own (a source's, "according to X", only by X's own saying:
    "He told journalists on Monday ... According to X, ...", also one named by a noun for words after a light
    verb: "X on Thursday made new statements about ... According to him, ..."), reports one act in the
    past (:func:`one_act` with ``present``: not "has said", "says", "often says"), says no other time ("Later, X
    said": ``another_time``), and one of the three sentences before it (none between with a statement of another
    occasion, but another's undated source, "..., according to NATO officials", is no saying that ends it; a
    sentence naming the speaker with no date and no saying may come between, or one that opens by
    pointing back to an occasion, "In his address, X emphasized ...": :func:`_at_that_occasion`) names its
    speaker (or opens with "He"/"She" after naming no other person since, outside quotations and the
    statement's own words: :func:`_pronoun_subject`; a
    sentence between that recalls another's standing view, "Y has long argued that ...", ends the search:
    :func:`_others_saying`), exactly
    one day that is not a background, planned, possessed, reduced or relative clause's day (as
    for occasion-in-sentence; a day modifying a noun after an article, "announced a Christmas truce", is that
    noun's: :func:`_attributive`), and an occasion one speaks at that took place: a meeting, visit, summit or
    announcement trigger, a taking of office, speech, address, debate or interview of
    ``data/speaking_occasions.tsv`` ("addressed the nation on Wednesday", "gave the hint in an interview on
    Sunday"), or the
    speaker's own saying ("Iwaya met Rutte on June 24. Rutte said ...", "The minister made the announcement on
    Tuesday. '...,' he said during the press conference"; a label verb in the past is one too, "X on Wednesday
    slammed the cuts", and a body's saying is its voice's, "On Tuesday the Kremlin dismissed the report. '...,'
    Kremlin spokesman X told reporters": :func:`_speaker_says_in`, :func:`_voice_starts`; sdateb27); or, for an
    office, a saying its own sentence dates of the person whose office it is, which its statement gives in
    writing ("President X on Monday thanked the mediators for their 'tireless work'. '...,' the Kremlin said in a
    statement": :func:`_head_says_in`, :func:`_office_of`; sdate30).

    Fires wrongly, guarded: the occasion is another speaker's (the speaker is not named in it, or only
    after a ``sequence`` cue in its phrase: "NATO on Friday announced ..., two days after X shot down
    drones", or only as the possessor of another noun: "amid fears of encirclement by X's forces",
    :func:`_participant_starts`); it is
    still to come or only intended ("Rutte will visit Oslo on Friday", "is due to meet", "hopes to meet":
    ``plan``); it has two days
    ("visited Oslo on Tuesday and Bergen on Wednesday", "met Y on Tuesday and will visit Kyiv on Friday":
    only a day right after the speaker's name or its verb of saying, a one-word object between or none, or in
    a fronted phrase decides: "X announced plans on Thursday to meet Y on Friday", :func:`_right_after`);
    the speaker is only the object of another's saying ("Zelensky thanked Tusk on Tuesday"); the statement
    names a channel of its own the occasion does not (an interview, a written statement, a post, a radio:
    :func:`_own_channel`), or a sentence after the occasion names a written channel it does not ("X arrived
    in Oslo on Tuesday. In a statement on Telegram, X named ... '...,' he said": ``written_channel`` cues,
    :func:`_channel_words`), unless the occasion is the speaker's own saying or an announcement (or the
    saying of the person whose office the speaker is), whose words a written channel gives, named after it or
    in the statement's own attribution (:func:`_says_there`: "X congratulated Y on Tuesday. X shared the message
    on X."; "X on Tuesday outlined the plan. '...,' she said in a letter to the leaders": sdate30); its
    sentence takes the occasion as what the words are about ("X described the talks as ...", "Commenting on
    the meeting, X said": :func:`_about_occasion`); it reports no one act.
    Left open: a meeting and a later briefing the same speaker gives on another day with nothing in the
    text to say so."""
    out = list(found)
    by_sentence = _indices_by_sentence(out)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or not _date_in_sentences_before(doc, f.sentence, _OCCASION_SENTENCES):
            continue  # (no date in the sentences before: no dated occasion there, _occasion_day)
        if _another_time(doc, f) or not one_act(doc, f, present=True) or _before_occasion(doc, f):
            continue  # "Later, X said ...", "X has said ...", "X said ahead of the talks": another time
        channels = _channel_words(doc, *_outside_words(doc, f), found)
        for back in range(1, _OCCASION_SENTENCES + 1):
            si = f.sentence - back
            if si < 0 or _search_ends(doc, out, by_sentence.get(si, ()), si, f):
                break
            sent = doc.sentences[si]
            named = _channel_words(doc, sent.start, sent.end, found)
            head = _head_says_in(out, by_sentence.get(si, ()), f)
            if head or _participant_starts(doc, sent, f):
                occasion = _occasion_for(doc, sent, f, head=head, channels=(channels, named))
                day = _occasion_day(doc, sent, found, f) if occasion else None
                if day is not None and day.value.granularity not in (_DAY_OR_TIME if back > 1 else _SENTENCE_AFTER):
                    day = None  # a month's or week's occasion dates only the sentence right after it, a year's none
                if day is not None and not _in_other_clause(doc, sent, day):
                    evidence = _HEAD_SAYING if head else "the dated occasion the text names before"
                    when = _dated(day, _BEFORE_REASON, evidence)
                    out[i] = _day_of_saying(f._replace(when=when))
                if day is not None or _has_date(doc, sent):
                    break
                if _saying().search(doc.mask, sent.start, sent.end) and not _at_that_occasion(doc, sent):
                    break  # a sentence naming the speaker with no date and no saying may lie between, or one
                    # that says what the speaker said at that occasion ("In his address, X emphasized ...")
            elif _others_saying(doc, sent):
                break  # background: another's standing view ("Y has long argued that ...")
            channels |= named
    return out


def _channel_words(doc: Doc, start: int, end: int, found: list[Found]) -> frozenset[str]:
    """The written channels (``written_channel`` cues: "statement", "post", "Telegram"; not a broadcast or a
    speech, which can carry the words of an occasion) that ``doc.mask[start:end]`` names outside quotations
    and reported words, lower case."""
    words = _words_spans(found)
    return frozenset(
        m.group().casefold()
        for m in _cue("written_channel").finditer(doc.mask, start, end)
        if not in_quote(doc, m.start()) and not words.inside(m.start())
    )


def _occasion_for(
    doc: Doc, sent: Sentence, f: Found, *, head: bool, channels: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Whether ``sent`` (naming the speaker of ``f`` or, with ``head``, holding the saying of the person whose
    office the speaker is: :func:`_head_says_in`) names an occasion whose words ``f`` may give: one the speaker
    speaks at (:func:`_names_occasion`; a source's words, "according to X", only by X's own saying: "He told
    journalists on Monday ... According to X, ..."), not the topic of the words (:func:`_about_occasion`), and
    with no channel of ``f``'s own (:func:`_own_channel`) but, where the occasion is a saying or an announcement
    (:func:`_says_there`) or the head's saying, the written one that gives its words ("X on Tuesday outlined the
    plan. '...,' she said in a letter to the leaders"; sdate30; words after a speech verb with its day beside it,
    "X announced on Tuesday ...", are rule saying-before's: :func:`_day_of_saying_in`), never an interview; and the
    written channels ``channels`` gives (those of ``f``'s attribution and of the sentences after ``sent``, and
    those ``sent`` names) show no channel named after the occasion that it does not name, but where it is a
    saying or an announcement ("X congratulated Y on Tuesday. X shared the message on X. '...,' X wrote")."""
    if not (head or _names_occasion(doc, sent, f, said=f.rule.startswith(_ACCORDING))):
        return False
    there = head or _says_there(doc, sent, f)
    said_that_day = not head and _day_of_saying_in(doc, sent, f.speaker.id) is not None
    if _own_channel(doc, sent, f, written=said_that_day or not there) or _about_occasion(doc, f, sent):
        return False
    after, named = channels
    return there or after <= named


def _head_says_in(found: list[Found], ks: Sequence[int], f: Found) -> bool:
    """Whether a statement ``found[k]`` (``k`` in ``ks``, the statements of one sentence) is a saying its own
    sentence dates of the person whose office the speaker of ``f`` is (:func:`_office_of`): "President X on
    Monday thanked the mediators for their 'tireless work'. '...,' the Kremlin said in a statement" (the
    office gives the words of its head's saying that day; sdate30)."""
    return any(_office_saying(found[k], f) for k in ks)


def _office_saying(g: Found, f: Found) -> bool:
    """Whether ``g``, dated from its own sentence, is the saying of the person whose office the speaker of ``f``
    is (:func:`_office_of`)."""
    return _said_in_own_clause(g) and _office_of(f.speaker, g.speaker)


def _says_there(doc: Doc, sent: Sentence, f: Found) -> bool:
    """Whether the occasion ``sent`` names is a saying of the speaker of ``f`` (:func:`_speaker_says_in`) or
    an announcement ("X congratulated Y on Tuesday. X shared the message on Telegram. '...,' X wrote."),
    whose words a written channel named after it may give; words given in a written channel named after
    a meeting or visit were not said there ("X met Y on Tuesday. In a post on Telegram, X said ...")."""
    return _speaker_says_in(doc, sent, f) or "announcement" in _occasion_kinds(doc, sent.start, sent.end, first=False)


def _indices_by_sentence(found: list[Found]) -> dict[int, list[int]]:
    """Sentence -> the indices into ``found`` of the statements in it."""
    out: dict[int, list[int]] = {}
    for k, g in enumerate(found):
        out.setdefault(g.sentence, []).append(k)
    return out


def _ends_occasion(found: list[Found], k: int, f: Found) -> bool:
    """Whether the statement ``found[k]``, in a sentence between an occasion and ``f``, ends the search for
    ``f``'s occasion: a statement ends it, unless the occasion dated it too (or it goes on from a statement the
    occasion dated) and another took part in it ("X met Y on June 24. Y said ... He added ... X said ..."): no
    chain through the same speaker, unless that speaker's dated statement tells the same addressee as ``f`` ("X
    told Y on Thursday that ... '...,' X told Y during the meeting": one exchange, whose day the sentence of the
    first telling gives); another's undated source ("..., according to NATO officials", "..., reported the
    New York Times") is no saying.
    (Asked of the statements of the three sentences before ``f`` only, not of every statement per statement.)"""
    g = found[k]
    if g.when is None and g.speaker.id != f.speaker.id and g.rule.startswith(_SOURCE_RULES):
        return False
    if g.speaker.id == f.speaker.id and g.when is not None and set(g.addressees) & set(f.addressees):
        return False  # the same speaker telling the same addressee again: the exchange goes on (twelfth session)
    return g.speaker.id == f.speaker.id or not (_occasion_before_dated(g) or _goes_on_from_occasion(found, k))


def _search_ends(doc: Doc, found: list[Found], ks: Sequence[int], si: int, f: Found) -> bool:
    """Whether a statement ``found[k]`` of sentence ``si`` (``k`` in ``ks``), between an occasion and ``f``,
    ends the search for ``f``'s occasion (:func:`_ends_occasion`); not where all of them are ``f``'s speaker's
    and the sentence opens by pointing back to the occasion ("X spoke at Y on D. In his address, X emphasized
    ... X urged ..."): what the speaker said there was said at that occasion (eighteenth session)."""
    if not any(_ends_occasion(found, k, f) and not _office_saying(found[k], f) for k in ks):
        return False  # (the saying of the person whose office the speaker is: the occasion itself, sdate30)
    return not (_at_that_occasion(doc, doc.sentences[si]) and all(found[k].speaker.id == f.speaker.id for k in ks))


def _occasion_before_dated(g: Found) -> bool:
    """Whether the occasion-before rule dated ``g``."""
    return g.when is not None and g.when.value.reason.startswith(_BEFORE_REASON)


def _goes_on_from_occasion(found: list[Found], k: int) -> bool:
    """Whether ``found[k]``, undated, follows in the next sentence a statement of its speaker that the
    occasion-before rule dated ("X and Y briefed reporters on Sunday. X called the talks '...'. He said
    ..."): the continuing-quote rule will give it that occasion's day, so it does not end the occasion for
    the other participant's words after it ("Y echoed that ...")."""
    g = found[k]
    if g.when is not None or k == 0:
        return False
    prev = found[k - 1]
    return prev.speaker.id == g.speaker.id and prev.sentence == g.sentence - 1 and _occasion_before_dated(prev)


def _others_saying(doc: Doc, sent: Sentence) -> bool:
    """Whether ``sent`` opens with another actor as the subject of a verb of saying in a perfect or a habit
    and names no day: it recalls that actor's standing view ("Y has long argued that ..."), background that
    leaves the occasion the text told before."""
    lo = bisect.bisect_left(doc.starts, sent.start)
    if lo >= len(doc.starts) or doc.starts[lo] >= sent.end or _has_date(doc, sent):
        return False
    p = doc.starts[lo]
    if _SUBJECT_BEFORE.fullmatch(doc.mask, sent.start, p) is None:
        return False
    verb = _saying().search(doc.mask, mention_end(doc, p), sent.end)
    if verb is None or in_quote(doc, verb.start()):
        return False
    habit = _cue("not_one_act", r"(?:\s+[a-z]+){0,2}\s+$")
    return habit.search(doc.mask, max(sent.start, verb.start() - 40), verb.start()) is not None


# A fronted phrase that points back to an occasion the text named ("In his address,", "During the talks,").
_AT_THAT: Final = re.compile(
    r"\s*(?:in|during|at)\s+(?:his|her|their|its|the|this|that)\s+(?P<occasion>(?:[\w-]+\s+){0,2}?[\w-]+)\s*,",
    re.IGNORECASE,
)


def _at_that_occasion(doc: Doc, sent: Sentence) -> bool:
    """Whether ``sent`` opens by pointing back to an occasion one speaks at ("In his address, X emphasized
    ...", "During the talks, X said ..."): what it tells was said at the occasion the text named before."""
    m = _AT_THAT.match(doc.mask, sent.start, sent.end)
    return m is not None and _occasion_in(doc, m.start("occasion"), m.end("occasion"))


# In a statement's attribution, a definite phrase that places the words at an occasion the text named before
# ("During the meeting,", "speaking at the opening of the summit", "said at the talks"): up to three words
# ("the annual high-level meeting", "the opening of the summit") before the occasion's noun.
_POINTER: Final = re.compile(r"\b(?:during|at|in)\s+(?:the|this|that)\s+", re.IGNORECASE)
_NEXT_WORD: Final = re.compile(r"[\w-]+\s+")
_POINTER_WORDS: Final = 3  # words a pointer may have between its determiner and the occasion's noun


def _pointed_occasion(doc: Doc, f: Found) -> str | None:
    """The noun of the occasion the attribution of ``f`` places its words at with a definite phrase ("During
    the meeting, X said", "Speaking at the opening of the summit, X said"): a meeting, visit, summit or
    announcement trigger, or a speech or debate (:func:`_occasion_in`), up to three words after it."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    lex = event_lexicon()
    start, end = _outside_words(doc, f)
    for m in _POINTER.finditer(doc.mask, start, end):
        at = m.end()
        for _ in range(_POINTER_WORDS + 1):
            trigger = lex.trigger.match(doc.mask, at, end)
            if trigger is not None and _occasion_in(doc, trigger.start(), trigger.end()):
                return " ".join(trigger.group().split()).casefold()
            word = _NEXT_WORD.match(doc.mask, at, end)
            if word is None:
                break
            at = word.end()
    return None


def _pointed_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule occasion-pointed (reason ``occasion pointed:``).

    Dates when: the statement has no date of its own, reports one act in the past at no other time and is
    no source's, and its attribution places the words at an occasion with a definite phrase ("During the
    meeting, X said ...", "Speaking at the opening of the summit, X said": :func:`_pointed_occasion`), and
    one of the three sentences before it names that same occasion noun and exactly one day that is the
    time of what it reports (as for occasion-in-sentence: not a background, planned, possessed or relative
    clause's day): "On Wednesday, Y held a meeting with the generals. During the meeting, X said ...". The
    definite article refers back to the occasion the text named, so the speaker need not be named there
    (occasion-before asks that): the words were said at it, on its day.

    Fires wrongly, guarded: an occasion still to come or in the background ("ahead of the summit on
    Thursday", "the summit will open on Friday": ``background``/``plan``); another occasion of the same
    noun without a day named closer (the nearest sentence naming the noun with a day decides, one with
    several days decides nothing); words said at another time ("Later, during the meeting, X said").
    Left open: two occasions of the same noun on different days, the later named first."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or f.rule.startswith(_NOT_SAID_THAT_DAY):
            continue
        if not _date_in_sentences_before(doc, f.sentence, _OCCASION_SENTENCES):
            continue  # (no date in the sentences it may point back to: no dated occasion, _occasion_day)
        noun = _pointed_occasion(doc, f)
        if noun is None or _another_time(doc, f) or not one_act(doc, f, present=True):
            continue
        named = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        for si in range(f.sentence - 1, max(-1, f.sentence - 1 - _OCCASION_SENTENCES), -1):
            sent = doc.sentences[si]
            if named.search(doc.mask, sent.start, sent.end) is None:
                continue
            day = _occasion_day(doc, sent, found)
            if day is not None and not _in_other_clause(doc, sent, day):
                when = _dated(day, _POINTED_REASON, "the dated occasion its words are placed at")
                out[i] = _day_of_saying(f._replace(when=when))
                break
            if day is not None:
                break
    return out


_REFERRED_REASON: Final = "occasion referred:"
_REFERRED_BACK: Final = 3  # sentences before the pointer the dated occasion may be in


def _pointed_kind(doc: Doc, sent: Sentence) -> str | None:
    """The event kind of the occasion ``sent`` opens by pointing back to ("In his speech," -> "other",
    "During the talks," -> "meeting"), if it does."""
    m = _AT_THAT.match(doc.mask, sent.start, sent.end)
    kinds = _occasion_kinds(doc, m.start("occasion"), m.end("occasion")) if m is not None else set()
    return next(iter(kinds), None)


def _pointer_sentence(doc: Doc, found: list[Found], f: Found) -> Sentence | None:
    """The sentence that opens by pointing back to an occasion one speaks at (:func:`_at_that_occasion`: "In
    his speech,", "During the talks,") for the words of ``f``: their own sentence, or the sentence right before
    it when that one names the speaker, has no statement of another speaker, and the words' sentence opens
    with a subject pronoun or names the speaker ("During the talks, X invited Y. He called for ...")."""
    sent = doc.sentences[f.sentence]
    if _pointed_kind(doc, sent) is not None:
        return sent
    if f.sentence == 0:
        return None
    before = doc.sentences[f.sentence - 1]
    if _pointed_kind(doc, before) is None or not _speaker_starts(doc, before, f):
        return None
    if any(g.sentence == f.sentence - 1 and g.speaker.id != f.speaker.id for g in found):
        return None
    opens = _SUBJECT_PRONOUN.match(doc.mask, sent.start, sent.end) is not None
    return before if opens or _speaker_starts(doc, sent, f) else None


def _referred_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule occasion-referred (reason ``occasion referred:``).

    Dates when: the statement has no date of its own, reports one act in the past at no other time and is
    no source's, its sentence (or the sentence right before it, which names the speaker: "During the talks,
    X invited Y to visit. He called for ...") opens by pointing back to an occasion one speaks at with a
    possessive or definite phrase ("In his speech,", "During the talks,": :func:`_pointer_sentence`), and
    the nearest sentence before that one with a date (of the three before it) names an occasion one speaks
    at (a meeting, visit, summit or announcement trigger, a speech, debate or taking of office:
    :func:`_occasion_kinds`) that the pointer may name (a gathering of the same kind, "the talks" for a
    meeting; one's speech or address at any) and exactly one day that is the time of what it reports (as for
    occasion-in-sentence): "On Saturday, the second day of the conference began. In his speech, X called
    on ...". The phrase refers back to the occasion the text just dated, even by another noun ("the talks"
    after "their bilateral meeting") and without naming the speaker there (occasion-before asks that).

    Fires wrongly, guarded: an occasion still to come or in the background (``plan``, ``background``: "ahead
    of the summit on Thursday"); a gathering of another kind ("held a meeting ... During the summit,");
    a nearer sentence with another date (the story has moved: the search stops at
    the first sentence with a date); a pointer that is no occasion ("In the past,", "At the same time,",
    "In his opinion,"); words at another time ("Later, in his speech, X said"); a statement of another speaker
    between the pointer and the words. Left open: a speech given on another day than the occasion the
    sentence before dates, with nothing in the text to say so."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or f.rule.startswith(_NOT_SAID_THAT_DAY):
            continue
        pointer = _pointer_sentence(doc, found, f)
        if pointer is None or _another_time(doc, f) or not one_act(doc, f, present=True):
            continue
        pi, kind = sentence_index(doc, pointer), _pointed_kind(doc, pointer)
        for si in range(pi - 1, max(-1, pi - 1 - _REFERRED_BACK), -1):
            sent = doc.sentences[si]
            if not _has_date(doc, sent):
                continue
            kinds = _occasion_kinds(doc, sent.start, sent.end, first=False)
            # a gathering named by another kind of gathering is another occasion ("held a meeting ... During the
            # summit"); one's speech or address is part of any
            fits = kind in kinds or (kinds and kind not in _GATHERINGS)
            day = _occasion_day(doc, sent, found) if fits else None
            if day is not None and len(day.value.timex) == len("2025-01-01") and not _in_other_clause(doc, sent, day):
                when = _dated(day, _REFERRED_REASON, "the dated occasion its sentence refers back to")
                out[i] = _day_of_saying(f._replace(when=when))
            break
    return out


_FOLLOWED_REASON: Final = "occasion followed:"
_FOLLOWED_WORDS: Final = 40  # characters after the determiner the occasion's noun may stand in


def _follows_occasion(doc: Doc, f: Found) -> bool:
    """Whether the attribution of ``f`` says the words came right after an occasion the text referred to
    already ("Speaking after the talks,", "said at a briefing following the meeting", "After the summit
    wrapped,": a ``follows`` cue, a determiner that points back, and an occasion one speaks at or a general
    ``occasion_noun``, "after the event"): the mirror of :func:`_before_occasion`."""
    start, end = _outside_words(doc, f)
    nouns = _cue("occasion_noun")
    for m in _cue("follows", r"\s+(?:the|this|that|his|her|their|its)\s+").finditer(doc.mask, start, end):
        stop = min(end, m.end() + _FOLLOWED_WORDS)
        if _occasion_in(doc, m.end(), stop) or nouns.search(doc.mask, m.end(), stop) is not None:
            return True
    return False


def _gathering_in(doc: Doc, sent: Sentence) -> bool:
    """Whether ``sent`` names a gathering one speaks at (a meeting, visit or summit trigger in its form, or a
    speech, debate or taking of office of ``data/speaking_occasions.tsv``), not only a telling of someone
    ("X told Y on Tuesday that ...": a saying, not an occasion that words can follow)."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    lex = event_lexicon()
    for m in lex.trigger.finditer(doc.mask, sent.start, sent.end):
        form = " ".join(m.group().split()).casefold()
        kind = lex.kinds.get(form)
        if kind is None or kind[1] == "telling":
            continue
        if form in _speaking_occasions() or (kind[0].value in _GATHERINGS and _trigger_form(doc, m, kind[1])):
            return True
    return False


def _other_than_occasion(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether ``day`` stands in another clause than that of what ``sent`` reports (:func:`_in_other_clause`),
    except a reduced relative clause on an occasion's noun, which dates the occasion itself ("at a summit held
    in London on Sunday")."""
    if not _in_other_clause(doc, sent, day):
        return False
    m = _reduced().search(doc.mask, max(sent.start, day.start - 80), day.start)
    return (
        m is None
        or not _occasion_in(doc, m.start(), m.end())
        or _RELATIVE.search(doc.mask, sent.start, day.start) is not None
        or _report_clause().search(doc.mask, sent.start, day.start) is not None
        or _POSSESSED.search(doc.mask, max(sent.start, day.start - 60), day.start) is not None
    )


def _followed_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule occasion-followed (reason ``occasion followed:``).

    Dates when: the statement has no date of its own, reports one act in the past at no other time and is
    no source's, its attribution says the words came right after an occasion the text referred to already
    (:func:`_follows_occasion`: "Speaking to reporters after the talks, X said", "X told a news conference
    following the meeting", "after the event"), and the nearest sentence before it with a date (of the three
    before) names an occasion one speaks at (:func:`_occasion_kinds`) and exactly one day that is the time
    of what it reports (as for occasion-in-sentence: not a background, planned, possessed or relative
    clause's day): "Leaders met in Rome on Sunday. Speaking after the meeting, X said ...". Remarks after a
    meeting, summit or visit come at its end, on its day: the press conference after talks. The definite
    phrase refers back to the occasion the text just dated, so the speaker need not be named there.

    Fires wrongly, guarded: an occasion still to come or in the background (``plan``, ``background``:
    "ahead of the summit on Thursday"); a nearer sentence with another date (the story has moved: the
    search stops at the first sentence with a date); a sentence with a date that names no occasion; a day
    coarser than a day ("In March, the leaders met"); words at another time ("Days after the summit, X
    said", "Later, after the talks, X said": ``another_time``); words of an interview
    (:func:`_names_interview`: "In an interview with the agency after the meeting, X said"), given to an
    outlet after the occasion but not at it, on a day the text does not give (the real gold leaves them
    undated, sdate27). Left open: remarks the day after an evening occasion with nothing in the text to say
    so."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or f.rule.startswith(_NOT_SAID_THAT_DAY):
            continue
        if not _follows_occasion(doc, f) or _another_time(doc, f) or not one_act(doc, f, present=True):
            continue
        if _names_interview(doc, f):
            continue  # "In an interview with the agency after the meeting, X said": given when the outlet chose
        for si in range(f.sentence - 1, max(-1, f.sentence - 1 - _OCCASION_SENTENCES), -1):
            sent = doc.sentences[si]
            if not _has_date(doc, sent):
                continue
            day = _occasion_day(doc, sent, found) if _gathering_in(doc, sent) else None
            if (
                day is not None
                and len(day.value.timex) == len("2025-01-01")
                and not _other_than_occasion(doc, sent, day)
            ):
                when = _dated(day, _FOLLOWED_REASON, "the dated occasion its words follow")
                out[i] = _day_of_saying(f._replace(when=when))
            break
    return out


_GATHERED_REASON: Final = "gathering day:"


def _gathered(doc: Doc, f: Found, spots: list[tuple[int, int]] | None = None) -> bool:
    """Whether the attribution of ``f`` says the words were said aloud at a gathering (its medium or venue is
    one, :func:`_gathering`: "said at a news conference after the ministers' talks", "in the opening plenary
    session", "during the meeting on the measure"; or it places them at a meeting or summit,
    :func:`_at_gathering`), not in an interview, nor a gathering a relative clause on the speaker names ("This
    was stated by X, who had attended the meeting as well": where the speaker was, not where the words were said).
    ``spots``: the sentence's gathering triggers (:func:`_gathering_spots`), when the caller asks about many
    statements of one sentence."""
    if f.medium is None:
        return _at_gathering(doc, f, spots) and not _names_interview(doc, f)
    if not _gathering(f.medium) or _names_interview(doc, f):
        return False
    at = doc.text.find(f.medium, doc.sentences[f.sentence].start)  # in the attribution, after the words or not
    if at < 0:
        return True
    return _COMMA_RELATIVE.search(doc.mask, doc.sentences[sentence_holding(doc, at)].start, at) is None


def _own_sentence_dated(doc: Doc, f: Found) -> bool:
    """Whether the sentence of ``f`` names a date outside its words and quotations (the rules that read the
    own sentence decide it then)."""
    sent = doc.sentences[f.sentence]
    return any(
        not f.start <= d.start < f.end and not in_quote(doc, d.start)
        for d in dates_starting_in(doc, sent.start, sent.end)
    )


def _one_day_before(doc: Doc, found: list[Found], f: Found) -> DateMention | None:
    """The one day the sentences before ``f`` (up to three) name as the time of what they report
    (:func:`_occasion_day` of each sentence with a date), if they name no other: none where a sentence with a
    date gives no such day (several, or only a background's) or two give different days."""
    days: list[DateMention] = []
    for si in range(f.sentence - 1, max(-1, f.sentence - 1 - _OCCASION_SENTENCES), -1):
        sent = doc.sentences[si]
        named = [
            d
            for d in dates_starting_in(doc, sent.start, sent.end)
            if _DAY_VALUE.fullmatch(d.value.timex) and not in_quote(doc, d.start) and not _stamp(doc, d)
        ]
        if not named:
            continue
        day = _occasion_day(doc, sent, found)
        if day is None or len(day.value.timex) != len("2025-01-01"):
            return None
        if _day_of_saying_in(doc, sent, f.speaker.id) is not None:
            return None  # "X said Wednesday ... . X, speaking at a meeting of the group, stated": saying-before's
        days.append(day)
    if len({d.value.timex for d in days}) != 1:
        return None
    return days[-1]


def _occasion_of_day(doc: Doc, day: DateMention, f: Found) -> bool:
    """Whether the sentence of ``day`` names an occasion one speaks at (:func:`_occasion_in`: a meeting, visit,
    summit or announcement, a speech, a briefing) or the speaker of ``f`` taking part in what it reports
    (:func:`_participant_starts`): the gathering may be part of it; not only something others did ("Drones
    struck the port on Monday. At a briefing, X said ...": the briefing's day is not given)."""
    sent = doc.sentences[sentence_holding(doc, day.start)]
    return _occasion_in(doc, sent.start, sent.end) or bool(_participant_starts(doc, sent, f))


def _points_elsewhere(doc: Doc, f: Found, day: DateMention) -> bool:
    """Whether the attribution of ``f`` points back with a definite phrase to an occasion of another kind than
    the ones the sentence of ``day`` names ("On Tuesday, Y held a meeting. During the summit, X said ...": that
    summit is another occasion, whose day the text did not give)."""
    if _pointed_occasion(doc, f) is None:
        return False
    sent = doc.sentences[sentence_holding(doc, day.start)]
    pointed = _occasion_kinds(doc, *_outside_words(doc, f))
    return not pointed <= _occasion_kinds(doc, sent.start, sent.end, first=False)


def _gathered_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule gathering-day (reason ``gathering day:``; twenty-ninth session, sdateb29).

    Dates when: the statement has no date of its own, reports one act in the past at no other time, is no
    source's, its attribution places the words at a gathering where they were said aloud (:func:`_gathered`:
    "said at a news conference after the ministers' talks", "In the opening plenary session, X announced",
    "During the meeting on the measure, X stated"), its own sentence names no date outside its words, and
    the sentences before it (up to three) name exactly one day as the time of what they report, in a sentence
    that names an occasion one speaks at or the speaker taking part (:func:`_occasion_of_day`), with no
    statement before it dated to another day: "NATO ministers met on Wednesday. '...,' X said at a
    news conference after the talks". The gathering is the story's occasion, whose only day the text gave before
    (the speaker need not be named there, nor the gathering by the same noun: the rules occasion-pointed and
    occasion-followed ask that).

    Fires wrongly, guarded: a gathering still to come or before the occasion ("ahead of the talks":
    :func:`_before_occasion`; "will meet on Friday": ``plan``); an interview (given when the outlet chose);
    words at another time ("Later, at a press conference, X said"); two days named before (which one is the
    gathering's?); a sentence before with a day that is not the time of what it reports (a background or a
    plan: the story may have moved); a day only of something that happened ("Drones struck the port on Monday.
    At a briefing, X said ..."); a definite phrase pointing back to an occasion of another kind ("held a
    meeting ... During the summit,": :func:`_points_elsewhere`); a quotation alone in its sentence (rule
    continuing-quote's); another statement before dated to another day. Left open: a gathering on
    another day than the one the text names, with nothing in the text to say so."""
    out = list(found)
    spots: dict[int, list[tuple[int, int]]] = {}  # by sentence: read once, however many statements it holds
    for i, f in enumerate(out):
        if f.when is not None or f.headline or f.rule.startswith((*_NOT_SAID_THAT_DAY, CONTINUING_QUOTE)):
            continue  # (a quotation alone in its sentence goes on from the statement before: continuing-quote's)
        if f.sentence not in spots:
            spots[f.sentence] = _gathering_spots(doc, f.sentence)
        if not _gathered(doc, f, spots[f.sentence]) or _another_time(doc, f) or not one_act(doc, f, present=True):
            continue
        if _before_occasion(doc, f) or _own_sentence_dated(doc, f):
            continue
        day = _one_day_before(doc, found, f)
        if day is None or _points_elsewhere(doc, f, day) or not _occasion_of_day(doc, day, f):
            continue
        if any(g.when is not None and not _same_day(g, day) for g in out[:i]):
            continue
        when = _dated(day, _GATHERED_REASON, "the one day the text names before its gathering")
        out[i] = _day_of_saying(f._replace(when=when))
    return out


_AFTER_REASON: Final = "occasion after:"
# A determiner that points back to what the text just reported ("made the announcement", "this statement").
_ANAPHORIC: Final = re.compile(r"\b(?:the|this|these|that|those)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


# A verb of saying whose object points back to the words just reported ("said this", "stated this"), or whose
# topic does ("wrote about it", "spoke about this": the words just reported, what the speaker wrote; sdate28).
_SAID_THIS: Final = re.compile(
    rf"\s+(?:this|so|about\s+(?:it|this))\b(?!\s+(?:[a-z]+\s+)?(?:{_alternation('not_said_this_verb')})\b)",
    re.IGNORECASE,
)


def _names_said_occasion(doc: Doc, sent: Sentence) -> bool:
    """Whether ``sent`` refers back to an announcement or the words themselves ("X made the announcement
    ...", "X made the comments Wednesday ..."): a trigger of kind announcement in
    ``data/event_triggers.tsv``, or a ``said_noun`` cue ("remarks", "comments"), after "the/this", or a verb
    of saying with "this" as its object ("She said this on Monday as she arrived at the summit")."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    for m in _cue("said_noun").finditer(doc.mask, sent.start, sent.end):
        if _ANAPHORIC.search(doc.mask, sent.start, m.start()):
            return True
    for m in _saying().finditer(doc.mask, sent.start, sent.end):
        if _SAID_THIS.match(doc.mask, m.end()):
            return True  # "X said this on Tuesday": the words just reported, referred back to
    lex = event_lexicon()
    for m in lex.trigger.finditer(doc.mask, sent.start, sent.end):
        kind = lex.kinds.get(" ".join(m.group().split()).casefold())
        if kind is not None and kind[0].value == "announcement" and _ANAPHORIC.search(doc.mask, sent.start, m.start()):
            return True
    return False


def _names_own_occasion(doc: Doc, sent: Sentence, f: Found) -> bool:
    """Whether ``sent``, which names the speaker of ``f`` and no statement, names the occasion a person
    speaks at (:func:`speaking_occasion_in`): "X said ... X spoke in a radio interview on Tuesday", "X
    acknowledged the halt on Wednesday during an interview", "In an interview on Friday, X was asked about
    ...". Only a person's: a sentence naming a state or a body ("the Ukrainian capital") and a debate is
    about the state, not its saying. A source line ("Source: X in a speech on DAY") is left to rule
    source-line, which reads it."""
    if f.speaker.kind is not ActorKind.PERSON or _cue("source_label", r"\s*:").match(doc.text, sent.start, sent.end):
        return False
    return speaking_occasion_in(doc, sent)


def _occasion_after_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule occasion-after (reason ``occasion after:``).

    Dates when: the sentence after one or two sentences of the same speaker's undated statements (no other
    speaker's between) has no statement but the speaker's own words after its day ("X made the remarks on
    Friday, stressing that ...": twentieth session), names the speaker and exactly one day (as for occasion-in-sentence,
    not planned: "will make the announcement on Friday"), and refers back to the saying itself: an
    announcement trigger or a ``said_noun`` cue after "the/this/these/that/those" ("X said ... Ukraine should
    sign by Thursday. X made the announcement in a radio interview on Friday.", "X made the remarks Tuesday
    at a briefing"), or, for a person, names the occasion one speaks at (``data/speaking_occasions.tsv``:
    "X says ... X spoke in a radio interview on Tuesday", "In an interview on Friday, X was asked about
    ...": :func:`_names_own_occasion`; fourteenth session). Those statements take that day; the explicit
    reference to the act dates even a present "says".

    Fires wrongly, guarded: a new announcement about something else ("made an announcement about tariffs", "made
    similar comments": no anaphoric determiner); an announcement to come (``plan``); another speaker's
    statements between; an interview still to come ("will give an interview on Friday": ``plan``); a state
    or a body as the speaker (a sentence about the state: only a person's occasion). Left open: "the
    announcement" referring to an earlier announcement than the statements before it; an interview the
    sentence after reports about something else than the words before it."""
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(found):
        by_sentence.setdefault(f.sentence, []).append(i)
    out = list(found)
    for si, sent in enumerate(doc.sentences):
        if si == 0:
            continue
        run: list[int] = []
        for back in range(1, _OCCASION_SENTENCES + 1):
            here = by_sentence.get(si - back, [])
            if not here or any(out[i].speaker.id != out[here[0]].speaker.id for i in here):
                break
            run.extend(i for i in here if out[i].when is None and not out[i].headline)
        # the cheap tests first: most sentences follow no undated statement (the cue patterns read the sentence),
        # and a sentence with no date names no dated occasion (_occasion_day)
        if not run or not _has_date(doc, sent):
            continue
        if not (_speaker_starts(doc, sent, out[run[0]]) or _pronoun_subject(doc, sent, out[run[0]])):
            continue
        if not _names_said_occasion(doc, sent) and not _names_own_occasion(doc, sent, out[run[0]]):
            continue
        day = _occasion_day(doc, sent, found, out[run[0]])
        if day is None or _in_other_clause(doc, sent, day):
            continue
        # the sentence's own statements: only the speaker's words after its day ("..., stressing that ...")
        if any(out[i].speaker.id != out[run[0]].speaker.id or out[i].start < day.end for i in by_sentence.get(si, [])):
            continue
        when = _dated(day, _AFTER_REASON, "the dated occasion the text names after")
        for i in run:
            out[i] = _day_of_saying(out[i]._replace(when=when))
    return out


_QUOTE_AFTER_REASON: Final = "quote after:"


def _quote_after_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule quote-after (reason ``quote after:``).

    Dates when: the statements of one sentence with no date of their own, all by one speaker (no other
    speaker's after them in it), are followed in the very next sentence by that speaker's quotation, the
    next statement, dated by its own clause ("Frederiksen said the country faced a hybrid war, calling it
    part of a pattern. '...,' Frederiksen told the broadcaster DR on Thursday."): the lead gives the gist
    of the words the quotation then gives, said at the same time. Each reports one act in the past, says
    no other time, is no source's ("according to X") and names no channel the quotation does not (no
    other medium, no addressee of its own but a group told without a name).

    Fires wrongly, guarded: a standing view recalled before the day's words ("X has said ...", "X has long
    argued": no one act); another occasion named in the lead ("X told Le Monde ... '...,' X said on
    Tuesday"); a quotation dated only by another rule (an occasion or a dateline: no own clause) or set at
    another time than the lead ("X said earlier Friday": :func:`_at_another_time`); a
    sentence or another speaker between. Left open: a lead about an earlier saying that the text marks by
    no cue ("X warned ... [of last month]. '...,' X said on Tuesday")."""
    out = list(found)
    for k, g in enumerate(found):
        if k == 0 or not g.direct or g.when is None or not _said_in_own_clause(g) or _at_another_time(doc, g):
            continue
        run = []
        for i in range(k - 1, -1, -1):
            f = found[i]
            if f.sentence != g.sentence - 1 or f.speaker.id != g.speaker.id:
                break
            run.append(i)
        if not run or _others_before(found, run):
            continue
        for i in run:
            f = found[i]
            if _takes_date_of(doc, f, g, act=_one_act_any_tense):
                reason = f"{_QUOTE_AFTER_REASON} the quotation after it ({g.when.value.reason})"
                value = evolve(g.when.value, reason=reason)
                out[i] = f._replace(when=evolve(g.when, value=value))
    return out


_NEWS_PERFECT: Final = frozenset({"has", "have"})  # the perfect a lead reports the day's news in


def _at_another_time(doc: Doc, g: Found) -> bool:
    """Whether the dated saying ``g`` says it was at another time than the statements around it: its sentence
    says so (:func:`_another_time`: "X said earlier") or its own date opens with that cue ("X said earlier
    Monday", "Later on Tuesday, X said"): its day is not theirs."""
    own = g.when is not None and _cue("another_time").match(doc.text, g.when.start, g.when.end) is not None
    return own or _another_time(doc, g)


def _takes_date_of(doc: Doc, f: Found, g: Found, *, act: Callable[[Doc, Found], bool]) -> bool:
    """Whether the undated statement ``f`` may take the day of ``g``, the same speaker's dated saying next to
    it (rule quote-after): ``f`` is no headline nor of a rule that says it was not said that
    day, names no other channel and no addressee ``g`` does not name (as an addressee, or in its medium: "X
    told the Daily that ... '...,' X said in an interview with the Daily's editor on Monday" is one
    interview; fourteenth session), reports one act (``act``) and says no other time."""
    told = tuple(a for a in f.addressees if a.casefold() not in _generic_audiences())
    return (
        f.when is None
        and not f.headline
        and not f.rule.startswith(_NOT_SAID_THAT_DAY)
        and f.medium in (None, g.medium)
        and all(a in g.addressees or _names_words(g.medium, a) for a in told)
        and act(doc, f)
        and not _another_time(doc, f)
    )


def _names_words(text: str | None, words: str) -> bool:
    """Whether ``text`` names ``words`` as whole words (a possessive may follow: "an interview with the
    Daily's editor" names "the Daily")."""
    return text is not None and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE) is not None


def _one_act_any_tense(doc: Doc, f: Found) -> bool:
    """``one_act`` with the present allowed (a quotation's "says" is the saying the quotation reports)."""
    return one_act(doc, f, present=True)


def _lead_act(doc: Doc, f: Found, *, present: bool = False) -> bool:
    """Whether the verb of ``f`` reports one act in the past or in the perfect a lead uses ("has accused",
    "has said"), not a habit ("has long argued", "often says") nor, unless ``present``, the present
    ("says")."""
    verb = _speech_verb(doc, f)
    if verb is None:
        return _no_perfect_before(doc, f)
    form = " ".join(verb.group().split())
    if not present and _present_tense(form, _speech_verbs()[1].get(form.casefold(), form)):
        return False
    start = max(doc.sentences[f.sentence].start, verb.start() - 40)
    near = _cue("not_one_act", r"(?:\s+[a-z]+){0,2}\s+$").search(doc.mask, start, verb.start())
    if near is None:
        return True
    cues = {m.group().casefold() for m in _cue("not_one_act").finditer(doc.mask, near.start(), verb.start())}
    return cues <= _NEWS_PERFECT


def _others_before(found: list[Found], run: list[int]) -> bool:
    """Whether a statement of another speaker comes before the ``run`` in its sentence (the run then goes
    on from another's words: it may be a reply, not the lead of the quotation after it)."""
    first = found[run[-1]]
    return any(f.sentence == first.sentence and f.speaker.id != first.speaker.id for f in found[: run[-1]])


_BODY_LEAD_REASON: Final = "body lead:"
# The subject a lead opens with, after a place stamp ("MONTREAL - "): a run of capitalised words ("The
# Kremlin", "The NATO Parliamentary Assembly") before a lower-case word (its verb, or "on Friday").
_LEAD_SUBJECT: Final = re.compile(
    r"(?:[A-Z][A-Z .,'/-]{1,30}\s[\u2013\u2014-]\s*)?(?:The\s+)?"
    r"(?P<body>(?:[A-Z][\w'\u2019.-]*\s+){0,5}?[A-Z][\w'\u2019.-]*)\s+(?=[a-z])"
)
# Before a speaker's name, the words of its title back to the last punctuation: "Kremlin spokesman", "the
# Assembly's newly elected President".
_TITLE_WORDS: Final = re.compile(r"[^,;:\"\u201c\u201d()\n]{0,60}$")


def _lead_body(doc: Doc, sent: Sentence) -> str | None:
    """The head word of the body ``sent`` opens with as its subject ("The Kremlin said ..." -> "Kremlin",
    "MONTREAL - The NATO Parliamentary Assembly wrapped up ..." -> "Assembly"): a capitalised run that
    names an organisation of the registry or the text."""
    m = _LEAD_SUBJECT.match(doc.text, sent.start, sent.end)
    if m is None:
        return None
    lo, hi = bisect.bisect_left(doc.starts, m.start("body")), bisect.bisect_left(doc.starts, m.end("body"))
    if not any(doc.mentions[p].actor.kind is ActorKind.ORGANISATION for p in doc.starts[lo:hi]):
        return None
    return m.group("body").split()[-1]


def _titled_by(doc: Doc, f: Found, head: str, sent: Sentence | None = None, *, voice: bool = False) -> bool:
    """Whether the sentence of ``f`` (or ``sent``) introduces its speaker with a title naming the body
    ``head`` ("Kremlin spokesman Dmitry Peskov", "the Assembly's newly elected President X"): a member
    speaking for it; with ``voice``, a title that names no office whose holder speaks for himself (an
    ``own_office`` cue: "Kremlin spokesman X", "IAEA chief X", not "Kremlin aide X")."""
    sent = doc.sentences[f.sentence] if sent is None else sent
    word = re.compile(rf"\b{re.escape(head)}\b(?:['\u2019]s)?")
    for p in _speaker_starts(doc, sent, f):
        if f.start <= p < f.end:
            continue
        title = _TITLE_WORDS.search(doc.text, max(sent.start, p - 60), p)
        words = doc.text[title.start() if title else p : mention_end(doc, p)]
        if word.search(words) and (not voice or _cue("own_office").search(words) is None):
            return True
    return False


def _body_lead_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule body-lead (reason ``body lead:``).

    Dates when: the statement has no date of its own, is the first of its speaker, stands in the sentence
    right after a lead whose subject is a body (a capitalised name holding an organisation: "The Kremlin
    said on Friday ...", "The NATO Parliamentary Assembly wrapped up its session Monday ...") and that
    names exactly one day as its main clause's time and a saying or an occasion one speaks at; its speaker
    is introduced with a title naming that body ("Kremlin spokesman Dmitry Peskov told reporters", "said the
    Assembly's president X"): a member speaking for the body on the day the lead tells of. It reports one
    act in the past, says no other time, names no channel of its own (a gathering or "told reporters" is
    none) and is no source's ("according to X").

    Fires wrongly, guarded: a speaker not introduced as the body's (another party's reaction to the lead:
    most quotations after a lead, which the gold leaves undated); a lead about a person or a state; a lead
    with no day, several days, a planned or background day; another occasion (an interview, a post).
    A lead may name a state for one of its bodies (:func:`_body_of_state`: "Russia said on Tuesday ... . The
    Russian defence ministry said ...", also in the body's official statement); over 41 read pools the gold
    dated all four such sayings (sdates25).
    A lead whose subject is a state, by its name or its capital (:func:`_state_lead_voice`: "Moscow on Tuesday
    slammed ..."), with a verb of its stance (a saying or a label verb: "slammed", "dismissed") right after its
    day (not another subject's verb later in the sentence), dates the words of one of the state's bodies or of
    a body's voice ("Kremlin spokesman Dmitry Peskov told reporters"); not after a state's act ("Russia and
    Ukraine completed a swap on Sunday"), which the gold leaves undated. A state's body is one of the
    registry's or, right after the state's saying, one the text names by the state's adjective ("Russia said
    Tuesday ... . '...,' the Russian army said in a statement": :func:`_part_of_state`). The gold dated such
    words in three read pools (dev-a, dev-fk, dev-fy; sdateb28).
    Left open: a state's lead with its day after the verb ("Moscow slammed ... on Tuesday")."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or f.sentence < 1 or f.rule.startswith(_NOT_SAID_THAT_DAY):
            continue
        if any(g.speaker.id == f.speaker.id for g in out[:i]) or not _said_then(
            doc, f, documents=_body_of_state(f, out[0])
        ):
            continue
        said = _body_saying_before(doc, out, i)
        if said is not None:
            whose = (
                _STATE_LEAD
                if _body_of_state(f, out[0])
                else _VOICE_LEAD
                if _voice_only(doc, f, out[0])
                else "the body's"
            )
            evidence = f"{whose} dated saying the passage opens with ({said.value.reason})"
            out[i] = f._replace(when=evolve(said, value=evolve(said.value, reason=f"{_BODY_LEAD_REASON} {evidence}")))
            continue
        lead = doc.sentences[f.sentence - 1]
        head = _lead_body(doc, lead)
        # a lead naming the state (or its capital: "Moscow on Tuesday slammed ...") for the body that speaks
        state = head is None and _state_lead_voice(doc, lead, f)
        if not state and (head is None or not _titled_by(doc, f, head)):
            continue
        day = _occasion_day(doc, lead, found)
        if day is None or (
            not _stance_after(doc, day) if state else _in_other_clause(doc, lead, day) or not _main_day(doc, lead, day)
        ):
            continue
        # a saying of the body is given by its voice or head, not an aide; any member speaks at its occasion; a
        # state's lead is its stance right after its day ("Moscow on Tuesday slammed ..."), not an occasion
        voiced = f.speaker.kind is not ActorKind.PERSON or (head is not None and _titled_by(doc, f, head, voice=True))
        saying = voiced and _saying().search(doc.mask, lead.start, lead.end) is not None
        if state or _occasion_in(doc, lead.start, lead.end) or saying:
            prefix = _STATE_LEAD_REASON if state else _BODY_LEAD_REASON
            out[i] = _day_of_saying(f._replace(when=_dated(day, prefix, "the day the lead names")))
    return out


_STATE_LEAD: Final = "the state's"  # the evidence of a state's body's words dated by the state's lead (sdates25)
# the reason of such a date, which the event finder does not take (saying_for_events, date_for_events)
_STATE_LEAD_REASON: Final = f"{_BODY_LEAD_REASON} {_STATE_LEAD}"
_VOICE_LEAD: Final = (
    "the body's voice's"  # the evidence of the words of the body's spokesperson the text does not title
)
# the reason of such a date, which the event finder does not take either (saying_for_events)
_VOICE_LEAD_REASON: Final = f"{_BODY_LEAD_REASON} {_VOICE_LEAD}"
_BODY_SENTENCES: Final = 3  # how far after the body's dated saying its member's first words may be


def _voice_only(doc: Doc, f: Found, first: Found) -> bool:
    """Whether ``f`` gives the words of the body ``first`` speaks for only as the registry's holder of its voice
    (:func:`_holds_office_in`), no sentence from ``first``'s to ``f``'s titling its speaker with the body."""
    head = first.speaker.name.split()[-1]
    sentences = doc.sentences[first.sentence : f.sentence + 1]
    return _holds_office_in(f, first) and not any(_titled_by(doc, f, head, sent) for sent in sentences)


def _body_saying_before(doc: Doc, found: list[Found], i: int) -> DateMention | None:
    """The date of the body's saying the passage opens with, when ``found[i]`` gives a member's words on it:
    the passage's first statement (in its first or second sentence) is a body's ("..., the Kremlin said
    Monday.", "the ministry announced on Friday that ..."), or a state's whose body of the registry speaks in
    ``found[i]`` (:func:`_body_of_state`), dated to a day by its own clause, every statement between is that
    body's, an outlet's report ("U.S. media reported that ...") or a source's ("according to military
    bloggers"), ``found[i]`` comes at most three sentences on and its speaker is that state's body or is
    introduced there or in a sentence between with a title naming the body ("Kremlin spokesman X told
    journalists", "The disclosure, made by Kremlin spokesman X during ..."), no written channel is named
    between the body's saying and the words ("..., its chief X shared a video on X. He urged ..."), and no sentence
    between sets its main clause on another day (:func:`_main_day`: a report's day, "U.S. media reported
    late Sunday", is none)."""
    first, f = found[0], found[i]
    of_state = _body_of_state(f, first)
    if (
        (first.speaker.kind is not ActorKind.ORGANISATION and not of_state)
        or first.sentence > 1
        or first.when is None
        or first.when.value.granularity is not Granularity.DAY
        or not _said_in_own_clause(first)
        or f.sentence - first.sentence > _BODY_SENTENCES
        or any(
            g.speaker.id != first.speaker.id and g.speaker.kind is not ActorKind.MEDIA and g.rule not in _SOURCE_RULES
            for g in found[1:i]
        )
    ):
        return None
    head = first.speaker.name.split()[-1]
    # a person speaks the body's saying as its voice or head ("Kremlin spokesman X", "IAEA chief X", or the
    # registry's holder of the voice); an aide, adviser or negotiator titled with the body ("Kremlin aide X")
    # speaks for himself, at a time the lead does not give (sdate27)
    voice = f.speaker.kind is ActorKind.PERSON
    intro = [s for s in doc.sentences[first.sentence : f.sentence + 1] if _titled_by(doc, f, head, s, voice=voice)]
    if not intro and not of_state and not _holds_office_in(f, first):
        return None
    own = doc.sentences[f.sentence].start
    for channel in _written_words().finditer(doc.mask, doc.sentences[first.sentence].end, f.start):
        at = channel.start()
        if of_state and at >= own and _cue("official_document").fullmatch(channel.group()):
            continue  # the state's body's own statement: "A statement by the defence ministry said ..."
        if not in_quote(doc, at) and not _ANAPHORIC.search(doc.mask, at - 30, at):
            return None  # "..., NATO said Thursday. Its chief X shared a video on X. He urged ...": a
            # post's words ("The statement, read out by X, ..." points back to the body's saying)
    day = first.when.value.timex[:10]
    for sent in doc.sentences[first.sentence + 1 : f.sentence]:
        if any(
            d.value.timex[:10] != day and _main_day(doc, sent, d) for d in dates_starting_in(doc, sent.start, sent.end)
        ):
            return None
    return first.when


def _holds_office_in(f: Found, first: Found) -> bool:
    """Whether the speaker of ``f`` is a person the registry gives an office in the body ``first`` speaks for,
    one whose holder is the body's voice (a ``voice_title`` cue: "Dmitry Peskov", the Kremlin's spokesperson,
    after "The Kremlin said on Monday ..."): his words are the body's saying, though the text names him without
    the body's title ("spokesman Dmitry Peskov told journalists", "Peskov added"). Another office in the body
    (an aide, a negotiator) speaks for himself."""
    return _voice_of(f.speaker, first.speaker)


def _state_lead_voice(doc: Doc, lead: Sentence, f: Found) -> bool:
    """Whether ``lead`` opens with a state as its subject, by its name or its capital ("Moscow on Tuesday
    slammed ...", "Russia on Monday accused ..."), and the speaker of ``f`` speaks for it: one of the state's
    bodies (:func:`_part_of_state`) or a person the registry
    gives the office of voice of such a body (a ``voice_title`` cue: "Kremlin spokesman Dmitry Peskov told
    reporters"). A state's leader or minister may speak for himself, at another time than the lead's."""
    m = _LEAD_SUBJECT.match(doc.text, lead.start, lead.end)
    if m is None:
        return False
    lo, hi = bisect.bisect_left(doc.starts, m.start("body")), bisect.bisect_left(doc.starts, m.end("body"))
    states = {doc.mentions[p].actor.name for p in doc.starts[lo:hi] if doc.mentions[p].actor.kind is ActorKind.STATE}
    if len(states) != 1:
        return False
    registry, (state,) = active_registry(), states
    if registry.organisation(state) is None:
        return False
    if f.speaker.kind is ActorKind.ORGANISATION:
        return _part_of_state(f.speaker, state)
    entry = registry.get(f.speaker.id) if f.speaker.kind is ActorKind.PERSON else None
    voices = _cue_words("voice_title")
    return entry is not None and any(
        r.title in voices
        and r.organisation is not None
        and registry.organisation(r.organisation) is not None
        and registry.same_organisation(r.organisation, state)
        for r in entry.roles
    )


_SPACE: Final = re.compile(r"\s*")


def _stance_after(doc: Doc, day: DateMention) -> bool:
    """Whether a verb of stance (:func:`_stance`) follows ``day`` right after it, as the verb of the state's lead
    ("Moscow on Tuesday slammed ...", "Ukraine's military on Nov 20 dismissed ...": the day is the main
    clause's, not one of a noun the state owns; not a stance of another subject later in the sentence, "Russia
    has long denied ... and on Tuesday the Kremlin dismissed ...")."""
    at = _SPACE.match(doc.mask, day.end)
    return at is not None and _stance().match(doc.mask, at.end()) is not None


def _body_of_state(f: Found, first: Found) -> bool:
    """Whether the speaker of ``f`` is a body of the registry that is part of the state ``first`` speaks for
    (its ``part_of`` chain: "Russia said on Tuesday ... . The Russian defence ministry said ..."): the state's
    saying the lead tells of is that body's (a lead names a state for its ministry, as it names the Kremlin
    for its spokesman). A person is no body: a state's leader or minister may speak for himself."""
    if first.speaker.kind is not ActorKind.STATE or f.speaker.kind is not ActorKind.ORGANISATION:
        return False
    # a body the text names (not the registry's) only right after the state's saying
    known = active_registry().organisation(f.speaker.name) is not None
    return (known or f.sentence == first.sentence + 1) and _part_of_state(f.speaker, first.speaker.name)


def _part_of_state(body: Actor, state: str) -> bool:
    """Whether the organisation ``body`` is part of the state named ``state``: a body of the registry on the
    state's ``part_of`` chain, or one the text names by the state's adjective ("the Russian army", as
    :mod:`._mentions` makes it; sdateb28)."""
    registry = active_registry()
    known = registry.organisation(body.name)
    if known is None:
        return body.name.startswith(f"{adjective_of().get(state, state)} ")
    whole = registry.organisation(state)
    return whole is not None and known.id != whole.id and registry.same_organisation(body.name, state)


def _said_then(doc: Doc, f: Found, *, documents: bool = False) -> bool:
    """Whether ``f`` reports one act in the past at no other time and names no channel of its own (a
    gathering, or a group told without a name, is none; with ``documents``, an official document is none
    either: a state's body gives the saying a lead tells of as the state's in its statement, "Russia said
    on Monday ... . A statement by the defence ministry said ...")."""
    official = documents and f.medium is not None and _cue("official_document").fullmatch(f.medium) is not None
    return (
        one_act(doc, f, present=True)
        and not _another_time(doc, f)
        and (f.medium is None or official or _gathering(f.medium))
        and all(a.casefold() in _generic_audiences() for a in f.addressees)
    )


_SOURCE_REASON: Final = "source line:"


def _source_line_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule source-line (reason ``source line:``).

    Dates when: a sentence opens with a source label (a ``source_label`` cue, "Source:" as some outlets set
    the line that says where the words come from) and names exactly one day (as for occasion-in-sentence:
    not planned or background), and the first actor it names is the speaker of the undated statements of
    the sentence right before it, the lead it sources (others it names after, "to the parliament", are
    where or to whom), or it names no actor at all: "X has said that ... . Source: X in a speech on
    Wednesday, 8 January". The lead's perfect is the outlet's style for that day's words. The quotation
    the outlet sets right after the line under a quote label ("Quote from X:", "Quote:": a ``quote_label``
    cue) takes the day too.

    Fires wrongly, guarded: a source line about another speaker (it names another actor first: "Source:
    Y, citing X"); a line with no
    day or several days ("Source: X on Telegram" dates nothing); a standing view (habit cues: "has long
    argued"). Left open: a source line whose day is that of the report citing the words, not of the words."""
    out = list(found)
    label, quote = _cue("source_label", r"\s*:"), _cue("quote_label", r"\b[^:\n]{0,60}:")
    for si, sent in enumerate(doc.sentences):
        if si == 0 or label.match(doc.text, sent.start, sent.end) is None:
            continue
        day = _occasion_day(doc, sent, found)
        if day is None:
            continue
        lo = bisect.bisect_left(doc.starts, sent.start)
        first = doc.mentions[doc.starts[lo]].actor.id if lo < len(doc.starts) and doc.starts[lo] < sent.end else None
        sourced = {si - 1}
        if si + 1 < len(doc.sentences) and quote.match(doc.text, doc.sentences[si + 1].start) is not None:
            sourced.add(si + 1)  # "Quote from X: '...'": the words the line sources, given after it
        for i, f in enumerate(out):
            if (
                f.sentence in sourced
                and f.when is None
                and not f.headline
                and first in (None, f.speaker.id)
                and _lead_act(doc, f, present=True)
            ):
                out[i] = _day_of_saying(f._replace(when=_dated(day, _SOURCE_REASON, "the source line after it")))
    return out


_JOINT_REASON: Final = "joint:"


def _joint_dates(doc: Doc, found: list[Found]) -> list[Found]:  # noqa: ARG001 - every rule reads the document
    """Rule joint-saying (reason ``joint:``).

    Dates when: the statement has no date of its own and its very words are those of another speaker's
    statement that is dated ("X and Y accused Z of ...": one act of saying by two speakers, the attribution
    gives each its statement): it takes that date. Fires wrongly only where two speakers said the same
    words on different days, which the attribution does not give as one span."""
    out = list(found)
    by_span: dict[tuple[int, int], list[int]] = {}  # the words' span -> the indices of the statements of those words
    for k, g in enumerate(out):
        by_span.setdefault((g.start, g.end), []).append(k)
    for i, f in enumerate(out):
        if f.when is not None or f.headline:
            continue
        joint = (out[k] for k in by_span[f.start, f.end])  # (as dated so far, in order: not every statement)
        same = [g.when for g in joint if g.speaker.id != f.speaker.id and g.when]
        if same:
            reason = f"{_JOINT_REASON} the same words of a joint speaker ({same[0].value.reason})"
            out[i] = f._replace(when=evolve(same[0], value=evolve(same[0].value, reason=reason)))
    return out


_VERB_DAY_REASON: Final = "verb day:"
# Between a speech verb and a day right after it ("said Monday", "said on Monday that"), or between a day and the
# verb right after it ("X on Monday said", "X, on Monday, December 9, said"): white space, a comma, "on".
_VERB_THEN_DAY: Final = re.compile(r"\s*(?:on\s+)?")
_DAY_THEN_VERB: Final = re.compile(r"\s*,?\s*")
_DAY_BEFORE_VERB: Final = re.compile(r"(?:\bon\s+|,\s*)$")
# The verb governs the words: they follow it (and the day), "that" or a colon and a quotation mark between; or
# they end right before its subject, the closing quotation mark and a comma between ('"...," X said Monday').
_THEN_WORDS: Final = re.compile(r"\s*,?\s*(?:that\s+)?[:,]?\s*[\"\u201c\u2018']?\s*")
_WORDS_THEN_SUBJECT: Final = re.compile(r"[\s,\"'\u201d\u2019]*[^,;:.\"\u201c\u201d]{1,60}")


@functools.cache
def _report_verb() -> re.Pattern[str]:
    """A report verb (``report`` class of ``data/speech_verbs.tsv``: "reported"), the whole of a match."""
    return re.compile(rf"(?:{_verbs('report')})", re.IGNORECASE)


def _verb_day(doc: Doc, f: Found, found: list[Found]) -> DateMention | None:
    """The day right beside the speech verb of ``f`` (:func:`_speech_verb`), outside quotations and words."""
    verb = _speech_verb(doc, f)
    if verb is None or in_quote(doc, verb.start()) or _report_verb().fullmatch(verb.group()):
        return None  # "X has told Y that ..., the daily reported on Monday": the report's day, not the saying's
    sent = doc.sentences[f.sentence]
    for d in dates_starting_in(doc, sent.start, sent.end):
        if (
            d.type not in (TimexType.DATE, TimexType.TIME)
            or len(d.value.timex) < len("2025-01-01")
            or not _CALENDAR_VALUE.fullmatch(d.value.timex)
            or in_quote(doc, d.start)
            or _words_spans(found).inside(d.start)
            or _stamp(doc, d)
            or _possessed_other(doc, d)
            or _GENITIVE.match(doc.text, d.end)
        ):
            continue
        after = d.start >= verb.end() and _VERB_THEN_DAY.fullmatch(doc.mask, verb.end(), d.start)
        before = (
            d.end <= verb.start()
            and _DAY_THEN_VERB.fullmatch(doc.mask, d.end, verb.start())
            and _DAY_BEFORE_VERB.search(doc.mask, sent.start, d.start)
            and not _in_other_clause(doc, sent, d)  # "X, who arrived early on Monday, said": the clause's day
        )
        if not (after or before):
            continue
        start = max(d.end, verb.end())
        if (f.start >= start and _THEN_WORDS.fullmatch(doc.mask, start, f.start)) or _words_then_subject(
            doc, f, min(d.start, verb.start())
        ):
            return d
    return None


def _words_then_subject(doc: Doc, f: Found, end: int) -> bool:
    """Whether the words of ``f`` end right before the subject of the verb at ``end``: only the closing
    quotation mark, a comma and a noun phrase between, no clause opener ('"...," the ministry said'; not
    "..., as she said")."""
    return (
        f.end <= end
        and _WORDS_THEN_SUBJECT.fullmatch(doc.mask, f.end, end) is not None
        and _cue("clause_opener").search(doc.mask, f.end, end) is None
    )


def _verb_day_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule verb-day (reason ``verb day:``; eighteenth session, sdates18).

    Dates when: the statement has no date of its own, its speech verb (:func:`_speech_verb`, the verb nearest
    its words) reports one act in the past (:func:`one_act` with ``present``: not "says", "has said", "often
    says"), that verb governs the words (they follow it, the day, "that" or a colon between; or they end right
    before its subject: '"...," X said Monday') and a day stands right beside it: right after it ("said
    Monday", "said on Monday that") or right before it after "on" or a comma ("X on Monday said that", "X, on
    Monday, December 9, said"). The verb's clause is the saying's whoever the attribution took as its
    subject, so its day is the saying's: the rule dates the statements whose attribution the attribution
    rules read from another clause (the subject of the reported clause taken for the speaker: "X has rejected
    ..., Y said on Monday"), which then read no day.

    Fires wrongly, guarded: a report verb's day ("X has told Y that ..., the daily reported on Monday": the
    report's, the reporter a source); a day in a relative clause on the subject ("X, who arrived early on Monday,
    said": :func:`_in_other_clause`); a day in the possessive ("said Monday's strike ..."); a stamp (the
    dateline rule decides); a day inside quotations or words. Left open: a verb nearest the words that is
    not theirs (a second saying of the sentence with its own day). Events inside the words do not take this
    date (:func:`date_for_events`, :func:`saying_for_events`): measured, they then dated two events the gold
    does not have."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or not _has_date(doc, doc.sentences[f.sentence]):
            continue  # (a sentence with no date has no day beside its verb)
        if not one_act(doc, f, present=True):
            continue
        day = _verb_day(doc, f, found)
        if day is not None:
            out[i] = _day_of_saying(f._replace(when=_dated(day, _VERB_DAY_REASON, "the day beside its speech verb")))
    return out


_CONTINUING: Final = "continuing:"
_CONTINUING_SENTENCES: Final = 3  # how far back the same speaker's dated statement may be (two background between)


def _second_reference(doc: Doc, f: Found, *, new_name: bool = False) -> bool:
    """Whether the sentence of ``f`` refers to its speaker as a story does after the first reference: by a
    pronoun, a description or one name ("Rubio said", "the ministry said"), not by title and full name (two
    capitalised words or more: a new item of a feed); with ``new_name``, also by a full name the text has
    not used before (the name of a speaker it first called by a description: "Denmark's prime minister
    said on Tuesday ... . '...,' Prime Minister Jane Doe said in a statement")."""
    sent = doc.sentences[f.sentence]
    names = [doc.mentions[p] for p in _speaker_starts(doc, sent, f) if not f.start <= p < f.end]
    return all(
        sum(w[:1].isupper() for w in doc.text[m.start : m.end].split()) < 2
        or (new_name and doc.text.find(doc.text[m.start : m.end], 0, m.start) < 0)
        for m in names
    )


def _named_first_here(doc: Doc, f: Found) -> bool:
    """Whether the sentence of ``f`` names its speaker by a name no earlier mention of that speaker shares a
    word with: the text called the speaker only by a description before ("Denmark's prime minister said ...
    . '...,' Mette Frederiksen said"), so the name is a second reference, not a new item ("Rubio said ... .
    '...,' Secretary of State Marco Rubio said" names Rubio again)."""
    sent = doc.sentences[f.sentence]
    here = [doc.mentions[p] for p in _speaker_starts(doc, sent, f) if not f.start <= p < f.end]
    words = {w for m in here for w in doc.text[m.start : m.end].split() if w[:1].isupper()}
    if not words:
        return False
    earlier = doc.starts[: bisect.bisect_left(doc.starts, sent.start)]
    return not any(
        words & set(doc.text[doc.mentions[p].start : doc.mentions[p].end].split())
        for p in earlier
        if doc.mentions[p].actor.id == f.speaker.id
    )


def _same_occasion(doc: Doc, f: Found, prev: Found) -> bool:
    """Whether ``f`` names no other occasion than ``prev``: no other medium, venue or addressee; a group the
    words were told to without a name ("told reporters") is no occasion; a quotation whose speaker the text
    names again in short, or by a full name it has not used before (the speaker it first called by a
    description: "Denmark's prime minister said ... . '...,' Mette Frederiksen said in a statement"), may
    name where its words were said ('"...," Rubio said during the hearing'); in the very next sentence after a
    statement its own sentence dates, another channel or an audience of its own, named or not ("X told Reuters",
    "X told the allies": the same day's words, as the real gold of three pools dates them; twenty-fourth session),
    but no interview and no gathering (:func:`_channel`). Over
    a sentence between, an indirect statement must name the very same medium and addressees (no medium
    dropped: "wrote on X"; a group told without a name is none: "told lawmakers on Tuesday ... [background]
    ... X said")."""
    second = _second_reference(doc, f) or (f.direct and _named_first_here(doc, f))
    audience = tuple(a for a in f.addressees if a.casefold() not in _generic_audiences())
    next_one = f.sentence == prev.sentence + 1 and _second_reference(doc, f, new_name=True)
    if next_one and _said_in_own_clause(prev) and _channel(f.medium or ""):
        return True  # another channel or audience for the same day's words: "In a televised address, X said ..."
    own = f.direct and second
    if f.sentence - prev.sentence > 1 and not own:
        told = tuple(a for a in prev.addressees if a.casefold() not in _generic_audiences())
        return f.medium == prev.medium and audience == told
    return (f.medium is None or f.medium == prev.medium or own) and (not audience or f.addressees == prev.addressees)


def _from_elsewhere() -> tuple[str, ...]:
    """The reasons of the rules that date a statement from outside its own sentence: an occasion before or
    after it (or one its words follow), a continuing quotation, the dateline, the saying after a lead, a source line."""
    return (
        _BEFORE_REASON,
        _POINTED_REASON,
        _REFERRED_REASON,
        _FOLLOWED_REASON,
        _AFTER_REASON,
        _CONTINUING,
        _CONTINUING_NEXT,
        _DATELINE_REASON,
        _SOURCE_REASON,
        _SAID_BEFORE_REASON,
    )


def _said_in_own_clause(f: Found) -> bool:
    """Whether the date of ``f`` comes from its own sentence (its attribution or the occasion it names)."""
    return f.when is not None and not f.when.value.reason.startswith(_from_elsewhere())


def _own_channel(doc: Doc, sent: Sentence, f: Found, *, written: bool = True) -> bool:
    """Whether ``f`` names a channel of its own (its medium or an addressee) that is no gathering and that
    the occasion's sentence ``sent`` does not name: an interview, a written text or a medium ("In an
    interview with the daily, X said", "X said in a statement", "X wrote on Telegram", "X told Swedish
    radio"): words given there were not said at the occasion
    the text named before (but "X issued a statement on Monday. The statement said ..." is that one). Without
    ``written``, only an interview: a written text or a medium gives the words of an occasion that is a saying
    (:func:`_occasion_for`)."""
    channels = [c for c in (f.medium, *f.addressees) if c and (_INTERVIEW.search(c) or (written and _written(c)))]
    if not channels or _at_gathering(doc, f):
        return False
    named = {m.group().casefold() for c in channels for m in _written_words().finditer(c)}
    return not any(m.group().casefold() in named for m in _written_words().finditer(doc.mask, sent.start, sent.end))


# A gathering the words were said at, named in their attribution ("said at the session broadcast on national
# television", "told Y during a televised meeting"): a medium there shows that gathering.
_AT_GATHERING: Final = re.compile(r"\b(?:at|during|in)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _gathering_spots(doc: Doc, sentence: int) -> list[tuple[int, int]]:
    """The spans of the event triggers of a gathering kind in sentence ``sentence`` (meeting, summit ...)."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    lex = event_lexicon()
    sent = doc.sentences[sentence]
    out = []
    for m in lex.trigger.finditer(doc.mask, sent.start, sent.end):
        kind = lex.kinds.get(" ".join(m.group().split()).casefold())
        if kind is not None and kind[0].value in _GATHERINGS:
            out.append((m.start(), m.end()))
    return out


def _at_gathering(doc: Doc, f: Found, spots: list[tuple[int, int]] | None = None) -> bool:
    """Whether the attribution of ``f`` (its sentence outside its words) says the words were said at a meeting
    or summit ("at the session broadcast on national television"): a medium it names broadcast that gathering,
    it is no channel of its own. With ``spots`` (the sentence's gathering triggers, :func:`_gathering_spots`),
    a sentence with none outside the words of ``f`` is not read again: a sentence of a thousand quotations
    stays linear (tests/test_quote_scaling.py)."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    if spots is not None and not any(s < f.start or e > f.end for s, e in spots):
        return False
    lex = event_lexicon()
    for start, end in ((doc.sentences[f.sentence].start, f.start), (f.end, doc.sentences[f.sentence].end)):
        for m in lex.trigger.finditer(doc.mask, start, end):
            kind = lex.kinds.get(" ".join(m.group().split()).casefold())
            if kind is not None and kind[0].value in _GATHERINGS and _AT_GATHERING.search(doc.mask, start, m.start()):
                return True
    return False


@functools.cache
def _written_words() -> re.Pattern[str]:
    """Documents and media (``doc`` and ``medium`` cues of ``data/speech_cues.tsv``)."""
    lex = lexicon()
    alt = alternation({*lex.doc, *lex.medium})
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def _written(medium: str) -> bool:
    """Whether ``medium`` names a document or a medium, not a gathering ("statement", "Telegram")."""
    return _written_words().search(medium) is not None and _channel(medium)


_GATHERINGS: Final = frozenset({"meeting", "visit", "summit"})  # kinds of event that are an occasion of their own


def _channel(words: str) -> bool:
    """Whether ``words`` (a medium or venue, may be empty) name a channel for words said that day ("a
    televised address", "Telegram"), not an occasion of their own: a meeting, visit or summit (a trigger of
    ``data/event_triggers.tsv``), or an interview (given before the story files)."""
    from ._event_rules import lexicon as event_lexicon  # noqa: PLC0415 - the event rules import the statements'

    if _INTERVIEW.search(words):
        return False
    lex = event_lexicon()
    for m in lex.trigger.finditer(words):
        kind = lex.kinds.get(" ".join(m.group().split()).casefold())
        if kind is not None and kind[0].value in _GATHERINGS:
            return False
    return True


@functools.cache
def _generic_audiences() -> frozenset[str]:
    """Groups words are told to without a name (``address`` cues of ``data/speech_cues.tsv``)."""
    return frozenset(c.casefold() for c in lexicon().address.values())


_BARE_ATTRIBUTION: Final = 4  # words of a sentence that only attributes the quotation before it ("Trump said.")


def _goes_on(doc: Doc, f: Found, prev: Found) -> bool:
    """Whether ``f`` goes straight on from ``prev`` at its occasion: in the same or the next sentence (or
    after one that only attributes, '"...," Trump said. "..."'), naming no medium, venue or addressee of its
    own but those ``prev`` named (a quotation that goes on at the same televised meeting)
    ('Asked on Monday about the summit, X refused to give a date. "There is no timetable yet," X
    stated.')."""
    between = doc.sentences[prev.sentence + 1 : f.sentence]
    return (
        f.sentence - prev.sentence <= _CONTINUING_SENTENCES
        and all(len(doc.text[s.start : s.end].split()) <= _BARE_ATTRIBUTION for s in between)
        and (f.medium is None or f.medium == prev.medium)
        and f.addressees in ((), prev.addressees)
    )


def _stays(doc: Doc, f: Found, prev: Found, flashback: frozenset[int] = frozenset()) -> bool:
    """Whether the text stays at the time of ``prev`` up to ``f``: ``f`` reports one act (no perfect, habit
    or present: "X has said", "X says"), its sentence marks no other time ("X later told reporters"; a verb
    that goes on with the same words is no other time: "X later added"), and no sentence between sets its
    main clause on another day (:func:`_main_day`: "On Friday, the council met again.", "Drones struck
    Lviv on Thursday."; a background or appositive day is no move: "The deal, signed on Wednesday, ..."), but
    the sentences of a ``flashback`` (:func:`_flashback`), after which the story comes back."""
    if not one_act(doc, f, present=True):
        return False
    if _another_time(doc, f) and _cue("same_occasion").search(doc.mask, *_outside_words(doc, f)) is None:
        return False
    if prev.when is not None and _occasion_dated(prev) and _before_occasion(doc, f):
        return False  # '"...," X said ahead of the visit': before the occasion whose day the statement before took
    day = prev.when.value.timex[:10] if prev.when is not None else ""
    for si in range(prev.sentence + 1, f.sentence):
        sent = doc.sentences[si]
        if si not in flashback and any(
            d.value.timex[:10] != day and _main_day(doc, sent, d) for d in dates_starting_in(doc, sent.start, sent.end)
        ):
            return False
    return True


def _occasion_dated(f: Found) -> bool:
    """Whether the date of ``f`` is an occasion's day the rules read (occasion-in-sentence or -before, also
    through a continuing quote), not a day its own clause gives the saying."""
    reason = f.when.value.reason if f.when is not None else ""
    return any(r in reason for r in (_SENTENCE_REASON, _BEFORE_REASON, _POINTED_REASON, _REFERRED_REASON))


def _before_occasion(doc: Doc, f: Found) -> bool:
    """Whether the attribution of ``f`` says the words came before an occasion the text referred to already
    ("said ahead of the visit", "before the talks": a ``precedes`` cue, a determiner that points back and an
    occasion one speaks at): they were not said on that occasion's day."""
    start, end = _outside_words(doc, f)
    for m in _cue("precedes", r"\s+(?:the|this|that|his|her|their)\s+").finditer(doc.mask, start, end):
        if _occasion_in(doc, m.end(), min(end, m.end() + 40)):
            return True
    return False


def _mention_starts_of(doc: Doc, sent: Sentence) -> list[int]:
    """The start offsets of the actor mentions that start in ``sent``, in text order."""
    lo, hi = bisect.bisect_left(doc.starts, sent.start), bisect.bisect_left(doc.starts, sent.end)
    return doc.starts[lo:hi]


# A value naming one day, with a time of it or not ("2025-03-04", "2025-03-04T19:00", "2025-03-04TEV"), read whole.
_DAY_VALUE: Final = re.compile(rf"{DAY_VALUE.pattern}(?:T.*)?")


def _main_day(doc: Doc, sent: Sentence, day: DateMention) -> bool:
    """Whether ``day`` sets the time of the main clause of ``sent``: a day (not a longer period) outside
    quotations, in a fronted phrase, or else not a background, planned, relative, reduced, possessed or
    appositive participle's day ("Russian drones struck Lviv on Wednesday."; not "The deal, signed on
    Wednesday, gives ..."), nor a day in the possessive before a noun that names no occasion, fronted or not
    (:func:`_possessed_other`: "In a grim view of today's world, X told ..." names that world's time)."""
    if in_quote(doc, day.start) or not _DAY_VALUE.fullmatch(day.value.timex):
        return False
    if _possessed_other(doc, day):
        return False
    if _in_fronted(doc, sent, day):
        return True
    phrase = max(sent.start, doc.mask.rfind(",", sent.start, day.start) + 1)
    return not (
        _in_other_clause(doc, sent, day)
        or _background(doc, sent.start, day)
        or _planned(doc, sent, day)
        or _participle_opens().match(doc.mask, phrase, day.start) is not None
    )


@functools.cache
def _participle_opens() -> re.Pattern[str]:
    """A phrase after a comma that opens with a past participle (regular "-ed" or a ``participle`` cue): an
    appositive about a noun before ("The deal, signed on Wednesday, ...")."""
    return re.compile(rf"\s*(?:[a-z]+ed|{_alternation('participle')})\b")


def _outside_words(doc: Doc, f: Found) -> tuple[int, int]:
    """The span of the sentence of ``f`` after its words when they open it, else before them (its
    attribution)."""
    sent = doc.sentences[f.sentence]
    if doc.mask[sent.start : f.start].strip(" \"\u201c'") == "":
        return f.end, min(sent.end, f.end + FORWARD)  # the window an attribution can span
    return max(sent.start, f.start - BACK), f.start


def _continuing_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule continuing-quote (reason ``continuing:``).

    Dates when: the statement has no date of its own and continues the statement right before it (no
    statement between, but another speaker's background in a sentence of its own, set at another time:
    :func:`_continued`): the same speaker, at most three sentences on, reporting one act in the past, naming
    no other occasion (:func:`_same_occasion`: no other medium, venue or named addressee, except a second
    reference that names where the quotation was said, or another channel or audience, not an interview, in the
    very next sentence after a statement its own sentence dates) and with the text staying at that time
    (:func:`_stays`). Over a sentence between, only a date at day granularity goes on ("said last week" names
    no occasion); a date an occasion before gave goes on only straight away (:func:`_goes_on`). It takes the
    earlier date.

    Fires wrongly, guarded: another speaker's statement between (of the same day); a new item of a feed (title
    and full name again); another occasion ("told Le Monde", "in an interview with ...", a meeting or summit);
    the text moving to another time (a sentence between whose main clause is set on another day: "On Friday, the
    council met again.", "Drones struck Lviv on Thursday."; "X later told reporters"; "said earlier"); words
    said before the occasion whose day the statement before took ('"...," X said ahead of the visit':
    :func:`_before_occasion`); no one act ("X has long said", "X says"). Left open: a quotation across a
    paragraph break that the outlet set apart as a pull quote, and a new occasion the text names only by a word
    the cue tables lack."""
    return _go_on(doc, found, _CONTINUING, _CONTINUING_SENTENCES)


def _go_on(doc: Doc, found: list[Found], prefix: str, reach: int) -> list[Found]:
    """``found`` with each undated statement that goes on from the same speaker's dated statement at most
    ``reach`` sentences before it (the conditions of :func:`_continuing_dates`) given that date, its reason
    starting with ``prefix``."""
    out = list(found)
    for i in range(1, len(out)):
        j = _continued(doc, out, i)
        f, prev = out[i], out[j]
        if (
            f.when is None
            and not f.headline
            and prev.when is not None
            and (
                not prev.when.value.reason.startswith((_BEFORE_REASON, _POINTED_REASON, _REFERRED_REASON))
                or _goes_on(doc, f, prev)
            )
            and (f.sentence == prev.sentence + 1 or prev.when.value.granularity is Granularity.DAY)
            and prev.speaker.id == f.speaker.id
            and f.sentence - prev.sentence <= reach
            and _same_occasion(doc, f, prev)
            and _stays(doc, f, prev, _flashback(out, j, i))
        ):
            value = prev.when.value
            if not value.reason.startswith(prefix):
                value = evolve(value, reason=f"{prefix} the same speaker's statement before ({value.reason})")
            out[i] = f._replace(when=evolve(prev.when, value=value))
    return out


_CONTINUING_NEXT: Final = "continuing next:"


def _continuing_next_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule continuing-next (reason ``continuing next:``; twenty-ninth session, sdate29).

    Dates when: the statement has no date of its own, stands in the same sentence as the same speaker's
    statement that a rule after continuing-quote dated (``saying-before``, ``occasion-followed``, ``dateline``)
    or in the very next one, and goes on from it as :func:`_continuing_dates` reads a continuation (one act in
    the past, no other occasion: a quotation whose speaker the text names again in short may name its channel,
    "In a post on X, Rutte wrote: '...'"). A wire's lead ("MOSCOW, June 5. /TASS/. ..., Lavrov said.") gives
    the gist of the quotation its next paragraph gives ('"...," he said on YouTube'): both are that day's words.
    Measured on the read pools at the session's start: rule continuing-quote, run before those rules, left
    four such quotations of three outlets undated that the gold dates with the statement before.

    Fires wrongly, guarded: as continuing-quote, and never over a sentence between (the dateline's story may
    have moved on to another time there: "Last week, the government approved a budget. X said ..."). Left
    open: a lead that gives the gist of an interview or post quoted further on, after other speakers."""
    return _go_on(doc, found, _CONTINUING_NEXT, 1)


def _continued(doc: Doc, found: list[Found], i: int) -> int:
    """The statement that ``found[i]`` may continue: the one right before it, or the one before that when
    the one between is another speaker's background in a sentence of its own, set at another time than the
    story's ("Putin had visited the post, the Kremlin said earlier": a past perfect or ``another_time``), or the
    same speaker's last statement before a flashback (:func:`_flashback`: other speakers' words dated to an earlier
    day)."""
    between, j = found[i - 1], i - 2
    joint = j >= 0 and (between.start, between.end) == (found[j].start, found[j].end)
    if joint and found[j].speaker.id == found[i].speaker.id:
        return j  # the same words said jointly by another ("X and Y accused ..."): X's statement goes on
    if (
        j >= 0
        and between.speaker.id != found[i].speaker.id
        and found[j].speaker.id == found[i].speaker.id
        and found[j].sentence < between.sentence < found[i].sentence
        and (_another_time(doc, between) or not one_act(doc, between))
    ):
        return j
    back = next((k for k in range(i - 2, max(-1, i - 2 - _FLASHBACK_STATEMENTS), -1) if _flashback(found, k, i)), None)
    return i - 1 if back is None else back


_FLASHBACK_STATEMENTS: Final = 3  # other speakers' statements a flashback between may hold


def _flashback(found: list[Found], k: int, i: int) -> frozenset[int]:
    """The sentences of the flashback between ``found[k]`` and ``found[i]``, the same speaker's, if there is one
    (else none): ``found[k]`` is dated to a day, and every statement between is another speaker's, in a sentence
    of its own between theirs, dated by its own sentence to an earlier day ("X on 25 December commented on Y's
    claim ... . The day before, Y wrote that ... . '...,' X said."; twenty-eighth session, sdate28): background the
    story steps back to before it comes back to ``found[k]``'s saying."""
    prev, f = found[k], found[i]
    if k >= i - 1 or prev.speaker.id != f.speaker.id or prev.when is None or prev.when.value.earliest is None:
        return frozenset()
    if prev.when.value.granularity is not Granularity.DAY:
        return frozenset()
    between = found[k + 1 : i]
    for g in between:
        if (
            g.speaker.id == f.speaker.id
            or not prev.sentence < g.sentence < f.sentence
            or g.when is None
            or g.when.value.granularity is not Granularity.DAY
            or not _said_in_own_clause(g)
            or g.when.value.latest is None
            or g.when.value.latest >= prev.when.value.earliest
        ):
            return frozenset()
    return frozenset(g.sentence for g in between)


_SAID_BEFORE_REASON: Final = "saying before:"
_SUBJECT_REACH: Final = 200  # characters before a speech verb its subject may start at (as _speakers reads it)


def _verb_subjects(doc: Doc, sent: Sentence, verb: re.Match[str]) -> set[str]:
    """The actors (ids) the subject of the speech verb ``verb`` names: the mention the attribution layer reads
    as a speech verb's subject (``left_speaker`` of :func:`._speech.patterns`, the one subject finder: "X on
    Tuesday announced", "X, on Monday, said", "X also told") and the speakers listed before it ("X and Y's
    envoy, Z, on Sunday hailed": :func:`._speakers.co_speakers`)."""
    left = patterns().left_speaker.search(doc.mask, max(sent.start, verb.start() - _SUBJECT_REACH), verb.start())
    spk = left.start("spk") if left is not None and left.group("spk") is not None else -1
    mention = mention_at(doc, spk)
    if mention is None:
        return set()
    return {mention.actor.id, *(a.id for a in co_speakers(doc, sent.start, spk))}


# Between a speech verb and its day, places may stand ("said in Brussels on Tuesday", "said at Ramstein Air Base
# in Germany on Sept. 6"): a preposition of place and capitalised words, at most two such phrases.
_VERB_PLACE_DAY: Final = re.compile(
    r"(?:\s+(?:in|at)(?:\s+the)?(?:\s+(?:\x01\x02*|[A-Z][\w'\u2019.-]*)){1,4},?){0,2}\s*(?:on\s+)?"
)


def _day_of_saying_in(doc: Doc, sent: Sentence, speaker_id: str) -> DateMention | None:
    """The day the sentence ``sent`` says ``speaker_id`` said something on: a speech verb (:func:`_speech_verbs`)
    outside quotations whose subject is a mention of that actor (right before it, a day or an adverb between:
    "X announced on Tuesday", "X on Tuesday said") with a day right beside it ("said on Tuesday", "on
    Tuesday said"), a past act (no "says", "has said")."""
    pattern, lemmas = _speech_verbs()
    names = [p for p in _mention_starts_of(doc, sent) if doc.mentions[p].actor.id == speaker_id]
    days = [
        d
        for d in dates_starting_in(doc, sent.start, sent.end)
        if d.type in (TimexType.DATE, TimexType.TIME)
        and _DAY_VALUE.fullmatch(d.value.timex)
        and not in_quote(doc, d.start)
        and not _stamp(doc, d)
        and not _possessed_other(doc, d)
    ]
    if not names or len({d.value.timex[:10] for d in days}) != 1:
        return None
    for verb in pattern.finditer(doc.mask, sent.start, sent.end):
        form = verb.group()
        if in_quote(doc, verb.start()) or _present_tense(form, lemmas.get(form.casefold(), form)):
            continue
        if speaker_id not in _verb_subjects(doc, sent, verb):
            continue
        for d in days:
            if (d.start >= verb.end() and _VERB_PLACE_DAY.fullmatch(doc.mask, verb.end(), d.start)) or (
                d.end <= verb.start() and _DAY_THEN_VERB.fullmatch(doc.mask, d.end, verb.start())
            ):
                return d
    return None


def _new_gathering(doc: Doc, si: int) -> bool:
    """Whether sentence ``si`` names a gathering one speaks at (:func:`_gathering_in`) and the sentence before
    names none: an occasion the text had not named ("Hegseth, speaking at a meeting of the contact group,
    stated ...")."""
    return _gathering_in(doc, doc.sentences[si]) and not _gathering_in(doc, doc.sentences[si - 1])


def _saying_before_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule saying-before (reason ``saying before:``; twenty-third session, sdates23).

    Dates when: the statement has no date of its own and the sentence right before says its speaker said
    something on one day (:func:`_day_of_saying_in`: the speaker's name as the subject of a speech verb with
    the day right beside it, "X announced on Tuesday ...", "X on Tuesday said ...", "X said in Kyiv on
    Tuesday"), the only day that sentence names outside quotations; every statement before it in the two
    sentences is its speaker's or dated to that day ("X and Y on Sunday hailed ... . '...,' Y told reporters,
    while X said ..."); the statement reports one act in the past (no "says", "has said") at no other time
    ("Later, X wrote") and names no gathering the sentence before does not ("X, speaking at a meeting of the
    contact group, stated ...": an occasion of its own; the real gold leaves that undated). The saying before
    need not be a statement the attribution rules found (its object a noun phrase: "X announced on Tuesday a
    large-scale drone attack"), where the rule continuing-quote has no dated statement to carry on from; and
    the statement may name a channel or an addressee ("In a post on Telegram, the mayor wrote", "X told
    Reuters"): the same day's words, given in another form.

    Fires wrongly, guarded: another speaker's words between, set at another day; several days in the
    sentence before (which one is the saying's?); a day inside quotations, a stamp, a possessed noun's day;
    a present or perfect; another time named; a new gathering; words told to a media outlet or in an
    interview ("X told Fox News"; where the sentence before holds the speaker's statement its own clause dates,
    rule continuing-quote, which runs first, dates words told to an outlet without an interview named); a new
    item of a feed (the speaker named again by title and full name, not by a second reference,
    :func:`_second_reference`). Left open: an interview given before the story and a post written the day
    after, which the text does not mark."""
    out = list(found)
    for i, f in enumerate(out):
        if f.when is not None or f.headline or f.sentence < 1 or f.rule.startswith(_NOT_SAID_THAT_DAY):
            continue
        if not one_act(doc, f, present=True) or _another_time(doc, f) or not _second_reference(doc, f, new_name=True):
            continue
        if (f.medium is not None and _gathering(f.medium)) or _new_gathering(doc, f.sentence) or _interview(doc, f):
            continue
        day = _day_of_saying_in(doc, doc.sentences[f.sentence - 1], f.speaker.id)
        if day is None:
            continue
        near = [g for g in out if g.sentence in (f.sentence - 1, f.sentence) and g.start < f.start]
        if all(g.speaker.id == f.speaker.id or _same_day(g, day) for g in near):
            evidence = "the day the sentence before says its speaker said something on"
            out[i] = _day_of_saying(f._replace(when=_dated(day, _SAID_BEFORE_REASON, evidence)))
    return out


def _interview(doc: Doc, f: Found) -> bool:
    """Whether ``f`` was said in an interview: its medium names one, or it was told to a media outlet ("X told
    Fox News"), which may have been given on another day than the story's."""
    if f.medium is not None and _INTERVIEW.search(f.medium):
        return True
    media = [doc.mentions[p] for p in _media_starts(doc, doc.sentences[f.sentence])]
    return any(doc.text[m.start : m.end] in a for m in media for a in f.addressees)


def _media_starts(doc: Doc, sent: Sentence) -> list[int]:
    """Where the mentions of media outlets in ``sent`` start."""
    return [p for p in _mention_starts_of(doc, sent) if doc.mentions[p].actor.kind is ActorKind.MEDIA]


def _same_day(f: Found, day: DateMention) -> bool:
    """Whether ``f`` is dated to the day of ``day``."""
    return f.when is not None and f.when.value.timex[:10] == day.value.timex[:10]


_DATELINE_REASON: Final = "dateline:"


def _dateline(doc: Doc) -> DateMention | None:
    """The date of the passage's dateline, when it names a day."""
    if not doc.dates:
        return None
    first = doc.dates[0]
    line = dateline_of_day(doc.text, (first.start, first.end))
    if line is None or len(first.value.timex) != len("2025-01-01"):
        return None
    if line.form == "day-line" or line.capitals or (line.form == "place-day-agency" and line.agency is not None):
        return first  # a wire's dateline (its place in capitals, or its agency after the day) or a stamp on a line
    return None  # "Feb. 17 - X said": a feed item's date; a place in title case without an agency: a page's byline


# An interview a story reports was given before the story files ("said in an interview with the daily").
_INTERVIEW: Final = re.compile(r"\binterview", re.IGNORECASE)


# Statements that report a source, not an act of saying on the day the story files: "according to X", "the
# daily reported" (an outlet's earlier report).
_NOT_SAID_THAT_DAY: Final = (_ACCORDING, "outlet-report")


def _stamp(doc: Doc, day: DateMention) -> bool:
    """Whether ``day`` is the stamp the passage opens with (a dateline, or a day and a dash: "FEBRUARY 13,
    2025 - ..."): the story's or item's date, set before its first sentence, not a phrase of that sentence."""
    return day is doc.dates[0] and dateline_day(doc, day)


def _moves_on(doc: Doc, line: DateMention) -> int:
    """Where the story moves to another time: the dateline's end when the lead (the sentence after the
    dateline) names another day outside quotations ("26 November 2024 / MONTREAL - The assembly wrapped up
    its session Monday": its sayings belong to that day, which the dateline does not give), else the start
    of the first sentence after the dateline that opens with a date of another day ("Last week, the cabinet
    agreed ..."); the text's end if none does."""
    lead = True
    for sent in doc.sentences:
        if sent.end <= line.end:
            continue
        other = [
            d
            for d in dates_starting_in(doc, max(sent.start, line.end), sent.end)
            if d.value.timex[:10] != line.value.timex and not in_quote(doc, d.start)
        ]
        if lead and any(len(d.value.timex) == len(line.value.timex) for d in other):
            return line.end
        if any(_in_fronted(doc, sent, d) for d in other):
            return sent.start
        lead = False
    return len(doc.text)


def _dateline_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule dateline (reason ``dateline:``).

    Dates when: the passage opens with a dateline naming a day ("KYIV, Dec. 5 (Reuters) -", "MOSCOW,
    September 10. /TASS/."), no statement of the story is dated to another day, and the statement, after
    the dateline and before any sentence that opens with another day, has no date of its own, reports one
    act in the past (not "has said", "says", "often says"), names no medium but a gathering at the place
    ("at a press conference") and no addressee but a generic audience ("told reporters": a briefing that
    day) or the wire itself ("has told TASS" under a TASS dateline: its own interview, filed that day, also
    in the news perfect), does not go on from an interview nor from its speaker's saying at an earlier time
    (:func:`_goes_on_from_earlier`: "X earlier called the risk grave. He said ..."), says no other time
    ("said earlier") and is an act of saying, not a source ("according to X") or an outlet's report ("the
    daily reported", "the broadcaster CBC reported": a media outlet's words). A wire's undated "said" is the
    day it files. The lead (the first sentence after the dateline with a word in lower case:
    :func:`_lead_sentence`) in the news perfect ("X has warned", "X has described ... as productive", not "has
    long said") gives the gist of the words the story then reports: it takes the day when the speaker's next
    statement is one this rule dates, not when that one is a post or another outlet's quotation.

    Fires wrongly, guarded: a saying recalled from earlier ("has repeatedly said", "said earlier"); an
    interview, op-ed, written statement or post with no day (a medium or named addressee, or an interview its
    attribution names when the medium was not read: :func:`_names_interview`; a gathering at the
    place, "said at a press conference", "during a session of the committee", is that day's: a ``gathering``
    cue, :func:`_gathering`); another outlet's report; a quotation after the story has moved to background of
    another day ("Last week, the cabinet agreed ... X said ..."); a lead that names another day for the story's
    event ("26 November 2024 / MONTREAL - The assembly wrapped up its session Monday. '...,' said its
    president": the sayings belong to that day, not to the stamp or dateline; also "KYIV, March 6 - X said the
    strike on Tuesday killed ...", where the saying may be Tuesday's). Left open: a background paragraph that
    moves in time without opening on a date, and a briefing the evening before the filing day that the text
    does not date."""
    line = _dateline(doc)
    if line is None or any(f.when is not None and f.when.value.timex[:10] != line.value.timex for f in found):
        return found  # a story that dates its sayings on other days leaves the undated ones undated
    when = evolve(
        line, value=evolve(line.value, reason=f"{_DATELINE_REASON} the story's dateline ({line.value.reason})")
    )
    out = list(found)
    interview = _interview_words(doc, found)
    moved = _moves_on(doc, line)
    stamp = opening_dateline(doc.text, [(line.start, line.end)])
    agency = stamp.agency if stamp is not None else None
    lead = _lead_sentence(doc, stamp.end if stamp is not None else line.end)
    gists = []
    for i, f in enumerate(found):
        if (
            f.when is None
            and not f.headline
            and f.end > line.end
            and (f.medium is None or _gathering(f.medium))  # a medium or a named audience is another occasion
            and all(a.casefold() in _generic_audiences() or a == agency for a in f.addressees)  # "told reporters"
            and i not in interview
            and not _goes_on_from_earlier(doc, found, i)
            and f.start < moved
            and not f.rule.startswith(_NOT_SAID_THAT_DAY)
            and f.speaker.kind is not ActorKind.MEDIA  # another outlet's report: filed on its own day
            and not _another_time(doc, f)
        ):
            if one_act(doc, f, present=True) or (agency in f.addressees and _lead_act(doc, f)):
                out[i] = f._replace(when=when)
            elif f.sentence == lead and _lead_act(doc, f):
                gists.append(i)  # "X has warned ...": the day's only if the story then gives that day's words
    for i in gists:
        after = next((g for g in out[i + 1 :] if g.speaker.id == found[i].speaker.id), None)
        if after is not None and after.when is when:
            out[i] = found[i]._replace(when=when)
    return out


# Opens a sentence whose subject is a person named before ("He said ...", "She added ...").
_PRONOUN_OPENS: Final = re.compile(r"\s*(?:He|She|They)\s+(?=[a-z])")


def _goes_on_from_earlier(doc: Doc, found: list[Found], i: int) -> bool:
    """Whether ``found[i]`` goes on, in the very next sentence, from its speaker's saying at an earlier time
    than the story's (twenty-fourth session, sdates24): the statement right before it is the same speaker's,
    in the sentence before, undated and said at another time ("Earlier, X argued that ... . He remarked that
    ..."), or its sentence opens with a subject pronoun and the sentence before says, outside quotations,
    that its subject spoke earlier (an ``earlier_time`` cue: "X earlier called the risk grave. He said he
    planned to visit ..."): the pronoun's words are of that time too, not of the dateline's day."""
    f = found[i]
    if f.sentence < 1:
        return False
    prev = found[i - 1] if i else None
    if (
        prev is not None
        and prev.speaker.id == f.speaker.id
        and prev.sentence == f.sentence - 1
        and prev.when is None
        and _another_time(doc, prev)
    ):
        return True
    sent, before = doc.sentences[f.sentence], doc.sentences[f.sentence - 1]
    if _PRONOUN_OPENS.match(doc.mask, sent.start, sent.end) is None:
        return False
    return any(not in_quote(doc, m.start()) for m in _cue("earlier_time").finditer(doc.mask, before.start, before.end))


def _lead_sentence(doc: Doc, end: int) -> int:
    """The index of the lead, the story's first sentence after a dateline that ends at ``end``: the first
    sentence after it with a word in lower case (a clock time, "22:50 GMT", or an agency's tag, "/TASS/.",
    that the splitter set apart are still the stamp's); -1 if none."""
    for k, sent in enumerate(doc.sentences):
        if sent.end > end and _LOWER_WORD.search(doc.mask, max(sent.start, end), sent.end) is not None:
            return k
    return -1


_LOWER_WORD: Final = re.compile(r"\b[a-z]{2,}\b")


_GIST_REASON: Final = "lead gist:"
_GIST_SENTENCES: Final = 2  # how far after the lead the speaker's dated words may come
# The news perfect right before a speech verb ("has said", "have also warned", "has now claimed").
_NEWS_PERFECT_BEFORE: Final = re.compile(
    rf"\b(?:{alternation(_NEWS_PERFECT)})\s+(?:[a-z]+ly\s+|also\s+|now\s+)?$", re.IGNORECASE
)


def _lead_gist_dates(doc: Doc, found: list[Found]) -> list[Found]:
    """Rule lead-gist (reason ``lead gist:``; twenty-eighth session, sdate28).

    Dates when: the story's first statement (no headline) stands in its lead (the first sentence after any
    stamp with a word in lower case: :func:`_lead_sentence`), has no date of its own and reports in the news
    perfect ("X has said", "X has warned", :func:`_lead_act`: not "has long said"), and the next statement
    after its words is its speaker's, in one of the two sentences after the lead, dated to a day by its own
    sentence (its attribution or an occasion it names, :func:`_said_in_own_clause`: "'...,' X said in the
    Telegram channel after the government meeting on Wednesday", "In a post on Thursday, X asked ...") at no
    other time. The lead gives the gist of the words the story then reports and dates: one act of saying. Rule
    dateline reads the same form where the dateline dates the words after the lead. Over the read pools the
    gold dates every such lead whose speaker's next words carry a day of their own (two outlets without a
    dateline, two more under one) and leaves a lead in the simple past or the present undated ("X thanked Y
    ... . X announced on Monday ...", "X says ... . X said on Wednesday ...": no gist).

    Fires wrongly, guarded: a standing view or habit ("has long said"); a lead in another tense (a past act of
    its own, "X thanked Y for ...", or the present, "X says"); another speaker's words between (the story has
    moved on); next words said at another time ("Earlier, X said on Monday ...") or dated only from outside
    their sentence (an occasion before, a continuing quotation: no day of their own); next words given in an
    interview or told to a named addressee ("X has said ... . '...,' X told the broadcaster NRK on Tuesday": the
    lead may recall a standing view, as rule quote-after reads it, and as the gold of an earlier pool left it); a
    lead whose words hold another speaker's saying ("Y is wrong to claim that ..., X has said": the reply and the
    claim are two sayings, and the lead may answer a claim of an earlier day);
    a month or a week (no day of one act). Left open: a lead that sums up sayings of several days, the story
    dating only the last.
    """
    out = list(found)
    first = next((k for k, g in enumerate(out) if not g.headline), None)
    if first is None:
        return out
    f = out[first]
    line = _dateline(doc)
    stamp = opening_dateline(doc.text, [(line.start, line.end)]) if line is not None else None
    lead = _lead_sentence(doc, stamp.end if stamp is not None else line.end if line is not None else 0)
    if f.when is not None or f.sentence != lead or f.rule.startswith(_NOT_SAID_THAT_DAY) or not _gist_verb(doc, f):
        return out
    if _reported_inside(doc, f):
        return out  # the lead's words hold another's saying ("Y is wrong in claiming that ..."): two sayings in play
    nxt = next((g for g in out[first + 1 :] if g.start >= f.end), None)
    if (
        nxt is None
        or nxt.speaker.id != f.speaker.id
        or not f.sentence < nxt.sentence <= f.sentence + _GIST_SENTENCES
        or nxt.when is None
        or nxt.when.value.granularity is not Granularity.DAY
        or not _said_in_own_clause(nxt)
        or _at_another_time(doc, nxt)
        or _interview(doc, nxt)
        or _names_outlet(doc, nxt)
        or _told_someone(doc, nxt)
        or any(a.casefold() not in _generic_audiences() for a in nxt.addressees)
    ):
        return out
    value = nxt.when.value
    reason = f"{_GIST_REASON} the day of the words the lead gives the gist of ({value.reason})"
    out[first] = f._replace(when=evolve(nxt.when, value=evolve(value, reason=reason)))
    return out


def _names_outlet(doc: Doc, f: Found) -> bool:
    """Whether the sentence of ``f`` names a media outlet outside its words and quotations ("'...,' X told the
    broadcaster NRK"): words given to an outlet, an interview of its own."""
    return any(not f.start <= p < f.end and not in_quote(doc, p) for p in _media_starts(doc, doc.sentences[f.sentence]))


@functools.cache
def _reports_that() -> re.Pattern[str]:
    """A speech verb or participle right before "that" (``say``, ``ing`` and ``declare`` classes of
    ``data/speech_verbs.tsv``: "claiming that", "said that"): a saying reported inside other words."""
    return re.compile(rf"\b(?:{verb_words('say', 'ing', 'declare', fold_first=False)})\s+that\b", re.IGNORECASE)


def _reported_inside(doc: Doc, f: Found) -> bool:
    """Whether the words of ``f`` report another saying outside quotations ("Y is applying double standards by
    claiming that ...")."""
    return any(not in_quote(doc, m.start()) for m in _reports_that().finditer(doc.mask, f.start, f.end))


@functools.cache
def _told_group() -> re.Pattern[str]:
    """A group words are told to without a name right after "told" (``address`` cues of
    ``data/speech_cues.tsv``: "reporters", "journalists")."""
    return re.compile(rf"\s+{_address_group()}", re.IGNORECASE)


def _told_someone(doc: Doc, f: Found) -> bool:
    """Whether the speech verb of ``f`` is "told" with an addressee that is no group told without a name ("X told
    the broadcaster NRK", not "X told reporters"), read where the attribution did not name it."""
    verb = _speech_verb(doc, f)
    return verb is not None and verb.group().casefold() == "told" and _told_group().match(doc.mask, verb.end()) is None


def _gist_verb(doc: Doc, f: Found) -> bool:
    """Whether the speech verb of ``f`` is in the news perfect a lead uses ("has said", "has warned"), not a
    habit ("has long argued": :func:`_lead_act`)."""
    verb = _speech_verb(doc, f)
    if verb is None or not _lead_act(doc, f):
        return False
    start = max(doc.sentences[f.sentence].start, verb.start() - 20)
    return _NEWS_PERFECT_BEFORE.search(doc.mask, start, verb.start()) is not None


@functools.cache
def _in_interview() -> re.Pattern[str]:
    """Words of an attribution that name an interview ("in an interview", "in a joint interview with", "during
    his televised interview"): an ``interview_in`` and an ``interview_determiner`` cue before it."""
    return re.compile(
        rf"\b(?:{_alternation('interview_in')})\s+(?:{_alternation('interview_determiner')})\s+"
        r"(?:[\w-]+\s+){0,2}?interviews?\b",
        re.IGNORECASE,
    )


def _names_interview(doc: Doc, f: Found) -> bool:
    """Whether ``f`` gives words of an interview: its medium names one, or its attribution outside the words
    does, outside quotations (when the medium was not read: "..., said X, a candidate of the party, in an
    interview with the weekly")."""
    if _INTERVIEW.search(f.medium or ""):
        return True
    start, end = _outside_words(doc, f)
    return any(not in_quote(doc, m.start()) for m in _in_interview().finditer(doc.mask, start, end))


def _interview_words(doc: Doc, found: list[Found]) -> set[int]:
    """The statements of ``found`` that give words of an interview: one naming an interview ("said in an
    interview with the daily"), the same speaker's quotations that go on from it naming no other channel
    (another speaker's statement between, a source's background, does not end it: "According to the
    project, ... '...,' X said"), and the lead right before it, its gist, in the sentence before ("X said
    ... . '...,' X said in an interview with the radio"). A written document or medium (:func:`_written`: "said
    in a statement", "wrote on Telegram") opens such a run too, without its lead: the quotations that go on
    from it naming no other channel are its words ("..., the agency said in a statement. '...,' the agency
    said": the statement's, not the dateline's day; sdate27)."""
    out: set[int] = set()
    interview: Found | None = None  # the statement of an interview or a document the quotations go on in
    for i, f in enumerate(found):
        if _names_interview(doc, f):
            interview = f
            out.add(i)
            lead = found[i - 1] if i else None
            if lead is not None and lead.speaker.id == f.speaker.id and lead.sentence == f.sentence - 1:
                out.add(i - 1)  # the gist the story opens with, of the words it then quotes from the interview
        elif f.medium is not None and _written(f.medium):
            interview = f
            out.add(i)
        elif interview is not None and interview.speaker.id == f.speaker.id and not (f.medium or f.addressees):
            out.add(i)
        elif interview is not None and interview.speaker.id == f.speaker.id:
            interview = None
    return out


def _gathering(venue: str) -> bool:
    """Whether ``venue`` (a statement's medium or venue) is a gathering where the words were said aloud to
    people present (a ``gathering`` cue: "a press conference", "a meeting of the budget committee"), not
    an interview or a written or broadcast medium: a story filed from the place has them that day."""
    return (
        _cue("gathering").search(venue) is not None
        and _INTERVIEW.search(venue) is None
        and _written_words().search(venue) is None
    )


def _another_time(doc: Doc, f: Found) -> bool:
    """Whether the sentence of ``f`` says, outside its words and relative clauses set off by commas, that
    it was said at another time ("the Kremlin said earlier", "Later, X said", "A day after the talks, X said":
    :func:`_offset`; not "X told Y, who previously served as president, that ...", nor in a clause of its
    own after the words, ", as it was previously agreed", nor inside a quotation the words leave out: 'X
    said Y "has faced the occupation for 51 years following the invasion"', twentieth session)."""
    sent = doc.sentences[f.sentence]
    # within the window an attribution can span (a run-on sentence costs no more than a normal one)
    before = doc.mask[max(sent.start, f.start - BACK) : f.start]
    after = doc.mask[f.end : min(sent.end, f.end + FORWARD)]
    other = _OTHER_CLAUSE_AFTER.search(after)
    outside = _APPOSITIVE.sub(" ", before + " " + (after[: other.start()] if other else after))
    if _cue("another_time").search(outside) is not None or _earlier_noun(doc, f):
        return True
    # an offset in a clause of its own after the words dates that clause ("..., as it was the first visit in
    # 33 years since ...": sdates25), as the cue words there do
    lo = max(sent.start, f.start - BACK)
    hi = f.end + other.start() if other else min(sent.end, f.end + FORWARD)
    return any(
        _offset(doc, d) and not f.start <= d.start < f.end and not in_quote(doc, d.start)
        for d in dates_starting_in(doc, lo, hi)
    )


# The noun a statement's words follow ("X's recent statement that "): up to two words after the modifier, "that".
_NOUN_BEFORE_WORDS: Final = r"\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+that\s+$"
_NOUN_REACH: Final = 40  # characters before the words the modifier of their noun may start at


def _earlier_noun(doc: Doc, f: Found) -> bool:
    """Whether the medium or venue of ``f`` ("at a previous meeting, X said") or the noun its words follow
    ("in response to X's recent statement that ...") carries an ``earlier_modifier`` cue: the words were said
    at another time than the occasion or story around them (twenty-fourth session, sdates24)."""
    if f.medium is not None and _cue("earlier_modifier").search(f.medium) is not None:
        return True
    start = max(doc.sentences[f.sentence].start, f.start - _NOUN_REACH)
    return _cue("earlier_modifier", _NOUN_BEFORE_WORDS).search(doc.mask, start, f.start) is not None


def _offset(doc: Doc, d: DateMention) -> bool:
    """Whether ``d`` is a duration of a day or longer right before a ``sequence`` cue: the words came that long
    before or after the occasion the cue names, on another day ("A day after the meeting, X said", "X said weeks
    before the summit"); "hours after" may be the same day."""
    if d.type is not TimexType.DURATION or not d.value.timex.startswith("P") or d.value.timex.startswith("PT"):
        return False
    return _cue("sequence").match(doc.mask, d.end + 1) is not None and doc.mask[d.end : d.end + 1].isspace()


# A relative clause set off by commas says when someone else did something ("X told Y, who previously
# served as president, that ..."), not when the saying was.
_APPOSITIVE: Final = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,", re.IGNORECASE)
# After the words, a clause a comma and a conjunction open with a subject of its own tells of another act ("...,
# as it was previously suggested"): a time cue there is that act's.
_OTHER_CLAUSE_AFTER: Final = re.compile(r",\s*(?:as|while|although|though|because|whereas)\b")


# A relative clause set off by a comma, up to the day: it tells of its antecedent ("..., wrote X, whose party
# won last weekend's election").
_COMMA_RELATIVE: Final = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]*$", re.IGNORECASE)


def _subject_after_sequence(doc: Doc, sent: Sentence, f: Found, day: DateMention) -> bool:
    """Whether ``day`` comes right after the speaker of ``f`` named right after a ``sequence`` cue: the cue
    opens a clause whose subject is the speaker and whose time is the day ("This comes after X on Thursday
    said that ...", "after X last week complained that ..."), not a phrase about another event."""
    return any(
        _RIGHT_AFTER.fullmatch(doc.mask, mention_end(doc, p), day.start) is not None
        and _cue("sequence", r"\s+(?:the\s+)?$").search(doc.mask, max(sent.start, p - 20), p) is not None
        for p in _speaker_starts(doc, sent, f)
        if p < day.start
    )


# After a speech verb, a comma and a conjunction open a clause with a subject of its own ("..., X said, as
# crowds marked Easter"), not the speaker's pronoun nor a participle whose subject is the speaker ("..., X
# said, as she arrived on Tuesday", "..., X said, after meeting Y on Tuesday").
_OTHER_SUBJECT: Final = re.compile(
    r",\s*(?:as|while|whereas|when|after|before|since|because)\s+(?!(?:he|she|they|it|[a-z]+ing)\b)[^,;]*$",
    re.IGNORECASE,
)


def _after_the_verb_elsewhere(doc: Doc, sent: Sentence, f: Found, verb_end: int) -> bool:
    """Whether the own date of ``f`` stands after its speech verb (ending at ``verb_end``) in a relative
    clause set off by a comma ('"...," wrote X, whose party won last weekend's election': the antecedent's
    day) or in a clause with another subject (:func:`_other_subject_after`: '"...," X said, as crowds marked
    Easter')."""
    assert f.when is not None
    relative = _COMMA_RELATIVE.search(doc.mask, sent.start, f.when.start)
    return (relative is not None and verb_end <= relative.start()) or _other_subject_after(doc, f, verb_end)


def _relative_before_verb(doc: Doc, sent: Sentence, f: Found, verb_start: int) -> bool:
    """Whether the own date of ``f`` stands before its speech verb (starting at ``verb_start``) in a relative
    clause set off by a comma and closed by one before the verb, with no speech verb of its own ("Y, who met
    X on Thursday, announced ...": the antecedent's day, not the announcing's; "Y, who said last week that
    ..." keeps it: the saying is in the clause)."""
    assert f.when is not None
    relative = _COMMA_RELATIVE.search(doc.mask, sent.start, f.when.start)
    if relative is None or f.when.end > verb_start:
        return False
    closed = doc.mask.find(",", f.when.end, verb_start)
    return closed >= 0 and _speech_verbs()[0].search(doc.mask, relative.start(), closed) is None


def _other_subject_after(doc: Doc, f: Found, verb_end: int) -> bool:
    """Whether the own date of ``f`` stands after its speech verb (ending at ``verb_end``) in a clause a comma
    and a conjunction open with another subject than the speaker (:data:`_OTHER_SUBJECT`, no mention of the
    speaker in it): it dates that clause's event ("..., the mayor said, as many marked Palm Sunday")."""
    assert f.when is not None
    m = _OTHER_SUBJECT.search(doc.mask, verb_end, f.when.start)
    if m is None:
        return False
    lo, hi = bisect.bisect_left(doc.starts, m.start()), bisect.bisect_left(doc.starts, f.when.start)
    return all(doc.mentions[p].actor.id != f.speaker.id for p in doc.starts[lo:hi])


# A day in the genitive ("Wednesday's", "Monday\u2019s"): it dates the noun after it (right after a verb of
# saying, the verb's object: "described Thursday's vote as historic"; "at Monday's summit" keeps it).
_GENITIVE: Final = re.compile(r"['\u2019]s\b")


_NO_POINT: Final = frozenset({Granularity.DURATION, Granularity.SET})  # values that place nothing in time


def _own_date_holds(doc: Doc, f: Found) -> bool:
    """Whether the date the attribution rules read in the statement's own clause dates one act of saying:
    a date before a verb that reports no one act, with another saying between, is that saying's clause's
    ("On Tuesday, Y said ..., while X has said ..."; "In January, X had said" and "has said ... in an
    interview published on Saturday" keep theirs), and the day is its phrase's own time (from the last
    comma before it), not a topic's or a background event's (:func:`_fronted_time`: "Speaking after the
    strike on Sunday, X said", "X, speaking ahead of the vote on Thursday, said", "Commenting on the vote
    of March 2, X said"), nor in a relative clause set off by a comma after the speech verb, which tells of
    its antecedent ('"...," wrote X, whose party won last weekend's election'; "Y, who said last week that
    ..." keeps its day: the verb is in the clause), or closed by a comma before it ("Y, who met X on
    Thursday, announced ...": :func:`_relative_before_verb`). A reduced relative clause's day stays (the real gold
    dates "In an interview published yesterday by the daily, X said" by it), but not a plan's (:func:`_planned`:
    "according to a draft report expected to be presented on Tuesday", "said in a report due out on Tuesday":
    a day still to come when the story files, whose saying the text does not date; sdate27)."""
    if f.when is None:
        return True
    # the story's stamp, not a phrase of the statement's clause: the dateline rule decides; "In a grim view of
    # today's world, X said": the noun's time ("at Monday's summit" stays); "now", "recently" (PRESENT_REF,
    # PAST_REF) name no time a saying took place at, nor does a length of time or a recurrence ("A day earlier,
    # X said" read as P1D with nothing before it to count from; "every Monday"): a saying's date is never a
    # duration (sdateb29); "according to a draft expected to be presented on Tuesday": a plan's day (sdate27)
    sent = doc.sentences[f.sentence]
    if (
        _stamp(doc, f.when)
        or _possessed_other(doc, f.when)
        or f.when.value.timex.endswith("_REF")
        or f.when.value.granularity in _NO_POINT
        or _planned(doc, sent, f.when)
    ):
        return False
    words_end = f.end if f.rule.startswith("noun-object") else -1  # the words of an object verb, their tail after them
    # "called for talks as she visited Lisbon on Thursday": the rule during-clause's
    during = 0 <= words_end <= f.when.start and _during_clause().search(doc.mask, words_end, f.when.start) is not None
    if during or (not _phrase_time(doc, sent, f.when, words_end) and not _subject_after_sequence(doc, sent, f, f.when)):
        return False
    verb = _speech_verb(doc, f)
    # "X described Thursday's vote as historic": a day in the genitive right after the verb is its object's
    if verb is not None and (
        _after_the_verb_elsewhere(doc, sent, f, verb.end())
        or _relative_before_verb(doc, sent, f, verb.start())
        or (_GENITIVE.match(doc.text, f.when.end) and _RIGHT_AFTER.fullmatch(doc.mask, verb.end(), f.when.start))
    ):
        return False
    if verb is None or f.when.start > verb.start() or one_act(doc, f):
        return True
    # before a verb of no one act, the day is its own clause's ("In January, X had said") unless another
    # saying's clause lies between ("On Tuesday, Y said ..., while X has said ...")
    between = _speech_verbs()[0].search(doc.mask, f.when.end, verb.start())
    return between is None


# After a date in the words of an urging, its infinitive: the date stands between the object and the
# infinitive, which are the words ("urged allies on Thursday to spend more"), and is the urging's.
_INFINITIVE_AFTER: Final = re.compile(r"\s+to\s+[a-z]")


def _in_words(doc: Doc, f: Found, found: list[Found]) -> bool:
    """Whether the date the attribution rules gave ``f`` stands inside reported content: the words of another
    statement (not the same words said jointly) or its own, except between an urging's object and its
    infinitive ("urged allies on Thursday to spend more": the urging's day). Reported content dates what it
    reports, not the saying ("X described the talks as '...', saying that the envoy had ruled out a return to
    the pre-2014 borders")."""
    if f.when is None:
        return False
    at = f.when.start
    if f.start <= at < f.end:
        return _INFINITIVE_AFTER.match(doc.mask, f.when.end) is None
    return _words_spans(found).inside(at, besides=(f.start, f.end)) and not _sourced_clause_is_own(doc, f, found)


_COMMA_ONLY: Final = re.compile(r"\s*,\s*")


def _sourced_clause_is_own(doc: Doc, f: Found, found: list[Found]) -> bool:
    """Whether the date of ``f`` stands in the clause another source's "according to" gives as its words, a
    clause whose subject goes on, after a bare comma, to the verb of ``f`` ("According to X, A commented on
    the sacking on 4 May, claimed that ..."): that clause is the speaker's own and dates the saying too
    (twenty-sixth session, prec26)."""
    assert f.when is not None
    at = f.when.start
    verb = _speech_verb(doc, f)
    if verb is None or verb.start() <= at:
        return False
    return any(
        g is not f
        and g.rule.startswith("according-to")
        and g.start <= at < g.end
        and _COMMA_ONLY.fullmatch(doc.mask, g.end, verb.start()) is not None
        for g in found
    )


def date_statements(doc: Doc, found: list[Found]) -> list[Found]:
    """The statements ``found`` in ``doc`` (text order), the undated ones dated where the document dates them."""
    out = [
        _day_of_saying(f) if _own_date_holds(doc, f) and not _in_words(doc, f, found) else f._replace(when=None)
        for f in found
    ]
    for rule in DATE_RULES:
        out = rule.apply(doc, out)
    return out


# -- rule saying-not-after-publication ----------------------------------------------------------------------

_NOT_AFTER_REASON: Final = "the saying is not after"
_YEAR_WRITTEN: Final = re.compile(r"\b\d{4}\b|['\u2019]\d\d\b")
_PERIOD_YEAR: Final = re.compile(r"\d{4}(?=-|$)")
# How the date resolver's reason tells that it placed a day after the text's now by the future tense of the day's
# clause (``_dates._resolve._tense_word``: "future-tense weekday", "future-tense occurrence"). Not its "past-tense
# clause, the coming occurrence": that reading also falls on a month a past saying names ("said in April").
_FUTURE_READ: Final = re.compile(r"\bfuture-tense\b")


def saying_limit(doc: Doc, published: dt.date | None) -> dt.date | None:
    """The last day a saying the text reports may lie on: the publication date, or the day of its dateline
    when that is later (a wire's dateline in another time zone). ``None`` without a publication date: a text
    without one may be a feed or a compilation whose first dated line is not the day of the whole."""
    if published is None:
        return None
    line = _dateline(doc)
    day = line.value.latest if line is not None else None
    return published if day is None else max(published, day)


@functools.cache
def _names(kind: str) -> re.Pattern[str]:
    """The calendar names of ``data/weekdays.tsv`` (``kind`` "week") or of ``data/months.tsv`` and
    ``data/seasons.tsv`` (``kind`` "year"), as whole words."""
    lex = date_lexicon()
    forms = lex.weekdays if kind == "week" else [*lex.months, *lex.seasons]
    return re.compile(rf"\b(?:{word_pattern(forms)})\b")


def _step_back(timex: str, words: str, limit: dt.date) -> str | None:
    """The latest occurrence not after ``limit`` of the calendar name in ``words``, which was read as ``timex``:
    a weekday's day a week back at a time (a weekday alone: "Friday"), a month's or a season's (with its day, if
    any) a year back at a time; ``None`` for anything else (a year the text wrote, "Tuesday, March 11, 2025"; a
    day counted from now: "tomorrow")."""
    info = parse_timex(timex)
    if info is None or info.earliest is None:
        return None
    day, _, part = timex.partition("T")
    written = _YEAR_WRITTEN.search(words) is not None
    if (
        info.granularity in _DAY_OR_TIME
        and _names("week").search(words)
        and not written
        and not _names("year").search(words)
    ):
        try:
            back = dt.date.fromisoformat(day) - dt.timedelta(weeks=-(-(info.earliest - limit).days // 7))
        except OverflowError:  # a limit in the calendar's first week (published 0001-01-01): no earlier one
            return None
        return back.isoformat() + (f"T{part}" if part else "")
    year = _PERIOD_YEAR.match(timex)
    if year is None or written or not _names("year").search(words):
        return None
    for back_years in range(1, 3):
        earlier = f"{int(year.group()) - back_years:04d}{timex[4:]}"
        earlier_info = parse_timex(earlier)
        if earlier_info is not None and earlier_info.earliest is not None and earlier_info.earliest <= limit:
            return earlier
    return None


def _not_after(d: DateMention, limit: dt.date) -> DateMention | None:
    """``d`` when it does not begin after ``limit``; else the latest of the resolver's alternatives that does
    not, else the past reading of its calendar name (:func:`_step_back`); else ``None``."""
    v = d.value
    if v.earliest is None or v.earliest <= limit:
        return d
    kept = [
        (info.earliest, a)
        for a in v.alternatives
        if (info := parse_timex(a)) is not None and info.earliest is not None and info.earliest <= limit
    ]
    timex = max(kept)[1] if kept else _step_back(v.timex, d.text, limit)
    if timex is None:
        return None
    info = parse_timex(timex)
    if info is None or info.earliest is None or info.earliest > limit:
        return None
    why = f"{_NOT_AFTER_REASON} {limit.isoformat()}: {v.timex} read back to {timex} ({v.reason})"
    value = evolve(v, timex=timex, granularity=info.granularity, earliest=info.earliest, latest=info.latest, reason=why)
    return evolve(d, value=value)


def sayings_not_after(found: list[Found], limit: dt.date | None) -> list[Found]:
    """Rule saying-not-after-publication: the act of saying a news text reports lies on or before the day the
    text was published (or its dateline's day, :func:`saying_limit`). A statement whose date would begin after
    it takes the latest of the date resolver's alternatives that does not, else the past reading of the date's
    calendar name ("Friday" a week back, "September" a year back), its reason saying so; with neither (a year or
    a full date the text wrote, "tomorrow") it is left undated: never a future saying. A day the resolver put
    after now by the future tense of its clause is a planned event's, not the saying's: it is not read back but
    left undated ("..., X said, previewing the summit scheduled for Friday": that Friday is the summit's, and a
    Friday a week earlier would be a guess)."""
    if limit is None:
        return found
    return [f if f.when is None else f._replace(when=_saying_not_after(f, f.when, limit)) for f in found]


def _saying_not_after(f: Found, d: DateMention, limit: dt.date) -> DateMention | None:
    """The date ``d`` of the saying ``f`` not after ``limit`` (:func:`_not_after`), or ``None`` for a day after
    it that the resolver read as future by the tense of its clause where that clause is not the saying's: a day
    after the start of the words ('"...," X said, previewing the summit scheduled for Friday') or one a rule
    took from elsewhere (an occasion named before). A day before the words keeps its past reading: there the
    future the resolver read is the words' ("told Y on Monday that the corridor would stay open")."""
    future = d.value.earliest is not None and d.value.earliest > limit and _FUTURE_READ.search(d.value.reason)
    if future and (d.start >= f.start or d.value.reason.startswith(tuple(r.reason for r in DATE_RULES))):
        return None
    return _not_after(d, limit)


@frozen
class SayingBoundRule:
    """A bound on the date of every saying, applied after the statement-date rules (by ``_parse``, which knows the
    publication date). ``reason`` starts the reason of a date it changed; ``examples`` are as
    :class:`StatementDateRule`'s: in ``text`` (synthetic, published on :data:`EXAMPLE_PUBLISHED`) the statement
    whose words contain ``words`` is dated ``timex`` (None: left undated); a parametrised test runs them."""

    name: str
    reads: str
    reason: str
    examples: tuple[tuple[str, str, str | None], ...]


SAYING_NOT_AFTER: Final = SayingBoundRule(
    name="saying-not-after-publication",
    reads=(
        "a statement whose date would begin after the publication date (or its dateline's day): the latest of the "
        "resolver's alternatives that does not, else a weekday alone a week back, a month or season (with its day) "
        "a year back; a year the text wrote, a day counted from now, or a day after the words' start (or from "
        "another sentence) that the resolver put after now by the future tense of its clause leaves it undated "
        "(:func:`sayings_not_after`)"
    ),
    reason=_NOT_AFTER_REASON,
    examples=(
        ("Mark Rutte said in April that allies would pay more.", "allies would pay", "2024-04"),  # synthetic
        ("Mark Rutte said on March 11 that allies would pay more.", "allies would pay", "2024-03-11"),  # synthetic
        (
            "Mark Rutte said on Tuesday, March 11, 2025, that allies would pay more.",
            "allies would pay",
            None,
        ),  # synthetic
        (  # synthetic: the future tense put the day after now: the planned talks' day, never read back a year
            '"The talks will be hard," Jane Doe said, previewing the summit scheduled for Friday, March 14.',
            "talks will be hard",
            None,
        ),
        (  # synthetic: ... but a day before the words keeps its past reading (the future read is the words')
            "Jane Doe told her counterpart, John Smith, on Monday that the corridor would stay open.",
            "corridor would stay open",
            "2025-03-03",
        ),
    ),
)


DATE_RULES: Final = (
    StatementDateRule(
        name="verb-day",
        reads="X said Monday / X on Monday said that (the day beside the speech verb)",
        reason=_VERB_DAY_REASON,
        apply=_verb_day_dates,
        examples=(
            (  # synthetic: the attribution reads the reported clause's subject; the day beside "said" is the saying's
                (
                    "Chancellor Olaf Scholz has rejected a call from the opposition to send missiles to"
                    ' "end the war sooner," Berlin said on March 4.'
                ),
                "end the war sooner",
                "2025-03-04",
            ),
            (  # synthetic: ... not beside a verb in the present ("says": a standing view or a live report)
                (
                    "Chancellor Olaf Scholz has rejected a call from the opposition to send missiles to"
                    ' "end the war sooner," Berlin says on March 4.'
                ),
                "end the war sooner",
                None,
            ),
            (  # synthetic: ... nor a day after another phrase ("after the vote on Tuesday")
                (
                    "Chancellor Olaf Scholz has rejected a call from the opposition to send missiles to"
                    ' "end the war sooner," Berlin said after the vote on Tuesday.'
                ),
                "end the war sooner",
                None,
            ),
            (  # synthetic: a day in a relative clause on the subject is that clause's
                "Foreign Minister Ivan Petrov, who landed in Oslo early on Monday, said he would meet the king.",
                "he would meet the king",
                None,
            ),
            (  # synthetic: a report verb's day is the report's (the reporter is a source), not the saying's
                (
                    "Foreign Minister Ivan Petrov has told his Danish counterpart that the border would stay shut,"
                    " the daily Politiken reported on Tuesday."
                ),
                "the border would stay shut",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="occasion-in-sentence",
        reads="[On DAY,|Speaking ... on DAY,|..., and on DAY] X said/urged ... (and said ...)",
        reason=_SENTENCE_REASON,
        apply=_sentence_dates,
        examples=(
            (  # synthetic: a day opening the clause of a subject set off with its office in apposition
                (
                    "Additionally, on March 4, Olena Marchuk, head of the regional water agency, reported that three"
                    " pumping stations were back in service."
                ),
                "pumping stations",
                "2025-03-04",
            ),
            (  # synthetic: ... not past a relative clause (no appositive: the clause has its own verb)
                (
                    "Additionally, on March 4, Olena Marchuk, who heads the regional water agency, reported that three"
                    " pumping stations were back in service."
                ),
                "pumping stations",
                None,
            ),
            (  # synthetic: a saying inside the content of another's report takes no day of the report's fronted
                # phrase (twentieth session, undated20)
                (
                    "On 4 March, the Daily Courier reported that the envoy was dropped from the negotiations once the"
                    " Kremlin said it objected to his presence."
                ),
                "objected to his presence",
                None,
            ),
            (  # synthetic: nor a view held in a relative clause of the main clause the fronted year sets
                (
                    "In 2023, the ombudsman's office received 900 appeals from Moldovan officials who believed that"
                    " their rights were violated by recruiters."
                ),
                "their rights were violated",
                None,
            ),
            (  # synthetic: a day in the second of two fronted phrases, right before the speaker (twentieth session)
                (
                    "As reported by the agency, during the March 3 meeting of the staff, President Jan Novak stated"
                    " that the losses exceeded 3,000."
                ),
                "losses exceeded",
                "2025-03-03",
            ),
            (  # synthetic: ... not another event's day in it ("after the strike on March 3")
                (
                    "As reported by the agency, after the strike on March 3, President Jan Novak stated that the"
                    " losses exceeded 3,000."
                ),
                "losses exceeded",
                None,
            ),
            (  # synthetic: a day of the clause a saying's clause is linked to dates a saying in the past ...
                "The rebels claimed the village of Krasne on Tuesday, while Kyiv said its troops still held it.",
                "its troops still held it",
                "2025-03-04",
            ),
            (  # synthetic: ... not one in the present, a standing view (twenty-first session, recall21)
                "The rebels claimed the village of Krasne on Tuesday, while Kyiv denies its troops have left it.",
                "its troops have left it",
                None,
            ),
            (  # synthetic: the day of the occasion the words are about (the object of a label verb)
                'Sikorski described his meeting with Rubio in Warsaw on Tuesday as "very open and useful".',
                "very open and useful",
                None,
            ),
            (  # synthetic: ... but a fronted day is the saying's
                'On Tuesday, Sikorski described the talks as "very open and useful".',
                "very open and useful",
                "2025-03-04",
            ),
            (  # synthetic: a year in a fronted phrase that sets the time of the clause
                "When asked last year, Rutte said that allies would stay united.",
                "allies would stay united",
                "2024",
            ),
            (  # synthetic: ... not in one about a topic
                "Pressed on whether a summit could take place this year, Rutte said that nothing was decided.",
                "nothing was decided",
                None,
            ),
            (  # synthetic: a day in the attribution after words that open the sentence (no comma between)
                (
                    'Sikorski met Rubio in Warsaw. "Our alliance is strong," he wrote in a post on X (formerly'
                    " Twitter) on Tuesday night."
                ),
                "alliance is strong",
                "2025-03-04",
            ),
            (  # synthetic: ... also "was quoted as saying", which names no verb of the tables
                (
                    '"Our alliance is strong," Foreign Minister Radoslaw Sikorski was quoted by his ministry as'
                    " saying on Tuesday."
                ),
                "alliance is strong",
                "2025-03-04",
            ),
            (  # synthetic: ... not in a phrase about what was said
                '"Our alliance is strong," Foreign Minister Radoslaw Sikorski said of the new treaty on Tuesday.',
                "alliance is strong",
                None,
            ),
            ('The EU voiced support for Ukraine on Tuesday over what Kyiv called a "cynical attack".', "cynical", None),
            (
                'On Monday 3 March, Trump signed the order and said that the US makes "the best weapons in the world".',
                "the best weapons",
                "2025-03-03",
            ),
            (
                "Peskov on Monday said talks would resume, while Rubio said that no date was set.",
                "no date was set",
                "2025-03-03",
            ),
            (
                '"Allies are united," Rutte said at a briefing ahead of the summit, which is held this Tuesday.',
                "Allies are united",
                None,
            ),
            ("Rutte has told Trump that allies were united, the Financial Times reported on Tuesday.", "allies", None),
            ("The ceasefire began at noon on Tuesday, but Sybiha said that the shelling went on.", "shelling", None),
            (  # synthetic: the items of a list of key dates, each opening with a bullet
                "Key dates:\n- On 3 March, Rutte met Sybiha.\n- On 4 March, Rutte said that allies were united.",
                "allies were united",
                "2025-03-04",
            ),
            (  # synthetic: a fronted month dates the saying to the month
                'In February, the Kremlin criticised the plan and said that it was "a dead end".',
                "a dead end",
                "2025-02",
            ),
            (  # synthetic: ... a fronted week to the week (eleventh session)
                'Last week, the Kremlin criticised the plan and said that it was "a dead end".',
                "a dead end",
                "2025-W09",
            ),
            (  # synthetic: ... also an outlet's report, which its own rule reads no fronted time for
                "Last weekend, the Financial Times reported that the envoy would travel to Moscow.",
                "the envoy would travel",
                "2025-W09-WE",
            ),
            (  # synthetic: ... not a week in the words
                'The Kremlin said that Putin would travel to Minsk "later this week".',
                "travel to Minsk",
                None,
            ),
            (  # synthetic: a day opening the clause right before its subject, no comma after it
                "Earlier on Tuesday the Kremlin announced that two drones were downed over Moscow.",
                "two drones were downed",
                "2025-03-04",
            ),
            (  # synthetic: ... after "that" (a complement clause)
                "It should be noted that on March 2, Zelensky claimed that the front was stable.",
                "the front was stable",
                "2025-03-02",
            ),
            (  # synthetic: ... after a conjunction, before a pronoun subject
                (
                    "Zelensky held talks with Prime Minister Yulia Svyrydenko, and on the evening of March 4, she"
                    " announced that the rules would be eased."
                ),
                "the rules would be eased",
                "2025-03-04",
            ),
            (  # synthetic: ... after a fronted phrase, before the subject of two coordinated verbs
                'The day before, on March 2, Zelensky criticised the plan and wrote that it was "a gift to Moscow".',
                "a gift to Moscow",
                "2025-03-02",
            ),
            (  # synthetic: a day opening a clause whose subject is not the speaker
                (
                    "It was reported that on Tuesday Russian drones struck Lviv, and Zelensky said that air defence"
                    " worked."
                ),
                "air defence worked",
                None,
            ),
            (  # synthetic: the stamp a story opens with is no phrase of its first sentence
                (
                    "MARCH 6, 2025 \u2013 Stating that talks were stalled, Defense Secretary Pete Hegseth, called on"
                    " allies to spend more on defense."
                ),
                "allies to spend more",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="day-relative",
        reads="[... on DAY, when X said ...|... met Y on DAY, where X said ...] (the relative's clause is set at DAY)",
        reason=_DAY_RELATIVE_REASON,
        apply=_day_relative_dates,
        examples=(
            (  # synthetic: "when" after a day: the clause of the saying is set at that day
                (
                    "The rift opened after a tense meeting at the palace on Tuesday, when President Ana Duarte said"
                    " that the guests had been rude."
                ),
                "the guests had been rude",
                "2025-03-04",
            ),
            (  # synthetic: ... or month
                (
                    "The alliance has been uneasy since February, when Defence Secretary Ana Duarte warned that"
                    " Europe would have to look after itself."
                ),
                "Europe would have to look after itself",
                "2025-02",
            ),
            (  # synthetic: "where" after a dated occasion
                (
                    "The envoy's visit ended at the palace on Saturday, where Ana Duarte said that the two nations"
                    " were close allies."
                ),
                "the two nations were close allies",
                "2025-03-01",
            ),
            (  # synthetic: a saying in the present is no one act on that day
                "The crisis began on Tuesday, when Ana Duarte says the guests were rude.",
                "the guests were rude",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="during-clause",
        reads="X said ... as/while/when he|she|they|the two VERB-ed ... on DAY (the clause sets the saying's time)",
        reason=_DURING_REASON,
        apply=_during_dates,
        examples=(
            (  # synthetic: a temporal clause after the words, its subject a pronoun, its verb in the past
                "Prime Minister Ana Duarte called for direct talks with the rebels as she visited Lisbon on Thursday.",
                "direct talks",
                "2025-03-06",
            ),
            (  # synthetic: ... after the attribution of words that open the sentence; a day in the genitive
                '"It is empty," the owner Maria Silva said as she locked the gate at Wednesday\'s lunchtime.',
                "It is empty",
                "2025-03-05",
            ),
            (  # synthetic: ... a pair as the subject
                'President Ana Duarte welcomed the premier as a "trusted partner" as the two opened talks on Tuesday.',
                "trusted partner",
                "2025-03-04",
            ),
            (  # synthetic: the clause inside the reported words dates what they report
                "Mayor Ana Duarte said that residents fled when the shells hit on Monday.",
                "residents fled",
                None,
            ),
            (  # synthetic: a verb of saying in the clause recalls another saying
                "Minister Ana Duarte repeated that the border would stay shut, as she said on Monday.",
                "border would stay shut",
                None,
            ),
            (  # synthetic: a present clause names no time of the saying
                "Minister Ana Duarte said the talks would be hard as they prepare for the summit on Friday.",
                "talks would be hard",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="occasion-before",
        reads="X met Y on DAY. Y said ...  (a saying, meeting, visit, summit or announcement named before)",
        reason=_BEFORE_REASON,
        apply=_occasion_before_dates,
        examples=(
            (  # synthetic: a label verb in the past is the speaker's saying, an occasion like "said" (sdateb27)
                (
                    'Chancellor Friedrich Merz on Wednesday slammed the cuts to the aid budget. "We will not'
                    ' be intimidated," Merz said during a debate in parliament.'
                ),
                "We will not be intimidated",
                "2025-03-05",
            ),
            (  # synthetic: the body the speaker is the registry's voice of says it that day, in a clause joined
                # by "and" after a perfect (sdateb27)
                (
                    "Russia has long denied any part in the blasts and on Tuesday the Kremlin dismissed the new"
                    ' claims. "These accusations are absurd," Kremlin spokesman Dmitry Peskov told reporters.'
                ),
                "These accusations are absurd",
                "2025-03-04",
            ),
            (  # synthetic: ... not another body's spokesperson (the foreign ministry's, after the Kremlin's saying)
                (
                    "Russia has long denied any part in the blasts and on Tuesday the Kremlin dismissed the new"
                    ' claims. "These accusations are absurd," Maria Zakharova told reporters.'
                ),
                "These accusations are absurd",
                None,
            ),
            (  # synthetic: a saying whose sentence sets it before the occasion ("ahead of the meeting": a
                # ``precedes`` cue) was not said at it (twentieth session, undated20)
                (
                    "Secretary of State Marco Rubio met the Saudi crown prince in Jeddah on Monday. Kyiv had offered"
                    " a truce at sea ahead of the meeting, and Rubio said he welcomed the idea."
                ),
                "he welcomed the idea",
                None,
            ),
            (  # synthetic: ... without it, the occasion's day
                (
                    "Secretary of State Marco Rubio met the Saudi crown prince in Jeddah on Monday. Kyiv had offered"
                    " a truce at sea, and Rubio said he welcomed the idea."
                ),
                "he welcomed the idea",
                "2025-03-03",
            ),
            (  # synthetic: of two days, the one right after the speaker's verb and its one-word object is the
                # speaker's own, the other planned (twentieth session)
                (
                    "Candidate Jan Novak announced plans on Wednesday to meet President Anna Kowal on Friday in"
                    " Prague. Novak disclosed that the meeting would take place at the castle."
                ),
                "meeting would take place",
                "2025-03-05",
            ),
            (  # synthetic: an "-ed" verb after an appositive subject is the clause's own, no passive appositive
                (
                    "Jan Novak, the president's envoy for the region, arrived in Vilnius on Wednesday. He told"
                    ' reporters he had come to "hear everyone".'
                ),
                "hear everyone",
                "2025-03-05",
            ),
            (  # synthetic: a week that holds the occasion's day does not make two days of it (twentieth session)
                (
                    "Foreign Minister Elina Valtonen spoke on Tuesday ahead of a meeting in Brussels, as the bloc"
                    ' prepared a round of talks this week. Diplomats were cautious. "We have to stand by Kyiv,"'
                    " Valtonen said."
                ),
                "stand by Kyiv",
                "2025-03-04",
            ),
            (  # synthetic: ... but a day outside that week does
                (
                    "Foreign Minister Elina Valtonen spoke on Tuesday ahead of a meeting in Brussels, as the bloc"
                    ' prepared a round of talks next week. Diplomats were cautious. "We have to stand by Kyiv,"'
                    " Valtonen said."
                ),
                "stand by Kyiv",
                None,
            ),
            (  # synthetic: a day in an appositive participle's phrase dates what the noun underwent (twentieth
                # session): not the speaker's occasion
                (
                    "Prime Minister Anna Kowal has published pictures of the harm done to the ministry building, struck"
                    " by a drone attack on Tuesday \u2013 the first such strike since the war started. Kowal said no"
                    " one was injured."
                ),
                "no one was injured",
                None,
            ),
            (
                (
                    "Prime Minister Anna Kowal visited the ministry building, hit by a drone attack, on Tuesday."
                    " Kowal said no one was injured."
                ),
                "no one was injured",
                "2025-03-04",
            ),
            (  # synthetic: the same speaker telling the same addressee again goes on the exchange the first
                # telling dated, with a sentence of the meeting between (twelfth session, attr12c)
                (
                    "Sikorski told his Lithuanian counterpart, Kestutis Budrys, on Tuesday that the corridor was"
                    " open. The two ministers met on the sidelines of a summit in Oslo. Poland keeps its border"
                    " crossings open, Sikorski told Budrys during the closed meeting."
                ),
                "keeps its border",
                "2025-03-04",
            ),
            (  # synthetic: ... but not a telling of someone else
                (
                    "Sikorski told his Lithuanian counterpart, Kestutis Budrys, on Tuesday that the corridor was"
                    " open. The two ministers met on the sidelines of a summit in Oslo. Poland keeps its border"
                    " crossings open, Sikorski told reporters after the closed meeting."
                ),
                "keeps its border",
                None,
            ),
            (  # synthetic: a written channel named after a visit gave the words, not the visit (twelfth session)
                (
                    "Sikorski arrived in Oslo on Tuesday. In a statement on Telegram, Sikorski named the grain"
                    ' corridor as the purpose of his trip. "We need to reopen the route," he said.'
                ),
                "reopen the route",
                None,
            ),
            (  # synthetic: ... but a spoken one (a speech, an address) may carry the occasion's words
                (
                    "Sikorski arrived in Oslo on Tuesday. In a speech at the university, Sikorski named the grain"
                    ' corridor as the purpose of his trip. "We need to reopen the route," he said.'
                ),
                "reopen the route",
                "2025-03-04",
            ),
            (  # synthetic: ... and a written channel gives the words of an announcement the text dated
                (
                    "On Tuesday, Sikorski congratulated Rubio on his new post. The minister shared his"
                    ' congratulations on X. "I look forward to working together," Sikorski wrote.'
                ),
                "working together",
                "2025-03-04",
            ),
            (  # synthetic: ... also one the statement's own attribution names (a letter; sdate30)
                (
                    'Ursula von der Leyen outlined her plan for defence spending on Tuesday. "Member states are'
                    ' ready to invest more," she said in a letter to the leaders.'
                ),
                "ready to invest",
                "2025-03-04",
            ),
            (  # synthetic: ... but not an interview, given when the outlet chose
                (
                    'Ursula von der Leyen outlined her plan for defence spending on Tuesday. "Member states are'
                    ' ready to invest more," she said in an interview with a daily.'
                ),
                "ready to invest",
                None,
            ),
            (  # synthetic: ... nor after an occasion that is no saying (a visit)
                (
                    'Ursula von der Leyen arrived in Oslo on Tuesday. "Member states are ready to invest more," she'
                    " said in a letter to the leaders."
                ),
                "ready to invest",
                None,
            ),
            (  # synthetic: an office's statement gives the words of its head's saying the text dated (sdate30)
                (
                    'Vladimir Putin thanked the mediators on Monday for their "tireless work" in the talks.'
                    ' "The Russian side is grateful for the help," the Kremlin said in a statement.'
                ),
                "Russian side is grateful",
                "2025-03-03",
            ),
            (  # synthetic: ... also where the head's saying has words of its own
                (
                    "Vladimir Putin declared a truce for the holiday on Saturday, saying he had ordered a pause in"
                    " the fighting. The Kremlin said in a post on Telegram that the truce would last until Monday."
                ),
                "truce would last",
                "2025-03-01",
            ),
            (  # synthetic: ... not another leader's saying (the Kremlin is no office of his)
                (
                    'Volodymyr Zelensky thanked the mediators on Monday for their "tireless work" in the talks.'
                    ' "The Russian side is grateful for the help," the Kremlin said in a statement.'
                ),
                "Russian side is grateful",
                None,
            ),
            (  # synthetic: ... nor an interview of the office
                (
                    'Vladimir Putin thanked the mediators on Monday for their "tireless work" in the talks.'
                    ' "The Russian side is grateful for the help," the Kremlin said in an interview.'
                ),
                "Russian side is grateful",
                None,
            ),
            (  # synthetic: words about the occasion (its noun the object of a label verb) were said at it or after
                'Sikorski met Rubio in Warsaw on Tuesday. Sikorski described the talks as "very open and useful".',
                "very open and useful",
                None,
            ),
            (  # synthetic: ... or after a topic cue
                (
                    "Sikorski met Rubio in Warsaw on Tuesday. Commenting on the meeting, Sikorski said that the"
                    " alliance was strong."
                ),
                "alliance was strong",
                None,
            ),
            (  # synthetic: the speaker named before only as the possessor of another noun took no part there
                (
                    "Sandu visited troops near the border on Tuesday, amid fears of an attack by Russia's northern"
                    " army group. Moscow claimed that its forces were advancing near the border."
                ),
                "forces were advancing",
                None,
            ),
            (  # synthetic: a source's words ("according to X") dated by X's making of remarks on a day
                (
                    "Alexander Lukashenko on Tuesday made new remarks about the border talks. According to him, Minsk"
                    " is ready to reopen two crossings."
                ),
                "ready to reopen",
                "2025-03-04",
            ),
            (  # synthetic: ... not by another act of the day
                (
                    "Alexander Lukashenko on Tuesday made new plans for the border. According to him, Minsk is ready"
                    " to reopen two crossings."
                ),
                "ready to reopen",
                None,
            ),
            (  # synthetic: a day in a clause in the present perfect dates what it reports, not the saying
                (
                    "The IAEA has confirmed a blast at the Zaporizhzhia plant on Tuesday."
                    ' "Our team heard a loud bang," the IAEA said.'
                ),
                "loud bang",
                None,
            ),
            (  # synthetic: another's undated source between ("according to X") does not end the occasion
                (
                    "On Tuesday, Rutte met Sybiha in Brussels. The talks covered air defence, according to NATO"
                    " officials. Rutte said that allies were united."
                ),
                "allies were united",
                "2025-03-04",
            ),
            (  # synthetic: ... another's saying does
                (
                    "On Tuesday, Rutte met Sybiha in Brussels. NATO officials said the talks covered air defence."
                    " Rutte said that allies were united."
                ),
                "allies were united",
                None,
            ),
            (  # synthetic: an address to a group the text dates is an occasion one speaks at
                "President Emmanuel Macron addressed the nation on Wednesday. He warned that Europe faced new threats.",
                "Europe faced new threats",
                "2025-03-05",
            ),
            (  # synthetic: an occasion the speaker only intends to attend ("hopes to", "expects to": plan cues)
                (
                    "President Vladimir Putin hopes to hold talks with Xi Jinping at the November forum in Sochi."
                    ' "Our doors are open to him," Putin said at a meeting with a visiting governor.'
                ),
                "doors are open",
                None,
            ),
            (  # synthetic: an interview the text dates is an occasion one speaks at
                (
                    "Kremlin spokesman Dmitry Peskov gave the hint in an interview on Sunday with a state broadcaster."
                    ' "The coming week will be busy," he said.'
                ),
                "coming week",
                "2025-03-02",
            ),
            (  # synthetic: the speaker's briefing of a group without a name is an occasion one speaks at
                'On Tuesday evening, Rutte briefed reporters in Brussels. Rutte called the talks "very useful".',
                "very useful",
                "2025-03-04",
            ),
            (  # synthetic: a month's occasion in the sentence right before
                "In February, Rutte met Sybiha in Kyiv. Rutte said that allies were united.",
                "allies were united",
                "2025-02",
            ),
            (  # synthetic: ... a week's (eleventh session)
                "Earlier this week, Rutte met Sybiha in Kyiv. Rutte said that allies were united.",
                "allies were united",
                "2025-W10",
            ),
            (  # synthetic: ... not a week still to come
                "Sikorski will meet Rubio later this week. Sikorski said that the alliance was strong.",
                "alliance was strong",
                None,
            ),
            (  # synthetic: ... a weekend's not two sentences back
                "Last weekend, Rutte met Sybiha in Kyiv. Allies sent more jets. Rutte said that allies were united.",
                "allies were united",
                None,
            ),
            (  # synthetic: ... not two sentences back (a day would be read there)
                "In February, Rutte met Sybiha in Kyiv. Allies sent more jets. Rutte said that allies were united.",
                "allies were united",
                None,
            ),
            (  # synthetic: the other participant's words, after the first one's words that go on from theirs
                (
                    "On Tuesday evening, Rutte and Sybiha briefed reporters in Brussels. Rutte called the talks"
                    ' "very useful". He said that allies were united. Sybiha said that Kyiv agreed.'
                ),
                "Kyiv agreed",
                "2025-03-04",
            ),
            (  # synthetic: ... not after an undated statement of someone else
                (
                    "On Tuesday evening, Rutte and Sybiha briefed reporters in Brussels. Rutte called the talks"
                    ' "very useful". Kallas said that the EU agreed. Sybiha said that Kyiv agreed.'
                ),
                "Kyiv agreed",
                None,
            ),
            (  # synthetic: ... not another subject's act on that group
                'On Tuesday, police detained reporters in Minsk. Rutte called the arrests "shameful".',
                "shameful",
                None,
            ),
            (  # synthetic: three sentences on, over one that tells what was said at that occasion
                (
                    "Rutte gave a speech in Prague on Tuesday. In his address, Rutte stressed the value of unity."
                    " Allies have sent twenty systems so far. Rutte urged allies to send more air defence."
                ),
                "more air defence",
                "2025-03-04",
            ),
            (
                (
                    "Rutte gave a speech in Prague on Tuesday. In his memoirs, Rutte stressed the value of unity."
                    " Allies have sent twenty systems so far. Rutte urged allies to send more air defence."
                ),
                "more air defence",
                None,
            ),
            (
                (
                    "Rutte gave a speech in Prague on Tuesday. Allies have sent twenty systems so far. They want"
                    " more. Jets are next. Rutte urged allies to send more air defence."
                ),
                "more air defence",
                None,
            ),
            (  # synthetic: a day modifying a noun after an article ("a Christmas truce") is that noun's day
                (
                    "Putin announced a Christmas truce on Monday during a meeting with his generals. The Russian"
                    " leader said that the truce would hold for two days."
                ),
                "would hold for two days",
                "2025-03-03",
            ),
            (
                (
                    "Putin announced a truce on Christmas during a meeting with his generals on Monday. The Russian"
                    " leader said that the truce would hold for two days."
                ),
                "would hold for two days",
                None,
            ),
            (  # synthetic: a stamp with a place named in mixed case is no day of the first sentence; a medium
                # that broadcast the meeting the words were said at is no channel of their own
                (
                    "Moscow, 7 March 2025 (dpa) \u2013 Putin and Gerasimov on Wednesday announced the capture of a"
                    " small town. This opens the way west, Putin said at the session broadcast on national television."
                ),
                "This opens the way west",
                "2025-03-05",
            ),
            (  # synthetic: the speaker is only named in the background of another's announcement
                (
                    "Brussels, March 7 \u2013 NATO on Tuesday announced a new air mission, two days after Poland shot"
                    " down drones over its territory. Polish authorities described the incursion as a deliberate test."
                ),
                "a deliberate test",
                None,
            ),
            (
                "On Tuesday, Rutte congratulated Sybiha on the March 1 vote. Rutte said that allies were united.",
                "allies",
                "2025-03-04",
            ),
            ("Sybiha met Rutte on March 4. Rutte said that allies were united.", "allies were united", "2025-03-04"),
            (  # synthetic: another's standing view between is background that leaves the occasion
                (
                    "Sybiha and Rubio met in Washington on Tuesday. The talks were long. Sybiha has long argued that"
                    " Kyiv needs jets. Rubio acknowledged that jets had been discussed."
                ),
                "jets had been discussed",
                None,
            ),
            (
                (
                    "Sybiha and Rubio met in Washington on Tuesday. The talks were long. Rubio acknowledged that jets"
                    " had been discussed."
                ),
                "jets had been discussed",
                "2025-03-04",
            ),
            (  # synthetic: the speaker's own saying told with a subject pronoun dates "according to X" after it
                (
                    "Andrii Sybiha will visit Oslo on Friday. He told journalists in Brussels on Tuesday, answering"
                    " questions from a news agency. According to Sybiha, the trip will last two days."
                ),
                "the trip will last",
                "2025-03-04",
            ),
            (  # synthetic: "He" refers to the last person named, not the speaker
                (
                    "Kaja Kallas will visit Oslo on Friday. Andrii Sybiha met her in Brussels. He told journalists"
                    " in Brussels on Tuesday, answering questions. According to Kallas, the trip will last two days."
                ),
                "the trip will last",
                None,
            ),
            (  # synthetic: a source's words are not dated by an occasion the source took part in
                "Andrii Sybiha met Mark Rutte on Tuesday. According to Sybiha, the talks went well.",
                "the talks went well",
                None,
            ),
            (
                'Rutte visited Kyiv on Tuesday. "We stand with you," he told reporters.',
                "We stand with you",
                "2025-03-04",
            ),
            ("Sybiha met Blinken on March 4. Rutte said that allies were united.", "allies were united", None),
            (
                "Russia and Ukraine swapped prisoners on Tuesday. Russia said that the UAE mediated the swap.",
                "the UAE mediated",
                None,
            ),
            ("Sybiha met Rutte on March 4. Later, Rutte said that allies were united.", "allies were united", None),
            (
                "Rutte praised Zelensky's speech Tuesday. Rutte said that he expected progress.",
                "expected progress",
                None,
            ),
            (
                "Sybiha met Rutte on March 4. Rutte said that allies were united. Sybiha said that Kyiv was grateful.",
                "Kyiv was grateful",
                "2025-03-04",
            ),
            (
                "Rutte on Tuesday flew to the summit of March 12-13. He said that allies were united.",
                "allies",
                "2025-03-04",
            ),
            (
                "Rutte was sworn in as secretary general on Tuesday. Rutte said that allies were united.",
                "allies were united",
                "2025-03-04",
            ),
            (
                (
                    "Harris and Trump clashed in a debate on Tuesday. Harris told Trump, who previously led the US,"
                    " that Putin would win."
                ),
                "Putin would win",
                "2025-03-04",
            ),
            (
                "Harris and Trump clashed in a debate on Tuesday. Harris later told Trump that Putin would win.",
                "Putin would win",
                None,
            ),
            (
                'Rutte met Sybiha in Kyiv on Tuesday. Rutte toured a power plant. "We stand with you," Rutte said.',
                "We stand with you",
                "2025-03-04",
            ),
            (
                'Rutte met Sybiha in Kyiv on Tuesday. Rutte flew home on Wednesday. "We stand with you," Rutte said.',
                "We stand with you",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="occasion-pointed",
        reads="Y held a meeting on DAY. During the meeting, X said ...",
        reason=_POINTED_REASON,
        apply=_pointed_dates,
        examples=(
            (  # synthetic: the definite "the meeting" refers back to the dated meeting; X is not named there
                (
                    "On Tuesday, Putin held a meeting with his security council. During the meeting, the chief of"
                    " staff Gerasimov said that the front was stable."
                ),
                "the front was stable",
                "2025-03-04",
            ),
            (  # synthetic: three sentences back, over a sentence naming the summit without a day
                (
                    "Leaders warned on Saturday at a summit in Rome that trade was at risk. Leaders attending the"
                    " summit met on its sidelines. Speaking at the opening of the summit, Macron said:"
                    ' "We are struggling to agree."'
                ),
                "We are struggling",
                "2025-03-01",
            ),
            (  # synthetic: the meeting named before is still to come
                (
                    "Putin will hold a meeting with his security council on Friday. During the meeting, Gerasimov"
                    " said that the front was stable."
                ),
                "the front was stable",
                None,
            ),
            (  # synthetic: another occasion than the one dated before
                (
                    "On Tuesday, Putin held a meeting with his security council. During the summit, Gerasimov said"
                    " that the front was stable."
                ),
                "the front was stable",
                None,
            ),
            (
                (
                    "On Tuesday, Putin held a meeting with his security council. Later, during the meeting,"
                    " Gerasimov said that the front was stable."
                ),
                "the front was stable",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="occasion-referred",
        reads="[On DAY, the OCCASION began.] [In his speech,|During the talks,] X said ...",
        reason=_REFERRED_REASON,
        apply=_referred_dates,
        examples=(
            (  # synthetic: the words' sentence points back to the occasion the sentence before dates
                (
                    "On Monday, March 3, the second day of the Riga defence forum opened. In her speech, Estonian"
                    " Prime Minister Kristen Michal urged allies to spend more on air defence."
                ),
                "spend more on air defence",
                "2025-03-03",
            ),
            (  # synthetic: ... or the sentence before them does, naming the speaker; another noun for the occasion
                (
                    "On March 4, the two ministers held their first meeting in Beijing. The visit drew wide attention."
                    ' During the talks, Sybiha invited Wang Yi to visit Kyiv. He called for "a just peace".'
                ),
                "a just peace",
                "2025-03-04",
            ),
            (  # synthetic: ... not at another time
                (
                    "On March 4, the two ministers held their first meeting in Beijing. During the talks, Sybiha"
                    ' invited Wang Yi to visit Kyiv. Later, he called for "a just peace".'
                ),
                "a just peace",
                None,
            ),
            (  # synthetic: an occasion still to come
                "The Riga forum will open on Monday. In her speech, Kristen Michal urged allies to spend more.",
                "allies to spend more",
                None,
            ),
            (  # synthetic: the nearest sentence with a date names no occasion: the story has moved
                (
                    "On Monday, the forum opened in Riga. Drones struck Odesa on Tuesday. In her speech, Kristen"
                    " Michal urged allies to spend more."
                ),
                "allies to spend more",
                None,
            ),
            (  # synthetic: a phrase that points to no occasion
                "On Monday, the forum opened in Riga. At the same time, Kristen Michal urged allies to spend more.",
                "allies to spend more",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="occasion-after",
        reads="X said ... X made the announcement on DAY.",
        reason=_AFTER_REASON,
        apply=_occasion_after_dates,
        examples=(
            (
                "Trump said Kyiv should sign the plan by Friday. Trump made the announcement on the radio on Tuesday.",
                "Kyiv should sign",
                "2025-03-04",
            ),
            (
                "Trump said Kyiv should sign the plan soon. Trump made an announcement about tariffs on Tuesday.",
                "Kyiv should sign",
                None,
            ),
            (  # synthetic: the words themselves referred back to ("the comments", "the remarks")
                "Rubio said the sanctions would stay in place. Rubio made the remarks Tuesday at a briefing in Riga.",
                "sanctions would stay",
                "2025-03-04",
            ),
            (
                "Rubio said the sanctions would stay in place. Rubio made similar comments on Tuesday in Riga.",
                "sanctions would stay",
                None,
            ),
            (  # synthetic: "said this", the words referred back to, by a pronoun subject
                (
                    "Kaja Kallas expressed hope that the sanctions would pass. She said this on Tuesday as she arrived"
                    " at the council meeting."
                ),
                "the sanctions would pass",
                "2025-03-04",
            ),
            (  # synthetic: the words just reported as the topic of the saying ("wrote about it"; sdate28)
                (
                    "Speaker Jan Novak spoke about elections in wartime. He noted that the country needs bullets, not"
                    " ballots. Novak wrote about it on Facebook on Wednesday."
                ),
                "bullets, not ballots",
                "2025-03-05",
            ),
            (  # synthetic: ... not a topic of its own ("about the talks")
                (
                    "Speaker Jan Novak spoke about elections in wartime. He noted that the country needs bullets, not"
                    " ballots. Novak wrote about the talks on Facebook on Wednesday."
                ),
                "bullets, not ballots",
                None,
            ),
            (  # synthetic: "this" opens a new complement, not a reference to the words before
                ("Kaja Kallas expressed hope that the sanctions would pass. She said this plan was agreed on Tuesday."),
                "the sanctions would pass",
                None,
            ),
            (  # synthetic: the sentence after names the occasion a person spoke at (fourteenth session)
                (
                    "Defence Minister Jan Novak said the brigade would be ready by summer. Novak spoke in a radio"
                    " interview on Tuesday."
                ),
                "brigade would be ready",
                "2025-03-04",
            ),
            (  # synthetic: the occasion in a fronted phrase; a present "says" the interview dates
                (
                    "Defence Minister Jan Novak says the brigade will be ready by summer. In an interview with a local"
                    " broadcaster on Wednesday, Novak was asked about the delays."
                ),
                "brigade will be ready",
                "2025-03-05",
            ),
            (  # synthetic: an interview still to come dates nothing
                (
                    "Defence Minister Jan Novak said the brigade would be ready by summer. Novak will give a radio"
                    " interview on Tuesday."
                ),
                "brigade would be ready",
                None,
            ),
            (  # synthetic: a state's saying is not dated by an occasion the sentence after names
                "Poland said the border crossings would stay closed. Poland held a televised debate on Tuesday.",
                "border crossings",
                None,
            ),
            (  # synthetic: "He" after a person named only in the reported words refers to the speaker (twentieth
                # session)
                (
                    "Prime Minister Keir Starmer said he would host Zelensky in Downing Street. He made the"
                    " announcement on Wednesday while speaking to reporters."
                ),
                "would host Zelensky",
                "2025-03-05",
            ),
            (  # synthetic: the sentence after goes on with the speaker's own words after the day (a participle)
                (
                    "Progress was made in the talks, Kremlin aide Yury Ushakov has said. Ushakov made the remarks in"
                    ' an interview on Thursday, stressing that Moscow was "not in a hurry".'
                ),
                "Progress was made",
                "2025-03-06",
            ),
            (  # synthetic: ... not another speaker's words there
                (
                    "Progress was made in the talks, Kremlin aide Yury Ushakov has said. Ushakov made the remarks on"
                    " Thursday, and Foreign Minister Sergei Lavrov said that Moscow was not in a hurry."
                ),
                "Progress was made",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="quote-after",
        reads="X said ..., calling it ... '...,' X told Y on DAY",
        reason=_QUOTE_AFTER_REASON,
        apply=_quote_after_dates,
        examples=(
            (  # synthetic: the lead gives the gist of the quotation dated right after it
                (
                    "Prime Minister Jonas Gahr Støre said Norway faced a campaign of sabotage, calling it part of a"
                    ' wider pattern. "This is a new situation for us," Støre told the broadcaster NRK on Tuesday.'
                ),
                "campaign of sabotage",
                "2025-03-04",
            ),
            (
                (
                    "Prime Minister Jonas Gahr Støre said Norway faced a campaign of sabotage, calling it part of a"
                    ' wider pattern. "This is a new situation for us," Støre told the broadcaster NRK on Tuesday.'
                ),
                "part of a wider pattern",
                "2025-03-04",
            ),
            (  # synthetic: a standing view recalled before the day's words
                (
                    "Prime Minister Jonas Gahr Støre has said Norway faced a campaign of sabotage."
                    ' "This is a new situation for us," Støre told the broadcaster NRK on Tuesday.'
                ),
                "campaign of sabotage",
                None,
            ),
            (  # synthetic: the lead names another channel than the quotation
                (
                    "Prime Minister Jonas Gahr Støre told Aftenposten that Norway faced a campaign of sabotage."
                    ' "This is a new situation for us," Støre told the broadcaster NRK on Tuesday.'
                ),
                "campaign of sabotage",
                None,
            ),
            (  # synthetic: the lead's addressee is the one the quotation's interview names (fourteenth session)
                (
                    "Prime Minister Jonas Gahr Støre told Aftenposten that Norway faced a campaign of sabotage."
                    ' "This is a new situation for us," Støre said in an interview with Aftenposten on Tuesday.'
                ),
                "campaign of sabotage",
                "2025-03-04",
            ),
            (  # synthetic: an interview with another outlet is another channel
                (
                    "Prime Minister Jonas Gahr Støre told Aftenposten that Norway faced a campaign of sabotage."
                    ' "This is a new situation for us," Støre said in an interview with the broadcaster NRK on'
                    " Tuesday."
                ),
                "campaign of sabotage",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="body-lead",
        reads=(
            "The BODY said on DAY ... | ..., the BODY said on DAY. [...] '...,' BODY spokesman X said"
            " | STATE said on DAY ... . The STATE's ministry said ... | CAPITAL on DAY slammed ... . '...,' X said"
        ),
        reason=_BODY_LEAD_REASON,
        apply=_body_lead_dates,
        examples=(
            (  # synthetic: a lead naming the state by its capital, its stance that day; a body's voice quoted
                (
                    "Moscow on Tuesday slammed the alliance's plans for new bases."
                    ' "This is a dangerous step," Kremlin spokesman Dmitry Peskov told reporters.'
                ),
                "dangerous step",
                "2025-03-04",
            ),
            (  # synthetic: ... or by its name, one of its bodies quoted
                (
                    "Russia on Tuesday condemned the strike on the port."
                    ' "The attack will not go unanswered," the Russian Defence Ministry said.'
                ),
                "not go unanswered",
                "2025-03-04",
            ),
            (  # synthetic: a state's dated saying; a body the text names by the state's adjective quoted
                (
                    "Russia said on Tuesday that its forces had taken a village near the river."
                    ' "The advance will go on," the Russian army said in a statement.'
                ),
                "advance will go on",
                "2025-03-04",
            ),
            (  # synthetic: ... only right after the state's saying (the registry's bodies may come later)
                (
                    "Russia said on Tuesday that its forces had taken a village near the river. The village lies on"
                    ' a main road. "The advance will go on," the Russian army said in a statement.'
                ),
                "advance will go on",
                None,
            ),
            (  # synthetic: ... not another state's body (a reply)
                (
                    "Russia said on Tuesday that its forces had taken a village near the river."
                    ' "The advance will go on," the Ukrainian army said in a statement.'
                ),
                "advance will go on",
                None,
            ),
            (  # synthetic: ... the day right before its stance, one of its bodies quoted
                (
                    "Kyiv on Tuesday dismissed claims that the town had fallen."
                    ' "The town is under our control," the Ukrainian General Staff said.'
                ),
                "under our control",
                "2025-03-04",
            ),
            (  # synthetic: ... not the day of a noun the state owns, no stance after it
                (
                    "Russia's strike on Tuesday hit a power plant near the city."
                    ' "The plant was a military target," the Russian Defence Ministry said.'
                ),
                "military target",
                None,
            ),
            (  # synthetic: ... not a minister, who may speak for himself at another time
                (
                    "Moscow on Tuesday slammed the alliance's plans for new bases."
                    ' "This is a dangerous step," Foreign Minister Sergei Lavrov told reporters.'
                ),
                "dangerous step",
                None,
            ),
            (  # synthetic: ... nor another state's voice (a reply)
                (
                    "Kyiv on Tuesday slammed the alliance's plans for new bases."
                    ' "This is a dangerous step," Kremlin spokesman Dmitry Peskov told reporters.'
                ),
                "dangerous step",
                None,
            ),
            (  # synthetic: ... nor after a lead telling of the state's act, no stance (a swap it completed)
                (
                    "Russia and Ukraine completed a swap of prisoners on Sunday. The Russian Defence Ministry"
                    " said that 90 soldiers had come home."
                ),
                "90 soldiers",
                None,
            ),
            (  # synthetic: a member the registry gives an office in the body, named without the body's title
                (
                    'The Kremlin said on Tuesday that talks had stalled. "We see no movement for now," spokesman'
                    " Dmitry Peskov told reporters."
                ),
                "no movement",
                "2025-03-04",
            ),
            (  # synthetic: ... not a minister whose office is the state's, not the body's
                (
                    'The Kremlin said on Tuesday that talks had stalled. "We see no movement for now," Foreign'
                    " Minister Sergei Lavrov told reporters."
                ),
                "no movement",
                None,
            ),
            (  # synthetic: ... not another office in the body the text titles: an aide speaks for himself (sdate27)
                (
                    'The Kremlin said on Tuesday that arming Kyiv would mean escalation. "The main issues will be'
                    ' raised in private," Kremlin aide Yuri Ushakov told reporters.'
                ),
                "main issues",
                None,
            ),
            (  # synthetic: ... where the body's spokesman, titled so, gives its saying
                (
                    'The Kremlin said on Tuesday that arming Kyiv would mean escalation. "The main issues will be'
                    ' raised in private," Kremlin spokesman Dmitry Peskov told reporters.'
                ),
                "main issues",
                "2025-03-04",
            ),
            (  # synthetic: ... and so does the body's head, titled by it
                (
                    "A drone hit a car of the agency's mission near the plant, the IAEA said on Tuesday. IAEA"
                    ' Director General Rafael Grossi condemned the strike as "reckless."'
                ),
                "reckless",
                "2025-03-04",
            ),
            (  # synthetic: the body's dated saying opens the passage; a report's day between is no move
                (
                    "Arming Kyiv with long-range missiles would mean escalation, the Kremlin said on Tuesday."
                    ' Western media reported on Sunday that the decision was taken. "This is a dangerous step,"'
                    " Kremlin spokesman Dmitry Peskov told journalists."
                ),
                "a dangerous step",
                "2025-03-04",
            ),
            (  # synthetic: the member's title may come in a sentence between
                (
                    "The Kremlin said on Tuesday that arming Kyiv would mean escalation. The statement, read out by"
                    ' Kremlin spokesman Dmitry Peskov at a briefing, was short. "This is a dangerous step," Peskov'
                    " told reporters."
                ),
                "a dangerous step",
                "2025-03-04",
            ),
            (  # synthetic: a written channel of the member's between (her post's words, not the body's saying)
                (
                    "A drone damaged the NATO liaison office in Kyiv, NATO said on Tuesday. NATO Secretary General"
                    ' Mark Rutte shared a video on X. He urged Russia to halt its "reckless strikes on civilians".'
                ),
                "reckless strikes",
                None,
            ),
            (  # synthetic: a member of another body
                (
                    "Arming Kyiv with long-range missiles would mean escalation, the Kremlin said on Tuesday."
                    ' "This is a dangerous step," Foreign Ministry spokeswoman Maria Zakharova told journalists.'
                ),
                "a dangerous step",
                None,
            ),
            (  # synthetic: a sentence between sets the story on another day
                (
                    "Arming Kyiv with long-range missiles would mean escalation, the Kremlin said on Tuesday. On"
                    ' Wednesday, the Duma met again. "This is a dangerous step," Kremlin spokesman Dmitry Peskov told'
                    " journalists."
                ),
                "a dangerous step",
                None,
            ),
            (  # synthetic: the body's spokesman quoted right after a lead telling of the body's saying
                (
                    'The Kremlin said on Tuesday that talks had stalled. "We see no movement for now," Kremlin'
                    " spokesman Dmitry Peskov told reporters."
                ),
                "no movement",
                "2025-03-04",
            ),
            (  # synthetic: the body's session the lead dates; its president speaks there
                (
                    "The NATO Parliamentary Assembly closed its session on Monday with a call for unity."
                    ' "We must stand together," said the Assembly\'s new president Anna Berg.'
                ),
                "stand together",
                "2025-03-03",
            ),
            (  # synthetic: another party's reaction to the lead is not the body's
                (
                    'The Kremlin said on Tuesday that talks had stalled. "We see no movement for now," Ukrainian'
                    " Foreign Minister Andrii Sybiha told reporters."
                ),
                "no movement",
                None,
            ),
            (  # synthetic: a lead naming the state for its ministry (sdates25)
                (
                    "Russia said on Tuesday that its troops had taken another village in the Zaporizhzhia region."
                    " The Russian defence ministry said its units had captured the village of Novoselivka."
                ),
                "captured the village",
                "2025-03-04",
            ),
            (  # synthetic: ... in the ministry's statement; a source's background between is no reply
                (
                    "Russia claimed on Sunday that its forces had seized one more hamlet near Siversk. The fighting"
                    " there is fierce, according to military bloggers. A statement by the Russian defence ministry"
                    " said that the hamlet of Hryhorivka had been liberated."
                ),
                "had been liberated",
                "2025-03-02",
            ),
            (  # synthetic: ... not a person (a minister may speak for himself), nor another state's body
                (
                    "Russia said on Tuesday that its troops had taken another village in the Zaporizhzhia region."
                    " Russian Foreign Minister Sergei Lavrov said the offensive would go on."
                ),
                "offensive would go on",
                None,
            ),
            (
                (
                    "Russia said on Tuesday that its troops had taken another village in the Zaporizhzhia region."
                    " The Ukrainian defence ministry said its units still held the village of Novoselivka."
                ),
                "still held the village",
                None,
            ),
            (  # synthetic: ... nor a post or a letter (no official statement)
                (
                    "Russia said on Tuesday that its troops had taken another village in the Zaporizhzhia region."
                    " The Russian defence ministry said on Telegram that its units had captured Novoselivka."
                ),
                "captured Novoselivka",
                None,
            ),
            (
                (
                    'The Kremlin said on Tuesday that talks had stalled. "We see no movement for now," Kremlin'
                    " spokesman Dmitry Peskov told the Izvestia daily."
                ),
                "no movement",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name=SOURCE_LINE,
        reads="X has said that ... . Source: X in a speech on DAY",
        reason=_SOURCE_REASON,
        apply=_source_line_dates,
        examples=(
            (  # synthetic: the line an outlet sets under its lead, naming the speech and its day
                (
                    "Robert Fico, Slovakia's prime minister, has said that the gas dispute was Kyiv's fault.\n"
                    "Source: Fico in a speech on Wednesday, 5 March"
                ),
                "the gas dispute",
                "2025-03-05",
            ),
            (  # synthetic: no day on the line
                (
                    "Robert Fico, Slovakia's prime minister, has said that the gas dispute was Kyiv's fault.\n"
                    "Source: Fico on X"
                ),
                "the gas dispute",
                None,
            ),
            (  # synthetic: the line sources another speaker's words
                (
                    "Robert Fico, Slovakia's prime minister, has said that the gas dispute was Kyiv's fault.\n"
                    "Source: Volodymyr Zelensky in a speech on Wednesday, 5 March"
                ),
                "the gas dispute",
                None,
            ),
            (  # synthetic: an actor named after the speaker is where the words were said, not who said them
                (
                    "Robert Fico, Slovakia's prime minister, has said that the gas dispute was Kyiv's fault.\n"
                    "Source: Fico, in an address to the National Council on 5 March"
                ),
                "the gas dispute",
                "2025-03-05",
            ),
            (  # synthetic: the line sources another's words that the speaker only relays
                (
                    "Robert Fico, Slovakia's prime minister, has said that the gas dispute was Kyiv's fault.\n"
                    "Source: Volodymyr Zelensky, citing Fico, on 5 March"
                ),
                "the gas dispute",
                None,
            ),
            (  # synthetic: the quotation set after the line under a quote label
                (
                    "Robert Fico, Slovakia's prime minister, has said that the gas dispute was Kyiv's fault.\n"
                    "Source: Fico, at the gas hub in Velke Kapusany on 5 March\n"
                    'Quote from Fico: "Kyiv stopped the transit."'
                ),
                "Kyiv stopped the transit",
                "2025-03-05",
            ),
        ),
    ),
    StatementDateRule(
        name="joint-saying",
        reads="X and Y accused Z of ... (one saying, two speakers)",
        reason=_JOINT_REASON,
        apply=_joint_dates,
        examples=(
            (  # synthetic: the occasion names one of two joint speakers
                (
                    "Donald Trump met Kaja Kallas in the Oval Office on Friday. Castigating Kyiv, Vice President JD"
                    " Vance and Trump accused Ukraine of standing in the way of a deal."
                ),
                "Ukraine of standing",
                "2025-03-07",
            ),
            (
                "Castigating Kyiv, Vice President JD Vance and Trump accused Ukraine of standing in the way of a deal.",
                "Ukraine of standing",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="gathering-day",
        reads="[Ministers met on DAY.] '...,' X said at a news conference after the talks.",
        reason=_GATHERED_REASON,
        apply=_gathered_dates,
        examples=(
            (  # synthetic: the press conference is the story's occasion, whose one day the text named before
                (
                    "Defence ministers of the alliance met in Brussels on Wednesday and pledged new aid."
                    ' "We are getting there," Secretary General Mark Rutte said at a news conference after'
                    " the ministers' talks."
                ),
                "We are getting there",
                "2025-03-05",
            ),
            (  # synthetic: a session of the conference the text dated before, the speaker not named there
                (
                    "The donors' conference for the rebuilding of the port opened in Genoa on Wednesday. In the"
                    " opening plenary session, Prime Minister Anna Ferri announced that pledges had passed one"
                    " billion euros."
                ),
                "pledges had passed one billion euros",
                "2025-03-05",
            ),
            (  # synthetic: the day before is the speaker's own saying; a gathering of its own follows (saying-before)
                (
                    "Defence Minister Boris Pistorius said on Wednesday that the border plan was final. Pistorius,"
                    " speaking at a session of the contact group, stated that the talks must end soon."
                ),
                "the talks must end soon",
                None,
            ),
            (  # synthetic: the day before is only of something that happened, no occasion one speaks at
                (
                    "Drones struck the port of Odesa on Wednesday."
                    ' "We are getting there," Secretary General Mark Rutte said at a news conference.'
                ),
                "We are getting there",
                None,
            ),
            (  # synthetic: two days named before: which one is the gathering's?
                (
                    "Ministers met in Oslo on Monday and the envoys arrived on Wednesday."
                    ' "We are getting there," Secretary General Mark Rutte said at a press conference.'
                ),
                "We are getting there",
                None,
            ),
            (  # synthetic: the gathering is named in a relative clause on the speaker, not as where words were said
                (
                    "The two delegations held talks in Riyadh on Wednesday. No deal has been reached yet. This was"
                    " stated by Kremlin aide Yuri Ushakov, who had attended the meeting as well."
                ),
                "No deal has been reached yet",
                None,
            ),
            (  # synthetic: the gathering comes before the occasion the text dated
                (
                    "Defence ministers of the alliance met in Brussels on Wednesday and pledged new aid."
                    ' "We are getting there," Secretary General Mark Rutte said at a press conference ahead of the'
                    " meeting."
                ),
                "We are getting there",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name=CONTINUING_QUOTE,
        reads="X said on DAY ... He also said ...",
        reason=_CONTINUING,
        apply=_continuing_dates,
        examples=(
            (  # synthetic: the story steps back to another's words of an earlier day, then comes back (sdate28)
                (
                    "Kremlin spokesman Dmitry Peskov said on Tuesday that the plan was theft. The day before, Prime"
                    ' Minister Jane Doe wrote on Telegram that the money had arrived. "This money is stolen," Peskov'
                    " said."
                ),
                "money is stolen",
                "2025-03-04",
            ),
            (  # synthetic: ... not over another's words of a later day: the story has moved on
                (
                    "Kremlin spokesman Dmitry Peskov said on Tuesday that the plan was theft. On Wednesday, Prime"
                    ' Minister Jane Doe wrote on Telegram that the money had arrived. "This money is stolen," Peskov'
                    " said."
                ),
                "money is stolen",
                None,
            ),
            (  # synthetic: a span in a clause of its own after the words is no other time of saying (sdates25)
                (
                    "President Lula said at a news conference in Brasilia on Tuesday that the trip reflected shared"
                    " goals. He noted that it was a landmark visit, as it was the first by a Kenyan leader in 40"
                    " years since ties were set up."
                ),
                "landmark visit",
                "2025-03-04",
            ),
            (
                (
                    "President Lula said at a news conference in Brasilia on Tuesday that the trip reflected shared"
                    " goals. He noted, two days after the talks, that it was a landmark visit."
                ),
                "landmark visit",
                None,
            ),
            (  # synthetic: the very next sentence names an audience of its own, the same day's words (sdates24)
                (
                    "Ukraine now holds 1,300 square kilometres, Zelensky said at Ramstein Air Base in Germany on"
                    " Thursday. Kyiv controls about 100 settlements, Zelensky told the allies."
                ),
                "Kyiv controls about 100 settlements",
                "2025-03-06",
            ),
            (  # synthetic: ... a media outlet told, with no interview named (the real gold dates it so)
                (
                    "Finland will raise its defence budget, Prime Minister Anna Koski said in Helsinki on Wednesday."
                    ' "We are ready to spend more," Koski told the broadcaster Yle.'
                ),
                "ready to spend more",
                "2025-03-05",
            ),
            (  # synthetic: ... not an interview: given on a day the text does not name
                (
                    "Lavrov said on Thursday that trade with India had reached a record. Oil deliveries will grow,"
                    " Lavrov told Fox News in an interview."
                ),
                "Oil deliveries will grow",
                None,
            ),
            (  # synthetic: ... nor an audience two sentences on, over a sentence of background
                (
                    "Lavrov said on Thursday that trade with India had reached a record. India buys more oil than"
                    " ever. Oil deliveries will grow, Lavrov told Fox News."
                ),
                "Oil deliveries will grow",
                None,
            ),
            (  # synthetic: ... nor a new item of a feed (title and full name again)
                (
                    "Sweden will send more jets, Defence Minister Pal Jonson said on Tuesday. The jets will arrive in"
                    " May, Defence Minister Pal Jonson told the Riksdag."
                ),
                "jets will arrive",
                None,
            ),
            (  # synthetic: an offset inside the quotation the words end in is the quotation's, not the saying's
                # (twentieth session)
                (
                    "Malta backs the talks between Kyiv and Moscow, government spokesman Ivan Borg said on Tuesday."
                    " Speaking to the Malta News Agency, he said Malta \u201cstands firm behind Ukraine, as Malta has"
                    " faced the loss of part of its land for 51 years following the invasion\u201d."
                ),
                "stands firm behind Ukraine",
                "2025-03-04",
            ),
            (  # synthetic: ... but outside it, the offset moves the saying
                (
                    "Malta backs the talks between Kyiv and Moscow, government spokesman Ivan Borg said on Tuesday."
                    " Two days after the vote, he said Malta stood firm behind Ukraine."
                ),
                "stood firm behind Ukraine",
                None,
            ),
            (  # synthetic: words a participle introduces take the tense of the clause it hangs on ("claimed"),
                # not of a verb inside that clause's reported words ("had promised")
                (
                    "Trump said on Monday that India would face new tariffs. He claimed that Modi had promised him"
                    ' an end to the purchases, saying, "They will stop buying the oil."'
                ),
                "stop buying the oil",
                "2025-03-03",
            ),
            (  # synthetic: a speaker after the words with a body inside the title (attribution reads it, so
                # the quotation goes on from that statement; occasion-before dated it when attribution did not)
                (
                    "Drones hit gas sites near Lviv overnight, Ukrenergo CEO Vitaliy Zaichenko said on Tuesday."
                    ' "Repairs have begun," Zaichenko said.'
                ),
                "Repairs have begun",
                "2025-03-04",
            ),
            (  # synthetic: a quotation naming by a new full name the speaker first called by a description
                (
                    "Denmark's prime minister said on Tuesday that the cables were cut on purpose. Two cables were"
                    ' damaged in the Baltic. "We will find who did it," Mette Frederiksen said in a statement.'
                ),
                "find who did it",
                "2025-03-04",
            ),
            (  # synthetic: ... not title and full name said again (a new item)
                (
                    "Prime Minister Mette Frederiksen said on Tuesday that the cables were cut on purpose. Two cables"
                    ' were damaged in the Baltic. "We will find who did it," Prime Minister Mette Frederiksen said in'
                    " a written statement."
                ),
                "find who did it",
                None,
            ),
            (  # synthetic: two background sentences between (three sentences on)
                (
                    "Prime Minister Keir Starmer said on Tuesday that Britain would send more air defence. The"
                    " package was agreed with allies last month. It includes radars and missiles."
                    ' "We will not waver," Starmer told reporters in Downing Street.'
                ),
                "not waver",
                "2025-03-04",
            ),
            (  # synthetic: ... not over a sentence set on another day
                (
                    "Prime Minister Keir Starmer said on Tuesday that Britain would send more air defence. The"
                    " package was agreed with allies last month. On Wednesday, the cabinet met again."
                    ' "We will not waver," Starmer told reporters in Downing Street.'
                ),
                "not waver",
                None,
            ),
            (  # synthetic: a time cue in a clause of its own after the words ("as it was previously agreed")
                (
                    "Foreign Minister Andrii Sybiha said on Tuesday that talks would resume. Speaking in Geneva,"
                    " Sybiha confirmed that the delegation would be small, as it was previously agreed."
                ),
                "delegation would be small",
                "2025-03-04",
            ),
            (  # synthetic: a quotation that goes on at the venue the statement before named
                (
                    'Putin met Lukashenko on Tuesday. "The enemy wants discord," Putin said during a televised meeting'
                    ' with officials. "The army will respond to it."'
                ),
                "The army will respond",
                "2025-03-04",
            ),
            (
                (
                    'Rutte said on Tuesday that a new command was running. It takes over from the US. "It is up and'
                    ' running," Rutte told reporters in Brussels.'
                ),
                "It is up and running",
                "2025-03-04",
            ),
            (
                'Rutte said last week that allies agreed. Talks went on in Geneva. "We will get there," Rutte said.',
                "get there",
                None,
            ),
            (
                'Rubio said on Tuesday that talks would go on. "We are close," Rubio said during a Senate hearing.',
                "We are close",
                "2025-03-04",
            ),
            (
                (
                    'Rubio said on Tuesday that talks would go on. "We are close," Secretary of State Marco Rubio said'
                    " during a Senate hearing."
                ),
                "We are close",
                None,
            ),
            (
                "Earlier on Tuesday, Rutte said that Ukraine came first. He also said that allies were united.",
                "allies were united",
                "2025-03-04",
            ),
            (
                (
                    'Asked on Tuesday about a summit, Peskov refused to give a date. "There is no timetable," Peskov'
                    ' said. "We will see," he added.'
                ),
                "We will see",
                "2025-03-04",
            ),
            (
                (
                    'Trump met Zelensky on Tuesday. "You are not in a good position." Trump said. "You are gambling'
                    ' with the war."'
                ),
                "gambling",
                "2025-03-04",
            ),
            (
                (
                    'Asked on Tuesday about a summit, Peskov refused to give a date. "There is no timetable," Peskov'
                    ' said. "We will see," he told the Izvestia daily.'
                ),
                "We will see",
                None,
            ),
            (
                (
                    "Sybiha said on Tuesday that talks were stalled. Speaking in a televised address, Sybiha said"
                    " that Kyiv would wait."
                ),
                "Kyiv would wait",
                "2025-03-04",
            ),
            (
                (
                    "Hegseth said on Tuesday that talks were stalled. Speaking at a meeting of the contact group,"
                    " Hegseth said that Kyiv would wait."
                ),
                "Kyiv would wait",
                None,
            ),
            (  # synthetic: over a sentence of background, "told lawmakers" names no occasion of its own
                (
                    "Rutte told lawmakers on Tuesday that allies were united. His remarks came after a meeting of"
                    " the council. Rutte said the decision was unanimous."
                ),
                "decision was unanimous",
                "2025-03-04",
            ),
            (
                (
                    "Rutte told lawmakers on Tuesday that allies were united. His remarks came after a meeting of"
                    " the council. Rutte told Le Monde the decision was unanimous."
                ),
                "decision was unanimous",
                None,
            ),
            (  # synthetic: words said before the occasion whose day the statement before took
                (
                    'Modi met Putin on Tuesday in Moscow. Modi said the talks were "very useful". "Our ties are'
                    ' strong," Modi said ahead of the visit.'
                ),
                "ties are strong",
                None,
            ),
            (
                (
                    'Modi met Putin on Tuesday in Moscow. Modi said the talks were "very useful". "Our ties are'
                    ' strong," Modi said after the talks.'
                ),
                "ties are strong",
                "2025-03-04",
            ),
            (  # synthetic: another speaker's background between (a past perfect, "said earlier")
                (
                    "Zelensky told Rutte on Tuesday that the front held. Rutte had visited Kyiv in May, NATO said"
                    ' earlier. "We are holding the line," Zelensky told Rutte.'
                ),
                "holding the line",
                "2025-03-04",
            ),
            (
                (
                    "Zelensky told Rutte on Tuesday that the front held. NATO said the allies would send more jets."
                    ' "We are holding the line," Zelensky told Rutte.'
                ),
                "holding the line",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="saying-before",
        reads="X announced on DAY ... . In a post on X, the mayor wrote ...",
        reason=_SAID_BEFORE_REASON,
        apply=_saying_before_dates,
        examples=(
            (  # synthetic: the saying before is no statement (its object a noun phrase); a post's words that day
                (
                    "Kyiv Mayor Vitali Klitschko announced on Tuesday a large-scale drone attack on the capital."
                    " In a post on Telegram, the mayor wrote that air defences had downed 19 drones."
                ),
                "air defences had downed 19 drones",
                "2025-03-04",
            ),
            (  # synthetic: a joint subject's day; the other speaker's words between are dated to it
                (
                    "Polish Foreign Minister Radoslaw Sikorski and Ukraine's envoy, Andriy Yermak, on Monday hailed"
                    ' "real movement" in the talks in Warsaw. "We are moving forward," Yermak told reporters, while'
                    " Sikorski said the talks were the most useful so far."
                ),
                "the talks were the most useful so far",
                "2025-03-03",
            ),
            (  # synthetic: a gathering the sentence before did not name is an occasion of its own
                (
                    "Pete Hegseth said on Wednesday that membership was unrealistic. Hegseth, speaking at a meeting"
                    " of the contact group, stated that the war must end."
                ),
                "the war must end",
                None,
            ),
            (  # synthetic: words given in an interview with a media outlet may be another day's
                (
                    "Lavrov said on Thursday that trade with India had reached a record. In an interview with Fox"
                    " News, Lavrov said that oil deliveries would grow."
                ),
                "oil deliveries would grow",
                None,
            ),
            (  # synthetic: another time named
                (
                    "Lavrov said on Thursday that trade with India had reached a record. Later, Lavrov wrote on"
                    " Telegram that oil deliveries would grow."
                ),
                "oil deliveries would grow",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="occasion-followed",
        reads="Y and Z met on DAY. Speaking after the talks, X said ...",
        reason=_FOLLOWED_REASON,
        apply=_followed_dates,
        examples=(
            (  # synthetic: the definite "the talks" follow the dated meeting; X is not named there
                (
                    "The two delegations met in Geneva on Tuesday. Speaking to reporters after the talks, Foreign"
                    " Minister Andrii Sybiha said that progress had been made."
                ),
                "progress had been made",
                "2025-03-04",
            ),
            (  # synthetic: a general noun refers back to the occasion, in a fronted clause
                (
                    "Leaders of twelve states agreed a plan to end the crisis at a summit held in Lisbon on Sunday."
                    " After the event ended, Prime Minister Costa told journalists that the talks had been hard."
                ),
                "the talks had been hard",
                "2025-03-02",
            ),
            (  # synthetic: the occasion is still to come
                (
                    "The two delegations will meet in Geneva on Friday. Speaking after the talks, Foreign Minister"
                    " Andrii Sybiha said that progress had been made."
                ),
                "progress had been made",
                None,
            ),
            (  # synthetic: the nearest dated sentence names no occasion: the story has moved
                (
                    "The two delegations met in Geneva on Monday. Floods hit the coast on Tuesday. Speaking after"
                    " the talks, Foreign Minister Andrii Sybiha said that progress had been made."
                ),
                "progress had been made",
                None,
            ),
            (  # synthetic: words at another time
                (
                    "The two delegations met in Geneva on Tuesday. Later, after the talks, Foreign Minister Andrii"
                    " Sybiha said that progress had been made."
                ),
                "progress had been made",
                None,
            ),
            (  # synthetic: an interview after the occasion is given when the outlet chose (sdate27)
                (
                    "The two delegations met in Geneva on Tuesday. In an interview with a radio station after the"
                    " talks, Foreign Minister Andrii Sybiha said that progress had been made."
                ),
                "progress had been made",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="dateline",
        reads="PLACE, DAY (AGENCY) - ... X said",
        reason=_DATELINE_REASON,
        apply=_dateline_dates,
        examples=(
            (  # synthetic: told the wire itself (its own interview, in the news perfect): that day's
                (
                    "MOSCOW, March 6. /TASS/. The talks will resume next week, Deputy Foreign Minister Sergei"
                    " Ryabkov has told TASS."
                ),
                "talks will resume",
                "2025-03-06",
            ),
            (  # synthetic: ... not another outlet ("has told the daily")
                (
                    "MOSCOW, March 6. /TASS/. The talks will resume next week, Deputy Foreign Minister Sergei"
                    " Ryabkov has told the Izvestia daily."
                ),
                "talks will resume",
                None,
            ),
            (  # synthetic: another outlet's report is filed on its own day
                (
                    "KYIV, March 6 (AFP) - Canada's leader Mark Carney came to the capital on Thursday. He was invited"
                    " as a guest of honour, the broadcaster CBC reported."
                ),
                "guest of honour",
                None,
            ),
            (
                (
                    'MOSCOW, March 6 (Reuters) - The Kremlin said on Thursday that talks would resume. "We are ready,"'
                    " Russian negotiator Vladimir Medinsky said."
                ),
                "We are ready",
                "2025-03-06",
            ),
            (
                (
                    "MOSCOW, March 6. /TASS/. Talks are stalled, Lavrov said in an interview with the Izvestia daily."
                    ' "We see no progress," he added.'
                ),
                "We see no progress",
                None,
            ),
            (  # synthetic: ... as do quotations that go on from a written statement the story gives no day of
                (
                    "GENEVA, March 6. /TASS/. The monitors had to delay their visit to the dam, the mission said in"
                    ' a statement. "The team keeps hearing shelling near the site," the mission said.'
                ),
                "keeps hearing shelling",
                None,
            ),
            (  # synthetic: a wire's dateline with its agency after the day, the place in title case
                "Lisbon, March 6 (Lusa) \u2013 Portugal will keep its pledge, Foreign Minister Rui Pinto said.",
                "keep its pledge",
                "2025-03-06",
            ),
            (  # synthetic: ... not a place in title case and a day without an agency (a page's byline)
                "Lisbon, March 6 \u2013 Portugal will keep its pledge, Foreign Minister Rui Pinto said.",
                "keep its pledge",
                None,
            ),
            ("KYIV, March 6 (Reuters) - Ukraine will keep fighting, Sybiha said earlier.", "Ukraine will keep", None),
            (
                "KYIV, March 6 (Reuters) - Ukraine will keep fighting, Foreign Minister Andrii Sybiha said.",
                "Ukraine will keep fighting",
                "2025-03-06",
            ),
            (  # synthetic: a gathering at the dateline's place is that day's occasion
                (
                    "ANKARA, March 6 (Reuters) - Turkey backs the talks, Foreign Minister Hakan Fidan said."
                    ' "We are ready to host them," Fidan said at a news conference after the forum.'
                ),
                "ready to host them",
                "2025-03-06",
            ),
            (
                (
                    "TOKYO, March 6 (Kyodo) - Foreign Minister Takeshi Iwaya, speaking during a session of the upper"
                    " house budget committee, said that Japan would keep its sanctions."
                ),
                "keep its sanctions",
                "2025-03-06",
            ),
            (  # synthetic: the lead gives the gist of the interview quoted right after it
                (
                    "MOSCOW, March 6. /TASS/. Kyiv has stalled the talks, Kremlin spokesman Dmitry Peskov said."
                    ' "Nothing has changed," Peskov said in an interview with a radio station.'
                ),
                "Kyiv has stalled",
                None,
            ),
            (  # synthetic: a source's background between does not end the interview's quotations
                (
                    "MOSCOW, March 6. /TASS/. Talks are stalled, Lavrov said in an interview with the Izvestia daily."
                    ' According to NATO, the base will grow. "Nothing has changed," Lavrov said.'
                ),
                "Nothing has changed",
                None,
            ),
            (  # synthetic: the lead in the news perfect gives the gist of the day's words the story then gives
                (
                    "MOSCOW, March 6. /TASS/. The envoy's visit was useful, Kremlin aide Yury Ushakov has said."
                    ' "We agreed to meet again soon," Ushakov told reporters.'
                ),
                "visit was useful",
                "2025-03-06",
            ),
            (  # synthetic: ... a stamp and a clock time set on lines of their own
                (
                    "6 March 2025\n\n14:10 GMT\n\nArms for Kyiv would prolong the war, President Putin has warned."
                    ' "Nothing will change on the ground," Putin said.'
                ),
                "prolong the war",
                "2025-03-06",
            ),
            (  # synthetic: ... not when the words after it are not that day's (a post, quoted by another outlet)
                (
                    "MOSCOW, March 6. /TASS/. The envoy's visit was useful, Kremlin aide Yury Ushakov has said."
                    ' "We agreed to meet again soon," Ushakov wrote in a post on X.'
                ),
                "visit was useful",
                None,
            ),
            (  # synthetic: an interview, even at a gathering, was given before the story files
                (
                    "TOKYO, March 6 (Kyodo) - Foreign Minister Takeshi Iwaya said in an interview at the forum that"
                    " Japan would keep its sanctions."
                ),
                "keep its sanctions",
                None,
            ),
            (  # synthetic: a pronoun's words go on from its subject's saying at an earlier time (sdates24)
                (
                    "VIENNA, March 6 (Reuters) - The plant is stable, a spokesman for the operator said. IAEA chief"
                    " Rafael Grossi earlier called the risk to the plant grave. He said he planned to visit it."
                ),
                "planned to visit",
                None,
            ),
            (  # synthetic: ... not without that earlier saying
                (
                    "VIENNA, March 6 (Reuters) - The plant is stable, a spokesman for the operator said. IAEA chief"
                    " Rafael Grossi arrived at the plant. He said he planned to visit the reactor."
                ),
                "planned to visit",
                "2025-03-06",
            ),
            (  # synthetic: the noun the words follow was said at another time ("recent statement")
                (
                    "BEIJING, March 6 (Xinhua) -- China backs the talks, spokesperson Mao Ning said. She spoke in"
                    " response to Donald Trump's recent statement that he wants China to help."
                ),
                "wants China to help",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="continuing-next",
        reads="PLACE, DAY (AGENCY) - ..., X said. '...,' he said on YouTube.",
        reason=_CONTINUING_NEXT,
        apply=_continuing_next_dates,
        examples=(
            (  # synthetic: the wire's lead gives the gist of the quotation its next paragraph gives
                (
                    "MOSCOW, March 6. /TASS/. The sanctions will backfire on Europe, Deputy Foreign Minister Sergei"
                    ' Ryabkov said.\n"They only hurt those who impose them," he said in a live broadcast on YouTube.'
                ),
                "only hurt those",
                "2025-03-06",
            ),
            (  # synthetic: ... a post the speaker wrote, the speaker named again in short
                (
                    "BRUSSELS, March 6 (Reuters) - The allies will meet again next month, NATO Secretary General"
                    ' Mark Rutte said. In a post on X, Rutte wrote: "We stand together with our partners."'
                ),
                "stand together",
                "2025-03-06",
            ),
            (  # synthetic: ... not over a sentence between: the story may have moved to another time
                (
                    "MOSCOW, March 6. /TASS/. The sanctions will backfire on Europe, Deputy Foreign Minister Sergei"
                    ' Ryabkov said. Last week, the government approved a new budget. "They only hurt those who'
                    ' impose them," Ryabkov said in a live broadcast on YouTube.'
                ),
                "only hurt those",
                None,
            ),
            (  # synthetic: ... nor after a lead the dateline leaves undated (the gist of an interview)
                (
                    "MOSCOW, March 6. /TASS/. The sanctions will backfire, Deputy Foreign Minister Sergei Ryabkov said"
                    ' in an interview with the Izvestia daily. "They only hurt those who impose them," he said.'
                ),
                "only hurt those",
                None,
            ),
        ),
    ),
    StatementDateRule(
        name="lead-gist",
        reads="X has said that ... (the lead). '...,' X said on DAY.",
        reason=_GIST_REASON,
        apply=_lead_gist_dates,
        examples=(
            (  # synthetic: the lead in the news perfect gives the gist of the words the story dates after it
                (
                    "The cabinet has approved a plan for the winter, Prime Minister Jane Doe has said."
                    ' "It protects the power plants," Doe said in a post on Wednesday.'
                ),
                "approved a plan",
                "2025-03-05",
            ),
            (  # synthetic: ... also by the occasion the words' own sentence names
                (
                    "The alliance has no right to lecture anyone, Foreign Minister Anna Lind has said. Writing on"
                    " Telegram on Thursday, Lind added that the rules were unclear."
                ),
                "no right to lecture",
                "2025-03-06",
            ),
            (  # synthetic: a lead in the simple past is an act of its own, no gist
                (
                    "Prime Minister Jane Doe thanked the mediators, saying the release of the prisoners was a"
                    " success. Doe announced on Wednesday that 150 soldiers had come home."
                ),
                "release of the prisoners",
                None,
            ),
            (  # synthetic: the lead's words hold another's saying: two sayings in play
                (
                    "The alliance is wrong in claiming that Oslo plots with Riga, Foreign Minister Anna Lind has said."
                    " Writing on Telegram on Thursday, Lind added that the rules were unclear."
                ),
                "alliance is wrong",
                None,
            ),
            (  # synthetic: words told to a broadcaster may be another occasion than the lead recalls
                (
                    "The talks have stalled, Foreign Minister Jane Doe has said."
                    ' "We will not move," Doe told the broadcaster NRK on Wednesday.'
                ),
                "talks have stalled",
                None,
            ),
            (  # synthetic: another speaker's words between: the story has moved on
                (
                    "The talks have stalled, Foreign Minister Jane Doe has said. The talks go on, mediator John"
                    ' Smith said. "We will not move," Doe said on Wednesday.'
                ),
                "talks have stalled",
                None,
            ),
            (  # synthetic: the next words dated from outside their sentence carry no day of their own
                ('The talks have stalled, Foreign Minister Jane Doe has said. "We will not move," she said.'),
                "talks have stalled",
                None,
            ),
        ),
    ),
)


def saying_for_events(f: Found) -> DateMention | None:
    """The date of the act of saying of ``f`` the event finder may read (for events after it and in its
    sentence): not one rule verb-day gave (the event finder reads that sentence's days itself; measured: the
    saying's day there dated two events the gold does not have, in two of ten pools), nor a state's lead's day
    rule body-lead gave the words of the state's body (the lead tells of one announcement, the state's; measured:
    that day given the body's daily briefing made it an announcement of its own the gold does not have, sdates25),
    nor the day it gave the words of the body's spokesperson the text names without the body's title (the same one
    announcement; measured: an announcement of its own the gold does not have in one pool, sdate26), nor the day an
    office's statement took from its head's saying the sentence before dates (the event finder reads that saying's
    clause itself; measured: that day given the office's statement dated the call it followed as a meeting of its
    own, the gold's other kind, in one pool, sdate30)."""
    if f.when is not None and f.when.value.reason.startswith(
        (_VERB_DAY_REASON, _STATE_LEAD_REASON, _VOICE_LEAD_REASON, f"{_BEFORE_REASON} {_HEAD_SAYING}")
    ):
        return None
    return f.when


def date_for_events(f: Found) -> DateMention | None:
    """The date the event finder may give events inside ``f``'s words: the date of its own attribution only,
    not one a rule of :data:`DATE_RULES` inferred from elsewhere (the event finder reads the occasion's,
    the dateline's or the earlier statement's day itself where it dates an event), a state's lead's day
    among them (:func:`saying_for_events`)."""
    if f.when is not None and f.when.value.reason.startswith(
        (_SENTENCE_REASON, _DURING_REASON, _VERB_DAY_REASON, _STATE_LEAD_REASON, _VOICE_LEAD_REASON, *_from_elsewhere())
    ):
        return None
    return f.when
