"""find_dates: the seed annotation, every rule's examples, a resolver table, options, and properties."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import re
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from nato_ukraine_timeline import Basis, DateMention, InvalidOptionError, Source, TimexType, find_dates, iter_jsonl
from nato_ukraine_timeline.__main__ import main
from nato_ukraine_timeline._dates._lexicon import holiday_date, holidays, lexicon
from nato_ukraine_timeline._dates._patterns import RULES, case_tolerant, scanner

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_GOLD = SHARED / "data" / "seed_gold.jsonl"
TE3 = SHARED / "data" / "tempeval3" / "te3_train.jsonl"
PUBLISHED = dt.date(2024, 10, 3)  # a Thursday
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _seed_text() -> str:
    return (files("nato_ukraine_timeline") / "data" / "examples" / "seed.txt").read_text(encoding="utf-8")


def _pairs(mentions: list[DateMention]) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in mentions]


# --------------------------------------------------------------------------------------------------
# The seed annotation


@pytest.fixture(scope="module")
def seed_gold() -> dict[str, Any]:
    if not SEED_GOLD.exists():
        pytest.skip(f"{SEED_GOLD} not found (shared data lives beside the clone)")
    gold: dict[str, Any] = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    return gold


class TestSeed:
    def test_gold_text_is_the_shipped_seed(self, seed_gold: dict[str, Any]) -> None:
        """The annotation indexes the seed text the package ships."""
        assert seed_gold["text"] == _seed_text()

    def test_every_timex_found_with_span_type_value(self, seed_gold: dict[str, Any]) -> None:
        """All 30 gold timexes are found, with the same span, TIMEX3 type and value, with no options."""
        found = {(m.start, m.end): m for m in find_dates(seed_gold["text"])}
        wrong = []
        for t in seed_gold["timexes"]:
            m = found.get((t["start"], t["end"]))
            if m is None or m.type.value != t["type"] or m.timex != t["value"]:
                wrong.append((t["text"], t["type"], t["value"], m and (m.type.value, m.timex)))
        assert wrong == []
        assert len(seed_gold["timexes"]) == 30

    def test_nothing_spurious(self, seed_gold: dict[str, Any]) -> None:
        """Nothing but the gold timexes is reported ("Su-34", "Article 5", "4th" are not dates)."""
        gold = {(t["start"], t["end"]) for t in seed_gold["timexes"]}
        assert [m.text for m in find_dates(seed_gold["text"]) if (m.start, m.end) not in gold] == []

    def test_bases_recorded(self) -> None:
        """Year-less dates of the seed are placed by document order or terms of office, never guessed."""
        for m in find_dates(_seed_text()):
            assert m.value.reason
            if re.fullmatch(r"\d{4}-\d\d-\d\d", m.timex):
                assert m.value.basis in (Basis.DOCUMENT_ORDER, Basis.TERM_OF_OFFICE, Basis.CONTEXT)
                assert not m.value.uncertain


# --------------------------------------------------------------------------------------------------
# Rules: every rule's own examples


_RULE_EXAMPLES = [(rule.name, phrase, want) for rule in RULES for phrase, want in rule.examples]


@pytest.mark.parametrize(("rule", "phrase", "want"), _RULE_EXAMPLES, ids=[f"{r}:{p}" for r, p, _ in _RULE_EXAMPLES])
def test_rule_example(rule: str, phrase: str, want: str) -> None:
    """A rule's example phrase, published on Thursday 2024-10-03 in a past-tense sentence, gets its value."""
    got = _pairs(find_dates(f"Officials said it happened {phrase}.", published=PUBLISHED))
    assert any(text in phrase and value == want for text, value in got), (rule, got)


def test_every_rule_has_examples() -> None:
    """No rule ships without an example that pins what it does."""
    assert [r.name for r in RULES if not r.examples] == []


# --------------------------------------------------------------------------------------------------
# The resolver table: (text, published, expected (span, TIMEX3) pairs in text order)

_THU = dt.date(2024, 10, 3)
RESOLVER_CASES: list[tuple[str, dt.date | None, list[tuple[str, str]]]] = [
    # month-day in every common form; a leading preposition is not part of the span
    ("Rutte wrote on Feb. 17 on X.", dt.date(2025, 2, 20), [("Feb. 17", "2025-02-17")]),
    ("He spoke on February 17th.", dt.date(2025, 2, 20), [("February 17th", "2025-02-17")]),
    ("He spoke on 17 February.", dt.date(2025, 2, 20), [("17 February", "2025-02-17")]),
    ("The talks began Sept. 3.", _THU, [("Sept. 3", "2024-09-03")]),
    ("The summit opened on the 9th of July.", _THU, [("the 9th of July", "2024-07-09")]),
    # full dates and numeric ISO dates: explicit, whatever the publication date
    ("It was signed on Dec. 5, 1994, in Budapest.", _THU, [("Dec. 5, 1994", "1994-12-05")]),
    ("Data as of 2024-10-03 show it.", None, [("2024-10-03", "2024-10-03")]),
    ("It began on 24 February 2022.", _THU, [("24 February 2022", "2022-02-24")]),
    (
        "It began on 24.02.2022 and was reported on 10/3/2024.",
        _THU,
        [("24.02.2022", "2022-02-24"), ("10/3/2024", "2024-10-03")],
    ),
    (
        "Output rose in Q3 2024 and in 2025 H1, and in Q2.",
        _THU,
        [("Q3 2024", "2024-Q3"), ("2025 H1", "2025-H1"), ("Q2", "2024-Q2")],
    ),
    # month + year, month, year, decade, century
    ("The summit was held in July 2023.", _THU, [("July 2023", "2023-07")]),
    ("The Washington summit took place in July.", _THU, [("July", "2024-07")]),
    ("NATO was founded in 1949.", _THU, [("1949", "1949")]),
    ("In the 1990s Ukraine gave up its arsenal.", _THU, [("the 1990s", "199")]),
    ("Relations soured in the late 1970s.", _THU, [("the late 1970s", "197")]),
    ("The worst war of the 20th century.", _THU, [("the 20th century", "19")]),
    # weekdays with tense
    ("Zelensky visited Brussels on Tuesday.", _THU, [("Tuesday", "2024-10-01")]),
    ("Ministers will meet on Monday.", _THU, [("Monday", "2024-10-07")]),
    ("The council is scheduled to meet Friday.", _THU, [("Friday", "2024-10-04")]),
    ("Rutte spoke last Monday.", _THU, [("last Monday", "2024-09-30")]),
    ("They meet next Monday.", _THU, [("next Monday", "2024-10-07")]),
    # today, yesterday, tomorrow, tonight
    ("Rutte said today that aid will come.", _THU, [("today", "2024-10-03")]),
    ("The attack came yesterday.", _THU, [("yesterday", "2024-10-02")]),
    ("He arrives tomorrow.", _THU, [("tomorrow", "2024-10-04")]),
    ("He speaks tonight.", _THU, [("tonight", "2024-10-03TNI")]),
    ("Drones struck last night.", _THU, [("last night", "2024-10-02TNI")]),
    # this / last / next + unit; N units ago; edges
    ("Prices fell last week.", _THU, [("last week", "2024-W39")]),
    ("Talks resume next month.", _THU, [("next month", "2024-11")]),
    ("Spending rose this year.", _THU, [("this year", "2024")]),
    ("He was elected last year.", _THU, [("last year", "2023")]),
    ("Kyiv asked three days ago.", _THU, [("three days ago", "2024-09-30")]),
    ("He left two years ago.", _THU, [("two years ago", "2022")]),
    ("He was appointed a year ago.", _THU, [("a year ago", "2023")]),
    ("Russia attacked earlier this month.", _THU, [("earlier this month", "2024-10")]),
    ("It was agreed late last year.", _THU, [("late last year", "2023")]),
    ("Talks start early next year.", _THU, [("early next year", "2025")]),
    ("The offensive began in mid-December.", dt.date(2025, 1, 10), [("mid-December", "2024-12")]),
    # seasons, quarters, fiscal years
    ("Ukraine faces a hard winter.", _THU, [("winter", "2024-WI")]),
    ("Kyiv suffered blackouts last summer.", _THU, [("last summer", "2024-SU")]),
    ("Output grew in the third quarter.", _THU, [("the third quarter", "2024-Q3")]),
    ("Third-quarter profit rose.", _THU, [("Third-quarter", "2024-Q3")]),
    ("Sales fell in the latest quarter.", _THU, [("the latest quarter", "2024-Q3")]),
    ("Profit fell in fiscal 1998.", _THU, [("fiscal 1998", "1998")]),
    # present, past and future references
    ("NATO is now ready.", _THU, [("now", "PRESENT_REF")]),
    ("The alliance is currently divided.", _THU, [("currently", "PRESENT_REF")]),
    ("Talks recently resumed.", _THU, [("recently", "PAST_REF")]),
    ("Threats will grow in the coming years.", _THU, [("the coming years", "FUTURE_REF")]),
    ("Aid will arrive soon.", _THU, [("soon", "FUTURE_REF")]),
    # ranges: separate mentions
    ("Events from Jan. 13 to Jan. 20.", dt.date(2025, 1, 10), [("Jan. 13", "2025-01-13"), ("Jan. 20", "2025-01-20")]),
    ("Ministers meet Dec. 3-4 in Brussels.", dt.date(2024, 11, 20), [("Dec. 3", "2024-12-03"), ("4", "2024-12-04")]),
    ("Exercises ran between March and May.", _THU, [("March", "2024-03"), ("May", "2024-05")]),
    (
        "The mission ran in 2014-2022 and again in 2024\u201325.",
        _THU,
        [("2014", "2014"), ("2022", "2022"), ("2024", "2024"), ("25", "2025")],
    ),
    # durations
    ("NATO's two-day ministerial began.", _THU, [("two-day", "P2D")]),
    ("He served a four-year term.", _THU, [("four-year term", "P4Y")]),
    ("We are safe now but not in four or five years.", _THU, [("now", "PRESENT_REF"), ("four or five years", "PXY")]),
    ("Prices rose over the past three years.", _THU, [("the past three years", "P3Y")]),
    ("The siege lasted 48 hours.", _THU, [("48 hours", "PT48H")]),
    ("Troops returned 48 hours earlier.", _THU, [("48 hours earlier", "PT48H")]),
    ("He waited a few days.", _THU, [("a few days", "PXD")]),
    ("The war has raged for years.", _THU, [("years", "PXY")]),
    ("It lasted more than two and a half years.", _THU, [("more than two and a half years", "P2Y6M")]),
    ("With 8 eight days left until the vote.", _THU, [("8 eight days", "P8D")]),
    ("A 30-day ceasefire began.", _THU, [("30-day", "P30D")]),
    # sets
    ("Delivered every Sunday.", _THU, [("every Sunday", "XXXX-WXX-7")]),
    ("The newsletter is weekly.", _THU, [("weekly", "P1W")]),
    ("Strikes happen every day.", _THU, [("every day", "P1D")]),
    ("Every day of delay costs lives.", _THU, []),
    ("He spoke in his nightly address.", _THU, [("nightly", "XXXX-XX-XXTNI")]),
    ("Russia lost 1,500 troops over the past day.", _THU, [("the past day", "P1D")]),
    ("Drones struck Kyiv overnight.", _THU, [("overnight", "2024-10-02TNI")]),
    ("No missiles will be sent for the time being.", _THU, [("the time being", "PRESENT_REF")]),
    # clock times
    ("Sirens sounded at 10 p.m.", _THU, [("10 p.m.", "2024-10-03T22:00")]),
    ("The ceasefire began at noon Saturday.", _THU, [("noon Saturday", "2024-09-28T12:00")]),
    # holidays
    ("He spoke at Christmas.", dt.date(2025, 1, 5), [("Christmas", "2024-12-25")]),
    # numbers that are not dates stay untouched
    ("Support fell to 99% under Article 5.", _THU, []),
    ("The F-16 and Su-34 jets cost $50 billion.", _THU, []),
    ("Some 2000 troops arrived.", _THU, []),
    ("He is a 6-year-old boy.", _THU, []),
    ("No 13/13/2024 and no 31/31/2025.", _THU, []),
    # a day no calendar has is still a mention: the month it names, marked "no such day"
    # (tests/test_dates_impossible.py checks the whole value)
    ("No Feb. 30 was held. Nor was Feb. 29, 2023.", _THU, [("Feb. 30", "2024-02"), ("Feb. 29, 2023", "2023-02")]),
    ("He spoke on CBS's 60 Minutes and VOA Today, not in High Noon.", _THU, []),
    ("It added four flights a week, 24 hours a day.", _THU, [("24 hours", "PT24H")]),
    ("Ukraine makes 1,500 FPV drones a day; it lasted a day.", _THU, [("a day", "P1D")]),
    ("Rutte Says NATO Allies Will Meet Next Week\nThey spoke.", _THU, [("Next Week", "2024-W41")]),
    # 2024-2025 news forms (tests/data/dates_2024_2025.jsonl measures them on whole passages)
    # capitalised datelines and headlines
    ("BRUSSELS, FEB 12 (Reuters) - Allies met.", dt.date(2025, 2, 12), [("FEB 12", "2025-02-12")]),
    ("KYIV, SEPT 3 - Drones hit the city.", dt.date(2025, 9, 3), [("SEPT 3", "2025-09-03")]),
    ("ZELENSKIY TO MEET TRUMP ON FRIDAY\nKyiv said so.", dt.date(2025, 10, 15), [("FRIDAY", "2025-10-17")]),
    ("ZELENSKIY MET TRUMP ON FRIDAY\nKyiv said so.", dt.date(2025, 10, 15), [("FRIDAY", "2025-10-10")]),
    # "overnight" followed by the day it dawns on: the night's first day is the day before
    (
        "Russia attacked the grid overnight on Nov. 26, the air force said.",
        dt.date(2024, 12, 1),
        [("overnight", "2024-11-25TNI"), ("Nov. 26", "2024-11-26")],
    ),
    (
        "Drones hit Kyiv overnight into Wednesday.",
        dt.date(2025, 11, 26),
        [("overnight", "2025-11-25TNI"), ("Wednesday", "2025-11-26")],
    ),
    (
        "Russia struck overnight Saturday.",
        dt.date(2024, 12, 1),
        [("overnight", "2024-11-29TNI"), ("Saturday", "2024-11-30")],
    ),
    # "until"/"by" a day: ahead, unless the clause is in the past tense
    ("The ceasefire lasts until Friday, officials said.", dt.date(2025, 3, 5), [("Friday", "2025-03-07")]),
    ("Kyiv has until Friday to accept, the officials said.", dt.date(2025, 3, 5), [("Friday", "2025-03-07")]),
    ("Fighting went on until Tuesday.", dt.date(2025, 3, 5), [("Tuesday", "2025-03-04")]),
    ("The talks could resume on Monday, analysts said.", dt.date(2025, 3, 5), [("Monday", "2025-03-10")]),
    ("He could not attend on Monday.", dt.date(2025, 3, 5), [("Monday", "2025-03-03")]),
    # numbers that are not years
    ("Lawmakers met in room 2014; the hotline is +380 44 256 2024.", None, []),
    ("UN Security Council Resolution 1973 and flight 2025.", None, []),
    # clock times in GMT, fiscal years, bare plurals, a weekday of an unknown week
    (
        "Explosions were heard at 3 a.m. (0000 GMT).",
        dt.date(2025, 6, 6),
        [("3 a.m.", "2025-06-06T03:00"), ("0000 GMT", "2025-06-06T00:00")],
    ),
    ("The FY2025 budget and the FY26 request.", None, [("FY2025", "2025"), ("FY26", "2026")]),
    ("He wants an answer within days.", _THU, [("days", "PXD")]),
    ("Officials said in recent days that it was over.", _THU, [("recent days", "PXD")]),
    # synthetic: a stretch that measures the gap to an event; not "the weeks before" (a period); "a matter of days"
    # is a stretch of unstated length (PXD), as the real-news gold tags it (dev-t-037, twice)
    ("The minister came just days before the vote, weeks after a strike.", _THU, [("days", "PXD"), ("weeks", "PXW")]),
    ("With weeks remaining in office, he signed it.", _THU, [("weeks", "PXW")]),
    (
        "The car was seen in the weeks before the attack, a matter of days before it.",
        _THU,
        [("a matter of days", "PXD")],
    ),
    ("Troops took it after a monthslong battle, a yearlong siege.", _THU, [("monthslong", "PXM"), ("yearlong", "P1Y")]),
    # synthetic: "weekend" after a describing word; "this weekend" in a past clause before its Saturday
    ("Hope you all had a good weekend.", dt.date(2024, 9, 9), [("weekend", "2024-W36-WE")]),
    ("They had a busy weekend, the Kremlin said.", dt.date(2025, 12, 1), [("weekend", "2025-W48-WE")]),
    ("After a weekend of talks, they left.", _THU, []),
    ("The minister said this weekend that talks matter.", dt.date(2025, 4, 29), [("this weekend", "2025-W17-WE")]),
    ("The ministers will meet this weekend.", dt.date(2025, 4, 29), [("this weekend", "2025-W18-WE")]),
    # synthetic: a full date and the time written after it (a page's timestamp) are one TIME; a range's
    # second day keeps the year written after it; a clock time's day keeps its year
    ("12.09.2025 23:51 The alliance decided.", None, [("12.09.2025 23:51", "2025-09-12T23:51")]),
    ("Sunday, 17 November 2024, 08:12 Drones hit.", None, [("Sunday, 17 November 2024, 08:12", "2024-11-17T08:12")]),
    ("3:42 PM EST, November 29, 2024 He said.", None, [("3:42 PM EST, November 29, 2024", "2024-11-29T15:42")]),
    ("The meeting on Dec. 3-4, 2024, ended.", None, [("Dec. 3", "2024-12-03"), ("4, 2024", "2024-12-04")]),
    ("Troops left at 5 p.m. on Feb. 3, 2025.", None, [("5 p.m.", "2025-02-03T17:00"), ("Feb. 3, 2025", "2025-02-03")]),
    ("On Feb. 17, 2025, 3 drones hit.", None, [("Feb. 17, 2025", "2025-02-17")]),
    # synthetic: two counts of one unit are two expressions; with "ago", the past as a whole
    ("A deadline of 10 or 12 days was set.", _THU, [("10", "P10D"), ("12 days", "P12D")]),
    ("It takes two to six days.", _THU, [("two", "P2D"), ("six days", "P6D")]),
    ("It was better four or six weeks ago.", _THU, [("four or six weeks ago", "PAST_REF")]),
    # synthetic: an "overnight" reported under a day later in its sentence is the night before that day
    (
        "Drones hit the port overnight, the ministry said on Saturday.",
        dt.date(2024, 9, 29),
        [("overnight", "2024-09-27TNI"), ("Saturday", "2024-09-28")],
    ),
    # synthetic: "soon" after which another event comes, or in a told past, is no FUTURE_REF
    ("He was killed soon after capture; he was soon forgotten. Aid will come soon.", _THU, [("soon", "FUTURE_REF")]),
    # synthetic: a plan told in the past dates the nearest such weekday
    ("The team planned to leave on Friday.", _THU, [("Friday", "2024-10-04")]),
    ("They had been set to meet on Wednesday.", _THU, [("Wednesday", "2024-10-02")]),
    # synthetic: an adverb in -ly between the auxiliary and the plan ("was originally due to") keeps the plan
    ("The envoy was originally due to arrive on Saturday.", _THU, [("Saturday", "2024-10-05")]),
    ("The envoy was due to arrive on Saturday.", _THU, [("Saturday", "2024-10-05")]),
    # synthetic: midnight on a calendar date opens that date; on a weekday it ends the day
    (
        "The curfew runs from midnight on Oct. 9 to midnight on Oct. 12.",
        _THU,
        [
            ("midnight", "2024-10-09T00:00"),
            ("Oct. 9", "2024-10-09"),
            ("midnight", "2024-10-12T00:00"),
            ("Oct. 12", "2024-10-12"),
        ],
    ),
    (
        "The curfew will end at midnight on Saturday.",
        _THU,
        [("midnight", "2024-10-05T24:00"), ("Saturday", "2024-10-05")],
    ),
    ("A curfew from midnight Oct. 9, 2024 was declared.", _THU, [("midnight Oct. 9, 2024", "2024-10-09T00:00")]),
    # synthetic: a four-digit time with its zone glued on, or sharing the zone of the next time
    (
        "Sirens sounded at 8.15 p.m. local time (1715GMT).",
        _THU,
        [("8.15 p.m. local time", "2024-10-03T20:15"), ("1715GMT", "2024-10-03T17:15")],
    ),
    ("Two waves came (0310 and 0450 GMT).", _THU, [("0310", "2024-10-03T03:10"), ("0450 GMT", "2024-10-03T04:50")]),
    # synthetic: a day of a gathering by its rank is the day named last (else the reference day); a day of
    # something that is no gathering is no date here
    (
        "Ministers met on Tuesday. Trade led the talks on the first day of the three-day conference.",
        _THU,
        [("Tuesday", "2024-10-01"), ("the first day", "2024-10-01"), ("three-day", "P3D")],
    ),
    ("Crowds marked the first day of the war.", _THU, []),
    # synthetic: a day word with a date in apposition is that date (the publication date may lag the text)
    ("The treaty will be signed tomorrow (Oct. 3).", _THU, [("tomorrow", "2024-10-03"), ("Oct. 3", "2024-10-03")]),
    ("Yesterday, Oct. 1, envoys met.", _THU, [("Yesterday", "2024-10-01"), ("Oct. 1", "2024-10-01")]),
    (
        "Talks go on tomorrow and the day after tomorrow (Oct. 4 and 5).",
        _THU,
        [
            ("tomorrow", "2024-10-04"),
            ("the day after tomorrow", "2024-10-05"),
            ("Oct. 4", "2024-10-04"),
            ("5", "2024-10-05"),
        ],
    ),
    # synthetic: a contraction's apostrophe may be curly ("he\u2019ll"): the same future as a straight one
    ("She\u2019ll fly to Oslo on Tuesday.", _THU, [("Tuesday", "2024-10-08")]),
    ("She'll fly to Oslo on Tuesday.", _THU, [("Tuesday", "2024-10-08")]),
    # synthetic: a quote opening the sentence after "X said on <day>." goes on with those words
    (
        'Talks will go on, the minister said on Tuesday. "We spoke yesterday," he added.',
        dt.date(2024, 10, 3),
        [("Tuesday", "2024-10-01"), ("yesterday", "2024-09-30")],
    ),
    (
        'The minister spoke on Tuesday. "We spoke yesterday," he added.',
        dt.date(2024, 10, 3),
        [("Tuesday", "2024-10-01"), ("yesterday", "2024-10-02")],
    ),
    # synthetic: weekdays joined to a weekday before them name days of one stretch
    (
        "The summit is being held this Tuesday and Wednesday.",
        dt.date(2025, 6, 23),
        [("this Tuesday", "2025-06-24"), ("Wednesday", "2025-06-25")],
    ),
    ("Envoys attended Thursday and Friday's meetings.", _THU, [("Thursday", "2024-10-03"), ("Friday", "2024-10-04")]),
    (
        "Statements made Friday and Thursday by the lawyer.",
        dt.date(2024, 10, 4),
        [("Friday", "2024-10-04"), ("Thursday", "2024-10-03")],
    ),
    ("Talks ran from Friday to Monday.", dt.date(2024, 10, 1), [("Friday", "2024-09-27"), ("Monday", "2024-09-30")]),
    # synthetic: a verb the date follows with only a preposition between is the date's own
    ("He said decisions made on Wednesday would include aid.", _THU, [("Wednesday", "2024-10-02")]),
    # synthetic: a past perfect makes "until" a limit already past
    ("Until Thursday, the police had not called him a suspect.", dt.date(2024, 10, 5), [("Thursday", "2024-10-03")]),
    ("The talks were extended until Thursday.", dt.date(2024, 10, 1), [("Thursday", "2024-10-03")]),
    ("The army said Friday that it had withdrawn.", None, [("Friday", "XXXX-WXX-5")]),
    # "over"/"following" before a duration are prepositions
    (
        "The swap took place over three days, following two days of talks.",
        _THU,
        [("three days", "P3D"), ("two days", "P2D")],
    ),
    ("It lasted just over an hour.", _THU, [("just over an hour", "PT1H")]),
    # without a publication date: a date or a year written before anchors what follows
    (
        "The documents, dated 2025-03-11, show no truce by the end of the month.",
        None,
        [("2025-03-11", "2025-03-11"), ("the end of the month", "2025-03")],
    ),
    (
        "The 2024 summit was in Washington; the next was held a year later.",
        None,
        [("2024", "2024"), ("a year later", "2025")],
    ),
    # a short feed whose order terms of office decide (Rutte: from 2024-10-01)
    (
        "Jan. 15 - NATO Secretary General Mark Rutte met Zelensky.\nDec. 18 - Rutte hosted.\nNov. 19 - Strikes.",
        None,
        [("Jan. 15", "2025-01-15"), ("Dec. 18", "2024-12-18"), ("Nov. 19", "2024-11-19")],
    ),
    ("Missiles hit Sumy on Palm Sunday.", dt.date(2025, 4, 14), [("Palm Sunday", "2025-04-13")]),
    # "Sept." ends no sentence: the full date after it dates it
    (
        "Between Sept. 1 and Nov. 30, 2024, drones flew.",
        None,
        [("Sept. 1", "2024-09-01"), ("Nov. 30, 2024", "2024-11-30")],
    ),
    # beside a month of a year, the nearest occurrence
    (
        "Russia took Vuhledar in October 2024 and Kurakhove in January.",
        None,
        [("October 2024", "2024-10"), ("January", "2025-01")],
    ),
    # terms of office date a year-less month
    ("President Donald Trump said in March that he was angry.", None, [("March", "2025-03")]),
    # a clock time and its day joined by "on" are two expressions; the time keeps the day
    (
        "Putin ordered a halt until midnight on Sunday, the Kremlin said.",
        dt.date(2025, 4, 19),
        [("midnight", "2025-04-20T24:00"), ("Sunday", "2025-04-20")],
    ),
    (
        "It began at 10 p.m. on Feb. 3.",
        dt.date(2025, 2, 5),
        [("10 p.m.", "2025-02-03T22:00"), ("Feb. 3", "2025-02-03")],
    ),
    ("The ceasefire lasted until Tuesday.", dt.date(2025, 4, 19), [("Tuesday", "2025-04-15")]),
    # two days of one month written day first (a night named by two days is the night of the first, one
    # expression, as the real-news gold tags it); the part of the day last named; a start ahead
    (
        "Drones hit Kyiv on the night of 23 to 24 April and on 3-4 March 2025.",
        dt.date(2025, 4, 25),
        [("the night of 23 to 24 April", "2025-04-23TNI"), ("3", "2025-03-03"), ("4 March 2025", "2025-03-04")],
    ),
    (
        "He visited Kyiv on Thursday and sirens sounded in the afternoon.",
        dt.date(2025, 1, 17),
        [("Thursday", "2025-01-16"), ("the afternoon", "2025-01-16TAF")],
    ),
    ("Leaders demanded a ceasefire starting Monday.", dt.date(2025, 5, 11), [("Monday", "2025-05-12")]),
    ("Russia fired 6,297 drones in July, a monthly record.", dt.date(2025, 8, 1), [("July", "2025-07")]),
    # a past verb that proposes or moves an event: the event's date is ahead; the act's own date is not
    (
        "Putin proposed direct talks in Istanbul on Thursday, speaking on TV.",
        dt.date(2025, 5, 11),
        [("Thursday", "2025-05-15")],
    ),
    ("The vote was postponed to Friday.", dt.date(2025, 5, 11), [("Friday", "2025-05-16")]),
    ("Putin proposed on Saturday that talks resume.", dt.date(2025, 5, 11), [("Saturday", "2025-05-10")]),
    ("Leaders urged Putin on Saturday to accept a truce.", dt.date(2025, 5, 11), [("Saturday", "2025-05-10")]),
    # bylines and timestamps: the time takes the day written after it
    (
        "Updated 3:45 PM EST, Wed March 12, 2025",
        None,
        [("3:45 PM EST", "2025-03-12T15:45"), ("March 12, 2025", "2025-03-12")],
    ),
    (
        "It closed at 5 p.m. (2200 GMT) on Nov. 9, 2024.",
        None,
        [("5 p.m.", "2024-11-09T17:00"), ("2200 GMT", "2024-11-09T22:00"), ("Nov. 9, 2024", "2024-11-09")],
    ),
    ("Published 2025-03-12T10:35:00Z", None, [("2025-03-12T10:35:00Z", "2025-03-12T10:35")]),
    ("Sirens sounded at 10 p.m.", None, [("10 p.m.", "XXXX-XX-XXT22:00")]),
    (
        "Sirens sounded at 10 p.m. on Tuesday, Feb. 4.",
        dt.date(2025, 3, 14),
        [("10 p.m.", "2025-02-04T22:00"), ("Tuesday, Feb. 4", "2025-02-04")],
    ),
    ("They would meet in the not too distant future.", _THU, [("the not too distant future", "FUTURE_REF")]),
    ("Trump set a deadline of Thursday for Kyiv, officials said.", dt.date(2025, 11, 24), [("Thursday", "2025-11-27")]),
    # without a publication date, a year of the window named before in the paragraph dates a year-less day
    (
        "Trump took office in 2025. On Feb. 28 he met Zelensky, and in March he paused aid.",
        None,
        [("2025", "2025"), ("Feb. 28", "2025-02-28"), ("March", "2025-03")],
    ),
    ("In 2014, Russia annexed Crimea. On Feb. 24, it invaded.", None, [("2014", "2014"), ("Feb. 24", "XXXX-02-24")]),
    ("The 2024/25 winter was the hardest.", None, [("The 2024/25 winter", "2024-WI")]),
    # anaphora without a publication date: counted from the month the text named
    (
        "After Russia quit the deal in July 2023, Ukraine opened a corridor the following month.",
        None,
        [("July 2023", "2023-07"), ("the following month", "2023-08")],
    ),
    ("It said the first Mirage 2000 jets would arrive in 2025.", None, [("2025", "2025")]),
    # "earlier in the day", "later that day": the day the text named last
    (
        "Trump spoke on Wednesday, after meeting Zelensky earlier in the day.",
        dt.date(2025, 6, 26),
        [("Wednesday", "2025-06-25"), ("earlier in the day", "2025-06-25")],
    ),
    (
        "Russia fired a missile on Thursday, Putin said later that day.",
        dt.date(2024, 11, 22),
        [("Thursday", "2024-11-21"), ("later that day", "2024-11-21")],
    ),
    # a line in capitals reads like any other
    (
        "RUSSIA SAYS TALKS WILL RESUME NEXT WEEK, ON MONDAY\nMoscow said so.",
        dt.date(2025, 3, 12),
        [("NEXT WEEK", "2025-W12"), ("MONDAY", "2025-03-17")],
    ),
    (
        "The counteroffensive began in early June 2023 and was over by the end of the year.",
        None,
        [("early June 2023", "2023-06"), ("the end of the year", "2023")],
    ),
    ("Russia gained 556 square km in June, a monthly gain.", dt.date(2025, 6, 30), [("June", "2025-06")]),
    ("The war could end by the summer if allies help.", dt.date(2024, 12, 20), [("the summer", "2025-SU")]),
    # a day word in a quote counts from the day of the saying
    (
        '"We are ready for a ceasefire today," Zelensky said on Thursday.',
        dt.date(2025, 3, 14),
        [("today", "2025-03-13"), ("Thursday", "2025-03-13")],
    ),
    (
        'Zelensky said on Thursday: "Tomorrow we talk."',
        dt.date(2025, 3, 14),
        [("Thursday", "2025-03-13"), ("Tomorrow", "2025-03-14")],
    ),
    (
        'Talks will resume on Monday. "Today is the day," he said.',
        dt.date(2025, 3, 14),
        [("Monday", "2025-03-17"), ("Today", "2025-03-14")],
    ),
    # a scheduled event in the present tense is ahead
    ("Talks resume on Monday, officials said.", dt.date(2025, 3, 14), [("Monday", "2025-03-17")]),
    ("The talks did not begin on Monday, officials said.", dt.date(2025, 3, 14), [("Monday", "2025-03-10")]),
    ("The deadline expires on Friday, the White House said.", dt.date(2025, 8, 7), [("Friday", "2025-08-08")]),
    # a plural unit before "of" and a noun; "a day of mourning" is no duration
    (
        "It ended decades of transit; Sunday will be a day of mourning.",
        _THU,
        [("decades", "PXY"), ("Sunday", "2024-10-06")],
    ),
    (
        "Ukraine said on Jan 13 and 13 February 2025.",
        None,
        [("Jan 13", "2025-01-13"), ("13 February 2025", "2025-02-13")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RESOLVER_CASES, ids=[c[0][:40] for c in RESOLVER_CASES])
def test_resolver_table(text: str, published: dt.date | None, expected: list[tuple[str, str]]) -> None:
    """Each form is found with the expected span and TIMEX3 value."""
    assert _pairs(find_dates(text, published=published)) == expected


class TestResolution:
    def test_explicit_year_wins_outside_window(self) -> None:
        """An explicit year is kept even outside the window, with basis explicit."""
        (m,) = find_dates("The memorandum was signed on Dec. 5, 1994.")
        assert (m.timex, m.value.basis) == ("1994-12-05", Basis.EXPLICIT)

    def test_no_published_and_nothing_decides_is_uncertain(self) -> None:
        """A lone year-less date keeps XXXX, is uncertain and lists the window's occurrences."""
        (m,) = find_dates("Rutte wrote on Feb. 17 on X.")
        assert m.timex == "XXXX-02-17"
        assert m.value.uncertain
        assert m.value.alternatives == ("2024-02-17", "2025-02-17")
        assert m.value.basis is Basis.UNRESOLVED
        assert (m.value.earliest, m.value.latest) == (dt.date(2024, 2, 17), dt.date(2025, 2, 17))
        assert m.value.edtf == "[2024-02-17,2025-02-17]"

    def test_one_year_window_decides(self) -> None:
        """With a one-year window, the only occurrence is chosen, with basis window."""
        (m,) = find_dates("On Feb. 17 he spoke.", window=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
        assert (m.timex, m.value.basis, m.value.uncertain) == ("2025-02-17", Basis.WINDOW, False)

    @pytest.mark.parametrize(
        ("sentence", "timex"),
        [
            ("NATO Secretary General Mark Rutte wrote on Feb. 17 on X.", "2025-02-17"),
            ("NATO Secretary General Jens Stoltenberg said on Feb. 17 that aid will come.", "2024-02-17"),
            ("He spoke to President-elect Donald Trump on Dec. 2.", "2024-12-02"),
            ("Secretary of State Antony Blinken warned on March 3.", "2024-03-03"),
        ],
    )
    def test_term_of_office_bounds_the_year(self, sentence: str, timex: str) -> None:
        """A title held by a named person in the same sentence rules out the other occurrences."""
        (m,) = find_dates(sentence)
        assert (m.timex, m.value.basis) == (timex, Basis.TERM_OF_OFFICE)

    def test_explicit_year_nearby(self) -> None:
        """A year written in the same sentence dates a year-less one (a full date: the nearest occurrence)."""
        assert _pairs(find_dates("In 2023, Rutte spoke on Feb. 17.")) == [("2023", "2023"), ("Feb. 17", "2023-02-17")]
        got = find_dates("Talks ran from Dec. 20, 2024 to Jan. 5.")
        assert _pairs(got) == [("Dec. 20, 2024", "2024-12-20"), ("Jan. 5", "2025-01-05")]
        assert got[1].value.basis is Basis.CONTEXT

    def test_year_far_away_does_not_outweigh_tense(self) -> None:
        """With a publication date, a year elsewhere in the sentence (another event) does not date it."""
        text = "Invited to join in Madrid in July 1997, the three countries will officially join NATO on March 12."
        got = dict(_pairs(find_dates(text, published=dt.date(1999, 2, 27))))
        assert got["March 12"] == "1999-03-12"

    def test_tense_decides_when_both_occurrences_are_near(self) -> None:
        """A date months away on both sides: past tense takes the past one, future wording the next one."""
        pub = dt.date(2024, 8, 1)
        (past,) = find_dates("Ministers met on March 3.", published=pub)
        (future,) = find_dates("Ministers will meet on March 3.", published=pub)
        assert (past.timex, past.value.basis) == ("2024-03-03", Basis.PUBLISHED_TENSE)
        assert (future.timex, future.value.basis) == ("2025-03-03", Basis.PUBLISHED_TENSE)

    def test_published_beats_terms(self) -> None:
        """With a publication date, tense decides (terms of office are weaker evidence)."""
        (m,) = find_dates("NATO Secretary General Mark Rutte wrote on Feb. 17.", published=dt.date(2024, 3, 1))
        assert m.timex == "2024-02-17"
        assert m.value.basis in (Basis.PUBLISHED, Basis.PUBLISHED_TENSE)

    def test_feed_order_detected(self) -> None:
        """A feed whose items go down in date is read newest first, across a new year."""
        feed = "Talks on Feb. 3.\nTalks on Jan. 10.\nTalks on Dec. 20.\nTalks on Nov. 5.\n"
        assert [m.timex for m in find_dates(feed)] == ["2025-02-03", "2025-01-10", "2024-12-20", "2024-11-05"]

    def test_feed_order_given(self) -> None:
        """order='oldest first' places an oldest-first feed across a new year."""
        feed = "Met Nov. 5.\nMet Dec. 20.\nMet Jan. 10.\n"
        got = find_dates(feed, order="oldest first")
        assert [m.timex for m in got] == ["2024-11-05", "2024-12-20", "2025-01-10"]
        assert all(m.value.basis is Basis.DOCUMENT_ORDER for m in got)

    def test_same_item_reads_against_its_date(self) -> None:
        """Other expressions of a dated item are read against the item's date (basis context)."""
        feed = "Met Feb. 3.\nMet Jan. 10 and said last week was hard.\nMet Dec. 20.\nMet Nov. 5.\n"
        last_week = next(m for m in find_dates(feed) if m.text == "last week")
        assert (last_week.timex, last_week.value.basis) == ("2025-W01", Basis.CONTEXT)

    def test_year_quarter_anaphora(self) -> None:
        """ "The year-earlier quarter" is the quarter under discussion, a year back."""
        text = "Profit rose in the third quarter. In the year-earlier quarter it fell."
        assert _pairs(find_dates(text, published=dt.date(1989, 10, 30))) == [
            ("the third quarter", "1989-Q3"),
            ("the year-earlier quarter", "1988-Q3"),
        ]

    @given(
        period=st.sampled_from(
            ["the first nine months", "the nine months", "the latest six months", "the first half", "the second half"]
        ),
        year=st.integers(1990, 2030),
    )
    @example(period="the first nine months", year=1989)
    def test_year_earlier_after_longer_period(self, period: str, year: int) -> None:
        """A period longer than a quarter named after the quarter is what "a year earlier" compares with:
        the year before, not the quarter (synthetic text)."""
        text = f"Profit rose in the third quarter. For {period}, sales rose 5% from a year earlier."
        got = dict(_pairs(find_dates(text, published=dt.date(year, 10, 30))))
        assert got["the third quarter"] == f"{year}-Q3"
        assert got["a year earlier"] == f"{year - 1}"

    @given(
        pod=st.sampled_from([("night", "NI"), ("evening", "EV"), ("morning", "MO"), ("afternoon", "AF")]),
        form=st.sampled_from(["the {} before", "the previous {}", "the preceding {}"]),
        day=st.dates(dt.date(2024, 1, 10), dt.date(2025, 12, 31)),
    )
    def test_part_of_day_before(self, pod: tuple[str, str], form: str, day: dt.date) -> None:
        """ "The evening before" / "the previous night" is that part of the day before the day last named
        (synthetic text)."""
        named = day - dt.timedelta(days=3)
        phrase = form.format(pod[0])
        text = f"Officials said on {named:%B} {named.day} that the port was shut for hours {phrase}, as feared."
        got = dict(_pairs(find_dates(text, published=day)))
        assert got[phrase] == f"{named - dt.timedelta(days=1)}T{pod[1]}"

    def test_part_of_day_before_a_night(self) -> None:
        """After a night named ("overnight"), "the previous night" is the night before it (synthetic)."""
        text = "Drones struck the city overnight. The previous night, missiles hit the port."
        got = dict(_pairs(find_dates(text, published=dt.date(2025, 7, 10))))
        assert got == {"overnight": "2025-07-09TNI", "The previous night": "2025-07-08TNI"}

    def test_night_before_an_event_left_alone(self) -> None:
        """ "The night before the vote" is anchored to the vote, not to a day named: no mention (synthetic)."""
        text = "He said on Monday that he slept badly the night before the vote."
        assert [m.text for m in find_dates(text, published=dt.date(2025, 7, 10))] == ["Monday"]

    def test_year_earlier_keeps_quarter(self) -> None:
        """With only the quarter named before it, "a year earlier" is that quarter a year back (synthetic)."""
        text = "Profit rose in the third quarter, up 5% from a year earlier."
        assert dict(_pairs(find_dates(text, published=dt.date(1989, 10, 30))))["a year earlier"] == "1988-Q3"

    def test_types(self) -> None:
        """TIMEX3 types: DATE, TIME, DURATION and SET."""
        text = "On Friday morning, after two days, he said so, as he does every week."
        types = [m.type for m in find_dates(text, published=_THU)]
        assert types == [TimexType.TIME, TimexType.DURATION, TimexType.SET]


# --------------------------------------------------------------------------------------------------
# Options


class TestOptions:
    @pytest.mark.parametrize(
        ("kwargs", "words"),
        [
            ({"window": (dt.date(2025, 1, 1), dt.date(2024, 1, 1))}, "reversed"),
            ({"window": (dt.date(2025, 1, 1),)}, "pair"),
            ({"order": "newest"}, "order"),
            ({"published": "Oct. 3"}, "published"),
            ({"published": 20241003}, "published"),
        ],
    )
    def test_bad_options_raise(self, kwargs: dict[str, Any], words: str) -> None:
        """A bad option raises InvalidOptionError (a ValueError) naming the problem."""
        with pytest.raises(InvalidOptionError, match=words):
            find_dates("On Friday.", **kwargs)

    def test_empty_text(self) -> None:
        """No text, no mentions."""
        assert find_dates("") == []


# --------------------------------------------------------------------------------------------------
# Data and patterns


def test_tables_load_from_package() -> None:
    """Every word table and the holiday table load through importlib.resources."""
    lex = lexicon()
    assert lex.months["sept"] == 9
    assert lex.weekdays["sunday"] == 7
    assert lex.units["decades"] == "DE"
    assert holidays()["Christmas"] == "12-25"


def test_every_tense_cue_has_phrases() -> None:
    """Each cue the date resolver reads from data/tense_cues.tsv has phrases; one phrase may carry several cues."""
    from nato_ukraine_timeline._dates._lexicon import _TENSE_CUES, tense_cues

    for cue in _TENSE_CUES:
        assert tense_cues(cue), cue
    assert "scheduled" in tense_cues("future")
    assert "scheduled" in tense_cues("plan_past")
    assert tense_cues("future") == tuple(sorted(tense_cues("future"), key=len, reverse=True))


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("..2022:10-14 2023..:10-01", 2022, dt.date(2022, 10, 14)),
        ("..2022:10-14 2023..:10-01", 2023, dt.date(2023, 10, 1)),
        ("2021..2022:07-28 2023..:07-15", 2020, None),
        ("2021..2022:07-28 2023..:07-15", 2021, dt.date(2021, 7, 28)),
        ("2021..2022:07-28 2023..:07-15", 2030, dt.date(2030, 7, 15)),
        ("12-25", 1990, dt.date(1990, 12, 25)),
        ("2023..:bogus", 2024, None),
    ],
)
def test_year_bounded_holiday_rules(rule: str, year: int, day: dt.date | None) -> None:
    """A holiday that moved is year-bounded rules: the first whose years hold the year gives the day."""
    assert holiday_date(rule, year) == day


def _unbounded_nested(pattern: str) -> list[str]:
    """Repeats with no upper bound that contain another such repeat (the shape of catastrophic backtracking)."""
    from re import _parser  # type: ignore[attr-defined]

    unbounded = _parser.MAXREPEAT
    found: list[str] = []

    def walk(items: Any, inside: bool) -> None:
        for op, av in items:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                _lo, hi, sub = av
                big = hi == unbounded
                if big and inside:
                    found.append(str(sub)[:80])
                walk(sub, inside or big)
            elif name == "SUBPATTERN":
                walk(av[-1], inside)
            elif name == "BRANCH":
                for alt in av[1]:
                    walk(alt, inside)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(av[1], inside)

    walk(_parser.parse(pattern), inside=False)
    return found


class TestCaseTolerant:
    @pytest.mark.parametrize(
        ("pattern", "expected"),
        [
            (r"(?P<rel>this|last)\s+week", r"(?P<rel>[tT]his|[lL]ast)\s+[wW]eek"),
            (r"\bas\b|\u201c|[a-z]+", r"\b[aA]s\b|\u201c|[a-z]+"),
            (r"(?<=in )(?-i:May)(?i:early)", r"(?<=[iI]n )(?-i:May)(?:[eE]arly)"),
        ],
    )
    def test_transformation(self, pattern: str, expected: str) -> None:
        """Lower-case literal words get a first-letter class; escapes, classes, names and flags do not."""
        assert case_tolerant(pattern) == expected

    def test_sentence_initial_forms_match(self) -> None:
        """Capitalised words at a sentence start are still found."""
        text = "Last week NATO met. Yesterday it spoke. Earlier this month it voted. Now it waits."
        assert [m.text for m in find_dates(text, published=_THU)] == [
            "Last week",
            "Yesterday",
            "Earlier this month",
            "Now",
        ]


def test_no_nested_unbounded_repeats() -> None:
    """No pattern nests an unbounded repeat inside another: no input can make it backtrack exponentially."""
    sc = scanner()
    assert _unbounded_nested(sc.combined.pattern) == []
    for pattern in sc.by_name.values():
        assert _unbounded_nested(pattern.pattern) == []


# --------------------------------------------------------------------------------------------------
# Properties

_WORDS = st.sampled_from(
    [*MONTH_NAMES, *MONTH_ABBR, "Monday", "Friday", "last", "next", "this", "the", "a", "week", "year", "years",
     "ago", "earlier", "2024", "1994", "17", "3rd", "two", "four", "or", "five", "every", "Sunday", "now", "on",
     "in", "-", ",", ".", "\n", "past", "quarter", "third", "winter", "mid-", "p.m.", "10", "noon", "Christmas",
     "F-16", "Su-34", "99%", "$50", "Article", "5", "will", "said", "day", "days", "2025-02-17", "fiscal", "'s"]
)  # fmt: skip
DATEY_TEXT = st.lists(_WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), DATEY_TEXT)


@given(ANY_TEXT, st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
@example("Feb. 30 and Sept. 31, 2024; 2024-02-30", None)
@example("May May May 31 May", dt.date(1, 1, 1))
@example("Dec. 31", dt.date(9999, 12, 31))
def test_never_raises_and_offsets_match(text: str, published: dt.date | None) -> None:
    """find_dates never raises on any string, and every span indexes the text."""
    for m in find_dates(text, published=published):
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip()
        assert m.value.earliest is None or m.value.latest is None or m.value.earliest <= m.value.latest


@given(
    st.dates(dt.date(1800, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(["{M} {d}, {y}", "{d} {M} {y}", "{y}-{mm}-{dd}"]),
    st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
    st.sampled_from(["He said on {date} that it will end.", "{date}: talks began.", "By {date}, it was over."]),
)
def test_explicit_year_never_moves(day: dt.date, form: str, published: dt.date | None, sentence: str) -> None:
    """A date written with its year resolves to exactly that date, whatever the publication date."""
    month = MONTH_NAMES[day.month - 1]
    written = form.format(M=month, d=day.day, y=day.year, mm=f"{day.month:02d}", dd=f"{day.day:02d}")
    mentions = find_dates(sentence.format(date=written), published=published)
    assert [(m.text, m.timex, m.value.basis) for m in mentions] == [(written, day.isoformat(), Basis.EXPLICIT)]


@st.composite
def _window(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    first = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
    days = draw(st.integers(366, 3 * 366))
    return first, first + dt.timedelta(days=days)


_YEARLESS = st.one_of(
    st.builds(lambda m, d: f"{MONTH_ABBR[m - 1]} {d}", st.integers(1, 12), st.integers(1, 28)),
    st.builds(lambda m: f"in {MONTH_NAMES[m - 1]}", st.integers(1, 12)),
    st.sampled_from(["this winter", "in the summer", "the third quarter", "at Christmas", "in autumn"]),
)


@given(st.lists(_YEARLESS, min_size=1, max_size=8), _window(), st.sampled_from(["\n", ". ", "; then "]))
def test_without_year_a_date_lies_in_the_window(parts: list[str], window: tuple[dt.date, dt.date], sep: str) -> None:
    """Without an explicit year or publication date, a day, month, season or quarter lies inside the window."""
    text = sep.join(f"Ministers met {p}" for p in parts)
    for m in find_dates(text, window=window):
        if m.type is TimexType.DATE and m.value.earliest is not None and m.value.latest is not None:
            assert window[0] <= m.value.earliest
            assert m.value.latest <= window[1]


@given(
    st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31)),
    st.lists(st.integers(0, 60), min_size=1, max_size=12),
    st.sampled_from([MONTH_ABBR, MONTH_NAMES]),
)
def test_newest_first_feed_recovered(newest: dt.date, gaps: list[int], names: tuple[str, ...]) -> None:
    """A newest-first feed of year-less dates spanning less than a year gets every date back exactly."""
    days = [newest]
    for gap in gaps:
        days.append(days[-1] - dt.timedelta(days=gap))
    assume(days[0] - days[-1] < dt.timedelta(days=365))
    window = (dt.date(days[-1].year, 1, 1), dt.date(days[0].year, 12, 31))
    feed = "\n".join(f"Item {i}: NATO ministers met on {names[d.month - 1]} {d.day}." for i, d in enumerate(days))
    got = find_dates(feed, order="newest first", window=window)
    assert [m.timex for m in got] == [d.isoformat() for d in days]
    assert not any(m.value.uncertain for m in got)


def _operations(text: str) -> int:
    """Python-level calls (and C calls) made by find_dates: a deterministic measure of work."""
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        find_dates(text, published=_THU)
    finally:
        sys.setprofile(None)
    return count


@given(DATEY_TEXT.filter(lambda t: len(t) > 20))
def test_work_grows_linearly(text: str) -> None:
    """Doubling a long text (8 -> 16 copies) at most about doubles the work: no superlinear step."""
    find_dates("warm up on Friday")
    eight, sixteen = _operations((text + "\n") * 8), _operations((text + "\n") * 16)
    assert sixteen <= 2.2 * eight + 300


def test_adversarial_inputs_finish() -> None:
    """Long runs of the characters the patterns repeat on are handled (and yield no dates)."""
    for text in (" " * 20000, "1" * 20000, "the " * 5000, "May " * 5000, "-" * 20000, "a.m. " * 4000):
        find_dates(text)


# --------------------------------------------------------------------------------------------------
# The command line


class TestCommand:
    def test_dates_json_on_seed(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`nato-timeline dates --format json` prints the seed's mentions with values and bases."""
        assert main(["dates", "--format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert len(rows) == len(find_dates(_seed_text(), order="newest first"))
        assert rows[0]["text"] == "Feb. 17"
        assert rows[0]["timex"] == "2025-02-17"
        assert {"basis", "reason", "edtf", "earliest", "latest", "type"} <= set(rows[0])

    def test_dates_table_and_jsonl(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file with --published, as a table and as JSON Lines."""
        path = tmp_path / "news.txt"
        path.write_text("Rutte met Zelensky on Tuesday.\n", encoding="utf-8")
        assert main(["dates", str(path), "--published", "2024-10-03"]) == 0
        assert "2024-10-01" in capsys.readouterr().out
        assert main(["dates", str(path), "--published", "2024-10-03", "--format", "jsonl"]) == 0
        source, mention = iter_jsonl(io.StringIO(capsys.readouterr().out))  # tagged records: iter_jsonl reads them
        assert source == Source(id=str(path), published=dt.date(2024, 10, 3))
        assert mention.value.basis is Basis.PUBLISHED_TENSE

    def test_bad_published_is_a_usage_error(self) -> None:
        """An impossible --published date exits with status 2."""
        with pytest.raises(SystemExit) as exc:
            main(["dates", "--published", "2024-13-01"])
        assert exc.value.code == 2


# --------------------------------------------------------------------------------------------------
# TempEval-3 (when the shared data is there)


def test_tempeval3_targets() -> None:
    """On the TempEval-3 training corpus: relaxed F1 >= 0.90 and value F1 >= 0.80."""
    if not TE3.exists():
        pytest.skip(f"{TE3} not found")
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tempeval3"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    scores = module.score(module.find_dates_system, module.load_docs(TE3))
    assert scores.relaxed[2] >= 0.90
    assert scores.value[2] >= 0.80
