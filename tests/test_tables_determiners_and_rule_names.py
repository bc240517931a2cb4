"""Code shape after the twenty-second session (review22): no behaviour change.

- ``_speakers._co_speakers_titled`` reads its determiners from a table, no inline list (class np_determiner of
  data/clause_words.tsv since the twenty-fourth session, unify24: the one determiner list).
- A rule's name is unique within its table (two rules of one session were once given one name on two branches),
  and every rule this session named in code stands in the docs.

Every sentence here is SYNTHETIC: written for this file, not copied from any news text.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections import Counter
from pathlib import Path

import pytest

from nato_ukraine_timeline import (
    _event_rules,
    _events,
    _found,
    _joint,
    _mentions,
    _speakers,
    _speech,
    _statement_dates,
    _statements,
    parse,
)
from test_docs_rule_lists import TABLES

DOCS = Path(__file__).resolve().parents[1] / "docs"
PUBLISHED = dt.date(2025, 3, 14)


def test_co_speaker_title_determiners_are_a_table() -> None:
    """The determiners before the last co-speaker's title are class np_determiner (no inline list)."""
    assert "title_determiner" not in _mentions.name_words()
    assert {"his", "her", "their", "the"} <= set(_speech.NP_DETERMINER.split("|"))
    assert "his|her|their|the" not in inspect.getsource(_speakers)
    # a determiner of the class is not one of the two words a title may hold before its head; "our" is
    m = _speakers._co_speakers_titled().search("\x01\x02\x02 and his new Latvian counterpart ")
    assert m is not None
    assert _speakers._co_speakers_titled().search("\x01\x02\x02 and our new Latvian counterpart ") is None


def test_definite_determiners_are_one_class() -> None:
    """ "The" and the possessive pronouns before a title or a noun are class definite_determiner of
    data/clause_words.tsv (unify25): no module writes the five words out as an alternation of its own."""
    words = ("the", "his", "her", "its", "their")
    assert sorted(_speech.DEFINITE_DETERMINER.split("|")) == sorted(words)
    inline = re.compile(rf"\((?:\?:)?(?:{'|'.join(words)})(?:\|(?:{'|'.join(words)})){{4}}\)")
    spaced = re.compile(rf"\(\?:(?:(?:{'|'.join(words)})\\s\+\|){{4}}")  # "(?:the\s+|his\s+|...": written out
    for module in (_speech, _statements, _joint):
        assert inline.search(inspect.getsource(module)) is None, module.__name__
        assert spaced.search(inspect.getsource(module)) is None, module.__name__


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # synthetic: the list before "his <title> <person>" speaks with the person
        (
            "Rubio and his new Polish counterpart Radoslaw Sikorski said on Monday that talks would resume.",
            ["Marco Rubio", "Radosław Sikorski"],
        ),
        # synthetic: "our" is no title determiner and three words are too many: the list is not read
        ("Rubio and our new Polish counterpart Radoslaw Sikorski said on Monday that talks would resume.", None),
    ],
)
def test_co_speakers_with_a_titled_last_name(text: str, speakers: list[str] | None) -> None:
    statements = parse(text, published=PUBLISHED).statements
    names = [a.name for a in statements[0].speakers] if statements else None
    if speakers is None:
        assert names != ["Marco Rubio", "Radosław Sikorski"]
    else:
        assert names == speakers


@pytest.mark.parametrize("table", sorted(TABLES))
def test_rule_names_are_unique_within_a_table(table: str) -> None:
    counts = Counter(rule.name for rule in TABLES[table])
    assert [n for n, k in counts.items() if k > 1] == []


# Names a table shares with another: the same form read for the speaker and for the statement's date, each
# written once (_found, unify25).
SHARED_NAMES = _found.SHARED_RULE_NAMES


def test_shared_rule_names_are_written_once() -> None:
    """The two tables that share a rule name take it from ``_found`` (no second literal of it in their code)."""
    assert {_found.SOURCE_LINE, _found.CONTINUING_QUOTE} == SHARED_NAMES
    for module in (_statements, _statement_dates):
        code = inspect.getsource(module)
        assert [n for n in sorted(SHARED_NAMES) if f'"{n}"' in code] == [], module.__name__


def test_rule_names_are_unique_across_tables() -> None:
    owners: dict[str, set[str]] = {}
    for table, rules in TABLES.items():
        for rule in rules:
            owners.setdefault(rule.name, set()).add(table)
    assert sorted(n for n, t in owners.items() if len(t) > 1) == sorted(SHARED_NAMES)


@pytest.mark.parametrize("name", ["document-author-next", "body-of-state", "according-to-document"])
def test_rules_named_in_code_stand_in_the_docs(name: str) -> None:
    """Rules of the twenty-second session written as functions (not in a table) are named in docs/ too."""
    docs = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DOCS.rglob("*.md")))
    assert f"`{name}`" in docs


_ROW = re.compile(r"^\| `([^`]+)` \|", re.MULTILINE)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_docs_rule_tables_follow_the_code_order(table: str) -> None:
    """A rule table the docs give a row to every rule of (``| `name` | ...``) lists them in the order the code
    tries them."""
    names = [rule.name for rule in TABLES[table]]
    for path in sorted(DOCS.rglob("*.md")):
        rows = [n for n in _ROW.findall(path.read_text(encoding="utf-8")) if n in names]
        if set(rows) == set(names):
            assert list(dict.fromkeys(rows)) == names, path.name


def test_according_to_document_reads_its_determiners_from_a_table() -> None:
    """Rule according-to-document's determiners that point back to a document's author are role doc_back of
    data/speech_cues.tsv (no inline list); "a" does not point back. Synthetic."""
    assert set(_speech.lexicon().doc_back) == {"the", "its", "their"}
    assert "the|its|their" not in inspect.getsource(_statements)
    assert _statements._according_document().search("According to its statement, talks resume.") is not None
    assert _statements._according_document().search("According to a statement, talks resume.") is None


def test_other_day_names_date_rules_that_exist() -> None:
    """Each name start of _events._OWN_DATE_RULES opens the name of a rule of _event_rules.DATE_RULES, so a renamed
    date rule cannot drop out of the two-events check unseen."""
    names = [rule.name for rule in _event_rules.DATE_RULES]
    assert [p for p in _events._OWN_DATE_RULES if not any(n.startswith(p) for n in names)] == []
