"""benchmarks/identical.py: ``dump --extra`` adds the texts of more gold files (the development parts kept
outside ``../shared``), so a refactoring is proven identical on them too. Synthetic texts only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "identical.py"


def _identical() -> ModuleType:
    spec = importlib.util.spec_from_file_location("identical", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extra_gold_files_are_dumped_after_the_repository_texts(tmp_path: Path) -> None:
    gold = tmp_path / "dev-zz.jsonl"
    rows = [  # synthetic
        {"id": "zz-001", "text": "The envoy said on Monday that talks would resume.", "published": "2025-03-04"},
        {"id": "zz-002", "text": "Officials met in Brussels on Friday."},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    identical = _identical()
    plain = identical.texts()
    more = identical.texts((gold,))
    assert more[: len(plain)] == plain
    added = more[len(plain) :]
    assert [tid for tid, _, _ in added] == ["extra:dev-zz:zz-001", "extra:dev-zz:zz-002"]
    assert added[0][2] is not None
    assert added[0][2].isoformat() == "2025-03-04"
    assert added[1][2] is None


def test_dump_with_extra_then_compare_is_identical(tmp_path: Path) -> None:
    gold = tmp_path / "dev-zy.jsonl"
    gold.write_text(json.dumps({"id": "zy-1", "text": "NATO said on Tuesday it would meet."}) + "\n", encoding="utf-8")
    identical = _identical()
    identical.texts = lambda extra=(): [(f"extra:{p.stem}", "NATO said on Tuesday it would meet.", None) for p in extra]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert identical.main(["dump", str(a), "--extra", str(gold)]) == 0
    assert identical.main(["dump", str(b), "--extra", str(gold)]) == 0
    assert identical.main(["compare", str(a), str(b)]) == 0
    assert json.loads(a.read_text(encoding="utf-8").splitlines()[0])["id"] == "extra:dev-zy"


PAGE = """Prose with "a quoted phrase of twenty characters" is not code.

```sh
pip install "nato_ukraine_timeline[pandas,dask]"
```

Prose again with 'another quoted phrase, not code' between fences.

```{doctest}
>>> parse("The envoy met the minister on Friday.")
Timeline('printed output that is long enough')
```

```python
find_dates("Ministers will meet in Vilnius next week.")
```
"""  # synthetic


def test_docs_texts_come_from_python_blocks_only() -> None:
    """Only the fenced Python of a page is read: not prose between fences, shell blocks or doctest output."""
    identical = _identical()
    literals = [lit for block in identical._code_blocks(PAGE) for lit in identical._string_literals(block)]
    assert literals == ["The envoy met the minister on Friday.", "Ministers will meet in Vilnius next week."]


def test_compare_goes_by_text_id(tmp_path: Path) -> None:
    """An id found in one dump only is counted apart; the common ids are compared by id, not by line."""
    identical = _identical()
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "x", "v": 1}\n{"id": "y", "v": 2}\n', encoding="utf-8")
    b.write_text('{"id": "new", "v": 0}\n{"id": "y", "v": 2}\n{"id": "x", "v": 1}\n', encoding="utf-8")
    assert identical.main(["compare", str(a), str(b)]) == 0
    b.write_text('{"id": "y", "v": 3}\n{"id": "x", "v": 1}\n', encoding="utf-8")
    assert identical.main(["compare", str(a), str(b)]) == 1
