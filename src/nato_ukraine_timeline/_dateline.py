"""Datelines: the place, day and agency a wire story or a dated item opens with.

One finder for the concept (``KYIV, March 4 (Reuters) -``, ``MOSCOW, January 15. /TASS/.``, ``Seoul, (APP -
... 12th Jan, 2025)``, ``LONDON --``, ``Rio de Janeiro, 19 November 2024:``, a day alone on the first line):
:func:`opening_dateline` reads the one a passage opens with, :func:`datelines` every one that opens a line.
Each is a :class:`Dateline` (the place span, the day span if any, the agency, where the lead starts) read by one
of the :data:`FORMS`. The day of a dateline is a date mention: the caller passes the spans of the date mentions
it found (``find_dates``'s); without them (actor mentions, which run without dates) a day is a month and a
number in the shapes datelines set (``Feb. 28``, ``12 December 2025``, ``12th Jan, 2025``), month and weekday
names from ``data/months.tsv`` and ``data/weekdays.tsv``.

Used by: the reference day of ``find_dates`` (``_dates._find``), the statement date a dateline gives
(``_statement_dates``), the lead under a dated stamp (``_event_rules``) and the actor mentions a dateline's
place is not (``_mentions``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

from attrs import frozen

from ._resources import alternation, tsv_rows

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "BRACKETED_TAG",
    "FORMS",
    "TAG_DASH",
    "Dateline",
    "DatelineForm",
    "dateline_of_day",
    "datelines",
    "opening_dateline",
]


@frozen(kw_only=True)
class Dateline:
    """A dateline: ``start`` of its line, the ``place`` span (with its region or country: "KYIV, Ukraine"),
    the ``day`` span (a date mention's) if it names one, the ``agency`` as written ("Reuters", "TASS") if any,
    ``end`` where the lead starts (after the separator), the name of the ``form`` that read it, and whether the
    place (before its region) is set in ``capitals`` as wires set it ("KYIV", not "Kyiv")."""

    start: int
    place: tuple[int, int] | None
    capitals: bool
    day: tuple[int, int] | None
    agency: str | None
    end: int
    form: str


@frozen(kw_only=True)
class DatelineForm:
    """A form of dateline: what comes before the day (``head``, read from the line's start up to the day) and
    after it (``tail``, from the day's end to the lead), or the whole of a dateline without a day (``head``
    alone, ``dated`` False); ``examples`` are (text, place, day, agency) run as tests (SYNTHETIC openings in
    the styles of several agencies)."""

    name: str
    reads: str
    head: re.Pattern[str]
    tail: re.Pattern[str] | None
    examples: tuple[tuple[str, str | None, str | None, str | None], ...]

    @property
    def dated(self) -> bool:
        return self.tail is not None


# A place: up to four capitalised words ("RAMSTEIN AIR BASE", "Kuala Lumpur", "The Hague"), a particle
# between them ("Rio de Janeiro"); then up to two regions: a country in slashes or brackets ("TIANJIN /China/",
# "Kyiv [Ukraine]") or after a comma ("KYIV, Ukraine", "ANCHORAGE, the United States").
_WORD: Final = r"[A-Z][\w.'\u2019-]*"
_PLACE: Final = rf"(?-i:{_WORD}(?:[ \t]+(?:(?:de|da|do|del|di|la|el|al|upon)[ \t]+)?{_WORD}){{0,3}})"
_REGION: Final = (
    rf"(?:[ \t]*/[A-Za-z ]{{2,20}}/|[ \t]*\[[A-Za-z ]{{2,20}}\]|,[ \t]*(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)
_WHERE: Final = rf"\s*(?P<place>{_PLACE}(?:{_REGION}){{0,2}})"
_AGENCY: Final = r"(?:\((?P<agency>[^()\n\d]{1,40})\)|/(?P<slashed>[^/\n\d]{1,20})/)"
_SEP: Final = r"(?:--?|\u2013|\u2014|:)"
#: An outlet's tag in brackets that opens a lead with no place before it ("(MENAFN) On Monday, ...", "(Newswire) -
#: Talks went on."): no digit and no comma inside (a bracketed date or list is no tag). Read by the event rule
#: sentence-opening (``_event_rules``) and the fronted adverbial of statement dates (``_statement_dates``).
BRACKETED_TAG: Final = r"\([^()\n\d,]{1,40}\)"
#: The dash after such a tag: two hyphens, a hyphen, an en dash or an em dash.
TAG_DASH: Final = r"(?:--|[-\u2013\u2014])"

FORMS: Final = (
    DatelineForm(
        name="place-day-agency",
        reads="a place, its day, then the agency in brackets or slashes and an optional separator",
        head=re.compile(rf"{_WHERE},[ \t]*"),
        tail=re.compile(rf"\.?[ \t]*{_AGENCY}\.?(?:[ \t]*{_SEP}|(?=\s))\s*"),
        examples=(
            ("KYIV, March 4 (Reuters) - Talks went on.", "KYIV", "March 4", "Reuters"),
            ("MOSCOW, January 15. /TASS/. Talks went on.", "MOSCOW", "January 15", "TASS"),
            ("TIANJIN /China/, July 15. /TASS/. Talks went on.", "TIANJIN /China/", "July 15", "TASS"),
            ("Moscow, Aug. 6 (EFE).-\nTalks went on.", "Moscow", "Aug. 6", "EFE"),
            (
                "ANCHORAGE, the United States, Aug. 15 (Xinhua) -- Talks went on.",
                "ANCHORAGE, the United States",
                "Aug. 15",
                "Xinhua",
            ),
        ),
    ),
    DatelineForm(
        name="place-day-separator",
        reads="a place, its day, then a dash or a colon",
        head=re.compile(rf"{_WHERE},[ \t]*"),
        tail=re.compile(rf"[ \t]*{_SEP}(?=\s)\s*"),
        examples=(
            ("ISTANBUL, July 23 \u2014 Talks went on.", "ISTANBUL", "July 23", None),
            ("Rio de Janeiro, 19 November 2024: Talks went on.", "Rio de Janeiro", "19 November 2024", None),
            ("The Hague [Netherlands], June 25: Talks went on.", "The Hague [Netherlands]", "June 25", None),
        ),
    ),
    DatelineForm(
        name="place-day-line",
        reads="a place and its day on a line of their own, or run into the lead's first capitalised word",
        head=re.compile(rf"{_WHERE},[ \t]*"),
        tail=re.compile(r"[ \t]*\n\s*|[ \t]+(?=[A-Z])"),
        examples=(("Oslo, Sep 26 Danish ministers met.", "Oslo", "Sep 26", None),),
    ),
    DatelineForm(
        name="place-agency-day",
        reads="a place, then the agency and the day in one bracket",
        head=re.compile(rf"{_WHERE},?[ \t]*\((?P<agency>[^()\n]{{1,60}}?)[ \t]*[-\u2013\u2014][ \t]*"),
        tail=re.compile(r"[ \t]*\)[ \t]*"),
        examples=(
            (
                "Seoul, (APP - Wire Service - 12th Jan, 2025) Talks went on.",
                "Seoul",
                "12th Jan, 2025",
                "APP - Wire Service",
            ),
        ),
    ),
    DatelineForm(
        name="place-agency-line",
        reads="a place, the agency in brackets, then the day on the rest of the line",
        head=re.compile(rf"{_WHERE}[ \t]*\((?P<agency>[^()\n]{{1,40}})\)[ \t]*"),
        tail=re.compile(r"[ \t]*\n\s*"),
        examples=(
            ("Brussels, Belgium (AFP) Oct 28, 2025\n\nTalks went on.", "Brussels, Belgium", "Oct 28, 2025", "AFP"),
        ),
    ),
    DatelineForm(
        name="day-agency",
        reads="a day first, then the agency in brackets and a separator",
        head=re.compile(r"[ \t]*"),
        tail=re.compile(rf"\.?[ \t]*{_AGENCY}\.?(?:[ \t]*{_SEP}|(?=\s))\s*"),
        examples=(("July 3 (UPI) -- Talks went on.", None, "July 3", "UPI"),),
    ),
    DatelineForm(
        name="day-line",
        reads="a day (and time) alone on the first line: a stamp",
        head=re.compile(r"\s*"),
        tail=re.compile(r"[ \t]*\n\s*"),
        examples=(("26 November 2024\nTalks went on.", None, "26 November 2024", None),),
    ),
    DatelineForm(
        name="day-separator",
        reads="a day first, then a dash or a colon (a stamp, or a feed item's date)",
        head=re.compile(r"[ \t]*"),
        tail=re.compile(rf"[ \t]*{_SEP}(?=\s)\s*"),
        examples=(("FEBRUARY 13, 2025 \u2013 Talks went on.", None, "FEBRUARY 13, 2025", None),),
    ),
    DatelineForm(
        name="place-agency",
        reads="a place (and region) without a day, then the agency in brackets and a separator",
        head=re.compile(rf"{_WHERE}[ \t]*\((?P<agency>[A-Za-z/ ]{{2,20}})\)\.?[ \t]*{_SEP}[ \t]*"),
        tail=None,
        examples=(
            ("WASHINGTON (AP) \u2014 Talks went on.", "WASHINGTON", None, "AP"),
            ("KYIV, Ukraine (AP) \u2014 Talks went on.", "KYIV, Ukraine", None, "AP"),
            ("Brussels (EFE).- Talks went on.", "Brussels", None, "EFE"),
        ),
    ),
    DatelineForm(
        name="place-dash",
        reads="a place the places table knows, or one in capitals with a region, without a day, then a dash",
        head=re.compile(rf"{_WHERE}[ \t]*(?:--?|\u2013|\u2014)[ \t]+"),
        tail=None,
        examples=(
            ("LONDON -- Talks went on.", "LONDON", None, None),
            ("Riga \u2014 Talks went on.", "Riga", None, None),
            ("RAMSTEIN AIR BASE, Germany \u2014 Talks went on.", "RAMSTEIN AIR BASE, Germany", None, None),
        ),
    ),
)

_DIGIT: Final = re.compile(r"\d")
_REACH: Final = 80  # how far from its line's start a dateline's day may start
# A line that may open with a dateline: a place followed by a comma, bracket, slash or dash (a day first is
# read by :func:`_line_start`).
_PLACE_FIRST: Final = rf"{_PLACE}[ \t]*(?:[,(/\[:]|--?\s|[\u2013\u2014])"


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names (data/months.tsv, data/weekdays.tsv), folded: no word of a place."""
    return frozenset(cells[0].casefold() for name in ("months.tsv", "weekdays.tsv") for _n, cells in tsv_rows(name, 2))


@cache
def _known_places() -> frozenset[str]:
    """Place names of data/places.tsv, folded."""
    return frozenset(cells[0].casefold() for _n, cells in tsv_rows("places.tsv", 3))


@cache
def _day_shape() -> re.Pattern[str]:
    """A dateline's day when no date mentions are given: a month name and a day number, either order, an
    optional ordinal suffix and year ("Feb. 28", "12 December 2025", "12th Jan, 2025")."""
    month = "(?:" + alternation(cells[0] for _n, cells in tsv_rows("months.tsv", 2)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(rf"(?i:{month})[ \t]+{day}(?:,?[ \t]+\d{{4}})?|{day}[ \t]+(?i:{month}),?(?:[ \t]+\d{{4}})?")


@cache
def _line_start() -> re.Pattern[str]:
    """Where a line may open with a dateline: a place then a comma, bracket, slash or dash, or a day."""
    return re.compile(rf"(?m)^[ \t]*(?=\d|{_PLACE_FIRST}|(?:{_day_shape().pattern}))")


def _place_ok(text: str, span: tuple[int, int] | None) -> bool:
    if span is None:
        return True
    words = re.findall(r"[A-Za-z]+", text[span[0] : span[1]])
    return not any(w.casefold() in _calendar_words() for w in words)


def _read(text: str, form: DatelineForm, line: int, day: tuple[int, int] | None) -> Dateline | None:
    if day is None:
        m = form.head.match(text, line)
        tail = None
    else:
        m = form.head.fullmatch(text, line, day[0])
        tail = form.tail.match(text, day[1]) if form.tail is not None and m is not None else None
        if tail is None:
            return None
    if m is None:
        return None
    place = m.span("place") if "place" in m.re.groupindex and m.group("place") else None
    if not _place_ok(text, place):
        return None
    found = [
        match.group(g)
        for match in (m, tail)
        if match is not None
        for g in ("agency", "slashed")
        if g in match.re.groupindex
    ]
    agency = next((a.strip() for a in found if a), None)
    city = "" if place is None else re.split(r"[,/\[]", text[place[0] : place[1]])[0]
    return Dateline(
        start=line,
        place=place,
        capitals=city.isupper(),
        day=day,
        agency=agency,
        end=(tail or m).end(),
        form=form.name,
    )


def _undated_ok(text: str, found: Dateline) -> bool:
    """A dateline without a day needs an agency, a place in capitals with its region, or a place the places
    table knows ("LONDON --", "Riga \u2014"; "NATO - ..." and "Ukraine - ..." open no dateline)."""
    if found.agency is not None or found.place is None:
        return found.agency is not None
    place = text[found.place[0] : found.place[1]]
    return (found.capitals and "," in place) or place.casefold() in _known_places()


def _at(text: str, line: int, days: Sequence[tuple[int, int]] | None) -> Dateline | None:
    """The dateline that opens the line starting at ``line``, if any."""
    if days is None:
        # every day shape holds a digit: a line without one in reach (most) skips the shape's slower search
        digit = _DIGIT.search(text, line, line + _REACH + 20)
        shape = _day_shape().search(text, line, line + _REACH + 20) if digit is not None else None
        day = shape.span() if shape is not None and shape.start() <= line + _REACH else None
    else:
        day = next((d for d in days if d[0] >= line), None)
        if day is not None and day[0] > line + _REACH:
            day = None
    for form in FORMS:
        if form.dated:
            found = _read(text, form, line, day) if day is not None else None
        else:
            found = _read(text, form, line, None)
            if found is not None and not _undated_ok(text, found):
                found = None
        if found is not None:
            return found
    return None


def opening_dateline(text: str, days: Sequence[tuple[int, int]] | None = None) -> Dateline | None:
    """The dateline the text opens with, if any. ``days``: the spans of the text's date mentions in text
    order (only the first one can be a dateline's day); None reads days by their shape."""
    if not isinstance(text, str):
        return None
    return _at(text, 0, days[:1] if days is not None else None)


def dateline_of_day(text: str, day: tuple[int, int]) -> Dateline | None:
    """The dateline the text opens with when its day is the date mention at ``day`` (the text's first: "BEIJING,
    Feb. 18 (Xinhua) --", "KYIV, May 18. /TASS/."): the day the story or item was filed, set before its first
    sentence, not a date of that sentence; else None. The one test the date, statement and event rules ask."""
    line = opening_dateline(text, [day])
    return line if line is not None and line.day == day else None


def datelines(text: str) -> list[Dateline]:
    """Every dateline that opens a line of ``text`` (a feed's items may each have one); days read by shape."""
    out = []
    start = _line_start()
    line = 0
    while line >= 0:  # each line's start (what the pattern's "^" reads), one anchored match each
        m = start.match(text, line)
        found = _at(text, line, None) if m is not None else None
        if found is not None:
            out.append(found)
        line = text.find("\n", line)
        line = line + 1 if line >= 0 else -1
    return out
