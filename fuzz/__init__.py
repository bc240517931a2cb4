"""Fuzzing nato_ukraine_timeline: inputs that try to break it, and the invariants every result must keep.

Three drivers share the input families and checks in :mod:`fuzz.targets`:

* ``tests/test_fuzz.py`` -- Hypothesis, a short budget in every ``pytest`` run (CI);
* ``python -m fuzz --inputs 1000000`` -- a long run from a seeded generator, one worker, with a
  per-input timeout; prints counts and every exception and broken invariant it found (see
  ``python -m fuzz --help``);
* ``python -m fuzz --atheris`` -- coverage-guided, where ``atheris`` installs (optional; the command
  says so and exits cleanly when it is missing).

Targets: ``find_dates`` and ``parse`` (with ``published``, ``window`` and ``order`` drawn too, including
extreme dates) and every loader (``loads``, ``load``, ``iter_jsonl``, ``ActorRegistry.from_toml`` and
``from_file``, the command line's ``read_corpus``).
Inputs: a grid of date phrasings (days 0-32, every year 1900-2100, months as names, abbreviations and
numbers, ranges, relative words), mutations of real news text read at run time from
``../shared/data/realnews/dev-a..c.jsonl`` (skipped when absent; never copied into the repository),
random strings from the characters dates are made of, and mutated serialized documents for the loaders.
Invariants: no exception but the library's own (:class:`~nato_ukraine_timeline.TimelineError`) for
options and loaders, none at all for texts; spans within the text and ``text[start:end]`` equal to the
mention's text; mentions in text order; ``earliest <= latest``; a lossless JSON and JSON Lines round trip.
"""

from __future__ import annotations

__all__: list[str] = []
