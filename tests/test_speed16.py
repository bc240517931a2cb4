"""Speed changes of the sixteenth session (perf16m): the faster forms give exactly what the former ones gave.

Every sentence here is synthetic (written for these tests).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import _actors


def _former_token_mentions(reg: _actors.ActorRegistry, text: str) -> list[_actors.ActorMention]:
    """The actor finder's loop before the article test (perf15): every starter is tried, and a capitalised
    word no title or name opens with a comma in reach."""
    toks = _actors._tokens(text)
    out: list[_actors.ActorMention] = []
    after = 0
    for i in [k for k, tok in enumerate(toks) if tok.key in reg._starters or tok.text[:1].isupper()]:
        if i < after or (toks[i].key not in reg._starters and not _actors._comma_in_reach(text, toks, i)):
            continue
        m = reg._mention_at(text, toks, i)
        if m is not None:
            out.append(m.mention)
            after = max(m.next, i + 1)
    return out


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
    assert reg.find_mentions(text) == _former_token_mentions(reg, text)


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
    assert found == _former_token_mentions(reg, text)
    assert [m.text for m in found] == ["The NATO spokesperson", "the alliance"]
