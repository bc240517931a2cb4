"""Seventeenth session (attr17b): rule quoted-as-saying reads "AGENT quoted X as saying" whatever the quoting agent
is (a known outlet, or a noun phrase no mention reads: "the newspaper", "the state broadcaster"), and X may be
"him"/"her" or a noun naming the speaker just before ("the diplomat"), as well as a name.

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from found import said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: an agent no mention reads, a name quoted
            'Erik Lund spoke in Oslo. "Aid will keep flowing," the newspaper quoted Lund as saying.',
            "Erik Lund",
            "Aid will keep flowing,",
        ),
        (  # synthetic: a known outlet after describing words, "her" quoted
            (
                'Foreign Minister Anna Berg visited Riga. "We stand with our neighbours," the national news agency '
                "quoted her as saying."
            ),
            "Anna Berg",
            "We stand with our neighbours,",
        ),
        (  # synthetic: a named outlet, "him" quoted
            'Prime Minister Erik Lund spoke on Monday. "The border stays open," Reuters quoted him as saying.',
            "Erik Lund",
            "The border stays open,",
        ),
        (  # synthetic: the one quoted named again by a noun, the agent a service
            (
                'Envoy Erik Lund met both delegations. "Nothing is agreed yet," the ministry press service quoted the '
                "diplomat as saying."
            ),
            "Erik Lund",
            "Nothing is agreed yet,",
        ),
        (  # synthetic: reported words after "as saying that", an agent no mention reads
            "Erik Lund returned from Kyiv. The newspaper quoted him as saying that the talks would resume in May.",
            "Erik Lund",
            "the talks would resume in May",
        ),
    ],
)
def test_quoting_agent_and_quoted_pronoun(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(text)


def test_quoted_without_as_saying_is_no_statement() -> None:
    # synthetic: "quoted" with no "as saying" attributes nothing
    text = "Erik Lund spoke in Oslo. The newspaper quoted sources close to the talks at length."
    assert not [s for s in said(text) if "sources" in s[1]]
