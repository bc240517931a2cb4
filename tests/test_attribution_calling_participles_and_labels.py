"""Seventeenth session (attr17): participles of calling, urging and demanding after a comma; an unquoted label
after a label verb's object ("called the plan a trap").

All sentences here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from found import said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: after a statement, its speaker goes on urging
            "Rutte warned that the threat was growing, urging allies to double their orders of air defence.",
            "Mark Rutte",
            "allies to double their orders of air defence",
        ),
        (  # synthetic: the clause's subject calls on someone to act
            "Kallas opened the meeting in Brussels, calling on member states to agree the new package.",
            "Kaja Kallas",
            "member states to agree the new package",
        ),
        (  # synthetic: "calling on" labels nothing (it was a not-a-statement case of label-participle before the
            # seventeenth session); its object and infinitive are what the speaker of the statement before asks
            "Zelensky said the attacks went on, calling on allies to send more air defence to Kyiv.",
            "Volodymyr Zelensky",
            "allies to send more air defence to Kyiv",
        ),
        (  # synthetic: a call whose object is what is asked for
            "Zelensky met the Polish president in Warsaw, calling for a joint air shield over the west.",
            "Volodymyr Zelensky",
            "a joint air shield over the west",
        ),
        (  # synthetic: advocating for a course
            "Erdogan spoke with Putin by phone, advocating for a return to talks in Istanbul.",
            "Recep Tayyip Erdoğan",
            "a return to talks in Istanbul",
        ),
        (  # synthetic: demanding a thing
            "Fico addressed the parliament in Bratislava, demanding guarantees for gas transit.",
            "Robert Fico",
            "guarantees for gas transit",
        ),
    ],
)
def test_participle_of_calling_gives_the_words(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(text)


def test_calling_without_comma_is_no_participle_object() -> None:
    # synthetic: "calling for" inside a noun phrase ("a resolution calling for ..."), no comma: no statement
    # of the clause's subject from this rule
    statements = said("Rutte read a resolution calling for a ceasefire in the Black Sea.")
    assert all(words != "a ceasefire in the Black Sea" for _, words in statements)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # synthetic: an article opens the unquoted label after the object
            "Lavrov called the new sanctions package an act of economic war.",
            "Sergey Lavrov",
            "the new sanctions package an act of economic war",
        ),
        (  # synthetic: "one of" opens the label; a mention is the object
            "Sikorski called Moscow one of the gravest threats to the continent.",
            "Radosław Sikorski",
            "Moscow one of the gravest threats to the continent",
        ),
        (  # synthetic: in a relative clause after the speaker; a comma ends the label, a date after it is no label
            "Vance, who called the plan a good start on Monday, flew to Paris.",
            "JD Vance",
            "the plan a good start",
        ),
    ],
)
def test_unquoted_label_after_the_object(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump called Zelensky a day after the summit in Alaska.",  # synthetic: a time, no label
        "Macron called the meeting to order in the afternoon.",  # synthetic: no label after the object
        "Lammy said the measures, which he called the largest package so far, would come soon.",  # synthetic: the
        # object is the relative's head before the speaker
    ],
)
def test_no_unquoted_label(text: str) -> None:
    statements = said(text)
    assert not any(
        words.startswith(("Zelensky a day", "the meeting to", "the largest package")) for _, words in statements
    )
