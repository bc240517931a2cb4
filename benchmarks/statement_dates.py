"""Audit the statement-date rules on real news: how often each rule fires, and how often it is right.

Usage::

    python benchmarks/statement_dates.py                    # dev-a, dev-b, dev-c
    python benchmarks/statement_dates.py dev-a --show wrong  # also list the wrong firings (id, rule, dates)

Every statement ``parse`` finds is paired with the gold statements exactly as ``score_statements.py`` pairs
them (overlap of at least half the shorter span, one-to-one, greedy by overlap). A dated statement is
counted under the rule its date's ``reason`` names (``own-clause`` when the date came from the statement's
own attribution, not from a rule of ``_statement_dates.DATE_RULES``) as ``right`` (the gold date),
``wrong`` (the gold has another date), ``undated`` (the gold leaves it undated: the over-firing the blind
part punishes) or ``unmatched`` (no gold statement). ``missed`` counts gold-dated statements left undated.
``--show`` prints passage ids, rules and dates only, never the text. The blind part is refused.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realnews

OUTCOMES = ("right", "wrong", "undated", "unmatched")


def rule_of(reason: str) -> str:
    """The name of the rule of ``DATE_RULES`` whose reason prefix ``reason`` starts with, else ``own-clause``."""
    from nato_ukraine_timeline._statement_dates import DATE_RULES

    for rule in DATE_RULES:
        if reason.startswith(rule.reason):
            return rule.name
    return "own-clause"


def _pairs(gold: list[dict[str, Any]], pred: list[Any]) -> dict[int, int]:
    """Predicted statement index -> gold index, as ``score_statements.py`` pairs them."""
    sys.path.insert(0, str(realnews.EVAL))
    import score_statements as sc

    ranked = sorted(
        (
            (sc.overlap((x["start"], x["end"]), (y.span.start, y.span.end)), i, j)
            for i, x in enumerate(gold)
            for j, y in enumerate(pred)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for ov, i, j in ranked:
        if ov < 0.5 or i in used_g or j in out:
            continue
        used_g.add(i)
        out[j] = i
    return out


def audit(part: str) -> tuple[dict[str, collections.Counter[str]], list[str]]:
    """Per-rule outcome counts on one part, and one line per firing that is not right."""
    import nato_ukraine_timeline as ntl

    sys.path.insert(0, str(realnews.EVAL))
    import score_statements as sc

    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines: list[str] = []
    for raw in realnews.gold_file(part).read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        doc = json.loads(raw)
        published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        gold = [sc.with_span(doc["text"], x) for x in doc.get("statements", [])]
        pred = list(ntl.parse(doc["text"], published=published).statements)
        pairs = _pairs(gold, pred)
        for j, s in enumerate(pred):
            g = gold[pairs[j]] if j in pairs else None
            if s.when is None:
                if g is not None and g.get("date"):
                    counts["(none)"]["missed"] += 1
                    lines.append(f"{doc['id']} missed: gold {g['date']} at {s.span.start}")
                continue
            rule = rule_of(s.when.reason)
            if g is None:
                outcome = "unmatched"
            elif not g.get("date"):
                outcome = "undated"
            else:
                outcome = "right" if g["date"] == s.when.timex else "wrong"
            counts[rule][outcome] += 1
            if outcome != "right":
                lines.append(f"{doc['id']} {rule} {outcome}: ours {s.when.timex} gold {g and g.get('date')}")
    return counts, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("parts", nargs="*", default=list(realnews.PARTS))
    ap.add_argument("--show", choices=("wrong",), help="list the firings that are not right (ids only)")
    args = ap.parse_args(argv)
    if not realnews.DATA.is_dir():
        print(f"{realnews.DATA} not found: nothing to audit")
        return 0
    for part in args.parts:
        if part == "dev-d":
            raise SystemExit("dev-d is blind: it is scored once by the coordinator, never audited")
        counts, lines = audit(part)
        for rule in sorted(counts):
            print(json.dumps({"part": part, "rule": rule, **{k: counts[rule][k] for k in (*OUTCOMES, "missed")}}))
        if args.show:
            print("\n".join(f"  {line}" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
