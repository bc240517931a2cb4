"""Regression tests for crashes the fourteenth session's fuzz campaign (robust14) found: a publication date at an
end of the calendar (``date.min``, ``date.max``) made a date computation step beyond it and raise
``OverflowError``. Every text is SYNTHETIC, minimised from the campaign's findings."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import find_dates, parse

ENDS = [dt.date.min, dt.date(1, 1, 2), dt.date(9999, 12, 20), dt.date.max]


@pytest.mark.parametrize("published", ENDS)
@pytest.mark.parametrize(
    "text",
    [
        "The ministers met this Thursday (11) in Brussels.",  # synthetic: a day number in brackets after a weekday
        "The ministers met last Thursday (2) in Brussels.",  # synthetic
    ],
)
def test_day_number_after_a_weekday_at_the_calendar_ends(text: str, published: dt.date) -> None:
    """``_find._day_numbers_after_weekdays`` looked two weeks either side of the weekday's day (beyond 9999-12-31
    or before 0001-01-01): now only the days the calendar has."""
    mentions = find_dates(text, published=published)
    assert mentions
    assert all(text[m.start : m.end] == m.text for m in mentions)
    parse(text, published=published)


@pytest.mark.parametrize("published", [dt.date.min, dt.date(1, 1, 2)])
@pytest.mark.parametrize(
    "text",
    [
        '"We will hold the line," Zelensky said next Friday.',  # synthetic
        "Rutte said next Friday that talks would go on.",  # synthetic
    ],
)
def test_saying_stepped_back_before_the_calendar(text: str, published: dt.date) -> None:
    """Rule saying-not-after-publication (``_statement_dates._step_back``) took a weekday after the publication
    day a week back at a time, before 0001-01-01: now no earlier occurrence, the saying is undated."""
    timeline = parse(text, published=published)
    assert [s.when for s in timeline.statements] == [None]


def test_saying_stepped_back_inside_the_calendar() -> None:
    """The same step back a week later in the calendar still dates the saying (synthetic)."""
    timeline = parse("Rutte said next Friday that talks would go on.", published=dt.date(1, 1, 9))
    assert [s.when.timex if s.when else None for s in timeline.statements] == ["0001-01-05"]


@pytest.mark.parametrize("modifier", ["outgoing", "incoming"])
@pytest.mark.parametrize("published", [dt.date.min, dt.date.max])
def test_outgoing_title_at_the_calendar_ends(modifier: str, published: dt.date) -> None:
    """Synthetic (fifteenth session, robust15, found by a fuzz campaign): an "outgoing"/"incoming" bare title
    weighs each holder's term edge against the publication date a week before to half a year after it;
    ``published - 7 days`` overflowed at 0001-01-01 (OverflowError). Now the difference is compared."""
    timeline = parse(f"The {modifier} secretary-general said the talks would go on.", published=published)
    assert timeline.events == ()  # no error; no holder of the title near those dates, so no speaker either


def test_outgoing_title_near_a_handover_still_names_the_holder() -> None:
    """Synthetic: the same rule inside the calendar still names who was leaving (the term ended 2024-09-30)."""
    timeline = parse("The outgoing secretary-general said the talks would go on.", published=dt.date(2024, 9, 20))
    assert [s.speaker.name for s in timeline.statements] == ["Jens Stoltenberg"]
