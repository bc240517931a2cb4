"""Feeds with no publication date (thirtieth session, feeds30): rule ``sentence-date-weighs`` (a date written with
its year elsewhere in an item's sentence does not fix the item's date at its nearest occurrence) and rule
``terms-against-chain`` (a year written in one item against the titles of office of several keeps both readings).
Every feed here is synthetic, written for these tests."""

from __future__ import annotations

from nato_ukraine_timeline import find_dates, read_feed

_RECOUNTED = (
    "Talks opened on Nov. 20, 2024.\nEnvoys met on Dec. 18.\nMinisters met on Feb. 17.\n"
    "On April 26, officials said the town seized in August 2024 was retaken.\nLeaders met on May 30.\n"
)

_SPLIT = (
    "Ministers met on May 12.\nEnvoys met on May 15.\n"
    "A call was held with U.S. President Donald Trump and European leaders.\n"
    "The treaty, signed on June 19, 2024, binds both sides.\nTalks were held on June 15.\n"
    "President Donald Trump spoke with the press.\nTalks went on on Aug. 1.\n"
)


def _values(text: str) -> dict[str, str]:
    return {m.text: m.timex for m in find_dates(text)}


def test_a_month_of_a_year_in_the_sentence_does_not_fix_the_item_date_against_the_order() -> None:
    """Synthetic: the town was seized in August 2024; the item's own day follows the feed's 2025 items."""
    mentions = {m.text: m for m in find_dates(_RECOUNTED)}
    assert mentions["April 26"].timex == "2025-04-26"
    assert "beside a date its sentence writes" in mentions["April 26"].value.reason
    assert mentions["August 2024"].timex == "2024-08"
    reading = read_feed(_RECOUNTED)
    assert reading.order == "oldest first"
    assert all(item.in_order for item in reading.items)


def test_with_no_order_the_nearest_reading_stands() -> None:
    """Synthetic: one item, no feed: the occurrence nearest the sentence's date, as before."""
    assert _values("On April 26, officials said the town seized in August 2024 was retaken.\n")["April 26"] == (
        "2024-04-26"
    )


def test_a_year_written_with_the_date_itself_stays_fixed() -> None:
    """Synthetic: "April 26, 2024" is its own year, whatever the order says."""
    text = _RECOUNTED.replace("On April 26,", "On April 26, 2024,")
    assert _values(text)["April 26, 2024"] == "2024-04-26"


def test_titles_against_a_written_year_keep_both_readings() -> None:
    """Synthetic: the treaty's year puts the chain in 2024, two titles held from 2025 put it in 2025: both stay."""
    mentions = {m.text: m for m in find_dates(_SPLIT)}
    for text in ("May 12", "May 15", "June 15", "Aug. 1"):
        value = mentions[text].value
        assert value.uncertain, text
        assert len(value.alternatives) == 2, text
        assert {a[:4] for a in value.alternatives} == {"2024", "2025"}, text
        assert "terms-against-chain" in value.reason, text
    assert mentions["June 19, 2024"].timex == "2024-06-19"


def test_with_no_title_the_chain_decides() -> None:
    """Synthetic: the same feed without the titled items: the written year decides, as before."""
    text = "".join(line + "\n" for line in _SPLIT.splitlines() if "Trump" not in line)
    values = _values(text)
    assert values["May 12"] == "2024-05-12"
    assert values["Aug. 1"] == "2024-08-01"
