"""Dates in running news text with a publication date (issue 8, item 3): examples and resolver properties.

Every sentence is synthetic (written for these tests); the phenomena were found in the errors on the real
development passages (``benchmarks/realnews.py dev-a dev-b dev-c --keep``), stated here in general form.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))


def _values(text: str, published: dt.date) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text, published=published)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the dateline sets the reference day when it differs from the publication date
        ("PARIS, March 4 (AFP) - Macron said on Tuesday that talks failed yesterday.", dt.date(2025, 3, 6),
         {"Tuesday": "2025-03-04", "yesterday": "2025-03-03"}),
        ("MOSCOW, September 10. /TASS/. Peskov spoke on Monday.", dt.date(2025, 9, 12), {"Monday": "2025-09-08"}),
        ("WASHINGTON, Feb. 28 (Xinhua) -- Trump met Zelensky on Friday.", dt.date(2025, 3, 2),
         {"Friday": "2025-02-28"}),
        # "this winter" in October is the coming winter; in January, the one under way
        ("Russia will strike the grid this winter.", dt.date(2024, 10, 10), {"this winter": "2024-WI"}),
        ("Ukraine is getting through this winter.", dt.date(2025, 1, 20), {"this winter": "2024-WI"}),
        ("We're headed into a very difficult winter.", dt.date(2024, 10, 18), {"winter": "2024-WI"}),
        # the day in focus anchors "the previous day", "two days earlier", "three days later"
        ("Russia struck Kyiv on Feb. 17. The previous day, drones hit Odesa. Two days earlier, talks failed.",
         dt.date(2025, 3, 5), {"The previous day": "2025-02-16", "Two days earlier": "2025-02-15"}),
        ("Talks began on Nov. 3. Just three days later, they collapsed.", dt.date(2024, 11, 20),
         {"Just three days later": "2024-11-06"}),
        ("Talks failed. Three days later, a deal was signed.", dt.date(2025, 3, 5), {"Three days later": "P3D"}),
        ("Talks were held on July 22. Earlier the same day, the delegation met.", dt.date(2025, 7, 23),
         {"Earlier the same day": "2025-07-22"}),
        # an explicit future tense wins over a possessive
        ("Wednesday's meeting will decide it.", dt.date(2025, 3, 3), {"Wednesday": "2025-03-05"}),
        ("Wednesday's ruling angered Kyiv.", dt.date(2025, 3, 3), {"Wednesday": "2025-02-26"}),
        ("They would look for ways around Wednesday's ruling.", dt.date(2025, 3, 3), {"Wednesday": "2025-02-26"}),
        # "more than two and a half years ago" is a date in the past
        ("The war began more than two and a half years ago.", dt.date(2024, 9, 1),
         {"more than two and a half years ago": "2022-03"}),
        ("It began a year and a half ago.", dt.date(2024, 9, 1), {"a year and a half ago": "2023-03"}),
        # the national days and other days of this story (data/holidays.tsv)
        ("Ukraine marked Independence Day with a prisoner exchange.", dt.date(2024, 8, 26),
         {"Independence Day": "2024-08-24"}),
        ("Zelensky spoke on Defender's Day.", dt.date(2024, 10, 2), {"Defender's Day": "2024-10-01"}),
        # a day that moved: a year-bounded row of data/holidays.tsv (Oct. 14 up to 2022, Oct. 1 since)
        ("Zelensky spoke on Defenders Day.", dt.date(2022, 10, 20), {"Defenders Day": "2022-10-14"}),
        ("Kyiv marked Statehood Day.", dt.date(2022, 8, 2), {"Statehood Day": "2022-07-28"}),
        ("Kyiv marked Statehood Day.", dt.date(2025, 7, 20), {"Statehood Day": "2025-07-15"}),
        ("Russia marked Victory Day with a parade.", dt.date(2025, 5, 12), {"Victory Day": "2025-05-09"}),
        ("Last Christmas they met; next Christmas they will meet.", dt.date(2024, 12, 25),
         {"Last Christmas": "2023-12-25", "next Christmas": "2025-12-25"}),
        # a part of a named day
        ("On the morning of September 19, jets crossed the border.", dt.date(2025, 9, 20),
         {"the morning of September 19": "2025-09-19TMO"}),
        # "due to be" looks ahead
        ("More prisoners are due to be released on Saturday.", dt.date(2025, 5, 23), {"Saturday": "2025-05-24"}),
        # synthetic: the clause's finite verb decides; a past verb before the date wins over the nouns and
        # adjectives between them, unless its object is an event held on a day (data/tense_cues.tsv)
        ("The Commission proposed a new package of sanctions on Tuesday.", dt.date(2025, 3, 13),
         {"Tuesday": "2025-03-11"}),
        ("The Commission on Tuesday proposed new sanctions.", dt.date(2025, 3, 13), {"Tuesday": "2025-03-11"}),
        ("Moscow offered a prisoner swap deal on Monday.", dt.date(2025, 3, 13), {"Monday": "2025-03-10"}),
        ("Trump postponed the meeting until Friday.", dt.date(2025, 3, 13), {"Friday": "2025-03-14"}),
        # synthetic: "be set/due/scheduled/expected to" + an infinitive, also passive ("to be held"), looks
        # ahead: the participle of a passive infinitive is no past tense
        ("The summit is set to be held on June 24.", dt.date(2025, 3, 13), {"June 24": "2025-06-24"}),
        ("The talks are expected to be held on Friday.", dt.date(2025, 3, 13), {"Friday": "2025-03-14"}),
        ("The deal is scheduled to be signed on Monday.", dt.date(2025, 3, 13), {"Monday": "2025-03-17"}),
        ("New aid will be sent on Monday.", dt.date(2025, 3, 13), {"Monday": "2025-03-17"}),
        # synthetic: a plan told in the past, also in the past perfect, takes the nearest such day (the real
        # gold: "had been set to meet ... on Friday ... but" in a text of Thursday is the next day, called off);
        # the verb of a relative clause after the date ("for what was ...") is not the date's
        ("They had been set to meet in Rome on Friday for what was to be their last meeting, but it was off.",
         dt.date(2025, 3, 13), {"Friday": "2025-03-14"}),
        ("They had been set to meet in Paris on Friday.", dt.date(2025, 3, 17), {"Friday": "2025-03-14"}),
        ("Talks are due on Friday, which was the day the truce ended.", dt.date(2025, 3, 12), {"Friday": "2025-03-14"}),
        ("The talks had been expected to begin on Tuesday.", dt.date(2025, 3, 13), {"Tuesday": "2025-03-11"}),
        ("The talks had been expected to begin on Friday.", dt.date(2025, 3, 13), {"Friday": "2025-03-14"}),
        ("The talks were expected to begin on Friday, but they were put off.", dt.date(2025, 3, 17),
         {"Friday": "2025-03-14"}),
    ],
)  # fmt: skip
def test_running_text(text: str, published: dt.date, expected: dict[str, str]) -> None:
    got = _values(text, published)
    assert {k: got.get(k) for k in expected} == expected


# --------------------------------------------------------------------------------------------------
# Properties: for any reference day and weekday


@given(DAYS, st.integers(0, 6))
def test_last_and_next_weekday(published: dt.date, wd: int) -> None:
    """ "last Friday" lies 1-7 days before the reference day, "next Friday" 1-7 days after."""
    text = f"Talks were held last {WEEKDAYS[wd]}. More talks are due next {WEEKDAYS[wd]}."
    last, nxt = find_dates(text, published=published)
    assert last.value.earliest is not None
    assert nxt.value.earliest is not None
    assert 1 <= (published - last.value.earliest).days <= 7
    assert 1 <= (nxt.value.earliest - published).days <= 7
    assert last.value.earliest.isoweekday() == nxt.value.earliest.isoweekday() == wd + 1


@given(DAYS, st.sampled_from(["winter", "spring", "summer", "autumn"]))
def test_season_with_a_future_tense_starts_after(published: dt.date, season: str) -> None:
    """A season with a future tense starts after the reference day."""
    (m,) = find_dates(f"Russia will launch an offensive in the {season}.", published=published)
    assert m.value.earliest is not None
    assert m.value.earliest > published


@given(DAYS, st.sampled_from(["Christmas", "Easter", "Victory Day", "Independence Day", "Defenders Day"]))
def test_last_holiday_precedes(published: dt.date, holiday: str) -> None:
    """A holiday with "last" precedes the reference day, with "next" follows it."""
    last, nxt = find_dates(f"They met last {holiday}. They meet next {holiday}.", published=published)
    assert last.value.latest is not None
    assert nxt.value.earliest is not None
    assert last.value.latest < published < nxt.value.earliest


@given(DAYS, st.integers(1, 7))
def test_dateline_sets_the_reference_day(published: dt.date, lag: int) -> None:
    """A dateline a few days before the publication date is the reference of what follows it."""
    day = published - dt.timedelta(days=lag)
    text = f"KYIV, {MONTHS[day.month - 1]} {day.day} (Reuters) - Drones hit the city yesterday."
    got = {m.text: m.value.earliest for m in find_dates(text, published=published)}
    assert got["yesterday"] == day - dt.timedelta(days=1)


@given(DAYS, st.integers(1, 9), st.sampled_from(["earlier", "later"]))
def test_days_from_the_day_in_focus(day: dt.date, n: int, direction: str) -> None:
    """ "N days earlier/later" counts from the day the text named last."""
    text = f"Talks were held on {MONTHS[day.month - 1]} {day.day}, {day.year}. {n} days {direction}, talks failed."
    got = find_dates(text, published=dt.date(2036, 1, 1))[-1]
    sign = -1 if direction == "earlier" else 1
    assert got.value.earliest == day + dt.timedelta(days=sign * n)


@given(DAYS, st.integers(1, 5))
def test_years_and_a_half_ago(published: dt.date, n: int) -> None:
    """ "N and a half years ago" is the month 12N+6 months before the reference day."""
    (m,) = find_dates(f"It began {n} and a half years ago.", published=published)
    months = published.year * 12 + published.month - 1 - (12 * n + 6)
    assert m.timex == f"{months // 12:04d}-{months % 12 + 1:02d}"


@given(
    DAYS, st.integers(0, 6), st.sampled_from(["is set to be held", "is due to be held", "is expected to take place"])
)
def test_scheduled_infinitive_looks_ahead(published: dt.date, wd: int, plan: str) -> None:
    """ "be set/due/expected to" + an infinitive (also passive) names a weekday 0-6 days after the reference."""
    (m,) = find_dates(f"The summit {plan} on {WEEKDAYS[wd]}.", published=published)
    assert m.value.earliest is not None
    assert 0 <= (m.value.earliest - published).days <= 6


@given(DAYS, st.integers(0, 6), st.sampled_from(["proposed new sanctions", "offered a prisoner swap deal"]))
def test_past_verb_before_the_date_looks_back(published: dt.date, wd: int, verb: str) -> None:
    """A past verb whose object is no event held on a day names a weekday 0-6 days before the reference."""
    (m,) = find_dates(f"The ministers {verb} on {WEEKDAYS[wd]}.", published=published)
    assert m.value.earliest is not None
    assert 0 <= (published - m.value.earliest).days <= 6


@given(DAYS, st.integers(0, 6), st.sampled_from(["ruling angered officials", "talks ended without a deal"]))
def test_possessive_day_is_past(published: dt.date, wd: int, rest: str) -> None:
    """Synthetic (twelfth session, dates12): a possessive day with no future in its clause names the weekday
    0-6 days before the reference day ("Wednesday's ruling angered officials")."""
    (m,) = find_dates(f"{WEEKDAYS[wd]}'s {rest}.", published=published)
    assert m.value.earliest is not None
    assert 0 <= (published - m.value.earliest).days <= 6
    assert m.value.earliest.isoweekday() == wd + 1


@given(DAYS, st.integers(0, 6), st.sampled_from(["meeting will decide it", "vote is due to settle it"]))
def test_possessive_day_before_a_firm_future_lies_ahead(published: dt.date, wd: int, rest: str) -> None:
    """Synthetic (twelfth session, dates12): a firm future after the possessive in its clause puts the day 0-6
    days after the reference day ("Wednesday's meeting will decide it"; issue 8)."""
    (m,) = find_dates(f"{WEEKDAYS[wd]}'s {rest}.", published=published)
    assert m.value.earliest is not None
    assert 0 <= (m.value.earliest - published).days <= 6
    assert m.value.earliest.isoweekday() == wd + 1
