"""Resolution without a publication date: a text as a feed of items, one global decision.

A feed (a tag page, a timeline) lists items one per line or paragraph, newest or oldest first, with no
publication date. Each item has its own date; the items' dates are monotone in the feed's order, but
for the rare item about another time. The steps, each a function over one record per mention:

1. :func:`split_items` -- the items: the text's non-blank lines (a paragraph is a line between blank
   lines);
2. :func:`item_dates` -- each item's date (its first day-precise date) and the occurrences its own
   evidence allows: an explicit year next to it, the terms of office named in its sentence, the
   window. Evidence never crosses items;
3. :func:`decide_order` -- the order: given, or the one whose best assignment of years needs clearly
   fewer items out of order than the other's (never guessed on a text that is no feed);
   :func:`item_bounds` -- an item with no day-precise date whose titles of office bound its date (rule
   ``item-terms-bound``): it takes part in step 4's chain, never in step 3;
4. :func:`assign_dates` -- one global decision: the longest monotone chain of item dates (fewest items
   out of order, then the most compact span); an item some best assignments date differently stays
   uncertain with every reading; an item out of order takes the occurrence nearest its neighbours,
   and an explicit date that breaks the order says so in its reason (an item left out costs a year of
   span, as in step 3: rule ``assign-as-detected``); with no order given or detected, the items' places
   decide no year (rule ``undecided-stays-open``);
5. :func:`read_within_items` -- the other expressions of an item read against the item's date, or,
   in an item with no date, against the interval its neighbours' dates bound.

The result, a :class:`FeedReading`, gives every mention its value or reference and every item its date
(:func:`nato_ukraine_timeline.read_feed` is the public face).

The general rules the steps apply that a reader may want to look up by name are listed in :data:`RULES`
(name, step, the form they read, synthetic feeds as examples that ``tests/test_feed_rules.py`` runs).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from attrs import define, evolve, field, frozen

from nato_ukraine_timeline._dateargs import ORDERS
from nato_ukraine_timeline._dateline import dateline_of_day
from nato_ukraine_timeline._resources import alternation, tsv_rows
from nato_ukraine_timeline._timex import DAY_VALUE, interval_of
from nato_ukraine_timeline.model import Basis, DateValue

from ._ages import COUNTS_FROM
from ._lexicon import lexicon
from ._resolve import (
    RANGE_START_WHY,
    WRITTEN_BESIDE_WHY,
    Reference,
    candidates_in,
    make_value,
    occurrence,
    resolve,
    tense_of,
    x_form,
)

if TYPE_CHECKING:
    from ._read import Spec

__all__ = [
    "RULES",
    "FeedItem",
    "FeedReading",
    "FeedRule",
    "MentionRecord",
    "anniversary_origins_apart",
    "apposed_weekday",
    "assign_dates",
    "decide_order",
    "event_day",
    "event_month",
    "events_named",
    "item_bounds",
    "item_dateline_day",
    "item_dates",
    "near_chain",
    "read_beside",
    "read_within_items",
    "resolve_feed",
    "sentence_date_weighs",
    "split_items",
    "terms_against_chain",
    "title_at_writing",
    "weekday_in_item",
    "weekday_refuses_year",
    "written_after",
    "year_bounds_a_period",
    "year_shifted",
]

_MAX_CANDIDATES: Final = 24  # occurrences per item the order weighs (a window of 24 years); wider: undecided
_OUT_OF_ORDER: Final = 180  # days: an item out of order costs what half a year of span costs
_SLACK: Final = dt.timedelta(days=7)
_ORDER_SLACK: Final = dt.timedelta(days=2)  # rule order-slack: the days around its own an item reports
_SHUFFLES: Final = 30  # random orders the permutation test compares a feed's order with
_TIE: Final = 7  # days: chains whose costs differ by less are equally good
_REACH: Final = 8  # a chain of item dates leaves out at most seven items in a row
_YEAR: Final = 365  # days: what an item out of order costs when the order is detected
_ASSIGN_OUT: Final = _YEAR  # days: what an item out of the chain costs in the assignment (rule assign-as-detected)
_PROBE: Final = 16  # days between the reads of an item's terms of office over the window
_LIMIT_OUT: Final = 180  # days: what an item whose date is a period's limit costs out of the assigned chain (limit-day)
_BOUND_OUT: Final = 30  # days: what an item with no date of its own costs out of the chain (item-terms-bound)
_CHANCE: Final = 1 / 100  # confidence: the largest chance that a random order of the dated items is as monotone
_FEWEST_DATED: Final = 3  # dated items an order is detected from (rule order-from-three)
_NEAR_FEWEST: Final = 6  # dated items rule near-chain-out counts again from (with fewer, one item out is chance's)
_NEAR_PACE: Final = 70  # days per item listed: the longest step of a near chain (rule near-chain-out), ten weeks
_YEARLESS: Final = frozenset({"md", "month", "season", "quarter", "holiday"})

# A function that, given a sentence, returns for each title of office named in it a test of the days
# it allows and the reason.
TermsOf = Callable[[str], list[tuple[Callable[[dt.date], bool], str]]]


@define
class MentionRecord:
    """One temporal expression as the feed steps see it."""

    index: int  # position in find_dates' scan
    start: int
    end: int
    spec: Spec
    item: int
    sentence: tuple[int, int]
    given: DateValue | None = None  # decided before the feed steps (an explicit year in the sentence)
    value: DateValue | None = None  # decided by the feed steps
    ref: Reference | None = None  # the date the resolver reads it against
    nearest: bool = False  # read as the occurrence nearest ``ref``, whatever the tense


@frozen(kw_only=True)
class FeedItem:
    """One item of a feed: its span, its own date (None: it names none), and its place in the order.

    ``date`` is the value of the item's first day-precise date as the whole feed resolved it;
    ``bounds`` is, for an item with no date of its own, the interval its neighbours' dates bound
    (basis ``document order``), else None.
    """

    index: int
    start: int
    end: int
    date: DateValue | None = None
    bounds: DateValue | None = None
    in_order: bool = True


@frozen(kw_only=True)
class FeedReading:
    """What the feed steps decided: the order (None: not a feed, or undecided), whether it is
    ``confident``, why (``order_reason``), and each item's date."""

    order: str | None
    order_reason: str
    items: tuple[FeedItem, ...]
    confident: bool = False  # the order given, or detected from enough items that chance cannot explain it

    def item_at(self, offset: int) -> FeedItem | None:
        """The item whose span holds ``offset`` (None: between items or outside the text)."""
        starts = [it.start for it in self.items]
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0 or offset > self.items[k].end:
            return None
        return self.items[k]

    def date_at(self, offset: int) -> DateValue | None:
        """The date an undated statement or event at ``offset`` takes from its item: the item's own date,
        else the interval its neighbours' item dates bound; None when neither is known."""
        item = self.item_at(offset)
        if item is None:
            return None
        return item.date if item.date is not None else item.bounds


@frozen(kw_only=True)
class FeedRule:
    """One named rule of the feed steps: the step it belongs to, the form it reads (in words), and
    examples: a synthetic feed (no publication date, ``order=None``) with the TIMEX3 value each of the
    listed date texts gets in it."""

    name: str
    step: str  # the function of this module that applies it
    form: str
    examples: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


RULES: Final[tuple[FeedRule, ...]] = (
    FeedRule(
        name="order-pace",
        step="decide_order",
        form=(
            "a detected order's chain of item dates steps at most half a year per item listed: a step between "
            "two dated items spans the undated items between them (a timeline of sparse dates moves months "
            "between its dated items; shuffled items need a year between neighbours)"
        ),
        examples=(
            (
                (
                    "Ministers met on Dec. 10.\nEnvoys met on Nov. 30.\nLeaders met again.\nMinisters spoke.\n"
                    "Envoys met.\nTalks opened on May 20.\nTalks went on on April 15.\nTalks began on March 3.\n"
                    "Talks were announced on Jan. 15, 2024.\n"
                ),
                (("Dec. 10", "2024-12-10"), ("Nov. 30", "2024-11-30"), ("May 20", "2024-05-20")),
            ),
        ),
    ),
    FeedRule(
        name="order-by-chance",
        step="decide_order",
        form=(
            "a detected order is confident only when the dated items could hardly fall that way by chance: the "
            "expected number of chains as long and as tight as the detected one in a random order of the same "
            "items (either way, items of one month-day fitting both; an item's free year letting a chain over r "
            "calendar years be r runs of month-days in order, one over less than a year any rotation of one "
            "order), times the number of such classes the items allow, is at most 1 in 100; five bare dates all "
            "in order (1 in 60) still give the order, as a weak guess; eight within one calendar year do (3 in "
            "20,160), eight that need two runs over two years do not (3 in 79)"
        ),
        examples=(
            (
                (
                    "Ministers met on Feb. 17.\nEnvoys met on Jan. 30.\nTalks were held on Jan. 9.\n"
                    "Leaders spoke on Dec. 18.\nTalks opened on Nov. 20, 2024.\n"
                ),
                (("Feb. 17", "2025-02-17"), ("Jan. 9", "2025-01-09"), ("Dec. 18", "2024-12-18")),
            ),
        ),
    ),
    FeedRule(
        name="order-slack",
        step="decide_order",
        form=(
            "the chains whose costs decide the order allow a step of up to two days against it (items of a few days "
            "report the days around them in either order: an item of Sept. 4 announcing a meeting on Sept. 5 before "
            "an item of Sept. 8 recalling Sept. 3), when the costs so read tell one order by half a year; else the "
            "chains with no slack decide, unless the costs with slack prefer the other order (then no order). The "
            "order's confidence is tested with no slack, as the shuffled orders it is compared with"
        ),
        examples=(
            (
                (
                    "Talks began on July 8.\nLeaders will meet on Sept. 5.\nMinisters met on Sept. 4.\n"
                    "Envoys met on Sept. 4.\nOfficials said envoys met on Sept. 3.\nTalks resumed on Feb. 24.\n"
                    "Talks went on on May 16.\n"
                ),
                (("July 8", "2024-07-08"), ("Sept. 3", "2024-09-03"), ("Feb. 24", "2025-02-24")),
            ),
            (
                (
                    "Talks began on Oct. 28.\nLeaders will meet on Dec. 5.\nMinisters met on Dec. 4.\n"
                    "Envoys met on Dec. 3.\nTalks resumed on Feb. 24.\n"
                ),
                (("Oct. 28", "2024-10-28"), ("Dec. 5", "2024-12-05"), ("Feb. 24", "2025-02-24")),
            ),
        ),
    ),
    FeedRule(
        name="item-decided-date",
        step="item_dates",
        form=(
            "an item's date that its own evidence leaves with several occurrences takes the one nearest a "
            "date of the same item whose year the item's text decides (a year written with it, a weekday "
            "only one occurrence in the window agrees with), when that date lies in the window"
        ),
        examples=(
            (
                (
                    "Envoys met again on June 12.\nTalks ended on June 2.\n"
                    "Talks resumed on May 20, after a first round on Friday, May 16.\nTalks were planned on May 2.\n"
                ),
                (("May 20", "2025-05-20"), ("June 12", "2025-06-12"), ("May 2", "2025-05-02")),
            ),
            (
                "Leaders met on March 3 and agreed to meet again on April 14, 2025.\nTalks ended on Feb. 20.\n",
                (("March 3", "2025-03-03"),),
            ),
        ),
    ),
    FeedRule(
        name="item-terms-bound",
        step="item_bounds",
        form=(
            'an item with no day-precise date whose titles of office leave only part of the window ("President '
            'Donald Trump": from 2025-01-20) still stands in the detected order: the chain of item dates passes '
            "it inside those days, or leaves it out at a month's cost (weak evidence: it decides between chains "
            "about equally good, as the two years of a feed that names no year); it gives no mention a value"
        ),
        examples=(
            (
                (
                    "Ministers met on March 12.\nEnvoys met on March 3.\n"
                    "U.S. President Donald Trump spoke with European leaders by phone.\n"
                    "Talks were held on Feb. 20.\nTalks opened on Feb. 2.\n"
                ),
                (("March 12", "2025-03-12"), ("March 3", "2025-03-03"), ("Feb. 2", "2025-02-02")),
            ),
            (
                (
                    "Talks opened on Feb. 2.\nTalks were held on Feb. 20.\n"
                    "NATO Secretary General Mark Rutte visited the troops.\n"
                    "Envoys met on Nov. 3.\nMinisters met on Nov. 12.\n"
                ),
                (("Feb. 2", "XXXX-02-02"), ("Nov. 12", "XXXX-11-12")),
            ),
        ),
    ),
    FeedRule(
        name="written-after-recounted",
        step="written_after",
        form=(
            "an item with no date of its own is written after a time it recounts in a clause that looks back, "
            "written with its year and beginning inside the window ('held since August 2024', 'their first swap of "
            "2025'), and before a time it announces in a future clause, written with its year and ending inside "
            "the window ('will vote in March 2025'): once the order is chosen (given or detected from the dated "
            "items alone, never in detecting it: a bound in a list that is no feed would make an order that is "
            "not there), the bound joins the item's titles of office in rule item-terms-bound's chain, so it "
            "decides between the years a feed of bare month-days allows; it gives no mention a value "
            "(twenty-eighth session, feeds28)"
        ),
        examples=(
            (
                (
                    "Envoys met on Jan. 9.\nTalks were held on Feb. 22.\n"
                    "Officials said the town had been held by the army since August 2024.\nMinisters met on May 25.\n"
                ),
                (("Jan. 9", "2025-01-09"), ("Feb. 22", "2025-02-22"), ("May 25", "2025-05-25")),
            ),
            (
                (
                    "Envoys met on Jan. 9.\nTalks were held on Feb. 22.\n"
                    "Officials said the next round of talks will be held in June 2024.\nMinisters met on May 25.\n"
                ),
                (("Jan. 9", "2024-01-09"), ("May 25", "2024-05-25")),
            ),
            (  # no year written in the undated item: both readings stay
                (
                    "Envoys met on Jan. 9.\nTalks were held on Feb. 22.\n"
                    "Officials said the town had been held by the army for months.\nMinisters met on May 25.\n"
                ),
                (("Jan. 9", "XXXX-01-09"), ("May 25", "XXXX-05-25")),
            ),
        ),
    ),
    FeedRule(
        name="weekday-over-sentence-year",
        step="weekday_refuses_year",
        form=(
            "a year-less date written with its weekday ('Thursday, October 31') is not read in a year written "
            "elsewhere in its sentence ('... passed the budget for 2025') when the day falls on another weekday in "
            "that year: the weekday names the date's own year, and the date is read as any year-less day of its "
            "item (the one occurrence of the window on its weekday, rule item-decided-date) (twenty-eighth session, "
            "feeds28)"
        ),
        examples=(
            (
                "On Thursday, October 31, the parliament passed the draft budget for 2025 in a first reading.\n",
                (("Thursday, October 31", "2024-10-31"),),
            ),
            (  # the weekday agrees with the sentence's year: that year, as before
                "On Friday, October 31, the parliament passed the draft budget for 2025 in a first reading.\n",
                (("Friday, October 31", "2025-10-31"),),
            ),
        ),
    ),
    FeedRule(
        name="bound-items-weigh",
        step="decide_order",
        form=(
            "the items rule item-terms-bound finds weigh in the chains whose costs decide the order (one left "
            "out costing a month's share), never in the count of dated items nor in the order's confidence: "
            "titles held in turn (a president-elect, then the president) show which way a feed runs"
        ),
        examples=(
            (
                (
                    "Ministers met on June 2.\nMinisters met on Oct. 14.\n"
                    "President-elect Donald Trump named his envoy.\n"
                    "Ministers met on March 3.\nU.S. President Donald Trump spoke with European leaders by phone.\n"
                    "Ministers met on July 8.\n"
                ),
                (
                    ("June 2", "2024-06-02"),
                    ("Oct. 14", "2024-10-14"),
                    ("March 3", "2025-03-03"),
                    ("July 8", "2025-07-08"),
                ),
            ),
        ),
    ),
    FeedRule(
        name="away-item",
        step="resolve_feed",
        form=(
            "an item whose date is out of the feed's order (about another time: an anniversary, a war's start, "
            "a summit months ahead) keeps its date for its own expressions but bounds no neighbour: an undated "
            "item is bounded by the nearest items in the order"
        ),
        examples=(
            (
                (
                    "Ministers met on Feb. 10.\nEnvoys met on Jan. 28.\n"
                    "The council marked the day the war began, Feb. 24, 2022.\n"
                    "Officials said the next aid package would arrive in June.\nTalks were held on Jan. 9.\n"
                    "Talks opened on Dec. 12, 2024.\n"
                ),
                (("June", "2025-06"), ("Feb. 24, 2022", "2022-02-24"), ("Jan. 28", "2025-01-28")),
            ),
        ),
    ),
    FeedRule(
        name="end-item-side",
        step="resolve_feed",
        form=(
            "an item the chain of item dates leaves out (its date would stretch the chain by more than half a "
            "year) that stands before the first or after the last item of the chain lies on the side of that "
            "one neighbour the order puts it: newer above it in a feed newest first, older below it; it takes "
            "the occurrence nearest the neighbour on that side, when it has one, not the nearest either way"
        ),
        examples=(
            (
                (
                    "Envoys met on Oct. 23.\nTalks were held on May 8, 2025.\nMinisters met on May 20.\n"
                    "Leaders spoke on June 3.\nEnvoys met again on June 15.\n"
                ),
                (("Oct. 23", "2024-10-23"), ("May 20", "2025-05-20")),
            ),
            (
                (
                    "Envoys met again on June 15.\nLeaders spoke on June 3.\nMinisters met on May 20.\n"
                    "Talks were held on May 8, 2025.\nEnvoys met on Oct. 23.\n"
                ),
                (("Oct. 23", "2024-10-23"), ("June 3", "2025-06-03")),
            ),
        ),
    ),
    FeedRule(
        name="year-shifted-date",
        step="year_shifted",
        form=(
            'a year-less day written with a year counted from the item\'s own day ("March 7 last year", "June 2 '
            "next year\") lies a year away from the item: it is not the item's date and takes no part in the chain "
            "of item dates (nor in the order's detection); it is read, with its year shift, against the item's "
            'other date or, in an item with no other date, against its neighbours\' ("this year" still dates '
            "the item)"
        ),
        examples=(
            (
                (
                    "Ministers met on Feb. 10.\nEnvoys met on Jan. 28.\n"
                    "The minister recalled the deal signed on March 7 last year.\nTalks were held on Jan. 9.\n"
                    "Talks opened on Dec. 12, 2024.\n"
                ),
                (("March 7 last year", "2024-03-07"), ("Jan. 28", "2025-01-28")),
            ),
            (
                (
                    "Talks opened on Feb. 2, 2025.\nEnvoys met on Feb. 14.\n"
                    "The minister said the plan would start on March 1 next year.\nMinisters met on Feb. 26.\n"
                ),
                (("March 1 next year", "2026-03-01"), ("Feb. 26", "2025-02-26")),
            ),
        ),
    ),
    FeedRule(
        name="weekday-apposed-date",
        step="apposed_weekday",
        form=(
            'a weekday followed at once by a year-less date in brackets ("on Friday (July 4)", "Thursday (17 '
            'July)"), or by a part of the day and a comma before the date ("on Tuesday evening, Oct. 8", '
            '"Thursday morning, 5 December": eighteenth session) names one day: the date is read as written '
            'with its weekday ("Friday, July 4"): the '
            "occurrences of the window on that weekday, and one alone decides the item's year (rule "
            "item-decided-date); the weekday takes the date's value when the two agree"
        ),
        examples=(
            (
                "Speaking to reporters on Friday (July 4), the minister said talks would go on.\n",
                (("Friday", "2025-07-04"), ("July 4", "2025-07-04")),
            ),
            (
                "Ministers met on Dec. 3.\nEnvoys met on Sunday (13 April) and again on April 20.\n",
                (("13 April", "2025-04-13"), ("April 20", "2025-04-20")),
            ),
            (  # eighteenth session (feeds18): a part of the day between the weekday and the date
                "Drones struck the port on Tuesday evening, Oct. 8, officials said.\n",
                (("Tuesday evening", "2024-10-08TEV"), ("Oct. 8", "2024-10-08")),
            ),
            (
                "Envoys met on Thursday morning, 13 February, and again a week later.\n",
                (("Thursday morning", "2025-02-13TMO"), ("13 February", "2025-02-13")),
            ),
        ),
    ),
    FeedRule(
        name="weekday-in-item",
        step="item_dates",
        form=(
            "an item's date with no year that its own evidence leaves in several years of the window, in an item "
            "that also names bare weekdays ('on 1 June ... the strike on Sunday'), is read in the one year where it "
            "falls on a weekday the item names: the item reports the days of its week by their weekdays and its main "
            "day by its date. None or both of its occurrences on such a weekday: nothing is decided; a dateline's day "
            "('KYIV, June 1 (Wire) -- ... said on Saturday') decides nothing, as a wire names the day before its own "
            "by its weekday as often as the same (twenty-ninth session, feedsb29)"
        ),
        examples=(
            (  # synthetic: 1 June is a Sunday in 2025 and a Saturday in 2024
                (
                    "Drones struck an air base on 1 June. The strike on Sunday destroyed several bombers.\n"
                    "Ministers met in Rome.\n"
                ),
                (("1 June", "2025-06-01"), ("Sunday", "2025-06-01")),
            ),
            (  # synthetic: the weekday falls on neither occurrence of the date: nothing decided
                "Drones struck an air base on 1 June. Officials met again on Tuesday.\nMinisters met in Rome.\n",
                (("1 June", "XXXX-06-01"),),
            ),
            (  # synthetic: a dateline's day and a weekday: nothing decided
                "KYIV, June 1 (Wire) -- Officials said on Saturday that talks would resume.\nMinisters met in Rome.\n",
                (("June 1", "XXXX-06-01"),),
            ),
        ),
    ),
    FeedRule(
        name="near-chain-out",
        step="near_chain",
        form=(
            "where the only test the cheaper order fails is that its best chain leaves out one dated item too many "
            "(an item out costing half a year, a chain dropping an end item half a year from its neighbours costs "
            "within days of one keeping it), the items out are counted again over the chains within a week of the "
            "best, as the assignment reads its ties, and read from one such chain: the order stands when, of six "
            "dated items or more, that chain leaves out one at most (a time an item recalls: a date written with its "
            "year that breaks the order) and spans half a year at least, the other order's chain costs a year more, "
            "the near chains step at most ten weeks per item listed (rule order-pace's half a year lets shuffled "
            "items through here), keep every item whose year-less date its own text decides (a weekday, a title of "
            "office, a dated day of the same item) and keep more of the items whose year their own text decides than "
            "the best chain does. Its confidence is tested as any order's; else nothing changes (thirtieth session, "
            "feedsu30)"
        ),
        examples=(
            (  # synthetic: the first item half a year before the next; the cables' day a recalled time
                (
                    "Ministers met in Rome on July 2.\nEnvoys spoke.\nLeaders met.\nStarting from January 1, 2025, "
                    "the new tariffs applied, officials said.\nAides met.\nEnvoys met in Oslo on May 9.\n"
                    "Prosecutors said the cables were damaged on December 25, 2024.\nTalks were held in Riga on "
                    "Sept. 10.\nLeaders met in Bern on Oct. 3.\nOn Thursday, Oct. 16, leaders spoke by phone.\n"
                    "Ministers met in Vilnius on Tuesday, Nov. 18.\n"
                ),
                (("July 2", "2024-07-02"), ("May 9", "2025-05-09"), ("Sept. 10", "2025-09-10")),
            ),
        ),
    ),
    FeedRule(
        name="term-begins-in-coming-month",
        step="read_within_items",
        form=(
            "a year-less month, season or holiday that the terms of office named in its sentence allow in one "
            "occurrence of the window, where a term begins inside that occurrence and its clause does not look "
            "back (a future, present or no tense: 'will leave in January', 'is intending to resign in January'), "
            "is not decided by the terms: the text can be written later in the term, when the coming one is "
            "next year's, so both readings stay open (uncertain, with both as alternatives); a clause that looks "
            "back, or an occurrence the terms allow whole, keeps the one reading (eighteenth session)"
        ),
        examples=(
            (
                "Ministers met on Nov. 3.\nPresident Donald Trump's envoy will leave his post in January.\n",
                (("January", "XXXX-01"),),
            ),
            (
                "Ministers met on Nov. 3.\nPresident Donald Trump's envoy will visit Kyiv in March.\n",
                (("March", "2025-03"),),
            ),
            (
                "Ministers met on Nov. 3.\nPresident Donald Trump's envoy took up his post in January.\n",
                (("January", "2025-01"),),
            ),
        ),
    ),
    FeedRule(
        name="title-at-writing",
        step="title_at_writing",
        form=(
            "a year-less month, season or holiday in an item with no date of its own, in a feed with an order, that "
            "the terms of office named in its sentence allow in one occurrence of the window is not read by the "
            "terms when that occurrence lies after every day the item's neighbours allow, where a clause that looks "
            "back cannot put it (a past September after the newer of them) nor any clause more than half a year on "
            "(only after: an item's date can be a day it announces, so the older neighbour may lie after the day "
            "an item is written; a count of an event's age, rule event-age-bound, dates the event and is kept): a "
            "title names its holder when the item is written ('recalled meeting President Donald Trump in "
            "September', written in December after the election), not when the event it recalls "
            "took place: under a confident order the neighbours' days read it (rule interval-readings); under a weak "
            "guess (a list that may be no feed, whose neighbours' years are chance's) the title's reading and the "
            "occurrence nearest the neighbours stay open, uncertain with both; with no order the terms decide as "
            "before (twenty-sixth session, feeds26: letting a weak guess's neighbours decide raised the decided-wrong "
            "values of shuffled items on two transfer sets)"
        ),
        examples=(
            (
                (
                    "Ministers met on Feb. 20.\nEnvoys met on Feb. 11.\nTalks were held on Jan. 28.\n"
                    "Leaders spoke on Jan. 15.\nEnvoys spoke on Jan. 3.\nMinisters met on Dec. 18.\n"
                    "The president said he had met President Donald Trump in September.\nTalks were held on Dec. 4."
                    "\nLeaders met on Nov. 21.\nEnvoys met on Nov. 9.\nMinisters spoke on Oct. 28, 2024.\n"
                ),
                (("September", "2024-09"), ("Dec. 18", "2024-12-18")),
            ),
            (  # a reading the neighbours' days allow: the terms still decide it
                (
                    "Ministers met on Feb. 20.\nEnvoys met on Feb. 11.\nTalks were held on Jan. 28.\n"
                    "Leaders spoke on Jan. 15.\nEnvoys spoke on Jan. 3.\nMinisters met on Dec. 18.\n"
                    "President Donald Trump will host the talks in March.\nTalks were held on Dec. 4."
                    "\nLeaders met on Nov. 21.\nEnvoys met on Nov. 9.\nMinisters spoke on Oct. 28, 2024.\n"
                ),
                (("March", "2025-03"), ("Dec. 4", "2024-12-04")),
            ),
        ),
    ),
    FeedRule(
        name="order-from-three",
        step="decide_order",
        form=(
            "three items with a day-precise date are enough to detect the order, as a weak guess (never "
            "confident: rule order-by-chance), when the best chain one way is at least half a year more compact "
            "than the other way's and leaves at most one of them out: the same test as for more items (a feed "
            "covers a period without gaps of a year); two dated items tell no order"
        ),
        examples=(
            (
                (
                    "Ministers met on Feb. 17.\nEnvoys spoke.\nTalks were held on Jan. 9.\nLeaders met.\n"
                    "Leaders spoke on Dec. 18.\nEnvoys met again.\n"
                ),
                (("Feb. 17", "2025-02-17"), ("Jan. 9", "2025-01-09"), ("Dec. 18", "2024-12-18")),
            ),
            (
                "Ministers met on Feb. 17.\nEnvoys spoke.\nLeaders spoke on Dec. 18.\n",
                (("Feb. 17", "XXXX-02-17"), ("Dec. 18", "XXXX-12-18")),
            ),
        ),
    ),
    FeedRule(
        name="year-as-limit",
        step="year_bounds_a_period",
        form=(
            'a year written after a word of a time limit (data/year_limits.tsv: "until 2025", "through 2026", '
            '"by 2030", "until the end of 2025") ends a period that runs past the sentence\'s other dates: it '
            "does not date a year-less date of its sentence, which the item's other evidence and the feed's order "
            "date instead (a year after any other word still does)"
        ),
        examples=(
            (
                (
                    "Ministers met on Dec. 10.\n"
                    "On Oct. 2, the government asked parliament to extend the programme until 2025, before the "
                    "budget year ends on Oct. 31.\n"
                    "Envoys met on Sept. 12.\nTalks opened on Aug. 20, 2024.\n"
                ),
                (("Oct. 2", "2024-10-02"), ("Oct. 31", "2024-10-31"), ("Dec. 10", "2024-12-10")),
            ),
            (
                "Talks ended on Feb. 20.\nIn 2025, ministers met on March 3 and agreed a plan.\n",
                (("March 3", "2025-03-03"),),
            ),
        ),
    ),
    FeedRule(
        name="interval-readings",
        step="read_across_interval",
        form=(
            "a year-less date (day, month, season, quarter, holiday) in an item with no date of its own between two "
            "dated items is read against every day of the interval they bound, the tense deciding as against any "
            "reference day; a reading is kept where it agrees with the clause's tense (a past one not after that "
            "day, a future one not before it), lies within half a year of that day (a year-less date in news is "
            "near the day it is written) and inside the window; two or more kept readings leave the value "
            "uncertain with every one as an alternative, the reason naming both neighbours; one kept reading is the "
            "value (fifteenth session: was the middle's reading); none keeps the reading against the middle of the "
            "interval. A day written with a year counted from the item's (rule year-shifted-date) is read against "
            "every day, whatever the tense and however far from it"
        ),
        examples=(
            (
                (
                    "Ministers met on May 5.\nEnvoys met on April 10.\nOfficials said the deal was signed in "
                    "March.\nLeaders spoke.\nEnvoys spoke.\nTalks were held on Aug. 20.\nTalks opened on July "
                    "30, 2024.\n"
                ),
                (("March", "XXXX-03"), ("April 10", "2025-04-10"), ("Aug. 20", "2024-08-20")),
            ),
            (
                (
                    "Ministers met on March 17.\nEnvoys met on Feb. 20.\nOfficials said the plan agreed in "
                    "December would hold.\nLeaders spoke on Oct. 18.\nTalks opened on Sept. 20, 2024.\n"
                ),
                (("December", "2024-12"),),
            ),
        ),
    ),
    FeedRule(
        name="end-item-interval",
        step="read_across_interval",
        form=(
            "an item with no date of its own before the first or after the last dated item of a feed with an order "
            "lies on the side of its one dated neighbour that the order puts it (newer above it in a feed newest "
            "first), within half a year of it (rule order-pace's step) and inside the window: its year-less dates are "
            "read against every day of that half year as rule interval-readings reads an interval (one reading "
            "kept: that one; two or more: uncertain with both; none: the reading against the neighbour's day)"
        ),
        examples=(
            (
                (
                    "Officials said the plan agreed in August had worked.\nMinisters met on May 29.\n"
                    "Envoys met on May 8.\nTalks opened on April 20, 2025.\n"
                ),
                (("August", "2025-08"), ("May 29", "2025-05-29")),
            ),
            (
                (
                    "Ministers met on Feb. 10.\nEnvoys met on Jan. 28.\nTalks opened on Jan. 9, 2025.\n"
                    "Officials said the summit would be held in October.\n"
                ),
                (("October", "2024-10"), ("Feb. 10", "2025-02-10")),
            ),
        ),
    ),
    FeedRule(
        name="event-age-bound",
        step="item_dates",
        form=(
            "a sentence that counts the age of a well-known event (data/counted_events.tsv: the full-scale invasion, "
            "NATO's founding, the Victory of 1945) with words of data/age_words.tsv ('the third anniversary of the "
            "invasion', 'the war, now in its fourth year', 'three years since the invasion', 'the 75th anniversary of "
            "the Alliance') is written about when that age falls: the interval it gives is read as a term of office "
            "named in the sentence is (_dates/_ages.py), so it decides the year of a year-less date beside it with no "
            "order, and under a confident order bounds an item with no date of its own (never in detecting an order: "
            "a count in a list that is no feed is no anchor of an order); a count whose interval misses the window "
            "counts another event ('for the third year in a row', the war of 2014) and gives nothing (twenty-fifth "
            "session, feeds25)"
        ),
        examples=(
            (
                (
                    "Ministers met on Nov. 12.\nAllies gathered on July 10 to mark the 75th anniversary of the "
                    "Alliance.\nEnvoys met on Jan. 20.\n"
                ),
                (("July 10", "2024-07-10"), ("Nov. 12", "XXXX-11-12")),
            ),
            (
                (
                    "Ministers met on Nov. 12.\nLeaders marked three years since the invasion at talks on March 3.\n"
                    "Envoys met on Jan. 20.\n"
                ),
                (("March 3", "2025-03-03"),),
            ),
            (  # counts of something else, and a count outside the window: nothing decided
                (
                    "Ministers met on Nov. 12.\nFor the third year in a row, allies gathered on July 10 for talks in "
                    "Oslo with NATO envoys.\nEnvoys met on Jan. 20.\nThe war entered its 11th year when envoys met "
                    "on March 3.\n"
                ),
                (("July 10", "XXXX-07-10"), ("March 3", "XXXX-03-03")),
            ),
            (  # a confident order: the count in an item with no date of its own bounds the chain
                (
                    "Envoys met on May 20.\nMinisters met on May 2.\nTalks opened on April 18.\nAides met on April 3."
                    "\nLeaders marked three years since the invasion.\nEnvoys spoke on March 20.\nMinisters spoke on "
                    "March 9.\nTalks resumed on Feb. 27.\nAides spoke on Feb. 12.\n"
                ),
                (("May 20", "2025-05-20"), ("Feb. 12", "2025-02-12")),
            ),
            (  # the same feed with no count: both readings stay
                (
                    "Envoys met on May 20.\nMinisters met on May 2.\nTalks opened on April 18.\nAides met on April 3."
                    "\nLeaders spoke about the war.\nEnvoys spoke on March 20.\nMinisters spoke on "
                    "March 9.\nTalks resumed on Feb. 27.\nAides spoke on Feb. 12.\n"
                ),
                (("May 20", "XXXX-05-20"), ("Feb. 12", "XXXX-02-12")),
            ),
        ),
    ),
    FeedRule(
        name="undecided-stays-open",
        step="resolve_feed",
        form=(
            "where no order is given or detected, nothing shows that the text is a feed: the items' places decide "
            "no year, and an item date its own evidence leaves with several occurrences stays uncertain with "
            "every one as an alternative (seventeenth session: replaces rule either-order, which dated an item "
            "both orders' best chains dated alike; on the development sets' feeds it decided 93 values, 4 "
            "wrong, and on their items shuffled, texts that are no feed, 4,304, 846 wrong)"
        ),
        examples=(
            (
                "Talks were held on Jan. 9, 2025.\nEnvoys met on Jan. 10.\nMinisters met on Jan. 8, 2025.\n",
                (("Jan. 10", "XXXX-01-10"), ("Jan. 9, 2025", "2025-01-09")),
            ),
            (
                (
                    "Ministers met on Dec. 30, 2024.\nEnvoys spoke.\nTalks were held on Jan. 4.\n"
                    "Leaders met on Jan. 2, 2025.\nEnvoys met on Dec. 28.\n"
                ),
                (("Jan. 4", "XXXX-01-04"), ("Dec. 28", "XXXX-12-28")),
            ),
        ),
    ),
    FeedRule(
        name="assign-as-detected",
        step="assign_dates",
        form=(
            "the assignment of years in the order found weighs an item left out of the chain as the order's "
            "detection does, a year of span (was half a year): a sparse timeline that moves ten months between "
            "two of its dated items keeps both in the chain rather than leave one out and let the rest fit "
            "either year"
        ),
        examples=(
            (
                (
                    "Ministers met on Oct. 13.\nEnvoys spoke.\nOfficials said more aid would come.\nLeaders met.\n"
                    "Envoys met on Aug. 28.\nTalks were held on Aug. 29.\nMinisters met on Nov. 5.\n"
                    "Envoys met on Nov. 23.\n"
                ),
                (("Oct. 13", "2024-10-13"), ("Aug. 28", "2025-08-28"), ("Nov. 23", "2025-11-23")),
            ),
        ),
    ),
    FeedRule(
        name="event-month",
        step="event_month",
        form=(
            "a year-less month whose sentence names a dated one-time event of 2024-2025 (data/dated_events.tsv, the "
            "finder of rule event-day: the Hague summit, the Alaska summit, the Kursk incursion) that takes place in "
            "that month in exactly one year of the window is read in that year, before the item's date or its "
            "neighbours' are read ('talks to prepare for the Hague summit in June' -> the June of 2025, the summit's, "
            "in an item of December 2024 that recounts nothing); an event of that month in both years (a yearly "
            "conference), in neither, or a sentence that marks an anniversary decides nothing (twenty-ninth "
            "session, feeds29)"
        ),
        examples=(
            (
                (
                    "Ministers met on Dec. 3.\nAllies prepared the ground for the Hague summit in June.\n"
                    "Envoys met on Nov. 26.\nTalks opened on Nov. 12, 2024.\n"
                ),
                (("June", "2025-06"),),
            ),
            ("Officials said a summit in Anchorage in August would be short.\n", (("August", "2025-08"),)),
            (  # an event in that month in both years (the G7 met in June of each): nothing decided
                "Leaders will meet at the G7 summit in June.\n",
                (("June", "XXXX-06"),),
            ),
            (  # an event of another month: nothing decided
                "Officials spoke of the Hague summit in March.\n",
                (("March", "XXXX-03"),),
            ),
        ),
    ),
    FeedRule(
        name="event-day",
        step="event_day",
        form=(
            "a year-less day of an item that names a dated one-time event of 2024-2025 (data/dated_events.tsv: "
            "the Alaska summit, the Istanbul talks, the Oreshnik strike on Dnipro) and falls on the event's days "
            "(one day either side) in exactly one year of the window is read in that year, and decides the "
            "item's year as a date written with its year does (rule item-decided-date); a day off the event's "
            "days, or one that fits a yearly event in both years, decides nothing"
        ),
        examples=(
            ("The two presidents met at a summit in Anchorage, Alaska, on Aug. 15.\n", (("Aug. 15", "2025-08-15"),)),
            (
                "On May 20, envoys said the talks held in Istanbul on May 16 would go on.\n",
                (("May 20", "2025-05-20"), ("May 16", "2025-05-16")),
            ),
            ("Delegations arrived in Istanbul on March 3.\n", (("March 3", "XXXX-03-03"),)),
            ("Ministers spoke at the Munich Security Conference on Feb. 16.\n", (("Feb. 16", "XXXX-02-16"),)),
            ("Crowds marked the anniversary of the Alaska summit on Aug. 15.\n", (("Aug. 15", "XXXX-08-15"),)),
        ),
    ),
    FeedRule(
        name="tense-beyond-window",
        step="read_within_items",
        form=(
            "a year-less day, month, season or holiday read against a day inside the window (an item's date, its "
            "neighbours' interval, a date written before it) in a clause whose tense gives an occurrence past the "
            "window's edge, within the tense's reach of that day (about ten months, as with a publication date; the "
            "future after the window's end: 'talks will resume in January' in an item of November of the window's "
            "last year; the past before its start), keeps its year open, the occurrences inside the window as "
            "alternatives: with no publication date the window is a cage, and every occurrence inside it "
            "contradicts the tense (was: the one inside, a year from the day, as if the tense agreed). A reading by "
            "nearness alone, with no tense, is not concerned (nineteenth session, feeds19; _resolve._beyond_window; "
            "twentieth session, feeds20: the reach was half a year, and a future reading seven to ten months ahead "
            "fell back to the occurrence before the day, against the tense)"
        ),
        examples=(
            (
                (
                    "Ministers met on Nov. 21, 2025.\nEnvoys said talks will resume in January.\n"
                    "Leaders met on Oct. 16, 2025.\nTalks opened on Oct. 2, 2025.\n"
                ),
                (("January", "XXXX-01"),),
            ),
            (
                "On Nov. 20, 2025, the minister said the summit would take place in February.\n",
                (("February", "XXXX-02"),),
            ),
            ("On Jan. 10, 2024, the minister said talks had stalled in December.\n", (("December", "XXXX-12"),)),
            # the tense's reading inside the window: as before
            (
                "On Oct. 20, 2025, the minister said the summit would take place in December.\n",
                (("December", "2025-12"),),
            ),
            (  # twentieth session: the coming July is eight months after the item's neighbour (was 2025-07)
                (
                    "Envoys said the next summit will be held in July.\nMinisters met on Oct. 20, 2025.\n"
                    "Leaders met on Oct. 2, 2025.\nTalks began on Sept. 12, 2025.\n"
                ),
                (("July", "XXXX-07"),),
            ),
        ),
    ),
    FeedRule(
        name="dateline-day-tense",
        step="item_dateline_day",
        form=(
            "an item whose date is the day of the dateline it opens with ('HELSINKI, Oct. 3 (Reuters) -', 'ANKARA, "
            "May 18. /TASS/.') was written on that day: its other year-less days are read against it as against a "
            "publication date, the clause's tense deciding (a past 'Dec. 25' is the one before), not as the "
            "occurrence nearest the item's date, as beside a day an item reports (twenty-seventh session, feeds27)"
        ),
        examples=(
            (
                (
                    "Ministers met on Nov. 20, 2025.\nHELSINKI, Oct. 3 (Reuters) - A court said the cable damage of "
                    "Dec. 25 was an accident.\nEnvoys met on Sept. 12, 2025.\n"
                ),
                (("Oct. 3", "2025-10-03"), ("Dec. 25", "2024-12-25")),
            ),
            (  # no dateline: the item reports a day, and its other days are the nearest occurrences, as before
                (
                    "Ministers met on Nov. 20, 2025.\nA court said on Oct. 3 that the cable damage of Dec. 25 was an "
                    "accident.\nEnvoys met on Sept. 12, 2025.\n"
                ),
                (("Oct. 3", "2025-10-03"), ("Dec. 25", "2025-12-25")),
            ),
        ),
    ),
    FeedRule(
        name="anniversary-origin-decides-not",
        step="anniversary_origins_apart",
        form=(
            "in an item that marks an anniversary or looks back a year (data/anniversary_words.tsv), a date written "
            "with its year on the month and day of the item's year-less date names the day the anniversary counts "
            "from, in another year: it does not decide the item's year (rule item-decided-date), which the order "
            "decides; a decided date on another day still does (twenty-seventh session, feeds27)"
        ),
        examples=(
            (
                (
                    "Ministers met on June 2.\nOn Aug. 24, the country will mark the anniversary of the law. The law "
                    "was passed on Aug. 24, 2024.\nEnvoys met on Sept. 12, 2025.\n"
                ),
                (("Aug. 24", "2025-08-24"), ("June 2", "2025-06-02")),
            ),
            (
                (
                    "Ministers met on June 2.\nOn Aug. 24, the country will mark the anniversary of the law. A first "
                    "draft was tabled on Aug. 20, 2024.\nEnvoys met on Sept. 12, 2025.\n"
                ),
                (("Aug. 24", "2024-08-24"),),
            ),
        ),
    ),
    FeedRule(
        name="item-terms-interval",
        step="read_within_items",
        form=(
            "a year-less date in an item with no date of its own, outside the sentences whose titles of office date "
            "it (rule term-begins-in-coming-month's reading), is read against the days the titles of office named "
            "anywhere in its item allow, when they form one run of days short of the window (an item is written "
            "while the titles it uses are held): with no order, every day of that run, as rule interval-readings "
            "reads an interval (one reading kept: the value; two or more: uncertain with every one; none: no value), "
            "and in a feed with an order, the part of its neighbours' interval inside the run, when they meet "
            "(twenty-seventh session, feeds27)"
        ),
        examples=(
            (
                (
                    "Ministers met on Nov. 3.\nU.S. President-elect Donald Trump named his envoy. The envoy will "
                    "start work in February.\n"
                ),
                (("February", "2025-02"),),
            ),
            (
                "Ministers met on Nov. 3.\nThe president named his envoy. The envoy will start work in February.\n",
                (("February", "XXXX-02"),),
            ),
            (
                (
                    "Ministers met on May 2, 2024.\nTalks were held on June 2.\nEnvoys spoke.\nAides met.\nU.S. "
                    "President Donald Trump spoke to reporters. He said the deal was agreed in January.\nLeaders "
                    "spoke.\nMinisters met on March 3.\nEnvoys met on April 14, 2025.\n"
                ),
                (("January", "2025-01"), ("June 2", "2024-06-02")),
            ),
        ),
    ),
    FeedRule(
        name="limit-day",
        step="assign_dates",
        form=(
            "an item's date written right after words of a time limit (data/day_limits.tsv: 'until Aug. 6', 'until at "
            "least 6 August', 'through Dec. 31', 'for 90 days from May 9') is a limit of a period the item sets, which "
            "can lie months from the day the item reports: leaving it out of the chain of item dates costs half a year "
            "of span in the assignment of years, not a year (rule assign-as-detected), so a limit months ahead of its "
            "item does not pull the other items a year away; it then takes the occurrence nearest its neighbours, as "
            "an item about another time does. The costs that decide the order weigh it the same way (half a year "
            "against a year), the order's confidence as any dated item (twentieth session, feeds20)"
        ),
        examples=(
            (
                (
                    "Ministers met in Rome on July 17, 2025.\nEnvoys met in Oslo on July 14.\n"
                    "Lawmakers voted to extend the curfew, which now runs until at least Aug. 6.\n"
                    "Talks were held in Riga on May 20.\nLeaders met in Bern on May 12.\n"
                    "Talks opened in Vilnius on April 28.\n"
                ),
                (("Aug. 6", "2025-08-06"), ("May 20", "2025-05-20"), ("April 28", "2025-04-28")),
            ),
            (
                (
                    "Ministers met in Rome on July 17, 2025.\nEnvoys met in Oslo on July 14.\n"
                    "Lawmakers voted to extend the curfew for 90 days from Aug. 6.\n"
                    "Talks were held in Riga on May 20.\nLeaders met in Bern on May 12.\n"
                    "Talks opened in Vilnius on April 28.\n"
                ),
                (("Aug. 6", "2025-08-06"), ("May 12", "2025-05-12")),
            ),
            (  # a day the item reports: kept in the chain at a year's cost, as before
                (
                    "Ministers met in Rome on July 17, 2025.\nEnvoys met in Oslo on July 14.\n"
                    "Lawmakers voted to extend the curfew on Aug. 6.\n"
                    "Talks were held in Riga on May 20.\nLeaders met in Bern on May 12.\n"
                    "Talks opened in Vilnius on April 28.\n"
                ),
                (("Aug. 6", "2024-08-06"), ("May 20", "XXXX-05-20")),
            ),
        ),
    ),
    FeedRule(
        name="sentence-date-weighs",
        step="item_dates",
        form=(
            "an item's date that another date written with its year in its sentence (a full date or a month of a "
            "year, not a bare year) reads as the occurrence nearest it ('On April 26 ... the town seized in August "
            "2024' -> 2024-04-26) is not fixed by it: that date is often another time the item recounts or "
            "announces, months before or after the item's own day. The item's date keeps every occurrence of the "
            "window within a year of the nearest one, and the chain of item dates chooses among them, as among the "
            "years of a bare month-day (where the chain keeps two, both stay, uncertain); with no order, or with "
            "the item out of the chain, the nearest reading stands (thirtieth session, feeds30)"
        ),
        examples=(
            (  # synthetic: the town was seized months before the item's day; the order puts it in 2025
                (
                    "Talks opened on Nov. 20, 2024.\nEnvoys met on Dec. 18.\nMinisters met on Feb. 17.\n"
                    "On April 26, officials said the town seized in August 2024 was retaken.\nLeaders met on May 30.\n"
                ),
                (("April 26", "2025-04-26"), ("Feb. 17", "2025-02-17"), ("May 30", "2025-05-30")),
            ),
            (  # synthetic: no feed, no order: the nearest reading stands
                "On April 26, officials said the town seized in August 2024 was retaken.\n",
                (("April 26", "2024-04-26"),),
            ),
        ),
    ),
    FeedRule(
        name="terms-against-chain",
        step="terms_against_chain",
        form=(
            "under an order whose detection weighed the items with no date of their own that their titles of office "
            "bound (rule bound-items-weigh), where the best chain of item dates leaves such items out (cheap, rule "
            "item-terms-bound) and the best chain that keeps them, each weighed as a dated item, costs less than one "
            "dated item more: the evidence is split (a year written in one item that recounts another time, 'the "
            "treaty, signed on June 19, 2024', against the titles of several), so the items the two chains date "
            "differently keep both readings, uncertain, never a silent guess (thirtieth session, feeds30)"
        ),
        examples=(
            (  # synthetic: the treaty's year against two items that name the president in office from 2025
                (
                    "Ministers met on May 12.\nEnvoys met on May 15.\n"
                    "A call was held with U.S. President Donald Trump and European leaders.\n"
                    "The treaty, signed on June 19, 2024, binds both sides.\nTalks were held on June 15.\n"
                    "President Donald Trump spoke with the press.\nTalks went on on Aug. 1.\n"
                ),
                (("May 12", "XXXX-05-12"), ("June 15", "XXXX-06-15"), ("June 19, 2024", "2024-06-19")),
            ),
            (  # synthetic: no title against the written year: the chain decides, as before
                (
                    "Ministers met on May 12.\nEnvoys met on May 15.\n"
                    "The treaty, signed on June 19, 2024, binds both sides.\nTalks were held on June 15.\n"
                    "Talks went on on Aug. 1.\n"
                ),
                (("May 12", "2024-05-12"), ("Aug. 1", "2024-08-01")),
            ),
        ),
    ),
)


# --------------------------------------------------------------------------------------------------
# 1. items


_LINE: Final = re.compile(r"[^\n]+")


def split_items(text: str) -> list[tuple[int, int]]:
    """The spans of the text's non-blank lines, in text order (a paragraph between blank lines is one)."""
    return [m.span() for m in _LINE.finditer(text) if m.group().strip()]


_BRACKET_BEFORE: Final = re.compile(r"[ \t]*\($")
_WORD_BEFORE: Final = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.?$")


# A weekday, a part of the day (data/day_parts.tsv) and a comma before a date: "Tuesday evening, Oct. 8"
_PART_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])([A-Za-z]+)[ \t]+(?i:{alternation(lexicon().day_parts)})[ \t]*,[ \t]*$"
)


def apposed_weekday(text: str, start: int, end: int, weekdays: dict[str, int]) -> int:
    """Rule ``weekday-apposed-date``: the ISO number of the weekday written right before a date in brackets
    ("on Friday (July 4)", "Thursday (17 July)"), or with a part of the day before the date after a comma
    ("on Tuesday evening, Oct. 8", "Thursday morning, 5 December"), which names the same day; 0 when the
    date at ``start``..``end`` stands in no such apposition. ``weekdays``: the weekday names
    (data/weekdays.tsv)."""
    if not text.startswith(")", end):
        part = _PART_BEFORE.search(text, max(0, start - 24), start)
        return 0 if part is None else weekdays.get(part.group(1).casefold(), 0)
    gap = _BRACKET_BEFORE.search(text, max(0, start - 4), start)
    if gap is None:
        return 0
    word = _WORD_BEFORE.search(text, max(0, gap.start() - 12), gap.start())
    return 0 if word is None else weekdays.get(word.group(1).casefold(), 0)


def _words_before(table: str, tail: str = "") -> re.Pattern[str]:
    """The words of ``table``'s first column (whole words, any run of spaces between them), then ``tail``,
    right before the end of the text searched: what stands right before a date (rules ``year-as-limit``,
    ``limit-day``)."""
    words = alternation((cells[0] for _n, cells in tsv_rows(table, 1)), space=r"\s+")
    return re.compile(rf"(?i)\b(?:{words})\s+{tail}$")


@lru_cache(maxsize=1)
def _limit_words() -> re.Pattern[str]:
    return _words_before("year_limits.tsv", r"(?:the\s+end\s+of\s+)?")


@lru_cache(maxsize=1)
def _limit_day_words() -> re.Pattern[str]:
    return _words_before("day_limits.tsv")


def day_bounds_a_period(text: str, start: int) -> bool:
    """Rule ``limit-day``: whether the day written at ``start`` is where a period the text sets ends or, after
    its length, begins (``data/day_limits.tsv``: "until Aug. 6", "until at least 6 August", "through Dec. 31",
    "for 90 days from May 9"): a limit, not the day an item reports, so an item's date of that kind is cheap to
    leave out of the chain of item dates (``_LIMIT_OUT``, half a year against a year)."""
    return _limit_day_words().search(text, max(0, start - 40), start) is not None


def year_bounds_a_period(text: str, start: int) -> bool:
    """Whether the year written at ``start`` ends a period (rule ``year-as-limit``: "until 2025", "through
    2026", "by the end of 2025"), so that it dates no year-less date of its sentence when no publication
    date is given."""
    return _limit_words().search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _dated_events() -> tuple[tuple[re.Pattern[str], dt.date, dt.date, str], ...]:
    """The rows of ``data/dated_events.tsv``: (the name as a pattern, first day, last day, event id)."""
    rows = []
    for _n, (event, first, last, name) in tsv_rows("dated_events.tsv", 4):
        words = alternation([name], space=r"\s+")
        pattern = re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w-])")
        rows.append((pattern, dt.date.fromisoformat(first), dt.date.fromisoformat(last), event))
    return tuple(rows)


@lru_cache(maxsize=1)
def _dated_event_keys() -> tuple[str, ...]:
    """Per row of :func:`_dated_events`, the longest word of its name in lower case: a text whose lower case
    does not hold a row's key cannot name that row's event, so its pattern is not tried (most items name no
    event, and trying all the rows' patterns on every item made ``find_dates`` on a feed half as slow)."""
    return tuple(max(name.split(), key=len).lower() for _n, (_e, _f, _l, name) in tsv_rows("dated_events.tsv", 4))


@lru_cache(maxsize=1)
def _looking_back() -> re.Pattern[str]:
    words = alternation((cells[0] for _n, cells in tsv_rows("anniversary_words.tsv", 1)), space=r"\s+")
    return re.compile(rf"(?i)\b(?:{words})\b")


def events_named(text: str) -> list[tuple[dt.date, dt.date, str]]:
    """The dated one-time events ``text`` names (``data/dated_events.tsv``): their days, one day either side (a
    report's day, a time zone), and their ids; none where ``text`` marks an anniversary or looks back a year
    (``data/anniversary_words.tsv``: it names the event on its day in another year). The one finder of rules
    ``event-day`` and ``event-month``."""
    low = text.lower()
    rows = [row for row, key in zip(_dated_events(), _dated_event_keys(), strict=True) if key in low]
    one = dt.timedelta(days=1)
    named = [(a - one, b + one, event) for pattern, a, b, event in rows if pattern.search(text)]
    if not named or _looking_back().search(text):
        return []
    return named


def event_day(text: str, days: Sequence[dt.date]) -> dt.date | None:
    """Rule ``event-day``: of the occurrences ``days`` of a year-less day, the one that falls on the days
    of a dated event ``text`` names (:func:`events_named`), when exactly one does; else None ("met in
    Anchorage on Aug. 15" -> the Alaska summit's year)."""
    if len(days) < 2:
        return None
    named = events_named(text)
    kept = [day for day in days if any(a <= day <= b for a, b, _ in named)]
    return kept[0] if len(kept) == 1 else None


def event_month(sentence: str, spec: Spec, win: tuple[dt.date, dt.date]) -> DateValue | None:
    """Rule ``event-month``: a year-less month whose sentence names a dated one-time event (:func:`events_named`)
    that takes place in that month in exactly one year of the window is read in that year ("talks to prepare
    for the Hague summit in June" -> the June of the summit of 2025); else None (no such event named, or the events
    named fall in that month in both years or in none)."""
    if spec.kind != "month":
        return None
    cands = candidates_in(spec, *win)
    if len(cands) < 2:
        return None
    named = events_named(sentence)
    kept = [(c, event) for c in cands for a, b, event in named if a <= c[2] and c[1] <= b]
    if len({c[0] for c, _ in kept}) != 1:
        return None
    (timex, _, _), event = kept[0]
    why = f"the month of a dated event its sentence names ({event}, data/dated_events.tsv)"
    return make_value(timex, basis=Basis.CONTEXT, reason=why)


# --------------------------------------------------------------------------------------------------
# 2. each item's date and the occurrences its own evidence allows


@frozen(kw_only=True)
class _ItemDate:
    item: int
    record: int  # index into the records
    days: tuple[dt.date, ...]  # the occurrences its own evidence allows, in time order
    fixed: bool  # written with its year (or decided by a year in its sentence)
    why: str  # the evidence that narrowed ``days`` ("" : the window only)
    near: bool = False  # narrowed by a decided date of the same item (else by terms of office)
    bound: bool = False  # no date of its own: the days its terms of office allow (rule ``item-terms-bound``)
    limit: bool = False  # a day where a period the item sets ends or begins (rule ``limit-day``)
    beside: bool = (
        False  # read beside a date its sentence writes, the other years the order may take (sentence-date-weighs)
    )


def weekday_refuses_year(spec: Spec, value: DateValue | None) -> bool:
    """Rule ``weekday-over-sentence-year``: whether ``value``, the day a year written elsewhere in its sentence
    gives a year-less date written with its weekday ("On Thursday, October 31, parliament passed the budget for
    2025"), falls on another weekday: the weekday names the date's own year, so the sentence's year does not date
    it (the date is then read as any year-less day of its item: its weekday, its item's evidence, the order)."""
    if spec.kind != "md" or not spec.weekday or value is None or value.uncertain or value.earliest is None:
        return False
    return value.earliest == value.latest and value.earliest.isoweekday() != spec.weekday


def _day_precise(rec: MentionRecord) -> bool:
    s = rec.spec
    if s.kind == "md":
        return s.note != "range"
    return s.kind == "fixed" and s.explicit and DAY_VALUE.fullmatch(s.timex) is not None


def _range_start(rec: MentionRecord) -> bool:
    """Whether the record is the start of a range whose end is written with its year (rule
    range-side-of-written-date: "from January 1 to September 25, 2025"): a range's start lies before the
    days its item reports, so it is not the item's date (its end, written after it, is a candidate)."""
    return rec.given is not None and rec.given.reason.startswith(RANGE_START_WHY)


def year_shifted(spec: Spec) -> bool:
    """Rule ``year-shifted-date``: a year-less day written with a year counted from the item's own day
    ("March 7 last year", "June 2 next year") lies in another year than the item: it is not the item's date
    (it takes no part in the chain of item dates) and is read against the item's date or its neighbours'."""
    return spec.kind == "md" and spec.unit == "Y" and spec.offset != 0


def item_dates(
    text: str,
    records: Sequence[MentionRecord],
    spans: Sequence[tuple[int, int]],
    win: tuple[dt.date, dt.date],
    terms: TermsOf,
) -> list[_ItemDate | None]:
    """Each item's first day-precise date, with the occurrences its own evidence allows (rule
    ``item-decided-date``: where that evidence leaves several, the one nearest a date of the same item
    whose year its own text decides; where that leaves several, the one on a weekday the item names, rule
    ``weekday-in-item``)."""
    out: list[_ItemDate | None] = [None] * len(spans)
    for k, rec in enumerate(records):
        if out[rec.item] is not None or not _day_precise(rec) or year_shifted(rec.spec) or _range_start(rec):
            continue
        own = _item_date(text, k, rec, spans[rec.item], win, terms)
        out[rec.item] = evolve(own, limit=True) if day_bounds_a_period(text, rec.start) else own  # rule limit-day
    decided = _decided_days(records, win, lambda item: text[spans[item][0] : spans[item][1]])
    for k, d in enumerate(out):
        near = decided.get(k) if d is not None and len(d.days) > 1 else None
        if d is not None and near:
            near = anniversary_origins_apart(d.days, near, text[spans[k][0] : spans[k][1]])
            out[k] = _nearest_decided(d, near) if near else d
    named = _weekdays_named(records)
    for k, d in enumerate(out):  # rule weekday-in-item: after the item's years, before the order
        if d is not None and len(d.days) > 1 and k in named:
            out[k] = weekday_in_item(
                d,
                named[k],
                text[records[d.record].start : records[d.record].end],
                dateline=item_dateline_day(text, spans[k], records[d.record]),
            )
    return out


def _weekdays_named(records: Sequence[MentionRecord]) -> dict[int, set[int]]:
    """Per item, the ISO numbers of the bare weekdays it names ("on Sunday", "Thursday evening")."""
    out: dict[int, set[int]] = {}
    for rec in records:
        if rec.spec.kind == "weekday" and rec.spec.weekday:
            out.setdefault(rec.item, set()).add(rec.spec.weekday)
    return out


def weekday_in_item(d: _ItemDate, weekdays: set[int], words: str, *, dateline: bool) -> _ItemDate:
    """Rule ``weekday-in-item``: an item's year-less date that its own evidence leaves in several years, in an
    item that names bare weekdays ("Drones struck the depot on 1 June ... The strike on Sunday ..."), is read in
    the one year where it falls on a weekday the item names: an item reports the days of its own week by their
    weekdays and its main day by its date, and a weekday that names another day falls on one occurrence only by
    chance. None or both: nothing is decided. A dateline's day ("KYIV, May 12 -- ... said on Sunday") decides
    nothing: the weekday there is the day before the wire's, as often as the same."""
    if dateline:
        return d
    kept = tuple(day for day in d.days if day.isoweekday() in weekdays)
    if len(kept) != 1:
        return d
    why = (
        f"{words!r} falls on a {calendar.day_name[kept[0].weekday()]}, a weekday its item names, in {kept[0].year} only"
    )
    return evolve(d, days=kept, why=f"{d.why}; {why}" if d.why else why, near=True)


def anniversary_origins_apart(days: Sequence[dt.date], decided: list[dt.date], item_text: str) -> list[dt.date]:
    """Rule ``anniversary-origin-decides-not``: of the ``decided`` days of an item (:func:`_decided_days`), those
    that can decide the year of its date, whose occurrences are ``days``. An item that marks an anniversary or
    looks back a year (``data/anniversary_words.tsv``) names the day it counts from on its own month and day in
    another year ("on Aug. 24 ... the anniversary of the law passed on Aug. 24, 2024"): a decided day on the
    month and day of the item's date is that origin there, not the item's year, so it is set apart."""
    if not _looking_back().search(item_text):
        return decided
    same = {(day.month, day.day) for day in days}
    return [day for day in decided if (day.month, day.day) not in same]


def _decided_days(
    records: Sequence[MentionRecord], win: tuple[dt.date, dt.date], item_text: Callable[[int], str]
) -> dict[int, list[dt.date]]:
    """Per item, the days of its day-precise dates whose year the item's own text decides (a year written
    with or beside it, a weekday only one occurrence agrees with, the days of a dated event the item names:
    rule ``event-day``), inside the window (a date outside it is a background date: "the invasion of Feb.
    24, 2022")."""
    out: dict[int, list[dt.date]] = {}
    # rule year-shifted-date: a day a date of the item names with a year phrase ("July 10 next year ... on July 10,
    # 2025") lies in another year than the item, so its written year decides none of the item's dates
    shifted = {(rec.item, rec.spec.month, rec.spec.day) for rec in records if year_shifted(rec.spec)}
    for rec in records:
        if not _day_precise(rec) or (rec.item, rec.spec.month, rec.spec.day) in shifted or read_beside(rec.given):
            continue
        s = rec.spec
        day: dt.date | None = None
        if rec.given is not None and rec.given.earliest is not None and rec.given.earliest == rec.given.latest:
            day = rec.given.earliest
        elif s.kind == "fixed":
            day = dt.date.fromisoformat(s.timex)
        elif s.explicit and s.year:
            day = dt.date(s.year, s.month, s.day)
        elif s.weekday and len(cands := candidates_in(s, *win)) == 1:
            day = cands[0][1]
        else:
            day = event_day(item_text(rec.item), [c[1] for c in candidates_in(s, *win)])
        if day is not None and win[0] <= day <= win[1]:
            out.setdefault(rec.item, []).append(day)
    return out


def _nearest_decided(d: _ItemDate, decided: list[dt.date]) -> _ItemDate:
    """The item's date read as the occurrence nearest a decided date of its item (an item's dates lie
    together, as the other expressions of an item are read against the item's date)."""
    dist = [min(abs((day - near).days) for near in decided) for day in d.days]
    kept = tuple(day for day, x in zip(d.days, dist, strict=True) if x == min(dist))
    if len(kept) == len(d.days):
        return d
    near = min(decided, key=lambda day: abs((day - kept[0]).days))
    why = f"the occurrence nearest {near.isoformat()}, a date of the same item whose year its text decides"
    return evolve(d, days=kept, why=f"{d.why}; {why}" if d.why else why, near=True)


def read_beside(given: DateValue | None) -> bool:
    """Whether ``given`` is a year-less date's nearest occurrence to another date written with its year in its
    sentence (a full date or a month of a year, not a year: "after the region was invaded in August 2024")."""
    return (
        given is not None
        and given.basis is Basis.CONTEXT
        and WRITTEN_BESIDE_WHY in given.reason
        and not given.reason.startswith("the date ")
    )


def sentence_date_weighs(k: int, rec: MentionRecord, win: tuple[dt.date, dt.date]) -> _ItemDate | None:
    """Rule ``sentence-date-weighs``: an item's date that a date written with its year elsewhere in its sentence
    reads as the occurrence nearest it ("On April 26 ... the region invaded in August 2024" -> 2024-04-26) keeps,
    as the item's date, every occurrence of the window within a year of that reading: the other date is often
    another time the item recounts (before it or after it), so its nearness decides no year the order refutes.
    The order decides between them; where it keeps both, both stay; with no order, or out of the chain, the
    nearest reading stands. None: not such a date (a year written with the date itself stays fixed)."""
    given = rec.given
    if not read_beside(given) or given is None or given.earliest is None or given.earliest != given.latest:
        return None
    near = given.earliest
    days = tuple(day for _, day, _ in candidates_in(rec.spec, *win) if abs((day - near).days) <= _YEAR)
    if len(days) < 2 or near not in days:
        return None
    why = f"beside a date its sentence writes, {' or '.join(day.isoformat() for day in days)}"
    return _ItemDate(item=rec.item, record=k, days=days, fixed=False, why=why, beside=True)


def _item_date(  # noqa: PLR0917
    text: str, k: int, rec: MentionRecord, item_span: tuple[int, int], win: tuple[dt.date, dt.date], terms: TermsOf
) -> _ItemDate:
    s = rec.spec
    if rec.given is not None and (beside := sentence_date_weighs(k, rec, win)) is not None:
        return beside
    if rec.given is not None and rec.given.earliest is not None:
        return _ItemDate(item=rec.item, record=k, days=(rec.given.earliest,), fixed=True, why=rec.given.reason)
    if s.kind == "fixed":
        day = dt.date.fromisoformat(s.timex)
        return _ItemDate(item=rec.item, record=k, days=(day,), fixed=True, why="the text gives the full date")
    if s.explicit and s.year:
        day = dt.date(s.year, s.month, s.day)  # checked_day made impossible days months
        return _ItemDate(item=rec.item, record=k, days=(day,), fixed=True, why="the text gives the full date")
    cands = candidates_in(s, *win)
    days = [c[1] for c in cands] if len(cands) <= _MAX_CANDIDATES else []
    why = ""
    # the terms of office named in the date's sentence, else anywhere in the item (an item reports
    # while the titles it uses are held)
    for lo, hi in (rec.sentence, item_span):
        if len(days) < 2:
            break
        bounds = terms(text[lo:hi])
        kept = [d for d in days if all(allows(d) for allows, _ in bounds)]
        if kept and len(kept) < len(days):  # the reason names the terms that ruled something out
            days, why = kept, "; ".join(w for allows, w in bounds if not all(allows(d) for d in days))
    return _ItemDate(item=rec.item, record=k, days=tuple(days), fixed=False, why=why)


def item_bounds(
    text: str,
    spans: Sequence[tuple[int, int]],
    present: Sequence[_ItemDate],
    win: tuple[dt.date, dt.date],
    terms: TermsOf,
) -> list[_ItemDate]:
    """Rule ``item-terms-bound``: an item with no day-precise date whose titles of office ("President
    Donald Trump", "NATO Secretary General Mark Rutte") leave only part of the window still stands in
    the order: its date lies in the days those terms allow. Such an item takes part in the chain (and,
    rule ``bound-items-weigh``, in the order's costs, never in its count of dated items) with, as its
    days, the occurrences and run bounds of the items up to ``_REACH`` places from it in the chain's
    list that lie inside its runs (a monotone chain passes it at the day of the item before it or at a
    bound of a run); it gives no value to any mention."""
    have = {d.item for d in present}
    runs_of: dict[tuple[str, ...], list[tuple[dt.date, dt.date]]] = {}
    found: list[tuple[int, list[tuple[dt.date, dt.date]], str]] = []
    for k, (lo, hi) in enumerate(spans):
        if k in have:
            continue
        bounds = terms(text[lo:hi])
        if not bounds:
            continue
        key = tuple(why for _, why in bounds)
        if key not in runs_of:
            runs_of[key] = _allowed_runs(bounds, win)
        if runs_of[key] and runs_of[key] != [win]:
            found.append((k, runs_of[key], "; ".join(key)))
    # a chain passes such an item at the day of the item before it in the chain (at most _REACH items
    # away in the chain's list) or at a bound of a run: the days of the items that near, and the bounds
    # of their runs (not of every item of the feed: a long feed stays linear)
    near = sorted(
        [(d.item, d.days) for d in present] + [(k, tuple(day for r in runs for day in r)) for k, runs, _ in found]
    )
    at = {k: i for i, (k, _) in enumerate(near)}
    out: list[_ItemDate] = []
    for k, runs, why in found:
        i = at[k]
        points = {day for _, days in near[max(0, i - _REACH) : i + _REACH + 1] for day in days}
        days = tuple(sorted(day for day in points if any(a <= day <= b for a, b in runs)))
        out.append(_ItemDate(item=k, record=-1, days=days, fixed=False, why=why, bound=True))
    return out


def _allowed_runs(
    bounds: Sequence[tuple[Callable[[dt.date], bool], str]], win: tuple[dt.date, dt.date]
) -> list[tuple[dt.date, dt.date]]:
    """The runs of consecutive days of the window that every term allows, as (first, last): the terms are
    read every ``_PROBE`` days and each change found to the day by bisection (a run shorter than that
    between two probes goes unnoticed: terms of office last longer)."""

    def ok(day: dt.date) -> bool:
        return all(allows(day) for allows, _ in bounds)

    span = (win[1] - win[0]).days
    probes = [win[0] + dt.timedelta(days=k) for k in range(0, span, _PROBE)] + [win[1]]
    seen = [ok(day) for day in probes]
    runs: list[tuple[dt.date, dt.date]] = []
    start = win[0] if seen[0] else None
    for (before, was), (after, now) in itertools.pairwise(zip(probes, seen, strict=True)):
        if was == now:
            continue
        lo, hi = before, after
        while (hi - lo).days > 1:  # ok(lo) == was, ok(hi) == now: the change lies in (lo, hi]
            mid = lo + (hi - lo) / 2
            lo, hi = (mid, hi) if ok(mid) == was else (lo, mid)
        if now:
            start = hi
        elif start is not None:
            runs.append((start, lo))
            start = None
    if start is not None:
        runs.append((start, win[1]))
    return runs


# --------------------------------------------------------------------------------------------------
# 3-4. the order and the global assignment


@frozen(kw_only=True)
class _Assignment:
    cost: int
    days: dict[int, tuple[dt.date, ...]]  # item -> the occurrences some best assignment gives it
    in_order: dict[int, bool]  # item -> whether some best assignment keeps it in the chain
    why: dict[int, str] = field(factory=dict)  # item -> what besides the order narrowed its occurrences


def _sweep(days: Sequence[Sequence[int]], sign: int, slack: int, out_of_order: int | Sequence[int]) -> list[list[int]]:
    """best[i][j]: the least cost of a chain ending at item i on occurrence j (a day number), the items
    before it that are not in the chain costing ``out_of_order`` each (or each item its own cost: then
    ``(i - p - 1) * out_of_order`` below is the sum of the costs of the items between), the chain its
    span. Day ``b`` may follow day ``a`` when ``sign * (a - b) >= -slack`` (sign 1: newest first, at most ``slack`` days
    against the order). A chain leaves out fewer than ``_REACH`` items in a row (so the work is linear
    in the number of items).

    A step from item ``p`` (cost ``c`` on day ``a``) to item ``i`` on day ``b`` costs
    ``c + (i - p - 1) * out_of_order + |a - b|``; with ``q = sign * a`` and ``e = sign * b`` that is
    ``(c - (p + 1) * out_of_order + q) + i * out_of_order - e`` in the order (``q >= e``) and
    ``(c - (p + 1) * out_of_order - q) + i * out_of_order + e`` against it (``e - slack <= q < e``): each
    earlier occurrence is two keys, computed once, and the same integer minimum comes out of one
    comparison per key (was a product of the costs and an ``abs`` per pair)."""
    best: list[list[int]] = []
    keys: list[tuple[int, int, int]] = []  # (q, key in the order, key against it) of every occurrence so far
    first: list[int] = []  # per item: where its keys start in ``keys``
    costs = [out_of_order] * len(days) if isinstance(out_of_order, int) else out_of_order
    before = list(itertools.accumulate(costs, initial=0))  # before[i]: the cost of leaving out items 0..i-1
    for i, here in enumerate(days):
        first.append(len(keys))
        reach = keys[first[max(0, i - _REACH)] :]  # the keys of the items a step may come from
        start, upto = before[i], before[i + 1]  # the chain starts here
        row = []
        for day in here:
            e = sign * day
            least_in, least_against = e, -e  # the chain starting here, as either key
            for q, k_in, k_against in reach:
                if q >= e and k_in < least_in:
                    least_in = k_in
                elif e - slack <= q < e and k_against < least_against:
                    least_against = k_against
            cost = start + min(least_in - e, least_against + e)
            row.append(cost)
            keys.append((e, cost - upto + e, cost - upto - e))
        best.append(row)
    return best


def _ordinals(seq: Sequence[_ItemDate]) -> list[list[int]]:
    return [[day.toordinal() for day in d.days] for d in seq]


def _chain_costs(
    dated: Sequence[_ItemDate], *, out_of_order: int, slack: dt.timedelta, limits: bool = False
) -> dict[str, int]:
    """The cost of the best chain in each order (:func:`assign_dates`'s ``cost``), both orders in one
    sweep instead of two each: the least cost of a chain ending at item i, plus the items after it,
    out of the chain. An item that only its terms of office bound costs ``_BOUND_OUT`` per ``_OUT_OF_ORDER``
    of ``out_of_order`` out of the chain, with a slack or none (rule ``item-terms-bound``); with ``limits``, an
    item whose date is a period's limit ``_LIMIT_OUT`` per ``_ASSIGN_OUT`` of it (rule ``limit-day``: the costs
    that decide the order, not its confidence)."""
    seq = [d for d in dated if d.days]
    if any(d.bound or (limits and d.limit) for d in seq):
        limit = out_of_order * _LIMIT_OUT // _ASSIGN_OUT if limits else out_of_order
        costs = _out_costs(seq, out_of_order, bound=out_of_order * _BOUND_OUT // _OUT_OF_ORDER, limit=limit)
        if slack.days:
            return _swept_costs(_ordinals(seq), costs, slack.days)
        return _no_slack_costs(_ordinals(seq), costs)
    return _day_chain_costs(_ordinals(seq), out_of_order, slack.days)


def _out_costs(seq: Sequence[_ItemDate], out_of_order: int, *, bound: int, limit: int) -> list[int]:
    """What leaving each item of ``seq`` out of the chain costs: ``bound`` for an item only its terms of office
    bound (rule ``item-terms-bound``), ``limit`` for one whose date is a period's limit (rule ``limit-day``),
    else ``out_of_order``."""
    return [bound if d.bound else limit if d.limit else out_of_order for d in seq]


def _swept_costs(days: Sequence[Sequence[int]], costs: Sequence[int], slack: int) -> dict[str, int]:
    """:func:`_chain_costs` with a cost per item and a slack, from :func:`_sweep` in each order."""
    after = list(itertools.accumulate(reversed(costs), initial=0))[::-1]  # after[i]: the items from i on
    out = {}
    for order, sign in zip(ORDERS, (1, -1), strict=True):
        best = _sweep(days, sign, slack, costs)
        out[order] = min((c + after[i + 1] for i, row in enumerate(best) for c in row), default=0)
    return out


def _day_chain_costs(days: Sequence[Sequence[int]], out_of_order: int, most: int) -> dict[str, int]:
    """:func:`_chain_costs` on the items' day numbers. The permutation test runs it thirty times a
    feed, so the loops keep their values in locals, and the earlier items are read nearest first: an
    item whose cheapest chain plus the items skipped cannot beat the best step found is passed over
    (the minimum is the same in any reading order)."""
    if most == 0:
        return _no_slack_costs(days, out_of_order)
    n = len(days)
    rows: list[tuple[list[tuple[int, int, int]], int, int]] = []  # (day, newest, oldest) triples, their least costs
    for i, here in enumerate(days):
        reach = [(rows[p], (i - p - 1) * out_of_order) for p in range(i - 1, max(0, i - _REACH) - 1, -1)]
        row = []
        for day in here:
            c_new = c_old = i * out_of_order  # the chain starts here
            for (prevs, least_new, least_old), skip in reach:
                if least_new + skip >= c_new and least_old + skip >= c_old:
                    continue
                for prev, x, y in prevs:
                    diff = prev - day
                    step = skip + (diff if diff >= 0 else -diff)
                    if diff >= -most and x + step < c_new:  # newest first: prev >= day - slack
                        c_new = x + step
                    if diff <= most and y + step < c_old:  # oldest first: prev <= day + slack
                        c_old = y + step
            row.append((day, c_new, c_old))
        rows.append((row, min(c for _, c, _ in row), min(c for _, _, c in row)))
    return {
        ORDERS[0]: min((least + (n - 1 - i) * out_of_order for i, (_, least, _) in enumerate(rows)), default=0),
        ORDERS[1]: min((least + (n - 1 - i) * out_of_order for i, (_, _, least) in enumerate(rows)), default=0),
    }


def _no_slack_costs(days: Sequence[Sequence[int]], out_of_order: int | Sequence[int]) -> dict[str, int]:
    """:func:`_day_chain_costs` with no slack (the order test and its thirty shuffles). A chain in one
    order is monotone, so its steps add up to the span: from an earlier item ``p`` on day ``prev``
    (least cost ``x``), a step to item ``i`` on ``day`` costs ``x`` plus the costs of the items between
    (``out_of_order`` each, or each item its own) plus ``|prev - day|``, which is ``(x + prev - C(p + 1))
    + C(i) - day`` in newest first (``prev >= day``) and ``(x - prev - C(p + 1)) + C(i) + day`` in oldest
    first (``prev <= day``), ``C(i)`` the costs of the items before ``i``: each earlier occurrence is one key
    per order (an item's keys less its own cost, the running sums cancelling), computed once, and the same
    integer minimum comes out with one comparison per key."""
    costs = [out_of_order] * len(days) if isinstance(out_of_order, int) else out_of_order
    keys: list[tuple[int, int, int]] = []  # (day, newest key, oldest key) of every item so far, in order
    first: list[int] = []  # per item: where its keys start in ``keys``
    # the least of ``key - day`` (newest first) and ``key + day`` (oldest first), less the item's own cost,
    # over every occurrence: a chain ending at item i on ``day`` costs that plus every item's cost (the
    # items out of the chain); a chain of one item costs 0 plus the others
    best_new = best_old = 0
    for i, here in enumerate(days):
        first.append(len(keys))
        reach = keys[first[max(0, i - _REACH)] :]  # the keys of the items a step may come from
        own = costs[i]
        for day in here:
            b_new, b_old = day, -day  # the least keys of the steps each order allows (these: start here)
            for prev, kn, ko in reach:  # one comparison of the days for most keys (min(): a call per key)
                if prev > day:
                    if kn < b_new:  # noqa: PLR1730
                        b_new = kn
                elif prev < day:
                    if ko < b_old:  # noqa: PLR1730
                        b_old = ko
                else:
                    b_new, b_old = min(b_new, kn), min(b_old, ko)
            keys.append((day, b_new - own, b_old - own))
            if b_new - day - own < best_new:  # noqa: PLR1730 - thirty shuffles a feed: no call per date
                best_new = b_new - day - own
            if b_old + day - own < best_old:  # noqa: PLR1730
                best_old = b_old + day - own
    total = sum(costs)
    return {ORDERS[0]: total + best_new if days else 0, ORDERS[1]: total + best_old if days else 0}


def assign_dates(
    dated: Sequence[_ItemDate],
    *,
    newest_first: bool,
    out_of_order: int = _OUT_OF_ORDER,
    slack: dt.timedelta = _SLACK,
    tie: int = _TIE,
    limit_out: int | None = None,
    bound_out: int = _BOUND_OUT,
) -> _Assignment:
    """The best chain of item dates in the order: each item left out of it costs ``out_of_order`` days,
    the chain its span (a feed covers a period without gaps of a year). An item tells of its own day or
    the days just before (items of one day report yesterday's events): a step of up to ``slack`` against
    the order keeps the order. For each item, the occurrences some best chain uses (chains within
    ``tie`` days of the best count as best: a leap day must not decide a year). ``limit_out``: what an item
    whose date is a period's limit costs out of the chain (rule ``limit-day``; None: ``out_of_order``)."""
    seq = [d for d in dated if d.days]
    if not seq:
        return _Assignment(cost=0, days={}, in_order={})
    days = _ordinals(seq)
    sign = 1 if newest_first else -1
    limit = out_of_order if limit_out is None else limit_out
    costs = _out_costs(seq, out_of_order, bound=bound_out, limit=limit)
    fwd = _sweep(days, sign, slack.days, costs)
    bwd = _sweep(days[::-1], -sign, slack.days, costs[::-1])[::-1]
    total = min(f + b for i in range(len(seq)) for f, b in zip(fwd[i], bwd[i], strict=True))
    chosen: dict[int, tuple[dt.date, ...]] = {}
    in_order: dict[int, bool] = {}
    for i, d in enumerate(seq):
        used = tuple(day for day, f, b in zip(d.days, fwd[i], bwd[i], strict=True) if f + b <= total + tie)
        in_order[d.item] = bool(used)
        chosen[d.item] = used or d.days
    return _Assignment(cost=total, days=chosen, in_order=in_order)


def _longest_step(a: _Assignment, seq: Sequence[_ItemDate]) -> int:
    """The longest step of the best chain, in days per item listed (rule ``order-pace``): a step between
    consecutive dated items of the chain divided by how many items further down the feed the second
    stands (the undated items between are items of the feed, each with a day of its own)."""
    chain = [d for d in seq if a.in_order.get(d.item)]
    steps = (
        min(abs((x - y).days) for x in a.days[p.item] for y in a.days[q.item]) // (q.item - p.item)
        for p, q in itertools.pairwise(chain)
    )
    return max(steps, default=0)


def _margin(days: Sequence[Sequence[int]]) -> int:
    """How much cheaper the best chain of the items (their day numbers) is in one order than in the
    other (no slack; an item out of the chain costs a year)."""
    costs = _day_chain_costs(days, _YEAR, 0)
    return abs(costs[ORDERS[0]] - costs[ORDERS[1]])


def _beats_chance(seq: Sequence[_ItemDate], margin: int) -> bool:
    """Whether the items' order explains their dates far better than chance: the margin between the
    orders is more than one and a half times the largest margin of the same items in any of
    ``_SHUFFLES`` fixed random orders (a permutation test; the seeds are fixed, so the answer is)."""
    items = _ordinals(seq)
    # one shuffle as good as the order decides (all() stops there): chance explains it
    return all(margin * 2 > _margin([items[k] for k in order]) * 3 for order in _shuffled_orders(len(items)))


def _monotone_by_chance(seq: Sequence[_ItemDate], kept: int, runs: int = 1) -> float:
    """A bound on the chance that the dated items, listed in a random order, hold a chain of ``kept``
    of them in one order or the other within ``runs`` calendar years (rule ``order-by-chance``): the
    expected number of such chains, twice the number of ``kept``-item subsets times the chance each is
    in order. A chain within ``runs`` years is ``runs`` runs of month-days each in order (one per year,
    the years free: an item's year is what the chain decides), so of the orders of a subset with ``j``
    items of each month-day at most ``prod(C(j + runs - 1, runs - 1))`` distinct ones qualify (each
    month-day's items shared out among the runs), each drawn with chance ``prod(j!) / kept!``. With no
    two items of a day and one year that is ``2 * C(n, kept) / kept!``: five items all in order, 1 in
    60; seven, 1 in 2,520; over two years ``2 * C(n, kept) * 2**kept / kept!``: eight all in order, 1
    in 79, nine 1 in 354, ten 1 in 1,772."""
    groups = Counter((d.days[0].month, d.days[0].day) for d in seq)
    share = [math.comb(i + runs - 1, runs - 1) for i in range(kept + 1)]
    # ways[j - lo]: the sum over the j-item subsets of the groups so far of prod(j_g!), for the j that can still
    # make ``kept`` with the items left (from ``kept - left`` to ``kept``): a band as wide as the items out of the
    # chain, so a long feed in order costs time linear in its items (the whole table would be quadratic)
    ways, lo, left = [1], 0, len(seq)
    for g in groups.values():
        left -= g
        first, last = max(0, kept - left), min(kept, lo + len(ways) - 1 + g)
        ways = [
            sum(
                ways[j - i - lo] * math.perm(g, i) * share[i]
                for i in range(max(0, j - lo - len(ways) + 1), min(g, j - lo) + 1)
            )
            for j in range(first, last + 1)
        ]
        lo = first
    if not lo <= kept < lo + len(ways):
        return 0.0
    return min(1.0, 2 * ways[kept - lo] / math.factorial(kept))


_KEPT_ORDERS: Final = 256  # feeds up to this many dated items keep their shuffled orders (30 x n numbers)


def _shuffled_orders(n: int) -> tuple[tuple[int, ...], ...]:
    """The ``_SHUFFLES`` random orders of ``n`` items the permutation test compares a feed with, as
    positions: each the one before shuffled again by ``random.Random(n)``, the draw the test has always
    made. They depend on ``n`` alone, so they are drawn once per length (drawing costs more than one
    order's chains)."""
    return _kept_orders(n) if n <= _KEPT_ORDERS else _draw_orders(n)


@lru_cache(maxsize=64)
def _kept_orders(n: int) -> tuple[tuple[int, ...], ...]:
    return _draw_orders(n)


def _draw_orders(n: int) -> tuple[tuple[int, ...], ...]:
    rng = random.Random(n)  # noqa: S311 - a fixed sample of orders, not a secret
    order = list(range(n))
    out = []
    for _ in range(_SHUFFLES):
        rng.shuffle(order)
        out.append(tuple(order))
    return tuple(out)


def decide_order(
    dated: Sequence[_ItemDate], order: str | None, bound: Sequence[_ItemDate] = ()
) -> tuple[str | None, bool, str]:
    """The order given, else the one the items' dates support clearly: (order, confident, reason).

    In the detected order the best chain of item dates (the year of each item free inside the window,
    an item out of the chain costing half a year) leaves at most one item in three out, takes no step
    longer than half a year per item listed (rule ``order-pace``: shuffled items need a step of about a
    year between neighbours to fit either order; a step over undated items spans them all), and the
    chain in the other order costs half a year more (an item out costing a year there). Three dated
    items at least (rule ``order-from-three``: three bare month-days whose chain is half a year more
    compact one way than the other; was four, or three with one dated by its own evidence). The order
    is ``confident`` when at most one item in four is out and it explains the
    items' dates far better than random orders of the same items do (:func:`_beats_chance`): four
    bare month-days fall in one order or the other one time in twelve by chance, and items of one day
    fit either order; and (rule ``order-by-chance``, :func:`_order_by_chance`) a random order of
    the dated items holds a chain as long and as tight (calendar years, less than a year) as the
    detected one at most one time in a hundred.

    Rule ``near-chain-out`` (:func:`near_chain`): where the cheaper order fails only by one dated item too many
    out of its chain, the items out are counted over the chains within ``_TIE`` days of the best.

    Rule ``bound-items-weigh``: the items with no date of their own that their terms of office bound
    (``bound``, rule ``item-terms-bound``) take part in the chains whose costs decide the order (one left
    out costing ``_BOUND_OUT`` per ``_OUT_OF_ORDER``), never in the count of dated items nor in
    confidence, which the dated items alone give.
    """
    if order is not None:
        return order, True, f"the feed lists items {order} (given)"
    seq = [d for d in dated if d.days]
    if len(seq) < _FEWEST_DATED:  # rule order-from-three
        return None, False, f"{len(seq)} dated items: too few to tell an order"
    chain = sorted([*seq, *(d for d in bound if d.days)], key=lambda d: d.item)
    cost = _order_costs(chain)
    best, other = sorted(ORDERS, key=lambda o: cost[o])
    out = {best: 0, other: 0}
    out[best], step, extent = _out_and_step(chain, best)  # the other order's chain only for a feed with no order
    n = len(seq)
    margin = cost[other] - cost[best]
    declined = _declined(n, out[best], margin, step)  # the tests it failed; none: the order
    near = near_chain(chain, best, out[best], margin) if declined == DECLINED[0] else None  # rule near-chain-out
    if near is not None:
        out[best], extent, declined = n - near[0], near, ""
    if not declined:
        own = _chain_costs(seq, out_of_order=_YEAR, slack=dt.timedelta(0))  # confidence: no slack, as the shuffles
        kept, runs, days = extent
        confident = n - kept <= n // 4 and _order_by_chance(seq, kept, (runs, days)) <= _CHANCE
        confident = confident and _beats_chance(seq, own[other] - own[best])
        return (
            best,
            confident,
            (
                f"the feed lists items {best} (detected from {n} dated items, {out[best]} out of that order; "
                f"chains of {cost[best]} days against {cost[other]} in the other order"
                f"{_weighed(len(chain) - n)}{_near_why(near)}{'' if confident else '; not confident: few dated items'})"
            ),
        )
    out[other] = _out_and_step(chain, other)[0]
    return (
        None,
        False,
        (
            f"no order: {out['newest first']} items out of newest first, {out['oldest first']} of oldest first; "
            f"chains of {cost['newest first']} and {cost['oldest first']} days, longest step {step} days per item"
            f"{_weighed(len(chain) - n)}; declined {best}: {declined}"
        ),
    )


DECLINED: Final = ("too many items out of the chain", "margin too small", "step too long")  # decide_order's tests


def _declined(n: int, out: int, margin: int, step: int) -> str:
    """Which of :func:`decide_order`'s tests the cheaper order failed (:data:`DECLINED`, joined by ``+``): more
    than a third of the ``n`` dated items ``out`` of its chain, a ``margin`` under half a year over the other
    order's chain, a ``step`` over half a year per item listed (``benchmarks/feed_recall.py`` tallies them); empty
    where it passed all three: then :func:`decide_order` takes it, the one place these tests are written."""
    failed = (out > n // 3, margin < _YEAR // 2, step > _YEAR // 2)
    return "+".join(name for name, fails in zip(DECLINED, failed, strict=True) if fails)


def _order_costs(chain: Sequence[_ItemDate]) -> dict[str, int]:
    """The chain costs that decide the order (rule ``order-slack``): with two days' slack against the order
    (items of a few days report the days around them, in either order), when they tell one order clearly;
    else with none, unless the costs with slack prefer the other order (then neither order wins). A week's
    slack (as the assignment's) let a feed of three weeks turn on one step back."""
    slack = _chain_costs(chain, out_of_order=_YEAR, slack=_ORDER_SLACK, limits=True)
    low, high = sorted(ORDERS, key=lambda o: slack[o])
    if slack[high] - slack[low] >= _YEAR // 2:
        return slack
    strict = _chain_costs(chain, out_of_order=_YEAR, slack=dt.timedelta(0), limits=True)
    if slack[low] < slack[high] and strict[high] < strict[low]:  # the slack contradicts the order: no order
        return dict.fromkeys(ORDERS, strict[high])
    return strict


def _weighed(bound: int) -> str:
    """What the reason of the order says of the items that only their terms of office bound."""
    if not bound:
        return ""
    items = f"{bound} items with no date of their own" if bound > 1 else "1 item with no date of its own"
    return f"; {items} weighed by terms of office"


def _out_and_step(seq: Sequence[_ItemDate], order: str) -> tuple[int, int, tuple[int, int, int]]:
    """How many dated items the best chain in ``order`` (no slack) leaves out, its longest step in days,
    and the chain the order's confidence is tested on (:func:`_kept_chain`): its dated items, calendar
    years and days from first to last."""
    newest_first = order == "newest first"
    chain = assign_dates(seq, newest_first=newest_first, slack=dt.timedelta(0), tie=0)
    out = sum(not chain.in_order.get(d.item) for d in seq if not d.bound)
    return out, _longest_step(chain, seq), _kept_chain(seq, chain, newest_first=newest_first)


def near_chain(seq: Sequence[_ItemDate], order: str, out: int, margin: int) -> tuple[int, int, int] | None:
    """Rule ``near-chain-out``: the items out of the cheaper order's chain counted again over the chains within
    ``_TIE`` days of the best (as the assignment reads its ties), where the best chain leaves out just one dated item
    too many (``out``, of the dated items of ``seq``): an item out of the chain costs half a year there, so a chain
    that keeps an end item half a year from its neighbours and one that leaves it out can cost within days of each
    other, and the few days decide nothing. The order is read from one near chain (:func:`_kept_chain`) when the
    feed has ``_NEAR_FEWEST`` dated items or more, that chain leaves out one of them at most (a time an item
    recalls) and spans half a year at least (else no item lies half a year from its neighbours), the other order's chain
    costs a year more (``margin``), the near chains step at most ``_NEAR_PACE`` days per item listed
    (:func:`_longest_step`), keep every item whose year-less date its own
    text decides (one occurrence left: a weekday, a title of office, a dated day of the item) and more of the items
    with one occurrence than the best chain does: such an item fits the order where it stands, and a chain that sets
    it aside for a few days of span drops evidence, not an item about another time (an item whose date is written
    with its year and breaks the order is one). Returns the near chain's (dated items, calendar years, days), or
    None; the order's confidence is tested on it as on any chain (rule ``order-by-chance``)."""
    dated = [d for d in seq if not d.bound]
    if len(dated) < _NEAR_FEWEST or out != len(dated) // 3 + 1 or margin < _YEAR:
        return None
    newest_first = order == ORDERS[0]
    best = assign_dates(seq, newest_first=newest_first, slack=dt.timedelta(0), tie=0)
    near = assign_dates(seq, newest_first=newest_first, slack=dt.timedelta(0), tie=_TIE)
    kept = _kept_chain(seq, near, newest_first=newest_first)
    decided = [d for d in dated if len(d.days) == 1]
    gained = sum(bool(near.in_order.get(d.item)) - bool(best.in_order.get(d.item)) for d in decided)
    if len(dated) - kept[0] > len(dated) // 3 or gained < 1 or _longest_step(near, seq) > _NEAR_PACE:
        return None
    if kept[2] < _HALF_YEAR or len(dated) - kept[0] > 1:  # one item out at most: a time an item recalls
        return None
    if any(not d.fixed and not near.in_order.get(d.item) for d in decided):  # a year-less one out: no order
        return None
    return kept


def _near_why(near: tuple[int, int, int] | None) -> str:
    """What the reason of the order says when rule ``near-chain-out`` counted its items out."""
    if near is None:
        return ""
    return f"; items out counted over the chains within {_TIE} days of the best (near-chain-out): {near[0]} kept"


def _kept_chain(seq: Sequence[_ItemDate], chain: _Assignment, *, newest_first: bool) -> tuple[int, int, int]:
    """One chain in the order through the occurrences some best chain gives the dated items: (its dated
    items, its calendar years, its days from first to last). Best chains that differ (one keeps an item,
    another its neighbour) each leave an item out, so the items no best chain leaves out can be more than
    any one chain holds: the order's confidence (rule ``order-by-chance``) counts one chain's items. The
    longest such chain, a step from at most ``_REACH`` dated items back, as the chains do; of equally long
    ones, the one of fewest days."""
    sign = 1 if newest_first else -1
    kept = [d for d in seq if not d.bound and chain.in_order.get(d.item)]
    pairs = [(k, day.toordinal()) for k, d in enumerate(kept) for day in chain.days[d.item]]
    best: list[tuple[int, int, int]] = []  # per pair: (items, -days, first day) of the longest chain ending there
    for k, (item, day) in enumerate(pairs):
        here = (1, 0, day)
        for j in range(k - 1, -1, -1):
            p_item, p_day = pairs[j]
            if item - p_item > _REACH:
                break
            if p_item != item and sign * (p_day - day) >= 0:
                count, _, first = best[j]
                here = max(here, (count + 1, -abs(day - first), first))
        best.append(here)
    if not best:
        return 0, 1, 0
    top = max(best)
    lo, hi = sorted((top[2], pairs[best.index(top)][1]))
    return top[0], dt.date.fromordinal(hi).year - dt.date.fromordinal(lo).year + 1, hi - lo


def _order_by_chance(seq: Sequence[_ItemDate], kept: int, extent: tuple[int, int]) -> float:
    """Rule ``order-by-chance``: a bound on the chance that a random order of the dated items ``seq``
    holds a chain of ``kept`` of them in one order or the other as tight as the detected one, whose
    ``extent`` is (calendar years, days from first to last). The items' years are free, so the test
    reads the chain's extent in the finest of these classes it meets: within ``r`` calendar years
    (``r`` runs of month-days each in order, :func:`_monotone_by_chance`), or within less than a year
    (the month-days in order from some day of the year on: one of at most ``kept`` rotations of one
    order, so ``kept`` times the chance for one calendar year). The test could have chosen any of the
    classes the items' occurrences allow (one per year from the first to the last, and less than a
    year), so the bound is that many times the class's (Bonferroni). Eight bare month-days of a
    two-year window fall into two runs in order about one time in 79 by chance (one in 26 with the
    factor), against one in 20,160 within one calendar year and one in 2,520 within less than a year."""
    years = {day.year for d in seq for day in d.days}
    classes = (max(years) - min(years) + 1 if years else 1) + 1
    runs, days = extent
    bound = _monotone_by_chance(seq, kept, runs)
    if days < _YEAR and runs > 1:
        bound = min(bound, kept * _monotone_by_chance(seq, kept, 1))
    return min(1.0, classes * bound)


# --------------------------------------------------------------------------------------------------
# 5. the other expressions of an item


@define
class _Neighbours:
    """The items dated in order so far, and what they say about the others."""

    n_items: int
    ordered: bool  # a feed with an order: neighbours bound an item's date
    confident: bool = False  # that order given, or detected with confidence (rule title-at-writing reads it)
    newest_first: bool = True  # the order (when ``ordered``): which side of a neighbour an item lies on
    window: tuple[dt.date, dt.date] | None = None  # an end item lies between its one neighbour and an edge
    days: dict[int, dt.date] = field(factory=dict)  # items are added, never changed
    own: dict[int, dt.date] = field(factory=dict)  # items out of the order: their own date, no neighbour's
    written: set[int] = field(factory=set)  # items whose date is their dateline's day (rule dateline-day-tense)
    spans: Sequence[tuple[int, int]] = ()  # the items' spans (rule item-terms-interval reads an item's titles)
    _sorted: list[int] = field(factory=list, init=False)  # the dated items in order, as of len(days)

    def _dated(self) -> list[int]:
        """The dated items in order, sorted again only when items were added since (a neighbour is found by
        bisection, not by a walk over every undated item between)."""
        if len(self._sorted) != len(self.days):
            self._sorted = sorted(self.days)
        return self._sorted

    def _before(self, k: int) -> tuple[int, dt.date] | None:
        dated = self._dated()
        i = bisect.bisect_left(dated, k)
        return (dated[i - 1], self.days[dated[i - 1]]) if i > 0 else None

    def _after(self, k: int) -> tuple[int, dt.date] | None:
        dated = self._dated()
        i = bisect.bisect_right(dated, k)
        return (dated[i], self.days[dated[i]]) if i < len(dated) else None

    def names(self, k: int) -> tuple[str, str]:
        """Item ``k``'s neighbours, as a reason names them ("item 3 dated 2025-02-17", "the start")."""
        before, after = self._before(k), self._after(k)
        return (
            f"item {before[0] + 1} dated {before[1].isoformat()}" if before else "the start",
            f"item {after[0] + 1} dated {after[1].isoformat()}" if after else "the end",
        )

    def bounds(self, k: int) -> tuple[dt.date, dt.date, str] | None:
        """The interval the nearest dated items before and after item ``k`` bound, and the reason."""
        before, after = self._before(k), self._after(k)
        if not self.ordered or before is None or after is None:
            return None
        lo, hi = sorted((before[1], after[1]))
        first, second = self.names(k)
        return lo, hi, f"an item with no date of its own, between {first} and {second}"

    def reference(self, k: int) -> Reference | None:
        """What a year-less date in undated item ``k`` is read against: the middle of its bounds; at
        either end of the feed, the one neighbour's date."""
        bounds = self.bounds(k)
        if bounds is not None:
            lo, hi, why = bounds
            return Reference(day=lo + (hi - lo) / 2, basis=Basis.DOCUMENT_ORDER, why=why, span=(lo, hi))
        before = self._before(k)
        near = before or self._after(k)
        if not self.ordered or near is None:
            return None
        why = f"an item with no date of its own at an end of the feed, next to item {near[0] + 1} dated"
        span = None
        if self.window is not None:  # rule end-item-interval: half a year from the neighbour, on the item's side
            later = (before is not None) != self.newest_first  # the item is newer than its one neighbour
            reach = dt.timedelta(days=_HALF_YEAR)
            if later:
                span = (near[1], min(self.window[1], near[1] + reach))
            else:
                span = (max(self.window[0], near[1] - reach), near[1])
            if span[0] >= span[1]:
                span = None
        return Reference(day=near[1], basis=Basis.DOCUMENT_ORDER, why=why, span=span)

    def nearest(self, k: int, days: tuple[dt.date, ...]) -> tuple[dt.date, ...]:
        """The occurrences nearest the interval item ``k``'s dated neighbours bound (or the one neighbour:
        rule ``end-item-side``, those on the side of it the order puts the item, when there are any)."""
        before, after = self._before(k), self._after(k)
        around = [x[1] for x in (before, after) if x is not None]
        if not around:
            return days
        if self.ordered and len(around) == 1:
            later = (before is not None) != self.newest_first  # the item is newer than its one neighbour
            side = tuple(day for day in days if (day >= around[0] if later else day <= around[0]))
            days = side or days
        lo, hi = min(around), max(around)
        dist = [max((day - hi).days, (lo - day).days, 0) for day in days]
        return tuple(day for day, x in zip(days, dist, strict=True) if x == min(dist))


def item_dateline_day(text: str, span: tuple[int, int], rec: MentionRecord) -> bool:
    """Rule ``dateline-day-tense``: whether the date ``rec`` of the item at ``span`` is the day of the dateline
    the item opens with ("HELSINKI, Oct. 3 (Reuters) -", "KYIV, May 18. /TASS/."): the day the item was written,
    which its other year-less days are read against as against a publication date (the clause's tense decides),
    not as the nearest occurrence, as beside a day the item reports."""
    lo, hi = span
    day = (rec.start - lo, rec.end - lo)
    line = dateline_of_day(text[lo:hi], day)
    return line is not None and line.place is not None


def read_within_items(
    text: str,
    records: Sequence[MentionRecord],
    dated: _Neighbours,
    item_why: dict[int, str],
    options: tuple[tuple[dt.date, dt.date], TermsOf, Callable[[int], str | None]],
) -> None:
    """Give every other record a reference or a value from its own item: the month of a dated event its
    sentence names (rule ``event-month``), the item's date, a full date written before it in the item, the
    terms of office in its sentence, a year of the window the item named before it; in an item with no date,
    the interval its neighbours' dates bound."""
    win, terms, tense_at = options
    item_days = {**dated.days, **dated.own}
    last_full: dict[int, Reference] = {}  # item -> the full date written last in it
    last_year: dict[int, Reference] = {}  # item -> the year written last in it ("In 2025, ...")
    runs: dict[int, tuple[dt.date, dt.date, str] | None] = {}  # item -> the days its titles allow (item-terms-interval)
    for rec in records:
        _remember_written(rec, last_full, last_year)
        if rec.value is not None or rec.given is not None:
            continue
        s = rec.spec
        rec.value = event_month(text[rec.sentence[0] : rec.sentence[1]], s, win)  # rule event-month
        if rec.value is not None:
            continue
        ref: Reference | None = None
        if rec.item in item_days:
            what = "dateline's day" if rec.item in dated.written else "date"
            why = f"the item's {what} ({item_why[rec.item]})"
            ref = Reference(day=item_days[rec.item], basis=Basis.CONTEXT, why=why)
        at_writing = ref is not None and rec.item in dated.written  # rule dateline-day-tense: the tense decides
        ref = ref or last_full.get(rec.item)
        year = last_year.get(rec.item)
        if ref is None and s.kind in _YEARLESS:
            by_terms = _by_terms(text, rec, win, terms, tense_at)
            if by_terms is not None and title_at_writing(by_terms, dated, rec.item, tense_at(rec.index)):
                by_terms = _title_or_neighbours(rec, by_terms, dated, win)  # rule title-at-writing
            rec.value = by_terms or _in_year_named(rec, year, win)
            if rec.value is None:
                ref = dated.reference(rec.item)
                if rec.item not in runs:  # once per item: an item with many dates is read once (linear time)
                    runs[rec.item] = _item_terms_run(text, rec.item, dated, terms)
                run = runs[rec.item]
                if run is not None:  # rule item-terms-interval
                    ref, rec.value = _within_terms(rec, ref, run, win, tense_at(rec.index))
        if _story_year_rules(s, ref, year):
            ref, at_writing = year, False  # "the 2024 summit ... a year later": the year of the story
        if ref is not None:
            # beside the item's date: the nearest occurrence; beside the day it was written (its dateline's) and
            # between neighbours: the tense decides
            rec.ref, rec.nearest = ref, s.kind == "md" and ref.basis is not Basis.DOCUMENT_ORDER and not at_writing


_HALF_YEAR: Final = 183  # days: a year-less date in news lies within half a year of the day it is written


def _item_terms_run(text: str, k: int, dated: _Neighbours, terms: TermsOf) -> tuple[dt.date, dt.date, str] | None:
    """Rule ``item-terms-interval``: the one run of days of the window that the titles of office named anywhere
    in item ``k`` allow (an item is written while the titles it uses are held: rules item-decided-date and
    item-terms-bound read them so), as (first day, last day, reason); None where they allow the whole window,
    several runs or none."""
    if dated.window is None or k >= len(dated.spans):
        return None
    lo, hi = dated.spans[k]
    bounds = terms(text[lo:hi])
    if not bounds:
        return None
    runs = _allowed_runs(bounds, dated.window)
    if len(runs) != 1 or runs[0] == dated.window:
        return None
    why = "; ".join(w for _, w in bounds)
    return runs[0][0], runs[0][1], f"the titles of office named in its item ({why})"


def _within_terms(
    rec: MentionRecord,
    ref: Reference | None,
    run: tuple[dt.date, dt.date, str],
    win: tuple[dt.date, dt.date],
    tense: str | None,
) -> tuple[Reference | None, DateValue | None]:
    """Rule ``item-terms-interval``: a year-less date in an item with no date of its own, read against the days
    the titles of office named in its item allow (``run``, :func:`_item_terms_run`): with no neighbours' interval
    (no order), every day of the run, as rule interval-readings reads an interval (one reading kept: the value;
    two or more: uncertain with every one; none: no value, never the middle's reading); with one, the part of it
    inside the run, when they meet (else the neighbours' interval as it was). Returns the reference left to read
    against and the value decided."""
    first, last, why = run
    if ref is None:
        alone = Reference(day=first + (last - first) / 2, basis=Basis.TERM_OF_OFFICE, why=why, span=(first, last))
        return None, read_across_interval(
            rec.spec, alone, lambda day: resolve(rec.spec, day, tense, {}, win), win, tense
        )
    if ref.span is None:
        return ref, None
    lo, hi = max(ref.span[0], first), min(ref.span[1], last)
    end = ref.why.endswith(" dated")  # an end item (rule end-item-interval): its day is its one neighbour's
    if lo > hi or (lo, hi) == ref.span or (end and not lo <= ref.day <= hi):
        return ref, None
    day = ref.day if end else lo + (hi - lo) / 2
    return evolve(ref, day=day, span=(lo, hi), why=f"{why} and {ref.why}"), None


def title_at_writing(value: DateValue, dated: _Neighbours, k: int, tense: str | None) -> bool:
    """Rule ``title-at-writing``: whether the one occurrence the titles of office in its sentence allow for a
    year-less date of item ``k`` (an item with no date of its own, in a feed with an order) lies after every day
    its dated neighbours allow the item, where a clause that looks back (a past September after the newer
    neighbour) or any clause more than half a year on (a year-less date in news lies near the day it is written)
    cannot put it. The title is then the one its holder has when the item is written ("met President Trump back
    in September", written days after the election), not when the event it dates took place. Only readings
    after the newer neighbour are questioned: an item's date can be a day it announces, so the older neighbour
    may lie after the day an item is written; and a count of an event's age (rule event-age-bound) dates the
    event, not the writing, so a reading it gave is kept."""
    if not dated.ordered or value.uncertain or value.earliest is None or COUNTS_FROM in value.reason:
        return False
    ref = dated.reference(k)
    if ref is None:
        return False
    after = (value.earliest - (ref.span or (ref.day, ref.day))[1]).days  # > 0: past the newest day allowed
    return after > 0 and (tense in ("past", "since") or after > _HALF_YEAR)


def _title_or_neighbours(
    rec: MentionRecord, by_terms: DateValue, dated: _Neighbours, win: tuple[dt.date, dt.date]
) -> DateValue | None:
    """Rule ``title-at-writing``, once the neighbours rule the title's reading out: under a confident order None
    (the neighbours' days read the date); under a weak guess (a list that may be no feed: its neighbours' years
    are chance's) the title's reading and the occurrence nearest the neighbours' days, uncertain with both."""
    if dated.confident:
        return None
    ref = dated.reference(rec.item)
    if ref is None or by_terms.earliest is None:
        return by_terms
    lo, hi = ref.span or (ref.day, ref.day)
    others = [c for c in candidates_in(rec.spec, *win) if c[0] != by_terms.timex]
    if not others:
        return by_terms
    near = min(others, key=lambda c: max((c[1] - hi).days, (lo - c[2]).days, 0))
    readings = sorted([(by_terms.earliest, by_terms.timex), (near[1], near[0])])
    return make_value(
        x_form(rec.spec),
        basis=Basis.UNRESOLVED,
        uncertain=True,
        alternatives=tuple(t for _, t in readings),
        earliest=min(by_terms.earliest, near[1]),
        latest=max(by_terms.latest or near[2], near[2]),
        reason=(
            f"{by_terms.reason}; but {ref.why}{' ' + ref.day.isoformat() if ref.span is None else ''} allows "
            f"{near[0]}, and the feed's order is a weak guess: both readings stay open"
        ),
    )


def _against_tense(span: tuple[dt.date, dt.date], day: dt.date, tense: str | None) -> bool:
    """Whether a reading (its first and last days) against ``day`` contradicts the clause's tense: a past one
    after the day, a future one before it."""
    if tense in ("past", "since"):
        return span[0] > day
    return tense == "future" and span[1] < day


def read_across_interval(
    spec: Spec,
    ref: Reference,
    read: Callable[[Reference], DateValue | None],
    window: tuple[dt.date, dt.date] | None,
    tense: str | None,
) -> DateValue | None:
    """Rule ``interval-readings``: a year-less date in an item whose own date is unknown, read against every
    day its neighbours' interval allows (``read``: the expression's value against one reference day, the
    tense deciding as it does against any); readings that contradict ``tense`` at their day, lie more than
    half a year from it or outside ``window`` are dropped; two or more left are uncertain with every one as
    an alternative; one left is the value. ``None``: ``ref`` carries no interval, a reading failed, or no
    reading is left (the caller reads the middle of the interval, or an end item's one neighbour's day).
    An end item's interval (rule ``end-item-interval``) is the half year on its side of its one neighbour."""
    if ref.span is None or spec.kind not in _YEARLESS:
        return None
    lo, hi = ref.span
    days = [lo, *(dt.date(y, m, 1) for y in range(lo.year, hi.year + 1) for m in range(1, 13)), hi]
    values: dict[str, DateValue] = {}
    for day in sorted({d for d in days if lo <= d <= hi}):
        value = read(evolve(ref, day=day, span=None))
        if value is None or value.uncertain or value.earliest is None or value.latest is None:
            return None
        shifted = year_shifted(spec)  # "March 7 last year": the text says how far and which way, not the tense
        if not shifted and _against_tense((value.earliest, value.latest), day, tense):
            continue  # the clause's tense rules this reading out at this day (the resolver fell back to the nearest)
        near = shifted or max((value.earliest - day).days, (day - value.latest).days) <= _HALF_YEAR
        if near and (window is None or (window[0] <= value.earliest and value.latest <= window[1])):
            values.setdefault(value.timex, value)
    end = ref.why.endswith(" dated")  # an end item (rule end-item-interval): the why names its one neighbour
    why = f"{ref.why} {ref.day.isoformat()}" if end else ref.why
    if len(values) == 1:  # one reading agrees with the tense, near its day, inside the window: that one
        (value,) = values.values()
        allows = "the half year from it on the item's side allows" if end else "the interval allows"
        return evolve(value, reason=f"{why}: the one reading {allows}")
    if not values:  # no reading near the interval: the middle's, as the caller reads it
        return None
    alternatives = tuple(sorted(values))
    return make_value(
        x_form(spec),
        basis=Basis.UNRESOLVED,
        uncertain=True,
        alternatives=alternatives,
        earliest=min(v.earliest for v in values.values() if v.earliest is not None),
        latest=max(v.latest for v in values.values() if v.latest is not None),
        reason=f"{why}: the interval allows {len(values)} readings ({', '.join(alternatives)})",
    )


def _story_year_rules(s: Spec, ref: Reference | None, year: Reference | None) -> bool:
    """Whether "a year later", "the end of the year" count from the year the item named last."""
    if year is None or s.kind != "shift" or s.unit != "Y":
        return False
    if s.note in ("later", "earlier"):
        return ref is None or ref.day.year != year.day.year
    return s.note == "the" and ref is None  # "began in June 2023 ... over by the end of the year"


_YEAR_LIKE: Final = re.compile(r"\d{4}(?:-\d\d|-Q\d|-H\d)?")


def _remember_written(rec: MentionRecord, last_full: dict[int, Reference], last_year: dict[int, Reference]) -> None:
    s = rec.spec
    if s.explicit and s.kind == "md" and s.year:
        last_full[rec.item] = Reference(
            day=dt.date(s.year, s.month, s.day), basis=Basis.CONTEXT, why="the date given before"
        )
    elif s.explicit and s.kind == "fixed" and s.type.value == "DATE" and not s.note:
        if DAY_VALUE.fullmatch(s.timex):  # "2025-03-11", "11.03.2025"
            day = dt.date.fromisoformat(s.timex)
            last_full[rec.item] = Reference(day=day, basis=Basis.CONTEXT, why="the date given before")
        elif _YEAR_LIKE.fullmatch(s.timex) and 1 <= int(s.timex[:4]) <= 9999:  # 2025, 2025-03, 2025-Q1
            day = dt.date(int(s.timex[:4]), 7, 1)
            last_year[rec.item] = Reference(day=day, basis=Basis.CONTEXT, why="the year given before")


def _by_terms(
    text: str,
    rec: MentionRecord,
    win: tuple[dt.date, dt.date],
    terms: TermsOf,
    tense_at: Callable[[int], str | None] = lambda _index: None,
) -> DateValue | None:
    """The one occurrence in the window of a year-less month, season or holiday that the terms of office
    named in its sentence allow ("President Donald Trump said in March" -> 2025-03), else None. Rule
    ``term-begins-in-coming-month``: where a term begins inside that occurrence and the clause does not look
    back, the next year's occurrence stays possible (the text can be written later in the term): uncertain, both
    readings."""
    if rec.spec.kind == "md":
        return None
    cands = candidates_in(rec.spec, *win)
    if not 2 <= len(cands) <= _MAX_CANDIDATES:
        return None
    bounds = terms(text[rec.sentence[0] : rec.sentence[1]])
    if not bounds:
        return None
    kept = [c for c in cands if all(allows(c[1]) or allows(c[2]) for allows, _ in bounds)]
    if len(kept) != 1:
        return None
    why = "; ".join(w for _, w in bounds)
    one = kept[0]
    begins = [w for allows, w in bounds if allows(one[2]) and not allows(one[1])]  # a term begins inside it
    if begins and tense_at(rec.index) not in ("past", "since"):
        later = occurrence(rec.spec, one[1].year + 1)
        if later is not None and all(allows(later[1]) for allows, _ in bounds):
            return make_value(
                x_form(rec.spec),
                basis=Basis.UNRESOLVED,
                uncertain=True,
                alternatives=(one[0], later[0]),
                earliest=one[1],
                latest=later[2],
                reason=(
                    f"{why}: a term begins inside {one[0]}, and a clause that does not look back, written later "
                    f"in the term, means the next one ({later[0]}): both readings stay open"
                ),
            )
    return make_value(one[0], basis=Basis.TERM_OF_OFFICE, reason=why)


def _in_year_named(rec: MentionRecord, year: Reference | None, win: tuple[dt.date, dt.date]) -> DateValue | None:
    """ "Trump took office in 2025. On Feb. 28 he met Zelensky.": the year the item named before, when it
    lies in the window (a year outside it dates a background event: "In 2014 ...")."""
    if year is None or not win[0].year <= year.day.year <= win[1].year:
        return None
    found = occurrence(rec.spec, year.day.year)
    if found is None or not (win[0] <= found[1] and found[2] <= win[1]):
        return None
    return make_value(found[0], basis=Basis.CONTEXT, reason=f"the year {year.day.year} named before")


# --------------------------------------------------------------------------------------------------
# All steps


def resolve_feed(
    text: str,
    records: list[MentionRecord],
    win: tuple[dt.date, dt.date],
    order: str | None,
    terms: TermsOf,
    *,
    tense_at: Callable[[int], str | None] = lambda _index: None,
    ages: TermsOf = lambda _part: [],
) -> FeedReading:
    """Run the steps over ``records`` (their ``value``/``ref`` are set) and return the items' dates
    (``tense_at``: the tense of the clause of the mention of that index, asked only where it decides; ``ages``:
    the intervals the counts of an event's age in a part allow, rule ``event-age-bound``, read beside the terms
    of office where an item's own dates are read; an item with no date of its own is bounded by them only once
    a confident order is chosen, never in detecting one nor under a weak guess)."""
    spans = split_items(text)
    own = _own_evidence(terms, ages)
    present = [d for d in item_dates(text, records, spans, win, own) if d is not None]
    chosen, confident, order_reason = decide_order(present, order)
    bound = None
    if order is None and not confident and len(present) >= 3:  # rule bound-items-weigh: a confident order
        bound = item_bounds(text, spans, present, win, terms)  # stands on the dated items alone
        if bound:
            chosen, confident, order_reason = decide_order(present, order, bound)
    if bound is not None and confident:  # rule event-age-bound: under a confident order, counts bound items too
        bound = item_bounds(text, spans, present, win, own)
    bounding = own if confident else terms
    if chosen is not None:  # rule written-after-recounted: once the order is chosen, never in choosing it
        bounding, bound = _bounds_with_written(text, records, spans, present, (win, bounding, bound))
    assignment = _assign_with_bounds(text, spans, present, (win, bounding, bound), chosen) if chosen else None
    dated = _Neighbours(
        n_items=len(spans),
        spans=spans,
        ordered=chosen is not None,
        confident=confident,
        newest_first=chosen != "oldest first",
        window=win,
    )
    item_values: dict[int, DateValue] = {}
    # one item date per item: the item numbers say which are in the chain (a set, not a list search)
    kept = {d.item for d in present if assignment is None or assignment.in_order.get(d.item, True)}
    in_order = [d for d in present if d.item in kept]
    out_of_order = [d for d in present if d.item not in kept]
    for d in [*in_order, *out_of_order]:  # items out of order take the date nearest their neighbours'
        rec = records[d.record]
        phrase = None if chosen is None else chosen + ("" if confident else " (a weak guess: few dated items)")
        value = _decide_item(d, rec, assignment, phrase, dated)
        if value is None:
            continue
        if d.item not in kept and chosen is not None:
            value = _contradiction(value, d, chosen, dated.names(d.item))
        if ((rec.given is None or d.beside) and not d.fixed) or d.item not in kept:
            rec.value = value
        item_values[d.item] = value
        if value.earliest is not None and value.earliest == value.latest and d.item in kept:
            dated.days[d.item] = value.earliest
    for k, v in item_values.items():  # rule ``away-item``: dates its own expressions, bounds no neighbour
        if k not in dated.days and v.earliest is not None and v.earliest == v.latest:
            dated.own[k] = v.earliest
    dated.written.update(d.item for d in present if item_dateline_day(text, spans[d.item], records[d.record]))
    read_within_items(text, records, dated, {k: v.reason for k, v in item_values.items()}, (win, own, tense_at))
    items = _items(spans, item_values, dated, assignment)
    return FeedReading(order=chosen, confident=confident, order_reason=order_reason, items=tuple(items))


def _bounds_with_written(
    text: str,
    records: Sequence[MentionRecord],
    spans: Sequence[tuple[int, int]],
    present: Sequence[_ItemDate],
    options: tuple[tuple[dt.date, dt.date], TermsOf, list[_ItemDate] | None],
) -> tuple[TermsOf, list[_ItemDate] | None]:
    """Rule ``written-after-recounted`` once the order is chosen: the terms of office that bound the items with no
    date of their own (``options``: the window, those terms, and the bound items the order's detection found, or
    None), with the times the items recount or announce with their years; and the bound items found again with
    them (None: :func:`_assign_with_bounds` finds them)."""
    win, terms, bound = options
    floors = written_after(text, records, spans, {d.item for d in present}, win)
    if not floors:
        return terms, bound
    bounding = _with_floors(terms, floors)
    return bounding, None if bound is None else item_bounds(text, spans, present, win, bounding)


def written_after(
    text: str,
    records: Sequence[MentionRecord],
    spans: Sequence[tuple[int, int]],
    dated: set[int],
    win: tuple[dt.date, dt.date],
) -> dict[str, list[tuple[Callable[[dt.date], bool], str]]]:
    """Rule ``written-after-recounted``: an item with no date of its own (not in ``dated``) that recounts, in a
    clause that looks back, a time written with its year that begins inside the window ("held since August 2024",
    "their first swap of 2025") was written after that time began; one that announces, in a future clause, a time
    written with its year that ends inside the window ("will vote in March 2025") was written before it ended.
    Returns, per such item's text, those bounds as terms of office are given (the test of the days each allows,
    and the reason), for rule item-terms-bound to read beside the item's titles of office."""
    floor: dict[int, tuple[dt.date, str]] = {}
    ceiling: dict[int, tuple[dt.date, str]] = {}
    for rec in records:
        span = None if rec.item in dated else _written_span(rec.spec)
        if span is None or not (win[0] < span[0] <= win[1] or win[0] <= span[1] < win[1]):
            continue
        tense = tense_of(text, rec.start, rec.end, _sentence_is(rec.sentence))
        words = text[rec.start : rec.end]
        if tense in ("past", "since") and win[0] < span[0] and span[0] > floor.get(rec.item, (win[0], ""))[0]:
            floor[rec.item] = (span[0], f"the item recounts {words!r} as past: {_WRITTEN_WHY} after {span[0]}")
        elif tense == "future" and span[1] < win[1] and span[1] < ceiling.get(rec.item, (win[1], ""))[0]:
            ceiling[rec.item] = (span[1], f"the item announces {words!r}: {_WRITTEN_WHY} before {span[1]}")
    out: dict[str, list[tuple[Callable[[dt.date], bool], str]]] = {}
    for k, (day, why) in floor.items():
        out.setdefault(text[spans[k][0] : spans[k][1]], []).append((_on_or_after(day), why))
    for k, (day, why) in ceiling.items():
        out.setdefault(text[spans[k][0] : spans[k][1]], []).append((_on_or_before(day), why))
    return out


def _sentence_is(bounds: tuple[int, int]) -> Callable[[int], tuple[int, int]]:
    return lambda _pos: bounds


def _on_or_after(first: dt.date) -> Callable[[dt.date], bool]:
    return lambda day: day >= first


def _on_or_before(last: dt.date) -> Callable[[dt.date], bool]:
    return lambda day: day <= last


def _with_floors(terms: TermsOf, floors: dict[str, list[tuple[Callable[[dt.date], bool], str]]]) -> TermsOf:
    """The terms of office of a part, and the bounds rule ``written-after-recounted`` gives an item of that text."""

    def both(part: str) -> list[tuple[Callable[[dt.date], bool], str]]:
        return terms(part) + floors.get(part, [])

    return both


_WRITTEN_WHY: Final = "written on or"  # in the reason of a bound rule written-after-recounted gives
# A timex of a date written with its year: a day, a month or a year (not a week, a season or a quarter).
_WRITTEN_DAY: Final = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def _written_span(s: Spec) -> tuple[dt.date, dt.date] | None:
    """The first and last days of a date written with its year ("Dec. 25, 2024", "August 2024", "2025"), else
    None (no year written, another kind of expression, or no such day): :func:`._timex.interval_of`."""
    if not s.explicit:
        return None
    if s.kind == "md" and s.year:
        return interval_of(f"{s.year:04d}-{s.month:02d}-{s.day:02d}")
    if s.kind == "fixed" and s.type.value == "DATE" and not s.note and _WRITTEN_DAY.fullmatch(s.timex):
        return interval_of(s.timex)
    return None


def _own_evidence(terms: TermsOf, ages: TermsOf) -> TermsOf:
    """Rule ``event-age-bound``: the terms of office of a part and the counts of an event's age in it, the
    evidence an item's own dates are read with (an item with no date of its own is bounded by its terms alone
    where the order is detected or only weakly guessed: a count in a list that is no feed would make it an anchor
    of an order that is not there; shuffled-decided-wrong rose on three development sets)."""

    def both(part: str) -> list[tuple[Callable[[dt.date], bool], str]]:
        return terms(part) + ages(part)

    return both


def _assign_with_bounds(
    text: str,
    spans: Sequence[tuple[int, int]],
    present: Sequence[_ItemDate],
    options: tuple[tuple[dt.date, dt.date], TermsOf, list[_ItemDate] | None],
    chosen: str,
) -> _Assignment:
    """The best chain in the order ``chosen``, the items with no date of their own that their terms of
    office bound taking part (rule ``item-terms-bound``); an item whose occurrences they narrowed says so.
    ``options``: the window, the terms of office, and those items when the order's detection found them."""
    newest_first = chosen == "newest first"
    plain = assign_dates(present, newest_first=newest_first, out_of_order=_ASSIGN_OUT, limit_out=_LIMIT_OUT)
    win, terms, found = options
    decided = all(len(days) == 1 for days in plain.days.values())
    if decided and not _bounds_read(found):
        return plain  # the order alone decides every item: the terms of the others are not read
    bound = found if found is not None else item_bounds(text, spans, present, win, terms)
    if not bound:
        return plain
    both = sorted([*present, *bound], key=lambda d: d.item)
    if decided:  # rule terms-against-chain: the terms are read only where they would keep another reading open
        return terms_against_chain(plain, both, newest_first=newest_first)
    chain = assign_dates(both, newest_first=newest_first, out_of_order=_ASSIGN_OUT, limit_out=_LIMIT_OUT)
    if _bounds_read(found):  # rule terms-against-chain: under an order the detection weighed the terms in
        chain = terms_against_chain(chain, both, newest_first=newest_first)
    used = [d for d in bound if chain.in_order.get(d.item)]
    bounding = [d.item + 1 for d in used]
    for d in bound:  # an item with no date of its own bounds the chain and is no item date
        del chain.days[d.item], chain.in_order[d.item]
    named = f"item{'s' if len(bounding) > 1 else ''} {', '.join(map(str, bounding))}"
    why = f"{_bound_by(used)} named in {named} bound the feed's dates"
    for k, days in chain.days.items():
        if bounding and chain.in_order.get(k) and len(days) < len(plain.days.get(k, ())):
            chain.why[k] = why
    return chain


def _bounds_read(found: list[_ItemDate] | None) -> bool:
    """Whether the order's detection found items with no date of their own that their terms bound (None: not
    looked for, as under a confident order, where the chain alone decides)."""
    return bool(found)


def terms_against_chain(chain: _Assignment, both: Sequence[_ItemDate], *, newest_first: bool) -> _Assignment:
    """Rule ``terms-against-chain``: where the best chain of item dates leaves out items with no date of their own
    whose titles of office bound them (cheap to leave out, rule item-terms-bound) and the best chain that keeps
    them, each such item weighed as a dated item, dates the items otherwise at a cost of less than one dated item
    out of the chain (a year written in one item that recounts another time against the titles of several), the
    evidence is split: the items the two chains date differently keep both readings, uncertain, never a silent
    guess. ``both``: the dated items and the bound ones, in the feed's order."""
    bound = {d.item for d in both if d.bound}
    if not bound or all(chain.in_order.get(k) for k in bound):
        return chain
    strict = assign_dates(
        both, newest_first=newest_first, out_of_order=_ASSIGN_OUT, limit_out=_LIMIT_OUT, bound_out=_ASSIGN_OUT
    )
    if strict.cost - chain.cost >= _ASSIGN_OUT:
        return chain
    days = dict(chain.days)
    why = dict(chain.why)
    for k, own in chain.days.items():
        other = strict.days.get(k, own)
        if k in bound or not chain.in_order.get(k) or not strict.in_order.get(k) or set(other) <= set(own):
            continue
        days[k] = tuple(sorted({*own, *other}))
        why[k] = _SPLIT_WHY
    return evolve(chain, days=days, why=why)


_SPLIT_WHY: Final = (
    "the titles of office of items the best chain leaves out allow another reading (terms-against-chain)"
)


def _bound_by(used: Sequence[_ItemDate]) -> str:
    """What bounded the items with no date of their own that a chain passes: terms of office, ages counted (rule
    event-age-bound) and times recounted or announced with their years (rule written-after-recounted)."""
    parts = [part for d in used for part in d.why.split("; ")]
    kinds = (
        ("terms of office", any(COUNTS_FROM not in part and _WRITTEN_WHY not in part for part in parts)),
        ("ages", any(COUNTS_FROM in part for part in parts)),
        ("times written with their years", any(_WRITTEN_WHY in part for part in parts)),
    )
    return "the " + " and ".join(kind for kind, named in kinds if named)


def _decide_item(  # noqa: PLR0911
    d: _ItemDate,
    rec: MentionRecord,
    assignment: _Assignment | None,
    order: str | None,
    dated: _Neighbours,
) -> DateValue | None:
    """The item's date: fixed by its own evidence, by the order (out of order: the occurrence nearest
    its neighbours' dates), or the only occurrence left."""
    if not d.days:  # no occurrence inside the window
        return None
    if d.fixed or (d.beside and _order_decides_not(d, assignment, order)):  # rule sentence-date-weighs: the nearest
        return rec.given or make_value(d.days[0].isoformat(), basis=Basis.EXPLICIT, reason=d.why)
    if len(d.days) == 1 and d.why:  # its own terms of office (or a decided date beside it) leave one occurrence
        return make_value(d.days[0].isoformat(), basis=_own_basis(d), reason=d.why)
    if assignment is not None and order is not None:
        days = assignment.days.get(d.item, d.days)
        if not assignment.in_order.get(d.item, True):
            days = dated.nearest(d.item, d.days)
        if len(days) > 1:
            return _both_readings(days, order, d, assignment.why.get(d.item))
        why = "; ".join(w for w in (f"the feed lists items {order}", d.why, assignment.why.get(d.item)) if w)
        return make_value(days[0].isoformat(), basis=Basis.DOCUMENT_ORDER, reason=why)
    if len(d.days) == 1:
        basis = _own_basis(d) if d.why else Basis.WINDOW
        return make_value(d.days[0].isoformat(), basis=basis, reason=d.why or "the only occurrence inside the window")
    return None


def _order_decides_not(d: _ItemDate, assignment: _Assignment | None, order: str | None) -> bool:
    """Rule ``sentence-date-weighs``: no order, or the item out of its chain: its nearest reading stands."""
    return assignment is None or order is None or not assignment.in_order.get(d.item, True)


def _own_basis(d: _ItemDate) -> Basis:
    return Basis.CONTEXT if d.near else Basis.TERM_OF_OFFICE


def _both_readings(days: tuple[dt.date, ...], order: str, d: _ItemDate, split: str | None = None) -> DateValue:
    """Two or more readings the whole feed leaves open: uncertain, with every one as an alternative (``split``:
    why the chain keeps them, rule terms-against-chain)."""
    why = f"the feed lists items {order}, but it allows {len(days)} readings of this item's date"
    why += f"; {split}" if split else ""
    spec_form = "XXXX" + days[0].isoformat()[4:]
    return make_value(
        spec_form,
        basis=Basis.UNRESOLVED,
        uncertain=True,
        alternatives=tuple(day.isoformat() for day in days),
        earliest=min(days),
        latest=max(days),
        reason=why + (f"; {d.why}" if d.why else ""),
    )


def _contradiction(value: DateValue, d: _ItemDate, order: str, neighbours: tuple[str, str]) -> DateValue:
    """An item date out of the feed's order keeps its value; its reason names the contradiction."""
    what = "breaks" if d.fixed else "is out of"
    where = f"{order}: between {neighbours[0]} and {neighbours[1]}"
    return evolve(value, reason=f"{value.reason}; it {what} the feed's order ({where})")


def _items(
    spans: list[tuple[int, int]],
    item_values: dict[int, DateValue],
    dated: _Neighbours,
    assignment: _Assignment | None,
) -> list[FeedItem]:
    out: list[FeedItem] = []
    for k, (start, end) in enumerate(spans):
        bounds = None
        if k not in dated.days and k not in dated.own:
            b = dated.bounds(k)
            if b is not None:
                lo, hi, why = b
                bounds = make_value(
                    lo.isoformat() if lo == hi else "XXXX-XX-XX",
                    basis=Basis.DOCUMENT_ORDER,
                    uncertain=lo != hi,
                    reason=why,
                    earliest=lo,
                    latest=hi,
                )
        in_order = assignment is None or assignment.in_order.get(k, True)
        out.append(FeedItem(index=k, start=start, end=end, date=item_values.get(k), bounds=bounds, in_order=in_order))
    return out
