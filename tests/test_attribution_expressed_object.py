""" "Expressed" and a noun phrase as the words (twenty-sixth session, expr26): data/speech_cues.tsv reads "expressed"
as an object verb (rule noun-object); a head noun of a feeling conveyed (class conveyed_head of
data/verb_rule_words.tsv: "expressed gratitude towards ...") is no words; a date ending the clause after the
object dates the saying (rule object-tail-date), also where a cue of sequence ("after") opens the saying's own
clause; an occasion before that clause does not take the saying's date when another occasion stands between.
All sentences are synthetic."""

from __future__ import annotations

import datetime as dt

import nato_ukraine_timeline as ntl

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _statements(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.speaker.name, text[s.span.start : s.span.end], s.when.timex if s.when is not None else None)
        for s in ntl.parse(text, published=PUBLISHED).statements
    ]


def test_expressed_noun_phrase_is_the_words() -> None:
    text = "Merz expressed deep unease about the troop buildup along the Belarusian border."
    assert _statements(text) == [
        ("Friedrich Merz", "deep unease about the troop buildup along the Belarusian border", None)
    ]


def test_gratitude_towards_someone_is_no_words() -> None:
    text = "Stoltenberg expressed gratitude towards his former staff, who backed him through ten years in office."
    assert _statements(text) == []


def test_date_ending_the_clause_dates_the_saying() -> None:
    text = "Zelensky expressed his country's firm commitment to a lasting settlement in a speech on 5 March."
    assert _statements(text) == [
        ("Volodymyr Zelensky", "his country's firm commitment to a lasting settlement", "2025-03-05")
    ]
    text = "Grossi reported new damage to the plant's cooling system to the agency's board on Tuesday."
    assert _statements(text) == [
        ("Rafael Grossi", "new damage to the plant's cooling system to the agency's board", "2025-03-11")
    ]


def test_saying_inside_an_after_clause_keeps_its_own_day() -> None:
    text = (
        "MADRID, March 10 (Reuters) - Spain will keep backing peace efforts, foreign ministry spokesperson Maria "
        "Lopez said on Monday. Lopez made the remarks at her weekly briefing when asked about fresh initiatives after "
        "Ukrainian President Volodymyr Zelensky expressed his hopes for Spanish help in rebuilding the power grid at a "
        "press conference on Sunday."
    )
    zelensky = [s for s in _statements(text) if s[0] == "Volodymyr Zelensky"]
    assert zelensky == [("Volodymyr Zelensky", "his hopes for Spanish help in rebuilding the power grid", "2025-03-09")]
    events = ntl.parse(text, published=PUBLISHED).events
    days = {e.trigger: e.when.timex if e.when is not None else None for e in events}
    assert days == {"weekly briefing": "2025-03-10", "press conference": "2025-03-09"}
