"""Resolution: turn a :class:`~._read.Spec` into a :class:`DateValue` given a reference date and tense.

Pure functions: the reference date is an argument (the publication date, or a date the text itself
gave), never the clock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from attrs import evolve, frozen

from nato_ukraine_timeline._sentences import GLUED_END
from nato_ukraine_timeline._timex import DAY_VALUE
from nato_ukraine_timeline.errors import ModelError
from nato_ukraine_timeline.model import Basis, DateMention, DateValue

from ._calendar import SEASON_START, add_months, quarter_of, shift_timex, valid_day, week_timex
from ._lexicon import holiday_date, tense_cues
from ._patterns import case_tolerant
from ._read import Spec
from ._scan import first_char_test

__all__ = [
    "ATTRIBUTIVE_FUTURE_NOUN",
    "COMING_MONTH_OR_SEASON",
    "DATE_OF_THE_SAYING",
    "FUTURE_GOVERNS_POSSESSIVE",
    "LATEST_PERIOD_IN_FOCUS",
    "LIMIT_REACHED_BY",
    "NAME_LIST_COMMA",
    "NEGATED_COULD",
    "RANGE_SIDE_OF_WRITTEN_DATE",
    "RANGE_START_WHY",
    "TENSE_EXAMPLE_PUBLISHED",
    "TENSE_RULES",
    "WEEKDAY_JUST_GONE",
    "WEEKDAY_JUST_GONE_GUARDS",
    "WRITTEN_BESIDE_WHY",
    "Reference",
    "ResolveRule",
    "TenseGuard",
    "TenseRule",
    "candidates_in",
    "just_gone_tense",
    "make_value",
    "occurrence",
    "resolve",
    "revalue",
    "saying_before",
    "tense_matters",
    "tense_of",
    "x_form",
]


Sentence = Callable[[int], tuple[int, int]]  # the bounds of the sentence around a position, asked only when needed
TENSE_EXAMPLE_PUBLISHED: Final = dt.date(2025, 3, 7)  # a Friday: the publication date of the tense rules' examples


@frozen(kw_only=True)
class TenseGuard:
    """A form under which a tense rule yields (its ``decide`` gives ``None``): its ``name``, the ``form`` in words,
    ``holds`` (given ``text`` and the date's ``start`` and ``end``: whether the form stands there) and ``example``,
    a synthetic sentence and the date expression in it the guard holds for (run as a test)."""

    name: str
    form: str
    holds: Callable[[str, int, int], bool]
    example: tuple[str, str]


@frozen(kw_only=True)
class TenseRule:
    """One named tense rule: the form it reads around a date (in words) and ``decide``, which reads it:
    given ``text``, the date's ``start`` and ``end`` and ``sentence`` (see :data:`Sentence`), the tense the
    form sets (``"past"``, ``"future"``) or ``None`` where the form is absent and other evidence decides.

    ``examples``: a synthetic sentence published on :data:`TENSE_EXAMPLE_PUBLISHED`, a date expression in it,
    the tense ``decide`` gives that expression (``None``: the form is absent) and the TIMEX3 value
    ``find_dates`` gives it; a parametrised test runs every one.
    """

    name: str
    form: str
    decide: Callable[[str, int, int, Sentence], str | None]
    examples: tuple[tuple[str, str, str | None, str], ...]
    guards: tuple[TenseGuard, ...] = ()


def _phrase(phrase: str) -> str:
    """A phrase of ``data/tense_cues.tsv`` as a pattern: its words, any run of white space between; an
    apostrophe matches a straight or a curly one ("he'll", "he\u2019ll")."""
    return r"\s+".join(re.escape(word).replace("'", "['\u2019]") for word in phrase.split())


def _words(cue: str) -> str:
    """The phrases of a cue as one alternation (longest first)."""
    return "(?:" + "|".join(_phrase(p) for p in tense_cues(cue)) + ")"


def _not_after(cue: str) -> str:
    """Lookbehinds: not right after a word of ``cue`` and one white-space character. A clitic ("n't",
    "'re") is written onto the word before it, so it needs no word boundary in front."""
    out = []
    for word in tense_cues(cue):
        clitic = word.startswith(("n'", "n\u2019", "'", "\u2019"))
        boundary = "" if clitic else r"\b"
        out.append(rf"(?<!{boundary}{re.escape(word)}\s)")
    return "".join(out)


def _not_after_modified(cue: str, adverb_cue: str) -> str:
    """Lookbehinds: not right after a word of ``cue``, a word of ``adverb_cue`` and one white-space character
    each ("a still undisclosed date", "the newly elected parliament"). One lookbehind per adverb; inside
    it, the words of ``cue`` are lookbehinds of their own (each of fixed width) at the adverb's start."""
    before = "|".join(rf"(?<=\b{re.escape(word)})" for word in tense_cues(cue))
    fixed = (r"\s".join(re.escape(word) for word in adverb.split()) for adverb in tense_cues(adverb_cue))
    return "".join(rf"(?<!(?:{before})\s{adverb}\s)" for adverb in fixed)


# Rule scheduled-present: what may stand between a verb of schedule in the plain form and its date: one adverb in
# "-ly" or "again" ("they meet separately Monday", "talks resume formally on Tuesday"), then "on", "next" or "this"
_SCHEDULED_GAP: Final = r"\s+(?:(?:[a-z]{2,}ly|again)\s+)?(?:on\s+|next\s+|this\s+)?"


# Rule meet-an-object: "meet" before a noun of cue met_object ("to meet demand", "to meet the spending target") means
# "satisfy": no plan of a meeting, so "to meet" there sets no future; a determiner of cue met_determiner may open it
_MET_OBJECT_AFTER: Final = (
    rf"\s+(?:{_words('met_determiner')}\s+)?"
    rf"(?:[\w%'\u2019.-]+\s+){{0,2}}?{_words('met_object')}\b"
)


# Tense cues (data/tense_cues.tsv): the future of a clause. A hedging modal is ahead unless a perfect or a
# negation follows ("may meet" / "may have met"); a verb of schedule in the plain form is ahead only right
# before its date; a participle of start likewise ("a ceasefire starting Monday").
_FUTURE_WORDS: Final = "|".join(
    (
        rf"{_words('hedge_modal')}\s+(?!" + "|".join(rf"{_phrase(w)}\b" for w in tense_cues("modal_cancel")) + ")",
        rf"{_words('future')}(?!(?<=meet){_MET_OBJECT_AFTER})",  # not "to meet demand" (rule meet-an-object)
        rf"{_words('future_right_before')}(?=\s+$)",
        rf"{_not_after('not_ahead_before')}{_words('scheduled_verb')}(?={_SCHEDULED_GAP}$)",
        rf"{_words('future_participle')}(?=\s+(?:on\s+|from\s+)?$)",
    )
)
# past-tense verbs; a participle ("-ed", "held", "made") after is/are/be/been/to/will is a passive or an
# infinitive, not the past ("is set to be held on June 24", "will be made on Friday"), and a word in "-ed"
# after a determiner is an adjective ("an unprecedented interference"), also with an adverb of
# degree or time between them (rule adverb-modified-adjective: "a still undisclosed date", "the newly
# elected parliament"). Rule compound-adjective: a participle closing a compound is the compound's, read from
# the compound's first letter: after a capitalised first part it is an adjective ("Kremlin-backed forces",
# "U.S.-brokered talks", "Western-made jets"); a lower-case compound is a verb ("test-fired", "re-elected",
# "co-hosted") unless a determiner makes it an adjective as above ("the long-delayed budget", "a hard-won truce")
_NOT_ADJECTIVE: Final = f"{_not_after('determiner')}{_not_after_modified('determiner', 'adjective_adverb')}"
_PAST_WORDS: Final = (
    rf"{_words('past')}|{_not_after('passive_aux')}"
    rf"(?:(?<!-)(?:{_words('past_irregular')}|(?=[a-z]{{3,}}ed\b){_NOT_ADJECTIVE}[a-z]{{3,}}ed)"
    rf"|(?=[a-z]+-[a-z]){_NOT_ADJECTIVE}[a-z]+-(?:{_words('past_irregular')}|[a-z]{{3,}}ed))"
)
_MARKER_WORDS: Final = case_tolerant(rf"(?:(?P<future>{_FUTURE_WORDS})|(?P<past>{_PAST_WORDS}))\b")
# after the word boundary, a test of the words' first characters (see first_char_test): at the end of a word, and at
# a word no marker opens, the engine fails at once instead of reading the branches' lookbehinds (the same matches;
# read at every word boundary of a clause by _LAST_MARKER's backtracking)
_MARKER_BODY: Final = rf"\b{first_char_test(_MARKER_WORDS)}{_MARKER_WORDS}"
# a plan told in the past ("planned to leave", "was scheduled for", "had been set to meet", with an adverb
# in -ly between: "was originally due to"): its day may be just ahead or just gone (a plan in the past perfect
# is often one called off the day before: "had been set to meet on Friday, but ..." in a text of Thursday),
# so the nearest occurrence (tense "near")
_PLAN_ADVERB: Final = r"(?:[a-z]+ly\s+)?"
_PLAN_AFTER: Final = re.compile(
    rf"(?:planned|(?:was|were)\s+{_PLAN_ADVERB}planning|(?:was|were|had\s+been)\s+{_PLAN_ADVERB}{_words('plan_past')})"
    r"\s+(?:to|for)\b"
    # a gathering planned in so many words ("planned a large rally in the capital on Saturday")
    rf"|planned\s+(?:a|an|the|their|its|his|her)\s+(?:[a-z]+\s+){{0,2}}{_words('scheduled_event')}\b"
)
_PLAN_BEFORE: Final = re.compile(
    rf"(?:\b(?:was|were|had\s+been)\s+{_PLAN_ADVERB}(?:{_words('plan_past')}\s+)?|\bplanned\s+|\bplanning\s+)$"
)
# where a clause ends (a quotation mark ends one, also when typed as two apostrophes or backquotes, as
# newswire archives write them: ``...''); a relative pronoun opens a clause of its own, whose verb is not
# the date's ("to talk on Friday in Geneva for what could be their final round"); a sentence end whose space the
# outlet dropped ("... to Thursday.Kim said", the splitter's GLUED_END) ends one too
_CLAUSE_WORDS: Final = case_tolerant(
    rf"[;:!?\n]|\.\s|{GLUED_END}|,\s|\b{_words('clause_opener')}\b|\"|\u201c|\u201d|''|``"
)
_CLAUSE_BODY: Final = f"{first_char_test(_CLAUSE_WORDS)}(?:{_CLAUSE_WORDS})"  # (a first test, as for markers)
_MARKER: Final = re.compile(_MARKER_BODY)
# a future said in so many words (not "would", "could", "may": those report or hedge)
_FIRM_FUTURE: Final = re.compile(case_tolerant(_words("firm_future")))
_CLAUSE: Final = re.compile(_CLAUSE_BODY)
# the last one before a position, found by one backtracking match instead of a loop over all of them
_LAST_MARKER: Final = re.compile(rf"(?s:.*){_MARKER_BODY}")
_LAST_CLAUSE: Final = re.compile(rf"(?s:.*)(?:{_CLAUSE_BODY})")
# "until Friday", "till May", "by Friday", "through Sunday" (cue limit_preposition): a limit; ahead unless the
# clause itself is in the past tense ("fighting went on until Tuesday"); a limit set by a past act is still
# ahead, as in "was extended until May"
_UNTIL: Final = re.compile(
    rf"(?:\b{case_tolerant(_words('limit_preposition'))}\s+(?:the\s+)?"
    r"(?:(?:midnight|noon|midday|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?,?\s+on\s+)?)$"
)
# "got through winter", "went through March": "through" after a verb of passage (cue passage_verb) is no limit
_PASSAGE_THROUGH: Final = re.compile(case_tolerant(rf"\b{_words('passage_verb')}\s+(?:through|thru)\s+(?:the\s+)?$"))
# "since": what lasts up to now began before it ("have searched since the Oct. 23 attack"); any determiner
# of the noun the date modifies, definite or not ("since an August meeting", "since that March vote")
_SINCE: Final = re.compile(
    r"\b[Ss]ince\s+(?:(?:shortly|just|soon|right|immediately|long)\s+)?(?:(?:before|after)\s+)?"
    r"(?:(?:the|an?|that|this)\s+)?$"
)
_DURATIVE: Final = re.compile(case_tolerant(_words("durative")))
_SET_LIMIT: Final = re.compile(case_tolerant(rf"\b{_words('sets_limit')}\w*\b"))
# a past perfect ("had not called", "had been held"): what lasted until a limit already past
_PAST_PERFECT: Final = re.compile(
    r"\b[Hh]ad(?:n['\u2019]t|\s+not|\s+never|\s+already|\s+only)?\s+(?!to\b|until\b)(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ght)\b"
)
_PROPOSE: Final = re.compile(case_tolerant(_words("propose")))
_ONLY_PREPOSITION: Final = re.compile(r"\s+(?:(?:on|at|in|late|early|last|this)\s+)*")
_CLAUSE_REACH: Final = 160  # characters searched each way for the ends of a clause
_SENTENCE_REACH: Final = 300  # characters around the expression searched when its clause has no marker


# a conjunction joining a second verb phrase right after the date ("met on Tuesday and will visit ..."),
# up to two lower-case words between ("and then travelled", "but is expected to", "and he will"); a
# capitalised word there is more likely a second date or name ("on Tuesday and Wednesday will ...")
_COORDINATED: Final = re.compile(case_tolerant(rf",?\s+{_words('coordinator')}\s+(?:[a-z]+\s+){{0,2}}"))
_FORWARD_ONLY: Final = re.compile(case_tolerant(_words("forward_only")))
_FORWARD_BEFORE: Final = re.compile(case_tolerant(rf"\b{_words('forward_only')}\s+$"))
# Rule participle-after-date: a participle with its agent and no auxiliary ("followed by talks", "hosted by
# Turkey", "led by") after the date heads a reduced relative or a participial phrase that hangs on the clause;
# it is not the finite verb whose tense the date takes ("He will have a meeting on Tuesday afternoon followed
# by talks" is ahead). Before the date it keeps its past: the date is then inside the participle's own phrase
# ("as suggested by Putin over the weekend"). Not before an amount ("rose by 5%", "cut by half": an active
# past and its measure).
_AGENT_BY: Final = re.compile(
    r"\s+by\s+(?!\d|half\b|a\s+(?:third|quarter|half|fifth)\b|(?:about|around|some|more|less|nearly|almost|over|up\s+to)\b)"
)
# an infinitive of purpose right after the date ("on Sunday to visit a plant")
_PURPOSE: Final = re.compile(r"[ \t]+to[ \t]+[a-z]+$")
# a verb and its date with only a preposition between ("decisions made on Wednesday would ...")
_VERB_PREPOSITION: Final = re.compile(r"\s+(?:on|at|in)\s+")


def _closest(text: str, left: int, start: int, end: int, right: int, *, fronted: bool = False) -> str | None:
    """The tense of the marker nearest to ``text[start:end]`` within ``text[left:right]``; a verb that
    the date follows with only a preposition between is the date's own and wins over a nearer one after.

    ``fronted``: the date is a clause of its own before its verb ("On Friday, the government planned to
    pay ..."): it dates the verb itself, so a plan told in the past is the past, not its planned day.
    """
    best: tuple[int, str] | None = None
    before = _LAST_MARKER.match(text, left, start)  # the last one before is the nearest before
    if before is not None:  # rule attributive-future-noun: "discussed the upcoming summit by phone ... on Monday"
        before = _verb_before_attributive(text, left, start, before) or before
    if before is not None:
        best = (start - before.end(), _tense_of_marker(before))
        if _VERB_PREPOSITION.fullmatch(text, before.end(), start):
            return best[1]
    after = _MARKER.search(text, end, right)
    if after is not None and before is not None and _COORDINATED.fullmatch(text, end, after.start()):
        after = None  # the verb after heads a coordinated verb phrase of its own: the verb before governs
    if after is not None and _FORWARD_ONLY.fullmatch(after.group()):
        after = None  # "ahead of ..." looks ahead from the clause's time to what follows it, not to the date
    if after is not None and before is not None and before.group("past") and _PURPOSE.match(text, end, after.end()):
        after = None  # "travelled to X on Sunday to visit ...": the purpose of the past act, not the date's verb
    if after is not None and after.group("past") and _AGENT_BY.match(text, after.end()):
        after = None  # "a meeting on Tuesday followed by talks": a participle after the date, not its verb
    if after is not None and (best is None or after.start() - end < best[0]):
        best = (after.start() - end, _tense_of_marker(after, plan=not fronted))
    return best[1] if best else None


# Rule attributive-future-noun: a future adjective (cue attributive_future) after a determiner dates its own noun
# phrase: the adjective, its noun (up to two more words) and the date's preposition ("the upcoming summit on Friday")
_ATTRIBUTIVE: Final = re.compile(case_tolerant(rf"{_words('attributive_future')}"))
_DETERMINED: Final = re.compile(case_tolerant(rf"\b{_words('determiner')}\s+$"))
_OWN_NOUN_PHRASE: Final = re.compile(
    r"(?:\s+[\w'\u2019-]+){1,3}?(?:\s+(?:on|in|at|this|next|late|early))*\s+|(?:\s+[\w-]+)?['\u2019]s?\s+|\s+"
)


def _verb_before_attributive(text: str, left: int, start: int, before: re.Match[str]) -> re.Match[str] | None:
    """Rule attributive-future-noun: the marker before the future adjective ``before`` that governs the date at
    ``start`` instead of it (see :data:`ATTRIBUTIVE_FUTURE_NOUN`), or ``None`` where the adjective's reading stands."""
    if not before.group("future") or _ATTRIBUTIVE.fullmatch(before.group("future")) is None:
        return None
    at = before.start("future")
    if _DETERMINED.search(text, max(0, at - 12), at) is None or _OWN_NOUN_PHRASE.fullmatch(text, before.end(), start):
        return None
    return _LAST_MARKER.match(text, left, at)


def _attributive_future(text: str, start: int, _end: int, sentence: Sentence) -> str | None:
    """Rule attributive-future-noun: the last tense marker before a date in its clause is a future adjective after a
    determiner ("discussed the upcoming summit by phone with him on Thursday"), and the date stands beyond its noun
    phrase: the adjective does not govern the date, the verb before it does. Its tense, else ``None``
    (``sentence(start)``: the bounds of the clause searched)."""
    left, _right = sentence(start)
    before = _LAST_MARKER.match(text, left, start)
    verb = _verb_before_attributive(text, left, start, before) if before is not None else None
    return _tense_of_marker(verb) if verb is not None else None


# rule negated-could: "could" after a negative subject in its clause, no verb between ("neither he nor his aides could")
_PAST_MODAL: Final = re.compile(case_tolerant(rf"{_words('past_modal')}\s"))
_NEGATIVE_SUBJECT: Final = re.compile(case_tolerant(rf"\b{_words('negative_subject')}\b"))


def _negated_by_subject(text: str, at: int) -> bool:
    """Rule negated-could: whether the modal at ``at`` is "could" (cue ``past_modal``) with a negative subject
    (cue ``negative_subject``) before it in its clause and no tense marker (no verb) between them."""
    if _PAST_MODAL.match(text, at) is None:
        return False
    clause = _LAST_CLAUSE.match(text, max(0, at - _CLAUSE_REACH), at)
    found = list(_NEGATIVE_SUBJECT.finditer(text, clause.end() if clause else max(0, at - _CLAUSE_REACH), at))
    return bool(found) and _MARKER.search(text, found[-1].end(), at) is None  # the last one before the modal


def _tense_of_marker(m: re.Match[str], *, plan: bool = True) -> str:
    """The tense a marker sets; a plan told in the past ("was scheduled to", "planned to") sets the
    nearest day (``"near"``), or the past when ``plan`` is false (the date is the planning's own); "could"
    after a negative subject is the past (rule negated-could)."""
    text, group = m.string, "future" if m.group("future") else "past"
    at = m.start(group)  # (a _LAST_MARKER match starts where its search did)
    if group == "future" and _negated_by_subject(text, at):
        return "past"
    if (group == "past" and _PLAN_AFTER.match(text, at)) or (
        group == "future" and _PLAN_BEFORE.search(text, max(0, at - 30), at)
    ):
        return "near" if plan else "past"
    return group


def tense_of(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """``"past"``, ``"future"`` or ``None`` for the clause around ``text[start:end]``.

    The tense marker nearest to the expression in its clause decides; without one, the nearest in its
    sentence (``sentence(pos)`` gives the bounds of the sentence around ``pos``, asked only then).
    A possessive ("Wednesday's ruling") names a day already past, unless the verb after it in its clause
    says in so many words that it lies ahead ("Wednesday's meeting will decide it").
    """
    if text.startswith(("'s", "\u2019s"), end):
        if _FORWARD_BEFORE.search(text, max(0, start - 24), start) is not None:
            return "future"  # "ahead of Monday's inauguration": the day lies after the clause's time
        # "will attend Wednesday's parade": the occasion lies ahead; "is confident of winning November's
        # election": an occasion dated by its clause's present
        governed = (
            "future"
            if FUTURE_GOVERNS_POSSESSIVE.decide(text, start, end, sentence) is not None
            else POSSESSIVE_OCCASION_CLAUSE.decide(text, start, end, sentence)
        )
        if governed is not None:
            return governed
        after = _MARKER.search(text, end, min(len(text), end + _CLAUSE_REACH))
        if after is None or not after.group("future") or _FIRM_FUTURE.match(after.group()) is None:
            return "past"
        return "future" if _CLAUSE.search(text, end + 2, after.start()) is None else "past"
    if not _has_lower(text, start, end):  # an all-capitals headline: read its words in lower case
        lo, hi = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
        low = _lower(text[lo:hi])
        return _tense_in(low, start - lo, end - lo, lambda _pos: (0, len(low)))
    return _tense_in(text, start, end, sentence)


# Rule future-governs-possessive: between the firm future and the possessive, only the verb's own words
# (up to four lower-case words: "will attend", "is due to chair", "will take part in"); a word of time order
# ("after", "since", "following") makes the possessive's day a landmark of its own, past or ahead
_GOVERNED_GAP: Final = re.compile(r"(?:\s+(?!(?:after|since|following|despite)\b)[a-z]+){1,4}\s+$")
# the noun the possessive day owns, up to two lower-case modifiers before it ("Friday's military parade")
_POSSESSED: Final = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b")


def _future_governs_possessive(text: str, start: int, end: int, _sentence: Sentence) -> str | None:
    """Rule future-governs-possessive: a possessive day ("Wednesday's parade") names a day already past unless
    a firm future governs it. An explicit future after it in its clause does ("Wednesday's meeting will decide
    it"; see ``tense_of``); so does one before it whose object the possessive phrase is, when what the day
    owns is an occasion held on a day (``data/tense_cues.tsv``, cue ``scheduled_event``): "will attend
    Wednesday's parade", "is due to chair Friday's meeting". A future acting on something done ("will
    respond to Sunday's strike") leaves the day in the past.

    ``"future"`` where it is governed, else ``None``. Examples: :data:`FUTURE_GOVERNS_POSSESSIVE`,
    ``tests/test_dates_future_governs_possessive.py``.
    """
    owned = _POSSESSED.match(text, end)
    if owned is None or _scheduled_event().fullmatch(owned.group("noun")) is None:
        return None
    left = max(0, start - _CLAUSE_REACH)
    last = _LAST_CLAUSE.match(text, left, start)
    if last is not None:
        left = last.end()
    before = _LAST_MARKER.match(text, left, start)
    if before is None or not before.group("future") or _FIRM_FUTURE.match(before.group("future")) is None:
        return None
    return "future" if _GOVERNED_GAP.fullmatch(text, before.end(), start) is not None else None


# Rule possessive-occasion-clause: a word of time order right before the possessive ("after Monday's summit",
# "since Friday's vote") makes its day a landmark, read as any possessive (data/tense_cues.tsv, cue landmark_before)
_LANDMARK_BEFORE: Final = re.compile(case_tolerant(rf"\b{_words('landmark_before')}\s+$"))


def _possessive_occasion(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """Rule possessive-occasion-clause: a possessive day owning an occasion held on a day (cue
    ``scheduled_event``: "Sunday's election", "Thursday's summit") is dated by its clause as any date is, not
    set in the past by the possessive alone: a clause in the present ("is confident of winning November's
    election") or ahead ("would move Saturday's rally indoors") reads it as the nearest or the coming one.
    ``"near"`` or ``"future"`` then; ``None`` where the clause is past or gives no tense (the possessive's past
    stands), where the day owns no occasion ("Tuesday's raid") or where a word of time order governs it
    ("after Monday's summit").
    Examples: :data:`POSSESSIVE_OCCASION_CLAUSE`, ``tests/test_tense_schedule_present.py``."""
    owned = _POSSESSED.match(text, end)
    if owned is None or _scheduled_event().fullmatch(owned.group("noun")) is None:
        return None
    if _LANDMARK_BEFORE.search(text, max(0, start - 24), start) is not None:
        return None
    tense = _tense_in(text, start, end, sentence, possessive=False)
    return tense if tense in ("near", "future") else None


# Rule name-list-comma: the commas of a list of names ("A, B and C") end no clause. A list item is a run of
# capitalised words (with "of", "the" and particles of names between); the list's last item opens with "and" or
# "or" (its list word), and a preposition may end it before the date: "is meeting Foreign Minister A, Defence
# Minister B and Finance Minister C on Thursday" takes the tense of "is meeting"
_NAME_RUN: Final = r"(?:(?:[A-Z][\w'\u2019.-]*|of|the|de|del|da|van|von|der|al|bin)\s+)*[A-Z][\w'\u2019.-]*"
_LIST_LAST: Final = re.compile(
    rf"(?:{_NAME_RUN},?\s+)?(?:and|or)\s+{_NAME_RUN}(?:\s+(?:on|in|at|from|until|by|late|early|next|this))*\s+"
)
_LIST_ITEM: Final = re.compile(_NAME_RUN)
_NAME_BEFORE_COMMA: Final = re.compile(r"(?s:.*)(?<![\w'\u2019.-])[A-Z][\w'\u2019.-]*")  # (fullmatch: no scan)
_LIST_REACH: Final = 8  # list items read back at most


def _clause_start(text: str, start: int) -> tuple[int, bool]:
    """Where the clause of a date at ``start`` opens (after the last clause end within reach, see
    ``_CLAUSE``), and whether commas of a list of names were read through to get there (rule name-list-comma)."""
    floor = max(0, start - _CLAUSE_REACH)
    last = _LAST_CLAUSE.match(text, floor, start)
    if last is None:
        return floor, False
    left, stop, item, through = last.end(), start, _LIST_LAST, False
    for _ in range(_LIST_REACH):
        comma = last.end() - 2  # a list's comma: ", " after a capitalised word, an item after it
        if (
            text[comma : last.end()] != ", "
            or _NAME_BEFORE_COMMA.fullmatch(text, max(floor, comma - 40), comma) is None
        ):
            break
        if item.fullmatch(text, last.end(), stop) is None:
            break
        through, stop, item = True, comma, _LIST_ITEM
        previous = _LAST_CLAUSE.match(text, floor, stop)
        if previous is None:
            left = floor
            break
        last, left = previous, previous.end()
    return left, through


def _name_list_tense(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """Rule name-list-comma: a date after a list of names ("meets A, B and C on Thursday") takes the tense of
    the verb before the list; the tense read through the list's commas, ``None`` where no such list stands."""
    if not _clause_start(text, start)[1]:
        return None
    return _tense_in(text, start, end, sentence)


def _tense_in(text: str, start: int, end: int, sentence: Sentence, *, possessive: bool = True) -> str | None:
    """``tense_of`` once the case of the line is settled (a line without letters stays as it is); with
    ``possessive`` false, a possessive day is read as any other date (rule possessive-occasion-clause)."""
    early = (
        "past"
        if possessive and text.startswith(("'s", "\u2019s"), end)
        else DATE_OF_THE_SAYING.decide(text, start, end, sentence)
    )
    if early is not None:  # a possessive, or a date of the saying (rule date-of-the-saying)
        return early
    left = _clause_start(text, start)[0]
    m_right = _CLAUSE.search(text, end, end + _CLAUSE_REACH)
    right = m_right.start() if m_right else min(len(text), end + _CLAUSE_REACH)
    found = _closest(text, left, start, end, right)
    bounded = _bounded_tense(text, left, start, end, sentence)
    if bounded is not None:
        return bounded
    if found == "past" and _proposed_ahead(text, left, start):
        return "future"
    if found is not None:
        return found
    if _PRESENT_BE.search(text, left, right) is not None:
        return "near"  # "A ceasefire is unlikely before spring, ..., X told the AP": the clause's present
    return _sentence_tense(text, start, end, sentence)


@lru_cache(maxsize=1)
def _saying_around() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Rule date-of-the-saying, its two sides (a verb of saying of ``data/speech_verbs.tsv`` before the date,
    "that" after it, the words between of ``data/clause_words.tsv``), compiled by the statement layer's clause
    helpers; loaded when first asked, so that ``find_dates`` alone does not load the statement layer."""
    from nato_ukraine_timeline._clauses import saying_around_date  # noqa: PLC0415 - the statement layer's tables

    return saying_around_date()


def saying_before() -> re.Pattern[str]:
    """A verb of saying (with its addressee and the prepositions of a date) that ends right before a date: the
    first side of rule date-of-the-saying, which rule night-just-gone reads too."""
    return _saying_around()[0]


_SAYING_REACH: Final = 80  # characters before a date searched for its verb of saying


def _saying_tense(text: str, start: int, end: int, _sentence: Sentence) -> str | None:
    """Rule date-of-the-saying: a date between a verb of saying and its that-clause ("said on Friday that ...",
    ", saying in September that ...", "told reporters on Monday that ..."; or a whether/if clause, "asked on Monday
    whether ...": class saying_date_complementizer of data/clause_words.tsv) dates the act of saying, so it takes
    the saying's time, never the tense of the reported words after "that" ("vowing on Friday that he would
    ..."). The saying's time is that of its own clause up to the verb: ahead where a future governs it ("will
    say on Friday that"), else the past: a saying a news text reports (a past, a present of news, a participle
    hung on the clause) has been made by the time it is published. ``None`` where the date stands elsewhere."""
    before, after = _saying_around()
    if after.match(text, end) is None:  # the cheap side first: most dates have no "that" after them
        return None
    verb = before.search(text, max(0, start - _SAYING_REACH), start)
    if verb is None:
        return None
    clause = _LAST_CLAUSE.match(text, max(0, verb.start() - _CLAUSE_REACH), verb.start())
    left = clause.end() if clause is not None else max(0, verb.start() - _CLAUSE_REACH)
    marker = _LAST_MARKER.match(text, left, verb.end())
    tense = _tense_of_marker(marker) if marker is not None else "past"
    return tense if tense == "future" else "past"


def _sentence_tense(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """The tense of a date whose clause has none: the nearest marker in its sentence, or in its quotation
    when it stands in one (the speaker's words, not the saying around them)."""
    lo, hi = sentence(start)
    fronted = _FRONTED.fullmatch(text, lo, start) is not None
    quoted = quotation_around(text, start, end)
    if quoted is not None:  # a speaker's own words: their tense, not the tense of the saying around them
        lo, hi = max(lo, quoted[0]), min(hi, quoted[1])
    left, right = max(lo, start - _SENTENCE_REACH), min(hi, end + _SENTENCE_REACH)
    found = _closest(text, left, start, end, right, fronted=fronted)
    speaker_now = quoted is not None and (_SPEAKER_NOW.search(text, left, start) or _IMPERATIVE.match(text, left))
    if found is None and speaker_now:
        return "future"  # "I'm in Vilnius on Wednesday morning," he said; "Come to Kyiv on Friday."
    return found


# a clause in the present ("is", "are"; not a passive or a progressive of "be"): with no marker of its own, a
# date in it is the nearest occurrence, not read by the past of a saying in another clause of its sentence
_PRESENT_BE: Final = re.compile(r"\b(?:is|are)\b(?!\s+(?:[a-z]+ed|been|being)\b)")


# a speaker's present ("I'm in there") before a date in a quoted sentence, or a command opening it ("Come
# to Kyiv on Friday."): data/tense_cues.tsv
_SPEAKER_NOW: Final = re.compile(case_tolerant(rf"\b{_words('speaker_present')}\b"))
_IMPERATIVE: Final = re.compile(case_tolerant(rf"\s*{_words('imperative')}\b"))


_QUOTE_REACH: Final = 600  # characters searched back, within the paragraph, for a quotation's opening mark
_OPENERS: Final = (("\u201c", "\u201d"), ("``", "''"))


def quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the direct quotation that holds ``text[start:end]`` (inside its marks), or ``None``.

    A quotation is read within its paragraph: opened by a curly or newswire opening mark with no closing
    mark before the expression, or by a straight double quote when an odd number of them stand between
    the paragraph's start and the expression; it ends at the next closing mark (or the paragraph's end).
    """
    p0 = max(text.rfind("\n", 0, start) + 1, start - _QUOTE_REACH)
    p1 = text.find("\n", end)
    p1 = len(text) if p1 < 0 else p1
    for opening, closing in _OPENERS:
        at = text.rfind(opening, p0, start)
        if at >= 0 and text.find(closing, at, start) < 0:
            close = text.find(closing, end, p1)
            return at + len(opening), close if close >= 0 else p1
    if text.count('"', p0, start) % 2 == 1:
        close = text.find('"', end, p1)
        return text.rfind('"', p0, start) + 1, close if close >= 0 else p1
    return None


def _bounded_tense(text: str, left: int, start: int, end: int, sentence: Sentence) -> str | None:
    """The tense a preposition of limit or of start right before the date sets, else ``None``.

    "since Oct. 23", "since shortly after the June 5 vote": begun before now, however far back
    (``"since"``). "until Friday", "by May": ahead, unless a past verb of lasting governs it ("fighting
    went on until Tuesday") or the clause is in the past perfect ("Until Thursday, they had not called
    him a suspect"); a limit set or ordered in the past is still ahead ("ordered a halt until Sunday").
    """
    if _SINCE.search(text, max(0, start - 40), start) is not None:
        return "since"
    limit = _UNTIL.search(text, max(0, start - 36), start)
    if limit is None or _PASSAGE_THROUGH.search(text, max(0, start - 40), start) is not None:
        return None
    if LIMIT_REACHED_BY.decide(text, start, end, sentence) is not None:
        return "past"
    before = _LAST_MARKER.match(text, left, start)
    if (
        before is not None
        and before.group("past")
        and _DURATIVE.fullmatch(before.group("past"))
        and _SET_LIMIT.search(text, left, start) is None
    ) or _PAST_PERFECT.search(text, left, min(sentence(start)[1], end + _CLAUSE_REACH)) is not None:
        return "past"
    return "future"


# "By Wednesday afternoon," opening its sentence (a word of time such as "early" or "late" may come between)
_FRONTED_BY: Final = re.compile(r"[\s\"\u201c(]*By\s+(?:[a-z]+\s+)?")


def _reached_by(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """Rule limit-reached-by: a "By <date>," fronted before its clause is the day by which what the clause tells
    had happened; the tense is the clause's finite verb, the first tense marker after the date in its sentence.
    Past there ("By Wednesday afternoon, the troops surrounded the town"), the date is past; ahead
    ("By Friday, they will ...") or none, it stays the limit ahead: ``"past"`` or ``None``."""
    lo, hi = sentence(start)
    if _FRONTED_BY.fullmatch(text, lo, start) is None:
        return None
    verb = _MARKER.search(text, end, hi)
    return "past" if verb is not None and verb.group("past") and _tense_of_marker(verb) == "past" else None


def _proposed_ahead(text: str, left: int, start: int) -> bool:
    """Whether the past verb before ``start`` proposes or sets what the date names ("Putin proposed direct
    talks in Istanbul on Thursday", "the vote was postponed to Friday"), rather than dating itself
    ("Putin proposed on Sunday ...": nothing but a preposition between them)."""
    before = _LAST_MARKER.match(text, left, start)
    if before is None or not before.group("past") or _PROPOSE.fullmatch(before.group("past")) is None:
        return False
    if _ONLY_PREPOSITION.fullmatch(text, before.end(), start) is not None:
        return False
    # "postponed to Friday", "moved the vote to Friday": the date is where the event went
    if _MOVED_TO.search(text, before.end(), start) is not None:
        return True
    # the object set or proposed is an event held on a day ("proposed direct talks in Istanbul on Thursday")
    return _scheduled_event().search(text, before.end(), start) is not None


# a date at the head of its sentence, alone or after a preposition ("On Friday, ...", "Late Tuesday, ...")
_FRONTED: Final = re.compile(r"\s*(?:[A-Z][a-z]{1,5}\s+)?")
_MOVED_TO: Final = re.compile(r"\s(?:to|until|till|for)\s+(?:(?:next|this|on)\s+)?$")


@lru_cache(maxsize=1)
def _scheduled_event() -> re.Pattern[str]:
    """A noun of ``data/tense_cues.tsv`` (cue ``scheduled_event``) as a whole word, in any case."""
    words = "|".join(re.escape(w) for w in tense_cues("scheduled_event"))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


# The tense rules that read a form around the date (the markers and clause ends above are their vocabulary);
# their examples are synthetic sentences written for them, run as tests (tests/test_tense_rules.py)
FUTURE_GOVERNS_POSSESSIVE: Final = TenseRule(
    name="future-governs-possessive",
    form=(
        "a possessive day owning an occasion of cue scheduled_event, the object of a firm future before it in its "
        "clause with at most four words between and none of time order: WILL/IS DUE TO ... DAY's OCCASION"
    ),
    decide=_future_governs_possessive,
    examples=(
        ("Both envoys will attend Thursday's ceremony at the embassy.", "Thursday", "future", "2025-03-13"),
        ("The navy will answer Tuesday's raid on the port.", "Tuesday", None, "2025-03-04"),
        ("The envoys will speak after Monday's summit.", "Monday", None, "2025-03-03"),
    ),
)
POSSESSIVE_OCCASION_CLAUSE: Final = TenseRule(
    name="possessive-occasion-clause",
    form=(
        "a possessive day owning an occasion of cue scheduled_event (DAY's ELECTION / SUMMIT / RALLY), no word of "
        "cue landmark_before right before it: its clause's tense, read as for any date; kept when present "
        "(the nearest day) or ahead, else the possessive's past"
    ),
    decide=_possessive_occasion,
    examples=(
        ("Voters are weighing their choice before Sunday's election.", "Sunday", "near", "2025-03-09"),
        ("The organisers would move Saturday's rally indoors.", "Saturday", "future", "2025-03-08"),
        ("The organisers said Thursday's rally drew thousands.", "Thursday", None, "2025-03-06"),
        ("The envoys are speaking after Monday's summit.", "Monday", None, "2025-03-03"),
        ("Voters are weighing Sunday's attack.", "Sunday", None, "2025-03-02"),
    ),
)
DATE_OF_THE_SAYING: Final = TenseRule(
    name="date-of-the-saying",
    form=(
        "a date between a verb of saying of data/speech_verbs.tsv (a verb of telling with up to three words of "
        "addressee) and its that-clause (or whether/if clause: ASKED on DAY whether ...): SAID/TOLD X/SAYING on DAY "
        "that ...; the saying's own tense, past unless a future governs it"
    ),
    decide=_saying_tense,
    examples=(
        ("The governor told the council on Tuesday that the bridge will reopen.", "Tuesday", "past", "2025-03-04"),
        ("The governor will say on Tuesday that the bridge is open.", "Tuesday", "future", "2025-03-11"),
        ("The governor said the bridge will reopen on Tuesday.", "Tuesday", None, "2025-03-11"),
        # a question's "whether"/"if" opens the complement as "that" does: the asking's day, not the "would" after it
        ("Asked on Tuesday whether the bridge would reopen, the governor said no.", "Tuesday", "past", "2025-03-04"),
        ("The governor was asked on Tuesday if the bridge would reopen.", "Tuesday", "past", "2025-03-04"),
    ),
)
LIMIT_REACHED_BY: Final = TenseRule(
    name="limit-reached-by",
    form=(
        'a "By DAY," fronted before its clause: the past when the first tense marker after the date in its '
        "sentence is a past verb (not a plan), else the limit stays ahead"
    ),
    decide=_reached_by,
    examples=(
        ("By Tuesday evening, the rescuers reached the village.", "Tuesday evening", "past", "2025-03-04TEV"),
        ("By Tuesday, the rescuers will reach the village.", "Tuesday", None, "2025-03-11"),
        ("The rescuers hope to reach the village by Tuesday.", "Tuesday", None, "2025-03-11"),
    ),
)


def _limit_ahead(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """Rule limit-ahead: a preposition of limit right before the date (cue ``limit_preposition``: "until", "till",
    "by", "through") sets it ahead unless the clause is past (``_bounded_tense``); ``None`` without one."""
    if _UNTIL.search(text, max(0, start - 36), start) is None:
        return None
    return _bounded_tense(text, _clause_start(text, start)[0], start, end, sentence)


LIMIT_AHEAD: Final = TenseRule(
    name="limit-ahead",
    form=(
        'a preposition of limit right before the date ("until", "till", "by", "through": cue limit_preposition of '
        "data/tense_cues.tsv): the limit lies ahead, also when a past act set it, unless a past verb of lasting or a "
        'past perfect governs it; not after a verb of passage (cue passage_verb: "got through winter")'
    ),
    decide=_limit_ahead,
    examples=(
        ("The truce, set to last through Sunday, began on Friday.", "Sunday", "future", "2025-03-09"),
        ("The ministry extended the curfew through Monday.", "Monday", "future", "2025-03-10"),
        ("Shelling went on through Tuesday.", "Tuesday", "past", "2025-03-04"),
        ("The office stays closed until Wednesday.", "Wednesday", "future", "2025-03-12"),
        ("The power grid got through Tuesday without a cut.", "Tuesday", None, "2025-03-04"),
    ),
)
ATTRIBUTIVE_FUTURE_NOUN: Final = TenseRule(
    name="attributive-future-noun",
    form=(
        "a future adjective of cue attributive_future after a determiner, the last tense marker before the date in "
        "its clause, with more than its noun (at most three words) and the date's preposition between: V ... the "
        "UPCOMING NOUN ... DAY; it dates its noun only, the verb before it governs the date"
    ),
    decide=_attributive_future,
    examples=(
        (
            "The premier discussed the upcoming summit by phone with the chancellor on Monday.",
            "Monday",
            "past",
            "2025-03-03",
        ),
        ("The premier discussed the upcoming summit on Monday.", "Monday", None, "2025-03-10"),
        ("The upcoming vote will be held on Monday.", "Monday", None, "2025-03-10"),
    ),
)
NAME_LIST_COMMA: Final = TenseRule(
    name="name-list-comma",
    form=(
        "a date after a list of names whose commas would end its clause: V A, B and C on DAY (each item a run of "
        "capitalised words, the last one opened by 'and' or 'or'); the clause reads back through the list's "
        "commas to the verb before it"
    ),
    decide=_name_list_tense,
    examples=(
        (
            "The envoy is meeting Foreign Minister Anna Berg, Defence Minister Carl Lind and Mayor Eva Holm on Monday.",
            "Monday",
            "near",
            "2025-03-10",
        ),
        (
            "The envoy will meet Anna Berg, Carl Lind, and Eva Holm on Monday.",
            "Monday",
            "future",
            "2025-03-10",
        ),
        ("The envoy met the mayor of Lund, and the council voted on Monday.", "Monday", None, "2025-03-03"),
    ),
)
# Rule scheduled-present: the plain present of a verb of schedule or meeting right before its date
_SCHEDULED_BEFORE: Final = re.compile(
    case_tolerant(rf"\b{_not_after('not_ahead_before')}{_words('scheduled_verb')}{_SCHEDULED_GAP}$")
)
_SCHEDULED_REACH: Final = 48  # characters before a date searched for the verb and its gap


def _scheduled_present(text: str, start: int, _end: int, _sentence: Sentence) -> str | None:
    """Rule scheduled-present: a verb of schedule or meeting in the plain present (cue ``scheduled_verb``: "begin",
    "resume", "meet") right before its date, with at most one adverb ("separately", "again") and "on", "next" or
    "this" between, tells a plan, so the date lies ahead ("The two ministers meet separately Monday"); not after
    "did", "not" or "to" ("did not meet on Monday" keeps the past). ``"future"`` there, else ``None``."""
    return "future" if _SCHEDULED_BEFORE.search(text, max(0, start - _SCHEDULED_REACH), start) else None


SCHEDULED_PRESENT: Final = TenseRule(
    name="scheduled-present",
    form=(
        "the plain present of a verb of cue scheduled_verb (begin, open, resume, meet, take place, ...) right before "
        "its date, at most one adverb in -ly or 'again' and then 'on', 'next' or 'this' between, not after 'did', "
        "'not' or 'to': THEY MEET (SEPARATELY) (ON) DAY is ahead"
    ),
    decide=_scheduled_present,
    examples=(
        ("The two ministers meet separately Monday with the envoy.", "Monday", "future", "2025-03-10"),
        ("Talks resume formally on Tuesday in Geneva.", "Tuesday", "future", "2025-03-11"),
        ("Synthetic: voters in the province go to the polls Sunday.", "Sunday", "future", "2025-03-09"),
        ("The two ministers did not meet on Monday.", "Monday", None, "2025-03-03"),
        ("The two ministers met separately on Monday.", "Monday", None, "2025-03-03"),
    ),
)
# Rule meet-an-object (see _MET_OBJECT_AFTER): "meet" and its object before the date in its clause
_MET_BEFORE: Final = re.compile(case_tolerant(rf"\bmeet{_MET_OBJECT_AFTER}"))


def _meet_an_object(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """Rule meet-an-object: "meet" before a noun of cue ``met_object`` ("struggled to meet demand well into the
    summer", "failed to meet the target in December") means "satisfy", so "to meet" there is no plan of a meeting
    and sets no future: the date takes the tense of the rest of its clause. That tense where the form stands
    before the date in its clause, else ``None``."""
    left = _clause_start(text, start)[0]
    if _MET_BEFORE.search(text, left, start) is None:
        return None
    return _tense_in(text, start, end, sentence)


MEET_AN_OBJECT: Final = TenseRule(
    name="meet-an-object",
    form=(
        "'meet' before a noun of cue met_object (demand, target, needs, obligations, ...; a determiner and up to two "
        "words between) earlier in the date's clause: TO MEET DEMAND ... DATE; 'to meet' is then no future, the "
        "date takes the tense of the rest of its clause"
    ),
    decide=_meet_an_object,
    examples=(
        ("The plant struggled to meet demand well into the summer.", "the summer", "past", "2024-SU"),
        ("Several allies failed to meet the spending target in December.", "December", "past", "2024-12"),
        ("The two ministers agreed to meet in the summer.", "the summer", None, "2025-SU"),
    ),
)


def _negated_could(text: str, start: int, _end: int, _sentence: Sentence) -> str | None:
    """Rule negated-could: the last tense marker before the date in its clause is "could" negated, by "not",
    "n't" or "never" after it or by a negative subject before it with no verb between ("could not be reached
    Monday", "neither he nor his aides could be located Wednesday"): the past of "can", what could not be done at
    the time told, so ``"past"``; else ``None``."""
    before = _LAST_MARKER.match(text, _clause_start(text, start)[0], start)
    if before is None:
        return None
    group = "future" if before.group("future") else "past"
    if group == "past" and _PAST_MODAL.match(before.group("past") + " ") is None:  # "could not" (cue past)
        return None
    if group == "future" and not _negated_by_subject(text, before.start("future")):
        return None
    return "past"


NEGATED_COULD: Final = TenseRule(
    name="negated-could",
    form=(
        "'could' (cue past_modal) negated, by 'not', 'n't' or 'never' right after it or by a negative subject of cue "
        "negative_subject before it in its clause with no verb between: COULD NOT ... DAY, NO ONE / NEITHER X NOR Y "
        "COULD ... DAY; the past of 'can', what could not be done at the time told: the date is past (a bare 'could' "
        "stays a hedge, ahead)"
    ),
    decide=_negated_could,
    examples=(
        ("Neither the mayor nor his aides could be located Wednesday.", "Wednesday", "past", "2025-03-05"),
        ("The mayor could not be reached Monday.", "Monday", "past", "2025-03-03"),
        ("The vote could come Monday.", "Monday", None, "2025-03-10"),
        ("None of the officials said the talks could resume Monday.", "Monday", None, "2025-03-10"),
    ),
)
# Rule weekday-just-gone: a firm future (cue firm_future) governs a date when it stands before the date in its
# clause ("are due to meet ... on Friday"), not as an adjective after a determiner ("a scheduled flight"), with
# no word of time order (cue landmark_before) between them ("will keep pumping despite a strike on Saturday");
# or when it is the first tense marker after the date in its sentence
_DETERMINER_BEFORE: Final = re.compile(case_tolerant(rf"\b{_words('determiner')}\s+$"))
_LANDMARK_BETWEEN: Final = re.compile(case_tolerant(rf"\b{_words('landmark_before')}\b"))


def _firm_future_governs(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Whether a firm future governs the date at ``text[start:end]`` in its clause (rule weekday-just-gone)."""
    left = _clause_start(text, start)[0]
    for before in _MARKER.finditer(text, left, start):
        firm = before.group("future") and _FIRM_FUTURE.match(before.group("future")) is not None
        at = before.start()
        if (
            firm
            and _DETERMINER_BEFORE.search(text, max(left, at - 12), at) is None
            and _LANDMARK_BETWEEN.search(text, before.end(), start) is None
        ):
            return True
    # the first marker after the date in its sentence: a fronted date's verb stands after the comma ("By Monday
    # afternoon, the troops will surround the town")
    after = _MARKER.search(text, end, min(sentence(start)[1], end + _SENTENCE_REACH))
    return after is not None and bool(after.group("future")) and _FIRM_FUTURE.match(after.group("future")) is not None


# the guards of rule weekday-just-gone: forms whose weekday lies ahead though no firm future governs it
_OCCURS_AHEAD: Final = re.compile(case_tolerant(rf"\bto\s+{_words('occurrence_infinitive')}\b"))
_AHEAD_OF: Final = re.compile(case_tolerant(rf"\b{_words('ahead_of_occasion')}\b"))
_RANGE_OPENER: Final = re.compile(case_tolerant(rf"\b{_words('range_opener')}\b"))
_WEEKDAY_AFTER_JOINER: Final = re.compile(
    case_tolerant(rf"\s+{_words('range_joiner')}\s+(?:on\s+)?") + r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
_RANGE_REACH: Final = 40  # characters searched back from a weekday for the word opening its range
_JOINER_BEFORE: Final = re.compile(case_tolerant(rf"\b{_words('range_joiner')}\s+(?:on\s+)?$"))


def _occurs_ahead(text: str, start: int, _end: int) -> bool:
    """Guard scheduled-occurrence: an event's own happening in the infinitive before the date in its clause."""
    return _OCCURS_AHEAD.search(text, _clause_start(text, start)[0], start) is not None


def _ahead_of_occasion(text: str, start: int, _end: int) -> bool:
    """Guard ahead-of-occasion: a word of time order placing what follows later, before the date in its clause."""
    return _AHEAD_OF.search(text, _clause_start(text, start)[0], start) is not None


def _quoted_without_future(text: str, start: int, end: int) -> bool:
    """Guard quoted-without-tense: a date in a quotation whose clause has no future marker of its own."""
    if quotation_around(text, start, end) is None:
        return False
    left = _clause_start(text, start)[0]
    m_right = _CLAUSE.search(text, end, end + _CLAUSE_REACH)
    right = m_right.start() if m_right else min(len(text), end + _CLAUSE_REACH)
    return not any(m.group("future") for m in _MARKER.finditer(text, left, right))


def _range_end(text: str, start: int, end: int) -> bool:
    """Guard range-of-days: a weekday opening a range of days joined to a weekday after it, or joined to one
    before it; the range's ends are read together."""
    left = max(text.rfind("\n", 0, start) + 1, start - _RANGE_REACH)  # a clock time's "p.m." ends no range
    if _RANGE_OPENER.search(text, left, start) is None:
        return False
    return _WEEKDAY_AFTER_JOINER.match(text, end) is not None or (
        _JOINER_BEFORE.search(text, max(left, start - 12), start) is not None
    )


WEEKDAY_JUST_GONE_GUARDS: Final = (
    TenseGuard(
        name="scheduled-occurrence",
        form="an event's own happening in the infinitive before the day (EXPECTED TO TAKE PLACE on DAY)",
        holds=_occurs_ahead,
        example=("The vote is expected to take place on Thursday.", "Thursday"),
    ),
    TenseGuard(
        name="ahead-of-occasion",
        form="a word of time order placing the day later (AHEAD OF DAY's vote / BEFORE the summit on DAY)",
        holds=_ahead_of_occasion,
        example=("The envoy spoke to reporters ahead of the summit on Thursday.", "Thursday"),
    ),
    TenseGuard(
        name="quoted-without-tense",
        form="a day in a quotation whose clause has no future of its own ('\"I am in Oslo on DAY,\" she said')",
        holds=_quoted_without_future,
        example=('"I am in Oslo on Thursday," the minister said.', "Thursday"),
    ),
    TenseGuard(
        name="range-of-days",
        form="an end of a range of days (BETWEEN DAY AND DAY / FROM DAY UNTIL DAY): its ends are read together",
        holds=_range_end,
        example=("A truce is expected to hold from Thursday until Sunday.", "Thursday"),
    ),
)


def _ungoverned_future(text: str, start: int, end: int, sentence: Sentence) -> str | None:
    """Rule weekday-just-gone, its form: a date whose clause reads ahead (``tense_of`` gives ``"future"``) by a
    hedge, an intention or a schedule ("are expected to discuss ... on Friday", "canceled plans to attend ... on
    Tuesday", "made a scheduled flight on Friday"), or by a future that does not govern it ("will keep pumping
    despite a strike on Saturday"), no firm future governing it: ``"near"`` (the nearest occurrence); else ``None``.
    :func:`just_gone_tense` applies it to the weekday of the day before the reference only."""
    if (
        tense_of(text, start, end, sentence) != "future"
        or _firm_future_governs(text, start, end, sentence)
        or any(guard.holds(text, start, end) for guard in WEEKDAY_JUST_GONE_GUARDS)
    ):
        return None
    return "near"


WEEKDAY_JUST_GONE: Final = TenseRule(
    name="weekday-just-gone",
    form=(
        "a bare weekday (no last/next/this) naming the day before the reference, in a clause that reads ahead with "
        "no firm future (cue firm_future) governing it: EXPECTED TO / PLANS TO / A SCHEDULED ... on DAY; the day "
        "just gone (a news text names yesterday's weekday far more often than the one six days ahead)"
    ),
    decide=_ungoverned_future,
    guards=WEEKDAY_JUST_GONE_GUARDS,
    examples=(
        # the examples are published on a Friday: Thursday is the day just gone
        ("The envoys are expected to hold talks in Geneva on Thursday.", "Thursday", "near", "2025-03-06"),
        ("The plant will keep pumping oil despite a drone strike on Thursday.", "Thursday", "near", "2025-03-06"),
        ("The pilots made a scheduled flight to the coast on Thursday.", "Thursday", "near", "2025-03-06"),
        ("The envoys will hold talks in Geneva on Thursday.", "Thursday", None, "2025-03-13"),
        # the rule reads only the day just gone: two days back, the future stands
        ("The envoys are expected to hold talks in Geneva on Wednesday.", "Wednesday", "near", "2025-03-12"),
    ),
)


def just_gone_tense(
    spec: Spec, day: dt.date, tense: str | None, *, text: str, span: tuple[int, int], sentence: Sentence
) -> str | None:
    """Rule weekday-just-gone: the tense a bare weekday is resolved with, ``"near"`` in place of ``"future"``
    where the weekday is that of the day before ``day`` and no firm future governs it; else ``tense``."""
    if (
        tense != "future"
        or spec.kind != "weekday"
        or spec.rel is not None
        or spec.note
        or (day.isoweekday() - spec.weekday) % 7 != 1
    ):
        return tense
    return WEEKDAY_JUST_GONE.decide(text, span[0], span[1], sentence) or tense


TENSE_RULES: Final = (
    FUTURE_GOVERNS_POSSESSIVE,
    POSSESSIVE_OCCASION_CLAUSE,
    DATE_OF_THE_SAYING,
    LIMIT_REACHED_BY,
    LIMIT_AHEAD,
    ATTRIBUTIVE_FUTURE_NOUN,
    NAME_LIST_COMMA,
    SCHEDULED_PRESENT,
    MEET_AN_OBJECT,
    NEGATED_COULD,
    WEEKDAY_JUST_GONE,
)


def _has_lower(text: str, start: int, end: int) -> bool:
    """Whether the line around ``text[start:end]`` has a lower-case letter (an all-capitals line has none)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[max(lo, start - 80) : hi if 0 <= hi < end + 80 else end + 80]
    return any(c.islower() for c in line)


def _lower(s: str) -> str:
    """``s`` in lower case, character for character (offsets kept)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


@lru_cache(maxsize=8192)
def make_value(
    timex: str,
    *,
    basis: Basis = Basis.EXPLICIT,
    uncertain: bool = False,
    alternatives: tuple[str, ...] = (),
    reason: str = "",
    earliest: dt.date | None = None,
    latest: dt.date | None = None,
    set_type: bool = False,
) -> DateValue:
    """:meth:`DateValue.from_timex`, memoised: values are frozen, and news repeats the same ones."""
    return DateValue.from_timex(
        timex,
        basis=basis,
        uncertain=uncertain,
        alternatives=alternatives,
        reason=reason,
        earliest=earliest,
        latest=latest,
        set_type=set_type,
    )


def revalue(out: list[DateMention], k: int, timex: str, *, basis: Basis, reason: str) -> None:
    """Give ``out[k]`` the value ``timex`` (its span and type kept); a value the calendar cannot hold leaves
    the mention as it was."""
    here = out[k]
    with contextlib.suppress(ModelError, ValueError, OverflowError):
        value = make_value(timex, basis=basis, reason=reason)
        out[k] = DateMention(start=here.start, end=here.end, text=here.text, type=here.type, value=value)


def uncertain_among(spec: Spec, cands: tuple[tuple[str, dt.date, dt.date], ...], reason: str) -> DateValue:
    """No year decided for ``spec``: an uncertain value whose alternatives are the occurrences ``cands``
    ((timex, first, last), as :func:`candidates_in` gives them), bounded by their earliest first and latest last day."""
    return make_value(
        x_form(spec),
        basis=Basis.UNRESOLVED,
        uncertain=True,
        alternatives=tuple(c[0] for c in cands),
        earliest=min(c[1] for c in cands),
        latest=max(c[2] for c in cands),
        reason=reason,
    )


@frozen(kw_only=True)
class Reference:
    """The date relative expressions are read against, and why it is that date."""

    day: dt.date
    basis: Basis
    why: str
    # an undated feed item between dated neighbours: the interval ``day`` is the middle of (rule
    # ``interval-readings`` of the feed steps reads the expression against the whole interval)
    span: tuple[dt.date, dt.date] | None = None


def _ref_basis(ref: Reference, tense: str | None, *, uses_tense: bool) -> Basis:
    if ref.basis is Basis.PUBLISHED and uses_tense and tense is not None:
        return Basis.PUBLISHED_TENSE
    return ref.basis


@lru_cache(maxsize=4096)
def candidates_in(spec: Spec, lo: dt.date, hi: dt.date) -> tuple[tuple[str, dt.date, dt.date], ...]:
    """The occurrences of a year-less ``spec`` whose interval lies inside ``[lo, hi]``: (timex, first, last).

    A weekday written with the day ("Monday, Dec. 30") keeps the occurrences on that weekday, when some are.
    """
    out: list[tuple[str, dt.date, dt.date]] = []
    for year in range(lo.year - 1, hi.year + 1):
        found = occurrence(spec, year)
        if found is not None and lo <= found[1] and found[2] <= hi:
            out.append(found)
    if spec.kind == "md" and spec.weekday:
        agree = tuple(o for o in out if o[1].isoweekday() == spec.weekday)
        return agree or tuple(out)
    return tuple(out)


def occurrence(spec: Spec, year: int) -> tuple[str, dt.date, dt.date] | None:  # noqa: PLR0911
    """The occurrence of a year-less month/day/season/quarter in ``year``: (timex, first day, last day)."""
    if not 1 <= year <= 9998:
        return None
    if spec.kind == "md":
        day = valid_day(year, spec.month, spec.day)
        return None if day is None else (day.isoformat(), day, day)
    if spec.kind == "holiday":
        day = holiday_date(spec.note, year)
        return None if day is None else (day.isoformat(), day, day)
    if spec.kind == "month":
        first = dt.date(year, spec.month, 1)
        ny, nm = add_months(first, 1)
        return f"{year:04d}-{spec.month:02d}", first, dt.date(ny, nm, 1) - dt.timedelta(days=1)
    if spec.kind == "season":
        first = dt.date(year, SEASON_START[spec.season], 1)
        ny, nm = add_months(first, 3)
        return f"{year:04d}-{spec.season}", first, dt.date(ny, nm, 1) - dt.timedelta(days=1)
    if spec.kind == "quarter":
        months = 6 if spec.half else 3
        first = dt.date(year, (spec.quarter - 1) * months + 1, 1)
        ny, nm = add_months(first, months)
        letter = "H" if spec.half else "Q"
        return f"{year:04d}-{letter}{spec.quarter}", first, dt.date(ny, nm, 1) - dt.timedelta(days=1)
    return None


def x_form(spec: Spec) -> str:  # noqa: PLR0911
    """The TIMEX3 value with an unknown year: XXXX-02-17, XXXX-07, XXXX-WI, XXXX-Q3."""
    if spec.kind in ("md", "dom"):  # a day of the month alone ("on the 17th"): month 0, unknown
        return f"XXXX-{spec.month:02d}-{spec.day:02d}".replace("-00-", "-XX-")
    if spec.kind == "holiday":
        fixed = re.fullmatch(r"\d\d-\d\d", spec.note)
        return f"XXXX-{spec.note}" if fixed else "XXXX-XX-XX"
    if spec.kind == "month":
        return f"XXXX-{spec.month:02d}"
    if spec.kind == "season":
        return f"XXXX-{spec.season}"
    if spec.kind == "quarter":
        return f"XXXX-{'H' if spec.half else 'Q'}{spec.quarter}"
    if spec.kind == "weekend":
        return "XXXX-WXX-WE"
    if spec.kind == "clock" and spec.clock and spec.inner is None:
        return f"XXXX-XX-XXT{spec.clock}"
    if spec.kind == "weekday" and spec.weekday:  # TIMEX3's form for a weekday of an unknown week
        return f"XXXX-WXX-{spec.weekday}" + (f"T{spec.pod}" if spec.pod else "")
    if spec.kind in ("weekday", "shift", "clock", "anaphor") and spec.unit in ("", "D", "H", "MIN", "S"):
        return "XXXX-XX-XX" + (f"T{spec.pod}" if spec.pod else "")
    if spec.unit == "W":
        return "XXXX-WXX"
    if spec.unit == "M":
        return "XXXX-XX"
    return "XXXX"


def resolve(  # noqa: C901, PLR0911, PLR0912
    spec: Spec,
    ref: Reference | None,
    tense: str | None,
    discourse: dict[str, str],
    bounds: tuple[dt.date, dt.date] | None = None,
) -> DateValue | None:
    """The value of ``spec`` read against ``ref`` (``None``: no reference date is known).

    ``bounds``: a year-less day, month, season or quarter must lie inside it (the window, when no
    publication date anchors the text).
    """
    if spec.unit == "W" and spec.kind in ("md", "holiday"):  # "the week of March 6", "Easter week"
        return _week_of(resolve(evolve(spec, unit=""), ref, tense, discourse, bounds))
    if spec.kind == "fixed":
        basis = Basis.EXPLICIT
        return make_value(spec.timex, basis=basis, reason="the text gives the value", set_type=spec.type.value == "SET")
    if spec.kind == "holiday" and spec.explicit:
        found = occurrence(spec, spec.year or 0)
        if found is None:
            return None
        return make_value(found[0], basis=Basis.EXPLICIT, reason="the text names the day and the year")
    if spec.kind == "md" and spec.explicit:
        day = valid_day(spec.year or 0, spec.month, spec.day)
        if day is None:
            return None
        pod = f"T{spec.pod}" if spec.pod else ""  # "the night of Feb. 23, 2022"
        return make_value(day.isoformat() + pod, basis=Basis.EXPLICIT, reason="the text gives the full date")
    if ref is None:
        # "After Russia quit the deal in July 2023, Ukraine opened a corridor the following month"
        if spec.kind == "anaphor" and spec.unit in ("D", "W", "M", "Y"):
            return _from_discourse(spec, discourse) or _or_duration(spec)
        return None
    if spec.kind in ("md", "month", "season", "quarter", "holiday"):
        return _resolve_yearless(spec, ref, tense, bounds)
    if spec.kind == "weekend":
        return _weekend(spec, ref, tense)
    if spec.kind == "dom":
        return _day_of_month(spec, ref, tense, discourse)
    if spec.kind == "weekday":
        return _weekday_value(spec, ref, tense, discourse)
    if spec.kind == "shift":
        return _resolve_shift(spec, ref, discourse)
    if spec.kind == "clock":
        return _clock_value(spec, ref, tense, discourse)
    if spec.kind == "anaphor":
        return _resolve_anaphor(spec, ref, discourse)
    return None


def _weekday_value(spec: Spec, ref: Reference, tense: str | None, discourse: dict[str, str]) -> DateValue:
    """A weekday by the tense or by "last"/"next"/"this"; "the previous Friday" is the one before the day
    in focus (the day the text named last), else before the reference."""
    pod = f"T{spec.pod}" if spec.pod else ""
    focus = discourse.get("D") if spec.note == "previous" else None
    if focus is not None:
        day = _weekday(spec, dt.date.fromisoformat(focus), tense)
        return make_value(
            day.isoformat() + pod, basis=Basis.CONTEXT, reason=f"the weekday before {focus}, named before"
        )
    r = ref.day
    day = _weekday(spec, r, tense)
    reason = f"{_tense_word(spec.rel, tense)} weekday relative to {ref.why} {r.isoformat()}"
    return make_value(day.isoformat() + pod, basis=_ref_basis(ref, tense, uses_tense=spec.rel is None), reason=reason)


def _week_of(day: DateValue | None) -> DateValue | None:
    """The week that holds a resolved day (a value that is not a day stays as it is)."""
    if day is None or day.earliest is None or not DAY_VALUE.fullmatch(day.timex):
        return day
    return make_value(week_timex(day.earliest), basis=day.basis, reason=f"the week of {day.timex}: {day.reason}")


def _tense_word(rel: int | None, tense: str | None) -> str:
    if rel is not None:
        return {-1: "last", 0: "this", 1: "next"}.get(rel, "")
    return {"past": "past-tense", "future": "future-tense", "since": "since: latest past"}.get(tense or "", "nearest")


def _weekday(spec: Spec, r: dt.date, tense: str | None) -> dt.date:
    wd = spec.weekday
    if spec.note == "week":
        monday = r - dt.timedelta(days=r.weekday()) + dt.timedelta(weeks=spec.offset)
        return monday + dt.timedelta(days=wd - 1)
    back = (r.isoweekday() - wd) % 7
    fwd = (wd - r.isoweekday()) % 7
    if spec.rel == -1:
        return r - dt.timedelta(days=back or 7)
    if spec.rel == 1:
        return r + dt.timedelta(days=fwd or 7)
    if spec.rel == 0:
        monday = r - dt.timedelta(days=r.weekday())
        return monday + dt.timedelta(days=wd - 1)
    if tense == "future" or (tense == "near" and fwd < back):
        return r + dt.timedelta(days=fwd)
    return r - dt.timedelta(days=back)


def _resolve_yearless(
    spec: Spec, ref: Reference, tense: str | None, bounds: tuple[dt.date, dt.date] | None
) -> DateValue | None:
    r = ref.day
    occ = _occurrences_around(spec, r)
    if bounds is not None and spec.rel not in (-1, 1):  # "next February" is counted from ``r``, not held by the window
        beyond = _beyond_window(spec, occ, r, tense, bounds)
        occ = [o for o in occ if bounds[0] <= o[1] and o[2] <= bounds[1]]
        if beyond is not None:  # rule tense-beyond-window: the tense's reading lies outside the window
            return _open_beyond(spec, occ, beyond, f"{tense}-tense clause relative to {ref.why} {r.isoformat()}")
    if not occ:
        return None
    chosen: tuple[str, dt.date, dt.date] | None
    if spec.kind == "quarter" and spec.rel is None:
        # a quarter is reported after it starts: the latest one begun by the reference date
        tense = "past"
    if spec.kind == "md" and spec.unit == "Y":  # "July 28 this year", "March 3 last year"
        chosen = occurrence(spec, r.year + spec.offset)
    elif spec.kind == "quarter" and spec.rel is None and spec.offset:
        base = _pick(spec, occ, r, tense)
        chosen = occurrence(spec, base[1].year + spec.offset) if base else None
    elif spec.rel is not None and spec.kind not in ("md", "holiday"):
        chosen = _relativeoccurrence(spec, occ, r)
    else:
        chosen = _pick(spec, occ, r, tense)
    if chosen is None:
        return None
    why = _tense_word(spec.rel, tense)
    if tense == "past" and chosen[1] > r:  # rule coming-month-or-season (or no past one within the tense's reach)
        why = "past-tense clause, the coming"
    reason = f"{why} occurrence relative to {ref.why} {r.isoformat()}"
    uses_tense = spec.rel is None
    timex = chosen[0] + (f"T{spec.pod}" if spec.pod and spec.kind == "md" else "")
    return make_value(timex, basis=_ref_basis(ref, tense, uses_tense=uses_tense), reason=reason)


def _beyond_window(
    spec: Spec, occ: list[tuple[str, dt.date, dt.date]], r: dt.date, tense: str | None, bounds: tuple[dt.date, dt.date]
) -> tuple[str, dt.date, dt.date] | None:
    """Rule ``tense-beyond-window``: the occurrence the tense gives a year-less day, month, season or holiday
    read against a day inside the window (no publication date: the window is a cage) when it lies past the
    window's edge in the tense's direction (the future after its end, the past before its start), within the
    tense's reach of that day (``_TENSE_REACH``, as with a publication date; was half a year, twentieth session:
    "the summit will be held in July" against a day of October of the window's last year fell back to the July
    before it) ("talks will resume in January" against a day of November of the window's last year: the
    January after it). The occurrences inside the window then contradict the tense: the caller leaves the year
    open (was: the one inside, a year away, as if the tense agreed). A reading by nearness alone (no tense) is
    not concerned. None: the tense's reading lies inside the window, far from the day, or no tense decides."""
    if not bounds[0] <= r <= bounds[1] or spec.rel is not None or spec.kind == "quarter" or spec.unit == "Y":
        return None
    free = _pick(spec, occ, r, tense)
    if free is None:
        return None
    if tense == "future" and free[2] > bounds[1]:  # the coming one, after the window's end
        far = (free[1] - r).days
    elif tense in ("past", "since") and free[1] < bounds[0]:  # the last one, before the window's start
        far = (r - free[2]).days
    else:
        return None
    return free if far <= _TENSE_REACH else None


def _open_beyond(
    spec: Spec, inside: list[tuple[str, dt.date, dt.date]], beyond: tuple[str, dt.date, dt.date], why: str
) -> DateValue:
    """The value rule ``tense-beyond-window`` leaves: no year decided, the occurrences inside the window as its
    alternatives (the window holds the value; none of them agrees with the tense)."""
    reason = (
        f"{why}: the occurrence the tense gives, {beyond[0]}, lies outside the window, and the ones inside it "
        "contradict the tense: no year decided"
    )
    if not inside:
        return make_value(x_form(spec), basis=Basis.UNRESOLVED, uncertain=True, reason=reason)
    return uncertain_among(spec, tuple(inside), reason)


def _day_of_month(spec: Spec, ref: Reference, tense: str | None, discourse: dict[str, str]) -> DateValue | None:
    """ "on the 17th": that day of the month the text named last, else of the reference's month or the one
    before or after it, by the tense (the nearest when it says nothing)."""
    pod = f"T{spec.pod}" if spec.pod else ""
    named = discourse.get("M")
    if named is not None:
        day = valid_day(int(named[:4]), int(named[5:7]), spec.day)
        if day is None:
            return None
        reason = f"a day of {named}, the month named before"
        return make_value(day.isoformat() + pod, basis=Basis.CONTEXT, reason=reason)
    r = ref.day
    occ = []
    for shift in (-1, 0, 1):
        y, m = add_months(dt.date(r.year, r.month, 1), shift)
        day = valid_day(y, m, spec.day)
        if day is not None:
            occ.append((day.isoformat(), day, day))
    if not occ:
        return None
    chosen = _pick_day_or_month(occ, r, tense)
    reason = f"{_tense_word(None, tense)} day {spec.day} of a month near {ref.why} {r.isoformat()}"
    return make_value(chosen[0] + pod, basis=_ref_basis(ref, tense, uses_tense=True), reason=reason)


def _weekend(spec: Spec, ref: Reference, tense: str | None) -> DateValue:
    """A weekend: by the tense ("the weekend", "a good weekend"), or the weekend of this, the previous
    or the next week ("this weekend" said in the past tense before its Saturday: the one just gone)."""
    r = ref.day
    if spec.rel is None:
        saturday = _weekday(Spec(kind="weekday", weekday=6), r, "future" if spec.note == "upcoming" else tense)
    else:
        saturday = r + dt.timedelta(days=5 - r.weekday() + 7 * spec.rel)
        if spec.rel == 0 and tense == "past" and saturday > r:
            saturday -= dt.timedelta(days=7)
    return make_value(
        week_timex(saturday) + "-WE",
        basis=_ref_basis(ref, tense, uses_tense=spec.rel is None),
        reason=f"{_tense_word(spec.rel, tense)} weekend relative to {ref.why} {r.isoformat()}",
    )


def _clock_value(spec: Spec, ref: Reference, tense: str | None, discourse: dict[str, str]) -> DateValue | None:
    """A clock time on its day (the day it names, else the reference day). Midnight named with a weekday ends
    that weekday, which TIMEX3 writes as the weekday's T24:00 (rule midnight-ends-named-weekday: "until midnight
    Sunday", "on Thursday at midnight"), while midnight on a calendar date opens that date (T00:00: "a truce
    from midnight on June 3 to midnight on June 6" holds June 3 to 5, as truces and curfews are announced); a
    bare "midnight" in a past clause is the one that opened the reference day ("talks ended long after
    midnight"), otherwise the coming one ("a truce until midnight")."""
    day = ref.day
    if spec.inner is not None:
        inner = resolve(spec.inner, ref, tense, discourse)
        if inner is None or inner.earliest is None:
            return None
        day = inner.earliest
    if spec.clock != "24:00":
        return make_value(f"{day.isoformat()}T{spec.clock}", basis=ref.basis, reason=f"clock time on {day.isoformat()}")
    if spec.inner is not None and spec.inner.kind == "weekday":
        return make_value(
            f"{day.isoformat()}T24:00", basis=ref.basis, reason=f"the midnight that ended {day.isoformat()}"
        )
    opens_date = spec.inner is not None and spec.inner.kind in ("md", "fixed")
    if (spec.inner is not None or tense != "past") and not opens_date:
        with contextlib.suppress(OverflowError):
            day += dt.timedelta(days=1)
    return make_value(f"{day.isoformat()}T00:00", basis=ref.basis, reason=f"the midnight that opened {day.isoformat()}")


def tense_matters(spec: Spec, r: dt.date) -> bool:
    """Whether the tense of the clause can change the value of ``spec`` read against ``r``.

    A date months away on one side and more than the tense's reach on the other resolves the same
    whatever the verb; finding the tense costs a search of the clause, so it is skipped then.
    """
    if spec.kind == "clock":
        if spec.inner is None:
            return spec.clock == "24:00"  # a bare midnight: the one that opened the day, or the coming one
        return tense_matters(spec.inner, r)
    if spec.kind == "weekday":
        return spec.rel is None and spec.note != "week" and spec.weekday != r.isoweekday()
    if spec.kind in ("md", "month", "holiday") and spec.rel is None:
        occ = _occurrences_around(spec, r)
        picks = {_pick(spec, occ, r, tense) for tense in ("past", "future", "since", None)}
        return len(picks) > 1
    if spec.kind == "weekend" and spec.rel == 0:  # "this weekend": said before its Saturday, the tense decides
        return r.weekday() < 5
    return spec.kind in ("season", "weekend", "dom") and spec.rel is None


def _occurrences_around(spec: Spec, r: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """The occurrences of a year-less ``spec`` in the year of ``r`` and the years on each side; for a
    Feb. 29, in the leap years nearest ``r`` (2026 and its neighbours have none)."""
    reach = 4 if spec.kind == "md" and (spec.month, spec.day) == (2, 29) else 1
    return [o for y in range(r.year - reach, r.year + reach + 1) if (o := occurrence(spec, y)) is not None]


def _pick(  # noqa: PLR0911
    spec: Spec, occ: list[tuple[str, dt.date, dt.date]], r: dt.date, tense: str | None
) -> tuple[str, dt.date, dt.date] | None:
    if not occ:
        return None
    if spec.kind == "holiday" and spec.rel in (-1, 1):
        # "last Christmas" said on Christmas Day is the one before; "next Christmas" the one after
        side = [o for o in occ if (o[2] < r if spec.rel == -1 else o[1] > r)]
        if side:
            return (max if spec.rel == -1 else min)(side, key=lambda o: o[1])
    if spec.kind == "holiday" and spec.rel is not None:
        tense = {-1: "past", 1: "future"}.get(spec.rel, tense)
    if spec.kind in ("md", "month", "holiday"):
        return _pick_day_or_month(occ, r, tense)
    # seasons, quarters: past -> started on or before r; future -> a season not yet begun ("Russia will
    # strike in the winter" said in January is next winter), a quarter not yet over
    if tense in ("past", "since"):
        started = [o for o in occ if o[1] <= r]
        latest = max(started, key=lambda o: o[1]) if started else None
        if tense == "past" and spec.kind == "season" and (coming := _coming_instead(latest, occ, r)) is not None:
            return coming  # rule coming-month-or-season
        return latest
    if tense == "future":
        pending = [o for o in occ if (o[1] > r if spec.kind == "season" else o[2] >= r)]
        return min(pending, key=lambda o: o[1]) if pending else None
    containing = [o for o in occ if o[1] <= r <= o[2]]
    if containing:
        return containing[0]
    if spec.kind == "season":
        pending = [o for o in occ if o[1] > r]
        return min(pending, key=lambda o: o[1]) if pending else None
    return min(occ, key=lambda o: (min(abs((o[1] - r).days), abs((o[2] - r).days)), o[1] > r))


def _pick_day_or_month(
    occ: list[tuple[str, dt.date, dt.date]], r: dt.date, tense: str | None
) -> tuple[str, dt.date, dt.date]:
    """The nearest occurrence of a day or month, unless the tense points to one not too far away (news
    reports the past and announces the future within months); "since" points to the latest past one,
    however far. How far is counted to the occurrence's nearer edge ("switched to a calendar year in
    December" said in late October is last December, ten months gone; "a mission in December" said in
    March lies ahead)."""
    past = [o for o in occ if o[1] <= r]
    future = [o for o in occ if o[2] >= r]
    latest = max(past, key=lambda o: o[1]) if past else None
    if tense == "past" and (coming := _coming_instead(latest, future, r)) is not None:
        return coming  # rule coming-month-or-season
    if latest and (tense == "since" or (tense == "past" and (r - latest[2]).days <= _TENSE_REACH)):
        return latest
    if tense == "future" and future and (min(future, key=lambda o: o[1])[1] - r).days <= _TENSE_REACH:
        return min(future, key=lambda o: o[1])
    return min(occ, key=lambda o: (_distance(o, r), o[1] > r))


@frozen(kw_only=True)
class ResolveRule:
    """A named rule of resolution: its ``form`` in words and ``examples`` (a synthetic sentence, its publication
    date, the ``(text, TIMEX3 value)`` pairs ``find_dates`` gives), which a parametrised test runs."""

    name: str
    form: str
    examples: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]


COMING_MONTH_OR_SEASON: Final = ResolveRule(
    name="coming-month-or-season",
    form=(
        "a bare month or season (no 'last', 'next', 'this', no year) in a past clause, whose latest occurrence ended "
        "more than half a year before the reference day while the coming one begins within two months of it, is "
        "the coming one: news marks a month or season that far back ('last December', 'in December 2024', 'last "
        "winter'), while a past verb near a coming one reports a plan, a forecast or a preparation ('officials "
        "discussed plans for winter')"
    ),
    examples=(
        ("The grid operator prepared its plants for winter.", "2025-11-21", (("winter", "2025-WI"),)),
        ("Officials discussed the budget for December.", "2025-10-24", (("December", "2025-12"),)),
        # the coming one more than two months away: the past reaches back
        ("Officials discussed how the grid got through winter.", "2025-08-20", (("winter", "2024-WI"),)),
        # the latest one not long gone: the past keeps it
        ("Prices rose sharply in December.", "2025-02-10", (("December", "2024-12"),)),
    ),
)
RANGE_SIDE_OF_WRITTEN_DATE: Final = ResolveRule(
    name="range-side-of-written-date",
    form=(
        "a year-less day or month joined as one side of a range to a date written with its year (a dash, 'to', "
        "'until', 'till', 'through', 'thru'; 'and' after 'between') lies on its side of that date: a start is its "
        "latest occurrence not after the end, an end its first occurrence not before the start ('from January 1 "
        "to September 25, 2025', 'from Dec. 20, 2024 to Jan. 5'); not the occurrence nearest the written date, "
        "which can fall on the wrong side of it"
    ),
    examples=(
        (
            "Synthetic: the troops held the line from January 3 to September 25, 2025.",
            "2025-10-01",
            (("January 3", "2025-01-03"), ("September 25, 2025", "2025-09-25")),
        ),
        (
            "Synthetic: the plan ran from March 1, 2024 until January 10.",
            "2024-03-01",
            (("March 1, 2024", "2024-03-01"), ("January 10", "2025-01-10")),
        ),
        (
            "Synthetic: exports grew between July and February 2025.",
            "2025-04-01",
            (("July", "2024-07"), ("February 2025", "2025-02")),
        ),
    ),
)
RANGE_START_WHY: Final = "the start of a range"  # the reason of rule range-side-of-written-date for a range's start
# the reference of a year-less date read beside a date written in its sentence (feed rule sentence-date-weighs)
WRITTEN_BESIDE_WHY: Final = "written in the same sentence"
_COMING_WITHIN: Final = 62  # days from the reference day to the coming occurrence's first day
_LATEST_GONE: Final = 183  # days from the latest occurrence's last day to the reference day


def _coming_instead(
    latest: tuple[str, dt.date, dt.date] | None, occ: list[tuple[str, dt.date, dt.date]], r: dt.date
) -> tuple[str, dt.date, dt.date] | None:
    """Rule coming-month-or-season (:data:`COMING_MONTH_OR_SEASON`): the coming occurrence where it begins within
    two months of ``r`` and ``latest`` (the past reading) ended more than half a year before it; else ``None``."""
    coming = min((o for o in occ if o[1] > r), key=lambda o: o[1], default=None)
    if latest is None or coming is None or latest[2] >= r:
        return None
    if (coming[1] - r).days <= _COMING_WITHIN and (r - latest[2]).days > _LATEST_GONE:
        return coming
    return None


_UNIT_NAMES: Final = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "Q": "quarter",
    "DE": "decade",
    "C": "century",
    "WE": "weekend",
}
_TENSE_REACH: Final = 300  # days: how far the tense may carry a year-less date from the reference date


def _distance(o: tuple[str, dt.date, dt.date], r: dt.date) -> int:
    if o[1] <= r <= o[2]:
        return 0
    return min(abs((o[1] - r).days), abs((o[2] - r).days))


def _relativeoccurrence(
    spec: Spec, occ: list[tuple[str, dt.date, dt.date]], r: dt.date
) -> tuple[str, dt.date, dt.date] | None:
    if spec.kind in ("month", "quarter") and spec.unit == "Y":  # "June last year", "the first half of next year"
        return occurrence(spec, r.year + spec.offset)
    if spec.rel == -1:
        before = [o for o in occ if o[2] < r]
        return max(before, key=lambda o: o[1]) if before else None
    if spec.rel == 1:
        after = [o for o in occ if o[1] > r]
        return min(after, key=lambda o: o[1]) if after else None
    # "this winter": the one under way, else the one of this calendar year (in October, the coming one)
    same = [o for o in occ if o[1] <= r <= o[2]] or [o for o in occ if o[1].year == r.year]
    return same[0] if same else None


def _resolve_shift(spec: Spec, ref: Reference, discourse: dict[str, str]) -> DateValue | None:
    r = ref.day
    # "in the afternoon": of the day last named, also when it was named with its part ("On the afternoon of
    # October 1 ... In the evening, ...")
    named = (discourse.get("DP", "")[:10] or discourse.get("D")) if spec.note == "that day" else None
    if named:
        return make_value(f"{named}T{spec.pod}", basis=Basis.CONTEXT, reason=f"the {spec.pod} of the day last named")
    unit, k = spec.unit, spec.offset
    if unit in ("H", "MIN", "S"):
        hours = {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[unit] * k
        day = r + dt.timedelta(days=int(hours / 24))
        return make_value(
            day.isoformat(), basis=ref.basis, reason=f"{abs(k)} {unit.lower()} from {ref.why} {r.isoformat()}"
        )
    if spec.note in ("ago", "earlier", "later", "from now", "hence") and unit == "Y" and abs(k) == 1:
        last_q = discourse.get("Q")
        if last_q is not None and spec.note in ("ago", "earlier"):
            year, q = int(last_q[:4]), last_q[-1]
            return make_value(
                f"{year - 1:04d}-Q{q}", basis=Basis.CONTEXT, reason=f"a year before the quarter {last_q} discussed"
            )
    timex: str | None
    if unit == "W" and spec.note in ("ago", "earlier", "later", "from now", "hence"):
        timex = (r + dt.timedelta(weeks=k)).isoformat() if abs(k) < 2 else week_timex(r + dt.timedelta(weeks=k))
    elif spec.note in ("latest", "latest in focus") and unit == "Q":
        focus = _latest_in_focus(discourse.get("Q"), r) if spec.note == "latest in focus" else None
        if focus is not None:  # rule latest-period-in-focus
            return make_value(focus, basis=Basis.CONTEXT, reason=f"the latest period: the quarter discussed ({focus})")
        timex = shift_timex(r, "Q", -1)
    else:
        timex = shift_timex(r, unit, k)
    if timex is None:
        return None
    if spec.pod:
        timex += f"T{spec.pod}"
    name = _UNIT_NAMES.get(unit, unit)
    words = {-1: f"the {name} before", 0: f"the {name} of", 1: f"the {name} after"}.get(k, f"{k:+d} {name}s from")
    return make_value(timex, basis=ref.basis, reason=f"{words} {ref.why} {r.isoformat()}")


LATEST_PERIOD_IN_FOCUS: Final = ResolveRule(
    name="latest-period-in-focus",
    form=(
        "'the latest quarter', 'the latest period', 'the recent quarter' in a text that has named a quarter "
        "(a fiscal one too: 'its fiscal second quarter') is that quarter, the period the report is about, when it "
        "ended before the reference day (a latest period is one reported, so over); with no quarter named, or only "
        "one not yet over ('a fourth-quarter charge' in October, 'the third quarter of next year'), it is the "
        "quarter before the reference day. 'Last quarter', 'the previous quarter' count "
        "back from the reference day as before (after a quarter named they may mean the one before it). Likewise "
        "'the year-ago period', 'the year-earlier quarter' compare with the quarter named only when it is over: "
        "results are compared, forecasts are not"
    ),
    examples=(
        (
            "The company said profit fell in its fiscal second quarter. Sales in the latest period rose.",
            "2025-10-24",
            (("fiscal second quarter", "2025-Q2"), ("the latest period", "2025-Q2")),
        ),
        # no quarter named before: the quarter before the publication date
        ("Sales in the latest quarter rose 5%.", "2025-10-24", (("the latest quarter", "2025-Q3"),)),
        # a quarter still ahead is a forecast, not the period reported
        (
            "Analysts expect losses through the third quarter of next year. Sales in the latest quarter fell.",
            "2025-10-24",
            (("the third quarter of next year", "2026-Q3"), ("the latest quarter", "2025-Q3")),
        ),
        # a quarter under way is not over either
        (
            "The firm expects a fourth-quarter charge. Sales in the latest quarter fell.",
            "2025-11-03",
            (("fourth-quarter", "2025-Q4"), ("the latest quarter", "2025-Q3")),
        ),
        (
            "Analysts expect losses through the third quarter of next year. In the year-ago period it earned more.",
            "2025-10-24",
            (("the third quarter of next year", "2026-Q3"), ("the year-ago period", "2024-Q3")),
        ),
    ),
)


def _latest_in_focus(focus: str | None, r: dt.date) -> str | None:
    """Rule latest-period-in-focus (:data:`LATEST_PERIOD_IN_FOCUS`): the quarter ``focus`` the text discusses
    when it is over by ``r``, else ``None``."""
    if focus is None:
        return None
    year, q = int(focus[:4]), int(focus[-1])
    return focus if dt.date(year + q // 4, 3 * q % 12 + 1, 1) <= r else None  # the day after its last


def _resolve_anaphor(spec: Spec, ref: Reference, discourse: dict[str, str]) -> DateValue | None:
    if spec.unit == "Y" and spec.month:  # rule month-of-year-anaphor: "August of the previous year"
        year = _resolve_anaphor(evolve(spec, month=0), ref, discourse)
        if year is None:
            return None
        timex = f"{year.timex[:4]}-{spec.month:02d}"
        return make_value(timex, basis=year.basis, reason=f"a month of {year.timex[:4]} ({year.reason})")
    if spec.unit == "Q":
        return _quarter_anaphor(spec, ref, discourse)
    if SAME_DAY_OF_MONTH.applies(spec, discourse):
        return SAME_DAY_OF_MONTH.value(discourse)
    if discourse.get(_focus_key(spec)) is None and (spec.note == "or-shift" or _counts_back(spec)):
        return _resolve_shift(Spec(kind="shift", unit=spec.unit, offset=spec.offset, pod=spec.pod), ref, discourse)
    return _from_discourse(spec, discourse) or _or_duration(spec)


def _quarter_anaphor(spec: Spec, ref: Reference, discourse: dict[str, str]) -> DateValue | None:
    """A quarter counted from the one discussed ("the same quarter a year earlier")."""
    r = ref.day
    if spec.year is not None:
        base_q = discourse.get("Q")
        q = base_q[-1] if base_q else str(quarter_of(r)[1])
        return make_value(
            f"{spec.year:04d}-Q{q}", basis=Basis.CONTEXT, reason="the quarter discussed, in the year named"
        )
    # rule latest-period-in-focus: a year-ago period compares with a quarter reported, so over
    base = discourse.get("Q") if spec.offset >= 0 else _latest_in_focus(discourse.get("Q"), r)
    if base is None and spec.note == "adj":
        return make_value(f"{r.year - 1:04d}", basis=ref.basis, reason=f"the year before {r.year}")
    base = base or shift_timex(r, "Q", -1)
    if base is None:
        return None
    year = int(base[:4]) + spec.offset
    return make_value(
        f"{year:04d}{base[4:]}",
        basis=Basis.CONTEXT,
        reason=f"the quarter discussed ({base}), {spec.offset:+d} years",
    )


@frozen(kw_only=True)
class FocusRule:
    """A rule of the time in focus: ``name``, ``form`` (what it reads, in words) and synthetic ``examples``
    ((text, published ISO day, span, TIMEX3 value)), run by tests/test_dates_unit_before_after.py."""

    name: str
    form: str
    examples: tuple[tuple[str, str, str, str], ...]

    @staticmethod
    def applies(spec: Spec, discourse: dict[str, str]) -> bool:
        """The day anaphor counts no days ("the same day", "that day", "later that day"), and the date named
        last is a month other than the month of the day named last (or no day was named)."""
        if spec.unit != "D" or spec.offset != 0 or spec.pod or discourse.get("G") != "M":
            return False
        return discourse["M"] != discourse.get("D", "")[:7]

    @staticmethod
    def value(discourse: dict[str, str]) -> DateValue:
        """The focus month with its day unknown (TIMEX3 ``YYYY-MM-XX``), spanning that month."""
        month = discourse["M"]
        first = dt.date(int(month[:4]), int(month[5:7]), 1)
        y, m = add_months(first, 1)
        return make_value(
            f"{month}-XX",
            basis=Basis.CONTEXT,
            reason=f"a day of {month}, the month named before",
            earliest=first,
            latest=dt.date(y, m, 1) - dt.timedelta(days=1),
        )


SAME_DAY_OF_MONTH: Final = FocusRule(
    name="same-day-of-month",
    form='a day anaphor of no count ("the same day", "that same day", "later that day") right after a date of '
    "a month, not a day, names a day of that month the text does not give: the month with its day unknown "
    "(YYYY-MM-XX), not a day invented from an older day or from the reference",
    examples=(
        (
            "The plant closed last March, and its owner sold it that same day.",
            "2024-10-03",
            "that same day",
            "2024-03-XX",
        ),
        ("In June 2023 the bridge was hit; the same day, the port shut.", "2024-10-03", "the same day", "2023-06-XX"),
        (
            "On Monday, Sept. 30, the mayor spoke. The same day, the council met.",
            "2024-10-03",
            "The same day",
            "2024-09-30",
        ),
    ),
)


COUNT_BACK_FROM_REFERENCE: Final = ResolveRule(
    name="count-back-from-reference",
    form=(
        "a count of days back with no day named before it ('two days earlier', 'a day earlier', 'three days "
        "prior', opening a story or a paragraph that names no day) counts back from the reference day, the "
        "story's own time: it is a day, not the stretch it names; a count forward with no day before it ('three "
        "days later') stays a stretch, as it counts from an act the text has not dated; with a day named before, "
        "both count from that day"
    ),
    examples=(
        ("A day earlier, the envoy said a list had been received.", "2025-05-29", (("A day earlier", "2025-05-28"),)),
        ("Two days prior, the bank announced a new loan.", "2024-12-12", (("Two days prior", "2024-12-10"),)),
        ("The truce collapsed three days later.", "2025-05-29", (("three days later", "P3D"),)),
        (
            "The drones came on Wednesday. Two days earlier, the army had warned of it.",
            "2025-09-12",
            (("Wednesday", "2025-09-10"), ("Two days earlier", "2025-09-08")),
        ),
    ),
)


def _counts_back(spec: Spec) -> bool:
    """Rule count-back-from-reference (:data:`COUNT_BACK_FROM_REFERENCE`): a count of days back that is a stretch
    only when no day is in focus and no reference day is known."""
    return spec.note == "or-duration" and spec.offset < 0


def _focus_key(spec: Spec) -> str:
    """The discourse key an anaphor counts from: the day last named (with its part for "the night before";
    the day's week for "the week before"), else the month or year last named."""
    if spec.unit == "D" and spec.pod:
        return "DP"
    return "D" if spec.unit == "W" else spec.unit


def _or_duration(spec: Spec) -> DateValue | None:
    """ "three days later" with no day in focus: the duration it names."""
    if spec.note != "or-duration":
        return None
    return make_value(f"P{abs(spec.offset)}{spec.unit}", basis=Basis.EXPLICIT, reason="the text gives the value")


def _from_discourse(spec: Spec, discourse: dict[str, str]) -> DateValue | None:
    """A day, month or year counted from the last one the text named ("the following month")."""
    # a part of a day before ("the previous night") counts from the last day named, also with its part
    # ("overnight"); other day anaphors count from the last day named as a whole
    last = discourse.get(_focus_key(spec))
    if last is None:
        return None
    if spec.unit == "W":  # "the week before": the week before the one that holds the day in focus
        week = week_timex(dt.date.fromisoformat(last) + dt.timedelta(weeks=spec.offset))
        return make_value(week, basis=Basis.CONTEXT, reason=f"{spec.offset:+d} week from {last}, named before")
    if spec.unit == "D":
        day = dt.date.fromisoformat(last) + dt.timedelta(days=spec.offset)
        pod = f"T{spec.pod}" if spec.pod else ""  # "the evening before": that part of the day
        return make_value(day.isoformat() + pod, basis=Basis.CONTEXT, reason=f"a day from {last}, named before")
    if spec.unit == "Y":
        year = int(last[:4]) + spec.offset
        month = f"-{spec.month:02d}" if spec.month else ""  # "August of the previous year"
        return make_value(
            f"{year:04d}{month}", basis=Basis.CONTEXT, reason=f"{spec.offset:+d} year from {last}, named before"
        )
    if spec.unit == "M":
        y, m = add_months(dt.date(int(last[:4]), int(last[5:7]), 1), spec.offset)
        return make_value(
            f"{y:04d}-{m:02d}", basis=Basis.CONTEXT, reason=f"{spec.offset:+d} month from {last}, named before"
        )
    return None
