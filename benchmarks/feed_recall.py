"""Measure the library on feeds without a publication date built from any real-news gold files (issue 8).

Usage::

    python benchmarks/feed_recall.py                          # feeds from dev-a..c (what tests/test_feeds.py holds)
    python benchmarks/feed_recall.py dev-d                    # a part of ../shared/data/realnews by name
    python benchmarks/feed_recall.py A.jsonl B.jsonl          # any gold files (GOLD.md format), pooled into one source
    python benchmarks/feed_recall.py A.jsonl B.jsonl --each   # each file's feeds, then the pooled files' feeds
    python benchmarks/feed_recall.py dev-d --errors 20        # also list wrong year-less dates (passage id, values)
    python benchmarks/feed_recall.py dev-d --json             # one JSON line per source instead of the table

The feeds are built at run time by ``tests/feeds.py`` (``build_feeds(count, rows=passages(files))``): ``--count``
feeds (default 48), seed k giving feed k, newest first and oldest first, one item per line and per paragraph,
consecutive stories (a tag page's stream) and stories spread over months (a timeline), 10 to 30 items plus
one more story of a day already listed. Nothing read is written anywhere. The library reads each feed with
``find_dates(text)`` and ``read_feed(text)``: no publication date, ``order=None``.

Reported per source: the share of year-less dates ("Dec. 3", "10 July", "September") whose value equals the
gold, overall, per order, per layout and per kind of feed; how the wrong ones fail (not found, left
uncertain, another year, another value); the same dates read passage by passage WITH the publication date
(the ceiling: what the date rules give without any feed question); how often the order is detected, right,
with confidence, and wrong (with or without confidence); each feed's items shuffled five times (texts that
are no feed, ``feeds.shuffled``): how often an order is detected in them, and with confidence (never, issue
8), and how many of their year-less dates get a value (decided) and how many of those are wrong (a wrong
value on a text that is no feed costs as a wrong year on a feed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import feeds  # noqa: E402 - tests/feeds.py, the feed builder the tests use


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.3f}" if total else "0/0"


def _outcome(gold: feeds.GoldDate, mentions: list[Any]) -> tuple[str, Any]:
    """How one year-less date came out: right, missed (no mention over it), uncertain, year (the
    month-day right, another year), other (another value); and the mention."""
    m = next((m for m in mentions if m.start < gold.end and gold.start < m.end), None)
    if m is None:
        return "missed", None
    if m.timex == gold.value:
        return "right", m
    if m.value.uncertain:
        return "uncertain", m
    if m.timex[4:] == gold.value[4:]:
        return "year", m
    return "other", m


def _ceiling(rows: list[dict[str, Any]]) -> tuple[int, int]:
    """The year-less dates read passage by passage with the publication date: (right, total)."""
    import datetime as dt

    from nato_ukraine_timeline import find_dates

    right = total = 0
    for row in rows:
        wanted = [t for t in row.get("timexes", ()) if feeds.yearless(t)]
        if not wanted:
            continue
        mentions = find_dates(row["text"], published=dt.date.fromisoformat(row["published"]))
        for t in wanted:
            gold = feeds.GoldDate(start=t["start"], end=t["end"], text=t["text"], value=t["value"], item=0)
            right += _outcome(gold, mentions)[0] == "right"
            total += 1
    return right, total


def measure(rows: list[dict[str, Any]], count: int, errors: int = 0, *, shuffles: bool = True) -> dict[str, Any]:
    """The figures of ``count`` feeds built from ``rows`` (see the module's docstring); ``shuffles``: also
    read each feed's items in ``feeds.SHUFFLES`` random orders (texts that are no feed)."""
    from nato_ukraine_timeline import find_dates, read_feed

    built = feeds.build_feeds(count, rows=rows)
    tally: dict[str, Counter[str]] = {"all": Counter()}
    orders: Counter[str] = Counter()
    scrambled: Counter[str] = Counter()  # the year-less dates of the shuffled texts (no feed), by outcome
    wrong: list[dict[str, Any]] = []
    losses: Counter[str] = Counter()  # the year-less dates not right, by how the feed's order came out
    declined: Counter[str] = Counter()  # the feeds whose order was declined, by the tests it failed
    for k, f in enumerate(built):
        mentions = find_dates(f.text)
        reading = read_feed(f.text)
        where = _order_class(reading, f.order)
        if reading.order is None:
            declined[where] += 1
        for g in f.gold:
            outcome, m = _outcome(g, mentions)
            for key in ("all", f.order, f.layout, f.kind):
                tally.setdefault(key, Counter())[outcome] += 1
            if outcome != "right":
                losses[f"{where}: {outcome}"] += 1
            if outcome != "right" and len(wrong) < errors:
                item = f.ids[g.item] if f.ids else str(g.item)
                got = None if m is None else {"value": m.timex, "reason": m.value.reason}
                wrong.append({"feed": f.name, "item": item, "gold": g.value, "got": got})
        orders["feeds"] += 1
        orders["detected right"] += reading.order == f.order
        orders["right, confident"] += reading.order == f.order and reading.confident
        orders["wrong"] += reading.order not in (None, f.order)
        orders["wrong, confident"] += reading.order not in (None, f.order) and reading.confident
        for text, gold in feeds.shuffled_gold(f, k) if shuffles else ():
            found = find_dates(text)
            for g in gold:  # a value decided on a text that is no feed: right or wrong, as on a feed
                scrambled[_outcome(g, found)[0]] += 1
            shuffled = read_feed(text)
            orders["shuffled"] += 1
            orders["shuffled, detected"] += shuffled.order is not None
            orders["shuffled, confident"] += shuffled.confident
    ceiling = _ceiling(rows)
    return {
        "passages": len(rows),
        "feeds": len(built),
        "items": sum(len(f.items) for f in built),
        "yearless": {k: {"right": c["right"], "total": sum(c.values()), **dict(c)} for k, c in tally.items()},
        "ceiling": {"right": ceiling[0], "total": ceiling[1]},
        "order": dict(orders),
        "shuffled": {
            **dict(scrambled),
            "decided": scrambled["right"] + scrambled["year"] + scrambled["other"],
            "decided wrong": scrambled["year"] + scrambled["other"],
        },
        "losses": dict(losses.most_common()),
        "declined": dict(declined.most_common()),
        "errors": wrong,
    }


def _order_class(reading: Any, order: str) -> str:
    """How a feed's order came out: detected right or wrong, or declined and why (the tests the cheaper
    order failed, from the reason ``decide_order`` gives, and whether that order was the feed's)."""
    if reading.order is not None:
        return "order right" if reading.order == order else "order wrong"
    reason = reading.order_reason
    if "too few" in reason:
        return "no order: fewer than 3 dated items"
    cheaper, _, tests = reason.rpartition("declined ")[2].partition(": ")
    return f"no order: {tests.rstrip(')')}, cheaper order {'right' if cheaper == order else 'wrong'}"


def _print(label: str, result: dict[str, Any]) -> None:
    y = result["yearless"]
    a = y["all"]
    print(f"{label}: {result['feeds']} feeds, {result['items']} items from {result['passages']} passages")
    print(f"  year-less right {_share(a['right'], a['total'])}")
    for group in (feeds.ORDERS, feeds.LAYOUTS, feeds.KINDS):
        print("    " + "; ".join(f"{k} {_share(y[k]['right'], y[k]['total'])}" for k in group if k in y))
    fails = ", ".join(f"{k} {a.get(k, 0)}" for k in ("missed", "uncertain", "year", "other"))
    print(f"    wrong: {fails}")
    print("    not right, by order: " + "; ".join(f"{k} {v}" for k, v in result["losses"].items()))
    declined = (f"{k.removeprefix('no order: ')} {v}" for k, v in result["declined"].items())
    print("    feeds with no order: " + "; ".join(declined))
    c = result["ceiling"]
    print(f"  passage by passage with the publication date: {_share(c['right'], c['total'])}")
    o = result["order"]
    n = o["feeds"]
    print(
        f"  order detected right {o['detected right']}/{n}, {o['right, confident']} with confidence; "
        f"wrong {o['wrong']} ({o['wrong, confident']} with confidence)"
    )
    if o.get("shuffled"):
        print(
            f"  items shuffled (no feed): an order detected in {o['shuffled, detected']}/{o['shuffled']}, "
            f"{o['shuffled, confident']} with confidence"
        )
        sh = result["shuffled"]
        print(
            f"    their year-less dates: {sh['decided']} decided, {sh['decided wrong']} wrong "
            f"(right {sh.get('right', 0)}, uncertain {sh.get('uncertain', 0)}, missed {sh.get('missed', 0)})"
        )
    for e in result["errors"]:
        print(f"    {e['item']}: gold {e['gold']}, got {e['got']}  [{e['feed']}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", help="gold files or part names (default: dev-a dev-b dev-c)")
    parser.add_argument("--count", type=int, default=48, help="feeds per source (default 48)")
    parser.add_argument("--each", action="store_true", help="each file's feeds as well as the pooled files'")
    parser.add_argument("--errors", type=int, default=0, help="list this many wrong year-less dates per source")
    parser.add_argument("--json", action="store_true", help="one JSON line per source")
    parser.add_argument("--no-shuffles", action="store_true", help="skip the feeds' items shuffled (no feed)")
    args = parser.parse_args(argv)
    parts = args.gold or list(feeds.PARTS)
    missing = [p for p in parts if not feeds.gold_path(p).exists()]
    if missing:
        print(f"gold not found: {', '.join(missing)} (../shared beside the repository, or paths)")
        return 0
    sources = [[p] for p in parts] if args.each and len(parts) > 1 else []
    sources.append(parts)
    for source in sources:
        label = "+".join(Path(p).stem for p in source)
        result = measure(feeds.passages(source), args.count, args.errors, shuffles=not args.no_shuffles)
        if args.json:
            print(json.dumps({"source": label, **result}))
        else:
            _print(label, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
