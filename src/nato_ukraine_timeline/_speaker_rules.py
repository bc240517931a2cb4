"""The rules that choose among the people a text names when a pronoun or a title speaks, as objects with a
name, the form they read and examples that run as tests (``tests/test_speaker_rules.py``).

The rules themselves are functions of :mod:`._speakers` (pronouns) and of :mod:`._actors` (titles: a title
phrase, a role that fits a title); this table documents them. Each example is a
synthetic text and what the finder must make of it: the speaker of the words that start with the given
prefix, or ``None`` where those words must have no speaker (no statement).
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["SPEAKER_RULES", "SpeakerRule"]


class SpeakerRule(NamedTuple):
    """One rule of speaker resolution: its name, the form it reads, examples (text, words, speaker) and the
    publication date the examples are parsed with (ISO; ``None``: none)."""

    name: str
    form: str
    examples: tuple[tuple[str, str, str | None], ...]
    published: str | None = None


SPEAKER_RULES: Final = (
    SpeakerRule(
        "no-forward-binding",
        "He said ... with/that X ...: a person named later in the pronoun's own sentence is not its antecedent",
        (
            (
                (
                    "He said at a news conference with Polish President Andrzej Duda in Warsaw on Monday that "
                    "the visit showed their wish for closer ties."
                ),
                "the visit showed",
                None,
            ),
            (
                (
                    "He stressed the value of the deal, noting that Ukrainian President Volodymyr Zelensky "
                    "would sign it on Friday."
                ),
                "Ukrainian President",
                None,
            ),
            (
                (
                    '"We will hold the line," he said. The head of Ukraine\'s defence intelligence, Kyrylo '
                    "Budanov, spoke on Tuesday."
                ),
                "We will hold the line",
                "Kyrylo Budanov",
            ),
        ),
    ),
    SpeakerRule(
        "indefinite-title-names-no-one",
        "a/an <title> (a description) is no antecedent of a pronoun before any name; the <title> is",
        (
            (
                "He noted that it was the first trip by a Polish head of state to the region in years.",
                "it was the first trip",
                None,
            ),
            (
                (
                    "According to him, the talks will resume next week.\n\nThe Kremlin spokesperson said he "
                    "hoped the mediation would go on."
                ),
                "the talks will resume",
                "Dmitry Peskov",
            ),
        ),
    ),
    SpeakerRule(
        "title-of-what-the-state-owns",
        "the chief/head of <state>'s <words>: the title is of what the possessive owns (its head's holder where the "
        "registry names that body so), never the state's head (_actors, the title phrase)",
        (
            (
                "The chief of Russia's general staff said on Monday that the front was holding.",
                "the front",
                "Valery Gerasimov",
            ),
            ("The head of Moldova's border police said the crossing was closed.", "the crossing", None),
            (
                (
                    '"We will hold the line," Putin told Valery Gerasimov, chief of Russia\'s general staff, '
                    "at a meeting."
                ),
                "We will hold the line",
                "Vladimir Putin",
            ),
        ),
    ),
    SpeakerRule(
        "role-of-no-body",
        "a <demonym> <title>: a registry role that names no body (a papal envoy's) is not that state's office "
        "(_actors, a role fits a title)",
        (
            ("A Chinese envoy said on Monday that talks were needed.", "talks were needed", "Chinese envoy"),
            ("Papal envoy Cardinal Matteo Zuppi said talks were needed.", "talks were needed", "Matteo Zuppi"),
        ),
    ),
    SpeakerRule(
        "pronoun-chain",
        "He ... . He ...: a sentence opened by the pronoun that opened the one before means whom that one meant",
        (
            (
                (
                    "He said at a news conference with Polish President Andrzej Duda on Monday that the visit "
                    "showed their wish for closer ties. He noted that it was a historic trip."
                ),
                "it was a historic trip",
                None,
            ),
            (
                "Zelensky met Duda in Warsaw. He said the talks were good. He added that more aid would come.",
                "more aid would come",
                "Volodymyr Zelensky",
            ),
        ),
    ),
    SpeakerRule(
        "newer-subject",
        "X said ... . Y <verb> ... . He said ...: a person who opens the sentence between the last speaker's and "
        "the pronoun's is whom the pronoun means (_speakers, resolve_pronoun)",
        (
            (
                (
                    "Ukrainian Defence Minister Rustem Umerov said the front was holding.\n\nIAEA chief Rafael "
                    "Grossi earlier called the situation at the plant alarming. He said he hoped to inspect it soon."
                ),
                "he hoped to inspect",
                "Rafael Grossi",
            ),
            (
                (
                    '"We will hold the line," Rustem Umerov said on Monday. Polish President Andrzej Duda '
                    "visited Kyiv the same day. He said Warsaw would send more shells."
                ),
                "Warsaw would send",
                "Andrzej Duda",
            ),
            (
                (
                    '"We will hold the line," Rustem Umerov said on Monday. The strikes went on overnight. He '
                    "said Kyiv needed more shells."
                ),
                "Kyiv needed more",
                "Rustem Umerov",
            ),
            (
                "Rustem Umerov said the front was holding. He added that more drones were coming.",
                "more drones were coming",
                "Rustem Umerov",
            ),
        ),
    ),
    SpeakerRule(
        "surname-opens-a-sentence",
        "<Surname> [also | on <day> | in a statement] <speech verb> ... opening the text, a sentence or a "
        'labelled paragraph ("Details: "): one capitalised word the registry does not know is a person named by '
        "the surname alone (an excerpt leaves out the full name given before); not a place, weekday, month, "
        "known first name, pronoun or quantifier (name_words.tsv clause_opener) or a described speaker's head "
        'noun (speaker_heads.tsv: "Officials said"), nor before a report verb in the present (_mentions)',
        (
            (
                "The talks ended late. Halvorsen said the ship had lost its anchor by accident.",
                "the ship had lost",
                "Halvorsen",
            ),
            ("Details: Brekke noted that the ministers had not agreed on a date.", "the ministers had", "Brekke"),
            (
                "Lindqvist on Tuesday said that the border would stay open. He added that talks would go on.",
                "talks would go on",
                "Lindqvist",
            ),
            (
                "Border guard chief Anders Lindqvist spoke in Oslo. Lindqvist said the border would stay open.",
                "the border would stay open",
                "Anders Lindqvist",
            ),
            ("Nobody said that the border would stay open.", "the border would stay open", None),
            ("Voters said that the border should stay open.", "the border should stay open", None),
            ("Lithuanians said that the border should stay open.", "the border should stay open", None),
            ("Amid reports that the border would close, trade fell.", "the border would close", None),
            ("Critics said the plan was weak.", "the plan was weak", "critics"),
        ),
    ),
    SpeakerRule(
        "title-of-the-body-in-focus",
        "the <title of a body> (no one the text named holds it): who held it on the publication day for that body, "
        "the title's local names included (France's Minister of the Armed Forces is its Defence Minister); a bare "
        "<title> (the prime minister): for the state or body with one holder of it that day named nearest before it "
        "(own sentence first), else nearest after it; not with a qualifier (former, new), nor a local office "
        "(governor) or a generic title (president, minister: any state named near it may not be the speaker's) "
        "(_mentions)",
        (
            (
                "The prime minister told reporters that the Polish army had raised its readiness.",
                "the Polish army had raised",
                "Donald Tusk",
            ),
            (
                "The Danish navy ended its drill on Monday. The prime minister said the drill had been a success.",
                "the drill had been a success",
                "Mette Frederiksen",
            ),
            (
                "The former prime minister told reporters that the Polish army had raised its readiness.",
                "the Polish army had raised",
                None,
            ),
            ("The president noted that Poland would raise its readiness.", "Poland would raise", None),
            (
                "Drones hit Kyiv overnight. The prime minister said the strike showed Moscow did not want peace.",
                "the strike showed Moscow",
                "Yulia Svyrydenko",
            ),
        ),
        published="2025-09-10",
    ),
    SpeakerRule(
        "title-of-the-body-in-focus-local-name",
        "as title-of-the-body-in-focus, a title with its state written in the local name of the registry's office",
        (
            (
                "The French Defense Minister said that France shares intelligence with its allies.",
                "France shares intelligence",
                "Sébastien Lecornu",
            ),
        ),
        published="2025-03-06",
    ),
    SpeakerRule(
        "setting-between-subject-and-verb",
        "X <setting>* <verb>: between a subject and its verb of saying, up to four adverbials: a day (and a "
        "parenthesis after it), an adverb, a medium (on Telegram), a place named after in/at (at the White House), "
        "a venue, document or occasion of data/speech_cues.tsv after in/at/during/on and a determiner, with up to "
        "two complements (in an interview with the BBC, during a visit to Lviv), or a participle in apposition whose "
        'commas stand inside quotations (X, addressing Y as "friend," said): X, not a name inside them, '
        "speaks (_speech._between, twelfth session)",
        (
            (
                "Sikorski at a joint news conference in Vilnius said that the corridor was open.",
                "corridor",
                "Radosław Sikorski",
            ),
            (
                "Sikorski in an interview with the BBC warned that the corridor was at risk.",
                "corridor",
                "Radosław Sikorski",
            ),
            ("Sikorski during a visit to Kyiv on Monday said the corridor was open.", "corridor", "Radosław Sikorski"),
            ("Sikorski in his nightly video address said that the corridor was open.", "corridor", "Radosław Sikorski"),
            (
                "Sikorski on Monday (March 10) told reporters that the corridor was open.",
                "corridor",
                "Radosław Sikorski",
            ),
            ("Sikorski at the White House said that the corridor was open.", "corridor", "Radosław Sikorski"),
            ("Rubio at a press conference with Sikorski said that the corridor was open.", "corridor", "Marco Rubio"),
            (
                "Sikorski at a White House briefing on Monday said only that the corridor was open.",
                "corridor",
                "Radosław Sikorski",
            ),
            (
                'Sikorski, addressing Rubio as "an old ally," said that the corridor was open.',
                "corridor",
                "Radosław Sikorski",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "addressee-before-that",
        "X told/informed/assured <the|his|Y's ...> <noun phrase>[, <appositive>,] [<day>] that ...: one addressee of "
        "up to six words (no word of role addressee_stop) between a verb of telling and its that-clause "
        "(_speech._addressee_before_that, twelfth session)",
        (
            (
                "Sikorski told his Lithuanian counterpart, Kestutis Budrys, on Monday that the corridor was open.",
                "corridor",
                "Radosław Sikorski",
            ),
            (
                "Sikorski informed the chair of the Security Council that the corridor was open.",
                "corridor",
                "Radosław Sikorski",
            ),
            ("Sikorski assured the Lithuanian minister that the corridor was open.", "corridor", "Radosław Sikorski"),
            (  # a title the registry reads as a mention, then "of"
                "Sikorski informed the Secretary General of the alliance that the corridor was open.",
                "corridor",
                "Radosław Sikorski",
            ),
            ("Sikorski told the council the plan was so bad that it failed.", "it failed", None),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "state-body-as-written",
        "<State>'s <Capitalised Name ending in a body's head noun> (said|..., or before on/in/at/...): a body the "
        "registry does not know is named as written, the state's possessive kept ('Norway's Coastal Administration'); "
        "the registry's bodies keep their names, a body in lower case gets its state's adjective "
        "(_mentions._state_body, fifteenth session)",
        (
            (  # synthetic
                "Norway's Coastal Administration said on Monday that the ferry had run aground.",
                "the ferry",
                "Norway's Coastal Administration",
            ),
            (  # synthetic: a date after the name, the body named again by its head noun
                "The envoy was summoned to Portugal's Foreign Ministry on Monday over the remarks, the ministry said.",
                "The envoy",
                "Portugal's Foreign Ministry",
            ),
            (  # synthetic: a body the registry knows keeps the registry's name
                "Russia's Defense Ministry said its forces had taken a village.",
                "its forces",
                "Russian Defense Ministry",
            ),
            (  # synthetic: in lower case, the state's adjective
                "Portugal's foreign ministry said the envoy had been summoned.",
                "the envoy",
                "Portuguese foreign ministry",
            ),
            (  # synthetic: a state's air force (a state_body head of data/name_words.tsv that is no org_head) is
                # named by the state's adjective, as news names a state's forces (fix24)
                "Hungary's Air Force said two fighter jets were scrambled after radar detected a drone.",
                "two fighter jets",
                "Hungarian Air Force",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "state-as-place",
        "the <state body's head> said (no state written with it): the body of the state named last as an actor, "
        "not of a state named as a place after in/into/across/to/from/near/over (with 'the' or a compass word) or "
        "in a dateline; failing any, the state named last (_mentions._Places, sixteenth session)",
        (
            (  # synthetic: the country where the village lies is a place, the state whose forces took it speaks
                (
                    "Russia said its troops had taken a village in eastern Ukraine. The defence ministry said the "
                    "village had been taken after heavy fighting."
                ),
                "the village had been taken",
                "Russian Defense Ministry",
            ),
            (  # synthetic: a sentence that opens with a place does not put that place's state in focus
                (
                    "Lithuania said on Friday it would send more troops. In eastern Ukraine, the Defence Ministry "
                    "said, the troops would train local units."
                ),
                "the troops would train",
                "Lithuanian Defence Ministry",
            ),
            (  # synthetic: with only a place named, its state's body speaks, as before
                "Two drones were spotted above an airbase in Norway late on Friday, the armed forces reported.",
                "Two drones were spotted",
                "Norwegian armed forces",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "given-name-honorific",
        "Sir/Dame <given name> (no capitalised word after it): the person of that given name the text names in "
        "full, else the registry's only person of that given name unless the text writes the given name before "
        "another surname (_mentions._given_named; data/name_words.tsv given_honorific; seventeenth session)",
        (
            (  # synthetic: British style, the knight named by his given name without his full name in the text
                "In an interview on Sunday, Sir Keir said the allies would meet in London next week.",
                "the allies would meet",
                "Keir Starmer",
            ),
            (  # synthetic: the text names the person in full first; the given name alone names him after
                (
                    "Admiral Sir Nigel Farthingale, the navy chief, visited the port. Sir Nigel said the ships "
                    "would sail in May."
                ),
                "the ships would sail",
                "Nigel Farthingale",
            ),
            (  # synthetic: a given name no person of the text or the registry has names no one
                "Sir Bartholomew said the bridge would reopen.",
                "the bridge would reopen",
                None,
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "transliterated-name",
        "<first name> <surname> unknown as written whose every word has the consonant skeleton of the words of one "
        "registry person's full name (c/k/q, s/z, v/w, g/h, i/j/y traded, vowels after the first letter and double "
        "letters dropped; a surname's skeleton of three letters or more): that person "
        "(_actors.ActorRegistry._transliterated; seventeenth session)",
        (
            (  # synthetic: a name written back from another alphabet, vowels and c/k changed
                "White House press secretary Carolyn Levitt said the call had lasted an hour.",
                "the call had lasted",
                "Karoline Leavitt",
            ),
            (  # synthetic: a Ukrainian name written in the Russian way (g for h, e for ie)
                "Kharkiv governor Oleg Sinegubov said two drones hit the city overnight.",
                "two drones hit the city",
                "Oleh Syniehubov",
            ),
            (  # synthetic: a surname of two consonants is too short to tell by its skeleton
                "Analyst Mark Rutt said the summit would be short.",
                "the summit would be short",
                "Mark Rutt",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "described-again",
        '"words," the <words of a capital, a digit or a mention> <person noun> said: a person\'s noun of data/'
        "speech_cues.tsv (role back, person or title) after words about the person -- a state or party, a region, an "
        "age ('the Slovak politician', 'the South Carolina Republican', 'the 58-year-old diplomat') -- names the "
        "person who spoke in the last two sentences, else the one the sentence before opens with or alone names; "
        "not when a demonym (data/demonyms.tsv) or a body or state named among the words is not one of whose "
        "offices the registry gives that person (_speakers._shaped_again; seventeenth session, attr17c)",
        (
            (  # synthetic: a demonym of the speaker's own state before a person's noun
                'Robert Fico spoke in Bratislava on Monday. "We will not send troops," the Slovak politician said.',
                "We will not send troops",
                "Robert Fico",
            ),
            (  # synthetic: a capitalised region and a party's noun
                (
                    'Senator Lindsey Graham backed the bill. "We have the votes," the South Carolina Republican told '
                    "reporters."
                ),
                "We have the votes",
                "Lindsey Graham",
            ),
            (  # synthetic: an age, written with digits
                (
                    'Finance Minister Erik Lund said the budget was ready. "It is a fair plan," the 58-year-old '
                    "politician added."
                ),
                "It is a fair plan",
                "Erik Lund",
            ),
            (  # synthetic: another state's demonym describes someone else: no speaker
                'Robert Fico spoke in Bratislava on Monday. "We will not send troops," the Hungarian politician said.',
                "We will not send troops",
                None,
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "back-noun-after-inverted-verb",
        '"words," said the <noun>: after an inverted verb, "the" and a noun that names the speaker just before '
        "(data/speech_cues.tsv role back: 'the parliamentarian', 'the correspondent'), ending the clause, name whom "
        "the same noun names before the verb ('\"words,\" the parliamentarian said': _speakers._back_after; "
        "thirtieth session, attr30)",
        (
            (  # synthetic: a noun any person who spoke may be called, after the verb
                'Ruslan Stefanchuk spoke to the chamber on Monday. "The session will go on," said the parliamentarian.',
                "The session will go on",
                "Ruslan Stefanchuk",
            ),
            (  # synthetic: an unnamed source's noun after a report that named it
                (
                    "Envoys of both sides sat down in Geneva on Monday, a TASS correspondent said. A second round "
                    "is planned for June, the correspondent added."
                ),
                "A second round",
                "TASS correspondent",
            ),
            (  # synthetic: no one before the noun: no speaker
                '"The session will go on," said the parliamentarian.',
                "The session will go on",
                None,
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "title-noun-after-inverted-verb",
        "<words>, said|stated|declared [the] <title> <First> <Last>: the title ends in or holds a title noun of "
        "data/name_words.tsv (class title_noun: the offices, ranks and trades English news puts before a name, "
        "speaker, chairman, CEO, commentator, ...) and is written in capitals with its 'of the X' complement "
        "(Deputy Speaker of the Slovak Parliament), or in lower case after at most two capitalised words of a body "
        "or outlet (NTV political commentator): the name after it is a person's and speaks "
        "(_mentions._inverted_titled, _speakers._lower_title; seventeenth session)",
        (
            (  # synthetic: a long title with its "of the" complement, a person the registry does not know
                '"The corridor stays open," said Deputy Speaker of the Czech Senate Tomas Varga.',
                "The corridor stays open",
                "Tomas Varga",
            ),
            (  # synthetic: an outlet, then a title in lower case, a given name the tables do not know
                '"It is a strong signal," said Radio Nord political commentator Aslo Brennhaug.',
                "It is a strong signal",
                "Aslo Brennhaug",
            ),
            (  # synthetic: an abbreviated title in capitals
                '"Output doubled this year," said CEO Ivo Marangoni.',
                "Output doubled this year",
                "Ivo Marangoni",
            ),
            (  # synthetic: no title noun before the capitalised words, no speaker read from them
                '"Output doubled this year," said Northern Steel Ivo Marangoni.',
                "Output doubled this year",
                None,
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "relayed-saying",
        "X said [D] [that] Y told him|said|noted|stated [D] [that] Z / Y noted that Z, X said: Y says Z (a verb of "
        "plain saying or telling, data/speech_verbs.tsv classes say and tell, not report, with a clause after it: "
        "'that', a bare clause after 'said', an addressee and a subject after 'told'); Y's verb with an object "
        "('Y highlighted the risks', 'Y informed us about ...') relays nothing; quoted words that open with Y "
        "and such a verb relay too (_statements._relayed, _relayed_quote; eighteenth session); where X is a person "
        "whose words open with Y's saying, X keeps them and Y's statement is nested in them (rule nested-saying)",
        (
            (  # synthetic: telling, an addressee pronoun, no "that"
                "The envoy said on Tuesday that Volodymyr Zelensky told him Kyiv would welcome a truce.",
                "Kyiv would welcome a truce",
                "Volodymyr Zelensky",
            ),
            (  # synthetic: the reporter's "that" taken after the relayed verb
                "Robert Fico said Vladimir Putin had told him that gas would keep flowing.",
                "gas would keep flowing",
                "Vladimir Putin",
            ),
            (  # synthetic: the relayed saying opens words a closing attribution gives to a body
                "Mark Rutte noted that the ports stayed open, the alliance said in a statement.",
                "the ports stayed open",
                "Mark Rutte",
            ),
            (  # synthetic: the relayed verb has a noun object: the reporter's words
                "Alexander Stubb said Rustem Umerov highlighted the risks of a long winter.",
                "Rustem Umerov highlighted",
                "Alexander Stubb",
            ),
            (  # synthetic: quoted words that open with the relayed saying
                '"Radoslaw Sikorski stated yesterday that the border stays closed," Donald Tusk wrote.',
                "the border stays closed",
                "Radosław Sikorski",
            ),
            (  # synthetic: quoted words whose first mention is no relayed speaker
                '"Hungary informed us about the visit," Jens Stoltenberg said.',
                "Hungary informed us",
                "Jens Stoltenberg",
            ),
        ),
    ),
    SpeakerRule(
        "nested-saying",
        "X said [D] [that] Y told|said|stated [D] [that] Z / Y said|asked|urged Z, X said (X and Y persons, X's words"
        " indirect): X's statement keeps all its words, and Y's saying is a statement of its own nested in them, Y"
        " says Z (Z cut where X's words end), as the real gold of the twenty-ninth session's sets has both"
        " (dev-fc-033, dev-fq-024, dev-fw-005); Y's verb after its subject inside X's words is one of plain saying"
        " or telling (as relayed-saying reads it), not a pronoun's ('X said he had stated ...': X's own words), not"
        " inverted; Y's verb inside a closing attribution may be any the rules read. Not where X is a body or a"
        " state ('Y warned that Z, the ministry said': Y alone, rule relayed-saying), nor quoted words, nor joint"
        " speakers (_found.SentenceState.add_nested; thirtieth session)",
        (
            (  # synthetic: the reporter's words open with another person's telling
                "Radoslaw Sikorski said on Monday that Marco Rubio told him the pact would hold.",
                "Marco Rubio told him",
                "Radosław Sikorski",
            ),
            (  # synthetic: a closing attribution by a person around another's request
                "Marco Rubio asked the allies to buy more shells, Mark Rutte said.",
                "Marco Rubio asked",
                "Mark Rutte",
            ),
            (  # synthetic: a body's closing attribution relays its words, no statement of its own
                "Vladimir Putin warned that the strikes would go on, the Kremlin said on Monday.",
                "the strikes would go on",
                "Vladimir Putin",
            ),
            (  # synthetic: a pronoun's saying inside the words is the reporter's own, nothing nested
                "Mark Rutte said that he had stated that the allies must buy more shells.",
                "the allies must buy more shells",
                "Mark Rutte",
            ),
        ),
    ),
    SpeakerRule(
        "state-possessive-title",
        "<State> ... , its <title> said / said the country's <title>: in a sentence that opens with a state's name"
        " (or its possessive), 'its' / 'the country's' / 'the nation's' before a title of the registry stands for"
        " that state: the title's holder of that state on the publication day, as '<State>'s <title>' is"
        " (_mentions; nineteenth session)",
        (
            (  # synthetic: the possessive of a trailing attribution stands for the sentence's opening state
                "Poland will buy more tanks next year, its defence minister said on Thursday.",
                "Poland will buy more tanks",
                "Władysław Kosiniak-Kamysz",
            ),
            (  # synthetic: "the country's" after an inverted verb
                "Germany needs a stronger army, said the country's chancellor on Monday.",
                "Germany needs a stronger army",
                "Friedrich Merz",
            ),
            (  # synthetic: a sentence that opens with no state: the possessive names no one here
                "The army needs more tanks, its chancellor said on Monday.",
                "The army needs more tanks",
                None,
            ),
        ),
        published="2025-06-26",
    ),
    SpeakerRule(
        "unnamed-source-again",
        '"words," the [same] source/sources said: a noun of a source the text does not name (data/speech_cues.tsv'
        " role back, canonical 'unnamed') names the speaker of the last three sentences whose name holds it ('an"
        " unnamed TASS source said ... the source said': 'TASS source'); for 'the source', else the last source"
        " introduced with 'a' and words saying whose in the last three sentences ('citing a senior Nordic"
        " official ... The source said': 'senior Nordic official'); else the noun alone ('source', 'sources'), as"
        " a described speaker with no words saying whose (_speakers.unnamed_again; nineteenth session, speakers19b)",
        (
            (  # synthetic: the source that spoke just before
                'An unnamed TASS source said on Friday that the talks would resume. "No date is set," the source said.',
                "No date is set",
                "TASS source",
            ),
            (  # synthetic: a plural source that spoke just before, its description kept
                "The convoy left at dawn, two sources familiar with the matter said. The sources said it carried fuel.",
                "it carried fuel",
                "sources familiar with the matter",
            ),
            (  # synthetic: introduced by a report that cites it, not as a speaker
                "The agency cited an unnamed senior Nordic official. The source said the talks would resume on Monday.",
                "the talks would resume on Monday",
                "senior Nordic official",
            ),
            (  # synthetic: no source before: the noun alone
                '"We will not sign," the source told the agency on Monday.',
                "We will not sign",
                "source",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "quoted-name-is-no-subject",
        '"Name ...," he said: a name inside the quoted words that open the sentence is no subject of the sentence, so'
        " no antecedent of its pronoun (_speakers.subject; twentieth session, attr20)",
        (
            (  # synthetic: the chancellor spoke before; the president is only named in his words
                (
                    "Chancellor Friedrich Merz said Kyiv could rely on Berlin.\n\nHe spoke in a television interview, a"
                    " station reported.\n\nMerz was asked whether Volodymyr Zelensky could count on him.\n\n"
                    '"President Zelensky knows that he can rely on me," he stressed.'
                ),
                "President Zelensky knows",
                "Friedrich Merz",
            ),
        ),
        published="2025-05-08",
    ),
    SpeakerRule(
        "epithet-means-last-speaker",
        "a bare title right after a person spoke names that person when it is an epithet the person fits: a"
        " state's head word ('the Polish leader', data/title_words.tsv class head) after a holder of a leading"
        " office of that state (class leading_office), or a former office whose registry candidates all still"
        " hold it (_speakers._epithet_of; twentieth session, attr20)",
        (
            (  # synthetic: the president spoke; the registry's "Polish leader" is the prime minister
                (
                    "Warsaw may ask for allied consultations, the country's president, Karol Nawrocki, told"
                    ' journalists.\n\n"We discussed it at the meeting," the Polish leader said.'
                ),
                "We discussed it",
                "Karol Nawrocki",
            ),
            (  # synthetic: a minister is no leader
                (
                    'Polish Foreign Minister Radoslaw Sikorski said the talks were useful. "We are ready," the Polish'
                    " leader said."
                ),
                "We are ready",
                "Donald Tusk",
            ),
            (  # synthetic: the current minister is no "former" one
                (
                    "Commission chief Ursula von der Leyen proposed using frozen Russian money for a loan.\nSpeaking"
                    " in Strasbourg on Wednesday, the former German defence minister stressed that she was not"
                    " proposing to seize the assets."
                ),
                "she was not proposing",
                "Ursula von der Leyen",
            ),
            (  # synthetic: a former office the registry knows someone left stays that person's
                (
                    "Ukrainian President Volodymyr Zelensky said the talks were useful.\nThe former US president said"
                    " that the war would end soon."
                ),
                "the war would end soon",
                "Donald Trump",
            ),
        ),
        published="2025-09-12",
    ),
    SpeakerRule(
        "officials-of-a-body",
        "<body> officials/diplomats said: the body's unnamed people speak, as the body's name and the noun, as one"
        " of them does ('a White House official'); 'NATO allies', 'EU leaders' stay the body (data/speech_cues.tsv"
        " role group, canonical 'people'; _speakers._body_officials; twentieth session, attr20)",
        (
            (  # synthetic
                "Two White House officials told a broadcaster on Friday that the shipments had been halted.",
                "the shipments had been halted",
                "White House officials",
            ),
            (  # synthetic: a group that is the body's voice
                "EU leaders said the summit would take place in June.",
                "the summit would take place",
                "European Union",
            ),
        ),
        published="2025-03-07",
    ),
    SpeakerRule(
        "restrictive-relative-clause",
        "<speaker> who <clause> said: the speaker stands before the relative clause, whose object (an outlet, a"
        " person) does not speak; where nothing before it speaks the verb is read as before"
        " (_speakers._restrictive_who; twentieth session, attr20)",
        (
            (  # synthetic: the outlet in the clause is an addressee
                (
                    "A White House official who spoke to Reuters on condition of anonymity stated that the two"
                    " ministers had a useful exchange."
                ),
                "the two ministers had a useful exchange",
                "White House official",
            ),
            (  # synthetic: a coordinated verb after a relative clause is the sentence subject's
                "Zelensky thanked Biden who visited Kyiv and said that the war would end.",
                "the war would end",
                "Volodymyr Zelensky",
            ),
        ),
        published="2025-03-07",
    ),
    SpeakerRule(
        "described-with-describing-words",
        "a <state> <describing words> official ... but insisted that ...: the state's description with its describing"
        " words (data/speech_cues.tsv role describing) is the subject of a coordinated verb too, not the state"
        " (_speakers._noun_after; twentieth session, attr20)",
        (
            (  # synthetic
                (
                    "A US defense official added that Miller had been told about the draft but insisted that the"
                    " draft plays little part in his visit."
                ),
                "the draft plays little part",
                "US defense official",
            ),
        ),
        published="2025-11-20",
    ),
    SpeakerRule(
        "one-source-close-to-a-body",
        "a source/an official close to|familiar with <body> said: that one unnamed person speaks, named by the word"
        " and the phrase, not the body the phrase names (data/speech_cues.tsv role post, canonical 'name';"
        " _speakers._one_described; twenty-second session, prec22); the phrase as written, never the mask of its"
        " mentions; also with no mention after 'close to', 'familiar with' (role closeness), and after the words"
        " before 'told' ('..., a source close to the delegation told Sputnik'; speak25)",
        (
            (  # synthetic
                "A source close to the Cabinet Office said on Friday that the envoy had asked to leave.",
                "the envoy had asked to leave",
                "source close to the Cabinet Office",
            ),
            (  # synthetic: plural, the phrase names a body the registry knows
                "Sources close to the Kremlin said that the summit would be postponed.",
                "the summit would be postponed",
                "sources close to the Kremlin",
            ),
            (  # synthetic: a singular word alone names no one here (unchanged)
                "NATO met on Monday. An official said that the summit would be postponed.",
                "the summit would be postponed",
                None,
            ),
            (  # synthetic (speak25): no mention in the phrase after "close to" / "familiar with" (role closeness)
                "The two envoys met for an hour in Geneva, a source familiar with the talks told Interfax on Monday.",
                "The two envoys met for an hour in Geneva",
                "source familiar with the talks",
            ),
            (  # synthetic (speak25): "from" and no mention: no one named here (unchanged)
                "The two envoys met for an hour in Geneva, a source from the delegation told Interfax on Monday.",
                "The two envoys met for an hour in Geneva",
                None,
            ),
        ),
        published="2024-09-06",
    ),
    SpeakerRule(
        "people-of-a-body",
        "according to sources/officials in|close to <body>: those people speak, not the body, with the phrase (a"
        " body after 'in' says whose people they are; a place only where they are: 'officials in Kyiv')"
        " (data/speech_cues.tsv role post_body; _statements._people_of_body; twenty-second session, prec22)",
        (
            (  # synthetic
                "The envoy will visit Kyiv on Feb. 20, according to sources in the Presidential Office.",
                "The envoy will visit Kyiv",
                "sources in the Presidential Office",
            ),
            (  # synthetic
                "The talks will resume in Geneva, according to officials close to the Kremlin.",
                "The talks will resume in Geneva",
                "officials close to the Kremlin",
            ),
            (  # synthetic: what they know is no body of theirs: the body stays the source (unchanged)
                "The talks will resume in Geneva, according to sources familiar with NATO planning.",
                "The talks will resume in Geneva",
                "NATO",
            ),
        ),
        published="2025-02-14",
    ),
    SpeakerRule(
        "body-voice",
        "a <body> spokesperson/spokesman/spokeswoman said, according to a <body> official|spokesperson, a"
        " source in <body> told: one unnamed member of a body named with it speaks as the body's name and the"
        " word ('Downing Street spokeswoman', 'White House official', 'German government spokesperson'), as an"
        " unnamed official before the verb already did, not the body (data/speech_cues.tsv role body_voice;"
        " _speakers._member_named; attrp29: the read gold names them so in every outlet); a title the registry"
        " gives a holder still means its holder ('a Kremlin spokesman'), a plural after 'in' stays the group",
        (
            (  # synthetic: a registered body's spokesperson before the verb
                "A NATO spokesperson said on Tuesday that the drills would end on Friday.",
                "the drills would end on Friday",
                "NATO spokesperson",
            ),
            (  # synthetic: a state's government spokesperson after the words
                "The call will focus on air defence and energy aid, a German government spokesperson told reporters.",
                "The call will focus on air defence",
                "German government spokesperson",
            ),
            (  # synthetic: after "according to", as before a verb
                "The envoys flew on to Riyadh late on Friday, according to a White House official.",
                "The envoys flew on to Riyadh",
                "White House official",
            ),
            (  # synthetic: one source inside a registered body
                "A source in the Polish Foreign Ministry told reporters that the talks would open at noon.",
                "the talks would open at noon",
                "Polish Foreign Ministry source",
            ),
            (  # synthetic: a title the registry gives a holder means the holder (unchanged)
                "A Kremlin spokesman said on Monday that the talks would resume.",
                "the talks would resume",
                "Dmitry Peskov",
            ),
            (  # synthetic: the body alone after "according to" speaks (unchanged)
                "The envoys flew on to Riyadh late on Friday, according to NATO.",
                "The envoys flew on to Riyadh",
                "NATO",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "cited-outlet",
        "words, <outlet> reported|reports, citing <outlet2> (rules outlet-report and written-outlet-report): an"
        " outlet the finder knows that the report cites right after its verb speaks the words the reporting outlet"
        " passes on (_tail_rules.cited_outlet; attr29); a report citing anything else stays as its rule reads it",
        (
            (  # synthetic: an outlet the finder knows reports, citing another it knows
                "The cabinet agreed to extend the curfew by a month, Ukrinform reported, citing Suspilne.",
                "The cabinet agreed to extend the curfew by a month",
                "Suspilne",
            ),
            (  # synthetic: a site the finder does not know passes on an outlet it knows
                "The grain corridor will reopen after the holidays, Trend.az reports, citing Reuters.",
                "The grain corridor will reopen after the holidays",
                "Reuters",
            ),
            (  # synthetic: a report citing no outlet: the reporting outlet speaks (unchanged)
                "The cabinet agreed to extend the curfew by a month, Ukrinform reported, citing officials.",
                "The cabinet agreed to extend the curfew by a month",
                "Ukrinform",
            ),
        ),
    ),
    SpeakerRule(
        "outlet-quotes-a-phrase",
        'words ending in a quoted phrase," <outlet> reported: the outlet reports the sentence and quotes the phrase'
        " in it; the subject of the clause does not say the phrase (_statements._outlet_report, _speech"
        " report_after; twenty-second session, prec22)",
        (
            (  # synthetic
                (
                    'On Thursday the premier sent parliament a new bill that "restores the auditors\' full powers,"'
                    " Reuters reported."
                ),
                "restores the auditors",
                "Reuters",
            ),
            (  # synthetic: a quotation that opens the words is someone's quoted words, no outlet report (unchanged)
                '"We will not give up," Reuters reported.',
                "We will not give up",
                None,
            ),
        ),
        published="2025-07-25",
    ),
    SpeakerRule(
        "title-with-acronym",
        "<Body's name> (<INITIALS>) <title> <First> <Last>, or <title> of the <Body's name> (<INITIALS>) <First>"
        " <Last>, before or after the words: the initials in brackets after a body's name in a title are a word of"
        " the speaker's phrase, not its end; the person at its end speaks, not the body, also as the clause's subject"
        " (_speech.ACRONYM_IN_TITLE in _speakers._speaker_phrase_before and _title_before, _speakers._TITLE_WORD,"
        " _speakers._titled_person_after; twenty-second session, bodies22)",
        (
            (  # synthetic: after the words, a body's full name and its initials before the title
                (
                    "Power returned to the plant after a week, International Nuclear Safety Office (INSO) Director"
                    " General Tomas Berg said on Saturday."
                ),
                "Power returned to the plant",
                "Tomas Berg",
            ),
            (  # synthetic: after a quotation, the title's noun in lower case after the initials
                '"Twelve people were rescued overnight," State Rescue Service (SRS) head Andriy Bondar said.',
                "Twelve people were rescued",
                "Andriy Bondar",
            ),
            (  # synthetic: an inverted verb, then the body, its initials, the title and the name
                '"The talks will go on," said International Nuclear Safety Office (INSO) Director General Tomas Berg.',
                "The talks will go on",
                "Tomas Berg",
            ),
            (  # synthetic: the clause's subject is the person the title names, not the body opening it
                (
                    "International Atomic Energy Agency (IAEA) Director General Tomas Berg called the outage"
                    " worrying, adding that repairs would start within days."
                ),
                "repairs would start",
                "Tomas Berg",
            ),
            (  # synthetic: the body itself, its initials and a date after an inverted verb, still the body
                '"The talks will go on," said the International Atomic Energy Agency (IAEA) on Friday.',
                "The talks will go on",
                "IAEA",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "title-of-the-body-again",
        "the <title> of the <body noun> said / said the <title> of the <body noun>: a bare title's mention takes in"
        " 'of the' and a body's head noun named again (classes body_again, org_again and title_of_body of"
        " data/name_words.tsv; _mentions)",
        (
            (
                (
                    "The International Atomic Energy Agency sent a team to the plant. A drone hit one of its cars"
                    " near the gate, the director general of the agency said."
                ),
                "A drone hit one of its cars",
                "Rafael Grossi",
            ),
            (
                'Rutte met the press. "Drones are part of the front now," said the Secretary General of the alliance.',
                "Drones are part of the front",
                "Mark Rutte",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "title-appositive-after-speaker",
        "words, said X, <lower-case title noun> <title preposition> <body>: the appositive is X's office, not the words"
        " (_verb_rules, content-then-speaker)",
        (
            (
                "Two schools lost power overnight, said Ivan Petrenko, head of the regional administration.",
                "Two schools lost power",
                "Ivan Petrenko",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "surname-of-the-person-introduced",
        "<first name> <surname>, where the surname is one the registry shares (an ambiguous one-word alias: "
        "'Miller') and the first name (data/first_names.tsv) is not its bearer's in any spelling without "
        "diacritics, is someone else, a new person ('Pavel Miller' is not Matthew Miller); the surname alone after "
        "it means that person unless the registry's bearer is named in between (_mentions._without_first_names, "
        "_mentions._surnames_of_the_introduced; twenty-fifth session, fix25)",
        (
            (  # synthetic: the surname alone after the full name with another first name
                (
                    "Gas will flow through the new line, pipeline operator chief Pavel Miller said on Tuesday. "
                    "Miller added that tariffs would be lower."
                ),
                "tariffs would be lower",
                "Pavel Miller",
            ),
            (  # synthetic: the registry's bearer named in between: the surname alone is his again
                (
                    "Grain trader head Igor Miller said exports would rise. State Department spokesman Matthew "
                    "Miller said the talks failed. Miller added that tariffs would fall."
                ),
                "tariffs would fall",
                "Matthew Miller",
            ),
            (  # synthetic: no other first name: the registry's bearer
                "Miller said on Tuesday that the State Department was watching the vote.",
                "the State Department was watching",
                "Matthew Miller",
            ),
        ),
        published="2025-09-02",
    ),
    SpeakerRule(
        "family-name-again",
        "<family name> <given name> ... <family name> said: a person whose name is written family name first (an "
        "East or Southeast Asian family name of data/first_names.tsv, pronoun 'family', or a Korean given name in "
        "two hyphenated syllables) is named again by the family name alone, not by the last word, and a family name "
        "the registry shares ('Kim') means the person the text introduced with it (_mentions.family_name_first; "
        "twenty-seventh session, speakers27)",
        (
            (  # synthetic: a registry person named again by the family name
                (
                    "Beijing backed the talks, foreign ministry spokeswoman Mao Ning told a briefing in the capital. "
                    '"We support every effort that serves peace," Mao added.'
                ),
                "We support every effort",
                "Mao Ning",
            ),
            (  # synthetic: someone the registry does not know, and a family name the registry shares
                (
                    "Kim Tae-hyo, a deputy national security adviser, announced on Friday that the president "
                    "would travel to the summit. Kim said the president would also meet other leaders."
                ),
                "the president would also meet",
                "Kim Tae-hyo",
            ),
        ),
        published="2025-03-14",
    ),
    SpeakerRule(
        "subject-before-contrast",
        "X <verb> ..., though/but/while he <verb> ...: a pronoun opening a clause of contrast (data/speech_links.tsv "
        "contrast) in the sentence a person opens means that person, before whoever spoke last (_speakers, "
        "resolve_pronoun; twenty-seventh session, speakers27)",
        (
            (  # synthetic
                (
                    "Ukrainian President Volodymyr Zelensky welcomed the draft on Monday, saying it could work. "
                    "Russian President Vladimir Putin has not yet replied, though he said on Friday that the draft "
                    "could serve as a basis."
                ),
                "the draft could serve",
                "Vladimir Putin",
            ),
            (  # synthetic: a parenthetical pronoun opens no clause of contrast: the last speaker
                "Zelensky said the draft could work. Putin, he added, does not want an end to the war.",
                "does not want an end",
                "Volodymyr Zelensky",
            ),
        ),
        published="2025-11-24",
    ),
)
