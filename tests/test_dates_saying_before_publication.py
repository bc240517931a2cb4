"""Date resolution rules of the twelfth session (sdates12b). All sentences here are synthetic (written for the
tests), none copied from news text.

- saying-not-after-publication (a statement-date rule of _statement_dates): the act of saying a news text
  reports lies on or before its publication date (or its dateline's day); a statement's date that would begin
  after it is read back (the resolver's alternatives, else the calendar name's past occurrence) or dropped.
- date-of-the-saying: a date between a verb of saying (a finite form or a participle of data/speech_verbs.tsv)
  and its that-clause dates the act of saying: it takes the saying's time, never the tense of the reported
  words after "that"; ahead only where a future governs the saying itself ("will say on Monday that").
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates, parse
from nato_ukraine_timeline._statement_dates import _not_after

PUBLISHED = dt.date(2025, 3, 7)  # a Friday


def _pairs(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


# rule date-of-the-saying (synthetic): (text, expected pairs) in a text of Friday 2025-03-07
SAYING = [
    # a participle in an absolute clause; the reported words are in the conditional
    (
        "Critics accused the envoy of bias, with the prime minister insisting on Tuesday that she would never sign.",
        [("Tuesday", "2025-03-04")],
    ),
    # a participle after a comma; a month with reported words ahead: the month already gone
    (
        "The governor pledged more shelters, saying in January that the city would be ready by winter.",
        [("January", "2025-01"), ("winter", "2025-WI")],
    ),
    # a verb of telling with its addressee; the reported words in the future
    ("The minister told reporters on Wednesday that the talks will resume.", [("Wednesday", "2025-03-05")]),
    # a finite verb with no preposition; a part of the day between the date and "that"
    (
        "The spokeswoman announced Thursday evening that new sanctions would follow.",
        [("Thursday evening", "2025-03-06TEV")],
    ),
    # a future governs the saying itself: the day ahead
    ("The chancellor will say on Monday that the budget will double.", [("Monday", "2025-03-10")]),
]


@pytest.mark.parametrize(("text", "expected"), SAYING)
def test_date_of_the_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_date_of_the_saying_dates_the_statement() -> None:
    """Synthetic: the statement of a participle of saying takes the past day of its adjunct."""
    text = "Allies criticised the draft, with Foreign Minister Andrii Sybiha vowing on Tuesday that he would not yield."
    dated = [(s.text, s.when.timex if s.when else None) for s in parse(text, published=PUBLISHED).statements]
    assert dated == [("he would not yield", "2025-03-04")]


# rule saying-not-after-publication (synthetic): the act of saying a news text reports lies on or before its
# publication date; a date that would lie after it is read back, or the statement left undated

_WEEKDAYS = tuple(calendar.day_name)  # English: no test sets a locale
_MONTHS = tuple(calendar.month_name[1:])
_ADJUNCTS = (
    "Allies criticised the draft, with Foreign Minister Andrii Sybiha vowing {when} that he would not yield.",
    "Mark Rutte backed the plan, saying {when} that allies would pay more.",
    "The Kremlin rejected the offer, with Dmitry Peskov insisting {when} that talks will go nowhere.",
)


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.one_of(st.sampled_from(_WEEKDAYS).map(lambda d: f"on {d}"), st.sampled_from(_MONTHS).map(lambda m: f"in {m}")),
    st.sampled_from(_ADJUNCTS),
)
def test_a_saying_in_a_participle_adjunct_is_never_after_publication(
    published: dt.date, when: str, template: str
) -> None:
    """For any publication date and any weekday or month named in the participle adjunct of a past saying, the
    statement's date is never after the publication date; nor is a weekday's value itself (a month's may be: the
    resolver lets the tense carry a month at most 300 days, and the window keeps it in 2024-2025)."""
    text = template.format(when=when)
    statements = parse(text, published=published).statements
    assert statements, text
    for s in statements:
        assert s.when is None or (s.when.earliest is not None and s.when.earliest <= published), (text, s.when)
    for m in find_dates(text, published=published) if when.startswith("on ") else ():
        assert m.value.earliest is not None
        assert m.value.earliest <= published, (text, m.timex)


def _read_back(text: str, published: dt.date) -> tuple[str, str | None]:
    (mention,) = find_dates(text, published=published)
    kept = _not_after(mention, published)
    return mention.timex, kept.timex if kept is not None else None


# (synthetic text whose one date is read ahead, publication date, (value ahead, value kept))
READ_BACK = [
    ("Talks resume on Friday.", dt.date(2025, 3, 5), ("2025-03-07", "2025-02-28")),
    ("Talks resume on Friday evening.", dt.date(2025, 3, 5), ("2025-03-07TEV", "2025-02-28TEV")),
    ("Talks will resume in September.", dt.date(2024, 11, 27), ("2025-09", "2024-09")),
    ("The summit will be held on June 24.", dt.date(2025, 3, 5), ("2025-06-24", "2024-06-24")),
    ("Talks will resume this winter.", dt.date(2025, 10, 5), ("2025-WI", "2024-WI")),
    # a year or a full date the text wrote, a day counted from now: no past reading, undated
    ("Talks resume on March 12, 2025.", dt.date(2025, 3, 5), ("2025-03-12", None)),
    ("Talks resume tomorrow.", dt.date(2025, 3, 5), ("2025-03-06", None)),
]


@pytest.mark.parametrize(("text", "published", "expected"), READ_BACK)
def test_a_date_after_publication_is_read_back(text: str, published: dt.date, expected: tuple[str, str | None]) -> None:
    assert _read_back(text, published) == expected


def test_the_statement_says_it_was_read_back() -> None:
    """Synthetic: a month the resolver leaves ahead (past beyond its reach) is read back for the statement, and
    its reason says so."""
    text = "Allies criticised the draft, with Foreign Minister Andrii Sybiha vowing in February that he would yield."
    (statement,) = parse(text, published=dt.date(2025, 1, 20)).statements
    assert statement.when is not None
    assert statement.when.timex == "2024-02"
    assert statement.when.reason.startswith("the saying is not after 2025-01-20: 2025-02 read back to 2024-02")


def test_a_written_year_is_never_read_back_by_its_weekday() -> None:
    """Synthetic: rule saying-not-after-publication reads a weekday alone a week back, never a weekday whose
    full date, year included, the text wrote (left undated); a month and its day without a year go a year back."""
    published = dt.date(2025, 3, 7)

    def when(text: str) -> str | None:
        found = [s.when.timex if s.when else None for s in parse(text, published=published).statements]
        assert len(found) == 1, text
        return found[0]

    assert when("Mark Rutte said on Tuesday, March 11, 2025, that allies would pay more.") is None
    assert when("Mark Rutte said on March 11, 2025, that allies would pay more.") is None
    assert when("Mark Rutte said on March 11 that allies would pay more.") == "2024-03-11"
