"""Feeds built at test time from real news passages, the way tag pages and timelines look.

The passages (``../shared/data/realnews/dev-a,b,c.jsonl``, never ``dev-d``) are read at run time and
never copied into the repository. A feed is 10 to 30 passages, one item per line or per paragraph,
newest first or oldest first, with no publication date: consecutive stories of the mixed-topic stream
(as a tag page lists them) or stories spread over months (as a timeline page does). The passages bring
what real items bring: dates that point away from the item's day (a summit announced for next month, a
war recalled from 2014 or 2022), items with no date at all, two items on the same day. The gold of each
year-less date ("Dec. 3", "10 July", "September", "next February") is its value in the passage's
annotation; its offsets move with the item.

``build_feeds()`` is deterministic (a fixed seed per feed). ``build_feeds(rows=passages(paths))`` builds
the same kinds of feeds from any gold files in the format of ``../shared/GOLD.md`` (``benchmarks/feeds.py``
measures the library on them); the default, dev-a..c, is what ``tests/test_feeds.py`` holds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Sequence

SHARED: Final = Path(__file__).resolve().parents[2] / "shared"
REALNEWS: Final = SHARED / "data" / "realnews"
PARTS: Final = ("dev-a", "dev-b", "dev-c")  # dev-d is blind: never read here
ORDERS: Final = ("newest first", "oldest first")
LAYOUTS: Final = ("line", "paragraph")
KINDS: Final = ("tag-page stream", "timeline")  # consecutive stories; stories spread over months
_FEWEST: Final = 10  # items a feed has at least (where the files hold that many passages)
_MONTH: Final = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_YEAR_WRITTEN: Final = re.compile(r"\d{4}|['\u2019]\d\d\b")
_VALUE_WITH_YEAR: Final = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


@frozen(kw_only=True)
class GoldDate:
    start: int
    end: int
    text: str
    value: str
    item: int


@frozen(kw_only=True)
class Feed:
    name: str
    order: str
    layout: str
    kind: str  # one of KINDS
    text: str
    items: tuple[tuple[int, int], ...]  # each item's span in ``text``
    published: tuple[dt.date, ...]  # each item's publication date (never given to the library)
    gold: tuple[GoldDate, ...]  # the year-less dates
    ids: tuple[str, ...] = ()  # each item's passage id


def available() -> bool:
    return all((REALNEWS / f"{p}.jsonl").exists() for p in PARTS)


def gold_path(part: str | Path) -> Path:
    """A part's gold file: a name of ``../shared/data/realnews`` (``dev-d``) or a path to any gold file."""
    part = Path(part)
    return part if part.suffix == ".jsonl" else REALNEWS / f"{part}.jsonl"


def passages(parts: Sequence[str | Path] = PARTS) -> list[dict[str, Any]]:
    """The passages of ``parts`` (default: the development parts dev-a..c) that have a publication date,
    oldest first (ties by id)."""
    rows = [json.loads(line) for p in parts for line in gold_path(p).read_text("utf-8").splitlines() if line.strip()]
    return sorted((r for r in rows if r.get("published")), key=lambda r: (r["published"], r["id"]))


def yearless(timex: dict[str, Any]) -> bool:
    """A date written with a month and without its year, whose gold value has the year."""
    text, value = timex.get("text") or "", timex.get("value") or ""
    return (
        timex.get("type") == "DATE"
        and _MONTH.search(text) is not None
        and _YEAR_WRITTEN.search(text) is None
        and _VALUE_WITH_YEAR.match(value) is not None
    )


def _flat(text: str) -> str:
    """One line: each line break becomes a space (character for character, so offsets hold)."""
    return re.sub(r"[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]", " ", text)


def _pick(rows: list[dict[str, Any]], rng: random.Random, spread: bool) -> list[dict[str, Any]]:
    n = rng.randint(10, 30)
    step = rng.randint(3, 8) if spread else rng.randint(1, 2)
    start = rng.randrange(0, max(1, len(rows) - n * step))
    chosen: list[dict[str, Any]] = []
    i = start
    while len(chosen) < n and i < len(rows):
        chosen.append(rows[i])
        i += rng.randint(1, step)
    # two items on the same day: keep one more story of a day already in the feed
    if len(chosen) < min(_FEWEST, len(rows)):  # few passages in the files: walk them all from the start
        chosen = rows[:: max(1, len(rows) // _FEWEST)][:n]
    days = {r["published"] for r in chosen}
    same = [r for r in rows if r["published"] in days and r not in chosen]
    if same:
        chosen.append(rng.choice(same))
    return sorted(chosen, key=lambda r: (r["published"], r["id"]))


def build(seed: int, rows: list[dict[str, Any]]) -> Feed:
    rng = random.Random(seed)  # noqa: S311 - a fixed draw of feeds, not a secret
    order, layout = ORDERS[seed % 2], LAYOUTS[(seed // 2) % 2]
    spread = seed % 3 == 0
    chosen = _pick(rows, rng, spread=spread)
    if order == "newest first":
        chosen.reverse()
    sep = "\n" if layout == "line" else "\n\n"
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    gold: list[GoldDate] = []
    at = 0
    for k, row in enumerate(chosen):
        item = _flat(row["text"])
        spans.append((at, at + len(item)))
        gold.extend(
            GoldDate(start=at + t["start"], end=at + t["end"], text=t["text"], value=t["value"], item=k)
            for t in row.get("timexes", ())
            if yearless(t)
        )
        parts.append(item)
        at += len(item) + len(sep)
    return Feed(
        name=f"feed-{seed:02d} ({order}, one per {layout}, {len(chosen)} items)",
        order=order,
        layout=layout,
        kind=KINDS[spread],
        text=sep.join(parts),
        items=tuple(spans),
        published=tuple(dt.date.fromisoformat(r["published"]) for r in chosen),
        gold=tuple(gold),
        ids=tuple(r["id"] for r in chosen),
    )


def build_feeds(count: int = 48, rows: list[dict[str, Any]] | None = None) -> list[Feed]:
    """``count`` feeds, deterministic: seed k gives feed k, from ``rows`` (:func:`passages` of any gold
    files; default the development parts dev-a..c)."""
    rows = passages() if rows is None else rows
    return [build(seed, rows) for seed in range(count)]


SHUFFLES: Final = 5  # texts that are no feed made of each feed: its items in fixed random orders


def shuffled_gold(feed: Feed, seed: int) -> list[tuple[str, tuple[GoldDate, ...]]]:
    """The texts of :func:`shuffled` (the same ones, in the same order), each with the gold of its year-less
    dates at their offsets there: what a reading of a text that is no feed decides can be scored."""
    items = [feed.text[a:b] for a, b in feed.items]
    order = list(range(len(items)))
    out = []
    for s in range(SHUFFLES):
        random.Random(1000 * seed + s).shuffle(order)  # noqa: S311 - the same draws as shuffled()
        at, starts = 0, {}
        for k in order:
            starts[k] = at
            at += len(items[k]) + 1
        gold = tuple(
            GoldDate(
                start=g.start - feed.items[g.item][0] + starts[g.item],
                end=g.end - feed.items[g.item][0] + starts[g.item],
                text=g.text,
                value=g.value,
                item=order.index(g.item),
            )
            for g in feed.gold
        )
        out.append(("\n".join(items[k] for k in order), gold))
    return out


def shuffled(feed: Feed, seed: int) -> list[str]:
    """The texts that are no feed made of ``feed`` (the ``seed``-th of its list): its items, one per line,
    shuffled again ``SHUFFLES`` times (random.Random(1000 * seed + s)): an order detected in one of them
    is chance's, never a confident one (issue 8)."""
    items = [feed.text[a:b] for a, b in feed.items]
    out = []
    for s in range(SHUFFLES):
        random.Random(1000 * seed + s).shuffle(items)  # noqa: S311 - fixed shuffles
        out.append("\n".join(items))
    return out
