"""The built-in example: a NATO-Ukraine news feed, newest first, with the options it is read with."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - attrs resolves annotations at run time for the docs
from functools import cache
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._resources import read_data

if TYPE_CHECKING:
    from .model import DateMention, Timeline

__all__ = ["Example", "example"]


@frozen(kw_only=True)
class Example:
    """A text shipped with the library and the options it is meant to be read with.

    ``parse(ex.text, **ex.options)`` (or ``ex.parse()``) gives its timeline; the command line's
    ``nato-timeline parse`` with no file reads the same text with the same options.

    Args:
        name: the file it is shipped as (``"seed.txt"``).
        text: the text.
        published: its publication date (``None``: a feed of items with their own dates).
        order: the order of its items (``"newest first"``), or ``None``.

    .. versionadded:: 0.1.0
    """

    name: str
    text: str
    published: dt.date | None = None
    order: str | None = None

    @property
    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``parse`` and ``find_dates`` for this text."""
        return {"published": self.published, "order": self.order}

    def parse(self) -> Timeline:
        """The timeline of the example: ``parse(self.text, source=self.name, **self.options)``."""
        from ._parse import parse  # noqa: PLC0415 - the pipeline loads on first use

        return parse(self.text, source=self.name, **self.options)

    def find_dates(self) -> list[DateMention]:
        """The date mentions of the example: ``find_dates(self.text, **self.options)``."""
        from ._dates import find_dates  # noqa: PLC0415

        return find_dates(self.text, **self.options)


@cache
def example() -> Example:
    """The built-in example: a feed of NATO-Ukraine news items, newest first (``data/examples/seed.txt``).

    ``example().options`` is ``{"published": None, "order": "newest first"}``.

    .. versionadded:: 0.1.0
    """
    return Example(name="seed.txt", text=read_data("examples/seed.txt"), order="newest first")
