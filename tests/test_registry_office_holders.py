"""Office holders of NATO and EU member states 2024-2025 (tenth session, registry10).

A title-only speaker ("Latvia's foreign minister") resolves to the registry person who held the office on the
day of the statement; the surname alone and a spelling without diacritics name the same person. All sentences
are synthetic.
"""

from __future__ import annotations

import pytest

import nato_ukraine_timeline as ntl

# (synthetic sentence, publication date, expected speaker): the holder changes with the date.
TITLE_ONLY = [
    ("Latvia's foreign minister said the sanctions would stay.", "2025-03-10", "Baiba Braže"),
    ("Lithuania's foreign minister said the border would stay shut.", "2024-06-03", "Gabrielius Landsbergis"),
    ("Lithuania's foreign minister said the border would stay shut.", "2025-06-03", "Kęstutis Budrys"),
    ("Lithuania's defence minister said the brigade would arrive on time.", "2025-02-11", "Dovilė Šakalienė"),
    ("The Finnish defence minister said the line would be reinforced.", "2025-01-15", "Antti Häkkänen"),
    ("Sweden's foreign minister said the talks were useful.", "2024-05-06", "Tobias Billström"),
    ("Sweden's foreign minister said the talks were useful.", "2025-05-06", "Maria Malmer Stenergard"),
    ("Canada's foreign minister said the aid would continue.", "2025-08-20", "Anita Anand"),
]


# (synthetic sentence, expected speaker): surnames and spellings without diacritics.
NAMED = [
    ("Braze said the sanctions would stay.", "Baiba Braže"),
    ("Kestutis Budrys said the border would stay shut.", "Kęstutis Budrys"),
    ("Sakaliene said the brigade would arrive on time.", "Dovilė Šakalienė"),
    ("Lokke Rasmussen said the talks were useful.", "Lars Løkke Rasmussen"),
    ("Blanar said the pipeline deal was fair.", "Juraj Blanár"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED)
def test_name_forms_of_new_holders(text: str, speaker: str) -> None:
    statements = ntl.parse(text, published="2025-03-10").statements
    assert [s.speaker.name for s in statements if s.speaker is not None] == [speaker]


# States added with their office holders (Greece, Bulgaria, Austria, Iceland, ...): the state's adjective or
# possessive before a title finds the holder on the day. Synthetic.
NEW_STATES = [
    ("Greece's foreign minister said the talks would resume.", "2025-04-02", "Giorgos Gerapetritis"),
    ("The Bulgarian prime minister said the shells would be sent.", "2024-06-12", "Dimitar Glavchev"),
    ("The Bulgarian prime minister said the shells would be sent.", "2025-06-12", "Rosen Zhelyazkov"),
    ("The Austrian chancellor said the country would stay neutral.", "2024-09-20", "Karl Nehammer"),
    ("The Austrian chancellor said the country would stay neutral.", "2025-09-20", "Christian Stocker"),
    ("Iceland's prime minister said the fund would grow.", "2025-02-14", "Kristrún Frostadóttir"),
    ("Croatia's defence minister said the howitzers were ready.", "2024-10-01", "Ivan Anušić"),
]


# Ukrainian, Russian and US officials with titles the registry already had. Synthetic.
OFFICIALS = [
    ("Ukraine's security council secretary said the talks were over.", "2024-08-01", "Oleksandr Lytvynenko"),
    ("Ukraine's chief of the general staff said the line held.", "2024-05-01", "Anatolii Barhylevych"),
    ("Ukraine's chief of the general staff said the line held.", "2025-05-01", "Andrii Hnatov"),
    ("The White House chief of staff said the plan was ready.", "2025-05-01", "Susie Wiles"),
    ("Yellen said the sanctions would bite.", "2024-05-01", "Janet Yellen"),
    ("Patrushev said the West was to blame.", "2024-09-01", "Nikolai Patrushev"),
]


# Later changes of foreign and defence ministers (Czech Republic, Belgium, Slovenia). Synthetic.
LATER = [
    ("The Czech foreign minister said the ammunition plan would go on.", "2025-06-01", "Jan Lipavský"),
    ("The Czech foreign minister said the ammunition plan would go on.", "2025-12-20", "Petr Macinka"),
    ("Belgium's foreign minister said the assets were safe.", "2025-01-10", "Bernard Quintin"),
    ("Slovenia's defence minister said the order was signed.", "2025-01-10", "Borut Sajovic"),
]


# Ireland's head of government under its own title, and Iceland's foreign ministers around the 2024 reshuffle.
# Synthetic.
IRELAND_ICELAND = [
    ("The Irish Taoiseach said the funding would continue.", "2024-06-01", "Simon Harris"),
    ("Ireland's prime minister said the funding would continue.", "2025-06-01", "Micheál Martin"),
    ("Iceland's foreign minister said the embassy would stay closed.", "2024-02-01", "Bjarni Benediktsson"),
    (
        "Iceland's foreign minister said the embassy would stay closed.",
        "2024-06-01",
        "Þórdís Kolbrún Reykfjörð Gylfadóttir",
    ),
]


# Offices the registry lacked (eleventh session, attr11b): US intelligence chiefs, EU commissioners, UN high
# commissioners; the holder on the day of a title-only speaker. Synthetic.
OFFICES11 = [
    ("The CIA director said the agency would keep working.", "2024-10-05", "William Burns"),
    ("The CIA director said the agency would keep working.", "2025-03-05", "John Ratcliffe"),
    ("The director of national intelligence said the threat was growing.", "2024-10-05", "Avril Haines"),
    ("The director of national intelligence said the threat was growing.", "2025-03-05", "Tulsi Gabbard"),
    ("The EU's defence commissioner said the plan was ready.", "2025-03-05", "Andrius Kubilius"),
    ("The EU enlargement commissioner said the talks would open.", "2024-06-05", "Olivér Várhelyi"),
    ("The EU enlargement commissioner said the talks would open.", "2025-06-05", "Marta Kos"),
    ("The UN human rights chief said the strikes must stop.", "2025-03-05", "Volker Türk"),
    ("The UN refugee chief said the crisis was growing.", "2025-03-05", "Filippo Grandi"),
    ("Deputy Foreign Minister Sergei Ryabkov said talks were possible.", "2025-03-05", "Sergei Ryabkov"),
    ("The chief of Ukraine's general staff said the line held.", "2024-06-01", "Anatolii Barhylevych"),
    ("The chief of Ukraine's general staff said the line held.", "2025-06-01", "Andrii Hnatov"),
]


# Spokespeople and an anti-corruption chief named in either transliteration (eleventh session). Synthetic.
SPELLINGS11 = [
    ("NABU director Semyon Krivonos said the probe would go on.", "2025-06-01", "Semen Kryvonos"),
    ("The head of NABU said the probe would go on.", "2025-06-01", "Semen Kryvonos"),
    ("Spokesperson Esmaeil Baghaei Kani said the trip was planned.", "2025-06-01", "Esmaeil Baghaei"),
    ("Chinese foreign ministry spokesperson Lin Jian said China was impartial.", "2025-06-01", "Lin Jian"),
    ("Guo Jiakun said the talks should go on.", "2025-06-01", "Guo Jiakun"),
]


# Every group above: (synthetic sentence, publication date, expected speaker); one test, the group in its id.
DATED = [
    pytest.param(text, published, speaker, id=f"{group}-{i}")
    for group, cases in (
        ("title-only", TITLE_ONLY),
        ("added-state", NEW_STATES),
        ("officials", OFFICIALS),
        ("later", LATER),
        ("ireland-iceland", IRELAND_ICELAND),
        ("offices11", OFFICES11),
        ("spellings11", SPELLINGS11),
    )
    for i, (text, published, speaker) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "published", "speaker"), DATED)
def test_speaker_is_the_holder_on_the_day(text: str, published: str, speaker: str) -> None:
    statements = ntl.parse(text, published=published).statements
    assert [s.speaker.name for s in statements if s.speaker is not None] == [speaker]


def test_a_deputy_foreign_minister_alone_is_none_of_them() -> None:
    """Several deputy foreign ministers serve at once (a local title): the bare title means no registry holder."""
    statements = ntl.parse("Russia's deputy foreign minister said talks were possible.", published="2025-03-05")
    assert not [s for s in statements.statements if s.speaker.name in ("Sergei Ryabkov", "Alexander Grushko")]


# News outlets the registry lacked (eleventh session): a report's cited outlet speaks under its own name, and an
# outlet named after a state ("France 24") is no mention of the state. Synthetic.
OUTLETS11 = [
    ("According to France 24, the talks were postponed.", "France 24"),
    ("The talks were postponed, Kommersant reported on Monday.", "Kommersant"),
    ("The South China Morning Post reported that the envoy would travel to Kyiv.", "South China Morning Post"),
    ("The ships had left the port, Anadolu reported.", "Anadolu Agency"),
]


@pytest.mark.parametrize(("text", "speaker"), OUTLETS11)
def test_outlets_speak_under_their_names(text: str, speaker: str) -> None:
    statements = ntl.parse(text, published="2025-03-10").statements
    assert [s.speaker.name for s in statements] == [speaker]
