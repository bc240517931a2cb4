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

``missed`` is broken down (``missed_where``, one line per part) by where the passage names the gold date, the
evidence a reader would use (seventeenth session, sdates17): ``own-sentence`` (outside the words, in the
statement's sentence), ``before:same-speaker`` / ``before:other-speaker`` (in the sentence before, which holds a
statement of the same / another speaker as ``parse`` attributes them), ``before:speaker-named`` /
``before:not-named`` (in the sentence before, no statement there, the speaker's name there or not),
``earlier`` (further back), ``later`` (only after the statement), ``in-words`` (only inside the words) and
``not-named`` (no gold timex has the value). Count a class over every pool before building a rule for it.

``missed_speaker`` (eighteenth session, sdates18) splits the same misses by whether ``parse`` gave the statement
the gold speaker (``right``) or another (``wrong``: the attribution read another clause, so the rules that read
the speaker's own clause find no day there; 37 of 216 misses over the ten pools at the session's start, which
rule ``verb-day`` then read in part).

``missed_stage`` (nineteenth session, sdates19) splits the ``own-sentence`` misses with the gold speaker by the
step of the own-sentence path (rule occasion-in-sentence and the rules beside it) that left them undated:
``not-one-act`` (the saying is no one act in the past: "has said", "says"), ``no-single-day`` (no day of the
sentence survives the guards of ``_occasion_day``: none outside the words and quotations, or several),
``other-day`` (the one day left is not the gold's), ``day-after-words``, ``day-other-clause`` (the day stands in a
relative, report or reduced clause or after a possessor) and ``day-not-speakers`` (before the words, in no
other clause, but not read as the speaker's: not after the speaker as subject, not fronted, not opening the
speaker's clause). Over the eleven pools at the session's start (54 such misses): 26 no-single-day (nine pools),
14 day-not-speakers (six pools), 6 day-other-clause, 6 day-after-words, 1 other-day, 1 not-one-act.
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


def missed_where(
    text: str,
    sentences: list[tuple[int, int]],
    timexes: list[dict[str, Any]],
    *,
    words: tuple[int, int],
    date: str,
    before: tuple[list[str], str],
) -> str:
    """Where ``text`` names ``date``, the gold date of a statement whose words span ``words``: the class of
    ``missed_where`` (see the module's docstring). ``sentences`` are the passage's sentence spans,
    ``timexes`` its gold timexes; ``before`` is (the speaker ids of the statements ``parse`` found in the
    sentence before, the id and the name of this statement's speaker joined by a tab)."""
    at = [x["start"] for x in timexes if x.get("value") == date]
    if not at:
        return "not-named"
    outside = [p for p in at if not words[0] <= p < words[1]]
    if not outside:
        return "in-words"
    k = next((i for i, (a, b) in enumerate(sentences) if a <= words[0] < b), None)
    if k is None:
        return "not-named"
    a, b = sentences[k]
    if any(a <= p < b for p in outside):
        return "own-sentence"
    ids, who = before
    speaker, name = who.split("\t")
    if k > 0 and any(sentences[k - 1][0] <= p < sentences[k - 1][1] for p in outside):
        if ids:
            return "before:same-speaker" if speaker in ids else "before:other-speaker"
        lo, hi = sentences[k - 1]
        named = any(len(w) > 3 and w in text[lo:hi] for w in name.split())
        return "before:speaker-named" if named else "before:not-named"
    return "earlier" if any(p < a for p in outside) else "later"


def missed_stage(doc: Any, found: list[Any], f: Any, date: str) -> str:
    """The class of ``missed_stage`` (see the module's docstring) of the statement ``f``, one of ``found`` (the
    ``find_statements`` of the analysed document ``doc``), left undated, whose gold date ``date`` its own
    sentence names outside the words."""
    from nato_ukraine_timeline import _statement_dates as sd

    if not sd.one_act(doc, f):
        return "not-one-act"
    sent = doc.sentences[f.sentence]
    day = sd._occasion_day(doc, sent, found)  # noqa: SLF001 - a diagnostic of the rule's own steps
    if day is None:
        return "no-single-day"
    if day.value.timex != date:
        return "other-day"
    if day.end > f.start:
        return "day-after-words"
    if sd._in_other_clause(doc, sent, day):  # noqa: SLF001 - a diagnostic of the rule's own steps
        return "day-other-clause"
    return "day-not-speakers"


def speaker_outcome(gold_speaker: str, name: str | None) -> str:
    """``right`` where ``name`` (the speaker ``parse`` gave) is the gold speaker as ``score_statements.py``
    compares them, else ``wrong``."""
    sys.path.insert(0, str(realnews.EVAL))
    import score_statements as sc

    return "right" if sc.same_speaker(gold_speaker, name) else "wrong"


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
    """Per-rule outcome counts on one part (and under ``(missed where)`` the classes of :func:`missed_where`),
    and one line per firing that is not right."""
    import nato_ukraine_timeline as ntl
    from nato_ukraine_timeline._sentences import split_sentences

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
        sentences = [(x.start, x.end) for x in split_sentences(doc["text"])]
        analysed: tuple[Any, list[Any]] | None = None
        for j, s in enumerate(pred):
            g = gold[pairs[j]] if j in pairs else None
            if s.when is None:
                if g is not None and g.get("date"):
                    counts["(none)"]["missed"] += 1
                    where = _where(doc, sentences, pred, j, g)
                    counts["(missed where)"][where] += 1
                    who = speaker_outcome(g["speaker"], s.speaker.name)
                    counts["(missed speaker)"][who] += 1
                    if where == "own-sentence" and who == "right":
                        analysed = analysed or _analysed(doc["text"], published)
                        stage = _stage(analysed, s, g["date"])
                        counts["(missed stage)"][stage] += 1
                    lines.append(f"{doc['id']} missed ({where}, speaker {who}): gold {g['date']} at {s.span.start}")
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


def _analysed(text: str, published: dt.date | None) -> tuple[Any, list[Any]]:
    """The analysed document of ``text`` and its statements as ``parse`` finds them (``Found``, dated)."""
    from nato_ukraine_timeline._document import analyse
    from nato_ukraine_timeline._statements import find_statements

    doc, _ = analyse(text, published=published, window=None, order=None)
    return doc, find_statements(doc)


def _stage(analysed: tuple[Any, list[Any]], s: Any, date: str) -> str:
    """:func:`missed_stage` for the statement ``s`` of ``parse``: the ``Found`` whose words overlap its span most."""
    doc, found = analysed
    overlap = [(min(f.end, s.span.end) - max(f.start, s.span.start), k) for k, f in enumerate(found)]
    best, k = max(overlap, default=(0, -1))
    return missed_stage(doc, found, found[k], date) if best > 0 else "not-found"


def _where(doc: dict[str, Any], sentences: list[tuple[int, int]], pred: list[Any], j: int, g: dict[str, Any]) -> str:
    """:func:`missed_where` for the ``j``-th statement ``parse`` found, paired with the gold statement ``g``."""
    s = pred[j]
    k = next((i for i, (a, b) in enumerate(sentences) if a <= g["start"] < b), -1)
    lo, hi = sentences[k - 1] if k > 0 else (0, 0)
    ids = [y.speaker.id for y in pred if lo <= y.span.start < hi]
    who = f"{s.speaker.id}\t{s.speaker.name}"
    words = (g["start"], g["end"])
    return missed_where(doc["text"], sentences, doc.get("timexes", []), words=words, date=g["date"], before=(ids, who))


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
        where = counts.pop("(missed where)", collections.Counter())
        speaker = counts.pop("(missed speaker)", collections.Counter())
        stage = counts.pop("(missed stage)", collections.Counter())
        for rule in sorted(counts):
            print(json.dumps({"part": part, "rule": rule, **{k: counts[rule][k] for k in (*OUTCOMES, "missed")}}))
        print(json.dumps({"part": part, "missed_where": dict(where.most_common())}))
        print(json.dumps({"part": part, "missed_speaker": dict(speaker.most_common())}))
        print(json.dumps({"part": part, "missed_stage": dict(stage.most_common())}))
        if args.show:
            print("\n".join(f"  {line}" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
