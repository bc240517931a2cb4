"""Events, eighteenth session (events18): a verb of making public, and the participle of an event noun.

Every sentence here is synthetic, written for these tests; none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

from found import kinds_words_dates
from nato_ukraine_timeline import EventKind
from nato_ukraine_timeline._event_rules import EXAMPLE_PUBLISHED, lexicon

PUBLISHED = dt.date.fromisoformat(EXAMPLE_PUBLISHED)


def _events(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, trigger word(s), date) of each event of the text."""
    return kinds_words_dates(text, PUBLISHED)


def test_published_is_a_verb_of_announcing_like_released() -> None:
    """'published' sits in the trigger table with 'released': an announcement verb (one table line)."""
    assert lexicon().kinds["published"] == lexicon().kinds["released"] == (EventKind.ANNOUNCEMENT, "verb")


def test_published_names_an_announcement_with_the_date_of_its_clause() -> None:
    # synthetic: active and passive, a date after the verb and a fronted date
    assert ("announcement", "published", "2025-03-10") in _events(
        "The defence ministry published a list of the captured villages on Monday."
    )
    assert ("announcement", "published", "2024-08-04") in _events(
        "The envoy's note was published on the bloc's own website on August 4."
    )
    assert ("announcement", "published", "2025-03-11") in _events(
        "On Tuesday, the prime minister published an open letter to the president."
    )


def test_an_undated_publishing_is_no_event() -> None:
    # synthetic: only dated events are kept
    assert [e for e in _events("The ministry published a list of the captured villages.") if e[1] == "published"] == []


def test_participle_of_an_event_noun_of_another_kind_is_the_nouns_event() -> None:
    """'an interview published Tuesday': one event, the interview, dated by the participle's clause."""
    # synthetic
    found = _events("The premier said in an interview published Tuesday that talks must resume.")
    assert ("other", "interview", "2025-03-11") in found
    assert [e for e in found if e[1] == "published"] == []
    found = _events("The premier said in an interview released Tuesday that talks must resume.")
    assert [e for e in found if e[1] == "released"] == []


def test_participle_after_a_noun_naming_reported_words_is_no_event() -> None:
    # synthetic: 'remarks' names the words of a statement again; their publication is not another event
    found = _events('"The talks must resume," the envoy told a reporter in remarks published on Sunday.')
    assert [e for e in found if e[1] == "published"] == []


def test_participle_after_a_noun_of_its_own_kind_still_names_one_event() -> None:
    # synthetic: a statement released on Monday is one announcement of Monday
    found = _events("The ministry issued a statement released on Monday about the strikes.")
    assert [e for e in found if e[0] == "announcement" and e[2] == "2025-03-10"] != []
