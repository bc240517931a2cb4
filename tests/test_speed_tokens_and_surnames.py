"""Speed changes of the fourteenth session (perf14): the faster forms give exactly what the former ones gave.

Every sentence here is synthetic (written for these tests).
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline import _actors
from oracles import former_token_mentions

# ASCII fragments that reach every branch of the token pattern: abbreviations with dots, hyphens, the possessive,
# digits and underscores in words, spaces of every kind (the separators \x1c..\x1f are white space too)
_ASCII_TEXTS = st.text(alphabet="aZ9_ .-'s\t\n\x1c\x1fU.S.,", max_size=40) | st.text(
    alphabet=string.printable + "\x1c\x1d\x1e\x1f\x7f", max_size=40
)


@settings(max_examples=400, deadline=None)
@given(_ASCII_TEXTS)
def test_ascii_tokens_as_the_unicode_pattern(text: str) -> None:
    """On a text of ASCII characters only, the written-out token pattern finds what the Unicode one finds."""
    assert _actors._ASCII_SPACED_TOKEN.findall(text) == _actors._SPACED_TOKEN.findall(text)


@pytest.mark.parametrize(
    "text",
    [  # synthetic
        "The U.S. envoy and ex-minister O'Brien met Kyiv's mayor in 2025_b-c.",
        "Straße talks: the envoy met the mayor.",  # casefolds to ASCII, is not: the Unicode pattern reads it
        "\x1cNATO\x1f said  \t on Monday - or the next day.",
        "",
    ],
)
def test_tokens_as_the_unicode_pattern(text: str) -> None:
    """``_tokens`` gives the tokens the Unicode pattern gives, whichever pattern it reads with."""
    pieces = _actors._SPACED_TOKEN.findall(text)
    expected, e = [], 0
    for space, word in pieces:
        s = e + len(space)
        e = s + len(word)
        expected.append((s, e, word, _actors._key(word)))
    if not any(p in text.casefold() for p in _actors._SPLIT_PREFIXES):
        assert [tuple(t) for t in _actors._tokens(text)] == expected


def test_surname_misspelt_again_still_found() -> None:
    """A surname named in full before and misspelt after (one letter changed) is still that person, and a
    capitalised word of no surname's shape is no one (the shape test before the spelling check)."""
    # synthetic
    text = (
        "Halvard Briskendal, a spokesman for the port authority, said the ships left. "
        "Briskendel said more ships would follow. Harbourmaster Quent said nothing."
    )
    timeline = ntl.parse(text, published="2025-03-12")
    speakers = [s.speaker.name for s in timeline.statements]
    assert speakers
    assert all(name == "Halvard Briskendal" for name in speakers)


def test_event_without_a_date_after_it() -> None:
    """Rule own-clause-after: a trigger with no date after it in its clause takes none from it (the quick test),
    one with a date takes that date."""
    # synthetic
    undated = ntl.parse("The envoys met in Oslo and talked for hours.", published="2025-03-12")
    assert all(e.when is None for e in undated.events)
    dated = ntl.parse("The envoys met in Oslo on Tuesday.", published="2025-03-12")
    assert [(e.trigger, e.when.timex if e.when else None) for e in dated.events] == [("met", "2025-03-11")]
    assert dated.events[0].date_reason.startswith("own-clause-after")


# synthetic words: unknown names, name particles, titles and bodies the registry reads, commas and full stops
_NAME_WORDS = st.lists(
    st.sampled_from(
        [
            "Anna",
            "Marek",
            "Oksvik",
            "Delaroux",
            "van",
            "der",
            "von",
            "de",
            ",",
            ".",
            "a",
            "the",
            "NATO",
            "spokesperson",
            "minister",
            "Ukraine's",
            "foreign",
            "said",
            "Mark",
            "Rutte",
            "Secretary",
            "General",
            "analyst",
            "at",
            "Kyiv",
        ]
    ),
    max_size=24,
)


@settings(max_examples=300, deadline=None)
@given(_NAME_WORDS)
def test_comma_reach_finds_what_every_word_found(words: list[str]) -> None:
    """A capitalised word no title or name opens is tried only with a comma in reach: the same mentions."""
    text = " ".join(words)
    reg = _actors.actor_registry()
    assert reg.find_mentions(text) == former_token_mentions(reg, text)


def test_unknown_name_with_particles_and_appositive() -> None:
    """The longest unknown name the finder reads (four words, a particle between each two) still meets the
    comma of its appositive, seven tokens after its first word."""
    text = "Anna van Maria de Oksvik van Delaroux, a NATO spokesperson, said it."  # synthetic
    reg = _actors.actor_registry()
    found = reg.find_mentions(text)
    assert found == former_token_mentions(reg, text)
    assert [m.text for m in found][:1] == ["Anna van Maria de Oksvik van Delaroux"]
    assert found[0].title is not None
