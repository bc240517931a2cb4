"""Count how English-language news spells the registry's names, and choose each canonical name from the counts.

Usage::

    python benchmarks/name_spellings.py                       # counts over dev-a, dev-b, dev-c (../shared)
    python benchmarks/name_spellings.py A.jsonl B.jsonl ...   # over any gold files (only their text is read)
    python benchmarks/name_spellings.py --renames A.jsonl ... # only the names the choice would change
    python benchmarks/name_spellings.py --apply A.jsonl ...   # also rewrite data/actors.toml by the choice
    python benchmarks/name_spellings.py --no-wires --min-outlets 3 --margin 2 A.jsonl ...   # a stricter choice

A person's canonical name could be the spelling most English-language news outlets use. This script makes
that choice reproducible from news text: it reads only each passage's ``text`` and ``outlet`` (never the gold
annotation) and prints, per registry person, each spelling of the full name with the number of outlets that
write it, and the spelling chosen:

1. the candidates are the canonical name and every alias that spells the same full name: as many words
   (hyphens split words), each word close to the canonical word after folding diacritics ("Sergey"/"Sergei",
   "Nebenzya"/"Nebenzia", "Erdoğan"/"Erdogan"; not a short form, "Dan"/"Daniel"), none a title or courtesy
   word ("Lord Cameron" is no spelling);
2. a candidate's evidence is the set of outlets that write it: the full spelling, or its surname alone where
   the candidates' surnames differ ("Zelenskyy said" counts for "Volodymyr Zelenskyy"); the candidate with the
   most outlets (ties broken by the outlets writing the full spelling) is chosen where at least
   ``--min-outlets`` outlets write it and, against the registry's own name, ``--margin`` times as many;
3. else (the name is rare in the text, or the counts tie) the style of the big wires (Reuters, AP, AFP),
   which write names without diacritics: the one spelling without them, where the name has them
   (``--no-wires`` leaves this step out);
4. else the canonical name stays.

It also counts the forms news uses for a state's body that has no fixed English name (ministries, general
staffs, air forces, intelligence services): "Russia's Defence Ministry" (possessive), "the Russian Defence
Ministry" (adjective) and "Russian Ministry of Defence" / "Ministry of Defence of Russia" (of-form), over every
state of the registry, and "Defence" against "Defense" in those names.

Measured in the twenty-second session (names22) on the 17 read development pools (777 passages, 389
outlets), and not applied: the default choice renames 76 people (69 of them by step 3), the stricter one three
(Erdoğan, Guterres, Zhelezniak); the adjective scheme wins for state bodies (27 against 17 possessive, 6
of-form; "Defense" 20 against "Defence" 7). Each lost attribution F1 on pools it did not gain on, because the
annotators of different pools spell one person differently (gold of the read pools: "Sergey Lavrov" 11,
"Sergei Lavrov" 4; "Yaroslav Zhelezniak" 6, "Zheleznyak" 4), mostly as the registry does. See the names22
report for the per-pool figures.

The data and the registry are read from ``../shared`` and the package; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data" / "realnews"
TOML = Path(__file__).resolve().parents[1] / "src" / "nato_ukraine_timeline" / "data" / "actors.toml"
CLOSE = 0.7  # two words are spellings of one word when their folded forms are at least this similar
# (0.7: "Sergey"/"Sergei", "Ihor"/"Igor", "Yuri"/"Yury" are; short forms "Dan"/"Daniel", "Joe"/"Joseph" are not)
NOT_NAME = {"lord", "sir", "cardinal", "ayatollah", "mr", "mrs", "ms", "dr", "general", "president"}


def fold(text: str) -> str:
    """``text`` without diacritics ("Erdoğan" -> "Erdogan", "Støre" -> "Store")."""
    extra = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "ß": "ss"}
    text = "".join(extra.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name) if w]


def same_name(canonical: str, alias: str) -> bool:
    """Whether ``alias`` spells the full name ``canonical`` (see the module docstring, step 1)."""
    a, b = words(canonical), words(alias)
    if len(a) < 2 or len(a) != len(b):
        return False
    if any(w.lower().strip(".") in NOT_NAME for w in a + b):
        return False
    return all(
        SequenceMatcher(None, fold(x).lower(), fold(y).lower()).ratio() >= CLOSE for x, y in zip(a, b, strict=True)
    )


def load(paths: list[Path]) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in paths:
        docs.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return docs


def _pattern(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in form.split()) + r"(?![\w-])")


class Outlets:
    """The outlets (each passage's ``outlet``, else its id) whose text writes a form, counted once each."""

    def __init__(self, docs: list[dict[str, Any]]) -> None:
        self.docs = [(str(d.get("outlet") or d["id"]), d["text"].replace("\u2019", "'")) for d in docs]
        self._cache: dict[str, set[str]] = {}

    def which(self, form: str) -> set[str]:
        if form not in self._cache:
            p = _pattern(form)
            self._cache[form] = {outlet for outlet, text in self.docs if p.search(text)}
        return self._cache[form]


@dataclass(frozen=True)
class Policy:
    """The thresholds of the choice (the command line's options)."""

    min_outlets: int = 2  # a name's own spelling decides where at least this many outlets write it
    margin: float = 1.0  # ... and replaces the registry's name only where this many times as many outlets write it
    wires: bool = True  # step 3: a rare or tied name takes the wires' spelling without diacritics


def choose(name: str, aliases: tuple[str, ...], outlets: Outlets, policy: Policy) -> tuple[str, str, dict[str, int]]:
    """The canonical name chosen for a person, the step that chose it, and each candidate's evidence: the
    outlets writing the full spelling, or its surname alone where the spellings' surnames differ."""
    candidates = [name, *(a for a in aliases if same_name(name, a) and a != name)]
    surnames = {words(c)[-1] for c in candidates}

    def evidence(c: str) -> set[str]:
        found = outlets.which(c)
        return found | outlets.which(words(c)[-1]) if len(surnames) > 1 else found

    counts = {c: len(evidence(c)) for c in candidates}
    if len(candidates) == 1:
        return name, "only spelling", counts
    keys = {c: (counts[c], len(outlets.which(c))) for c in candidates}
    best = max(keys.values())
    top = [c for c in candidates if keys[c] == best]
    clear = top[0] == name or best[0] >= policy.margin * counts[name]
    if best[0] >= policy.min_outlets and len(top) == 1 and clear:
        return top[0], "news", counts
    if policy.wires:
        pool = top if best[0] >= policy.min_outlets else candidates
        plain = [c for c in pool if fold(c) == c]
        if fold(name) != name and len(plain) == 1:
            return plain[0], "wires: no diacritics", counts
    return name, "kept", counts


BODIES = (
    "Defence Ministry",
    "Defense Ministry",
    "Foreign Ministry",
    "Interior Ministry",
    "General Staff",
    "Air Force",
    "intelligence service",
    "Intelligence Service",
    "intelligence agency",
    "spy agency",
)
OF_FORMS = {
    "Defence Ministry": "Ministry of Defence",
    "Defense Ministry": "Ministry of Defense",
    "Foreign Ministry": "Ministry of Foreign Affairs",
    "Interior Ministry": "Ministry of Internal Affairs",
}


def state_body_forms(docs: list[dict[str, Any]], states: dict[str, list[str]]) -> Counter[str]:
    """Occurrences of each naming scheme of a state's body over every state (``states``: state name -> its
    adjectives), case-insensitive in the body's words: possessive, adjective, of-form."""
    counts: Counter[str] = Counter()
    texts = [d["text"].replace("\u2019", "'") for d in docs]
    for state, adjectives in states.items():
        for body in BODIES:
            b = r"\s+".join(body.split())
            forms = {
                "possessive": rf"\b{re.escape(state)}'s\s+(?i:{b})\b",
                "adjective": rf"\b(?:{'|'.join(map(re.escape, adjectives))})\s+(?i:{b})\b",
            }
            if body in OF_FORMS:
                o = r"\s+".join(OF_FORMS[body].split())
                adjective_of = rf"\b(?:{'|'.join(map(re.escape, adjectives))})\s+(?i:{o})\b"
                of_state = rf"(?i:{o})\s+of\s+(?:the\s+)?{re.escape(state)}\b"
                forms["of-form"] = rf"(?:{adjective_of}|{of_state})"
            for scheme, pattern in forms.items():
                n = sum(len(re.findall(pattern, t)) for t in texts)
                counts[scheme] += n
                if "Defen" in body:
                    counts[f"{scheme}: {body.split()[0]}"] += n
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--apply", action="store_true", help="rewrite data/actors.toml by the choice")
    parser.add_argument("--min-outlets", type=int, default=Policy.min_outlets, help="step 2's least evidence")
    parser.add_argument("--margin", type=float, default=Policy.margin, help="step 2's least ratio over the name's")
    parser.add_argument("--no-wires", action="store_true", help="leave out step 3 (rare names keep their name)")
    parser.add_argument("--renames", action="store_true", help="print only the names that change")
    args = parser.parse_args(argv)
    policy = Policy(min_outlets=args.min_outlets, margin=args.margin, wires=not args.no_wires)
    files = args.files or [DATA / f"{p}.jsonl" for p in ("dev-a", "dev-b", "dev-c")]
    if not all(f.exists() for f in files):
        print("name_spellings: no data (../shared absent); nothing counted")
        return 0
    sys.path.insert(0, str(TOML.parents[2]))
    import nato_ukraine_timeline as ntl
    from nato_ukraine_timeline._mentions import demonym_states

    docs = load(files)
    outlets = Outlets(docs)
    print(f"{len(docs)} passages, {len({o for o, _ in outlets.docs})} outlets")
    renames: dict[str, tuple[str, str]] = {}
    for actor in ntl.actor_registry():
        if str(actor.kind) != "person":
            continue
        chosen, step, counts = choose(actor.name, actor.aliases, outlets, policy)
        if len(counts) > 1 and (chosen != actor.name or (any(counts.values()) and not args.renames)):
            mark = "RENAME" if chosen != actor.name else "keep"
            shown = ", ".join(f"{c!r} {n}" for c, n in counts.items())
            print(f"{mark:6} {actor.id:34} {chosen!r:34} ({step}) {shown}")
        if chosen != actor.name:
            renames[actor.id] = (actor.name, chosen)
    states: dict[str, list[str]] = {}
    for demonym, state in demonym_states().items():
        states.setdefault(state, []).append(demonym)
    print("state bodies:", dict(sorted(state_body_forms(docs, states).items())))
    if args.apply:
        apply(renames)
    return 0


def apply(renames: dict[str, tuple[str, str]]) -> None:
    """Rewrite ``data/actors.toml``: each renamed actor's ``name`` becomes the chosen spelling and its former
    name takes the chosen spelling's place among its aliases (ids never change)."""
    text = TOML.read_text(encoding="utf-8")
    for actor_id, (old, new) in renames.items():
        head = re.search(rf'^id = "{re.escape(actor_id)}"\nname = "{re.escape(old)}"\n', text, re.MULTILINE)
        if head is None:
            raise SystemExit(f"{actor_id}: entry not found")
        end = text.find("\n\n", head.end())
        block = text[head.end() : end]
        block = block.replace(f'"{new}"', f'"{old}"', 1)
        text = text[: head.start()] + f'id = "{actor_id}"\nname = "{new}"\n' + block + text[end:]
    TOML.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
