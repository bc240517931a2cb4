"""Event dates: a dateline's day then "Yesterday" after a dash are two dates, not a range, and a quoted term
among an event noun's modifiers ends no clause. All texts are synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl

_DAY = dt.date(2025, 3, 14)


class TestEventDates:
    """A dateline's day then "Yesterday" are two dates; a quoted term among an event noun's modifiers."""

    @pytest.mark.parametrize(
        ("text", "kind", "timex"),
        [
            ("HALIFAX, March 14 - Yesterday, the premier met the Nordic leaders in Oslo.", "meeting", "2025-03-13"),
            ("HALIFAX, March 14 - Today, the premier met the Nordic leaders in Oslo.", "meeting", "2025-03-14"),
            ("The talks ran on March 3-4 in Riga.", "meeting", "2025-03-03"),
            ("Boric on Monday held a \u201cwarm\u201d phone conversation with Zelensky.", "meeting", "2025-03-10"),
            ('Russia on Monday launched a "massive" attack on Kyiv.', "attack", "2025-03-10"),
            ('Monday\'s "massive" attack on Kyiv killed five people.', "attack", "2025-03-10"),
        ],
    )
    def test_event_date(self, text: str, kind: str, timex: str) -> None:
        """The event of the kind is dated as the text says."""
        events = [(str(e.kind), e.when.timex if e.when else None) for e in ntl.parse(text, published=_DAY).events]
        assert (kind, timex) in events
