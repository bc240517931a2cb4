"""Score the library on real news passages (``../shared/data/realnews``) with the project's own scorers.

Usage::

    python benchmarks/realnews.py                 # dev-a, dev-b, dev-c (development parts)
    python benchmarks/realnews.py dev-d           # the blind part: see benchmarks/README.md first
    python benchmarks/realnews.py seed            # the built-in example against its annotation
    python benchmarks/realnews.py dev-a --keep /tmp/pred   # keep the prediction files
    python benchmarks/realnews.py --peers dateparser,heideltime   # the peers' dates side by side
    python benchmarks/realnews.py path/to/other-gold.jsonl       # any gold file in the GOLD.md format

``--peers`` scores the date taggers a user would pick instead (``benchmarks/_peers.py``: dateparser with
the publication date as its relative base, HeidelTime news domain with it as DCT) with the same scorer
(``score.py``) on the same passages; they have no statements or events to score.

For each part it writes three prediction files in the formats of ``../shared/eval`` (timexes from
``find_dates``, statements and events from ``parse``, each with the passage's publication date) and runs
``score.py``, ``score_statements.py`` and ``score_events.py`` on them, printing each scorer's final JSON
line. The data and the scorers are read from ``../shared`` beside the repository, never copied into it;
without them the script says so and exits 0.

Figures on ``dev-d`` are recorded once, first-seen, in ``benchmarks/scores.jsonl`` (one JSON object a
line: part, commit, what was measured, and whether the figure is ``first-seen`` or ``after-fix``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data" / "realnews"
EVAL = SHARED / "eval"
PARTS = ("dev-a", "dev-b", "dev-c")


def _published(doc: dict[str, Any]) -> dt.date | None:
    value = doc.get("published")
    return dt.date.fromisoformat(value) if value else None


def speaker_field(names: list[str]) -> str:
    """The gold's speaker convention (``../shared/GOLD.md``, the parts' READMEs): one canonical name, or
    for words said jointly the names in text order as news lists them, ``A and B`` / ``A, B and C``."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def predict(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The three prediction lines (timexes, statements, events) of one gold passage."""
    import nato_ukraine_timeline as ntl

    text, published = doc["text"], _published(doc)
    mentions = ntl.find_dates(text, published=published)
    timeline = ntl.parse(text, published=published)
    timexes = [{"start": m.start, "end": m.end, "type": str(m.type), "value": m.timex} for m in mentions]
    statements = [
        {
            "speaker": speaker_field([a.name for a in s.speakers]),
            "speaker_aliases": list(s.speaker.aliases) if not s.co_speakers else [],
            "start": s.span.start,
            "end": s.span.end,
            "direct": s.direct,
            "date": s.when.timex if s.when else None,
        }
        for s in timeline.statements
    ]
    events = [
        {"kind": str(e.kind), "date": e.when.timex if e.when else None, "location": e.location} for e in timeline.events
    ]
    return {
        "timexes": {"id": doc["id"], "timexes": timexes},
        "statements": {"id": doc["id"], "statements": statements},
        "events": {"id": doc["id"], "events": events},
    }


def gold_file(part: str) -> Path:
    """The gold file of a part: ``dev-a`` .. ``dev-d``, ``seed`` (the built-in example's annotation), or the
    path of any gold file in the format of ``../shared/GOLD.md`` (a part name ending in ``.jsonl``)."""
    if part.endswith(".jsonl"):
        return Path(part)
    return SHARED / "data" / "seed_gold.jsonl" if part == "seed" else DATA / f"{part}.jsonl"


def _label(part: str) -> str:
    """A part's short name: the file stem for a gold file given by path."""
    return Path(part).stem if part.endswith(".jsonl") else part


SCORERS = {"timexes": "score.py", "statements": "score_statements.py", "events": "score_events.py"}


def last_json(output: str) -> dict[str, Any]:
    for raw in reversed(output.strip().splitlines()):
        line = raw.strip().removeprefix("JSON ")
        if line.startswith("{"):
            return dict(json.loads(line))
    raise RuntimeError(f"no JSON line in scorer output: {output[-500:]}")


def score_part(part: str, keep: Path | None = None) -> dict[str, dict[str, Any]]:
    """Scores one part; returns each scorer's final JSON object by measure."""
    gold_path = gold_file(part)
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCORERS}
    for doc in docs:
        for name, row in predict(doc).items():
            rows[name].append(row)
    out_dir = keep or Path(tempfile.mkdtemp(prefix="realnews-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, Any]] = {}
    for name, script in SCORERS.items():
        pred_path = out_dir / f"{_label(part)}.{name}.jsonl"
        pred_path.write_text("".join(json.dumps(r) + "\n" for r in rows[name]), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(EVAL / script), str(gold_path), str(pred_path)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[name] = last_json(done.stdout)
    results["statements"].update(undated_given_a_date(docs, rows["statements"]))
    results["statements"].update(alias_attribution(docs, rows["statements"]))
    return results


def _matched(docs: list[dict[str, Any]], rows: list[dict[str, Any]]) -> Any:
    """Each matched (gold, predicted) statement pair, paired exactly as ``score_statements.py`` does (its
    own functions, imported from the scorer's folder): overlap of at least half the shorter span,
    one-to-one, greedy by overlap."""
    sys.path.insert(0, str(EVAL))
    import score_statements as sc

    pred = {row["id"]: row["statements"] for row in rows}
    for doc in docs:
        gs = [sc.with_span(doc["text"], x) for x in doc.get("statements", [])]
        ps = pred.get(doc["id"], [])
        for i, j in matched_pairs(sc, gs, [(y["start"], y["end"]) for y in ps]):
            yield gs[i], ps[j]


def matched_pairs(sc: Any, golds: list[dict[str, Any]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (gold index, predicted index) pairs ``score_statements.py`` (the module ``sc``) matches: overlap of
    at least half the shorter span, one-to-one, greedy by overlap. ``spans`` are the predictions' spans."""
    pairs = sorted(
        ((sc.overlap((g["start"], g["end"]), span), i, j) for i, g in enumerate(golds) for j, span in enumerate(spans)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for ov, i, j in pairs:
        if ov < 0.5 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def undated_given_a_date(docs: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """How many matched gold statements without a date got one (the issue's "no more than 5%" measure)."""
    undated = given = 0
    for gold, pred in _matched(docs, rows):
        if not gold.get("date"):
            undated += 1
            given += bool(pred.get("date"))
    return {
        "undated": undated,
        "undated_given_date": given,
        "undated_given_rate": round(given / undated, 3) if undated else None,
    }


def alias_attribution(docs: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A diagnostic beside the official figure: attribution F1 when the gold speaker may also equal (by the
    scorer's ``same_speaker``) one of the predicted actor's registry aliases ("Zelenskyy" for "Volodymyr
    Zelensky"). The gap between the two is what the gold's spelling of names costs, not a rule's miss."""
    import score_statements as sc

    n_gold = sum(len(doc.get("statements", [])) for doc in docs)
    n_pred = sum(len(row["statements"]) for row in rows)
    hits = sum(
        any(sc.same_speaker(gold["speaker"], name) for name in [pred["speaker"], *pred.get("speaker_aliases", [])])
        for gold, pred in _matched(docs, rows)
    )
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return {"attr_F1_alias": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _peer(name: str) -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import _peers

    if name == "dateparser":
        return _peers.dateparser_tagger(languages=["en"]) if _peers.dateparser_available() else None
    if name == "heideltime":
        return _peers.heideltime_tagger() if _peers.heideltime_available() else None
    raise SystemExit(f"unknown peer {name!r}: dateparser, heideltime")


def score_peer(part: str, name: str, keep: Path | None = None) -> dict[str, Any] | None:
    """Scores one peer's dates on one part with ``score.py``; None when the peer is not installed."""
    tagger = _peer(name)
    if tagger is None:
        return None
    tag, convert = tagger
    gold_path = gold_file(part)
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for doc in docs:
        found = convert(doc["text"], tag(doc["text"], _published(doc)))
        rows.append({"id": doc["id"], "timexes": [t._asdict() for t in found]})
    out_dir = keep or Path(tempfile.mkdtemp(prefix="realnews-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    pred_path = out_dir / f"{_label(part)}.{name}.timexes.jsonl"
    pred_path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold_path), str(pred_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return last_json(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", default=list(PARTS))
    parser.add_argument("--keep", type=Path, help="folder to keep the prediction files in")
    parser.add_argument("--peers", default="", help="comma-separated peers to score too: dateparser,heideltime")
    args = parser.parse_args(argv)
    if not DATA.is_dir() or not EVAL.is_dir():
        print(f"no real-news data at {DATA} (or scorers at {EVAL}): nothing to score")
        return 0
    for part in args.parts:
        for name, result in score_part(part, args.keep).items():
            print(json.dumps({"part": _label(part), "system": "nato_ukraine_timeline", "measure": name, **result}))
        for peer in filter(None, args.peers.split(",")):
            peer_result = score_peer(part, peer, args.keep)
            if peer_result is None:
                print(
                    json.dumps({"part": _label(part), "system": peer, "measure": "timexes", "skipped": "not installed"})
                )
            else:
                print(json.dumps({"part": _label(part), "system": peer, "measure": "timexes", **peer_result}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
