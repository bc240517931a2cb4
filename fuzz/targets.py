"""Input families and invariant checks shared by the Hypothesis tests and the long fuzz run.

Every generator takes a :class:`random.Random`, so a run is reproducible from its seed and Hypothesis
can drive the same families through ``st.randoms()``. Every check returns the list of problems found
(an empty list: the invariants held); it never raises, except :class:`Timeout`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import json
import re
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from nato_ukraine_timeline import (
    DateMention,
    Timeline,
    TimelineError,
    dumps,
    find_dates,
    iter_jsonl,
    loads,
    parse,
    write_jsonl,
)
from nato_ukraine_timeline import load as load_file

if TYPE_CHECKING:
    import random
    from collections.abc import Callable, Iterator

__all__ = [
    "REALNEWS",
    "Options",
    "Timeout",
    "check_find_dates",
    "check_loader",
    "check_parse",
    "grid_phrase",
    "loader_input",
    "mutated_text",
    "options",
    "random_text",
    "real_texts",
    "text_input",
]

#: The development parts of the real-news data (never ``dev-d``, which is blind).
REALNEWS: Final = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "realnews"
_PARTS: Final = ("dev-a", "dev-b", "dev-c")

Options = dict[str, Any]


class Timeout(BaseException):
    """An input took longer than the run allows (raised from a timer signal)."""


# --------------------------------------------------------------------------------------------------
# Inputs

_MONTHS: Final = tuple(calendar.month_name[1:])
_WEEKDAYS: Final = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SEASONS: Final = ("spring", "summer", "autumn", "fall", "winter")
_ORDINALS: Final = ("first", "second", "third", "fourth", "last", "21st", "22nd", "3rd", "31st", "0th")
_FRAMES: Final = (  # synthetic sentences a date is put into
    "{d}",
    "Rutte said on {d} that allies must spend more.",
    '"We will not stop," Zelensky said {d}.',
    "NATO defence ministers met in Brussels {d}, officials said.",
    "The talks, held {d}, ended without agreement.",
    "WASHINGTON, {d} (Xinhua) -- The Pentagon announced new aid.",
    "{d}: Russia launched drones at Kyiv overnight.",
    "Talks were held {d}.",
)
_PHRASES: Final = (
    "{M} {D}, {Y}",
    "{D} {M} {Y}",
    "{M} {D}",
    "{D} {M}",
    "on {M} {D}",
    "{M} {D}-{D2}",
    "{M} {D}-{D2}, {Y}",
    "{D}-{D2} {M} {Y}",
    "{M} {D} to {D2}",
    "between {M} {D} and {D2}",
    "{Y}-{mm}-{dd}",
    "{dd}/{mm}/{Y}",
    "{dd}.{mm}.{Y}",
    "{W}",
    "on {W}",
    "last {W}",
    "next {W}",
    "{W}, {M} {D}",
    "{W}, {M} {D}, {Y}",
    "in {M} {Y}",
    "in {M}",
    "{S} {Y}",
    "the {O} of {M}",
    "mid-{M}",
    "early {Y}",
    "late {M}",
    "the {Y}s",
    "{N} days ago",
    "{N} weeks later",
    "in {N} years",
    "tomorrow",
    "yesterday",
    "today",
    "this week",
    "last year",
    "{W} night",
    "last night",
    "late {W} night",
    "this morning",
    "{W} morning at {hh}:{mi}",
    '{W}"tomorrow',
    "Q{q} {Y}",
    "{M}. {D}",
    "{M3} {D}",
    "{M3}. {D}, {Y}",
)
_CHARS: Final = "0123456789 ,.-–—/:;'\"()\n\t\u00a0\u2019\u201c\u201dJanFebSeptMondayon of to Ä\U0001f600\ud800"
_TOKENS: Final = (
    "Jan.", "Feb", "29", "31", "30", "0", "32", "-", "–", "to", ",", " ", "\n", "2024", "2025", "1900", "2100",
    "9999", "0001", "on", "last", "next", "Monday", "Friday", '"', "'", "said", "Rutte", "Zelensky", "NATO",
    "week", "year", "ago", "tomorrow", "Sept.", "Dec", "spring", "Q4", "H1", "mid-", "early", "1990s", "(",
)  # fmt: skip


def _month_form(rng: random.Random, month: int) -> str:
    name = _MONTHS[month - 1]
    return rng.choice((name, name[:3], name[:3] + ".", name.lower(), name.upper(), name[:4] + "."))


def grid_phrase(rng: random.Random, *, day: int | None = None, year: int | None = None) -> str:
    """A date phrasing from the grid: days 0-32, years 1900-2100, every month form, ranges, weekdays."""
    month = rng.randint(1, 12)
    d = rng.randint(0, 32) if day is None else day
    y = rng.randint(1900, 2100) if year is None else year
    fields = {
        "M": _month_form(rng, month),
        "M3": _MONTHS[month - 1][:3],
        "D": str(d),
        "D2": str(rng.choice((d + 1, d + 2, rng.randint(0, 32)))),
        "Y": str(y),
        "mm": f"{month:02d}",
        "dd": f"{d:02d}",
        "W": rng.choice(_WEEKDAYS),
        "S": rng.choice(_SEASONS),
        "O": rng.choice(_ORDINALS),
        "N": str(rng.choice((0, 1, 2, 3, 7, 10, 100, 10**6))),
        "hh": f"{rng.randint(0, 25):02d}",
        "mi": f"{rng.randint(0, 61):02d}",
        "q": str(rng.randint(0, 5)),
    }
    phrase = rng.choice(_PHRASES).format(**fields)
    return rng.choice(_FRAMES).format(d=phrase)


def random_text(rng: random.Random, size: int = 80) -> str:
    """Random text from the tokens and characters dates are made of."""
    parts = [rng.choice(_TOKENS) if rng.random() < 0.7 else rng.choice(_CHARS) for _ in range(rng.randint(0, size))]
    return "".join(p + (" " if rng.random() < 0.5 else "") for p in parts)


def real_texts(limit_chars: int = 3000, folder: Path = REALNEWS) -> list[str]:
    """The texts of the development real-news passages in ``folder`` (empty when the data is absent),
    cut to ``limit_chars``. Read at run time only; nothing of them is stored in the repository."""
    texts: list[str] = []
    for part in _PARTS:
        path = folder / f"{part}.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    texts.append(text[:limit_chars])
    return texts


def mutated_text(rng: random.Random, base: str) -> str:
    """``base`` (a real text) cut to a random window and changed by 1-5 random edits."""
    start = rng.randint(0, max(0, len(base) - 1))
    text = base[start : start + rng.randint(0, 800)]
    for _ in range(rng.randint(1, 5)):
        i = rng.randint(0, len(text))
        j = min(len(text), i + rng.randint(0, 40))
        edit = rng.randrange(6)
        if edit == 0:
            text = text[:i] + text[j:]
        elif edit == 1:
            text = text[:i] + " " + grid_phrase(rng) + " " + text[i:]
        elif edit == 2:
            text = text[:i] + text[i:j] * rng.randint(2, 20) + text[j:]
        elif edit == 3:
            text = text[:i] + rng.choice(_CHARS) + text[i + 1 :]
        elif edit == 4:
            text = text[:i] + rng.choice(_TOKENS) + text[i:]
        else:
            text = text[:i] + text[i:j].swapcase() + text[j:]
    return text


_EXTREMES: Final = (dt.date.min, dt.date.max, dt.date(1, 1, 1), dt.date(2024, 2, 29), dt.date(2100, 2, 28))


def _date(rng: random.Random) -> dt.date:
    if rng.random() < 0.15:
        return rng.choice(_EXTREMES)
    return dt.date(1900, 1, 1) + dt.timedelta(days=rng.randint(0, 73048))  # 1900-01-01 .. 2099-12-31


def options(rng: random.Random) -> Options:
    """``published``, ``window`` and ``order`` as a caller might pass them (extremes included)."""
    opts: Options = {}
    if rng.random() < 0.6:
        opts["published"] = _date(rng)
    if rng.random() < 0.3:
        a = _date(rng)
        if rng.random() < 0.02:
            opts["window"] = (dt.date.min, dt.date.max)
        else:
            b = a + dt.timedelta(days=rng.randint(0, 3660)) if a < dt.date(9000, 1, 1) else dt.date.max
            opts["window"] = (a, b)
    order = rng.choice((None, None, "newest first", "oldest first"))
    if order is not None:
        opts["order"] = order
    return opts


def text_input(rng: random.Random, reals: list[str]) -> tuple[str, str]:
    """(family, text): a grid phrasing, a mutated real text (when there are any) or a random text."""
    family = rng.choice(("grid", "grid", "real", "real", "random")) if reals else rng.choice(("grid", "random"))
    if family == "grid":
        n = rng.randint(1, 4)
        return family, ("\n" if rng.random() < 0.3 else " ").join(grid_phrase(rng) for _ in range(n))
    if family == "real":
        return family, mutated_text(rng, rng.choice(reals))
    return family, random_text(rng)


# -- loader inputs ---------------------------------------------------------------------------------

_SAMPLE_TEXT: Final = (  # synthetic
    'Rutte said on Feb. 17, 2025 that allies must spend more. "We will help," Zelensky said on Monday. '
    "NATO leaders met on June 24-25, 2025 in The Hague."
)
_BAD_VALUES: Final = (
    "1" + "0" * 5000, "[" * 1500 + "]" * 1500, '{"a":' * 1200 + "1" + "}" * 1200, "1e999", "-0", "null", "true",
    '"XXXX-04-31"', '"2025-02-30"', '"XXXX-02-17"', '"0000-01-01"', "100000000000000000000000000000", "-1",
    '""', '"\\ud800"', "[]", "{}", '"day"', '"2025-W53"', '"P2D"', "9007199254740993", "1.5", '"\\u0000"',
)  # fmt: skip
_TOML: Final = (
    '[[actors]]\nid = "{id}"\nname = {name}\nkind = {kind}\naliases = {aliases}\n'
    "[[actors.roles]]\ntitle = {title}\nstart = {start}\n"
)
_TOML_VALUES: Final = (
    '"x"', '""', "3", "[]", '["Ay", 3]', '"Klymenko"', '[""]', "2025-02-30", "2025-02-03", '"2025-13-01"',
    "1979-05-27T07:32:00", "true", "{a = 1}", '"person"', '"planet"', '"Secretary General"', '["a", "a"]',
    "[" * 1200 + "]" * 1200, "9" * 5000, "{a=" * 1200 + "1" + "}" * 1200, "[[]]", "-1", "inf",
)  # fmt: skip


def _sample_documents() -> list[str]:
    timeline = parse(_SAMPLE_TEXT, published=dt.date(2025, 6, 26), source="https://news.example/1")
    docs = [dumps(timeline), dumps(timeline, indent=2)]
    docs += [dumps(m) for m in find_dates(_SAMPLE_TEXT, published=dt.date(2025, 6, 26))]
    return docs


_SAMPLES: list[str] = []


def loader_input(rng: random.Random) -> tuple[str, str | bytes]:
    """(loader, data): a serialized document or TOML registry mutated to be wrong in some way."""
    if not _SAMPLES:
        _SAMPLES.extend(_sample_documents())
    kind = rng.choice(("json", "json", "json", "bytes", "jsonl", "toml"))
    if kind == "toml":
        fields = {k: rng.choice(_TOML_VALUES) for k in ("name", "kind", "aliases", "title", "start")}
        return "toml", _TOML.format(id=rng.choice(("a", "", "A B", "x-1")), **fields)
    text = rng.choice(_SAMPLES)
    for _ in range(rng.randint(1, 3)):
        values = [m.start() for m in re.finditer(r'(?<=: )("[^"]*"|-?\d+|null|true|false|\[\]|\{)', text)]
        i = rng.choice(values) if values and rng.random() < 0.8 else rng.randint(0, len(text))
        m = re.match(r'"[^"]*"|-?\d+|null|true|false|\[\]|\{', text[i:])
        j = i + (len(m.group()) if m and m.group() != "{" else 0)
        text = text[:i] + rng.choice(_BAD_VALUES) + text[j:]
    if kind == "bytes":
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 3)):
            data.insert(rng.randint(0, len(data)), rng.choice((0xFF, 0xC3, 0x80, 0xED, 0x00)))
        return "bytes", bytes(data)
    return kind, text


# --------------------------------------------------------------------------------------------------
# Checks


def _exception(target: str, exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "nato_ukraine_timeline" in f.filename]
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno} ({frames[-1].name})" if frames else ""
    return f"exception in {target}: {type(exc).__name__}: {str(exc)[:200]}{where}"


def _guard(target: str, call: Callable[[], Any], problems: list[str]) -> Any:
    """``call()``; an exception other than :class:`Timeout` becomes a problem (and ``None``)."""
    try:
        return call()
    except Timeout:
        raise
    except Exception as exc:  # noqa: BLE001 - every exception is a finding
        problems.append(_exception(target, exc))
        return None


def _mention_problems(text: str, mentions: list[DateMention]) -> Iterator[str]:
    last = -1
    for m in mentions:
        if not 0 <= m.start <= m.end <= len(text):
            yield f"span outside the text: {m.start}..{m.end} of {len(text)}"
        elif text[m.start : m.end] != m.text:
            yield f"text[{m.start}:{m.end}] == {text[m.start : m.end]!r} != mention text {m.text!r}"
        if m.start < last:
            yield f"mentions out of text order at {m.start} (after {last})"
        last = m.start
        v = m.value
        if v.earliest is not None and v.latest is not None and v.earliest > v.latest:
            yield f"earliest {v.earliest} > latest {v.latest} in {m.text!r} ({v.timex})"


def check_find_dates(text: str, opts: Options) -> list[str]:
    """``find_dates`` on ``text`` keeps its invariants and its mentions round-trip through JSON."""
    problems: list[str] = []
    mentions = _guard("find_dates", lambda: find_dates(text, **opts), problems)
    if mentions is None:
        return problems
    problems += _mention_problems(text, mentions)
    for m in mentions:
        back = _guard("loads(dumps(DateMention))", lambda m=m: loads(dumps(m), DateMention), problems)
        if back is not None and back != m:
            problems.append(f"JSON round trip changed {m!r} into {back!r}")
    return problems


def check_parse(text: str, opts: Options) -> list[str]:
    """``parse`` on ``text`` keeps its invariants and its timeline round-trips through JSON and JSON Lines."""
    problems: list[str] = []
    timeline = _guard("parse", lambda: parse(text, **opts), problems)
    if timeline is None:
        return problems
    for item in timeline:
        if not 0 <= item.span.start <= item.span.end <= len(text):
            problems.append(f"{type(item).__name__} span outside the text: {item.span} of {len(text)}")
        w = item.when
        if w is not None and w.earliest is not None and w.latest is not None and w.earliest > w.latest:
            problems.append(f"earliest {w.earliest} > latest {w.latest} ({w.timex})")
    back = _guard("loads(dumps(Timeline))", lambda: loads(dumps(timeline), Timeline), problems)
    if back is not None and back != timeline:
        problems.append("JSON round trip changed the timeline")
    stream = io.StringIO()
    _guard("write_jsonl", lambda: write_jsonl(iter(timeline), stream), problems)
    lines = _guard("iter_jsonl", lambda: list(iter_jsonl(io.StringIO(stream.getvalue()))), problems)
    if lines is not None and lines != list(timeline):
        problems.append("JSON Lines round trip changed the items")
    return problems


def _load(kind: str, data: str | bytes, tmp: Path | None) -> list[Any]:
    if kind == "toml":
        from nato_ukraine_timeline import ActorRegistry

        return list(ActorRegistry.from_toml(str(data)))
    if kind == "jsonl":
        return list(iter_jsonl(io.StringIO(str(data).replace("\n", " ") + "\n" + str(data)[:50])))
    if kind == "bytes" and tmp is not None:
        tmp.write_bytes(data if isinstance(data, bytes) else data.encode())
        from nato_ukraine_timeline import ActorRegistry
        from nato_ukraine_timeline._parallel import read_corpus

        _try(lambda: list(read_corpus(tmp, max_size=4096)))  # the command line's corpus reader
        _try(lambda: ActorRegistry.from_file(tmp))
        return [_try(lambda: load_file(tmp, Timeline)), *(_try(lambda: list(iter_jsonl(tmp))) or [])]
    cls = Timeline if str(data).lstrip().startswith('{"format"') else DateMention
    return [loads(data, cls)]


def _try(call: Callable[[], Any]) -> Any:
    """``call()``, or ``None`` when it raises the library's own error (the expected outcome)."""
    try:
        return call()
    except TimelineError:
        return None


def check_loader(kind: str, data: str | bytes, tmp: Path | None = None) -> list[str]:
    """A loader given bad data raises only the library's own error (or loads something that
    round-trips); ``tmp`` is a scratch file for the file loaders."""
    problems: list[str] = []
    try:
        loaded = _load(kind, data, tmp)
    except TimelineError:
        return problems
    except Timeout:
        raise
    except Exception as exc:  # noqa: BLE001 - a foreign error from a loader is a finding
        return [_exception(f"loader {kind}", exc)]
    for obj in loaded:
        if isinstance(obj, (Timeline, DateMention)):
            back = _guard("round trip of a loaded value", lambda obj=obj: loads(dumps(obj), type(obj)), problems)
            if back is not None and back != obj:
                problems.append(f"a loaded {type(obj).__name__} does not round-trip")
    return problems
