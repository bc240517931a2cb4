"""parse_many (serial and process pool), the Document input type, and the CLI progress bar."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import threading
from importlib.resources import files
from typing import TYPE_CHECKING, Self

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import Document, InvalidOptionError, Source, Timeline, _parallel, parse, parse_many
from nato_ukraine_timeline._parallel import as_document, cli_parse, progress, read_corpus

if TYPE_CHECKING:
    import pathlib


def _seed_lines() -> list[str]:
    text = (files("nato_ukraine_timeline") / "data" / "examples" / "seed.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _corpus() -> list[str | Document | dict[str, object]]:
    """Texts, documents and mappings, with and without dates and sources, plus awkward strings."""
    lines = _seed_lines()
    items: list[str | Document | dict[str, object]] = []
    for i, line in enumerate(lines):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=3 * i)
        if i % 3 == 0:
            items.append(line)
        elif i % 3 == 1:
            items.append(Document(text=line, published=day, source=f"https://news.example/{i}"))
        else:
            items.append({"text": line, "published": day.isoformat(), "source": Source(id=f"item-{i}")})
    items += ["", " ", "1-1-1-1-1-1-1-1", '"' * 50, "Jan. " * 40, "\u00a0\u2019\u201c\U0001f600"]
    return items


def _serial(items: list[str | Document | dict[str, object]], **options: object) -> list[Timeline]:
    out = []
    for item in items:
        doc = as_document(item)
        kwargs: dict[str, object] = {k: v for k, v in options.items() if v is not None}
        if doc.published is not None:
            kwargs["published"] = doc.published
        if doc.source is not None:
            kwargs["source"] = doc.source
        out.append(parse(doc.text, **kwargs))  # type: ignore[arg-type]
    return out


class TestDocument:
    def test_text_becomes_document(self) -> None:
        """A plain string is a document without date or source."""
        assert as_document("NATO met.") == Document(text="NATO met.")

    def test_mapping_with_iso_date(self) -> None:
        """A mapping's ISO publication date is read as a date; its source is kept."""
        doc = as_document({"text": "x", "published": "2024-10-03", "source": "s1"})
        assert doc == Document(text="x", published=dt.date(2024, 10, 3), source="s1")

    def test_document_passes_through(self) -> None:
        """A Document is used as it is."""
        doc = Document(text="x", published=dt.date(2024, 1, 2))
        assert as_document(doc) is doc

    @pytest.mark.parametrize(
        "bad",
        [
            {"published": "2024-01-01"},
            {"text": "x", "published": "yesterday"},
            {"text": 3},
            {"text": "x", "published": 20240101},
            {"text": "x", "source": 7},
            42,
            b"bytes",
        ],
        ids=["no-text", "bad-date", "text-not-str", "int-date", "source-not-str", "int", "bytes"],
    )
    def test_bad_input_raises_own_error(self, bad: object) -> None:
        """Anything that is not a document raises InvalidOptionError naming the problem."""
        with pytest.raises(InvalidOptionError):
            as_document(bad)  # type: ignore[arg-type]


class TestParseManySerial:
    def test_equals_parse_in_order(self) -> None:
        """workers=1 yields exactly parse() of each input, in input order."""
        items = _corpus()
        assert list(parse_many(items, workers=1)) == _serial(items)

    def test_published_default_and_override(self) -> None:
        """The run's published date applies to documents without one; a document's own date wins."""
        text = "Rutte said on Thursday that allies must spend more."
        own = Document(text=text, published=dt.date(2024, 11, 20))
        got = list(parse_many([text, own], workers=1, published=dt.date(2025, 2, 14)))
        assert got == [parse(text, published=dt.date(2025, 2, 14)), parse(text, published=dt.date(2024, 11, 20))]

    def test_is_lazy(self) -> None:
        """The input is consumed as results are asked for, not all at once."""
        consumed: list[int] = []

        def feed() -> object:
            for i in range(100):
                consumed.append(i)
                yield f"Item {i}: NATO met on Monday."

        results = parse_many(feed(), workers=1)  # type: ignore[arg-type]
        next(iter(results))
        assert len(consumed) < 100

    @pytest.mark.parametrize("workers", [0, -1, 1.5, "2"])
    def test_bad_workers(self, workers: object) -> None:
        """A worker count that is no positive int raises at the call, before any parsing."""
        with pytest.raises(InvalidOptionError):
            parse_many(["x"], workers=workers)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "options",
        [{"order": "sideways"}, {"window": (dt.date(2025, 1, 1), dt.date(2024, 1, 1))}],
        ids=["order", "reversed-window"],
    )
    def test_bad_options_raise_at_the_call(self, options: dict[str, object]) -> None:
        """An invalid order or window raises at the call, as parse would, not later from a worker."""
        with pytest.raises(InvalidOptionError):
            parse_many(["x"], workers=2, **options)  # type: ignore[arg-type]

    def test_bad_chunksize(self) -> None:
        """chunksize below 1 raises at the call."""
        with pytest.raises(InvalidOptionError):
            parse_many(["x"], chunksize=0)

    @given(st.lists(st.text(max_size=120), max_size=4))
    def test_any_texts(self, texts: list[str]) -> None:
        """parse_many never raises on strings and yields one timeline per text."""
        got = list(parse_many(texts, workers=1))
        assert got == [parse(t) for t in texts]


class TestParseManyPool:
    @pytest.mark.parametrize("method", ["default", "forkserver"])
    def test_pool_equals_serial(self, method: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Two worker processes with small chunks give the same timelines, in the same order, as serial.

        ``forkserver`` workers are fresh interpreters with their own string-hash seed: any dependence of
        the result on set or dict order of strings would show here.
        """
        if method != "default":
            monkeypatch.setattr(_parallel, "_start_method", lambda: method)
        items = _corpus() * 2
        pooled = list(parse_many(items, workers=2, chunksize=3, published=dt.date(2025, 3, 1)))
        assert pooled == list(parse_many(items, workers=1, published=dt.date(2025, 3, 1)))
        assert len(pooled) == len(items)

    def test_early_close(self) -> None:
        """Stopping after a few results shuts the pool down instead of parsing everything or hanging."""
        gen = parse_many((f"NATO met on Jan. {i % 28 + 1}." for i in range(10_000)), workers=2, chunksize=4)
        first = [next(gen) for _ in range(3)]  # type: ignore[call-overload]
        gen.close()  # type: ignore[attr-defined]
        assert first == [parse(f"NATO met on Jan. {i + 1}.") for i in range(3)]


class TestStartMethod:
    def test_no_fork_while_threads_run(self) -> None:
        """With another thread alive, workers are not forked (a forked child could deadlock)."""
        stop = threading.Event()
        thread = threading.Thread(target=stop.wait)
        thread.start()
        try:
            assert _parallel._start_method() in {"forkserver", "spawn"}
        finally:
            stop.set()
            thread.join()

    @pytest.mark.skipif(sys.platform != "linux", reason="fork is used on Linux only")
    def test_fork_when_single_threaded(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """On Linux with a single thread, workers are forked (they inherit the loaded tables).

        Earlier tests (a Dask cluster) may leave helper threads behind, so the thread count is pinned."""
        monkeypatch.setattr(threading, "active_count", lambda: 1)
        assert _parallel._start_method() == "fork"


class TestProgress:
    @pytest.fixture(autouse=True)
    def _own_bar(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """These tests pin the bar drawn without tqdm (TestProgressTqdm covers tqdm.auto)."""
        monkeypatch.setattr(_parallel, "_tqdm", lambda: None)

    def test_quiet_when_not_a_terminal(self) -> None:
        """Piped or redirected, the bar writes nothing and passes the items through."""
        out = io.StringIO()
        assert list(progress(range(5), total=5, stream=out)) == [0, 1, 2, 3, 4]
        assert out.getvalue() == ""

    def test_forced_on_counts_and_ends_line(self) -> None:
        """Forced on, it reports the count and total and ends with a newline."""
        out = io.StringIO()
        assert list(progress(iter("abc"), total=3, stream=out, enabled=True, interval=0)) == ["a", "b", "c"]
        text = out.getvalue()
        assert "3/3 docs" in text
        assert "100%" in text
        assert text.endswith("\n")

    def test_without_total(self) -> None:
        """Without a total it shows a running count."""
        out = io.StringIO()
        list(progress(range(4), stream=out, enabled=True, unit="file"))
        assert "4 files" in out.getvalue()

    def test_tty_detection(self) -> None:
        """A stream that says it is a terminal gets the bar by default."""

        class Tty(io.StringIO):
            def isatty(self) -> bool:
                return True

        out = Tty()
        list(progress(range(2), total=2, stream=out))
        assert "2/2" in out.getvalue()


class TestProgressTqdm:
    def test_tqdm_draws_the_bar_when_installed(self) -> None:
        """With tqdm installed, progress draws tqdm.auto's bar (label, count, total) on the stream."""
        pytest.importorskip("tqdm")
        out = io.StringIO()
        assert list(progress(range(3), total=3, stream=out, enabled=True, label="parse")) == [0, 1, 2]
        assert "parse: 100%" in out.getvalue()
        assert "3/3" in out.getvalue()

    def test_notebook_sees_the_bar(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """In a Jupyter kernel (no terminal) the bar is on by default, through tqdm.auto."""
        seen: list[dict[str, object]] = []

        class FakeBar:
            def __init__(self, **kwargs: object) -> None:
                seen.append(kwargs)
                self.n = 0

            def __enter__(self) -> Self:
                return self

            def __exit__(self, *exc: object) -> None:
                return None

            def update(self, k: int) -> None:
                self.n += k

        monkeypatch.setattr(_parallel, "_in_notebook", lambda: True)
        monkeypatch.setattr(_parallel, "_tqdm", lambda: FakeBar)
        assert list(progress(range(4), total=4, stream=io.StringIO())) == [0, 1, 2, 3]
        assert seen
        assert seen[0]["total"] == 4

    def test_in_notebook_detects_a_kernel(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """_in_notebook is true exactly under a ZMQ (Jupyter) IPython shell."""
        zmq_shell = type("ZMQInteractiveShell", (), {})()
        fake = type(sys)("IPython")
        fake.get_ipython = lambda: zmq_shell  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "IPython", fake)
        assert _parallel._in_notebook()
        fake.get_ipython = lambda: None  # type: ignore[attr-defined]
        assert not _parallel._in_notebook()

    def test_parse_many_shows_progress(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """parse_many(show_progress=True) draws a bar with the input's length as total."""
        pytest.importorskip("tqdm")
        err = io.StringIO()
        monkeypatch.setattr(sys, "stderr", err)
        texts = ["Synthetic: Rutte said on Monday that allies would help.", "Synthetic: nothing here."]
        got = list(parse_many(texts, workers=1, show_progress=True))
        assert got == [parse(t) for t in texts]
        assert "2/2" in err.getvalue()


class TestCommandLineHooks:
    def test_cli_parse_equals_parse_and_is_quiet_when_piped(self) -> None:
        """cli_parse returns parse() of each document in order and writes nothing to a non-terminal."""
        lines = _seed_lines()[:6]
        out = io.StringIO()
        got = cli_parse(lines, published=dt.date(2025, 2, 18), stream=out)
        assert got == [parse(line, published=dt.date(2025, 2, 18)) for line in lines]
        assert out.getvalue() == ""

    def test_cli_parse_pool(self) -> None:
        """With workers=2 the command's results are the serial ones."""
        lines = _seed_lines()
        assert cli_parse(lines, workers=2, stream=io.StringIO()) == [parse(line) for line in lines]

    def test_read_corpus(self, tmp_path: pathlib.Path) -> None:
        """A JSON Lines corpus yields documents; "id" stands in for a missing source; blank lines are skipped."""
        path = tmp_path / "corpus.jsonl"
        rows = [
            {"id": "a", "text": "NATO met.", "published": "2025-01-02"},
            {"text": "Rutte spoke.", "source": "https://x.example/1", "extra": 1},
        ]
        path.write_text(json.dumps(rows[0]) + "\n\n" + json.dumps(rows[1]) + "\n", encoding="utf-8")
        assert list(read_corpus(path)) == [
            Document(text="NATO met.", published=dt.date(2025, 1, 2), source="a"),
            Document(text="Rutte spoke.", source="https://x.example/1"),
        ]

    @pytest.mark.parametrize("line", ["not json", "[1, 2]", '{"published": "2025-01-01"}', '{"text": 5}'])
    def test_read_corpus_bad_line(self, tmp_path: pathlib.Path, line: str) -> None:
        """A bad line raises InvalidOptionError naming the file and the line number."""
        path = tmp_path / "bad.jsonl"
        path.write_text('{"text": "ok"}\n' + line + "\n", encoding="utf-8")
        with pytest.raises(InvalidOptionError, match=r"bad\.jsonl, line 2"):
            list(read_corpus(path))
