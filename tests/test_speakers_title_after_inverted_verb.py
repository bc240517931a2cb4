"""Seventeenth session (speakers17b): an inverted reporting clause whose speaker is a title, then a name
("..., said Deputy Speaker of the Czech Senate Tomas Varga."). The title noun comes from data/name_words.tsv
(class title_noun); see rule title-noun-after-inverted-verb of _speaker_rules.SPEAKER_RULES. All sentences are
synthetic."""

from __future__ import annotations

import pytest

from found import said
from nato_ukraine_timeline import find_actor_mentions
from nato_ukraine_timeline._mentions import name_words


def _speakers(text: str) -> list[str]:
    return [speaker for speaker, _words in said(text)]


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Speaker of the Czech Senate",  # a long title with its "of the" complement
        "Speaker of the Slovak Parliament",
        "Chairman of the Defence Committee",
        "CEO",  # an abbreviated title in capitals
        "company CEO",  # lower-case words before it
        "Radio Nord political commentator",  # an outlet, then a title in lower case
        "veteran war correspondent",
    ],
)
def test_title_then_unknown_name_speaks(title: str) -> None:
    """Synthetic: the name after the title is a person's mention and the speaker of the quotation."""
    text = f'"The corridor stays open," said {title} Aslo Brennhaug.'
    assert _speakers(text) == ["Aslo Brennhaug"]
    assert "Aslo Brennhaug" in [m.actor.name for m in find_actor_mentions(text)]


def test_no_title_noun_no_speaker() -> None:
    """Synthetic: capitalised words that hold no title noun make no name after them a speaker."""
    assert _speakers('"Output doubled this year," said Northern Steel Aslo Brennhaug.') == []


def test_new_title_nouns_are_data() -> None:
    """The nouns read come from the data table, not from the code."""
    nouns = {w.casefold() for w in name_words()["title_noun"]}
    assert {"speaker", "chairman", "ceo", "commentator", "correspondent"} <= nouns
