"""Rule first-day-in-office: the day an actor took up an office, dated by the actor's term of office.

"On her first day in office, the new commissioner visited Kyiv", "the first day of his second term", "Day 1 of
his presidency": the day is the start of a role (``data/actors.toml``) of an actor the text names, the one
named nearest the expression whose role began closest to the reference day (within a year and a month
either way: a new office holder's first day is news around it). The words are those of
``data/office_days.tsv``; the span is the day without its "in ..."/"of ..." part ("her first day"), as the
gold tags an occasion's day. With no actor whose role fits, nothing is tagged: the day is unknown.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._resources import alternation, tsv_rows
from nato_ukraine_timeline.errors import ModelError, ResourceError
from nato_ukraine_timeline.model import Basis, DateMention, TimexType

from ._resolve import ResolveRule, make_value

if TYPE_CHECKING:
    from nato_ukraine_timeline._actors import ActorMention

__all__ = ["FIRST_DAY_IN_OFFICE", "first_days_in_office"]

_PARTS: Final = frozenset({"head", "full_day", "alone", "in", "of"})
_REACH: Final = dt.timedelta(days=400)  # a role begun this far from the reference day or less
_DETERMINER: Final = r"(?:the|his|her|their|our|my|its)"
# a title held before the office itself ("President-elect", "Prime Minister-designate"): no office taken up
_AWAITING: Final = re.compile(r"(?i:-elect|-designate)\b")


# The rule is an object of the date layer's one class of named rules with examples (``_resolve.ResolveRule``: name,
# form, synthetic examples a parametrised test runs).
FIRST_DAY_IN_OFFICE: Final = ResolveRule(
    name="first-day-in-office",
    form=(
        "a determiner and 'first day' or 'first full day' (the day after), or 'day one'/'Day 1', followed by 'in' "
        "and a noun of office ('in office', 'in the job', 'in her new post') or by 'of', a determiner and a noun of "
        "a term ('of his term', 'of her five-year mandate', 'of his presidency'); or a possessive and 'inauguration "
        "day': the start of a role of the actor named nearest it whose role began within about a year of the "
        "reference day"
    ),
    examples=(
        (
            "Marta Kos travelled to Kyiv on her first day in office.",
            "2024-12-03",
            (("her first day", "2024-12-01"),),
        ),
        (
            "Donald Trump promised to sign the order on Day 1 of his presidency.",
            "2024-12-10",
            (("Day 1", "2025-01-20"),),
        ),
        (
            "Mark Rutte flew to Kyiv on the first day of his term.",
            "2024-10-04",
            (("the first day", "2024-10-01"),),
        ),
        (
            "Donald Trump met his cabinet on his first full day in office.",
            "2025-01-23",
            (("his first full day", "2025-01-21"),),
        ),
        (
            "Donald Trump signed a stack of orders on his inauguration day.",
            "2025-02-03",
            (("his inauguration day", "2025-01-20"),),
        ),
        (
            "The new mayor spent her first day in office touring the port.",
            "2024-12-03",
            (),
        ),
    ),
)


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """The phrases of ``data/office_days.tsv`` by part (lower case, longest first)."""
    found: dict[str, list[str]] = {part: [] for part in _PARTS}
    for n, (phrase, part) in tsv_rows("office_days.tsv", 2):
        if part not in _PARTS:
            raise ResourceError("data/office_days.tsv", [f"line {n}: {part!r} is not one of {sorted(_PARTS)}"])
        found[part].append(phrase.casefold())
    return {part: tuple(sorted(words, key=len, reverse=True)) for part, words in found.items()}


def _phrases(part: str) -> str:
    return alternation(list(_words()[part]), space=r"\s+")


@cache
def _form() -> re.Pattern[str]:
    """The expression with what must follow it: the head (with its determiner) is the span."""
    tail = (
        rf"\s+(?:in\s+(?:{_DETERMINER}\s+)?(?:new\s+)?(?:{_phrases('in')})"
        rf"|of\s+{_DETERMINER}\s+(?:(?:new|second|first|[\w-]+-year)\s+)?(?:{_phrases('of')}))\b"
    )
    alone = rf"\b(?:his|her|their)\s+(?:{_phrases('alone')})\b"
    heads = rf"(?P<full>{_phrases('full_day')})|{_phrases('head')}"
    return re.compile(rf"(?i:\b(?:{_DETERMINER}\s+)?(?:{heads})(?={tail})|{alone})")


_BACK: Final = 30  # characters before a head where an expression may start ("their first full day")
_WORD_START: Final = re.compile(r"\b\w")


def _head_starts(low: str) -> list[tuple[int, int]]:
    """Where a head of the table (one space between its words, as news writes them) stands in the lower-cased
    text, in text order: a substring search per head, which scans fast."""
    spots = []
    for head in (*_words()["head"], *_words()["full_day"], *_words()["alone"]):
        at = low.find(head)
        while at >= 0:
            spots.append((at, at + len(head)))
            at = low.find(head, at + 1)
    return sorted(spots)


def _expressions(text: str) -> list[re.Match[str]]:
    """The expressions of the form, each once, in text order: tried at each word start a little before a head."""
    found: list[re.Match[str]] = []
    form = _form()
    low = text.lower()
    if len(low) != len(text):  # pragma: no cover - a letter whose lower case is longer ("\u0130"): offsets would slip
        return []
    for start, end in _head_starts(low):
        for word in _WORD_START.finditer(text, max(0, start - _BACK), start + 1):
            m = form.match(text, word.start())
            if m is not None and m.end() >= end:
                if not found or found[-1].start() != m.start():
                    found.append(m)
                break
    return found


def first_days_in_office(text: str, out: list[DateMention], reference: dt.date | None) -> None:
    """Rule first-day-in-office (see the module docstring): the days it dates are put into ``out`` in text
    order, where no mention already stands."""
    if reference is None:
        return
    matches = _expressions(text)
    if not matches:
        return
    from nato_ukraine_timeline._actors import active_registry  # noqa: PLC0415 - the registry loads only when needed

    mentions = [m for m in active_registry().find_mentions(text) if m.actor is not None]
    for match in matches:
        day = _start_of_office(mentions, match.start(), reference)
        if day is None:
            continue
        starts = [x.start for x in out]
        k = bisect.bisect_left(starts, match.start())
        if (k < len(out) and out[k].start < match.end()) or (k > 0 and out[k - 1].end > match.start()):
            continue
        start, reason = day
        if match.group("full"):  # "his first full day": the day after the one he took office on
            start += dt.timedelta(days=1)
            reason += "; the first full day is the next"
        with contextlib.suppress(ModelError):
            value = make_value(start.isoformat(), basis=Basis.TERM_OF_OFFICE, reason=reason)
            mention = DateMention(
                start=match.start(), end=match.end(), text=match.group(), type=TimexType.DATE, value=value
            )
            out.insert(k, mention)


def _start_of_office(mentions: list[ActorMention], at: int, reference: dt.date) -> tuple[dt.date, str] | None:
    """The start of a role of the actor named nearest ``at`` whose role began within the reach of the
    reference day (the start nearest it), with its reason; ``None`` where no named actor has one."""
    for m in sorted(mentions, key=lambda m: abs(m.start - at)):
        if m.actor is None:  # pragma: no cover - kept out by the caller
            continue
        starts = [
            r.start
            for r in m.actor.roles
            if r.start is not None and abs(r.start - reference) <= _REACH and not _AWAITING.search(r.title)
        ]
        if starts:
            start = min(starts, key=lambda s: abs(s - reference))
            return start, f"the first day in office of {m.actor.name}, who took up a role on {start.isoformat()}"
    return None
