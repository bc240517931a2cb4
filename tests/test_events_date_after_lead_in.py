"""Events, fourteenth session (events14): the date opening a sentence after a lead-in outside the sentence's
grammar (a list item's bullet, a dateline, an opening quotation mark), around a time of day, or with a place.

Every sentence here is synthetic, written for this project in the forms of wire copy and ministry releases;
none is copied from a real article.
"""

from __future__ import annotations

import pytest

from found import kinds_triggers_dates as _events


class TestOpeningDateAfterLeadIn:
    """Rule sentence-opening: the opening date scopes over the sentence after a bullet, a dateline or a quote mark."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: a list item's bullet
            ("- On March 4, the prime minister appointed a new defence minister.", "appointed", "2025-03-04"),
            ("\u2022 On Monday, the two ministers met in Warsaw.", "met", "2025-03-10"),
            # synthetic: a dateline, then an appositive subject set off by commas
            (
                "LVIV \u2013 On Sunday, the new envoy for human rights, a former judge, visited the city.",
                "visited",
                "2025-03-09",
            ),
            (
                "VILNIUS, Lithuania (AP) \u2014 On Wednesday, the new minister, Jonas Petraitis, visited the base.",
                "visited",
                "2025-03-12",
            ),
            # synthetic: an opening quotation mark that the passage does not close
            (
                "\u201cOn March 6, the foreign minister met with his Slovak counterpart in Bratislava.",
                "met",
                "2025-03-06",
            ),
            # synthetic: an approximate time of day after a short lead-in
            ("As reported, around 16:40, the troops attacked a bridge near the town.", "attacked", "2025-03-14T16:40"),
            # synthetic: a place after the day
            ("On Tuesday in Riyadh, the delegations held talks for six hours.", "talks", "2025-03-11"),
            # synthetic: no comma, a personal pronoun as the subject right after the date
            ("On Wednesday they met the mayor of Kharkiv.", "met", "2025-03-12"),
            # synthetic: a leader's post in the first person
            ("Yesterday I met the new ambassador of Japan.", "met", "2025-03-13"),
            ("The envoy landed in Doha late on Monday. On Tuesday he held talks with the emir.", "talks", "2025-03-11"),
        ],
    )
    def test_dated(self, text: str, trigger: str, timex: str) -> None:
        assert any(t == trigger and w == timex for _, t, w in _events(text)), _events(text)

    @pytest.mark.parametrize(
        "text",
        [
            # synthetic: a dateline with no date in the sentence dates nothing
            "KYIV, Ukraine \u2014 Drones attacked the port of Odesa, the governor said.",
            # synthetic: a bullet with no date
            "- The two ministers met in Warsaw to discuss air defence.",
            # synthetic: a clock time opening a live blog's entry without a comma stays a stamp, not the event's time
            "14:05 Drones attacked the port of Odesa, the governor said.",
        ],
    )
    def test_undated(self, text: str) -> None:
        assert _events(text) == []
