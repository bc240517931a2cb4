"""The attribution rule table: every rule's examples (synthetic sentences) run through the parser."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._statements import RULES, AttributionRule, find_statements

EXAMPLES = [
    pytest.param(rule, text, speaker, words, id=f"{rule.name}-{n}")
    for rule in RULES
    for n, (text, speaker, words) in enumerate(rule.examples)
]


class TestRuleTable:
    def test_names_are_unique(self) -> None:
        """Each rule has its own name (a statement's rule names one rule)."""
        names = [rule.name for rule in RULES]
        assert len(names) == len(set(names))

    def test_every_rule_has_examples(self) -> None:
        """No rule without an example that runs as a test."""
        assert all(rule.examples for rule in RULES)

    def test_per_verb_rules_are_one_run(self) -> None:
        """The rules that read a speech verb stand together in the table (they take turns at each verb)."""
        flags = [rule.per_verb for rule in RULES]
        first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
        assert all(flags[first : last + 1])

    @pytest.mark.parametrize(("rule", "text", "speaker", "words"), EXAMPLES)
    def test_example(self, rule: AttributionRule, text: str, speaker: str, words: str) -> None:
        """The rule finds the example's words, said by the example's speaker."""
        doc, _ = analyse(text, published=None, window=None, order=None)
        found = [(f.rule, f.speaker.name, text[f.start : f.end]) for f in find_statements(doc)]
        assert (rule.name, speaker, words) in found


class TestVerbTable:
    def test_header_names_the_class_columns_in_order(self) -> None:
        """The commented header of data/speech_verbs.tsv lists the class columns the loader reads, in order."""
        from nato_ukraine_timeline._resources import read_data
        from nato_ukraine_timeline._speech import VERB_CLASSES

        header = next(line for line in read_data("speech_verbs.tsv").splitlines() if line.startswith("# form\t"))
        assert header[2:].split("\t") == ["form", "lemma", *VERB_CLASSES]

    def test_every_class_has_a_verb(self) -> None:
        """Each class column marks at least one form (a class no verb has is dead code)."""
        from nato_ukraine_timeline._speech import VERB_CLASSES, lexicon

        lex = lexicon()
        assert all(getattr(lex, cls) for cls in VERB_CLASSES)

    def test_a_new_urge_verb_is_one_line(self) -> None:
        """The urge class is read from the table: every urge form is a speech verb the rules find."""
        from nato_ukraine_timeline._speech import lexicon

        lex = lexicon()
        assert set(lex.urge) <= set(lex.say)
        assert {"urged", "called on"} <= set(lex.urge)
