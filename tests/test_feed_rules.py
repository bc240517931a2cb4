"""The named rules of the feed steps (``_dates/_feed.py``, :data:`RULES`): each example is a synthetic
feed (written for these tests) read with no publication date and ``order=None``."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._feed import RULES

_EXAMPLES = [(rule.name, feed, tuple(want)) for rule in RULES for feed, want in rule.examples]


def test_every_rule_has_a_name_a_step_a_form_and_examples() -> None:
    from nato_ukraine_timeline._dates import _feed

    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.form
        assert callable(getattr(_feed, rule.step)), rule.step


@pytest.mark.parametrize(("name", "feed", "want"), _EXAMPLES, ids=[f"{n}-{k}" for k, (n, _, _) in enumerate(_EXAMPLES)])
def test_rule_example(name: str, feed: str, want: tuple[tuple[str, str], ...]) -> None:
    got = {m.text: m.timex for m in find_dates(feed)}
    for text, value in want:
        assert got.get(text) == value, (name, text, got)
