"""nato_ukraine_timeline.ext.dask on a local distributed cluster: results equal a serial parse."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import pytest

from nato_ukraine_timeline import Document, Timeline
from nato_ukraine_timeline._parallel import _Options, _parse_document, as_document
from nato_ukraine_timeline.errors import InvalidOptionError

if TYPE_CHECKING:
    from collections.abc import Iterator

WINDOW = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def _documents() -> list[dict[str, Any]]:
    """A few seed lines as JSON-Lines-like records; some without a date, one without a source."""
    text = (files("nato_ukraine_timeline") / "data" / "examples" / "seed.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()][:9]
    docs: list[dict[str, Any]] = []
    for i, line in enumerate(lines):
        published = (dt.date(2025, 1, 6) + dt.timedelta(days=5 * i)).isoformat() if i % 2 else None
        docs.append({"text": line, "published": published, "source": f"https://news.example/{i}" if i else None})
    return docs


def _serial(docs: list[Any]) -> list[Timeline]:
    options = _Options(window=WINDOW)
    return [_parse_document(as_document(d), options) for d in docs]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A 2-worker, 1-thread-per-worker local cluster of processes (closed after the module)."""
    pytest.importorskip("dask.bag")
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


class TestDaskCluster:
    def test_bag_equals_serial(self, client: Any) -> None:
        """parse_bag over 3 partitions returns parse() of each document, in order, computed on the cluster."""
        import dask.bag as db

        from nato_ukraine_timeline.ext.dask import parse_bag

        docs = _documents()
        timelines = parse_bag(db.from_sequence(docs, npartitions=3), window=WINDOW)
        assert client.compute(timelines).result() == _serial(docs)

    def test_statements_and_events(self, client: Any) -> None:
        """statements()/events() flatten the bag to the serial run's items, document after document."""
        import dask.bag as db

        from nato_ukraine_timeline.ext.dask import events, parse_bag, statements

        docs = _documents()
        timelines = parse_bag(db.from_sequence(docs, npartitions=2), window=WINDOW)
        serial = _serial(docs)
        assert client.compute(statements(timelines)).result() == [s for t in serial for s in t.statements]
        assert client.compute(events(timelines)).result() == [e for t in serial for e in t.events]
        assert sum(len(t.statements) for t in serial) > 0  # the comparison above is not vacuous

    def test_dataframe_column(self, client: Any) -> None:
        """parse_dataframe gives one row per item, tagged with the input row's index label."""
        import dask.dataframe as dd
        import pandas as pd

        from nato_ukraine_timeline.ext.dask import parse_dataframe

        docs = _documents()
        frame = pd.DataFrame(docs, index=[f"d{i}" for i in range(len(docs))])
        result = client.compute(parse_dataframe(dd.from_pandas(frame, npartitions=2), window=WINDOW)).result()
        serial = _serial(docs)
        expected_items = [item for t in serial for item in t]
        expected_labels = [f"d{i}" for i, t in enumerate(serial) for _ in t]
        assert list(result["item"]) == expected_items
        assert list(result["document"]) == expected_labels

    def test_series_of_texts(self, client: Any) -> None:
        """A dask Series of texts parses like the texts alone (no dates, no sources)."""
        import dask.dataframe as dd
        import pandas as pd

        from nato_ukraine_timeline.ext.dask import parse_dataframe

        texts = [d["text"] for d in _documents()]
        series = dd.from_pandas(pd.Series(texts, name="text"), npartitions=2)
        result = client.compute(parse_dataframe(series, window=WINDOW)).result()
        assert list(result["item"]) == [item for t in _serial(texts) for item in t]

    def test_bag_to_dataframe(self, client: Any) -> None:
        """to_dataframe of a bag of timelines keeps the model objects and the columns of ext.pandas."""
        import dask.bag as db

        from nato_ukraine_timeline.ext.dask import parse_bag, to_dataframe
        from nato_ukraine_timeline.ext.pandas import COLUMNS

        docs = [Document(text=d["text"]) for d in _documents()]
        frame = client.compute(to_dataframe(parse_bag(db.from_sequence(docs, npartitions=3), window=WINDOW)))
        result = frame.result()
        assert tuple(result.columns) == (*COLUMNS, "item")
        assert list(result["item"]) == [item for t in _serial(docs) for item in t]

    def test_jsonl_lines_round_trip(self, client: Any, tmp_path: Any) -> None:
        """Statements written as JSON Lines text files by the cluster read back equal to the serial run."""
        import dask.bag as db

        from nato_ukraine_timeline import Statement, iter_jsonl
        from nato_ukraine_timeline.ext.dask import jsonl_lines, parse_bag, statements

        docs = _documents()
        bag = jsonl_lines(statements(parse_bag(db.from_sequence(docs, npartitions=2), window=WINDOW)))
        paths = bag.to_textfiles(str(tmp_path / "statements-*.jsonl"), compute=False)
        client.gather(client.compute(paths))
        files_written = sorted(tmp_path.glob("statements-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
        read = [s for path in files_written for s in iter_jsonl(path, Statement)]
        assert read == [s for t in _serial(docs) for s in t.statements]

    def test_bag_errors_policies(self, client: Any) -> None:
        """A bad document raises (naming it), is skipped, or is recorded with its index in the whole bag."""
        import dask.bag as db

        from nato_ukraine_timeline import ParseFailure
        from nato_ukraine_timeline.ext.dask import parse_bag

        docs: list[Any] = _documents()
        bad = len(docs) - 2  # in the last of 3 partitions, so a partition-local index would be wrong
        docs[bad] = {"published": "2025-01-01"}  # no text: not a document
        good = [d for i, d in enumerate(docs) if i != bad]

        def run(errors: Any) -> list[Any]:
            bag = parse_bag(db.from_sequence(docs, npartitions=3), window=WINDOW, errors=errors)
            return list(client.compute(bag).result())

        assert run("skip") == _serial(good)
        recorded = run("record")
        assert [r for r in recorded if not isinstance(r, ParseFailure)] == _serial(good)
        failures = [r for r in recorded if isinstance(r, ParseFailure)]
        assert [(f.index, f.error) for f in failures] == [(bad, "InvalidOptionError")]
        assert recorded.index(failures[0]) == bad
        with pytest.raises(InvalidOptionError, match="'text'"):
            run("raise")

    def test_dataframe_skip_bad_row(self, client: Any) -> None:
        """errors="skip" drops a row that is no document; the other rows keep their index labels."""
        import dask.dataframe as dd
        import pandas as pd

        from nato_ukraine_timeline.ext.dask import parse_dataframe

        docs = _documents()
        frame = pd.DataFrame(docs, index=[f"d{i}" for i in range(len(docs))])
        frame.loc["d1", "published"] = "not a date"
        parsed = parse_dataframe(dd.from_pandas(frame, npartitions=2), window=WINDOW, errors="skip")
        result = client.compute(parsed).result()
        assert "d1" not in set(result["document"])
        serial = _serial([d for i, d in enumerate(docs) if i != 1])
        assert list(result["item"]) == [item for t in serial for item in t]
        with pytest.raises(InvalidOptionError, match="published"):
            client.compute(parse_dataframe(dd.from_pandas(frame, npartitions=2), window=WINDOW)).result()

    def test_registry_reaches_the_workers(self, client: Any) -> None:
        """A user's registry is used on the cluster: a bare surname only it knows becomes the speaker."""
        import dask.bag as db

        from nato_ukraine_timeline import Actor, actor_registry
        from nato_ukraine_timeline.ext.dask import parse_bag

        # synthetic: an invented minister the packaged registry cannot know
        mine = actor_registry().extend([Actor(id="ilse-varga", name="Ilse Varga", kind="person", aliases=["Varga"])])
        text = "Varga said on Nov. 4, 2025 that Budapest would not send weapons."
        plain, own = (
            client.compute(parse_bag(db.from_sequence([text]), window=WINDOW, registry=r)).result()[0]
            for r in (None, mine)
        )
        assert {s.speaker.id for s in own.statements} == {"ilse-varga"}
        assert all(s.speaker.id != "ilse-varga" for s in plain.statements)
        assert own == _serial_with(text, mine)


def _serial_with(text: str, registry: Any) -> Timeline:
    return _parse_document(Document(text=text), _Options(window=WINDOW, registry=registry))


def test_bad_options_fail_at_the_call() -> None:
    """An unknown policy is refused before any task runs, naming the argument and the choices."""
    db = pytest.importorskip("dask.bag")
    pytest.importorskip("dask.dataframe")
    from nato_ukraine_timeline.ext.dask import parse_bag, parse_dataframe

    bag = db.from_sequence(["text"])
    with pytest.raises(InvalidOptionError, match="errors='ignore' must be one of 'raise', 'skip', 'record'"):
        parse_bag(bag, errors="ignore")  # type: ignore[arg-type]
    import dask.dataframe as dd
    import pandas as pd

    frame = dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1)
    with pytest.raises(InvalidOptionError, match="errors='record' must be one of 'raise', 'skip'"):
        parse_dataframe(frame, errors="record")  # type: ignore[arg-type]


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without dask installed, importing the integration says which extra to install."""
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    monkeypatch.delitem(sys.modules, "nato_ukraine_timeline.ext.dask", raising=False)
    with pytest.raises(ImportError, match=r"nato_ukraine_timeline\[dask\]"):
        importlib.import_module("nato_ukraine_timeline.ext.dask")
