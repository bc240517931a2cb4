"""The feed order option has one normaliser (_dateargs.as_order) and one list of values (_dateargs.ORDERS), read by
find_dates, the feed steps and the command line alike."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import find_dates
from nato_ukraine_timeline._dateargs import ORDERS, as_order
from nato_ukraine_timeline._dates import ORDERS as DATES_ORDERS
from nato_ukraine_timeline.errors import InvalidOptionError


@pytest.mark.parametrize("order", [*ORDERS, None])
def test_an_order_or_none_is_kept(order: str | None) -> None:
    assert as_order(order) == order


@pytest.mark.parametrize("value", ["newest", "Newest First", 1, ("newest first",)])
def test_anything_else_is_refused_by_name(value: object) -> None:
    with pytest.raises(InvalidOptionError, match=r"^order=.* is not one of 'newest first', 'oldest first' or None$"):
        as_order(value)
    with pytest.raises(InvalidOptionError, match=r"^order="):
        find_dates("Talks opened on March 3.", order=value)  # type: ignore[arg-type]


def test_one_list_of_orders() -> None:
    assert DATES_ORDERS is ORDERS
    assert ORDERS == ("newest first", "oldest first")
