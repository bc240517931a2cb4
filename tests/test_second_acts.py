"""A second act of saying by the same speaker inside one sentence (thirteenth session, attr13): the first
reported words end where the second predicate begins, and the second gets its own statement. Every sentence
here is synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse

PUBLISHED = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # synthetic: a perfect's auxiliary before the second speech verb
            "Rutte said the alliance was ready, and has warned that the winter would be hard.",
            [("Mark Rutte", "the alliance was ready"), ("Mark Rutte", "the winter would be hard")],
        ),
        (  # synthetic: a copula and an adjective of expectation after "and"
            "Stubb said the sanctions were working, and is optimistic that more will follow.",
            [("Alexander Stubb", "the sanctions were working"), ("Alexander Stubb", "more will follow")],
        ),
        (  # synthetic: a verb of opinion after "and", no comma
            "Macron said that the coalition would meet in Paris and believes that a deal is near.",
            [("Emmanuel Macron", "the coalition would meet in Paris"), ("Emmanuel Macron", "a deal is near")],
        ),
        (  # synthetic: a participle of repeating after a comma
            "Merz said the plan was final, repeating that Berlin would pay its share.",
            [("Friedrich Merz", "the plan was final"), ("Friedrich Merz", "Berlin would pay its share")],
        ),
        (  # synthetic: a participle of signalling after a comma
            "Fico said the pipeline must reopen, signalling that a veto was possible.",
            [("Robert Fico", "the pipeline must reopen"), ("Robert Fico", "a veto was possible")],
        ),
    ],
)
def test_second_act_of_the_same_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # synthetic: a verb of opinion inside the reported clause with its own subject stays in the words
        "Kallas said the members believe that the sanctions work.",
        # synthetic: "hopeful" with no that-clause reads nothing of its own
        "Zelensky said the talks went well and is hopeful about the next round.",
    ],
)
def test_no_split_without_a_second_predicate_of_the_speaker(text: str) -> None:
    assert len(_said(text)) == 1
