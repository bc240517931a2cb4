"""People the registry does not know, named with no title before a speech verb: the first-name table
(data/first_names.tsv), the letters of names (every Latin letter with its diacritics) and a surname alone
naming again the person introduced in full.

Every sentence and every person here is SYNTHETIC (invented for these tests; any likeness to a real name is
chance): the names are built from given names of the table and invented surnames.
"""

# ruff: noqa: RUF001 - Turkish names are written with the dotless i
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline._letters import latin_letters
from nato_ukraine_timeline._mentions import first_names, known_first_name, name_words
from nato_ukraine_timeline._resources import tsv_rows

PUBLISHED = "2025-04-14"


def _speakers(text: str) -> list[str]:
    return [s.speaker.name for s in ntl.parse(text, published=PUBLISHED).statements if s.speaker is not None]


# (synthetic sentence with an invented person, the speaker): one given name of each region the table covers,
# inside a sentence (not at its start, where any capitalised pair may be read as a name)
REGIONS = [
    ("On Monday, Ionuț Moșteanovici said that the jets flew twice.", "Ionuț Moșteanovici"),  # Romanian
    ("In Chisinau, Veaceslav Rotaru told reporters that the power was back.", "Veaceslav Rotaru"),  # Moldovan
    ("Later, Mykhaylo Dzyuba said that the bridge was closed.", "Mykhaylo Dzyuba"),  # Ukrainian variant
    ("At the forum, Žygimantas Paulauskis noted that the ferry was late.", "Žygimantas Paulauskis"),  # Lithuanian
    ("In Riga, Kārlis Ozoliņš said that the road was icy.", "Kārlis Ozoliņš"),  # Latvian
    ("In Tallinn, Tõnis Saarkivi said that the port was busy.", "Tõnis Saarkivi"),  # Estonian
    ("In Oslo, Torbjørn Haugvik said that the vote was close.", "Torbjørn Haugvik"),  # Norwegian
    ("In Reykjavik, Þórdís Gunnarsdóttir said that the fleet was ready.", "Þórdís Gunnarsdóttir"),  # Icelandic
    ("In Brno, Ondřej Kratochvíl said that the plant was idle.", "Ondřej Kratochvíl"),  # Czech
    ("In Pécs, Lőrinc Szőllősi said that the budget was tight.", "Lőrinc Szőllősi"),  # Hungarian
    ("In Zagreb, Siniša Kovačević said that the talks were useful.", "Siniša Kovačević"),  # Croatian
    ("In Tirana, Lulzim Berisha said that the port would reopen.", "Lulzim Berisha"),  # Albanian
    ("In Izmir, Ertuğrul Yıldızoğlu said that the exports rose.", "Ertuğrul Yıldızoğlu"),  # Turkish
    ("In Tbilisi, Tornike Kvaratsava said that the protest went on.", "Tornike Kvaratsava"),  # Georgian
    ("In Baku, Jeyhun Mammadli said that the pipeline was full.", "Jeyhun Mammadli"),  # Azerbaijani
    ("In Almaty, Zhanibek Ospanov told reporters that the rail link was open.", "Zhanibek Ospanov"),  # Kazakh
    ("In Doha, Nawaf Al-Harbi said that the mediation went on.", "Nawaf Al-Harbi"),  # Arabic
    ("In Tehran, Mojtaba Rahimzadeh said that the tanker was seized.", "Mojtaba Rahimzadeh"),  # Persian
    ("In Delhi, Piyush Raghunathan said that the oil deal held.", "Piyush Raghunathan"),  # Indian
    ("In Tokyo, Katsunobu Morishita said that the sanctions would widen.", "Katsunobu Morishita"),  # Japanese
    ("In Beijing, Guo Wenhai said that the visit was planned.", "Guo Wenhai"),  # Chinese, family name first
    ("In Hanoi, Nguyễn Văn Thạch said that exports rose.", "Nguyễn Văn Thạch"),  # Vietnamese, three words
    ("In Abuja, Chukwuma Okafor said that the summit was set.", "Chukwuma Okafor"),  # Nigerian
    ("In Bogota, Joaquín Restrepo said that the recruits came home.", "Joaquín Restrepo"),  # Latin American
    ("In Lyon, Clémence Aubertin said that the factory would close.", "Clémence Aubertin"),  # French
    ("In Kazan, Kassym-Jomart Bekov said that the forum would open.", "Kassym-Jomart Bekov"),  # hyphenated
]


@pytest.mark.parametrize(("text", "speaker"), REGIONS)
def test_untitled_name_of_each_region_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# (synthetic passage, speakers): the full name, then the surname alone, with diacritics, opening a sentence
SURNAME_AGAIN = [
    (
        (
            "Officials met in Bucharest. On Monday, Ionuț Moșteanovici said that the jets flew twice. "
            "Moșteanovici said that the radar saw the drone."
        ),
        ["Ionuț Moșteanovici", "Ionuț Moșteanovici"],
    ),
    (
        "The talks ended. Later, Jan Łącki said that the border stayed shut. Łącki added that trucks waited.",
        ["Jan Łącki", "Jan Łącki"],
    ),
    (
        (
            "The ferry sank. In Izmir, Şahin Çelikkol said that two were missing. Rescuers searched all night, "
            "Çelikkol said."
        ),
        ["Şahin Çelikkol", "Şahin Çelikkol"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SURNAME_AGAIN)
def test_surname_alone_names_the_person_introduced(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


# Given names of several regions and invented surnames with diacritics (synthetic)
_GIVEN = st.sampled_from(["Ionuț", "Kārlis", "Ondřej", "Lőrinc", "Şahin", "Żaneta", "Jeyhun", "Joaquín", "Olha"])
_SURNAME = st.sampled_from(["Moșteanovici", "Ozoliņš", "Kratochvíl", "Szőllősi", "Yıldızoğlu", "Wąsowska"])


@settings(max_examples=30, deadline=None)
@given(first=_GIVEN, a=_SURNAME, b=_SURNAME)
def test_renaming_a_speaker_renames_every_statement(first: str, a: str, b: str) -> None:
    """Property: renaming the unregistered speaker throughout the passage renames it in every statement and
    changes nothing else (the same spans, the same count)."""
    template = (
        "The drill ended. On Monday, {first} {last} said that the jets flew twice. "
        "{last} said that the radar saw the drone."
    )
    one = ntl.parse(template.format(first=first, last=a), published=PUBLISHED).statements
    two = ntl.parse(template.format(first=first, last=b), published=PUBLISHED).statements
    assert [s.speaker.name for s in one if s.speaker] == [f"{first} {a}"] * 2
    assert [s.speaker.name for s in two if s.speaker] == [f"{first} {b}"] * 2
    assert [s.text for s in one] == [s.text for s in two]


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(
        [
            *(cells[0] for _n, cells in tsv_rows("months.tsv", 2) if len(cells[0]) > 3),
            *["Kharkiv", "Georgia", "Jordan", "Brussels", "Sofia", "Tuesday", "Yesterday", "Separately", "Ministry"],
        ]
    ),
    surname=_SURNAME,
)
def test_capitalised_non_name_opens_no_new_person(word: str, surname: str) -> None:
    """Property: inside a sentence, a capitalised word that is no known first name (a month, a weekday, a
    place, a sentence adverb) before a capitalised word and a speech verb makes no new person of the pair."""
    if known_first_name(word):  # a place that is also a given name is read as a name: not this property
        return
    text = f"The shelling went on, and in the evening {word} {surname} said that the roads were closed."
    assert all(f"{word} {surname}" not in name for name in _speakers(text))


def test_table_holds_no_capitalised_non_name() -> None:
    """No row of the table is a word that opens no name (name_words not_first), a month, a weekday or a
    body's word: a capitalised pair opening with one is no person."""
    # the months and weekdays written in full ("Jan" is a given name and a month's abbreviation)
    months = {cells[0] for _n, cells in tsv_rows("months.tsv", 2) if len(cells[0]) > 3}
    weekdays = {cells[0] for _n, cells in tsv_rows("weekdays.tsv", 2) if len(cells[0]) > 3}
    words = name_words()
    bad = set(words["not_first"]) | set(words["body_word"]) | months | weekdays
    rows = [cells[0] for _n, cells in tsv_rows("first_names.tsv", 2)]
    assert not bad.intersection(rows)
    assert len(rows) == len(set(rows)), "a name is listed twice"


def test_table_names_are_latin_letters() -> None:
    """Every row is one word of Latin letters (a hyphen may join two given names), in capitals first."""
    up, lo = latin_letters(upper=True), latin_letters(upper=False)
    word = re.compile(f"[{up}][{lo}]+(?:-[{up}][{lo}]+)?")
    rows = [cells[0] for _n, cells in tsv_rows("first_names.tsv", 2)]
    assert [r for r in rows if not word.fullmatch(r)] == []
    assert len(rows) > 2500


def test_either_names_tell_no_pronoun() -> None:
    """A name borne by men and women ("Andrea") is known as a first name but tells no pronoun."""
    assert known_first_name("Andrea")
    assert "Andrea" not in first_names()
    assert first_names()["Ionuț"] == "he"
    assert first_names()["Oana"] == "she"


@pytest.mark.parametrize("letter", [*"șțȘȚőűŐŰėųąęčřžğışŁİĞŞÇÝÞðØåÆœ", "ễ", "Đ", "ạ"])
def test_every_latin_letter_with_diacritics(letter: str) -> None:
    case = latin_letters(upper=letter.isupper())
    assert re.fullmatch(f"[{case}]", letter)


def test_latin_letters_are_the_unicode_latin_letters() -> None:
    """Property over the whole Latin-1 to Latin Extended-B blocks: a character is in the capital class exactly
    when it is a Latin capital letter, in the small class exactly when it is a Latin small letter."""
    upper = re.compile(f"[{latin_letters(upper=True)}]")
    lower = re.compile(f"[{latin_letters(upper=False)}]")
    for code in range(0x41, 0x250):
        ch = chr(code)
        latin = unicodedata.name(ch, "").startswith("LATIN")
        assert bool(upper.fullmatch(ch)) == (latin and unicodedata.category(ch) in {"Lu", "Lt"}), ch
        assert bool(lower.fullmatch(ch)) == (latin and unicodedata.category(ch) == "Ll"), ch


def test_sentence_opening_with_a_capital_with_diacritics_is_a_sentence() -> None:
    """A sentence that opens with a capital letter with diacritics ("Łącki", "Çelikkol") is a sentence of its
    own: the statement before it ends there (synthetic)."""
    text = "Jan Łącki said that the border stayed shut. Łącki said that trucks waited."
    texts = [s.text for s in ntl.parse(text, published=PUBLISHED).statements]
    assert texts == ["the border stayed shut", "trucks waited"]


# (synthetic sentence, publication date, speaker): people and outlets of the story added to the registry
REGISTERED = [
    ("Lula said Brazil would send no troops.", "2025-05-12", "Luiz Inácio Lula da Silva"),
    (
        "Brazilian President Lula da Silva told reporters that talks should resume.",
        "2024-09-20",
        "Luiz Inácio Lula da Silva",
    ),
    ("The drills would last a week, Belta reported.", "2025-09-10", "BelTA"),
    ("Regional governor Ivan Fedorov said that two people were hurt.", "2024-10-02", "Ivan Fedorov"),
]


@pytest.mark.parametrize(("text", "published", "speaker"), REGISTERED)
def test_registry_people_and_outlets(text: str, published: str, speaker: str) -> None:
    statements = ntl.parse(text, published=published).statements
    assert [s.speaker.name for s in statements if s.speaker is not None] == [speaker]


def test_pronoun_after_an_outlet_is_the_person() -> None:
    """'<person> says ... . He spoke at X, Belta reported. "...," he said': the outlet is no "he" (synthetic)."""
    text = (
        "Belarusian leader Alexander Lukashenko says the new missiles are ready. He spoke at a rally, Belta "
        'reported. "They will be on duty from today," he said.'
    )
    speakers = [s.speaker.name for s in ntl.parse(text, published="2025-12-19").statements if s.speaker]
    assert speakers[-1] == "Alexander Lukashenko"


@pytest.mark.parametrize("words", ["According to the minister,", "The minister said that"])
def test_bare_generic_title_no_one_named_is_no_registry_holder(words: str) -> None:
    """A generic title with no state ("the minister") in a text that named no minister is no registry holder of
    a literal "Minister" role on the day: every government has ministers (synthetic)."""
    text = f"The summit will be held in Cairo in December. {words} the talks will focus on trade."
    speakers = [s.speaker.name for s in ntl.parse(text, published="2025-12-16").statements if s.speaker]
    assert "Herman Halushchenko" not in speakers


def test_modifier_letter_apostrophe_is_a_possessive() -> None:
    """A possessive written with U+02BC, as some outlets do ("the President\u02bcs Office"), reads as one with
    an apostrophe: the registry's body (synthetic)."""
    text = "The President\u02bcs Office noted that two soldiers were captured."
    speakers = [s.speaker.name for s in ntl.parse(text, published="2025-04-09").statements if s.speaker]
    assert speakers == ["Office of the President of Ukraine"]


def test_surname_as_the_text_wrote_it_names_the_registry_person() -> None:
    """A full name the registry reads as one of its people though the text misspells it names that person again
    by the surname as written (synthetic misspelling)."""
    text = "Regional governor Ivan Federov said that a strike hit a plant. Federov said that 13 people were killed."
    speakers = [s.speaker.name for s in ntl.parse(text, published="2025-01-09").statements if s.speaker]
    assert speakers == ["Ivan Fedorov", "Ivan Fedorov"]


# (synthetic sentence, speaker): a known given name and a surname name a person wherever they stand, here
# after a long title in lower case that no pattern of a speech verb reads
ANYWHERE = [
    (
        (
            "The pipeline talks will resume in March. This was stated by the deputy head of the department of "
            "the republic Zhanibek Ospanov, a local site reports."
        ),
        "Zhanibek Ospanov",
    ),
    (
        "Exports fell by a third. This was announced by the acting chair of the board of the port Kārlis Ozoliņš.",
        "Kārlis Ozoliņš",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ANYWHERE)
def test_known_given_name_names_a_person_anywhere(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guests at the Marina Hotel said that the lights went out.",
        "Shares of Lawrence Insurance fell after the report.",
        "The Roman Catholic bishops said that the talks should go on.",
    ],
)
def test_a_bodys_word_makes_a_given_name_pair_no_person(text: str) -> None:
    """A given name before a word of a body's or place's name ("Hotel", "Insurance", "Catholic") names no
    person (synthetic)."""
    mentions = ntl.find_actor_mentions(text)
    assert all(m.actor is None or m.actor.kind.value != "person" for m in mentions)


def test_possessive_of_a_named_person_is_no_apposition() -> None:
    """A passage opening with "He said" whose next sentence names a person by a possessive ("hours ahead of
    Trump's message, X warned ..."): "he" is the person named first, not the one after the possessive's noun
    phrase (synthetic)."""
    text = (
        "He said that both countries could then do big business with America.\n\n"
        "On Wednesday, hours ahead of Trump's online message, US Vice President JD Vance warned journalists "
        "that the United States might walk away."
    )
    speakers = [s.speaker.name for s in ntl.parse(text, published="2025-04-20").statements if s.speaker]
    assert speakers == ["Donald Trump", "JD Vance"]


@pytest.mark.parametrize(
    ("text", "published", "speaker"),
    [
        ("Romanian Defense Minister Ionut Mosteanu said that two jets took off.", "2025-09-14", "Ionuț Moșteanu"),
        ("Moșteanu said that the drone left Romanian airspace.", "2025-09-14", "Ionuț Moșteanu"),
    ],
)
def test_romanian_defence_minister_by_any_spelling(text: str, published: str, speaker: str) -> None:
    """The registry's person written without diacritics or by surname alone (synthetic)."""
    assert _speakers_on(text, published) == [speaker]


def _speakers_on(text: str, published: str) -> list[str]:
    return [s.speaker.name for s in ntl.parse(text, published=published).statements if s.speaker is not None]


def test_bare_mp_is_no_registry_holder() -> None:
    """ "the MP wrote" with no lawmaker named before: many hold the office at once (title ``local``), so no
    registry member of parliament is meant (synthetic)."""
    text = '"The allies are still arguing about the plan," the MP wrote on Sunday.'
    assert "Vilija Blinkevičiūtė" not in _speakers_on(text, "2025-02-20")


def test_interjection_is_no_surname() -> None:
    """A capitalised interjection after a surname where a full stop is missing ("said Umerov Yes, ...") is no
    part of the name (synthetic)."""
    text = "The swap of captives was the only thing settled, said Umerov Yes, a larger one may follow."
    names = [m.actor.name for m in ntl.find_actor_mentions(text) if m.actor is not None]
    assert names == ["Rustem Umerov"]


def test_untitled_name_one_letter_off_a_registry_person_is_that_person() -> None:
    """An outlet's typo in a registry person's full name, with no title the registry reads ("said Archbishop of
    Bologna Matteo Zuppia"), names that person, as a titled name with a typo already did (synthetic)."""
    text = "We begin with the children, said Archbishop of Bologna Matteo Zuppia on Tuesday."
    assert _speakers_on(text, "2024-06-11") == ["Matteo Zuppi"]


def test_downing_street_speaks_as_itself() -> None:
    """The British Prime Minister's office named by its street speaks in its own name, as the White House does
    (synthetic)."""
    text = "Starmer arrived in Kyiv to sign a long partnership, according to Downing Street."
    assert _speakers_on(text, "2025-01-16") == ["Downing Street"]
