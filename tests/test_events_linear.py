"""parse stays linear in the number of statements and events of one long passage (fourteenth session,
robust14). Two shapes were quadratic: each event looked back for the last dated act of saying by walking
over every statement before it (``_events._scope``), and each event named on a day was compared with every
event kept before it (the checks for one event told twice: ``_same_day``, ``_same_people``, ``_held_again``,
``_finer_kept``). Operations are counted as in ``test_scale`` (calls seen by the profiler plus the
characters the library's regex calls examine), never timed. The texts are SYNTHETIC: invented people and
invented towns, each event of its own people and place, so that no check may merge two of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from test_scale import GROWTH, measure_growth

if TYPE_CHECKING:
    from collections.abc import Callable

_GIVEN = ("Anna", "Piotr", "Maria", "Jonas", "Elena", "Tomas", "Laura", "Marek", "Ines", "Karl")
_FAMILY = ("Kowalczyk", "Horvath", "Berg", "Novak", "Rossi", "Moreau", "Lindqvist", "Jansen", "Dubois", "Larsen")
_STEMS = ("Nova", "Stara", "Bila", "Zelen", "Kamen", "Lipo", "Dubro", "Sosno", "Vysh", "Hora", "Pole", "Topol")
_ENDINGS = ("grad", "ville", "burg", "dorf", "pol", "sk", "ovo", "ets", "yn", "ka", "ino", "stad")


def _person(i: int) -> str:  # 10 x 10 x 26 invented people
    return f"{_GIVEN[i % 10]} {chr(65 + (i // 100) % 26)}. {_FAMILY[(i // 10) % 10]}"


def _place(i: int) -> str:  # 12 x 12 invented towns
    return _STEMS[i % 12] + _ENDINGS[(i // 12) % 12]


_ONE_DAY = (  # synthetic: an event of its own people and place, all on one day
    "{p} visited {c} on Monday for talks.",
    "{p} met defence ministers in {c} on Monday.",
    "{p} signed a security agreement in {c} on Monday.",
)
_SAYINGS = (  # synthetic: a statement, then an event in a sentence of its own
    '"We will rebuild the bridge," {p} said. A meeting was held in {c} after the floods.',
    "{p} said the talks would go on. The visit to {c} ended without an agreement.",
)

FAMILIES: dict[str, Callable[[int], str]] = {
    "events on one day": lambda k: " ".join(_ONE_DAY[i % 3].format(p=_person(i), c=_place(i // 3)) for i in range(k)),
    "statements and events": lambda k: " ".join(_SAYINGS[i % 2].format(p=_person(i), c=_place(i)) for i in range(k)),
}
SMALL = 40


@pytest.fixture(scope="module")
def operations() -> dict[str, tuple[int, int]]:
    """Operations of parse at k and 10k sentences of each family, measured once in a fresh process."""
    cases = [(f"parse|{name}", "parse", make(SMALL), make(10 * SMALL)) for name, make in FAMILIES.items()]
    return measure_growth(cases)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_parse_is_linear_in_events(operations: dict[str, tuple[int, int]], family: str) -> None:
    """10x the statements and events cost at most ~12x the operations."""
    small, large = operations[f"parse|{family}"]
    assert small > 10_000  # the measure sees the work
    assert large / small <= GROWTH, f"{family}: {small} -> {large} ({large / small:.1f}x for 10x the input)"
