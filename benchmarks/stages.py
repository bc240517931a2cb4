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

Last figures (nineteenth session, perf19; load average 0.5 at the start, 13-24 later, on 2 shared cores; parse 976 ms
with the timers, throughput.py 364 KB/s at load 0.2, 252-302 KB/s for both the session-start tree and this one at load
13): analyse 51.9% (document_mentions 30.8%, of it _supplement 17.4%; find_dates 18.0%, of it the date scan 9.3%,
_finish 4.2%, the seed's feed reading 3.6%), find_statements 30.4% (per-verb stages 15.8%, of them _verb_site 8.3%;
date_statements 6.2%; _plans 2.3%), find_events 14.9% (_event 7.6%, _triggers 5.2%); at load 18-23 the same shares
within a point. Inside _supplement (a timer around each step): _people_at_verbs about a third (its five scans over the
corpus: the title-name-verb scan after each clause mark 16 ms, a name before an appositive-like tail 9 ms with 537
matches each checked for a verb before it by up to three window searches, about 14 ms more, a bare name 7 ms, a name
and appositive before the verb 6 ms, a title between commas 1 ms), then _bodies and what follows it,
_surnames_at_verbs, _inverted_titled, _known_people, _surnames_again (15-32 ms each under load). A text costs about
100 us whatever its length (parse of "Hello."), a text of one sentence 360-680 us; the ten copies of the seed, read as
a feed, are 20% of the corpus's characters and 27% of its time (250 KB/s against 370 KB/s for the TempEval-3
documents; resolve_feed 3.1 ms a copy).

The twenty-eighth session (speed28; load average 6-9 on 2 shared cores all session: throughput.py ran 1.46-2.19 s for
the same code, the session-start tree and the branch alternating three times at ratios 1.19, 0.92 and 0.76, so pairs
cannot see 15%; nothing changed). Per document size parse is linear: the TempEval-3 documents and the seed by size
quintile 191, 215, 225, 242 and 202 KB/s (255-742 characters up to 3,236-11,090, the seed's copies in the last); 1, 2,
4, 8, 16 documents joined into one text 278, 280, 303, 259, 266 KB/s (2,229 to 43,304 characters); the seed once, twice
and four times in one text 38.7, 74.8, 146.8 ms, its 34 items parsed apart 58 ms against 43 whole (a text's fixed cost:
232 us for "Hello.", 1.27 ms for one sentence with a titled speaker and a day). The seed's copies run at 166 KB/s
against 269 for the TempEval-3 documents, and 172 with a publication date: its density of names, sayings and dates, not
the feed reading. cProfile (tables warm) over the corpus: every stage runs once per text (document_mentions,
find_mentions, find_dates, split_sentences: 160 calls for 160 texts; _tokens' 1,415 calls are 160 texts, 1,205 titles in
parse_title and 50 in term_bounds); no per-sentence step scans the whole text (the whole-text scans are _mentions' and
_sentences' own, once per text, and sentences_with, once per pattern and text); no pattern is compiled per call
(re._compile's 2,364 calls are the module functions' cache hits, 19 ms under the profiler); the attrs constructors
(Source, Span, Provenance, Statement, Actor, Spec: 500-1,500 calls each) about 1% together; the costliest own times are
re's search (62,781 calls) and match (66,867), _tokens, _triggers, _sentence_statements, verb_sites, _Trie.longest.
regexes.py: 1,237 ms (41%) in 711 patterns, none over 1.8% (the date scanner's gate 53.7 ms, the event triggers 51.0,
the site verbs 40.9, the clause mark of _ClauseOpening 38.3). Shares (this script, 1,622 ms with the timers): analyse
50.2% (document_mentions 30.6%, _supplement 15.8%, find_dates 16.6%), find_statements 32.1% (per-verb stages 15.5%,
_verb_site 7.9%, date_statements 7.0%), find_events 14.8% (_event 7.5%, _triggers 5.2%), the twenty-sixth session's
within a point. So no structural gain of 15% exists with every output kept. Found outside the package: the interpreter
of this machine's virtualenv (pyenv's 3.11.7, configured without --enable-optimizations or --with-lto) runs the same
tree slower than Debian's /usr/bin/python3.11 (3.11.2, the distribution's package, whose build flags were not looked
into; the same site-packages; the same output, identical.py on 7,096 of 7,096 texts): 1.25, 1.39, 1.55 s against 1.63,
1.58, 2.19 s in the same three rounds, about 15-25% (pyenv's 3.12.1 and 3.13.0: 1.91 and 2.05 s once each). Issue 9's
600 KB/s is about three times this tree's speed: it needs fewer regex calls and fewer Python steps per sentence and per
verb, which no stage holds alone.

The twenty-sixth session (speed26; load average 3 at the start, 15-26 after, on 2 shared cores: throughput.py ran
1.56-1.93 s for the same tree, so pairs of main and branch could not see 1%, and stage figures below are direct
timers or counts). cProfile (tottime) of parse over every development text (the 54 sets of ../s26/dev and dev-a ..
dev-c: 2,259 texts, 977 KB, 7.5 s, 130 KB/s against 221 KB/s for this corpus: a short text pays the fixed cost of
each stage) and a SIGPROF sampler (1 ms) over this corpus: no function holds over 5.2% of parse by itself (sampler:
_actors._tokens 5.2, the date scanner's IndexedScanner.finditer 4.5, _people_at_verbs 2.5, _supplement, verb_sites,
_Trie.longest 1.9, _calls, _document_speaker 1.6, sentences_with, _speaker_before, _sentence_statements 1.5, clause
1.3, NamedTuple constructors 1.2; the regex engine's time is counted in the frame that calls it, and the frees of a
document's tokens and mentions land on reading_document's and _parse's exits, 1-2%). Counted, no stage repeats
its work: _verb_site 1,402 calls for 1,402 distinct verbs, _read_text, resolve_feed, split_sentences, build_mask,
document_mentions once per text; one_act and _dateline._at repeat (2,149 calls for 771 answers; 548 for 348) but
are memoised or cost microseconds. Fixed: ActorRegistry.holders scanned every actor's roles at each call (0.37 ms a
call, the costliest function per call after the stages: 117 calls, 45 ms of the development texts' 8-10 s at load
20; 16 calls, 3 ms, here): the roles that fit a title and body are kept per registry (_fitting_roles), 45 -> 1.6 ms
(same output: identical.py on 9,431 texts), below the 3% bar. Measured and left: _key_sites steps through the 96
keys of _body_again_keys for every text (about 10 us a text: 1 ms here, 20 ms over the development texts);
_plans' 14 cue scans 25 ms here, 21 of them the scans in C (any_dash, the intent verbs, according/per and
"As|as" 3-4 ms each); _tokens alone 48 ms here (findall 18 of it; the seed's copies take the slow path: an em
dash and a curly apostrophe); the parse of a one-sentence text about 0.5 ms (two datelines read, the body-again
keys, 14 cue scans, 40 finditer calls); regexes.py (recorder included, 2,740 ms): 41% of parse in 692 patterns,
none over 1.9% (the date scanner's gate 52.6 ms, the event triggers 48.2, the site verbs 37.3, the clause mark of
_ClauseOpening 36.4, the tokens 31.7). Shares of parse (stages.py, this tree and main alike within a point):
analyse 49-50% (document_mentions 30-31%, _supplement 15-16%, find_dates 16%), find_statements 32-33%
(per-verb stages 15-16%, _verb_site 8%, date_statements 7%), find_events 14.5% (_event 7.3%, _triggers 5.1%).

The twenty-fifth session (speed25; load average 11-19 on 2 shared cores all session, so parse of this corpus ran
1.5-2.1 s for the same tree and only paired replays of one stage, min of 7-15 runs, are quoted). Bottom-up from
cProfile (tottime) of parse over every development text and this corpus (2,124 texts, 1.19 MB, a warm-up pass first)
and a SIGPROF sampler (1 ms): no function holds over 3.5% of parse by itself. Own time of the top 30: the regex
methods (search 7%, match 3%, findall, finditer, fullmatch about 1% each; the date scanner's gate a sixth of search, the
rest spread over hundreds of patterns); _actors._tokens (2.2%: one tuple per word, already the fastest of six loop
forms tried: slices of the folded text, two findalls zipped, _make, accumulate, finditer spans, all 5-30% slower);
_Trie.longest (137k calls, len() and dict.get per step); _supplement, _ClauseOpening.finditer, _people_at_verbs,
_surnames_again, _key_sites, clause, verb_sites, sentences_with (regex time spent inside the Python frame that
iterates the matches); _sentence_statements and _per_verb_stage (a call per stage and sentence, 39 stages); the
candidate list of _token_mentions (a test per token); attrs and NamedTuple constructors (ActorMention, _Found,
Span, Scope, Sentence: about 2% together, spread over a dozen types). No regex is compiled per call in the steady
state (the 400 compiles of a first pass are the lazy caches), re's own cache is hit. Fixed: _plans made each plan
per document (the same for every document): cached per set of cues, 34 -> 24 ms over the corpus (0.5%). Measured and
left (each the same output): the trie walk's child looked up before the gap between words is read, and the
candidate test reading the first character by index instead of a slice (find_mentions 176-181 ms either way); the
cue scans of _plans in faster equivalent forms ("s(?<=[Aa]s)" for "As|as": 4.9 -> 1.5 ms; the four verbs 5.4 -> 4.2):
5 ms in all, not worth the less readable cue; text_id's SHA-256 (0.7 ms over the corpus: the sampler's 0.6% was an
artefact); the event exclusions asked per accepted trigger (820 triggers, 27 ms at load 15, 1.3%: hypothetical 5.5,
negated 4.2, describes-a-noun 2.8). The fixed cost of a text is 200-240 us ("Hello."), 2% of this corpus.

The twenty-fourth session (speedm24; load average 8-11 on 2 shared cores, every figure the fastest of 5-9 runs of
the corpus, process time): the mention stage redesigned as one compiled scan of the registry's words, measured before
building and left (it cannot give 15% of document_mentions with every output kept). document_mentions 405 ms: the
registry finder 140 (_tokens 48, the candidate words 11 and their cheap tests 26, 7,021 calls of _mention_at 95: 57 in
the 1,787 that find a mention, 28 in starter words that find none, 10 in capitalised words with a comma in reach),
_supplement 207, the rest 58. (a) One regex of the 1,195 starter keys (a word trie) and the capitals, to pick the
candidate words in C: 27 ms with first-letter case branches, 55-59 with a case-insensitive or first-letter-checked
trie, against 11 for the set test over the tokens it would replace; and the tokens stay: the matchers read them around
each candidate and the date layer's terms of office (document_term_bounds) read the document's. Tokens made per match
instead (the 7,021 calls, 12 or 24 tokens each from its start): 97 or 185 ms, against 48-62 for every token of every
text (a candidate every fourth token or so, each reading ten or more). (b) The five verb-ending scans of _supplement
(the appositive before the verb, the bare name, the title and name, a title between commas, the surname opening a
sentence: 56 ms) searched only in the 150 or 300 characters before each of the 1,274 speech verbs: the verb scan 14
ms, then 30 or 51 ms (as the eighteenth session found for three of them). (c) One scan of capitalised words for
_surnames_again, _transposed, _known_people and _initials_again: those four scans cost 4.5, 2.9, 12.7 and 4.3 ms in C
for 10,578, 3,416, 1,737 and 602 matches; a Python step per capitalised word costs as much as the three small ones.
The C time of _supplement's 19 patterns, scanned alone: 228 ms at load 10 (the title and name after a clause mark
30, the surname opening a sentence 16, the name after its verb 16, the bare name 15, the inverted title 17, a name
anywhere 13); what is left is per-match Python (_people_at_verbs' checks, _bodies_again's walk over the mentions).

The twenty-fourth session (speeds24; load average 4-13 on 2 shared cores, so each figure is the fastest of 7-9
alternating runs) measured the design "each sentence's facts once in the document (speech-verb sites and event triggers
from one scan each), the rules given those facts, sentences with none skipped" before building it, on the corpus
analysed once (find_statements and find_events timed alone on the 160 analysed documents, 2,503 sentences):
find_statements 428 ms, find_events 171 ms. (a) Its upper bound, the 1,217 sentences with no site verb and no quotation
mark skipped outright: find_statements 381 ms (-47 ms, 11%; paired runs -38..-52 ms), though 22 statements of those
sentences are lost (according-to 18, unmarked-words-paragraph 3, written-outlet-report 1), so an identical skip gains
less. (b) The site verbs from one scan of the mask instead of one per sentence: 15.8 -> 13.6 ms; the event triggers:
16.6 -> 14.1 ms (regexes.py: no pattern over 1.9% of parse, 41% of parse in 676 patterns). (c) Other per-sentence
rescans a fact could replace (regexes.py, recorder included, parse 2,605 ms): the speech verbs of _statement_dates 14
ms, the call words of _events 9 ms, five anchored matches per sentence 5-8 ms each. Together at most about 60 ms of the
two stages' 600 (10%), under the 15% that would pay for the facts' plumbing, so it was not built. Where the statements
stage goes instead (SIGPROF sampler): the sentences with a site verb (1,238 of 2,503) take about 80% of the sentence
loop (bounds measured per sentence: 861 of 1,038 ms), in _verb_site (8% of parse: the speaker before the verb,
_document_speaker, _described_speaker), the per-verb rules (speaker-then-content 3%) and date_statements (8%): work per
verb, which no fact computed once removes.

The twenty-first session (perf21; load average 0.6 at the start, 6-15 later, on 2 shared cores: parse ran 1.4-2.2 s
for the same tree, so only replays of one stage, min of several runs, are quoted). Landed: searches skipped where a
cheap test shows their pattern cannot match (a date's placeholder in reach for eleven event and statement date rules;
the word before a name after its verb; "who", two commas, a closing dash): the event date rules 71-94 -> 62-69 ms over
the corpus, the statement date rules 115-116 -> 97-110 ms, _people_at_verbs 57 -> 53 ms (same output: identical.py).
Measured and left (each the same output): (a) the per-sentence trie scans (event triggers, site verbs, the speech
verbs of _statement_dates) run only at the word starts whose next five characters their forms allow (the _scan
RuleIndex on one pattern, a word index of the mask per document): the index alone costs 30 ms, each scan it replaces
16-25 ms (measured without a recorder: regexes.py's per-call cost inflates them 2-3 times), and the gated scans 48-50
ms each; (b) the positions of the kind words of org_before and outlet_before found once per document (a search from
each occurrence + 1, the trie with case branches so that the engine scans for its first letters): 15-19 ms, about
what the 1,309 window searches it would gate cost (18 ms; 1,328 of 1,463 verb sites have no kind word within 160
characters); (c) _tokens made by map/zip/accumulate instead of a loop: slower (52 -> 57-84 ms); (d) the candidate
list of _token_mentions with tuple unpacking: the same time; (e) re.ASCII twins of the costly patterns on the ASCII
texts: 0-20% faster per pattern (titled 14.6 -> 13.7, inverted_titled 13.4 -> 10.8, triggers 11.4 -> 9.2 ms), about
3% of parse if every pattern had one; (f) the garbage collector off or frozen: no change; (g) a memo of
_Trie.longest per document: 2,934 of its 24,620 calls repeat a walk past the first token. Where the time goes
(a sampling profiler, SIGPROF, every 4 ms): analyse 50% (document_mentions 31%: _supplement 16%, the token matcher
12%; find_dates 16%), find_statements 31% (per-verb stages 16%: _verb_site 8%, its _speaker_before 6%), find_events
16% (_event 8%, _triggers 5.5%); no function holds more than 5% of its own; regex calls other than finditer about
25% of parse. The ten copies of the seed (a feed) parse at 129 KB/s against 218 for the TempEval-3 documents, and
find_dates on them at about 500 KB/s against 1,900 (the feed's order test and the terms of office read per item).

The twentieth session (perf20; load average 2.5 at the start, 7-13 later, on 2 shared cores, so the figures below
are instruction counts of callgrind, which the load does not move): the date scanner's one regex entered, at each of
the 3,183 places its gate lets through on this corpus, every rule whose first character fits (18 on average, see
below). ``_scan.RuleIndex`` reads from each rule's parsed pattern the strings of five characters its matches can open
with (a set of characters per place, for each way through its first items: 1,747 forms for the 51 rules once
merged) and ``_scan.IndexedScanner`` tries at each place only the rules whose forms allow the text's next five
characters, each by its own pattern, in the rules' order: 13,358 tries in all (4.2 a place), the same matches. The
scan of the corpus: 501 M instructions with the combined regex, 398 M on a first pass (the index works out the rules
for each string of five characters met, 690 of them) and 355 M after; the scanner's build 2,143 -> 2,188 M (the
forms' analysis, less the combined regex, now compiled only for the tests). Five characters: with three, 8.2 tries
a place; with eight the analysis gives up on five rules (over 4,096 forms) and the build takes a second.

Measured in the nineteenth session and left (none lands; each the same output): (a) one word index of the mask per
document (the runs of word characters with their offsets, ``(\\W*)(\\w+)`` by findall): 14.4 ms over the corpus (12.5
for the findall alone), while the per-sentence scans it would replace cost about as much each (the speech verbs of
every sentence 13.4 ms, 11.2 as one scan of the whole mask; the event triggers 13.6 ms), and each table's lookups and
the match objects the rules read come on top: a token index pays only in C. (b) the lead below, built: each fully
case-insensitive pattern (checked on re._parser's parse: every letter read with the flag, lower-case ASCII or e-acute,
no back reference) searched by its case-sensitive twin on a folded copy of the text (one per text, kept in one slot),
the pattern's own match made at each place the twin found; 14 patterns qualify (the speech verbs of _statement_dates,
doc_word, 12 statement-date cues; the costly case-insensitive ones mix cases: the clause-opening names, left_speaker,
the written channels). Replaying the 5,123 calls parse makes of them: 19.0 ms as they are, 31.7 ms folded with
str.translate for a text outside ASCII, 16.0 ms with str.lower where it keeps the length: 3 ms, 0.3% of parse (the
twin's searches alone: doc_word 6.4 -> 2.5 ms, the speech verbs 7.0 -> 4.3; the wrapper's call, the fold's lookup and
the second match take the rest). (c) sentences with no speech verb, quotation mark or colon: 1,186 of 2,503, where
find_statements spends 27 ms (23 us each) and still finds 19 statements; skipping them outright saves about 20 ms (2%;
two runs each: 983 -> 965 and 1030 -> 958 ms, the machine shared with other sessions), an upper bound that would need
a proof for each sentence rule called there (ten, some keeping state in the context: listed-words). The date scanner's
one pattern (56 ms over the corpus): the opening character alone 7.4 ms, with the start test 8.0 (51,855 places), with
the gate 21.5 (3,788 places), all 56 ms for 1,316 expressions: the branches cost about 9 us at each place the gate
lets through, most of them opened by an article, a preposition or a number ("the" 437 places, 170 expressions; a digit
395, 79; "a" 175, 39; "at" 158, 15; "that" 135, 4; "about" 84, 1; "all" 68, 0), where of the 51 rules 18 on average
pass their first-character test and are entered (ago at 3,118 places for 17 expressions, md 3,059 for 281, full 2,926
for 16, duration 2,755 for 242, quarter 2,705 for 60): a test of the first word, built from the rules, would enter
fewer. The sixteen event exclusions are asked 13,541 times (each accepted trigger, each exclusion), 28 ms with timers;
_plans 18 ms, 12.7 of it the cue scans (the class ["\u201c"] 1.7 ms where a str.find loop for each mark takes 0.15,
the dash 2.3, the intent verbs 2.4, "according"/"per" 2.2). So none of the three leads removes more than 2% of parse
with every output kept; the next gain needs fewer regex branches entered per place (the date scanner, the
clause-opening scans) or fewer rules asked per trigger and per sentence, each proven rule by rule.

The eighteenth session (perf18; load average 1.6 at the start, 9-12 later, on 2 shared cores; parse 980 ms with
the timers): analyse 52.4% (document_mentions 31.0%, of it _supplement 17.4%; find_dates 18.3%, of it the
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
at all 1,390 verbs): perhaps 1% of parse in all (built in the nineteenth session: 0.3%, see above). The figures
of the seventeenth session, for comparison: analyse 52.6% (document_mentions 30.9%, _supplement 16.5%; find_dates
18.1%), find_statements 29.9%, find_events 14.2%.

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
