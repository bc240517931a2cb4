"""Checked by mypy (strict), never run: the public API's types are what users' code sees."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Any, assert_type

import nato_ukraine_timeline as ntl


def api() -> None:
    rutte = ntl.Actor(id="mark-rutte", name="Mark Rutte", kind=ntl.ActorKind.PERSON)
    when = ntl.DateValue.from_timex("2025-02-17", basis=ntl.Basis.PUBLISHED_TENSE)
    s = ntl.Statement(speaker=rutte, text="…", direct=True, span=ntl.Span(start=0, end=1), when=when)
    tl = ntl.Timeline.of([s])
    assert_type(tl.filter(actor="Rutte", start=dt.date(2025, 1, 1)), ntl.Timeline)
    assert_type(rutte.role_on(dt.date(2025, 1, 1)), ntl.Role | None)
    assert_type(when.edtf, str | None)
    assert_type(ntl.dumps(tl), str)
    assert_type(ntl.loads("{}", ntl.Timeline), ntl.Timeline)
    assert_type(ntl.loads(b"{}", ntl.Statement), ntl.Statement)
    assert_type(ntl.iter_jsonl(io.StringIO(), cls=ntl.Event), Iterator[ntl.Event])
    assert_type(ntl.write_jsonl(io.StringIO(), tl), int)
    assert_type(ntl.write_csv(io.StringIO(), tl.events, cls=ntl.Event), int)
    assert_type(ntl.write_jsonl(tl, io.StringIO()), int)
    assert_type(ntl.write_csv(tl.events, io.StringIO(), cls=ntl.Event), int)
    assert_type(ntl.load(io.StringIO()), Any)
    assert_type(ntl.json_schema(), dict[str, Any])
    assert_type(ntl.parse_many(["x"]), Iterator[ntl.Timeline])
    assert_type(ntl.parse_many(["x"], errors="skip"), Iterator[ntl.Timeline])
    assert_type(ntl.parse_many(["x"], errors="record"), Iterator[ntl.Timeline | ntl.ParseFailure])
    assert_type(ntl.write_csv(io.StringIO(), tl.statements, escape_formulas=False), int)
