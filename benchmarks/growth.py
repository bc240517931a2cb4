"""How the time and peak memory of ``parse`` and ``find_dates`` grow with the size of one input shape.

    python benchmarks/growth.py                       # every shape, both functions, time and memory
    python benchmarks/growth.py --only parse --shape quotes --steps 4
    python benchmarks/growth.py --no-memory           # CPU time only (tracemalloc slows a run ~2x)

Each shape is a synthetic input (written here, no real text) made at a base size and doubled ``--steps - 1``
times; every size is run once for CPU time (``time.process_time``, best of ``--repeat``) and once under
``tracemalloc`` for its peak allocation. The ratio column is the growth from the previous size: a
doubling of the input gives about 2.0-2.3 for linear or ``n log n`` work; a ratio near 4 is quadratic (a
row over ``--flag`` is marked ``<<``). Timings on a shared machine are noisy: read the ratios of one run,
and the load average printed at the top and bottom.

Shapes (``n`` is the size unit that doubles):

* ``feed``        -- a feed of ``n`` one-line items (each a dated statement or event; no publication
  date, order not given: the feed path, which detects the order itself); 10 .. 5,000 items.
* ``no-end``      -- one paragraph of ``n`` words with no sentence end (no full stop anywhere).
* ``quotes``      -- ``n`` quotation marks in one paragraph (short quoted phrases with a speaker).
* ``closing``     -- ``n`` quotation marks in one sentence, each quotation followed by ", <person> said," (added
  fifteenth session, robust15).
* ``names``       -- one sentence naming ``n`` people before one speech verb.
* ``dates``       -- one sentence holding ``n`` dates.
* ``same-day``    -- one passage of ``n`` events on the same day (a meeting, a visit, an attack ...), each with
  its own people and (invented) place, so that the checks for one event told twice compare them all.
* ``sayings``     -- one paragraph of ``n`` statements, each followed by an event in a sentence of its own.

Figures (fourteenth session, robust14, 2026-12-06, load average 5-7 on 2 shared cores; CPU s, ratio per doubling;
peak memory grew 1.8-2.0x per doubling in every shape, i.e. linearly):

* ``find_dates``: every shape linear (1.9-2.0x per doubling at the largest sizes): feed of 5,000 items (449 KB)
  0.40 s; 96 KB without a sentence end 0.09 s.
* ``parse``: feed 10 / 100 / 1,000 / 2,000 / 5,000 items: 0.07 / 0.05 / 0.41 / 0.69 / 1.77 s (x2.04 per doubling
  from 2,000 to 5,000); no-end 96 KB 0.65 s (x2.10); names 800 (21 KB) 0.06 s; dates 800 in one sentence 0.04 s;
  same-day 800 (56 KB) 0.28 s (x2.00); sayings 800 (77 KB) 0.37 s (x2.02).
* Fixed this session (``git log``): sayings 6,400 11.97 -> 5.73 s, same-day 1,600 1.47 -> 0.74 s.
* Fixed (fifteenth session, robust15): ``quotes`` grew ~x2.4-3 per doubling past 4,000 quotation marks in ONE
  sentence (no sentence end): every verb of saying was compared with every later one
  (``_statements.inside_closing_attribution``) and every quotation with every span already read
  (``_quote_rules._covered``). Now one pass from the last verb (``inside_closing_attributions``) and a bisection of
  the sorted spans, same output. Load average 12-15: ``quotes`` 4,000 / 8,000 / 16,000 / 32,000 marks before 0.75 /
  2.17 / 5.54 / >120 s (stopped), after 0.57 / 1.26 / 2.21 / 4.75 s (x1.8-2.2 per doubling); the new ``closing``
  shape 1,000 / 2,000 / 4,000 / 8,000 marks before 0.36 / 1.10 / 4.14 / 10.45 s (x2.5-3.8), after 0.25 / 0.55 /
  1.27 / 2.70 s (x2.1-2.3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import os
import signal
import sys
import time
import tracemalloc
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

PUBLISHED = dt.date(2025, 2, 18)
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_GIVEN = ("Anna", "Piotr", "Maria", "Jonas", "Elena", "Tomas", "Laura", "Marek", "Ines", "Karl", "Olga", "Paul")
_FAMILY = (  # synthetic people: common given names and surnames, none from the registry
    "Kowalczyk", "Nowak", "Horvath", "Berg", "Petrov", "Novak", "Rossi", "Zielinski", "Moreau", "Lindqvist",
    "Sidorenko", "Meier", "Jansen", "Dubois", "Larsen", "Costa", "Weber", "Kovacs", "Popescu", "Ivanov",
    "Fischer", "Svensson", "Marino", "Hansen", "Bauer", "Szabo", "Nielsen", "Romano", "Koch", "Wagner",
)  # fmt: skip
_STEMS = (  # invented town names (stem + ending): as many distinct places as a long text needs
    "Nova", "Stara", "Bila", "Zelen", "Kamen", "Lipo", "Dubro", "Sosno", "Vysh", "Hora", "Pole", "Rich",
    "Yasen", "Beres", "Topol", "Verb", "Glin", "Pesk", "Ozer", "Lug",
)  # fmt: skip
_ENDINGS = ("grad", "ville", "burg", "dorf", "pol", "sk", "ovo", "ets", "yn", "ka", "ino", "ach", "stad", "mark")
_EVENTS = (  # synthetic sentences, each an event on one day ({p} a person, {c} a city)
    "{p} met defence ministers in {c} on Monday to discuss air defence.",
    "{p} visited {c} on Monday for talks.",
    "Drones struck an energy facility near {c} on Monday, {p} said.",
    "{p} signed a security agreement in {c} on Monday.",
    "{p} announced a new training mission in {c} on Monday.",
    "Leaders held a summit in {c} on Monday, {p} said.",
)


def _place(i: int) -> str:
    return _STEMS[i % len(_STEMS)] + _ENDINGS[(i // len(_STEMS)) % len(_ENDINGS)]


def _person(i: int) -> str:
    g, f = _GIVEN[i % len(_GIVEN)], _FAMILY[(i // len(_GIVEN)) % len(_FAMILY)]
    initial = chr(ord("A") + (i // (len(_GIVEN) * len(_FAMILY))) % 26)
    return f"{g} {initial}. {f}"


def feed(n: int) -> str:
    out = []
    for i in range(n):
        day = dt.date(2025, 12, 31) - dt.timedelta(days=i // 3)  # newest first, three items a day
        when = f"{_MONTHS[day.month - 1]} {day.day}"
        out.append(f"NATO Secretary General Mark Rutte said on {when} that allies must spend more on defence.")
    return "\n".join(out)


def no_end(n: int) -> str:
    words = ("allies", "said", "defence", "Rutte", "on", "Monday", "and", "Kyiv", "talks", "would", "continue")
    return " ".join(words[i % len(words)] for i in range(n))


def quotes(n: int) -> str:
    return " ".join('"we will help," Rutte said, and "we stand firm"' for _ in range(n // 4))


def closing(n: int) -> str:
    """One sentence of ``n`` quotation marks, each quotation followed by ", <person> said," (each a closing
    attribution the rules weigh against every verb of saying before it), closed by one full stop."""
    return " ".join(f'"the talks will go on," {_person(i)} said,' for i in range(n // 2)).rstrip(",") + "."


def names(n: int) -> str:
    people = ", ".join(f"minister {_person(i)}" for i in range(n))
    return f"{people} and the president said on Monday that the talks would continue."


def dates(n: int) -> str:
    days = ", ".join(f"{_MONTHS[i % 12]} {1 + i % 28}" for i in range(n))
    return f"Talks were held on {days} and again in 2025."


_SAYINGS = (  # synthetic: a statement, then an event in a sentence of its own
    '"We will rebuild the bridge," {p} said. A meeting was held in {c} after the floods.',
    "{p} said the talks would go on. The visit to {c} ended without an agreement.",
)


def sayings(n: int) -> str:
    return " ".join(_SAYINGS[i % 2].format(p=_person(i), c=_place(i)) for i in range(n))


def same_day(n: int) -> str:
    return " ".join(_EVENTS[i % len(_EVENTS)].format(p=_person(i), c=_place(i // len(_EVENTS))) for i in range(n))


SHAPES: dict[str, tuple[Callable[[int], str], int, dict[str, Any]]] = {
    # name: (maker, base n, options)
    "feed": (feed, 10, {}),
    "no-end": (no_end, 1000, {"published": PUBLISHED}),
    "quotes": (quotes, 250, {"published": PUBLISHED}),
    "closing": (closing, 250, {"published": PUBLISHED}),
    "names": (names, 50, {"published": PUBLISHED}),
    "dates": (dates, 50, {"published": PUBLISHED}),
    "same-day": (same_day, 50, {"published": PUBLISHED}),
    "sayings": (sayings, 50, {"published": PUBLISHED}),
}


class _Stop(Exception):  # noqa: N818 - a signal, not an error
    pass


def _alarm(*_: object) -> None:
    raise _Stop


def _cpu(func: Callable[..., Any], text: str, opts: dict[str, Any], repeat: int, cap: int) -> float | None:
    best = None
    for _ in range(repeat):
        gc.collect()
        signal.alarm(cap)
        t0 = time.process_time()
        try:
            func(text, **opts)
        except _Stop:
            return None
        finally:
            signal.alarm(0)
        took = time.process_time() - t0
        best = took if best is None else min(best, took)
    return best


def _peak(func: Callable[..., Any], text: str, opts: dict[str, Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        func(text, **opts)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _sizes(base: int, steps: int, shape: str) -> list[int]:
    if shape == "feed":  # the sizes the reliability brief names, then doublings
        return [10, 100, 1000, 2000, 5000][:steps]
    return [base * 2**k for k in range(steps)]


def _ratio(new: float | None, old: float | None, n_new: int, n_old: int) -> str:
    if new is None or old is None or old <= 0:
        return "     -"
    per_doubling = (new / old) ** (1 / max(1e-9, _log2(n_new / n_old)))
    return f"{per_doubling:6.2f}"


def _log2(x: float) -> float:
    return math.log2(x)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("find_dates", "parse"), help="one function (default: both)")
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append", help="one shape (repeatable)")
    parser.add_argument("--steps", type=int, default=4, help="sizes per shape (doublings; feed: 10,100,1000,2000,5000)")
    parser.add_argument("--repeat", type=int, default=1, help="CPU runs per size, best kept")
    parser.add_argument("--cap", type=int, default=120, help="seconds before one run is stopped")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--flag", type=float, default=2.6, help="per-doubling ratio marked as superlinear")
    args = parser.parse_args(argv)
    import nato_ukraine_timeline as ntl

    funcs = {"find_dates": ntl.find_dates, "parse": ntl.parse}
    signal.signal(signal.SIGALRM, _alarm)
    ntl.parse("NATO said on Monday.", published=PUBLISHED)  # warm-up: tables, patterns
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print(f"{'function':10} {'shape':9} {'n':>6} {'chars':>8} {'CPU s':>8} {'x/2n':>6} {'peak KB':>9} {'x/2n':>6}")
    for fname in [args.only] if args.only else list(funcs):
        func = funcs[fname]
        for shape in args.shape or list(SHAPES):
            make, base, opts = SHAPES[shape]
            prev: tuple[int, float | None, float | None] | None = None
            for n in _sizes(base, args.steps, shape):
                text = make(n)
                cpu = _cpu(func, text, opts, args.repeat, args.cap)
                peak = None if args.no_memory or cpu is None else _peak(func, text, opts) / 1024
                rt = _ratio(cpu, prev[1], n, prev[0]) if prev else "     -"
                rm = _ratio(peak, prev[2], n, prev[0]) if prev else "     -"
                flag = "  <<" if any(r.strip() not in ("-", "") and float(r) > args.flag for r in (rt, rm)) else ""
                shown = f"{cpu:8.3f}" if cpu is not None else f">{args.cap:7d}"
                mem = f"{peak:9.0f}" if peak is not None else "        -"
                print(f"{fname:10} {shape:9} {n:6} {len(text):8} {shown} {rt} {mem} {rm}{flag}", flush=True)
                prev = (n, cpu, peak)
                if cpu is None:
                    break
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
