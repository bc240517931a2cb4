"""parse() scored on SYNTHETIC news passages (tests/data/heldout_news*.jsonl, GOLD.md format).

The passages are synthetic: the team wrote them in the style of wire coverage of 2024-2025 (datelines,
Telegram posts, nightly addresses, "according to", spokespeople, split quotations, headlines, scare
quotes). They are regression sets, not a measure of generalisation: text we wrote ourselves says little
about real news (``benchmarks/realnews.py`` scores real passages from ``../shared``). The file names keep
their history ("heldout", "blind": written before the rules of their round). The floors below are the
figures the code reached when they were set, minus a small margin, so that a regression fails.

Run ``pytest tests/test_parse_heldout.py -s`` to print the figures and every miss.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from nato_ukraine_timeline import Event, Timeline, find_dates, parse
from scoring import overlap, pair_statements

DATA = Path(__file__).resolve().parent / "data"
# "heldout": the development set the rules were first checked against. "blind": passages written after the
# first round of fixes and scored before the second (statements P 0.87 / R 0.59 then), to measure how the
# rules carry over to text they were not checked against; its failures were then fixed in general form
# (tests/test_parse_phenomena.py), so it is now a regression set like the other. "blind2": written after
# the second round and scored before the third (statements P 0.94 / R 0.94, events P 0.67 / R 0.80 then).
# "blind3": written after the fourth round, scored before the fifth (statements P 0.82 / R 0.82 with every
# speaker right, events P 0.88 / R 0.54 then). "blind4": written after the fifth round, scored before the
# sixth (statements P 0.83 / R 0.67, events P 1.00 / R 0.40 then). "blind5": after the sixth, scored
# before the seventh (statements P 0.93 / R 0.87, events P 0.78 / R 0.78 then). "blind6": after the
# seventh, scored before the eighth (statements P 0.94 / R 0.94 with every speaker right, events P 1.00 /
# R 0.86 then). "blind7" (two passages without a publication date): after the eighth, scored before the
# ninth (statements P 1.00 / R 0.92; events P 0.50 / R 0.75 against a first annotation that had missed two
# real dated events the parser found). "blind8" (events): after the ninth, scored before the tenth
# (statements P 1.00 / R 1.00; events P 0.78 / R 0.88 then). "blind9": after the tenth; every statement
# and event right when first scored (no fix followed).
SETS = {
    "heldout": DATA / "heldout_news.jsonl",
    "blind": DATA / "heldout_news_blind.jsonl",
    "blind2": DATA / "heldout_news_blind2.jsonl",
    "blind3": DATA / "heldout_news_blind3.jsonl",
    "blind4": DATA / "heldout_news_blind4.jsonl",
    "blind5": DATA / "heldout_news_blind5.jsonl",
    "blind6": DATA / "heldout_news_blind6.jsonl",
    "blind7": DATA / "heldout_news_blind7.jsonl",
    "blind8": DATA / "heldout_news_blind8.jsonl",
    "blind9": DATA / "heldout_news_blind9.jsonl",
}

# Floors: the figures measured when they were set, minus a small margin.
FLOORS = {
    "heldout": {
        "statement_precision": 0.97,
        "statement_recall": 0.97,
        "speaker_precision": 0.97,
        "speaker_recall": 0.97,
        "statement_dates_right": 0.97,
        # 0.94 since dates12 (twelfth session): heldout-012's place no longer keeps its date ("on Feb." of
        # "on Feb. 28"), so the rule told-in-person reads the telling there as a meeting (the gold's kind), beside
        # the catch-all event of its noun: one sentence, two events the events layer does not merge across kinds
        "event_precision": 0.94,
        "event_recall": 0.89,
        "timex_value_recall": 0.92,  # the dates component's figures: a wider margin
        "timex_value_precision": 0.93,
        "actor_recall": 0.95,
    },
    "blind2": {
        # 0.90 since the thirteenth session: rule lead-after withdrawn (its lead dated by the speaker's next
        # dated saying was right once and wrong five times over the real development pools), so blind2-002's
        # lead, which our synthetic gold dates that way, is now undated (statement_dates_right 0.95).
        "statement_precision": 0.90,
        "statement_recall": 0.94,
        "speaker_precision": 0.94,
        "speaker_recall": 0.94,
        "statement_dates_right": 0.94,
        "event_precision": 0.75,
        "event_recall": 0.75,
        "timex_value_recall": 0.85,
        "timex_value_precision": 0.93,
        "actor_recall": 0.95,
    },
    "blind3": {
        "statement_precision": 0.9,
        "statement_recall": 0.9,
        "speaker_precision": 0.95,
        "speaker_recall": 0.95,
        "statement_dates_right": 0.9,
        "event_precision": 0.9,
        "event_recall": 0.72,
        "timex_value_recall": 0.9,
        "timex_value_precision": 0.93,
        "actor_recall": 0.95,
    },
    "blind4": {
        "statement_precision": 0.95,
        "statement_recall": 0.9,
        "speaker_precision": 0.95,
        "speaker_recall": 0.9,
        "statement_dates_right": 0.9,
        "event_precision": 0.9,
        "event_recall": 0.55,
        "timex_value_recall": 0.9,
        "timex_value_precision": 0.93,
        "actor_recall": 0.9,
    },
    "blind5": {
        "statement_precision": 0.95,
        "statement_recall": 0.95,
        "speaker_precision": 0.95,
        "speaker_recall": 0.95,
        "statement_dates_right": 0.95,
        "event_precision": 0.75,
        "event_recall": 0.75,
        "timex_value_recall": 0.9,
        "timex_value_precision": 0.93,
        "actor_recall": 0.95,
    },
    "blind6": {
        "statement_precision": 0.95,
        "statement_recall": 0.95,
        "speaker_precision": 0.95,
        "speaker_recall": 0.95,
        "statement_dates_right": 0.95,
        "event_precision": 0.95,
        "event_recall": 0.95,
        "timex_value_recall": 0.95,
        "timex_value_precision": 0.88,
        "actor_recall": 0.95,
    },
    "blind7": {
        "statement_precision": 0.95,
        "statement_recall": 0.95,
        "speaker_precision": 0.95,
        "speaker_recall": 0.95,
        "statement_dates_right": 0.95,
        "event_precision": 0.95,
        "event_recall": 0.95,
        "timex_value_recall": 0.95,
        "timex_value_precision": 0.95,
        "actor_recall": 0.95,
    },
    "blind8": {
        "statement_precision": 0.95,
        "statement_recall": 0.95,
        "speaker_precision": 0.95,
        "speaker_recall": 0.95,
        "statement_dates_right": 0.95,
        "event_precision": 0.95,
        "event_recall": 0.95,
        "timex_value_recall": 0.8,
        "timex_value_precision": 0.95,
        "actor_recall": 0.95,
    },
    "blind9": {
        "statement_precision": 0.95,
        "statement_recall": 0.95,
        "speaker_precision": 0.95,
        "speaker_recall": 0.95,
        "statement_dates_right": 0.95,
        "event_precision": 0.95,
        "event_recall": 0.95,
        "timex_value_recall": 0.85,
        "timex_value_precision": 0.85,
        "actor_recall": 0.95,
    },
    "blind": {
        "statement_precision": 0.95,
        "statement_recall": 0.95,
        "speaker_precision": 0.95,
        "speaker_recall": 0.95,
        "statement_dates_right": 0.95,
        "event_precision": 0.95,
        "event_recall": 0.95,
        "timex_value_recall": 0.95,
        "timex_value_precision": 0.90,
        "actor_recall": 0.94,
    },
}


@cache
def _passages(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(line) for line in SETS[name].read_text(encoding="utf-8").splitlines() if line.strip())


def _timeline(p: dict[str, Any]) -> Timeline:
    return parse(p["text"], published=p["published"])


def _pair_events(gold: list[dict[str, Any]], found: tuple[Event, ...]) -> list[tuple[dict[str, Any], Event]]:
    """Pairs (gold, found): the trigger spans overlap and the dates agree (the kind is scored apart)."""
    pairs: list[tuple[dict[str, Any], Event]] = []
    used: set[int] = set()
    for g in gold:
        for i, e in enumerate(found):
            timex = e.when.timex if e.when is not None else None
            if i in used or timex != g["date"]:
                continue
            if overlap((g["start"], g["end"]), (e.span.start, e.span.end)) > 0:
                used.add(i)
                pairs.append((g, e))
                break
    return pairs


class Score(NamedTuple):
    figures: dict[str, float]
    misses: list[str]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


@cache
def _score(name: str) -> Score:
    n_gold = n_found = right = speaker_right = dates_right = 0
    ev_gold = ev_found = ev_right = ev_kind = 0
    tx_gold = tx_found = tx_right = 0
    act_gold = act_right = 0
    misses: list[str] = []
    for p in _passages(name):
        tl = _timeline(p)
        text = p["text"]
        gold = p["statements"]
        found = tl.statements
        n_gold += len(gold)
        n_found += len(found)
        pairs = pair_statements(gold, found)
        matched = set()
        for g, s in pairs:
            matched.add(id(s))
            when = s.when.timex if s.when is not None else None
            ok_speaker = s.speaker.name == g["speaker"]
            speaker_right += ok_speaker
            dates_right += when == g["date"]
            if ok_speaker and s.direct == g["direct"] and when == g["date"]:
                right += 1
            else:
                misses.append(
                    f"{p['id']} statement {g['quote'][:40]!r}: gold {g['speaker']}/{g['direct']}/{g['date']}"
                    f" found {s.speaker.name}/{s.direct}/{when}"
                )
        misses.extend(
            f"{p['id']} statement missed: {g['speaker']}: {g['quote'][:60]!r}"
            for g in gold
            if not any(g is gg for gg, _ in pairs)
        )
        misses.extend(
            f"{p['id']} statement spurious: {s.speaker.name}: {s.text[:60]!r}" for s in found if id(s) not in matched
        )
        # Events: only those the parser dates count as found (the gold lists dated events only).
        events = tuple(e for e in tl.events if e.when is not None)
        ev_gold += len(p["events"])
        ev_found += len(events)
        epairs = _pair_events(p["events"], events)
        ev_right += len(epairs)
        ev_kind += sum(g["kind"] == e.kind.value for g, e in epairs)
        misses.extend(
            f"{p['id']} event missed: {g['kind']} {g['trigger']!r} {g['date']}"
            for g in p["events"]
            if not any(g is gg for gg, _ in epairs)
        )
        misses.extend(
            f"{p['id']} event spurious: {e.kind.value} {e.trigger!r} {e.when and e.when.timex}"
            for e in events
            if not any(e is ee for _, ee in epairs)
        )
        # Date mentions: the value of each gold timex, found with an overlapping span.
        pub = dt.date.fromisoformat(p["published"]) if p["published"] else None
        dates = list(find_dates(text, published=pub))
        tx_gold += len(p["timexes"])
        tx_found += len(dates)
        for t in p["timexes"]:
            hit = next((d for d in dates if overlap((t["start"], t["end"]), (d.start, d.end)) > 0), None)
            if hit is not None and hit.timex == t["value"]:
                tx_right += 1
            else:
                misses.append(f"{p['id']} timex {t['text']!r}: gold {t['value']} found {hit and hit.timex}")
        names = {a.name for a in tl.actors}
        act_gold += len(p["actors"])
        for a in p["actors"]:
            if a["name"] in names:
                act_right += 1
            else:
                misses.append(f"{p['id']} actor missed: {a['name']}")
    figures = {
        "statement_precision": _ratio(right, n_found),
        "statement_recall": _ratio(right, n_gold),
        "speaker_precision": _ratio(speaker_right, n_found),
        "speaker_recall": _ratio(speaker_right, n_gold),
        "statement_dates_right": _ratio(dates_right, n_gold),
        "event_precision": _ratio(ev_right, ev_found),
        "event_recall": _ratio(ev_right, ev_gold),
        "event_kind_right": _ratio(ev_kind, max(1, ev_right)),
        "timex_value_recall": _ratio(tx_right, tx_gold),
        "timex_value_precision": _ratio(tx_right, tx_found),
        "actor_recall": _ratio(act_right, act_gold),
    }
    return Score(figures, misses)


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_well_formed(name: str) -> None:
    """Enough passages; every offset indexes the words it names; published dates are ISO dates."""
    passages = _passages(name)
    assert len(passages) >= (40 if name == "heldout" else 10)
    assert len({p["id"] for p in passages}) == len(passages)
    for p in passages:
        text = p["text"]
        if p["published"] is not None:
            dt.date.fromisoformat(p["published"])
        for t in p["timexes"]:
            assert text[t["start"] : t["end"]] == t["text"], (p["id"], t)
            assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}
        for s in p["statements"]:
            assert text[s["start"] : s["end"]] == s["quote"], (p["id"], s)
        for e in p["events"]:
            assert text[e["start"] : e["end"]] == e["trigger"], (p["id"], e)


@pytest.mark.parametrize("name", sorted(SETS))
def test_print_figures(name: str) -> None:
    """Print the figures and the misses (visible with -s); the floors are asserted below."""
    score = _score(name)
    lines = [f"[{name}]", *(f"{figure:24} {value:.3f}" for figure, value in score.figures.items())]
    sys.stdout.write("\n" + "\n".join([*lines, *("  " + miss for miss in score.misses)]) + "\n")
    assert set(FLOORS[name]) <= set(score.figures)


@pytest.mark.parametrize(("name", "figure"), [(n, f) for n in sorted(SETS) for f in sorted(FLOORS[n])])
def test_floor(name: str, figure: str) -> None:
    """Each figure is at or above its floor."""
    assert _score(name).figures[figure] >= FLOORS[name][figure], (name, figure, _score(name).figures[figure])
