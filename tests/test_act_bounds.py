"""Speech-act boundaries (nato_ukraine_timeline._act_bounds): where one saying's words end inside a
sentence and the next begins. Every rule's examples (synthetic sentences) run through the parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._act_bounds import BOUNDARY_RULES, BoundaryRule, act_end, links, split_words
from nato_ukraine_timeline._document import analyse

EXAMPLES = [
    pytest.param(rule, text, first, second, id=f"{rule.name}-{n}")
    for rule in BOUNDARY_RULES
    for n, (text, first, second) in enumerate(rule.examples)
]


class TestBoundaryTable:
    def test_names_are_unique(self) -> None:
        """Each boundary rule has its own name."""
        names = [rule.name for rule in BOUNDARY_RULES]
        assert len(names) == len(set(names))

    def test_every_rule_has_examples(self) -> None:
        """No boundary rule without an example that runs as a test."""
        assert all(rule.examples for rule in BOUNDARY_RULES)

    def test_link_table_has_every_role(self) -> None:
        """data/speech_links.tsv fills every role the rules read."""
        assert all(links())

    @pytest.mark.parametrize(("rule", "text", "first", "second"), EXAMPLES)
    def test_example(self, rule: BoundaryRule, text: str, first: str, second: str) -> None:
        """The first words end at the boundary and the second words are a statement of their own."""
        del rule
        words = [s.text for s in parse(text).statements]
        assert first in words
        assert second in words


# Synthetic sentences whose reported words run on: no boundary of the table stands in them.
ONE_STATEMENT = [
    pytest.param(  # "and that" with no comma and no quotation before it: one saying (the real gold's majority)
        "Rutte said allies were ready and that the summit would go ahead.",
        "allies were ready and that the summit would go ahead",
        id="bare-and-that",
    ),
    pytest.param(  # a comma and a new speaker's verb with no that-clause of its own: no new speaker's words
        "The talks were useful, the Kremlin said on Monday, adding that more would follow.",
        "The talks were useful",
        id="tail-is-no-new-speaker",
    ),
    pytest.param(  # a link word inside a quotation is the speaker's own words
        'Zelensky said "we are ready, but they said no" at the summit.',
        "we are ready, but they said no",
        id="inside-a-quotation",
    ),
]


@pytest.mark.parametrize(("text", "words"), ONE_STATEMENT)
def test_no_boundary(text: str, words: str) -> None:
    """Where no boundary stands, the words stay one statement."""
    assert words in [s.text for s in parse(text).statements]


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_act_end_inside_the_span(text: str, a: int, b: int) -> None:
    """A boundary lies inside the span it was looked for in; split parts are ordered, disjoint and inside."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert start <= act_end(doc, start, end) <= end
    parts = split_words(doc, start, end)
    assert all(start <= p0 < p1 <= end for p0, p1 in parts)
    assert all(parts[i][1] <= parts[i + 1][0] for i in range(len(parts) - 1))


def test_absolute_report_ends_the_words() -> None:
    """SYNTHETIC (prec21): ", with Moscow reporting an exchange of ..." is another speaker's clause (rule new-speaker,
    a participle of class report): the first speaker's words end before it."""
    text = "Zelensky announced that the handover would go ahead on Sunday, with Moscow reporting an exchange of 90 men."
    assert [s.text for s in parse(text).statements][:1] == ["the handover would go ahead on Sunday"]
