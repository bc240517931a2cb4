"""Split the gold statements the library does not attribute by the FORM of their attribution, over real news gold
files (``../shared`` or any GOLD.md file), matched as ``score_statements.py`` matches them.

Usage::

    python benchmarks/attribution_forms.py GOLD.jsonl [GOLD.jsonl ...]      # a count per form, with its pools
    python benchmarks/attribution_forms.py --each GOLD.jsonl [...]          # also one line per miss (ids only)

A miss is a gold statement no prediction matches (``unmatched``) or one matched with another speaker
(``wrong``). Its form is read in the gold statement's sentence, before its words:

- ``no-verb-before-words``: no speech verb (or verb of opinion) of the library's tables stands before the words
  in their sentence (speaker after the words, "according to", a verb outside the tables, no verb at all);
- else the last such verb is the attribution's, and the gap between the gold speaker's last mention (or a word
  of its name) before the verb and the verb tells the form: ``adjacent`` (nothing, or adverbs and dates),
  ``relative-clause``, ``participial-appositive``, ``appositive``, ``parenthesis``, ``coordinated`` (a second
  verb after "and"/"but"), ``prepositional``, ``other-gap``; with no mention of the speaker before the verb,
  ``pronoun`` (he/she/they/it opens the subject), ``title-back`` ("the minister"), ``speaker-not-in-clause``;
  ``quoted-as-saying`` for that construction.

Each miss is also marked ``site`` where the library's subject finder (``_speakers._verb_site``, with a fresh
context: pronouns are read without the sentences before) gives that verb a speaker, ``nosite`` where it gives
none: a ``site`` miss loses the words (a noun-phrase object, a nested statement), not the speaker. Output gives
form, kind and counts, and the number of pools; never a passage's text. Without ``../shared`` it says so and
exits 0.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
_REL = re.compile(r",\s+(?:who|which|whose|whom)\b")
_ING = re.compile(r",\s+[a-z]+ing\b")
_AND_END = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)*$")
_AND_VERB = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)*[a-z]+(?:ed|s)?\b")
_ADJACENT = re.compile(r"\s*(?:(?:\w+ly|also|on|in|at|has|had|have|\x03\x04*)\s*)*")
_PREPOSITION = re.compile(r"\s+(?:in|at|on|during|after|before|with|for|to|from|of|by)\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_TITLE_BACK = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:\w+ly\s+|also\s+)?$")


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _gap_form(gap: str) -> str:
    """The form of what stands between the speaker's mention and its verb."""
    if _ADJACENT.fullmatch(gap):
        return "adjacent"
    if "(" in gap:
        return "parenthesis"
    if _REL.search(gap):
        return "relative-clause"
    if _ING.match(gap):
        return "participial-appositive"
    if _AND_END.search(gap) or _AND_VERB.search(gap):
        return "coordinated"
    if gap.startswith(","):
        return "appositive"
    return "prepositional" if _PREPOSITION.match(gap) else "other-gap"


def _speaker_end(sc: Any, doc: Any, gold: str, start: int, verb: int) -> int | None:
    """Where the gold speaker's last mention (or last word of its name) before the verb ends."""
    best = None
    for st in doc.starts:
        m = doc.mentions[st]
        if start <= st < verb and any(sc.same_speaker(gold, n) for n in (m.actor.name, *m.actor.aliases)):
            best = m.end
    if best is not None:
        return best
    words = [w for w in re.findall(r"[A-Z][\w-]+", _plain(gold)) if w not in {"The", "Of"}]
    text = _plain(doc.text)
    for w in words[-1:] + words[:1]:
        for hit in re.finditer(rf"\b{re.escape(w)}\b", text[start:verb]):
            end = start + hit.end()
            best = end if best is None else max(best, end)
    if best is not None:  # to the end of the mention holding the word
        best = next((m.end for m in doc.mentions.values() if m.start < best <= m.end), best)
    return best


def classify(sc: Any, doc: Any, gold: dict[str, Any]) -> tuple[str, bool]:
    """The form of the attribution of ``gold`` (with offsets) in ``doc``, and whether its verb has a speaker."""
    from nato_ukraine_timeline._document import sentence_holding
    from nato_ukraine_timeline._speakers import Context, _verb_site
    from nato_ukraine_timeline._speech import patterns

    si = sentence_holding(doc, gold["start"])
    sent = doc.sentences[si]
    head = doc.mask[sent.start : gold["start"]]
    if "quoted" in head and "as saying" in head:
        return "quoted-as-saying", False
    verbs = list(patterns().site_verb.finditer(doc.mask, sent.start, gold["start"]))
    if not verbs:
        return "no-verb-before-words", False
    v = verbs[-1]
    site = _verb_site(doc, Context(), si, sent, patterns().site_verb.match(doc.mask, v.start()))
    end = _speaker_end(sc, doc, gold["speaker"], sent.start, v.start())
    if end is not None:
        return _gap_form(doc.mask[end : v.start()]), site is not None
    before = doc.mask[sent.start : v.start()]
    if _PRONOUN.search(before):
        return "pronoun", site is not None
    return ("title-back" if _TITLE_BACK.search(before) else "speaker-not-in-clause"), site is not None


def _misses(sc: Any, path: str) -> list[tuple[str, str, str, bool]]:
    """(passage id, form, unmatched|wrong, site) of each gold statement of ``path`` the library misses."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from realnews import matched_pairs, predict

    from nato_ukraine_timeline._document import analyse

    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        golds = [sc.with_span(doc["text"], x) for x in doc.get("statements", [])]
        preds = predict(doc)["statements"]["statements"]
        pairs = dict(matched_pairs(sc, golds, [(p["start"], p["end"]) for p in preds]))
        published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        analysed = None
        for i, g in enumerate(golds):
            j = pairs.get(i)
            if g["start"] is None or (j is not None and sc.same_speaker(g["speaker"], preds[j]["speaker"])):
                continue
            if analysed is None:
                analysed = analyse(doc["text"], published=published, window=None, order=None)[0]
            form, site = classify(sc, analysed, g)
            out.append((doc["id"], form, "unmatched" if j is None else "wrong", site))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--each", action="store_true", help="one line per miss (passage id, form, kind)")
    args = parser.parse_args(argv)
    if not _EVAL.is_dir():
        print(f"no scorers at {_EVAL}: nothing to do")
        return 0
    sys.path.insert(0, str(_EVAL))
    import score_statements as sc

    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    pools: dict[str, set[str]] = collections.defaultdict(set)
    for path in args.files:
        pool = Path(path).stem
        for pid, form, kind, site in _misses(sc, path):
            label = f"{kind}/{'site' if site else 'nosite'}"
            counts[form, label] += 1
            pools[form].add(pool)
            if args.each:
                print(pid, form, label)
    for (form, label), n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{form:24} {label:18} {n:4}  (form in {len(pools[form])} pools)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
