"""The docs name every rule of the rule tables (sixteenth session, review16).

Each table of named rule objects (attribution, speech-act boundaries, speakers, described speakers, event
triggers, event exclusions, event dates, grain, clause, one-event and link rules, statement dates, tenses, feeds,
resolution rules, joint speakers, dateline forms) is listed in the documentation under docs/, each rule by its name
in backticks, so a rule added to a table without a line in the docs fails here. The date scanner's rules
(``_dates._patterns.RULES``) are checked too from the seventeenth session on (review17); the older ones listed in
``SCANNER_NOT_YET_NAMED`` were all named by the eighteenth session (review18), so that list is empty. No text is
read but the docs and the tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nato_ukraine_timeline import (
    _act_bounds,
    _dateline,
    _descriptions,
    _drop_rules,
    _event_rules,
    _joint,
    _speaker_rules,
    _statement_dates,
    _statements,
)
from nato_ukraine_timeline._dates import _feed, _find, _patterns, _resolve

DOCS = Path(__file__).resolve().parents[1] / "docs"

TABLES: dict[str, tuple[Any, ...]] = {
    "_statements.RULES": _statements.RULES,
    "_act_bounds.BOUNDARY_RULES": _act_bounds.BOUNDARY_RULES,
    "_speaker_rules.SPEAKER_RULES": _speaker_rules.SPEAKER_RULES,
    "_drop_rules.DROP_RULES": _drop_rules.DROP_RULES,  # from the twenty-fifth session (unify25)
    "_descriptions.FORMS": _descriptions.FORMS,
    "_event_rules.TRIGGER_RULES": _event_rules.TRIGGER_RULES,
    "_event_rules.EXCLUSIONS": _event_rules.EXCLUSIONS,  # from the eighteenth session (review18)
    "_event_rules.DATE_RULES": _event_rules.DATE_RULES,
    "_event_rules.GRAIN_RULES": _event_rules.GRAIN_RULES,
    "_event_rules.FINER_RULES": _event_rules.FINER_RULES,  # from the twenty-sixth session (events26)
    "_event_rules.CLAUSE_RULES": _event_rules.CLAUSE_RULES,
    "_event_rules.LINK_RULES": _event_rules.LINK_RULES,
    "_event_rules.ONE_EVENT_RULES": _event_rules.ONE_EVENT_RULES,
    "_statement_dates.DATE_RULES": _statement_dates.DATE_RULES,
    "_dates._resolve.TENSE_RULES": _resolve.TENSE_RULES,
    "_dates._feed.RULES": _feed.RULES,
    "_dates._find.RESOLVE_RULES": _find.RESOLVE_RULES,
    # named in docs/extraction.md from the eighteenth session (review18)
    "_joint.FORMS": _joint.FORMS,
    "_dateline.FORMS": _dateline.FORMS,
}


# The date scanner's rules (_dates._patterns.RULES) are named in docs/dates.md from the seventeenth session on (a
# rule added or changed then, `running_day`, `day_part`); the 38 older ones were listed here until the eighteenth
# session (review18) named each in docs/dates.md, "The scanner's rules". The set stays empty: a new scanner rule is
# named in the docs from the start.
SCANNER_NOT_YET_NAMED: frozenset[str] = frozenset()


def _docs_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(DOCS.rglob("*.md")))


def test_the_tables_have_named_rules() -> None:
    """Every table holds rule objects with a name (so the check below has something to check)."""
    for table, rules in TABLES.items():
        names = [getattr(rule, "name", None) for rule in rules]
        assert names, table
        assert all(isinstance(n, str) and n for n in names), table


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_rule_is_named_in_the_docs(table: str) -> None:
    """Each rule's name stands in the docs in backticks (a table row or a list of rules)."""
    docs = _docs_text()
    missing = [rule.name for rule in TABLES[table] if f"`{rule.name}`" not in docs]
    assert missing == [], f"{table}: rules not named in docs/: {missing}"


def test_every_new_scanner_rule_is_named_in_the_docs() -> None:
    """The date scanner's rules are named in the docs, but for the older ones listed in SCANNER_NOT_YET_NAMED."""
    docs = _docs_text()
    names = [rule.name for rule in _patterns.RULES]
    assert sorted(SCANNER_NOT_YET_NAMED - set(names)) == [], "not a scanner rule (renamed or gone?)"
    named = sorted(n for n in SCANNER_NOT_YET_NAMED if f"`{n}`" in docs)
    assert named == [], f"named in docs/ now: take them out of SCANNER_NOT_YET_NAMED: {named}"
    missing = [n for n in names if n not in SCANNER_NOT_YET_NAMED and f"`{n}`" not in docs]
    assert missing == [], f"scanner rules not named in docs/: {missing}"
