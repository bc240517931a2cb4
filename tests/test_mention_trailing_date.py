"""A body's name stops before a trailing date, month abbreviations included (twelfth session, dates12).

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline._mentions import document_mentions

_DAY = dt.date(2024, 10, 25)


@pytest.mark.parametrize(
    "text",
    [
        "The penalties were announced by the Treasury Department on Oct. 22, a spokesperson said.",  # synthetic
        "The penalties were announced by the Treasury Department on Sept. 3 after the talks.",  # synthetic
        "The penalties were announced by the Treasury Department on Dec 3 after the talks.",  # synthetic
        "The penalties were announced by the Treasury Department on Monday, a spokesperson said.",  # synthetic
    ],
)
def test_a_trailing_date_is_no_part_of_the_name(text: str) -> None:
    names = [m.actor.name for m in document_mentions(text, _DAY)]
    assert names == ["Treasury Department"]
