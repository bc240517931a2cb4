"""List the statements found with the wrong speaker, and the predictions no gold statement matches, on real
news gold files (``../shared`` or any GOLD.md file), matched as ``score_statements.py`` matches them.

Usage::

    python benchmarks/wrong_speakers.py GOLD.jsonl [GOLD.jsonl ...]          # one line per wrong speaker
    python benchmarks/wrong_speakers.py --unmatched GOLD.jsonl [...]          # also predictions with no gold

Each wrong speaker is classed: ``convention`` where the gold spells the same actor otherwise (without
diacritics, "Orban" for "Orbán", or by one of the actor's aliases, "Pentagon"), which no rule should chase;
else by the kind of the predicted speaker (``person``, ``organisation``, ``state``, ``description``: a speaker
the text describes, not one the registry knows). A count per class closes the list. Lines give the passage
id, outlet, class, gold and predicted speaker only: never the passage's text. Without ``../shared`` or the
files it says so and exits 0.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _klass(sc, gold: str, speakers, names: str) -> str:  # type: ignore[no-untyped-def]
    if sc.same_speaker(_plain(gold), _plain(names)) or any(
        sc.same_speaker(gold, alias) for a in speakers for alias in a.aliases
    ):
        return "convention"
    from nato_ukraine_timeline._actors import active_registry

    actor = speakers[0]
    return str(actor.kind.value) if active_registry().get(actor.id) is not None else "description"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--unmatched", action="store_true")
    args = ap.parse_args(argv)
    if not _EVAL.is_dir():
        print(f"no scorers at {_EVAL}: nothing to do")
        return 0
    sys.path.insert(0, str(_EVAL))
    import score_statements as sc
    from realnews import matched_pairs, speaker_field  # this folder: the one pairing and the gold's speaker form

    import nato_ukraine_timeline as ntl

    counts: collections.Counter[str] = collections.Counter()
    for path in args.gold:
        if not Path(path).is_file():
            print(f"no file {path}: skipped")
            continue
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            pub = dt.date.fromisoformat(d["published"]) if d.get("published") else None
            preds = list(ntl.parse(d["text"], published=pub).statements)
            golds = [sc.with_span(d["text"], x) for x in d["statements"]]
            pairs = matched_pairs(sc, golds, [(p.span.start, p.span.end) for p in preds])
            used_p = {j for _, j in pairs}
            for i, j in pairs:
                gold, speakers = golds[i]["speaker"], preds[j].speakers
                # joint speakers as the benchmark writes them ("A, B and C", speaker_field), not "A and B and C"
                names = speaker_field([a.name for a in speakers])
                if sc.same_speaker(gold, names):
                    continue
                klass = _klass(sc, gold, speakers, names)
                counts[klass] += 1
                print(f"{d['id']}\t{d.get('outlet', '')}\t{klass}\tgold={gold!r}\tpred={names!r}")
            if args.unmatched:
                for j, p in enumerate(preds):
                    if j not in used_p:
                        counts["unmatched prediction"] += 1
                        print(
                            f"{d['id']}\t{d.get('outlet', '')}\tunmatched\tpred={p.speaker.name!r}\tdirect={p.direct}"
                        )
    for klass, n in counts.most_common():
        print(f"# {klass}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
