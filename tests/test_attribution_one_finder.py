"""Shape of the attribution code: one finder per concept, one table per vocabulary.

- The prepositions that may follow a title noun are one set, role title_preposition of data/speech_cues.tsv
  (``_speech.title_prepositions``), read by every rule that reads a title's preposition.
- The determiners of "according to <title phrase>, X" and of a co-speaker's title are class np_determiner of
  data/clause_words.tsv (no inline list, no class title_determiner).
- "of the <body noun>" after a bare title reads the body_again and org_again heads and class title_of_body only
  for the nouns those two lack.
- The date mentions of a stretch and a paragraph of its own are one function each (``_document``).
- The saying-before rule reads a speech verb's subject as the attribution layer does (``left_speaker``), not
  with a pattern of its own.

Every sentence here is SYNTHETIC: written for this file, not copied from any news text.
"""

from __future__ import annotations

import datetime as dt
import inspect

from nato_ukraine_timeline import (
    _document,
    _event_rules,
    _mentions,
    _speakers,
    _speech,
    _statement_dates,
    _statements,
    _tail_rules,
    _verb_rules,
    parse,
)

PUBLISHED = dt.date(2025, 3, 14)


def test_title_prepositions_are_one_table() -> None:
    """One set of a title's prepositions, read from the table by each reader; no reader lists its own."""
    assert set(_speech.lexicon().title_preposition) == {"of", "for", "on", "to", "at", "in"}
    for module in (_mentions, _speakers, _verb_rules):
        source = inspect.getsource(module)
        for inline in ("of|for|at|to", "to|of|for|at|in", "of|for|on|to", "of|for|to|in"):
            assert inline not in source, (module.__name__, inline)
    # each reader takes every preposition of the set: "at" (once missing from the inverted title) and "on"
    # (once missing from the appositive title) alike
    assert _verb_rules.title_appositive().match("professor at the academy.") is not None
    assert _verb_rules.title_appositive().match("adviser on security.") is not None
    assert _speakers._title_word().fullmatch("at") is not None
    assert _mentions._title_noun_before().search("the envoy on climate policy") is not None


def test_according_titled_reads_the_determiner_class() -> None:
    """The title phrase after "according to" opens with any np_determiner ("his", "her" too)."""
    assert "the|a|an|its|their" not in inspect.getsource(_statements)
    assert "title_determiner" not in _mentions.name_words()
    masked = "according to his chief adviser, \x01\x02\x02\x02."
    assert _statements._ACCORDING_TITLED.search(masked) is not None


def test_of_body_again_reads_the_again_heads() -> None:
    """The heads that name a body again stand once in the table: class title_of_body holds only the others."""
    words = _mentions.name_words()
    again = {w.casefold() for w in (*words["body_again"], *words["org_again"])}
    assert not again & set(words["title_of_body"])
    pattern = _mentions._of_body_again()
    for noun in ("agency", "company", "firm", "organisation", "fund"):
        assert pattern.match(f" of the {noun} said") is not None, noun
    assert pattern.match(" of the agency's board") is None


def test_one_function_each() -> None:
    """No module keeps its own copy of the date mentions of a stretch or of a paragraph-of-its-own test."""
    assert not hasattr(_event_rules, "_dates_in")
    assert not hasattr(_statement_dates, "_dates_in")
    assert not hasattr(_statement_dates, "_dates_of")
    assert not hasattr(_statements, "_whole_paragraph")
    assert not hasattr(_tail_rules, "_whole_paragraph")
    assert not hasattr(_statement_dates, "_NAME_THEN_VERB")
    text = "Line one.\nA lead sentence.\nSource: someone"
    start = text.index("A lead")
    assert _document.whole_paragraph(text, start, start + len("A lead sentence."))
    assert not _document.whole_paragraph(text, start + 2, start + len("A lead sentence."))


def test_saying_before_reads_the_subject_the_attribution_layer_reads() -> None:
    """Synthetic: the day a speaker said something on, read from the sentence before through the speech verb's
    subject as the attribution rules read it (a day and a comma between the name and the verb)."""
    text = (
        "Rustem Umerov, on Tuesday, announced a new round of talks with the partners in Riyadh. "
        '"We expect results soon and we will keep the pressure on," Umerov said.'
    )
    statements = [s for s in parse(text, published=PUBLISHED).statements if "pressure" in s.text]
    assert len(statements) == 1
    assert statements[0].when is not None
    assert statements[0].when.timex == "2025-03-11"
