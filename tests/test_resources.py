"""The package's data files: every one ships and loads; malformed tables raise ResourceError."""

from __future__ import annotations

from pathlib import Path

import pytest

import nato_ukraine_timeline
from nato_ukraine_timeline import ResourceError, _resources
from nato_ukraine_timeline._resources import read_data, tsv_rows

SOURCE_DATA = Path(__file__).resolve().parents[1] / "src" / "nato_ukraine_timeline" / "data"
DATA_FILES = sorted(p.relative_to(SOURCE_DATA).as_posix() for p in SOURCE_DATA.rglob("*") if p.is_file())


class TestShippedFiles:
    def test_there_are_data_files(self) -> None:
        """The source tree has the tables the library reads (guards the parametrised test below)."""
        assert {"actors.toml", "months.tsv", "speech_verbs.tsv", "examples/seed.txt"} <= set(DATA_FILES)

    @pytest.mark.parametrize("name", DATA_FILES)
    def test_every_file_loads_from_the_installed_package(self, name: str) -> None:
        """Each file of src/.../data is readable through importlib.resources from the package under test
        (in CI a wheel install, so this checks the wheel ships it) and has the same content."""
        assert read_data(name) == (SOURCE_DATA / name).read_text(encoding="utf-8")

    def test_seed_is_the_shipped_example(self) -> None:
        """The repo's seeds/ text and the package's built-in example are the same text."""
        seeds = Path(__file__).resolve().parents[1] / "seeds"
        (seed,) = seeds.glob("*.txt")
        assert read_data("examples/seed.txt") == seed.read_text(encoding="utf-8")

    def test_package_location_reported(self) -> None:
        """The tests import the package (not a stray copy): it has a py.typed marker."""
        assert (Path(nato_ukraine_timeline.__file__).parent / "py.typed").is_file()


class TestErrors:
    def test_missing_file(self) -> None:
        """A missing file names itself."""
        with pytest.raises(ResourceError, match=r"invalid resource data/nope\.tsv: "):
            read_data("nope.tsv")

    def test_malformed_rows_named_by_line(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every malformed line is reported with its number; comments and blank lines are skipped."""
        text = "# form\tvalue\n\nJan\t1\nbad line\n\tempty first\nFeb\t2\textra\n"
        monkeypatch.setattr(_resources, "read_data", lambda _name: text)
        with pytest.raises(ResourceError) as info:
            tsv_rows("t.tsv", 2)
        assert info.value.resource == "data/t.tsv"
        assert [e.split(":")[0] for e in info.value.errors] == ["line 4", "line 5", "line 6"]
        assert "expected 2 tab-separated columns" in str(info.value)

    def test_rows_and_optional_columns(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Good rows come back stripped with their line numbers; at_least allows short rows."""
        monkeypatch.setattr(_resources, "read_data", lambda _name: "# c\na \t b\nc\n")
        assert tsv_rows("t.tsv", 2, at_least=1) == [(2, ["a", "b"]), (3, ["c"])]
        with pytest.raises(ResourceError, match="line 3"):
            tsv_rows("t.tsv", 2)


class TestNameWords:
    def test_classes_load_in_file_order(self) -> None:
        """data/name_words.tsv gives every class of words the mention finder reads, none empty."""
        from nato_ukraine_timeline._mentions import name_words

        words = name_words()
        assert all(words.values())
        assert "Monday" in words["not_first"]
        assert "Kremlin" in words["body_word"]
        assert "Prosecutor's Office" in words["org_head"]

    def test_body_classes_load_and_cover_their_scan_keys(self) -> None:
        """The lower-case bodies ("Ukraine's air force") and the heads that name a body again ("the
        ministry said") are the classes lower_body and body_again; every lower_body form, as written and in
        lower case, holds one of the literal keys the finder looks for first, so a new row is found."""
        from nato_ukraine_timeline import _mentions

        words = _mentions.name_words()
        assert {"Air Force", "Ministry of Defence"} <= set(words["lower_body"])
        assert {"Ministry", "alliance", "bloc"} <= set(words["body_again"])
        for form in words["lower_body"]:
            for spelled in (form, form.lower()):
                assert any(key in spelled for key in _mentions._LOWER_BODY_KEYS), spelled
        assert _mentions._lower_body().search("Ukraine's air force said") is not None
        assert _mentions._lower_body().search("Ukraine's air show") is None
        assert "he Air Force" in _mentions._body_again_keys()
        assert _mentions._body_again().search("the Alliance said") is None  # lower-case head in the table
        assert {"Defence Ministry", "General Staff"} <= set(words["capital_body"])
        assert _mentions._body_in().search("the defence ministry in Moscow") is not None

    def test_unknown_class_named_by_line(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A row whose class is not one the finder reads raises ResourceError naming its line."""
        from nato_ukraine_timeline import _mentions

        monkeypatch.setattr(_resources, "read_data", lambda _name: "# c\nThe\tnot_first\nFoo\tnonsense\n")
        _mentions.name_words.cache_clear()
        try:
            with pytest.raises(ResourceError, match=r"line 3: unknown class 'nonsense'"):
                _mentions.name_words()
        finally:
            _mentions.name_words.cache_clear()


class TestTitleWords:
    def test_classes_load_and_feed_the_title_parser(self) -> None:
        """data/title_words.tsv gives the registry's title parser its descriptors (the class is the sense),
        heads, ranks and the words never part of a name; months and weekdays come from their own tables."""
        from nato_ukraine_timeline import _actors

        assert _actors._DESCRIPTORS["interim"] == "acting"
        assert _actors._DESCRIPTORS["ex"] == "former"
        assert {"appointed", "elected"} == _actors._PARTICIPLES
        assert "top" in _actors._RANKS
        assert "boss" in _actors._HEAD_WORDS
        assert {"said", "the", "sept", "may", "friday"} <= _actors._NOT_NAMES
        assert "fri" not in _actors._NOT_NAMES  # only full weekday names: "Sun" is also a surname
        assert {"von", "bin", "ibn"} <= _actors._NAME_PARTICLES  # the mention finder's own class

    def test_word_classes_names_an_unknown_class(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The one loader of two-column word tables names a row whose class the reader does not know."""
        monkeypatch.setattr(_resources, "read_data", lambda _name: "top\trank\nfoo\tbar\n")
        with pytest.raises(ResourceError, match=r"line 2: unknown class 'bar' \(expected one of rank, head\)"):
            _resources.word_classes("t.tsv", ("rank", "head"))
        monkeypatch.setattr(_resources, "read_data", lambda _name: "top\trank\nchief\trank\nchief\thead\n")
        assert _resources.word_classes("t.tsv", ("rank", "head")) == {"rank": ("top", "chief"), "head": ("chief",)}


def test_clause_words_feed_the_no_clause() -> None:
    """data/clause_words.tsv gives the clause helpers both classes, none empty; "no" with a finite verb a few
    words on opens a clause, "no" before one of the no_complement words does not (synthetic phrases)."""
    import re

    from nato_ukraine_timeline import _clauses

    assert all(_clauses._CLAUSE_WORDS.values())
    no_clause = re.compile(_clauses.NO_CLAUSE)
    assert no_clause.match("no one was hurt") is not None
    assert no_clause.match("no talks were planned") is not None
    assert no_clause.match("no longer is needed") is None
    assert no_clause.match("no to the plan") is None


def test_every_state_has_an_adjective() -> None:
    """Every state of data/actors.toml has its adjective of nationality in data/demonyms.tsv, so "Greek forces",
    "Irish police" or "the Cypriot government" name that state's forces and bodies (events, unnamed speakers)."""
    import tomllib

    states = {a["name"] for a in tomllib.loads(read_data("actors.toml"))["actors"] if a["kind"] == "state"}
    with_adjective = {state for _n, (_adjective, state) in tsv_rows("demonyms.tsv", 2)}
    assert states - with_adjective == set()
    assert with_adjective <= states  # each row names a state the registry has


def test_new_state_adjectives_reach_the_pipeline() -> None:
    """Synthetic: an adjective of a state added with the registry's coverage names its forces in an event."""
    import datetime as dt

    from nato_ukraine_timeline import parse

    timeline = parse("Greek forces intercepted a drone on Monday.", published=dt.date(2025, 3, 12))
    assert [[a.name for a in e.actors] for e in timeline.events] == [["Greece"]]


def test_verb_rule_words_feed_the_verb_rules() -> None:
    """data/verb_rule_words.tsv gives the verb rules every class, none empty; a verb after a skipped phrase and a
    gerund object are read from it (synthetic phrases)."""
    from nato_ukraine_timeline import _verb_rules

    assert all(_verb_rules._WORDS.values())
    assert _verb_rules._VERB_NEXT.match(" remains open") is not None
    assert _verb_rules._VERB_NEXT.match(" remained open") is None
    assert _verb_rules._GERUND_OBJECT.match("holding talks") is not None
    assert _verb_rules._GERUND_OBJECT.match("meeting leaders") is None
