"""GeoJSON (RFC 7946): one ``Point`` feature per event at a packaged place with coordinates.

Positions are ``[longitude, latitude]`` (RFC 7946 3.1.1) in WGS 84, from ``data/place_coordinates.tsv``.
Events elsewhere (a region, a sea, a place the gazetteer lacks) and statements have no point and are
left out; ``properties`` carry the event's kind, words, dates (TIMEX3 value, first and last day,
uncertain) and participants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nato_ukraine_timeline.model import Event

from ._common import coordinates, item_id

if TYPE_CHECKING:
    from nato_ukraine_timeline.model import Timeline


def _feature(event: Event, position: tuple[float, float]) -> dict[str, Any]:
    when = event.when
    return {
        "type": "Feature",
        "id": item_id(event),
        "geometry": {"type": "Point", "coordinates": list(position)},
        "properties": {
            "kind": str(event.kind),
            "words": event.trigger,
            "location": event.location,
            "timex": when.timex if when is not None else None,
            "earliest": when.earliest.isoformat() if when is not None and when.earliest else None,
            "latest": when.latest.isoformat() if when is not None and when.latest else None,
            "uncertain": when.uncertain if when is not None else None,
            "participants": [a.name for a in event.participants],
            "participant_ids": [a.id for a in event.participants],
            "source": event.source.id if event.source is not None else None,
        },
    }


def to_geojson(timeline: Timeline) -> dict[str, Any]:
    """The located events of the timeline as a GeoJSON ``FeatureCollection`` (a ``dict``).

    .. versionadded:: 0.1.0
    """
    places = coordinates()
    features = [
        _feature(item, places[item.location])
        for item in timeline
        if isinstance(item, Event) and item.location is not None and item.location in places
    ]
    return {"type": "FeatureCollection", "features": features}
