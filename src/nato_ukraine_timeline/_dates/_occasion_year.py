"""The year of a named occasion carries to the month or day of that occasion.

Rule year-of-named-occasion: a year written as the modifier of a scheduled occasion ("the 2026 NATO summit", "the
2025 elections"; a noun of cue ``scheduled_event`` of data/tense_cues.tsv: summit, meeting, talks, elections,
vote, conference ...), or a year possessive counted from the reference day ("next year's summit", "last year's
vote"), names the year of that occasion, and a year-less month or day that follows the noun in the same phrase
("the 2026 summit in July", "the 2026 summit in Ankara on July 7-8", "the 2025 elections in October") is the
occasion's month or day: it lies in that year. The phrase ends at the date: the noun, then at most a place ("in
Ankara", "at The Hague"), then the preposition of the date ("in", "on", "from", "set for"...). This outranks the
tense of the clause and the window: the text wrote the year, as it does in "July 2026". A year that modifies
something else ("the 2026 budget in July"), a year with a clause between it and the date ("the 2026 summit was
discussed in July") and a year possessive with no reference day leave the date to the other rules.
"""

from __future__ import annotations

import contextlib
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._resources import alternation
from nato_ukraine_timeline.errors import ModelError
from nato_ukraine_timeline.model import Basis, DateValue

from ._lexicon import tense_cues
from ._resolve import ResolveRule, make_value, occurrence

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from ._read import Spec

__all__ = ["YEAR_OF_NAMED_OCCASION", "years_of_occasions"]

YEAR_OF_NAMED_OCCASION: Final = ResolveRule(
    name="year-of-named-occasion",
    form=(
        "a year that modifies a scheduled occasion ('the 2026 NATO summit', 'the 2025 elections'; a noun of cue "
        "scheduled_event) or a year possessive ('next year's summit', counted from the reference day) is the year "
        "of a year-less month or day that follows the noun in the same phrase, after at most a place and the "
        "date's preposition ('the 2026 summit in Ankara on July 7', 'the 2025 elections in October'): the "
        "occasion's date, in that year, whatever the tense or the window"
    ),
    examples=(
        (
            "Synthetic: the city will host the 2026 alliance summit in July, its mayor said.",
            "2025-06-30",
            (("2026", "2026"), ("July", "2026-07")),
        ),
        (
            "Synthetic: delegates looked ahead to the 2026 summit in Ankara on July 7.",
            "2025-06-30",
            (("2026", "2026"), ("July 7", "2026-07-07")),
        ),
        (
            "Synthetic: the party lost the 2024 elections in October, and its leader quit.",
            "2025-03-10",
            (("2024", "2024"), ("October", "2024-10")),
        ),
        (
            "Synthetic: planners met to discuss next year's summit in July.",
            "2025-08-12",
            (("next year", "2026"), ("July", "2026-07")),
        ),
        # a year that modifies no occasion: the tense decides
        (
            "Synthetic: the 2026 budget of the city, long in doubt, was approved in July.",
            "2025-09-01",
            (("2026", "2026"), ("July", "2025-07")),
        ),
    ),
)

_SPACE: Final = r"[ \t]+"
_WORD: Final = r"[\w'\u2019.-]+"
_LOOK_BACK: Final = 160  # characters before the date that the phrase may take


@cache
def _phrase() -> re.Pattern[str]:
    """A year, or a year possessive, then at most eight modifiers (no article, no relative word), a noun of a
    scheduled occasion, at most a place, and the date's preposition, ending where the date begins."""
    nouns = alternation(tense_cues("scheduled_event"), space=_SPACE)
    modifier = rf"(?!(?i:the|a|an|that|which|who|was|were|is|are|will|has|had|have){_SPACE}){_WORD}{_SPACE}"
    place = rf"(?:{_SPACE}(?i:in|at){_SPACE}{_WORD}(?:{_SPACE}{_WORD}){{0,2}}?)?"
    lead = rf"(?:(?i:early|mid|late|the){_SPACE}|(?i:mid)-)?"
    prep = rf",?{_SPACE}(?i:in|on|from|for|between|(?:set|scheduled|slated|due){_SPACE}for){_SPACE}{lead}"
    year = rf"(?<![\w-])(?:(?P<year>(?:19|20)\d\d)|(?P<rel>(?i:next|last|this)){_SPACE}(?i:year)['\u2019]s)"
    return re.compile(rf"{year}{_SPACE}(?:{modifier}){{0,8}}?(?i:{nouns})s?{place}{prep}\Z")


def years_of_occasions(
    text: str,
    found: Sequence[tuple[int, Spec]],
    values: list[DateValue | None],
    sentence_of: Callable[[int], tuple[int, int]],
    reference: dt.date | None,
) -> None:
    """Rule year-of-named-occasion (:data:`YEAR_OF_NAMED_OCCASION`): set ``values[i]`` of each year-less month or
    day of ``found`` (start, spec) that a year of a named occasion before it in its sentence dates; a year
    possessive ("next year's") counts from ``reference`` and needs one."""
    pattern = _phrase()
    for i, (start, spec) in enumerate(found):
        if spec.kind not in ("md", "month") or spec.explicit or spec.rel is not None or spec.unit == "Y":
            continue
        lo = max(sentence_of(start)[0], start - _LOOK_BACK)
        m = pattern.search(text, lo, start)
        if m is None:
            continue
        if m.group("year"):
            year = int(m.group("year"))
        elif reference is not None:
            year = reference.year + {"next": 1, "last": -1}.get(m.group("rel").casefold(), 0)
        else:
            continue
        with contextlib.suppress(ValueError, ModelError):
            if (found_in := occurrence(spec, year)) is not None:
                why = f"the year {year} of the occasion it dates ({m.group().strip()!r})"
                values[i] = make_value(found_in[0], basis=Basis.CONTEXT, reason=why)
