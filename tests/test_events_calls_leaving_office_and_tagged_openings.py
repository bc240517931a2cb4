"""Events, twenty-fifth session (events25): a call named by the plain form of a verb of talking and its channel
("will speak by phone"), a call named by a singular noun ("a phone talk"); the date opening a sentence after an
outlet's tag in brackets ("(Agency) On Monday, ...") or after "Late"/"Early" ("Late last night, ..."); an occasion
of words named again in the singular ("made the comment during his visit").

Every sentence here is synthetic, written for this project in the forms of wire copy and ministry releases;
none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from found import kinds_triggers_dates as _events
from nato_ukraine_timeline import parse

TUESDAY = dt.date(2025, 3, 18)


class TestCallVerbsAndNouns:
    """Table lines of data/event_triggers.tsv: a call named by a verb of talking and its channel, or a noun."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: the plain form after a future, the call's day ahead
            ("The two presidents will speak by phone on Thursday evening.", "speak by phone", "2025-03-20TEV"),
            ("Macron and Sanchez will talk by phone on Friday.", "talk by phone", "2025-03-21"),
            ("The premiers are expected to speak on the phone on Thursday.", "speak on the phone", "2025-03-20"),
            # synthetic: a past verb with another channel preposition
            ("Stubb spoke over the phone with Duda on Monday.", "spoke over the phone", "2025-03-17"),
            # synthetic: a singular noun of a call and the plural after "telephone"
            ("Orban and Fico will hold a phone talk on Thursday.", "phone talk", "2025-03-20"),
            ("The foreign ministers held telephone talks on Monday.", "telephone talks", "2025-03-17"),
        ],
    )
    def test_call(self, text: str, trigger: str, timex: str) -> None:
        """The call is a meeting of the day its clause names."""
        assert ("meeting", trigger, timex) in _events(text, TUESDAY)

    def test_speak_without_channel_is_no_call(self) -> None:
        """The plain verb with no channel and no person names no event ("will speak at the forum")."""
        assert _events("The envoy will speak on Thursday about the reconstruction fund.", TUESDAY) == []


class TestOpeningDateAfterOutletTag:
    """Rule sentence-opening: an outlet's tag in brackets may come before the opening date."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: a tag alone, a tag with a partner, a tag and a double dash
            ("(Newswire) On Monday, the Kremlin announced a new round of talks.", "announced", "2025-03-17"),
            ("(Newswire- Baltic Desk) On Monday, the Kremlin declared a truce.", "declared", "2025-03-17"),
            ("(APN) -- On Sunday, the two ministers met in Riga.", "met", "2025-03-16"),
        ],
    )
    def test_opening_date(self, text: str, trigger: str, timex: str) -> None:
        assert (_kind(trigger), trigger, timex) in _events(text, TUESDAY)

    def test_statement_after_tag_takes_the_opening_date(self) -> None:
        """The fronted day dates the saying after the tag, as it does with no tag."""
        tl = parse("(Newswire) On Monday, the Kremlin said that it had taken another village.", published=TUESDAY)
        assert [s.when.timex if s.when else None for s in tl.statements] == ["2025-03-17"]

    def test_tag_before_a_sentence_without_opening_date(self) -> None:
        """A tag before a sentence whose date is not fronted changes nothing: the clause's own date."""
        assert _events("(Newswire) The Kremlin announced on Friday a new round of talks.", TUESDAY) == [
            ("announcement", "announced", "2025-03-14")
        ]


class TestOpeningDateAfterLateOrEarly:
    """Rule sentence-opening: "Late" or "Early" before an opening date the date finder leaves out."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            (
                "Late last night, our envoy spoke on the phone with the Slovak foreign minister.",
                "spoke on the phone",
                "2025-03-17TNI",
            ),
            ("Early this morning, drones attacked a fuel depot near Tver.", "attacked", "2025-03-18TMO"),
        ],
    )
    def test_opening_date(self, text: str, trigger: str, timex: str) -> None:
        assert (_kind(trigger), trigger, timex) in _events(text, TUESDAY)


class TestOccasionOfASingleComment:
    """Rule occasion-of-the-remarks: "the comment" and "the remark" name the reported words again too."""

    def test_comment_during_visit(self) -> None:
        text = (
            "Agency chief Lena Ostrova said on Monday that the cooling tower must be rebuilt. "
            "Ostrova made the comment during her third visit to the plant."
        )
        assert ("visit", "third visit", "2025-03-17") in _events(text, TUESDAY)

    def test_remark_at_news_conference(self) -> None:
        text = (
            "Minister Pavel Kroner said on Monday that exports would resume. "
            "Kroner made the remark at a news conference in Prague."
        )
        assert ("announcement", "news conference", "2025-03-17") in _events(text, TUESDAY)


def _kind(trigger: str) -> str:
    return {"announced": "announcement", "declared": "announcement", "attacked": "attack"}.get(trigger, "meeting")


class TestLeavingAPost:
    """Table lines of data/event_triggers.tsv: leaving a post, an office or an administration, and stepping down,
    name an event of its own (kind other)."""

    @pytest.mark.parametrize(
        ("text", "trigger", "timex"),
        [
            # synthetic: a plan to leave, its month ahead
            ("The special envoy plans to leave his post in February, two sources said.", "leave his post", "2026-02"),
            ("The adviser intends to leave the administration in March.", "leave the administration", "2026-03"),
            # synthetic: a relative clause of stepping down on a day
            ("The governor, who is stepping down on Friday, thanked her staff.", "stepping down", "2025-11-21"),
        ],
    )
    def test_leaving(self, text: str, trigger: str, timex: str) -> None:
        assert ("other", trigger, timex) in _events(text, dt.date(2025, 11, 19))

    def test_leaving_a_place_is_not_leaving_a_post(self) -> None:
        """Leaving a city is no departure from office."""
        assert [e for e in _events("The envoy will leave Kyiv on Friday.", TUESDAY) if e[0] == "other"] == []
