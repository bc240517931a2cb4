"""Date resolution: find every temporal expression in a text and place it on a timeline.

``_lexicon`` loads the word tables (``data/*.tsv``), ``_patterns`` builds the scanner (one regex with a
trigger-word gate, named groups and bounded repetition), ``_read`` reads a match into a specification,
``_resolve`` applies a reference date and the tense of the clause (pure functions: the reference date is
an argument, never the clock), ``_find`` puts it together.

How a year-less date is resolved, strongest evidence first (each value records its ``basis``):

1. a date with its year written close by (same sentence; with a publication date, within a few words,
   as in "from Dec. 20, 2024 to Jan. 5") -- ``context``;
2. the publication date and the tense of the clause: past -> the latest occurrence on or before it,
   future ("will", "is scheduled", "ahead of", "next") -> the first on or after it, within about ten
   months; otherwise the nearest occurrence -- ``published+tense``;
3. without a publication date (``_feed``: the text as a feed of items, one per line or paragraph, one
   global decision): each item's date keeps the occurrences its own evidence allows (a year written
   next to it, the terms of office named in its item, the window) -- ``term of office``/``window``;
   the order of the feed (given, or detected when the dates support it clearly) and the longest
   monotone chain of item dates decide every year at once -- ``document order``; other expressions of
   an item are read against the item's date or a full date written before them in the item
   -- ``context``; in an item with no date, against the interval its neighbours' dates bound
   -- ``document order``; the only occurrence inside the window -- ``window``;
4. otherwise the value keeps ``XXXX`` (``XXXX-02-17``), is ``uncertain``, lists its occurrences inside
   the window as ``alternatives`` and spans them in ``earliest``/``latest`` -- ``unresolved``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._feed import FeedItem, FeedReading
from ._find import DEFAULT_WINDOW, ORDERS
from ._find import find_dates as _find_dates
from ._find import read_feed as _read_feed

if TYPE_CHECKING:
    import datetime as dt

    from nato_ukraine_timeline._actors import ActorRegistry
    from nato_ukraine_timeline._dateargs import DateLike
    from nato_ukraine_timeline.model import DateMention

__all__ = ["DEFAULT_WINDOW", "ORDERS", "FeedItem", "FeedReading", "find_dates", "read_feed"]


def find_dates(
    text: str,
    *,
    published: DateLike = None,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
) -> list[DateMention]:
    """Find every temporal expression in ``text`` and resolve it, in text order.

    Args:
        text: any string (never raises on its content).
        published: the publication date; relative expressions ("Thursday", "last week") are read
            against it and the tense of their clause. A ``datetime.date``, ``datetime``, ISO string,
            pandas ``Timestamp``, ``numpy.datetime64``, or ``None``/``NaT``.
        window: the timeline's first and last day (default 2024-01-01..2025-12-31): without
            ``published``, a year-less date is placed inside it. An explicit year is never moved.
        order: ``"newest first"`` or ``"oldest first"`` for a feed of items, one per line; ``None``
            detects it from the dates of the items.
        registry: the actor registry whose terms of office bound year-less dates (default: the
            packaged one, or the one :func:`~nato_ukraine_timeline.parse` was given).

    Returns:
        One :class:`~nato_ukraine_timeline.DateMention` per expression, each with its TIMEX3 type and
        resolved value; the value's ``basis`` and ``reason`` say why. Where nothing decides the year,
        the value keeps ``XXXX`` in its TIMEX3 form, is ``uncertain`` and lists its ``alternatives``
        inside the window (for example ``XXXX-02-17`` with ``2024-02-17`` and ``2025-02-17``); where the
        window allows one occurrence only, that occurrence is chosen with basis ``window``.

    Raises:
        InvalidOptionError: ``published`` is not a date, ``window`` is not a pair of dates or is
            reversed, ``order`` is not one of the two orders, or ``registry`` is no
            :class:`~nato_ukraine_timeline.ActorRegistry`.

    .. versionadded:: 0.1.0
    """
    if registry is None:
        return _find_dates(text, published=published, window=window, order=order)
    from nato_ukraine_timeline._actors import using_registry  # noqa: PLC0415 - only with a registry

    with using_registry(registry):
        return _find_dates(text, published=published, window=window, order=order)


def read_feed(
    text: str,
    *,
    window: tuple[dt.date, dt.date] | None = None,
    order: str | None = None,
    registry: ActorRegistry | None = None,
) -> FeedReading:
    """Read ``text`` (no publication date) as a feed of items, one per line or paragraph: the feed's
    order and each item's own date, as :func:`find_dates` resolves them.

    Args:
        text: any string (never raises on its content).
        window: as for :func:`find_dates`.
        order: ``"newest first"`` or ``"oldest first"``; ``None`` detects it. A text that is no feed
            (fewer than three dated items, or dates in no clear order) gets ``order=None``.
        registry: as for :func:`find_dates`.

    Returns:
        A :class:`FeedReading`: ``order`` and ``order_reason``, and ``items``, one
        :class:`FeedItem` per non-blank line with its span, its own ``date`` (the value of its first
        day-precise date, or None) and, for an item with no date of its own, the ``bounds`` its
        neighbours' dates give it (basis ``document order``, the reason names both neighbours).
        :meth:`FeedReading.date_at` gives the date a statement or event at an offset takes from its item.

    Raises:
        InvalidOptionError: as for :func:`find_dates`.

    .. versionadded:: 0.2.0
    """
    if registry is None:
        return _read_feed(text, window=window, order=order)
    from nato_ukraine_timeline._actors import using_registry  # noqa: PLC0415 - only with a registry

    with using_registry(registry):
        return _read_feed(text, window=window, order=order)
