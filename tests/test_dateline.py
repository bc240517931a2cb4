"""The one dateline finder (``_dateline``): its forms' examples, both ways of finding a day, and invariants.

Every text here is SYNTHETIC (wire openings written for the tests in the styles of several agencies).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dateline import FORMS, Dateline, datelines, opening_dateline

EXAMPLES = [(form.name, *example) for form in FORMS for example in form.examples]


def _read(text: str, line: Dateline) -> tuple[str, str | None, str | None, str | None]:
    place = None if line.place is None else text[line.place[0] : line.place[1]]
    day = None if line.day is None else text[line.day[0] : line.day[1]]
    return line.form, place, day, line.agency


class TestForms:
    """Each form reads its examples, with the days of find_dates and with days read by their shape."""

    @pytest.mark.parametrize(("form", "text", "place", "day", "agency"), EXAMPLES)
    def test_example_with_date_mentions(
        self, form: str, text: str, place: str | None, day: str | None, agency: str | None
    ) -> None:
        """The form reads the place, day and agency of its example from find_dates' mentions."""
        days = [(m.start, m.end) for m in find_dates(text)]
        line = opening_dateline(text, days)
        assert line is not None
        assert _read(text, line) == (form, place, day, agency)
        assert text[line.end :].startswith("Talks") or text[line.end :].startswith("Danish")

    @pytest.mark.parametrize(("form", "text", "place", "day", "agency"), EXAMPLES)
    def test_example_by_shape(
        self, form: str, text: str, place: str | None, day: str | None, agency: str | None
    ) -> None:
        """Without date mentions (actor mentions), the day is read by its shape: the same dateline."""
        line = opening_dateline(text)
        assert line is not None
        assert _read(text, line) == (form, place, day, agency)

    def test_capitals(self) -> None:
        """A wire sets its place in capitals; the region does not count."""
        a = opening_dateline("TURNBERRY, Scotland, July 28 (Reuters) - Talks went on.")
        b = opening_dateline("Moscow, July 28 (Reuters) - Talks went on.")
        assert a is not None
        assert b is not None
        assert (a.capitals, b.capitals) == (True, False)


class TestNotADateline:
    """Openings that look like a dateline and are not one."""

    @pytest.mark.parametrize(
        "text",
        [
            "NATO - the alliance met.",  # an actor, not a place the table knows
            "Ukraine - a country at war.",  # title case alone needs a day or an agency
            "On Tuesday, December 2, the envoys met.",  # a weekday is no place
            "Tomorrow afternoon (24 February), the council will meet.",  # a bracketed day is no agency
            "Allies met on March 4 (Reuters) in Riga.",  # the day is not where a dateline's day sits
        ],
    )
    def test_none(self, text: str) -> None:
        """Neither way of finding a day reads a dateline here."""
        days = [(m.start, m.end) for m in find_dates(text)]
        assert opening_dateline(text, days) is None
        assert opening_dateline(text) is None

    def test_a_dateline_on_each_line(self) -> None:
        """A feed's items may each open with a dateline."""
        text = "KYIV, March 4 (Reuters) - Talks went on.\nRIGA (AP) \u2014 Talks went on."
        assert [line.form for line in datelines(text)] == ["place-day-agency", "place-agency"]


@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    """Never raises; spans lie in the text, in order, and the lead starts after the day and the place."""
    for line in [*datelines(text), opening_dateline(text)]:
        if line is None:
            continue
        for span in (line.place, line.day):
            if span is not None:
                assert line.start <= span[0] <= span[1] <= line.end <= len(text)


@given(st.sampled_from(["KYIV", "Moscow", "RIO DE JANEIRO"]), st.integers(1, 28), st.sampled_from(["March", "Oct."]))
def test_day_mentions_and_shape_agree(place: str, day: int, month: str) -> None:
    """The day found by find_dates and the day read by shape are the same span."""
    text = f"{place}, {month} {day} (Reuters) - Talks went on."
    by_days = opening_dateline(text, [(m.start, m.end) for m in find_dates(text)])
    by_shape = opening_dateline(text)
    assert by_days is not None
    assert by_days == by_shape
