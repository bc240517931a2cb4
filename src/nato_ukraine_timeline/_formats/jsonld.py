"""schema.org JSON-LD: actors as ``Person``/``Organization``/``Country``, statements as ``Quotation``,
events as ``Event``, in one ``@graph``.

Actors carry ``sameAs`` their Wikidata entity where the registry knows it; statements name their
speaker as ``creator`` and their date as ``dateCreated``; events their participants as ``attendee``
and their place as a ``Place`` (with ``GeoCoordinates`` for the packaged places). A date is written
at the precision the text gave (``2024``, ``2024-10``, ``2024-10-03``, all ISO 8601); a value that
is uncertain or not a plain calendar date gives the interval it may fall in as ``temporalCoverage``
(``2024-10-01/2024-10-31``) instead. Node ids are URNs (``urn:nato-ukraine-timeline:actor:mark-rutte``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from nato_ukraine_timeline.model import ActorKind, Statement

from ._common import ID_PREFIX, coordinates, item_id, web_url

if TYPE_CHECKING:
    from nato_ukraine_timeline.model import Actor, DateValue, Event, Timeline

#: schema.org type of each actor kind.
ACTOR_TYPES: Final = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANISATION: "Organization",
    ActorKind.STATE: "Country",
    ActorKind.MEDIA: "NewsMediaOrganization",
}
WIKIDATA: Final = "http://www.wikidata.org/entity/"
_PLAIN_DATE: Final = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _actor_id(actor: Actor) -> str:
    return f"{ID_PREFIX}actor:{actor.id}"


def _actor(actor: Actor) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": _actor_id(actor), "@type": ACTOR_TYPES[actor.kind], "name": actor.name}
    if actor.aliases:
        node["alternateName"] = list(actor.aliases)
    if actor.wikidata:
        node["sameAs"] = WIKIDATA + actor.wikidata
    if actor.kind is ActorKind.PERSON and actor.roles:
        node["jobTitle"] = sorted({r.title for r in actor.roles})
    return node


def _dates(when: DateValue | None, *, point: str) -> dict[str, str]:
    """``{point: "2024-10"}`` for a certain plain date, else ``{"temporalCoverage": "lo/hi"}``."""
    if when is None:
        return {}
    if not when.uncertain and _PLAIN_DATE.fullmatch(when.timex):
        return {point: when.timex}
    if when.earliest is not None or when.latest is not None:
        lo = when.earliest.isoformat() if when.earliest else ".."
        hi = when.latest.isoformat() if when.latest else ".."
        return {"temporalCoverage": f"{lo}/{hi}"}
    return {}


def _quotation(statement: Statement) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": f"{ID_PREFIX}statement:{item_id(statement)}",
        "@type": "Quotation",
        "text": statement.text,
        "creator": [{"@id": _actor_id(a)} for a in statement.speakers]
        if statement.co_speakers
        else {"@id": _actor_id(statement.speaker)},
        **_dates(statement.when, point="dateCreated"),
    }
    if not statement.direct:
        node["description"] = "reported speech (the words are the reporter's)"
    url = web_url(statement)
    if url:
        node["isBasedOn"] = url
    return node


def _event(event: Event) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": f"{ID_PREFIX}event:{item_id(event)}",
        "@type": "Event",
        "name": event.trigger,
        "description": str(event.kind),
    }
    when = event.when
    if when is not None and not when.uncertain and _PLAIN_DATE.fullmatch(when.timex):
        node["startDate"] = when.timex
    elif when is not None and when.earliest is not None and when.latest is not None:
        node["startDate"], node["endDate"] = when.earliest.isoformat(), when.latest.isoformat()
    if event.participants:
        node["attendee"] = [{"@id": _actor_id(a)} for a in event.participants]
    if event.location:
        place: dict[str, Any] = {"@type": "Place", "name": event.location}
        if event.location in coordinates():
            lon, lat = coordinates()[event.location]
            place["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
        node["location"] = place
    return node


def to_jsonld(timeline: Timeline) -> dict[str, Any]:
    """The timeline as a schema.org JSON-LD document (a ``dict`` ready for ``json.dumps``).

    .. versionadded:: 0.1.0
    """
    graph: list[dict[str, Any]] = [_actor(a) for a in timeline.actors]
    graph += [_quotation(i) if isinstance(i, Statement) else _event(i) for i in timeline]
    return {"@context": "https://schema.org", "@graph": graph}
