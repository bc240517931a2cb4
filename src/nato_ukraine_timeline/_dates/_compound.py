"""Rule compound-duration: one length told in two units ("three hours and 20 minutes") is one duration.

TimeML annotates a length told in a larger and a smaller unit as one TIMEX3 of type DURATION whose value
carries both ("two years and three months" P2Y3M, "an hour and 15 minutes" PT1H15M, "three days and four
hours" P3DT4H), as both golds the library is measured on do (TempEval-3: "a minute and a half" PT1M30S; the
real-news pools tag every "N hours and M minutes" whole). The scanner reads each count with its unit as a
duration of its own; this rule joins two of them when only "and" (or a space, or a comma) stands between and
the second unit is smaller than the first, so that the pair reads as one measure.
"""

from __future__ import annotations

import contextlib
import re
from functools import cache
from typing import Final

from nato_ukraine_timeline._resources import alternation
from nato_ukraine_timeline.errors import ModelError
from nato_ukraine_timeline.model import Basis, DateMention, TimexType

from ._lexicon import lexicon
from ._resolve import ResolveRule, make_value

__all__ = ["COMPOUND_DURATION", "join_compound_durations"]

COMPOUND_DURATION: Final = ResolveRule(
    name="compound-duration",
    form=(
        "two durations of one whole count each, the second right after the first with only 'and', a space or a "
        "comma between, the second in a smaller unit than the first (years > months > days > hours > minutes > "
        "seconds; weeks are not joined), the second told by its count and unit alone (no 'later', 'ago', no "
        "quantifier): one DURATION spanning both, its value the two parts together (P2Y3M, PT1H15M, P3DT4H)"
    ),
    examples=(
        (
            "The synthetic talks lasted three hours and 20 minutes.",
            "2025-03-07",
            (("three hours and 20 minutes", "PT3H20M"),),
        ),
        ("A synthetic flight took an hour and 15 minutes.", "2025-03-07", (("an hour and 15 minutes", "PT1H15M"),)),
        (
            "The synthetic siege lasted two years and three months.",
            "2025-03-07",
            (("two years and three months", "P2Y3M"),),
        ),
        ("The synthetic call lasted about 1 hour 40 minutes.", "2025-03-07", (("about 1 hour 40 minutes", "PT1H40M"),)),
        ("The synthetic drill ran for 3 days and 4 hours.", "2025-03-07", (("3 days and 4 hours", "P3DT4H"),)),
        # the second unit is not smaller: two lengths, not one
        (
            "Synthetic shifts of 20 minutes and two hours alternated.",
            "2025-03-07",
            (("20 minutes", "PT20M"), ("two hours", "PT2H")),
        ),
        # the second is a point counted back, not a part of the length
        (
            "He waited five hours and 20 minutes later left.",
            "2025-03-07",
            (("five hours", "PT5H"), ("20 minutes later", "PT20M")),
        ),
    ),
)

# a duration of one whole count in one unit: P2Y, P3M, P4D, PT5H, PT20M, PT30S (weeks are left: "P1W2D" is no
# ISO 8601 form)
_ONE_UNIT: Final = re.compile(r"P(?P<n>\d+)(?P<u>[YMD])|PT(?P<tn>\d+)(?P<tu>[HMS])")
_RANK: Final = {"Y": 0, "M": 1, "D": 2, "TH": 3, "TM": 4, "TS": 5}
_GLUE: Final = re.compile(r",?[ \t]+(?:and[ \t]+)?|[ \t]*,[ \t]*")
# the units joined, by their codes in data/date_units.tsv (years to seconds; weeks, decades, centuries,
# quarters and weekends are not)
_JOINED_UNITS: Final = frozenset({"Y", "M", "D", "H", "MIN", "S"})


@cache
def _unit_words() -> str:
    """The words of the joined units (data/date_units.tsv) as an alternation."""
    return alternation(w for w, code in lexicon().units.items() if code in _JOINED_UNITS)


@cache
def _bare_part() -> re.Pattern[str]:
    """The second part told by a count and its unit, nothing else: figures or a count word below a hundred of
    data/numbers.tsv ("an", "a", "two", "twenty")."""
    counts = alternation(w for w, n in lexicon().numbers.items() if n < 100)
    return re.compile(rf"(?:\d{{1,3}}|{counts})\s+(?:{_unit_words()})", re.IGNORECASE)


@cache
def _ends_with_unit() -> re.Pattern[str]:
    """The first part ends with its unit (not "20 minutes later", "a year ago")."""
    return re.compile(rf"(?:{_unit_words()})$", re.IGNORECASE)


def _part(mention: DateMention) -> tuple[int, str, int] | None:
    """The rank of the unit, the unit as written in a value and the count of a one-unit duration, else ``None``."""
    if mention.type is not TimexType.DURATION or mention.value.uncertain:
        return None
    found = _ONE_UNIT.fullmatch(mention.value.timex)
    if found is None:
        return None
    if found.group("u"):
        return _RANK[found.group("u")], found.group("u"), int(found.group("n"))
    return _RANK["T" + found.group("tu")], "T" + found.group("tu"), int(found.group("tn"))


def _joined(first: tuple[int, str, int], second: tuple[int, str, int]) -> str:
    """The value of the two parts together: the date units, then "T" and the time units."""
    date = "".join(f"{n}{u}" for _r, u, n in (first, second) if not u.startswith("T"))
    time = "".join(f"{n}{u[1:]}" for _r, u, n in (first, second) if u.startswith("T"))
    return "P" + date + ("T" + time if time else "")


def join_compound_durations(text: str, out: list[DateMention]) -> None:
    """Rule compound-duration (:data:`COMPOUND_DURATION`): join in place each pair of durations that tell one
    length in two units."""
    k = 0
    while k < len(out) - 1:
        here, there = out[k], out[k + 1]
        first, second = _part(here), _part(there)
        if (
            first is not None
            and second is not None
            and first[0] < second[0]
            and _ends_with_unit().search(here.text) is not None
            and _bare_part().fullmatch(there.text) is not None
            and _GLUE.fullmatch(text, here.end, there.start) is not None
        ):
            with contextlib.suppress(ModelError, ValueError):
                value = make_value(
                    _joined(first, second),
                    basis=Basis.EXPLICIT,
                    reason=f"one length in two units ({here.text!r} and {there.text!r})",
                )
                out[k : k + 2] = [
                    DateMention(
                        start=here.start,
                        end=there.end,
                        text=text[here.start : there.end],
                        type=TimexType.DURATION,
                        value=value,
                    )
                ]
        k += 1
