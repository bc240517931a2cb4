"""Speed changes of the sixteenth session (perf16m): the faster forms give exactly what the former ones gave.

Every sentence here is synthetic (written for these tests).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _actors
from oracles import former_token_mentions

# synthetic words: articles in both cases, words that open a title, a body or a name after an article (and
# after "the" only: "the Hague"), words that open nothing, unknown names, commas and full stops
_ARTICLE_WORDS = st.lists(
    st.sampled_from(
        [
            "a",
            "an",
            "the",
            "A",
            "An",
            "The",
            "THE",
            "new",
            "former",
            "NATO",
            "NATO's",
            "Hague",
            "Kremlin",
            "alliance",
            "spokesperson",
            "minister",
            "foreign",
            "defence",
            "Secretary",
            "General",
            "Mark",
            "Rutte",
            "Anna",
            "Oksvik",
            "harbour",
            "said",
            "was",
            "appointed",
            ",",
            ".",
            "-",
        ]
    ),
    max_size=24,
)


@settings(max_examples=1500, deadline=None)
@given(_ARTICLE_WORDS, st.sampled_from([" ", "  ", "\n", ""]))
def test_article_fast_path_finds_what_every_article_found(words: list[str], sep: str) -> None:
    """An article in lower case is tried only before a word that may open a mention with it: the same
    mentions as trying every article (words joined by spaces, a line break, or nothing between them)."""
    text = sep.join(words) if sep else " ".join(words).replace(" ,", ",")
    reg = _actors.actor_registry()
    assert reg.find_mentions(text) == former_token_mentions(reg, text)


def test_after_article_sets() -> None:
    """The words after an article at which a mention may start: a title's, a body's or a name's first word (a
    name may open with "the" too: "the Hague"); none of the three articles is a name by itself."""
    reg = _actors.actor_registry()
    reg._build()
    after = reg._after_article
    assert set(after) == set(_actors.ARTICLES)
    assert {"nato", "new", "former", "minister", "rutte"} <= after["a"]
    assert "hague" in after["the"]
    assert "harbour" not in after["the"]
    assert "said" not in after["an"]


def test_article_before_nothing_is_no_mention() -> None:
    """Synthetic: articles before words that open nothing give no mention; before a body, a title and a name
    they do (as before)."""
    reg = _actors.actor_registry()
    text = "A harbour official said the talks ended. The NATO spokesperson said the alliance agreed."
    found = reg.find_mentions(text)
    assert found == former_token_mentions(reg, text)
    assert [m.text for m in found] == ["The NATO spokesperson", "the alliance"]


# synthetic feed words: titles and names the registry knows (with initials and "Gen."), unknown names, bodies,
# sentence marks, commas, line breaks (a headline with no mark), all-capitals words
_FEED_WORDS = st.lists(
    st.sampled_from(
        [
            "NATO",
            "Secretary",
            "General",
            "Mark",
            "Rutte",
            "President",
            "Donald",
            "J.",
            "Trump",
            "Joseph",
            "R.",
            "Biden",
            "Jr.",
            "Lt.",
            "Gen.",
            "former",
            "Prime",
            "Minister",
            "Anna",
            "Oksvik",
            "the",
            "alliance",
            "said",
            "met",
            "in",
            "Kyiv",
            "on",
            "March",
            "3",
            ",",
            ".",
            "!",
            "?",
            "\n",
            "\n\n",
            "RUTTE",
            "VISITS",
        ]
    ),
    min_size=1,
    max_size=40,
)


def _reasons(found: list[_actors.TermEvidence]) -> list[tuple[str, object]]:
    return [(ev.reason, ev.intervals) for ev in found]


@settings(max_examples=600, deadline=None)
@given(_FEED_WORDS, st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_document_term_bounds_as_each_part_read_alone(words: list[str], cuts: list[int]) -> None:
    """The terms of office of a part read from the document's mentions are those of the part read alone
    (``term_bounds``), for every part between two sentence marks or line breaks and at any other cut."""
    text = " ".join(words)
    marks = {0, len(text)} | {i + 1 for i, c in enumerate(text) if c in ".!?\n"} | {c % (len(text) + 1) for c in cuts}
    places = sorted(marks)
    reg = _actors.actor_registry()
    with _actors.reading_document(text):
        reg.find_mentions(text)
        bounds = _actors.document_term_bounds(text, text)
        assert bounds is not None
        for lo in places[:12]:
            for hi in places:
                if lo < hi:
                    assert _reasons(bounds(lo, hi)) == _reasons(reg.term_bounds(text[lo:hi])), (lo, hi)


def test_document_term_bounds_read_with_changed_letters() -> None:
    """Synthetic: where the date layer's copy of the text differs (an all-capitals line in lower case), a part
    that holds the change is read alone; the others from the document's mentions. Outside ``parse``'s reading
    of a document there is nothing to read from."""
    text = "NATO Secretary General Mark Rutte met them.\nRUTTE VISITS KYIV.\nPresident Donald Trump said so."
    read = text.replace("RUTTE VISITS KYIV", "rutte visits kyiv")
    reg = _actors.actor_registry()
    assert _actors.document_term_bounds(text, read) is None
    with _actors.reading_document(text):
        assert _actors.document_term_bounds(text, read) is None  # (the registry has not read it yet)
        reg.find_mentions(text)
        bounds = _actors.document_term_bounds(text, read)
        assert bounds is not None
        for lo, hi in ((0, 44), (44, 62), (62, len(text)), (0, len(text))):
            assert _reasons(bounds(lo, hi)) == _reasons(reg.term_bounds(read[lo:hi]))
        assert [ev.title for ev in bounds(0, 44)] == ["Secretary General"]
        doc = _actors._DocumentReading(text, _actors._tokens(text), [t.start for t in _actors._tokens(text)], [])
        assert reg._term_bounds_within(doc, read, 44, 62) is None  # the changed line: read alone
        assert reg._term_bounds_within(doc, read, 62, len(text)) == []  # (no mention given: none read)


def test_stop_marks() -> None:
    """A full stop is a stop but after a middle initial or an abbreviated rank ("J.", "Gen."), which names and
    titles go on through."""
    reg = _actors.actor_registry()
    reg._build()
    assert {"j", "gen", "jr"} <= reg._stops["."]
    toks = _actors._tokens("Donald J. Trump met Gen. Smith. Then")
    at = {t.start: k for k, t in enumerate(toks) if t.text == "."}
    assert [_actors._stops_at(toks, k, reg._stops) for k in at.values()] == [False, False, True]


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [  # synthetic
        ("alliance , said Jr. U.S. Secretary Rutte", 22, 40),  # a cut inside a word ("U.S.")
        ("NATO Secretary General Mark Rutte met Lt. Gen.\nSecretary General Mark Rutte said.", 47, 81),  # "Gen."
        ("Mark Rutte, NATO Secretary General\nvisits Kyiv.", 0, 35),  # no mark at the end: the line reads on
        ("They met NATO Secretary General Mark Rutte", 0, 40),  # a cut inside the text's last word
    ],
)
def test_document_term_bounds_at_the_edges(text: str, lo: int, hi: int) -> None:
    """Where the document's mentions inside a part are not the part's own (a mention of the document reads
    across its edge), the part is read alone: the same terms as ``term_bounds``, not those of the mentions."""
    reg = _actors.actor_registry()
    own = _reasons(reg.term_bounds(text[lo:hi]))
    whole = reg.find_mentions(text)
    inside = [reg.term_evidence(m) for m in whole if lo <= m.start < hi]
    assert _reasons([ev for ev in inside if ev is not None]) != own  # (what reading the mentions would give)
    with _actors.reading_document(text):
        reg.find_mentions(text)
        bounds = _actors.document_term_bounds(text, text)
        assert bounds is not None
        assert _reasons(bounds(lo, hi)) == own
