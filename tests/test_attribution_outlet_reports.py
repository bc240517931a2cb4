"""Outlets that report words no one else in the sentence says (attr29): the speech verbs in their words that
report no saying, an adverb or the outlet's own sources before its verb, and an outlet the report cites.
Every sentence here is synthetic, written for these tests."""

from __future__ import annotations

import re

import pytest

from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._statements import find_statements
from nato_ukraine_timeline._tail_rules import cited_outlet
from nato_ukraine_timeline._verb_rules import no_saying_at


def _found(text: str) -> list[tuple[str, str]]:
    doc, _ = analyse(text, published=None, window=None, order=None)
    return [(f.speaker.name, text[f.start : f.end]) for f in find_statements(doc)]


def _mask(text: str) -> str:
    doc, _ = analyse(text, published=None, window=None, order=None)
    return doc.mask


class TestSpeechVerbNotASaying:
    @pytest.mark.parametrize(
        ("text", "verb"),
        [
            ("Drones continued to hit the depot overnight.", "continued"),
            ("The so-called buffer zone grew.", "called"),
            ("The town's widely criticised mayor left.", "criticised"),
            ("The newly announced package arrived.", "announced"),
            ("The council confirmed the date of the vote.", "confirmed"),
        ],
    )
    def test_no_saying(self, text: str, verb: str) -> None:
        """A declare verb before no clause, a hyphenated compound, a participle after a determiner or a
        possessive (an adverb between) reports no saying."""
        mask = _mask(text)
        v = re.search(rf"\b{verb}\b", mask)
        assert v is not None
        assert no_saying_at(mask, v.start(), v.end())

    @pytest.mark.parametrize(
        ("text", "verb"),
        [
            ("The council confirmed on Monday that the vote will go ahead.", "confirmed"),
            ("The council announced: the vote will go ahead.", "announced"),
            ("Officials said the vote will go ahead.", "said"),
            ('The council announced "a new date" for the vote.', "announced"),
            ("The new date was announced by the council on Monday.", "announced"),
        ],
    )
    def test_saying(self, text: str, verb: str) -> None:
        """A declare verb before a that-clause (a date between), a colon or a quotation, its passive with an
        agent, and a verb of saying, stay sayings."""
        mask = _mask(text)
        v = re.search(rf"\b{verb}\b", mask)
        assert v is not None
        assert not no_saying_at(mask, v.start(), v.end())


class TestOutletReport:
    def test_declare_verb_in_the_words_leaves_them_the_outlets(self) -> None:
        """'..., shelling continued to pound X, Reuters reported': the outlet reports the whole clause."""
        text = "Overnight shelling continued to pound the river port of Kherson, Reuters reported."
        assert ("Reuters", "Overnight shelling continued to pound the river port of Kherson") in _found(text)

    def test_someones_announcement_is_not_the_outlets(self) -> None:
        """'X announced on Monday that ..., Reuters reported': X says the words, not the outlet."""
        text = "Moldova announced on Monday that its border posts would reopen, Reuters reported."
        assert all(speaker != "Reuters" for speaker, _ in _found(text))

    def test_adverb_before_the_verb(self) -> None:
        """', Bloomberg previously reported': the adverb stands between the outlet and its verb."""
        text = "The new ceiling would be revised twice a year, Bloomberg previously reported."
        assert ("Bloomberg", "The new ceiling would be revised twice a year") in _found(text)

    def test_own_sources_before_a_that_clause(self) -> None:
        """'The Guardian, citing its sources, reports that ...': the outlet's words after "that"."""
        text = "The Guardian, citing its sources, reports that the talks will move to Geneva next week."
        assert ("The Guardian", "the talks will move to Geneva next week") in _found(text)


class TestCitedOutlet:
    def test_known_outlet_after_citing(self) -> None:
        """', X reported, citing Reuters': the outlet cited, with where its name ends."""
        text = "The talks ended early, Ukrinform reported, citing Reuters."
        doc, _ = analyse(text, published=None, window=None, order=None)
        got = cited_outlet(doc, doc.mask.index("reported") + len("reported"))
        assert got is not None
        assert got[0].name == "Reuters"
        assert text[got[1] - len("Reuters") : got[1]] == "Reuters"

    def test_sources_are_no_outlet(self) -> None:
        """', X reported, citing officials': no outlet cited, the reporting outlet speaks."""
        text = "The talks ended early, Reuters reported, citing two officials."
        assert ("Reuters", "The talks ended early") in _found(text)

    def test_unknown_site_passing_on_a_known_outlet(self) -> None:
        """', News.Az reports, citing TASS': TASS speaks the words the site passes on."""
        text = "The two envoys left the hotel shortly after noon, News.Az reports, citing TASS."
        assert ("TASS", "The two envoys left the hotel shortly after noon") in _found(text)

    def test_unknown_site_citing_no_outlet_is_not_read(self) -> None:
        """', X reports citing local media': another's report passed on, no outlet named: no statement."""
        text = "The two envoys left the hotel shortly after noon, Trend.az reports citing local media."
        assert _found(text) == []
