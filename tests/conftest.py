"""Test configuration: Hypothesis profiles, the strategies every test can use, ``--update-golden``.

Profiles: ``dev`` (default; few examples, quick on a shared 2-core machine) and ``ci`` (more
examples, derandomized so a CI run is reproducible), chosen by the ``CI`` environment variable or
explicitly with ``HYPOTHESIS_PROFILE=dev|ci``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

import strategies  # noqa: F401 - registers a strategy for every model class

settings.register_profile("dev", max_examples=20, deadline=None)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,  # a shared machine's timing is no signal; speed is measured in benchmarks
    derandomize=True,  # the same examples on every run: a CI failure reproduces
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.expected.json from the current output instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether the run was asked to rewrite golden files (``--update-golden``)."""
    return bool(request.config.getoption("--update-golden"))
