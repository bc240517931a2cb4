"""Gaps of wire coverage: feed items opened by a bare date and a dash, joint statements, and
outlets that report what someone said. Sentences are of our own wording."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import EventKind, parse

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, text[s.span.start : s.span.end]) for s in parse(text, published=PUBLISHED).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Feb. 17 - NATO Secretary General Mark Rutte said the alliance would keep its promises.",
            "Mark Rutte",
            "the alliance would keep its promises",
        ),
        (
            "Dec. 5 \u2014 Zelensky said the front near Pokrovsk was holding.",
            "Volodymyr Zelensky",
            "the front near Pokrovsk was holding",
        ),
        (
            "Jan. 3 \u2013 Peskov said the Kremlin saw no reason to change its position.",
            "Dmitry Peskov",
            "the Kremlin saw no reason to change its position",
        ),
    ],
)
def test_feed_item_opened_by_a_date_and_a_dash(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _said(text)


def test_dash_item_behaves_like_colon_item() -> None:
    dash = parse("Feb. 17 - Zelensky said the talks would resume soon.", published=PUBLISHED).statements
    colon = parse("Feb. 17: Zelensky said the talks would resume soon.", published=PUBLISHED).statements
    assert [(s.speaker.id, s.text, s.when) for s in dash] == [(s.speaker.id, s.text, s.when) for s in colon]
    assert len(dash) == 1


@pytest.mark.parametrize(
    ("text", "speakers", "words"),
    [
        (
            "Zelensky and Macron said in a joint statement that Europe would not accept a frozen conflict.",
            ["Volodymyr Zelensky", "Emmanuel Macron"],
            "Europe would not accept a frozen conflict",
        ),
        (
            "Scholz, Macron and Tusk said on Monday that the union would keep funding Kyiv.",
            ["Olaf Scholz", "Emmanuel Macron", "Donald Tusk"],
            "the union would keep funding Kyiv",
        ),
        (
            "Zelensky and French President Emmanuel Macron told reporters that talks must include Kyiv.",
            ["Volodymyr Zelensky", "Emmanuel Macron"],
            "talks must include Kyiv",
        ),
    ],
)
def test_joint_statement_is_one_statement_of_all_speakers(text: str, speakers: list[str], words: str) -> None:
    """A coordinated subject of a speech verb: one statement, its speakers in text order (speaker first)."""
    statements = parse(text, published=PUBLISHED).statements
    assert [[a.name for a in s.speakers] for s in statements] == [speakers]
    assert statements[0].text == words


def test_joint_statement_medium_and_date() -> None:
    text = "Zelensky and Macron said in a joint statement on Wednesday that the ceasefire had to hold."
    (statement,) = parse(text, published=PUBLISHED).statements
    assert [a.name for a in statement.speakers] == ["Volodymyr Zelensky", "Emmanuel Macron"]
    assert statement.medium == "joint statement"
    assert statement.when is not None
    assert statement.when.timex == "2025-03-12"


def test_a_name_joined_to_a_non_speaker_is_not_a_co_speaker() -> None:
    text = "The farmers' union and Rubio said the talks had gone well."
    assert [s.speaker.name for s in parse(text, published=PUBLISHED).statements] == ["Marco Rubio"]


@pytest.mark.parametrize(
    ("text", "speaker", "words", "outlet", "when"),
    [
        (
            "The Financial Times reported on Dec. 2 that Rutte said allies had to spend far more on defence.",
            "Mark Rutte",
            "allies had to spend far more on defence",
            "Financial Times",
            None,
        ),
        (
            "Reuters reported, citing three officials, that Zelensky told Rubio the front line would hold.",
            "Volodymyr Zelensky",
            "the front line would hold",
            "Reuters",
            None,
        ),
        (
            "Bloomberg reported on Thursday that Peskov said on Wednesday that the Kremlin was ready to talk.",
            "Dmitry Peskov",
            "the Kremlin was ready to talk",
            "Bloomberg",
            "2025-03-12",
        ),
    ],
)
def test_outlet_reports_what_someone_said(text: str, speaker: str, words: str, outlet: str, when: str | None) -> None:
    statements = parse(text, published=PUBLISHED).statements
    assert [(s.speaker.name, s.text) for s in statements] == [(speaker, words)]
    (s,) = statements
    assert s.medium == outlet  # the outlet is the medium of the report, never the speaker
    assert (s.when.timex if s.when else None) == when  # the report's date does not date the saying


@pytest.mark.parametrize(
    ("text", "outlet", "words", "when"),
    [
        (
            "The Financial Times reported on Dec. 2 that the alliance was drafting plans for a training mission.",
            "Financial Times",
            "the alliance was drafting plans for a training mission",
            "2024-12-02",
        ),
        (
            "Politico reported that Washington was preparing a new package of sanctions.",
            "Politico",
            "Washington was preparing a new package of sanctions",
            None,
        ),
    ],
)
def test_outlet_report_without_inner_speaker_is_the_outlets(
    text: str, outlet: str, words: str, when: str | None
) -> None:
    """An outlet's report that names no one saying it is the outlet's statement, dated by the report. This was
    "no statement": the real gold (realnews README; dev-b, dev-c) gives the outlet as the speaker of what it
    alone reports, and the real convention wins."""
    (s,) = parse(text, published=PUBLISHED).statements
    assert (s.speaker.name, s.speaker.kind.value, s.text, s.medium) == (outlet, "media", words, outlet)
    assert (s.when.timex if s.when else None) == when


@pytest.mark.parametrize(
    ("text", "participants", "when"),
    [
        (
            "Kellogg joined Zelensky at the White House on Monday.",
            {"Keith Kellogg", "Volodymyr Zelensky"},
            "2025-03-10",
        ),
        (
            "Zelensky received U.S. envoy Keith Kellogg in Kyiv on Thursday.",
            {"Volodymyr Zelensky", "Keith Kellogg"},
            "2025-03-13",
        ),
    ],
)
def test_joining_or_receiving_a_person_is_a_meeting(text: str, participants: set[str], when: str) -> None:
    events = [e for e in parse(text, published=PUBLISHED).events if e.kind is EventKind.MEETING]
    assert len(events) == 1
    assert participants <= {a.name for a in events[0].participants}
    assert events[0].when is not None
    assert events[0].when.timex == when


@pytest.mark.parametrize(
    "text",
    [
        "Sweden joined NATO on March 7, 2024.",
        "Ukraine received 50 Patriot missiles on Thursday.",
        "Scholz received Zelensky's letter on Thursday.",
    ],
)
def test_joining_a_body_or_receiving_things_is_no_meeting(text: str) -> None:
    assert [e for e in parse(text, published=PUBLISHED).events if e.kind is EventKind.MEETING] == []


@pytest.mark.parametrize(
    ("text", "kind", "trigger", "when"),
    [
        (
            '"Stop the killing," Starmer wrote on X on Thursday after a deadly Russian strike on Odesa.',
            EventKind.ATTACK,
            "deadly Russian strike",  # the noun's modifiers, a demonym among them
            "2025-03-13",
        ),
        (
            "Sirens sounded in Lviv late on Tuesday as air defences repelled a Russian drone attack.",
            EventKind.ATTACK,
            "Russian drone attack",
            "2025-03-11",
        ),
        (
            "Macron pledged new aid on Monday, hours before meeting Starmer in London.",
            EventKind.MEETING,
            "meeting",
            "2025-03-10",
        ),
    ],
)
def test_event_dated_by_a_clause_of_the_same_day(text: str, kind: EventKind, trigger: str, when: str) -> None:
    events = [e for e in parse(text, published=PUBLISHED).events if e.kind is kind]
    assert [(e.trigger, e.when.timex if e.when else None) for e in events] == [(trigger, when)]


def test_after_which_does_not_lend_the_date() -> None:
    text = "Zelensky spoke on Monday, after which Russia launched a massive drone attack."
    assert [e for e in parse(text, published=PUBLISHED).events if e.kind is EventKind.ATTACK] == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ('NATO launched "Baltic Sentry" on Jan. 14 to protect undersea cables.', "2025-01-14"),
        ("The EU launched a new training mission for Ukrainian troops on Thursday.", "2025-03-13"),
    ],
)
def test_launching_a_named_programme_is_an_announcement(text: str, when: str) -> None:
    events = parse(text, published=PUBLISHED).events
    assert [(e.kind, e.trigger, e.when.timex if e.when else None) for e in events] == [
        (EventKind.ANNOUNCEMENT, "launched", when)
    ]


def test_launching_weapons_stays_an_attack() -> None:
    events = parse("Russia launched 90 drones at Ukraine on Thursday.", published=PUBLISHED).events
    assert [e.kind for e in events] == [EventKind.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky met Macron, and Scholz said the talks had gone well.",
        "Zelensky thanked Macron and Scholz said the talks had gone well.",
    ],
)
def test_an_object_or_a_new_clause_is_not_a_co_speaker(text: str) -> None:
    assert [s.speaker.name for s in parse(text, published=PUBLISHED).statements] == ["Olaf Scholz"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Financial Times, Rutte told Trump that Europe would carry more of the burden.",
        "Rutte told Trump that Europe would carry more of the burden, according to the Financial Times.",
    ],
)
def test_according_to_an_outlet_names_the_medium(text: str) -> None:
    statements = parse(text, published=PUBLISHED).statements
    assert [(s.speaker.name, s.text, s.medium) for s in statements] == [
        ("Mark Rutte", "Europe would carry more of the burden", "Financial Times")
    ]


def test_a_time_of_a_dated_attack_is_that_attack() -> None:
    """Synthetic: an attack dated to a day, then a clock time of that day for the same kind with no other
    place, is one event (the time of that attack); a part of the day ("evening") may be another event. (The
    attack is dated by its own clause: one only reported on a day takes not the report's day.)"""
    text = (
        "Ukraine's Security Service attacked the bridge on Tuesday, the agency said. "
        "The blast came at 3:15 a.m. local time."
    )
    events = [e for e in parse(text, published=dt.date(2025, 6, 3)).events if str(e.kind) == "attack"]
    assert [e.when.timex if e.when else None for e in events] == ["2025-06-03"]
