"""Statements: who said what, from the sentences of the analysed document, by an ordered table of rules.

The rules read the document's *mask* (:mod:`._document`), where each actor mention is one token
(``\\x01\\x02...``) and each date mention another (``\\x03\\x04...``), so a rule reads like the grammar it
encodes. Each rule is an :class:`AttributionRule`: a name, the form it reads, a ``find`` function and
examples that run as tests. :data:`RULES` is the table, in order of precedence: words attributed by an
earlier rule are not taken again by a later one. Rules marked ``per_verb`` run at each speech verb of the
sentence that has a speaker (a :class:`._speakers.VerbSite`); the first of them that claims the verb ends
its turn. The other rules run once per sentence.

The date of a statement is a date mention in the attribution (between the speaker and the words, or in
the tail after the speech verb); a date inside the reported words never dates the saying. A media outlet
that "reported" is the source of a report (its name becomes the statement's medium), not a speaker:
``..., the FT reported``, ``the FT reported [on D] [, citing ...,] that X said ...`` (X speaks; the
report's date does not date the saying) and ``according to the FT``. Speakers joined by "and"
(``Zelensky and Macron said in a joint statement``) each get the statement. A feed item may open with a
dateline or a bare date and a dash (``Feb. 17 - X said``). Speech verbs and cue words come from
``data/speech_verbs.tsv``.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from ._act_bounds import act_end, linked_participles, links, split_words
from ._actors import ARTICLES, unknown_actor
from ._clauses import (
    BACK,
    BARE_SAID_CONTENT,
    FORWARD,
    NOT_CONTENT_START,
    clause_soon,
    clause_words,
    content_end,
    cut_clause,
    intro_end,
    medium_in,
    opens_content,
    plausible_content,
    subject_pronouns,
    tail_kind,
    trim,
)
from ._cross_rules import attributes_before, said_by, said_this, titled_then_named
from ._descriptions import described_source
from ._document import (
    Doc,
    Mention,
    date_in,
    in_quote,
    mention_at,
    prefer_named_day,
    quote_ending_at,
    quote_starting_at,
    sentences_with,
    whole_paragraph,
)
from ._drop_rules import DROP_RULES
from ._found import (
    CONTINUING_QUOTE,
    NESTED,
    SOURCE_LINE,
    AttributionRule,
    Found,
    SentenceState,
    join_copies,
    may_nest_in,
    one_copy_per_speaker,
)
from ._joint import listed_after
from ._lead_rules import as_reported_lead, statement_lead_line
from ._mentions import title_noun_words
from ._quote_rules import (
    any_dash,
    clause_quotes,
    colon_quote,
    dash_paragraph,
    subject_quotes,
    unmarked_words_paragraph,
)
from ._sentences import word_pattern
from ._speakers import (
    Context,
    body_member_after,
    clause_subject,
    described_mention,
    document_author,
    named_again,
    resolve_pronoun,
    speaker_of,
    verb_sites,
)
from ._speech import (
    DEFINITE_DETERMINER,
    NP_DETERMINER,
    SOURCE_ASIDE,
    Lexicon,
    alternation,
    lexicon,
    participle_of_saying,
    patterns,
    verb_words,
)
from ._statement_dates import date_statements
from ._tail_rules import (
    as_reported_by,
    cited_outlet,
    source_line,
    source_speaker,
    verb_then_outlet,
    written_outlet_report,
)
from ._verb_rules import (
    content_then_speaker,
    expressed_intent_pattern,
    label,
    no_saying_at,
    noun_object,
    opinion_that,
    opinion_unread,
    phrase_then_speaker,
    proposition_object,
    quote_then_speaker,
    quoted_object,
    speaker_then_content,
    topic_quote,
)
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._sentences import Sentence
    from ._speakers import VerbSite
    from .model import DateMention

__all__ = [
    "RULES",
    "AttributionRule",
    "Doc",
    "Found",
    "Lexicon",
    "Mention",
    "find_statements",
    "lexicon",
    "prefer_named_day",
]


# -- sentence rules --------------------------------------------------------------------------------------


def _headline(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """A headline quotation: "'words' -- Speaker on topic", "Speaker: 'words'"; the sentence is done."""
    doc = st.doc
    h = patterns().headline.match(doc.mask, st.s0, st.s1)
    if h is None:
        return None
    group = next(g for g in ("q1", "q2", "q3", "q4") if h.group(g) is not None)
    if h.group("spk") and patterns().verb.search(doc.mask, h.end("spk"), st.s1):
        return None  # '"words," - the bloc's envoy X said.': an attribution after a dash, read at its verb
    speaker = speaker_of(doc, h.start("spk") if h.group("spk") else h.start("spk2"))
    if speaker is None:
        return None
    return [Found(speaker, h.start(group), h.end(group), direct=True, sentence=st.si, headline=True)]


_ARTICLE_END: Final = re.compile(r"(?<![\w.])(?:[Tt]he|[Aa]n?)$")


def _quoted_speaker(st: SentenceState, qm: re.Match[str]) -> Actor | None:
    """Whom "quoted" names: a mention, else "him"/"her" (the pronoun's person) or a noun naming the speaker
    just before ("quoted the diplomat as saying")."""
    if qm.group("pron2"):
        pron = "she" if qm.group("pron2").lower() == "her" else "he"
        return resolve_pronoun(st.doc, st.ctx, qm.start("pron2"), st.si, pron)
    if qm.group("back"):
        return named_again(st.doc, st.ctx, st.si, qm)
    if qm.group("spk2") and (people := described_mention(st.doc, qm.start("spk2"))) is not None:
        return people  # "quoted US officials as saying": the state's described people
    return speaker_of(st.doc, qm.start("spk") if qm.group("spk") else qm.start("spk2"))


def _quoted_as_saying(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Speaker was quoted by Outlet as saying ...', 'Outlet quoted Speaker as saying ...'."""
    found: list[Found] = []
    doc, mask, s0, s1 = st.doc, st.doc.mask, st.s0, st.s1
    if mask.find("quoted", s0, s1) < 0:
        return None
    for qm in patterns().quoted.finditer(mask, s0, s1):
        speaker = _quoted_speaker(st, qm)
        by_at = qm.start("by") if qm.group("by") else (qm.start("by2") if qm.group("by2") else -1)
        outlet = doc.mentions.get(by_at) if by_at >= 0 else None
        if speaker is None or in_quote(doc, qm.start()):
            continue
        lead = _ARTICLE_END.sub("", mask[s0 : qm.start()].rstrip())  # '"...," the NIS was quoted as ...'
        before = quote_ending_at(doc, s0 + len(lead.rstrip().rstrip(",")))
        q = quote_starting_at(doc, qm.end())
        if before is not None and before[0] >= s0:  # '"...," Lavrov was quoted as saying in a statement'
            c0, c1, direct = before[0] + 1, before[1] - 1, True
        elif q is not None:
            c0, c1, direct = q[0] + 1, q[1] - 1, True
        elif plausible_content(mask[qm.end() : qm.end() + 200], mask, qm.end(), patterns()):
            c0, c1 = trim(doc.text, qm.end(), content_end(doc, qm.end(), min(s1, qm.end() + FORWARD)))
            direct = False
        else:
            continue  # '... was quoted as saying in a statement': the words are elsewhere
        if c1 - c0 >= 3:
            medium = outlet.actor.name if outlet is not None else None
            found.append(
                Found(
                    speaker,
                    c0,
                    c1,
                    direct=direct,
                    when=date_in(doc, qm.start(), qm.end()),
                    medium=medium,
                    sentence=st.si,
                )
            )
    return found


# A source's aside after an "according to" lead: "as reported by Reuters, ", "citing officials, ".
_ASIDE: Final = re.compile(SOURCE_ASIDE)


# A clause boundary before a mid-sentence "according to" lead: "..., but according to X, words", "... and, according
# to X, words" (the conjunction's own comma: still the clause after).
_TURN: Final = re.compile(rf"(?:[,;]|(?<!\s)\s)\s*(?:{alternation(lexicon().turn_word)}|however),?$|;$")


# A complementizer and a comma right before an "according to" lead: the lead opens a parenthetical inside another
# saying's that-clause ("X said that, according to intelligence, ...").
_THAT_COMMA: Final = re.compile(r"(?<![\w-])that\s*,$")


def _according_words(st: SentenceState, am: re.Match[str]) -> tuple[int, int, bool, DateMention | None] | None:
    """The words an 'according to' attributes: a quotation or clause before it, or the clause after it."""
    doc, mask, s0, s1 = st.doc, st.doc.mask, st.s0, st.s1
    b0 = max(s0, am.start() - BACK)
    before = mask[b0 : am.start()].rstrip()
    # a wire's dateline or a section's label opening the sentence ("Details: According to X, ..."), read with
    # the words after it (a label's colon needs the capital that follows)
    lead = min(intro_end(mask[b0 : am.end()]), am.start() - b0) if b0 == s0 else 0
    quoted = quote_ending_at(doc, b0 + len(before)) if before.endswith(('",', '"')) else None
    if quoted is not None and quoted[0] >= s0:  # '"...," according to Zelensky.'
        when = date_in(doc, am.start(), cut_clause(mask, am.end(), min(s1, am.end() + FORWARD)))
        if len(mask[s0 + lead : quoted[0]].split()) >= 3:  # 'Teams will work in a way that "is fair," according to X'
            c0, c1 = trim(doc.text, s0 + lead, quoted[1])
            return c0, c1, False, when
        return quoted[0] + 1, quoted[1] - 1, True, when
    # "X said that, according to Y, ...": Y is a source inside X's words, which X's verb reads
    if before.endswith(",") and _THAT_COMMA.search(before) is None and _TURN.search(before) is None:
        c0, c1 = trim(doc.text, b0 + lead, b0 + len(before) - 1)
        return c0, c1, False, date_in(doc, am.start(), cut_clause(mask, am.end(), min(s1, am.end() + FORWARD)))
    if not before[lead:].strip() or _TURN.search(before):  # "..., but according to X, words"
        comma = mask.find(",", am.end(), min(s1, am.end() + FORWARD))
        if comma < 0:
            return None
        aside = _ASIDE.match(mask, comma + 1, s1)  # "According to NATO data, as reported by Reuters, ..."
        w0 = aside.end() if aside else comma + 1
        c0, c1 = trim(doc.text, w0, act_end(doc, w0, min(s1, comma + FORWARD)))  # up to a second saying
        if c1 - c0 < 12 and mask[s0:s1].rstrip().endswith(",") and st.si + 1 < len(doc.sentences):
            nxt = doc.sentences[st.si + 1]  # the lead on a line of its own, the words on the next
            c0, c1 = trim(doc.text, nxt.start, nxt.end)
        return c0, c1, False, date_in(doc, am.start(), comma)
    return None


# What may stand before an outlet's name that reports in its own voice ("according to Russia's state-run
# Tass"), not a document or person the outlet saw or quoted ("according to a copy seen by Reuters").
_OUTLET_OWN_NP: Final = re.compile(rf"(?:(?!(?:{alternation(lexicon().not_outlet_own)})\b)[^\s,;\"]+\s+){{0,4}}")


# "According to him, ...": the person a pronoun stands for (the last person who spoke or was named).
# (the first letter read before the word start is checked: a search skips from one "a" or "A" to the next)
_ACCORDING_PRONOUN: Final = re.compile(
    rf"[Aa](?<!\w.)(?i:ccording\s+to|s\s+per)\s+(?P<pron>{alternation(clause_words('person_object'))})\b"
)


def _according_to_pronoun(st: SentenceState) -> list[Found]:
    """'According to him/her, words': the words of the person the pronoun stands for, as 'he said' is."""
    doc = st.doc
    found: list[Found] = []
    for am in _ACCORDING_PRONOUN.finditer(doc.mask, st.s0, st.s1):
        words = None if in_quote(doc, am.start()) else _according_words(st, am)
        pronoun = "she" if am.group("pron").lower() == "her" else "he"
        speaker = resolve_pronoun(doc, st.ctx, am.start(), st.si, pronoun) if words is not None else None
        if speaker is not None and words is not None and words[1] - words[0] >= 12:
            c0, c1, direct, when = words
            found.append(Found(speaker, c0, c1, direct=direct, when=when, sentence=st.si))
    return found


# "according to" a source no mention covers: a short noun phrase up to the next comma or the sentence end.
_ACCORDING_UNNAMED: Final = re.compile(
    r"[Aa](?<!\w.)(?i:ccording\s+to)\s+(?P<np>(?:(?:the|a|an)\s+)?[^\s,;:.\"\x01\x03\d(][^,;:\"\x01\x03\d()]{0,60}?)"
    r"(?=\s*(?:,|\.\s|\.?$|;))"
)
# The name at the end of a description: "the Emirati state news agency WAM" is WAM.
_NAME_AT_END: Final = re.compile(r"(?<=[a-z-] )(?P<name>(?:[A-Z][\w.'\u2019-]*\s?){1,4})$")
_DETERMINER_AT: Final = re.compile(r"(?i:the|a|an)\s+")


def _unnamed_source(am: re.Match[str]) -> Actor | None:
    """The source an 'according to' lead names without a mention: the noun phrase as written, without its
    article, a description's trailing name alone; an unnamed group with no article as its description without
    the count (:func:`_anonymous_group`: "several sources familiar with the plans" is "sources familiar with
    the matter"); None for what is no speaker (figures, data, a pronoun)."""
    np = " ".join(am.group("np").split())
    det = _DETERMINER_AT.match(np)
    bare = np[det.end() :] if det else np
    words = bare.split()
    lex = lexicon()
    group = _anonymous_group().fullmatch(bare) if det is None else None
    if group is not None:  # "according to several sources familiar with the plans"
        drop = group.group("prep") is not None and lex.post[" ".join(group.group("prep").split())] == "drop"
        name = " ".join((group.group("head") if drop else group.group("name")).split())
        return unknown_actor(name, ActorKind.ORGANISATION)
    if not words or len(words) > 6 or any(w.casefold() in _not_sources() for w in words):
        return None
    head = words[-1].casefold().removesuffix("'s").removesuffix("\u2019s")
    if head in lex.doc or head in lex.back or head in lex.agent or head in lex.anonymous:
        return None  # "according to the statement", "the governor", "a source": the rules that know them read them
    if det is None and bare[:1].islower() and words[-1].casefold() not in _bare_sources():
        return None  # "according to plan": no source speaks
    tail = _NAME_AT_END.search(bare)
    name = tail.group("name").strip() if tail else bare
    if not any(c.isalpha() for c in name):
        return None
    return unknown_actor(name, ActorKind.ORGANISATION)


@cache
def _anonymous_group() -> re.Pattern[str]:
    """Unnamed speakers after "according to" with no article: a plural head noun of data/speech_cues.tsv role
    bare_source, a count before it (role count_word) and describing words in lower case, and a phrase after it of
    role post ("several sources familiar with the plans", "people with knowledge of the talks", "diplomatic
    sources", "officials"): the description without the count, the phrase kept where its canonical is "name"
    ("familiar with", "close to"), dropped where it is "drop" ("officials in Kyiv" are "officials")."""
    lex = lexicon()
    return re.compile(
        rf"(?:(?:{alternation(lex.count_word)})\s+)?(?P<name>(?P<head>(?:[a-z-]+\s+){{0,2}}?(?:{alternation(lex.bare_source)}))"
        rf"(?:\s+(?P<prep>{alternation(lex.post)})\s+[^,;:\"\x01\x03]{{1,50}})?)"
    )


def _people_of_body(doc: Doc, np_start: int, spk_start: int) -> Actor | None:
    """Rule *people-of-a-body*: unnamed people of a body after "according to" ("according to sources in the
    presidential office", "according to officials close to the Kremlin": a plural head noun of data/speech_cues.tsv
    role bare_source and a phrase of role post before the body's mention) speak, not the body: named as
    :func:`_anonymous_group` names them, with the phrase where the body says whose people they are (a body after
    "in" is whose they are, as "close to" is; a state or place after it only where they are: "officials in
    Kyiv" are "officials"; role post_body). None where the mention is no organisation or no such phrase stands
    before it ("sources familiar with NATO planning": what they know, not whose they are)."""
    body = mention_at(doc, spk_start)
    if body is None or body.actor.kind is not ActorKind.ORGANISATION:
        return None
    np = " ".join(doc.text[np_start : body.end].split())
    det = _DETERMINER_AT.match(np)
    group = _anonymous_group().fullmatch(np[det.end() :] if det else np)
    if group is None or " ".join((group.group("prep") or "").split()) not in lexicon().post_body:
        return None
    return unknown_actor(" ".join(group.group("name").split()), ActorKind.ORGANISATION)


@cache
def _not_sources() -> frozenset[str]:
    return frozenset(lexicon().not_source)


@cache
def _bare_sources() -> frozenset[str]:
    return frozenset(lexicon().bare_source)


def _according_unnamed(st: SentenceState) -> list[Found]:
    """'according to local authorities', 'according to Prystaiko': a source the registry does not know."""
    doc = st.doc
    found: list[Found] = []
    for am in _ACCORDING_UNNAMED.finditer(doc.mask, st.s0, st.s1):
        if in_quote(doc, am.start()):
            continue
        last = st.ctx.last_speaker if st.si - st.ctx.last_speaker_sentence <= 2 else None
        speaker = described_source(doc, st.si, am.span("np"), last) or _unnamed_source(am)
        words = _according_words(st, am) if speaker is not None else None
        if speaker is not None and words is not None and words[1] - words[0] >= 12:
            c0, c1, direct, when = words
            found.append(Found(speaker, c0, c1, direct=direct, when=when, sentence=st.si))
    return found


@cache
def _according_document() -> re.Pattern[str]:
    """ "according to the statement" with no author after it: a document of data/speech_cues.tsv (role doc)
    after a determiner that points back (role doc_back: "the", "its", "their") and up to two describing words; or
    any document issued "by" a singular body noun after "the" ("a release issued by the agency"); the phrase closed
    by a comma or the sentence's end."""
    docs = alternation(lexicon().doc)  # (longest first)
    back = alternation(lexicon().doc_back)
    return re.compile(
        rf"[Aa](?<!\w.)(?i:ccording\s+to|s\s+per)\s+(?:(?:{back})\s+(?:[a-z-]+\s+){{0,2}}?"
        rf"(?P<doc>(?i:{docs}))|(?:the|an?)\s+(?:[a-z-]+\s+){{0,2}}?(?P<doc2>(?i:{docs}))\s+(?:[a-z]{{3,}}ed\s+)?by\s+"
        r"(?P<by>the\s+[a-z]+))(?=\s*(?:,|\.\s|\.?$|;))"
    )


def _according_to_document(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """Rule according-to-document: 'According to the statement, words' / 'words, according to its press
    release': the document's author speaks (:func:`~._speakers.document_author`, never an outlet: who spoke in
    the last two sentences, else the body opening the sentence before), the document is the medium; 'according
    to a release issued by the agency': the body the noun refers to (:func:`~._descriptions.described_source`)."""
    doc = st.doc
    if _ACCORDING_ANY.search(doc.mask, st.s0, st.s1) is None:
        return []
    found: list[Found] = []
    for am in _according_document().finditer(doc.mask, st.s0, st.s1):
        if in_quote(doc, am.start()):
            continue
        words = _according_words(st, am)
        if words is None or words[1] - words[0] < 12:
            continue
        if am.group("by") is not None:
            last = st.ctx.last_speaker if st.si - st.ctx.last_speaker_sentence <= 2 else None
            author = described_source(doc, st.si, am.span("by"), last)
        else:
            author = document_author(doc, st.ctx, st.si, am.start())
        if author is None or author.kind is ActorKind.MEDIA:
            continue  # (an outlet reports a statement; it does not write it)
        c0, c1, direct, when = words
        noun = " ".join((am.group("doc") or am.group("doc2")).casefold().split())
        found.append(Found(author, c0, c1, direct, st.si, when, lexicon().doc.get(noun, noun)))
    return [f._replace(start=a, end=b) for f in found for a, b in _parts(doc, f)]


# What every 'according to' / 'as per' form above contains (its letters matched as those forms match them):
# "cording" or "per". (A class first: the engine skips from one C or P to the next.)
_ACCORDING_ANY: Final = re.compile(r"[CcPp](?:(?<=[Cc])(?i:ording)|(?<=[Pp])(?i:er))")


# "according to" a title phrase and a name set off after it by a comma: "According to the head of the agency, X,
# words", "words, according to the city's mayor, X." (the name then closes the sentence or a comma follows it);
# the phrase opens with a determiner (class np_determiner of data/clause_words.tsv, any case) or a possessive
_ACCORDING_TITLED: Final = re.compile(
    rf"(?i:\baccording\s+to|\bas\s+per)\s+(?P<np>(?:(?i:{NP_DETERMINER})|\x01\x02*['\u2019]s)\s+[^,;\"\n]{{1,100}}?)"
    r",\s+(?P<spk>\x01\x02*)(?=\s*(?:,|[.;!?]?\s*$))"
)


@cache
def _a_title_noun() -> re.Pattern[str]:
    """A title noun of class title_noun of data/name_words.tsv ("head", "mayor", "spokesperson"), a whole word."""
    return re.compile(rf"\b(?:{title_noun_words()})\b")


def _according_to_titled(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """Rule according-to-titled-name: after "according to", a phrase holding a title noun (class title_noun of
    data/name_words.tsv) and a person named after it between commas, or closing the sentence, is that person
    speaking: "According to the head of Ukraine's military intelligence, Kyrylo Budanov, words" (not the state or
    body the title phrase names, and the name is no word of the words), "words, according to the city's mayor,
    Sergei Sobyanin." (the office's holder named right there, not in the next sentences)."""
    doc = st.doc
    found: list[Found] = []
    for am in _ACCORDING_TITLED.finditer(doc.mask, st.s0, st.s1):
        mention = mention_at(doc, am.start("spk"))
        if in_quote(doc, am.start()) or mention is None or mention.actor.kind is not ActorKind.PERSON:
            continue
        if _a_title_noun().search(doc.text, am.start("np"), am.end("np")) is None:
            continue  # "according to the report, X ...": no office the name holds
        words = _according_words(st, am)  # (the match ends at the name: the words start after its comma)
        if words is not None and words[1] - words[0] >= 12:
            c0, c1, direct, when = words
            found.append(Found(mention.actor, c0, c1, direct, st.si, when))
    return found or None


def _according_to(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'according to Speaker', 'according to Speaker's press release'; 'according to the FT': the outlet
    is the medium of the sentence's statements; 'according to him': the person the pronoun stands for."""
    doc = st.doc
    if _ACCORDING_ANY.search(doc.mask, st.s0, st.s1) is None:
        return []  # none of the three forms can match: most sentences skip their scans
    if attributes_before(st):
        return []  # "X stated this, according to Y": the clause attributes the sentence before; Y only reports it
    found: list[Found] = _according_to_pronoun(st) + _according_unnamed(st)
    for am in patterns().according.finditer(doc.mask, st.s0, st.s1):
        if in_quote(doc, am.start()):
            continue
        spk_start = am.start("spk") if am.group("spk") else (am.start("spk2") if am.group("spk2") else -1)
        if spk_start < 0:
            continue
        people = _people_of_body(doc, am.start("np"), spk_start) if am.group("spk") else None
        member = body_member_after(doc, spk_start) if am.group("spk") and not am.group("doc") else None
        speaker = people or described_mention(doc, spk_start) or member or speaker_of(doc, spk_start)
        if speaker is not None and speaker.name.casefold().endswith(" media"):  # "according to Russian media"
            st.according_outlet = speaker.name
            words = _according_words(st, am) if not st.found else None
            if words is not None and words[1] - words[0] >= 12:  # no one else says it: the state's media do
                found.append(Found(speaker, words[0], words[1], direct=words[2], when=words[3], sentence=st.si))
            continue
        if speaker is None:
            outlet = mention_at(doc, spk_start)
            if outlet is not None and outlet.actor.kind is ActorKind.MEDIA:
                st.according_outlet = outlet.actor.name
                own = _OUTLET_OWN_NP.fullmatch(doc.mask, am.start("np"), spk_start) is not None
                words = _according_words(st, am) if own and not st.found else None
                if words is not None and words[1] - words[0] >= 12:  # no one else says it: the outlet does
                    c0, c1, direct, when = words
                    found.append(Found(outlet.actor, c0, c1, direct=direct, when=when, sentence=st.si))
            continue
        docname = am.group("doc") or am.group("doc2")
        medium = lexicon().doc.get(docname.casefold(), docname) if docname else None
        words = _according_words(st, am)
        if words is not None and words[1] - words[0] >= 12:
            c0, c1, direct, when = words
            co = listed_after(doc, spk_start, st.s1) if docname is None else ()  # "according to A and B"
            found.append(Found(speaker, c0, c1, direct, st.si, when, medium, co_speakers=co))
    # a second that-clause or quotation of the same words: one statement each ("According to him, A, but "B"")
    return [f._replace(start=a, end=b) for f in found for a, b in _parts(doc, f)]


def _parts(doc: Doc, f: Found) -> list[tuple[int, int]]:
    """The reported words of ``f`` split at a second that-clause or quotation of the same saying; a
    quotation stays whole."""
    return [(f.start, f.end)] if f.direct else split_words(doc, f.start, f.end)


def _quote_label(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Quote from Trump: "..."'; 'Quote: "..."' under a 'Source: Energy Minister X on Facebook' line (the
    format of Ukrainian outlets), or right after a sentence with a statement: the quotation is the named
    speaker's, or that statement's speaker's."""
    doc = st.doc
    p = patterns()
    m = p.quote_label.match(doc.mask, st.s0, st.s1)
    if m is None:
        return None
    q = _unclosed_quote(doc, m.end()) or quote_starting_at(doc, m.end())  # (the unclosed one keeps its last mark)
    if q is None:
        return None
    if m.group("spk") is not None:
        speaker = speaker_of(doc, m.start("spk"))
    else:
        lines = list(p.source_line.finditer(doc.mask, 0, st.s0))  # the last "Source:" line before it speaks
        speaker = source_speaker(doc, *lines[-1].span()) if lines else None
        if speaker is None and st.ctx.last_speaker_sentence == st.si - 1:
            speaker = st.ctx.last_speaker  # 'X pointed out that ...\nQuote: "..."': the speaker goes on
    if speaker is None:
        return None
    return [Found(speaker, q[0] + 1, q[1] - 1, direct=True, sentence=st.si)]


def _unclosed_quote(doc: Doc, start: int) -> tuple[int, int] | None:
    """A quotation mark at ``start`` that no mark closes before the end of its line (a page cut after the
    quotation's last sentence): the quotation runs to the line's end, as ``quote_starting_at`` gives it."""
    end = doc.text.find("\n", start)
    end = len(doc.text) if end < 0 else end
    if doc.mask[start : start + 1] != '"' or '"' in doc.mask[start + 1 : end]:
        return None
    end = start + len(doc.text[start:end].rstrip())
    return (start, end + 1) if end - start > 12 else None  # a few words at least


def _outlet_report(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """A media outlet that reports words no one in the sentence is said to say speaks them: '...,
    The Washington Post reported on Wednesday, citing officials', 'The New York Times is reporting that
    ...'. Where someone in the sentence says them, the outlet is only their medium."""
    doc, mask, text = st.doc, st.doc.mask, st.doc.text
    if st.found or mask.find("\x01", st.s0, st.s1) < 0:
        return None  # (both forms name the outlet by a mention: a sentence without one skips their scans)
    p = patterns()
    r = p.report_after.search(mask, st.s0, st.s1)
    # (the comma may close a quoted phrase ending the words: the outlet's name stands outside the quotation)
    if r is not None and (outlet := mention_at(doc, r.start("spk"))) is not None and not in_quote(doc, r.start("spk")):
        c0 = st.s0 + intro_end(mask[st.s0 : r.start()])
        if (lead := p.according_lead.match(mask, c0, r.start())) is not None:
            c0 = lead.end()  # 'According to an SBU source, ..., CNN reported': the outlet reports it
        c0, c1 = trim(text, c0, r.start() + 2 if mask.startswith(',"', r.start()) else r.start())
        if outlet.actor.kind is ActorKind.MEDIA and _reported_words(st, c0, c1):
            when = date_in(doc, r.start("verb"), cut_clause(mask, r.end("verb"), st.s1))
            name = outlet.actor.name
            cited = cited_outlet(doc, r.end("verb"))  # ', X reported, citing Reuters': Reuters speaks
            speaker = cited[0] if cited is not None else outlet.actor
            return [Found(speaker, c0, c1, direct=False, when=when, medium=name, sentence=st.si)]
    for m in p.outlet_that.finditer(mask, st.s0, st.s1):
        outlet = mention_at(doc, m.start("out"))
        if outlet is None or outlet.actor.kind is not ActorKind.MEDIA or in_quote(doc, m.start()):
            continue
        c0, c1 = trim(text, m.end(), content_end(doc, m.end(), min(st.s1, m.end() + FORWARD)))
        if _reported_words(st, c0, c1):
            when = date_in(doc, m.end("out"), m.end())
            name = outlet.actor.name
            return [Found(outlet.actor, c0, c1, direct=False, when=when, medium=name, sentence=st.si)]
    return None


def _reported_words(st: SentenceState, c0: int, c1: int) -> bool:
    """Whether ``[c0, c1)`` can be an outlet's own report: words, no speech verb of another, no quotation that
    opens them (someone's quoted words); a quotation inside them, after the report's own words, is a phrase the
    outlet quotes in its report ('X submitted a bill that "reverses the rollback," the outlet reported': rule
    outlet-quotes-a-phrase), which no subject says."""
    mask = st.doc.mask
    if c1 - c0 < 12 or mask.startswith('"', c0):
        return False
    return all(no_saying_at(mask, v.start(), v.end()) for v in patterns().verb.finditer(mask, c0, c1))


def _participle_that(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """', adding that ...', ', insisting ...' after a statement: more words of the statement's speaker (a
    participle that takes a clause without "that" only before words that read as a clause)."""
    found: list[Found] = []
    doc, mask = st.doc, st.doc.mask
    if not st.found:
        return None
    sites: list[tuple[int, int]] = []
    for pm in patterns().participle_that.finditer(mask, st.s0, st.s1):
        if in_quote(doc, pm.end() - 1):  # the participle, not the comma (which may close a quotation: ',"')
            continue
        if not pm.group("bare") or clause_soon(mask[pm.end() : pm.end() + 200]):
            sites.append((pm.start(), pm.end()))
    sites.extend(linked_participles(doc, st.s0, st.s1))  # ", while warning that ...", "... and stressing that"
    for at, w0 in sorted(sites):
        owner = max((f for f in st.found if f.start < at), key=lambda f: f.start, default=None)
        if owner is None:
            continue
        c0, c1 = trim(doc.text, w0, content_end(doc, w0, min(st.s1, w0 + FORWARD)))
        if c1 - c0 >= 12:
            when = date_in(doc, at, w0) or owner.when  # ", adding on Tuesday that ...": the adding's day
            found.append(owner._replace(start=c0, end=c1, direct=False, when=when, sentence=st.si))
    return found


def _participle_quote(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Subject ..., stating "..."': a participle attaches a quotation to the speaker of the statement
    before it ('urged allies to ..., stating, "..."'), else to the sentence's subject."""
    found: list[Found] = []
    doc = st.doc
    if doc.mask.find('"', st.s0, st.s1) < 0:
        return found  # each match ends before a quotation mark of the sentence: most sentences skip the scan
    for pm in patterns().participle.finditer(doc.mask, st.s0, st.s1):
        q = quote_starting_at(doc, pm.end())
        if q is None or in_quote(doc, pm.start()):
            continue
        owner = max((f for f in st.found if f.start < pm.start()), key=lambda f: f.start, default=None)
        if owner is not None:
            found.append(owner._replace(start=q[0] + 1, end=q[1] - 1, direct=True, sentence=st.si))
            continue
        subj = _clause_subject(st, pm.start()) if not st.found else None  # "He ..., saying, "..."": he speaks
        if subj is not None:
            found.append(Found(subj, q[0] + 1, q[1] - 1, direct=True, sentence=st.si))
    return found


_ARTICLE_QUOTE: Final = re.compile(
    r"(?P<article>(?:an?|the)\s+)(?=\")|(?:(?:[\w-]+|\x01\x02*)(?:['\u2019]s)?\s+){1,4}?(?=\")"
)
_QUOTED_PHRASE: Final = re.compile(r"\"[^\"\s]+\s+[^\"\s]")  # a quotation of two words or more


def _label_words(st: SentenceState, start: int, *, quoted_only: bool = False) -> tuple[int, int, bool] | None:
    """The label starting at ``start``: a quotation (direct), else plain words up to the clause's end."""
    doc = st.doc
    # 'as a "paper tiger"', 'as the country's "most far-reaching" raid': the quotation after a short lead
    lead = _ARTICLE_QUOTE.match(doc.mask, start)
    if lead is not None and (lead.group("article") or _QUOTED_PHRASE.match(doc.mask, lead.end())):
        start = lead.end()  # a single word quoted after other words is a term ('the "Oreshnik" missile')
    if doc.mask.startswith('"', start):
        q = quote_starting_at(doc, start)
        return (q[0] + 1, q[1] - 1, True) if q is not None and q[1] <= st.s1 else None
    if quoted_only:
        return None
    c0, c1 = trim(doc.text, start, cut_clause(doc.mask, start, st.s1))
    return (c0, c1, False) if c1 - c0 >= 3 and '"' not in doc.mask[c0:c1] else None


def _label_participle(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """', calling it part of a pattern', ', labeling China "a decisive driver"', ', describing them as a
    framework': a participle that labels a thing after a clause gives the label to the speaker of the
    statement before it in the sentence, else to the clause's subject."""
    found: list[Found] = []
    doc = st.doc
    for pm in patterns().label_participle.finditer(doc.mask, st.s0, st.s1):
        if in_quote(doc, pm.start("ing")):  # the participle, not the comma (which may close a quotation: ',"')
            continue
        words = _label_words(st, pm.end(), quoted_only=not (pm.group("pron") or pm.group("as") or pm.group("as2")))
        if words is None:
            continue
        owner = max((f for f in st.found if f.start < pm.start()), key=lambda f: f.start, default=None)
        if owner is not None:  # the statement's speaker goes on: its date and medium hold
            found.append(owner._replace(start=words[0], end=words[1], direct=words[2], sentence=st.si))
        elif (subj := _clause_subject(st, pm.start())) is not None:
            co = _co_subjects(st, subj, pm.start())  # "X and Y met ..., describing the talks as ...": jointly
            found.append(Found(subj, words[0], words[1], direct=words[2], sentence=st.si, co_speakers=co))
    return found


def _participle_object(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """', noting significant progress toward peace', ', promising "to make crystal clear" that ...', ',
    announcing a commitment to cover the costs': a participle whose object is the words gives them to the
    speaker of the statement before it in the sentence, else to the clause's subject. The participles of
    calling, urging and demanding (', calling for an end to the war', ', urging allies to send more', ',
    demanding talks') are of the class too (data/speech_verbs.tsv, ing_object; seventeenth session, attr17): what
    a speaker asks for is their words, as after the finite "called for" (rule noun-object). A participle of
    emphasis (data/speech_cues.tsv, role subject_ing_object: ', emphasizing the need for ...') gives a proposition
    only, and not right after an attribution's verb of saying (:func:`_emphasis_words`; twenty-fourth session)."""
    found: list[Found] = []
    doc = st.doc
    for pm in patterns().participle_object.finditer(doc.mask, st.s0, st.s1):
        if in_quote(doc, pm.start("ing")):  # the participle, not the comma (which may close a quotation: ',"')
            continue
        c0, c1 = trim(doc.text, pm.end(), content_end(doc, pm.end(), min(st.s1, pm.end() + FORWARD)))
        if c1 - c0 < 12:
            continue
        q = quote_starting_at(doc, c0)
        direct = q is not None and q[1] >= c1 - 1
        c0, c1 = (q[0] + 1, q[1] - 1) if q is not None and direct else (c0, c1)
        owner = max((f for f in st.found if f.start < pm.start()), key=lambda f: f.start, default=None)
        if pm.group("ing") in lexicon().subject_ing_object and not _emphasis_words(st, owner, pm.start(), (c0, c1)):
            continue
        if owner is not None:
            found.append(owner._replace(start=c0, end=c1, direct=direct, sentence=st.si))
        elif (subj := _clause_subject(st, pm.start())) is not None:
            co = _co_subjects(st, subj, pm.start())
            found.append(Found(subj, c0, c1, direct=direct, sentence=st.si, each=co))
    return found


def _emphasis_words(st: SentenceState, owner: Found | None, ing: int, words: tuple[int, int]) -> bool:
    """Whether the object ``words`` of a participle of emphasis at ``ing`` (role subject_ing_object) are words:
    a proposition (:func:`proposition_object`), and not right after an attribution's verb of saying ('"...," X
    said, emphasizing the scale of the damage': it sums up the words just given)."""
    doc = st.doc
    if not proposition_object(doc.text, doc.mask, *words):
        return False
    return owner is None or patterns().verb.search(doc.mask, owner.end, ing) is None


def _opens_quote(doc: Doc, start: int, end: int) -> bool:
    """Whether a quotation opens in ``[start, end)``."""
    i = bisect.bisect_left(doc.quotes, (start, -1))
    return i < len(doc.quotes) and doc.quotes[i][0] < end


def _participle_quotes(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """', threatening Putin with "high tariffs"', 'and wishing the troops "good luck" and a "safe return"': the
    quotations in the object of a participle of a speech act (cue role quote_verb) are the words of the
    speaker of the statement before it in the sentence, else of the clause's subject."""
    found: list[Found] = []
    doc = st.doc
    if not _opens_quote(doc, st.s0, st.s1):
        return found  # no quotation to take: most sentences skip the scan
    for pm in patterns().participle_quotes.finditer(doc.mask, st.s0, st.s1):
        if in_quote(doc, pm.start("ing")):
            continue
        end = content_end(doc, pm.end(), min(st.s1, pm.end() + FORWARD))
        i = bisect.bisect_left(doc.quotes, (pm.end(), -1))
        quotes = []
        while i < len(doc.quotes) and doc.quotes[i][1] <= end + 1 and ":" not in doc.mask[pm.end() : doc.quotes[i][0]]:
            if doc.quotes[i][1] - doc.quotes[i][0] > 3:
                quotes.append(doc.quotes[i])
            i += 1
        owner = max((f for f in st.found if f.start < pm.start()), key=lambda f: f.start, default=None)
        subj = owner.speaker if owner is not None else _clause_subject(st, pm.start())
        if subj is None:
            continue
        for a, b in quotes:
            f = Found(subj, a + 1, b - 1, direct=True, sentence=st.si)
            found.append(owner._replace(start=a + 1, end=b - 1, direct=True, sentence=st.si) if owner else f)
    return found


# A second subject joined to the first by "and", with its title: "Kallas and her Foreign Minister Sybiha".
_AND_SUBJECT: Final = re.compile(
    rf"\s+and\s+(?:(?:{DEFINITE_DETERMINER})\s+)?(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}(?=\x01)"
)


def _co_subjects(st: SentenceState, subj: Actor, end: int) -> tuple[Actor, ...]:
    """A second subject joined to the subject by "and" before ``end`` ("Kallas and Foreign Minister Sybiha
    spoke in Riga, accusing ..."): it says the participle's words too."""
    doc = st.doc
    i = bisect.bisect_left(doc.starts, st.s0)
    while i < len(doc.starts) and doc.starts[i] < end and doc.mentions[doc.starts[i]].actor != subj:
        i += 1
    if i >= len(doc.starts) or doc.starts[i] >= end:
        return ()
    m = _AND_SUBJECT.match(doc.mask, doc.mentions[doc.starts[i]].end, end)
    other = speaker_of(doc, m.end()) if m is not None else None
    return (other,) if other is not None and other != subj else ()


@cache
def _noun_that_pattern() -> re.Pattern[str]:
    """A speaker's possessive, a noun of their words (data/speech_cues.tsv, role saying_noun), a day, "that"."""
    nouns = word_pattern(lexicon().saying_noun, fold_first=False)
    return re.compile(
        rf"(?P<spk>\x01\x02*)['\u2019]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\s+"
        rf"(?:(?:{alternation(lexicon().day_lead)})\s+)?(?:\x03\x04*\s+)?that\s+"
    )


def _noun_that(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'..., despite Spain's statement that it will not ...', 'rejected Trump's suggestion that ...': a noun
    of someone's words after their possessive takes its that-clause as their words, dated by a day between
    the noun and "that" ("X's announcement on Thursday that ...")."""
    doc = st.doc
    found: list[Found] = []
    for m in _noun_that_pattern().finditer(doc.mask, st.s0, st.s1):
        speaker = described_mention(doc, m.start("spk")) or speaker_of(doc, m.start("spk"))
        if speaker is None or in_quote(doc, m.start()):
            continue
        c0, c1 = trim(doc.text, m.end(), content_end(doc, m.end(), min(st.s1, m.end() + FORWARD)))
        if c1 - c0 >= 12:
            when = date_in(doc, m.end("spk"), m.end())
            found.append(Found(speaker, c0, c1, direct=False, when=when, sentence=st.si))
    return found


def _expressed_intent(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'X expressed his readiness to ...', 'X, who has expressed his intent to ...', 'X ... and expressed
    Moscow's readiness for ...': the possessive and the noun of intent with what follows are X's words
    (reported), X being the mention before ", who" or else the subject of the clause."""
    doc = st.doc
    found: list[Found] = []
    if doc.mask.find("express", st.s0, st.s1) < 0:  # the verb the pattern needs: most sentences skip its scan
        return found
    for m in expressed_intent_pattern().finditer(doc.mask, st.s0, st.s1):
        if in_quote(doc, m.start("obj")):
            continue
        speaker = speaker_of(doc, m.start("who")) if m.group("who") else _clause_subject(st, m.start())
        if speaker is None:
            continue
        c0, c1 = trim(doc.text, m.start("obj"), content_end(doc, m.end(), min(st.s1, m.end() + FORWARD)))
        if c1 - c0 >= 12:
            found.append(Found(speaker, c0, c1, direct=False, when=date_in(doc, st.s0, m.start()), sentence=st.si))
    return found


@cache
def _announced_intent_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of the cue role intent_verb ("announced", "confirmed"), a day, an optional possessive and one
    describing word, a noun of intent (role intent_noun), then "to" and a verb; and a saying after a comma
    later in the sentence (", local media reported", ", X said at a press conference")."""
    lex = lexicon()
    verbs = word_pattern(lex.intent_verb, fold_first=False)
    nouns = word_pattern(lex.intent_noun, fold_first=False)
    sayings = verb_words("say", "declare", "tell", "report")
    return (
        re.compile(
            rf"\b(?:{verbs})\s+(?:(?:on\s+)?\x03\x04*\s+)?(?P<obj>(?:(?:his|her|its|their|\x01\x02*['\u2019]s)\s+)?"
            rf"(?:[a-z-]+\s+)?(?:{nouns})\s+to\s+[a-z])"
        ),
        re.compile(rf",\s+(?:[^\s,;\"]+\s+){{0,6}}?(?:{sayings})\b"),
    )


@cache
def _intent_verb_words() -> tuple[str, ...]:
    """The first word of each intent_verb as written (the pattern matches it case for case)."""
    return tuple(dict.fromkeys(verb.split()[0] for verb in lexicon().intent_verb))


def _announced_intent(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'X announced plans to close the border', 'Y confirmed his readiness to send radars': a noun of intent
    and its infinitive after a verb of announcing are the subject's words (reported), with or without a
    possessive; not where a saying after a comma makes the sentence someone else's report ('X has announced
    plans to ..., local media reported')."""
    doc = st.doc
    found: list[Found] = []
    if not any(doc.mask.find(verb, st.s0, st.s1) >= 0 for verb in _intent_verb_words()):
        return found  # a match opens with one of the verbs as written: most sentences skip the scan
    find, trailing = _announced_intent_patterns()
    for m in find.finditer(doc.mask, st.s0, st.s1):
        speaker = _clause_subject(st, m.start()) if not in_quote(doc, m.start()) else None
        if speaker is None or trailing.search(doc.mask, m.end(), st.s1):
            continue
        c0, c1 = trim(doc.text, m.start("obj"), content_end(doc, m.start("obj"), min(st.s1, m.end() + FORWARD)))
        if c1 - c0 >= 12:
            when = date_in(doc, st.s0, m.start("obj"))
            found.append(Found(speaker, c0, c1, direct=False, when=when, sentence=st.si))
    return found


def _passive_label(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The deal, described as "historic" by X, ...', 'a summit hailed by X as historic': a label verb in the
    passive gives the label to the actor after "by"."""
    found: list[Found] = []
    doc = st.doc
    if doc.mask.find("by", st.s0, st.s1) < 0:
        return found  # both forms name the speaker after "by": most sentences skip the scan
    for pm in patterns().passive_label.finditer(doc.mask, st.s0, st.s1):
        group = "lab" if pm.group("lab") else "lab2"
        speaker = speaker_of(doc, pm.start("spk") if pm.group("spk") else pm.start("spk2"))
        if speaker is None or in_quote(doc, pm.start()):
            continue
        c0, c1 = pm.span(group)
        direct = doc.mask[c0] == '"'
        c0, c1 = (c0 + 1, c1 - 1) if direct else trim(doc.text, c0, c1)
        if c1 - c0 >= 3:
            found.append(Found(speaker, c0, c1, direct=direct, sentence=st.si))
    return found


# A sentence opening with a personal pronoun as its subject ("He nodded to ...", "And she ...").
_PRONOUN_SUBJECT: Final = re.compile(r"\s*(?:(?:And|But)\s+(?P<after>he|she)|(?P<pron>He|She))\s")


def _clause_subject(st: SentenceState, end: int) -> Actor | None:
    """The subject of the sentence before ``end``: the actor opening it, else the person an opening "he" or
    "she" stands for (as for "he said")."""
    subj = clause_subject(st.doc, st.s0, end)
    pm = _PRONOUN_SUBJECT.match(st.doc.mask, st.s0, end) if subj is None else None
    if pm is None:
        return subj
    return resolve_pronoun(st.doc, st.ctx, st.s0, st.si, (pm.group("pron") or pm.group("after")).lower())


def _subject_clause_date(st: SentenceState, subj: Actor, end: int) -> DateMention | None:
    """'X used his speech on Friday ..., saying ...': the day in the subject's own clause, after the subject's
    mention and before the participle, is the saying's (the clause and the participle are one act)."""
    doc = st.doc
    i = bisect.bisect_left(doc.starts, st.s0)
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor == subj:
            return date_in(doc, mention.end, end)
        i += 1
    return None


def _participle_clause(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Subject rejected the idea, saying (that) ...': a participle attaches reported words to the subject
    (a pronoun subject to the person it stands for: 'He nodded to the talks, saying ...')."""
    found: list[Found] = []
    doc, mask = st.doc, st.doc.mask
    if st.found:
        return None
    p = patterns()
    # the participle of an absolute clause whose speaker stands in apposition ("with X's aide, Y, noting that"):
    # rule with-participle's
    absolute = [wm.span() for wm in p.with_participle.finditer(mask, st.s0, st.s1) if wm.group("appos")]
    for pm in p.participle_clause.finditer(mask, st.s0, st.s1):
        if in_quote(doc, pm.start()) or not plausible_content(mask[pm.end() : pm.end() + 200], mask, pm.end(), p):
            continue
        if any(w0 < pm.start() < w1 for w0, w1 in absolute):
            continue
        subj = _clause_subject(st, pm.start())
        c0, c1 = trim(doc.text, pm.end(), content_end(doc, pm.end(), min(st.s1, pm.end() + FORWARD)))
        if subj is not None and c1 - c0 >= 12 and mask[c0] != '"':
            # ", saying in September that ...": the day between the participle and its "that" is the saying's
            when = date_in(doc, pm.start(), pm.end()) or _subject_clause_date(st, subj, pm.start())
            found.append(Found(subj, c0, c1, direct=False, when=when, sentence=st.si))
    return found


@cache
def _prep_participle() -> re.Pattern[str]:
    """A preposition of data/speech_links.tsv role ing_prep, then a participle of saying (as after the comma of
    rule participle-clause): "by saying (that)", "while noting that", "after telling reporters that"."""
    preps = alternation(links().ing_prep, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?i:{preps})\s+{participle_of_saying()}")


def _prep_participle_words(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Subject began the session by saying (that) words' / '... while noting that words': a participle of
    saying after a preposition attaches its reported words (a quotation: its words, direct) to the subject of
    the clause, as the participle after a comma does (rule participle-clause)."""
    doc, mask = st.doc, st.doc.mask
    found: list[Found] = []
    for pm in _prep_participle().finditer(mask, st.s0, st.s1):
        if in_quote(doc, pm.start()):
            continue
        subj = _clause_subject(st, pm.start())
        if subj is None:
            continue
        quoted = quote_starting_at(doc, pm.end()) if mask[pm.end() : pm.end() + 1] == '"' else None
        if quoted is not None:
            c0, c1, direct = quoted[0] + 1, quoted[1] - 1, True
        elif plausible_content(mask[pm.end() : pm.end() + 200], mask, pm.end(), patterns()):
            c0, c1 = trim(doc.text, pm.end(), content_end(doc, pm.end(), min(st.s1, pm.end() + FORWARD)))
            direct = False
        else:
            continue
        if c1 - c0 >= 12:
            when = date_in(doc, pm.start(), pm.end()) or _subject_clause_date(st, subj, pm.start())
            found.append(Found(subj, c0, c1, direct=direct, when=when, sentence=st.si))
    return found or None


_COMMA_SPACE: Final = re.compile(r",?\s*")  # matches anywhere (maybe empty)


def _with_participle(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'..., with Kyiv saying (that) words': an absolute clause names a speaker of its own, who says the
    words up to the clause's end or to the next such clause after "and" ('with Moscow claiming ... and Kyiv
    saying ...'), or the quotation right after the participle ('with Rubio stating, "..."')."""
    found: list[Found] = []
    doc, mask = st.doc, st.doc.mask
    if mask.find("with", st.s0, st.s1) < 0:
        return found  # the first clause opens with "with": most sentences skip the scan
    p = patterns()
    clauses = [m for m in p.with_participle.finditer(mask, st.s0, st.s1) if not in_quote(doc, m.start())]
    while clauses and clauses[0].group("lead") != "with":  # "and X saying" only continues a "with" clause
        clauses.pop(0)
    for k, wm in enumerate(clauses):
        # 'with Rubio stating, "..."': the quotation after the participle (and a comma) is the speaker's words
        skip = _COMMA_SPACE.match(mask, wm.end())
        quoted = quote_starting_at(doc, skip.end() if skip is not None else wm.end())
        if quoted is not None and quoted[1] <= st.s1 and not wm.group("topic"):
            speaker = described_mention(doc, wm.start("spk")) or speaker_of(doc, wm.start("spk"))
            if speaker is not None:
                found.append(Found(speaker, quoted[0] + 1, quoted[1] - 1, direct=True, when=None, sentence=st.si))
            continue
        if wm.group("topic") and (q := quote_starting_at(doc, wm.end())) is not None and q[1] <= st.s1:
            # 'with Modi emphasizing the importance of "..."': the quotation is the speaker's words
            speaker = described_mention(doc, wm.start("spk")) or speaker_of(doc, wm.start("spk"))
            if speaker is not None:
                found.append(Found(speaker, q[0] + 1, q[1] - 1, direct=True, when=None, sentence=st.si))
            continue
        if not plausible_content(mask[wm.end() : wm.end() + 200], mask, wm.end(), p):
            continue
        speaker = described_mention(doc, wm.start("spk")) or speaker_of(doc, wm.start("spk"))
        end = content_end(doc, wm.end(), min(st.s1, wm.end() + FORWARD))
        if k + 1 < len(clauses) and clauses[k + 1].group("lead") == "and":
            end = min(end, clauses[k + 1].start())
        c0, c1 = trim(doc.text, wm.end(), end)
        lead_date = date_in(doc, c0, min(c1, c0 + 30))  # "with Moscow saying Monday its forces ...": the saying's
        if lead_date is not None and lead_date.start == c0:
            c0 = trim(doc.text, lead_date.end, c1)[0]
        else:
            lead_date = None
        if speaker is not None and c1 - c0 >= 12 and mask[c0] != '"':
            # the clauses joined by "and" share the day the first names
            when = (
                lead_date
                or date_in(doc, wm.end("spk"), wm.end())  # "with Kyiv saying on Friday that": the saying's day
                or (found[-1].when if wm.group("lead") == "and" and found else None)
            )
            found.append(Found(speaker, c0, c1, direct=False, when=when, sentence=st.si))
    return found


# The subject after a fronted participle's words: ", Defense Secretary X, called ...", ", he stressed ...".
_SUBJECT_AFTER: Final = re.compile(
    r",\s+(?:(?:[A-Z][\w.-]*\s+){0,3}(?P<spk>\x01\x02*),?|(?P<pron>[Hh]e|[Ss]he))\s+(?P<word>[a-z]+)\b"
)
_NO_VERB: Final = frozenset(
    {"a", "an", "and", "at", "for", "from", "in", "of", "on", "or", "the", "to", "which", "who", "with"}
)


def _fronted_participle(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Noting that words, Speaker stressed ...', 'While reiterating a position that words, X said ...': a
    participle of saying that opens the sentence gives its that-clause to the sentence's subject, named
    (or "he"/"she") right after the clause's closing comma and followed by its verb."""
    doc, mask = st.doc, st.doc.mask
    fm = patterns().fronted_participle.match(mask, st.s0, st.s1)
    if fm is None or in_quote(doc, fm.end() - 1):
        return None
    sm = next((m for m in _SUBJECT_AFTER.finditer(mask, fm.end(), st.s1) if m.group("word") not in _NO_VERB), None)
    if sm is None:
        return None
    if sm.group("pron"):
        speaker = resolve_pronoun(doc, st.ctx, sm.start("pron"), st.si, sm.group("pron").lower())
    else:
        speaker = speaker_of(doc, sm.start("spk"))
    c0, c1 = trim(doc.text, fm.end(), sm.start())
    if speaker is None or c1 - c0 < 12 or any(f.start < c1 and c0 < f.end for f in st.found):
        return None
    return [Found(speaker, c0, c1, direct=False, sentence=st.si)]


# What a sentence that only attributes may hold after its speech verb: a date, a setting ("at a briefing in
# the Oval Office", "on Telegram"), then its end.
_ATTRIBUTION_ONLY_TAIL: Final = re.compile(
    rf"\s*(?:(?:on|late|early)\s+)?(?:\x03\x04*)?(?:\s+(?:{alternation(lexicon().setting_preposition)})\s+"
    r"(?:the\s+|a\s+|his\s+|her\s+)?"
    r"[^\".,;]{1,60}?)?\s*[.!]?\s*"
)


def _speaker_sentence(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'"You're not in a good position." Trump said.': a sentence that is only a speaker and a speech verb (and
    its date or setting: "at the press briefing") attributes the quotation that makes up the sentence right
    before it (same paragraph)."""
    doc = st.doc
    if st.found or st.si == 0 or doc.sentences[st.si - 1].paragraph != st.sent.paragraph:
        return None
    prev = doc.sentences[st.si - 1]
    q = quote_starting_at(doc, prev.start)
    if q is None or q[1] < prev.end - 1:
        return None
    for site in verb_sites(doc, st.ctx, st.si, st.sent, memo=st.sites):
        if doc.mask[st.s0 : site.np_start].strip() or not _ATTRIBUTION_ONLY_TAIL.fullmatch(
            doc.mask, site.head_end, st.s1
        ):
            continue
        when = date_in(doc, site.head_end, st.s1)
        return [Found(site.speaker, q[0] + 1, q[1] - 1, direct=True, when=when, sentence=st.si - 1)]
    return None


def _continuing_quote(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """A sentence that is only a quotation continues the direct statement of the sentence before it: in
    the same paragraph, or as a paragraph that is only that quotation (after the paragraph it ends)."""
    doc, ctx = st.doc, st.ctx
    if st.found or ctx.last_direct is None:
        return None
    q = quote_starting_at(doc, st.s0)
    if q is None or q[1] < st.s1 - 1:
        return None
    if doc.sentences[st.si - 1].paragraph != st.sent.paragraph and not whole_paragraph(doc.text, *q):
        return None
    return [ctx.last_direct._replace(start=q[0] + 1, end=q[1] - 1, sentence=st.si)]


@cache
def _intro_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An introduction ending in a participle of saying or a speech verb and a comma ("..., stating,"), and a
    noun of someone's words that opens a list ("statements", "passages"), from the tables."""
    lex = lexicon()
    verbs = verb_words("ing", "say")
    listing = word_pattern(lex.listing, fold_first=True)
    return re.compile(rf"\b(?:{verbs})\s*,\s*$"), re.compile(rf"\b(?:{listing})\b")


def _intro_quote(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'Medvedev wrote on social media:' or 'Stoltenberg urged allies ..., stating,' ending a sentence,
    then a sentence that opens with a quotation (the next line or paragraph): the quotation is the words
    of the speaker of the last speech verb before the colon or comma."""
    doc = st.doc
    if st.found or st.si == 0 or (q := quote_starting_at(doc, st.s0)) is None:
        return None
    prev = doc.sentences[st.si - 1]
    end = prev.start + len(doc.mask[prev.start : prev.end].rstrip())
    if end <= prev.start or in_quote(doc, end - 1):
        return None
    if doc.mask[end - 1] != ":" and _intro_patterns()[0].search(doc.mask, prev.start, end) is None:
        return None
    site = None
    for site in verb_sites(doc, st.ctx, st.si - 1, prev):  # noqa: B007 - the last one is wanted
        pass
    if site is None or q[1] - q[0] < 12:
        return None
    medium = medium_in(doc, site.head_end, end)
    when = date_in(doc, site.head_end, end)
    # the saying is the sentence of the introduction (its occasion and date)
    return [Found(site.speaker, q[0] + 1, q[1] - 1, direct=True, when=when, medium=medium, sentence=st.si - 1)]


_LIST_ITEMS: Final = 12  # lines a header's list runs to at most


def _listing_header(st: SentenceState) -> Found | None:
    """What a line ending with a colon that names someone's words opens ("The main statements from X's
    briefing:", "Here are the key passages so far:" after X spoke): a Found with the speaker and whether the
    lines are the words as said (its span empty), or None."""
    doc, ctx = st.doc, st.ctx
    end = st.s0 + len(doc.mask[st.s0 : st.s1].rstrip())
    nxt = doc.sentences[st.si + 1] if st.si + 1 < len(doc.sentences) else None
    if end <= st.s0 or doc.mask[end - 1] != ":" or nxt is None or nxt.paragraph == st.sent.paragraph:
        return None
    noun = _intro_patterns()[1].search(doc.mask, st.s0, end)
    if noun is None or in_quote(doc, noun.start()):
        return None
    direct = lexicon().listing.get(noun.group().casefold()) == "direct"
    i = bisect.bisect_left(doc.starts, st.s0)
    while i < len(doc.starts) and doc.starts[i] < end:
        speaker = speaker_of(doc, doc.starts[i])
        if speaker is not None:
            return Found(speaker, end, end, direct=direct, sentence=st.si)
        i += 1
    if ctx.last_speaker is None or st.si - ctx.last_speaker_sentence > 2:  # two sentences back at most
        return None
    return Found(ctx.last_speaker, end, end, direct=direct, sentence=st.si)


def _listed_words(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'The main statements from Zakharova's briefing:' or 'Here are the key passages so far:' (after
    the speaker spoke), then the words on the lines after it: each line is the speaker's, up to a line
    that another rule attributes."""
    doc, ctx = st.doc, st.ctx
    header = _listing_header(st)
    if header is not None:
        ctx.listing = header
        return None
    opened = ctx.listing
    if opened is None:
        return None
    if st.found or st.si - opened.sentence > _LIST_ITEMS:
        ctx.listing = None
        return None
    q = quote_starting_at(doc, st.s0)
    if q is not None and q[1] >= st.s1 - 1:
        c0, c1, direct = q[0] + 1, q[1] - 1, True
    else:
        c0, c1 = trim(doc.text, st.s0, st.s1)
        direct = opened.direct
    if c1 - c0 < 12:  # a few words at least
        return None
    return [opened._replace(start=c0, end=c1, direct=direct, sentence=st.si)]


def _transcript_label(st: SentenceState, _site: VerbSite | None) -> list[Found] | None:
    """'SULLIVAN: Look, ...', 'SECRETARY OF DEFENSE PETE HEGSETH: ...': a transcript labels the line of
    each person who speaks with the name in capitals and a colon; the sentence after the label is that
    person's words (direct). A label in mixed case ('Rutte: ...', a headline) or naming no person
    ('NATO: ...') is no transcript's."""
    doc = st.doc
    if doc.mask.find(":", st.s0, st.s1) < 0:
        return None  # no label's colon (most sentences): the pattern cannot match
    m = patterns().transcript_label.search(doc.mask, st.s0, st.s1)
    mention = mention_at(doc, m.start("spk")) if m is not None else None
    if m is None or mention is None or mention.actor.kind is not ActorKind.PERSON or in_quote(doc, m.start()):
        return None
    label = doc.text[m.start() : m.end()].rstrip(" \t:")
    if not label.isupper() or doc.mask[st.s0 : m.start()].strip():
        return None
    c0, c1 = trim(doc.text, m.end(), st.s1)
    return [Found(mention.actor, c0, c1, direct=True, sentence=st.si)] if c1 - c0 >= 12 else None


# -- cues ------------------------------------------------------------------------------------------------
# The test a sentence rule's finder opens with, as a pattern read once per document (AttributionRule.cue):
# each is local and never empty, and the finder returns nothing and changes nothing where it does not match.


@cache
def _literal(*words: str) -> Callable[[], re.Pattern[str]]:
    """The cue of a finder that opens by looking for one of ``words`` as written (``str.find``)."""
    pattern = re.compile("|".join(map(re.escape, words)))
    return lambda: pattern


@cache
def _quote_opening() -> re.Pattern[str]:
    """An opening quotation mark (``quote_spans`` opens a quotation at either): the cue of the rules that read a
    quotation opening inside the sentence or at its start."""
    return re.compile('["\u201c]')


@cache
def _intent_cue() -> re.Pattern[str]:
    """The cue of announced-intent: the first word of one of its verbs, as written (``_intent_verb_words``)."""
    return re.compile("|".join(map(re.escape, _intent_verb_words())))


def _according_cue() -> re.Pattern[str]:
    """The cue of according-to: "cording" or "per" (``_ACCORDING_ANY``, local: its lookbehinds read its own
    first letter)."""
    return _ACCORDING_ANY


@cache
def _participle_cue() -> re.Pattern[str]:
    """The cue of the participle rules (participle-that, participle-clause, preposition-participle,
    label-participle, participle-object): a participle of the tables as written (data/speech_cues.tsv, roles
    ing, ing_that, ing_clause, ing_label and ing_object), which each of their patterns needs; the participles
    of telling and the linked participles of rule second-participle are among them. A participle's first
    word is enough (a form of two words opens with it). Fewer than one sentence in twenty holds one.

    Written as the literal "ing" and a lookbehind for the word it ends (the words grouped by length, as a
    lookbehind has one width): the regex engine finds the literal fast, where a list of words scanned from
    each first letter tried every place (19 ms over throughput.py's corpus against 1). The lookbehind reads
    outside the match, but only the word's other letters: where a rule's participle lies in a sentence, so
    does the whole word, and a whole-mask scan finds its "ing" (``AttributionRule.cue``'s guarantee holds)."""
    lex = lexicon()
    forms = (*lex.ing, *lex.ing_that, *lex.ing_clause, *lex.ing_label, *lex.ing_object)
    words = sorted({form.split()[0] for form in forms})
    by_width: dict[int, list[str]] = {}
    for word in words:
        if word.endswith("ing"):
            by_width.setdefault(len(word), []).append(re.escape(word))
    ends = "|".join(f"(?<={'|'.join(group)})" for _, group in sorted(by_width.items()))
    others = [re.escape(word) for word in words if not word.endswith("ing")]  # (none today)
    return re.compile("|".join([f"ing(?:{ends})", *others]))


def _possessive_mention() -> re.Pattern[str]:
    """The cue of noun-that: a mention and its possessive, which opens every match of ``_noun_that_pattern``."""
    return _POSSESSIVE_MENTION


_POSSESSIVE_MENTION: Final = re.compile("\x01\x02*['\u2019]s")


# -- the table -------------------------------------------------------------------------------------------
# Examples are synthetic, written for these tests in the forms of several outlets (wires, papers,
# official sites); none is copied from real text.

RULES: Final = (
    AttributionRule(
        "headline-quote",
        "'words' -- Speaker on topic / Speaker: 'words' (a headline)",
        _headline,
        exclusive=True,
        examples=(
            ("'We will not back down' -- Zelensky on the talks", "Volodymyr Zelensky", "We will not back down"),
            ('Rutte: "Allies must spend more on defence"', "Mark Rutte", "Allies must spend more on defence"),
        ),
    ),
    AttributionRule(
        "transcript-label",
        "SPEAKER: words (a transcript's line, the label in capitals)",
        _transcript_label,
        (
            (
                "Is a deal possible?\n\nSULLIVAN: Look, I will not speak for the next team.",
                "Jake Sullivan",
                "Look, I will not speak for the next team",
            ),
            (
                "April 2, 2025\n\nSECRETARY OF DEFENSE PETE HEGSETH: Thank you all for joining us.",
                "Pete Hegseth",
                "Thank you all for joining us",
            ),
        ),
        exclusive=True,
        cue=_literal(":"),
    ),
    AttributionRule(
        "statement-lead-line",
        "Speaker issued the following statement ...: / The following statement was issued by Speaker: / A statement"
        " from Speaker [and Speaker] ... (a passage's first line), then the statement's paragraphs",
        statement_lead_line,
        (
            (  # synthetic (speak25): the subject issues the statement printed after the lead
                (
                    "Foreign Minister Annalena Baerbock issued the following statement today on arriving in Kyiv:\n"
                    "Europe's freedom is being defended here. We will keep standing with Ukraine."
                ),
                "Annalena Baerbock",
                "Europe's freedom is being defended here. We will keep standing with Ukraine",
            ),
            (  # synthetic (speak25): the passive, the one named after "by" speaks, not the spokesman's office
                (
                    "The following statement was issued on Sunday by the Spokesman for Secretary-General Antonio"
                    " Guterres:\n\nThe Secretary-General condemns the strikes on the port of Odesa."
                ),
                "António Guterres",
                "The Secretary-General condemns the strikes on the port of Odesa",
            ),
        ),
    ),
    AttributionRule(
        "dash-paragraph",
        "Words. More words. - Speaker said. / Words, - said Speaker (a paragraph of plain words, then a dash)",
        dash_paragraph,
        (
            (  # synthetic: the paragraph before the dash is the words
                "Umerov met the press.\n\nTwo ships were hit in the port. Repairs will take a month. - Umerov noted.",
                "Rustem Umerov",
                "Two ships were hit in the port. Repairs will take a month",
            ),
            (  # synthetic: an inverted verb after a comma and a dash
                "Talks resumed.\n\nThe talks were long. We agreed on an exchange of the wounded, \u2014 said Umerov",
                "Rustem Umerov",
                "The talks were long. We agreed on an exchange of the wounded",
            ),
            (  # synthetic: a document speaks for its author, who spoke just before
                (
                    "The Kremlin said on Friday the leaders spoke by phone.\n\nThe two presidents discussed the "
                    "grain corridor. They agreed to talk again - the statement reads."
                ),
                "Kremlin",
                "The two presidents discussed the grain corridor. They agreed to talk again",
            ),
        ),
        cue=any_dash,
    ),
    AttributionRule(
        "opinion-that",
        "Speaker believes|thinks|hopes|agreed|made it clear|voiced hope|is convinced ... that words",
        opinion_that,
        (
            (  # synthetic
                "Frederiksen believes that the strongest guarantee for Kyiv is its own army.",
                "Mette Frederiksen",
                "the strongest guarantee for Kyiv is its own army",
            ),
            (  # synthetic: a light-verb phrase with a date before its that-clause
                "Merz made it clear on Friday that Berlin would not send the missiles yet.",
                "Friedrich Merz",
                "Berlin would not send the missiles yet",
            ),
            (  # synthetic
                "Putin voiced hope that the treaty would expand trade between the two states.",
                "Vladimir Putin",
                "the treaty would expand trade between the two states",
            ),
            (  # synthetic: a copula and an adjective of certainty
                "Sandu is convinced that Moscow wants to sway the vote in Moldova.",
                "Maia Sandu",
                "Moscow wants to sway the vote in Moldova",
            ),
            (  # synthetic: a pronoun speaker
                "Rutte spoke in Brussels. He thinks that allies must spend far more on air defence.",
                "Mark Rutte",
                "allies must spend far more on air defence",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "label",
        'Speaker called|described|dismissed ... "label" (as "label") / described ... as label / called X a label /'
        " accused X of doing|of <charge noun>",
        label,
        (
            ('Peskov called the proposal "absurd" on Monday.', "Dmitry Peskov", "absurd"),
            ('Zelensky dismissed the plan as "a trap for Ukraine".', "Volodymyr Zelensky", "a trap for Ukraine"),
            (  # synthetic: a noun with its possessive between "as" and the quoted label
                'Sybiha described the strike as the country\'s "most cynical" attack this year.',
                "Andrii Sybiha",
                "most cynical",
            ),
            (  # a label's thing may be long
                (
                    "Ushakov described the three-hour meeting of the two delegations with the envoys of the "
                    'United States and of the European Union in Geneva as "frank and useful".'
                ),
                "Yuri Ushakov",
                "frank and useful",
            ),
            ('Trump hailed the summit - his first since 2019 - as a "big success".', "Donald Trump", "big success"),
            (  # a short phrase between "of" and the label
                'Zelensky accused Moscow on Monday of living in a "false reality of its own".',
                "Volodymyr Zelensky",
                "false reality of its own",
            ),
            (  # synthetic (seventeenth session, attr17; rule label-small-clause): unquoted, after the object
                "Shoigu called the new drills along the border a rehearsal for an attack.",
                "Sergei Shoigu",
                "the new drills along the border a rehearsal for an attack",
            ),
            (  # unquoted, after "as"
                "Sybiha described the offer on Sunday as a step back for Moscow.",
                "Andrii Sybiha",
                "a step back for Moscow",
            ),
            (  # synthetic: unquoted after "as", ending at a second saying coordinated after it
                "Sybiha described the offer as a step back and stressed that Kyiv would not sign it.",
                "Andrii Sybiha",
                "a step back",
            ),
            (  # synthetic: a one-word verdict after "as": the thing and the verdict are the words
                "Ushakov has described his talks with the visiting envoys as productive.",
                "Yuri Ushakov",
                "his talks with the visiting envoys as productive",
            ),
            (  # synthetic: the thing labelled holds a phrase set off by commas
                "Putin described his call with Trump, held on Monday, as frank and useful.",
                "Vladimir Putin",
                "frank and useful",
            ),
            (  # synthetic: a second label coordinated after the first
                'Trump described the premier as "a tough negotiator" and "a great friend" on Friday.',
                "Donald Trump",
                "a great friend",
            ),
            (  # synthetic: a scare-quoted word inside the thing labelled, the label quoted after it
                'Peskov called the "proposal" of the Ukrainian side an "ultimatum" on Monday.',
                "Dmitry Peskov",
                "ultimatum",
            ),
            (  # synthetic: no "as": the quotations in the object
                'Kellogg praised the talented "negotiating team" of the Ukrainian president.',
                "Keith Kellogg",
                "negotiating team",
            ),
            (  # synthetic: a charge, the object and its "of" clause with a gerund (no label quoted)
                "Zelensky accused Moscow on Monday of plotting to sway the vote, adding that Kyiv would respond.",
                "Volodymyr Zelensky",
                "Moscow on Monday of plotting to sway the vote",
            ),
            (  # synthetic (twenty-eighth session, attrc28): a charge named by a noun (class charge_noun)
                "Merz accused Moscow of deliberate provocations along the eastern border.",
                "Friedrich Merz",
                "Moscow of deliberate provocations along the eastern border",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "topic-quote",
        'Speaker stressed|noted|said ... the importance|need|trend ... of "words"',
        topic_quote,
        (
            (
                'Rutte stressed the importance of "a steady flow of air defence".',
                "Mark Rutte",
                "a steady flow of air defence",
            ),
            (
                'Sybiha on Tuesday underlined the urgent need for "more pressure on the aggressor" in Brussels.',
                "Andrii Sybiha",
                "more pressure on the aggressor",
            ),
            (
                'Frederiksen noted the recent trend of "attacks on airports".',
                "Mette Frederiksen",
                "attacks on airports",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "quoted-object",
        'Speaker thanked|deemed|called for ... "words" (quotations in the object of a speech act)',
        quoted_object,
        (
            (  # synthetic
                'Sybiha thanked the Baltic states for their "unwavering solidarity" on Monday.',
                "Andrii Sybiha",
                "unwavering solidarity",
            ),
            (  # synthetic: a pronoun object, then the verdict quoted
                'Peskov deemed it "premature" to speak of a second round of talks.',
                "Dmitry Peskov",
                "premature",
            ),
            (  # synthetic: a speech verb with a preposition before the quotation
                'Scholz insisted on "more support for Kyiv before the winter" at the meeting.',
                "Olaf Scholz",
                "more support for Kyiv before the winter",
            ),
            (  # synthetic: a clause after a conjunction of time, the mention its subject
                'The strikes came after Zelensky thanked the allies for their "steadfast support" on Monday.',
                "Volodymyr Zelensky",
                "steadfast support",
            ),
            (  # synthetic: a verb whose unquoted object is the words too (an object verb)
                'Rutte called for an "immediate ceasefire" along the whole front line.',
                "Mark Rutte",
                "immediate ceasefire",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "phrase-then-speaker",
        'reported words ending in "a quoted phrase", Speaker said',
        phrase_then_speaker,
        (
            (
                'The alliance will respond "with full force", Rutte said on Tuesday.',
                "Mark Rutte",
                'The alliance will respond "with full force"',
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "quote-then-speaker",
        '"words," Speaker said [date] [medium] [, "more words"]',
        quote_then_speaker,
        (
            ('"We are ready to talk," Zelensky said on Friday.', "Volodymyr Zelensky", "We are ready to talk,"),
            (  # inverted, a title with "of the" and a name with a middle initial
                '"The funds will help Kyiv," said Secretary of the Treasury Olena K. Marchuk.',
                "Olena Marchuk",
                "The funds will help Kyiv,",
            ),
            ('"The West will pay," Medvedev blasted on Telegram.', "Dmitry Medvedev", "The West will pay,"),
            (  # synthetic: a dash between the quotation and its speaker (translated news)
                '"Every bridge in the region will be rebuilt by winter," - Zelensky said.',
                "Volodymyr Zelensky",
                "Every bridge in the region will be rebuilt by winter,",
            ),
            (  # synthetic: "went on" as "continued" (data/speech_verbs.tsv), a document standing for its body
                'The Kremlin posted a note on Sunday. "We will hold the line," the post went on.',
                "Kremlin",
                "We will hold the line,",
            ),
            (  # a definite description of one person of a state: the speaker just before, who holds its office
                (
                    'Lavrov said the talks in Geneva were useful. "We are ready for a second round," the top Russian '
                    "diplomat added."
                ),
                "Sergey Lavrov",
                "We are ready for a second round,",
            ),
            (  # ... of another state: someone new, described
                (
                    'Zelensky said the talks were useful. "We are ready for a second round," the top Russian '
                    "diplomat added."
                ),
                "Russian diplomat",
                "We are ready for a second round,",
            ),
            (  # "the" and a noun of the speaker's kind alone: the speaker named just before
                'Ukraine\'s Security Service said it hit the bridge. "The bridge is damaged," the agency said.',
                "Security Service of Ukraine",
                "The bridge is damaged,",
            ),
            (
                'Talks resumed, a US official told reporters. "The plan is serious," the official said.',
                "US official",
                "The plan is serious,",
            ),
            (  # synthetic: a passage opening mid-story: "he" is the person named first after it
                '"We are doing it for ourselves," he says of the aid.\n\nThe paper spoke with Petr Pavel in Prague.',
                "Petr Pavel",
                "We are doing it for ourselves,",
            ),
            (  # synthetic: a noun any speaker may be called: the person who spoke just before
                'Gitanas Nauseda said Lithuania will spend more. "The flank must be strong," the leader said.',
                "Gitanas Nausėda",
                "The flank must be strong,",
            ),
            (  # synthetic: an office with describing words: the person just before, introduced with it
                'Kharkiv Mayor Ihor Terekhov said the city was hit. "Two people were hurt," the city mayor reported.',
                "Ihor Terekhov",
                "Two people were hurt,",
            ),
            ('"The door is open," Rutte said, "and it stays open."', "Mark Rutte", "and it stays open."),
            ('"The door is open," said Mark Rutte, "and it stays open."', "Mark Rutte", "and it stays open."),
            (  # the quotation goes on after a conjunction
                '"Europe must spend more," said Rutte, because "the threat will not wait for us."',
                "Mark Rutte",
                "the threat will not wait for us.",
            ),
            (  # inverted, the speaker's body and title before the name, a parenthesis after it
                '"We must help Ukraine win," said the Assembly\'s newly elected President Marta Kowalczyk (Poland).',
                "Marta Kowalczyk",
                "We must help Ukraine win,",
            ),
            (  # a person named by the surname alone, next to the verb
                '"We have given Russia plenty of time," Graham said on the Senate floor.',
                "Graham",
                "We have given Russia plenty of time,",
            ),
            (  # synthetic: inverted, a title with "of" and a place, a person the registry does not know
                '"The corridor must stay open," said Archbishop of Turin Marco Bellini.',
                "Marco Bellini",
                "The corridor must stay open,",
            ),
            (  # synthetic: inverted, a title in lower case set off by a comma from an unknown person's name
                '"Aid convoys need safe passage," said the UN envoy for refugees, Anna Lindqvist.',
                "Anna Lindqvist",
                "Aid convoys need safe passage,",
            ),
            (  # synthetic: inverted, a title word before a titled unknown name
                '"The harvest will be late this year," commented Deputy Mayor Ilse Brandt.',
                "Ilse Brandt",
                "The harvest will be late this year,",
            ),
            (  # synthetic: "the" and a body's noun no one named before: its head speaks (_descriptions)
                '"Two assault groups were pushed back near the river," the local military command said on Telegram.',
                "command",
                "Two assault groups were pushed back near the river,",
            ),
            (
                '"The talks will go on next week in Pretoria," the Presidency said.',
                "Presidency",
                "The talks will go on next week in Pretoria,",
            ),
            (  # synthetic: ... the body named before with that noun
                (
                    "The Coordination Headquarters for Displaced Persons met in Kyiv. "
                    '"Buses will leave at dawn for the west," the headquarters said.'
                ),
                "Coordination Headquarters for Displaced Persons",
                "Buses will leave at dawn for the west,",
            ),
            (  # synthetic: a document reads (data/document_verbs.tsv) for its author, who spoke just before
                (
                    "The Kremlin said the two leaders had spoken by phone.\n"
                    '"The presidents agreed to meet in the spring," the statement reads.'
                ),
                "Kremlin",
                "The presidents agreed to meet in the spring,",
            ),
            (  # synthetic: a document no one before wrote: the first speaker of the next sentence wrote it
                (
                    'Schedules for the north were dropped. "Repair crews are out in four districts," the statement'
                    ' said.\n"Power will be back by night," Ukrenergo stressed.'
                ),
                "Ukrenergo",
                "Repair crews are out in four districts,",
            ),
            (  # synthetic: a paragraph whose opening mark the outlet dropped (the line break stands for it)
                'The envoy left Moscow.\n\nThe talks were long and frank," Ushakov told reporters.',
                "Yuri Ushakov",
                "The talks were long and frank,",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "content-then-speaker",
        "words, Speaker said [date] / words, Speaker said, more words",
        content_then_speaker,
        (
            (  # synthetic: an office with no article after an inverted speaker is his (title-appositive-after-speaker)
                "Two schools lost power overnight, said Ivan Petrenko, head of the regional administration.",
                "Ivan Petrenko",
                "Two schools lost power overnight",
            ),
            (  # synthetic (prec26): a gerund subject with its finite verb is words, no fronted participle
                "Sending more troops to the border is not planned, Olaf Scholz said on Monday.",
                "Olaf Scholz",
                "Sending more troops to the border is not planned",
            ),
            (  # synthetic: a title in apposition before the name is the speaker's (nineteenth session, attr19)
                "More air defence will arrive in spring, the defence minister, Rustem Umerov, said.",
                "Rustem Umerov",
                "More air defence will arrive in spring",
            ),
            (  # synthetic: a participle's clause after the verb quotes a phrase: the words before are the verb's
                'The envoys agreed to meet again, Rutte said, adding that talks were set for "the near future."',
                "Mark Rutte",
                "The envoys agreed to meet again",
            ),
            (  # synthetic: "here", the dateline's place, between the verb and its date (after_verb cues)
                "Aid to Kyiv will keep coming, Mark Rutte said here on Friday.",
                "Mark Rutte",
                "Aid to Kyiv will keep coming",
            ),
            (  # synthetic: a speech verb inside the words is no attribution of its own (closing attribution)
                "Marco Rubio asked the allies to raise defence spending, Mark Rutte said on Friday.",
                "Mark Rutte",
                "Marco Rubio asked the allies to raise defence spending",
            ),
            (  # synthetic: a relative clause on the setting's noun after the verb opens no words (speakers28)
                "The envoys agreed to reopen both embassies, Marco Rubio said after talks that lasted four hours.",
                "Marco Rubio",
                "The envoys agreed to reopen both embassies",
            ),
            (  # described, with no body named
                "The ministers will meet again in May, diplomatic sources said on Saturday.",
                "diplomatic sources",
                "The ministers will meet again in May",
            ),
            (  # inverted, a title and a person the registry does not know, then the date
                "The aid will arrive within weeks, said CIA Director Jane Holloway on Wednesday.",
                "Jane Holloway",
                "The aid will arrive within weeks",
            ),
            (  # a place ending the words before ", said X" is no speaker
                "The US has stopped sharing data with Kyiv, said Rubio on Tuesday.",
                "Marco Rubio",
                "The US has stopped sharing data with Kyiv",
            ),
            (  # a state's unnamed speakers named by its demonym: the description speaks
                "Two drones were shot down near the port overnight, Finnish officials said on Monday.",
                "Finnish officials",
                "Two drones were shot down near the port overnight",
            ),
            (
                "Russia launched 90 drones overnight, Ukraine's air force said on Sunday.",
                "Ukrainian Air Force",
                "Russia launched 90 drones overnight",
            ),
            (  # inverted, the speaker's title before the name
                "The declaration is full of bias, said spokesperson Lin Jian, adding that China protested.",
                "Lin Jian",
                "The declaration is full of bias",
            ),
            (  # the speaker's body and title before the name
                "The new logistics hub is ready, the alliance's Secretary-General Mark Rutte told reporters on Friday.",
                "Mark Rutte",
                "The new logistics hub is ready",
            ),
            (  # a ministry named after its state's capital
                "Twenty drones were destroyed overnight, Moscow's defence ministry said on Monday.",
                "Russian Defense Ministry",
                "Twenty drones were destroyed overnight",
            ),
            (  # synthetic: a dash, not a comma, sets off the speaker after a sentence of words (translated news)
                "The list of exchanged prisoners also includes two medics. - Umerov said.",
                "Rustem Umerov",
                "The list of exchanged prisoners also includes two medics",
            ),
            (  # synthetic: ... before an inverted verb
                "Both delegations will need a week to read the draft texts. - said Umerov on Monday.",
                "Rustem Umerov",
                "Both delegations will need a week to read the draft texts",
            ),
            (  # synthetic: an addressed group after a demonym, a place after it
                "The call with Washington lasted about ninety minutes, Peskov told Russian state media in Sochi.",
                "Dmitry Peskov",
                "The call with Washington lasted about ninety minutes",
            ),
            (  # synthetic: "afterward" ending the attribution
                "The meeting ran late into the evening, Putin told journalists afterward.",
                "Vladimir Putin",
                "The meeting ran late into the evening",
            ),
            (  # synthetic: a body's mention inside the speaker's title (a company's chief, a person unregistered)
                "Two compressor stations were hit overnight, Naftogaz CEO Petro Marchenko said on Tuesday.",
                "Petro Marchenko",
                "Two compressor stations were hit overnight",
            ),
            (  # synthetic: a long title in lower case, a state's possessive and a body inside it
                "The embassy will close in a week, spokesman for Mali's transitional government Ousmane Traore said.",
                "Ousmane Traore",
                "The embassy will close in a week",
            ),
            (  # synthetic: inverted, a body between commas among the words, a person named after the speaker
                (
                    "The invader, Russia, has stolen a year of peace, said president Volodymyr Zelensky after a call"
                    " with NATO Secretary General Mark Rutte."
                ),
                "Volodymyr Zelensky",
                "The invader, Russia, has stolen a year of peace",
            ),
            (  # synthetic: a name with particles and a surname with a capitalised prefix, after a title with a place
                "The talks on the exchange are going well, Ambassador to Moscow Khalid bin Saad Al-Faisal said.",
                "Khalid bin Saad Al-Faisal",
                "The talks on the exchange are going well",
            ),
            (  # synthetic: a surname hyphenated with capitals
                "The sanctions were a reply to Belgrade's refusal, Ambassador to Serbia Pavel Orlov-Sinitsyn said.",
                "Pavel Orlov-Sinitsyn",
                "The sanctions were a reply to Belgrade's refusal",
            ),
            (  # synthetic: "the" and a body's head noun after a comma: the body named before with it in a name
                (
                    "Inspectors of the International Atomic Energy Agency visited the plant on Thursday. Power to the"
                    " plant was restored overnight, the agency said on Friday."
                ),
                "IAEA",
                "Power to the plant was restored overnight",
            ),
            (  # synthetic: ... and with no such body named, the phrase as written without "the"
                "Kyiv will host the talks on Tuesday, the presidency said on Monday.",
                "presidency",
                "Kyiv will host the talks on Tuesday",
            ),
            (  # synthetic: "reports" after a body (a verb of saying; after an outlet it stays the outlet's report)
                "The ministers discussed a path to peace in Guangzhou, the Ukrainian Foreign Ministry reports.",
                "Ukrainian Foreign Ministry",
                "The ministers discussed a path to peace in Guangzhou",
            ),
            (  # synthetic: unnamed speakers described by where they are, after the words ("in": dropped)
                "Two patrol boats entered the bay before dawn on Sunday, officials in the island nation said.",
                "officials",
                "Two patrol boats entered the bay before dawn on Sunday",
            ),
            (  # synthetic: a description naming no known actor speaks as written, without its article
                "The minister landed in Hanoi late on Monday for a two-day visit, a Vietnamese news report said.",
                "Vietnamese news report",
                "The minister landed in Hanoi late on Monday for a two-day visit",
            ),
            (  # synthetic: with a mention among its words
                "The delegation will speak to the press at noon, a TASS correspondent reported.",
                "TASS correspondent",
                "The delegation will speak to the press at noon",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "noun-object",
        "Speaker called for|urged|warned of|emphasized|underscored|underlined|signalled|threatened|demanded|pledged|"
        "expressed|"
        "reported a noun "
        "phrase with a complement / proposed|recommended "
        "doing ... (the object, three words or more, is the words) / called for|urged|warned of a phrase of two "
        "words or more",
        noun_object,
        (
            (  # synthetic
                "Rutte called for an end to the strikes on the power grid.",
                "Mark Rutte",
                "an end to the strikes on the power grid",
            ),
            (  # synthetic: an urging with no infinitive
                "Zelensky urged a full ceasefire along the whole front line.",
                "Volodymyr Zelensky",
                "a full ceasefire along the whole front line",
            ),
            (  # synthetic: "warned of"
                "Zelensky warned of a new Russian offensive near Kharkiv.",
                "Volodymyr Zelensky",
                "a new Russian offensive near Kharkiv",
            ),
            (  # synthetic: a report of what happened by a body that is no media outlet
                "Moldova has reported fragments of a Russian drone near its border with Ukraine.",
                "Moldova",
                "fragments of a Russian drone near its border with Ukraine",
            ),
            (  # synthetic: a proposal verb's gerund clause
                "Umerov proposed holding the next round of talks in Istanbul.",
                "Rustem Umerov",
                "holding the next round of talks in Istanbul",
            ),
            (  # synthetic: a call's object of two words, no complement (fifteenth session)
                "Sybiha on Monday called for an immediate ceasefire.",
                "Andrii Sybiha",
                "an immediate ceasefire",
            ),
            (  # synthetic: emphasis with a complement after the object's head (eighteenth session)
                "Rutte emphasized the need for more air defence systems in Ukraine.",
                "Mark Rutte",
                "the need for more air defence systems in Ukraine",
            ),
            (  # synthetic: a signal of a stance, its object with a complement (twentieth session)
                "Sandu signalled readiness for talks with Kyiv on a new gas deal.",
                "Maia Sandu",
                "readiness for talks with Kyiv on a new gas deal",
            ),
            (  # synthetic: an underscoring (twentieth session)
                "Merz underscored the need for a common air shield over the eastern flank.",
                "Friedrich Merz",
                "the need for a common air shield over the eastern flank",
            ),
            (  # synthetic: an expressing of a stance not in the feeling_noun role (twenty-sixth session, expr26)
                "Merz expressed deep unease about the troop buildup along the Belarusian border.",
                "Friedrich Merz",
                "deep unease about the troop buildup along the Belarusian border",
            ),
            (  # synthetic: a demand whose object is what is demanded (twenty-sixth session)
                "Zelensky demanded the withdrawal of Russian troops from the occupied territories.",
                "Volodymyr Zelensky",
                "the withdrawal of Russian troops from the occupied territories",
            ),
            (  # synthetic: a pledge whose object is what is pledged (twenty-sixth session)
                "Merz pledged an extra 500 million euros for air defence in Ukraine.",
                "Friedrich Merz",
                "an extra 500 million euros for air defence in Ukraine",
            ),
            (  # synthetic: a threat whose object is what is threatened (twentieth session)
                "Trump has threatened new tariffs on buyers of Russian oil unless the talks move.",
                "Donald Trump",
                "new tariffs on buyers of Russian oil unless the talks move",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "speaker-then-content",
        "Speaker said [to Y] [on D] [that|:] words / Speaker urged Y to ...",
        speaker_then_content,
        (
            (  # synthetic: the "that" of a relative clause on the setting's noun is not the words' (speakers28)
                "Sybiha said in a post that was later deleted that Kyiv would not sign the draft.",
                "Andrii Sybiha",
                "Kyiv would not sign the draft",
            ),
            (
                "Mark Rutte said on Monday that allies would keep supplying air defence.",
                "Mark Rutte",
                "allies would keep supplying air defence",
            ),
            ("Zelensky told reporters that the front was holding.", "Volodymyr Zelensky", "the front was holding"),
            (  # synthetic: a title in apposition, then a relative clause on the title's noun (twelfth session)
                "Radoslaw Sikorski, foreign minister of Poland, which chairs the council, said that talks must go on.",
                "Radosław Sikorski",
                "talks must go on",
            ),
            (  # synthetic: a relative clause with a list and a quotation in it (twelfth session)
                'Rutte, who met Poles, Balts and Finns and called it "a good day", said that the flank was ready.',
                "Mark Rutte",
                "the flank was ready",
            ),
            (  # synthetic: "here", the dateline's place, before the date and "that" (after_verb cues)
                "Mark Rutte told reporters here on Friday that aid would keep coming.",
                "Mark Rutte",
                "aid would keep coming",
            ),
            (  # synthetic: an emphatic pronoun between the speaker and the verb
                "Trump himself wrote that the talks would go ahead on Monday.",
                "Donald Trump",
                "the talks would go ahead on Monday",
            ),
            (  # synthetic: the words end before a labelling coordinated after them, read at its own verb
                'Peskov had earlier confirmed the talks would start at noon and described them as "useful".',
                "Dmitry Peskov",
                "the talks would start at noon",
            ),
            (  # synthetic: a verb coordinated in a clause of its own after a contrast: that clause's subject
                "Russia said it took the village, although Kyiv denied the claim and said its units still held it.",
                "Ukraine",
                "its units still held it",
            ),
            (  # synthetic: a phrase with "for" between the verb and its that-clause
                "Belarus acknowledged for the first time that its air force had tracked the drones.",
                "Belarus",
                "its air force had tracked the drones",
            ),
            (  # synthetic: asking or warning someone to act: the object and the infinitive are the words
                "Lukashenko asked Putin to station more air defence units in Belarus.",
                "Alexander Lukashenko",
                "Putin to station more air defence units in Belarus",
            ),
            (
                "Trump warned Putin to end the war within fifty days or face new tariffs.",
                "Donald Trump",
                "Putin to end the war within fifty days or face new tariffs",
            ),
            (  # synthetic: what the words are about after "of", then the quotation
                'Zelensky said of the strikes on the capital, "It was one of the hardest nights of the war."',
                "Volodymyr Zelensky",
                "It was one of the hardest nights of the war.",
            ),
            (  # synthetic: a bare clause after the setting of the saying
                "Putin said at the meeting the new treaty would protect both states for decades.",
                "Vladimir Putin",
                "the new treaty would protect both states for decades",
            ),
            (  # an unnamed speaker the text only describes: the description speaks
                "A US official told reporters that the meeting had gone well.",
                "US official",
                "the meeting had gone well",
            ),
            ('Olaf Scholz said: "We stand with Ukraine."', "Olaf Scholz", "We stand with Ukraine."),
            (  # a parenthetical abbreviation after the speaker
                "Ukraine's Security Service (SBU) said on Tuesday that it had struck the bridge.",
                "Security Service of Ukraine",
                "it had struck the bridge",
            ),
            (  # a person the registry does not know, after a title
                "WASHINGTON \u2014 CIA Director Jane Holloway said Wednesday that intelligence sharing was paused.",
                "Jane Holloway",
                "intelligence sharing was paused",
            ),
            (  # ... between a title and an appositive, a known person's surname among its words
                "The head of the Kharkiv region, Oleh Syniehubov, said on Telegram that two houses were hit.",
                "Oleh Syniehubov",
                "two houses were hit",
            ),
            (  # a place's dateline in title case
                "Riga \u2014 NATO said on Sunday it is adding two frigates to its patrols in the region.",
                "NATO",
                "it is adding two frigates to its patrols in the region",
            ),
            (  # a body named by its initials after its full name
                "Staff of the Foreign Intelligence Service spoke. Later the FIS said that the border was calm.",
                "Foreign Intelligence Service",
                "the border was calm",
            ),
            (  # the words of a long title the finder took for a name before a known person's full name
                "The commander of the Russian Ground Forces Valery Gerasimov said that the town had fallen.",
                "Valery Gerasimov",
                "the town had fallen",
            ),
            (  # a document named after the body that issued it speaks for the body
                "The EU Brussels Summit Declaration said that sanctions would stay in place until the war ends.",
                "European Union",
                "sanctions would stay in place until the war ends",
            ),
            (  # a state's media named by its demonym: the description speaks
                "Polish media reported on Monday that the border crossing would reopen.",
                "Polish media",
                "the border crossing would reopen",
            ),
            (  # told a venue with a date word and a place; a fronted date is no words of the saying
                "Earlier in the day, Peskov told a daily briefing at the Kremlin that the talks would resume.",
                "Dmitry Peskov",
                "the talks would resume",
            ),
            (  # a state's military named by its demonym: the description speaks
                "The Finnish navy said that the cargo ship had left the bay after a warning.",
                "Finnish navy",
                "the cargo ship had left the bay after a warning",
            ),
            (
                "Stoltenberg expressed hope that the allies would stay united.",
                "Jens Stoltenberg",
                "the allies would stay united",
            ),
            (  # synthetic: the present tense of a saying phrase (a headline's or a feed's)
                "Erdogan expresses hope that the talks will resume in Istanbul next month.",
                "Recep Tayyip Erdoğan",
                "the talks will resume in Istanbul next month",
            ),
            (  # synthetic: a that-clause verb with a bare clause (a pronoun or name subject and an auxiliary)
                "The Kremlin denied its drones were aimed at Poland.",
                "Kremlin",
                "its drones were aimed at Poland",
            ),
            (  # synthetic (sixteenth session, attr16): a nominative pronoun opens a bare clause with any verb
                "Russia on Tuesday claimed they took control of a village in the east.",
                "Russia",
                "they took control of a village in the east",
            ),
            (  # synthetic (attr16): "it" with a verb in the simple past after a that-clause verb
                "The Kremlin denied it fired missiles at the port.",
                "Kremlin",
                "it fired missiles at the port",
            ),
            (  # synthetic (attr16): modifiers between the proper adjective and the addressee's plural noun
                "Peskov told Russian news agencies that the talks would continue.",
                "Dmitry Peskov",
                "the talks would continue",
            ),
            (  # synthetic (attr16): a channel phrase after the addressee; a pronoun with a contracted auxiliary
                "Putin told Trump over the phone he\u2019d hold back the next offensive.",
                "Vladimir Putin",
                "he\u2019d hold back the next offensive",
            ),
            (  # synthetic (attr16): a channel phrase before the that-clause of a verb of telling
                "Zelensky told Macron by phone that the front was holding.",
                "Volodymyr Zelensky",
                "the front was holding",
            ),
            (  # synthetic (attr16): a proper adjective describing a plural addressee, then a bare clause
                "Zelensky told European leaders he hopes to meet both presidents soon.",
                "Volodymyr Zelensky",
                "he hopes to meet both presidents soon",
            ),
            (  # synthetic: a coordinated verb's subject after a place and a colon opening the sentence
                "United Nations: Zelensky told the assembly that the war must end and urged allies to act now.",
                "Volodymyr Zelensky",
                "allies to act now",
            ),
            (  # a verb coordinated after a pronoun subject
                'Trump spoke of the plan. He referred to it as "a good deal" and said it would be signed soon.',
                "Donald Trump",
                "it would be signed soon",
            ),
            (  # synthetic: the pronoun subject after "But", not the first verb's object (fifteenth session)
                "Merz spoke on Friday. But he met Sybiha in Berlin and said that Kyiv would get more air defence.",
                "Friedrich Merz",
                "Kyiv would get more air defence",
            ),
            (  # a relative clause on a person
                "The talks opened with a speech by Foreign Minister Hakan Fidan, who said that a truce was the goal.",
                "Hakan Fidan",
                "a truce was the goal",
            ),
            (  # synthetic: a long relative clause on the speaker before the verb
                (
                    "Zelensky, who has spent the whole week trying to rally more support for the air defence of "
                    "his country among the leaders gathered there, said he would fly home at once."
                ),
                "Volodymyr Zelensky",
                "he would fly home at once",
            ),
            (  # synthetic: a saying inside the relative clause ends its words where the main clause goes on
                "Peskov, who earlier stressed that Moscow rejects the court, told reporters the trip would go ahead.",
                "Dmitry Peskov",
                "Moscow rejects the court",
            ),
            (  # synthetic: a clause with no "that" after a subject in a subordinate clause
                "The vote in Minsk closed early, hours after the Kremlin said the count was fair.",
                "Kremlin",
                "the count was fair",
            ),
            (  # synthetic: a relative clause on the words' subject; "it" is the sentence's subject
                (
                    "Officials in Odesa said a port was hit. Kyiv hit two depots overnight in raids it says were a "
                    "reply to the shelling."
                ),
                "Ukraine",
                "were a reply to the shelling",
            ),
            (  # synthetic: the words end before a subordinate clause with a saying of its own
                "NATO said it sent two frigates to the coast, after Zelensky said the raid had begun.",
                "NATO",
                "it sent two frigates to the coast",
            ),
            (  # a second that-clause set off by a comma is a statement of its own
                "Rutte said he had seen the draft, and that he would talk to the capitals.",
                "Mark Rutte",
                "he would talk to the capitals",
            ),
            (  # a quotation after the saying's date and a comma
                'Rutte said Tuesday, "We need to push even harder for the sanctions."',
                "Mark Rutte",
                "We need to push even harder for the sanctions.",
            ),
            (  # a second saying coordinated after the words ends them
                'Rutte added that "Russia remains the main threat," but he noted, "NATO is strong."',
                "Mark Rutte",
                "Russia remains the main threat,",
            ),
            (
                "Harris told Trump, who led before, that Putin would outlast him and said that Europe would pay.",
                "Kamala Harris",
                "Putin would outlast him",
            ),
            (
                "Last month, Putin offered to extend the limits for one year.",
                "Vladimir Putin",
                "to extend the limits for one year",
            ),
            (
                "Putin threatened on Tuesday to cut Ukraine off from the sea.",
                "Vladimir Putin",
                "to cut Ukraine off from the sea",
            ),
            (  # a bare title means the person the text introduced with it
                (
                    "Government spokesman Marek Wolny said NATO had acted. Later, the spokesman wrote on X that "
                    "consultations were held."
                ),
                "Marek Wolny",
                "consultations were held",
            ),
            (
                (
                    "Lithuanian Defence Minister Dovile Sakaliene said the drones were Russian. The minister added "
                    "that NATO had been informed."
                ),
                "Dovil\u0117 \u0160akalien\u0117",
                "NATO had been informed",
            ),
        ),
        per_verb=True,
    ),
    AttributionRule(
        "expressed-intent",
        "Speaker expressed his|her|its|their|X's readiness|willingness|intent ... to|for words / expressed [his [X's]] "
        "[deep] hope|support|concern ... that|for|about|over words",
        _expressed_intent,
        (
            (  # synthetic: a noun of a feeling after a possessive and a second possessive
                "Fidan expressed his country's hope that the sides would meet again in Istanbul.",
                "Hakan Fidan",
                "his country's hope that the sides would meet again in Istanbul",
            ),
            (  # synthetic: no possessive, a describing word
                "The Kremlin expressed deep concern over the strikes on the nuclear plant.",
                "Kremlin",
                "deep concern over the strikes on the nuclear plant",
            ),
            (  # synthetic (an office with one holder in the registry: examples run with no publication date)
                "The Latvian president expressed his readiness to host the next round of talks in Riga.",
                "Edgars Rink\u0113vi\u010ds",
                "his readiness to host the next round of talks in Riga",
            ),
            (  # synthetic: a relative clause on the speaker; a body's possessive
                "Analysts pointed to Erdogan, who has expressed Turkey's willingness for a mediating role.",
                "Recep Tayyip Erdoğan",
                "Turkey's willingness for a mediating role",
            ),
        ),
        cue=_literal("express"),
    ),
    AttributionRule(
        "announced-intent",
        "Speaker announced|confirmed [on D] [his|X's] plans|intention|proposal|readiness ... to words",
        _announced_intent,
        (
            (  # synthetic
                "Nauseda announced on Friday plans to shut two more crossings on the border.",
                "Gitanas Nausėda",
                "plans to shut two more crossings on the border",
            ),
            (  # synthetic: a possessive before the noun
                "Brekelmans also confirmed his readiness to send two more radar units to Kyiv.",
                "Ruben Brekelmans",
                "his readiness to send two more radar units to Kyiv",
            ),
        ),
        cue=_intent_cue,
    ),
    AttributionRule(
        "noun-that",
        "Speaker's statement|suggestion|argument|announcement [on D] that words",
        _noun_that,
        (
            (  # synthetic
                "Rutte said the target admits no carve-outs, despite Spain's argument that its budget is stretched.",
                "Spain",
                "its budget is stretched",
            ),
            (  # synthetic: a day between the noun and "that"
                "Protests followed Zelensky's announcement on Monday that elections would wait until peace.",
                "Volodymyr Zelensky",
                "elections would wait until peace",
            ),
        ),
        cue=_possessive_mention,
    ),
    AttributionRule(
        "quoted-as-saying",
        "Speaker was [adverb] quoted by Outlet [news agency] as saying ... / AGENT quoted Speaker|"
        "him|her|the NOUN|State's people [date] as saying ...",
        _quoted_as_saying,
        (
            (  # synthetic (seventeenth session, attr17b): a quoting agent no mention reads, a pronoun quoted
                (
                    "Finance Minister Erik Lund visited Oslo on Friday. "
                    '"Our pledge stands for the whole winter," the state broadcaster quoted him as saying.'
                ),
                "Erik Lund",
                "Our pledge stands for the whole winter,",
            ),
            (  # synthetic (attr17b): the one quoted named again by a noun of the speaker before
                (
                    "Envoy Erik Lund met the delegation in Geneva. "
                    '"The talks went well and will go on," the newspaper quoted the diplomat as saying.'
                ),
                "Erik Lund",
                "The talks went well and will go on,",
            ),
            (
                "Peskov was quoted by Reuters as saying that talks had stalled.",
                "Dmitry Peskov",
                "talks had stalled",
            ),
            (  # the speaker with its article, named by its initials after its full name
                (
                    "The National Security Council met on Monday. "
                    '"We are still checking the reports," the NSC was quoted as telling lawmakers.'
                ),
                "National Security Council",
                "We are still checking the reports,",
            ),
            (  # synthetic: an outlet quoting a body named with its article
                "Tass quoted the Kremlin as saying that the talks would resume in May.",
                "Kremlin",
                "the talks would resume in May",
            ),
            (  # synthetic: the speaker's own service after a possessive, not a mention (dev-i-017's form)
                '"The grain corridor must stay open," Zelensky was quoted by his office as saying on Friday.',
                "Volodymyr Zelensky",
                "The grain corridor must stay open,",
            ),
            (  # synthetic (speak25): an adverb before "quoted", the outlet's kind after its name
                "Dmitry Peskov was initially quoted by Interfax news agency as saying that the call had ended.",
                "Dmitry Peskov",
                "the call had ended",
            ),
            (  # synthetic (speak25): a state's described people and a date before "as"
                "Two papers quoted Polish officials on Monday as saying the border crossing would stay shut.",
                "Polish officials",
                "the border crossing would stay shut",
            ),
        ),
        cue=_literal("quoted"),
    ),
    AttributionRule(
        "said-this",
        "words. Speaker said|stated|announced|reported this [setting, date]. / words. Speaker told Y about this.",
        said_this,
        (
            (  # synthetic: a verb of announcing, "this" its object, a setting after it
                "Repairs at the port will take a month. Minister Rustem Umerov announced this during a briefing.",
                "Rustem Umerov",
                "Repairs at the port will take a month",
            ),
            (  # synthetic: a verb of telling, its addressee, "about this"
                "The curfew in the city will be lifted next week. Mayor Vitali Klitschko told reporters about this.",
                "Vitali Klitschko",
                "The curfew in the city will be lifted next week",
            ),
            (  # synthetic: a paragraph of two sentences, the attribution a paragraph of its own
                (
                    "The cabinet asked parliament to ratify the deal. The vote may come in May.\n\n"
                    "Prime Minister Denys Shmyhal said this at a cabinet session on Friday."
                ),
                "Denys Shmyhal",
                "The cabinet asked parliament to ratify the deal. The vote may come in May",
            ),
            (  # synthetic: a place and a title before the subject's name (nineteenth session, attr19)
                "A drone hit a depot near the port.\n\nOdesa Mayor Hennadiy Trukhanov reported this on Telegram.",
                "Hennadiy Trukhanov",
                "A drone hit a depot near the port",
            ),
        ),
    ),
    AttributionRule(
        "said-by",
        "words. This [news] was|is stated|reported by Speaker. / This is stated in the statement of Speaker. / The"
        " announcement was made by Speaker. / words. That's according to Speaker.",
        said_by,
        (
            (
                "The date of a new round is still open. This was stated by Kremlin aide Yuri Ushakov.",
                "Yuri Ushakov",
                "The date of a new round is still open",
            ),
            (  # synthetic: a title and an appositive before the name; a quoted word in the words
                (
                    'The allies received a "draft" on Monday. This was stated by the chief of the delegation, '
                    "Defence Minister Rustem Umerov, during a briefing."
                ),
                "Rustem Umerov",
                'The allies received a "draft" on Monday',
            ),
            (  # synthetic: a demonym before the title
                "The border will stay open for trucks. This was stated by Moldovan President Maia Sandu.",
                "Maia Sandu",
                "The border will stay open for trucks",
            ),
            (  # synthetic: present tense, the name in quotation marks (a Ukrainian outlet's English style)
                "Scheduled power cuts are cancelled in all regions. This is reported by 'Ukrenergo'.",
                "Ukrenergo",
                "Scheduled power cuts are cancelled in all regions",
            ),
            (  # synthetic: a lead and one more detail in one paragraph: the report is the paragraph
                (
                    "The envoy will leave his post in January. He has told his staff already. This was "
                    "reported by Reuters."
                ),
                "Reuters",
                "The envoy will leave his post in January. He has told his staff already",
            ),
            (  # synthetic: a party's name in quotation marks inside the phrase after "by"
                'The budget vote moves to next week. That was first stated by the "Voice" deputy Yaroslav Zhelezniak.',
                "Yaroslav Zhelezniak",
                "The budget vote moves to next week",
            ),
            (  # synthetic: a noun for what was said after "This"
                "The airport will reopen on Friday. This information was confirmed by Mayor Vitali Klitschko.",
                "Vitali Klitschko",
                "The airport will reopen on Friday",
            ),
            (  # synthetic: a light verb with a noun of saying
                "The minister has handed in his resignation. The announcement was made by Ruslan Stefanchuk.",
                "Ruslan Stefanchuk",
                "The minister has handed in his resignation",
            ),
            (  # synthetic: the speaker's document (speech_cues.tsv doc), then the outlet that passes it on
                "Two soldiers were wounded at the range. This is stated in the statement of NATO, UNN reports.",
                "NATO",
                "Two soldiers were wounded at the range",
            ),
            (  # synthetic: an outlet and the section its name goes on to, then the outlet that cites it
                (
                    "Two drones hit a depot near the port overnight. That is according to the BBC Russian Service, "
                    "Ukrinform writes."
                ),
                "BBC Russian Service",
                "Two drones hit a depot near the port overnight",
            ),
        ),
    ),
    AttributionRule(
        SOURCE_LINE,
        "words.\nSource: Speaker [title] [on medium] (a line naming who the lead before it is from)",
        source_line,
        (
            (  # synthetic: a Ukrainian outlet's English format, the source's title after the name
                "The capital will observe a day of mourning on Friday.\n\nSource: Vitali Klitschko, Mayor of Kyiv",
                "Vitali Klitschko",
                "The capital will observe a day of mourning on Friday",
            ),
            (  # synthetic: the title before the name, a medium after it, then a quotation
                (
                    "Russian drones struck two substations in the north overnight.\n"
                    "Source: Energy Minister Herman Halushchenko on Facebook\n"
                    'Quote: "Repairs have already begun."'
                ),
                "Herman Halushchenko",
                "Russian drones struck two substations in the north overnight",
            ),
        ),
    ),
    AttributionRule(
        "titled-then-named",
        "words, the regional governor said | according to the governor. X, the governor, said ... (the office's"
        " holder named next)",
        titled_then_named,
        (
            (  # synthetic: "according to" and the office, the holder named with the office in the next sentence
                (
                    "Two people were hurt when a drone hit a bus depot, according to the regional governor. "
                    "Governor Serhiy Lysak wrote that both were in hospital."
                ),
                "Serhiy Lysak",
                "Two people were hurt when a drone hit a bus depot",
            ),
            (  # synthetic: a wire's lead, the holder named in apposition in the next sentence
                (
                    "MOSCOW (Reuters) - A fuel depot in the region burned after a drone strike, the regional governor "
                    "said on Saturday. Andrei Bocharov, the governor, wrote on Telegram that the blaze was contained."
                ),
                "Andrey Bocharov",  # the registry's spelling of the name the text writes "Andrei"
                "A fuel depot in the region burned after a drone strike",
            ),
            (  # synthetic: the holder named after the office in the next sentence
                (
                    "China firmly opposes the summit declaration, a Chinese foreign ministry spokesperson said "
                    "Tuesday. Its claims are groundless, said spokesperson Lin Jian."
                ),
                "Lin Jian",
                "China firmly opposes the summit declaration",
            ),
            (  # synthetic: a quotation as the words
                (
                    '"The blaze at the depot is contained," the regional governor wrote on Saturday. Andrei Bocharov, '
                    "the governor, later added that no one was hurt."
                ),
                "Andrey Bocharov",  # the registry's spelling of the name the text writes "Andrei"
                "The blaze at the depot is contained,",
            ),
            (  # synthetic: a participle after the attribution ends it; the holder named two sentences on
                (
                    '"The roof of the ministry was hit by a drone," the prime minister wrote, posting a photo of the'
                    " damage. Rescuers worked through the night. Svyrydenko urged allies to tighten sanctions."
                ),
                "Yulia Svyrydenko",
                "The roof of the ministry was hit by a drone,",
            ),
            (  # synthetic: a phrase after the attribution and a comma, shorter than the words, ends it (fix24)
                (
                    "KYIV (Reuters) - Russian drones hit the port of Izmail late on Monday, the regional governor said,"
                    " the third attack on the port this week. Governor Ivan Petrenko wrote that two ships burned."
                ),
                "Ivan Petrenko",
                "Russian drones hit the port of Izmail late on Monday",
            ),
        ),
    ),
    AttributionRule(
        "quote-label",
        'Quote from Speaker: "words" / Source: Speaker ... Quote: "words" / a statement, then Quote: "words"',
        _quote_label,
        (
            ('Quote from Trump: "We build the finest jets."', "Donald Trump", "We build the finest jets."),
            (
                (
                    "Power cuts were introduced.\nSource: Ukraine's Energy Minister German Galushchenko on Facebook\n"
                    'Quote: "The grid is under attack."'
                ),
                "Herman Halushchenko",
                "The grid is under attack.",
            ),
            (  # a quotation no mark closes (the page cut after it) runs to the end of its line
                (
                    "Power cuts were introduced.\nSource: Ukraine's Energy Minister German Galushchenko on Facebook\n"
                    'Quote: "The grid operator has introduced emergency power cuts in three regions.'
                ),
                "Herman Halushchenko",
                "The grid operator has introduced emergency power cuts in three regions.",
            ),
            (  # synthetic: the source line names a person, then the outlet that interviewed them
                (
                    "Zelensky expects the envoy soon.\nSource: Zelensky in an interview with Associated Press\n"
                    'Quote: "The team will be in Kyiv very soon."'
                ),
                "Volodymyr Zelensky",
                "The team will be in Kyiv very soon.",
            ),
            (  # synthetic: no source line: the speaker of the sentence right before goes on
                'Rutte said that allies spent more last year.\n\nQuote: "We will spend even more this year."',
                "Mark Rutte",
                "We will spend even more this year.",
            ),
        ),
    ),
    AttributionRule(
        "outlet-report",
        "words, the Outlet [previously] reported [, citing Outlet2 (speaker rule cited-outlet)] / the Outlet [, citing"
        " its sources,] is reporting that words (no one else says them)",
        _outlet_report,
        (
            (
                "Germany will ship two more air-defence systems to Kyiv, The Washington Post reported on Wednesday.",
                "The Washington Post",
                "Germany will ship two more air-defence systems to Kyiv",
            ),
            (
                "The New York Times is reporting that the missiles will arrive within weeks.",
                "The New York Times",
                "the missiles will arrive within weeks",
            ),
            (  # an outlet named before "news agency", known or not; "announced" ends an outlet's clause too
                "Two flights were diverted to Liege overnight, the Agerpres news agency announced.",
                "Agerpres",
                "Two flights were diverted to Liege overnight",
            ),
            (  # synthetic: the outlet described after a place's possessive
                "Both sides handed over sixty captives at the border, Moscow's Interfax agency reported Sunday.",
                "Interfax",
                "Both sides handed over sixty captives at the border",
            ),
            (  # synthetic: ... after describing words, its name spelled out in brackets after it
                "The envoy landed late on Friday, the state-run Korean Central News Agency (KCNA) said.",
                "KCNA",
                "The envoy landed late on Friday",
            ),
            (  # synthetic: a described outlet with a that-clause: its words follow, the opening phrase is none
                "Late on Monday, Russia's state TASS agency reported that talks would resume soon.",
                "TASS",
                "talks would resume soon",
            ),
            (  # synthetic: a possessive no mention covers before the outlet's description
                (
                    "The parliament approved the treaty with Moscow, the North's state-run Korean Central News"
                    " Agency said on Tuesday."
                ),
                "KCNA",
                "The parliament approved the treaty with Moscow",
            ),
            (  # synthetic (speak25, rule speech-verb-not-a-saying): a passive participle with no agent in the words
                "Politico reported on Friday that the general was being considered for the envoy's post.",
                "Politico",
                "the general was being considered for the envoy's post",
            ),
            (  # synthetic (speak25): a speech verb's form after "the" is a noun or an attribute, no one's saying
                "Yesterday The Guardian wrote that the announced cabinet reshuffle could reach the defence ministry.",
                "The Guardian",
                "the announced cabinet reshuffle could reach the defence ministry",
            ),
            (  # synthetic (attr29, speech-verb-not-a-saying): a verb of class declare before no clause, colon or
                # quotation reports no words ("continued to hit"), nor a form in a hyphenated compound ("so-called")
                "Shelling continued to hit the so-called grey zone near Huliaipole overnight, Reuters reported.",
                "Reuters",
                "Shelling continued to hit the so-called grey zone near Huliaipole overnight",
            ),
            (  # synthetic (attr29): an attributive participle after a possessive and an adverb in -ly
                "Voters met the region's widely criticised new governor with silence on Sunday, AFP reported.",
                "AFP",
                "Voters met the region's widely criticised new governor with silence on Sunday",
            ),
            (  # synthetic (attr29): an adverb of time between the outlet and its verb (data/speech_cues.tsv)
                "The price cap would fall to 47 dollars a barrel by the spring, Bloomberg previously reported.",
                "Bloomberg",
                "The price cap would fall to 47 dollars a barrel by the spring",
            ),
            (  # synthetic (attr29): the outlet's own sources between its name and its verb
                "The Kyiv Post, citing two of its sources, reports that the envoy will land in Riyadh on Sunday.",
                "Kyiv Post",
                "the envoy will land in Riyadh on Sunday",
            ),
        ),
        cue=_literal("\x01"),
    ),
    AttributionRule(
        "written-outlet-report",
        "words, Name reported|reports [date] (a proper name the finder does not know: an outlet) / words, reports"
        " media outlet Name / words, Name reports[,] citing Outlet (speaker rule cited-outlet)",
        written_outlet_report,
        (
            (  # synthetic: an outlet of a small country, a diacritic in its name
                "The cabinet agreed to double its aid for the winter, Vísir reports.",
                "Vísir",
                "The cabinet agreed to double its aid for the winter",
            ),
            (  # synthetic: a broadcaster, a date after the verb
                "The minister will travel to Warsaw next week, Sky News reported on Monday.",
                "Sky News",
                "The minister will travel to Warsaw next week",
            ),
            (  # synthetic: the verb first, then the outlet's kind and its name (translated news), a source after
                "The envoy will fly to Riyadh for a second round, reports media outlet Axios, citing two officials.",
                "Axios",
                "The envoy will fly to Riyadh for a second round",
            ),
            (  # synthetic: a portal written as its domain name: its name without the domain speaks
                "Three ferries were cancelled after the storm, Delfi.lt reported.",
                "Delfi",
                "Three ferries were cancelled after the storm",
            ),
        ),
    ),
    AttributionRule(
        "verb-then-outlet",
        "words, reported|reports [the] Outlet [(ABBR)] [date] [, citing ...]. (the verb before the outlet's name,"
        " no word of its kind; no one else in the sentence says the words)",
        verb_then_outlet,
        (
            (  # synthetic: an outlet the finder knows, after "the"
                "The two leaders' talks in the Oval Office turned tense on Friday, reports the New York Times.",
                "The New York Times",
                "The two leaders' talks in the Oval Office turned tense on Friday",
            ),
            (  # synthetic: a wire service the finder does not know, by its initials
                "The premier's trip to Vilnius may include a stop in Riga next week, reported PTI.",
                "PTI",
                "The premier's trip to Vilnius may include a stop in Riga next week",
            ),
            (  # synthetic: a body the finder knows, its short form in brackets
                "Two reactors were shut for checks in March, reported the International Atomic Energy Agency (IAEA).",
                "IAEA",
                "Two reactors were shut for checks in March",
            ),
            (  # synthetic: an unknown name with "of" in it
                "Two reactors were shut down for checks in March, reported the Kyiv School of Economics.",
                "The Kyiv School of Economics",
                "Two reactors were shut down for checks in March",
            ),
            (  # synthetic: a date and the outlet's own source after its name
                "Three ferries to the island were cancelled, reported Reuters on Monday, citing port officials.",
                "Reuters",
                "Three ferries to the island were cancelled",
            ),
        ),
        cue=_literal(", report"),
    ),
    AttributionRule(
        "according-to-titled-name",
        "According to the <title> [of <body>], X, words / words, according to the <title>, X. (the person named"
        " after the title speaks, not the body or state the title phrase names)",
        _according_to_titled,
        (
            (  # synthetic: the head of a state's body, named between commas, then the words
                "According to the head of Ukraine's military intelligence, Kyrylo Budanov, the units are ready.",
                "Kyrylo Budanov",
                "the units are ready",
            ),
            (  # synthetic: the holder of a local office named after it, closing the sentence
                "Nine drones were downed near the capital overnight, according to the city's mayor, Sergei Sobyanin.",
                "Sergei Sobyanin",
                "Nine drones were downed near the capital overnight",
            ),
            (  # synthetic: a person the registry does not know, after a title of a body it does not know
                "According to the head of the regional council, Ivan Petrenko, two schools were damaged.",
                "Ivan Petrenko",
                "two schools were damaged",
            ),
        ),
        cue=_according_cue,
    ),
    AttributionRule(
        "according-to",
        "words, according to Speaker [document] / [DATELINE -|Label:] according to Speaker[, as reported by Y], words",
        _according_to,
        (
            (
                "Russia lost 1,200 soldiers in a day, according to Ukraine's General Staff.",
                "Ukraine's General Staff",
                "Russia lost 1,200 soldiers in a day",
            ),
            (  # synthetic: "and" and its comma before the lead: the words are the clause after (speakers28)
                "The first round lasted an hour and, according to Ukrainian officials, produced no deal.",
                "Ukrainian officials",
                "produced no deal",
            ),
            (  # synthetic: a section's label opening the paragraph (twentieth session)
                "Details: According to the General Staff, the front held near Kupiansk overnight.",
                "Ukraine's General Staff",
                "the front held near Kupiansk overnight",
            ),
            (  # an unnamed official described by a demonym: the description speaks
                "According to a Hungarian official who talked to the paper, the envoy is not welcome in Budapest.",
                "Hungarian official",
                "the envoy is not welcome in Budapest",
            ),
            (  # synthetic: a source the registry does not know speaks as written, without its article
                "Power was cut in three districts overnight, according to local authorities.",
                "local authorities",
                "Power was cut in three districts overnight",
            ),
            (  # synthetic: unnamed sources with a count and what they know: the description without the count
                "The envoy will fly to Ankara on Friday, according to several sources familiar with the plans.",
                "sources familiar with the plans",
                "The envoy will fly to Ankara on Friday",
            ),
            (  # synthetic: a description's trailing name is the source
                "Two tankers left the port on Sunday, according to the state news agency WAM.",
                "WAM",
                "Two tankers left the port on Sunday",
            ),
            (  # synthetic: a lead after "but" opens the clause it attributes
                "The envoys met in May, but according to Kremlin spokesman Dmitry Peskov, no deal was discussed.",
                "Dmitry Peskov",
                "no deal was discussed",
            ),
            (  # synthetic: a pronoun stands for the person who spoke just before
                "Minister Kuleba spoke to reporters on Friday. According to him, no date for new talks has been set.",
                "Dmytro Kuleba",
                "no date for new talks has been set",
            ),
            (  # synthetic: 'her' fits a woman's first name
                "Kaja Kallas met the ministers in Brussels. According to her, the next package is almost ready.",
                "Kaja Kallas",
                "the next package is almost ready",
            ),
            (  # synthetic: a wire's dateline before the lead; an outlet no one else in the sentence quotes
                "KYIV, March 3 (Reuters) - According to Politico, the envoy will fly to Abu Dhabi on Tuesday.",
                "Politico",
                "the envoy will fly to Abu Dhabi on Tuesday",
            ),
            (  # synthetic: a state's media, no one else saying the words
                "ISTANBUL, July 2 - Two ships left the port on Monday, according to Turkish media reports.",
                "Turkish media",
                "Two ships left the port on Monday",
            ),
            (  # synthetic: an aside after the lead; the lead on a line of its own, the words on the next
                (
                    "According to NATO data released on Thursday, as reported by Reuters,\nAll allies will meet "
                    "the spending target this year."
                ),
                "NATO",
                "All allies will meet the spending target this year",
            ),
            (  # synthetic: the document's subject between it and its issuer
                "The two leaders agreed on a pause in strikes, according to a readout of the talks released by NATO.",
                "NATO",
                "The two leaders agreed on a pause in strikes",
            ),
            (  # synthetic: a participle or a place between the document and "by" its author
                "According to a statement in Oslo by foreign policy chief Kaja Kallas, the envoys will meet in June.",
                "Kaja Kallas",
                "the envoys will meet in June",
            ),
            (  # synthetic: a participle between the document and "by" its author
                "The ferry line will reopen in April, according to a press release posted by the Foreign Ministry.",
                "Foreign Ministry",
                "The ferry line will reopen in April",
            ),
            (  # synthetic: a quoted phrase ending reported words: the words, not the phrase alone
                'Teams will work on ending the war in a way that "is fair to all," according to a NATO statement.',
                "NATO",
                'Teams will work on ending the war in a way that "is fair to all,"',
            ),
        ),
        cue=_according_cue,
    ),
    AttributionRule(
        "according-to-document",
        "According to the|its <document>, words / words, according to the <document> (data/speech_cues.tsv role"
        " doc; no author after it: who spoke in the last two sentences, else the body opening the sentence"
        " before, wrote it; the document is the medium)",
        _according_to_document,
        (
            (  # synthetic: the author spoke in the sentence before
                (
                    "The Foreign Ministry said the talks would resume in May. According to the statement, the"
                    " delegations will meet in Geneva."
                ),
                "Foreign Ministry",
                "the delegations will meet in Geneva",
            ),
            (  # synthetic: the lead after the words; the spokesperson spoke just before
                (
                    "Press secretary Karine Jean-Pierre said Biden will host the summit. The guests will arrive on"
                    " Monday, according to the statement."
                ),
                "Karine Jean-Pierre",
                "The guests will arrive on Monday",
            ),
            (  # synthetic: a document issued by a body noun that refers to the body named before
                (
                    "The IAEA said the reactor was safe. According to a release issued by the agency, the repairs"
                    " began on Monday."
                ),
                "IAEA",
                "the repairs began on Monday",
            ),
        ),
        cue=_according_cue,
    ),
    AttributionRule(
        "as-reported-by",
        "words[,] as reported|stated|announced by Speaker [date]. (closing the sentence, as 'according to')",
        as_reported_by,
        (
            (  # synthetic: an outlet, no comma before "as"
                "The two delegations agreed on a new exchange of prisoners as reported by CNN.",
                "CNN",
                "The two delegations agreed on a new exchange of prisoners",
            ),
            (  # synthetic: a title before a person, a date after the name
                "The bridge will reopen to trucks next week, as stated by Mayor Vitali Klitschko on Monday.",
                "Vitali Klitschko",
                "The bridge will reopen to trucks next week",
            ),
        ),
        cue=_literal("by"),
    ),
    AttributionRule(
        "as-reported-lead",
        "As [previously] reported by Speaker [date], words / As Outlet [earlier] reported, words (a lead of 'as'"
        " opening the sentence)",
        as_reported_lead,
        (
            (  # synthetic: an outlet after "reported by", a date after it
                "As reported by Interfax on Monday, the refinery halted two of its units after the strike.",
                "Interfax",
                "the refinery halted two of its units after the strike",
            ),
            (  # synthetic: an outlet before its verb and an adverb
                "As Reuters reported earlier, the convoy crossed the border near Sumy overnight.",
                "Reuters",
                "the convoy crossed the border near Sumy overnight",
            ),
            (  # synthetic: a person named with a title after "previously reported by"
                "As previously reported by Kyiv Mayor Vitali Klitschko, water was restored in two districts.",
                "Vitali Klitschko",
                "water was restored in two districts",
            ),
        ),
        cue=_literal("As", "as"),  # the lead's pattern reads "[Aa]s" and any space after it
    ),
    AttributionRule(
        "participle-that",
        "a statement, adding|noting|stressing that words / , insisting words (same speaker)",
        _participle_that,
        (
            (
                "Rutte said allies were united, adding that the aid would continue next year.",
                "Mark Rutte",
                "the aid would continue next year",
            ),
            (  # a participle of saying ends the words before it and opens new ones
                "Lavrov said that Moscow would want guarantees, stressing that earlier deals had failed.",
                "Sergey Lavrov",
                "earlier deals had failed",
            ),
            (  # the comma inside the closing quotation mark (American style)
                'Rubio said the talks were "very productive," adding that work remained on the text.',
                "Marco Rubio",
                "work remained on the text",
            ),
            (  # synthetic: "pointing out", "detailing" end the words before them too (spans22)
                "Premier Lena Varga said her cabinet needs guarantees, pointing out that the scheme is untested.",
                "Lena Varga",
                "the scheme is untested",
            ),
            (  # synthetic
                "Rutte said Russia grew bolder this year, detailing that Moscow fired 9,000 drones since May.",
                "Mark Rutte",
                "Moscow fired 9,000 drones since May",
            ),
            (  # synthetic: a participle that elsewhere needs "that" ("adding") also takes a bare clause here
                'The talks went "well", Sybiha said, adding work remains on the exchange of prisoners.',
                "Andrii Sybiha",
                "work remains on the exchange of prisoners",
            ),
            (  # without "that": only before a clause
                "Rubio said the talks were useful, insisting Russia would have to pay for the damage.",
                "Marco Rubio",
                "Russia would have to pay for the damage",
            ),
            (  # synthetic: "asserting", "confirming", "alleging", "warning" end the words before them
                "Zelensky urged allies to act now, asserting that Moscow wants a wider war.",
                "Volodymyr Zelensky",
                "Moscow wants a wider war",
            ),
            (  # synthetic: a participle of promising after a statement (twelfth session)
                '"We stand with you," Merz told the crowd, promising that the credit would follow in May.',
                "Friedrich Merz",
                "the credit would follow in May",
            ),
        ),
        cue=_participle_cue,
    ),
    AttributionRule(
        "participle-quote",
        'Subject did something, stating "words" / a statement, stating "words" (same speaker)',
        _participle_quote,
        (
            (
                'Zelensky signed the decree, stating "Ukraine will defend itself".',
                "Volodymyr Zelensky",
                "Ukraine will defend itself",
            ),
            (  # after a statement: its speaker goes on
                'Stoltenberg urged allies to send more air defence, stating, "Every system saves lives."',
                "Jens Stoltenberg",
                "Every system saves lives.",
            ),
            (  # synthetic: a pronoun subject stands for the person named before
                'Starmer landed in Kyiv. He confirmed his next trip, saying, "We will meet again in the spring."',
                "Keir Starmer",
                "We will meet again in the spring.",
            ),
        ),
        cue=_quote_opening,
    ),
    AttributionRule(
        "participle-clause",
        "Subject did something, saying (that) words / telling Y that words",
        _participle_clause,
        (
            (
                "The Kremlin rejected the proposal, saying the West wanted to prolong the war.",
                "Kremlin",
                "the West wanted to prolong the war",
            ),
            (  # synthetic: the subject of a clause of its own after a contrast ("..., but Kyiv ...") speaks
                "Moscow offered a short truce, but Kyiv rejected the offer, warning that it could not trust the pause.",
                "Ukraine",
                "it could not trust the pause",
            ),
            (  # synthetic: a pronoun subject stands for the person named before
                "Kallas opened the meeting on Monday. She welcomed the new package, saying it would hurt Moscow.",
                "Kaja Kallas",
                "it would hurt Moscow",
            ),
            (  # synthetic: after "And"
                "Rutte spoke in Warsaw. And he turned to the summit, saying allies would agree on spending.",
                "Mark Rutte",
                "allies would agree on spending",
            ),
            (  # synthetic: a participle of telling and its addressee before "that"
                "Rutte closed the meeting in Brussels, telling reporters that allies had agreed on new goals.",
                "Mark Rutte",
                "allies had agreed on new goals",
            ),
            (  # synthetic: the reported clause's subject a negative quantifier ("no such ...", "no one")
                "Peskov dismissed the reports, saying no such meeting had been planned.",
                "Dmitry Peskov",
                "no such meeting had been planned",
            ),
            (  # synthetic: a date between the participle and its "that" (twelfth session)
                "Sybiha left Oslo early, saying on Sunday that the grain corridor would stay open.",
                "Andrii Sybiha",
                "the grain corridor would stay open",
            ),
            (  # synthetic: a participle of a verb of promising, with "that" (twelfth session)
                "Tusk toured the border posts, pledging that the fence would be finished by autumn.",
                "Donald Tusk",
                "the fence would be finished by autumn",
            ),
            (  # synthetic: a venue between the participle and its "that", as after a verb (thirtieth session, attr30)
                (
                    "Putin played down the losses on Thursday, insisting at a marathon news conference that the army"
                    " was advancing."
                ),
                "Vladimir Putin",
                "the army was advancing",
            ),
        ),
        cue=_participle_cue,
    ),
    AttributionRule(
        "preposition-participle",
        'Subject did something by|while|when|after|before saying (that) words / ... by saying "words"',
        _prep_participle_words,
        (
            (  # synthetic: "by" and a participle of saying with a bare clause
                "Tusk opened the cabinet meeting by saying the border fence would be finished by autumn.",
                "Donald Tusk",
                "the border fence would be finished by autumn",
            ),
            (  # synthetic: "while" and a participle that needs its "that"; a pronoun subject
                "Kallas spoke in Riga. She praised the new package while noting that more air defence was needed.",
                "Kaja Kallas",
                "more air defence was needed",
            ),
            (  # synthetic: a quotation after the participle
                'Stubb ended his speech in Helsinki by saying "the door to peace stays open."',
                "Alexander Stubb",
                "the door to peace stays open.",
            ),
        ),
        cue=_participle_cue,
    ),
    AttributionRule(
        "fronted-participle",
        "Noting that words, Speaker verb ... / While reiterating a position that words, Speaker said ...",
        _fronted_participle,
        (
            (  # synthetic
                "Noting that the partners had met twice this month, Rutte stressed the need for more air defence.",
                "Mark Rutte",
                "the partners had met twice this month",
            ),
            (  # synthetic: a stance noun before the that-clause, a pronoun subject
                "Kallas spoke in Brussels. While reiterating the position that sanctions must stay, she said so.",
                "Kaja Kallas",
                "sanctions must stay",
            ),
        ),
    ),
    AttributionRule(
        "with-participle",
        "..., with [the] Speaker saying (that) words [and Speaker2 saying words] / with X's aide, Speaker, noting"
        " that words / with X stressing the need for 'words'",
        _with_participle,
        (
            (  # synthetic
                "The talks ended late, with Rutte saying allies would meet again in June.",
                "Mark Rutte",
                "allies would meet again in June",
            ),
            (  # synthetic: two absolute clauses, two speakers
                "Shelling went on, with Moscow claiming its troops took a village and Kyiv saying the line held firm.",
                "Ukraine",
                "the line held firm",
            ),
            (  # synthetic: the first of the two ends before "and"; a day after the participle dates the saying
                "Shelling went on, with Moscow claiming Monday its troops took a village and Kyiv saying it held.",
                "Russia",
                "its troops took a village",
            ),
            (  # synthetic: the speaker in apposition to a title after a possessive, the subject a speaker too (prec21)
                "Russian officials praised the forum, with Putin's aide, Yuri Ushakov, noting that 40 states came.",
                "Yuri Ushakov",
                "40 states came",
            ),
            (  # synthetic: the speaker in apposition to a titled mention (prec21)
                "The summit closed, with the Kremlin's top spokesman, Dmitry Peskov, saying it was a success.",
                "Dmitry Peskov",
                "it was a success",
            ),
            (  # synthetic: a participle of vowing, a date before its "that" (twelfth session)
                "The draft drew anger in Kyiv, with Zelensky vowing on Monday that no land would be traded.",
                "Volodymyr Zelensky",
                "no land would be traded",
            ),
            (  # synthetic: "the" before a body's name (twentieth session)
                "The Vienna summit was shelved, with the Kremlin stating there are no plans for talks soon.",
                "Kremlin",
                "there are no plans for talks soon",
            ),
            (  # synthetic: a quotation after the participle and a comma
                'Kyiv signed the draft in March, with Rubio stating, "The next move belongs to Moscow."',
                "Marco Rubio",
                "The next move belongs to Moscow.",
            ),
            (  # synthetic: a topic noun's quoted complement (data/speech_cues.tsv, role topic)
                'They met in Rome, with Rutte emphasizing the importance of "unity and resolve."',
                "Mark Rutte",
                "unity and resolve.",
            ),
        ),
        cue=_literal("with"),
    ),
    AttributionRule(
        "label-participle",
        'Subject did something, calling it words / labeling Y "words" / describing Y as words (same speaker)',
        _label_participle,
        (
            (  # a label in quotation marks after the thing's name
                'Sybiha spoke of the drone strikes at length, labeling Moscow "the main threat to Europe".',
                "Andrii Sybiha",
                "the main threat to Europe",
            ),
            (  # after a statement: its speaker goes on; the label is plain words after "it"
                "Kallas said the sanctions were working, calling it proof that pressure pays.",
                "Kaja Kallas",
                "proof that pressure pays",
            ),
            (  # after "as"
                "Rutte welcomed the new pledges, describing them as a lifeline for the air defence of Kyiv.",
                "Mark Rutte",
                "a lifeline for the air defence of Kyiv",
            ),
            (  # synthetic: a possessive's noun as the thing, an article before the quoted label
                'Trump posted on Sunday, describing Russia\'s army as a "paper bear."',
                "Donald Trump",
                "paper bear.",
            ),
            (  # synthetic: the comma inside a quoted name's closing mark; a possessive before the label
                'Zelensky hailed the raid, code-named "Cobweb," describing it as the army\'s "most daring" strike.',
                "Volodymyr Zelensky",
                "most daring",
            ),
            (  # synthetic: "but" before the participle; a coordinated subject labels jointly
                'Macron and Scholz ended the talks without a deal, but describing them as "very useful".',
                "Emmanuel Macron",
                "very useful",
            ),
        ),
        cue=_participle_cue,
    ),
    AttributionRule(
        "participle-object",
        "Subject [and Subject2] did something, noting|accusing|urging|calling for words (the participle's object)",
        _participle_object,
        (
            (  # after a statement: its speaker goes on
                'Sybiha called the talks "useful", noting real progress on the exchange of prisoners.',
                "Andrii Sybiha",
                "real progress on the exchange of prisoners",
            ),
            (  # the clause's subject speaks
                "Rutte met the Finnish president in Helsinki, promising to keep the eastern flank well defended.",
                "Mark Rutte",
                "to keep the eastern flank well defended",
            ),
            (  # synthetic: a charge after "accusing"; a second subject joined by "and" says it too
                "Kallas and Foreign Minister Andrii Sybiha spoke in Riga, accusing Moscow of testing the alliance.",
                "Andrii Sybiha",
                "Moscow of testing the alliance",
            ),
            (  # synthetic (seventeenth session, attr17): a participle of calling, what is asked for its object
                "Macron toured the shipyard at Brest, calling for a common European fund for naval drones.",
                "Emmanuel Macron",
                "a common European fund for naval drones",
            ),
            (  # synthetic (attr17): a participle of urging, its object and infinitive the words
                "Stubb hosted the Nordic leaders in Turku, urging partners to speed up the delivery of shells.",
                "Alexander Stubb",
                "partners to speed up the delivery of shells",
            ),
            (  # synthetic (twenty-fourth session, attr24): a participle of emphasis, the clause's subject speaks
                "Nauseda confirmed the incursion on Telegram, emphasizing the need for more radars along the border.",
                "Gitanas Nausėda",
                "the need for more radars along the border",
            ),
        ),
        cue=_participle_cue,
    ),
    AttributionRule(
        "participle-quotes",
        'Subject did something, threatening|wishing|thanking X ... "words" (the quotations in its object)',
        _participle_quotes,
        (
            (  # synthetic: the clause's subject speaks
                'Trump posted on Friday, threatening Moscow with "very severe tariffs" on its oil.',
                "Donald Trump",
                "very severe tariffs",
            ),
            (  # synthetic: after a statement, its speaker goes on; two quotations joined by "and"
                'Putin said the front was moving, wishing the troops "good luck" and a "quick return home".',
                "Vladimir Putin",
                "quick return home",
            ),
        ),
        cue=_quote_opening,
    ),
    AttributionRule(
        "passive-label",
        'Thing, described as "words" by Speaker / a thing hailed by Speaker as words',
        _passive_label,
        (
            (
                'The grain deal, described as "a lifeline" by Foreign Minister Andrii Sybiha, was signed.',
                "Andrii Sybiha",
                "a lifeline",
            ),
            ("Ministers met for a summit hailed by Mark Rutte as decisive and long overdue.", "Mark Rutte", "decisive"),
        ),
        cue=_literal("by"),
    ),
    AttributionRule(
        "speaker-sentence",
        '"words." Speaker said. (the sentence before is only the quotation)',
        _speaker_sentence,
        (
            (
                '"This deal is the best you will get." Trump said. "Take it or leave it."',
                "Donald Trump",
                "This deal is the best you will get.",
            ),
            (  # synthetic: the setting of the saying after the verb
                '"They will halt the purchases." Trump said at a briefing in the Oval Office.',
                "Donald Trump",
                "They will halt the purchases.",
            ),
        ),
    ),
    AttributionRule(
        "intro-quote",
        'Speaker wrote on X: / Speaker urged ..., stating, then "a quotation" opening the next line',
        _intro_quote,
        (
            (
                'Dmitry Medvedev wrote on Telegram about the summit:\n\n"The West will regret this day, mark it."',
                "Dmitry Medvedev",
                "The West will regret this day, mark it.",
            ),
            (
                (
                    "Rutte urged the allies to send more air defence, stating,\n"
                    '"Every system we deliver saves lives in Ukraine."'
                ),
                "Mark Rutte",
                "Every system we deliver saves lives in Ukraine.",
            ),
        ),
        cue=_quote_opening,
    ),
    AttributionRule(
        "listed-words",
        "The main statements from Speaker's briefing: / Here are the key passages: then the words line by line",
        _listed_words,
        (
            (
                (
                    "The main statements from Sergey Lavrov's press conference:\n"
                    "The talks in Geneva brought no result.;\nMoscow is ready for a new round in May.;"
                ),
                "Sergey Lavrov",
                "Moscow is ready for a new round in May",
            ),
            (
                (
                    "Rutte said at the university that the alliance must stay united.\n\nHere are the key passages:\n\n"
                    "We must spend more on defence, and we must do it now."
                ),
                "Mark Rutte",
                "We must spend more on defence, and we must do it now",
            ),
        ),
    ),
    AttributionRule(
        "unmarked-words-paragraph",
        "Speaker said ... / Speaker delivered a speech ..., then a first-person paragraph without quotation marks",
        unmarked_words_paragraph,
        (
            (  # synthetic: a statement ends the paragraph before, an outlet's tag after it
                (
                    "Repairs will finish in May, Energy Minister Svitlana Hrynchuk said on Tuesday, writes UNN.\n"
                    "In March, I asked the regions to keep their reserves ready for a long spring."
                ),
                "Svitlana Hrynchuk",
                "In March, I asked the regions to keep their reserves ready for a long spring",
            ),
            (  # synthetic: a person and an occasion one speaks at, then the speech without marks
                (
                    "Chancellor Friedrich Merz gave a speech on Tuesday at a forum in Oslo.\n"
                    "Thank you, colleagues, we will stand with Ukraine. We will not tire."
                ),
                "Friedrich Merz",
                "Thank you, colleagues, we will stand with Ukraine. We will not tire",
            ),
        ),
    ),
    AttributionRule(
        "colon-quote",
        'Subject did something: "words" (no speech verb before the colon; the quotation ends the sentence)',
        colon_quote,
        (
            (  # synthetic: a verb of demanding with its addressee, then a colon
                'On his platform, Trump demanded of the Kremlin leader: "End this war now, it only gets worse."',
                "Donald Trump",
                "End this war now, it only gets worse.",
            ),
            (  # synthetic: a pronoun subject, the quotation on the next line
                'Merz spoke in Brussels. He ventured a prediction:\n"A ceasefire could come within days."',
                "Friedrich Merz",
                "A ceasefire could come within days.",
            ),
        ),
        cue=_quote_opening,
    ),
    AttributionRule(
        "clause-quotes",
        'Speaker VERB ... "words of three or more" (a quotation inside a clause of saying no other rule read)',
        clause_quotes,
        (
            (  # synthetic: a verb of praise with a that-clause of quoted words, then a participle of hope
                'Stubb hailed that "the talks have found a new pace," voicing hope "a deal can follow soon."',
                "Alexander Stubb",
                "a deal can follow soon.",
            ),
            (  # synthetic: quoted words in a relative clause inside the object of a saying
                'Peskov dismissed the plan as a "wish list" that "nobody in Moscow will ever sign" on Monday.',
                "Dmitry Peskov",
                "nobody in Moscow will ever sign",
            ),
            (  # synthetic: a parenthetical attribution, then a colon and a quotation that does not end it
                'The mission, Macron stressed, is no war: "It will not fight anyone," but will deter "any new attack."',
                "Emmanuel Macron",
                "It will not fight anyone,",
            ),
        ),
        cue=_quote_opening,
    ),
    AttributionRule(
        "subject-quotes",
        'Subject VERB ... "words of three or more" (no speech verb, no statement found in the sentence)',
        subject_quotes,
        (
            (  # synthetic: a verb of contempt, the label quoted
                'Orban mocked the plan as a "recipe for a longer war" on Monday.',
                "Viktor Orb\u00e1n",
                "recipe for a longer war",
            ),
            (  # synthetic: an order, its content quoted
                'Putin ordered his forces to "halt all strikes on the power grid" for three days.',
                "Vladimir Putin",
                "halt all strikes on the power grid",
            ),
            (  # synthetic: a pronoun subject
                'Rutte arrived in Kyiv. He backed the plan as "a real step toward peace" on Monday.',
                "Mark Rutte",
                "a real step toward peace",
            ),
        ),
        cue=_quote_opening,
    ),
    AttributionRule(
        CONTINUING_QUOTE,
        'a sentence that is only "a quotation" continues the previous direct statement',
        _continuing_quote,
        (
            (
                '"We need more air defence," Zelensky said. "Every day counts."',
                "Volodymyr Zelensky",
                "Every day counts.",
            ),
            (  # a paragraph that is only a quotation, after the paragraph of the statement it goes on
                '"The danger is real," Putin said on Monday.\n\n"We will respond to every attack."',
                "Vladimir Putin",
                "We will respond to every attack.",
            ),
            (  # synthetic: the sentence's final mark after the closing quotation mark
                '"We do not mean a partition," Kellogg said.\n\n"We meant forces to keep the ceasefire".',
                "Keith Kellogg",
                "We meant forces to keep the ceasefire",
            ),
            (  # synthetic: a quotation of several paragraphs opens each and closes only the last
                (
                    '"The danger is real," Stubb said. "We will answer every attack.\n\n'
                    '"And we will not be alone in that."'
                ),
                "Alexander Stubb",
                "We will answer every attack.",
            ),
        ),
        cue=_quote_opening,
    ),
)


def _plain_lead(lead: str) -> bool:
    """Whether the words before a speaker's mention are only articles, describing words ("a senior") and
    capitalised title words: the speaker's own phrase, not a noun a relative clause hangs on ("a claim")."""
    describing = lexicon().describing
    return all(w in ARTICLES or w in describing or w[:1].isupper() for w in lead.split())


def inside_closing_attribution(doc: Doc, site: VerbSite, later: list[VerbSite]) -> bool:
    """Whether the verb of ``site`` stands inside words that a later attribution closing the sentence gives
    to someone else ("A asked B to do C, X said.", "A warned that C, said the ministry on Monday."): the
    whole clause is X's words, so the verb inside it reads nothing. The closing attribution is a speaker
    and its verb (either order) after a comma, then nothing but the tail of an attribution (a date, a
    setting, the end)."""
    if site.inverted:
        return False
    for t in later:
        head = t.v0 if t.inverted else t.np_start  # ', said X' / ', X said'
        if t.speaker == site.speaker or head <= site.v1 or not doc.mask[site.v1 : head].rstrip().endswith(","):
            continue
        if not t.inverted and not _plain_lead(doc.mask[t.np_start : t.spk_start]):
            continue  # ", a claim X denied", ", something Y rejected": a relative clause on a noun, no attribution
        closing = tail_kind(doc, t.head_end, t.w1, is_tell=t.is_tell) == "end"
        if closing and not opens_content(doc.mask[t.head_end : t.w1]):
            return True
    return False


def _closing_comma(doc: Doc, t: VerbSite) -> int | None:
    """Where the comma before a closing attribution ``t`` stands (", X said." / ", said X." followed by
    nothing but an attribution's tail), or ``None`` when ``t`` closes nothing: the conditions of
    :func:`inside_closing_attribution` that read ``t`` alone."""
    mask = doc.mask
    p = (t.v0 if t.inverted else t.np_start) - 1
    while p >= 0 and mask[p].isspace():
        p -= 1
    if p < 0 or mask[p] != ",":
        return None
    if not t.inverted and not _plain_lead(mask[t.np_start : t.spk_start]):
        return None
    if tail_kind(doc, t.head_end, t.w1, is_tell=t.is_tell) != "end" or opens_content(mask[t.head_end : t.w1]):
        return None
    return p


def inside_closing_attributions(doc: Doc, sites: list[VerbSite]) -> list[bool]:
    """``inside_closing_attribution(doc, sites[n], sites[n + 1 :])`` for every ``n``, in one pass from the
    last site (linear in the sites, where asking each site about every later one was quadratic).

    A site is inside a closing attribution when a later one by another speaker has its comma at or after
    the site's verb's end; so the pass keeps, of the closing attributions after the site, the latest comma
    of the two speakers whose commas are latest (the site's own speaker may be one of them)."""
    out = [False] * len(sites)
    latest: list[tuple[int, Actor]] = []  # (comma, speaker): at most two, distinct speakers, latest first
    for n in range(len(sites) - 1, -1, -1):
        site = sites[n]
        if not site.inverted:
            comma = next((c for c, speaker in latest if speaker != site.speaker), None)
            out[n] = comma is not None and comma >= site.v1
        own = _closing_comma(doc, site)
        if own is not None:
            same = [c for c, speaker in latest if speaker == site.speaker]
            kept = [(c, speaker) for c, speaker in latest if speaker != site.speaker]
            kept.append((max([own, *same]), site.speaker))
            latest = sorted(kept, key=lambda e: -e[0])[:2]
    return out


def _stages(rules: tuple[AttributionRule, ...]) -> tuple[tuple[AttributionRule, ...], ...]:
    """The table cut into runs: each sentence rule alone, consecutive per-verb rules together."""
    out: list[list[AttributionRule]] = []
    for rule in rules:
        if out and rule.per_verb and out[-1][-1].per_verb:
            out[-1].append(rule)
        else:
            out.append([rule])
    return tuple(tuple(run) for run in out)


_STAGES: Final = _stages(RULES)
# The sentence rules' cues (see AttributionRule.cue), each read once per document: the sentences each reaches.
_CUES: Final = tuple(dict.fromkeys(rule.cue for rule in RULES if rule.cue is not None))
_Plan = tuple[tuple[AttributionRule, ...], ...]


@cache
def _relay_verbs() -> frozenset[str]:
    """The verbs of a relayed saying: plain saying and telling (data/speech_verbs.tsv classes say and tell, not a
    media outlet's reporting): "Y said", "Y noted", "Y told him"."""
    lex = lexicon()
    return frozenset(v.casefold() for v in (*lex.say, *lex.tell) if v not in lex.report)


# After a relayed verb of telling: its addressee, an object pronoun of a person, a group or the first person
# (data/clause_words.tsv) or one of data/speech_cues.tsv role address.
@cache
def _relay_addressee() -> re.Pattern[str]:
    pronouns = (*clause_words("person_object"), *clause_words("group_object"), *clause_words("first_object"))
    return re.compile(rf"\s+(?:{alternation(pronouns)}|{alternation(lexicon().address)})\b")


_RELAY_THAT: Final = re.compile(r"\s*,?\s*(?:that\b\s*)?")
_THAT: Final = re.compile(r"\s*,?\s*that\s+")
# A clause's subject right after a verb and its addressee: a mention or a personal pronoun (_clauses.subject_pronouns,
# data/clause_words.tsv) before a word ("told him Kyiv was ...", "told us they were ...").
_SUBJECT_NEXT: Final = re.compile(rf"\s+(?=\x01|(?:{alternation(subject_pronouns())})\s+[a-z])")


def _relay_words_start(doc: Doc, inner: VerbSite | _QuotedVerb) -> int | None:
    """Where the words of the relayed saying ``inner`` start: after its verb, its addressee (telling), a date or
    setting (data/speech_cues.tsv, as between any verb and its words) and "that"; without "that", a verb of
    saying with no object (data/speech_verbs.tsv class bare) before a clause, or a verb of telling and its
    addressee before a clause's subject (a mention or a pronoun). None: no clause follows (an object: "Y
    informed us about ...", "Y highlighted the challenges")."""
    mask, pos = doc.mask, inner.v1
    told = _relay_addressee().match(mask, pos) if inner.is_tell else None
    pos = told.end() if told is not None else pos
    skip = patterns().skip_mid.match(mask, pos)
    pos = skip.end() if skip is not None else pos
    that = _THAT.match(mask, pos)
    if that is not None:
        return that.end()
    subject = _SUBJECT_NEXT.match(mask, pos) if told is not None else None
    if subject is not None:
        return subject.end()
    rest = mask[pos:].lstrip()
    bare = inner.verb in lexicon().bare and BARE_SAID_CONTENT.match(rest) and not NOT_CONTENT_START.match(rest)
    return len(mask) - len(rest) if bare else None


class _QuotedVerb(NamedTuple):
    """A verb of saying right after the mention that opens quoted words (no verb site inside a quotation)."""

    verb: str  # casefolded
    v1: int
    is_tell: bool


# The verb right after a mention, up to two words of class before_relayed_verb of data/clause_words.tsv (an
# auxiliary, an adverb) or adverbs in -ly between: '"Y [has|had] [also] stated ...'.
_VERB_AFTER_MENTION: Final = re.compile(
    rf"\s+(?:(?:{alternation(clause_words('before_relayed_verb'))}|[a-z]+ly)\s+){{0,2}}(?P<verb>[a-z]+)\b"
)


def _relayed_quote(doc: Doc, f: Found) -> Found:
    """Speaker rule relayed-saying in quoted words: a quotation that opens with another person or body and
    a verb of plain saying or telling before a clause ('"Y stated yesterday that Z," X said') gives Z to Y,
    as reported words do (:func:`_relayed`)."""
    m = doc.mentions.get(f.start) if f.direct else None
    if m is None or m.actor == f.speaker or m.actor.kind not in {ActorKind.PERSON, ActorKind.ORGANISATION}:
        return f
    vm = _VERB_AFTER_MENTION.match(doc.mask, m.end)
    if vm is None or vm.group("verb") not in _relay_verbs():
        return f
    inner = _QuotedVerb(vm.group("verb"), vm.end(), vm.group("verb") in patterns().tell_forms)
    start = _relay_words_start(doc, inner)
    if start is None or start >= f.end - 1:
        return f
    return f._replace(speaker=m.actor, co_speakers=(), start=start)


def _relayed(st: SentenceState, site: VerbSite, sites: list[VerbSite], f: Found) -> Found:
    """Speaker rule relayed-saying: the words a speaker reports another as saying are the other's ("X said on
    Tuesday that Y told him Z", "X said Y had stated that Z", "Y noted that Z, X said": Y says Z, as the real
    gold attributes them). Reported words open with Y and a verb of plain saying or telling
    (:func:`_relay_verbs`) before a clause (:func:`_relay_words_start`), or Y and its verb stand between X's
    verb and the words with only a date, setting or "that" before Y; the words start after Y's verb (its
    addressee, a date, "that"). Quoted words are read by :func:`_relayed_quote` (no verb site inside them)."""
    if f.direct:
        return f
    mask = st.doc.mask
    for inner in sites:
        if not _may_relay(inner) or inner.speaker == f.speaker:
            continue
        opens = inner.np_start >= f.start and not mask[f.start : inner.np_start].strip()
        between = not site.inverted and site.v1 <= inner.np_start and inner.v1 <= f.start
        if not (opens or (between and _relay_gap(mask, site.v1, inner.np_start))):
            continue
        words = _relay_words_start(st.doc, inner)
        start = max(f.start, words) if words is not None else f.end
        if start >= f.end or not (mask[start].isalnum() or mask[start] in "\x01\x03"):
            continue
        return f._replace(speaker=inner.speaker, co_speakers=inner.co_speakers, start=start)
    return f


def _may_relay(site: VerbSite) -> bool:
    """Whether the saying at ``site`` may be relayed in another's words: a named speaker's verb of plain saying or
    telling (:func:`_relay_verbs`), not a pronoun's, not inverted; the one test of rules relayed-saying
    (:func:`_relayed`) and nested-saying (:func:`_per_verb_stage`)."""
    return site.verb in _relay_verbs() and not site.pronoun and not site.inverted


def _relay_gap(mask: str, v1: int, np_start: int) -> bool:
    """Whether only a date, a setting and "that" stand between the reporting verb (ending at ``v1``) and the
    relayed speaker's phrase (at ``np_start``)."""
    skip = patterns().skip_mid.match(mask, v1, np_start)
    pos = skip.end() if skip is not None else v1
    return _RELAY_THAT.fullmatch(mask, pos, np_start) is not None


def _per_verb_stage(
    st: SentenceState, stage: tuple[AttributionRule, ...]
) -> list[tuple[tuple[AttributionRule, ...], VerbSite]]:
    """A run of per-verb rules at each speech verb of the sentence, in turn: the first that answers claims it.
    Returns the verbs inside closing attributions, left for rule nested-saying (:func:`_nested_sayings`)."""
    # opinion-that first: it answers for every verb of opinion alone, so no later rule reads those it skips
    unread = opinion_unread if stage[0].find is opinion_that else None
    sites = list(verb_sites(st.doc, st.ctx, st.si, st.sent, unread=unread, memo=st.sites))
    nested: list[VerbSite] = []
    for site, inside in zip(sites, inside_closing_attributions(st.doc, sites), strict=True):
        if inside:
            nested.append(site)
            continue
        st.co_speakers = site.co_speakers
        for rule in stage:
            got = rule.find(st, site)
            if got is not None:
                for f in got:
                    relayed = _relayed(st, site, sites, f)
                    if relayed is not f and relayed.start > f.start and may_nest_in(f, relayed):
                        # the reporter's saying stays, and the relayed one is nested in its words
                        st.co_speakers = site.co_speakers
                        st.add(f._replace(rule=rule.name))
                        st.co_speakers = ()
                        st.add_nested(relayed._replace(rule=rule.name))
                        continue
                    st.co_speakers = site.co_speakers if relayed is f else relayed.co_speakers
                    st.add(relayed._replace(rule=rule.name), may_nest=_may_relay(site))
                break
    st.co_speakers = ()
    return [(stage, site) for site in nested]


def _nested_sayings(st: SentenceState, pending: list[tuple[tuple[AttributionRule, ...], VerbSite]]) -> None:
    """Rule nested-saying: a saying inside the words of a closing attribution ('Y asked Z to ..., X said') is
    Y's statement nested in X's, once every stage has run (X's words are found by then); else nothing."""
    for stage, site in pending:
        for rule in stage:
            got = rule.find(st, site)
            if got is not None:
                for f in got:
                    st.add_nested(f._replace(rule=rule.name))
                break


def _sentence_statements(doc: Doc, ctx: Context, si: int, sent: Sentence, plan: _Plan) -> list[Found]:
    st = SentenceState(doc, ctx, si, sent)
    pending: list[tuple[tuple[AttributionRule, ...], VerbSite]] = []
    for stage in plan:
        if stage[0].per_verb:
            pending.extend(_per_verb_stage(st, stage))
            continue
        rule = stage[0]
        got = rule.find(st, None)
        if got:
            for f in got:
                st.add(f._replace(rule=rule.name))
            if rule.exclusive:
                break
    _nested_sayings(st, pending)
    found = [f for f in st.found if not any(rule.drops(doc, f) for rule in DROP_RULES)]
    if st.according_outlet is not None:
        found = [f if f.medium else f._replace(medium=st.according_outlet) for f in found]
    found = [_relayed_quote(doc, f) for f in found]
    found.sort(key=lambda f: f.start)
    return found


def _plans(doc: Doc) -> list[_Plan]:
    """The stages to run on each sentence: every per-verb stage and uncued sentence rule, and each cued rule whose
    cue reaches the sentence (its finder would return at once elsewhere). Each cue is read once over the whole
    mask (:func:`sentences_with`); the sentences that the same cues reach share one plan (:func:`_plan`)."""
    present = [0] * len(doc.sentences)  # a bit per cue of _CUES that reaches the sentence
    for n, cue in enumerate(_CUES):
        for si in sentences_with(doc, cue()):
            present[si] |= 1 << n
    return [_plan(cues) for cues in present]


@cache
def _plan(cues: int) -> _Plan:
    """The stages of a sentence that the cues of ``cues`` (a bit per cue of _CUES) reach: the same for every
    document, so made once per set of cues (a few dozen sets occur)."""
    bit = {cue: 1 << n for n, cue in enumerate(_CUES)}
    return tuple(stage for stage in _STAGES if stage[0].per_verb or stage[0].cue is None or cues & bit[stage[0].cue])


_WORDS3: Final = re.compile(r"\S\s+\S+\s+\S")  # three words at least
_FRAGMENTS_SHARE: Final = 0.5  # of reported words that two quotations or more make up
_FRAGMENT_SHARE: Final = 0.75  # of reported words that one quotation makes up


def _quoted_fragments(doc: Doc, found: list[Found]) -> list[Found]:
    """Quoted fragments inside reported speech: where quotations make up most of the reported words
    (two or more: half; one: three quarters), the statements are the quotations, direct: 'affirmed that
    "the door stays open" and the course is "settled"', 'said they would "be ready to open the next
    chapter"'; 'said the US produces "the greatest military equipment"' stays whole."""
    out: list[Found] = []
    for f in found:
        i = bisect.bisect_left(doc.quotes, (f.start, -1))
        inner: list[tuple[int, int]] = []
        while not f.direct and i < len(doc.quotes) and doc.quotes[i][0] < f.end:
            q0, q1 = doc.quotes[i]
            # a scare-quoted word or two inside the words is a term ('Ukraine's "advance" into ...', 'would be
            # a "special contract" with ...'; prec21), not quoted words; ending them, it is the verdict
            # quoted: '... and its path is "irreversible"'.
            term = q1 < f.end - 1 and not _WORDS3.search(doc.text, q0 + 1, q1 - 1)
            if q1 <= f.end + 1 and q1 - q0 > 3 and not term:
                inner.append((q0 + 1, q1 - 1))
            i += 1
        quoted = sum(b - a for a, b in inner)
        if not inner or quoted < (_FRAGMENTS_SHARE if len(inner) > 1 else _FRAGMENT_SHARE) * (f.end - f.start):
            out.append(f)
            continue
        out.extend(f._replace(start=a, end=b, direct=True, rule=f.rule + "/quoted-fragment") for a, b in inner)
    return out


def find_statements(doc: Doc) -> list[Found]:
    """Every statement in the document, in text order (duplicates included)."""
    ctx = Context()
    out: list[Found] = []
    for si, (sent, plan) in enumerate(zip(doc.sentences, _plans(doc), strict=True)):
        if sent.start < ctx.statement_until:
            continue  # the paragraphs of a statement a lead line announced: its maker's words, read whole
        found = _quoted_fragments(doc, _sentence_statements(doc, ctx, si, sent, plan))
        for f in found:
            if f.rule.endswith(NESTED):
                continue  # a saying nested in another's words: "he" after them still means their reporter
            ctx.last_speaker = f.co_speakers[-1] if f.co_speakers else f.speaker  # the last named
            ctx.last_speaker_sentence = si
        ctx.last_direct = next((f for f in reversed(found) if f.direct), None) if found else None
        out.extend(found)
    return join_copies(date_statements(doc, one_copy_per_speaker(out)))
