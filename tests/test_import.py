"""Importing the package is light: the pipeline, serializers and optional extras load on first use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import nato_ukraine_timeline


def _modules_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    run = subprocess.run  # our own interpreter on our own script
    out = run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def test_import_loads_only_the_model() -> None:
    """`import nato_ukraine_timeline` loads the model and errors, not the parser, registry or extras."""
    loaded = _modules_after("import nato_ukraine_timeline")
    assert "nato_ukraine_timeline.model" in loaded
    heavy = {
        "nato_ukraine_timeline._parse",
        "nato_ukraine_timeline._dates",
        "nato_ukraine_timeline._actors",
        "nato_ukraine_timeline.serialize",
        "pandas",
        "dask",
        "multiprocessing",
        "nato_ukraine_timeline._display",
        "nato_ukraine_timeline._render",
        "nato_ukraine_timeline._plot",
        "nato_ukraine_timeline._formats",
        "matplotlib",
    }
    assert not heavy & loaded


def test_first_use_loads_what_it_needs() -> None:
    """Calling `parse` loads the pipeline; the name then resolves to the same function every time."""
    loaded = _modules_after("import nato_ukraine_timeline as n\nn.parse('Rutte said on Monday.')")
    assert {"nato_ukraine_timeline._parse", "nato_ukraine_timeline._dates", "nato_ukraine_timeline._actors"} <= loaded
    assert nato_ukraine_timeline.parse is nato_ukraine_timeline.parse


def test_every_public_name_resolves() -> None:
    """Every name in __all__ is reachable, and dir() lists it."""
    for name in nato_ukraine_timeline.__all__:
        assert getattr(nato_ukraine_timeline, name) is not None
    assert set(nato_ukraine_timeline.__all__) <= set(dir(nato_ukraine_timeline))
    assert nato_ukraine_timeline.__all__ == sorted(nato_ukraine_timeline.__all__)


def test_unknown_name() -> None:
    """An unknown attribute is an AttributeError naming it."""
    with pytest.raises(AttributeError, match="no_such_thing"):
        nato_ukraine_timeline.no_such_thing  # noqa: B018
