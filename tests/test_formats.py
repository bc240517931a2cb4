"""Exports read back by the tools that read them: TimelineJS 3 (its documented format, as a JSON Schema),
iCalendar (the icalendar package), schema.org JSON-LD (pyld, offline), GeoJSON (RFC 7946 checks)."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline import Actor, DateValue, Event, InvalidOptionError, Source, Span, Statement, Timeline
from nato_ukraine_timeline._formats.ical import fold
from nato_ukraine_timeline._resources import read_data, tsv_rows

DATA = Path(__file__).parent / "data"
SCHEMA_ORG = "http://schema.org/"
#: Synthetic words for these tests (not from any outlet): every character iCalendar and HTML must escape.
NASTY = 'Line one; "two", <script>alert(1)</script>\\ end\nnext line\r\nthird: é € 😀 ' + "x" * 90


@pytest.fixture(scope="module")
def seed() -> Timeline:
    return ntl.parse(read_data("examples/seed.txt"), order="newest first")


def _rutte() -> Actor:
    return Actor(id="mark-rutte", name="Mark Rutte", kind="person", wikidata="Q57792")


def _synthetic() -> Timeline:
    """A hand-built timeline: a nasty quote on an uncertain month, a located event, an undated one."""
    quote = Statement(
        speaker=_rutte(),
        text=NASTY,
        direct=True,
        span=Span(start=0, end=5),
        when=DateValue.from_timex("2025-02", uncertain=True, basis="window"),
        source=Source(id="synthetic", url="https://example.org/a?b=1&c=2"),
    )
    meeting = Event(
        kind="meeting",
        trigger="talks",
        span=Span(start=10, end=15),
        when=DateValue.from_timex("2025-02-17"),
        participants=(_rutte(),),
        location="Kyiv",
    )
    undated = attrs.evolve(meeting, when=None, span=Span(start=20, end=25), trigger="other talks")
    return Timeline.of([quote, meeting, undated])


@cache
def _timelinejs_validator() -> Any:
    import jsonschema

    schema = json.loads((DATA / "timelinejs3.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


class TestTimelineJS:
    def test_seed_validates(self, seed: Timeline) -> None:
        """The built-in example's export is valid TimelineJS 3 JSON, one slide per dated item."""
        doc = ntl.to_timelinejs(seed)
        errors = [e.message for e in _timelinejs_validator().iter_errors(doc)]
        assert errors == []
        dated = [i for i in seed if i.when is not None and i.when.earliest and i.when.latest]
        assert len(doc["events"]) == len(dated)
        assert len({s["unique_id"] for s in doc["events"]}) == len(dated)

    def test_intervals_and_escaping(self) -> None:
        """An uncertain month spans its days and shows '2025-02?'; HTML in the words is escaped."""
        doc = ntl.to_timelinejs(_synthetic())
        assert list(_timelinejs_validator().iter_errors(doc)) == []
        month = next(s for s in doc["events"] if s["display_date"] == "2025-02?")
        assert month["start_date"] == {"year": 2025, "month": 2, "day": 1}
        assert month["end_date"] == {"year": 2025, "month": 2, "day": 28}
        assert "<script>" not in json.dumps(doc)
        assert "&lt;script&gt;" in month["text"]["text"]

    def test_schema_rejects_a_misspelt_key(self) -> None:
        """The schema is strict enough to catch a wrong key (it would pass silently in TimelineJS)."""
        doc = ntl.to_timelinejs(_synthetic())
        doc["events"][0]["start_date"]["yaer"] = 2025
        assert list(_timelinejs_validator().iter_errors(doc))


class TestICalendar:
    def test_read_back(self, seed: Timeline) -> None:
        """icalendar reads the export; each dated item is an all-day event with an exclusive end."""
        icalendar = pytest.importorskip("icalendar")
        text = ntl.to_ics(seed)
        cal = icalendar.Calendar.from_ical(text)
        events = list(cal.walk("VEVENT"))
        dated = [i for i in seed if i.when is not None and i.when.earliest and i.when.latest]
        assert len(events) == len(dated)
        for event, item in zip(events, dated, strict=True):
            assert item.when is not None
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            assert type(start) is dt.date
            assert (start, end) == (item.when.earliest, item.when.latest + dt.timedelta(days=1))
        assert len({str(e["UID"]) for e in events}) == len(events)

    def test_escaping_and_folding(self) -> None:
        """Commas, semicolons, backslashes, line breaks and non-ASCII survive; no line exceeds 75 octets."""
        icalendar = pytest.importorskip("icalendar")
        text = ntl.to_ics(_synthetic())
        assert text.endswith("\r\n")
        lines = text.split("\r\n")[:-1]
        assert all(len(line.encode("utf-8")) <= 75 for line in lines)
        assert all("\n" not in line and "\r" not in line for line in lines)
        cal = icalendar.Calendar.from_ical(text)
        quote = next(e for e in cal.walk("VEVENT") if "Rutte" in str(e["SUMMARY"]))
        assert str(quote["STATUS"]) == "TENTATIVE"
        assert quote.decoded("DTSTART") == dt.date(2025, 2, 1)
        assert quote.decoded("DTEND") == dt.date(2025, 3, 1)
        assert NASTY.replace("\r\n", "\n") in str(quote["DESCRIPTION"])
        meeting = next(e for e in cal.walk("VEVENT") if str(e["CATEGORIES"].cats[0]) == "meeting")
        assert str(meeting["LOCATION"]) == "Kyiv"

    @given(st.text(min_size=0, max_size=300))
    def test_fold_round_trips(self, line: str) -> None:
        """Unfolding (drop CRLF + space) gives the line back; every piece is at most 75 octets."""
        folded = fold(line)
        assert folded.replace("\r\n ", "") == line
        assert all(len(piece.encode("utf-8")) <= 75 for piece in folded.split("\r\n"))

    def test_same_timeline_same_file(self, seed: Timeline) -> None:
        """DTSTAMP comes from the timeline, not the clock: two exports are identical."""
        assert ntl.to_ics(seed) == ntl.to_ics(seed.sorted())


def _loader(url: str, options: Any = None) -> dict[str, Any]:
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        msg = f"no network in tests: {url}"
        raise RuntimeError(msg)
    document = json.loads((DATA / "schemaorg-context.jsonld").read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


#: Properties our export uses, by schema.org type (each listed on its schema.org type page, with
#: those inherited from CreativeWork and Thing).
PROPERTIES = {
    "Quotation": {"text", "creator", "dateCreated", "temporalCoverage", "description", "isBasedOn"},
    "Event": {"name", "description", "startDate", "endDate", "attendee", "location"},
    "Person": {"name", "alternateName", "sameAs", "jobTitle"},
    "Organization": {"name", "alternateName", "sameAs"},
    "Country": {"name", "alternateName", "sameAs"},
    "NewsMediaOrganization": {"name", "alternateName", "sameAs"},
    "Place": {"name", "geo"},
    "GeoCoordinates": {"latitude", "longitude"},
}


class TestJsonLd:
    def _expand(self, doc: dict[str, Any]) -> list[dict[str, Any]]:
        jsonld = pytest.importorskip("pyld.jsonld")
        return jsonld.expand(doc, {"documentLoader": _loader})  # type: ignore[no-any-return]

    def test_expands_to_schema_org(self, seed: Timeline) -> None:
        """Every node and property expands to a schema.org IRI the type has; references resolve."""
        expanded = self._expand(ntl.to_jsonld(seed))
        nodes = {n["@id"]: n for n in expanded}
        seen_types = set()
        for node in _walk(expanded):
            (kind,) = node.get("@type", [SCHEMA_ORG + "Ref"])
            name = kind.removeprefix(SCHEMA_ORG)
            seen_types.add(name)
            props = {k.removeprefix(SCHEMA_ORG) for k in node if not k.startswith("@")}
            assert all(k.startswith(SCHEMA_ORG) for k in node if not k.startswith("@"))
            if name != "Ref":
                assert props <= PROPERTIES[name], (name, props - PROPERTIES[name])
        assert {"Quotation", "Event", "Person", "Organization"} <= seen_types
        for quote in (n for n in expanded if n["@type"] == [SCHEMA_ORG + "Quotation"]):
            (creator,) = quote[SCHEMA_ORG + "creator"]
            assert creator["@id"] in nodes

    def test_wikidata_same_as(self, seed: Timeline) -> None:
        """An actor with a Wikidata id is sameAs its entity IRI (an @id, not a string)."""
        expanded = self._expand(ntl.to_jsonld(seed))
        rutte = next(n for n in expanded if n["@id"].endswith(":actor:mark-rutte"))
        assert rutte[SCHEMA_ORG + "sameAs"] == [{"@id": "http://www.wikidata.org/entity/Q57792"}]

    def test_registry_wikidata_ids(self) -> None:
        """Registry Wikidata ids are unique (a copied id would merge two people in linked data)."""
        ids = [a.wikidata for a in ntl.actor_registry() if a.wikidata]
        assert len(ids) == len(set(ids)) >= 76
        graph = ntl.to_jsonld(Timeline(actors=list(ntl.actor_registry())))["@graph"]
        assert sum(1 for n in graph if "sameAs" in n) == len(ids)

    def test_dates(self) -> None:
        """A certain day is dateCreated/startDate; an uncertain month is a temporalCoverage interval."""
        graph = ntl.to_jsonld(_synthetic())["@graph"]
        quote = next(n for n in graph if n["@type"] == "Quotation")
        assert quote["temporalCoverage"] == "2025-02-01/2025-02-28"
        assert "dateCreated" not in quote
        event = next(n for n in graph if n["@type"] == "Event" and n["name"] == "talks")
        assert event["startDate"] == "2025-02-17"
        assert event["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 50.45, "longitude": 30.52}


def _walk(value: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(value, list):
        for v in value:
            out.extend(_walk(v))
    elif isinstance(value, dict) and "@value" not in value:
        out.append(value)
        for k, v in value.items():
            if not k.startswith("@"):
                out.extend(_walk(v))
    return out


class TestGeoJson:
    def test_rfc7946(self, seed: Timeline) -> None:
        """A FeatureCollection of Points at [longitude, latitude], one per event at a known place."""
        doc = ntl.to_geojson(seed)
        assert doc["type"] == "FeatureCollection"
        points = {name for name, (kind, _) in _places().items() if kind != "region"}
        located = [e for e in seed if isinstance(e, Event) and e.location in points]
        assert len(doc["features"]) == len(located) > 0
        regions = [e for e in seed if isinstance(e, Event) and e.location in _places() and e.location not in points]
        assert regions  # the seed has an event in a region (North Caucasus): an area, left out
        for feature in doc["features"]:
            assert feature["type"] == "Feature"
            assert set(feature) == {"type", "id", "geometry", "properties"}
            geometry = feature["geometry"]
            assert geometry["type"] == "Point"
            lon, lat = geometry["coordinates"]
            assert -180 <= lon <= 180
            assert -90 <= lat <= 90
            json.dumps(feature, allow_nan=False)

    def test_longitude_first(self) -> None:
        """Kyiv is at 30.5 E, 50.45 N: GeoJSON writes the longitude first; undated events keep their place."""
        dated, undated = ntl.to_geojson(_synthetic())["features"]
        assert dated["geometry"]["coordinates"] == undated["geometry"]["coordinates"] == [30.52, 50.45]
        assert dated["properties"]["timex"] == "2025-02-17"
        assert undated["properties"]["timex"] is None


def _places() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2] if len(row) > 2 else "") for _, row in tsv_rows("places.tsv", 3, at_least=2)}


#: Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) of some countries, to catch swapped or
#: mistyped coordinates in data/place_coordinates.tsv.
BOXES = {
    "Ukraine": (44.3, 52.4, 22.1, 40.3),
    "Russia": (41.0, 82.0, 19.6, 180.0),
    "United States": (24.0, 50.0, -125.0, -66.0),
    "Germany": (47.2, 55.1, 5.8, 15.1),
    "Poland": (49.0, 54.9, 14.1, 24.2),
    "Switzerland": (45.8, 47.9, 5.9, 10.5),
    "France": (42.3, 51.1, -4.8, 8.3),
}


class TestCoordinates:
    def test_every_point_place_has_coordinates(self) -> None:
        """Each capital, city and venue of places.tsv has a row in place_coordinates.tsv, and no other place."""
        from nato_ukraine_timeline._formats._common import coordinates

        points = {name for name, (kind, _) in _places().items() if kind in ("capital", "city", "venue")}
        assert set(coordinates()) == points

    def test_inside_their_country(self) -> None:
        """Places lie inside a rough box of the country places.tsv gives them (catches lat/lon swaps)."""
        from nato_ukraine_timeline._formats._common import coordinates

        checked = 0
        for name, (lon, lat) in coordinates().items():
            box = BOXES.get(_places()[name][1])
            if box is not None:
                assert box[0] <= lat <= box[1], name
                assert box[2] <= lon <= box[3], name
                checked += 1
        assert checked > 60


class TestUrls:
    @pytest.mark.parametrize(
        "url",
        ["javascript:alert(1)", "https://example.org/a\r\nX-EVIL:1", "data:text/html,<b>x</b>", "https://a b"],
    )
    def test_unsafe_source_urls_are_left_out(self, url: str) -> None:
        """A source address that is not a plain http(s) URL is in no export (no script link, no broken line)."""
        timeline = _synthetic()
        bad = Timeline.of(
            [attrs.evolve(i, source=Source(id="synthetic", url=url)) for i in timeline], actors=timeline.actors
        )
        outputs = [json.dumps(ntl.to_timelinejs(bad)), ntl.to_ics(bad), json.dumps(ntl.to_jsonld(bad))]
        assert not any(url in out or json.dumps(url)[1:-1] in out for out in outputs)

    def test_web_url_is_kept(self) -> None:
        """A plain https address is linked in TimelineJS, the URL of iCalendar events, isBasedOn in JSON-LD."""
        url = "https://example.org/a?b=1&c=2"
        texts = [slide["text"]["text"] for slide in ntl.to_timelinejs(_synthetic())["events"]]
        assert any(f'href="{url.replace("&", "&amp;")}"' in text for text in texts)
        assert f"URL:{url}" in ntl.to_ics(_synthetic())
        assert any(n.get("isBasedOn") == url for n in ntl.to_jsonld(_synthetic())["@graph"])


class TestExportApi:
    @pytest.mark.parametrize("fmt", ["timelinejs", "ics", "jsonld", "geojson"])
    def test_export_to_stream_and_file(self, fmt: str, tmp_path: Path) -> None:
        """export() writes the same text to a stream and to a file."""
        stream = io.StringIO(newline="")
        ntl.export(_synthetic(), stream, format=fmt)
        path = tmp_path / f"out.{fmt}"
        ntl.export(_synthetic(), path, format=fmt)
        assert path.read_bytes().decode("utf-8") == stream.getvalue()

    def test_unknown_format(self) -> None:
        """An unknown format is an InvalidOptionError naming the formats there are."""
        with pytest.raises(InvalidOptionError, match="timelinejs, ics, jsonld, geojson"):
            ntl.export(_synthetic(), io.StringIO(), format="kml")

    @pytest.mark.parametrize("fmt", ["timelinejs", "ics", "jsonld", "geojson"])
    def test_cli(self, fmt: str, tmp_path: Path) -> None:
        """`nato-timeline parse --format FMT -o OUT` writes what the Python function returns."""
        out = tmp_path / "seed.out"
        run = subprocess.run  # our own interpreter and module
        run([sys.executable, "-m", "nato_ukraine_timeline", "parse", "--format", fmt, "-o", str(out)], check=True)
        seed = ntl.parse(read_data("examples/seed.txt"), order="newest first")
        text = out.read_bytes().decode("utf-8")
        if fmt == "ics":
            assert text.count("BEGIN:VEVENT") == ntl.to_ics(seed).count("BEGIN:VEVENT")
        else:
            assert (
                json.loads(text).keys()
                == {"timelinejs": ntl.to_timelinejs, "jsonld": ntl.to_jsonld, "geojson": ntl.to_geojson}[fmt](
                    seed
                ).keys()
            )
