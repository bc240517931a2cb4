"""Parentheticals around the complementizer of a saying (eighteenth session, attr18): an aside set off by commas
between the verb and "that" ("said, however, that ..."), one opening the that-clause ("said that, as expected,
..."), and an "according to" lead inside another's that-clause ("said that, according to intelligence, ...") leave
the words the verb's subject's. Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import parse

PUBLISHED = dt.date(2025, 3, 14)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    "text",
    [
        "Umerov said, however, that the new brigades would be ready by spring.",
        "Umerov noted, in particular, that the new brigades would be ready by spring.",
        "Umerov stressed, at the same time, that the new brigades would be ready by spring.",
        "Umerov told reporters, however, that the new brigades would be ready by spring.",
    ],
)
def test_an_aside_before_that(text: str) -> None:
    assert _said(text) == [("Rustem Umerov", "the new brigades would be ready by spring")]


def test_a_comma_after_an_apposed_date() -> None:
    text = "Umerov said on Friday, 7 March, that the new brigades would be ready by spring."
    assert _said(text) == [("Rustem Umerov", "the new brigades would be ready by spring")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Umerov said that, as expected, the new brigades would be ready by spring.",
            "as expected, the new brigades would be ready by spring",
        ),
        (
            "Umerov said that, despite the delays, the new brigades would be ready by spring.",
            "despite the delays, the new brigades would be ready by spring",
        ),
        (
            "Umerov said that, according to intelligence, the new brigades would be ready by spring.",
            "according to intelligence, the new brigades would be ready by spring",
        ),
    ],
)
def test_a_parenthetical_opening_the_that_clause(text: str, words: str) -> None:
    assert _said(text) == [("Rustem Umerov", words)]


def test_according_to_still_attributes_a_clause_of_its_own() -> None:
    text = "The new brigades would be ready by spring, according to Umerov."
    assert _said(text) == [("Rustem Umerov", "The new brigades would be ready by spring")]
