"""The speech-verb table and the compiled statement patterns (see :mod:`._statements`).

``data/speech_verbs.tsv`` lists speech verbs and cue words by role; :func:`patterns` builds, once,
the regular expressions the statement rules run over the document mask, where ``M`` stands for one
actor mention and ``D`` for one date mention.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from ._resources import alternation, tsv_rows
from ._sentences import word_pattern
from .errors import ResourceError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ACRONYM_IN_TITLE",
    "ADV",
    "NP_DETERMINER",
    "PRONOUNS",
    "SOURCE_ASIDE",
    "VERB_CLASSES",
    "ClausePatterns",
    "D",
    "Lexicon",
    "M",
    "Patterns",
    "alternation",
    "clause_patterns",
    "document_verbs",
    "inverted_subject_end",
    "kind_appositive",
    "lexicon",
    "participle_of_saying",
    "patterns",
    "telling_forms",
    "title_prepositions",
    "verb_forms",
    "verb_set",
    "verb_words",
]


class Lexicon(NamedTuple):
    """The speech-verb table (``data/speech_verbs.tsv``, a column per class) and the cue words
    (``data/speech_cues.tsv``), by class: ``form -> lemma`` (verbs) or ``form -> canonical`` (cues)."""

    say: dict[str, str]
    declare: dict[str, str]
    tell: dict[str, str]
    label: dict[str, str]
    ing: dict[str, str]
    report: dict[str, str]
    urge: dict[str, str]
    bare: dict[str, str]
    label_as: dict[str, str]
    habitual: dict[str, str]
    ing_clause: dict[str, str]
    ing_that: dict[str, str]
    cut: dict[str, str]
    tail: dict[str, str]
    tail_verb: dict[str, str]
    outlet: dict[str, str]
    report_tail: dict[str, str]
    after_question: dict[str, str]
    ing_label: dict[str, str]
    ing_object: dict[str, str]
    doc: dict[str, str]
    agent: dict[str, str]
    body_voice: dict[str, str]
    anonymous: dict[str, str]
    describing: dict[str, str]
    medium: dict[str, str]
    venue: dict[str, str]
    occasion: dict[str, str]
    address: dict[str, str]
    back: dict[str, str]
    voice: dict[str, str]
    listing: dict[str, str]
    stance: dict[str, str]
    owned_body: dict[str, str]
    group: dict[str, str]
    group_modifier: dict[str, str]
    topic: dict[str, str]
    outlet_kind: dict[str, str]
    setting: dict[str, str]
    people: dict[str, str]
    post: dict[str, str]
    post_body: dict[str, str]
    doc_back: dict[str, str]
    outlet_before: dict[str, str]
    org_before: dict[str, str]
    state_group: dict[str, str]
    saying_noun: dict[str, str]
    intent_noun: dict[str, str]
    feeling_noun: dict[str, str]
    intent_verb: dict[str, str]
    not_source: dict[str, str]
    bare_source: dict[str, str]
    object_verb: dict[str, str]
    short_object_verb: dict[str, str]
    gerund_verb: dict[str, str]
    quote_verb: dict[str, str]
    clause_word: dict[str, str]
    phrase_preposition: dict[str, str]
    after_verb: dict[str, str]
    member_list: dict[str, str]
    before_verb: dict[str, str]
    not_ly_adverb: dict[str, str]
    count_word: dict[str, str]
    not_same: dict[str, str]
    this_noun: dict[str, str]
    after_speaker: dict[str, str]
    not_addressee: dict[str, str]
    addressee_stop: dict[str, str]
    tail_word: dict[str, str]
    tail_comma_word: dict[str, str]
    clause_cut_word: dict[str, str]
    label_stop: dict[str, str]
    name_cue: dict[str, str]
    not_ing_object: dict[str, str]
    subject_ing_object: dict[str, str]
    not_kind_word: dict[str, str]
    after_venue: dict[str, str]
    turn_word: dict[str, str]
    not_outlet_own: dict[str, str]
    day_lead: dict[str, str]
    feeling_complement: dict[str, str]
    setting_preposition: dict[str, str]
    topic_preposition: dict[str, str]
    title_preposition: dict[str, str]
    report_after_adverb: dict[str, str]
    outlet_that_adverb: dict[str, str]
    reported_that_adverb: dict[str, str]
    lead_adverb: dict[str, str]
    sourced_thing: dict[str, str]
    sourcing_act: dict[str, str]
    passive_auxiliary: dict[str, str]
    future_passive_auxiliary: dict[str, str]
    sourcing_determiner: dict[str, str]
    statement_lead: dict[str, str]
    closeness: dict[str, str]
    think: dict[str, str]  # data/opinion_verbs.tsv: verbs of thinking and opinion ("believes", "made it clear")


VERB_CLASSES: Final = (
    "say",
    "declare",
    "tell",
    "label",
    "ing",
    "report",
    "urge",
    "bare",
    "label_as",
    "habitual",
    "ing_clause",
    "ing_that",
    "cut",
    "tail",
    "tail_verb",
    "outlet",
    "report_tail",
    "after_question",
    "ing_label",
    "ing_object",
)
_CUE_ROLES: Final = (
    "doc",
    "agent",
    "body_voice",
    "anonymous",
    "describing",
    "medium",
    "venue",
    "occasion",
    "address",
    "back",
    "voice",
    "listing",
    "stance",
    "owned_body",
    "group",
    "group_modifier",
    "topic",
    "outlet_kind",
    "setting",
    "people",
    "post",
    "post_body",
    "doc_back",
    "outlet_before",
    "org_before",
    "state_group",
    "saying_noun",
    "intent_noun",
    "feeling_noun",
    "intent_verb",
    "not_source",
    "bare_source",
    "object_verb",
    "short_object_verb",
    "gerund_verb",
    "quote_verb",
    "clause_word",
    "phrase_preposition",
    "after_verb",
    "member_list",
    "before_verb",
    "not_ly_adverb",
    "count_word",
    "not_same",
    "this_noun",
    "after_speaker",
    "not_addressee",
    "addressee_stop",
    "tail_word",
    "tail_comma_word",
    "clause_cut_word",
    "label_stop",
    "name_cue",
    "not_ing_object",
    "subject_ing_object",
    "not_kind_word",
    "after_venue",
    "turn_word",
    "not_outlet_own",
    "day_lead",
    "feeling_complement",
    "setting_preposition",
    "topic_preposition",
    "title_preposition",
    "report_after_adverb",
    "outlet_that_adverb",
    "reported_that_adverb",
    "lead_adverb",
    "sourced_thing",
    "sourcing_act",
    "passive_auxiliary",
    "future_passive_auxiliary",
    "sourcing_determiner",
    "statement_lead",
    "closeness",
)


def _verb_tables(errors: list[str]) -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {c: {} for c in VERB_CLASSES}
    for n, cells in tsv_rows("speech_verbs.tsv", 2 + len(VERB_CLASSES)):
        form, lemma, marks = cells[0], cells[1], cells[2:]
        bad = [m for m in marks if m not in {"x", "-"}]
        if bad or not lemma:
            errors.append(f"speech_verbs.tsv line {n}: class cells are 'x' or '-', lemma filled: {cells!r}")
            continue
        for cls, mark in zip(VERB_CLASSES, marks, strict=True):
            if mark == "x":
                tables[cls][form] = lemma
    return tables


@cache
def lexicon() -> Lexicon:
    """The tables in ``data/speech_verbs.tsv``, ``data/speech_cues.tsv`` and ``data/opinion_verbs.tsv`` (read
    once).

    Raises:
        ResourceError: a line has the wrong number of columns, a class cell other than "x" or "-", or an
            unknown cue role.
    """
    errors: list[str] = []
    tables = _verb_tables(errors)
    cues: dict[str, dict[str, str]] = {role: {} for role in _CUE_ROLES}
    for n, (form, role, canonical) in tsv_rows("speech_cues.tsv", 3):
        if role not in cues:
            errors.append(f"speech_cues.tsv line {n}: unknown role {role!r} (expected one of {', '.join(_CUE_ROLES)})")
            continue
        cues[role][form] = canonical
    think = {form: lemma for _, (form, lemma, _source) in tsv_rows("opinion_verbs.tsv", 3)}
    if errors:
        raise ResourceError("data/speech_verbs.tsv, data/speech_cues.tsv", errors)
    return Lexicon(**tables, **cues, think=think)


@cache
def verb_forms(*classes: str, ending: str = "") -> frozenset[str]:
    """The forms of the verb classes named (columns of ``data/speech_verbs.tsv``: "say", "declare", "tell",
    "report" ...; "think" for ``data/opinion_verbs.tsv``), only those ending in ``ending`` ("ed": the past and
    its participle, "s": the present of the third person) when given: the one reading of the verb table that
    the rules' patterns and look-ups are built from.

    >>> "said" in verb_forms("say") and "announced" in verb_forms("declare", ending="ed")
    True
    >>> verb_forms("say", "no_such_class")
    Traceback (most recent call last):
    ValueError: verb_forms: unknown verb class 'no_such_class'
    """
    lex = lexicon()
    for cls in classes:
        if cls not in Lexicon._fields:
            raise ValueError(f"verb_forms: unknown verb class {cls!r}")
    return frozenset(f for cls in classes for f in getattr(lex, cls) if f.endswith(ending))


@cache
def verb_words(
    *classes: str, ending: str = "", fold_first: bool = True, case_branches: bool = False, space: str = r"\s+"
) -> str:
    """The forms of :func:`verb_forms` (``classes``, ``ending``) as one word alternation (:func:`word_pattern`,
    its ``fold_first``, ``case_branches`` and ``space``; no word boundaries: the caller adds them).

    >>> re.fullmatch(verb_words("say", "declare"), "Said") is not None
    True
    >>> re.fullmatch(verb_words("say", fold_first=False), "Said") is None
    True
    """
    forms = verb_forms(*classes, ending=ending)
    return word_pattern(forms, fold_first=fold_first, case_branches=case_branches, space=space)


@cache
def verb_set(*classes: str, ending: str = "") -> frozenset[str]:
    """The forms of :func:`verb_forms` casefolded: a set to look a word up in.

    >>> "said" in verb_set("say") and "told" not in verb_set("say")
    True
    """
    return frozenset(f.casefold() for f in verb_forms(*classes, ending=ending))


@cache
def document_verbs() -> frozenset[str]:
    """The verbs of ``data/document_verbs.tsv`` (casefolded): speech verbs only after a document noun
    ('"...," the statement reads')."""
    return frozenset(form.casefold() for _n, (form, _lemma) in tsv_rows("document_verbs.tsv", 2))


@cache
def participle_of_saying() -> str:
    """A participle of saying that opens reported words, with its "that" where the participle needs one, a
    date or medium before that "that", or an addressee after a participle of telling ("saying (that)",
    "adding that", "stating on Friday that", "telling reporters that"): what follows ", " in rule
    participle-clause and a preposition in rule preposition-participle."""
    lex = lexicon()
    return (
        rf"(?:(?:{_alt([*lex.ing_clause, *lex.ing_that])}){_ing_adjunct(lex)}|"
        rf"(?:{_alt(lex.ing_clause)})\b(?:\s+that\b)?|(?:{_alt(lex.ing_that)})\s+that\b|{_telling(lex)})\s*"
    )


def _ing_adjunct(lex: Lexicon) -> str:
    """A date, a medium or a venue between a participle of saying and its "that" (", saying in September that
    ...", ", stating on X that ...", "with Kyiv vowing on Friday that ...", ", insisting at a marathon news
    conference that ..."), one or two of them; the "that" is then required (a bare clause after a date reads as
    the date's sentence). The venue is read as after a verb (:func:`_setting_after_verb`: thirtieth session,
    attr30), a venue of the tables only, not a document: ", stressing in its statement that" after a state's
    clause gave the state where the read gold names its government (the one case on the read pools)."""
    venue = _setting_after_verb(lex.venue)
    return rf"(?:\s+(?:(?:on|in|at)\s+)?{D}|\s+on\s+(?:the\s+)?(?:{_alt(lex.medium)})\b|{venue}){{1,2}}\s+that\b"


def _setting_after_verb(nouns: Iterable[str]) -> str:
    """A venue or document of the tables (``nouns``) after a verb of saying, with "in", "at" or "during", a
    determiner and up to two words ("at a joint news conference", "in its statement"): between a verb and its
    words."""
    return rf"\s+(?:in|at|during)\s+(?:{NP_DETERMINER})\s+(?:[\w-]+\s+){{0,2}}?(?i:{_alt(nouns)})\b"


def telling_forms(lex: Lexicon, *tables: dict[str, str]) -> frozenset[str]:
    """The forms of ``tables`` (verb classes of the lexicon) whose lemma is a verb of class tell: "told",
    "telling", "assuring" ..."""
    lemmas = set(lex.tell.values())
    return frozenset(form for table in tables for form, lemma in table.items() if lemma in lemmas)


def _telling(lex: Lexicon) -> str:
    """A participle of telling, its addressee (a mention or up to three words) and "that" (", telling
    reporters that ...", ", assuring the allies that ..."): the participles of class ing whose lemma is a
    verb of class tell."""
    forms = telling_forms(lex, lex.ing)
    return (
        rf"(?:{_alt(forms)})\s+(?:(?:{DEFINITE_DETERMINER})\s+)?(?:{M}|[a-z][\w-]*)(?:\s+(?:{M}|[a-z][\w-]*)){{0,2}}?"
        r"\s+that\b"
    )


def _absolute_participles(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """The participles of saying outside a speech verb's clause: opening a sentence ("Noting that ...,
    X stressed") and in an absolute clause ("with Kyiv saying ...", "with the Kremlin stating ...")."""
    return {
        "fronted_participle": re.compile(
            rf"\s*(?:{D}\s*[\u2013\u2014-]+\s*)?(?:(?:While|After|Before|Also)\s+)?"  # after a date stamp "MAY 2 - "
            rf"(?i:{_alt([*lex.ing_clause, *lex.ing_that])})\s+"
            rf"(?:(?:{NP_DETERMINER})\s+(?:{_alt(lex.stance)})\s+)?that\s+"
        ),
        "with_participle": re.compile(
            # the speaker may be named in apposition to a title in lower case or to a titled mention ("with
            # Putin's foreign policy aide, X, noting that", "with the Kremlin's spokesman, X, saying"; prec21)
            rf"\b(?P<lead>with|and)\s+(?P<appos>(?:(?:the\s+)?(?:{M}|[A-Z][\w-]*)['\u2019]s|the|his|her|its|their)\s+(?:[a-z][\w-]*\s+){{0,4}}?"
            rf"[a-z][\w-]*,\s+|{M},\s+)?(?:the\s+)?(?P<spk>{M})(?(appos),)\s+"
            rf"(?:(?P<topic>(?:{_alt([*lex.ing_clause, *lex.ing_that])})\s+"
            rf"(?:{NP_DETERMINER})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_alt(lex.topic)})\s+(?:{_alt(lex.topic_preposition)})\s+"
            rf"(?=\"))|(?:{_alt([*lex.ing_clause, *lex.ing_that])}){_ing_adjunct(lex)}|"
            rf"(?:{_alt(lex.ing_clause)})\b(?:\s+that\b)?|(?:{_alt(lex.ing_that)})\s+that\b)\s*"
        ),
    }


def _plain_label(lex: Lexicon) -> str:
    """A label after "as", or after "by X as", when it is not quoted: a few words up to the clause's end or a word
    of role label_stop ("and", "for", ...)."""
    return rf"[a-z][\w-]*(?:\s+(?!(?:{_alt(lex.label_stop)})\b)[a-z][\w-]*){{0,5}}"


_NAME_WORDS: Final = r"(?:[A-Z][\w.'\u2019-]*|\x01\x02*)(?:\s+(?:[A-Z][\w.'\u2019-]*|\x01\x02*)){0,3}"


def _described_after(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """An unnamed speaker described by an anonymous word, or a state's mention naming one ("Ukrainian
    official"), and a phrase after it opening with a ``post`` cue, right before a verb: "officials from both
    countries", "Officials in Kyiv", "a senior Ukrainian official familiar with the plans"."""
    return {
        "described_after": re.compile(
            rf"(?:(?P<men>{M})|(?:\b(?:[Aa]n?|[Oo]ne|{word_pattern(lex.count_word, fold_first=True)})\s+)?"
            rf"(?:[a-z-]+\s+){{0,2}}?"
            rf"(?P<doc>\b(?i:{_alt(lex.anonymous)})))"
            rf"\s+(?P<post>(?P<prep>{_alt(lex.post)})\s+(?:[^,;:\"\x01\x03\n]|{M}){{1,50}}?)"
            # members listed between commas after it: "Three people familiar with the plans, among them two
            # US officials, told ..."
            rf"(?:,\s+(?:{_alt(lex.member_list)})\s+[^,;:\"\n]{{1,80}}?,)?\s+{ADV}$"
        ),
        # an outlet named after the word of its kind; the name capitalised words, mentions or a quotation,
        # two joined by "and" ("news outlets Dzerkalo Tyzhnia and Suspilne said")
        "outlet_named": re.compile(
            rf"\b(?:{word_pattern(lex.outlet_before, fold_first=False)})\s+"
            rf"(?P<name>\"[A-Z][^\"\n]{{1,40}}\"|{_NAME_WORDS}(?:\s+and\s+{_NAME_WORDS})?)(?:,\s+which)?\s+{ADV}$"
        ),
        # a company or other organisation named after the word of its kind ("rescue company X said"); the name
        # capitalised words or a mention
        "org_named": re.compile(
            rf"(?<![\w'\u2019-])(?:{word_pattern(lex.org_before, fold_first=True)})\s+(?P<name>{_NAME_WORDS})"
            rf"(?:,\s+which)?\s+{ADV}$"
        ),
        # a company or outlet named before an appositive of its kind ("X, a telecommunications company, said")
        "org_appositive": re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME_WORDS}){kind_appositive(lex)}\s+{ADV}$"),
    }


def kind_appositive(lex: Lexicon) -> str:
    """An appositive of a company's or an outlet's kind after a name, its commas included (", a telecommunications
    company,", ", a newspaper based in Bergen,"; data/speech_cues.tsv roles org_before, outlet_before), the noun of
    the kind in group ``kind``: the speaker finder's ``org_appositive`` (the name speaks) and the mention finder's
    check that the name before it is no person's (``_mentions._kind_appositive``) read the same form."""
    kinds = word_pattern([*lex.org_before, *lex.outlet_before], fold_first=False)
    return (
        rf",\s+(?:an?|the)\s+(?:(?!(?:{_alt(lex.not_kind_word)})\b)[\w-]+\s+){{0,3}}?(?P<kind>{kinds})"
        rf"(?:\s+(?:in|from|of|based\s+in)\s+[^,;\"\n]{{1,30}})?,"
    )


def _label_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """A label outside a label verb's own clause: after a comma by a participle (", calling it part of a
    pattern", ', labeling China "a driver"', ", describing them as a framework") and in the passive
    ('the deal, described as "historic" by X', 'a summit hailed by X as historic')."""
    passive = _alt([f for f in lex.label if f.endswith("ed")])
    label = _plain_label(lex)
    by = rf"by\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){{0,4}}(?P<spk>{M})"
    return {
        # the object a mention (with a possessive's noun: "Russia's military") or a determined noun phrase; an
        # article may stand before a quoted label (', labeling Russia a "paper tiger"'); "but" or "and" may
        # join the participle to the clause (", but describing the talks as ...")
        "label_participle": re.compile(
            rf",\"?\s+(?:(?:but|and|while)\s+)?(?P<ing>{_alt(lex.ing_label)})\s+(?:(?P<pron>it|them|this|that)\s+(?P<as>as\s+)?|"
            rf"(?:{M}(?:['\u2019]s\s+[^,;:\"\x01]{{1,60}}?)?|(?:{NP_DETERMINER})\s+[^,;:\"\x01]{{1,60}}?)\s+"
            rf"(?:(?P<as2>as)\s+)?(?:(?:an?|the)\s+(?=\"))?(?=\"|(?<=as\s)))"
        ),
        # a participle whose object is the words; not its that-clause (read by participle-that) nor a phrase
        # that tells where or when ("announcing on Telegram that ...")
        "participle_object": re.compile(
            rf",\"?\s+(?P<ing>{_alt([*lex.ing_object, *lex.subject_ing_object])})\s+"
            rf"(?!(?:{_alt(lex.not_ing_object)})\b)(?=[a-z\x01\"])"
        ),
        # a participle of a speech act (cue role quote_verb) after a comma or "and", whose object's quotations
        # are the words (', threatening Moscow with "new tariffs"', ', wishing them "good luck"')
        "participle_quotes": re.compile(
            rf"(?:,\"?|\band)\s+(?P<ing>{_alt([f for f in lex.quote_verb if f.endswith('ing')])})\s+(?!that\b)"
        ),
        "passive_label": re.compile(
            rf"\b(?:{passive})\s+(?:as\s+(?P<lab>\"[^\"\n]{{1,120}}\"|{label}),?\s+{by}|"
            rf"{by.replace('spk', 'spk2')}\s+as\s+(?P<lab2>\"[^\"\n]{{1,120}}\"|{label}))"
        ),
    }


_alt: Final = alternation  # the short name inside the patterns below


M: Final = "\x01\x02*"
D: Final = "\x03\x04*"
# A source's aside between commas, its closing comma included ("as reported by Reuters, ", "citing officials, ", "via
# TASS, "): after an "according to" lead, and between an outlet and its verb ("The Guardian, citing its sources,
# reports that ...").
SOURCE_ASIDE: Final = r"\s*(?:as\s+(?:reported|cited)\s+by|citing|via)\s+[^,;\"\n]{1,60},"


# An article or possessive pronoun that opens a noun phrase ("the", "a", "his" ...: class np_determiner of
# data/clause_words.tsv, the table _clauses reads whole), as a regex alternation (no word boundaries: the caller adds
# them).
NP_DETERMINER: Final = alternation(
    word for _n, (word, cls) in tsv_rows("clause_words.tsv", 2) if cls == "np_determiner"
)
# "The" or a possessive pronoun before a title or a noun (class definite_determiner of data/clause_words.tsv), as a
# regex alternation (no word boundaries: the caller adds them).
DEFINITE_DETERMINER: Final = alternation(
    word for _n, (word, cls) in tsv_rows("clause_words.tsv", 2) if cls == "definite_determiner"
)
# The words that may stand between a speaker and its speech verb (role before_verb of data/speech_cues.tsv:
# "also", "has", "late", "himself" ...) or a date.
ADV_WORDS: Final = rf"{alternation(lexicon().before_verb)}|\x03\x04*"
ADV: Final = rf"(?:(?:{ADV_WORDS})\s+){{0,4}}"


def _with_short_quotes(stops: str, least: int, most: int) -> str:
    """From ``least`` to ``most`` steps, as few as will do: a character that is no quotation mark nor one of
    ``stops``, or a short quotation (up to 80 characters, each one step: 'who called it "a trap, a lie"')."""
    return rf"(?:[^\"{stops}]|\"[^\"]{{1,80}}\"){{{least},{most}}}?"


# A relative clause in apposition to a speaker, up to the comma before the verb (twelfth session): commas (a
# list) and short quotations may stand inside it ("X, which includes A, B and C shareholders, said", 'Y, who
# called it "a trap", said'), and after a title between commas it may hang on the title's noun ("X, minister
# of Y, which holds the presidency, said"). Lazy, and each character is one step (a quotation's mark opens
# the only other branch), so the search stays linear.
_REL: Final = rf"(?:who|which|whose)\s{_with_short_quotes(';', 1, 200)}"
# A participle phrase in apposition to a speaker (twelfth session, attr12c): commas only inside its short
# quotations ('X, addressing Y as "an old ally," said': the appositive's comma may close a quotation).
_ING: Final = r"[a-z][a-z-]+ing\s"
_ING_APPOS: Final = _ING + _with_short_quotes(",;", 1, 100)
_ING_APPOS_QUOTE: Final = _ING + _with_short_quotes(",;", 0, 100) + r"\"[^\"]{1,80},\""


# A name after a preposition inside a setting or a place between a speaker and its verb: a mention, or up to
# four capitalised words ("with the BBC", "in Kyiv", "at the White House", "to Camp David").
_NAMED: Final = rf"(?:the\s+)?(?:{M}|[A-Z][\w'\u2019-]*(?:\s+(?:{M}|[A-Z][\w'\u2019-]*)){{0,3}})"


def _noun_phrase(nouns: str, *, names: bool = False) -> str:
    """A determiner, up to two words or a date (with ``names``, mentions too: "a White House briefing"), then one
    of ``nouns`` (an alternation, matched in any case): "a joint news conference", "his nightly address", "the
    Monday briefing"."""
    word = rf"[\w-]+|{D}|{M}" if names else rf"[\w-]+|{D}"
    return rf"(?:{NP_DETERMINER})\s+(?:(?:{word})\s+){{0,2}}?(?i:{nouns})\b"


def _setting_unit(lex: Lexicon) -> str:
    """A setting of the words between a speaker and its verb (twelfth session): a venue, document or occasion
    of the tables after "in", "at", "during" or "on" and a determiner, with up to two words, names or a date
    before its noun ("in his nightly address", "at a joint news conference", "at a White House briefing",
    "during a visit") and up to two
    complements naming who or where ("with the BBC", "to Lviv", "in Kyiv", "with reporters")."""
    nouns = _alt([*lex.venue, *lex.doc, *lex.occasion])
    complement = rf"\s+(?:with|to|in|at|of|for|by|from|between)\s+(?:{_NAMED}|(?:{_alt(lex.address)})\b)"
    return (
        rf"(?:in|at|during|on)\s+{_noun_phrase(nouns, names=True)}"
        rf"(?:{complement}){{0,2}}"
    )


def _between(lex: Lexicon) -> str:
    """What may stand between a speaker and its speech verb, up to four of them: the adverbs and dates of
    ``ADV``, a date after "in" or "at" ("Kallas in September said"), a medium ("the ministry on Telegram
    said"), a setting (:func:`_setting_unit`: "X in an interview with the BBC said", "X during a visit to
    Lviv on Monday warned"), a place named after "in" or "at" ("X at the White House said") and a
    parenthesis ("X on Monday (March 10) said"), then an adverb in -ly ("quickly")."""
    mediums = _alt(lex.medium)
    unit = (
        rf"(?:in|at)\s+{D}|on\s+(?:the\s+)?(?:{mediums})|{_setting_unit(lex)}|(?:in|at)\s+{_NAMED}|"
        r"\([^()\"\n]{1,40}\)"
    )
    # an adverb in -ly ("X officially announced", "Y swiftly dismissed"), not a noun or adjective in -ly (role
    # not_ly_adverb: "the Kallas family said", "a daily said")
    ly_adverb = rf"(?!(?:{_alt(lex.not_ly_adverb)})\b)[a-z]{{2,}}ly"
    return rf"(?:(?:{ADV_WORDS}|{unit})\s+){{0,4}}(?:{ly_adverb}\s+)?"


PRONOUNS: Final = r"\b(?:[Hh]e|[Ss]he|[Ii]t)"


# Rule proper-adjective-addressee (sixteenth session, attr16): a proper adjective by its English endings (-an,
# -ern, -ese, -ish, -ic: "European", "Ukrainian", "Western", "Chinese", "British", "Baltic") may describe a plural
# addressee of a verb of telling as a lower-case word does ("told European leaders he hopes ...", "told Western
# officials that ...", "told Russian news agencies that ..."); a capitalised word of another shape stays no part
# of it (a name is a mention).
_PROPER_ADJECTIVE: Final = r"[A-Z][a-z]+(?:an|ern|ese|ish|ic)"
# Up to two modifiers between the proper adjective and the plural noun ("Russian news agencies", "European defence
# ministers"): words that are no plural (not in a single -s; "news", "-ss" words are), so that the noun is the last.
_PLURAL_MODIFIERS: Final = r"(?:\s+(?:[a-z]+(?:[a-rt-z]|ss)|news)){0,2}"


def _addressee_before_that(lex: Lexicon) -> str:
    """Rule addressee-before-that (twelfth session): one addressee of a verb of telling right before its "that": a
    noun phrase opened by a determiner, a possessive mention or a mention with "of" after it, of up to six
    words or mentions none of which is a word of role addressee_stop, with an appositive between commas
    ("told his counterpart that", "informed the chair of the Security Council that", "told his Ukrainian
    counterpart, X, on Thursday that"); a date may stand between it and the "that"; not a venue."""
    word = rf"(?!(?:{_alt(lex.addressee_stop)})\b)(?:[\w'\u2019-]+|{M})"
    # not a venue ("told a news conference that": where, not whom; the addressee pattern's venue branch)
    venue = _noun_phrase(_alt(lex.venue))
    return (
        rf"(?!{venue})(?:(?:{NP_DETERMINER})\s+|{M}['\u2019]s\s+|(?={M}\s+of\s))(?:{word}\s+){{0,5}}?{word}"
        rf"(?:,\s+(?P<appos>[^,;\"\n]{{1,60}}?),)?(?=\s+(?:(?:(?:on|late|early)\s+)*{D}\s+)?that\b)"
    )


# A title between an inverted verb and its speaker's mention ("said the UN envoy for refugees, \x01"), checked
# by nato_ukraine_timeline._speakers (it must name an office); none is tried first, so that the mention right
# after the verb speaks before one further on ("said [X] after a call with [Y]": X, not Y after a "title").
# Rule title-with-acronym (twenty-second session, bodies22): a body's name in a title may carry its initials in
# brackets right after it, as a mention or as capitals the finder does not know ("International Atomic Energy
# Agency (IAEA) Director General X said", "the head of the State Emergency Service (SES) X said"): the
# parenthesis is one word of the speaker's phrase, not a mark that ends it.
ACRONYM_IN_TITLE: Final = rf"\((?:{M}|[A-Z][A-Za-z.&-]{{1,9}})\)"


@cache
def title_prepositions() -> str:
    """The prepositions that may follow a title noun and join it to its body or its field ("head of the
    region", "envoy for refugees", "adviser on security", "ambassador to the UN", "professor at the academy",
    "governor in the region"): role title_preposition of data/speech_cues.tsv, one alternation (no word
    boundaries: callers add theirs). The one set every rule reading a title's preposition reads."""
    return alternation(lexicon().title_preposition)


def _title_before() -> str:
    """The optional title before an inverted verb's speaker (see the comment above); its prepositions are role
    title_preposition."""
    word = rf"(?:[\w'\u2019.-]+|{M}|{ACRONYM_IN_TITLE})"
    return rf"(?P<title>(?:{word}(?:\s+(?:{title_prepositions()})\s+(?:the\s+)?|,?\s+)){{1,6}}?)??"


# Rule quoted-as-saying (seventeenth session, attr17b): "AGENT quoted X as saying" names X the speaker whatever
# the agent is -- a known outlet, or a noun phrase no mention reads ("the newspaper", "the state channel", "the
# agency's press service"): one to four words (a mention among them) before "quoted".
_QUOTING_AGENT: Final = rf"(?<![\w\x01\x02'\u2019.-])(?:[\w\x01\x02'\u2019.-]+\s+){{0,3}}(?:(?P<by2>{M})|[\w'\u2019-]+)"


# Rule described-again (seventeenth session, attr17c): before a noun of a person (back role person or title),
# the describing words may also be written with a capital, a digit or as a mention -- a state, a party, a
# region, an age ("the Slovak politician", "the South Carolina Republican", "the 62-year-old diplomat"): group
# "shaped" holds them, and :func:`._speakers.named_again` reads them as words about the person, not an office.
_SHAPED_WORD: Final = rf"(?:{M}|[A-Z][\w.'\u2019-]*|\d[\w-]*)"


def _back(lex: Lexicon) -> str:
    """ "The", describing words and a noun that names the speaker just before ("the deputy speaker"); no
    describing word of role not_same ("the former president" is someone else). Before a person's noun, one to
    three words of a capital, a digit or a mention first (group "shaped": "the Slovak politician")."""
    people = [noun for noun, kind in lex.back.items() if kind in {"person", "title"}]
    return (
        rf"(?P<back>\b[Tt]he\s+(?P<shaped>(?:{_SHAPED_WORD}\s+){{1,3}}(?=(?i:{_alt(people)})\b))?"
        rf"(?:(?!(?:{_alt(lex.not_same)})\b)[a-z][\w-]*\s+){{0,2}}?(?P<noun>(?i:{_alt(lex.back)})))"
    )


def inverted_subject_end(lex: Lexicon) -> str:
    """A lookahead for the end of a described subject right after an inverted verb, ending its clause (", said
    authorities.", '"...," said the parliamentarian on Monday'): the clause's end or a closing quotation mark, a
    date, or a word of roles after_speaker and after_verb of data/speech_cues.tsv (", said Turkish diplomatic
    sources by phone"). Read by rules people-after-inverted-verb (:mod:`._descriptions`) and
    back-noun-after-inverted-verb (``back_after``)."""
    after = _alt([*lex.after_speaker, *lex.after_verb], space=r"\s+")
    return rf"(?=\s*(?:[.,;:!?\"\u201d]|\x03|$)|\s+(?:{after})\b)"


def _report_after(lex: Lexicon) -> re.Pattern[str]:
    """A media outlet's report after the words, ending the sentence (", the FT reported on Monday, citing
    ..."): the outlet may be described before its name and spelled out after it (", Moscow's Interfax agency
    reported", ", North Korean state news agency KCNA reported", ", the official X (KCNA) reported", a
    possessive before it that no mention covers: ", the North's official X reported"); a
    that-clause after the verb is the outlet's words, not a tail; the comma may close a quoted phrase that ends
    the words ('... a bill that "reverses the rollback," RBC-Ukraine reported')."""
    return re.compile(
        rf",\"?\s+(?:the\s+|a\s+)?(?:(?:{M}|[A-Z][a-z]+)['\u2019]s\s+)?(?:[A-Z][a-z]+\s+){{0,2}}(?:[a-z-]+\s+){{0,3}}?(?P<spk>{M})"
        rf"(?:\s*\([^()\"]{{1,20}}\))?\s+(?:(?:{_alt(lex.report_after_adverb)})\s+)?"
        rf"(?P<verb>(?i:{_alt(lex.report)})|{_alt(lex.report_tail)})\b(?!\s+that\b)(?P<tail>[^\"]*)$"
    )


def _said_by(lex: Lexicon) -> re.Pattern[str]:
    """A sentence that only says who said the sentence before it, up to the phrase naming the speaker: "This
    was stated by", "This is reported by", "This development was reported by", "That has been confirmed
    by", "This is stated in the statement of" (a document of the speaker: ``doc`` cues of
    data/speech_cues.tsv), "The announcement was made by" (a light verb with a noun of saying), "That's
    according to"; a quotation mark may open the name ("This is reported by 'X'")."""
    verbs = verb_words("say", "declare", "report", space=" ")
    docs = _alt(lex.doc)
    return re.compile(
        rf"\s*(?:(?:This|That|It)(?:\s+(?:{_alt(lex.this_noun)}))?\s+(?:was|is|has\s+been)\s+(?:(?:also|first|earlier)\s+)?"
        rf"(?i:{verbs})\b(?:\s+in\s+(?:the|an?|its)\s+(?:[\w-]+\s+)?(?:{docs})\s+(?:of|by)|[^\"\n]{{0,80}}?\bby)|"
        rf"The\s+(?:announcement|statement)\s+was\s+made\s+by|"
        r"(?:This|That)(?:['\u2019]s|\s+is|\s+was)\s+according\s+to)\s+(?:['\"\u2018\u201c]\s*)?"
    )


class Patterns(NamedTuple):
    verb: re.Pattern[str]  # a speech verb
    site_verb: re.Pattern[str]  # a speech verb or a verb of opinion (data/opinion_verbs.tsv): where rules read
    left_speaker: re.Pattern[str]
    inverted: re.Pattern[str]
    back_after: re.Pattern[str]  # ', said the parliamentarian.': a noun naming the speaker just before, after the verb
    doc_speaker: re.Pattern[str]
    doc_word: re.Pattern[str]  # any word ``doc_speaker`` needs: where none is, it cannot match
    outlet_named: re.Pattern[str]  # "state media YLE reported": a name after the word of its kind
    org_named: re.Pattern[str]  # "rescue company X said": a company's name after the word of its kind
    org_appositive: re.Pattern[str]  # "X, a telecommunications company, said": a name before its kind
    described_after: re.Pattern[str]  # "officials from both countries said": a description with what follows it
    according: re.Pattern[str]
    quoted: re.Pattern[str]
    participle: re.Pattern[str]
    participle_that: re.Pattern[str]
    participle_clause: re.Pattern[str]
    with_participle: re.Pattern[str]  # "with/and Kyiv saying (that) ...": an absolute clause of a speaker
    fronted_participle: re.Pattern[str]  # "Noting that ..., " opening a sentence whose subject speaks
    label_participle: re.Pattern[str]  # ", calling it ...", ", labeling China "...": a label after a clause
    passive_label: re.Pattern[str]  # 'described as "historic" by X', 'hailed by X as historic'
    participle_object: re.Pattern[str]  # ", noting significant progress", ", promising to ...": the words
    participle_quotes: re.Pattern[str]  # ', threatening X with "words"': the quotations in its object
    medium_on: re.Pattern[str]
    venue: re.Pattern[str]
    addressee: re.Pattern[str]  # who is told: a mention, an outlet, a group ("told Russian state media"), a venue
    report_after: re.Pattern[str]
    outlet_that: re.Pattern[str]  # "the New York Times is reporting that ..."
    according_lead: re.Pattern[str]  # "According to an official, " opening a clause
    said_by: re.Pattern[str]  # "This was stated by" / "That's according to" after the words, before X
    quote_label: re.Pattern[str]  # "Quote from X: " or "Quote: " before a quotation
    source_line: re.Pattern[str]  # a "Source: X ..." line naming who the story's words are from
    headline: re.Pattern[str]
    transcript_label: re.Pattern[str]  # "SULLIVAN: ..." opening a line of a transcript
    skip_mid: re.Pattern[str]
    tell_forms: frozenset[str]
    declare_forms: frozenset[str]
    agent_forms: frozenset[str]
    anonymous_forms: frozenset[str]  # an unnamed speaker the text only describes ("a US official")
    voice_forms: frozenset[str]  # a state's unnamed speakers as one body after a demonym ("Ukrainian military")
    label_forms: frozenset[str]


def _verb_patterns() -> dict[str, re.Pattern[str]]:
    """A speech verb ("verb"), and a speech verb or a verb of opinion ("site_verb": where the rules read)."""
    speech = [*verb_forms("say", "declare", "tell", "label", "quote_verb"), *document_verbs()]
    return {
        # read in every sentence: a branch per case of a first letter (word_pattern's case_branches)
        "verb": re.compile(rf"\b(?P<verb>{word_pattern(speech, case_branches=True)})\b"),
        "site_verb": re.compile(rf"\b(?P<verb>{word_pattern([*speech, *verb_forms('think')], case_branches=True)})\b"),
    }


def _outlet_noun(lex: Lexicon) -> str:
    """The kind of outlet after its name, optional: "told the Ukrainska Pravda news site"."""
    return rf"(?:\s+(?:news\s+)?(?:{word_pattern(lex.outlet_kind, fold_first=False)}))?"


def _speaker_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """Who speaks around a speech verb: the speaker before it (a mention, a group, a pronoun, a noun that points
    back), the speaker after it (inverted), a document or an unnamed agent that speaks, and its word alone."""
    docs = _alt(lex.doc)
    agents = [*lex.agent, *lex.anonymous]
    return {
        "left_speaker": re.compile(
            rf"(?:(?P<spk>{M})(?:'s\s+(?:{word_pattern(lex.owned_body, fold_first=False)})|"
            rf"(?P<grp>\s+(?:(?:{word_pattern(lex.group_modifier, fold_first=False)})\s+)?"
            rf"(?:{word_pattern(lex.group, fold_first=False)})))?"
            rf"(?:\s*\([^()\"]{{1,40}}\))?(?P<appos>,\s(?:{_REL}|{_ING_APPOS}|[^,\";]{{1,100}}(?:,\s{_REL})?),|,\s{_ING_APPOS_QUOTE})?,?(?P<rel>\s+who)?|"
            rf"(?P<pron>{PRONOUNS})|{_back(lex)})\s+{_between(lex)}$"
        ),
        "inverted": re.compile(
            rf"\s+(?:the\s+)?(?:{M}['\u2019]s\s+)?{_title_before()}(?P<spk>{M})(?P<tail>(?:\s*(?:[,.;:!?]|\((?!{M}\)\s+(?:[A-Za-z][\w'\u2019-]*\s+){{0,4}}\x01))|"
            rf"\s+(?:{_alt(lex.after_speaker)}|{_alt(lex.after_verb)})\b|\s+{D}|\s*$))"
        ),
        # rule back-noun-after-inverted-verb: the noun of :func:`_back` after an inverted verb, ending the clause as
        # a described subject after an inverted verb does (:func:`inverted_subject_end`)
        "back_after": re.compile(rf"\s+{_back(lex)}{inverted_subject_end(lex)}"),
        "doc_speaker": re.compile(
            rf"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:(?P<org>{M})(?:'s)?\s+)?(?<![\w-])(?:[a-z][a-z-]*\s+){{0,2}}?"
            rf"(?P<doc>(?i:{docs}|{_alt(agents)}))(?:\s+(?:of|on|about)\s+(?:{DEFINITE_DETERMINER})\s+[a-z]+)?"
            rf"(?:\s+(?:from|by|of|for|issued by|released by)\s+(?:the\s+)?"
            rf"(?P<org2>{M}))?(?:,\s[^,\";\x01]{{1,60}},)?\s+{ADV}$"
        ),
        "doc_word": re.compile(f"(?i:{word_pattern([*lex.doc, *agents], fold_first=False, space=' ')})"),
    }


def _source_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """Words told as another's: "X was quoted as saying", "according to X" (in a clause and opening one), and
    "This was stated by X" after the words."""
    docs = _alt(lex.doc)
    outlet_noun = _outlet_noun(lex)
    return {
        # rule quoted-as-saying; speak25: an adverb before "quoted", the outlet's kind after its name ("was
        # reportedly quoted by the Tass news agency as saying"), a state's described people ("quoted Ukrainian
        # officials as saying") and a date before "as" ("quoted him on Sunday as saying"); not an appositive after
        # the name (tried: its one case on the read pools was right but spelt otherwise by the gold)
        "quoted": re.compile(
            rf"(?:(?P<spk>{M})\s+(?:was|is|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?quoted\s+"
            rf"(?:by\s+(?:(?:the\s+)?(?P<by>{M}){outlet_noun}|(?:his|her|its|their)(?:\s+[a-z-]+){{1,3}}?)\s+)?|"
            rf"{_QUOTING_AGENT}\s+quoted\s+(?:(?:the\s+)?(?P<spk2>{M})(?:\s+(?:[a-z-]+\s+)?(?:{_alt(lex.bare_source)}))?"
            rf"|(?P<pron2>\b[Hh]im|\b[Hh]er)|{_back(lex)})\s+(?:(?:on\s+)?{D}\s+)?)"
            rf"as\s+(?:saying|telling\s+(?P<to>{M}|[a-z]+))\b(?:\s+that\b)?\s*"
        ),
        "according": re.compile(
            rf"(?i:\baccording to|\bas per)\s+(?P<np>(?:(?:{NP_DETERMINER})\s+)?(?:[^\s,;\"]+\s+){{0,4}}?"
            rf"(?:(?P<spk>{M})(?:'s)?(?:\s+(?:[a-z-]+\s+){{0,2}}(?P<doc>(?i:{docs})))?|(?P<doc2>(?i:{docs}))"
            rf"(?:\s+of\s+the\s+[a-z]+)?(?:\s+(?:from|by|of|(?:[a-z]{{3,}}ed|in\s+(?:[A-Z][a-z]+|{M}))\s+by)\s+(?:the\s+)?(?P<spk2>{M}))?))"
        ),
        "according_lead": re.compile(r"\s*(?i:according\s+to|as\s+per)\s[^,\"]{1,80},\s*"),
        "said_by": _said_by(lex),
    }


def _participle_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """A participle of saying after a comma: with its clause (", saying that ..."), with its that-clause or a bare
    clause (", adding work remains ..."), and before a quotation (', warning "...')."""
    return {
        "participle_clause": re.compile(rf",\s+{participle_of_saying()}"),
        "participle_that": re.compile(
            # after a statement any saying participle may take a bare clause (", adding work remains ...")
            rf",\"?\s+(?:(?:{_alt(lex.ing)})(?:{_ing_adjunct(lex)}|\s+that)\s+|{_telling(lex)}\s+|"
            rf"(?P<bare>{_alt([*lex.ing_clause, *lex.ing_that])})\s+(?!that\b|\"))"
        ),
        "participle": re.compile(
            r",\s+(?P<ing>" + _alt(lex.ing) + r")\b(?:\s+that\b)?\s*(?P<lead>(?:[^\s\"]+\s+){0,3}?)(?=\")"
        ),
    }


def _setting_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """Where and to whom words were said: a medium ("on Telegram"), a venue ("at a news conference"), an
    addressee ("told Reuters", "told the allies"), and what may stand between a verb and its words."""
    mediums = _alt(lex.medium)
    venues = _alt([*lex.venue, *lex.doc])
    settings = _setting_after_verb([*lex.venue, *lex.doc])
    outlet_noun = _outlet_noun(lex)
    return {
        "medium_on": re.compile(rf"\b(?:on|via|in\s+a\s+post\s+on|in\s+a\s+\w+\s+on)\s+(?:the\s+)?(?P<m>{mediums})\b"),
        "venue": re.compile(
            rf"\b(?:[Ii]n|[Aa]t|[Dd]uring|[Oo]n|[Vv]ia)\s+(?:(?:{NP_DETERMINER})\s+)?"
            rf"(?P<v>(?:(?:[^\s,;\"\x03]+|\x03\x04*)\s+){{0,3}}?(?i:{venues})\b(?:\s+(?:with|to|on|in|at|of|for|by)\s+"
            rf"[^,;\"\x03]{{1,80}}?)?)(?=\s*(?:$|[,.;:]|\x03|\s(?:{_alt(lex.after_venue)})\b))"
        ),
        "addressee": re.compile(
            rf"\s+(?!(?:{_alt(lex.not_addressee)})\b)"
            rf"(?P<a>{_addressee_before_that(lex)}|(?:the\s+)?{_PROPER_ADJECTIVE}{_PLURAL_MODIFIERS}\s+[a-z]{{2,}}[a-rt-z]s\b|{M}['\u2019]s\s+(?:[a-z]{{3,}}\s+)?[a-z]{{2,}}[a-rt-z]s\b|"
            rf"{M}['\u2019]s\s+(?:{M}|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})|(?:{M}(?:\s+{M})*){outlet_noun}|"
            rf"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?i:{_alt(lex.address)})\b|(?P<venue>{_noun_phrase(_alt(lex.venue))}"
            rf"(?:\s+of\s+(?:(?:{DEFINITE_DETERMINER})\s+)?(?:[A-Z][\w'-]*|{M})(?:\s+(?:[A-Z][\w'-]*|{M})){{0,3}})?)|"
            rf"(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}}{outlet_noun}|"
            rf"(?:(?:{DEFINITE_DETERMINER})\s+)?(?:[a-z]{{3,}}\s+)?[a-z]{{2,}}[a-rt-z]s\b|him\b|them\b|us\b)"
        ),
        # what may stand between a verb and its words: a date (not a possessive one, which opens the words as
        # their first noun's determiner: "said Sunday's vote was fair"), a word after the verb, a medium, a venue
        "skip_mid": re.compile(
            rf"(?:\s*,?\s*(?:on\s+|in\s+|late\s+|early\s+)?{D}(?!\x04|['\u2019]s\b)|\s+(?:{_alt(lex.after_verb)})\b|\s+on\s+(?:the\s+)?(?:{mediums})\b|{settings})+"
        ),
    }


def _line_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """Forms of a news text's lines and reports: an outlet's report after the words or before a that-clause, a
    quote label and a source line (Ukrainian outlets' format), a headline quotation, a transcript's label."""
    outlet_noun = _outlet_noun(lex)
    return {
        "report_after": _report_after(lex),
        # "Quote from Trump: "..."", "Quote: "..."" after a "Source: X" line (Ukrainian outlets' format)
        "quote_label": re.compile(rf"\s*(?:Quote|Quotes)(?:\s+from\s+(?P<spk>{M}))?\s*:\s*(?=\")"),
        "source_line": re.compile(r"(?m)^[ \t]*Source[ \t]*:[^\n]{0,200}"),
        # the outlet's own sources may stand between it and its verb: "X, citing its sources, reports that ..."
        "outlet_that": re.compile(
            rf"(?P<out>{M}){outlet_noun}(?:,{SOURCE_ASIDE})?\s+(?:(?:{_alt(lex.outlet_that_adverb)})\s+)?"
            rf"(?P<verb>(?i:{verb_words('report', 'outlet', 'say', 'declare', space=' ')}))\b[^\"\n;]{{0,80}}?\bthat\s+"
        ),
        "headline": re.compile(
            rf"(?:(?:'(?P<q1>[^\n]{{3,300}}?)'|\"(?P<q2>[^\"\n]{{3,300}})\")\s*[\u2014\u2013-]{{1,2}}\s*(?:[^\x01]{{0,40}}?)"
            rf"(?P<spk>{M})|(?P<spk2>{M})\s*:\s*(?:'(?P<q3>[^\n]{{3,300}})'|\"(?P<q4>[^\"\n]{{3,300}})\")\s*$)"
        ),
        # a speaker's label opening a transcript's line: "SULLIVAN: ", "SECRETARY OF DEFENSE X: "
        "transcript_label": re.compile(
            rf"(?m)^[ \t]*(?:[A-Z][A-Z.'-]*[ \t]+){{0,6}}(?P<spk>{M})[ \t]*:[ \t]*(?=[^\s\"])"
        ),
    }


@cache
def patterns() -> Patterns:
    """Every pattern of the speech layer, made once from the tables: each named piece reads one concept."""
    lex = lexicon()
    agents = [*lex.agent, *lex.anonymous]
    return Patterns(
        **_verb_patterns(),
        **_speaker_patterns(lex),
        **_described_after(lex),
        **_source_patterns(lex),
        **_participle_patterns(lex),
        **_absolute_participles(lex),
        **_label_patterns(lex),
        **_setting_patterns(lex),
        **_line_patterns(lex),
        # the forms of verb and speaker classes the rules look words up in, case-folded
        tell_forms=frozenset(k.casefold() for k in lex.tell),
        declare_forms=frozenset(k.casefold() for k in lex.declare),
        agent_forms=frozenset(k.casefold() for k in agents),
        anonymous_forms=frozenset(k.casefold() for k in lex.anonymous),
        voice_forms=frozenset(k.casefold() for k in lex.voice),
        label_forms=frozenset(k.casefold() for k in lex.label),
    )


class ClausePatterns(NamedTuple):
    """Patterns of clause boundaries and attribution tails that name verb classes of the table."""

    clause_cut: re.Pattern[str]  # where a clause ends (searched)
    clause_cut_at: re.Pattern[str]  # the same, matched at a start inside a run of spaces
    content_cut: re.Pattern[str]  # where reported content ends before a participle, venue or contrast
    tail_ok: re.Pattern[str]  # what may follow a speech verb that ends an attribution
    reported_that: re.Pattern[str]  # an outlet's "reported ... that" ending at the search end
    speaker_next: re.Pattern[str]  # a speaker and a verb after a quoted question: the sentence goes on
    venue_tail: re.Pattern[str]  # ", in an interview with X published on Saturday": where the words were said


@cache
def clause_patterns() -> ClausePatterns:
    lex = lexicon()
    cut = _alt(lex.cut)
    setting = (
        rf"(?:in|during|at)\s+(?:{NP_DETERMINER})\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{word_pattern(lex.setting, fold_first=False)})\b"
    )
    body = (
        r"\s*(?:;|,?\s*\"|\s[\u2014\u2013]\s|\s\(|"
        rf",\s+(?=(?:{_alt(lex.clause_cut_word)}|{cut}|"
        r"according to|amid|despite|in a move|in\s+(?:their|its|his|her|what)|a day|two days|days)\b)|"
        r",\s+(?:the\s+|a\s+)?(?=\x01\x02*(?:'s)?\s+\w+))"
    )
    return ClausePatterns(
        # Searched, it starts at the first space of a run or at a non-space: every start inside a run of
        # spaces reaches only what the run's first space reaches, and trying them all would be quadratic.
        clause_cut=re.compile(r"(?:(?<!\s)|(?!\s))" + body),
        clause_cut_at=re.compile(body),
        content_cut=re.compile(
            rf",\s+(?=(?:{cut}|according to|as|in a move|despite)\b)|"
            # the comma inside the closing quotation mark: 'agreed on "many points," adding that ...'
            rf"(?<=,\")\s+(?=(?:{cut})\b)|"
            rf",\s+(?={setting})|"
            # (a second saying or someone else's clause after the words: nato_ukraine_timeline._act_bounds)
            r",\s+(?=(?:while|whereas|but)\s+(?:the\s+)?\x01)"
        ),
        tail_ok=re.compile(
            rf"(?:\s+(?:{_alt(lex.tail_word)}|{_alt(lex.after_verb)}|{_alt(lex.tail_verb)})\b|\s*\x03|\s*[.!?\"')]|\s*$|"
            # after a comma, any participle too: ", posting a photo"
            rf"\s*,\s*(?:{_alt(lex.tail)}|{_alt(lex.tail_comma_word)}|\x03|[a-z]{{3,}}ing)\b)"
        ),
        reported_that=re.compile(
            rf"(?P<out>\x01\x02*)\s+(?:(?:{_alt(lex.reported_that_adverb)})\s+)?"
            rf"(?:{_alt(lex.outlet)})\b[^\"\n]{{0,120}}?\bthat\s+$"
        ),
        speaker_next=re.compile(rf"\s+(?:[A-Z][\w.'\u2019-]*\s+){{1,6}}(?:{_alt(lex.after_question)})\b"),
        venue_tail=re.compile(rf",\s+{setting}"),
    )
