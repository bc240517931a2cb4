"""Date resolution by the grammar of the clause (ninth session): the tense comes from the finite verb, not from a
participle after the date; a fronted "By <day>," takes the tense of its clause; the end of a range is not before
its start. All sentences here are synthetic (written for the tests).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates


def _pairs(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


_MONDAY = dt.date(2024, 7, 8)
_FRIDAY = dt.date(2024, 8, 9)
_SATURDAY = dt.date(2025, 4, 19)

# synthetic sentences: (text, published, expected pairs)
CASES = [
    # participle-after-date: the finite verb ("will have") decides, not "followed"/"chaired"
    (
        "The envoy will have a closed meeting with the premier on Tuesday afternoon followed by wider talks.",
        _MONDAY,
        [("Tuesday afternoon", "2024-07-09TAF")],
    ),
    ("The ministers will meet on Thursday, chaired by the Dutch presidency.", _MONDAY, [("Thursday", "2024-07-11")]),
    # before the date, the participle dates its own phrase: past
    ("The plan, as proposed by the mayor over the weekend, may pass.", _MONDAY, [("the weekend", "2024-W27-WE")]),
    # an active past with its measure keeps its past
    ("Bread prices rose on Friday by 5 percent.", _MONDAY, [("Friday", "2024-07-05")]),
    # limit-reached-by: a fronted "By <day>," takes its clause's tense
    (
        "Troops crossed on Tuesday. By Wednesday evening, the brigade encircled two villages.",
        _FRIDAY,
        [("Tuesday", "2024-08-06"), ("Wednesday evening", "2024-08-07TEV")],
    ),
    ("By Wednesday, the brigade will encircle the village.", _FRIDAY, [("Wednesday", "2024-08-14")]),
    ("The brigade must withdraw by Wednesday, the general said.", _FRIDAY, [("Wednesday", "2024-08-14")]),
    # range-end-after-start
    (
        "The leader declared a pause between 6 p.m. on Saturday and noon on Monday.",
        _SATURDAY,
        [
            ("6 p.m.", "2025-04-19T18:00"),
            ("Saturday", "2025-04-19"),
            ("noon", "2025-04-21T12:00"),
            ("Monday", "2025-04-21"),
        ],
    ),
    (
        "The pause ran from Saturday 18:00 GMT (9 p.m. local) until Tuesday.",
        _SATURDAY,
        [
            ("Saturday", "2025-04-19"),
            ("18:00 GMT", "2025-04-19T18:00"),
            ("9 p.m.", "2025-04-19T21:00"),
            ("Tuesday", "2025-04-22"),
        ],
    ),
    # a "from" before two past weekdays in order leaves them as the tense reads them
    (
        "Refugees from Kharkiv arrived on Monday and left on Tuesday.",
        _SATURDAY,
        [("Monday", "2025-04-14"), ("Tuesday", "2025-04-15")],
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_clause_grammar_forms(text: str, published: dt.date, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, published) == want


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(_WEEKDAYS))
def test_future_clause_with_participle_after_is_ahead(day: dt.date, weekday: str) -> None:
    """For any reference day and weekday, "will hold talks on <weekday> followed by a dinner" names a day 0-6 days
    ahead of the reference day, as it does without the participle."""
    (m,) = find_dates(f"The two leaders will hold talks on {weekday} followed by a dinner.", published=day)
    (bare,) = find_dates(f"The two leaders will hold talks on {weekday}.", published=day)
    assert m.value.earliest is not None
    assert 0 <= (m.value.earliest - day).days <= 6
    assert m.timex == bare.timex


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(_WEEKDAYS))
def test_fronted_by_with_past_clause_is_past(day: dt.date, weekday: str) -> None:
    """For any reference day and weekday, "By <weekday> afternoon, the troops surrounded the town" names an
    afternoon 0-6 days before the reference day; with a future verb it lies 0-6 days after."""
    (past,) = find_dates(f"By {weekday} afternoon, the troops surrounded the town.", published=day)
    (ahead,) = find_dates(f"By {weekday} afternoon, the troops will surround the town.", published=day)
    assert past.value.earliest is not None
    assert ahead.value.earliest is not None
    assert 0 <= (day - past.value.earliest).days <= 6
    assert 0 <= (ahead.value.earliest - day).days <= 6


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)),
    st.sampled_from(_WEEKDAYS),
    st.sampled_from(_WEEKDAYS),
    st.sampled_from(["The truce ran", "A truce will run", "The truce runs"]),
    st.sampled_from([("between", "and"), ("from", "to"), ("from", "until")]),
)
def test_range_end_not_before_start(day: dt.date, first: str, last: str, clause: str, words: tuple[str, str]) -> None:
    """For any reference day, tense and pair of weekdays, the weekday that ends a range lies on or after the
    weekday that starts it, at most a week later ("from Monday until Monday")."""
    opener, joiner = words
    start, end = find_dates(f"{clause} {opener} 6 p.m. on {first} {joiner} {last}.", published=day)[-2:]
    assert start.value.earliest is not None
    assert end.value.earliest is not None
    assert 0 <= (end.value.earliest - start.value.earliest).days <= 7


# quote-on-lead-day (published Tuesday 2025-06-03): the lead dates the occasion of the quotes after it
LEAD = [
    (
        (
            "The minister on Sunday hailed the raid on two air bases.\n\n"
            "\u201cToday our forces showed what they can do,\u201d the minister wrote."
        ),
        [("Sunday", "2025-06-01"), ("Today", "2025-06-01")],
    ),
    (
        (
            "The premier hosted his guest at a country house on Monday.\n\n"
            "\u201cThe formal talks are tomorrow; today we talk as friends,\u201d the premier was quoted as saying."
        ),
        [("Monday", "2025-06-02"), ("tomorrow", "2025-06-03"), ("today", "2025-06-02")],
    ),
    # the quote's own saying is dated: that day wins
    (
        "The minister on Sunday hailed the raid.\n\n\u201cToday we mourn,\u201d she said on Tuesday.",
        [("Sunday", "2025-06-01"), ("Today", "2025-06-03"), ("Tuesday", "2025-06-03")],
    ),
    # a lead on the publication day, or no quotation: the publication day
    (
        "The minister on Tuesday hailed the raid.\n\n\u201cToday we mourn,\u201d she said.",
        [("Tuesday", "2025-06-03"), ("Today", "2025-06-03")],
    ),
    (
        "The minister on Sunday hailed the raid.\n\nToday the ministry counts the losses.",
        [("Sunday", "2025-06-01"), ("Today", "2025-06-03")],
    ),
]


@pytest.mark.parametrize(("text", "want"), LEAD, ids=[c[0][:40] for c in LEAD])
def test_quote_on_lead_day(text: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 6, 3)) == want


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 6), st.sampled_from(["today", "tomorrow"]))
def test_quote_counts_from_the_lead_day(day: dt.date, lag: int, word: str) -> None:
    """For any publication day and a lead dated 1-6 days before it, a day word in a later quotation with no
    saying day of its own counts from the lead's day."""
    lead = day - dt.timedelta(days=lag)
    named = f"{lead.strftime('%B')} {lead.day}"
    text = f"The envoy met the president on {named}.\n\n\u201cWe meet again {word},\u201d he said."
    found = find_dates(text, published=day)
    assert [m.text for m in found] == [named, word]
    assert found[1].value.earliest == lead + dt.timedelta(days=1 if word == "tomorrow" else 0)


# standing-object-today: "today" closing the phrase of a verb of a standing state and its object is the present
STANDING = [
    ("Whoever defends the country today also defends himself.", "PRESENT_REF"),
    ("The young are able to go on defending the state today, he said.", "PRESENT_REF"),
    ("She warned of the dangers facing the continent today.", "PRESENT_REF"),
    ("We need more power lines today.", "PRESENT_REF"),
    # a one-day act, a past, an infinitive, a phrase after a preposition, a possessive: the day
    ("We sign the accord today.", "2025-06-03"),
    ("We faced heavy attacks today.", "2025-06-03"),
    ("We need to decide today.", "2025-06-03"),
    ("I know about the reports today.", "2025-06-03"),
    ("We support today's decision.", "2025-06-03"),
]


@pytest.mark.parametrize(("text", "want"), STANDING, ids=[c[0][:40] for c in STANDING])
def test_standing_object_today(text: str, want: str) -> None:
    assert _pairs(text, dt.date(2025, 6, 3)) == [("today", want)]


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)),
    st.sampled_from(["defends", "is defending", "faces", "needs", "supports"]),
)
def test_standing_today_is_the_present_on_any_day(day: dt.date, verb: str) -> None:
    """Whatever the publication day, a standing verb's object then "today" is PRESENT_REF (no day at all), while
    a past verb before the same words dates the publication day itself."""
    (now,) = find_dates(f"The army {verb} the border today.", published=day)
    (then,) = find_dates("The army crossed the border today.", published=day)
    assert now.timex == "PRESENT_REF"
    assert then.timex == day.isoformat()


# a month name in lower case before a day or a year (list items of dated timelines), never alone
LOWER_MONTHS = [
    (
        "- december 11 drones hit a depot.\n- december 15, a second strike.",
        [("december 11", "2025-12-11"), ("december 15", "2025-12-15")],
    ),
    ("in june 2024 the plan was set", [("june 2024", "2024-06")]),
    ("An august assembly may 5 times over reject the march 5 km route.", []),
    ("in december we met", []),
]


@pytest.mark.parametrize(("text", "want"), LOWER_MONTHS, ids=[c[0][:40] for c in LOWER_MONTHS])
def test_lower_case_month_with_day_or_year(text: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 12, 19)) == want


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)))
def test_lower_case_month_day_is_the_capitalised_one(day: dt.date) -> None:
    """For any day whose month is not "may" or "march", "<month> <day>" in lower case reads as the capitalised
    form does."""
    month = day.strftime("%B")
    if month in {"May", "March"}:
        return
    pub = day + dt.timedelta(days=3)
    lower = _pairs(f"- {month.lower()} {day.day} drones struck.", pub)
    upper = _pairs(f"- {month} {day.day} drones struck.", pub)
    assert [v for _, v in lower] == [v for _, v in upper] == [day.isoformat()]


def test_owned_occasion_named_without_its_owner() -> None:
    """A head of several words the table lists only with an owner ("Russia's full-scale war in Ukraine")
    dates its anniversary without the owner too; a one-word head alone ("the invasion") does not say whose."""
    pub = dt.date(2025, 2, 23)
    text = "Sunday brings the 1,100th day of the full-scale war in Ukraine."
    assert ("the 1,100th day", "2025-02-27") in _pairs(text, pub)
    assert _pairs("The third anniversary of the invasion passed quietly.", pub) == []


# day-word-apposed: a part of the day with a date in apposition keeps its part on that date
APPOSED = [
    (
        "The envoys met this afternoon, 4 March 2025, in Geneva.",
        [("this afternoon", "2025-03-04TAF"), ("4 March 2025", "2025-03-04")],
    ),
    ("Talks go on tonight (March 3) in Riyadh.", [("tonight", "2025-03-03TNI"), ("March 3", "2025-03-03")]),
    (
        "Ministers gather this morning; on March 9 they vote.",
        [("this morning", "2025-03-05TMO"), ("March 9", "2025-03-09")],
    ),
]


@pytest.mark.parametrize(("text", "want"), APPOSED, ids=[c[0][:40] for c in APPOSED])
def test_day_part_with_apposed_date(text: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 3, 5)) == want


# a year ending a name in brackets or quotation marks is no date; a quoted sentence's first word is no name
NAMED_YEARS = [
    ("Troops began the Zapad 2027 drills, also called 'West 2027', near the border.", []),
    ("Leaders met at the Arctic Forum (AF) Summit 2027 in Oslo.", []),
    ('Voters backed the "Unity 2027" consultation.', []),
    ('He spoke to reporters. "In 2023, the plan failed," he said.', [("2023", "2023")]),
]


@pytest.mark.parametrize(("text", "want"), NAMED_YEARS, ids=[c[0][:40] for c in NAMED_YEARS])
def test_year_ending_a_name(text: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(text, dt.date(2025, 3, 5)) == want
