"""Regular expressions for temporal expressions, built from the word tables.

Each :class:`Rule` is a pattern with *named* groups and bounded repetition (no nested unbounded
quantifiers, so no input can make it backtrack catastrophically), a kind that tells the resolver what
the match means, and examples that one parametrised test runs. All rules are joined into one scanner
(:data:`SCANNER`), tried left to right at word starts; the first rule that matches at the leftmost
position wins, so the more specific rules come first. The winning rule's own pattern then re-reads
the matched span to give its named groups.
"""

# ruff: noqa: E501 - a rule's regex reads best on one line, as the alternation it is

from __future__ import annotations

import re
from functools import cache
from typing import Final

from attrs import frozen

from nato_ukraine_timeline._resources import alternation

from ._lexicon import holidays, lexicon, occasion_words, rate_nouns, tense_cues
from ._scan import IndexedScanner, combine

__all__ = ["RULES", "UNIVERSAL_ZONE", "YEAR_PHRASE", "Rule", "Scanner", "case_tolerant", "scanner"]

# Rule year-phrase (``_find.YEAR_PHRASE_RULE``): the year of a day or month counted from the reference's, written
# after it: ", last year", " of next year", " this year". Every day-and-month form reads this one piece (fragment
# {YEARPHRASE}; group ``ry``): a day ("March 3 last year"), the second day of a range ("March 3-5 last year", "3 to
# 5 March last year", which gives the head its year too), the second side of a range across months ("March 30 -
# April 2 last year") and a month ("March of last year").
YEAR_PHRASE: Final = r",?\s+(?:of\s+)?(?P<ry>this|last|next)\s+year(?![\w'\u2019-])"


@frozen(kw_only=True)
class Rule:
    """One recognition rule: a name (the kind of expression), its pattern and examples.

    ``examples`` pairs a phrase with the TIMEX3 value it gets when published on 2024-10-03 (a Thursday)
    in a past-tense sentence; the tests run every one.
    """

    name: str
    pattern: str
    examples: tuple[tuple[str, str], ...] = ()


def _alt(forms: list[str]) -> str:
    """An alternation of literal forms, longest first (so "Sept" is tried before "Sep"), a space literal."""
    return alternation(forms, space=r"\ ")


def _lower_months() -> list[str]:
    """The full month names a text may write in lower case as a date ("december 11"): all but "may" and "march",
    which are lower-case words of their own."""
    return [f for f in lexicon().months if (len(f) > 4 or f in {"june", "july"}) and f not in {"may", "march"}]


# The universal time zones, written in capitals: a time in them is the same instant everywhere ("0400 GMT"; rule
# zone-equivalent-day of _zones reads a local time's equivalent in them).
UNIVERSAL_ZONE: Final = r"(?-i:GMT|UTC)"


def _fragments() -> dict[str, str]:
    lex = lexicon()
    full_months = [f for f in lex.months if len(f) > 4 or f in {"may", "june", "july"}]
    abbr_months = [f for f in lex.months if f not in full_months]
    cap = [f.capitalize() for f in full_months] + [f.upper() for f in full_months]
    abbr = [f.capitalize() for f in abbr_months] + [f.upper() for f in abbr_months]
    # a month followed by a day or year may be abbreviated without a period ("Sep 3", "DEC 5" in a
    # capitalised dateline); alone, it needs one. Followed by a day or year, a full name may be written in lower
    # case, as list items of dated timelines do ("- december 11 ..."); alone it may not ("an august body")
    month_any = rf"(?:{_alt(abbr)})\.?|{_alt(cap + _lower_months())}"
    month_solo = rf"(?:{_alt(abbr[: len(abbr_months)])})\.|{_alt([c for c in cap if c.lower() != 'may'])}|May(?=\s*[,.;:)]|\s*$|\s+(?:and|or|to|through|until|last|this|next|of|when|as|the|a|an|after|before)\b)|(?:(?<=in )|(?<=between )|(?<=and )|(?<=since )|(?<=until )|(?<=by )|(?<=from )|(?<=through )|(?<=during )|(?<=of )|(?<=early )|(?<=late )|(?<=mid-)|(?<=\blast )|(?<=\bLast )|(?<=\bnext )|(?<=\bNext )|(?<=\bthis ))May|(?:(?<=\bthe )|(?<=\ba ))May(?=[ \t]+[a-z]{{3,}}\b)"
    # full weekday names also in capitals, as headlines and datelines write them ("ON FRIDAY")
    wd_full = [f.capitalize() for f in lex.weekdays if len(f) > 4] + [f.upper() for f in lex.weekdays if len(f) > 4]
    wd_abbr = [f.capitalize() for f in lex.weekdays if len(f) <= 4]
    weekday = rf"(?:{_alt(wd_full)})|(?:{_alt(wd_abbr)})\."
    units_ = list(lex.units)
    small = [w for w, v in lex.numbers.items() if v < 20 and w not in {"a", "an"}]
    tens = [w for w, v in lex.numbers.items() if 20 <= v < 100 and v % 10 == 0]
    units_words = [w for w, v in lex.numbers.items() if 1 <= v < 10 and w not in {"a", "an"}]
    numword = rf"(?:{_alt(tens)})(?:[- ](?:{_alt(units_words)}))?|(?:{_alt(small)})"
    number = (
        rf"\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?(?:\s\d/\d)?|(?:{numword}|a)\s+(?:hundred|thousand)|(?:{numword})"
        r"|hundreds|thousands"
    )
    ordinal = _alt(list(lex.ordinals))
    return {
        "HOURWORD": _hour_words(),
        "MONTH": f"(?-i:{month_any})",
        "MONTHSOLO": f"(?-i:{month_solo})(?!\\s+(?:for|of)\\s+(?:the\\s+)?(?-i:[A-Z]))",
        "WEEKDAY": f"(?-i:{weekday})",
        "YEARWORDS": _year_words(lex.numbers),
        "YEARPHRASE": YEAR_PHRASE,
        "UNIT": _alt(units_),
        # a calendar unit an anaphor counts by ("the year before", "the week after"): the singular names of
        # years, months, weeks and days in data/date_units.tsv
        "ANAUNIT": _alt([w for w in units_ if lex.units[w] in {"Y", "M", "W", "D"} and not w.endswith("s")]),
        "NUMWORD": numword,
        "NUM": number,
        "ORD": ordinal,
        "AGED": _alt(list(lex.aged)),
        "SEASON": _alt(list(lex.seasons)),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?:1[0-9]|20)\d\d(?![\d-])",
        "MOD": r"(?:(?i:early|mid|late)[- ]|(?i:the\s+)?(?i:end|beginning|start|middle|close|turn|rest|first\s+half|second\s+half)\s+of\s+(?:the\s+)?)",
        "POD": rf"(?:{_alt(list(lex.day_parts))})",  # data/day_parts.tsv
        # a 24-hour time right after a full date: a page's timestamp ("12.09.2025 23:51", "17 November 2024, 08:12")
        "DATETIME": r",?[ \t]+(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?!\s*(?i:[ap]\.?m\b))",
        # before a year: not a digit group of a longer number, nor a number of a room, flight, resolution...
        "NOTYEAR": r"(?<!\d\s)" + "".join(rf"(?<!{re.escape(w)}\s)" for w in _NUMBERED),
        # a 24-hour time written alone ("from 18:00", "around 21:45", "between 07:40 and 09:20") is a time only
        # right after a preposition of time (or the "and" of "between 07:40 and"): elsewhere "12:30" may be a score,
        # a ratio or a verse
        "AFTERPREP": r"(?=\d\d:)(?:(?<=\bat\s)|(?<=\bfor\s)|(?<=\bfrom\s)|(?<=\bto\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bsince\s)"
        r"|(?<=\baround\s)|(?<=\babout\s)|(?<=\bbetween\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bas\sof\s)|(?<=\d\d\sand\s))",
        "ZONE": r"(?-i:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|CET|CEST|EET|EEST|MSK|ET|PT)|local\s+time|Kyiv\s+time|Moscow\s+time",
        # a four-digit time followed by another that carries the zone: "(0440 and 0620 GMT)"
        # or by its GMT equivalent in brackets: "from 1800 (1500 GMT)" (rule zone-equivalent-day dates the second)
        "SHAREDZONE": rf"\s+(?:and|to)\s+(?:[01]\d|2[0-3])[0-5]\d\s*{UNIVERSAL_ZONE}\b"
        rf"|\s*\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*{UNIVERSAL_ZONE}\s*\)",
        "UTC": UNIVERSAL_ZONE,
        # the direction of a count of units from a reference ("two days ago", "a week later", "two days prior";
        # "prior to" is a preposition, no count back): rules ago and ago_a
        "COUNTDIR": r"(?:ago|earlier|later|prior(?!\s+to\b)|from\s+now|hence)",
        "QUANT": r"(?:about|around|approximately|nearly|almost|roughly|some|more\s+than|less\s+than|fewer\s+than|just\s+over|well\s+over|just\s+under|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|just|only|another|barely)",
    }


# words after which a four-digit number is a number, not a year
_NUMBERED: Final = (
    "room",
    "rooms",
    "no.",
    "nos.",
    "number",
    "flight",
    "resolution",
    "resolutions",
    "apartment",
    "suite",
    "route",
    "highway",
    "bus",
    "code",
    "ext.",
    "tel.",
    "phone",
    "hotline",
    "platform",
    "gate",
    "bill",
    "decree",
    "chapter",
    "page",
    "pages",
)


def _hour_words() -> str:
    """The hours of a 12-hour clock in words, "one" to "twelve" ("at ten in the morning")."""
    return _alt([w for w, v in lexicon().numbers.items() if 1 <= v <= 12 and w not in {"a", "an"}])


# an hour told by the part of the day instead of "a.m."/"p.m.": "at 4 in the morning", "from ten in the evening",
# "until 11 o'clock at night" (the clock rule's group hpod reads it), right after a preposition of time as a
# 24-hour time alone is (a count is no hour: "the strike killed two in the morning raid")
_HOUR_OF_DAY: Final = (
    r"(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
    r"|(?<=\baround\s)|(?<=\babout\s)|(?<=\bsince\s))"
    r"(?P<hw>1[0-2]|0?[1-9]|{HOURWORD})(?:[:.](?P<hmi>[0-5]\d))?(?:\s+o['\u2019]clock)?"
    r"\s+(?:in\s+the\s+(?P<hpod>morning|afternoon|evening)|at\s+(?P<hnight>night))"
)


def _year_words(numbers: dict[str, int]) -> str:
    """Years spoken in words: "nineteen ninety-four", "nineteen oh five", "two thousand and one"."""
    units = _alt([w for w, v in numbers.items() if 1 <= v <= 9 and w not in {"a", "an"}])
    teens = _alt([w for w, v in numbers.items() if 10 <= v <= 19])
    tens = _alt([w for w, v in numbers.items() if 20 <= v <= 90 and v % 10 == 0])
    two = rf"(?:{tens})(?:[- ](?:{units}))?|(?:{teens})|oh[- ](?:{units})"
    return (
        rf"(?:nineteen|eighteen)\s+(?:{two})|(?<=the year )two\s+thousand(?:\s+and\s+(?:{units}|{teens}))?"
        rf"|twenty\s+(?:{two})"
    )


def _format(pattern: str, frag: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z]+)\}", lambda m: f"(?:{frag[m.group(1)]})", pattern)


# The rules, most specific first. Patterns use {FRAGMENT} placeholders filled from the word tables; the
# scanner is case-insensitive except for month and weekday names (which keep "may" and "march" verbs out).
_RULE_SOURCES: Final = (
    Rule(
        name="iso",
        pattern=r"(?P<y>(?:1[0-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])",
        examples=(("2024-10-03", "2024-10-03"), ("2025-03-12T10:35:00Z", "2025-03-12T10:35")),
    ),
    Rule(
        name="numeric",
        pattern=r"(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:1[0-9]|20)\d\d)(?![\d/])"
        r"|(?P<da>[0-3]?\d)\.(?P<db>[0-3]?\d)\.(?P<dy>(?:1[0-9]|20)\d\d)(?![\d.]\d)){DATETIME}?",
        examples=(("10/3/2024", "2024-10-03"), ("24.02.2022", "2022-02-24"), ("12.09.2025 23:51", "2025-09-12T23:51")),
    ),
    Rule(
        name="dm_range",
        # "23 to 24 April", "3-4 March 2025": two days of one month, each its own expression
        pattern=r"(?P<d1>{DAY})\s*(?:-|\u2013|\u2014|to|and|through|until)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR})|{YEARPHRASE})?(?![\w-])",
        examples=(
            ("23 to 24 September", "2024-09-23"),
            ("3-4 March 2025", "2025-03-04"),
            ("3-4 March last year", "2023-03-03"),
        ),
    ),
    Rule(
        name="pod_of",
        # "in the afternoon": the part of the day last named. ("the night of Oct. 23" is read after the
        # resolution, by the rule night-of-day of _find: a night of the real-news gold, not TempEval-3's day.)
        # "during the night", "through the night": a night reported as "overnight" is (see the day_part rule)
        pattern=r"(?=the\s)(?:(?:(?<=in\s)|(?<=during\s)|(?<=by\s)|(?<=until\s)|(?<=into\s))the\s+(?P<pod2>morning|afternoon|evening)(?![\w-])|(?:(?<=during\s)|(?<=through\s))the\s+(?P<night>night)(?![\w-])(?!\s+(?:of|before|after|shift|train|sky|club|watch)\b)(?!\s+(?:of|news|show|paper|papers|edition|briefing|session|sessions|rush|call|star|light|prayers?)\b))",
        # "talks went on into the evening": the part of the day the act ran into ("into the night" is left out:
        # its night is the coming one in a clause ahead, which the night's reading here does not give)
        examples=(
            ("in the afternoon", "2024-10-03TAF"),
            ("during the night", "2024-10-02TNI"),
            ("into the evening", "2024-10-03TEV"),
        ),
    ),
    Rule(
        name="pod_before",
        # "the evening before", "the previous night": that part of the day before the day last named (a
        # report of Tuesday about drones seen "the evening before"); "the night before the vote" is left
        # alone (its anchor is the event after it, not a day named)
        pattern=r"the\s+(?:(?:previous|preceding)\s+(?P<pod>{POD})|(?P<podb>{POD})\s+before(?=\s*[,.;:!?)\"\u201d]|\s*$|\s+(?:and|or|but|when|as|while|with|in|at|to|from|near|over)\b))(?![\w-])",
        examples=(
            ("the evening before", "2024-10-02TEV"),
            ("the previous night", "2024-10-02TNI"),
        ),
    ),
    Rule(
        name="unit_before",
        # rule unit-before-after: "the day before", "the year before", "the week after", "the day prior" closed
        # (at the end of a clause, before a comma or a conjunction) count one unit from the time in focus: the
        # day, month or year the text named last (the day's week for a week), else the reference day, as "the
        # previous year" and "the previous day" do ("rose 2% the day before, after ..."; "down from 50 tons the
        # year before"). With an object ("the day before yesterday", "the week before Christmas", "the day
        # after the vote") the words are not this rule's: their anchor is the thing named after them. Rule
        # unit-before-last: "the year before last", "the week after next", closed the same way, are two units
        # before (after) the reference's: the one before "last year", after "next week" (deictic, as "last year").
        pattern=r"the\s+(?:(?P<u>{ANAUNIT})\s+(?:(?P<far>before\s+last|after\s+next)|(?P<dir>before|after))(?=\s*[,.;:!?)\"\u201d]|\s*$|\s+(?:and|or|but|when|as|while|with|in|at|to|from|near|over|than)\b)|(?P<dayp>day)\s+prior(?=\s*[,.;:!?)\"\u201d]|\s*$|\s+(?:and|or|but|that|when|as|while|with|in|at|from)\b))(?![\w-])",
        examples=(
            ("the day before", "2024-10-02"),
            ("the day prior", "2024-10-02"),
            ("the day after", "2024-10-04"),
            ("the year before", "2023"),
            ("the month after", "2024-11"),
            ("the week before", "2024-W39"),
            ("in 2019, up from 30 tons the year before", "2018"),
            ("in March 2021 and again the month after", "2021-04"),
            ("on Friday, Jan. 10, 2025; the week before, the talks had stalled", "2025-W01"),
            # rule unit-before-last: "the year before last", "the week after next": two units from the reference's
            # (the unit before "last year", the one after "next week"), as "last year" itself counts from it
            ("the year before last", "2022"),
            ("the week after next", "2024-W42"),
            ("the month before last, officials said", "2024-08"),
            ("the day after next", "2024-10-05"),
        ),
    ),
    Rule(
        name="pod_anaphor",
        # a part of the day told from the story's own day: "the next morning", "the following evening" are that
        # part of the day after the day last named (as "the next day" is that day); "that night", "that same
        # evening", "the same afternoon" are that part of the day last named, else of the reference day (as "the
        # same day" is)
        pattern=r"(?:the\s+(?P<next>next|following)|that(?:\s+(?:very|same))?|the\s+(?:very\s+)?same)\s+(?P<pod>{POD})(?![\w-])",
        examples=(
            ("On Tuesday the envoy landed in Kyiv and met the president the next morning", "2024-10-02TMO"),
            ("On Tuesday the envoy landed in Kyiv. That night drones attacked the city", "2024-10-01TNI"),
            ("the same evening", "2024-10-03TEV"),
        ),
    ),
    Rule(
        name="full",
        pattern=r"(?P<weekof>the\s+week\s+of\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<m>{MONTH})\s*(?P<d>{DAY}),?\s+(?P<y>{YEAR})"
        r"|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})){DATETIME}?",
        examples=(
            ("Feb. 17, 2025", "2025-02-17"),
            ("17 February 2025", "2025-02-17"),
            ("Monday, Feb. 17, 2025", "2025-02-17"),
            ("Sunday, 17 November 2024, 08:12", "2024-11-17T08:12"),
            ("the week of March 6, 2000", "2000-W10"),
        ),
    ),
    Rule(
        name="month_year",
        # rule month-of-year-anaphor: "August of the previous year", "May of the following year": the month of the
        # year counted from the year in focus (as "the previous year" alone is), else from the reference's
        pattern=r"{MOD}?(?P<m>{MONTH})(?:{YEARPHRASE}|,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<yw>{YEARWORDS})"
        r"|(?<=of\s)the\s+(?P<ana>previous|preceding|following)\s+year\b))",
        examples=(
            ("August of the previous year", "2023-08"),
            ("May of the following year", "2025-05"),
            ("July 1997", "1997-07"),
            ("June last year", "2023-06"),
            ("mid-March 2024", "2024-03"),
            ("January nineteen ninety-seven", "1997-01"),
        ),
    ),
    Rule(
        name="md",
        pattern=r"(?P<weekof>the\s+week\s+of\s+)?(?:(?P<rel>this\s+coming|this\s+past|last|next|this)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?"
        r"(?:(?P<m>{MONTH})\s*(?P<d>{DAY})(?!\s*(?:%|percent|million|billion|[ap]\.?m\b))|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})"
        r"|(?P<m3>{MONTH})\s+(?:the\s+)?(?P<o>{ORD}))"
        # "July 28 this year", "Sept. 12 of this year", "March 3 last year": one date, its year counted from now
        r"(?:{YEARPHRASE})?(?!\w|-\D)",
        examples=(
            ("Feb. 17", "2024-02-17"),
            ("July 28 this year", "2024-07-28"),
            ("Sept. 12 of last year", "2023-09-12"),
            ("17 February", "2024-02-17"),
            ("September 3rd", "2024-09-03"),
            ("Sept. 3", "2024-09-03"),
            ("the week of March 6", "2024-W10"),
        ),
    ),
    Rule(
        name="dom",
        # a day of the month by its ordinal alone, closing its phrase after a preposition ("could be decided on
        # the 17th.", "on the morning of the 19th,"): that day of the month last named, else of the reference's
        # month or a neighbour's by the tense ("the 17th century", "the 23rd summit" are no such day)
        pattern=r"(?=the\s)(?:(?<=\bon\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
        r"the\s+(?P<dn>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=[ \t]*[,.;:!?)]|[ \t]*$|\s+(?:and|or|but)\b)",
        examples=(("on the 17th", "2024-09-17"),),
    ),
    Rule(
        name="holiday",
        pattern=r"(?:(?P<rel>last|next|this|this\s+year's|last\s+year's|next\s+year's)\s+)?(?P<h>{HOLIDAYS})(?:,?\s+(?P<y>{YEAR}))?(?P<hweek>\s+week)?(?![\w-])",
        examples=(
            ("Christmas", "2023-12-25"),
            ("Easter", "2024-03-31"),
            ("Easter 2025", "2025-04-20"),
            ("Easter week", "2024-W13"),
        ),
    ),
    Rule(
        name="anchored",
        # a day dated by an occasion of data/date_anchors.tsv (or the eve of a holiday): "the third anniversary"
        # (of the Russian invasion), "the 1,000th day" (of the full-scale war), "the eve" (of Christmas);
        # the span leaves out the "of ..." part, as the gold convention tags it. An occasion that anchors another
        # span ("a month before the third anniversary", "since the eve of ...") is left to that span.
        pattern=r"(?<!before\s)(?<!after\s)(?<!ahead\sof\s)(?<!since\s)(?<!until\s)(?<!following\s)the\s+(?:(?P<nth>{ORD}|\d{1,3}(?:st|nd|rd|th))\s+anniversary|(?P<yrs>{NUMWORD}|\d{1,3})-year\s+anniversary"
        r"|(?P<dn>(?:\d{1,3}(?:,\d{3})?|\d{4})(?:st|nd|rd|th)|{ORD})\s+day|(?P<eve>eve))"
        # The occasion: an optional article or owner ("Russia's", not paired with every head), an optional date
        # that must be the occasion's own ("Russia's February 2022 invasion"), then its head; a head that goes
        # on with "of" or a capitalised word names another occasion ("the Russian invasion of Georgia",
        # "Victory Day": a holiday, whose anniversaries the gold leaves to the holiday's own mention).
        r"(?=\s+of\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+)?(?:(?P<a>(?:(?:the\s+)?(?P<aown>{OWNERS})\s+|the\s+)?"
        r"(?:(?:(?P<amon>{MONTH})\s+(?:(?P<aday>{DAY}),?\s+)?)?(?P<ayear>(?:19|20)\d\d)\s+)?(?P<ahead>{ANCHORS}))"
        r"(?!\s+of\b|[ \t]+(?-i:[A-Z]))|(?P<h>{HOLIDAYS}))(?![\w-]))",
        examples=(
            ("the fourth anniversary of Russia's full-scale invasion", "2026-02-24"),
            ("the second anniversary of the full-scale war in Ukraine", "2024-02-24"),
            ("the 79th anniversary of the end of World War Two", "2024-05-09"),
            ("the three-year anniversary of the Russian invasion", "2025-02-24"),
            ("the 1,100th day of Russia\u2019s full-scale war in Ukraine", "2025-02-27"),
            ("the eve of Christmas", "2023-12-24"),
            ("the 11th anniversary of annexation of Crimea", "2025-03-18"),
            ("the second anniversary of Russia's February 2022 invasion", "2024-02-24"),
            ("the 80th anniversary of the victory", "2025-05-09"),
            ("the 500th day of Russia's full-scale aggression against Ukraine", "2023-07-08"),
            ("the second anniversary of Russia's full-scale aggression", "2024-02-24"),
        ),
    ),
    Rule(
        name="decade",
        pattern=r"(?:(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)[- ]?)?(?:(?P<dec>(?:1[0-9]|20)\d0)'?s|'(?P<dec2>\d0)s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])",
        examples=(("the 1990s", "199"), ("the late 1970s", "197"), ("the nineties", "199")),
    ),
    Rule(
        name="winter_span",
        # a winter named by the two years it spans: "the 2024/25 winter", "winter 2022-23", "the winter of 2024-2025"
        pattern=r"(?:(?:the\s+)?winter\s+(?:of\s+)?(?P<y1>{YEAR}|(?:1[89]|20)\d\d)\s*[/\u2013-]\s*(?P<y2>\d\d(?!\d)|{YEAR})"
        r"|(?:the\s+)?(?P<y3>(?:1[89]|20)\d\d)\s*[/\u2013-]\s*(?P<y4>\d\d(?!\d)|{YEAR})\s+winter)(?![\w-])",
        examples=(
            ("the 2024/25 winter", "2024-WI"),
            ("winter 2022-23", "2022-WI"),
            ("the winter of 2024-2025", "2024-WI"),
        ),
    ),
    Rule(
        name="century",
        pattern=r"(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<o>{ORD}))[- ]century(?![\w-])",
        examples=(("the 20th century", "19"), ("the twentieth century", "19")),
    ),
    Rule(
        name="quarter",
        pattern=r"(?:(?P<det>the|this|last|next|a|that)\s+)?(?:(?P<y>{YEAR})\s+|(?P<ry>this|last|next)\s+year's\s+)?"
        r"(?:(?P<adj>fiscal|calendar|current|latest|previous|flat|weak|strong|year-earlier|year-ago|comparable|fiscal-)\s*){0,2}"
        r"(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last(?=\s+(?:quarter|half)\s+of\s+(?:{YEAR}|(?:the|this|last|next)\s+year\b)))\s+(?P<u>quarter|half)"
        r"|(?P<pair>first|last)\s+two\s+quarters(?=\s+of\s+(?:{YEAR}|(?:the|this|last|next)\s+year\b)))(?:\s+of\s+(?:(?P<y2>{YEAR})|(?:the|this)\s+(?P<cy>year)|(?P<ry2>last|next)\s+year))?(?![\w-])",
        examples=(
            ("the third quarter", "2024-Q3"),
            ("the 1988 second quarter", "1988-Q2"),
            ("the first half", "2024-H1"),
            ("the second half of the year", "2024-H2"),
            ("the first quarter of next year", "2025-Q1"),
            ("the last half of 1989", "1989-H2"),
            ("the last quarter of the year", "2024-Q4"),
            # two quarters of a named year are its half
            ("the first two quarters of 2026", "2026-H1"),
            ("the last two quarters of next year", "2025-H2"),
        ),
    ),
    Rule(
        name="quarter_adj",
        pattern=r"(?:fiscal[- ])?(?P<q>first|second|third|fourth)-(?P<u>quarter|half)(?![\w-])",
        examples=(("third-quarter", "2024-Q3"),),
    ),
    Rule(
        name="quarter_ref",
        # (the longer forms first: an alternation takes its first branch that matches, not the longest)
        pattern=r"(?P<k>the\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"
        r"|the\s+(?:comparable|same)\s+year-(?:ago|earlier)\s+(?:quarter|period)"
        r"|the\s+(?:latest|last|past|previous|current|same|year-earlier|year-ago|comparable|corresponding|recent)"
        r"\s+(?:quarter|period)|this\s+quarter|last\s+quarter|next\s+quarter|the\s+quarter|that\s+quarter|(?:last|this|next)\s+year's\s+(?:quarter|period)"
        r"|the\s+(?P<py>{YEAR})\s+(?:quarter|period)|year-earlier|year-ago)(?![\w-])",
        examples=(
            ("the latest quarter", "2024-Q3"),
            ("last quarter", "2024-Q3"),
            ("this quarter", "2024-Q4"),
            ("the same period a year earlier", "2023-Q3"),
            ("the quarter a year ago", "2023-Q3"),
        ),
    ),
    Rule(
        name="fiscal",
        pattern=r"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<y>{YEAR}|'\d\d)|(?-i:FY)\s?(?P<fy>{YEAR}|'?\d\d)(?![\w-])",
        examples=(("fiscal 1998", "1998"), ("fiscal year 2026", "2026"), ("FY2025", "2025"), ("FY25", "2025")),
    ),
    Rule(
        name="ago",
        pattern=r"(?:{QUANT}\s+)?(?:(?P<n>{NUM})(?:\s+(?:or|to)\s+(?P<alt>{NUM}))?(?P<half>\s+and\s+a\s+half)?|(?P<few>a\s+few|several|a\s+couple(?:\s+of)?|many|some))"
        r"\s+(?P<u>{UNIT})\s+(?:or\s+so\s+)?(?P<dir>{COUNTDIR})(?![\w-])(?!\s+than\b)",
        examples=(
            ("two years ago", "2022"),
            ("four or six weeks ago", "PAST_REF"),
            ("three days ago", "2024-09-30"),
            ("48 hours earlier", "PT48H"),
            ("two days prior", "2024-10-01"),  # "prior" as an adverb ("prior to" is a preposition: no count back)
            ("a couple days ago", "PAST_REF"),  # informal "a couple" without "of"
            ("more than two and a half years ago", "2022-04"),
        ),
    ),
    Rule(
        name="ago_a",
        pattern=r"(?:{QUANT}\s+)?(?P<n>a|an|one)\s+(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?\s+(?:or\s+so\s+)?"
        r"(?P<dir>{COUNTDIR})(?![\w-])(?!\s+than\b)",
        # "a year earlier than planned": a comparison; the stretch alone is the expression (duration_a)
        examples=(("a year ago", "2023"), ("a week ago", "2024-09-26"), ("a year and a half ago", "2023-04")),
    ),
    Rule(
        name="rel_edge",
        pattern=r"(?P<mod>(?:early|earlier|late|later|mid)[- ])(?P<rel>this|last|next|the\s+past|the\s+coming)\s+(?P<u>year|month|week|decade|century|quarter|spring|summer|autumn|fall|winter)(?![\w-])"
        r"|(?P<mod2>earlier|later)\s+(?P<that>that|the\s+same)\s+(?P<u2>day|week|month|year)(?![\w-])",
        examples=(
            ("earlier this month", "2024-10"),
            ("late last year", "2023"),
            ("early next year", "2025"),
            ("later that day", "2024-10-03"),
        ),
    ),
    Rule(
        name="edge_of",
        pattern=r"(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?P<u>year|month|week|decade|century|quarter)(?![\w-])"
        r"|(?P<u4>year)(?:-|['\u2019]s\s+|\s+)end(?![\w-])"
        r"|(?:earlier|later)\s+in\s+the\s+(?P<u2>year|month|week|day)(?![\w-])|(?:(?<=throughout\s)|(?<=during\s))the\s+(?P<u3>day)(?![\w-])(?!\s+(?:of|before|after)\b|\s+(?-i:[A-Z0-9]))",
        examples=(
            ("the end of this year", "2024"),
            ("the end of the month", "2024-10"),
            ("earlier in the year", "2024"),
            ("earlier in the day", "2024-10-03"),
            ("throughout the day", "2024-10-03"),
            ("year-end", "2024"),
            ("by year's end", "2024"),
            ("by year end", "2024"),
        ),
    ),
    Rule(
        name="rel_month",
        pattern=r"{MOD}?(?P<rel>this|last|next|this\s+past|this\s+coming|past|coming)\s+(?P<m>{MONTHSOLO})(?![\w-])",
        examples=(
            ("last April", "2024-04"),
            ("next May", "2025-05"),
            ("this September", "2024-09"),
            # after "last", "next", "this", capital "May" is the month whatever word follows (synthetic)
            ("last May without", "2024-05"),
            ("next May too", "2025-05"),
        ),
    ),
    Rule(
        name="rel_season",
        pattern=r"(?:the\s+(?=(?:(?:early|mid|late)[- ])?(?:{SEASON})(?:\s+of\s+(?:{YEAR}|{YEARWORDS})|\s+season\b|\s*[,.;:!?)]|\s+(?:and|or|to|when|as|after|before|in|on|at|with|for|that|which|was|is|will|had|has|if|unless|because|despite|amid|but|so|of\s+(?:this|last|next|that)\s+year)\b|\s*$)))?"
        r"{MOD}?(?:(?P<rel>this|last|next|this\s+past|this\s+coming|past|coming)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<yw>{YEARWORDS}))|\s+season(?![\w-]))?(?![\w-])",
        examples=(
            ("this winter", "2024-WI"),
            ("last fall", "2023-FA"),
            ("summer 1990", "1990-SU"),
            ("the summer of 2023", "2023-SU"),
            ("the early summer", "2024-SU"),
            ("the winter season", "2024-WI"),  # the season named with its noun: one expression
            ("autumn season", "2024-FA"),
        ),
    ),
    Rule(
        name="year_season",
        pattern=r"(?P<y>{YEAR})\s+(?P<s>{SEASON})(?![\w-])",
        examples=(("1990 summer", "1990-SU"),),
    ),
    Rule(
        name="weekend",
        # also "weekend" after a describing word ("had a good weekend"): the weekend nearest in the
        # clause's tense, as "the weekend" ("a weekend of talks" is a stretch; "a weekend attack" is left
        # to the event that names it)
        pattern=r"(?:(?P<rel>the\s+upcoming|upcoming|the|this|last|next|this\s+past|this\s+coming|that)\s+weekend(?![\w-])"
        r"|(?<=[a-z]\s)(?<!\ba\s)(?<!\ban\s)(?<!\bone\s)(?<!\bevery\s)(?<!\beach\s)weekend(?![\w-])(?!\s+(?:of\s|[a-z])))",
        examples=(
            ("the weekend", "2024-W39-WE"),
            ("next weekend", "2024-W41-WE"),
            ("the upcoming weekend", "2024-W40-WE"),
            ("had a good weekend", "2024-W39-WE"),
        ),
    ),
    Rule(
        name="rel_unit",
        # rule stretch-ahead-or-back: after "over", "within", "throughout" or "during", "the next (coming, last)
        # year" is the stretch of one unit from the reference, a duration, as "the past year" always is; so is
        # "for the next (coming) year". Not a possessive ("for the next year's budget": the calendar year), not
        # "the last week" after "for" nor a span made rough by "or so": TempEval-3 tags "for the last week" and
        # "over the next year or so" as the calendar week and year
        pattern=r"(?P<stretch>(?:(?<=\bover\s)|(?<=\bOver\s)|(?<=\bwithin\s)|(?<=\bWithin\s)|(?<=\bthroughout\s)"
        r"|(?<=\bduring\s)|(?<=\bfor\s)(?!the\s+last\b))(?=the\s+(?:next|coming|last)\s+"
        r"(?:year|month|week|decade|century)(?![\w'\u2019-])(?!\s+or\s+so\b)))?"
        r"(?P<rel>this|last|next|past|previous|coming|current|following|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+current|the\s+following|the\s+(?:very\s+)?same|that\s+(?:very\s+)?same|that\s+very|that|the\s+latest|the\s+very\s+(?:next|following|previous))"
        r"(?:\s+(?P<adj>fiscal|calendar|full))?\s+(?P<u>year|month|week|decade|century|day)(?![\w-])",
        examples=(
            ("this week", "2024-W40"),
            ("last year", "2023"),
            ("next month", "2024-11"),
            ("the past year", "P1Y"),
            ("over the past week", "P1W"),
            ("over the past decade", "P10Y"),  # the ten years up to now, not the 2010s
            ("over the next decade", "P10Y"),  # rule stretch-ahead-or-back
            ("within the next year", "P1Y"),
            ("over the last week", "P1W"),
            ("the funds for the next year's budget", "2025"),
            ("he has been away for the last week", "2024-W39"),
            ("the next year", "2025"),
            ("the very same day", "2024-10-03"),
            ("On Tuesday he resigned and left the party that same day", "2024-10-01"),
            # rule previous-week-of-focus: "the previous week", "the following week" count from the week of the day
            # in focus (the day named last), as "the previous year" counts from the year in focus; else the reference's
            ("on Friday, Jan. 10, 2025; the previous week, the talks had stalled", "2025-W01"),
            ("on Friday, Jan. 10, 2025; the following week, the talks resumed", "2025-W03"),
        ),
    ),
    Rule(
        name="gathering_day",
        # a day of a gathering by its rank ("the second day of the conference", "the third day of his visit";
        # the nouns of cue scheduled_event in data/tense_cues.tsv): the day the text named last, which news
        # names just before it ("On Saturday, Feb. 15, the second day of ..."; "envoys met on Monday ...
        # in the first day of the three-day talks"), else the reference day. The span leaves out "of ...".
        pattern=r"(?<!\bis\s)(?<!'s\s)(?<!\u2019s\s)the\s+{ORD}\s+day"
        r"(?=\s+of\s+(?:the|a|an|this|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?{GATHERINGS}\b)",
        examples=(("On Friday, Oct. 4, the second day of the conference began", "2024-10-04"),),
    ),
    Rule(
        name="running_day",
        # rule running-day-count: a day of something still going on counted from its start, second or later ("fighting
        # went on for a third day", "on the second day of the forum", "the 12th day of the siege"): the day the text
        # named last (news names it just before: "said on Monday ... a second day of fighting"), else the reference
        # day. Not "the first day" (often the start, long past), nor a count past the 31st ("the 1,000th day": its
        # day follows from a start the text may not give), not a day of a month or year ("the second day of May"),
        # not the day counted from an event ("the third day after the strike"; "for a third day after the troops
        # crossed" is the running count again), nor "every second day"
        pattern=r"(?<!\bis\s)(?<!'s\s)(?<!\u2019s\s)(?<!\bevery\s)(?:the\s+{RUNDAY}(?!\s+after\b)|a\s+{RUNDAY})"
        r"(?!\s+(?:before|since|following|later|earlier|ago|in\s+a\s+row|of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:month|year|week|{MONTH})\b))",
        examples=(
            ("fighting went on for a third day", "2024-10-03"),
            ("on Tuesday, the second day of the forum", "2024-10-01"),
            ("fighting went on for a 3rd day after the raid", "2024-10-03"),
        ),
    ),
    Rule(
        name="day_count",
        # the day of a running count said of the present: "today is the eighth day of the operation", "it's
        # the second day of the offensive", and a count standing alone as a sentence ('"Kursk region. Day
        # three."'): the reference day. Elsewhere ("on Day 1 of his presidency") the count's start is not
        # known, so it is left alone.
        pattern=r"(?:(?<=\bis\s)|(?<='s\s)|(?<=\u2019s\s)|(?<=\bmarks\s))(?:the\s+)?(?P<o>{ORD})\s+day(?=\s+of\b)"
        r"|(?<=[.:!?]\s)(?-i:Day)\s+(?P<n>\d{1,4}|{NUMWORD})(?=[.!])",
        examples=(
            ("what is the eighth day of the operation", "2024-10-03"),
            ("it's the second day of talks", "2024-10-03"),
        ),
    ),
    Rule(
        name="day_word",
        pattern=r"(?:(?P<mod>early|late|earlier|later|mid-?afternoon|mid-?morning)\s+)?"
        r"(?P<w>today|yesterday|tomorrow|tonight|the\s+day\s+after\s+tomorrow|the\s+day\s+before\s+yesterday)"
        r"(?:\s+(?P<pod>{POD}))?(?![\w-])",
        examples=(
            ("yesterday", "2024-10-02"),
            ("tomorrow", "2024-10-04"),
            # in the examples' past-tense frame ("it happened tonight"): the night just gone (rule night-just-gone)
            ("tonight", "2024-10-02TNI"),
            ("the day after tomorrow", "2024-10-05"),
            ("the day before yesterday", "2024-10-01"),
        ),
    ),
    Rule(
        name="day_part",
        pattern=r"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>{POD})(?![\w-])|(?P<mid>mid[- ]?(?:morning|afternoon))(?![\w-])"
        # rule night-just-gone (_dates/_gone.py): "this past night", "the past night" are the night before
        r"|(?P<overnight>overnight|(?:this|the)\s+past\s+night)(?![\w-])",
        examples=(
            ("last night", "2024-10-02TNI"),
            ("overnight", "2024-10-02TNI"),
            ("the past night", "2024-10-02TNI"),
            ("this morning", "2024-10-03TMO"),
            ("mid-afternoon", "2024-10-03TAF"),
        ),
    ),
    Rule(
        name="weekday_set",
        pattern=r"(?:(?:every|each)\s+(?P<wd>{WEEKDAY})|(?P<wp>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)))(?:\s+(?P<pod>{POD}s?))?(?![\w-])",
        examples=(("every Sunday", "XXXX-WXX-7"), ("Tuesdays", "XXXX-WXX-2")),
    ),
    Rule(
        name="weekday",
        pattern=r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past)\s+|(?P<prev>the\s+(?:previous|preceding))\s+)?"
        r"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD})|\s+(?P<week>(?:of\s+)?(?:last|next|this)\s+week))?(?![\w-])",
        examples=(
            ("Friday", "2024-09-27"),
            ("last Monday", "2024-09-30"),
            ("Thursday morning", "2024-10-03TMO"),
            ("the previous Friday", "2024-09-27"),
        ),
    ),
    Rule(
        name="set",
        pattern=r"(?P<e>every|each|once\s+a|twice\s+a|once\s+every|once\s+per|per(?=\s+(?:day|week|month|year)\b))\s+(?:(?:single|passing)\s+)?(?:(?P<n>{NUM})\s+)?(?:other\s+)?(?P<u>{UNIT}|morning|evening|night|(?P<m>{MONTHSOLO})|(?P<s>{SEASON}))(?![\w-])(?!\s+of\b)"
        r"|(?P<adv>daily|weekly|monthly|yearly|annually|annual|hourly|nightly|biweekly|fortnightly)(?![\w-])(?!\s+(?:{RATES})\b)",
        # an adjective of recurrence is a set as its adverb is ("a daily briefing", "the annual meeting"), not
        # before a noun of an amount per period (data/rate_nouns.tsv: "annual sales", "a daily record")
        examples=(
            ("every day", "P1D"),
            ("weekly", "P1W"),
            ("each year", "P1Y"),
            ("every two weeks", "P2W"),
            ("the annual meeting", "P1Y"),
            ("every single day", "P1D"),
            ("56 hours per week", "P1W"),  # a rate per calendar unit, as "every week" ("per second" is a measure)
        ),
    ),
    Rule(
        name="clock",
        # a word of approximation before the time ("around 21:45", "about 10:35 a.m.") is left out of the span,
        # as the real-news gold (8 of 11) and TempEval-3 tag it
        pattern=r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?-i:[ap]\.m\.|[ap]\.m(?![\w.])|[ap]m\b|[AP]M\b|[AP]\.M\.))|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:GMT|UTC|CET|local|hours|Kyiv|Moscow|Brussels))|{AFTERPREP}(?P<h24p>[01]\d|2[0-3]):(?P<mi24p>[0-5]\d)(?![\d:]|[.,]\d)|(?P<h24b>[01]\d|2[0-3])(?P<mi24b>[0-5]\d)(?=\s*{UTC}\b|{SHAREDZONE})|(?P<noon>noon|midnight|midday)|"
        + _HOUR_OF_DAY
        + r")"
        # "00:30 (Kyiv time) on Tuesday": the zone may stand in brackets, or right after the digits ("1808GMT")
        r"(?:\s+(?P<tz>{ZONE})|(?<=\d){UTC}|\s+\((?:{ZONE})\))?"
        r"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<dw>today|yesterday|tomorrow)|(?P<m>{MONTH})\s*(?P<d>{DAY})(?:,\s*(?P<y>{YEAR}))?))?(?![\w-])",
        examples=(
            ("10 p.m.", "2024-10-03T22:00"),
            ("from 18:00", "2024-10-03T18:00"),  # a 24-hour time with two-digit hours after a preposition of time
            ("scheduled for 11:00", "2024-10-03T11:00"),  # the time set for a hearing, a vote, a call
            ("as of 16:00", "2024-10-03T16:00"),  # the time a count was made
            ("between 07:40 and 09:20", "2024-10-03T09:20"),
            ("noon Saturday", "2024-09-28T12:00"),
            ("7:15 p.m.", "2024-10-03T19:15"),
            ("0400 GMT", "2024-10-03T04:00"),
            ("1745GMT", "2024-10-03T17:45"),
            ("0310 and 0450 GMT", "2024-10-03T03:10"),  # two four-digit times sharing the zone after the second
            ("1800 (1500 GMT)", "2024-10-03T18:00"),  # a local four-digit time with its GMT equivalent in brackets
            ("5 a.m in the capital", "2024-10-03T05:00"),  # the closing period left out
            ("at 4 in the morning", "2024-10-03T04:00"),  # the part of the day tells a.m. from p.m.
            ("from ten in the morning", "2024-10-03T10:00"),
            ("at eight in the evening on Friday", "2024-09-27T20:00"),
            ("until 11 o'clock at night", "2024-10-03T23:00"),
        ),
    ),
    Rule(
        name="one_day_future",
        # "will one day join", "could one day return": "one day" right between a modal and its verb is the future as
        # a whole (FUTURE_REF, as "someday"), no stretch of 24 hours ("the strike lasted one day"; "will one day
        # of talks suffice" keeps the stretch)
        pattern=r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bshall\s)|(?<=\bshould\s)|(?<=\bmust\s))"
        r"one\s+day(?=\s+(?-i:[a-z]))(?!\s+(?:of|and|or|after|before|later|earlier|ago|from|to|in|on|at|for|more|less|longer|shorter|than)\b)",
        examples=(
            ("Ukraine will one day join the alliance", "FUTURE_REF"),
            ("the city may one day rebuild", "FUTURE_REF"),
        ),
    ),
    Rule(
        name="duration_half",
        # a count and a half written as one hyphenated word group, before its unit as a noun ("2-1/2 years") or
        # as a compound adjective ("a three-and-a-half-year war", "a two-and-a-half-hour meeting"): one
        # duration in whole smaller units, as "three and a half years" is (P3Y6M); a quantifier before it is
        # part of the expression ("almost 2-1/2 years"); an age ("a three-and-a-half-year-old boy") is not
        pattern=r"(?:{QUANT}\s+)?(?P<n>\d{1,2}|{NUMWORD})(?:-and-a-half|-1/2)[- ](?P<u>years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries)"
        r"(?:-(?P<tail>long|old(?=\s+(?:{AGED})\b)))?(?![\w-])(?!\s+(?:ago|earlier|later|from\s+now|hence)\b)",
        examples=(
            ("a three-and-a-half-year war", "P3Y6M"),
            ("a two-and-a-half-hour meeting", "PT2H30M"),
            ("almost 2-1/2 years", "P2Y6M"),
            ("the 3-1/2 year conflict", "P3Y6M"),
            ("four-and-a-half months", "P4M15D"),
            ("the 3-1/2-year-old conflict", "P3Y6M"),
        ),
    ),
    Rule(
        name="duration_adj",
        # a count before "or", "to" or "and" whose unit is left to the next one, its hyphen kept ("a 30- or 60-day
        # truce", "two- to three-year terms"): rule suspended-hyphen-count (_dates/_find.py)
        pattern=r"(?:(?P<sn>\d{1,3}|{NUMWORD})-[ \t]+(?P<sconj>or|to|and)[ \t]+)?(?P<n>\d{1,3}(?:,\d{3})?(?:\.\d)?|\d{1,2}-1/2|{NUMWORD}|several|multi|half|one-and-a-half)-(?P<u>year|month|week|day|hour|minute|second|decade|century)"
        r"(?:s?-(?P<tail>long|old(?=\s+(?:{AGED})\b)))?(?:\s+(?P<term>term|mandate|tenure|presidency))?(?![\w-])"
        r"|(?P<nl>(?P<ul>year|month|week|day|hour|decade|years|months|weeks|days|hours|decades|centuries))-?long(?![\w-])",
        examples=(
            ("two-day", "P2D"),
            ("four-year term", "P4Y"),
            ("10-year", "P10Y"),
            ("day-long", "P1D"),
            ("a monthslong battle", "PXM"),
            ("the 1,000-day mark", "P1000D"),
            ("the 3-1/2-year-old conflict", "P3Y6M"),
            ("a two-month-old truce", "P2M"),
        ),
    ),
    Rule(
        name="duration",
        pattern=r"(?:(?P<det>the|each\s+of\s+the)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|(?<=the\s)following|final|remaining|latest|initial|same|entire|whole|full|better\s+part\s+of\s+the|year-earlier|year-ago)\s+)?"
        r"(?:(?P<q>{QUANT})\s+)?"
        r"(?:(?P<n>{NUM})(?:\s+(?P<n2>{NUMWORD}))?(?P<nhalf>\s+and\s+a\s+half)?(?:\s*(?P<conj>or|to|-)\s*(?P<alt>{NUM}))?|(?P<few>a\s+few|few|several|a\s+couple\s+of|couple\s+of|a\s+couple|a\s+number\s+of|many)|(?P<half>half\s+an?|a\s+half))"
        r"\s+(?:(?:more|additional|full|straight|consecutive|long|short|whole|further|trading|business|working|calendar)\s+)?(?P<u>{UNIT})(?:\s+and\s+a\s+half)?(?![\w-])(?!\s+old\b)",
        examples=(
            ("two days", "P2D"),
            ("the past three years", "P3Y"),
            ("four or five years", "PXY"),
            ("a few days", "PXD"),
            ("a deadline of 10 or 12 days", "P10D"),  # two expressions: "10" (P10D) and "12 days" (P12D)
            ("six to seven days", "PXD"),  # a count between two: vague
            ("6-7 days", "PXD"),
            ("the next 10 to 15 years", "PXY"),
        ),
    ),
    Rule(
        name="duration_a",
        # "on a day when ...", "on such a day": a day as a point the clause is about, no duration (no value)
        pattern=r"(?<!\d\s)(?<!million\s)(?<!billion\s)(?<!times\s)(?!(?:(?<=\bon\s)|(?<=\bsuch\s))an?\s+day\b)(?:(?P<q>{QUANT})\s+)?(?:(?P<n>an?)|the\s+(?:next|past|last|coming|following)(?=\s+fortnight\b))\s+(?:(?:full|whole|additional|further|long|extra)\s+)?(?P<u>year|month|week|day|hour|minute|decade|century|fortnight)(?:\s+and\s+a\s+half)?(?![\w'-])(?!(?<=fortnight)\s+(?:ago|earlier|later|from\s+now)\b)(?!\s+of\s+(?:mourning|remembrance|action|protest|prayer|solidarity|rest|reckoning)\b)",
        examples=(
            ("a week", "P1W"),
            ("an hour", "PT1H"),
            ("just over an hour", "PT1H"),
            ("more than a year", "P1Y"),
            ("a fortnight", "P2W"),  # two weeks: a duration only (no calendar unit of two weeks)
            ("the next fortnight", "P2W"),
        ),
    ),
    Rule(
        name="bare_plural",
        # a stretch of unstated length: "for years", "within days", "decades of transit", and a stretch
        # that measures the gap to an event ("just days before the vote", "with weeks remaining", "came
        # hours after the strike"; "hours before" stays a word the event rules read: "on Monday, hours
        # before meeting"); not "the first days after" nor "in the weeks before the shooting" (a period
        # named by its end: a date in TimeML), nor "the years of war" after its article (a period the text
        # names by what filled it, no stretch of unstated length)
        pattern=r"(?:(?<=in\s)(?=years|months|weeks|decades|centuries)|recent\s+(?=months|weeks|centuries)|(?=the\s)(?:(?<=\bover\s)|(?<=\bthroughout\s))the\s+(?=(?:years|decades)(?![\w-])(?!\s+(?:of|that|which|to|before|after|since)\b|\s+\d))|(?<=for\s)|(?<=within\s)|(?<=after\s)|{MEASURED}|(?<!the\s)(?=(?:years|months|weeks|decades)\s+of\s+(?!age\b|the\b|a\b|an\b|this\b|that\b|it\b|them\b)[a-z])"
        r"|(?<!the\s)(?<!of\s)(?<!first\s)(?<!last\s)(?<!few\s)(?<!many\s)(?<!several\s)(?<!\d\s)(?=(?:days|weeks|months)\s+(?:before|after|remaining|into)\b|(?:hours|minutes)\s+(?:after|into)\b))"
        r"(?P<u>years|months|weeks|days|hours|minutes|decades|centuries)(?:\s+or\s+(?P<u2>years|months|weeks|days|decades))?(?![\w-])(?!\s+(?:ago|old|of\s+age)\b)",
        examples=(
            ("for years", "PXY"),
            ("within days", "PXD"),
            ("for hours", "PTXH"),
            ("decades of transit", "PXY"),
            ("just days before the vote", "PXD"),
            ("weeks after the attack", "PXW"),
            ("came hours after the strike", "PTXH"),
            ("minutes after the broadcast", "PTXM"),
            ("over the years", "PXY"),  # the stretch up to now: "the years" (the preposition left out)
            ("it will take weeks", "PXW"),  # the object of a verb that measures time (cue measure_verb)
            ("the talks could last months", "PXM"),
            ("air strikes came just hours into the truce", "PTXH"),
        ),
    ),
    Rule(
        name="ref",
        pattern="{REFS}",
        examples=(
            ("now", "PRESENT_REF"),
            ("recently", "PAST_REF"),
            ("the future", "FUTURE_REF"),
            ("the coming days", "PXD"),
            ("in recent years", "PAST_REF"),  # the past as a whole, as "the coming years" is the future
        ),
    ),
    Rule(
        name="month",
        pattern=r"{MOD}?(?P<m>{MONTHSOLO})(?![\w-])",
        examples=(("July", "2024-07"), ("mid-December", "2024-12"), ("early September", "2024-09")),
    ),
    Rule(
        name="quarter_code",
        pattern=r"(?-i:(?P<h>[QH])(?P<q>[1-4]))(?:\s+(?:of\s+)?(?P<y>{YEAR})|\s*'(?P<y2>\d\d))?(?![\w-])"
        r"|(?P<y3>{YEAR})\s*(?-i:(?P<h2>[QH])(?P<q2>[1-4]))(?![\w-])",
        examples=(("Q3 2024", "2024-Q3"), ("2025 H1", "2025-H1"), ("Q2", "2024-Q2")),
    ),
    Rule(
        name="year_range",
        pattern=r"(?P<y1>1[89]\d\d|20\d\d)\s*[-\u2013\u2014/]\s*(?P<y2>1[89]\d\d|20\d\d|\d\d)(?![\d-])",
        examples=(("2014-2022", "2022"), ("2024\u201325", "2025")),
    ),
    Rule(
        name="year",
        pattern=r"(?P<mod>{MOD}|the\s+year\s+|calendar\s+|year\s+|(?:pre|post)-)?(?:{NOTYEAR}(?P<y>1[89]\d\d|20\d\d)(?![\d-]|,\d|\.\d|\s*(?:%|percent|per\s+cent|troops|soldiers|people|men|women|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|dollars|euros|rubles|pounds|shares|units|cars|jobs|votes|deaths|drones|missiles|rounds|points|barrels|children|residents|refugees|prisoners|times|copies|hours|days|years|jets|aircraft|planes|fighters|tanks|helicopters|launchers|howitzers|vehicles|shells|rockets)\b)"
        r"|(?P<yw>{YEARWORDS}))(?![\w-])",
        examples=(("1994", "1994"), ("mid-1996", "1996"), ("the end of 1990", "1990"), ("nineteen ninety-one", "1991")),
        # not years: "room 2014", "Resolution 1973", "flight 2025", "+380 44 256 2024" (see NOTYEAR)
    ),
    Rule(
        name="year_period",
        pattern=r"the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending|ends|to)\b)",
        examples=(("the year ended June 30", "P1Y"),),
    ),
    Rule(
        name="the_year",
        pattern=r"the\s+(?P<adj>full\s+|fiscal\s+|current\s+fiscal\s+|current\s+)?year(?![\w-])",
        examples=(("the full year", "2024"),),
    ),
)

RULES: Final = _RULE_SOURCES


@frozen
class Scanner:
    """The scanner and each rule's own compiled pattern.

    A match of ``combined`` (every rule in one alternation, see :func:`._scan.combine`) on the text with one
    character in front is that character and an expression: ``lastgroup`` names the rule, whose expression
    runs from the match's second character to its end (in the text's own offsets: from ``m.start()`` to
    ``m.end() - 1``). ``indexed`` finds the same matches (the rule, the match's start and end), each place
    trying only the rules that can start there; ``combined`` is compiled only when asked (the tests)."""

    by_name: dict[str, re.Pattern[str]]
    indexed: IndexedScanner
    opening: str
    gate: str
    branches: tuple[tuple[str, str], ...]  # each rule's name and body, its groups unnamed

    @property
    def combined(self) -> re.Pattern[str]:
        return _combined(self.opening, self.gate, self.branches)


@cache
def _combined(opening: str, gate: str, branches: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return combine(opening, gate, branches)


def _refs_pattern() -> str:
    phrases = sorted(lexicon().refs, key=lambda p: (-len(p), p))
    parts = [r"\s+".join(re.escape(w) for w in p.split()) for p in phrases]
    return "(?i:" + "|".join(parts) + ")(?![\\w-])"


# The scanner only tries its rules where an expression can start: at a year, a clock time, a number
# followed by a calendar word; at a month, weekday or holiday name; at a word that starts an expression
# by itself (_STARTERS); or at a small word that starts one only before such a word (_DETERMINERS:
# "the past year", "a week", "at least", "two days"). Most words then cost one trie lookup instead of
# every rule. Words are matched case-sensitively in their lower, Capitalised and UPPER forms.
_STARTERS: Final = """
last next past previous preceding coming upcoming current following latest each every once twice per early earlier late later
mid end beginning start middle close turn rest recently lately soon shortly today yesterday tomorrow tonight now
currently presently nowadays noon midnight midday fiscal calendar years months weeks decades centuries
year-earlier year-ago daily weekly monthly yearly annually annual hourly nightly biweekly fortnightly mid-afternoon
midafternoon mid-morning midmorning overnight days hours minutes weekend winter twenties thirties forties fifties sixties seventies eighties nineties
one-and-a-half
"""
_DETERMINERS: Final = """
the a an that at this about around more over under some only just no up well these right nearly almost roughly
approximately fewer less barely within another several few many couple multi half better first second
third fourth post pre
"""
_FOLLOWERS: Final = """
least most to or and present moment time point of than number same period quarter quarters week weekend day month
future near full additional whole entire extra long further morning afternoon evening night recent upcoming 1st 2nd 3rd 4th eve
foreseeable very not not-too-distant distant hundred thousand dozen straight consecutive trading business working calendar year's
fortnight corresponding comparable
"""


_Node = dict[str, "_Node"]


def _trie(words: set[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes (each step tests one character)."""
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        end = "" in node
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if end else body

    return emit(tree)


def _gate() -> str:
    lex = lexicon()
    units = set(lex.units)
    numbers = {w for w in lex.numbers if w not in {"a", "an"}} | set(lex.ordinals)
    starters = set(_STARTERS.split()) | set(lex.seasons) | {p.split()[0] for p in lex.refs}
    dets = set(_DETERMINERS.split()) | numbers
    starters -= dets
    names = {f.capitalize() for f in (*lex.months, *lex.weekdays)} | {f.upper() for f in lex.months}
    names |= set(_lower_months())
    names |= {f.upper() for f in lex.weekdays if len(f) > 4} | {"FY"}
    names |= set(holidays())
    names |= {f"{d.capitalize()}s" for d in lex.weekdays if len(d) > 4}
    # the second word of a phrase of data/date_refs.tsv opened by a determiner ("this critical moment")
    ref_seconds = {p.split()[1] for p in lex.refs if len(p.split()) > 1}
    second = _trie(_cased(starters | dets | units | set(_FOLLOWERS.split()) | ref_seconds) | names)
    # Each number branch opens with a digit and reads a bounded run of digits, commas and points (the
    # longest number a rule reads, "1,000.25", has 8), so a long run of commas, of "1/1/" or of "1,1,"
    # costs each position a few steps, not the rest of the run.
    # The gate is a lookahead (does any branch match here?), so its branches are factored by their first
    # character: a position that is no digit fails the digit branches with one test, not one per branch.
    hour_words = {w for w, v in lex.numbers.items() if 1 <= v <= 12 and w not in {"a", "an"}}
    hour_pod = r"\s+(?:o['\u2019]clock\s+)?(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
    digits = (
        rf"'\d\d|[QH][1-4]\b|\d(?:\d?{hour_pod}|\d{{3}}(?!\d)|\d?[:.]\d|\d?/\d{{1,2}}/\d{{4}}"
        r"|\d?\s*(?:[-\u2013\u2014]|through|until)\s*\d{1,2}\s+[A-Z]|\d?\s*(?:[ap]\.?m|[AP]\.?M)\b"
        r"|\d{0,2}-[ \t]+(?:or|to|and)[ \t]+\d"  # "a 30- or 60-day truce" (rule suspended-hyphen-count)
        rf"|(?:[\d,.\u2013-]{{0,14}}\d)?(?:st|nd|rd|th)?(?:\s+|-)(?:\d/\d|(?:{second})(?![a-zA-Z])))"
    )
    word = (
        rf"(?:{_trie(names | _cased(starters))})(?![a-zA-Z])|(?:{_trie(_cased(units))})(?:-|long(?![a-zA-Z]))"
        r"|[Yy]ear(?:['\u2019]s)?\s+end\b"  # "by year end", "by year's end"
        rf"|(?:{_trie(_cased(hour_words))}){hour_pod}"  # "ten in the morning"
        r"|Day\s+(?=\w)"  # "Day three." (a running count of days standing alone)
    )
    det = rf"(?:{_trie(_cased(dets))})(?:(?:\s+|-)(?:\d|(?:{second})(?![a-zA-Z]))|-[ \t]+(?:or|to|and)[ \t]+)"
    return rf"(?-i:(?={digits}|{word}|{det}))"


def _one_space(phrase: str) -> str:
    """A phrase as a pattern of one width (for a lookbehind): each space one white-space character."""
    return r"\s".join(re.escape(w) for w in phrase.split())


def _cased(words: set[str]) -> set[str]:
    return {form for w in words for form in (w, w.capitalize(), w.upper())}


_GROUP_OPENING: Final = re.compile(r"\(\?(?:[:=!]|<[=!]|[aiLmsux]*(?:-[imsx]+)?:)")


def case_tolerant(pattern: str) -> str:
    """The pattern with each lower-case literal word also matching Capitalised (``the`` -> ``[tT]he``).

    Case-folding every character (``re.IGNORECASE``) makes the regex engine try each alternative of a
    word list one by one; a first-letter class keeps its fast first-character test. Words already
    capitalised (month and weekday names, "GMT") stay as they are; ``(?i:...)`` groups become plain ones.
    """
    pattern = pattern.replace("(?i:", "(?:")
    out: list[str] = []
    i, n = 0, len(pattern)
    in_word = False  # the previous character written was a literal letter
    while i < n:
        c = pattern[i]
        if c == "\\":  # an escape: copy it whole (\s, \b, \u2013, \x41)
            width = {"u": 6, "x": 4, "U": 10}.get(pattern[i + 1 : i + 2], 2)
            out.append(pattern[i : i + width])
            i += width
            in_word = False
        elif c == "[":  # a character class: copy up to its closing bracket
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
            in_word = False
        elif pattern.startswith(("(?P<", "(?P="), i):  # a group name
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : j + 1])
            i = j + 1
            in_word = False
        elif (opening := _GROUP_OPENING.match(pattern, i)) is not None:  # (?:, (?=, (?<!, (?-i:
            out.append(opening.group())
            i = opening.end()
            in_word = False
        else:
            out.append(f"[{c}{c.upper()}]" if "a" <= c <= "z" and not in_word else c)
            in_word = c.isalpha()
            i += 1
    return "".join(out)


@cache
def scanner() -> Scanner:
    """The compiled scanner (built once per process from the word tables)."""
    frag = _fragments()
    frag["REFS"] = _refs_pattern()
    frag["HOLIDAYS"] = "(?-i:" + _alt(list(holidays())) + ")"
    frag["RATES"] = _alt(list(rate_nouns()))
    frag["GATHERINGS"] = _alt(list(tense_cues("scheduled_event")))
    # rule bare_plural: a plural unit right after a verb that measures time, each verb its own lookbehind (of one
    # width)
    # ("will take weeks"), and a second unit joined to it by "and" ("will take weeks and months": two stretches)
    verbs = [_one_space(v) for v in tense_cues("measure_verb")]
    joined = [rf"{v}\s{u}\sand" for v in verbs for u in ("days", "weeks", "months", "years")]
    frag["MEASURED"] = "|".join(rf"(?<=\b{v}\s)" for v in (*verbs, *joined))
    # rule running-day-count: the second to the 31st day, in words or figures
    later = _alt([w for w, v in lexicon().ordinals.items() if 2 <= v <= 31])
    frag["RUNDAY"] = rf"(?:{later}|(?:[2-9]|[12]\d|3[01])(?:st|nd|rd|th))\s+day(?![\w-])"
    owners, heads = occasion_words()
    frag["OWNERS"] = "(?-i:" + _alt(owners).replace("'", "['\u2019]") + ")"
    # a head may open in lower case ("the victory" in a WWII context): case_tolerant makes its first letter so
    frag["ANCHORS"] = "(?-i:" + _alt([h[:1].lower() + h[1:] for h in heads]).replace("'", "['\u2019]") + ")"
    branches = []
    by_name: dict[str, re.Pattern[str]] = {}
    for rule in RULES:
        body = case_tolerant(_format(rule.pattern, frag))
        by_name[rule.name] = re.compile(body)
        branches.append((rule.name, re.sub(r"\(\?P<\w+>", "(?:", body)))
    gate = _gate()  # only at a trigger word or a number
    # The scan consumes the character before the expression (a space, a bracket, a quote: not a
    # letter, digit or "$.-", so nothing starts inside a number or a code such as "F-16" or "Su-34"),
    # which lets the regex engine skip from one such character to the next; the text is scanned with
    # a space in front. A match's lastgroup names the rule (see _scan.combine); the indexed scanner finds the
    # same matches. A period opens one too where it ends a sentence whose space the outlet dropped (after a
    # lower-case word of three letters, before a capitalised word: "on Telegram.Earlier in the day", the
    # sentence splitter's GLUED_END), not inside a number, a domain or an abbreviation ("0.5", "News.Az", "U.S.").
    opening = r"(?:[^\w$€£#.-]|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2}))"
    indexed = IndexedScanner(opening, gate, list(by_name.items()))
    return Scanner(by_name=by_name, indexed=indexed, opening=opening, gate=gate, branches=tuple(branches))
