"""Nineteenth session (speakers19b): rule unnamed-source-again. "The source" / "the sources" before a speech verb
(data/speech_cues.tsv role back, canonical "unnamed") name the unnamed source the text gave before, else speak as
the noun alone. All sentences here are synthetic, written for these tests."""

from __future__ import annotations

import datetime as dt

import nato_ukraine_timeline as ntl


def _speakers(text: str) -> list[tuple[str, str]]:
    tl = ntl.parse(text, published=dt.date(2025, 3, 14))
    return [(text[s.span.start : s.span.end], ", ".join(a.name for a in s.speakers)) for s in tl.statements]


def test_same_source_after_a_named_speaker_is_not_that_speaker() -> None:
    # synthetic: a named person spoke last; "the same source" is no name of theirs
    found = _speakers('Dmitry Peskov said the talks had stalled. "We will not sign," the same source added.')
    assert ("We will not sign,", "source") in found
    assert all(name != "Dmitry Peskov" for words, name in found if words.startswith("We will"))


def test_source_after_a_source_of_another_kind_falls_back_to_the_introduction() -> None:
    # synthetic: a senior diplomat introduced with "a", then "the source" speaks
    found = _speakers(
        "The daily quoted a senior Baltic diplomat on the vote. The source said the vote would pass in May."
    )
    assert ("the vote would pass in May", "senior Baltic diplomat") in found


def test_capitalised_description_before_source_still_speaks_as_written() -> None:
    # synthetic: "the Kremlin source" stays a described speaker of its own
    assert ("the talks were over", "Kremlin source") in _speakers("The Kremlin source said the talks were over.")


def test_a_word_before_the_article_is_no_part_of_the_introduction() -> None:
    # synthetic: "A day after a source ..." introduces "source", not "day after a source"
    found = _speakers("A day after a source in Oslo spoke, the source said the talks were over.")
    assert ("the talks were over", "source") in found
