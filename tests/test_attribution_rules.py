"""The attribution rule table: every rule's examples (synthetic sentences) run through the parser."""

from __future__ import annotations

import pytest

from nato_ukraine_timeline._document import analyse
from nato_ukraine_timeline._found import NESTED
from nato_ukraine_timeline._statements import RULES, AttributionRule, find_statements

EXAMPLES = [
    pytest.param(rule, text, speaker, words, id=f"{rule.name}-{n}")
    for rule in RULES
    for n, (text, speaker, words) in enumerate(rule.examples)
]


class TestRuleTable:
    def test_names_are_unique(self) -> None:
        """Each rule has its own name (a statement's rule names one rule)."""
        names = [rule.name for rule in RULES]
        assert len(names) == len(set(names))

    def test_every_rule_has_examples(self) -> None:
        """No rule without an example that runs as a test."""
        assert all(rule.examples for rule in RULES)

    def test_per_verb_rules_are_one_run(self) -> None:
        """The rules that read a speech verb stand together in the table (they take turns at each verb)."""
        flags = [rule.per_verb for rule in RULES]
        first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
        assert all(flags[first : last + 1])

    @pytest.mark.parametrize(("rule", "text", "speaker", "words"), EXAMPLES)
    def test_example(self, rule: AttributionRule, text: str, speaker: str, words: str) -> None:
        """The rule finds the example's words, said by the example's speaker."""
        doc, _ = analyse(text, published=None, window=None, order=None)
        found = [(f.rule, f.speaker.name, text[f.start : f.end]) for f in find_statements(doc)]
        assert (rule.name, speaker, words) in found


# Synthetic sentences in which a rule must NOT find the words given: a form that looks like its own but is
# not a statement.
NOT_STATEMENTS = [
    pytest.param(  # synthetic (prec21): "that" before a finite verb after a verb's object is a relative pronoun
        "Nordic defence leaders continued the talks that began in Oslo on Monday.",
        "began in Oslo on Monday",
        id="relative-that-after-object",
    ),
    pytest.param(  # synthetic (prec21): the same after a verb of saying whose object is no addressee
        "Merz highlighted the gaps that remained in the air shield over the eastern flank.",
        "remained in the air shield",
        id="relative-that-after-saying-verb",
    ),
    pytest.param(  # synthetic (prec21): "this" and "following" after a speech verb: the words are the sentence before
        "Sandu noted that Moldova would hold the line. She said this following the summit in Rome on May 2.",
        "this following the summit in Rome",
        id="said-this-following",
    ),
    pytest.param(  # synthetic (prec21): a quotation after a future of the subject: nothing said yet
        'Sikorski will stress to his Latvian counterpart the need for "a firm and united answer" in Riga.',
        "a firm and united answer",
        id="subject-quotes-future",
    ),
    pytest.param(  # synthetic (prec21): "who" after a state governed by a preposition is the head noun's
        "Rescuers found 40 families from villages of Moldova who believed that the dam would hold.",
        "the dam would hold",
        id="who-after-a-preposition-object-opinion",
    ),
    pytest.param(  # synthetic (prec21): "who" after a state governed by a preposition is the head noun's
        "The ombudsman received 900 complaints from residents of Moldova who said that the checks were unfair.",
        "the checks were unfair",
        id="who-after-a-preposition-object",
    ),
    pytest.param(  # synthetic (attr16): "it" as the object of a that-clause verb opens no words
        "The Kremlin denied it on Monday, and the ministry declined to comment.",
        "it on Monday",
        id="it-object-no-bare-clause",
    ),
    pytest.param(  # synthetic (attr16): "it" before an adjective in -ed after a label verb is no clause
        "Zelensky called it unprecedented in a speech to parliament.",
        "it unprecedented in a speech to parliament",
        id="it-adjective-no-bare-clause",
    ),
    pytest.param(  # a quotation opening a paragraph that goes on is no continuation of the paragraph before
        '"The danger is real," Putin said.\n\n"We are ready" is what the banner read, and the crowd cheered.',
        "We are ready",
        id="continuing-quote-not-a-whole-paragraph",
    ),
    pytest.param(  # a label in capitals naming no person, and a person's name in mixed case: no transcript
        "Briefing\n\nNATO: Allies agreed to spend more on defence.\nRutte: allies will meet in June.",
        "Allies agreed to spend more on defence",
        id="transcript-label-not-a-person",
    ),
    pytest.param(
        "Briefing\n\nRutte: allies will meet in June.",
        "allies will meet in June",
        id="transcript-label-mixed-case",
    ),
    pytest.param(
        "The ministry said Russian troops took the village, adding the town to its list of conquests.",
        "the town to its list of conquests",
        id="participle-with-a-noun-object",
    ),
    pytest.param(  # a list of someone's words needs that someone: named in the header or speaking just before
        "The summit ended.\n\nHere are the key passages of the agreement:\n\nThe parties will meet again in May.",
        "The parties will meet again in May",
        id="listed-words-no-speaker",
    ),
    pytest.param(  # a line ending in a comma that follows no saying introduces no quotation
        'Zelensky said the allies sent tanks, jets and shells,\n"Enough to hold the line for a year."',
        "Enough to hold the line for a year.",
        id="intro-quote-needs-a-saying",
    ),
    pytest.param(
        "Russia pressed ahead with plans to annex the region.", "plans to annex the region", id="pressed-ahead"
    ),
    pytest.param("Macron offered support to the army.", "support to the army", id="offered-a-noun-to"),
    pytest.param(
        "While welcoming what he described as new guarantees, Zelensky said the talks were hard.",
        "new guarantees",
        id="what-he-described-as",
    ),
    pytest.param(
        "Zelensky wrote on X, recalling a meeting in September where they discussed the plan.",
        "recalling a meeting in September",
        id="participle-clause-after-the-medium",
    ),
    pytest.param(
        '"We will need guarantees," Lavrov was quoted as saying by state media.',
        "by state media",
        id="quoted-as-saying-then-a-phrase",
    ),
    pytest.param(
        "The plan would require Kyiv to cede land, according to a copy seen by Reuters.",
        "The plan would require Kyiv to cede land",
        id="a-document-an-outlet-saw",
    ),
    pytest.param(
        "Rutte emphasised the Alliance's readiness in a speech in Brussels.",
        "the Alliance's readiness in a speech in Brussels",
        id="say-verb-with-a-noun-object",
    ),
    pytest.param(
        "The talks ended without a deal. This was reported by the agency.",
        "The talks ended without a deal",
        id="said-by-needs-a-named-speaker",
    ),
    pytest.param(  # synthetic: the subject of a relative clause after a quotation is no speaker of it (the
        # sentence's own subject is no speaker either: "Critics wrote" would be one, a described speaker)
        'The column argued that the plan "can hold for a year," where the Alliance reaffirmed its pledge to spend.',
        "can hold for a year,",
        id="relative-clause-subject-after-a-phrase",
    ),
    pytest.param(  # synthetic: a participle whose object is a place is no saying
        "The envoy left Kyiv on Friday, adding Warsaw and Vilnius to the stops of his tour.",
        "Warsaw and Vilnius to the stops of his tour",
        id="participle-clause-adding-a-noun",
    ),
    pytest.param(  # synthetic: a quoted name after a possessive (a programme, a plan) is no one's words
        'Speaking on CBS\'s "Face the Nation," Rubio said the talks would resume in Riyadh next week.',
        "Face the Nation,",
        id="quoted-name-after-a-possessive",
    ),
    pytest.param(  # synthetic: a passive label verb with no actor after "by" names no speaker
        "The summit, described as historic by several leaders, ended on Thursday.",
        "historic",
        id="passive-label-needs-a-named-actor",
    ),
    pytest.param(  # synthetic: a title-case place and a date open the line; the place says nothing
        "Oslo, Sep 26 The talks on the pipeline ended without a deal.",
        "The talks on the pipeline ended without a deal",
        id="dateline-without-a-dash-is-no-speaker",
    ),
    pytest.param(
        '"We are ready." The minister said it would take weeks.',
        "We are ready.",
        id="speaker-sentence-must-be-only-the-attribution",
    ),
    pytest.param(  # synthetic: a verb of class object names a topic with one or two words
        "Modi on Friday called for peace as he met the Ukrainian president in Kyiv.",
        "peace",
        id="object-too-short",
    ),
    pytest.param(  # synthetic: a participle of saying after the object gives the words; the object is the topic
        'Zelensky called for a European army of his own, saying, "The time has come."',
        "a European army of his own",
        id="object-then-participle-of-saying",
    ),
    pytest.param(  # synthetic: a verb of class quote_object without a quotation reads nothing
        "Zelensky thanked Denmark for its new package of air defence on Monday.",
        "Denmark for its new package of air defence",
        id="quote-object-without-quotation",
    ),
    pytest.param(  # synthetic: a quotation right after a possessive names a thing
        'Zelensky praised Trump\'s "peace through strength" approach in a post on Sunday.',
        "peace through strength",
        id="quoted-object-after-a-possessive",
    ),
    pytest.param(  # synthetic: a quotation after a contrast is no longer the object's
        'Trump called for an end to the fighting, but made "no progress" with Putin.',
        "no progress",
        id="quoted-object-ends-at-a-contrast",
    ),
    pytest.param(  # synthetic: a clause of concession opening the sentence is no words of the speaker after it
        "Although neither side has confirmed a meeting in Riyadh, Kremlin aide Yuri Ushakov told reporters a"
        " meeting was being studied.",
        "Although neither side has confirmed a meeting in Riyadh",
        id="fronted-concession-is-no-words",
    ),
    pytest.param(  # synthetic (prec26): "According to X," opening the sentence is the source, not the words
        "Sergei Lavrov phoned Marco Rubio. According to the Russians, Lavrov informed Rubio about plans for new talks.",
        "According to the Russians",
        id="fronted-according-to-is-no-words",
    ),
    pytest.param(  # synthetic (prec26): "Prior to this," opening the sentence is no words of the speaker after it
        "Viktor Orban wrote about the call on Sunday. Prior to this, he commented on the planned summit between the"
        " two leaders in Vienna.",
        "Prior to this",
        id="fronted-prior-to-is-no-words",
    ),
    pytest.param(  # synthetic (prec26): a participle's clause with no finite verb is the setting of the saying
        "Lukashenko spoke on Friday. Commenting on talks about seizing frozen assets at a news conference in Minsk,"
        " Lukashenko said this effort was failing.",
        "Commenting on talks about seizing frozen assets",
        id="fronted-participle-is-no-words",
    ),
    pytest.param(  # synthetic (attr23): a first-person paragraph after one that introduces no one speaking
        "Drones struck the port of Odesa overnight and a ship burned.\nWe will update this story as it develops.",
        "We will update this story as it develops",
        id="unmarked-words-no-introducer",
    ),
    pytest.param(  # synthetic (attr23): a paragraph in the third person after a statement is no block quotation
        "The talks will resume in May, Rutte said on Monday.\nThe allies also agreed to meet in June in Rome.",
        "The allies also agreed to meet in June in Rome",
        id="unmarked-words-third-person",
    ),
    pytest.param(  # synthetic (attr23): an occasion one speaks at with no person opening the sentence
        "The summit ended with a speech in the main hall.\nWe stayed until the last guests had left.",
        "We stayed until the last guests had left",
        id="unmarked-words-occasion-without-person",
    ),
    pytest.param(  # synthetic: "here", the dateline's place, after the verb is no words (after_verb cues)
        "Peace needs patience, Mark Rutte said here on Friday.",
        "here on Friday",
        id="said-here-is-no-words",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_STATEMENTS)
def test_not_a_statement(text: str, words: str) -> None:
    """The words are no statement: no rule finds a statement overlapping them."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    start = text.index(words)
    end = start + len(words)
    assert not [f for f in find_statements(doc) if f.start < end and start < f.end]


@pytest.mark.parametrize(
    ("text", "words", "before", "speaker"),
    [
        pytest.param(  # synthetic: a noun with describing words is someone new, not the speaker just before
            (
                "Russia's defence ministry said it took the town. "
                '"Our lines are holding," the local military command said.'
            ),
            "Our lines are holding",
            "Russian Defense Ministry",
            "command",  # the head of a body named nowhere before (nato_ukraine_timeline._descriptions)
            id="back-reference-described",
        ),
        pytest.param(  # synthetic: a body's noun does not mean the person who spoke just before
            'Zelensky said the talks went well. "The grid is stable," the ministry said.',
            "The grid is stable",
            "Volodymyr Zelensky",
            "ministry",
            id="back-reference-other-kind",
        ),
    ],
)
def test_body_noun_after_quote_is_someone_new(text: str, words: str, before: str, speaker: str) -> None:
    """'"...," the <words> <body noun> said' with no body of that noun spoken or named before: the phrase
    speaks (its head where the words say nothing of which body), not the one who spoke just before."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    start = text.index(words)
    found = [f for f in find_statements(doc) if f.start <= start < f.end]
    assert [f.speaker.name for f in found] == [speaker]
    assert before not in [f.speaker.name for f in found]


class TestVerbTable:
    def test_header_names_the_class_columns_in_order(self) -> None:
        """The commented header of data/speech_verbs.tsv lists the class columns the loader reads, in order."""
        from nato_ukraine_timeline._resources import read_data
        from nato_ukraine_timeline._speech import VERB_CLASSES

        header = next(line for line in read_data("speech_verbs.tsv").splitlines() if line.startswith("# form\t"))
        assert header[2:].split("\t") == ["form", "lemma", *VERB_CLASSES]

    def test_every_class_has_a_verb(self) -> None:
        """Each class column marks at least one form (a class no verb has is dead code)."""
        from nato_ukraine_timeline._speech import VERB_CLASSES, lexicon

        lex = lexicon()
        assert all(getattr(lex, cls) for cls in VERB_CLASSES)

    def test_a_new_urge_verb_is_one_line(self) -> None:
        """The urge class is read from the table: every urge form is a speech verb the rules find (a say
        verb, or a declare verb that reads words only as an infinitive or a that-clause: "offered to ...")."""
        from nato_ukraine_timeline._speech import lexicon

        lex = lexicon()
        assert set(lex.urge) <= set(lex.say) | set(lex.declare)
        assert {"urged", "called on"} <= set(lex.urge)

    def test_speaker_body_and_group_words_come_from_the_cue_table(self) -> None:
        """The nouns after a speaker that make its body or its members speak ("X's defence ministry said",
        "EU foreign ministers said") are the cue roles owned_body, group and group_modifier (synthetic)."""
        from nato_ukraine_timeline._speech import lexicon, patterns

        lex = lexicon()
        assert {"office", "defence ministry", "military intelligence agency"} <= set(lex.owned_body)
        assert {"allies", "member states", "ministers"} <= set(lex.group)
        assert {"defence", "defense", "foreign", "finance"} <= set(lex.group_modifier)
        left = patterns().left_speaker
        assert left.search("\x01\x02's coast  guard ") is not None
        assert left.search("\x01\x02 finance ministers ") is not None
        assert left.search("\x01\x02's kitchen ") is None

    def test_outlet_kinds_come_from_the_cue_table(self) -> None:
        """The kind of outlet after its name ("told the X news site") is the cue role outlet_kind (synthetic)."""
        from nato_ukraine_timeline._speech import lexicon, patterns

        assert {"site", "newspaper", "agency", "radio"} <= set(lexicon().outlet_kind)
        reported = patterns().outlet_that
        assert reported.search("\x01\x02 news website reported that ") is not None
        assert reported.search("\x01\x02 news kitchen reported that ") is None

    def test_settings_come_from_the_cue_table(self) -> None:
        """The settings that end reported content after a comma (", in an interview with X") are the cue role
        setting (synthetic)."""
        from nato_ukraine_timeline._speech import clause_patterns, lexicon

        assert {"interview", "press conference", "video"} <= set(lexicon().setting)
        tail = clause_patterns().venue_tail
        assert tail.match(", in a  press conference on Monday") is not None
        assert tail.match(", in a kitchen on Monday") is None

    def test_people_nouns_come_from_the_cue_table(self) -> None:
        """The plural nouns of people before a list of speakers are the cue role people (synthetic)."""
        from nato_ukraine_timeline import _speakers
        from nato_ukraine_timeline._speech import lexicon

        assert {"leaders", "ministers", "chiefs"} <= set(lexicon().people)
        assert _speakers._co_speakers_after().search("European leaders ") is not None
        assert _speakers._co_speakers_after().search("met with ") is None

    def test_object_and_quote_verbs_come_from_the_cue_table(self) -> None:
        """The verbs whose object (object_verb) or whose object's quotations (quote_verb) are the words are cue
        roles; an object verb is a speech verb the rules of reported words read (synthetic)."""
        from nato_ukraine_timeline._speech import lexicon, patterns

        lex = lexicon()
        # "expressed" is read as a verb by its quote_verb role: as a declaring verb it would also read "expressed
        # that ..." and took a speaker's full name from one saying of a read pool (twenty-sixth session, expr26)
        assert set(lex.object_verb) <= set(lex.say) | set(lex.declare) | set(lex.quote_verb)
        assert {"called for"} <= set(lex.object_verb)
        assert {"thanked", "deemed", "emphasized"} <= set(lex.quote_verb)
        verb = patterns().verb
        assert verb.search("Peskov deemed it") is not None
        assert verb.search("Peskov dreamed it") is None


def test_document_named_after_a_capital_is_no_state_mention() -> None:
    """A document named after the city of its summit ('the Vilnius Summit Communique') does not make the
    city's state its author: only an organisation opening the name stands for the document (synthetic)."""
    from nato_ukraine_timeline._mentions import document_mentions

    text = "The Vilnius Summit Communique said that the allies would meet again. The NATO Summit Declaration said so."
    spans = {(text[m.start : m.end], m.actor.name) for m in document_mentions(text)}
    assert ("NATO Summit Declaration", "NATO") in spans
    assert not any(span.startswith("Vilnius Summit") for span, _ in spans)


@pytest.mark.parametrize(
    ("text", "words", "not_speaker"),
    [
        pytest.param(  # synthetic: the state is the object of "in" inside a body's name, not the speaker
            "The strike was the deadliest this year, the UN Verification Office in Ukraine (UNVO) said on Friday.",
            "The strike was the deadliest this year",
            "Ukraine",
            id="state-after-preposition-in-a-name",
        ),
        pytest.param(  # synthetic: "the", a number and a plural noun stand for bodies named before, not new ones
            "NABU and SAPO met on Monday. The law strips them of power, the two agencies said.",
            "The law strips them of power",
            "two agencies",
            id="the-plural-description-refers-back",
        ),
        pytest.param(  # synthetic: a place with a particle after "in" is no person
            'Leaders meeting in Porto de Alvares on Monday urged "lasting" ceasefires in the region.',
            "lasting",
            "Porto de Alvares",
            id="place-with-particle-after-in",
        ),
        pytest.param(  # synthetic: "according to" and a description is no description speaking
            "Only a dozen of the promised tanks reached the front, according to media reports.",
            "Only a dozen of the promised tanks reached the front",
            "according to media",
            id="according-to-is-no-description",
        ),
        pytest.param(  # synthetic: a state's name ending an outlet's name is not the speaker
            "The envoy met the minister in Kyiv on Monday, Interfax Ukraine reported.",
            "The envoy met the minister in Kyiv on Monday",
            "Ukraine",
            id="state-ending-a-longer-name",
        ),
    ],
)
def test_speaker_phrase_head(text: str, words: str, not_speaker: str) -> None:
    """', <phrase> said': a body's or state's mention that is not the head of the speaker's phrase (after a
    preposition, or ending a longer capitalised name) does not speak the words before the comma."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    start = text.index(words)
    assert not [f for f in find_statements(doc) if f.start == start and f.speaker.name == not_speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        pytest.param(  # synthetic: an urging inside the words of a closing attribution
            "Marco Rubio urged the allies to buy more shells, Mark Rutte said.",
            "Mark Rutte",
            "Marco Rubio urged the allies to buy more shells",
            id="urging-inside",
        ),
        pytest.param(  # synthetic: a that-clause inside, the closing attribution with its date: the words are the
            # relayed speaker's (speaker rule relayed-saying, eighteenth session: the real gold gives them to him)
            "Putin warned that the strikes would go on, Ukraine's foreign ministry said on Monday.",
            "Vladimir Putin",
            "the strikes would go on",
            id="warning-inside",
        ),
        pytest.param(  # synthetic: the closing attribution inverted
            "Marco Rubio asked the allies to buy more shells, said Mark Rutte.",
            "Mark Rutte",
            "Marco Rubio asked the allies to buy more shells",
            id="inverted-closing",
        ),
        pytest.param(  # synthetic: a relative clause on a noun after the comma is no closing attribution
            "Volodymyr Zelensky said the front was holding, a claim that Peskov denied.",
            "Volodymyr Zelensky",
            "the front was holding",
            id="claim-relative-is-no-closing",
        ),
    ],
)
def test_verb_inside_closing_attribution(text: str, speaker: str, words: str) -> None:
    """'A asked B to do C, X said.': the verb inside the words claims none of them (the guard
    inside_closing_attribution); the closing speaker says the whole clause, one statement (A's saying is nested in
    it at most: rule nested-saying, thirtieth session). A noun with a relative clause after the comma (", a claim
    that X denied") closes nothing."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    found = [f for f in find_statements(doc) if not f.rule.endswith(NESTED)]
    assert [(f.speaker.name, text[f.start : f.end]) for f in found] == [(speaker, words)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(  # synthetic: ", where" opens a clause of its own; its subject speaks at "and said"
            "Macron hosted Zelensky in Paris, where Zelensky thanked France and said that more help was needed.",
            "more help was needed",
            "Volodymyr Zelensky",
            id="where-clause",
        ),
        pytest.param(  # synthetic: ", as" after a closing quotation mark, a label coordinated
            'Xi praised the talks as "very friendly," as Putin called him a "true partner" and hailed the'
            ' visit as "warm and useful."',
            "warm and useful.",
            "Vladimir Putin",
            id="as-clause-after-quote",
        ),
        pytest.param(  # synthetic: "as" with no comma opens a role, no clause: the sentence's subject speaks
            "Rutte, who served as Dutch premier, met Zelensky and said that the alliance was united.",
            "the alliance was united",
            "Mark Rutte",
            id="as-role-no-clause",
        ),
    ],
)
def test_coordinated_verb_in_clause_of_its_own(text: str, words: str, speaker: str) -> None:
    """A verb coordinated with "and" and no subject of its own says the words of the subject of the clause
    it stands in (_speakers.clause_subject), not the sentence's first subject."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    start = text.index(words)
    found = [f for f in find_statements(doc) if f.start <= start < f.end]
    assert [f.speaker.name for f in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # synthetic: the subject is a description the finder does not resolve; no member speaks
            "Three people close to the talks, including two US officials, told reporters that a deal was near.",
            id="including-members",
        ),
        pytest.param(  # synthetic: "among them" and a body
            "Several delegations, among them Poland, said that the vote had been postponed.",
            id="among-them",
        ),
        pytest.param(  # synthetic: "such as" (data/speech_cues.tsv role member_list)
            "Several delegations, such as Poland, said that the vote had been postponed.",
            id="such-as",
        ),
        pytest.param(  # synthetic: "notably" (data/speech_cues.tsv role member_list)
            "Several delegations, notably Poland, said that the vote had been postponed.",
            id="notably",
        ),
    ],
)
def test_listed_member_is_no_speaker(text: str) -> None:
    """A mention in a phrase that lists members of the subject between commas (", including ...,") is not
    the verb's subject: it says nothing (_speakers._listed_member; the openings are data/speech_cues.tsv role
    member_list)."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    assert [f.speaker.name for f in find_statements(doc)] == []


def test_described_people_after_a_preposition_still_speak() -> None:
    """SYNTHETIC (prec21): 'from Moldovan officials who said that ...': a state's described people before "who"
    speak, though a preposition governs them (only a bare state or body there is no speaker)."""
    text = "The office received 900 appeals from Moldovan officials who said that the checks were unfair."
    doc, _ = analyse(text, published=None, window=None, order=None)
    assert [(f.speaker.name, text[f.start : f.end]) for f in find_statements(doc)] == [
        ("Moldovan officials", "the checks were unfair")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # synthetic: an agent after the passive says the words: the outlet only reports a saying
            "Politico reported that the new plan was announced by the minister on Monday.",
            [],
            id="passive-with-agent",
        ),
        pytest.param(  # synthetic: a form of "states" after "the" is a noun
            "Politico reported on Sunday that the states will sign a joint paper in Oslo.",
            [("Politico", "the states will sign a joint paper in Oslo")],
            id="noun-after-determiner",
        ),
    ],
)
def test_speech_verb_not_a_saying(text: str, expected: list[tuple[str, str]]) -> None:
    """SYNTHETIC (speak25, rule speech-verb-not-a-saying of outlet-report): a speech verb's form in an outlet's
    words keeps the outlet from speaking only where it reports a saying: a passive with its agent ("was announced
    by the minister") does; a noun or attribute after a determiner ("the states") does not."""
    doc, _ = analyse(text, published=None, window=None, order=None)
    assert [(f.speaker.name, text[f.start : f.end]) for f in find_statements(doc)] == expected


def test_statement_lead_line_joint_and_whole() -> None:
    """SYNTHETIC (speak25, rule statement-lead-line): "A statement from X and Y ..." opening a passage gives the
    paragraphs after it to both, as one statement, and no other rule reads inside them (a first-person paragraph
    is not given again to the last of the two)."""
    text = (
        "A statement from Defence Secretary John Healey and Defence Minister Boris Pistorius after the talks in"
        " Berlin.\n\nThe two ministers met partners from twenty countries.\n\nWe will keep supplying air defence."
    )
    doc, _ = analyse(text, published=None, window=None, order=None)
    found = find_statements(doc)
    assert [(f.speaker.name, [a.name for a in f.co_speakers], text[f.start : f.end]) for f in found] == [
        (
            "John Healey",
            ["Boris Pistorius"],
            "The two ministers met partners from twenty countries.\n\nWe will keep supplying air defence",
        )
    ]


def test_statement_lead_line_not_a_saying_lead() -> None:
    """SYNTHETIC (speak25): a first line that itself says words ("A statement from the Kremlin said ...") is no lead:
    the verb rules read it, and the paragraph after it is not the Kremlin's."""
    text = (
        "A statement from the Kremlin said the talks would resume.\n\nThe two delegations met for six hours in Riyadh."
    )
    doc, _ = analyse(text, published=None, window=None, order=None)
    assert [(f.speaker.name, text[f.start : f.end]) for f in find_statements(doc)] == [
        ("Kremlin", "the talks would resume")
    ]


def test_statement_lead_line_dates() -> None:
    """SYNTHETIC (speak25): the day of a lead's verb of issuing dates the statement ("issued ... on 3 May"); a lead
    with no such verb ("A statement from X following the talks on 3 May") names the talks' day, not the
    statement's: undated."""
    issued = "Minister Annalena Baerbock issued the following statement on 3 May 2025:\nWe stand with Ukraine today."
    plain = "A statement from Minister Annalena Baerbock following the talks on 3 May 2025.\n\nWe stand with Ukraine."
    for text, day in ((issued, "2025-05-03"), (plain, None)):
        doc, _ = analyse(text, published=None, window=None, order=None)
        found = find_statements(doc)
        assert [(f.rule, f.when.timex if f.when else None) for f in found] == [("statement-lead-line", day)]
