"""Notebook display: one-line reprs, escaped and well-formed HTML, render(text), Timeline.plot()."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline import Actor, DateMention, DateValue, Event, Role, Source, Span, Statement, Timeline
from nato_ukraine_timeline._display import full_repr
from nato_ukraine_timeline._resources import read_data

if TYPE_CHECKING:
    from collections.abc import Callable

MAX_REPR = 200
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source", "track"})
#: Synthetic text written for these tests (not from any outlet), with markup that must stay text.
HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


class _WellFormed(HTMLParser):
    """Records every tag; fails on a closing tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def well_formed(markup: str) -> _WellFormed:
    parser = _WellFormed()
    parser.feed(markup)
    parser.close()
    assert parser.errors == []
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


def _actor(name: str = "Mark Rutte") -> Actor:
    return Actor(id="mark-rutte", name=name, kind="person", wikidata="Q57792")


def _statement(text: str = "Europe is ready and willing to step up", *, name: str = "Mark Rutte") -> Statement:
    return Statement(
        speaker=_actor(name),
        text=text,
        direct=True,
        span=Span(start=0, end=10),
        when=DateValue.from_timex("2025-02-17"),
        source=Source(id="synthetic"),
    )


def _event(trigger: str = "meeting", location: str | None = "Brussels") -> Event:
    return Event(
        kind="meeting",
        trigger=trigger,
        span=Span(start=0, end=7),
        when=DateValue.from_timex("2025-02", uncertain=True, basis="window"),
        participants=(_actor(),),
        location=location,
    )


@pytest.fixture(scope="module")
def seed() -> Timeline:
    return ntl.parse(read_data("examples/seed.txt"), order="newest first")


class TestRepr:
    def test_statement_reads_like_the_issue(self) -> None:
        """A statement's repr is date, speaker and the start of the words, on one line."""
        assert repr(_statement()) == '<Statement 2025-02-17 Mark Rutte: "Europe is ready and willing to step up">'

    def test_long_words_are_cut(self) -> None:
        """Words longer than the limit end in an ellipsis; the repr stays short."""
        r = repr(_statement("word " * 500))
        assert r.endswith('…">')
        assert len(r) < MAX_REPR

    def test_each_class(self) -> None:
        """Event, Actor, DateValue and DateMention have their own one-line reprs."""
        assert repr(_event()) == '<Event 2025-02? meeting: "meeting" in Brussels (1 participant)>'
        assert repr(_actor()) == "<Actor mark-rutte 'Mark Rutte' person Q57792>"
        assert repr(DateValue.from_timex("2024-10")) == "<DateValue 2024-10 month, explicit>"
        mention = DateMention(start=3, end=10, text="Feb. 17", type="DATE", value=DateValue.from_timex("2025-02-17"))
        assert repr(mention) == "<DateMention 'Feb. 17' 2025-02-17 at 3..10>"

    def test_seed_reprs_are_short(self, seed: Timeline) -> None:
        """Every item of the built-in example has a one-line repr under the bound (one was 899 characters)."""
        for obj in (*seed, *seed.actors, seed):
            r = repr(obj)
            assert "\n" not in r
            assert len(r) < MAX_REPR, r

    @given(st.from_type(Statement) | st.from_type(Event) | st.from_type(Actor) | st.from_type(DateValue))
    def test_any_repr_is_one_bounded_line(self, obj: object) -> None:
        """Whatever the strings hold (line breaks, any length), a repr is one line of bounded length."""
        r = repr(obj)
        assert len(r.splitlines()) == 1
        assert len(r) < MAX_REPR + 60  # words and name are each bounded; the rest is fixed text

    @given(st.from_type(Span) | st.from_type(Source) | st.from_type(Role))
    def test_full_repr_matches_attrs(self, obj: object) -> None:
        """On classes that keep the attrs-generated repr, full_repr gives exactly that repr."""
        assert full_repr(obj) == repr(obj)

    @given(st.from_type(Statement))
    def test_full_repr_is_the_attrs_repr(self, statement: Statement) -> None:
        """full_repr (the canonical order's last tie-breaker) equals the repr attrs generates."""
        text = full_repr(statement)
        assert text.startswith("Statement(speaker=Actor(id=")
        assert f"text={statement.text!r}" in text
        assert f"span=Span(start={statement.span.start}, end={statement.span.end})" in text


class TestHtml:
    @pytest.mark.parametrize(
        "make",
        [
            lambda: _statement(HOSTILE),
            lambda: _event(HOSTILE, HOSTILE),
            lambda: _actor(HOSTILE),
            lambda: DateValue.from_timex("2025-02", uncertain=True, reason=HOSTILE),
            lambda: Timeline.of([_statement(HOSTILE, name=HOSTILE), _event(HOSTILE)]),
        ],
    )
    def test_escaped_and_well_formed(self, make: Callable[[], object]) -> None:
        """Text holding <script> shows as text: no script element, the words intact in the parsed text."""
        markup = make()._repr_html_()  # type: ignore[attr-defined]
        parsed = well_formed(markup)
        assert "script" not in parsed.tags
        assert "b" not in parsed.tags
        assert any(HOSTILE in chunk or '<script>alert("x")</script>' in chunk for chunk in parsed.text)

    def test_timeline_table(self, seed: Timeline) -> None:
        """The table has counts and span in its caption, the first rows, and says how many more."""
        parsed = well_formed(seed._repr_html_())
        text = "".join(parsed.text)
        assert f"{len(seed.statements)} statements, {len(seed.events)} events" in text
        assert "2024-07-01..2025-02-17" in text
        assert parsed.tags.count("tr") == 1 + 12 + 1  # header, first rows, "… more"
        assert f"{len(seed) - 12} more items" in text

    def test_empty_timeline(self) -> None:
        """An empty timeline is a table with no rows and zero counts."""
        parsed = well_formed(Timeline()._repr_html_())
        assert "0 statements, 0 events, 0 actors" in "".join(parsed.text)


class TestRender:
    def test_marks_dates_actors_statements(self) -> None:
        """Synthetic sentence: the date, the speaker and the quote are each marked, nested properly."""
        text = '"We stand with Ukraine," NATO Secretary General Mark Rutte said on Feb. 17, 2025.'
        parsed = well_formed(ntl.render(text))
        assert "".join(parsed.text).count("2025-02-17") == 1  # the date's label
        markup = str(ntl.render(text))
        assert 'class="ntl-date"' in markup
        assert 'class="ntl-actor"' in markup
        assert 'class="ntl-statement"' in markup

    def test_text_is_kept_and_escaped(self) -> None:
        """Without the labels, the rendered text is the input text, markup in it escaped."""
        text = HOSTILE + ' "Hold the line," Rutte said on Monday.'
        markup = ntl.render(text, published=dt.date(2025, 2, 19))
        parsed = well_formed(markup)
        assert "script" not in parsed.tags
        assert HOSTILE in "".join(parsed.text)

    def test_seed_is_well_formed(self) -> None:
        """The whole built-in example renders as well-formed HTML, every statement marked."""
        text = read_data("examples/seed.txt")
        timeline = ntl.parse(text, order="newest first")
        markup = ntl.render(text, order="newest first", timeline=timeline)
        well_formed(markup)
        assert str(markup).count('class="ntl-statement"') >= len({s.span for s in timeline.statements}) // 2
        assert markup._repr_html_() == str(markup)

    @given(st.text(max_size=200))
    def test_any_text(self, text: str) -> None:
        """render never raises and always gives well-formed HTML."""
        well_formed(ntl.render(text))


class TestPlot:
    def test_marks_count(self, seed: Timeline) -> None:
        """One dot per dated certain day and row, one bar per interval or uncertain date and row."""
        pytest.importorskip("matplotlib")
        import matplotlib as mpl

        mpl.use("Agg")
        from nato_ukraine_timeline._plot import marks

        fig = seed.plot()
        ax = fig.axes[0]
        drawn = marks(seed)
        dots = sum(len(c.get_offsets()) for c in ax.collections if c.get_gid() == "ntl-points")
        bars = sum(len(c.get_segments()) for c in ax.collections if c.get_gid() == "ntl-intervals")  # type: ignore[attr-defined]
        assert dots == sum(1 for m in drawn if not m[4])
        assert bars == sum(1 for m in drawn if m[4])
        assert bars >= 1  # the July summit is a month
        rows = {m[0] for m in drawn}
        assert [t.get_text() for t in ax.get_yticklabels()] == sorted(rows)
        undated = sum(1 for i in seed if i.when is None or i.when.earliest is None)
        assert f"{undated} undated" in ax.get_title(loc="left")
        import matplotlib.pyplot as plt

        plt.close(fig)

    def test_uncertain_day_is_a_bar(self) -> None:
        """An uncertain single day is drawn as an interval, a certain one as a dot."""
        from nato_ukraine_timeline._plot import marks

        sure = _statement()
        unsure = attrs.evolve(sure, when=DateValue.from_timex("2025-02-18", uncertain=True), text="other words")
        assert sorted(m[4] for m in marks(Timeline.of([sure, unsure]))) == [False, True]

    def test_missing_matplotlib_names_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without matplotlib, plot() raises an ImportError naming the `plot` extra."""
        import sys

        monkeypatch.setitem(sys.modules, "matplotlib", None)
        with pytest.raises(ImportError, match=r"nato_ukraine_timeline\[plot\]"):
            Timeline.of([_statement()]).plot()
