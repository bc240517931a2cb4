"""``find_dates``: scan, read, then resolve every temporal expression of a text."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Final

import attrs
from attrs import frozen

from nato_ukraine_timeline._dateargs import ORDERS, as_date, as_order, as_window
from nato_ukraine_timeline._dateline import dateline_of_day
from nato_ukraine_timeline._resources import alternation
from nato_ukraine_timeline._sentences import sentence_breaks
from nato_ukraine_timeline._timex import DAY_VALUE
from nato_ukraine_timeline.errors import InvalidOptionError, ModelError
from nato_ukraine_timeline.model import Basis, DateMention, DateValue, TimexType

from ._ages import age_bounds
from ._compound import COMPOUND_DURATION, join_compound_durations
from ._feed import (
    FeedReading,
    MentionRecord,
    apposed_weekday,
    read_across_interval,
    resolve_feed,
    split_items,
    weekday_refuses_year,
    year_bounds_a_period,
)
from ._gone import NIGHT_JUST_GONE, nights_just_gone
from ._lexicon import holidays, lexicon, range_words, tense_cues
from ._occasion_days import (
    ANNIVERSARY_ON_WRITTEN_DAY,
    EVE_OF_DATED_GATHERING,
    eve_of_named_day,
    occasions_dated_by_text,
)
from ._occasion_year import YEAR_OF_NAMED_OCCASION, years_of_occasions
from ._office import FIRST_DAY_IN_OFFICE, first_days_in_office
from ._patterns import YEAR_PHRASE, scanner
from ._read import Spec, checked_day, read, year_phrase_offset
from ._resolve import (
    COMING_MONTH_OR_SEASON,
    COUNT_BACK_FROM_REFERENCE,
    LATEST_PERIOD_IN_FOCUS,
    RANGE_SIDE_OF_WRITTEN_DATE,
    RANGE_START_WHY,
    WRITTEN_BESIDE_WHY,
    Reference,
    ResolveRule,
    candidates_in,
    just_gone_tense,
    make_value,
    occurrence,
    quotation_around,
    resolve,
    revalue,
    saying_before,
    tense_matters,
    tense_of,
    uncertain_among,
    x_form,
)
from ._scan import by_first_letter
from ._zones import ZONE_EQUIVALENT_DAY, gmt_equivalents

__all__ = ["DEFAULT_WINDOW", "ORDERS", "RESOLVE_RULES", "find_dates", "read_feed"]

DEFAULT_WINDOW: Final = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))

DAY_BEFORE_NAMED_DAY: Final = ResolveRule(
    name="day-before-named-day",
    form='"the day before" or "the day after" right before a day the text names (a weekday, "last Tuesday", '
    '"March 4", a holiday) is one expression, the whole phrase (TIMEX3 takes it whole): the day before (after) '
    'that day, not the day named; "the day before yesterday" and a day anaphor after it are other rules\'',
    examples=(
        (
            "The day before last Tuesday's vote, the mayor resigned.",
            "2024-10-03",
            (("The day before last Tuesday", "2024-09-30"),),
        ),
        ("The envoy left the day after March 4, 2023.", "2024-10-03", (("the day after March 4, 2023", "2023-03-05"),)),
        (
            "Shops will close the day before Christmas Day.",
            "2024-10-03",
            (("the day before Christmas Day", "2024-12-24"),),
        ),
    ),
)
YEAR_PHRASE_RULE: Final = ResolveRule(
    name="year-phrase",
    form='"last year", "this year" or "next year" after a day or a month (", last year", "of next year"; the one '
    "pattern _patterns.YEAR_PHRASE) counts its year from the reference's, in every day-and-month form: a day "
    '("March 3 last year"), a month ("March of last year"), a range of days of one month ("March 3-5 last year", '
    '"3 to 5 March last year"), a range across months ("March 30 - April 2 last year") and a range of months ("from '
    'January to March last year"), whose first side takes the year of the second (the year before it when its month '
    "comes later); a year written elsewhere in the sentence does not move such a day",
    examples=(
        ("Synthetic: the drills ran on May 6 last year.", "2025-03-14", (("May 6 last year", "2024-05-06"),)),
        ("Synthetic: exports slowed in May of last year.", "2025-03-14", (("May of last year", "2024-05"),)),
        (
            "Synthetic: grain sales reached 310,000 tonnes over Sept. 2-8 last year.",
            "2025-03-14",
            (("Sept. 2", "2024-09-02"), ("8 last year", "2024-09-08")),
        ),
        (
            "Synthetic: the donors will gather in Lisbon on June 4 to 5 next year.",
            "2025-03-14",
            (("June 4", "2026-06-04"), ("5 next year", "2026-06-05")),
        ),
        (
            "Synthetic: the fair was held on 7-9 October last year.",
            "2025-03-14",
            (("7", "2024-10-07"), ("9 October last year", "2024-10-09")),
        ),
        (
            "Synthetic: the mission stayed from Aug. 29 to Sept. 4 last year.",
            "2025-03-14",
            (("Aug. 29", "2024-08-29"), ("Sept. 4 last year", "2024-09-04")),
        ),
        (
            "Synthetic: freight volumes fell from February to April last year.",
            "2025-03-14",
            (("February", "2024-02"), ("April last year", "2024-04")),
        ),
        (
            "Synthetic: the holiday truce lasted from Dec. 30 to Jan. 2 this year.",
            "2025-03-14",
            (("Dec. 30", "2024-12-30"), ("Jan. 2 this year", "2025-01-02")),
        ),
    ),
)
OF_TOMORROW_GENERIC: Final = ResolveRule(
    name="generic-of-tomorrow",
    form='"tomorrow" alone after "of" after a noun ("the armies of tomorrow", "the security situation of tomorrow") '
    'is the time ahead as a whole (FUTURE_REF), as "the future" is, not the day after the reference: a day is '
    '"tomorrow\'s" before its noun. Not after a word of cue day_of_tomorrow ("as of tomorrow", "instead of '
    'tomorrow", "the end of tomorrow", "the morning of tomorrow"), nor as a possessive ("of tomorrow\'s vote")',
    examples=(
        ("Synthetic: the ministers spoke of the armies of tomorrow.", "2024-10-03", (("tomorrow", "FUTURE_REF"),)),
        ("Synthetic: the rules apply as of tomorrow.", "2024-10-03", (("tomorrow", "2024-10-04"),)),
        ("Synthetic: the mayor spoke of tomorrow's vote.", "2024-10-03", (("tomorrow", "2024-10-04"),)),
    ),
)
DAY_OF_ITS_PART_IN_FOCUS: Final = ResolveRule(
    name="day-of-its-part-in-focus",
    form='a day named with its morning, afternoon or evening ("on the afternoon of June 1", "Saturday evening") is '
    'the day in focus, as the day named alone is: a day anaphor after it ("the same day", "earlier in the day", '
    '"the next day") counts from that day, not from the reference (_remember). A night ("overnight", "Friday '
    'night") is not: it runs into the next day, and is in focus only for "the night before"',
    examples=(
        (
            "Synthetic: on the afternoon of May 4 the mayor opened the bridge; the same day, the ferry stopped.",
            "2025-05-06",
            (("the afternoon of May 4", "2025-05-04TAF"), ("the same day", "2025-05-04")),
        ),
        (
            "Synthetic: on Sunday evening the mayor opened the bridge. Earlier in the day, the ferry stopped.",
            "2025-05-06",
            (("Sunday evening", "2025-05-04TEV"), ("Earlier in the day", "2025-05-04")),
        ),
        (
            "Synthetic: on the morning of May 4 the mayor opened the bridge. The next day, the ferry stopped.",
            "2025-05-06",
            (("the morning of May 4", "2025-05-04TMO"), ("The next day", "2025-05-05")),
        ),
        # a night is not the day in focus: "the same day" after it stays the reference day
        (
            "Synthetic: drones struck overnight. On the same day, the ferry stopped.",
            "2025-05-06",
            (("overnight", "2025-05-05TNI"), ("the same day", "2025-05-06")),
        ),
    ),
)
SUSPENDED_HYPHEN_COUNT: Final = ResolveRule(
    name="suspended-hyphen-count",
    form='a count with a hyphen and no unit before "or", "to" or "and" and a count-unit adjective ("a 30- or 60-day '
    'truce", "two- to three-year terms", "a 10- and 12-hour shift") shares that unit: two expressions, the first '
    'count with its hyphen ("30-", 30 days) and the second count with the unit ("60-day"), as TimeML annotates "10 or '
    '12 days"',
    examples=(
        (
            "Synthetic: the envoys floated a 30- or 60-day pause in strikes.",
            "2025-06-04",
            (("30-", "P30D"), ("60-day", "P60D")),
        ),
        (
            "Synthetic: the board serves two- to three-year terms.",
            "2025-06-04",
            (("two-", "P2Y"), ("three-year", "P3Y")),
        ),
    ),
)
MIDNIGHT_ENDS_NAMED_WEEKDAY: Final = ResolveRule(
    name="midnight-ends-named-weekday",
    form='midnight named with a weekday ("until midnight Sunday", "midnight on Sunday", "on Thursday at midnight", '
    'the last one expression as "midnight Sunday" is) ends that weekday: TIMEX3 writes it as the weekday\'s T24:00, '
    "the same instant as the next day's T00:00 but dated by the day the text names; midnight on a calendar date "
    '("midnight on June 3") opens that date (T00:00), as truces and curfews are announced',
    examples=(
        (
            "Synthetic: the truce will last from 6 p.m. Saturday to midnight Sunday.",
            "2025-03-07",
            (("6 p.m. Saturday", "2025-03-08T18:00"), ("midnight Sunday", "2025-03-09T24:00")),
        ),
        (
            "Synthetic: the crossings will shut on Thursday at midnight, the minister said.",
            "2025-03-04",
            (("Thursday at midnight", "2025-03-06T24:00"),),
        ),
        (
            "Synthetic: the curfew runs until midnight on Sunday.",
            "2025-03-07",
            (("midnight", "2025-03-09T24:00"), ("Sunday", "2025-03-09")),
        ),
        (
            "Synthetic: the curfew runs until midnight on March 9.",
            "2025-03-07",
            (("midnight", "2025-03-09T00:00"), ("March 9", "2025-03-09")),
        ),
    ),
)
HOLIDAY_OBSERVANCE_IS_THE_DAY: Final = ResolveRule(
    name="holiday-observance-is-the-day",
    form='a holiday\'s name before a noun of cue holiday_observance (data/tense_cues.tsv: "celebrations", '
    '"festivities", "service") names the day, as TIMEX3 annotates it: the observance is held on the holiday ("the '
    'Victory Day celebrations in Moscow", "Independence Day festivities", "an Easter service"), unlike a noun the '
    'name merely modifies ("an Easter truce", "a Christmas message": rule holiday-as-modifier, no time)',
    examples=(
        (
            "Synthetic: the envoy will attend the Victory Day celebrations in Moscow.",
            "2025-04-02",
            (("Victory Day", "2025-05-09"),),
        ),
        (
            "Synthetic: crowds gathered for Independence Day festivities in the capital.",
            "2025-08-25",
            (("Independence Day", "2025-08-24"),),
        ),
        ("Synthetic: the bishop spoke of a Christmas message of peace.", "2025-08-25", ()),
    ),
)
#: Every named rule of resolution of the date layer (``_resolve.ResolveRule``: name, form, synthetic examples): the
#: one table whose every example the tests run and whose every rule the docs name
#: (tests/test_tables_counts_and_resolve_rules.py checks that no ResolveRule of the date layer is left out of it).
RESOLVE_RULES: Final[tuple[ResolveRule, ...]] = (
    YEAR_PHRASE_RULE,
    COMING_MONTH_OR_SEASON,
    FIRST_DAY_IN_OFFICE,
    LATEST_PERIOD_IN_FOCUS,
    COMPOUND_DURATION,
    NIGHT_JUST_GONE,
    RANGE_SIDE_OF_WRITTEN_DATE,
    DAY_BEFORE_NAMED_DAY,
    OF_TOMORROW_GENERIC,
    DAY_OF_ITS_PART_IN_FOCUS,
    SUSPENDED_HYPHEN_COUNT,
    EVE_OF_DATED_GATHERING,
    YEAR_OF_NAMED_OCCASION,
    ANNIVERSARY_ON_WRITTEN_DAY,
    COUNT_BACK_FROM_REFERENCE,
    ZONE_EQUIVALENT_DAY,
    MIDNIGHT_ENDS_NAMED_WEEKDAY,
    HOLIDAY_OBSERVANCE_IS_THE_DAY,
)

# The second day of a range after its head ("Jan. 13 and 14", "Dec. 3-4"): what joins them and a bare day number (read
# here, in scan, and again by the rule range-day-after-its-head).
_RANGE_GLUE: Final = r"\s*(?:-|\u2013|\u2014|to|through|and|until|or)\s*"
_TAIL_DAY_NUMBER: Final = r"[12]\d|3[01]|0?[1-9]"
_RANGE_TAIL: Final = re.compile(
    rf"{_RANGE_GLUE}(?P<d>{_TAIL_DAY_NUMBER})(?:st|nd|rd|th)?(?![\d\w%-])"
    rf"(?:,\s*(?P<y>(?:1[0-9]|20)\d\d)(?![\d-])|{YEAR_PHRASE})?"
    # not the day of another month: "Jan. 13 and 13 February"
    r"(?!\s+(?:of\s+)?(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))"
)
# the kinds whose value depends on the tense of their clause
_TENSED: Final = frozenset({"md", "dom", "month", "season", "holiday", "weekday", "weekend", "clock"})
_YEARLESS: Final = frozenset({"md", "month", "season", "quarter", "holiday"})

# A function that, given a sentence, returns for each title of office named in it a test of the days
# it allows and the reason ("'NATO Secretary General Mark Rutte': ... in 2024-10-01..").
TermsOf = Callable[[str], list[tuple[Callable[[dt.date], bool], str]]]


@frozen
class _Found:
    start: int
    end: int
    rule: str
    spec: Spec


def _check_options(
    published: object, window: object, order: object
) -> tuple[dt.date | None, tuple[dt.date, dt.date], str | None]:
    day = as_date(published, name="published")  # the one normaliser of date arguments
    win = as_window(window) or DEFAULT_WINDOW
    return day, win, as_order(order)  # the one normaliser of the order option


def scan(text: str) -> list[_Found]:
    """Every temporal expression in ``text``, read but not resolved, in text order."""
    sc = scanner()
    out: list[_Found] = []
    # one character of padding (see the scanner); the matches of its combined pattern, each place trying
    # only the rules that can start there (Scanner.indexed)
    for rule, padded_start, padded_end in sc.indexed.finditer(" " + text):
        start, end = padded_start, padded_end - 1  # the padding character is the match's first (see Scanner)
        # the rule's own pattern, from the same place, makes the same choices (and sees past the end
        # for its lookaheads, which fullmatch with an end position would not)
        own = sc.by_name[rule].match(text, start)
        if own is None or own.end() != end:  # pragma: no cover - the combined and own patterns are the same
            continue
        if out and start < out[-1].end:  # inside a day already read after a clock time ("10 p.m. on Tuesday, Feb. 4")
            continue
        if rule == "ref" and _not_a_ref(text, start, end):
            continue
        if (parts := _split(rule, own)) is not None:
            out.extend(parts)
            continue
        if (
            _is_title(text, start, end, rule)
            or (rule == "duration_a" and _RATE.search(text, max(0, start - 40), start))
            or (rule == "year" and own.start("y") == start and _year_of_name(text, start))
            or (rule == "set" and _newspaper(text, start, end))
            or (rule == "holiday" and not own.group("hweek") and _holiday_as_modifier(text, end))
            or (rule == "month" and _month_as_name(text, start, end))
        ):
            continue
        spec = read(rule, own.groupdict(), own.group())
        if spec is None:
            continue
        spec = _standing_today(text, rule, own, spec)
        spec = _with_apposed_weekday(text, start, end, spec)
        if rule == "clock" and spec.inner is not None and (split := _clock_on_day(text, own, spec)):
            out.extend(split)
            continue
        start, spec = _part_of_day_before(text, out, start, spec)
        start, spec = _weekday_at_midnight(text, out, start, spec)
        spec, second = _range_and_year_phrase(text, out, _Found(start, end, rule, spec))
        out.append(_Found(start, end, rule, spec))
        if second is not None:
            out.append(second)
    return out


def _split(rule: str, own: re.Match[str]) -> list[_Found] | None:
    """The expressions of a match that holds two ("2014-2022", "23 to 24 April", "10 or 12 days", "a 30- or 60-day
    truce"), or None for a match of one."""
    if rule == "year_range":
        return _year_range(own)
    if rule == "dm_range":
        return _dm_range(own)
    if rule == "duration" and _NUMBER_RANGE.fullmatch(own.group("conj") or ""):
        return _duration_range(own)
    if rule == "duration_adj" and own.group("sn"):
        return _suspended_count(own)
    return None


def _part_of_day_before(text: str, out: list[_Found], start: int, spec: Spec) -> tuple[int, Spec]:
    """A day with the part of the day named before it ("on the morning of September 19", "in the early hours of
    Wednesday"): one expression, its start and spec; the part of the day read alone before it ("early in the
    morning of Nov. 6": "the morning") leaves ``out`` (updated in place; fix24)."""
    part = _PART_OF_DAY.search(text, max(0, start - 30), start) if spec.kind in _POD_DAYS and not spec.pod else None
    if part is None or not (spec.kind in ("md", "dom") or part.group("hours")):
        return start, spec
    start = part.start()
    while out and out[-1].start >= start:
        out.pop()
    return start, attrs.evolve(spec, pod=_PARTS[(part.group("pod") or "hours").casefold()])


# "Thursday at midnight": a weekday and "at" right before a bare midnight (rule midnight-ends-named-weekday)
_AT_GAP: Final = re.compile(r"[ \t]+at[ \t]+")


def _weekday_at_midnight(text: str, out: list[_Found], start: int, spec: Spec) -> tuple[int, Spec]:
    """A weekday with "at midnight" after it ("on Thursday at midnight") is one expression, as "midnight Sunday" is:
    the midnight that ends that weekday (rule midnight-ends-named-weekday); the weekday read alone before it leaves
    ``out`` (updated in place)."""
    if spec.kind != "clock" or spec.clock != "24:00" or spec.inner is not None or not out:
        return start, spec
    day = out[-1]
    if day.spec.kind != "weekday" or _AT_GAP.fullmatch(text, day.end, start) is None:
        return start, spec
    out.pop()
    return day.start, attrs.evolve(spec, inner=day.spec)


def _range_and_year_phrase(text: str, out: list[_Found], found: _Found) -> tuple[Spec, _Found | None]:
    """A day-and-month mention's spec and the second day of its range after it, if any ("Jan. 13 and 14"). Rule
    year-phrase: the year phrase after a range's second side counts its head's year too, the head just read
    ("March 3-5 last year") or the one before it in ``out`` ("March 30 - April 2 last year", updated in place)."""
    spec = found.spec
    second = _range_tail(text, found.end, spec) if spec.kind == "md" and not spec.explicit else None
    if second is not None:
        spec = _head_of_year_phrase(spec, second.spec)
    elif found.rule in _YEAR_PHRASE_RULES and spec.unit == "Y" and out and _glued(text, out[-1], found.start):
        out[-1] = attrs.evolve(out[-1], spec=_head_of_year_phrase(out[-1].spec, spec))
    return spec, second


# the rules whose day or month may end in the year phrase ("April 2 last year", "March of last year")
_YEAR_PHRASE_RULES: Final = frozenset({"md", "month_year"})


def _glued(text: str, head: _Found, start: int) -> bool:
    """Whether a day or month ends right before ``start`` with only the words joining a range's two sides between
    ("March 30 - April 2", "from March 30 to April 2", "between January and March")."""
    return head.rule in ("md", "month") and _DAY_TAIL_GLUE.fullmatch(text, head.end, start) is not None


def _head_of_year_phrase(head: Spec, tail: Spec) -> Spec:
    """Rule year-phrase: the head of a range ("March 3", "March 30", "January") whose other side has the year
    phrase ("5 last year", "April 2 last year", "March last year") is counted from the same year, or the year
    before if its month comes later ("Dec. 28 - Jan. 3 next year"); a head with a year or a relative word of its
    own keeps it."""
    if tail.kind not in ("md", "month") or tail.unit != "Y" or head.kind not in ("md", "month"):
        return head
    if head.explicit or head.unit or head.rel is not None:
        return head
    offset = tail.offset - (1 if head.month > tail.month else 0)
    return attrs.evolve(head, unit="Y", offset=offset, rel=offset if head.kind == "month" else None)


_NUMERIC_NEAR: Final = 7  # days: a day-first reading this close to the publication date is the text's own


def _numeric_order(text: str, found: list[_Found], pub: dt.date | None) -> None:
    """Rule numeric-date-order: a numeric date whose two first numbers could each be the month ("10/09/2025")
    is read month first (the US form) unless the text shows that it writes the day first: another date of
    the text in the same form whose first number cannot be a month ("18/09/2025"; a date with dots,
    "18.09.2025", is read day first on its own and says nothing of the slashed ones), or, with a
    publication date, the day-first reading falls within a week of it and the month-first one does not
    (a timestamp "06/03/2025 22:02" on a page of 6 March). A text that writes a month first somewhere
    ("09/18/2025") keeps every numeric date month first."""
    pattern = scanner().by_name["numeric"]
    numeric = [(k, m) for k, f in enumerate(found) if f.rule == "numeric" and (m := pattern.match(text, f.start))]
    if not numeric:
        return
    day_first = any(m.group("a") and int(m.group("a")) > 12 for _, m in numeric)
    if any(m.group("a") and int(m.group("b")) > 12 for _, m in numeric):
        return  # the text writes the month first
    for k, m in numeric:
        if not m.group("a") or int(m.group("a")) > 12 or m.group("a").lstrip("0") == m.group("b").lstrip("0"):
            continue
        swapped = {**m.groupdict(), "a": m.group("b"), "b": m.group("a")}
        spec = read("numeric", swapped, m.group())
        if spec is None or not (day_first or _nearer_published(found[k].spec, spec, pub)):
            continue
        found[k] = attrs.evolve(found[k], spec=spec)


def _nearer_published(month_first: Spec, day_first: Spec, pub: dt.date | None) -> bool:
    """Whether the day-first reading lies within a week of the publication date and the month-first one not."""
    if pub is None:
        return False
    days = [_numeric_day(s) for s in (month_first, day_first)]
    near = [day is not None and abs((day - pub).days) <= _NUMERIC_NEAR for day in days]
    return near[1] and not near[0]


def _numeric_day(spec: Spec) -> dt.date | None:
    if spec.kind == "md" and spec.year:
        return dt.date(spec.year, spec.month, spec.day)
    return dt.date.fromisoformat(spec.timex[:10]) if spec.kind == "fixed" and DAY_VALUE.match(spec.timex) else None


# "Today we face ...", "Today we continue to ...": a sentence-opening "Today" before a personal pronoun and a
# verb of a standing state (data/tense_cues.tsv, cue standing_present), with no comma between
_STANDING_TODAY: Final = re.compile(
    rf"[ \t]+(?:we|I|they|you)[ \t]+(?:{'|'.join(re.escape(w) for w in tense_cues('standing_present'))})\b"
)


# "today's world", "today's Russia": "today's" before a noun of an era (data/tense_cues.tsv, cue era_noun) or
# before a name that closes its phrase (a country as it is now), not before a noun of an occasion
_ERA_NOUNS: Final = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in tense_cues("era_noun"))
_TODAYS_ERA: Final = re.compile(
    rf"['\u2019]s[ \t]+(?:(?:{_ERA_NOUNS})\b"
    r"|(?-i:[A-Z][a-z]+)(?=[ \t]*(?:[.,;:!?)\u201d\"]|$|(?:is|was|and|has)\b)))"
)


# English auxiliaries and modals: no verb of a standing state of their own ("we can ... today", "we have ...")
_AUXILIARIES: Final = frozenset({
    "must", "can", "cannot", "could", "may", "might", "shall", "should", "will", "would",
    "have", "has", "had", "do", "does", "did", "be", "is", "are",
})  # fmt: skip


def _standing_forms() -> str:
    """The present forms of the lexical verbs of cue ``standing_present`` (base, third person, -ing)."""
    forms: set[str] = set()
    for verb in tense_cues("standing_present"):
        if verb in _AUXILIARIES or " " in verb:
            continue
        forms |= {verb, f"{verb}s", f"{verb}es", f"{verb.removesuffix('e')}ing"}
    return alternation(forms)


# Rule standing-object-today: "defending the state today", "threats facing humanity today", "We need new energy
# today": "today" closing the phrase of a verb of a standing state in a present form (base, "-s", "-ing") with its
# object (a noun phrase of up to three words: no preposition, infinitive or conjunction) is the present as a whole,
# not the day; a verb of a one-day act keeps the day ("we sign the accord today"), and so does a past ("we faced it
# today") or a phrase after a preposition ("I know about the stories today": the day's stories).
_OBJECT_WORD: Final = r"(?!(?i:to|and|but|that|or|about|of|in|on|at|for|with|from|by|over|into)\b)[\w'\u2019-]+"
# (searched over the 60 characters before "today": the verb forms grouped by first letter, see by_first_letter)
_STANDING_OBJECT: Final = re.compile(
    rf"(?i:\b(?:{by_first_letter(_standing_forms())})\b)(?:[ \t]+{_OBJECT_WORD}){{0,3}}[ \t]+$"
)


# Rule generic-of-tomorrow: "tomorrow" after "of" after a noun ("the security of tomorrow", "the armies of tomorrow"),
# not after a word of cue day_of_tomorrow ("as of tomorrow", "the end of tomorrow"), nor before "'s"
_OF_TOMORROW: Final = re.compile(rf"\b(?!(?:{'|'.join(tense_cues('day_of_tomorrow'))})\b)[a-z]{{3,}}[ \t]+of[ \t]+$")


def _standing_today(text: str, rule: str, own: re.Match[str], spec: Spec) -> Spec:
    """ "Today we face a hybrid war", "today's world", "defending the state today": the present as a whole
    (PRESENT_REF), not the day; "the armies of tomorrow": the time ahead (rule generic-of-tomorrow)."""
    if (
        rule == "day_word"
        and own.group() == "tomorrow"
        and not text.startswith(("'s", "\u2019s"), own.end())
        and _OF_TOMORROW.search(text, max(0, own.start() - 40), own.start())
    ):
        return Spec(kind="fixed", timex="FUTURE_REF")
    if rule != "day_word" or own.group().casefold() != "today":
        return spec
    if (own.group() == "Today" and _STANDING_TODAY.match(text, own.end())) or _TODAYS_ERA.match(text, own.end()):
        return Spec(kind="fixed", timex="PRESENT_REF")
    if not text.startswith(("'s", "\u2019s"), own.end()) and _STANDING_OBJECT.search(
        text, max(0, own.start() - 60), own.start()
    ):
        return Spec(kind="fixed", timex="PRESENT_REF")
    return spec


def _with_apposed_weekday(text: str, start: int, end: int, spec: Spec) -> Spec:
    """Rule weekday-apposed-date (``_feed.apposed_weekday``): "on Friday (July 4)" reads the date as written
    with its weekday."""
    if spec.kind != "md" or spec.weekday:
        return spec
    weekday = apposed_weekday(text, start, end, lexicon().weekdays)
    return attrs.evolve(spec, weekday=weekday) if weekday else spec


def _range_tail(text: str, end: int, spec: Spec) -> _Found | None:
    """The second day of "Jan. 13 and 14", "Dec. 3-4, 2024" (with the year written after it)."""
    tail = _RANGE_TAIL.match(text, end)
    if tail is None:
        return None
    day = int(tail.group("d"))
    if day <= spec.day and tail.group().strip()[:1] in "-\u2013\u2014":
        return None
    year = int(tail.group("y") or 0)
    if tail.group("ry"):  # rule year-phrase: "March 3-5 last year", the second day counted from the reference
        offset = year_phrase_offset(tail.group("ry"))
        second = Spec(kind="md", month=spec.month, day=day, note="range", unit="Y", offset=offset)
        return _Found(tail.start("d"), tail.end(), "md", checked_day(second))
    second = Spec(kind="md", month=spec.month, day=day, note="range", year=year, explicit=bool(year))
    return _Found(tail.start("d"), tail.end(), "md", checked_day(second))


# "soon" relative to another event or in a told past: "killed soon after being captured", "was soon released",
# "that soon became a flood" (TimeML's FUTURE_REF is the future as seen from the text's now)
_SOON_RELATIVE: Final = re.compile(
    r"\s+(?:after|before|afterwards?|thereafter)\b|\s+(?:became|came|went|began|fell|rose|grew|turned|[a-z]{3,}ed)\b"
)
_PAST_BEFORE: Final = re.compile(r"\b(?:was|were|had)\s+$")
_OF_SOMETHING: Final = re.compile(r"[ \t]+of[ \t]")


_NEXT_WORD: Final = re.compile(r"[ \t]+(?P<w>[a-z][a-z-]*)(?P<own>['\u2019]s\b)?")


# the references that modify a noun after them as adjectives do (rule future-as-adjective): "the future direction",
# "the short term loans", "the long term goal"; before "of" they name something else ("the future of Europe")
_ADJECTIVAL_REFS: Final = frozenset(
    {"the future", "the near term", "the short term", "the medium term", "the long term", "the longer term"}
)


def _future_as_adjective(text: str, end: int, *, term: bool = False) -> bool:
    """Rule future-as-adjective: "the future" before the noun it modifies ("the future direction of the
    alliance", "the future government's policy") is an adjective, no time; before a word of cue
    ``time_noun_follower`` (data/tense_cues.tsv: "in the future and", "the future is") or a verb in "-s" ("the
    future looks bright") it is the time ahead. ``term``: a phrase in "term" ("the short term"), whose
    compound before a noun is common ("the short term loans"): a word in "-s" after it is that plural noun."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group("w")
    if m.group("own"):
        return True  # "the future government's": the possessive of the noun it modifies
    return (term or not word.endswith("s")) and word not in tense_cues("time_noun_follower")


def _holiday_as_modifier(text: str, end: int) -> bool:
    """Rule holiday-as-modifier: a holiday's name before the noun it modifies ("an Easter truce", "a Christmas
    message") names no day; before a word of cue ``time_noun_follower``, ``holiday_unit`` or ``holiday_observance``
    (data/tense_cues.tsv: "Christmas and New Year", "the Easter weekend", "the Victory Day celebrations": rule
    holiday-observance-is-the-day) or a participle or past ("found Thanksgiving Day clinging to ...", "Christmas
    passed quietly") it is the day."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m.group("own"):
        return False
    word = m.group("w")
    if word.endswith(("ing", "ed")):
        return False
    return not any(word in tense_cues(cue) for cue in ("time_noun_follower", "holiday_unit", "holiday_observance"))


# rule recently-grading-a-date: "most recently in 2022", "more recently, on Monday", "as recently as last week":
# the adverb ranks the date after it, which is the time; the adverb is no expression of its own
_GRADED_RECENTLY: Final = re.compile(r"(?i:recently)$")
_GRADER_BEFORE: Final = re.compile(r"(?i:\b(?:most|as)[ \t]+)$")
_DATE_AFTER: Final = re.compile(r"(?i:,?[ \t]+(?:(?:as|in|on|at|during|since|until|by)[ \t]+)?)(?=\S)")


def _recently_grading_a_date(text: str, start: int, end: int) -> bool:
    """Rule recently-grading-a-date (see ``_GRADED_RECENTLY``): "recently" after "most", "more" or "as" and
    right before a temporal expression (after an optional comma and preposition) is no expression."""
    if not _GRADED_RECENTLY.search(text, start, end):
        return False
    if not text[start:end].casefold().startswith("more") and not _GRADER_BEFORE.search(text, max(0, start - 8), start):
        return False
    gap = _DATE_AFTER.match(text, end)
    return gap is not None and scanner().indexed.match(" " + text, gap.end()) is not None


def _not_a_ref(text: str, start: int, end: int) -> bool:
    """Whether a phrase of ``data/date_refs.tsv`` is no reference to now here: "as soon as" (a
    conjunction), "soon after ..." / "shortly before ..." or "soon" / "shortly" in a told past, "the future
    of Europe" (what will become of something, not a time: the real-news gold and TempEval-3 leave it),
    "most recently in 2022" (rule recently-grading-a-date)."""
    if text[max(0, start - 3) : start].casefold() == "as " and text[end : end + 3].casefold() == " as":
        return True
    if _recently_grading_a_date(text, start, end):
        return True
    if text[start:end].casefold() in _ADJECTIVAL_REFS and (
        _OF_SOMETHING.match(text, end) or _future_as_adjective(text, end, term=text[end - 4 : end] == "term")
    ):
        return True
    if text[start:end].casefold() not in ("soon", "shortly"):
        return False
    return bool(_SOON_RELATIVE.match(text, end) or _PAST_BEFORE.search(text, max(0, start - 8), start))


# "the morning of Sept. 19", "the evening of May 14" ("the night of" is read by _nights_of_days)
# "the early hours of Wednesday": the night that ends that day's dawn, the day's TNI (as the gold annotates it)
_PART_OF_DAY: Final = re.compile(
    r"\b(?i:the)\s+(?:(?P<pod>(?i:morning|afternoon|evening))|(?i:early|wee|small)\s+(?P<hours>(?i:hours)))\s+of\s+$"
)
_PARTS: Final = {"morning": "MO", "afternoon": "AF", "evening": "EV", "hours": "NI"}
_POD_DAYS: Final = frozenset({"md", "dom", "weekday"})  # the day kinds a part of the day before them may name


def _on_before(text: str, lo: int, end: int) -> int | None:
    """Where ``,?\\s+on\\s+`` ending at ``end`` starts (not before ``lo``), or None. Read backwards from
    ``end``, so a long run of spaces costs its length once (a regex scan from ``lo`` would try every
    space of the run, each time to its end)."""
    j = end
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == end or j - 2 < lo or text[j - 2 : j] != "on":
        return None
    k = j - 2
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == j - 2:
        return None
    return k - 1 if k > lo and text[k - 1] == "," else k


_DAY_RULES: Final = (("wd", "weekday"), ("dw", "day_word"), ("m", "md"))
_DAY_FIRST: Final = ("full", "md")  # a weekday or a month may open a longer date: "Tuesday, Feb. 4", "Feb. 3, 2025"


def _clock_on_day(text: str, own: re.Match[str], spec: Spec) -> list[_Found]:
    """ "midnight on Sunday", "10 p.m. on Feb. 3": a preposition splits them into two expressions (GOLD.md
    spans leave prepositions out; "noon Saturday" stays one). The time keeps its day."""
    for group, first_rule in _DAY_RULES:
        day_rule = first_rule
        day_start = own.start(group)
        if day_start < 0:
            continue
        gap_start = _on_before(text, own.start(), day_start)
        if gap_start is None:
            return []
        day = scanner().by_name[day_rule].match(text, day_start)
        if group in ("wd", "m"):
            for longer in _DAY_FIRST:
                m = scanner().by_name[longer].match(text, day_start)
                if m is not None and (day is None or m.end() > day.end()):
                    day, day_rule = m, longer
                    break
        day_spec = read(day_rule, day.groupdict(), day.group()) if day is not None else None
        if day is None or day_spec is None:
            return []
        return [
            _Found(own.start(), gap_start, "clock", attrs.evolve(spec, inner=day_spec)),
            _Found(day_start, day.end(), day_rule, day_spec),
        ]
    return []


# Rules whose words are lower-case in running text: capitalised in mid-sentence they are part of a
# name, as in the TV shows This Week and 60 Minutes, the film High Noon, the Spring of Life campaign.
_TITLE_PRONE: Final = frozenset(
    {"ref", "rel_unit", "day_word", "rel_season", "duration", "duration_a", "set", "weekend", "bare_plural", "clock"}
)

_OPENING: Final = re.compile(r"(?:^|[.!?:;]\s*|[\"\u201c\u2018(\[]|\n\s*|\s[-\u2013\u2014]\s*|``\s*)$")
# "four flights a week", "24 hours a day", "700 seats a week": a rate, not a period of time
_RATE: Final = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozens?|hundreds|thousands|"
    r"millions|several|many)\s+(?:[\w-]+\s+){0,2}[a-z]+s\s+$"  # "1,500 FPV drones a day"
)


# "the May conflict", "a May deadline": a month's name as a noun's modifier after an article
_ARTICLE_BEFORE: Final = re.compile(r"\b(?i:the|a)[ \t]$")
# a capitalised word and a space before a word (the word read from the text at each place)
_WORD_BEFORE: Final = re.compile(r"([A-Z][\w'\u2019.-]*)[ \t]+$")


def _month_as_name(text: str, start: int, end: int) -> bool:
    """Rule month-word-as-name (fix24): a month's name as a noun's modifier after an article ("the May conflict",
    "a May deadline") is the month, unless the text names a person by that word anywhere, after a given name
    (data/first_names.tsv) or a courtesy title (data/name_words.tsv honorific): "Theresa May ... the May
    government" is hers. A test of the text, not a list of names."""
    if not _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return False
    return _names_a_person(text, text[start:end])


@functools.lru_cache(maxsize=32)
def _names_a_person(text: str, word: str) -> bool:
    """Whether the text names a person by `word` anywhere (after a given name or a courtesy title). Cached per
    text and word, so a text with many months after an article is scanned once per month name, not once per
    mention (the scan is over the whole text: without the cache, the work grew with the square of the text)."""
    from nato_ukraine_timeline._mentions import known_first_name, name_words  # noqa: PLC0415 - imports _dates

    honorifics = set(name_words()["honorific"])
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and (known_first_name(before.group(1)) or before.group(1) in honorifics):
            return True
    return False


def _is_title(text: str, start: int, end: int, rule: str) -> bool:
    """Whether a span of lower-case words is written capitalised in mid-sentence (part of a name)."""
    if rule not in _TITLE_PRONE:
        return False
    words = [w for w in text[start:end].split() if w[0].isalpha()]
    if rule == "clock":
        words = [w for w in words if w.casefold().rstrip(".,") in ("noon", "midnight", "midday")]
    if not words or not all(w[0].isupper() for w in words):
        return False
    if _OPENING.search(text, max(0, start - 4), start) is not None:
        return _quoted_title(text, start)
    return not _headline(text, start)


# a quotation opened inside a sentence (after a word: 'ABC's "This Week"') whose words up to its closing mark
# are in Title Case: the name of a show, a campaign, a document ("This Week With David Brinkley", "Spring of Life")
_QUOTED_TITLE: Final = re.compile(
    r"(?<=[\w'\u2019,] [\"\u201c])(?:[A-Z][\w'\u2019-]*|of|the|and|for|in|on|with|a|an|to)"
    r"(?:[ \t]+(?:[A-Z][\w'\u2019-]*|of|the|and|for|in|on|with|a|an|to)){0,6}[.,!?]?[\"\u201d]"
)


def _quoted_title(text: str, start: int) -> bool:
    """Whether a capitalised expression opens a quoted title inside a sentence (the whole quotation in Title
    Case, its last word capitalised), not a quoted sentence ('said: "Today we ..."')."""
    m = _QUOTED_TITLE.match(text, start)
    return m is not None and m.group().rstrip('.,!?"\u201d').split()[-1][:1].isupper()


# a capitalised word inside a sentence (after a word, not after a sentence's end): the last word of a name
_NAME_WORD: Final = re.compile(r"(?<=[\w,] )(?-i:[A-Z][\w'\u2019-]*)[ \t]+$")


# after a paper's name, a daily or weekly closed by a stop or followed by another name is the paper itself
_PAPER_AFTER: Final = re.compile(r"[ \t]*(?:[.,;:)\u201d\"]|$|(?-i:[A-Z]))")


def _newspaper(text: str, start: int, end: int) -> bool:
    """Whether "daily" / "weekly" is a newspaper: after a capitalised word inside a sentence and before a stop
    or a name ("an interview with the Kommersant daily.", "the Communist Party daily Granma"), not "a daily
    briefing" or "consulted daily"."""
    if text[start:end].casefold() not in ("daily", "weekly"):
        return False
    return bool(_NAME_WORD.search(text, max(0, start - 40), start)) and bool(_PAPER_AFTER.match(text, end))


# the capitalised word before a year inside a sentence: after a word, a comma or a closing bracket, or right after
# an opening quotation mark or bracket that follows a word ("the (SCO) Summit 2025", "meaning 'West 2025'"; not a
# quoted sentence's first word: '. "In 2022, ...')
_NAME_WORD_OF_YEAR: Final = re.compile(r"(?:(?<=[\w,)] )|(?<=\w [\"'\u201c\u2018(]))(?-i:[A-Z][\w'\u2019-]*)[ \t]+$")


def _year_of_name(text: str, start: int) -> bool:
    """Whether a year is the end of a name, as in "the Zapad 2025 exercises" and "the Munich Security
    Conference 2025": it follows a capitalised word inside a sentence that names no time itself (a
    month, weekday, season or holiday is a date: "in February 2022") and owns nothing ("Russia's 2022
    invasion"). Not after an abbreviation ("the US 2024 election") nor in a headline in Title Case ("Kyiv
    Says 2025 Will Be Decisive"), where capitals mark no name."""
    m = _NAME_WORD_OF_YEAR.search(text, max(0, start - 40), start)
    if m is None or m.group().strip().isupper() or _headline(text, start):
        return False
    word = m.group().strip().rstrip(".").casefold()
    if word.endswith(("'s", "\u2019s")):  # "Russia's 2022 invasion": the year of the owner's act
        return False
    lex = lexicon()
    return word not in lex.months and word not in lex.weekdays and word not in lex.seasons


def _headline(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in Title Case (most of its words capitalised)."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = [w for w in text[lo : hi if hi >= 0 else len(text)].split()[1:] if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _year_range(m: re.Match[str]) -> list[_Found]:
    """Two years ("2014-2022", "2024-25"), each its own mention; the second must be the later."""
    y1, y2 = m.group("y1"), m.group("y2")
    second = int(y1[:2] + y2) if len(y2) == 2 else int(y2)
    if second <= int(y1):
        return []
    (s1, e1), (s2, e2) = m.span("y1"), m.span("y2")
    return [
        _Found(s1, e1, "year", Spec(kind="fixed", timex=y1, explicit=True)),
        _Found(s2, e2, "year", Spec(kind="fixed", timex=f"{second:04d}", explicit=True)),
    ]


def _dm_range(m: re.Match[str]) -> list[_Found]:
    """Two days of one month written day first ("23 to 24 April", "3-4 March 2025"), each its own mention."""
    g = m.groupdict()
    month, d1, d2 = _month_of(g["m"]), _day_of(g["d1"]), _day_of(g["d2"])
    if not month or not 0 < d1 < d2 <= 31:
        return []
    year = int(g["y"]) if g["y"] else None
    explicit = year is not None
    s1, e1 = m.span("d1")
    # rule year-phrase: "3-5 March last year", both days counted from the reference
    unit, offset = ("Y", year_phrase_offset(g["ry"])) if g.get("ry") else ("", 0)
    first = checked_day(Spec(kind="md", month=month, day=d1, year=year, explicit=explicit, unit=unit, offset=offset))
    second = checked_day(
        Spec(kind="md", month=month, day=d2, year=year, explicit=explicit, note="range", unit=unit, offset=offset)
    )
    return [_Found(s1, e1, first.kind, first), _Found(m.start("d2"), m.end(), second.kind, second)]


_NUMBER_RANGE: Final = re.compile(r"(?i:or|to)")


def _duration_range(m: re.Match[str]) -> list[_Found]:
    """Two counts of one unit ("10 or 12 days", "two to six days"): two expressions, the first number
    alone and the second with the unit, as TimeML annotates them; "the next 12 to 18 months" stays one,
    and so does a count and the next one ("four or five years": about four years, one vague PXY)."""
    g = m.groupdict()
    whole = read("duration", g, m.group())
    if g["det"] or g["rel"] or g["q"] or g["n2"] or g["nhalf"]:
        return [] if whole is None else [_Found(m.start(), m.end(), "duration", whole)]
    first = read("duration", {**g, "conj": None, "alt": None}, g["n"] or "")
    second = read("duration", {**g, "n": g["alt"], "conj": None, "alt": None}, m.group()[m.start("alt") - m.start() :])
    counts = [int(c.group()) if (c := re.search(r"\d+", x.timex)) else 0 for x in (first, second) if x is not None]
    if first is None or second is None or counts[1] - counts[0] == 1:
        return [] if whole is None else [_Found(m.start(), m.end(), "duration", whole)]
    return [_Found(m.start("n"), m.end("n"), "duration", first), _Found(m.start("alt"), m.end(), "duration", second)]


def _suspended_count(m: re.Match[str]) -> list[_Found]:
    """Rule suspended-hyphen-count (see ``SUSPENDED_HYPHEN_COUNT``): "a 30- or 60-day truce" is two expressions,
    the first count with its hyphen ("30-", 30 days) and the second with the unit ("60-day")."""
    g = m.groupdict()
    second = read("duration_adj", {**g, "sn": None, "sconj": None}, m.group()[m.start("n") - m.start() :])
    first = read("duration_adj", {**g, "n": g["sn"], "sn": None, "sconj": None}, g["sn"] or "")
    if second is None:
        return []
    lead = [] if first is None else [_Found(m.start("sn"), m.end("sn") + 1, "duration_adj", first)]
    return [*lead, _Found(m.start("n"), m.end(), "duration_adj", second)]


def _month_of(word: str | None) -> int:
    return lexicon().months.get((word or "").casefold().rstrip("."), 0)


def _day_of(word: str | None) -> int:
    return int(re.sub(r"\D", "", word or "") or 0)


_SENTENCE_REACH: Final = 400  # characters searched each way for a sentence's ends


# between two dates of one clause: spaces, punctuation that joins, a conjunction ("May 5 and 6", "3-4 June")
_RUN_GAP: Final = re.compile(r"[\s,/\u2013\u2014-]{0,8}(?:(?:and|or|to|through|&)[\s,]{1,4})?")
_POSSESSIVE: Final = re.compile(r"['\u2019]s\b")
_OWN: Final = -1  # an expression whose clause's tense is found for it (not shared with the one before)


# Rule quoted-words-in-a-clause: a short quotation run into its sentence after a word (not after a comma or a
# colon that opens a quotation): a name or a phrase marked as someone's words ('a "drone wall" on the border',
# 'may travel to Russia "Wednesday or Thursday."'): one to four words, no quote mark or line break inside.
# The pattern opens with the opening mark's class, the letter and space before it a lookbehind after it: the
# regex engine skips from one quote mark to the next (a lookbehind first is tried at every character)
_RUN_IN_QUOTE: Final = re.compile(
    r"(?P<o>[\"\u201c\u2018])(?<=[A-Za-z] [\"\u201c\u2018])(?=[^\s\"\u201c\u201d\u2018\u2019])"
    r"(?P<words>[^\s\"\u201c\u201d\u2018\u2019\n]+(?: [^\s\"\u201c\u201d\u2018\n]+){0,3}?)"
    r"(?P<c>(?<=\w)[\"\u201d\u2019]|(?<=\w[.,?!])[\"\u201d])(?=[\s,.;:)?!]|$)"
)


def unquoted_run_ins(text: str) -> str:
    """``text`` with the marks of its run-in quotations (rule quoted-words-in-a-clause) made bars, so that
    they end no clause: the words are a part of the clause around them, whose verb gives them their tense
    ("will discuss a \"drone wall\" on Friday" looks ahead). A bar, not a space: a quoted noun does not join
    the word after it into a phrase of tense (a "plan" before "to" is no "plan to"). The same length: offsets
    hold.

    >>> unquoted_run_ins('They will build a "drone wall" on Friday.')
    'They will build a |drone wall| on Friday.'
    >>> unquoted_run_ins('"We will win," he said on Friday.')
    '"We will win," he said on Friday.'
    """
    if '"' not in text and "\u201c" not in text and "\u2018" not in text:
        return text
    marks = [
        (m.start("o"), m.start("c"))
        for m in _RUN_IN_QUOTE.finditer(text)
        if (m.group("o") == "\u2018") == (m.group("c") == "\u2019")  # a single mark closes a single one only
    ]
    if not marks:
        return text
    chars = list(text)
    for o, c in marks:
        chars[o] = chars[c] = "|"
    return "".join(chars)


class _Tenses:
    """The tense of each expression's clause (None: its value does not depend on one), found when first
    asked: a date that the feed or a year close by decides is never asked. A run of dates in one clause
    ("May 5 and 6", "Jan. Jan.") shares the tense of its first."""

    def __init__(
        self, text: str, found: list[_Found], pub: dt.date | None, sentence_of: Callable[[int], tuple[int, int]]
    ) -> None:
        self.raw, self.found, self.sentence_of = text, found, sentence_of
        self.shares: list[int | None] = []  # None: no tense; _OWN; else the expression whose tense it shares
        self.known: dict[int, str | None] = {}
        self.cleared: set[int] = set()
        last: int | None = None  # the last tensed expression
        for k, f in enumerate(found):
            if f.spec.kind not in _TENSED or f.spec.explicit or (pub is not None and not tense_matters(f.spec, pub)):
                self.shares.append(None)
                continue
            joined = (
                last is not None
                and _RUN_GAP.fullmatch(text, found[last].end, f.start) is not None
                and not _POSSESSIVE.match(text, f.end)
            )
            self.shares.append(last if joined else _OWN)
            last = k

    @functools.cached_property
    def text(self) -> str:
        """The text the tenses are read in: its run-in quotations' marks made bars (made when first asked)."""
        return unquoted_run_ins(self.raw)

    def clear(self, k: int) -> None:
        """Expression ``k`` is read as the occurrence nearest its reference, whatever the tense."""
        self.cleared.add(k)

    def __getitem__(self, k: int) -> str | None:
        if k in self.cleared or self.shares[k] is None:
            return None
        path = []
        while k not in self.known:
            first = self.shares[k]
            if first is None or first == _OWN:
                f = self.found[k]
                self.known[k] = tense_of(self.text, f.start, f.end, self.sentence_of)
                break
            path.append(k)
            k = first
        for j in path:  # every date of the run, at once: a long run costs its length once
            self.known[j] = self.known[k]
        return self.known[k]


class _Sentences:
    """The sentences of a text, found once (by the one splitter:
    :func:`~nato_ukraine_timeline._sentences.sentence_breaks`) when first asked for by offset (a text whose dates
    never ask, a third of TempEval-3's, is not split)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []  # a sentence's end
        self.ends: list[int] = []  # the next sentence's start
        self.scanned = False

    def _scan(self) -> None:
        self.starts, self.ends = sentence_breaks(self.text)
        self.scanned = True

    def breaks_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The breaks between sentences that lie in ``[lo, hi)``: (a sentence's end, the next one's start)."""
        if not self.scanned:
            self._scan()
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.ends, hi)
        return list(zip(self.starts[i:j], self.ends[i:j], strict=True))

    def around(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos`` (a new line also ends one), at most 400 characters each way."""
        if not self.scanned:
            self._scan()
        lo = max(0, pos - _SENTENCE_REACH)
        k = bisect.bisect_right(self.ends, pos + 2) - 1  # the last end at or before the position
        if k >= 0 and self.starts[k] >= lo:
            lo = self.ends[k]
        j = bisect.bisect_left(self.starts, pos)  # the first end after it
        if j < len(self.starts) and self.ends[j] <= pos + _SENTENCE_REACH:
            return lo, self.ends[j]
        return lo, min(len(self.text), pos + _SENTENCE_REACH)


# a line in capitals (a headline or a shouted dateline): at least eight capitals and no lower-case letter
_CAPS_LINE: Final = re.compile(r"^(?=[^a-z\n]*$)(?=(?:[^A-Z\n]*[A-Z]){8})[^\n]+", re.MULTILINE)
# a line with a capital and no lower-case letter: the first line, or one after a line break (possessive
# runs: each line is read once)
_NO_LOWER_FIRST: Final = re.compile(r"[^a-zA-Z\n]*+[A-Z][^a-z\n]*+(?:\n|\Z)")
_NO_LOWER_LINE: Final = re.compile(r"\n[^a-zA-Z\n]*+[A-Z][^a-z\n]*+(?:\n|\Z)")


@functools.cache
def _name_words() -> re.Pattern[str]:
    """The names a line in capitals keeps with an initial capital, read from the date tables: the month forms of
    ``data/months.tsv``, the full weekday names of ``data/weekdays.tsv`` (not "sun", "sat", "wed": words of
    their own) and the one-word holidays of ``data/holidays.tsv`` ("Christmas", "Easter"), in lower case."""
    lex = lexicon()
    weekdays = (w for w in lex.weekdays if w.endswith("day"))
    one_word_holidays = (name.lower() for name in holidays() if " " not in name)
    return re.compile(rf"\b(?:{alternation([*lex.months, *weekdays, *one_word_holidays])})\b")


def _decapitalised(text: str) -> str:
    """``text`` with each all-capitals line in lower case but for month, weekday and holiday names, which
    keep an initial capital ("RUSSIA STRIKES KYIV LAST WEEK, ON MONDAY" -> "russia strikes kyiv last week,
    on Monday"), so that the rules read it; character for character, so offsets are unchanged."""
    if _NO_LOWER_FIRST.match(text) is None and _NO_LOWER_LINE.search(text) is None:
        return text  # every line has a lower-case letter or no capital (the check skips from line to line)
    if _CAPS_LINE.search(text) is None:
        return text

    def line(m: re.Match[str]) -> str:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in m.group())
        return _name_words().sub(lambda w: w.group()[0].upper() + w.group()[1:], low)

    return _CAPS_LINE.sub(line, text)


_DATELINE_REACH: Final = 7  # days: a dateline this close to the publication date sets the reference day


def _dateline_day(text: str, found: list[_Found], pub: dt.date) -> Reference | None:
    """The reference day a dateline gives ("PARIS, March 4 (AFP) -" on a page dated March 5), when it
    differs from the publication date by a few days (metadata dates lag the text)."""
    first = found[0]
    if first.spec.kind != "md":
        return None
    line = dateline_of_day(text, (first.start, first.end))
    if line is None or line.place is None:
        return None
    value = resolve(first.spec, Reference(day=pub, basis=Basis.PUBLISHED, why="the publication date"), None, {})
    if value is None or value.earliest is None or value.earliest != value.latest:
        return None
    day = value.earliest
    if day == pub or abs((day - pub).days) > _DATELINE_REACH:
        return None
    return Reference(day=day, basis=Basis.CONTEXT, why="the dateline's day")


def _lines(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n", text))]


def find_dates(
    text: str,
    *,
    published: object = None,
    window: object = None,
    order: str | None = None,
    terms_of: TermsOf | None = None,
) -> list[DateMention]:
    """Find and resolve every temporal expression in ``text`` (see the package docstring)."""
    return _read_text(text, published=published, window=window, order=order, terms_of=terms_of)[0]


def read_feed(
    text: str,
    *,
    window: object = None,
    order: str | None = None,
    terms_of: TermsOf | None = None,
) -> FeedReading:
    """Read ``text`` (no publication date) as a feed: its order and each item's date (see ``_feed``).
    The reading :func:`find_dates` just made of the same text with the same options is taken as it is
    (``parse`` asks for both; the feed steps run once)."""
    kept = _LAST_FEED.get()
    if kept is not None and isinstance(text, str):
        _LAST_FEED.set(None)  # used once: a later call reads again
        key, reading = kept
        _, win, checked = _check_options(None, window, order)
        if key == _feed_key(text, win, checked, terms_of):
            return reading
    return _read_text(text, published=None, window=window, order=order, terms_of=terms_of)[1]


# The last feed reading find_dates made in this thread or task, with what it depends on: the text, the
# options and the active actor registry (whose terms of office date items).
_LAST_FEED: ContextVar[tuple[tuple[object, ...], FeedReading] | None] = ContextVar(
    "nato_ukraine_timeline.last_feed", default=None
)


def _feed_key(
    text: str, win: tuple[dt.date, dt.date], order: str | None, terms_of: TermsOf | None
) -> tuple[object, ...]:
    from nato_ukraine_timeline._actors import _ACTIVE  # noqa: PLC0415 - loaded with the terms of office

    return (text, win, order, terms_of, _ACTIVE.get())


def _read_text(
    text: str,
    *,
    published: object,
    window: object,
    order: str | None,
    terms_of: TermsOf | None,
) -> tuple[list[DateMention], FeedReading]:
    pub, win, order = _check_options(published, window, order)
    if not isinstance(text, str):
        raise InvalidOptionError(f"text must be a str, got {type(text).__name__}")
    original = text
    text = _decapitalised(text)  # the same length: offsets hold; mentions quote the original
    found = scan(text)
    _numeric_order(text, found, pub)
    no_feed = FeedReading(order=None, order_reason="a publication date dates the text", items=())
    if not found and pub is None:
        return [], FeedReading(order=None, order_reason="no dates", items=())
    if not found:
        alone: list[DateMention] = []
        first_days_in_office(original, alone, pub)  # rule first-day-in-office: a day with no date to lean on
        return alone, no_feed

    sentences = _Sentences(text)
    sentence_of = sentences.around
    tenses = _Tenses(text, found, pub, sentence_of)

    values: list[DateValue | None] = [None] * len(found)
    refs: list[Reference | None] = [None] * len(found)
    if pub is None:
        _explicit_year_nearby(found, values, sentence_of, None, cage=win, text=text, source=text)
    else:
        _explicit_year_nearby(found, values, sentence_of, _RANGE_REACH, source=text)
    # rule year-of-named-occasion: "the 2026 summit in July" (a year possessive counts from the reference day)
    years_of_occasions(text, [(f.start, f.spec) for f in found], values, sentence_of, pub)
    if pub is not None:
        refs = [Reference(day=pub, basis=Basis.PUBLISHED, why="the publication date")] * len(found)
        dateline = _dateline_day(text, found, pub)
        if dateline is not None:  # the dateline's day is the reference of what follows it
            refs = [refs[0]] + [dateline] * (len(found) - 1)
        reading = no_feed
    else:
        reading = reading_of(
            text,
            found,
            original=original,
            given=values,
            win=win,
            order=order,
            sentence_of=sentence_of,
            terms_of=terms_of,
            refs=refs,
            tenses=tenses,
        )
        _LAST_FEED.set((_feed_key(original, win, order, terms_of), reading))
    return _finish(original, text, found, values, refs, tenses, pub, win, sentences), reading


def _finish(  # noqa: PLR0917
    original: str,
    text: str,
    found: list[_Found],
    values: list[DateValue | None],
    refs: list[Reference | None],
    tenses: _Tenses,
    published: dt.date | None,
    win: tuple[dt.date, dt.date],
    sentences: _Sentences,
) -> list[DateMention]:
    """Resolve what is left, build the mentions, and date the clock times, nights and quoted days."""
    discourse: dict[str, str] = {}
    out: list[DateMention] = []
    overnight: list[int] = []  # indices in out of "overnight" mentions
    # indices in out of clock times said without their day, the time, and the day they were read against
    clocks: list[tuple[int, str, dt.date | None]] = []
    quoted_days: list[tuple[int, Spec]] = []  # "today", "yesterday"... said in a quote
    anaphors: list[int] = []  # indices in out of day anaphors ("the day before", "the same day")
    for i, f in enumerate(found):
        spec, value = f.spec, values[i]
        if value is None:
            value = _resolve_one(spec, refs[i], tenses, i, discourse, None if published else win)
        value = _kept(value, spec, discourse, win)
        if value is None:
            continue
        ttype = spec.type
        if ttype is TimexType.TIME and "T" not in value.timex:
            ttype = TimexType.DATE
        try:
            out.append(DateMention(start=f.start, end=f.end, text=original[f.start : f.end], type=ttype, value=value))
        except ModelError:  # pragma: no cover - spans come from the text itself
            continue
        if spec.kind == "anaphor" and spec.unit == "D":
            anaphors.append(len(out) - 1)
        if spec.note == "overnight":
            overnight.append(len(out) - 1)
        elif spec.kind == "clock" and spec.inner is None and spec.clock:
            clocks.append((len(out) - 1, spec.clock, getattr(refs[i], "day", None)))
        elif f.rule == "day_word" and spec.kind != "fixed" and published is not None:
            quoted_days.append((len(out) - 1, spec))
    _by_neighbours(text, out, overnight, sentences)
    _apposed_days(text, out, anaphors)
    eve_of_named_day(original, out)
    occasions_dated_by_text(original, out, sentences.breaks_between, sentences.around)
    first_days_in_office(original, out, published)
    _date_clocks(text, out, clocks, sentences)
    gmt_equivalents(original, out)
    if quoted_days and published is not None:
        _date_quoted_days(text, out, quoted_days, sentences.around, published)
    nights_just_gone(lambda: tenses.text, out, published, sentences.around, saying_before)
    _written_with_days(original, out)
    join_compound_durations(original, out)
    return out


def _date_quoted_days(
    text: str,
    out: list[DateMention],
    quoted_days: list[tuple[int, Spec]],
    sentence_of: Callable[[int], tuple[int, int]],
    published: dt.date,
) -> None:
    """Date the day words said in a quote by the day of their saying, else by the day of the story's lead."""
    starts = [m.start for m in out]
    if any(a > b for a, b in itertools.pairwise(starts)):  # pragma: no cover - the scanner reads in text order
        starts = []
    for k, spec in quoted_days:
        said = out[k]
        _day_of_saying(text, out, k, spec, sentence_of, starts)
        if out[k] is said:
            _day_of_the_lead(text, out, k, spec, sentence_of, published)


def _written_with_days(text: str, out: list[DateMention]) -> None:
    """Date the mentions that the words around a day join to it: a day of the month in brackets after a
    weekday, a night named by its day."""
    _day_numbers_after_weekdays(text, out)
    _weekdays_apposed(text, out)
    _nights_of_days(text, out)
    _days_before_named_days(text, out)
    _day_words_apposed(text, out)


def _weekdays_apposed(text: str, out: list[DateMention]) -> None:
    """Rule weekday-apposed-date (see ``_feed.apposed_weekday``): a weekday followed at once by a date in
    brackets ("on Friday (July 4)") is that date, when the date fell on that weekday."""
    if "(" not in text:
        return
    names = lexicon().weekdays
    for k in range(len(out) - 1):
        here, day = out[k], out[k + 1]
        found = DAY_VALUE.fullmatch(day.value.timex)
        weekday = names.get(here.text.rstrip(".").casefold())
        if found is None or weekday is None or apposed_weekday(text, day.start, day.end, names) != weekday:
            continue
        if dt.date.fromisoformat(found.group()).isoweekday() == weekday and here.value.timex != found.group():
            revalue(out, k, found.group(), basis=Basis.CONTEXT, reason=f"the date written with it ({day.text!r})")


# "tomorrow (February 28)", "Today, August 24": a day word and the date the text gives for it
_DAY_WORD_GAP: Final = re.compile(r",[ \t]*|[ \t]*\(")
_DAY_WORD_TEXTS: Final = frozenset(
    {"today", "tomorrow", "yesterday", "tonight", "this morning", "this afternoon", "this evening"}
)
_POD_SUFFIX: Final = re.compile(rf"{DAY_VALUE.pattern}(?P<pod>T(?:MO|AF|EV|NI))")


def _day_words_apposed(text: str, out: list[DateMention]) -> None:
    """Rule day-word-apposed: a day word followed at once by a date in apposition (after a comma, or alone in
    brackets) is that date: the text says which day it means, and the publication date it was counted from
    may lag the text ("awaiting the signature tomorrow (February 28)" in an item stamped the 28th). A part of
    the day ("this afternoon, 7 August") keeps its part on that date."""
    for k in range(len(out) - 1):
        here, day = out[k], out[k + 1]
        if (
            " ".join(here.text.casefold().split()) not in _DAY_WORD_TEXTS
            or DAY_VALUE.fullmatch(day.value.timex) is None
        ):
            continue
        gap = _DAY_WORD_GAP.fullmatch(text, here.end, day.start)
        if gap is None or ("(" in gap.group() and not text.startswith(")", day.end)):
            continue
        pod = _POD_SUFFIX.fullmatch(here.value.timex)
        timex = day.value.timex + (pod.group("pod") if pod else "")
        if here.value.timex != timex:
            revalue(out, k, timex, basis=Basis.CONTEXT, reason=f"the date written with it ({day.text!r})")


def _kept(
    value: DateValue | None, spec: Spec, discourse: dict[str, str], win: tuple[dt.date, dt.date]
) -> DateValue | None:
    """The value a mention keeps (unresolved where nothing resolved it; the month of a day no calendar has),
    remembered as the text's last day, month or year named."""
    if value is None and spec.kind != "fixed" and not spec.explicit:
        value = _unresolved(spec, win)
    if value is None:
        return None
    if spec.note.startswith(_NO_SUCH_DAY):
        return _no_such_day(value, spec.note)
    _remember(discourse, value, spec)
    return value


def _resolve_one(  # noqa: PLR0917
    spec: Spec,
    ref: Reference | None,
    tenses: _Tenses,
    i: int,
    discourse: dict[str, str],
    bounds: tuple[dt.date, dt.date] | None,
) -> DateValue | None:
    """``resolve`` with the tense of the clause, looked for only when there is a reference day (a tense
    places a date before or after it); None where no value can be made."""
    tense = tenses[i] if ref is not None else None
    if ref is not None and tense == "future":  # rule weekday-just-gone
        f = tenses.found[i]
        tense = just_gone_tense(
            spec, ref.day, tense, text=tenses.text, span=(f.start, f.end), sentence=tenses.sentence_of
        )
    try:
        if ref is not None and ref.span is not None:  # an undated feed item: its neighbours' interval
            probe = dict(discourse)  # the readings tried leave the discourse as it was
            across = read_across_interval(
                spec, ref, lambda day: resolve(spec, day, tense, probe, bounds), bounds, tense
            )
            if across is not None:
                return across
            middle = ref.span[0] < ref.day < ref.span[1] or ref.span[0] == ref.span[1]  # else an end item's one side
            ref = attrs.evolve(ref, why=ref.why + (", the middle" if middle else ""), span=None)
        return resolve(spec, ref, tense, discourse, bounds)
    except (ValueError, OverflowError, ModelError):
        return None


# "3:45 PM EST, Wed March 12, 2025", "10:35 a.m. on Tuesday, Feb. 4": the day follows the time
_TIME_THEN_DAY: Final = re.compile(
    r"\)?,?[ \t]*\(?[ \t]*(?:on[ \t]+)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]+)?"
)


_QUOTE_OPEN: Final = re.compile(r"[\"\u201c]")
_QUOTE_CLOSE: Final = re.compile(r"[\"\u201d]")


def _day_of_saying(  # noqa: PLR0917
    text: str,
    out: list[DateMention],
    k: int,
    spec: Spec,
    sentence_of: Callable[[int], tuple[int, int]],
    starts: list[int],
) -> None:
    """ "We are ready for a ceasefire today," Zelensky said on Thursday: a day word in a quote counts from
    the day of the saying, when the words after the quote in its sentence date it."""
    here = out[k]
    lo, hi = sentence_of(here.start)
    before = text[lo : here.start]
    opens = len(_QUOTE_OPEN.findall(before))
    closes = before.count("\u201d") if "\u201c" in before else 0
    if "\u201c" in before:
        if opens - closes <= 0:
            return
    elif opens % 2 == 0:
        return
    close = _QUOTE_CLOSE.search(text, here.end, hi)
    opening = max(before.rfind('"'), before.rfind("\u201c")) + lo
    # the day of the saying: written after the quote, else before it (he said on Thursday: ...)
    if starts:  # the mentions in text order (``starts``: theirs): only the sentence's are looked at
        first = max(k + 1, bisect.bisect_right(starts, close.start())) if close is not None else len(out)
        after = out[first : bisect.bisect_left(starts, hi)]
        earlier = [m for m in reversed(out[bisect.bisect_left(starts, lo) : k]) if m.end <= opening]
    else:  # pragma: no cover - see _finish
        after = [m for m in out[k + 1 :] if close is not None and close.start() < m.start < hi]
        earlier = [m for m in reversed(out[:k]) if lo <= m.start and m.end <= opening]
    if not after and not earlier and opening == lo:  # 'Rubio said on Tuesday. "So ... yesterday ..."'
        earlier = _said_before(text, out, lo)
    for said_on in (*after, *earlier):
        day = DAY_VALUE.fullmatch(said_on.value.timex)
        if day is None or said_on.type is not TimexType.DATE:
            continue
        with contextlib.suppress(ModelError, ValueError, OverflowError):  # no day after 9999-12-31
            said = dt.date.fromisoformat(day.group()) + dt.timedelta(days=spec.offset)
            timex = said.isoformat() + (f"T{spec.pod}" if spec.pod else "")
            value = make_value(timex, basis=Basis.CONTEXT, reason=f"said in a quote dated {said_on.text!r}")
            out[k] = DateMention(start=here.start, end=here.end, text=here.text, type=here.type, value=value)
        return


# a day the lead of a story names for its act: a day, or a day's part but its night
_LEAD_DAY: Final = re.compile(rf"{DAY_VALUE.pattern}(?:T(?:MO|AF|EV|DT))?")
_LEAD_LAG: Final = 6  # days: a lead day this far before the publication date or less dates the story's quotes


def _day_of_the_lead(  # noqa: PLR0917
    text: str,
    out: list[DateMention],
    k: int,
    spec: Spec,
    sentence_of: Callable[[int], tuple[int, int]],
    published: dt.date,
) -> None:
    """Rule quote-on-lead-day: a news story opens with its act and the day of it ("The president on Sunday
    praised the strike ..."); the quotations that follow without a day of their own saying are the words of
    that occasion, so a day word in them ("today", "tomorrow", "tonight") counts from the lead's day, not from
    the publication date that lags it. Only a day one to six days before publication, named in the first
    sentence outside any quotation, and a quotation in a later paragraph (one in the lead's paragraph is left
    to its own sentence and the one before it)."""
    here = out[k]
    if quotation_around(text, here.start, here.end) is None:
        return
    first = len(text) - len(text.lstrip())
    lead_end = sentence_of(first)[1]
    if here.start < lead_end or text.find("\n", first, here.start) < 0:
        return  # the quote is in the lead's paragraph: its own sentence or the one before dates it, if any
    lead = next(
        (
            m
            for m in out
            if m.start < lead_end
            and m.start >= first
            and _LEAD_DAY.fullmatch(m.value.timex)
            and quotation_around(text, m.start, m.end) is None
        ),
        None,
    )
    if lead is None:
        return
    day = dt.date.fromisoformat(lead.value.timex[:10])
    if not 1 <= (published - day).days <= _LEAD_LAG:
        return
    with contextlib.suppress(ModelError, ValueError, OverflowError):
        said = day + dt.timedelta(days=spec.offset)
        timex = said.isoformat() + (f"T{spec.pod}" if spec.pod else "")
        value = make_value(timex, basis=Basis.CONTEXT, reason=f"said on the occasion the lead dates {lead.text!r}")
        out[k] = attrs.evolve(here, value=value)


def _said_before(text: str, out: list[DateMention], lo: int) -> list[DateMention]:
    """The day that ends the sentence before a quote opening its own sentence, after a saying verb
    ('..., Rubio said on Tuesday. "So what we expect ..."'), or a verb of telling with its addressee ('...,
    an aide told reporters on Monday. "Not tomorrow ..."': the finder of rule date-of-the-saying,
    ``saying_before``): the quote goes on with those words."""
    for m in reversed(out):
        if m.end <= lo:
            said = saying_before().search(text, max(0, m.start - 80), m.start)
            return [m] if said is not None and text[m.end : lo].strip() == "." else []
    return []


def _date_clocks(
    text: str, out: list[DateMention], clocks: list[tuple[int, str, dt.date | None]], sentences: _Sentences
) -> None:
    """Date the clock times said without their day: by the day written right after them, else by the day in
    focus (:func:`_clock_in_focus`)."""
    for k, clock, _ in reversed(clocks):  # "5 p.m. (2200 GMT) on Nov. 9": the GMT time first
        _clock_before_day(text, out, k, clock)
    for k, clock, ref_day in clocks:
        _clock_in_focus(out, k, clock, ref_day, sentences)


def _clock_before_day(text: str, out: list[DateMention], k: int, clock: str) -> None:
    """Date a clock time by the day written right after it."""
    if k + 1 >= len(out):
        return
    here, nxt = out[k], out[k + 1]
    day = DAY_VALUE.match(nxt.value.timex)
    if day is None or _TIME_THEN_DAY.fullmatch(text, here.end, nxt.start) is None:
        return
    if here.value.timex.startswith(day.group()):
        return
    reason = f"the time on the day written after it ({nxt.text!r}: {nxt.value.reason})"
    revalue(out, k, f"{day.group()}T{clock}", basis=nxt.value.basis, reason=reason)


# A day a clock time may take from the text before it: a day, or a day's part but its night (a night spans two
# days: "overnight ... reached the capital at 11.45am" is the morning after).
_FOCUS_DAY: Final = re.compile(rf"(?P<day>{DAY_VALUE.pattern})(?:T(?:MO|AF|EV|DT|\d\d:\d\d))?")


def _clock_in_focus(out: list[DateMention], k: int, clock: str, ref_day: dt.date | None, sentences: _Sentences) -> None:
    """Rule clock-in-focus: a clock time said without its day ("Talks opened at 9:14 p.m. local time") is on
    the day the text names last before it, in its own sentence or the one before ("Delegates met on Tuesday
    evening ... Talks opened at 9:14 p.m.", "from 7 p.m. on April 18 (4 p.m. GMT)", "from January 1 ...
    At 7.00 am the transit stops"), not on the reference day it was read against. Not midnight (a day's
    boundary), not after a night ("overnight ... at 11.45am"), not a day two sentences back or more."""
    here = out[k]
    if ref_day is None or clock in ("00:00", "24:00") or not here.value.timex.startswith(ref_day.isoformat()):
        return
    prev = next((m for m in reversed(out[:k]) if m.type in (TimexType.DATE, TimexType.TIME)), None)
    day = None if prev is None else _FOCUS_DAY.fullmatch(prev.value.timex)
    if prev is None or day is None or day.group("day") == ref_day.isoformat():
        return
    if len(sentences.breaks_between(prev.end, here.start)) > 1:
        return  # the day is named two sentences back or more
    reason = f"the time on the day the text names before it ({prev.text!r}: {prev.value.reason})"
    revalue(out, k, f"{day.group('day')}T{clock}", basis=prev.value.basis, reason=reason)


# "overnight on Nov. 26", "overnight Saturday", "overnight into Wednesday": the night that ends in that day
_NIGHT_OF: Final = re.compile(r"[ \t]+(?:on[ \t]+|(?P<into>into|to)[ \t]+)?")
_APPOSITION_GAP: Final = re.compile(r",[ \t]*(?:on[ \t]+)?")
_DAY_NUMBER: Final = re.compile(r"[ \t]*\((?P<n>[0-3]?\d)\)")


def _days_around(first: dt.date, reach: int) -> list[dt.date]:
    """The days up to ``reach`` days from ``first``, nearest first (the earlier of two as near), leaving out those
    beyond the calendar (``first`` near ``date.min`` or ``date.max``: a publication date at the calendar's end)."""
    out = []
    for d in sorted(range(-reach, reach + 1), key=abs):
        with contextlib.suppress(OverflowError):
            out.append(first + dt.timedelta(days=d))
    return out


def _day_numbers_after_weekdays(text: str, out: list[DateMention]) -> None:
    """ "this Thursday (11)", "on Saturday (9)": the day of the month in brackets after a weekday (a usage of the
    Brazilian and Portuguese press) is a mention of that day too; both take the day near the weekday's first
    reading that is that weekday and that day of the month."""
    if "(" not in text:  # no bracket: nothing to read (most texts; the checks below run per mention)
        return
    names = lexicon().weekdays
    for k in range(len(out) - 1, -1, -1):
        here = out[k]
        bracket = _DAY_NUMBER.match(text, here.end)
        if bracket is None:
            continue
        weekday = names.get(here.text.split()[-1].rstrip(".,").casefold())
        day = DAY_VALUE.fullmatch(here.value.timex)
        if weekday is None or day is None:
            continue
        near = _days_around(dt.date.fromisoformat(day.group()), 14)
        match = next((d for d in near if d.isoweekday() == weekday and d.day == int(bracket.group("n"))), None)
        if match is None:
            continue
        with contextlib.suppress(ModelError):
            reason = f"the weekday and the day of the month after it ({here.text} ({bracket.group('n')}))"
            value = make_value(match.isoformat(), basis=here.value.basis, reason=reason)
            out[k] = DateMention(start=here.start, end=here.end, text=here.text, type=here.type, value=value)
            start, end = bracket.start("n"), bracket.end("n")
            out.insert(k + 1, DateMention(start=start, end=end, text=text[start:end], type=TimexType.DATE, value=value))


# "the night of February 14", "a night of March 3": a night named by a day (also "The night of ...")
_NIGHT_BEFORE: Final = re.compile(r"(?<![\w-])(?i:the|a)[ \t]+night[ \t]+of[ \t]+$")
# "the night of February 13-14", "the night of 27-28 August", "the night of Tuesday to Wednesday": two days
_NIGHT_SPAN: Final = re.compile(r"[ \t]*(?:-|\u2013|\u2014|to|into|and)[ \t]*")


def _nights_of_days(text: str, out: list[DateMention]) -> None:
    """Rule night-of-day: "the night of" before a day is one expression, a TIME: the night of that day (TIMEX3
    TNI); with two days ("the night of 27-28 August", "of Tuesday to Wednesday") the night of the first.
    (News from Ukraine and Russia often name a night by the morning that ends it, "the night of February 14"
    for the night of 13 to 14; the real-news gold is split on it, and its events keep the day named.)"""
    if "ight of" not in text:  # no "night of" / "Night of": nothing to read (most texts)
        return
    for k in range(len(out) - 1, -1, -1):
        here = out[k]
        day = DAY_VALUE.fullmatch(here.value.timex)
        opening = _NIGHT_BEFORE.search(text, max(0, here.start - 16), here.start) if day else None
        if opening is None or day is None or here.type is not TimexType.DATE:
            continue
        end, why = here.end, "the night of the day named"
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and _NIGHT_SPAN.fullmatch(text, here.end, nxt.start) and _named_day_after(day.group(), nxt):
            end, why = nxt.end, "the night of the first of the two days named"
            del out[k + 1]
        with contextlib.suppress(ModelError):
            value = make_value(f"{day.group()}TNI", basis=here.value.basis, reason=f"{why} ({here.text!r})")
            start = opening.start()
            out[k] = DateMention(start=start, end=end, text=text[start:end], type=TimexType.TIME, value=value)


# "the day before " / "the day after " right before a day the text names (also "The day ...")
_DAY_BEFORE_OPENING: Final = re.compile(r"(?<![\w-])(?i:the)[ \t]+day[ \t]+(?P<dir>before|after)[ \t]+$")


def _days_before_named_days(text: str, out: list[DateMention]) -> None:
    """Rule day-before-named-day (see ``DAY_BEFORE_NAMED_DAY``): "the day before Tuesday" is the day before the
    day named, the span taking the whole phrase. A day named by an anaphor ("the day after the same day") and
    a mention that is no day are left."""
    if "ay before " not in text and "ay after " not in text:  # most texts: nothing to read
        return
    for k, here in enumerate(out):
        day = DAY_VALUE.fullmatch(here.value.timex)
        if day is None or here.type is not TimexType.DATE or here.text[:4].casefold() in {"the ", "that"}:
            continue
        opening = _DAY_BEFORE_OPENING.search(text, max(0, here.start - 20), here.start)
        if opening is None or (k and out[k - 1].end > opening.start()):
            continue
        shift = 1 if opening.group("dir").casefold() == "after" else -1
        with contextlib.suppress(ModelError, ValueError, OverflowError):
            moved = dt.date.fromisoformat(day.group()) + dt.timedelta(days=shift)
            why = f"the day {opening.group('dir').casefold()} the day named ({here.text!r})"
            value = make_value(moved.isoformat(), basis=here.value.basis, reason=why)
            start = opening.start()
            out[k] = DateMention(
                start=start, end=here.end, text=text[start : here.end], type=TimexType.DATE, value=value
            )


def _named_day_after(day: str, mention: DateMention) -> bool:
    """Whether ``mention`` names the day after ``day`` (an ISO day) by its date or weekday, not by an anaphor
    ("the night of June 2 into the next day" is that night and the day after it)."""
    if mention.text[:4].casefold() == "the ":
        return False
    with contextlib.suppress(ValueError, OverflowError):
        return mention.value.timex == (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    return False


def _apposed_days(text: str, out: list[DateMention], anaphors: list[int]) -> None:
    """ "The day before, on January 12, ...": a day anaphor followed at once by the day itself in apposition
    is that day (its count from the day named before may land elsewhere)."""
    for k in anaphors:
        if k + 1 >= len(out):
            continue
        here, day = out[k], out[k + 1]
        named = DAY_VALUE.match(day.value.timex)  # also a part of that day: "on the evening of March 5"
        if not _APPOSITION_GAP.fullmatch(text, here.end, day.start) or named is None:
            continue
        with contextlib.suppress(ModelError):
            value = make_value(named.group(), basis=Basis.CONTEXT, reason=f"the day named after it ({day.text!r})")
            out[k] = DateMention(start=here.start, end=here.end, text=here.text, type=here.type, value=value)


_FOCUS_REACH: Final = 400  # characters from the day in focus to the "overnight" it dates


def _night_before_focus(out: list[DateMention], k: int) -> None:
    """An "overnight" after a day the text named shortly before it, in the week up to the reference day
    ("officials said on Friday ... fired missiles overnight", "Putin on Thursday accused Ukraine of an
    overnight attack"), is the night before that day: the report's day, not the publication date (which may
    lag it). A day said after the night (its saying, the day it is of) overrides this below."""
    here = out[k]
    night = DAY_VALUE.match(here.value.timex)
    if night is None or k == 0:
        return
    prev = out[k - 1]
    day = DAY_VALUE.fullmatch(prev.value.timex)
    if day is None or prev.type is not TimexType.DATE or here.start - prev.end > _FOCUS_REACH:
        return
    with contextlib.suppress(ModelError, ValueError, OverflowError):  # no night before 0001-01-01
        focus, lag = dt.date.fromisoformat(day.group()), dt.date.fromisoformat(night.group())
        if not 0 <= (lag - focus).days + 1 <= 6 or focus == lag + dt.timedelta(days=1):
            return
        value = make_value(
            f"{(focus - dt.timedelta(days=1)).isoformat()}TNI",
            basis=prev.value.basis,
            reason=f"the night before the day named before it ({prev.text!r}: {prev.value.reason})",
        )
        out[k] = DateMention(start=here.start, end=here.end, text=here.text, type=here.type, value=value)


def _night_of_named_day(text: str, out: list[DateMention], k: int) -> None:
    """Date an "overnight" by the day named right after it rather than by the reference date.

    "overnight on Nov. 26", "overnight Saturday" and "overnight into Wednesday" all name the night that
    ends in the morning of that day: a report of an overnight attack is filed under the day it dawns on
    ("talked through the night on Friday and into Saturday" is Friday's night).
    Its TIMEX3 value is the night's first day (2024-11-25TNI for "overnight on Nov. 26"), the convention of
    the real-news annotation (the README of ``../shared/data/realnews``), which its gold follows in every
    case it has (three parts, three outlets).
    """
    if k + 1 >= len(out):
        return
    here, nxt = out[k], out[k + 1]
    gap = _NIGHT_OF.fullmatch(text, here.end, nxt.start)
    day = DAY_VALUE.fullmatch(nxt.value.timex)
    if gap is None or day is None or nxt.type is not TimexType.DATE:
        return
    with contextlib.suppress(ModelError, ValueError, OverflowError):  # no night before 0001-01-01
        night, how = dt.date.fromisoformat(day.group()), "of"
        if gap.group("into") or here.text.lower() == "overnight":
            night, how = night - dt.timedelta(days=1), "into"  # "the night on Friday" is Friday's own
        value = make_value(
            f"{night.isoformat()}TNI",
            basis=nxt.value.basis,
            reason=f"the night {how} the day named after it ({nxt.text!r}: {nxt.value.reason})",
        )
        out[k] = DateMention(start=here.start, end=here.end, text=here.text, type=here.type, value=value)


def _by_neighbours(text: str, out: list[DateMention], overnight: list[int], sentences: _Sentences) -> None:
    """Date the mentions that their neighbours date: nights by the day named after them, weekdays joined
    to a weekday before them."""
    for k in overnight:
        _night_before_focus(out, k)
        _night_before_saying(text, out, k)
        _night_of_named_day(text, out, k)
    _coordinated_weekdays(text, out)
    _range_ends_after_start(text, out, sentences)
    _range_day_after_its_head(text, out)


_DAY_TAIL_GLUE: Final = re.compile(_RANGE_GLUE)
_BARE_DAY: Final = re.compile(rf"(?:{_TAIL_DAY_NUMBER})(?:st|nd|rd|th)?")


def _range_day_after_its_head(text: str, out: list[DateMention]) -> None:
    """Rule range-day-after-its-head: the bare second day of "July 7-8", "Jan. 13 and 14" is a day of the month
    and year its head was resolved to, whatever its own reading said: both days name one stretch, so a year
    written beside the head ("the 2026 summit on July 7-8") or a tense that dates the head dates the tail too.
    Only a tail with no year of its own ("Dec. 3-4, 2024" writes one) and only when the head is a whole day."""
    for k in range(1, len(out)):
        prev, here = out[k - 1], out[k]
        head = DAY_VALUE.fullmatch(prev.value.timex)
        tail = DAY_VALUE.fullmatch(here.value.timex)
        if head is None or tail is None or not _BARE_DAY.fullmatch(here.text):
            continue
        if _DAY_TAIL_GLUE.fullmatch(text, prev.end, here.start) is None:
            continue
        target = f"{head.group()[:8]}{tail.group()[8:10]}"
        if target == tail.group() or target < head.group():
            continue
        with contextlib.suppress(ModelError, ValueError):
            dt.date.fromisoformat(target)
            value = make_value(
                target + here.value.timex[10:],
                basis=prev.value.basis,
                reason=f"the second day of a range, in the month of {prev.text!r} ({prev.value.reason})",
            )
            out[k] = attrs.evolve(here, value=value)


# Rule range-end-after-start: "between <start> and <end>", "from <start> to/until/till/through <end>": a range's
# opening word, then its start, a joining word (class joiner of data/range_words.tsv, spaces on both sides, as
# written) or a dash, its end, all in one sentence; searched for in the stretch between the two (the last one).
_RANGE_OPENER: Final = re.compile(r"\b(?:between|from)\s")
_RANGE_WORD_IN: Final = re.compile(rf"\s(?:{alternation(range_words('joiner'))})\s|\s?[-\u2013\u2014]\s?")
_WEEK: Final = 7
_RANGE_SPAN: Final = 160  # characters from the opening word to the weekday that ends the range
# a clock time alone ("midnight", "6 p.m.", "18:00 GMT"): dated by the day next to it, which the range moves too
_CLOCK_ONLY: Final = re.compile(r"(?i:midnight|noon|midday|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)(?:\s+[A-Z]{2,4})?")
_CLOCK_DOT: Final = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_WEEKDAY_SUFFIX: Final = re.compile(rf"{DAY_VALUE.pattern}(?P<rest>(?:T[0-9A-Z:]+)?)")


def _range_ends_after_start(text: str, out: list[DateMention], sentences: _Sentences) -> None:
    """A weekday that ends a range lies on or after the range's start: "a truce between 6 p.m. on Saturday and
    midnight on Monday" in a text of that Saturday runs to the Monday after it, whatever a past tense says of a
    bare "Monday" alone (the one before). When the start is a weekday too, the end lies in the week from it
    ("from Monday until Tuesday" said in the past does not run to a Tuesday a week later); after a written date
    it may lie further ("from Sept. 14 to Thursday"). The weekday (or a clock time dated by it) moves by whole
    weeks, its time kept; a written date is left as it is."""
    for k in range(1, len(out)):
        here = out[k]
        own = _WEEKDAY_SUFFIX.fullmatch(here.value.timex)
        if own is None or not _named_by_weekday(here):
            continue
        found = _range_start(text, out, k, sentences)
        if found is None:
            continue
        start, relative = found
        lag = (dt.date.fromisoformat(here.value.timex[:10]) - start).days
        if 0 <= lag <= (_WEEK if relative else lag):  # up to a week: "from Monday to Monday"
            continue
        with contextlib.suppress(ModelError, ValueError, OverflowError):
            moved = (start + dt.timedelta(days=lag % _WEEK or _WEEK)).isoformat() + own.group("rest")
            reason = f"the end of a range, not before its start {start}"
            out[k] = attrs.evolve(here, value=make_value(moved, basis=here.value.basis, reason=reason))


def _named_by_weekday(mention: DateMention) -> bool:
    """Whether a mention's day comes from a weekday (its last word) or is a clock time alone, dated by one."""
    last = mention.text.split()[-1].rstrip(".,").casefold()
    return lexicon().weekdays.get(last) is not None or _CLOCK_ONLY.fullmatch(mention.text) is not None


def _range_start(text: str, out: list[DateMention], k: int, sentences: _Sentences) -> tuple[dt.date, bool] | None:
    """The day that opens the range ``out[k]`` ends, and whether a weekday names it, or ``None`` when ``out[k]``
    ends no range: the first day named after a range's opening word, with a joining word between that day and
    ``out[k]``, no sentence end."""
    here = out[k]
    lo = max(0, here.start - _RANGE_SPAN)
    opener = None
    for m in _RANGE_OPENER.finditer(text, lo, here.start):
        opener = m
    if opener is None or any(
        _CLOCK_DOT.search(text, max(0, end - 5), end) is None
        for end, _next in sentences.breaks_between(opener.start(), here.start)
    ):
        return None  # a sentence ends between them (the period of "a.m."/"p.m." ends none)
    for prev in out[:k]:
        if prev.start < opener.end() or prev.end > here.start:
            continue
        day = DAY_VALUE.match(prev.value.timex)
        if day is None:
            continue
        joiner = None
        for m in _RANGE_WORD_IN.finditer(text, prev.end, here.start):
            joiner = m
        if joiner is None or not _only_glue(text, out, joiner.end(), here.start):
            return None
        return dt.date.fromisoformat(day.group()), _named_by_weekday(prev)
    return None


# what may stand between a range's joining word and its end besides other dates ("and noon on Friday (9 a.m.
# GMT)"): prepositions, brackets, a time zone; a clause ("..., the ministry said on Monday") may not
_GLUE: Final = re.compile(r"(?:[\s,()]|\b(?:on|at|the|of|local|time|[A-Z]{2,4})\b)*")


def _only_glue(text: str, out: list[DateMention], lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds nothing but mentions and the words of :data:`_GLUE`."""
    at = lo
    for m in out:
        if m.end <= lo or m.start >= hi:
            continue
        if _GLUE.fullmatch(text, at, max(at, m.start)) is None:
            return False
        at = max(at, m.end)
    return _GLUE.fullmatch(text, at, hi) is not None


# "..., the air force said on Saturday": the day of the saying that reports the night
_SAID_ON: Final = re.compile(
    r"\b(?:said|says|reported|announced|stated|added|wrote|claimed|confirmed)"
    r"(?:\s+in\s+a\s+statement)?[ \t]+(?:on[ \t]+)?$"
)
_SAYING_REACH: Final = 200  # characters from the night to the day of its saying


def _night_before_saying(text: str, out: list[DateMention], k: int) -> None:
    """An "overnight" reported under a day later in its sentence ("drones attacked overnight, the ministry
    said on Monday") is the night before that day, not before the publication date (which may lag it)."""
    here = out[k]
    for nxt in out[k + 1 : k + 4]:
        if nxt.start - here.end > _SAYING_REACH or re.search(r"[.!?]\s", text[here.end : nxt.start]):
            return
        day = DAY_VALUE.fullmatch(nxt.value.timex)
        if day is None or _SAID_ON.search(text, max(here.end, nxt.start - 60), nxt.start) is None:
            continue
        with contextlib.suppress(ModelError, ValueError, OverflowError):  # no night before 0001-01-01
            night = dt.date.fromisoformat(day.group()) - dt.timedelta(days=1)
            value = make_value(
                f"{night.isoformat()}TNI",
                basis=nxt.value.basis,
                reason=f"the night before the day of its saying ({nxt.text!r}: {nxt.value.reason})",
            )
            out[k] = attrs.evolve(here, value=value)
        return


_COORDINATED: Final = re.compile(r"\s*,?\s*(?:(?P<range>to|through|until|-|\u2013|\u2014)|and|or|&)\s*")


def _coordinated_weekdays(text: str, out: list[DateMention]) -> None:
    """A bare weekday joined to a weekday before it names a day of the same stretch, whatever the tense
    would say of it alone: the nearest such day ("this Tuesday and Wednesday", "Thursday and Friday's
    meetings", "statements made Friday and Thursday"), the next one after a range word ("from Friday to
    Monday")."""
    names = lexicon().weekdays
    for k in range(1, len(out)):
        prev, here = out[k - 1], out[k]
        weekday = names.get(here.text.rstrip(".").casefold())
        day = DAY_VALUE.match(prev.value.timex)
        if weekday is None or day is None or here.type is not TimexType.DATE:
            continue
        if names.get(prev.text.split()[-1].rstrip(".,").casefold()) is None:
            continue
        joint = _COORDINATED.fullmatch(text, prev.end, here.start)
        if joint is None:
            continue
        first = dt.date.fromisoformat(day.group())
        step = (weekday - first.isoweekday()) % 7
        if not joint.group("range") and step > 7 - step:  # "Friday and Thursday": the day before
            step -= 7
        with contextlib.suppress(ModelError, ValueError, OverflowError):
            target = (first + dt.timedelta(days=step)).isoformat()
            if step and here.value.timex != target:
                value = make_value(
                    target,
                    basis=prev.value.basis,
                    reason=f"the {here.text} after {prev.text!r} it is joined to ({prev.value.reason})",
                )
                out[k] = attrs.evolve(here, value=value)


_RANGE_REACH: Final = 30  # characters: a written date this close dates a year-less one even with a publication date
_EXPLICIT_YEAR: Final = re.compile(r"\d{4}(?:-\d\d)?")


# Rule range-side-of-written-date's gap between a range's two sides: a dash or a joining word of
# data/range_words.tsv (classes joiner and informal: "thru"), in any case of letters.
_RANGE_GAP: Final = re.compile(
    rf"\s*(?:-|\u2013|\u2014|{alternation([*range_words('joiner'), *range_words('informal')])})\s*", re.IGNORECASE
)
_RANGE_OPEN: Final = re.compile(r"(?i)\bbetween\s+(?:the\s+)?$")
_RANGE_KINDS: Final = frozenset({"md", "month"})


def _range_side(text: str, found: list[_Found], i: int, written: dict[int, str]) -> DateValue | None:
    """Rule range-side-of-written-date (:data:`RANGE_SIDE_OF_WRITTEN_DATE`): the value of the year-less
    ``found[i]`` when it is one side of a range whose other side is a date written with its year; else None."""
    f = found[i]
    if not text or f.spec.kind not in _RANGE_KINDS:
        return None
    for j, start in ((i + 1, True), (i - 1, False)):
        if not 0 <= j < len(found) or found[j].start not in written:
            continue
        other = found[j]
        gap = (
            _RANGE_GAP.fullmatch(text, f.end, other.start) if start else _RANGE_GAP.fullmatch(text, other.end, f.start)
        )
        if gap is None:
            continue
        joint = gap.group().strip().casefold()
        if (
            joint == "and"
            and _RANGE_OPEN.search(text, max(0, (f if start else other).start - 12), (f if start else other).start)
            is None
        ):
            continue
        return _on_side(f.spec, written[other.start], start=start, tail=other.spec.note == "range")
    return None


def _on_side(spec: Spec, timex: str, *, start: bool, tail: bool) -> DateValue | None:
    """The occurrence of ``spec`` on the side of the written date ``timex`` (a day or a month of a year) a
    range's ``start`` (or end) lies; ``tail``: the written side is a bare day number after the start ("March
    23-25, 2025"), the range one event's days (its start is the event's first day, as an item's date can be)."""
    if not DAY_VALUE.fullmatch(timex) and not re.fullmatch(r"\d{4}-\d\d", timex):
        return None
    first = dt.date.fromisoformat(timex if len(timex) == 10 else f"{timex}-01")
    last = first
    if len(timex) == 7:  # a month of a year: a start lies before its last day, an end after its first
        after = first.replace(day=28) + dt.timedelta(days=4)
        last = after - dt.timedelta(days=after.day)
    year = dt.timedelta(days=366)
    cands = candidates_in(spec, last - year, last) if start else candidates_in(spec, first, first + year)
    if not cands:
        return None
    pick = cands[-1] if start else cands[0]
    why = "the first day of a range" if tail else RANGE_START_WHY if start else "the end of a range"
    why = f"{why} whose other side is written with its year ({timex})"
    return make_value(pick[0], basis=Basis.CONTEXT, reason=why)


def _written_dates(found: list[_Found], text: str) -> list[tuple[int, str]]:
    """The dates written with their year (start, value): a year, a month of a year, a full date; with ``text``
    (no publication date) not a year that ends a period (feed rule ``year-as-limit``: "until 2025")."""
    explicit: list[tuple[int, str]] = []
    for f in found:
        if f.spec.kind == "fixed" and f.spec.explicit and _EXPLICIT_YEAR.fullmatch(f.spec.timex):
            if not (text and len(f.spec.timex) == 4 and year_bounds_a_period(text, f.start)):
                explicit.append((f.start, f.spec.timex))
        elif f.spec.kind == "fixed" and f.spec.explicit and DAY_VALUE.fullmatch(f.spec.timex):
            explicit.append((f.start, f.spec.timex))  # "Nov. 30, 2024", "2024-11-30"
        elif f.spec.kind == "md" and f.spec.explicit and f.spec.year:
            explicit.append((f.start, f"{f.spec.year:04d}-{f.spec.month:02d}-{f.spec.day:02d}"))
    return explicit


def _explicit_year_nearby(
    found: list[_Found],
    values: list[DateValue | None],
    sentence_of: Callable[[int], tuple[int, int]],
    reach: int | None,
    *,
    cage: tuple[dt.date, dt.date] | None = None,
    text: str = "",
    source: str = "",
) -> None:
    """A year-less date in a sentence that writes a year is read in that year.

    Beside a full date ("from Dec. 20, 2024 to Jan. 5") it is the occurrence nearest that date; beside a
    year or a month of a year ("in 2023, in March") the occurrence in that year. ``reach`` limits how
    far (in characters) the written date may be: with a publication date, only a date close by (a range,
    "between ... and ...") outweighs the tense, as a year elsewhere in a sentence often dates another event.
    With no publication date (``text`` given), a year that ends a period ("until 2025": the feed rule
    ``year-as-limit``) dates nothing else in its sentence. One side of a range whose other side is written with
    its year (``source``: the text) lies on its side of it (rule range-side-of-written-date).
    """
    explicit = _written_dates(found, text)
    if not explicit:
        return
    explicit.sort()  # by start: a sentence's written dates are found by bisection, not by a scan of all
    written = dict(explicit)
    explicit_starts = [start for start, _ in explicit]
    for i, f in enumerate(found):
        if f.spec.kind not in ("md", "month", "season", "holiday") or f.spec.explicit or f.spec.rel is not None:
            continue
        if f.spec.kind == "md" and f.spec.unit == "Y":  # rule year-phrase: "Jan. 3 this year" counts from the reference
            continue
        lo, hi = sentence_of(f.start)
        in_sentence = explicit[bisect.bisect_left(explicit_starts, lo) : bisect.bisect_left(explicit_starts, hi)]
        near = [
            (abs(start - f.start), timex)
            for start, timex in in_sentence
            if start != f.start and (reach is None or abs(start - f.start) <= reach)
        ]
        if not near:
            continue
        timex = min(near)[1]
        why = f"the date {timex} {WRITTEN_BESIDE_WHY}"
        with contextlib.suppress(ValueError, ModelError):
            if (side := _range_side(source, found, i, written)) is not None:
                values[i] = side
            elif DAY_VALUE.fullmatch(timex):
                ref = Reference(day=dt.date.fromisoformat(timex), basis=Basis.CONTEXT, why=why)
                values[i] = resolve(f.spec, ref, None, {})
            elif len(timex) == 7 and f.spec.kind in ("md", "month"):
                # beside a month of a year ("Vuhledar fell in October 2024, Kurakhove in January"): the
                # occurrence nearest that month
                ref = Reference(day=dt.date(int(timex[:4]), int(timex[5:]), 15), basis=Basis.CONTEXT, why=why)
                values[i] = resolve(f.spec, ref, None, {})
            else:
                found_in = occurrence(f.spec, int(timex[:4]))
                if found_in is not None:
                    values[i] = make_value(found_in[0], basis=Basis.CONTEXT, reason=why)
        value = values[i]
        if cage is not None and weekday_refuses_year(f.spec, value):  # feed rule weekday-over-sentence-year
            values[i] = None
            continue
        if cage is not None and value is not None and min(near)[0] > _RANGE_REACH and not _inside(value, cage):
            # without a publication date the window holds year-less dates: a year outside it, not close
            # by, dates another event of the sentence ("the summit runs from July 9 ... to mark the 75th
            # anniversary of the treaty of 1949"); close by it is the date's own ("In 2023, on Feb. 17")
            values[i] = None


def _inside(value: DateValue, win: tuple[dt.date, dt.date]) -> bool:
    return (
        value.earliest is not None and value.latest is not None and win[0] <= value.earliest and value.latest <= win[1]
    )


_DISCOURSE: Final = re.compile(rf"(?P<M>\d{{4}}-\d\d)|(?P<Q>\d{{4}}-Q[1-4])|(?P<D>{DAY_VALUE.pattern})|(?P<Y>\d{{4}})")
# a reporting period longer than a quarter and shorter than a year ("the first nine months", "the first
# half"): what is compared with "a year earlier" after it is that period, no longer the quarter named before
_DAY_PART: Final = re.compile(rf"{DAY_VALUE.pattern}T(?:MO|AF|EV|NI)")
_PERIOD_OVER_QUARTER: Final = re.compile(r"P(?:[4-9]|1[01])M|\d{4}-H[12]")


def _remember(discourse: dict[str, str], value: DateValue, spec: Spec) -> None:
    """Keep the last quarter, day, month and year the text named (not ones derived from them)."""
    t = value.timex
    if _PERIOD_OVER_QUARTER.fullmatch(t):
        discourse.pop("Q", None)
        return
    if "X" in t or spec.kind == "anaphor" or spec.note in ("ago", "earlier", "later", "latest", "latest in focus"):
        return
    if _DAY_PART.fullmatch(t):  # "overnight", "Friday night": the day last named for "the night before" only
        discourse["DP"] = t[:10]
        discourse["G"] = "D"
        if not t.endswith("NI"):  # rule day-of-its-part-in-focus (DAY_OF_ITS_PART_IN_FOCUS)
            discourse["D"], discourse["M"], discourse["Y"] = t[:10], t[:7], t[:4]
    kind = _DISCOURSE.fullmatch(t)
    if kind is not None and kind.lastgroup is not None:
        discourse[kind.lastgroup] = t
        discourse["G"] = kind.lastgroup  # the granularity of the date named last (see rule same-day-of-month)
        if kind.lastgroup == "D":
            discourse["DP"] = t
        # a day or a month also names its year, and a day its month ("on May 2, 1995 ... the following year")
        if kind.lastgroup in ("D", "M", "Q"):
            discourse["Y"] = t[:4]
        if kind.lastgroup == "D":
            discourse["M"] = t[:7]


_NO_SUCH_DAY: Final = "no such day"


def _no_such_day(value: DateValue, note: str) -> DateValue:
    """The month of a day no calendar has ("April 31"): uncertain and unresolved, the reason says why."""
    reason = f"{note}; the month named: {value.reason}" if value.reason else note
    return attrs.evolve(value, basis=Basis.UNRESOLVED, uncertain=True, reason=reason)


def _unresolved(spec: Spec, win: tuple[dt.date, dt.date]) -> DateValue | None:
    """A value for an expression nothing could anchor: the year (or more) stays X, bounded by the window."""
    if spec.kind in _YEARLESS:
        cands = candidates_in(spec, *win)
        if len(cands) == 1:
            timex, _, _ = cands[0]
            return make_value(timex, basis=Basis.WINDOW, reason="the only occurrence inside the window")
        if cands:
            return uncertain_among(
                spec, cands, "no year in the text, no publication date, and several occurrences inside the window"
            )
        # No occurrence inside the window: bounds that hold no day of the value would contradict it.
        return make_value(
            x_form(spec),
            basis=Basis.UNRESOLVED,
            uncertain=True,
            reason="no year in the text, no publication date, and no occurrence inside the window",
        )
    try:
        return make_value(
            x_form(spec),
            basis=Basis.UNRESOLVED,
            uncertain=True,
            earliest=win[0],
            latest=win[1],
            reason="relative to an unknown date: no publication date was given",
        )
    except ModelError:  # pragma: no cover
        return None


def _default_terms(sentence: str) -> list[tuple[Callable[[dt.date], bool], str]]:
    """The terms of office the actor registry (``data/actors.toml``) sees in ``sentence``."""
    from nato_ukraine_timeline._actors import term_bounds  # noqa: PLC0415 - the registry loads only when needed

    return [(ev.allows, ev.reason) for ev in term_bounds(sentence)]


def _document_terms(original: str, text: str, parts: list[tuple[int, int]]) -> TermsOf | None:
    """:func:`_default_terms` for the parts (items and sentences, by span) of a document ``parse`` is reading:
    the same answers, read from the mentions the actor finder found in the whole document where the part
    stands between sentence marks (``_actors.document_term_bounds``); ``None`` outside ``parse``."""
    from nato_ukraine_timeline._actors import document_term_bounds, term_bounds  # noqa: PLC0415 - as _default_terms

    bounds = document_term_bounds(original, text)
    if bounds is None:
        return None
    where: dict[str, tuple[int, int]] = {}
    for lo, hi in parts:
        where.setdefault(text[lo:hi], (lo, hi))  # (the same words read the same wherever they stand)

    def terms(part: str) -> list[tuple[Callable[[dt.date], bool], str]]:
        span = where.get(part)
        found = bounds(*span) if span is not None else term_bounds(part)
        return [(ev.allows, ev.reason) for ev in found]

    return terms


def reading_of(
    text: str,
    found: list[_Found],
    *,
    original: str | None = None,
    given: list[DateValue | None],
    win: tuple[dt.date, dt.date],
    order: str | None,
    sentence_of: Callable[[int], tuple[int, int]],
    terms_of: TermsOf | None,
    refs: list[Reference | None],
    tenses: _Tenses,
) -> FeedReading:
    """Resolve the year-less dates of a text with no publication date as a feed (``_feed``): one record
    per mention in, each mention's value or reference out (written into ``given``, ``refs``, ``tenses``)."""
    spans = split_items(text)
    starts = [a for a, _ in spans]
    records = [
        MentionRecord(
            index=i,
            start=f.start,
            end=f.end,
            spec=f.spec,
            item=max(0, bisect.bisect_right(starts, f.start) - 1),
            sentence=sentence_of(f.start),
            given=given[i],
        )
        for i, f in enumerate(found)
    ]
    terms = terms_of if terms_of is not None else _default_terms
    if terms_of is None and original is not None:
        terms = _document_terms(original, text, [*spans, *(rec.sentence for rec in records)]) or terms
    seen: dict[str, list[tuple[Callable[[dt.date], bool], str]]] = {}

    def terms_once(part: str) -> list[tuple[Callable[[dt.date], bool], str]]:
        # a sentence is read once, however many dates it holds, and an item that is one sentence
        # (with its line break) is that sentence: the titles of office in it are the same
        key = part.strip()
        if key not in seen:
            seen[key] = terms(part)
        return seen[key]

    def ages(part: str) -> list[tuple[Callable[[dt.date], bool], str]]:
        return age_bounds(part, win)  # rule event-age-bound: an item's own evidence, as its terms of office

    reading = resolve_feed(text, records, win, order, terms_once, tense_at=tenses.__getitem__, ages=ages)
    for rec in records:
        if rec.value is not None:
            given[rec.index] = rec.value
        if rec.ref is not None:
            refs[rec.index] = rec.ref
            if rec.nearest:
                tenses.clear(rec.index)
    return reading
