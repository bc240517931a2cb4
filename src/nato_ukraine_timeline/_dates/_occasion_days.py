"""Occasions dated by the text around them: the eve of a day just named or of a gathering just dated, an
anniversary on the day written.

Rule eve-of-named-day: "on the eve of" an occasion, right after a day the text names (with at most a place
between: "on March 4 in Warsaw on the eve of the summit"), is that day.

Rule eve-of-dated-gathering: a report names a meeting and its day ("the two mayors met in Geneva on May 12", "at a
meeting in Oslo on Friday") and then tells what came before it "on the eve of the talks": the article and a noun
of a meeting (cue ``meeting_noun`` of data/tense_cues.tsv: talks, meeting, summit, negotiations ...) refer back to
the meeting just told, so the eve is the day before the day named for it. The day must be named in the eve's own
sentence or the one before, in a sentence that tells of a meeting before the eve (a word of the same cue, "met"
among them); an eve right after a day ("on Tuesday, on the eve of the summit") is that day (rule
eve-of-named-day, read first); "on the eve of a summit" (no article that refers back), the eve of another kind of
occasion ("the vote", "the election": not the meeting told) and an eve with no such day before it are left.

Rule anniversary-on-written-day: "the anniversary of" an occasion that data/date_anchors.tsv does not date ("the
anniversary of the town's charter", "the second anniversary of the flood": whose flood the words alone do not
say) is dated by its sentence when the sentence writes one day and ties it to the anniversary: after it in its
own clause ("as the second anniversary of the flood nears on May 3"), or anywhere in the sentence after words of
cue ``coincides`` ("On June 9, ... coinciding with the anniversary of ..."): the day the anniversary falls on. A
day before it in another clause is not ("officials said Thursday ... as the anniversary nears": the day of the
saying). A sentence with no day or with several days leaves it, as before.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._resources import alternation
from nato_ukraine_timeline._timex import DAY_VALUE
from nato_ukraine_timeline.errors import ModelError
from nato_ukraine_timeline.model import Basis, DateMention, TimexType

from ._lexicon import lexicon, tense_cues
from ._resolve import ResolveRule, make_value

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["ANNIVERSARY_ON_WRITTEN_DAY", "EVE_OF_DATED_GATHERING", "eve_of_named_day", "occasions_dated_by_text"]

EVE_OF_DATED_GATHERING: Final = ResolveRule(
    name="eve-of-dated-gathering",
    form=(
        "'the eve of the talks' (of 'the', 'these' or 'those' and a noun of a meeting, cue meeting_noun) with no day "
        "right before it is the day before the last day the text names in its sentence or the one before, in a "
        "sentence that tells of a meeting before the eve (a word of the cue, 'met' among them): the article refers "
        "back to the meeting just dated"
    ),
    examples=(
        (
            "Synthetic: the two mayors met in Lyon on October 17. On the eve of the talks, one of them phoned Rome.",
            "2025-10-18",
            (("October 17", "2025-10-17"), ("the eve", "2025-10-16")),
        ),
        (
            "Synthetic: the envoys held a meeting in Oslo on Friday. On the eve of the meeting, a paper leaked it.",
            "2024-09-14",
            (("Friday", "2024-09-13"), ("the eve", "2024-09-12")),
        ),
        # the eve of another kind of occasion than the one told: left
        (
            "Synthetic: the talks ended on March 1. Officials met on the eve of the vote.",
            "2025-03-04",
            (("March 1", "2025-03-01"),),
        ),
        # no meeting told with the day: the eve is left
        (
            "Synthetic: the bridge reopened on Friday. On the eve of the summit, a paper leaked the plan.",
            "2024-09-14",
            (("Friday", "2024-09-13"),),
        ),
    ),
)
ANNIVERSARY_ON_WRITTEN_DAY: Final = ResolveRule(
    name="anniversary-on-written-day",
    form=(
        "'the (Nth) anniversary of' an occasion the table of dated occasions does not date is the one day its "
        "sentence writes, when that day is written after it in its clause ('as the second anniversary of the flood "
        "nears on May 3') or the anniversary follows 'coinciding with' (cue coincides); a sentence with no day or "
        "several, a day in another clause before it, and an anniversary of a date the text names leave it"
    ),
    examples=(
        (
            "Synthetic: as the second anniversary of the flood nears on May 3, the town is rebuilding.",
            "2025-04-28",
            (("the second anniversary", "2025-05-03"), ("May 3", "2025-05-03")),
        ),
        (
            "Synthetic: on June 9 the village will hold a fair, coinciding with the anniversary of its charter.",
            "2025-06-02",
            (("June 9", "2025-06-09"), ("the anniversary", "2025-06-09")),
        ),
        # the anniversary of a date the text names: the date is the expression
        (
            "Synthetic: guests on June 9 will attend the 80th anniversary of Victory Day.",
            "2025-06-02",
            (("June 9", "2025-06-09"), ("Victory Day", "2025-05-09")),
        ),
        # the day of another clause before it (the saying's): not the anniversary's
        (
            "Synthetic: officials said on Thursday that talks go on as the second anniversary of the flood nears.",
            "2025-04-25",
            (("Thursday", "2025-04-24"),),
        ),
        # two days in the sentence: which one is the anniversary's is not told
        (
            "Synthetic: the fair ran from June 9 to June 11 to mark the 40th anniversary of the charter.",
            "2025-06-20",
            (("June 9", "2025-06-09"), ("June 11", "2025-06-11")),
        ),
    ),
)


# "the eve" of an occasion: "on March 4 in Warsaw, on the eve of the alliance summit", "on the eve of the talks".
# "the" in any case, its first letter a class (the letters "(?i:t)" matches, and no other: the regex engine skips
# from one such letter to the next instead of trying the pattern at every character)
_EVE: Final = re.compile(r"[Tt](?i:he)[ \t]+eve(?=[ \t]+of[ \t])")
# what every match of _EVE holds: a text without it has no eve (a literal opening: the regex engine finds it
# as a substring search does, instead of stopping at every t)
_EVE_OF: Final = re.compile(r"eve[ \t]+of[ \t]")
_PLACE: Final = r"(?:in|at)[ \t]+(?-i:[A-Z])[\w'\u2019.-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019.-]*){0,3}"
_EVE_GAP: Final = re.compile(rf"[ \t]*,?[ \t]*(?:{_PLACE}[ \t]*,?[ \t]*)?on[ \t]+")


def eve_of_named_day(text: str, out: list[DateMention]) -> None:
    """Rule eve-of-named-day: "on the eve of" an occasion, right after a day the text names (with at most a
    place between: "on March 4 in Warsaw on the eve of the summit"), is that day: the text dates the eve
    itself. The span is "the eve", as the gold tags an occasion's eve; an eve with no day before it is left
    (its occasion's date is unknown, unless data/date_anchors.tsv or a holiday dates it, or rule
    eve-of-dated-gathering reads it)."""
    if _EVE_OF.search(text) is None:
        return
    for m in _EVE.finditer(text):
        k = bisect.bisect_left([x.start for x in out], m.start())
        if k == 0 or (k < len(out) and out[k].start < m.end()) or out[k - 1].end > m.start():
            continue
        day = out[k - 1]
        named = DAY_VALUE.match(day.value.timex)
        if named is None or not _EVE_GAP.fullmatch(text, day.end, m.start()):
            continue
        with contextlib.suppress(ModelError):
            value = make_value(named.group(), basis=Basis.CONTEXT, reason=f"the day named before it ({day.text!r})")
            out.insert(k, DateMention(start=m.start(), end=m.end(), text=m.group(), type=TimexType.DATE, value=value))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What follows an eve (:data:`_EVE`) that refers back to a gathering, the words that tell of a gathering, an
    anniversary, and the words before it that put it on its sentence's day."""
    nouns = alternation(tense_cues("meeting_noun"), space=r"[ \t]+")
    eve = re.compile(rf"[ \t]+of[ \t]+(?i:the|these|those)[ \t]+(?i:{nouns})\b")
    told = re.compile(rf"(?i)\b(?:{nouns})\b")
    nth = rf"(?:{alternation(lexicon().ordinals)}|\d{{1,3}}(?:st|nd|rd|th))"
    anniversary = re.compile(
        r"(?<!before )(?<!after )(?<!since )(?<!until )"
        rf"[Tt](?i:he)[ \t]+(?:(?i:{nth})[ \t]+)?(?i:anniversary)(?=[ \t]+of[ \t])"
    )
    cues = alternation(tense_cues("coincides"), space=r"[ \t]+")
    coinciding = re.compile(rf"(?i)\b(?:{cues})[ \t]+$")
    return eve, told, anniversary, coinciding


_OF_THE: Final = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]")
_CLAUSE_REACH: Final = 100  # characters from an anniversary to the day of its clause


def occasions_dated_by_text(
    text: str,
    out: list[DateMention],
    breaks_between: Callable[[int, int], list[tuple[int, int]]],
    sentence_of: Callable[[int], tuple[int, int]],
) -> None:
    """Rules eve-of-dated-gathering and anniversary-on-written-day (see the module): insert into ``out`` (in text
    order) the eves and anniversaries the text around them dates."""
    has_eve, has_anniversary = _EVE_OF.search(text) is not None, "nniversar" in text
    if not out or not (has_eve or has_anniversary):
        return  # most texts: literal tests, not the patterns' scans from every "t"
    referred, told, anniversary, coinciding = _patterns()
    for m in _EVE.finditer(text) if has_eve else ():
        if referred.match(text, m.end()) is None:
            continue  # "the eve of a summit", "the eve of the vote": no gathering the text just told
        k = _free(out, m)
        anchor = out[k - 1] if k > 0 else None
        day = None if anchor is None or anchor.type is not TimexType.DATE else DAY_VALUE.fullmatch(anchor.value.timex)
        if anchor is None or day is None or len(breaks_between(anchor.end, m.start())) > 1:
            continue
        lo, hi = sentence_of(anchor.start)
        if told.search(text, lo, min(hi, m.start())) is None:  # the eve's own noun tells nothing
            continue
        with contextlib.suppress(ModelError, ValueError, OverflowError):  # no eve before 0001-01-01
            eve_day = dt.date.fromisoformat(day.group()) - dt.timedelta(days=1)
            _insert(out, k, m, eve_day.isoformat(), f"the eve of the gathering dated {anchor.text!r}")
    for m in anniversary.finditer(text) if has_anniversary else ():
        k = _free(out, m)
        if k < 0 or (k < len(out) and _OF_THE.fullmatch(text, m.end(), out[k].start)):
            continue  # the occasion is a date itself ("the 80th anniversary of Victory Day"): left to it
        written = _written_day(text, out, m, sentence_of, coinciding)
        if written is not None:
            _insert(out, k, m, written.value.timex, f"the day its sentence writes ({written.text!r})")


def _written_day(
    text: str,
    out: list[DateMention],
    m: re.Match[str],
    sentence_of: Callable[[int], tuple[int, int]],
    coinciding: re.Pattern[str],
) -> DateMention | None:
    """The one day of the anniversary's sentence, when it is the anniversary's: written after it in its clause
    (no comma or colon between them: "approaches on February 24"), or anywhere in the sentence after "coinciding
    with" (cue coincides)."""
    lo, hi = sentence_of(m.start())
    days = [x for x in out if lo <= x.start < hi and x.type is TimexType.DATE and DAY_VALUE.fullmatch(x.value.timex)]
    if len(days) != 1:
        return None
    day = days[0]
    if coinciding.search(text, max(lo, m.start() - 30), m.start()):
        return day
    after = day.start >= m.end() and day.start - m.end() <= _CLAUSE_REACH
    return day if after and not _CLAUSE_BREAK.search(text, m.end(), day.start) else None


def _free(out: list[DateMention], m: re.Match[str]) -> int:
    """Where a mention of ``m``'s span goes in ``out`` (in text order), or -1 where one overlaps it already."""
    if any(x.start < m.end() and m.start() < x.end for x in out):
        return -1
    return next((i for i, x in enumerate(out) if x.start >= m.end()), len(out))


def _insert(out: list[DateMention], k: int, m: re.Match[str], timex: str, reason: str) -> None:
    with contextlib.suppress(ModelError):
        value = make_value(timex, basis=Basis.CONTEXT, reason=reason)
        out.insert(k, DateMention(start=m.start(), end=m.end(), text=m.group(), type=TimexType.DATE, value=value))
