"""CPU time of ``parse``'s stages over throughput.py's corpus: where the time goes, without a profiler's cost.

    python benchmarks/stages.py                                   # the default stages
    python benchmarks/stages.py _mentions._supplement _events._triggers --repeat 5

Each stage is a module-level function of the package, named ``module.function`` (``_mentions._supplement``);
every module of the package that holds that function (its own, and those that imported it by name) gets a
timer around it (``time.process_time``), and the corpus is parsed ``--repeat`` times after one warm-up run
(tables and patterns built); the fastest run's figures are printed, each stage with its share of ``parse``.
A stage's time includes the stages it calls. A timer costs about a microsecond a call: time stages called
once per document, per sentence or per speech verb, not per word.

Why not cProfile alone (``hotspots.py``): its cost per call inflates what is called most (in a cProfile run of
this corpus in the seventeenth session, one pattern matched once per sentence showed 91 ms of own time; timed
alone it costs under 2 ms), so its shares mislead where small calls are many. Time a stage here before
choosing it.

Last figures (eighteenth session, perf18; load average 1.6 at the start, 9-12 later, on 2 shared cores; parse 980
ms with the timers): analyse 52.4% (document_mentions 31.0%, of it _supplement 17.4%; find_dates 18.3%, of it the
date scan 9-10%), find_statements 29.8% (per-verb stages 15.6%, of them _verb_site 8.1%; date_statements 5.9%),
find_events 14.9% (_event 7.7%, _triggers 5.2%). benchmarks/regexes.py: about 45% of parse is regex matching, in
616 patterns, none over 5% (the date scanner's one pattern first). The structural changes the seventeenth session
proposed, measured over this corpus and left (each the same output): (a) the three verb-ending scans of _supplement
(a title and a name, a bare name, an inverted title; 37 ms) read only in the runs of word characters that hold a
speech verb (42% of the text) and the inverted one matched only at the verbs: the same matches on 2,282 texts, 44
ms in all, as one scan for the verbs costs 11 ms (a word boundary in front of a trie gets no quick skip; checked
after the first letter, 32 ms) and finding the runs more; merging the scans into one alternation cannot give each
pattern's own non-overlapping matches. (b) the date scanner's branches grouped by the first character they can read
(46 groups, 641 copies of rule bodies, a 930 KB pattern compiled in 2.4 s): 53 -> 57 ms: the time goes to the
branches entered and failing deep (3,790 places pass the gate for 1,316 expressions), not to their tests. (c) cues
for the eight sentence rules still called on every sentence: each costs 1-3 ms over the corpus (under 1.2 us a
sentence), less than most cue scans (0.2-6 ms; a case-insensitive list of 32 participles 99 ms): parse 297 -> 272
KB/s with them. Switching the garbage collector off or freezing it changes nothing (141 young collections in three
runs). A lead not taken: the case-insensitive patterns read over wide spans (the speech verbs of _statement_dates,
doc_word before each verb, about 20 ms in all) get no quick skip; read case-sensitively on a lower-cased copy of
the mask made once per document (ASCII letters, and the four other letters re's IGNORECASE folds onto them: U+0130,
U+0131, U+017F, U+212A; 3.5 ms over the corpus), doc_word's searches take 1.5 ms instead of 5.8 (the same answers
at all 1,390 verbs): perhaps 1% of parse in all. The figures of the seventeenth session, for comparison: analyse
52.6% (document_mentions 30.9%, _supplement 16.5%; find_dates 18.1%), find_statements 29.9%, find_events 14.2%.

Measured in the seventeenth session and left as they are (each the same output, none faster by more than 0.3% of
parse): the tokens of the actor finder made with map/accumulate instead of a loop (37 ms either way); its candidate
words picked with compress (7.3 -> 8.0 ms); the speech verbs of a sentence scanned with first-letter branches that
check the word boundary after the letter (12 -> 22 ms: slower, letters are everywhere); a first-character lookahead
in front of the speaker patterns searched before each verb (left_speaker 9.8 -> 6.6 ms, doc_speaker 27 -> 20 ms
when searched at every verb, but several others slower, and a pattern that opens with a literal loses the engine's
own quick test). The date scanner's second match of each expression by its rule's own pattern costs about 5 ms of
its 55: keeping the groups in the combined pattern instead made that scan 23 ms slower.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from throughput import DEFAULT_TE3, corpus

DEFAULT_STAGES = (
    "_document.analyse",
    "_mentions.document_mentions",
    "_mentions._supplement",
    "_document._find_dates",
    "_statements.find_statements",
    "_statements._per_verb_stage",
    "_speakers._verb_site",
    "_statements.date_statements",
    "_events.find_events",
    "_events._triggers",
    "_events._event",
)


def _timed(name: str, func: Any, spent: Counter[str]) -> Any:
    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    return timed


def install(stages: list[str], spent: Counter[str]) -> list[tuple[Any, str, Any]]:
    """A timer around each stage, in every module of the package that holds it; what was replaced (module,
    attribute, function), for :func:`uninstall`."""
    replaced: list[tuple[Any, str, Any]] = []
    for stage in stages:
        module_name, _, func_name = stage.rpartition(".")
        func = getattr(importlib.import_module(f"nato_ukraine_timeline.{module_name}"), func_name)
        timed = _timed(stage, func, spent)
        for name, module in list(sys.modules.items()):
            if name.startswith("nato_ukraine_timeline") and module is not None:
                for attr, value in list(vars(module).items()):
                    if value is func:
                        setattr(module, attr, timed)
                        replaced.append((module, attr, func))
    return replaced


def uninstall(replaced: list[tuple[Any, str, Any]]) -> None:
    """The functions :func:`install` replaced, back in place."""
    for module, attr, func in reversed(replaced):
        setattr(module, attr, func)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stages", nargs="*", help="module.function (default: the main stages)")
    parser.add_argument("--tempeval3", type=Path, default=DEFAULT_TE3)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest counts (3)")
    args = parser.parse_args(argv)

    import nato_ukraine_timeline as ntl

    docs = corpus(args.tempeval3, 150, 10)
    for text, published in docs:  # tables and patterns: not timed
        ntl.parse(text, published=published)
    spent: Counter[str] = Counter()
    install(args.stages or list(DEFAULT_STAGES), spent)
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(args.repeat):
        spent.clear()
        start = time.process_time()
        for text, published in docs:
            ntl.parse(text, published=published)
        total = time.process_time() - start
        if best is None or total < best[0]:
            best = (total, dict(spent))
    if best is None:
        return 1
    total, figures = best
    chars = sum(len(text) for text, _ in docs)
    print(f"parse      {len(docs)} documents, {chars:,} chars: {total * 1000:,.0f} ms CPU (timers included)")
    for name, seconds in sorted(figures.items(), key=lambda item: -item[1]):
        print(f"{seconds * 1000:8.1f} ms {100 * seconds / total:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
