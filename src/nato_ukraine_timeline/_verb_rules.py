"""The attribution rules that read a speech verb and its speaker (a :class:`._speakers.VerbSite`).

Each returns the statements it finds at the verb, or None where its form is not there; the first rule of
the table (:data:`._statements.RULES`) that returns a list claims the verb.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from ._act_bounds import act_end, split_words
from ._clauses import (
    BARE_SAID_CONTENT,
    CONJUNCTION_THAT,
    FORWARD,
    NOT_CONTENT_START,
    PARTICIPLE_START,
    RELATIVE_THAT,
    SUBJECT_PRONOUN,
    THAT,
    addressee,
    clause_soon,
    clause_words,
    content_end,
    cut_clause,
    intro_end,
    medium_in,
    opens_content,
    plausible_content,
    prep_start,
    relative_on_phrase,
    report_medium,
    reporting_outlet,
    tail_kind,
    tell_addressee,
    trim,
)
from ._descriptions import speaker_heads
from ._document import date_in, in_quote, mention_end, quote_ending_at, quote_starting_at
from ._found import Found
from ._mentions import title_noun_words
from ._resources import word_classes
from ._sentences import word_pattern
from ._speakers import appositive_medium, described_mention, subject
from ._speech import NP_DETERMINER, alternation, clause_patterns, lexicon, patterns, title_prepositions
from .model import ActorKind

if TYPE_CHECKING:
    from ._found import SentenceState
    from ._speakers import VerbSite
    from .model import Actor, DateMention

__all__ = [
    "content_then_speaker",
    "expressed_intent_pattern",
    "label",
    "no_saying_at",
    "noun_object",
    "opinion_that",
    "opinion_unread",
    "phrase_then_speaker",
    "proposition_object",
    "quote_then_speaker",
    "quoted_object",
    "said_when",
    "speaker_then_content",
    "title_before_name",
]


# Words of data/verb_rule_words.tsv by class.
_WORDS: Final = word_classes(
    "verb_rule_words.tsv",
    (
        "urge_gap_preposition",
        "not_gerund_ing",
        "ing_noun",
        "verb_next",
        "gap_auxiliary",
        "quote_goes_on",
        "object_end_contrast",
        "object_end_clause",
        "object_preposition",
        "time_conjunction",
        "passive_be",
        "not_gap_head",
        "not_object_start",
        "complement_preposition",
        "before_last_date",
        "be_form",
        "goes_on_adverb",
        "definite_determiner",
        "label_superlative",
        "label_time_noun",
        "conveyed_head",
        "charge_noun",
    ),
)


# The quotation goes on after its attribution: '"...," Rutte said, "and ..."', '... said the premier,
# because "..."'.
_MORE_QUOTE: Final = re.compile(rf"[^\"]{{0,40}}?(?:,|\s(?:{alternation(_WORDS['quote_goes_on'])}))\s*\"")


_ONLY_DATE: Final = re.compile(r"\s*(?:(?:on|late|early)\s+)?(?:\x03\x04*\s*)?")


_LABEL_QUOTE: Final = re.compile(r"[^,;:\"]{1,80}?\"")


_URGE_DATE: Final = re.compile(r"(?:[^\s,;:\"]+\s+){1,5}?(?:on\s+)?\x03\x04*\s+to\s")


# The infinitive of an urging or a threat, after its object ("urged allies to spend more", "threatened to
# cut ..."): no preposition in the object ("pressed ahead with plans to ...") and no determiner after
# "to" ("offered support to the army").
_URGE_OBJECT: Final = re.compile(
    rf"(?:(?:on\s+)?\x03\x04*\s+|(?!(?:{alternation(_WORDS['urge_gap_preposition'])})\b)"
    r"[^\s,;:\"]+\s+){0,5}?"
    r"to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|all)\b)\"?[a-z]"
)


_INTRO: Final = re.compile(
    r"^(?:(?:(?:On|Earlier|Later|Speaking|Addressing|Writing|In|At|During|After|Following|Before|Ahead|Separately|"
    r"Meanwhile|Also|"
    r"However|Still|Yet|But|And|Then|Last|This)\b|\x03\x04*)"
    # up to a comma ("Last month, "), over a quoted name ('Speaking on NBC's "Meet the Press," ')
    r"(?:[^\"]|\"[^\"\n]{1,60}\"){0,80}?(?:,|\"[^\"\n]{1,60},\")\s*|"
    r"(?:Afterwards|Later|Earlier|Meanwhile|Separately|Then|Now|Also|Instead|Previously|Subsequently|Yesterday|"
    r"Today|But|And|Yet|Still)\s+)?(?:(?:[Tt]he|[Aa]n?)\s+(?:(?:senior|top|high-ranking|former|unnamed|local)\s+)?)?"
    r"(?:(?:[A-Z][\w.'\u2019-]*|\x01\x02*(?:['\u2019]s)?)\s+){0,3}$"  # the speaker's title: "Kharkiv Governor ..."
)


# Words that may stand between a speech verb's content start and a quotation that is all of the content.
_QUOTE_LEAD: Final = re.compile(r"(?:(?:that|\x03\x04*)\s+)?\"")


# The label may end a short phrase after "as"/"of" ('accused Kyiv of living in a "false reality"', 'described
# Russia as India's "old friend"': a possessive mention too); then
# it is a phrase of two words or more (a single scare-quoted word there is a term: 'of trying to "win"').
_AS_LABEL_QUOTE: Final = re.compile(
    r"(?:[^,;:\"]|\"[^\"\n]{1,60}\"){1,200}?\b(?:as|of)\s+(?:(?:an?|the)\s+|"
    r"(?P<lead>(?:(?:[\w-]+|\x01\x02*)(?:['\u2019]s)?\s+){1,4}?))?\""
)
_PHRASE: Final = re.compile(r"\S+\s+\S")
# An unquoted label after "as": 'described the offer on Sunday as a climbdown by Kyiv'; the thing labelled may
# hold a phrase set off by commas ('described the call, held on Monday, as useful').
_AS_LABEL_PLAIN: Final = re.compile(r"(?:[^,;:\"]|,\s[^,;:\"]{1,40},){1,120}?\bas\s+(?=[a-z\x01])")
# After a one-word label, a participle that gives the words of the verdict ('dismissed the claim as false,
# asserting that ...').
_VERDICT_THEN: Final = re.compile(r"\s*,\s*[a-z]+ing\b")
# The object of a charge and its "of" and gerund: 'accused Moscow [on Monday] of preparing a campaign' (the
# words are the object and the charge); "of" and any noun ("accused the head of the agency") is no such charge,
# but "of" and a noun that names a charge, after two modifiers at most, is ('accused Kyiv of deliberate
# provocations', 'accused Moscow of responsibility for the blasts'; the class charge_noun of
# data/verb_rule_words.tsv; twenty-eighth session, attrc28).
_OF_GERUND: Final = re.compile(
    r"\s+(?:(?:on\s+)?\x03\x04*\s+)?(?P<obj>(?:[^\s,;:\"]+\s+){1,8}?)of\s+(?:[a-z]+ly\s+)?"
    rf"(?:(?!(?:{alternation(_WORDS['not_gerund_ing'])})\b)\"?[a-z]{{2,}}ing\b|"
    rf"(?:[a-z-]+\s+){{0,2}}(?:{alternation(_WORDS['charge_noun'])})\b)"
)


_VERB_NEXT: Final = re.compile(rf"\s+(?:{alternation(_WORDS['verb_next'])})\b")


_WHERE_BEFORE: Final = re.compile(r",\s+(?:where|when|during\s+which|at\s+which)\s+$")


_TOPIC_TAIL: Final = re.compile(r"\s+(?:of|about|regarding)\s")


def label(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'Peskov called the decision "reckless"': the quoted label, said by the subject; 'dismissed the plan
    as "a bluff"': the label is the quotation after "as" or "of"; 'called the plan a trap': with no quotation, the
    object and its label (rule label-small-clause, :func:`_small_clause`)."""
    assert site is not None
    if site.verb not in patterns().label_forms:
        return None
    doc, mask = st.doc, st.doc.mask
    label = _AS_LABEL_QUOTE if site.verb in lexicon().label_as else _LABEL_QUOTE
    lq = label.match(mask, site.v1, site.w1) if not site.inverted else None
    q = quote_starting_at(doc, lq.end() - 1) if lq is not None else None
    if (
        q is not None
        and lq is not None
        and lq.groupdict().get("lead")
        and not _PHRASE.search(doc.text, q[0] + 1, q[1] - 1)
    ):
        q = None  # 'accused Kyiv of trying to "destabilize" ...': a term, not a label
    if q is not None:
        when = date_in(doc, site.spk_start, site.v1) or date_in(doc, q[1], cut_clause(mask, q[1], site.w1))
        return [
            Found(site.speaker, a + 1, b - 1, direct=True, when=when, sentence=st.si) for a, b in _labels(st, site, q)
        ]
    relative = st.doc.mask[max(0, site.spk_start - 5) : site.spk_start].rstrip().endswith("what")
    charge = _charge(st, site) if site.verb in lexicon().label_as and not site.inverted and not relative else None
    if charge is not None:
        return [charge]
    plain = _AS_LABEL_PLAIN.match(mask, site.v1, site.w1) if site.verb in lexicon().label_as else None
    if plain is not None and not site.inverted and not relative:  # 'described the proposal as a concession'
        # the label ends at a second saying ('described the talks as useful and stressed that ...')
        c0, c1 = trim(doc.text, plain.end(), act_end(doc, plain.end(), cut_clause(mask, plain.end(), site.w1)))
        # a phrase is the words; a single word is a verdict on the thing: both are ('described the talks as
        # productive'), unless the words of the verdict follow it ('dismissed the claim as false, asserting
        # that ...')
        if not _PHRASE.search(doc.text, c0, c1) and c1 > c0 and not _VERDICT_THEN.match(mask, c1, site.w1):
            c0 = trim(doc.text, site.v1, c1)[0]
        if _PHRASE.search(doc.text, c0, c1) and '"' not in mask[c0:c1]:
            when = date_in(doc, site.spk_start, plain.end())
            return [Found(site.speaker, c0, c1, direct=False, when=when, sentence=st.si)]
    if site.inverted or relative:
        return []
    # 'praised the "national security team"', 'described the sanctions "a mistake"': the object's quotations
    quotes = _object_quotes(st, site)
    small = _small_clause(st, site) if not quotes else None
    return [small] if small is not None else _quotes_found(st, site, quotes)


# Rule label-small-clause (seventeenth session, attr17): a label verb whose label is no "as" phrase (called,
# dubbed, branded, termed, labelled) with an unquoted object and an unquoted label after it, the label opened by an
# article, "one of" or "the" and a superlative: "called the publication a fake", "called Zelensky a dictator",
# "called the strike one of the worst of the war". The object is a mention (or its possessive and a noun), a pronoun
# or a determiner and up to six words; a time after "a" is no label ("called Kyiv a day later"). The pronouns: the
# objective ones of a person, a group or a thing (data/clause_words.tsv).
_OBJECT_PRONOUNS: Final = alternation(
    (*clause_words("person_object"), *clause_words("group_object"), *clause_words("thing_object"))
)
_SMALL_OBJECT: Final = (
    rf"(?:\x01\x02*(?:['\u2019]s(?:\s+[a-z][\w-]*){{1,4}})?|(?:{_OBJECT_PRONOUNS})|"
    rf"(?:{alternation(_WORDS['definite_determiner'])})\s+(?:(?:[\w'\u2019.-]+|\x01\x02*)\s+){{0,5}}?(?:[\w'\u2019.-]+|\x01\x02*))"
)
_SMALL_CLAUSE: Final = re.compile(
    rf"\s+(?P<obj>{_SMALL_OBJECT})\s+(?:an?\s+(?!(?:{alternation(_WORDS['label_time_noun'])})\b)|one\s+of\s+|"
    rf"the\s+(?:{alternation(_WORDS['label_superlative'])})\s+)(?=[a-z\x01])"
)
# A relative word right before the speaker: the verb's object is the relative's head ("the loan, which she
# called the best offer so far"), no object after the verb.
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:what|which|that|whom)\s*$")


def _small_clause(st: SentenceState, site: VerbSite) -> Found | None:
    """Rule label-small-clause: the object and its unquoted label ('called the publication a fake'), to the end
    of the clause, said by the subject."""
    if site.verb in lexicon().label_as:
        return None
    doc, mask = st.doc, st.doc.mask
    if _RELATIVE_BEFORE.search(mask, max(0, site.spk_start - 8), site.spk_start):
        return None
    m = _SMALL_CLAUSE.match(mask, site.v1, site.w1)
    if m is None or in_quote(doc, m.start("obj")):
        return None
    c0, end = m.start("obj"), cut_clause(mask, m.end(), site.w1)
    comma = mask.find(",", m.end(), end)  # a label is one phrase: a comma ends it ("..., who called X a Y, said")
    c0, c1 = trim(doc.text, c0, act_end(doc, c0, comma if comma >= 0 else end))
    last = _DATE_LAST.search(mask, c0, c1)  # "called X a dictator last week": the date of the saying, no label
    if last is not None:
        c0, c1 = trim(doc.text, c0, last.start())
    if not _PHRASE.search(doc.text, c0, c1) or '"' in mask[c0:c1]:
        return None
    when = date_in(doc, site.date_from, c0) or (date_in(doc, last.start(), last.end()) if last is not None else None)
    return Found(site.speaker, c0, c1, direct=False, when=when, sentence=st.si)


# A label coordinated after a label ('described him as "a special person" and "a great leader"').
_AND_QUOTE: Final = re.compile(r",?\s+(?:and|or)\s+(?:(?:an?|the)\s+)?(?=\")")
# A scare-quoted word inside the thing labelled, not its end: 'called the "plan" of X an "ultimatum"'.
_TERM_THEN: Final = re.compile(r"\s+[\w\x01]")


def _labels(st: SentenceState, site: VerbSite, q: tuple[int, int]) -> list[tuple[int, int]]:
    """The label ``q`` and the labels coordinated after it; where ``q`` is one scare-quoted word inside the
    thing labelled and a quotation follows in the object, the quotations after it."""
    doc = st.doc
    if not _PHRASE.search(doc.text, q[0] + 1, q[1] - 1) and _TERM_THEN.match(doc.mask, q[1]):
        later = [x for x in _object_quotes(st, site) if x[0] > q[0]]
        if later:
            return later
    out = [q]
    while (m := _AND_QUOTE.match(doc.mask, out[-1][1])) is not None and (nxt := quote_starting_at(doc, m.end())):
        out.append(nxt)
    return out


def _charge(st: SentenceState, site: VerbSite) -> Found | None:
    """'accused Russia of preparing a campaign to ...': the object and its "of" clause with a gerund (or a
    noun naming a charge: 'accused Kyiv of deliberate provocations'), up to
    the end of the reported words (before a participle or another saying: '... and called on ...'), are the
    words, a quotation inside them included ('accused Kyiv of trying to "destabilize" the region')."""
    doc, mask = st.doc, st.doc.mask
    m = _OF_GERUND.match(mask, site.v1, site.w1)
    if m is None:
        return None
    start = m.start("obj")
    c0, c1 = trim(doc.text, start, content_end(doc, start, site.w1))
    if c1 <= m.end():
        return None
    # a charge is no label: a state's people who bring it speak as written ("Russian authorities accused Kyiv
    # of ..."), not the state, as with "said" (a label gives the state's position, _speakers._described)
    speaker = site.speaker
    if speaker.kind is ActorKind.STATE and not site.pronoun:
        speaker = described_mention(doc, site.spk_start) or speaker
    return Found(speaker, c0, c1, direct=False, when=date_in(doc, site.spk_start, start), sentence=st.si)


# Where a noun-phrase object ends before the content end: a contrast or a clause of the subject's after a
# comma ("called for an end to it, but made no progress"), a subordinate clause with its own subject ("called
# for peace as he met X").
_OBJECT_END: Final = re.compile(
    rf",\s+(?:{alternation(_WORDS['object_end_contrast'])})\b|"
    rf"(?<!\s)\s+(?:{alternation(_WORDS['object_end_clause'])})\s+(?:he|she|they|it|we|\x01)"
)


# Before the first quotation of a verb's object: a that-clause or a colon ("emphasized that Russia "must
# pay"", 'thanked them: "..."') is read by the rules of reported words, not here.
_OBJECT_NOT_QUOTE: Final = re.compile(r"\bthat\b|:")


def _object_quotes(st: SentenceState, site: VerbSite) -> list[tuple[int, int]]:
    """The quotations in the verb's object, up to the end of its clause (the content end, a contrast or a
    clause with its own subject, a semicolon); none where "that" or a colon comes before the first."""
    doc, mask = st.doc, st.doc.mask
    end = content_end(doc, site.v1, site.w1)
    stop = _OBJECT_END.search(mask, site.v1, end)
    end = stop.start() if stop is not None and not in_quote(doc, stop.start()) else end
    semi = mask.find(";", site.v1, end)
    end = semi if semi >= 0 else end
    i = bisect.bisect_left(doc.quotes, (site.v1, -1))
    quotes: list[tuple[int, int]] = []
    while i < len(doc.quotes) and doc.quotes[i][1] <= end + 1:
        quotes.append(doc.quotes[i])
        i += 1
    if not quotes or _OBJECT_NOT_QUOTE.search(mask, site.v1, quotes[0][0]):
        return []
    # a quotation right after a possessive names a thing ('dismissed Zelensky's "victory plan"'), no words
    return [q for q in quotes if q[1] - q[0] > 3 and not _POSSESSIVE_END.search(mask, max(0, q[0] - 3), q[0])]


def _quotes_found(st: SentenceState, site: VerbSite, quotes: list[tuple[int, int]]) -> list[Found]:
    when = date_in(st.doc, site.date_from, quotes[0][0]) if quotes else None
    return [Found(site.speaker, a + 1, b - 1, direct=True, when=when, sentence=st.si) for a, b in quotes]


def quoted_object(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'thanked Kim for their "solidarity" and "heroism"', 'deemed it "too early"', 'called for an "immediate
    ceasefire"': the quotations in the object of a speech act (data/speech_cues.tsv, roles object_verb and
    quote_verb), up to the end of its clause, are the subject's words. An object verb with no quotation there
    leaves its noun phrase to the rules of reported words; a quote verb that is no speech verb of
    data/speech_verbs.tsv reads nothing else."""
    assert site is not None
    lex = lexicon()
    if site.verb not in lex.object_verb and site.verb not in lex.quote_verb:
        return None
    # a verb the table gives no other reading claims the site; a speech verb leaves it to its own rules
    only_quotes = not any(site.verb in t for t in (lex.object_verb, lex.say, lex.declare, lex.tell, lex.label))
    quotes = _object_quotes(st, site) if not (site.inverted or _passive(st, site)) else []
    if not quotes:
        return [] if only_quotes else None
    return _quotes_found(st, site, quotes)


@cache
def _topic_quote() -> re.Pattern[str]:
    """A topic noun as a saying's object, then its complement opening with a quotation ('stressed [on
    Monday] the importance of "..."', 'noted the growing trend of "..."')."""
    nouns = alternation(lexicon().topic)
    return re.compile(
        rf"\s+(?:[^\s,;:\"]+\s+){{0,2}}?(?:the|a|an|its|his|her|their|our)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
        rf"(?:{nouns})\s+(?:{alternation(lexicon().topic_preposition)})\s+(?:the\s+|an?\s+)?\""
    )


def topic_quote(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'Rutte stressed the importance of "a steady flow of air defence"': a quotation that completes a topic
    noun (data/speech_cues.tsv, role topic) which is the object of a saying is the speaker's words; the
    saying itself has no other content."""
    assert site is not None
    if site.inverted or site.verb not in lexicon().say:
        return None
    doc = st.doc
    m = _topic_quote().match(doc.mask, site.v1, site.w1)
    if m is None or (q := quote_starting_at(doc, m.end() - 1)) is None or q[1] > site.w1:
        return None
    when = date_in(doc, site.spk_start, m.end()) or date_in(doc, q[1], cut_clause(doc.mask, q[1], site.w1))
    return [Found(site.speaker, q[0] + 1, q[1] - 1, direct=True, when=when, sentence=st.si)]


_POSSESSIVE_END: Final = re.compile(r"['\u2019]s\s$")


# A dash between the words and a speaker after them ('... further and faster. - Rutte said', '"...," - X
# said', '..., - said Y'): the punctuation of translated (Ukrainian, Russian) news for an attribution after
# the words, standing where English puts a comma. A dash right after a word is a hyphen, not this.
_DASH_BEFORE_SPEAKER: Final = re.compile(r"(?<=[,.!?\"\s])[-\u2013\u2014]{1,2}(?:\s+(?:the|a|an))?$")
_DASH_ENDS: Final = ("-", "\u2013", "\u2014", "the", "a", "an")  # how a match of it ends (where else: no search)


def _before_speaker(st: SentenceState, site: VerbSite) -> tuple[str, bool]:
    """The mask from the window start to the speaker's phrase, right-stripped, without a dash that sets the
    speaker off from the words before (see ``_DASH_BEFORE_SPEAKER``), and whether there was one."""
    stripped = st.doc.mask[site.w0 : site.np_start].rstrip()
    dash = _DASH_BEFORE_SPEAKER.search(stripped) if stripped.endswith(_DASH_ENDS) else None
    return (stripped, False) if dash is None else (stripped[: dash.start()].rstrip(), True)


def _closing_quote(st: SentenceState, site: VerbSite) -> tuple[int, int] | None:
    """The quotation that ends right before the speaker ('"...," Rutte said', '"..." - Rutte said'), inside
    the sentence."""
    stripped = _before_speaker(st, site)[0]
    if not (stripped.endswith(('"', '",', "',")) or (stripped.endswith(",") and stripped[:-1].rstrip().endswith('"'))):
        return None
    quote = quote_ending_at(st.doc, site.w0 + len(stripped.rstrip(",")))
    # (a quotation its paragraph opens starts on the line break before the sentence: see _sentences.quote_spans)
    if (
        quote is None
        or (quote[0] < st.s0 and st.doc.text[quote[0]] != "\n")
        or _POSSESSIVE_END.search(st.doc.mask, max(st.s0, quote[0] - 3), quote[0])
    ):
        return None  # 'Speaking on NBC's "Meet the Press," Vance said ...': a name after a possessive, no words
    return quote


def _medium_between(st: SentenceState, site: VerbSite) -> str | None:
    """A medium or setting between the speaker and the verb ("the ministry on Telegram said", "X in a
    statement said"): where the words were said."""
    if site.inverted:
        return None
    return medium_in(st.doc, mention_end(st.doc, site.spk_start), site.v0)


class _Tail(NamedTuple):
    end: int
    when: DateMention | None
    medium: str | None
    addressees: tuple[str, ...]


def _quote_tail(st: SentenceState, site: VerbSite) -> _Tail:
    """The attribution after the speaker of a quotation: its date, medium and addressee."""
    doc, mask = st.doc, st.doc.mask
    tail_end = cut_clause(mask, site.head_end, site.w1)
    topic = _TOPIC_TAIL.match(mask, site.head_end, tail_end)
    if topic is not None:  # 'said of Trump's call with Putin on Thursday': the date is the call's
        tail_end = topic.start()
    medium = (
        site.doc_name or medium_in(doc, site.v1, tail_end) or appositive_medium(doc, site) or _medium_between(st, site)
    )
    addressees = tell_addressee(doc, site.is_tell, site.v1, tail_end)
    return _Tail(tail_end, date_in(doc, site.head_end, tail_end), medium, addressees)


@cache
def _bare_forms() -> frozenset[str]:
    """The speech verbs whose clause may follow with no "that" (class bare), casefolded."""
    return frozenset(form.casefold() for form in lexicon().bare)


def _words_follow(st: SentenceState, site: VerbSite) -> bool:
    """Whether the speech verb's own words follow it (a that-clause, a quotation, or a bare clause after a
    verb of class bare): then a quotation before its speaker ends a clause of the sentence, not its words."""
    rest = st.doc.mask[site.head_end : site.w1]
    bare = site.verb in _bare_forms() and plausible_content(rest.lstrip(), st.doc.mask, site.head_end, patterns())
    return opens_content(rest) or bare


def phrase_then_speaker(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'Europe's threat comes "from within", Vance said': reported words ending in a quoted phrase."""
    assert site is not None
    quote = _closing_quote(st, site)
    if quote is None:
        return None
    lead = st.doc.mask[st.s0 : quote[0]]
    if not lead.strip() or '"' in lead or lead.rstrip().endswith((":", ",", ";")):
        return None
    if _words_follow(st, site):
        return None  # '... was "irreversible", Rutte said the plan ...': the verb's words follow it
    tail = _quote_tail(st, site)
    c0, c1 = trim(st.doc.text, st.s0 + intro_end(lead), quote[1])
    return [
        Found(
            site.speaker,
            c0,
            c1,
            direct=False,
            when=tail.when,
            medium=tail.medium,
            addressees=tail.addressees,
            sentence=st.si,
        )
    ]


def quote_then_speaker(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'"...," Rutte said [tail]' and its continuation after the attribution ('"...," he said, "and ..."')."""
    found: list[Found] = []
    assert site is not None
    quote = _closing_quote(st, site)
    if quote is None:
        return None
    if " " not in st.doc.mask[quote[0] : quote[1]].strip() and _words_follow(st, site):
        return None  # '... was "irreversible", Rutte said the plan ...': a quoted term ends the clause before
    tail = _quote_tail(st, site)
    first = Found(
        site.speaker,
        quote[0] + 1,
        quote[1] - 1,
        direct=True,
        when=tail.when,
        medium=tail.medium,
        addressees=tail.addressees,
        sentence=st.si,
    )
    found.append(first)
    more = _MORE_QUOTE.match(st.doc.mask, tail.end, site.w1) or _MORE_QUOTE.match(st.doc.mask, site.head_end, site.w1)
    if more is not None and (cont := quote_starting_at(st.doc, more.end() - 1)) is not None:
        found.append(first._replace(start=cont[0] + 1, end=cont[1] - 1))
    return found


# Words before ", Speaker said" that only date the saying ("Earlier in the day, Kirby told ..."): no words of it.
# A date phrase alone, after an outlet's or a section's tag opening the line ("Kyiv Daily/ On Monday, X
# offered to ...", "Details: On Friday, X said ..."): the saying's time, not its words.
_DATE_ONLY: Final = re.compile(
    r"\s*(?:(?:\x01\x02*|[A-Z][\w.]*)(?:\s+(?:\x01\x02*|[A-Z][\w.]*)){0,2}\s*[/:]\s*)?"
    r"(?:(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater|[Tt]hen)\s+)*\x03\x04*\s*"
)


# A noun phrase after an inverted speaker and a comma is its appositive ("..., said X, the EU's top diplomat,
# on Tuesday"), not the other side of a parenthetical attribution.
# What opens an appositive after an inverted speaker ("said X, the minister," / "said X, Ryazan's governor,").
# (an article or possessive of class np_determiner of data/clause_words.tsv, as written, or a name's possessive)
_DETERMINER_START: Final = re.compile(rf"(?:{NP_DETERMINER}|(?:\x01\x02*|[A-Z][\w-]*)['\u2019]s)\s")


@cache
def title_appositive() -> re.Pattern[str]:
    """Rule title-appositive-after-speaker: an appositive with no article after an inverted speaker that opens
    with at most two lower-case words and a title noun (class title_noun of data/name_words.tsv), then a title's
    preposition (:func:`._speech.title_prepositions`: "of", "for", "at", ...) and its body, or the end of the
    phrase: "..., said X, head of the regional administration.", "..., said X, deputy spokesperson for the
    ministry." -- the speaker's office, not the other side of a parenthetical attribution."""
    return re.compile(
        rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{title_noun_words()})(?:\s+(?:{title_prepositions()})\s|\s*(?:[,.;]|$))"
    )


_DASH_WORDS: Final = 4  # words of a clause at least before a dash and its speaker
_DASH_TAIL_WORDS: Final = 8  # words at most after the speech verb of a dash attribution, to the sentence end


def _dash_attribution(st: SentenceState, site: VerbSite, tail: str) -> bool:
    """Whether a speaker set off by a dash closes the sentence ('... - Rutte said.', '... - said Umerov on
    Monday.'): the attribution ends the sentence in a few words; a pair of dashes ('words - X said - more')
    or a clause after the verb is no such form. The speaker is named: a pronoun there ('... - he noted.') often
    stands for someone the article introduced by a name no mention reads."""
    return tail == "end" and not site.pronoun and len(st.doc.mask[site.head_end : st.s1].split()) <= _DASH_TAIL_WORDS


@cache
def title_before_name() -> re.Pattern[str]:
    """A title set off by commas right before the speaker's name, the name in apposition to it ("The mayor of
    the city, X, said", "..., the defence minister, X, said"): a determiner or possessive, at most four words,
    a noun of a person who speaks (a person or title back cue of data/speech_cues.tsv, a person head of
    data/speaker_heads.tsv) and a phrase of a title's preposition after it (:func:`._speech.title_prepositions`;
    the determiners: class np_determiner of data/clause_words.tsv, either case of the first letter), up to the
    comma before the name (title-in-apposition)."""
    nouns = [n for n, kind in lexicon().back.items() if kind != "body"]
    nouns += [h.form for h in speaker_heads().values() if h.cls == "person"]
    return re.compile(
        rf"(?:^|,)\s*(?:{word_pattern(clause_words('np_determiner'))}|\x01\x02*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){{0,4}}?"
        rf"(?:{alternation(nouns)})(?:\s+(?:{title_prepositions()})\s+[^,\"]{{1,60}}?)?\s*,$"
    )


def content_then_speaker(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'content, Rutte said [tail]' (no that-clause after the verb); 'The summit, she said, would ...':
    a parenthetical attribution, the longer side is the content."""
    found: list[Found] = []
    assert site is not None
    doc, mask, text, w0, w1 = st.doc, st.doc.mask, st.doc.text, site.w0, site.w1
    stripped, dash = _before_speaker(st, site)
    if not (dash or stripped.endswith(",")) or opens_content(mask[site.head_end : w1]):
        return None
    if not dash and (title := title_before_name().search(stripped)) is not None:
        if not stripped[: title.start()].strip(" ,"):
            return None  # "The mayor of the city, X, announced": the title the name stands in apposition to
        stripped = stripped[: title.start() + 1]  # "words, the defence minister, X, said": the words end before it
    tail = tail_kind(doc, site.head_end, w1, is_tell=site.is_tell and not site.inverted)
    if tail == "clause" or (dash and not _dash_attribution(st, site, tail)):
        return None
    if dash:  # the words end at the dash, after any dateline or tag opening the sentence
        c0, c1 = trim(text, w0 + intro_end(mask[w0 : w0 + len(stripped)]), w0 + len(stripped))
        if len(text[c0:c1].split()) < _DASH_WORDS:  # "Brussels (EFE).- X continued to ...": a dateline
            return None
    else:
        c0, c1 = trim(text, w0, w0 + len(stripped) - 1)
    tail_end = cut_clause(mask, site.head_end, w1)
    if tail == "paren":
        comma = mask.find(",", site.head_end, w1)
        tail_end = min(tail_end, comma)
        a0, a1 = trim(text, comma + 1, content_end(doc, comma + 1, w1))
        appositive = site.inverted and (  # "said X, the minister," / "said X, head of the regional council."
            _DETERMINER_START.match(mask, a0) is not None or title_appositive().match(mask, a0) is not None
        )
        if a1 - a0 > c1 - c0 and not appositive:
            c0, c1 = a0, a1
    if not (c1 - c0 >= 12 and c0 < c1) or _DATE_ONLY.fullmatch(mask, c0, c1) or _fronted_only(mask, w0, c0, c1):
        return None
    when = date_in(doc, site.head_end, tail_end)
    medium = site.doc_name or medium_in(doc, site.v1, tail_end)
    addressees = tell_addressee(doc, site.is_tell, site.v1, tail_end)
    q = quote_starting_at(doc, c0)
    if q is not None and q[1] >= c1:
        found.append(
            Found(
                site.speaker,
                q[0] + 1,
                q[1] - 1,
                direct=True,
                when=when,
                medium=medium,
                addressees=addressees,
                sentence=st.si,
            )
        )
    else:
        medium = medium or report_medium(doc, c0, c1)
        found.append(
            Found(site.speaker, c0, c1, direct=False, when=when, medium=medium, addressees=addressees, sentence=st.si)
        )
    return found


# An adverbial phrase or clause that opens a sentence ("During the hearing", "After the talks concluded",
# "While no details have emerged", "As per multiple outlets", "Although neither side has confirmed a meeting",
# "According to the agency", "Prior to this"; class fronted_opener of data/clause_words.tsv) or a participle's
# clause with no finite verb ("Commenting on the vote", "Referring to the summit"): before the subject, it is no
# reported words. A gerund subject has its finite verb ("Sending troops is not planned, X said": words).
@cache
def _fronted_adverbial() -> re.Pattern[str]:
    openers = alternation(clause_words("fronted_opener"))
    verbs = alternation(
        [
            *clause_words("finite_verb"),
            *clause_words("clause_verb"),
            *clause_words("finite_plain"),
            *clause_words("past_form"),
        ]
    )
    return re.compile(
        r"(?!At\s+(?:least|most)\b|As\s+(?:many|much|few|well)\b)"  # a quantity opens words: "At least 21 ..."
        rf"(?:(?:{openers})\b|[A-Z][a-z]{{2,}}ing\s(?![^,;:\"]*\b(?:{verbs}|[a-z]+ed)\b))"
        r"[^,;:\"]*$"
    )


def _fronted_only(mask: str, w0: int, c0: int, c1: int) -> bool:
    """Whether the words before ", Speaker said" are only a phrase opening the sentence ("In a grim survey of
    the world today, he told the assembly that ...", "According to the agency, the minister announced ..."):
    the saying's setting or source, not its words."""
    return not mask[w0:c0].strip() and _fronted_adverbial().match(mask, c0, c1) is not None


class _Content(NamedTuple):
    start: int
    addressees: tuple[str, ...]
    reporter: str | None
    speaker: Actor | None = None  # who says the words where it is not the verb site's speaker
    noun_object: bool = False  # the words are the verb's noun-phrase object (an object verb)


# A relative clause on the addressee before the that-clause: 'told Trump, who served as president, that'.
_RELATIVE_MID: Final = re.compile(r",\s+(?:who|whom)\s[^,;\"]{1,100},\s*")


# A clause with no "that" after a verb that otherwise reports only a that-clause ("denied Poland was
# targeted", "suggested his troops were pulling back", "announced it will deliver"): a pronoun, a name or a
# short noun phrase with a determiner or a number as its subject ("announced 20 drones were downed"), then an
# auxiliary; not a noun object ("announced a package").
_DECLARED_CLAUSE: Final = re.compile(
    rf"(?:{SUBJECT_PRONOUN.pattern}|"
    r"(?:he|she|it|they|we|there)['\u2019](?:d|ll)\s+[a-z]|"
    r"(?:(?:he|she|it|they|we|there)\s+|(?:(?:the|his|her|its|their|this|these|those|\d[\d,.]*)\s+|\x01\x02*\s+)"
    r"(?:[a-z][\w-]*\s+){0,2}?)(?:not\s+)?"
    rf"(?:{alternation(clause_words('finite_verb'))})\b)"
)


@cache
def _stance_mid() -> re.Pattern[str]:
    """A stance noun between a saying and its that-clause ("reiterated [the position] that ...")."""
    nouns = alternation(lexicon().stance)
    return re.compile(rf"\s*(?:{NP_DETERMINER})\s+(?:{nouns})\s*")


# An aside set off by commas right before "that" ("said, however, that", "said on Monday, citing intelligence,
# that", "stressed, at the same time, that"): it leaves the that-clause the verb's (eighteenth session).
# No mention in the aside ("said, Reuters reported, that"); a comma closing an apposed date ends no verb phrase
# ("reported on Friday, 6 December, that").
_ASIDE_BEFORE_THAT: Final = re.compile(r",\s*[^,;\n\x01]{1,60},\s*$|(?<=\x03|\x04),\s*$")


def _not_complementizer(mask: str, pos: int, that: re.Match[str]) -> bool:
    """Whether ``that`` after a speech verb (its object or PP starting at ``pos``) opens no words of the verb: a
    phrase stands between and ``that`` is a relative pronoun, a finite verb right after it ("said after talks
    that lasted four hours", "said in a post that was later deleted"; :data:`RELATIVE_THAT`), or it closes a
    conjunction ("agreed to a truce provided that ...", "so that ..."; :data:`CONJUNCTION_THAT`) (speakers28)."""
    phrase = mask[pos : that.start()]
    if not phrase.strip():
        return False
    # a phrase with a finite verb of its own is a clause ("said the deal is a partnership that will ..."): left as
    # it was read (its relative "that" is inside bare words; speakers28 measured an event it then dated anew)
    relative = relative_on_phrase(mask, that, phrase)
    return relative or CONJUNCTION_THAT.search(mask, max(pos, that.start() - 12), that.start()) is not None


def _that_clause(st: SentenceState, site: VerbSite, pos: int, addressees: tuple[str, ...]) -> _Content | None:
    """A that-clause right after the verb (and its addressee, date or PP): 'warned allies that ...'; not a
    relative clause on a noun phrase after the verb ("highlighted the challenges that remained")."""
    doc, mask = st.doc, st.doc.mask
    that = THAT.search(mask, pos, min(site.w1, pos + 140))
    while that is not None and _not_complementizer(mask, pos, that):
        that = THAT.search(mask, that.end(), min(site.w1, pos + 140))  # "said after talks that lasted ... that"
    if that is None or '"' in mask[pos : that.start()]:
        return None
    relative = RELATIVE_THAT.match(mask, that.end()) is not None
    mid = mask[pos : that.start()]
    aside = _ASIDE_BEFORE_THAT.search(mid)  # "said, however, that", "noted, in particular, that"
    mid = mid[: aside.start()] if aside is not None else mid
    if (
        not mid.strip()
        or (prep_start().match(mid) and "," not in mid.lstrip(" ,"))
        or _RELATIVE_MID.fullmatch(mid)
        or _stance_mid().fullmatch(mid)  # "reiterated the position that ..."
    ):
        return _Content(that.end(), addressees, None)
    if not site.is_tell and not addressees:
        got = addressee(doc, pos, that.start())
        if got is not None and not relative and _ONLY_DATE.fullmatch(mask, got[1], that.start()):
            return _Content(that.end(), (got[0],) if got[0] else (), None)
    return None


# A preposition right before the speaker's phrase: the mention is its object ("in a call with X, Putin's aide,
# said ..."), not the subject of the verb.
_PREPOSITION_END: Final = re.compile(rf"(?<![\w-])(?:{alternation(_WORDS['object_preposition'])})\s*$")


# A preposition that is also a conjunction of time: a mention right before the verb after it is a subject.
_CONJUNCTION_END: Final = re.compile(rf"(?<![\w-])(?:{alternation(_WORDS['time_conjunction'])})\s*$")


def _subject_speaker(st: SentenceState, site: VerbSite) -> bool:
    """Whether the speaker's phrase can be the subject of the verb, so that a bare clause after the verb is
    its words ("Exiled opposition leader X said Y was ...", "... after the Kremlin said it ..."): anything
    but the object of a preposition may precede it; a person named in apposition after that object speaks
    ("Stating that ... with Russia, Defense Secretary X, called on ..."). A pronoun right after a noun opens a
    relative clause on the noun, whose words only an auxiliary opens (:func:`_gap_clause`)."""
    before = st.doc.mask[max(site.w0, site.np_start - 20) : site.np_start]
    if site.pronoun and _GAP_HEAD.search(before) is not None:
        return False  # "images it said showed ...": a relative clause on a noun, read by _gap_clause alone
    if _CONJUNCTION_END.search(before) and not st.doc.mask[mention_end(st.doc, site.spk_start) : site.v0].strip():
        return True  # "came after Trump told Medvedev to ...": a clause of its own, the mention its subject
    return site.appos_person or _PREPOSITION_END.search(before) is None


# What the words are about, after "of" or "about", then a comma or colon and a quotation: 'said of the
# overnight strikes, "..."', 'said of his visit: "..."' (the quotation is the words; a date in the topic is
# not the saying's).
_OF_TOPIC_QUOTE: Final = re.compile(r"(?:\s+(?:on\s+)?\x03\x04*)?\s+(?:of|about)\s+[^\"\n;]{1,120}?[,:]\s*(?=\")")


_PASSIVE_BEFORE: Final = re.compile(rf"\b(?:{alternation(_WORDS['passive_be'])})\s+(?:[a-z]+ly\s+)?$")


def _passive(st: SentenceState, site: VerbSite) -> bool:
    """Whether the verb is a passive participle ("X was asked to comment"): its subject is no speaker ("X is
    urging allies to ..." is no passive)."""
    participle = site.written.split()[0].endswith("ed")
    return participle and _PASSIVE_BEFORE.search(st.doc.mask, max(site.w0, site.v0 - 20), site.v0) is not None


def _topic_quote_start(st: SentenceState, site: VerbSite, pos: int, addressees: tuple[str, ...]) -> _Content | None:
    """A quotation after what the words are about ('said of the strikes, "..."'), after a say verb."""
    topic = _OF_TOPIC_QUOTE.match(st.doc.mask, pos, site.w1) if site.verb in lexicon().say else None
    if topic is None or quote_starting_at(st.doc, topic.end()) is None:
        return None
    return _Content(topic.end(), addressees, None)


def _reported_start(st: SentenceState, site: VerbSite) -> _Content | None:
    """Where the reported words after the verb start: a that-clause, a colon, a quotation, or a clause
    that reads as reported words ('said air defence systems shot down ...', 'urged allies to ...')."""
    doc, mask, w1 = st.doc, st.doc.mask, site.w1
    reporter = reporting_outlet(doc, max(site.w0, site.spk_start - 200), site.spk_start)
    pos = site.v1
    addressees: tuple[str, ...] = ()
    if site.is_tell:
        got = addressee(doc, pos, w1)
        if got is None:
            return None
        addressees, pos = ((got[0],) if got[0] else ()), got[1]
    that = _topic_quote_start(st, site, pos, addressees) or _that_clause(st, site, pos, addressees)
    if that is not None:
        return that._replace(reporter=reporter)
    p = patterns()
    skip = p.skip_mid.match(mask, pos, w1)
    mid_end = skip.end() if skip else pos
    if skip is not None and _VERB_NEXT.match(mask, mid_end):
        mid_end = pos  # "said 50 days was too long": the date mention is the subject of the reported words
    rest = mask[mid_end:w1].lstrip(" ,:")
    # 'wrote on X, recalling a meeting ...': a participle clause, not the words
    if not rest or ("," in mask[mid_end : w1 - len(rest)] and PARTICIPLE_START.match(rest)):
        return None
    colon = ":" in mask[pos : mid_end + 2]
    urging = site.written.lower() in lexicon().urge and _URGE_OBJECT.match(rest) and not _passive(st, site)
    noun_object = not urging and _noun_object(st, site, rest)
    declared = site.is_declare and not (urging or noun_object) and _DECLARED_CLAUSE.match(rest) is None
    if _gap_clause(st, site, rest):
        return _Content(w1 - len(rest), addressees, reporter, _gap_speaker(st, site))
    if (not _subject_speaker(st, site) or declared) and not rest.startswith('"') and not colon:
        return None
    bare_say = (
        site.verb in lexicon().bare and BARE_SAID_CONTENT.match(rest) is not None and not NOT_CONTENT_START.match(rest)
    )
    noun_object = noun_object and not bare_say
    words = urging or bare_say or noun_object or _clause_after(site, rest, colon=colon)
    return _Content(w1 - len(rest), addressees, reporter, noun_object=noun_object) if words else None


# A relative clause whose head is the subject of the reported words: "the raids it says were a reply to the
# shelling", "something she said was a breach of the truce", "what he said would be a fair deal": the head before
# the speaker (a noun, "what", "something"; no preposition, conjunction or relative pronoun: "the plan, which
# X said would end the war" is the writer's clause), then after the verb a finite verb with no subject.
_GAP_HEAD: Final = re.compile(rf"(?<![\w-])(?!(?:{alternation(_WORDS['not_gap_head'])})\b)[a-z]{{3,}}\s+$")
_GAP_VERB: Final = re.compile(rf"(?:{alternation(_WORDS['gap_auxiliary'])})\b(?!\s+(?:to|that)\b)")


def _gap_clause(st: SentenceState, site: VerbSite, rest: str) -> bool:
    """Whether ``rest`` is the rest of a reported clause whose subject is the head of a relative clause
    before the speaker ("the raids it says were a reply ..."): the words are what follows the verb."""
    if site.inverted or site.is_tell or site.verb not in lexicon().say or _GAP_VERB.match(rest) is None:
        return False
    before = st.doc.mask[max(site.w0, site.np_start - 20) : site.np_start]
    return _GAP_HEAD.search(before) is not None and _PREPOSITION_END.search(before) is None


def _gap_speaker(st: SentenceState, site: VerbSite) -> Actor:
    """Who a pronoun speaker of a relative clause stands for: the subject of its sentence where it is of the
    pronoun's kind ("Kyiv hit depots in raids it says were ...": Kyiv), else the site's speaker."""
    if not site.pronoun:
        return site.speaker
    subj = subject(st.doc, st.s0, site.np_start)
    person = st.doc.mask[site.spk_start : site.spk_start + 3].lower() in {"he ", "she"}
    if subj is None or (subj.kind is ActorKind.PERSON) != person:
        return site.speaker
    return subj


# A noun phrase of three words at least opening a speech verb's object ("called for an end to the
# strikes", "emphasized the need for unity", "called for at least two brigades"): no preposition, pronoun,
# conjunction or "that" first.
_NOUN_OBJECT: Final = re.compile(
    rf"(?!(?:{alternation(_WORDS['not_object_start'])}|at(?!\s+(?:least|most)\b))\b)"
    r"(?:\"?[\w\x01\x03-][^\s,;:.\"]*\s+){2}[\w\x01\x02\x03\x04\"-]"
)


# Between a noun-phrase object and a speech verb after it: a comma and a few words, a speaker's phrase.
_THEN_SAID: Final = re.compile(r",\s+(?:[^\s,;:\"]+\s+){1,6}$")
_OBJECT_WORDS: Final = 3  # words at least of a noun-phrase object that is the words
_SHORT_OBJECT_WORDS: Final = 2  # words at least of the object of a short_object_verb (data/speech_cues.tsv)
# An indefinite noun phrase, no possessive in its first words: what a call asks for ("an immediate ceasefire",
# "full withdrawal"), not a thing named ("the minister's quick return", "his trip").
_UNDETERMINED: Final = re.compile(
    rf"(?:[Aa]n?\s+|(?!(?:{alternation(_WORDS['definite_determiner'])})\b)[a-z])(?![^\s]*\s?[^\s]*['\u2019]s\b)"
)


def _object_words(st: SentenceState, start: int, end: int) -> int | None:
    """Where a noun-phrase object that is the words ends (see ``_OBJECT_END``), or None where a participle of
    saying follows it ('emphasized the role of dialogue, stating, "..."', 'called for an army, asserting that
    ...'): the words are the participle's then, the object only their topic."""
    mask = st.doc.mask
    m = _OBJECT_END.search(mask, start, end)
    stop = m.start() if m is not None and not in_quote(st.doc, m.start()) else end
    p = patterns()
    for said in p.verb.finditer(mask, start, st.s1):
        if _THEN_SAID.search(mask, start, said.start()):
            return None  # "X called for ..., the Kremlin said": the words are the Kremlin's, read at its verb
    after = cut_clause(mask, stop + 1, st.s1) if stop < end else stop
    for pat in (p.participle_clause, p.participle):
        if pat.match(mask, after) or pat.match(mask, stop):
            return None
    return stop


# A gerund clause as a verb's object: a proposed action ("proposed holding talks", "recommended not ratifying").
_GERUND_OBJECT: Final = re.compile(
    rf"(?:not\s+)?(?!(?:{alternation([*_WORDS['not_gerund_ing'], *_WORDS['ing_noun']])})\b)"
    r"[a-z]{2,}ing\s+[\w\x01\x03\"]"
)


def _noun_object(st: SentenceState, site: VerbSite, rest: str) -> bool:
    """Whether ``rest`` is the object of a verb whose object is the words, in the active: a noun phrase after
    an object verb (data/speech_cues.tsv, role object_verb: 'called for an end to the strikes'), a gerund
    clause after a gerund verb (role gerund_verb: 'proposed holding talks'); not a clause ("confirmed the
    talks will resume" is the rule of reported words')."""
    lex = lexicon()
    if _passive(st, site) or _DECLARED_CLAUSE.match(rest) is not None:
        return False
    if site.verb in lex.gerund_verb:
        return _GERUND_OBJECT.match(rest) is not None
    return site.verb in lex.object_verb and _NOUN_OBJECT.match(rest) is not None


def _clause_after(site: VerbSite, rest: str, *, colon: bool) -> bool:
    """Whether ``rest`` after the verb reads as reported words; after a verb that takes no bare clause
    ("emphasised"), only a clause, a quotation or words after a colon: "emphasised the Alliance's
    readiness" is a noun phrase."""
    p = patterns()
    if not plausible_content(rest, "", 0, p):
        return False
    return colon or site.verb in lexicon().bare or clause_soon(rest)


def said_when(st: SentenceState, site: VerbSite, content_start: int, c_end: int) -> DateMention | None:
    """The date of the saying: in the attribution, before an urging's infinitive, in an opening adverbial,
    in the clause a 'where he said' hangs on, or in a venue after the words."""
    doc, mask, w0, w1 = st.doc, st.doc.mask, site.w0, site.w1
    before = mask[w0 : site.np_start]
    topic = _OF_TOPIC_QUOTE.match(mask, site.v1, content_start)
    when = date_in(doc, site.date_from, content_start if topic is None else site.v1)
    if when is None and site.verb in lexicon().urge:
        # "urged allies on Thursday to spend more": the date before the infinitive is the urging's
        to = _URGE_DATE.match(mask, content_start, c_end)
        when = date_in(doc, content_start, to.end()) if to is not None else None
    if when is None and _INTRO.match(before) and before.strip():
        when = date_in(doc, w0, site.np_start)
    if when is None and site.pronoun and _WHERE_BEFORE.search(before):
        # "X attended the meeting on Sept. 6, where he urged ...": the saying happened then
        when = date_in(doc, max(st.s0, w0), site.np_start)
    if when is None and c_end < w1 and clause_patterns().venue_tail.match(mask, c_end):
        when = date_in(doc, c_end, cut_clause(mask, c_end + 1, w1))
    return when


def _said_medium(st: SentenceState, site: VerbSite, content_start: int, c_end: int, reporter: str | None) -> str | None:
    doc, mask, w0, w1 = st.doc, st.doc.mask, site.w0, site.w1
    medium = (
        site.doc_name
        or medium_in(doc, site.v1, content_start)
        or appositive_medium(doc, site)
        or _medium_between(st, site)
        or report_medium(doc, c_end, w1)
        or reporter
    )
    before = mask[w0 : site.np_start]
    if medium is None and before.strip() and _INTRO.match(before):  # "In a statement, the Kremlin said"
        medium = medium_in(doc, w0, site.np_start)
    if medium is None and c_end < w1:
        medium = medium_in(doc, c_end, cut_clause(mask, c_end, w1))
    return medium


def speaker_then_content(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'Rutte said [to Y] [on D] [that|:] content', direct when the content is a quotation; 'the FT
    reported that Rutte said ...': the FT is the medium."""
    assert site is not None
    if site.inverted:
        return []  # ', said Rutte.' reads no words after the speaker
    content = _reported_start(st, site)
    if content is None or content.noun_object:  # a noun-phrase object: the rule noun_object's
        return []
    c_end = _relative_end(st, site, content.start, content_end(st.doc, content.start, site.w1))
    return _words_found(st, site, content, c_end)


# The complement of a noun phrase's head that makes the phrase a proposition ("the need FOR unity", "a fire AT
# the depot", "the loss OF a jet", "an end TO the strikes", "holding talks IN Istanbul", "drones THAT crossed"):
# a preposition, a complementizer or a participle after the first word.
_COMPLEMENT: Final = re.compile(
    rf"\S\s+(?:\S+\s+)*?(?:{alternation(_WORDS['complement_preposition'])}|"
    r"that|which|who|where|[a-z]{3,}ing|[a-z]{3,}ed)\b"
)
# An actor mention and "with" opening the object: whom the saying is aimed at, then what with ("threatened
# Moldova with a gas cut"), no words.
_ADDRESSEE_WITH: Final = re.compile("\x01\x02*\\s+with\\b")


# A date ending a noun-phrase object ("urged a halt to the strikes on Tuesday"): when the saying was, or when
# the thing named was; no words of the saying either way.
_DATE_LAST: Final = re.compile(
    rf"(?<!\s)(?:\s+(?:{alternation(_WORDS['before_last_date'])})(?:\s+on)?)?\s+\x03\x04*$"
)  # (?<!\s): a match starts where a run of spaces does, never inside one (no quadratic scan of a run)


@cache
def _setting_after() -> re.Pattern[str]:
    """Where the words were said, after a noun-phrase object ("emphasized X in a speech", "noted Y at a press
    conference"): no part of the words (data/speech_cues.tsv, role setting)."""
    words = alternation(lexicon().setting)
    return re.compile(rf"(?<!\s)\s+(?:in|at|during)\s+(?:{NP_DETERMINER})\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b")


@cache
def _intent_object() -> re.Pattern[str]:
    """A noun of intent and its infinitive as the object ("confirmed his readiness to ..."): the rule
    announced-intent's (data/speech_cues.tsv, roles intent_verb and intent_noun)."""
    nouns = alternation(lexicon().intent_noun)
    return re.compile(
        rf"(?:(?:his|her|its|their|the|\x01\x02*['\u2019]s)\s+)?(?:[a-z-]+\s+)?(?:{nouns})\s+(?:to|for)\b"
    )


def noun_object(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'Rutte called for an end to the strikes', 'Y warned of a missile threat to the north', 'Z urged a
    ceasefire along the front': the noun-phrase object of a speech verb whose object is the words
    (data/speech_cues.tsv, role object_verb: calling for, urging, warning of, reporting: "Romania reported
    fragments of a drone near its border"; a media outlet that reports is a source, not read here),
    or the gerund clause of a verb of proposing (role gerund_verb: 'proposed holding talks'; "proposed changes"
    names a thing, no words), in the active, to the end of its clause, without a setting or a date ending it
    ("in a speech", "late on Tuesday"). The object is a proposition only with a complement after its head ("an
    end TO the strikes", "a threat TO the north"): "urged the minister's trip" names a thing, and a word or two
    name a topic ("called for peace") -- except after a verb of calling, urging or warning (role
    short_object_verb), whose indefinite object of two words or more is what it asks for or warns of ("called
    for an immediate ceasefire"; not "urged the minister's trip"). A participle of saying after it gives the
    words instead (', stating that ...'). Verbs of announcing, confirming and most of emphasis are no object
    verbs: in the real gold their object ("announced a new mission", "stressed the importance of ...") is as
    often no statement as one, and what a confirmation's object names is an event of its own ("confirmed an
    explosion at the port"); "emphasized" is one (eighteenth session: its object with a complement, "emphasized
    the need for more air defence", is a statement in the gold of most pools), and so are the underscoring, signalling
    and threatening of a stance ("signalled readiness for talks on ...", "threatened tariffs on ... unless ...";
    twentieth session) -- but not an actor and "with" ("threatened Moldova with a gas cut": whom, and what with);
    so is "expressed" (twenty-sixth session, expr26: the read pools' gold lists "expressed" and a noun phrase as
    a statement in about 23 of 33 cases), but not a feeling conveyed (class conveyed_head of
    data/verb_rule_words.tsv: "expressed gratitude towards his staff"). A date ending the clause after the object
    dates the saying (:func:`_tail_date`). Any other reading of the verb (a that-clause, a clause with its own
    subject, a colon, a quotation, an infinitive after an urging) is the rule speaker_then_content's."""
    assert site is not None
    if site.inverted or (site.verb not in lexicon().object_verb and site.verb not in lexicon().gerund_verb):
        return None
    content = _reported_start(st, site)
    if content is None or not content.noun_object:
        return None
    mask = st.doc.mask
    if (site.verb in lexicon().intent_verb and _intent_object().match(mask, content.start)) or _ADDRESSEE_WITH.match(
        mask, content.start
    ):
        return None  # "confirmed his readiness to ...": announced-intent's; "threatened Moldova with a gas cut"
    # "expressed gratitude towards his staff": a feeling conveyed, no words
    conveyed = _CONVEYED_OBJECT.match(mask, content.start) is not None
    object_end = None if conveyed else _object_end(st, site, content.start)
    if object_end is None:
        return []
    tail_end = trim(st.doc.text, object_end, cut_clause(mask, object_end + 1, site.w1))[1]
    if tail_end <= object_end and expressed_intent_pattern().match(mask, site.v0) is not None:
        return None  # "expressed hope that ..." to the clause's end: the rule expressed-intent's, the same words
    found = _words_found(st, site, content, object_end)
    when = _tail_date(st, object_end, tail_end) if found and found[0].when is None else None
    return [f._replace(when=when) for f in found] if when is not None else found


def _tail_date(st: SentenceState, object_end: int, tail_end: int) -> DateMention | None:
    """Rule *object-tail-date*: the date that ends the clause after a noun-phrase object, which the object's
    end left out of the words, is the saying's, as after "said" ("expressed his hopes for X at a press
    conference on Sunday", "reported the findings to the committee on Wednesday"; twenty-sixth session)."""
    when = date_in(st.doc, object_end, tail_end)
    return when if when is not None and when.end == tail_end else None


@cache
def expressed_intent_pattern() -> re.Pattern[str]:
    """ "expressed", a possessive (a pronoun or a mention's), a noun of intent (data/speech_cues.tsv, role
    intent_noun), then "to" or "for"; or a noun of a feeling (role feeling_noun) after an optional possessive
    ("his", "his country's", "Kyiv's") and describing word, two joined by "and" ("his shock and sadness at"),
    then its complement; ``who`` is a speaker and "who (has)" right before the verb."""
    nouns = word_pattern(lexicon().intent_noun, fold_first=False)
    feelings = word_pattern(lexicon().feeling_noun, fold_first=False)
    owner = r"(?:his|her|its|their|\x01\x02*['\u2019]s)\s+"
    return re.compile(
        rf"(?:(?P<who>\x01\x02*),?\s+who\s+(?:has\s+|had\s+)?)?\bexpress(?:ed|es)\s+"
        rf"(?P<obj>{owner}(?:[a-z-]+\s+)?(?:{nouns})\s+(?:to|for)\s|"
        rf"(?:{owner}(?:[a-z-]+['\u2019]s\s+)?)?(?:[a-z-]+\s+)?(?:(?:{feelings})\s+and\s+)?(?:{feelings})\s+"
        rf"(?:{alternation(lexicon().feeling_complement)})\s)"
    )


# A head noun of a feeling conveyed opening an object verb's object, after a determiner or possessive and a
# describing word (class conveyed_head of data/verb_rule_words.tsv): no words ("expressed gratitude towards ...").
_CONVEYED_OBJECT: Final = re.compile(
    rf"(?:(?:{NP_DETERMINER}|(?:\x01\x02*|[A-Z][\w-]*)['\u2019]s)\s+)?(?:[a-z-]+\s+)?"
    rf"(?:{alternation(_WORDS['conveyed_head'])})\b"
)


def proposition_object(text: str, mask: str, start: int, end: int) -> bool:
    """Whether the noun phrase ``[start, end)`` is a proposition, the words of a verb of emphasis: three words
    or more with a complement after its head ("the need FOR more air defence"), not a thing or a topic named
    ("their technical nature")."""
    return len(text[start:end].split()) >= _OBJECT_WORDS and _COMPLEMENT.search(mask, start, end) is not None


def _object_end(st: SentenceState, site: VerbSite, start: int) -> int | None:
    """Where the noun-phrase object from ``start`` ends as the words (before a setting or a date ending it),
    or None where it is no words: a participle of saying follows, a word or two name a topic ("called for
    peace"), or no complement makes it a proposition ("urged the minister's trip": a thing named) -- but a
    short_object_verb's indefinite object of two words or more is the words ("called for an immediate
    ceasefire")."""
    mask = st.doc.mask
    c_end = _relative_end(st, site, start, content_end(st.doc, start, site.w1))
    end = _object_words(st, start, c_end)
    if end is None:
        return None
    setting = _setting_after().search(mask, start, end)
    end = setting.start() if setting is not None else end  # "... in a speech in Brussels"
    last = _DATE_LAST.search(mask, start, trim(st.doc.text, start, end)[1])
    end = last.start() if last is not None else end  # "urged a halt to the strikes on Tuesday"
    words = len(st.doc.text[start:end].split())
    if site.verb in lexicon().short_object_verb and words >= _SHORT_OBJECT_WORDS and _UNDETERMINED.match(mask, start):
        return end  # "called for an immediate ceasefire": a call's object is what it asks for
    if words < _OBJECT_WORDS or not _COMPLEMENT.search(mask, start, end):
        return None
    return end


def _words_found(st: SentenceState, site: VerbSite, content: _Content, c_end: int) -> list[Found]:
    """The statement of the words from ``content.start`` to ``c_end``: direct where they are a quotation, cut
    where a second saying begins inside them, with the date and medium of the saying."""
    doc, text = st.doc, st.doc.text
    c0, c1 = trim(text, content.start, c_end)
    if c1 - c0 < 3:
        return []
    when = said_when(st, site, content.start, c_end)
    medium = _said_medium(st, site, content.start, c_end, content.reporter)
    direct = False
    q = quote_starting_at(doc, c0)
    if q is not None and (q[1] >= c1 - 1 or '"' not in doc.mask[q[1] : c1]):
        # the words are the quotation ('said "...," following ...'); with more quotations after it, the
        # reported words go on ('affirmed that "..." and its path is "..."': quoted fragments)
        c0, c1, direct = q[0] + 1, q[1] - 1, True
    elif q is None and (qlead := _QUOTE_LEAD.match(doc.mask, c0, c1)) is not None:
        qq = quote_starting_at(doc, qlead.end() - 1)
        if qq is not None and qq[1] >= c1 - 1 and qq[1] >= trim(text, c0, site.w1)[1] - 1:
            c0, c1, direct = qq[0] + 1, qq[1] - 1, True
    addressees = content.addressees
    speaker = content.speaker or site.speaker
    first = Found(speaker, c0, c1, direct=direct, when=when, medium=medium, addressees=addressees, sentence=st.si)
    return [first._replace(start=a, end=b) for a, b in split_words(doc, c0, c1)] if not direct else [first]


# A form of "be" right before the verb: a passive ("It is believed that ...", "X is expected to ..."), whose
# subject holds no opinion.
_BE_BEFORE: Final = re.compile(rf"\b(?:{alternation(_WORDS['be_form'])})\s+(?:[a-z]+ly\s+)?$")
# "whether" or "if" right before the speaker: an embedded question ("asked whether Russia agrees that ...",
# "asked Trump if he thinks ..."), no words of the speaker's.
_QUESTION_BEFORE: Final = re.compile(r"\b(?:whether|if)\s+$")


# A determiner or a possessive right before a verb's form, an adverb in -ly between at most: the form is a noun or
# an attributive participle ("the states", "the announced reshuffle", "the country's widely criticised vote"), no
# verb of a saying.
_DETERMINER_BEFORE: Final = re.compile(rf"(?:\b(?i:{NP_DETERMINER})|\S['\u2019]s)\s+(?:[a-z]+ly\s+)?$")
# A word and a hyphen joined to the form: a compound adjective ("so-called", "long-announced"), no saying.
_COMPOUND_BEFORE: Final = re.compile(r"[A-Za-z]-$")
# "by" and its agent after a passive participle within its clause ("was stated by the minister"): an agent says.
_BY_AGENT: Final = re.compile(r"[^,;:.\"\n]{0,40}?\bby\b")
# What makes a verb of class declare (data/speech_verbs.tsv) a saying, after a date or a setting at most: a
# that-clause, a colon or a quotation ("announced on Monday that ..."); before anything else it reports no words
# ("continued to hit", "announced a package").
_DECLARED_WORDS: Final = re.compile(r"\s*(?:that\b|:|\")")


def _declares(mask: str, v1: int) -> bool:
    skip = patterns().skip_mid.match(mask, v1)
    return _DECLARED_WORDS.match(mask, skip.end() if skip is not None else v1) is not None


def no_saying_at(mask: str, v0: int, v1: int) -> bool:
    """Rule *speech-verb-not-a-saying*: a speech verb's form in someone's words that reports no act of saying: a
    passive participle with no agent after it ("was being considered for the role", "must be confirmed"), a
    form right after a determiner, a possessive, a noun or an attributive participle, an adverb between at most
    ("the states", "the announced reshuffle", "the country's widely criticised elections"), a form joined to a
    word by a hyphen ("so-called"), or a verb of class declare (data/speech_verbs.tsv) before anything but a
    that-clause, a colon or a quotation, not a passive ("strikes continued to hit refineries"). "was stated by
    X" and "was announced by X" (an agent), "X said" and "X announced that" stay sayings."""
    passive = mask[v0:v1].endswith("ed") and _BE_BEFORE.search(mask, max(0, v0 - 20), v0) is not None
    return (
        (passive and _BY_AGENT.match(mask, v1) is None)
        or _DETERMINER_BEFORE.search(mask, max(0, v0 - 30), v0) is not None
        or _COMPOUND_BEFORE.search(mask, max(0, v0 - 2), v0) is not None
        or (not passive and mask[v0:v1].casefold() in patterns().declare_forms and not _declares(mask, v1))
    )


@cache
def _noun_of_words() -> re.Pattern[str]:
    """A noun of someone's words or stance ending the phrase before a that-clause ("agreed with X's argument
    that ..."): the clause is the noun's (data/speech_cues.tsv, roles saying_noun and stance)."""
    lex = lexicon()
    nouns = alternation({*lex.saying_noun, *lex.stance})
    return re.compile(rf"\b(?:{nouns})\s+that\s*$")


# A sentence opening with a pronoun no mention resolves ("They ...", "We ..."): the subject of a verb
# coordinated after it is that pronoun, not a mention further on.
_UNNAMED_OPENER: Final = re.compile(r"\s*(?:They|We|I|You)\b")


def _closed_by_speaker(st: SentenceState, start: int) -> bool:
    """Whether the sentence after ``start`` ends with an attribution of its own after a comma ('X believes
    that ..., Peskov said in a briefing.'): the whole clause, the opinion's holder included, is that other
    speaker's words, read at its own verb."""
    doc, mask = st.doc, st.doc.mask
    for said in patterns().verb.finditer(mask, start, st.s1):
        if (
            _THEN_SAID.search(mask, start, said.start())
            and not in_quote(doc, said.start())
            and tail_kind(doc, said.end(), st.s1, is_tell=False) == "end"
        ):
            return True
    return False


def opinion_that(st: SentenceState, site: VerbSite | None) -> list[Found] | None:
    """'Frederiksen believes that ...', 'Trump made it clear on Tuesday that ...', 'Putin voiced hope that
    ...', 'Rutte is convinced that ...': the that-clause of a verb of thinking or opinion (data/opinion_verbs.tsv)
    is its subject's words. Not in the passive ('It is believed that'), in an embedded question ('asked whether
    Kyiv agrees that'), nor where the sentence closes with another speaker's attribution ('Moscow believes
    that ..., Peskov said': his words). Without a that-clause ("hoped to", "agreed on") the verb reads
    nothing, unless another table gives the form other readings ("considered it 'premature'")."""
    assert site is not None
    lex = lexicon()
    verb = " ".join(site.verb.split())
    if verb not in lex.think:
        return None
    doc, mask = st.doc, st.doc.mask
    other = any(verb in t for t in (lex.say, lex.declare, lex.tell, lex.label, lex.quote_verb, lex.object_verb))
    that = None if site.inverted else _that_clause(st, site, site.v1, ())
    if (
        that is None
        or _noun_of_words().search(mask, site.v1, that.start)  # 'agreed with X's argument that': the noun's
        or _BE_BEFORE.search(mask, max(site.w0, site.v0 - 20), site.v0)
        or _QUESTION_BEFORE.search(mask, max(site.w0, site.np_start - 12), site.np_start)
    ):
        return None if other else []
    if _closed_by_speaker(st, that.start) or (site.spk_start == site.v0 and _UNNAMED_OPENER.match(mask, st.s0)):
        return []  # "They recognized X's bid and agreed that ...": the coordinated verb's subject is no mention
    reporter = reporting_outlet(doc, max(site.w0, site.spk_start - 200), site.spk_start)
    c_end = _relative_end(st, site, that.start, content_end(doc, that.start, site.w1))
    return _words_found(st, site, that._replace(reporter=reporter), c_end)


@cache
def _opinion_only() -> frozenset[str]:
    """Verbs of opinion (data/opinion_verbs.tsv) that are no form of another table: only opinion-that reads them."""
    lex = lexicon()
    others = (lex.say, lex.declare, lex.tell, lex.label, lex.quote_verb, lex.object_verb)
    return frozenset(v for v in lex.think if not any(v in t for t in others))


def opinion_unread(mask: str, vm: re.Match[str], s1: int) -> bool:
    """Whether the verb ``vm`` (``site_verb``, in a sentence ending at ``s1``) is a verb of opinion alone with no
    "that" where :func:`opinion_that` seeks its clause: that rule, the only one to read such a verb, would read
    nothing there (it answers ``[]``), so the verb's speaker need not be sought (a pre-check: same output)."""
    if " ".join(vm.group("verb").casefold().split()) not in _opinion_only():
        return False
    v1 = vm.end("verb")  # the site's v1; its w1 is min(s1, vm.end() + FORWARD), as _that_clause reads it
    return THAT.search(mask, v1, min(s1, vm.end() + FORWARD, v1 + 140)) is None


# A saying in a relative clause on its speaker ("Peskov, who previously stressed that ..., told ..."), and
# the comma where the main clause goes on with its verb.
_WHO_BEFORE: Final = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,3}$")
_MAIN_GOES_ON: Final = re.compile(
    rf",\s+(?:(?:{alternation(_WORDS['goes_on_adverb'])}|[a-z]+ly)\s+)?(?=[a-z]+(?:ed|s)\b|told\b|said\b)"
)


def _relative_end(st: SentenceState, site: VerbSite, start: int, end: int) -> int:
    """Where the words of a saying inside a relative clause on its speaker end: at the comma after which the
    main clause goes on ('Peskov, who stressed that Moscow ..., told reporters that ...'), else ``end``."""
    mask = st.doc.mask
    if site.inverted or not _WHO_BEFORE.search(mask, mention_end(st.doc, site.spk_start), site.v0):
        return end
    m = _MAIN_GOES_ON.search(mask, start, end)
    return m.start() if m is not None and not in_quote(st.doc, m.start()) else end
