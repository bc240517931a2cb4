"""The sentence rules' cues (``AttributionRule.cue``, fifteenth session, perf15b): each cue is read once per
document over the whole mask (``sentences_with``) and a rule is called only on the sentences its cue reaches.
The gate must change nothing: a rule finds nothing in a sentence its cue does not reach, every sentence whose
span holds a match of the cue is reached, and ``find_statements`` gives the same answer with and without
the gate. Every text here is synthetic, written for these tests."""

from __future__ import annotations

import functools
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import _statements
from nato_ukraine_timeline._document import analyse, sentences_with
from nato_ukraine_timeline._found import SentenceState
from nato_ukraine_timeline._speakers import Context
from nato_ukraine_timeline._statements import RULES, find_statements

CUED = [rule for rule in RULES if rule.cue is not None]

# Synthetic pieces in the forms the cued rules read: quotations (straight and curly), dashes, "by", "with",
# "according to", "quoted as saying", "expressed", "announced", colons, possessives, names the registry knows.
PIECES = (
    "Rutte said",
    "Zelensky",
    "Peskov's statement that",
    '"We are ready,"',
    "\u201cThe talks went well\u201d",
    " - ",
    " \u2014 ",
    "according to the ministry",
    "as reported by NATO",
    "was quoted by Reuters as saying",
    "with Sybiha stressing",
    "expressed hope",
    "announced plans to",
    "described as a trap by Moscow",
    ": ",
    "SULLIVAN: ",
    ", threatening ",
    ", stating, ",
    "the alliance",
    "on Monday",
    ". ",
    ".\n\n",
    "\n",
    "per cent",
    "Kremlin",
    # the participles of the participle rules' cue (sixteenth session, perf16s)
    ", adding that ",
    ", adding ",
    " by saying ",
    " while noting that ",
    ", calling it ",
    ", describing the talks as ",
    ", noting ",
    ", telling reporters that ",
    " and stressing that ",
    "Noting that ",
)

SYNTHETIC = (
    '"We will not back down," Zelensky said on Friday. The talks went on. According to Rutte, allies agree.',
    "Umerov met the press.\n\nTwo ships were hit. Repairs will take a month. - Umerov noted.",
    "Sybiha expressed hope that the talks would go on. The weather was mild.",
    "Peskov was quoted by Reuters as saying the offer was absurd. The plan was described as a trap by Kyiv.",
    'Rutte spoke in Brussels: "Allies must do more." The meeting ended.\n\n"We are united," he added.',
    "Briefing\n\nSULLIVAN: Look, I will not speak for the next team.",
    "The fighting went on, as reported by the Ukrainian General Staff. No one else spoke.",
    # the participle rules (one cue: a participle of the tables): after a statement, after a clause, after a
    # preposition, labelling, with an object; and sentences with none of them (sixteenth session, perf16s)
    "Rutte said allies were united, adding that the aid would go on. Kallas met Sybiha, saying the talks went well.",
    "Sybiha opened the meeting by saying that the front held. Peskov ended the call, calling it a useful exchange.",
    "Zelensky spoke in Kyiv, noting significant progress on air defence. The weather was mild. No one spoke.",
)


def _texts() -> list[str]:
    return [*SYNTHETIC, *(text for rule in RULES for text, _, _ in rule.examples)]


class TestSentencesWith:
    def test_every_sentence_a_match_overlaps(self) -> None:
        """The sentences holding a match are marked, and both sentences a match across their boundary spans."""
        doc, _ = analyse("One by one. Two. Three by three.", published=None, window=None, order=None)
        starts = [s.start for s in doc.sentences]
        assert len(starts) == 3
        assert sentences_with(doc, re.compile("by")) == {0, 2}
        assert sentences_with(doc, re.compile(r"\. Two\. T")) == {0, 1, 2}
        assert sentences_with(doc, re.compile("four")) == frozenset()

    @pytest.mark.parametrize("rule", CUED, ids=lambda r: r.name)
    def test_cue_matches_no_empty_string(self, rule: _statements.AttributionRule) -> None:
        """A cue never matches the empty string (a whole-text scan of it moves on at each match)."""
        assert rule.cue is not None
        assert rule.cue().search("") is None


def _check_gate(text: str) -> None:
    doc, _ = analyse(text, published=None, window=None, order=None)
    for rule in CUED:
        assert rule.cue is not None
        cue = rule.cue()
        reached = sentences_with(doc, cue)
        for si, sent in enumerate(doc.sentences):
            if cue.search(doc.mask, sent.start, sent.end) is not None:
                assert si in reached, (rule.name, text)  # the finder's own test succeeds: the gate lets it run
            if si in reached:
                continue
            state = SentenceState(doc, Context(), si, sent)
            assert not rule.find(state, None), (rule.name, text)  # unreached: the finder finds nothing ...
            assert not state.found  # ... and changes nothing
            assert state.according_outlet is None


class TestGate:
    @pytest.mark.parametrize("text", _texts())
    def test_unreached_sentences_find_nothing(self, text: str) -> None:
        """In every synthetic example, a cued rule finds nothing in a sentence its cue does not reach."""
        _check_gate(text)

    @given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join))
    def test_unreached_sentences_find_nothing_random(self, text: str) -> None:
        """The same on texts made of the pieces the cued rules read, in any order (synthetic)."""
        _check_gate(text)

    @pytest.mark.parametrize("text", _texts())
    def test_same_statements_without_the_gate(self, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """``find_statements`` gives the same statements when every rule runs on every sentence."""
        doc, _ = analyse(text, published=None, window=None, order=None)
        gated = find_statements(doc)
        ungated_rules = tuple(attrs.evolve(rule, cue=None) for rule in RULES)
        monkeypatch.setattr(_statements, "_STAGES", _statements._stages(ungated_rules))
        monkeypatch.setattr(_statements, "_CUES", ())
        # the plans of the ungated rules, not those cached for the gated ones (_plan is cached per set of cues)
        monkeypatch.setattr(_statements, "_plan", functools.cache(_statements._plan.__wrapped__))
        assert _statements._plan(0) == _statements._STAGES  # every stage runs on every sentence
        assert find_statements(doc) == gated
