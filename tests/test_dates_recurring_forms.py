"""Date finding on forms that recur in real news (sixth session): a 24-hour time after a preposition, a
month-day with "this/last/next year", a time zone in brackets, and the day anaphors that count from the
reference day when no day was named before them. All sentences here are synthetic (written for the tests).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates


def _pairs(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_dates(text, published=published)]


_PUB = dt.date(2025, 5, 15)  # a Thursday

# synthetic sentences
CASES = [
    (
        "The shelling began around 21:45 and stopped at 22:11.",
        [("21:45", "2025-05-15T21:45"), ("22:11", "2025-05-15T22:11")],  # "around" left out, as the gold tags it
    ),
    (
        "Drones flew over the city between 07:40 and 09:20.",
        [("07:40", "2025-05-15T07:40"), ("09:20", "2025-05-15T09:20")],
    ),
    ("Power cuts apply from 14:10, the operator said.", [("14:10", "2025-05-15T14:10")]),
    (
        "The first drone crossed at 00:30 (Kyiv time) on Tuesday.",
        [("00:30 (Kyiv time)", "2025-05-13T00:30"), ("Tuesday", "2025-05-13")],
    ),
    ("On March 3 this year, the ministry filed the request.", [("March 3 this year", "2025-03-03")]),
    ("On Sept. 12 of last year, the drills began.", [("Sept. 12 of last year", "2024-09-12")]),
    (
        "Prices fell on Wednesday after having risen 3% the day before, traders said.",
        [("Wednesday", "2025-05-14"), ("the day before", "2025-05-13")],
    ),
    ("He arrived in the capital the previous day.", [("the previous day", "2025-05-14")]),
    ("The agency confirmed it the same day.", [("the same day", "2025-05-15")]),
    (
        "The talks ended on May 2. The very next day, the envoy left.",
        [("May 2", "2025-05-02"), ("The very next day", "2025-05-03")],
    ),
]


CASES.append(
    (
        "The envoy spoke on May 6. The day before, on May 9, he had landed.",  # the apposition names the day
        [("May 6", "2025-05-06"), ("The day before", "2025-05-09"), ("May 9", "2025-05-09")],
    )
)


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_recurring_forms(text: str, want: list[tuple[str, str]]) -> None:
    """Each synthetic sentence, published on Thursday 2025-05-15, gets exactly these mentions."""
    assert _pairs(text, _PUB) == want


@pytest.mark.parametrize(
    "text",
    [
        "The final score was 12:30 after extra time.",  # no preposition of time: not a time
        "Read verse 3:16 aloud.",
        "The ratio stood at 1:50 in the model.",  # one-digit hour: not the 24-hour form
    ],
)
def test_not_a_time(text: str) -> None:
    """A number pair with a colon is a time only in the 24-hour form after a preposition of time."""
    assert _pairs(text, _PUB) == []


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


@given(
    ref=st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    rel=st.sampled_from([("this", 0), ("last", -1), ("next", 1)]),
)
def test_month_day_with_relative_year(ref: dt.date, month: int, day: int, rel: tuple[str, int]) -> None:
    """Property: "<Month> <day> this/last/next year" is that day of the reference's year, the year before or
    after, whatever the tense."""
    word, offset = rel
    got = _pairs(f"Officials said on {_MONTHS[month - 1]} {day} {word} year that it would happen.", ref)
    assert got == [(f"{_MONTHS[month - 1]} {day} {word} year", dt.date(ref.year + offset, month, day).isoformat())]


@given(ref=st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)))
def test_day_anaphors_without_a_day_named(ref: dt.date) -> None:
    """Property: with no day named before them, "the same day" is the reference day and "the previous day"
    and "the day before" the day before it."""
    assert _pairs("The ministry confirmed it the same day.", ref) == [("the same day", ref.isoformat())]
    before = (ref - dt.timedelta(days=1)).isoformat()
    assert _pairs("He had arrived the previous day.", ref) == [("the previous day", before)]
    assert _pairs("Prices had risen the day before, traders said.", ref) == [("the day before", before)]


# synthetic sentences, published on Thursday 2025-05-15
MORE = [
    # "daily" after a paper's name is the paper
    ("Talks would go on, he told the Izvestia daily.", []),
    ("The Communist Party daily Pravda wrote it.", []),
    ("Peskov told a daily briefing that nothing changed.", [("daily", "P1D")]),
    # "today's" before a noun of an era or a country's name: the present as a whole
    ("Such threats define today's world, she said.", [("today", "PRESENT_REF")]),
    ("He called it a danger from today's Russia.", [("today", "PRESENT_REF")]),
    ("He spoke at today's meeting in Kyiv.", [("today", "2025-05-15")]),
    # "current" alone is no temporal expression (the real-news gold never tags it)
    ("The current government rejected the plan.", []),
    # "overnight" after a day named before it: the night before that day, not before the publication date
    (
        "The ministry said on Tuesday that drones had struck depots overnight.",
        [("Tuesday", "2025-05-13"), ("overnight", "2025-05-12TNI")],
    ),
    # "in the evening" after a day named with its part: that day's evening
    (
        "On the afternoon of May 12, the mayor spoke. In the evening, the sirens sounded.",
        [("the afternoon of May 12", "2025-05-12TAF"), ("the evening", "2025-05-12TEV")],
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE, ids=[c[0][:40] for c in MORE])
def test_more_recurring_forms(text: str, want: list[tuple[str, str]]) -> None:
    """Each synthetic sentence, published on Thursday 2025-05-15, gets exactly these mentions."""
    assert _pairs(text, _PUB) == want


@given(ref=st.dates(dt.date(2000, 1, 8), dt.date(2090, 12, 31)), back=st.integers(0, 5))
def test_overnight_is_the_night_before_the_day_in_focus(ref: dt.date, back: int) -> None:
    """Property: an "overnight" after a day named in the week up to the reference day is the night before
    that day."""
    day = ref - dt.timedelta(days=back)
    got = _pairs(f"Officials said on {day:%B} {day.day} that drones attacked the port overnight.", ref)
    assert got[-1] == ("overnight", f"{(day - dt.timedelta(days=1)).isoformat()}TNI")


# synthetic sentences, published on Saturday 2025-10-18
DAY_OF_MONTH = [
    ("The decision came on the 17th.", [("the 17th", "2025-10-17")]),
    ("The envoy will arrive on the 2nd.", [("the 2nd", "2025-11-02")]),
    ("Talks were set for May; they open on the 3rd.", [("May", "2025-05"), ("the 3rd", "2025-05-03")]),
    (
        "Jets crossed the border on the morning of the 16th, the ministry said.",
        [("the morning of the 16th", "2025-10-16TMO")],
    ),
    ("Scholars of the 17th century disagree.", [("the 17th century", "16")]),
    ("Leaders met at the 23rd summit.", []),
    # a present of one adjective and "moment"
    ("They spoke at this critical moment for the alliance.", [("this critical moment", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text", "want"), DAY_OF_MONTH, ids=[c[0][:40] for c in DAY_OF_MONTH])
def test_day_of_month(text: str, want: list[tuple[str, str]]) -> None:
    """An ordinal day closing its phrase is that day of the month named before, else of a month near the
    reference by the tense."""
    assert _pairs(text, dt.date(2025, 10, 18)) == want


@given(ref=st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), day=st.integers(1, 28))
def test_day_of_month_lies_within_a_month_of_the_reference(ref: dt.date, day: int) -> None:
    """Property: "on the Nth" with no month named is day N of the reference's month or a neighbour's, at most
    a month and a half away, before the reference in a past clause."""
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    (mention,) = find_dates(f"The decision was made on the {day}{suffix}.", published=ref)
    got = dt.date.fromisoformat(mention.timex)
    assert got.day == day
    assert abs((got - ref).days) <= 46
    assert got <= ref


# synthetic sentences, published on Wednesday 2025-04-30
STRETCHES = [
    ("Air defence shot down four drones during the night, the mayor said.", [("the night", "2025-04-29TNI")]),
    (
        "Negotiators talked through the night on Friday and into Saturday.",
        [("the night", "2025-04-25TNI"), ("Friday", "2025-04-25"), ("Saturday", "2025-04-26")],
    ),
    ("Monitors will watch the truce closely in the days to come.", [("the days to come", "PXD")]),
    ("Tensions grew over the following days as both sides acted.", [("the following days", "PXD")]),
    ("Minutes after the speech aired, the market fell.", [("Minutes", "PTXM")]),
    ("The minutes of the meeting were published.", []),
]


@pytest.mark.parametrize(("text", "want"), STRETCHES, ids=[c[0][:40] for c in STRETCHES])
def test_nights_and_stretches(text: str, want: list[tuple[str, str]]) -> None:
    """ "during/through the night" is read as "overnight"; stretches of unstated length are durations."""
    assert _pairs(text, dt.date(2025, 4, 30)) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # synthetic sentences in the Brazilian press's form: a weekday, then its day of the month in brackets
        (
            "In remarks made this Thursday (11) in Lisbon, he warned the allies.",
            dt.date(2025, 12, 11),
            [("this Thursday", "2025-12-11"), ("11", "2025-12-11")],
        ),
        (
            "The president received a call on Saturday (9) from his counterpart.",
            dt.date(2025, 8, 11),
            [("Saturday", "2025-08-09"), ("9", "2025-08-09")],
        ),
        ("On Monday (page 5) the paper said so.", dt.date(2025, 10, 1), [("Monday", "2025-09-29")]),
    ],
)
def test_day_number_after_a_weekday(text: str, published: dt.date, want: list[tuple[str, str]]) -> None:
    """ "Saturday (9)": the bracketed day of the month is a mention of the same day as the weekday."""
    assert _pairs(text, published) == want
