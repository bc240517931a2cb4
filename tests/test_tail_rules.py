"""Post-posed sources the finder does not know (module _tail_rules). All text here is synthetic."""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._statements import find_statements
from nato_ukraine_timeline.model import ActorKind


def _found(text: str) -> list[tuple[str, ActorKind, str]]:
    doc, _ = analyse(text, published=None, window=None, order=None)
    return [(f.speaker.name, f.speaker.kind, text[f.start : f.end]) for f in find_statements(doc)]


def test_one_capitalised_word_before_reports_is_an_outlet() -> None:
    """One unknown capitalised word before "reports" names an outlet (a media actor), not a person."""
    found = _found("Iceland will add two million euros to its aid, Morgunfrettir reports.")
    assert found == [("Morgunfrettir", ActorKind.MEDIA, "Iceland will add two million euros to its aid")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The talks ended without a deal, He reported.", id="pronoun-is-no-name"),
        pytest.param("The talks ended without a deal, Newsline reports citing Reuters.", id="citing-another"),
        pytest.param("The talks ended without a deal, Newsline reports that more will come.", id="that-clause"),
    ],
)
def test_no_outlet_speaks(text: str) -> None:
    """A pronoun, a report citing another source, or a that-clause after the verb: the unknown
    name does not speak the words before it by this rule."""
    assert "Newsline" not in [name for name, _, _ in _found(text)]


def test_domain_suffix_is_dropped() -> None:
    """A site written as its domain speaks by its name without the lower-case domain."""
    found = _found("Two ferries stayed in port after the storm, Postimees.ee reported on Friday.")
    assert [(n, k) for n, k, _ in found] == [("Postimees", ActorKind.MEDIA)]


def test_source_line_names_before_its_setting() -> None:
    """A "Source:" line's speaker is named before the setting of the words: the body after "during" or
    "after" (whom the occasion was with) does not speak."""
    text = (
        "Moscow set out new terms for a truce at sea this week.\n"
        "Source: Kremlin press service, during a briefing after its talks with the US team"
    )
    found = _found(text)
    assert [(n, w) for n, _, w in found] == [("Kremlin", "Moscow set out new terms for a truce at sea this week")]


class TestVerbThenOutlet:
    """The verb of reporting, then the outlet's name, ending the sentence (rule verb-then-outlet, twenty-fourth
    session). All text here is synthetic."""

    def test_unknown_name_is_an_outlet(self) -> None:
        """An unknown capitalised name after ", reported" speaks the words before it as a media outlet."""
        found = _found("The convoy crossed the river near Kherson at dawn, reported Dnipro Daily.")
        assert found == [("Dnipro Daily", ActorKind.MEDIA, "The convoy crossed the river near Kherson at dawn")]

    def test_article_is_part_of_an_unknown_name(self) -> None:
        """ "the" before an unknown name opens the outlet's name ("The Kyiv Herald")."""
        found = _found("The convoy crossed the river near Kherson at dawn, reported the Kyiv Herald.")
        assert [name for name, _, _ in found] == ["The Kyiv Herald"]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "The decision was stated by Rutte at a briefing in Brussels, reports Newsline.", id="another-says-it"
            ),
            pytest.param("The convoy crossed the river at dawn, reported Volodymyr Zelensky.", id="a-person"),
            pytest.param("The convoy crossed the river at dawn, reported Newsline that more would come.", id="clause"),
        ],
    )
    def test_not_read(self, text: str) -> None:
        """Words another says, a person after the verb, or a clause after the name: no outlet speaks them."""
        assert all(kind is not ActorKind.MEDIA for _, kind, _ in _found(text))

    def test_next_statement_keeps_the_day_of_the_occasion(self) -> None:
        """The outlet's words tell the story: a quotation after it takes the day the sentence names for the
        occasion (statement dates, occasion before), as without the outlet's statement."""
        text = (
            "A meeting of President Trump and Ukraine's leader Volodymyr Zelensky in the Oval Office turned tense"
            ' on Friday, reports the New York Times. "You have to be more grateful," Trump told Zelensky during the'
            " exchange."
        )
        tl = ntl.parse(text, published=dt.date(2025, 2, 28))
        said = {s.speaker.name: (s.when.timex if s.when else None) for s in tl.statements}
        assert said == {"The New York Times": None, "Donald Trump": "2025-02-28"}
