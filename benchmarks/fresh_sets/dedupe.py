"""Drop new real passages that repeat older text, before any of them is scored.

Usage::

    python benchmarks/fresh_sets/dedupe.py OUTDIR [--prior=A.jsonl,B.jsonl] NEW1.jsonl NEW2.jsonl ...

A passage of a new set is dropped when its page URL or a run of 12 words is shared with ``dev-a`` .. ``dev-d``
(``../shared/data/realnews``) or with a ``--prior`` file, or with a passage of another new set given on the same
command line (then both sides go: the same page twice in one set is allowed). Filtered copies are written to
OUTDIR under the same file names; the dropped ids and why are printed, the counts per set on stderr. Held-out
sets are deduplicated first, then development sets with the held-out sets as ``--prior``, so a collision costs
the development side.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "realnews"
RUN = 12


def grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _url(doc: dict[str, Any]) -> str:
    return str(doc["source"]).rstrip("/")


def _why(doc: dict[str, Any], stem: str, old: tuple[set[Any], set[str]], seen: dict[str, Any]) -> str | None:
    old_grams, old_urls = old
    url, own = _url(doc), grams(doc["text"])
    if url in old_urls:
        return "URL of dev-a..d or a prior set"
    if len(seen["urls"][url]) > 1:
        return "URL shared with " + ",".join(sorted(seen["urls"][url] - {stem}))
    if own & old_grams:
        return f"{RUN}-word run of dev-a..d or a prior set"
    if any(len(seen["grams"][g]) > 1 for g in own):
        return f"{RUN}-word run shared with another new set"
    return None


def main(argv: list[str]) -> int:
    prior = [Path(q) for a in argv if a.startswith("--prior=") for q in a.split("=", 1)[1].split(",") if q]
    rest = [a for a in argv if not a.startswith("--prior=")]
    if len(rest) < 2:
        print(__doc__)
        return 2
    out, files = Path(rest[0]), [Path(f) for f in rest[1:]]
    old_grams: set[Any] = set()
    old_urls: set[str] = set()
    for path in [*sorted(SHARED.glob("dev-?.jsonl")), *prior]:
        for doc in load(path):
            old_grams |= grams(doc["text"])
            old_urls.add(_url(doc))
    sets = {f: load(f) for f in files}
    seen: dict[str, Any] = {"urls": {}, "grams": {}}
    for f, docs in sets.items():
        for doc in docs:
            seen["urls"].setdefault(_url(doc), set()).add(f.stem)
            for g in grams(doc["text"]):
                seen["grams"].setdefault(g, set()).add(f.stem)
    out.mkdir(parents=True, exist_ok=True)
    for f, docs in sets.items():
        kept = []
        for doc in docs:
            why = _why(doc, f.stem, (old_grams, old_urls), seen)
            if why:
                print(doc["id"], why)
            else:
                kept.append(doc)
        (out / f.name).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in kept), encoding="utf-8")
        print(f.stem, len(docs), "->", len(kept), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
