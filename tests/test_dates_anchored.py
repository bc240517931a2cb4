"""Days dated by an occasion (rule ``anchored``, data/date_anchors.tsv): anniversaries, the Nth day, the eve.

Every sentence here is SYNTHETIC.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dates._lexicon import anchors, holiday_date, holidays, shifted_holiday

PUBLISHED = dt.date(2025, 3, 1)
ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else ORDINAL_SUFFIX.get(n % 10, 'th')}"


@given(st.sampled_from(sorted(anchors())), st.integers(1, 99))
def test_anniversary_is_the_day_n_years_on(name: str, n: int) -> None:
    """'the Nth anniversary of X' is X's day N years later, whatever the publication date; the span leaves
    out the 'of ...' part."""
    base = anchors()[name]
    if base.month == 2 and base.day == 29:
        return
    got = find_dates(f"The vote came on the {_nth(n)} anniversary of {name}.", published=PUBLISHED)
    assert [(m.text, m.timex) for m in got][:1] == [
        (f"the {_nth(n)} anniversary", base.replace(year=base.year + n).isoformat())
    ]


@given(st.integers(1, 3000))
def test_nth_day_counts_from_the_first(n: int) -> None:
    """'the Nth day of X' is X's day plus N - 1 days (the first day is X's own)."""
    got = find_dates(f"It marked the {_nth(n)} day of Russia's full-scale invasion.", published=PUBLISHED)
    want = dt.date(2022, 2, 24) + dt.timedelta(days=n - 1)
    assert got[0].text == f"the {_nth(n)} day"
    assert got[0].timex == want.isoformat()


@given(st.sampled_from(sorted(holidays())), st.integers(2000, 2030))
def test_eve_rule_is_the_day_before(name: str, year: int) -> None:
    """A holiday's rule moved by -1 gives the day before the holiday, in every year it has one (no rule where
    the eve falls in another year: New Year's Eve is a holiday of its own)."""
    day = holiday_date(holidays()[name], year)
    rule = shifted_holiday(holidays()[name], -1)
    eve = None if rule is None else holiday_date(rule, year)
    if day is not None and eve is not None:
        assert eve == day - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Drones struck on the eve of Christmas.", ("the eve", "2024-12-24")),
        ("The minister arrived on the eve of Independence Day.", ("the eve", "2024-08-23")),
    ],
)
def test_eve_of_a_holiday(text: str, want: tuple[str, str]) -> None:
    """'the eve of <holiday>' is the day before the holiday, resolved as the holiday is (past tense: the last)."""
    got = find_dates(text, published=PUBLISHED)
    assert (got[0].text, got[0].timex) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Leaders met on the second anniversary of Russia's February 2022 invasion.", "2024-02-24"),
        ("Leaders met on the third anniversary of the Russian 2022 invasion.", None),  # date after an adjective
        ("Crowds gathered for the 11th anniversary of annexation of Crimea.", "2025-03-18"),
        ("A truce was declared for the 80th anniversary of the victory.", "2025-05-09"),
        ("Parades marked the 79th anniversary of victory over Nazi Germany.", "2024-05-09"),
        ("Parades marked the 80th anniversary of Russia's victory over Nazi Germany.", "2025-05-09"),
    ],
)
def test_occasion_named_another_way(text: str, want: str | None) -> None:
    """An occasion of the table named without its article, with its head in lower case, with a date of its own
    before the head, or with an owner the table does not pair with the head: still the table's day."""
    got = [m.timex for m in find_dates(text, published=PUBLISHED) if "anniversary" in m.text]
    assert got == ([want] if want else [])


@pytest.mark.parametrize(
    "text",
    [
        "They marked the third anniversary of Russia's February 2023 invasion.",  # the date is another occasion's
        "They marked the 16th anniversary of the Russian invasion of Georgia.",  # the head goes on with "of"
        "Fans marked the tenth anniversary of the victory of the team.",
        "Guests came for the 80th anniversary of Victory Day in Moscow.",  # a holiday: its own mention
        "The 75th anniversary of the alliance was marked in July.",  # no occasion the table dates
        "On the eve of the summit, leaders met.",  # an occasion the table does not date
        "It was the first day of spring.",
        "Envoys met weeks before the second anniversary of the full-scale invasion.",  # the anchor of a span
    ],
)
def test_no_anchor_no_day(text: str) -> None:
    """An anniversary, day count or eve of an occasion the table does not date is no date mention."""
    got = find_dates(text, published=PUBLISHED)
    assert not any("anniversary" in m.text or m.text == "the eve" for m in got)
