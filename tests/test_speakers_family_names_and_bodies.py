"""Wrong and missing speakers of the twenty-seventh session (speakers27): names written family name first named
again by the family name, a pronoun after a contrast, a state's body described in lower case, a described phrase
after a paragraph's label and the EU's top diplomat. All texts are synthetic, written for these tests."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._mentions import family_name_first, first_names


def _speakers(text: str, words: str, published: str = "2025-03-14") -> list[str]:
    statements = parse(text, published=published).statements
    return [" and ".join(a.name for a in s.speakers) for s in statements if words in s.text]


class TestFamilyNameFirst:
    @pytest.mark.parametrize(
        ("name", "family"),
        [
            ("Mao Ning", "Mao"),
            ("Guo Jiakun", "Guo"),
            ("Kim Jong Un", "Kim"),
            ("Nguyen Phu Trong", "Nguyen"),
            ("Cho Tae-yong", "Cho"),
            ("Mark Rutte", None),
            ("Mao", None),
        ],
    )
    def test_family_name(self, name: str, family: str | None) -> None:
        """The word that names the person again: the first for a family name first, else none."""
        assert family_name_first(name) == family

    def test_family_names_tell_no_pronoun(self) -> None:
        """Family names (pronoun column "family") are not read as given names that tell "he" or "she"."""
        names = first_names()
        assert "Mao" not in names
        assert "Kim" not in names
        assert names["Kaja"] == "she"

    def test_unknown_person_named_again_by_family_name(self) -> None:
        """Someone the registry does not know, introduced family name first, speaks as the family name alone."""
        text = (
            "Foreign ministry spokesman Lin Haoran told a briefing in the capital that the visit went ahead. "
            "Lin added that the two sides would meet again in spring."
        )
        assert _speakers(text, "the two sides would meet again") == ["Lin Haoran"]

    def test_last_word_of_other_names_still_names_again(self) -> None:
        """A name of the usual order is still named again by its last word."""
        text = "Dutch official Pieter Jansen said the plan was sound. Jansen added that more aid would come."
        assert _speakers(text, "more aid would come") == ["Pieter Jansen"]


class TestSubjectBeforeContrast:
    def test_but_he(self) -> None:
        """A pronoun after ", but" in a sentence a person opens is that person, not the last speaker."""
        text = (
            "Zelensky said the plan could work. Putin has not answered yet, but he said on Friday that talks "
            "were possible."
        )
        assert _speakers(text, "talks were possible", "2025-11-24") == ["Vladimir Putin"]

    def test_a_pronoun_that_opens_its_sentence_is_unchanged(self) -> None:
        """A pronoun that opens its sentence still means the last speaker."""
        text = "Zelensky said the plan could work. He added that Europe would help."
        assert _speakers(text, "Europe would help", "2025-11-24") == ["Volodymyr Zelensky"]


class TestBodies:
    def test_registered_body_in_lower_case(self) -> None:
        """The lower-case "Ukrainian presidential office" is the registry's Office of the President of Ukraine."""
        text = "The talks were held on Monday. The Ukrainian presidential office said a new round would follow."
        assert _speakers(text, "a new round would follow") == ["Office of the President of Ukraine"]

    def test_unknown_body_in_lower_case_stays_as_written(self) -> None:
        """A body the registry does not know speaks as written."""
        text = "The talks were held on Monday. The Moldovan customs service said the border would reopen."
        assert _speakers(text, "the border would reopen") == ["Moldovan customs service"]

    def test_description_after_a_label(self) -> None:
        """A label such as "Details:" before the sentence leaves the described phrase opening it."""
        text = (
            "The Russian Defence Ministry said six regions came under attack.\n\nDetails: The Russian ministry "
            "said that all the drones were downed."
        )
        assert _speakers(text, "all the drones were downed") == ["Russian Defense Ministry"]


class TestAgency:
    def test_agency_after_an_outlet_is_the_outlet(self) -> None:
        """The words "the agency" after a news agency spoke name that outlet (data/speaker_heads.tsv: media)."""
        text = "Interfax said the talks were over. The agency added that a new round was planned for May."
        assert _speakers(text, "a new round was planned") == ["Interfax"]

    def test_agency_named_nowhere_speaks_not(self) -> None:
        """The words "the agency" with no agency or outlet named before give no speaker, not "agency"."""
        text = "Details: The agency notes that the minister arrived in Kyiv on Wednesday."
        assert _speakers(text, "the minister arrived") == []

    def test_agency_after_a_body_with_it_in_its_name(self) -> None:
        """The words "the agency" after a body whose name holds the noun name that body."""
        text = "The IAEA said the plant was stable. The agency noted that a power line was cut."
        assert _speakers(text, "a power line was cut") == ["IAEA"]


class TestEuTopDiplomat:
    @pytest.mark.parametrize(("published", "speaker"), [("2025-03-14", "Kaja Kallas"), ("2024-06-10", "Josep Borrell")])
    def test_the_eus_top_diplomat(self, published: str, speaker: str) -> None:
        """The EU's High Representative is its top diplomat (title same_as "Minister of Foreign Affairs")."""
        text = '"Everyone has to be on board," the EU\'s top diplomat said on Monday.'
        assert _speakers(text, "Everyone has to be on board", published) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        ", though he",
        "Details:",
        "Details: The",
        "Mao said.",
        "Kim Tae-hyo. Kim",
        "X, but she said",
        "The Ukrainian presidential office said",
    ],
)
def test_parse_never_raises(text: str) -> None:
    """Fragments of the new forms parse without error."""
    parse(text)
