"""Code shape: each function in src/ stays within the global budget or its own listed budget.

ruff counts branches, returns and statements (pyproject: [tool.ruff.lint.mccabe] and [tool.ruff.lint.pylint]);
a function over those limits carries a ``noqa`` on its def line *and* an entry in ``BUDGETS`` below, which
pins its size today, so that it can shrink but not grow unnoticed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "nato_ukraine_timeline"
MAX_LINES = 100  # STYLE/HELPERS: no function over about 100 lines
HARD_MAX_LINES = 120  # ... and none over 120, budget or not
MAX_COMPLEXITY = 12  # = [tool.ruff.lint.mccabe] max-complexity

# qualified name (module path below the package, then the function's __qualname__) -> (max lines, max complexity).
# Lower an entry when a function shrinks; delete it when the function is back within the global limits.
BUDGETS: dict[str, tuple[int, int]] = {
    "_actors._value_problems": (31, 17),
    "_dateargs.as_date": (25, 8),
    "_dates._calendar.shift_timex": (24, 10),
    "_dates._feed._decide_item": (27, 8),
    "_dates._read._read_calendar": (64, 23),
    "_dates._read._read_day": (69, 26),
    "_dates._read._read_duration": (56, 21),
    "_dates._read._read_quarter": (38, 12),
    "_dates._read._read_rel_unit": (34, 11),
    "_dates._read._read_relative": (35, 12),
    "_dates._resolve._pick": (32, 11),
    "_dates._resolve.occurrence": (25, 7),
    "_dates._resolve.resolve": (48, 16),
    "_dates._resolve.x_form": (26, 12),
    "_mentions._supplement": (73, 19),
    "_timex._bounds": (35, 13),
    "_timex.edtf_of": (48, 16),
    "ext.pandas._series": (16, 7),
    "serialize._type_schema": (24, 11),
}

_SHAPE_NOQA = re.compile(r"#\s*noqa:[^#]*\b(C901|PLR0911|PLR0912|PLR0915)\b")
_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _complexity_of(body: list[ast.stmt]) -> int:
    """Decision points in ``body`` counted as ruff's C901 counts them (boolean operators do not count)."""
    n = 0
    for stmt in body:
        # an elif is an If alone in orelse, so it counts one more
        if isinstance(stmt, (ast.If, ast.For, ast.AsyncFor, ast.While)):
            n += 1 + _complexity_of(stmt.body) + _complexity_of(stmt.orelse)
        elif isinstance(stmt, (ast.Try, ast.TryStar)):
            n += _complexity_of(stmt.body) + _complexity_of(stmt.orelse) + _complexity_of(stmt.finalbody)
            n += sum(1 + _complexity_of(h.body) for h in stmt.handlers)
        elif isinstance(stmt, ast.Match):
            n += sum(1 + _complexity_of(c.body) for c in stmt.cases)
            last = stmt.cases[-1].pattern if stmt.cases else None
            n -= isinstance(last, ast.MatchAs) and last.pattern is None  # a final `case _:` is the default
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            n += _complexity_of(stmt.body)
        elif isinstance(stmt, _FUNCS):
            n += 1 + _complexity_of(stmt.body)
        elif isinstance(stmt, ast.ClassDef):
            n += _complexity_of(stmt.body)
    return n


def _functions() -> dict[str, tuple[int, int, str]]:
    """Every function in src/ by qualified name -> (lines, complexity, its def line)."""
    found: dict[str, tuple[int, int, str]] = {}

    def visit(node: ast.AST, prefix: str, lines: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (*_FUNCS, ast.ClassDef)):
                name = f"{prefix}.{child.name}"
                if isinstance(child, _FUNCS):
                    size = (child.end_lineno or child.lineno) - child.lineno + 1
                    found[name] = (size, 1 + _complexity_of(child.body), lines[child.lineno - 1])
                visit(child, name, lines)
            else:
                visit(child, prefix, lines)

    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        module = ".".join(path.relative_to(SRC).with_suffix("").parts)
        visit(ast.parse(text), module, text.splitlines())
    return found


FUNCTIONS = _functions()


def test_functions_found() -> None:
    """The walk sees the package's functions, methods and nested functions (so the checks below bite)."""
    assert "_dates._read.read" in FUNCTIONS
    assert len(FUNCTIONS) > 300


def test_no_function_over_the_hard_maximum() -> None:
    """No function in src/ is over 120 lines, whatever its budget says."""
    too_long = {name: lines for name, (lines, _, _) in FUNCTIONS.items() if lines > HARD_MAX_LINES}
    assert too_long == {}


def test_budgets_within_the_hard_maximum() -> None:
    """No budget allows more than 120 lines (a budget over 100 lines is the exception, not the way out)."""
    assert {name: lines for name, (lines, _) in BUDGETS.items() if lines > HARD_MAX_LINES} == {}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_within_budget(name: str) -> None:
    """A function stays within its own budget if it has one, else within the global limits."""
    lines, complexity, _ = FUNCTIONS[name]
    max_lines, max_complexity = BUDGETS.get(name, (MAX_LINES, MAX_COMPLEXITY))
    assert lines <= max_lines, f"{name}: {lines} lines > budget {max_lines}; split it"
    assert complexity <= max_complexity, f"{name}: complexity {complexity} > budget {max_complexity}; split it"


def test_budgets_name_existing_functions() -> None:
    """Every budget names a function that still exists (a renamed or removed one drops its entry)."""
    assert sorted(set(BUDGETS) - set(FUNCTIONS)) == []


def test_every_budget_is_of_a_silenced_function() -> None:
    """A budget names a function whose def line silences a ruff complexity rule: a function back within the
    global limits (its noqa gone) drops its entry, so the entry cannot hide a later growth."""
    silenced = {name for name, (_, _, line) in FUNCTIONS.items() if _SHAPE_NOQA.search(line)}
    assert sorted(set(BUDGETS) - silenced) == []


def test_every_shape_noqa_has_a_budget() -> None:
    """A def line that silences a ruff complexity rule is listed in BUDGETS: the noqa alone is not a budget."""
    silenced = {name for name, (_, _, line) in FUNCTIONS.items() if _SHAPE_NOQA.search(line)}
    assert sorted(silenced - set(BUDGETS)) == []
