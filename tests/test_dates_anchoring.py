"""Anchoring of dates in news text: TimeML phenomena found in the errors on the TempEval-3 training corpus
(``benchmarks/tempeval3.py --errors N``), stated in general form.

Every sentence is synthetic (written for these tests, with our own names and numbers); none is copied from
the corpus or from the real development passages.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))


def _values(text: str, published: dt.date) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text, published=published)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the reach of the tense is measured to the nearer edge of the month: a month that ended nine months
        # ago is still "last December" for a past verb (published in late September: the coming December is more
        # than two months away, see rule coming-month-or-season); a month that begins nine months ahead is the
        # one a future names
        ("The insurer switched to a calendar year in December.", dt.date(2024, 9, 20), {"December": "2023-12"}),
        (
            "Kovalenko will be named commander of the crew for a mission in December.",
            dt.date(2025, 3, 3),
            {"December": "2025-12"},
        ),
        # "since" + date: what lasts up to now began before now, whatever the verb
        (
            "Police have been looking for the driver since shortly after the Oct. 23 crash.",
            dt.date(2025, 5, 6),
            {"Oct. 23": "2024-10-23"},
        ),
        ("Prices have been frozen since the Nov. 30 decree.", dt.date(2025, 2, 1), {"Nov. 30": "2024-11-30"}),
        # "the following year", "later that year": the year of the date named last, whatever its granularity
        (
            "Marchenko became a colonel on May 2, 2019, and the following year he led the brigade.",
            dt.date(2024, 4, 18),
            {"the following year": "2020"},
        ),
        (
            "The family moved to Vilnius in June 2021 and returned to Lviv later that year.",
            dt.date(2025, 1, 28),
            {"later that year": "2021"},
        ),
        (
            "The plant closed on March 3, 2022. The following month it was shelled.",
            dt.date(2024, 9, 1),
            {"The following month": "2022-04"},
        ),
        # "the last half/quarter of" a year is its second half / fourth quarter
        ("Earnings will fall in the last half of 2025.", dt.date(2025, 3, 1), {"the last half of 2025": "2025-H2"}),
        (
            "Sales rose in the last quarter of last year.",
            dt.date(2025, 3, 1),
            {"the last quarter of last year": "2024-Q4"},
        ),
        # "year-end" is the end of the year in focus, as "the end of the year" is
        ("The ministry expects to sign the deal by year-end.", dt.date(2024, 10, 3), {"year-end": "2024"}),
        # a date fronted before its verb dates that verb: a plan told in the past is then the past
        (
            "On Friday, the regional council planned to pay the first grants.",
            dt.date(2025, 10, 1),
            {"Friday": "2025-09-26"},
        ),
        (
            "The regional council planned to pay the first grants on Friday.",
            dt.date(2025, 10, 1),
            {"Friday": "2025-10-03"},
        ),
        # "the previous Friday": the weekday before the day in focus, not before the reference
        (
            "The index closed on Friday, Nov. 14, up 2% from the previous Friday.",
            dt.date(2025, 11, 17),
            {"the previous Friday": "2025-11-07"},
        ),
        # "N and a half" minutes or hours later: the duration keeps its half
        (
            "A minute and a half later, the second drone hit.",
            dt.date(2025, 1, 14),
            {"A minute and a half later": "PT1M30S"},
        ),
        (
            "Two and a half hours later the alert ended.",
            dt.date(2025, 1, 14),
            {"Two and a half hours later": "PT2H30M"},
        ),
        # a fuzzy count "later"/"earlier" is a stretch of the story's time, not the future or past of now
        ("A few days later, the lender cut its forecast.", dt.date(2025, 6, 2), {"A few days later": "PXD"}),
        ("Several years earlier the mine had closed.", dt.date(2025, 6, 2), {"Several years earlier": "PXY"}),
        ("A few days ago the lender cut its forecast.", dt.date(2025, 6, 2), {"A few days ago": "PAST_REF"}),
        # "the week of <day>", "<holiday> week": the week that holds the day (TIMEX3 week value)
        ("The hearing may be held the week of March 9.", dt.date(2026, 2, 24), {"the week of March 9": "2026-W11"}),
        ("The week of Nov. 4, 2024 was decisive.", dt.date(2025, 1, 2), {"The week of Nov. 4, 2024": "2024-W45"}),
        ("Shelling went on through Christmas week.", dt.date(2025, 1, 2), {"Christmas week": "2024-W52"}),
        # a quotation mark ends a clause also when typed as two apostrophes (newswire archives):
        # the quote's future decides, not the "said" after it
        (
            "``The convoy will leave at dawn (6 a.m. Thursday),'' the governor said.",
            dt.date(2025, 4, 2),
            {"6 a.m. Thursday": "2025-04-03T06:00"},
        ),
        # two verb phrases joined by a conjunction: a tense marker right after "and"/"but" heads the second
        # one, so a day in the first keeps the tense of the verb before it
        (
            "The envoy met the mayor on Tuesday and will visit the port on Friday.",
            dt.date(2025, 3, 6),
            {"Tuesday": "2025-03-04", "Friday": "2025-03-07"},
        ),
        ("Talks broke off on Monday but could resume next week.", dt.date(2025, 3, 6), {"Monday": "2025-03-03"}),
        ("The drill ended on Sunday and then moved to the coast.", dt.date(2025, 3, 6), {"Sunday": "2025-03-02"}),
        # ... but a day in the second keeps its own verb's, and a day ahead of a future stays ahead
        (
            "The board will vote on Tuesday and said it expects a majority.",
            dt.date(2025, 3, 6),
            {"Tuesday": "2025-03-11"},
        ),
        # "ahead of" looks ahead from the clause's time to what follows it, not to a date before it
        (
            "The delegation landed in Oslo on Thursday ahead of Friday's talks with the host.",
            dt.date(2025, 3, 14),
            {"Thursday": "2025-03-13"},
        ),
        # a past verb that plans or schedules a gathering names the gathering's day, which lies ahead
        (
            "Veterans planned a rally in the centre on Saturday and were hoping for a crowd.",
            dt.date(2025, 3, 6),
            {"Saturday": "2025-03-08"},
        ),
        ("The council scheduled a debate on Thursday.", dt.date(2025, 3, 4), {"Thursday": "2025-03-06"}),
    ],
)
def test_anchoring(text: str, published: dt.date, expected: dict[str, str]) -> None:
    """Each phenomenon resolves as a reader of the news would resolve it."""
    got = _values(text, published)
    assert {k: got.get(k) for k in expected} == expected


@given(DAYS, st.integers(0, 11), st.integers(1, 28))
def test_since_a_date_lies_before_the_reference(ref: dt.date, month: int, day: int) -> None:
    """For any reference day, "since <month> <day>" resolves to a day on or before it."""
    text = f"Talks have stalled since {MONTHS[month]} {day}."
    (mention,) = [m for m in find_dates(text, published=ref) if m.text.startswith(MONTHS[month])]
    assert mention.value.earliest is not None
    assert mention.value.earliest <= ref


@given(DAYS, st.integers(1990, 2030))
def test_the_following_year_counts_from_the_year_named_last(ref: dt.date, year: int) -> None:
    """After a full date, "the following year" is the year after that date's year, whatever the reference."""
    text = f"The unit was formed on June 5, {year}. The following year it was disbanded."
    got = _values(text, ref)
    assert got["The following year"] == f"{year + 1:04d}"


@given(DAYS, st.integers(0, 6), st.integers(1, 6))
def test_the_previous_weekday_is_in_the_week_before_the_day_in_focus(ref: dt.date, weekday: int, back: int) -> None:
    """For any reference and day in focus, "the previous <weekday>" lies 1 to 7 days before the day in focus."""
    focus = ref - dt.timedelta(days=back)
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    named = f"{MONTHS[focus.month - 1]} {focus.day}, {focus.year}"
    text = f"Trading resumed on {named}, after the previous {names[weekday]}."
    (mention,) = [m for m in find_dates(text, published=ref) if m.text.startswith("the previous")]
    day = dt.date.fromisoformat(mention.timex)
    assert 1 <= (focus - day).days <= 7
    assert day.weekday() == weekday


@given(DAYS, st.integers(0, 6), st.sampled_from(("will", "is expected to", "could", "plans to")))
def test_a_day_before_a_coordinated_future_keeps_the_past_of_its_own_verb(ref: dt.date, weekday: int, aux: str) -> None:
    """For any reference day and weekday, "met X on <weekday> and <future> ..." dates the weekday as "met X on
    <weekday>." alone does, on or before the reference: the future heads the second verb phrase only."""
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    alone = f"The envoy met the mayor on {names[weekday]}."
    joined = f"The envoy met the mayor on {names[weekday]} and {aux} visit the port."
    got = _values(joined, ref)[names[weekday]]
    assert got == _values(alone, ref)[names[weekday]]
    assert 0 <= (ref - dt.date.fromisoformat(got)).days <= 7
