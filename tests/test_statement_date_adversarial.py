"""Adversarial cases for the statement-date rules: the generalisation evidence that each rule dates the act
of saying only where the text dates it, and leaves the statement undated where the date it would read
belongs to something else.

Every sentence here is SYNTHETIC: our own wording, names and numbers, written for these tests (no sentence
of the real development or blind data). They are grouped by failure mode (the ways a date rule can fire
wrongly on unseen text, listed in the docstrings of ``_statement_dates``); each group has negatives (the
statement must stay undated, or keep only its own clause's date) and positives (the rule must still fire).
All texts are published on ``EXAMPLE_PUBLISHED`` (Friday 2025-03-07): Tuesday is 2025-03-04.
"""

from __future__ import annotations

from typing import Final

import pytest

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._statement_dates import DATE_RULES, EXAMPLE_PUBLISHED

_REASONS: Final = {rule.name: rule.reason for rule in DATE_RULES}

# (failure mode, text, words of the statement, expected timex or None, the rule expected to date it or None
# for its own clause)
CASES: Final[list[tuple[str, str, str, str | None, str | None]]] = [
    # -- a date inside the reported content or the quotation dates what is reported, not the saying -------
    ("content-date", "Sikorski said the strike on Tuesday killed four people.", "killed four", None, None),
    ("content-date", "Sikorski said talks would resume on Monday.", "talks would resume", None, None),
    ("content-date", "The strike on Tuesday killed four people, Sikorski said.", "killed four", None, None),
    ("content-date", '"We will meet again on Monday," Sikorski said.', "meet again", None, None),
    (
        "content-date",
        "Sikorski told reporters that the drones crossed the border on Sunday night.",
        "drones crossed",
        None,
        None,
    ),
    (
        "content-date",
        "Drones struck Rzeszow on Tuesday evening. Tusk said the strike hit a school.",
        "hit a school",
        None,
        None,
    ),
    ("content-date", "Sikorski said on Tuesday that the strike killed four people.", "killed four", "2025-03-04", None),
    # -- a day in a relative, participial or subordinate clause attached to another noun ------------------
    (
        "other-clause",
        "Barrot welcomed the deal signed on Tuesday and said that Paris agreed.",
        "Paris agreed",
        None,
        None,
    ),
    (
        "other-clause",
        "Barrot welcomed the accord reached in Geneva on Tuesday and said that Paris agreed.",
        "Paris agreed",
        None,
        None,
    ),
    ("other-clause", "Barrot, who arrived in Kyiv on Tuesday, said that Paris agreed.", "Paris agreed", None, None),
    (
        "other-clause",
        "Barrot praised the summit, which ended on Tuesday. Barrot said that Paris agreed.",
        "Paris agreed",
        None,
        None,
    ),
    (
        "other-clause",
        "Barrot on Tuesday welcomed the deal and said that Paris agreed.",
        "Paris agreed",
        "2025-03-04",
        "occasion-in-sentence",
    ),
    # -- a day attached to the event the speaker talks about, not to the saying ---------------------------
    (
        "event-talked-about",
        "Commenting on the strike of March 2, Kallas said that Europe would respond.",
        "Europe would respond",
        None,
        None,
    ),
    (
        "event-talked-about",
        "Speaking after the strike on Sunday, Kallas said that Europe would respond.",
        "Europe would respond",
        None,
        None,
    ),
    (
        "event-talked-about",
        "Kallas spoke about Tuesday's strike and said that Europe would respond.",
        "Europe would respond",
        None,
        None,
    ),
    (  # "after" opens a clause whose subject is the speaker: the day is that saying's
        "event-talked-about",
        "Kyiv welcomed the deal. This comes after Sikorski on Thursday said that Warsaw would send jets.",
        "Warsaw would send jets",
        "2025-03-06",
        None,
    ),
    (  # the speaker after the cue is the other event's participant, not the saying's subject
        "event-talked-about",
        "Speaking after Sikorski on Thursday, Kallas said that Europe would respond.",
        "Europe would respond",
        None,
        None,
    ),
    (
        "event-talked-about",
        "Speaking to reporters on Tuesday, Kallas said that Europe would respond.",
        "Europe would respond",
        "2025-03-04",
        None,
    ),
    # -- "now", "recently" (PRESENT_REF, PAST_REF) name no time a saying took place at -----------------------
    ("ref-value", "Rutte recently said that allies were united.", "allies were united", None, None),
    ("ref-value", "Currently, Rutte told reporters that allies were united.", "allies were united", None, None),
    # -- a day in the possessive before a noun that names no occasion: that noun's time ------------------
    (
        "possessed-day",
        "In a grim reading of Tuesday's events, Barrot told reporters that the order was breaking down.",
        "order was breaking",
        None,
        None,
    ),
    (
        "possessed-day",
        "At Tuesday's summit, Barrot told reporters that the order was breaking down.",
        "order was breaking",
        "2025-03-04",
        None,
    ),
    (  # such a day does not move the story to another day: the same speaker's saying goes on
        "possessed-day",
        (
            "Barrot told reporters on Tuesday that Paris would help. In a grim reading of Wednesday's events,"
            " Barrot said that the order was breaking down."
        ),
        "order was breaking",
        "2025-03-04",
        "continuing-quote",
    ),
    # -- an occasion in the sentence before that belongs to another speaker or another time ---------------
    (
        "occasion-other",
        "Frederiksen met Rutte on Tuesday. Kristersson said that Stockholm agreed.",
        "Stockholm agreed",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte will visit Oslo on Friday. Rutte said that Kyiv deserves more.",
        "Kyiv deserves",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte is due to visit Oslo on Friday. Rutte said that Kyiv deserves more.",
        "Kyiv deserves",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte is expected to meet Støre on Friday. Rutte said that Kyiv deserves more.",
        "Kyiv deserves",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte visited Oslo on Tuesday and Bergen on Wednesday. Rutte told reporters that Kyiv deserves more.",
        "Kyiv deserves",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte visited Oslo on Tuesday. In an interview with the daily Aftenposten, Rutte said that allies are united.",
        "allies are united",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte visited Oslo on Tuesday. Rutte later told reporters that Kyiv deserves more.",
        "Kyiv deserves",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte said that allies were united. Rutte will make the announcement on Friday.",
        "allies were united",
        None,
        None,
    ),
    (
        "occasion-other",
        "Rutte visited Oslo on Tuesday. Rutte told reporters that Kyiv deserves more.",
        "Kyiv deserves",
        "2025-03-04",
        "occasion-before",
    ),
    # -- tense and aspect that do not date one act of saying ----------------------------------------------
    (
        "aspect",
        "Frederiksen met Rutte on Tuesday. Rutte has repeatedly said that Greenland is not for sale.",
        "not for sale",
        None,
        None,
    ),
    (
        "aspect",
        "Frederiksen met Rutte on Tuesday. Rutte has said that Greenland is not for sale.",
        "not for sale",
        None,
        None,
    ),
    (
        "aspect",
        "Frederiksen met Rutte on Tuesday. Rutte says that Greenland is not for sale.",
        "not for sale",
        None,
        None,
    ),
    (
        "aspect",
        "On Tuesday, Barrot said that Paris disagreed, while Kallas has said that talks can go on.",
        "talks can go on",
        None,
        None,
    ),
    (
        "aspect",
        "Kallas said on Tuesday that talks were stalled. Kallas has repeatedly said that Europe must wait.",
        "Europe must wait",
        None,
        None,
    ),
    (
        "aspect",
        "OSLO, March 6 (Reuters) - Prime Minister Jonas Gahr Støre has repeatedly said that talks are stalled.",
        "talks are stalled",
        None,
        None,
    ),
    (
        "aspect",
        "OSLO, March 6 (Reuters) - Prime Minister Jonas Gahr Støre says that talks are stalled.",
        "talks are stalled",
        None,
        None,
    ),
    # -- a dateline dating a saying from another time, another occasion or another part of the story ------
    (
        "dateline",
        "OSLO, March 6 (Reuters) - Talks are stalled, Prime Minister Jonas Gahr Støre said in an interview.",
        "Talks are stalled",
        None,
        None,
    ),
    (
        "dateline",
        "OSLO, March 6 (Reuters) - Prime Minister Jonas Gahr Støre said in a written statement that talks are stalled.",
        "talks are stalled",
        None,
        None,
    ),
    (
        "dateline",
        "OSLO, March 6 (Reuters) - Talks are stalled, according to Prime Minister Jonas Gahr Støre.",
        "Talks are stalled",
        None,
        None,
    ),
    (
        "dateline",
        "OSLO, March 6 (Reuters) - Talks are stalled, Prime Minister Jonas Gahr Støre said earlier.",
        "Talks are stalled",
        None,
        None,
    ),
    (
        "dateline",
        (
            "OSLO, March 6 (Reuters) - Norway will send more air defence to Kyiv, Prime Minister Jonas Gahr Støre"
            " said. Last week, the government approved a new budget. Støre said that the aid came first."
        ),
        "the aid came first",
        None,
        None,
    ),
    (
        "dateline",
        "OSLO, March 6 (Reuters) - Talks are stalled, Prime Minister Jonas Gahr Støre said.",
        "Talks are stalled",
        "2025-03-06",
        "dateline",
    ),
    (
        "dateline",
        "OSLO, March 6 (Reuters) - Støre said the strike on Tuesday killed four people.",
        "killed four",
        None,
        None,
    ),
    (
        "dateline",
        "OSLO, March 6 (Reuters) - Støre said the strike killed four people.",
        "killed four",
        "2025-03-06",
        "dateline",
    ),
    (
        "dateline",
        '6 March 2025\nOSLO - The council wrapped up its session on Tuesday. "We stand with Kyiv," said Støre.',
        "We stand with Kyiv",
        None,
        None,
    ),
    (
        "dateline",
        'OSLO, March 6 (Reuters) - The council wrapped up its session on Tuesday. "We stand with Kyiv," said Støre.',
        "We stand with Kyiv",
        None,
        None,
    ),
    # -- an own day in a clause after the speech verb whose subject is another: that clause's event --------
    (
        "other-subject",
        (
            "Drones hit the port of Odesa, the city's mayor said, as crowds marked Palm Sunday. \"The enemy struck"
            ' again," Mayor Ivan Petrenko wrote on Telegram.'
        ),
        "port of Odesa",
        None,
        None,
    ),
    (
        "other-subject",
        (
            "Drones hit the port of Odesa, the city's mayor said on Tuesday, as crowds gathered. \"The enemy struck"
            ' again," Mayor Ivan Petrenko wrote on Telegram.'
        ),
        "port of Odesa",
        "2025-03-04",
        None,
    ),
    # -- a continuing quote across a different speaker, another occasion or another time -----------------
    (  # the full name the text first uses after a description is a second reference: the saying goes on
        "continuing",
        (
            'NATO\'s secretary general said on Tuesday that the drones were a warning. "This is serious,"'
            " Secretary General Mark Rutte said in a statement."
        ),
        "This is serious",
        "2025-03-04",
        "continuing-quote",
    ),
    (  # title and full name said again: a new item of a feed
        "continuing",
        (
            'Secretary General Mark Rutte said on Tuesday that the drones were a warning. "This is serious,"'
            " Secretary General Mark Rutte said in a statement."
        ),
        "This is serious",
        None,
        None,
    ),
    (
        "continuing",
        'Kallas said on Tuesday that talks were stalled. Barrot said that Paris disagreed. "We wait," Kallas said.',
        "We wait",
        None,
        None,
    ),
    (
        "continuing",
        'Kallas said on Tuesday that talks were stalled. On Friday, the council met again. "We wait," Kallas said.',
        "We wait",
        None,
        None,
    ),
    (
        "continuing",
        'Kallas said on Tuesday that talks were stalled. "We will wait," Kallas said in a later interview.',
        "We will wait",
        None,
        None,
    ),
    (
        "continuing",
        'Kallas said on Tuesday that talks were stalled. "We will wait," Kallas later told reporters.',
        "We will wait",
        None,
        None,
    ),
    (
        "continuing",
        "Kallas said on Tuesday that talks were stalled. In an interview with Le Monde, Kallas said Europe must wait.",
        "Europe must wait",
        None,
        None,
    ),
    (
        "continuing",
        'Kallas said on Tuesday that talks were stalled. "We will wait," she said.',
        "We will wait",
        "2025-03-04",
        "continuing-quote",
    ),
    (
        "continuing",
        'Kallas said on Tuesday that talks were stalled.\n\n"We will wait," Kallas said.',
        "We will wait",
        "2025-03-04",
        "continuing-quote",
    ),
    (
        "occasion-other",
        "Zelensky thanked Tusk on Tuesday for the aid. Tusk said that Poland would help.",
        "Poland would help",
        None,
        None,
    ),
    (
        "occasion-other",
        "Sikorski criticised Orban on Tuesday. Orban said that Hungary would not change course.",
        "Hungary would not",
        None,
        None,
    ),
    (
        "occasion-other",
        "Kristersson met Rutte on Tuesday. Kristersson told Swedish radio that Sweden is ready.",
        "Sweden is ready",
        None,
        None,
    ),
    (
        "occasion-other",
        "Kristersson met Rutte on Tuesday. In a Facebook post, Kristersson said that Sweden is ready.",
        "Sweden is ready",
        None,
        None,
    ),
    (
        "occasion-other",
        "Kristersson and Rutte are to meet on Friday. Kristersson said Sweden is ready.",
        "Sweden is ready",
        None,
        None,
    ),
    (
        "occasion-other",
        "Kristersson met Rutte on Tuesday. According to Kristersson, Sweden is ready.",
        "Sweden is ready",
        None,
        None,
    ),
    (
        "occasion-other",
        "Kristersson met Rutte on Tuesday. Two days earlier, Kristersson said that Sweden is ready.",
        "Sweden is ready",
        "2025-03-02",
        None,
    ),
    (
        "occasion-other",
        "Sikorski met Orban in Budapest on Tuesday. Orban said that Hungary would not change course.",
        "Hungary would not",
        "2025-03-04",
        "occasion-before",
    ),
    (
        "occasion-other",
        "Kristersson met Rutte in Stockholm on Tuesday. Kristersson told reporters that Sweden is ready.",
        "Sweden is ready",
        "2025-03-04",
        "occasion-before",
    ),
    (
        "aspect",
        "Kristersson met Rutte on Tuesday. Kristersson has said that Sweden is ready.",
        "Sweden is ready",
        None,
        None,
    ),
    (
        "aspect",
        "Kristersson met Rutte on Tuesday. Kristersson says Sweden is ready.",
        "Sweden is ready",
        None,
        None,
    ),
    (
        "aspect",
        "Fidan said on Tuesday that Ankara would mediate. Fidan has said before that no decision was taken.",
        "no decision",
        None,
        None,
    ),
    (
        "other-clause",
        "Fidan welcomed the ceasefire agreed on Tuesday and said that no decision was taken.",
        "no decision",
        None,
        None,
    ),
    (
        "other-clause",
        "The report, released on Tuesday, said that aid was late. Fidan said that no decision was taken.",
        "no decision",
        None,
        None,
    ),
    (
        "other-clause",
        "As the summit opened on Tuesday, Kallas said that Europe would act.",
        "Europe would act",
        "2025-03-04",
        "occasion-in-sentence",
    ),
    (
        "event-talked-about",
        "Fidan spoke about the attack of March 2 and said that no decision was taken.",
        "no decision",
        None,
        None,
    ),
    (
        "event-talked-about",
        "Kallas, speaking ahead of the vote on Thursday, said that Europe would act.",
        "Europe would act",
        None,
        None,
    ),
    (
        "event-talked-about",
        "Kallas said that Europe would act before the summit on Thursday.",
        "Europe would act",
        None,
        None,
    ),
    (
        "event-talked-about",
        "After talks with Macron on Monday, Starmer said that Britain would lead.",
        "Britain would lead",
        "2025-03-03",
        None,
    ),
    (
        "dateline",
        "BRUSSELS, March 6 (Reuters) - Europe would act, Kallas told the Le Monde daily.",
        "Europe would act",
        None,
        None,
    ),
    (
        "dateline",
        "BRUSSELS, March 6 (Reuters) - Kallas wrote in an op-ed that Europe would act.",
        "Europe would act",
        None,
        None,
    ),
    (
        "dateline",
        "BRUSSELS, March 6 (Reuters) - Europe would act, Kallas said in a speech last week.",
        "Europe would act",
        "2025-W09",
        None,
    ),
    (
        "dateline",
        "BRUSSELS, March 6 (Reuters) - Europe would act, EU foreign policy chief Kaja Kallas told reporters.",
        "Europe would act",
        "2025-03-06",
        "dateline",
    ),
    (
        "occasion-other",
        "Zelensky warned Tusk on Tuesday. Tusk said that Poland would help.",
        "Poland would help",
        None,
        None,
    ),
    # -- a trigger that names no occasion one speaks at ('released prisoners', 'received jets') -----------------
    (
        "not-an-occasion",
        "Russia released 100 prisoners on Tuesday. Russia said that the UAE mediated the swap.",
        "the UAE mediated",
        None,
        None,
    ),
    (
        "not-an-occasion",
        "Zelensky received the first F-16 jets on Tuesday. Zelensky said that more were needed.",
        "more were needed",
        None,
        None,
    ),
    (
        "not-an-occasion",
        "Tusk went to the front on Tuesday. Tusk said that Poland would help.",
        "Poland would help",
        None,
        None,
    ),
    (
        "not-an-occasion",
        "Finland joined NATO on Tuesday. Finland said that it would help.",
        "it would help",
        None,
        None,
    ),
    (
        "not-an-occasion",
        "The EU adopted new sanctions on Tuesday. The EU said that Moscow must pay.",
        "Moscow must pay",
        None,
        None,
    ),
    (
        "not-an-occasion",
        "Zelensky received Tusk in Kyiv on Tuesday. Tusk said that Poland would help.",
        "Poland would help",
        "2025-03-04",
        "occasion-before",
    ),
    (
        "not-an-occasion",
        "Tusk flew to Kyiv on Tuesday. Tusk said that Poland would help.",
        "Poland would help",
        "2025-03-04",
        "occasion-before",
    ),
    # -- a past perfect: a saying earlier than the time around it ------------------------------------------
    (
        "aspect",
        "Tusk said on Tuesday that aid would come. Tusk had said that Poland would wait.",
        "Poland would wait",
        None,
        None,
    ),
    (
        "aspect",
        "Tusk met Zelensky on Tuesday. Tusk had said that Poland would wait.",
        "Poland would wait",
        None,
        None,
    ),
    (
        "aspect",
        "WARSAW, March 6 (Reuters) - Prime Minister Donald Tusk had said that Poland would wait.",
        "Poland would wait",
        None,
        None,
    ),
    (
        "aspect",
        "Tusk said on Tuesday that aid would come. In January, Tusk had said that Poland would wait.",
        "Poland would wait",
        "2025-01",
        None,
    ),
    (
        "occasion-other",
        "Macron met Scholz in Paris on Tuesday and will visit Kyiv on Friday. Macron told reporters Europe must rearm.",
        "Europe must rearm",
        None,
        None,
    ),
    (
        "occasion-other",
        "On Tuesday, Macron met Scholz in Paris. Macron told reporters that Europe must rearm.",
        "Europe must rearm",
        "2025-03-04",
        "occasion-before",
    ),
    (
        "occasion-other",
        "Macron will host Scholz in Paris on Friday, the Elysee said. Macron said that Europe must rearm.",
        "Europe must rearm",
        None,
        None,
    ),
    (
        "aspect",
        "Macron said on Tuesday that aid was late. He has said before that Europe must rearm.",
        "Europe must rearm",
        None,
        None,
    ),
    (
        "aspect",
        "PARIS, March 6 (Reuters) - Macron says Europe must rearm.",
        "Europe must rearm",
        None,
        None,
    ),
    (
        "continuing",
        "Macron said on Tuesday that aid was late. He added that Europe must rearm.",
        "Europe must rearm",
        "2025-03-04",
        "continuing-quote",
    ),
    (
        "continuing",
        'Kallas said on Tuesday that Europe would act. Drones struck Lviv on Thursday. "We respond," Kallas said.',
        "We respond",
        None,
        None,
    ),
    (
        "continuing",
        'Kallas said on Tuesday that Europe would act. The deal, signed on Wednesday, helps. "We act," Kallas said.',
        "We act",
        "2025-03-04",
        "continuing-quote",
    ),
    (
        "other-clause",
        "Barrot welcomed the accord signed by Kyiv on Tuesday and said that Paris agreed.",
        "Paris agreed",
        None,
        None,
    ),
    (  # a relative clause after the speech verb tells of its antecedent, not of the saying
        "other-clause",
        '"We spoke twice," wrote Sikorski, whose party won last weekend\'s vote.',
        "We spoke twice",
        None,
        None,
    ),
    (
        "other-clause",
        "Sikorski said on Tuesday that talks would go on, which surprised Kyiv.",
        "talks would go on",
        "2025-03-04",
        None,
    ),
    (
        "other-clause",
        "Kyiv faces pressure from Sikorski, who said on Tuesday that aid could stop.",
        "aid could stop",
        "2025-03-04",
        None,
    ),
    # -- seventh session: an occasion only intended, a dated interview, the wire's own interview, another
    # outlet's report, a saying set earlier, a time cue in a clause of its own after the words ---------------
    (
        "intended-occasion",
        'Prime Minister Mark Carney expects to visit Kyiv in November. "We stand with you," Carney said.',
        "stand with you",
        None,
        None,
    ),
    (
        "intended-occasion",
        'Prime Minister Mark Carney visited Kyiv on Tuesday. "We stand with you," Carney said.',
        "stand with you",
        "2025-03-04",
        "occasion-before",
    ),
    (
        "dated-interview",
        "Foreign Minister Radoslaw Sikorski spoke in a radio interview on Monday. He said that Warsaw was ready.",
        "Warsaw was ready",
        "2025-03-03",
        "occasion-before",
    ),
    (
        "dated-interview",
        "Foreign Minister Radoslaw Sikorski gave an interview to a radio station. He said that Warsaw was ready.",
        "Warsaw was ready",
        None,
        None,
    ),
    (
        "wire-own-interview",
        "MOSCOW, March 6. /TASS/. Grain exports will grow, Deputy Prime Minister Dmitry Patrushev told TASS.",
        "Grain exports",
        "2025-03-06",
        "dateline",
    ),
    (
        "wire-own-interview",
        "MOSCOW, March 6. /TASS/. Grain exports will grow, Deputy Prime Minister Dmitry Patrushev told Izvestia.",
        "Grain exports",
        None,
        None,
    ),
    (
        "outlet-report",
        "WARSAW, March 6 (Reuters) - The border crossing was closed overnight, the broadcaster TVN reported.",
        "crossing was closed",
        None,
        None,
    ),
    (
        "said-earlier",
        "Rutte said the pledge was a good start. Kyiv needs air defence now, Rutte said earlier on Thursday.",
        "good start",
        None,
        None,
    ),
    (
        "said-earlier",
        "Rutte said the pledge was a good start. Kyiv needs air defence now, Rutte said on Thursday.",
        "good start",
        None,  # a lead the text does not date stays undated (rule lead-after withdrawn, thirteenth session)
        None,
    ),
    (
        "cue-in-own-clause",
        "Sikorski said on Tuesday that talks went well. Sikorski later told reporters that Warsaw was ready.",
        "Warsaw was ready",
        None,
        None,
    ),
    (
        "cue-in-own-clause",
        (
            "Sikorski said on Tuesday that talks went well. Sikorski told reporters that Warsaw was ready, as it"
            " had earlier promised."
        ),
        "Warsaw was ready",
        "2025-03-04",
        "continuing-quote",
    ),
    # -- tenth session: an occasion the words are about (the object of a label verb or a topic cue) was the
    # words' topic, not where they were said: they came at it or after it (SYNTHETIC sentences)
    (
        "occasion-topic",
        'Kallas visited Chisinau on Tuesday. She hailed the visit as "a turning point for the region".',
        "turning point",
        None,
        None,
    ),
    (
        "occasion-topic",
        "Kallas met Sandu on Tuesday. Referring to the talks, Kallas said that Moldova was on the right path.",
        "right path",
        None,
        None,
    ),
    (
        "occasion-topic",
        'Kallas called her talks with Sandu in Chisinau on Tuesday "frank and warm".',
        "frank and warm",
        None,
        None,
    ),
    (
        "occasion-topic",
        "Kallas met Sandu on Tuesday. Kallas said that Moldova was on the right path.",
        "right path",
        "2025-03-04",
        "occasion-before",
    ),
    (
        "occasion-topic",
        'Kallas on Tuesday called the talks "frank and warm".',
        "frank and warm",
        "2025-03-04",
        None,
    ),
    # -- tenth session: a speaker named before only as the possessor of another noun took no part in the
    # occasion there (SYNTHETIC sentences)
    (
        "possessor-only",
        (
            "Sandu visited troops near the border on Tuesday, amid fears of an attack by Russia's northern army"
            " group. Moscow claimed that its forces were advancing near the border."
        ),
        "forces were advancing",
        None,
        None,
    ),
    (
        "possessor-only",
        "Lavrov's visit to Ankara on Tuesday was short. Lavrov said that the talks had been useful.",
        "talks had been useful",
        "2025-03-04",
        "occasion-before",
    ),
    # -- tenth session: a perfect before words whose verb the speech-verb tables lack ("criticised", a quote
    # verb) reports no one act, so no quotation before it lends it a day (SYNTHETIC sentences)
    (
        "perfect-quote-verb",
        (
            'On Tuesday, Orban complained that "Brussels is not listening to us at all." He has also criticised'
            ' Kyiv as "a bad neighbour".'
        ),
        "a bad neighbour",
        None,
        None,
    ),
    (
        "perfect-quote-verb",
        (
            'On Tuesday, Orban complained that "Brussels is not listening to us at all." He also criticised Kyiv'
            ' as "a bad neighbour".'
        ),
        "a bad neighbour",
        "2025-03-04",
        "continuing-quote",
    ),
    # -- tenth session: a date inside the words of a statement (its own or another's, after "saying that")
    # is never the attribution's own date (SYNTHETIC sentences)
    (
        "date-in-words",
        (
            'Stubb described the process as "a muddle," saying that the US envoy had ruled out a return'
            " to the pre-2014 borders."
        ),
        "a muddle",
        None,
        None,
    ),
    (
        "date-in-words",
        (
            'Stubb described the process as "a muddle," saying that the US envoy had ruled out a return'
            " to the pre-2014 borders."
        ),
        "the US envoy had ruled out",
        None,
        None,
    ),
    (
        "date-in-words",
        (
            'Stubb on Tuesday described the process as "a muddle," saying that the envoy had ruled out'
            " a return to the pre-2014 borders."
        ),
        "a muddle",
        "2025-03-04",
        None,
    ),
    (
        "date-in-words",
        "Rutte urged allies on Tuesday to spend more on defence.",
        "to spend more",
        "2025-03-04",
        None,
    ),
    # -- tenth session: a day in a relative clause about the speaker, closed before the speech verb, is the
    # antecedent's (SYNTHETIC sentences)
    (
        "relative-before-verb",
        "The Slovak prime minister, who spoke with Zelensky by phone on Tuesday, announced plans to visit Kyiv.",
        "plans to visit Kyiv",
        None,
        None,
    ),
    (
        "relative-before-verb",
        "Orban, who spoke about the summit with Trump on Thursday, announced a plan to call Putin.",
        "a plan to call Putin",
        None,
        None,
    ),
    (
        "relative-before-verb",
        "The Slovak prime minister, who said on Tuesday that he would visit Kyiv, is expected there soon.",
        "he would visit Kyiv",
        "2025-03-04",
        None,
    ),
    # -- twelfth session: a written channel (a post, a statement on Telegram) named after a meeting or visit
    # gave the words the text tells next, not the meeting (SYNTHETIC sentences)
    (
        "channel-after-occasion",
        (
            "On Tuesday, Sikorski met his Nordic counterparts in Oslo. The minister reported this on X. Sikorski"
            " said he began the day with talks on grain."
        ),
        "began the day",
        None,
        None,
    ),
    (
        "channel-after-occasion",
        (
            "On Tuesday, Sikorski met his Nordic counterparts in Oslo. The talks were shown on national"
            " television. Sikorski said he began the day with talks on grain."
        ),
        "began the day",
        "2025-03-04",
        "occasion-before",
    ),
    # -- tenth session: an interview the attribution names after a long apposition (the medium unread) was
    # given before the story filed: the dateline does not date it (SYNTHETIC sentences)
    (
        "dateline-interview",
        (
            "WARSAW, March 6 (Reuters) - Poland must put its own farmers first in talks with Kyiv, said Jan"
            " Kowalski, a candidate of the opposition party, in an interview with the weekly Sieci."
        ),
        "farmers first",
        None,
        None,
    ),
    (
        "dateline-interview",
        (
            "WARSAW, March 6 (Reuters) - Poland must put its own farmers first in talks with Kyiv, said Jan"
            " Kowalski, a candidate of the opposition party, at a rally in Lublin."
        ),
        "farmers first",
        "2025-03-06",
        "dateline",
    ),
    # -- twenty-fourth session (sdates24): words that go on from a saying set earlier, a venue or a noun that
    # marks another time (earlier_time, earlier_modifier cues; SYNTHETIC sentences)
    (
        "earlier-then-pronoun",
        (
            "KYIV, March 6 (Reuters) - Moscow has nothing to add, Kremlin spokesman Dmitry Peskov said. IAEA chief"
            " Rafael Grossi earlier called the risk to the plant grave. He said he planned to visit the site."
        ),
        "planned to visit",
        None,
        None,
    ),
    (
        "earlier-then-pronoun",
        (
            "KYIV, March 6 (Reuters) - Moscow has nothing to add, Kremlin spokesman Dmitry Peskov said. IAEA chief"
            " Rafael Grossi arrived at the plant. He said he planned to visit the site."
        ),
        "planned to visit",
        "2025-03-06",
        "dateline",
    ),
    (
        "earlier-then-same-speaker",
        (
            "KYIV, March 6 (Reuters) - Moscow has nothing to add, Kremlin spokesman Dmitry Peskov said. Earlier,"
            " Foreign Minister Andrii Sybiha argued that the troops had been moved to the border. He remarked that"
            " the attack could come within days."
        ),
        "attack could come",
        None,
        None,
    ),
    (
        "earlier-venue",
        "Modi met Putin in Moscow on Thursday. At a previous meeting, Modi said the dates of the visit were final.",
        "dates of the visit",
        None,
        None,
    ),
    (
        "earlier-venue",
        "Modi met Putin in Moscow on Thursday. At the meeting, Modi said the dates of the visit were final.",
        "dates of the visit",
        "2025-03-06",
        "occasion-before",
    ),
    (
        "earlier-noun",
        (
            "BEIJING, March 6 (Xinhua) -- China backs the talks, spokesperson Mao Ning said. She spoke in response"
            " to Donald Trump's recent statement that he wants China to help."
        ),
        "wants China to help",
        None,
        None,
    ),
    (
        "earlier-noun",
        (
            "BEIJING, March 6 (Xinhua) -- China backs the talks, spokesperson Mao Ning said. She spoke in response"
            " to Donald Trump's statement that he wants China to help."
        ),
        "wants China to help",
        "2025-03-06",
        "dateline",
    ),
]


@pytest.mark.parametrize(
    ("mode", "text", "words", "timex", "rule"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_adversarial(mode: str, text: str, words: str, timex: str | None, rule: str | None) -> None:
    """The statement with ``words`` is dated ``timex`` (None: undated), by ``rule`` when one is named."""
    statements = [s for s in parse(text, published=EXAMPLE_PUBLISHED).statements if words in s.text]
    assert statements, f"no statement with {words!r} in {text!r} ({mode})"
    when = statements[0].when
    assert (when.timex if when else None) == timex, (mode, when.reason if when else None)
    if when is not None and rule is not None:
        assert when.reason.startswith(_REASONS[rule]), when.reason
    if when is not None and rule is None:
        assert not when.reason.startswith(tuple(_REASONS.values())), when.reason
