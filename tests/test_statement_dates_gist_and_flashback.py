"""Statement dates, twenty-eighth session (sdate28): a news-perfect lead, a flashback between, "wrote about it".

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
        (  # synthetic: the lead gives the gist of the words its speaker's next sentence dates
            (
                "The ministry has approved a new plan for the ports, Transport Minister Lena Berg has said."
                ' "The plan protects the grain corridor," Berg said after the cabinet meeting on Thursday.'
            ),
            "approved a new plan",
            "2025-03-06",
        ),
        (  # synthetic: ... also with the next words two sentences on, past background of no statement
            (
                "The ministry has approved a new plan for the ports, Transport Minister Lena Berg has said. The"
                ' ports were shelled last winter. "The plan protects the grain corridor," Berg wrote in a post on'
                " Thursday."
            ),
            "approved a new plan",
            "2025-03-06",
        ),
        (  # synthetic: the next words carry no day of their own
            (
                "The ministry has approved a new plan for the ports, Transport Minister Lena Berg has said."
                ' "The plan protects the grain corridor," Berg said.'
            ),
            "approved a new plan",
            None,
        ),
        (  # synthetic: the next words were said at another time
            (
                "The ministry has approved a new plan for the ports, Transport Minister Lena Berg has said."
                " Earlier, Berg said on Monday that the corridor was safe."
            ),
            "approved a new plan",
            None,
        ),
        (  # synthetic: the lead is not the story's first sentence
            (
                "Ships left the port of Odesa at dawn. The ministry has approved a new plan for the ports,"
                ' Transport Minister Lena Berg has said. "The plan protects the grain corridor," Berg said on'
                " Thursday."
            ),
            "approved a new plan",
            None,
        ),
        (  # synthetic: a week dates no one act
            (
                "The ministry has approved a new plan for the ports, Transport Minister Lena Berg has said."
                ' "The plan protects the grain corridor," Berg said last week.'
            ),
            "approved a new plan",
            None,
        ),
    ],
)
def test_lead_gist(text: str, words: str, timex: str | None) -> None:
    """A lead in the news perfect takes the day its speaker's next words are dated to by their own sentence."""
    assert statement_date(text, words, PUBLISHED)[0] == timex


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: two statements of the other speaker set on the day before
            (
                "Foreign Minister Ana Duarte said on Wednesday that the loan was unlawful. The day before, Finance"
                " Minister Tomas Reis wrote that the first tranche had arrived and that more would follow."
                ' "This is not money we owe anyone," Duarte said.'
            ),
            "not money we owe",
            "2025-03-05",
        ),
        (  # synthetic: the words between are of a later day: the story has moved on
            (
                "Foreign Minister Ana Duarte said on Tuesday that the loan was unlawful. On Wednesday, Finance"
                ' Minister Tomas Reis wrote that the first tranche had arrived. "This is not money we owe anyone,"'
                " Duarte said."
            ),
            "not money we owe",
            None,
        ),
        (  # synthetic: the words between carry no day of their own: no flashback the text marks
            (
                "Foreign Minister Ana Duarte said on Tuesday that the loan was unlawful. Finance Minister Tomas Reis"
                ' wrote that the first tranche had arrived. "This is not money we owe anyone," Duarte said.'
            ),
            "not money we owe",
            None,
        ),
    ],
)
def test_continuing_over_a_flashback(text: str, words: str, timex: str | None) -> None:
    """A quotation goes on from its speaker's dated saying over other speakers' words of an earlier day."""
    assert statement_date(text, words, PUBLISHED)[0] == timex


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        (  # synthetic: "about it" points back to the words just reported
            (
                "Speaker Jan Novak spoke about elections in wartime. He noted that the country needs bullets, not"
                " ballots. Novak wrote about it on Facebook on Wednesday."
            ),
            "bullets, not ballots",
            "2025-03-05",
        ),
        (  # synthetic: "about this" too, in a pronoun subject's sentence
            (
                "Speaker Jan Novak said the country needs bullets, not ballots. He wrote about this on Telegram on"
                " Wednesday."
            ),
            "bullets, not ballots",
            "2025-03-05",
        ),
        (  # synthetic: a topic of its own with its own day is not the saying's
            (
                "Speaker Jan Novak said the country needs bullets, not ballots. Novak wrote about the strike on"
                " Wednesday."
            ),
            "bullets, not ballots",
            None,
        ),
    ],
)
def test_wrote_about_it(text: str, words: str, timex: str | None) -> None:
    """A sentence after the words that names them as the topic of a dated saying by a pronoun dates them."""
    assert statement_date(text, words, PUBLISHED)[0] == timex
