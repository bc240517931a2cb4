"""Statement dates, fourteenth session (sdates14): the occasion the text names after the words.

All sentences here are synthetic (written for these tests), published on a Friday, 2025-03-07.
"""

from __future__ import annotations

import datetime as dt

import pytest

from scoring import statement_date

PUBLISHED = dt.date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: a person's interview named in the sentence after the words
            (
                "Foreign Minister Ana Duarte said the embassy would reopen in spring. Duarte spoke in a television"
                " interview on Monday."
            ),
            "embassy would reopen",
            "2025-03-03",
        ),
        (  # synthetic: a pronoun subject and a speech
            (
                "Foreign Minister Ana Duarte said the embassy would reopen in spring. She made a speech in Lisbon on"
                " Thursday."
            ),
            "embassy would reopen",
            "2025-03-06",
        ),
        (  # synthetic: a speech still to come
            (
                "Foreign Minister Ana Duarte said the embassy would reopen in spring. Duarte is due to give a speech"
                " on Monday."
            ),
            "embassy would reopen",
            None,
        ),
    ],
)
def test_occasion_named_after(text: str, words: str, timex: str | None) -> None:
    got, reason = statement_date(text, words, PUBLISHED)
    assert got == timex
    if timex is not None:
        assert reason.startswith("occasion after:")


def test_quote_after_same_interview() -> None:
    # synthetic: "told OUTLET that ..." then a quotation said "in an interview with OUTLET's editor" on a day
    text = (
        "Prime Minister Lena Berg told Dagbladet that the north needed more radar stations."
        ' "We cannot wait another decade," Berg said in an interview with Dagbladet\'s editor on Wednesday.'
    )
    got, reason = statement_date(text, "more radar stations", PUBLISHED)
    assert got == "2025-03-05"
    assert reason.startswith("quote after:")
    other = text.replace("Dagbladet's editor", "the broadcaster NRK")
    assert statement_date(other, "more radar stations", PUBLISHED)[0] is None
