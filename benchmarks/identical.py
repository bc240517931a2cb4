"""Dump ``parse``, ``find_actor_mentions`` and ``find_dates`` output for every text the repository and
``../shared`` hold, to prove that a refactoring changes nothing.

Usage::

    python benchmarks/identical.py dump /tmp/before.jsonl      # on the old commit
    python benchmarks/identical.py dump /tmp/after.jsonl       # on the new one
    python benchmarks/identical.py compare /tmp/before.jsonl /tmp/after.jsonl

The texts: the packaged seed, every ``text`` of ``tests/data/*.jsonl``, ``tests/golden/*.txt`` if any,
every string literal of 20 characters or more in ``tests/*.py`` and in the Python code of ``docs/``
(fenced Python, doctest and notebook blocks, never prose; synthetic sentences written for the tests), and
from ``../shared/data`` (read at run time, never copied):
the seed gold, the real-news development parts ``dev-a`` .. ``dev-c`` (never the blind ``dev-d``) and the
TempEval-3 training documents. Each line of the dump is one text's id, its ``parse`` timeline (unstructured
JSON), its actor mentions and its ``find_dates`` mentions (with the feed reading of a text without a
publication date). ``dump --extra GOLD.jsonl ...`` adds the texts of more gold files (the development
parts outside ``../shared``), named by their file stem; nothing of them is printed but ids that differ.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DEV_PARTS = ("dev-a", "dev-b", "dev-c")  # never dev-d: it is blind


def _date(value: object) -> dt.date | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    return None


def _jsonl(path: Path, tag: str) -> list[tuple[str, str, dt.date | None]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        doc = json.loads(line)
        text = doc.get("text")
        if isinstance(text, str):
            published = _date(doc.get("published") or doc.get("dct"))
            out.append((f"{tag}:{doc.get('id', n)}", text, published))
    return out


def _literals(path: Path) -> list[str]:
    return _string_literals(path.read_text(encoding="utf-8"))


def _string_literals(source: str) -> list[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 20
    ]


_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})[ ]*(?P<info>[^`\n]*?)[ ]*$")
_CODE_INFO = frozenset({"", "python", "py", "pycon", "{doctest}", "{code-cell} ipython3"})


def _code_blocks(markdown: str) -> list[str]:
    """The Python blocks of a Markdown page: fenced blocks whose info string names Python (or none), a doctest or a
    notebook cell; never the prose between fences, nor shell, TOML or reST blocks."""
    blocks: list[str] = []
    lines: list[str] | None = None
    fence = info = ""
    for line in markdown.splitlines():
        m = _FENCE.match(line)
        if lines is None:
            if m:
                fence, info, lines = m["fence"], m["info"], []
        elif m and not m["info"] and m["fence"][0] == fence[0] and len(m["fence"]) >= len(fence):
            if info in _CODE_INFO:
                blocks.append(_source(info, lines))
            lines = None
        else:
            lines.append(line)
    return blocks


def _source(info: str, lines: list[str]) -> str:
    """The Python source of a block: of a doctest or console session, its ``>>>`` and ``...`` lines only
    (never the printed output)."""
    if info in {"{doctest}", "pycon"}:
        lines = [line[4:] for line in lines if line.startswith((">>> ", "... ")) or line in {">>>", "..."}]
    return "\n".join(lines) + "\n"


def texts(extra: tuple[Path, ...] = ()) -> list[tuple[str, str, dt.date | None]]:
    """(id, text, publication date) of every text, in a fixed order; then each ``extra`` gold file's."""
    out: list[tuple[str, str, dt.date | None]] = []
    seed = ROOT / "src" / "nato_ukraine_timeline" / "data" / "examples" / "seed.txt"
    out.append(("seed", seed.read_text(encoding="utf-8"), None))
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        out.extend(_jsonl(path, f"tests/data/{path.name}"))
    golden = sorted((ROOT / "tests" / "golden").glob("*.txt"))
    out.extend((f"golden:{path.name}", path.read_text(encoding="utf-8"), None) for path in golden)
    for path in sorted((ROOT / "tests").glob("*.py")):
        for n, lit in enumerate(dict.fromkeys(_literals(path))):
            out.append((f"{path.name}:{n}", lit, None))
    for path in sorted((ROOT / "docs").rglob("*.md")):
        for n, block in enumerate(_code_blocks(path.read_text(encoding="utf-8"))):
            for k, lit in enumerate(_string_literals(block)):
                out.append((f"docs/{path.name}:{n}:{k}", lit, None))
    if (SHARED / "seed_gold.jsonl").exists():
        out.extend(_jsonl(SHARED / "seed_gold.jsonl", "seed_gold"))
    for part in DEV_PARTS:
        path = SHARED / "realnews" / f"{part}.jsonl"
        if path.exists():
            out.extend(_jsonl(path, part))
    te3 = SHARED / "tempeval3" / "te3_train.jsonl"
    if te3.exists():
        out.extend(_jsonl(te3, "te3"))
    for path in extra:
        out.extend(_jsonl(path, f"extra:{path.stem}"))
    return out


def _mention(m: Any) -> dict[str, Any]:
    from nato_ukraine_timeline.serialize import unstructure

    return {
        "start": m.start,
        "end": m.end,
        "kind": str(m.kind),
        "actor": unstructure(m.actor) if m.actor is not None else None,
        "candidates": [c.id for c in m.candidates],
        "title": m.title,
        "name": m.name,
        "ambiguous": m.ambiguous,
        "modifier": m.modifier,
    }


def _dates(ntl: Any, text: str, published: dt.date | None) -> Any:
    """``find_dates`` mentions of the text and, without a publication date, its feed reading (order, items)."""
    import attrs

    from nato_ukraine_timeline.serialize import unstructure

    try:
        out: dict[str, Any] = {"found": [unstructure(m) for m in ntl.find_dates(text, published=published)]}
        if published is None:
            out["feed"] = attrs.asdict(ntl.read_feed(text))
    except Exception as exc:  # noqa: BLE001
        return f"raised {type(exc).__name__}: {exc}"
    return out


def dump(target: Path, extra: tuple[Path, ...] = ()) -> int:
    import nato_ukraine_timeline as ntl
    from nato_ukraine_timeline.serialize import unstructure

    n = 0
    with target.open("w", encoding="utf-8") as f:
        for tid, text, published in texts(extra):
            row: dict[str, Any] = {"id": tid}
            try:  # a date error of the scanner (issue 10) is recorded, not fatal: it is output too
                row["timeline"] = unstructure(ntl.parse(text, published=published, source="identical"))
            except Exception as exc:  # noqa: BLE001
                row["timeline"] = f"raised {type(exc).__name__}: {exc}"
            row["mentions"] = [_mention(m) for m in ntl.find_actor_mentions(text)]
            row["dates"] = _dates(ntl, text, published)
            f.write(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def _rows(path: Path) -> dict[str, str]:
    return {json.loads(line)["id"]: line for line in path.read_text(encoding="utf-8").splitlines()}


def compare(a: Path, b: Path) -> int:
    """Compare two dumps text id by text id; ids found in one dump only are counted apart (an edited test
    literal is a new text)."""
    left, right = _rows(a), _rows(b)
    common = [tid for tid in left if tid in right]
    bad = [tid for tid in common if left[tid] != right[tid]]
    for tid in bad[:50]:
        print("differs:", tid)
    only = len(left) - len(common), len(right) - len(common)
    if any(only):
        print(f"ids in one dump only: {only[0]} in {a.name}, {only[1]} in {b.name}")
    print(f"{'identical' if not bad else 'DIFFERENT'} on {len(common) - len(bad)} of {len(common)} common texts")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("target", type=Path)
    d.add_argument("--extra", type=Path, nargs="*", default=[], help="more gold files (JSONL with text)")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        print(f"dumped {dump(args.target, tuple(args.extra))} texts to {args.target}")
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
