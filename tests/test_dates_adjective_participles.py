"""Date resolution by the grammar of the clause (tenth session): a word in "-ed" that is an adjective sets no
past tense, also with an adverb between it and its determiner ("a still undisclosed date"), and a participle
closing a compound is the compound's ("Kremlin-backed officials", "the long-delayed budget"); a part of the
day or a day told from the day last named ("the next morning", "that night", "that same day"). All sentences
here are synthetic (written for the tests).
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates


def _pairs(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


_THURSDAY = dt.date(2024, 10, 3)

# synthetic sentences: (text, published, expected pairs)
CASES = [
    # adverb-modified-adjective: determiner + adverb + "-ed" is an adjective; the modal or future decides
    (
        "The second tranche would reach the front on a still undisclosed date in January.",
        _THURSDAY,
        [("January", "2025-01")],
    ),
    (
        "The envoys would meet in a newly refurbished hall in Geneva on Monday.",
        _THURSDAY,
        [("Monday", "2024-10-07")],
    ),
    ("The summit will open at a hastily arranged venue on Monday.", _THURSDAY, [("Monday", "2024-10-07")]),
    ("The envoy would attend an as yet unscheduled meeting in March.", _THURSDAY, [("March", "2025-03")]),
    # a noun in "-ly" is no adverb: the verb after it is a past
    ("The family moved to Lviv on Monday.", _THURSDAY, [("Monday", "2024-09-30")]),
    ("The rally ended on Monday.", _THURSDAY, [("Monday", "2024-09-30")]),
    # an adverb with no determiner before it leaves the past verb a past
    (
        "The ministry recently announced talks on Monday.",
        _THURSDAY,
        [("recently", "PAST_REF"), ("Monday", "2024-09-30")],
    ),
    # compound-adjective: after a capitalised first part the participle is an adjective
    ("The army will meet Kremlin-backed officials on Monday.", _THURSDAY, [("Monday", "2024-10-07")]),
    ("The envoys will hold U.S.-brokered talks in Geneva on Monday.", _THURSDAY, [("Monday", "2024-10-07")]),
    ("Kyiv will receive Western-made jets on Monday.", _THURSDAY, [("Monday", "2024-10-07")]),
    # a lower-case compound after a determiner is an adjective too
    ("Parliament will vote on the long-delayed budget on Friday.", _THURSDAY, [("Friday", "2024-10-04")]),
    # a lower-case compound with no determiner is a verb: past
    ("The navy test-fired two missiles on Monday.", _THURSDAY, [("Monday", "2024-09-30")]),
    ("The mayor was re-elected on Sunday.", _THURSDAY, [("Sunday", "2024-09-29")]),
    ("Kremlin-backed forces attacked the town on Monday.", _THURSDAY, [("Monday", "2024-09-30")]),
    # pod_anaphor: a part of the day counted from the day last named
    (
        "On Tuesday the envoy landed in Kyiv and met the president the next morning.",
        _THURSDAY,
        [("Tuesday", "2024-10-01"), ("the next morning", "2024-10-02TMO")],
    ),
    (
        "The envoy arrived on Tuesday. The following evening he met the premier.",
        _THURSDAY,
        [("Tuesday", "2024-10-01"), ("The following evening", "2024-10-02TEV")],
    ),
    (
        "The envoy landed in Kyiv on Tuesday. That night drones attacked the city.",
        _THURSDAY,
        [("Tuesday", "2024-10-01"), ("That night", "2024-10-01TNI")],
    ),
    # "that same day/year": as "the same day", the one last named
    (
        "On Tuesday he resigned and left the party that same day.",
        _THURSDAY,
        [("Tuesday", "2024-10-01"), ("that same day", "2024-10-01")],
    ),
    (
        "He resigned in 2019 and left the party that same year.",
        _THURSDAY,
        [("2019", "2019"), ("that same year", "2019")],
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_clause_grammar_forms(text: str, published: dt.date, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, published) == want
