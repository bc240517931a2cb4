"""The registry TOML loader is as strict and clear as the JSON loader (issue 10, item 7).

Types are checked (aliases are an array of non-empty strings, never a string split into letters),
messages show the value and the path, and every problem of every entry is reported at once.
Every actor here is invented.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from nato_ukraine_timeline import ActorRegistry, ResourceError, actor_registry, parse

if TYPE_CHECKING:
    from pathlib import Path

HEAD = '[[actors]]\nid = "ilse-varga"\nname = "Ilse Varga"\nkind = "person"\n'


def _errors(body: str) -> list[str]:
    with pytest.raises(ResourceError) as info:
        ActorRegistry.from_toml(body, resource="mine.toml")
    assert info.value.resource == "mine.toml"
    return info.value.errors


class TestTypes:
    def test_aliases_string_is_refused_not_split(self) -> None:
        """aliases = "Varga" would have become five one-letter aliases: it is refused, showing the value."""
        (error,) = _errors(HEAD + 'aliases = "Varga"\n')
        assert error == (
            "expected an array of names (like [\"Rutte\"]), got string 'Varga' @ $.actors[0].aliases (id 'ilse-varga')"
        )

    @pytest.mark.parametrize(
        ("aliases", "bad"),
        [('["Varga", 3]', "got integer 3 @ $.actors[0].aliases[1]"), ('["Varga", ""]', "got string '' @ $.actors[0]")],
    )
    def test_alias_items(self, aliases: str, bad: str) -> None:
        """A number among the aliases is not turned into "3"; an empty alias is refused."""
        (error,) = _errors(HEAD + f"aliases = {aliases}\n")
        assert bad in error

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            ('roles = [{ title = "Minister of Defence", start = "2025-13-01" }]', "got string '2025-13-01'"),
            ('roles = [{ title = "Minister of Defence", start = 1979-05-27T07:32:00 }]', "got a date and time"),
            ("roles = [{ start = 2025-01-01 }]", "missing required key 'title' @ $.actors[0].roles[0]"),
            ("wikidata = 42", "expected a non-empty string, got integer 42 @ $.actors[0].wikidata"),
            ('modifiers = "Hungarian"', "got string 'Hungarian' @ $.actors[0].modifiers"),
        ],
    )
    def test_values_are_shown(self, line: str, message: str) -> None:
        """Date and type errors show the value and the path."""
        (error,) = _errors(HEAD + line + "\n")
        assert message in error

    def test_good_file_still_loads(self, tmp_path: Path) -> None:
        """A correct file loads, and its actor reaches parse."""
        path = tmp_path / "mine.toml"
        path.write_text(HEAD + 'aliases = ["Varga"]\n', encoding="utf-8")
        registry = actor_registry().extend(ActorRegistry.from_file(path))
        text = '"We will not send weapons," Varga said on Monday.'  # synthetic
        assert {s.speaker.id for s in parse(text, registry=registry).statements} == {"ilse-varga"}

    def test_packaged_registry_passes(self) -> None:
        """The packaged registry meets the same checks."""
        assert len(actor_registry()) > 50


class TestEveryProblemAtOnce:
    def test_all_entries_all_fields(self) -> None:
        """Two entries with three and two problems: five messages, each with its entry's path and id."""
        body = (
            '[[actors]]\nid = "a"\nname = ""\nkind = "planet"\naliases = "Ay"\n'
            '[[actors]]\nid = "b"\nname = "B"\nkind = "person"\naliases = ["Be", 3]\ncolour = "red"\n'
        )
        errors = _errors(body)
        assert len(errors) == 5
        assert [e.split(" @ ")[1] for e in errors] == [
            "$.actors[0].name (id 'a')",
            "$.actors[0].kind (id 'a')",
            "$.actors[0].aliases (id 'a')",
            "$.actors[1].aliases[1] (id 'b')",
            "$.actors[1] (id 'b')",
        ]
        assert "got string 'planet'" in errors[1]
        assert "unknown key(s) 'colour'" in errors[4]

    @pytest.mark.parametrize("kind", ['["person"]', "{ a = 1 }", "3"])
    def test_kind_of_any_type(self, kind: str) -> None:
        """A kind that is no string is refused with the value (the fuzz harness found an unhashable one)."""
        (error,) = _errors(f'[[actors]]\nid = "a"\nname = "A"\nkind = {kind}\n')
        assert "expected one of 'person'" in error

    def test_titles_checked_too(self) -> None:
        """Title entries are checked the same way."""
        errors = _errors('[[titles]]\ntitle = "Envoy"\nforms = "envoy"\ngeneric = "yes"\n')
        assert len(errors) == 2
        assert "got string 'envoy' @ $.titles[0].forms" in errors[0]
        assert "expected true or false, got string 'yes' @ $.titles[0].generic" in errors[1]


@pytest.mark.parametrize(
    "body",
    ["a = " + "[" * 3000 + "]" * 3000, "a = " + "9" * 5000, "a = " + "{b=" * 2000 + "1" + "}" * 2000],
    ids=["nested-arrays", "5000-digit-int", "nested-tables"],
)
def test_foreign_errors_from_toml(body: str) -> None:
    """Deep nesting and huge integers in TOML raise ResourceError, not RecursionError or ValueError."""
    (error,) = _errors(body)
    assert error.startswith("not valid TOML: ")
