"""Rule night-just-gone: "tonight" in a past clause is the night that has just ended.

A night spans two days, and TIMEX3 (as the real-news gold, GOLD.md: "overnight" is the night's first day with
TNI) gives it the day it begins. Said of what has already happened ("Tonight, a power plant came under attack",
"we lost seven people tonight"), "tonight" is the night the report comes out of, which began the day before the
reference day, as "last night" and "overnight" are; said of what is to come ("talks may begin tonight", "I am
going tonight"), it is the reference day's own night, as before. A verb of saying right before it ("the minister
said tonight") is the saying's own evening: left as it is. "This past night" and "the past night" are that same
night in so many words (read by the scanner's rule day_part).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from nato_ukraine_timeline._timex import DAY_VALUE
from nato_ukraine_timeline.errors import ModelError
from nato_ukraine_timeline.model import Basis, DateMention

from ._resolve import ResolveRule, make_value, tense_of

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["NIGHT_JUST_GONE", "nights_just_gone"]

NIGHT_JUST_GONE: Final = ResolveRule(
    name="night-just-gone",
    form=(
        "'tonight' whose clause is in the past tense (its nearest tense marker a past verb, not a verb of saying "
        "right before it) is the night before the reference day (its day minus one, TNI), the night the report "
        "comes out of; in a clause ahead or without tense it stays the reference day's night. 'This past night' "
        "and 'the past night' are the night before the reference day"
    ),
    examples=(
        (
            "Tonight, a synthetic depot came under attack, the operator said.",
            "2025-03-07",
            (("Tonight", "2025-03-06TNI"),),
        ),
        ("We lost two synthetic drones tonight, the unit wrote.", "2025-03-07", (("tonight", "2025-03-06TNI"),)),
        ("Synthetic talks may begin tonight.", "2025-03-07", (("tonight", "2025-03-07TNI"),)),
        ("I am travelling to the synthetic capital tonight.", "2025-03-07", (("tonight", "2025-03-07TNI"),)),
        (
            "The minister said tonight that the synthetic bill had passed.",
            "2025-03-07",
            (("tonight", "2025-03-07TNI"),),
        ),
        ("This past night, synthetic drones were shot down.", "2025-03-07", (("This past night", "2025-03-06TNI"),)),
        ("During the past night, a synthetic raid was repelled.", "2025-03-07", (("the past night", "2025-03-06TNI"),)),
    ),
)

_NIGHT: Final = re.compile(rf"(?P<day>{DAY_VALUE.pattern})TNI")
_TONIGHT: Final = re.compile(r"(?i:tonight)$")


def nights_just_gone(
    text_of: Callable[[], str],
    out: list[DateMention],
    published: dt.date | None,
    sentence_of: Callable[[int], tuple[int, int]],
    saying_before: Callable[[], re.Pattern[str]],
) -> None:
    """Rule night-just-gone (:data:`NIGHT_JUST_GONE`): give each "tonight" of ``out`` in a past clause of the text
    (``text_of()``, the text tenses are read in, made when first needed) the night before its day, where there is
    a publication date to count from; ``saying_before()`` finds a verb of saying ending right before a date (the
    saying's own time: left as it is), compiled when first needed."""
    if published is None:
        return
    for k, here in enumerate(out):
        night = _NIGHT.fullmatch(here.value.timex)
        if night is None or _TONIGHT.search(here.text) is None:
            continue
        text = text_of()
        if saying_before().search(text, max(0, here.start - 80), here.start) is not None:
            continue
        if tense_of(text, here.start, here.end, sentence_of) != "past":
            continue
        day = dt.date.fromisoformat(night.group("day")) - dt.timedelta(days=1)
        with contextlib.suppress(ModelError, ValueError):
            value = make_value(
                f"{day.isoformat()}TNI",
                basis=here.value.basis if here.value.basis is not Basis.PUBLISHED else Basis.PUBLISHED_TENSE,
                reason=f"'tonight' in a past clause: the night before {night.group('day')}",
            )
            out[k] = DateMention(start=here.start, end=here.end, text=here.text, type=here.type, value=value)
