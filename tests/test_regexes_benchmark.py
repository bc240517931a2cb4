"""benchmarks/regexes.py: the package's patterns timed in ``parse`` (a recorder around ``re.compile`` installed before
the package is imported), with the same ``parse`` output as without it. Synthetic texts only."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline.serialize import unstructure

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
TEXT = "The envoy Anna Lindqvist said on Monday that talks would resume in Geneva."  # synthetic

_RECORDED = f"""
import datetime as dt, json, sys
sys.path.insert(0, {str(BENCHMARKS)!r})
import regexes
recorder = regexes.Recorder()
recorder.install()
import nato_ukraine_timeline as ntl
from nato_ukraine_timeline.serialize import unstructure
out = ntl.parse({TEXT!r}, published=dt.date(2025, 3, 4))
recorder.uninstall()
print(json.dumps({{"out": unstructure(out), "patterns": len(recorder.spent), "calls": sum(recorder.calls.values())}}))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def test_the_recorder_times_the_package_patterns_and_changes_no_output() -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter, this repository's script
        [sys.executable, "-c", _RECORDED], capture_output=True, text=True, check=True, env=_env(), timeout=300
    )
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["out"] == unstructure(ntl.parse(TEXT, published=dt.date(2025, 3, 4)))
    assert got["patterns"] > 20  # the sentence splitter, the date scanner, the speech verbs ...
    assert got["calls"] > got["patterns"]


def test_the_report_names_each_pattern_where_the_package_compiled_it() -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter, this repository's script
        [sys.executable, str(BENCHMARKS / "regexes.py"), "--docs", "0", "--seed", "1", "--repeat", "1", "--top", "3"],
        capture_output=True,
        text=True,
        check=True,
        env=_env(),
        timeout=300,
        cwd=BENCHMARKS,
    )
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("parse      1 documents")
    assert len(lines) == 5  # the total, the header and three patterns
    assert all(".py:" in line for line in lines[2:])
