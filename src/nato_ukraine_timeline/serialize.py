"""JSON, JSON Lines, CSV and JSON Schema for the model, from one configured cattrs converter.

* **JSON** (:func:`dumps`/:func:`loads`, :func:`dump`/:func:`load`): any model object. A
  :class:`~nato_ukraine_timeline.model.Timeline` is written as a *document* that starts with
  ``{"format": "nato_ukraine_timeline", "version": 1, ...}``; loading checks both first.
* **JSON Lines** (:func:`write_jsonl`/:func:`iter_jsonl`): one object per line, each tagged with its
  class (``"_type": "Statement"``), so statements and events can share a stream. Reading is lazy.
* **CSV** (:func:`to_csv_rows`/:func:`write_csv`): one flat row per statement or event, with the
  columns in :data:`STATEMENT_COLUMNS` and :data:`EVENT_COLUMNS`. For spreadsheets; not lossless.
* **JSON Schema** (:func:`json_schema`) of the document format, for other languages.

JSON and JSON Lines are lossless: ``loads(dumps(x), type(x)) == x`` for every value the model can
hold. Loading bad data raises :class:`~nato_ukraine_timeline.errors.SerializationError` whose
messages name the path of each bad field (``"... @ $.statements[3].when.latest"``); writing a file
goes through a temporary file, so a failure never leaves a half-written file behind.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import enum
import json
import os
import re
import types
import typing
import warnings
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import JsonConverter
from cattrs.preconf.json import make_converter as _make_json_converter
from cattrs.v import format_exception, transform_error

from ._checks import MAX_INT
from ._io import PathOrStream, open_input, open_target
from ._timex import DAY_VALUE
from .errors import InvalidOptionError, ModelError, SerializationError, UnsupportedFormatError
from .model import Actor, DateMention, DateValue, Event, Provenance, Role, Source, Span, Statement, Timeline

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    import cattrs

__all__ = [
    "CONVERTER",
    "CSV_SEPARATOR",
    "EVENT_COLUMNS",
    "FORMAT",
    "FORMULA_TRIGGERS",
    "MODEL_CLASSES",
    "STATEMENT_COLUMNS",
    "VERSION",
    "csv_row",
    "dump",
    "dumps",
    "escape_formula",
    "iter_jsonl",
    "json_schema",
    "load",
    "loads",
    "make_converter",
    "read_jsonl",
    "structure",
    "to_csv_rows",
    "unstructure",
    "write_csv",
    "write_jsonl",
]

T = TypeVar("T")

#: The format name every document carries.
FORMAT: Final = "nato_ukraine_timeline"
#: The document format version this library writes (and the newest it reads). Version 2 stores
#: each actor once, in ``actors``, and items refer to it by id; version 1 documents still load.
VERSION: Final = 2

#: Every class the serializers know, by the name used as the JSON Lines ``_type`` tag.
MODEL_CLASSES: Final[dict[str, type[Any]]] = {
    cls.__name__: cls
    for cls in (Span, Source, Provenance, Role, Actor, DateValue, DateMention, Statement, Event, Timeline)
}
#: Any object the serializers take.
Model = Span | Source | Provenance | Role | Actor | DateValue | DateMention | Statement | Event | Timeline

_TAG: Final = "_type"
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------------------------------
# The converter


class _WrongTypeError(TypeError):
    """A JSON value of the wrong type; its message is shown as is."""


def _strict(tp: type[Any], name: str) -> Callable[[object, object], Any]:
    def hook(value: object, _: object) -> Any:
        # bool is an int in Python, but true is not a number in JSON.
        if not isinstance(value, tp) or (tp is not bool and isinstance(value, bool)):
            raise _WrongTypeError(f"expected {name}, got {_json_type(value)} {_short(value)}")
        if tp is int and not -MAX_INT <= value <= MAX_INT:
            raise _WrongTypeError(f"integer {_short(value)} is out of range (documents hold at most 2**53)")
        return value

    return hook


def _structure_date(value: object, _: object) -> dt.date:
    if not isinstance(value, str) or not DAY_VALUE.fullmatch(value):
        raise _WrongTypeError(f"expected a date as YYYY-MM-DD, got {_json_type(value)} {_short(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise _WrongTypeError(f"not a calendar date: {value!r} ({exc})") from None


def _is_homogeneous_tuple(tp: object) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook_factory(tp: Any, conv: cattrs.Converter) -> Callable[[object, object], tuple[Any, ...]]:
    element = typing.get_args(tp)[0]

    def hook(value: object, _: object) -> tuple[Any, ...]:
        # JSON arrays only: a string is iterable, but "abc" is not a list of three names.
        if not isinstance(value, list):
            raise _WrongTypeError(f"expected an array, got {_json_type(value)} {_short(value)}")
        out: list[Any] = []
        errors: list[Exception] = []
        for i, item in enumerate(value):
            try:
                out.append(conv.structure(item, element))
            except Exception as exc:  # noqa: BLE001 - collected and re-raised below, with its index
                exc.add_note(IterableValidationNote(f"Structuring {tp} @ index {i}", i, element))
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp}", errors, tp)
        return tuple(out)

    return hook


def _structure_enum(value: object, tp: type[enum.StrEnum]) -> enum.StrEnum:
    if isinstance(value, str):
        try:
            return tp(value)
        except ValueError:
            pass
    allowed = ", ".join(repr(m.value) for m in tp)
    raise _WrongTypeError(f"expected one of {allowed}, got {_short(value)}")


def _with_field_note(exc: ModelError, cls: type[Any]) -> ModelError:
    if not any(isinstance(n, AttributeValidationNote) for n in getattr(exc, "__notes__", ())):
        exc.add_note(AttributeValidationNote(f"Validating {cls.__name__} @ attribute {exc.field}", exc.field, cls))
    return exc


def _class_hook_factory(cls: type[Any], conv: cattrs.Converter) -> Callable[[object, object], Any]:
    inner = make_dict_structure_fn(cls, conv)

    def hook(value: object, _: object) -> Any:
        if type(value) is cls and cls in (Actor, Source):  # listed once in a document, already built
            return value
        if not isinstance(value, dict):
            raise _WrongTypeError(f"expected an object ({cls.__name__}), got {_json_type(value)} {_short(value)}")
        # The model's own validators run in the constructor, after cattrs has checked each field. A
        # ModelError names its field: attach it as a cattrs note so the error has a path like any other.
        try:
            obj = inner(value, cls)
        except ClassValidationError as exc:
            for sub in exc.exceptions:
                if isinstance(sub, ModelError):
                    _with_field_note(sub, cls)
            raise
        except ModelError as exc:  # cattrs < 25 does not wrap errors raised by the constructor
            raise ClassValidationError(f"While structuring {cls.__name__}", [_with_field_note(exc, cls)], cls) from None
        return obj

    return hook


def make_converter() -> JsonConverter:
    """The only place where un/structuring rules for the model live.

    Built on ``cattrs.preconf.json.make_converter`` with ``forbid_extra_keys=True``: dates are
    ISO 8601 strings, enums their values, tuples arrays, optional fields ``null``. Structuring is
    strict about JSON types (``"3"`` is not an int, ``"abc"`` not a list) and runs the model's own
    validation, so anything it returns is a valid model object.
    """
    conv = _make_json_converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, "string"))
    conv.register_structure_hook(int, _strict(int, "integer"))
    conv.register_structure_hook(bool, _strict(bool, "boolean"))
    conv.register_structure_hook(dt.date, _structure_date)
    # A StrEnum is a str: give it its own (more specific) hook, or the str one would take it.
    conv.register_structure_hook(enum.StrEnum, _structure_enum)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda tp: _tuple_hook_factory(tp, conv))
    conv.register_structure_hook_factory(attrs.has, lambda cls: _class_hook_factory(cls, conv))
    for item_cls in (Statement, Event):
        # Only merged items have other places, only joint words co-speakers: those fields are left out when
        # empty (older readers skip them too; older documents load with them empty).
        omit: dict[str, Any] = {
            name: override(omit_if_default=True)
            for name in ("also_found", "co_speakers")
            if name in attrs.fields_dict(item_cls)
        }
        conv.register_unstructure_hook(item_cls, make_dict_unstructure_fn(item_cls, conv, **omit))
    return conv


#: The converter every format uses. Never ``cattrs.global_converter``.
CONVERTER: Final = make_converter()
#: Unstructures inside timeline documents (version 2): a field at its default value is left out.
#: Documents are read by ``CONVERTER``, which fills defaults in, so nothing is lost.
_DOCUMENT: Final = _make_json_converter(omit_if_default=True)


# --------------------------------------------------------------------------------------------------
# Errors


def _short(value: object, limit: int = 60) -> str:
    """``repr(value)``, cut short: an error about a huge array should not repeat the array."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _format(exc: BaseException, tp: type | None) -> str:
    if isinstance(exc, ModelError):
        return exc.message
    if isinstance(exc, _WrongTypeError):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}"
    return format_exception(exc, tp)


def _messages(exc: BaseException, path: str = "$") -> list[str]:
    return transform_error(exc, path, _format)


def _structure(data: object, cls: type[T], what: str, *, prefix: str = "") -> T:
    try:
        return CONVERTER.structure(data, cls)
    except (BaseValidationError, _WrongTypeError, ModelError, KeyError, TypeError, ValueError) as exc:
        raise SerializationError(what, [prefix + m for m in _messages(exc)]) from exc
    except RecursionError as exc:  # a value nested deeper than the model allows, close to the limit
        raise SerializationError(what, [f"{prefix}nested too deeply @ $"]) from exc


def _check_class(cls: object) -> type[Any]:
    if not isinstance(cls, type) or cls not in MODEL_CLASSES.values():
        names = ", ".join(MODEL_CLASSES)
        raise InvalidOptionError(f"cls must be one of the model classes ({names}), got {cls!r}")
    return cls


# --------------------------------------------------------------------------------------------------
# JSON


def unstructure(obj: Model) -> dict[str, Any]:
    """The JSON-ready ``dict`` of a model object (a :class:`Timeline` as a whole document).

    In a document each actor of ``Timeline.actors`` is written once; a speaker or participant equal
    to it is written as its id (``"speaker": "mark-rutte"``). An actor that differs from the listed
    one with its id (or is not listed) is written in full where it occurs, so nothing is lost.
    Sources are listed once the same way (``"sources"``), and inside a document a field at its
    default value (``null``, ``[]``, ``false``, ``""``) is left out; loading fills it back in.
    """
    _check_class(type(obj))
    if isinstance(obj, Timeline):
        return {"format": FORMAT, "version": VERSION, **_unstructure_timeline(obj)}
    data: dict[str, Any] = CONVERTER.unstructure(obj)
    return data


def _unstructure_timeline(timeline: Timeline) -> dict[str, Any]:
    actors = {a.id: a for a in timeline.actors}
    sources: dict[str, Source] = {}
    for item in timeline:
        if item.source is not None:
            sources.setdefault(item.source.id, item.source)

    def ref(obj: Actor | Source | None, listed: dict[str, Any], cls: type[Any]) -> Any:
        if obj is None:
            return None
        known = listed.get(obj.id)
        return obj.id if known is obj or known == obj else _DOCUMENT.unstructure(obj, cls)

    statements = []
    for s in timeline.statements:
        data = _DOCUMENT.unstructure(s, Statement)
        data["speaker"] = ref(s.speaker, actors, Actor)
        if s.co_speakers:
            data["co_speakers"] = [ref(a, actors, Actor) for a in s.co_speakers]
        data["source"] = ref(s.source, sources, Source)
        statements.append(data)
    events = []
    for e in timeline.events:
        data = _DOCUMENT.unstructure(e, Event)
        data["participants"] = [ref(a, actors, Actor) for a in e.participants]
        data["source"] = ref(e.source, sources, Source)
        events.append(data)
    return {
        "statements": statements,
        "events": events,
        "actors": [_DOCUMENT.unstructure(a, Actor) for a in timeline.actors],
        "sources": [_DOCUMENT.unstructure(src, Source) for src in sources.values()],
    }


def _table(raw: object, cls: type[Any], key: str, errors: list[str], prefix: str) -> dict[str, Any]:
    """The objects of a document's ``actors`` or ``sources`` list by id, built once; problems go to ``errors``."""
    table: dict[str, Any] = {}
    if not isinstance(raw, list):
        if key == "sources" and raw is not None:  # actors: reported by the structuring of the Timeline
            errors.append(f"{prefix}expected an array, got {_json_type(raw)} {_short(raw)} @ $.{key}")
        return table
    for i, entry in enumerate(raw):
        try:
            obj = CONVERTER.structure(entry, cls)
        except (BaseValidationError, _WrongTypeError, ModelError, KeyError, TypeError, ValueError) as exc:
            errors.extend(prefix + m for m in _messages(exc, f"$.{key}[{i}]"))
            continue
        if obj.id in table:
            errors.append(f"{prefix}duplicate {cls.__name__.lower()} id {obj.id!r} @ $.{key}[{i}]")
        table.setdefault(obj.id, obj)
    return table


def _resolve_item(
    item: dict[str, Any], names: tuple[str, ...], path: str, look_up: Callable[[object, str, str], object]
) -> dict[str, Any]:
    """A copy of one item (the caller's data is left as is) with its source and actors (``names``) by id
    replaced by what ``look_up`` gives."""
    item = dict(item)
    if "source" in item:
        item["source"] = look_up(item["source"], "sources", f"{path}.source")
    for name in names:
        if name == "speaker" and name in item:
            item[name] = look_up(item[name], "actors", f"{path}.{name}")
        elif isinstance(item.get(name), list):
            item[name] = [look_up(a, "actors", f"{path}.{name}[{j}]") for j, a in enumerate(item[name])]
    return item


def _resolve_refs(data: dict[str, Any], what: str, prefix: str) -> dict[str, Any]:
    """A version 2 document with actors and sources built once and each id in an item replaced by its object."""
    errors: list[str] = []
    tables = {
        "actors": _table(data.get("actors"), Actor, "actors", errors, prefix),
        "sources": _table(data.get("sources"), Source, "sources", errors, prefix),
    }
    if errors:
        raise SerializationError(what, errors)

    def look_up(value: object, key: str, path: str) -> object:
        if isinstance(value, str):
            if value in tables[key]:
                return tables[key][value]
            errors.append(f"{prefix}unknown {key[:-1]} id {value!r} (not in $.{key}) @ {path}")
        return value

    out = {k: v for k, v in data.items() if k != "sources"}
    if isinstance(data.get("actors"), list):
        out["actors"] = list(tables["actors"].values())
    for key, names in (("statements", ("speaker", "co_speakers")), ("events", ("participants",))):
        items = data.get(key)
        if not isinstance(items, list):
            continue
        out[key] = [
            _resolve_item(item, names, f"$.{key}[{i}]", look_up) if isinstance(item, dict) else item
            for i, item in enumerate(items)
        ]
    if errors:
        raise SerializationError(what, errors)
    return out


def structure(data: object, cls: type[T], *, what: str | None = None, prefix: str = "") -> T:
    """Build a ``cls`` from JSON-ready data (a :class:`Timeline` from a document).

    Raises:
        UnsupportedFormatError: a document names another format, or a version this library does not read.
        SerializationError: the data does not describe a valid ``cls``; each message names a path.
    """
    _check_class(cls)
    what = what or cls.__name__
    if cls is Timeline:
        data = _open_document(data, what, prefix)
    return _structure(data, cls, what, prefix=prefix)


def _open_document(data: object, what: str, prefix: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise SerializationError(what, [f"{prefix}expected a document object, got {_json_type(data)} @ $"])
    if data.get("format") != FORMAT:
        found = repr(data["format"]) if "format" in data else "no format"
        raise UnsupportedFormatError(what, [f"{prefix}expected format {FORMAT!r}, found {found} @ $.format"])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        hint = "; upgrade nato_ukraine_timeline" if isinstance(version, int) and version > VERSION else ""
        raise UnsupportedFormatError(
            what, [f"{prefix}unsupported version {version!r}, this library reads 1..{VERSION}{hint} @ $.version"]
        )
    body = {k: v for k, v in data.items() if k not in ("format", "version")}
    return _resolve_refs(body, what, prefix) if version >= 2 else body


def dumps(obj: Model, *, indent: int | None = None) -> str:
    """The JSON text of a model object; a :class:`Timeline` becomes a versioned document.

    The same object always gives the same text. Non-ASCII text is kept as is (``"Зеленський"``);
    lone surrogates, which UTF-8 cannot encode, are escaped. One text is not kept: a high surrogate right
    before a low one reads back as the one character the pair encodes (JSON cannot tell them apart).

    Raises:
        InvalidOptionError: ``obj`` is not a model object.
    """
    text = json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)
    return _escape_surrogates(text)


def _escape_surrogates(text: str) -> str:
    # Surrogates can only occur inside JSON strings, where an escape means the same character.
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@overload
def loads(text: str | bytes, cls: type[T]) -> T: ...
@overload
def loads(text: str | bytes, cls: None = None) -> Any: ...
def loads(text: str | bytes, cls: type[Any] | None = None) -> Any:
    """Load a ``cls`` from JSON text (for :class:`Timeline`, a document).

    Without ``cls``, the text must say what it is: a timeline document (``"format":
    "nato_ukraine_timeline"``) is a :class:`Timeline`, an object tagged ``"_type": "Statement"`` (a
    JSON Lines record) is of that class.

    Raises:
        UnsupportedFormatError: a document of another format or an unknown version.
        SerializationError: malformed JSON, data that does not describe a valid ``cls``, or no
            ``cls`` and data that does not say its class.
    """
    if cls is not None:
        _check_class(cls)
    data = _json(text, cls.__name__ if cls is not None else "JSON")
    data, cls = _infer_class(data, cls, "JSON")
    return structure(data, cls)


def _infer_class(data: Any, cls: type[Any] | None, what: str) -> tuple[Any, type[Any]]:
    """``data`` without its ``_type`` tag, and the class it describes (``cls``, or what it says it is)."""
    tag = data.get(_TAG) if isinstance(data, dict) else None
    if isinstance(tag, str) and tag in MODEL_CLASSES and (cls is None or MODEL_CLASSES[tag] is cls):
        return {k: v for k, v in data.items() if k != _TAG}, MODEL_CLASSES[tag]
    if cls is not None:
        return data, cls
    if isinstance(data, dict) and "format" in data:
        return data, Timeline
    names = ", ".join(MODEL_CLASSES)
    raise SerializationError(
        what, [f"cannot tell which class this is (no document header, no {_TAG} tag): pass cls, one of {names} @ $"]
    )


def _json(text: str | bytes, what: str, prefix: str = "") -> Any:
    """``json.loads(text)``, every failure (bad JSON, not UTF-8, an integer of thousands of digits,
    nesting deeper than Python's recursion limit) a :class:`SerializationError`."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SerializationError(what, [f"{prefix}invalid JSON: {exc} @ $"]) from exc
    except UnicodeDecodeError as exc:
        raise SerializationError(what, [f"{prefix}{_not_utf8(exc)} @ $"]) from exc
    except ValueError as exc:  # int('9' * 5000): Python's limit on integer digits
        raise SerializationError(what, [f"{prefix}invalid JSON: a number too long to read ({exc}) @ $"]) from exc
    except RecursionError as exc:
        raise SerializationError(what, [f"{prefix}invalid JSON: nested too deeply to read @ $"]) from exc


def _not_utf8(exc: UnicodeDecodeError, offset: int = 0) -> str:
    return f"not valid UTF-8 at byte {offset + exc.start} ({exc.reason})"


def _read_utf8(path: str | os.PathLike[str]) -> str:
    """The text of a file, decoded strictly as UTF-8 (a leading byte order mark is dropped)."""
    with open_input(path) as stream:
        data = stream.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SerializationError(os.fspath(path), [f"{_not_utf8(exc)} @ $"]) from exc


def dump(obj: Model, target: PathOrStream, *, indent: int | None = 2) -> None:
    """Write ``obj`` as JSON to a file path (atomically) or an open text stream."""
    text = dumps(obj, indent=indent)
    with open_target(target) as stream:
        stream.write(text + "\n")


@overload
def load(source: PathOrStream, cls: type[T]) -> T: ...
@overload
def load(source: PathOrStream, cls: None = None) -> Any: ...
def load(source: PathOrStream, cls: type[Any] | None = None) -> Any:
    """Read a ``cls`` from a JSON file path or an open text stream (see :func:`loads`).

    Without ``cls``, a self-describing document is read as what it says it is (a timeline document
    as a :class:`Timeline`).

    Raises:
        ReadError: the file is missing, is a folder or may not be read (the message names it).
        SerializationError: the file is empty, is not UTF-8 or JSON, or does not describe a ``cls``.
    """
    if isinstance(source, (str, os.PathLike)):
        if cls is not None:
            _check_class(cls)
        what = os.fspath(source)
        text = _read_utf8(source)
        if not text.strip():
            raise SerializationError(what, ["the file is empty: no JSON document @ $"])
        data, cls = _infer_class(_json(text, what), cls, what)
        return structure(data, cls, what=what)
    return loads(source.read(), cls)


# --------------------------------------------------------------------------------------------------
# JSON Lines


def _jsonl_line(obj: Model) -> str:
    return _escape_surrogates(json.dumps({_TAG: type(obj).__name__, **unstructure(obj)}, ensure_ascii=False))


def _is_target(value: object) -> bool:
    return isinstance(value, (str, os.PathLike)) or callable(getattr(value, "write", None))


def _items_first(name: str, first: Any, second: Any) -> tuple[Any, Any]:
    """``(items, target)`` whichever order they came in; the old ``(target, items)`` warns."""
    if _is_target(first) and not _is_target(second):
        warnings.warn(
            f"{name}(target, items) is deprecated: call {name}(items, target), as dump(obj, target)",
            DeprecationWarning,
            stacklevel=3,
        )
        return second, first
    return first, second


@overload
def write_jsonl(items: Iterable[Model], target: PathOrStream) -> int: ...
@overload
def write_jsonl(items: PathOrStream, target: Iterable[Model]) -> int: ...  # deprecated order
def write_jsonl(items: Any, target: Any) -> int:
    """Write one tagged JSON object per line to ``target``; returns the number of lines written.

    The arguments are in the order of :func:`dump` (what, then where). The old order
    ``write_jsonl(target, items)`` still works and raises a ``DeprecationWarning``.

    ``items`` may mix classes (statements and events, say); each line carries ``"_type"``. ``items``
    is consumed one at a time, so a generator of any length can be streamed. A file path is written
    atomically: if ``items`` raises midway, no file (or the old one) is left.

    A :class:`Timeline` given as ``items`` is written whole: its actors (``"_type": "Actor"``) first,
    then its statements and events in time order; :func:`read_jsonl` reads it back equal.
    """
    items, target = _items_first("write_jsonl", items, target)
    records: Iterable[Model] = (*items.actors, *items) if isinstance(items, Timeline) else items
    count = 0
    with open_target(target) as stream:
        for item in records:
            stream.write(_jsonl_line(item) + "\n")
            count += 1
    return count


@overload
def iter_jsonl(source: PathOrStream | Iterable[str], cls: type[T]) -> Iterator[T]: ...
@overload
def iter_jsonl(source: PathOrStream | Iterable[str], cls: tuple[type[Any], ...] | None = None) -> Iterator[Any]: ...
def iter_jsonl(
    source: PathOrStream | Iterable[str], cls: type[Any] | tuple[type[Any], ...] | None = None
) -> Iterator[Any]:
    """Read a JSON Lines stream lazily, one record per line (blank lines are skipped).

    Args:
        source: a file path, an open text stream, or any iterable of lines.
        cls: the class (or tuple of classes) the records must have; ``None`` accepts any model class.

    Raises:
        ReadError: the file is missing, is a folder or may not be read, when iteration starts.
        SerializationError: on the first bad line, when iteration reaches it; messages read
            ``"line 7: expected integer, got string '3' @ $.span.start"``.
    """
    allowed: tuple[type[Any], ...] = tuple(MODEL_CLASSES.values()) if cls is None else _classes(cls)
    if isinstance(source, (str, os.PathLike)):
        what = os.fspath(source)
        return _iter_jsonl_file(source, allowed, what)
    return _iter_jsonl_lines(source, allowed, "JSON Lines")


def read_jsonl(source: PathOrStream | Iterable[str]) -> Timeline:
    """The :class:`Timeline` of a JSON Lines stream of actors, statements and events.

    The inverse of :func:`write_jsonl` given a timeline: ``read_jsonl(path) == timeline``. Actor
    lines become ``Timeline.actors`` exactly as written (use ``Timeline.of(iter_jsonl(path))`` to
    collect the actors the items name instead).

    Raises:
        SerializationError: a bad line, or a record of another class (a document, a span).
    """
    statements: list[Statement] = []
    events: list[Event] = []
    actors: list[Actor] = []
    for record in iter_jsonl(source, cls=(Actor, Statement, Event)):
        if isinstance(record, Actor):
            actors.append(record)
        elif isinstance(record, Statement):
            statements.append(record)
        else:
            events.append(record)
    try:
        return Timeline(statements=statements, events=events, actors=actors)
    except ModelError as exc:  # two different actors with one id
        what = os.fspath(source) if isinstance(source, (str, os.PathLike)) else "JSON Lines"
        raise SerializationError(what, [exc.message]) from exc


def _classes(cls: type[Any] | tuple[type[Any], ...]) -> tuple[type[Any], ...]:
    return tuple(_check_class(c) for c in (cls if isinstance(cls, tuple) else (cls,)))


def _iter_jsonl_file(path: str | os.PathLike[str], allowed: tuple[type[Any], ...], what: str) -> Iterator[Any]:
    with open_input(path) as stream:
        yield from _iter_jsonl_lines(_decoded_lines(stream, what), allowed, what)


def _decoded_lines(stream: Iterable[bytes], what: str) -> Iterator[str]:
    """The lines of a binary stream decoded strictly as UTF-8 (a leading byte order mark dropped)."""
    offset = 0
    for n, raw in enumerate(stream, 1):
        try:
            yield raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise SerializationError(what, [f"line {n}: {_not_utf8(exc, offset)} @ $"]) from exc
        offset += len(raw)


def _numbered(lines: Iterable[str], what: str) -> Iterator[tuple[int, str]]:
    """``enumerate(lines, 1)``, a text stream's decoding error a :class:`SerializationError`."""
    n = 0
    iterator = iter(lines)
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise SerializationError(what, [f"line {n + 1}: {_not_utf8(exc)} @ $"]) from exc
        n += 1
        yield n, line


def _iter_jsonl_lines(lines: Iterable[str], allowed: tuple[type[Any], ...], what: str) -> Iterator[Any]:
    for n, line in _numbered(lines, what):
        if not line.strip():
            continue
        prefix = f"line {n}: "
        data = _json(line, what, prefix)
        if not isinstance(data, dict):
            raise SerializationError(what, [f"{prefix}expected an object, got {_json_type(data)} @ $"])
        tag = data.pop(_TAG, None)
        cls = MODEL_CLASSES.get(tag) if isinstance(tag, str) else None
        if cls is None or cls not in allowed:
            expected = " or ".join(c.__name__ for c in allowed)
            raise SerializationError(what, [f"{prefix}expected {_TAG} {expected}, got {tag!r} @ $.{_TAG}"])
        yield structure(data, cls, what=what, prefix=prefix)


# --------------------------------------------------------------------------------------------------
# CSV

_WHEN_COLUMNS: Final = (
    "when_timex",
    "when_earliest",
    "when_latest",
    "when_granularity",
    "when_basis",
    "when_uncertain",
    "when_alternatives",
    "when_edtf",
)
_TAIL_COLUMNS: Final = (
    "span_start",
    "span_end",
    "source_id",
    "source_url",
    "source_outlet",
    "source_published",
)

#: The columns of a CSV of statements, in order.
STATEMENT_COLUMNS: Final = (
    "speaker_id",
    "speaker_name",
    "speaker_kind",
    "text",
    "direct",
    "medium",
    "addressees",
    *_WHEN_COLUMNS,
    *_TAIL_COLUMNS,
    "co_speaker_ids",  # words said jointly: the other speakers (last, so older column positions hold)
    "co_speaker_names",
)
#: The columns of a CSV of events, in order.
EVENT_COLUMNS: Final = (
    "kind",
    "trigger",
    "participant_ids",
    "participant_names",
    "location",
    *_WHEN_COLUMNS,
    *_TAIL_COLUMNS,
)
#: Separates the values of a many-valued CSV cell (addressees, participants, alternatives).
CSV_SEPARATOR: Final = "; "


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _common_cells(item: Statement | Event) -> dict[str, str]:
    w, src = item.when, item.source
    return {
        "when_timex": _cell(w and w.timex),
        "when_earliest": _cell(w and w.earliest),
        "when_latest": _cell(w and w.latest),
        "when_granularity": _cell(w and w.granularity.value),
        "when_basis": _cell(w and w.basis.value),
        "when_uncertain": _cell(w.uncertain if w else None),
        "when_alternatives": CSV_SEPARATOR.join(w.alternatives) if w else "",
        "when_edtf": _cell(w and w.edtf),
        "span_start": _cell(item.span.start),
        "span_end": _cell(item.span.end),
        "source_id": _cell(src and src.id),
        "source_url": _cell(src and src.url),
        "source_outlet": _cell(src and src.outlet),
        "source_published": _cell(src and src.published),
    }


#: A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection").
FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return gets a leading ``'``, so Excel, LibreOffice and Google Sheets show it as text
    instead of evaluating it (OWASP's rule against CSV injection). Other cells are unchanged.

    .. versionadded:: 0.1.0
    """
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def csv_row(item: Statement | Event, *, escape_formulas: bool = True) -> dict[str, str]:
    """The CSV row of one statement or event: every column of its kind, as strings.

    Dates are ISO ``YYYY-MM-DD``; booleans ``true``/``false``; absent values empty; many values are
    joined by :data:`~nato_ukraine_timeline.serialize.CSV_SEPARATOR`. With ``escape_formulas`` (the
    default) every cell goes through :func:`escape_formula`, so a quote such as ``"=HYPERLINK(...)"``
    reaches a spreadsheet as text; pass ``False`` for the exact text (for a program, not a spreadsheet).

    .. versionchanged:: 0.1.0 ``escape_formulas``, on by default.
    """
    if isinstance(item, Statement):
        row = {
            "speaker_id": item.speaker.id,
            "speaker_name": item.speaker.name,
            "speaker_kind": item.speaker.kind.value,
            "text": item.text,
            "direct": _cell(item.direct),
            "medium": _cell(item.medium),
            "addressees": CSV_SEPARATOR.join(item.addressees),
            "co_speaker_ids": CSV_SEPARATOR.join(a.id for a in item.co_speakers),
            "co_speaker_names": CSV_SEPARATOR.join(a.name for a in item.co_speakers),
        }
        columns: tuple[str, ...] = STATEMENT_COLUMNS
    elif isinstance(item, Event):
        row = {
            "kind": item.kind.value,
            "trigger": item.trigger,
            "participant_ids": CSV_SEPARATOR.join(a.id for a in item.participants),
            "participant_names": CSV_SEPARATOR.join(a.name for a in item.participants),
            "location": _cell(item.location),
        }
        columns = EVENT_COLUMNS
    else:
        raise InvalidOptionError(f"CSV rows are made of statements and events, got {type(item).__name__}")
    row.update(_common_cells(item))
    if escape_formulas:
        return {c: escape_formula(row[c]) for c in columns}
    return {c: row[c] for c in columns}


def to_csv_rows(items: Iterable[Statement | Event], *, escape_formulas: bool = True) -> Iterator[dict[str, str]]:
    """One CSV row per statement or event, lazily (see :func:`~nato_ukraine_timeline.serialize.csv_row`)."""
    return (csv_row(item, escape_formulas=escape_formulas) for item in items)


@overload
def write_csv(
    items: Iterable[Statement] | Iterable[Event],
    target: PathOrStream,
    *,
    cls: type[Statement | Event] = Statement,
    escape_formulas: bool = True,
) -> int: ...
@overload
def write_csv(  # the deprecated order
    items: PathOrStream,
    target: Iterable[Statement] | Iterable[Event],
    *,
    cls: type[Statement | Event] = Statement,
    escape_formulas: bool = True,
) -> int: ...
def write_csv(
    items: Any,
    target: Any,
    *,
    cls: type[Statement | Event] = Statement,
    escape_formulas: bool = True,
) -> int:
    """Write a CSV with a header row and one row per item to ``target``; returns the number of rows.

    The arguments are in the order of :func:`dump` (what, then where). The old order
    ``write_csv(target, items)`` still works and raises a ``DeprecationWarning``.

    Cells that a spreadsheet would run as formulas are escaped unless ``escape_formulas=False`` (see
    :func:`~nato_ukraine_timeline.serialize.escape_formula`).

    Args:
        items: statements (with ``cls=Statement``, the default) or events (``cls=Event``).
        target: a file path (written atomically) or an open text stream (opened with ``newline=""``).
        cls: which kind of row, and so which columns
            (:data:`~nato_ukraine_timeline.serialize.STATEMENT_COLUMNS` or
            :data:`~nato_ukraine_timeline.serialize.EVENT_COLUMNS`).

    Raises:
        InvalidOptionError: an item is not a ``cls``.
    """
    items, target = _items_first("write_csv", items, target)
    columns = {Statement: STATEMENT_COLUMNS, Event: EVENT_COLUMNS}.get(cls)
    if columns is None:
        raise InvalidOptionError(f"cls must be Statement or Event, got {cls!r}")
    count = 0
    # CSV has no escapes: what UTF-8 cannot encode (a lone surrogate) is written as "\udc80" in a file.
    with open_target(target, newline="", errors="backslashreplace") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        for item in items:
            if not isinstance(item, cls):
                raise InvalidOptionError(
                    f"a CSV of {cls.__name__} rows got a {type(item).__name__}: write statements and events "
                    "to separate files"
                )
            writer.writerow(csv_row(item, escape_formulas=escape_formulas))
            count += 1
    return count


# --------------------------------------------------------------------------------------------------
# JSON Schema

_SCHEMA_ID: Final = "urn:nato_ukraine_timeline:schema:timeline:2"
_ACTOR_OR_ID: Final = {
    "anyOf": [
        {"$ref": "#/$defs/Actor"},
        {"type": "string", "description": "in a document (version 2), the id of an actor listed in its actors"},
    ]
}
_SOURCE_OR_ID: Final = {
    "anyOf": [
        {"$ref": "#/$defs/Source"},
        {"type": "string", "description": "in a document (version 2), the id of a source listed in its sources"},
        {"type": "null"},
    ],
    "default": None,
}
#: Fields whose schema is not the one of their type: in a document, actors and sources may be given by id.
_FIELD_SCHEMAS: Final[dict[tuple[str, str], dict[str, Any]]] = {
    ("Statement", "speaker"): _ACTOR_OR_ID,
    ("Statement", "co_speakers"): {"type": "array", "items": _ACTOR_OR_ID, "default": []},
    ("Event", "participants"): {"type": "array", "items": _ACTOR_OR_ID, "default": []},
    ("Statement", "source"): _SOURCE_OR_ID,
    ("Event", "source"): _SOURCE_OR_ID,
}
_FIELD_EXTRAS: Final[dict[tuple[str, str], dict[str, Any]]] = {
    ("Span", "start"): {"minimum": 0},
    ("Span", "end"): {"minimum": 0},
    ("DateMention", "start"): {"minimum": 0},
    ("DateMention", "end"): {"minimum": 0},
    ("Actor", "id"): {"pattern": "^[a-z0-9][a-z0-9_.:-]*$"},
    ("Actor", "wikidata"): {"pattern": "^Q[1-9][0-9]*$"},
    ("Role", "title"): {"minLength": 1},
    ("Actor", "name"): {"minLength": 1},
}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return {"anyOf": [_type_schema(a, defs) for a in args]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string"}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # reserve the name: classes may refer to each other
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - the model uses only the types above


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for a in attrs.fields(cls):
        prop = _type_schema(hints[a.name], defs)
        prop = copy.deepcopy(_FIELD_SCHEMAS.get((cls.__name__, a.name), prop))
        prop.update(_FIELD_EXTRAS.get((cls.__name__, a.name), {}))
        if a.default is attrs.NOTHING:
            required.append(a.name)
        else:
            default = CONVERTER.unstructure(a.default)
            prop["default"] = list(default) if isinstance(default, tuple) else default
        properties[a.name] = prop
    doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n    ", " ").replace("\n", " ")
    return {
        "type": "object",
        "description": doc,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a timeline document, with every model class in ``$defs``.

    A copy ships as ``data/timeline.schema.json`` in the package. The schema checks structure and
    types; some rules only the library checks (a TIMEX3 value agreeing with its granularity, bounds
    in order).
    """
    defs: dict[str, Any] = {}
    timeline = _class_schema(Timeline, defs)
    for cls in MODEL_CLASSES.values():  # also those a document does not use (DateMention), for JSON Lines
        if cls is not Timeline:
            _type_schema(cls, defs)
    properties = {
        "format": {"const": FORMAT},
        "version": {"enum": list(range(1, VERSION + 1))},
        **timeline["properties"],
        "sources": {
            "type": "array",
            "items": {"$ref": "#/$defs/Source"},
            "description": "each source the items name, once; items refer to it by id (version 2)",
            "default": [],
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID,
        "title": "nato_ukraine_timeline document",
        "description": f"A Timeline written by nato_ukraine_timeline.dumps (format {FORMAT!r}, version {VERSION}).",
        "type": "object",
        "properties": properties,
        "required": ["format", "version", *timeline["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
