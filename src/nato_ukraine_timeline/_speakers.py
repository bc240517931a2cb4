"""Who speaks: the speaker of a speech verb, resolved from the document's mentions.

A :class:`VerbSite` is a speech verb of a sentence (outside quotations) with its speaker: a mention
before the verb (with a title, an appositive, or a name between commas after a title: ``Ukraine's
ambassador to the United States, Oksana Markarova, said``), a body's members (``NATO allies said``), an
unnamed spokesperson or document of a body (``a spokesperson for the German government``, ``the summit
declaration said``: the body named first), the mention after an inverted verb (``", said Rutte``), the
subject of coordinated verbs (``welcomed the decision but said``), or he/she/it resolved to the last
fitting speaker or subject -- ``she`` and ``he`` by the first names in ``data/first_names.tsv``. A title
that may mean several people (``the president``) means the one who spoke just before; "the" and a noun
alone (``the agency``, ``the official``: the back cues of ``data/speech_cues.tsv``) means the speaker of the
last two sentences when of the noun's kind. Speakers joined by "and" (``Zelensky and Macron said``) are the
site's co-speakers. A speaker the text describes rather than names (``Officials confirmed that``, ``The
agency noted that`` after the IAEA) is read by :mod:`._descriptions`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from ._act_bounds import links
from ._actors import MentionKind, active_registry, head_words, leading_offices, unknown_actor
from ._clauses import BACK, FORWARD, intro_end, medium_in
from ._descriptions import (
    Described,
    described_after_verb,
    described_speaker,
    opening_group,
    people_heads,
    with_state,
    without_unnamed_words,
)
from ._document import in_quote, mention_at, mention_end, sentence_holding
from ._joint import anaphor_speakers, conjuncts_after, grouped_subject
from ._mentions import demonym_states, first_names, name_words, title_nouns
from ._sentences import word_pattern
from ._speech import (
    ACRONYM_IN_TITLE,
    ADV,
    NP_DETERMINER,
    M,
    Patterns,
    alternation,
    document_verbs,
    lexicon,
    patterns,
    title_prepositions,
    verb_set,
)
from .model import Actor, ActorKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from ._document import Doc
    from ._found import Found
    from ._mentions import Mention
    from ._sentences import Sentence

__all__ = [
    "Context",
    "SiteMemo",
    "VerbSite",
    "body_member_after",
    "clause_subject",
    "described_mention",
    "document_author",
    "named_again",
    "resolve_pronoun",
    "speaker_of",
    "subject",
    "verb_sites",
]


_SPEAKER_KINDS: Final = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.STATE})


_WORD: Final = re.compile(r"[^\s]+")


class Context:
    """Running state across sentences: the last speaker and the last person named."""

    def __init__(self) -> None:
        self.last_speaker: Actor | None = None
        self.last_speaker_sentence = -10
        self.last_direct: Found | None = None
        self.listing: Found | None = None  # a header "X's main statements:" opened a list of X's words
        self.statement_until = -1  # the end of a statement a lead line announced (rule statement-lead-line)


def _fits(actor: Actor, pronoun: str) -> int:
    """How well a person fits "he"/"she": 2 the first name says so, 1 it does not say, 0 it says otherwise."""
    said = first_names().get(actor.name.split(" ", 1)[0])
    if said is None:
        return 1
    return 2 if said == pronoun else 0


def resolve_pronoun(doc: Doc, ctx: Context, pos: int, sentence: int, pronoun: str = "he") -> Actor | None:
    """He/she: the last person who spoke nearby, else the subject of this or the previous sentence,
    else the last person named before ``pos`` -- the first of these whose first name fits the pronoun
    (a person whose first name is known to take it, else one whose first name says nothing). A pronoun that
    opens a sentence after sentences the same pronoun opens and no speaker was found in is read from the first
    of them (rule *pronoun chain*, :func:`_chain_start`)."""
    sentence, pos = _chain_start(doc, ctx, pos, sentence, pronoun)
    candidates: list[Actor] = []
    if (
        ctx.last_speaker is not None
        and ctx.last_speaker.kind is ActorKind.PERSON
        and sentence - ctx.last_speaker_sentence <= 2
    ):
        candidates.append(ctx.last_speaker)
    for si in (sentence, sentence - 1):
        if si < 0:
            continue
        sent = doc.sentences[si]
        opener = _opening_person(doc, sent.start, min(pos, sent.end))
        if opener is not None:
            candidates.append(opener)
            if si == sentence - 1:
                candidates = _newer_subject_first(ctx, sentence, candidates, opener)
            elif _after_contrast(doc, pos):
                candidates = [opener, *(c for c in candidates if c is not opener)]
    i = bisect.bisect_left(doc.starts, pos) - 1
    stop = max(-1, i - 30)  # only the last few actors named can be meant
    while i > stop:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor.kind is ActorKind.PERSON and not in_quote(doc, mention.start):
            candidates.append(mention.actor)
        i -= 1
    if not candidates:
        return _named_after(doc, sentence, pronoun)
    best = max(candidates, key=lambda a: _fits(a, pronoun))  # max keeps the first of the best
    if _fits(best, pronoun) == 0:
        return None
    if pronoun == "she" or _fits(candidates[0], pronoun) == 0:
        return best
    return candidates[0]


def _opening_person(doc: Doc, s0: int, end: int) -> Actor | None:
    """The person who opens the sentence: its subject, or the person named in apposition right after it when
    the subject is a title of what a state or body owns (rule *newer subject*: "The head of Ukraine's defence
    intelligence, Kyrylo Budanov, spoke ...": Budanov, not Ukraine)."""
    opener = subject(doc, s0, end)
    if opener is None or opener.kind is ActorKind.PERSON:
        return opener
    i = bisect.bisect_left(doc.starts, s0)
    first = doc.mentions[doc.starts[i]]
    appos = _APPOSITIVE_NAME.match(doc.mask, first.end) if first.actor.id == opener.id else None
    named = doc.mentions.get(appos.end()) if appos is not None and appos.end() < end else None
    return named.actor if named is not None and named.actor.kind is ActorKind.PERSON else None


@cache
def _contrast_before() -> re.Pattern[str]:
    """A comma and a contrast or a subordinator (the ``contrast`` role of data/speech_links.tsv) right before a
    pronoun: ", though he", ", but she", ", as he"."""
    space = r"\s+"
    return re.compile(rf",\"?\s+(?:{alternation(links().contrast, space=space)})\s+$")


def _after_contrast(doc: Doc, pos: int) -> bool:
    """Rule *subject-before-contrast*: "X has yet to respond, though he said on Friday that ...": a pronoun that
    opens a clause of contrast in the sentence X opens means X, before whoever spoke last."""
    return _contrast_before().search(doc.mask, max(0, pos - 20), pos) is not None


def _newer_subject_first(ctx: Context, sentence: int, candidates: list[Actor], opener: Actor) -> list[Actor]:
    """Rule *newer subject*: '"...," X said. Y visited the plant. He said ...': a person who opens the sentence
    between the last speaker's and the pronoun's is whom the pronoun means, before the last speaker."""
    last = ctx.last_speaker
    if candidates[0] is not last or last is None or ctx.last_speaker_sentence >= sentence - 1 or opener.id == last.id:
        return candidates
    return [opener, *candidates[:-1]]


def _chain_start(doc: Doc, ctx: Context, pos: int, sentence: int, pronoun: str) -> tuple[int, int]:
    """Rule *pronoun chain*: "He said ... with X. He noted ...": a sentence opened by the same pronoun as the
    one before, whose pronoun found no speaker, means whom that one meant -- so the pronoun is resolved
    from the first sentence of the chain (X, named after the first "He", is meant by neither)."""
    k = sentence
    while k > 0 and ctx.last_speaker_sentence != k - 1:
        opener = _PRONOUN_OPENER.match(doc.mask, doc.sentences[k - 1].start)
        if opener is None or opener.group(1).lower() != pronoun:
            break
        k -= 1
    return (k, doc.sentences[k].start) if k < sentence else (sentence, pos)


_INDEFINITE: Final = re.compile(r".*\b(?:a|an|A|An)\s")  # "a"/"an" at a mention's start or right before it
_APPOSITIVE_NAME: Final = re.compile(r"(?:['\u2019]s)?(?:\s+[a-z][\w-]*){0,3}\s*,\s*(?=\x01)")


def _named_after(doc: Doc, sentence: int, pronoun: str) -> Actor | None:
    """He/she before any person is named (a passage that opens in the middle of a story: '"...," he says
    of the aid. The paper spoke with Pavel in Kyiv.'): the first person named by name in the next two
    sentences who fits the pronoun, or the name in apposition right after a title ("the head of Ukraine's
    intelligence, X,": a title the finder may take for someone else); a title after "a"/"an" describes,
    it names no one. Rule *no forward binding*: a person
    named later in the pronoun's own sentence is never its antecedent ("He said at a news conference with
    X that ...", "He stressed ..., noting that X ...": X is someone else)."""
    end = doc.sentences[min(len(doc.sentences) - 1, sentence + 2)].end
    i = bisect.bisect_left(doc.starts, doc.sentences[sentence].end)
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        i += 1
        if mention.actor.kind is not ActorKind.PERSON or in_quote(doc, mention.start):
            continue
        appos = _APPOSITIVE_NAME.match(doc.mask, mention.end)
        if appos is not None and appos.group().startswith(("'", "\u2019")) and _by_name(mention):
            appos = None  # "Trump's post, Vice President X said": a named person's possession, no apposition
        named = doc.mentions.get(appos.end()) if appos is not None else None
        if named is not None and named.actor.kind is ActorKind.PERSON:
            return named.actor if _fits(named.actor, pronoun) else None
        if _by_name(mention) or not _INDEFINITE.match(doc.text, max(0, mention.start - 3), mention.start + 3):
            # "the Kremlin spokesperson" names its holder; "a visit by a Ukrainian head of state" no one
            return mention.actor if _fits(mention.actor, pronoun) else None
    return None


def _by_name(mention: Mention) -> bool:
    """Whether a mention names its person (a name or a titled name), not a title only."""
    found = mention.found
    return found is None or found.kind in (MentionKind.NAME, MentionKind.TITLED_NAME, MentionKind.NEW)


_OF_BEFORE: Final = re.compile(r"\b(?:for|from|of|by)\s+(?:the\s+)?$")


_DOC_DETERMINED: Final = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s")


def first_body(doc: Doc, start: int, end: int) -> Actor | None:
    """The organisation or state named first in ``[start, end)`` (the subject of what was said or done
    there), outside quotations."""
    i = bisect.bisect_left(doc.starts, start)
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor.kind in (ActorKind.ORGANISATION, ActorKind.STATE) and not in_quote(doc, mention.start):
            return mention.actor
        i += 1
    return None


def title_means_last_speaker(doc: Doc, ctx: Context, spk_start: int, sentence: int) -> Actor | None:
    """A title that may mean several people ("the president") means the one who spoke just before; so does
    an epithet for that person (rule *epithet-means-last-speaker*, :func:`_epithet_of`)."""
    mention = mention_at(doc, spk_start)
    last = ctx.last_speaker
    if mention is None or last is None or sentence - ctx.last_speaker_sentence > 1:
        return None
    if last == mention.actor:
        return None
    return last if last in mention.candidates or _epithet_of(doc, mention, last) else None


def _epithet_of(doc: Doc, mention: Mention, last: Actor) -> bool:
    """Rule *epithet-means-last-speaker*: a bare title right after a person spoke names that person, not the
    registry's holder, when it is an epithet the person fits -- a state's head word ("the Polish leader", a
    head noun of data/title_words.tsv) after someone holding a leading office of that state (class
    leading_office: "the country's president, X, said ... the Polish leader said": the president, where the
    registry's "leader" is the prime minister), or a former office ("the former German defence minister")
    whose candidates all still hold it (the registry knows no one who left it: the title describes the one in
    focus)."""
    found = mention.found
    if found is None or found.kind is not MentionKind.TITLE or found.role is None or last.kind is not ActorKind.PERSON:
        return False
    role = found.role
    if found.modifier == "former":
        return not any(r.end is not None for c in mention.candidates for r in c.roles if r.title == role.title)
    words = doc.text[mention.start : mention.end].casefold().split()
    return (
        found.modifier is None
        and role.organisation is not None
        and bool(words)
        and words[-1] in head_words()
        and any(r.organisation == role.organisation and r.title.casefold() in leading_offices() for r in last.roles)
    )


# Speakers joined before the last one: "Zelensky and Macron", "Scholz, Macron and Tusk", "Zelensky and
# French President Emmanuel Macron" (a title before the last name).
_CO_SPEAKERS: Final = re.compile(
    r"(?:\x01\x02*\s*,\s*){0,4}\x01\x02*,?\s+and\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}$"
)


# The same list before a title in lower case that ends in a title noun (data/name_words.tsv, classes title_noun
# and title_gap_head), after a determiner (class np_determiner of data/clause_words.tsv, as written: the one
# determiner list), a mention's "'s" or a demonym, the last
# name right after it or in apposition to it: "Sikorski and his Lithuanian counterpart X", "Rubio and Ukraine's
# negotiator, X,", "Rubio and Ukrainian negotiator X" (the last name a person's, :func:`co_speakers`).
@cache
def _co_speakers_titled() -> re.Pattern[str]:
    heads = word_pattern([*name_words()["title_noun"], *name_words()["title_gap_head"]], fold_first=False)
    return re.compile(
        r"(?P<list>(?:\x01\x02*\s*,\s*){0,4}\x01\x02*),?\s+and\s+"
        rf"(?:(?:{NP_DETERMINER}|\x01\x02*['\u2019]s)\s+)?(?:[A-Za-z][\w.'\u2019-]*\s+){{0,2}}?"
        rf"(?:{heads}),?\s+$"
    )


_MENTION_TOKEN: Final = re.compile(r"\x01\x02*")


# What may stand before such a list of speakers (not a verb or a preposition whose object the list is:
# "Zelensky met Macron and Scholz said"): the sentence's start, a mark, a capitalised word or a date,
# a conjunction or adverb, or a plural noun of people ("European leaders Macron and Scholz said").
@cache
def _co_speakers_after() -> re.Pattern[str]:
    people = word_pattern(lexicon().people, fold_first=False)
    return re.compile(
        r"(?:^|[,;:\"(\u2014\u2013-]|\x02|\x04|\b(?:[A-Z][\w.'\u2019-]*|the|both|but|while|whereas|meanwhile|also|"
        rf"then|and|{people}))\s*$"
    )


def co_speakers(doc: Doc, start: int, end: int) -> list[Actor]:
    """The speakers joined by "and" (and commas) before the mention at ``end``, in text order."""
    if doc.mask.find("and", max(start, end - 60), end) < 0:
        return []
    m = _CO_SPEAKERS.search(doc.mask, start, end)
    titled = None if m is not None else _co_speakers_titled().search(doc.mask, start, end)
    if titled is not None and ((last := mention_at(doc, end)) is None or last.actor.kind is not ActorKind.PERSON):
        titled = None  # a title in lower case before the last name is a person's
    m = m or titled
    if m is None or not _co_speakers_after().search(doc.mask, max(start, m.start() - 20), m.start()):
        return []
    if m.group().count(",") == 1 and re.search(r",\s+and\s", m.group()):
        return []  # "Zelensky met Macron, and Scholz said": a new clause, not a list
    out: list[Actor] = []
    # the list's mentions (not a possessive in the last name's title: "Ukraine's negotiator")
    for t in _MENTION_TOKEN.finditer(doc.mask, m.start(), m.end("list") if titled is not None else m.end()):
        a = speaker_of(doc, t.start())
        if a is None:
            return []  # "Trump's envoy and Rubio": not a list of speakers
        if a not in out:
            out.append(a)
    return out


def speaker_of(doc: Doc, spk_start: int) -> Actor | None:
    mention = mention_at(doc, spk_start)
    if mention is None or mention.actor.kind not in _SPEAKER_KINDS:
        return None
    return mention.actor


def appositive_person(doc: Doc, start: int, end: int) -> Actor | None:
    """The person an appositive ", Oksana Markarova," names, when it is only that person's name."""
    inner = doc.mask[start:end].strip(" ,")
    if not inner.startswith("\x01") or inner.count("\x01") != 1 or inner.strip("\x01\x02"):
        return None
    i = bisect.bisect_left(doc.starts, start)
    mention = doc.mentions.get(doc.starts[i]) if i < len(doc.starts) else None
    if mention is None or mention.start >= end or mention.actor.kind is not ActorKind.PERSON:
        return None
    return mention.actor


def subject(doc: Doc, s0: int, end: int) -> Actor | None:
    """The actor named first in the sentence, when it opens the sentence (after at most 3 words) or the
    clause after an opening phrase that names no actor ("In a statement on 4 June, Kremlin spokesman Dmitry
    Peskov ...", "Pressed further on the talks, Ushakov ...")."""
    s0 += intro_end(doc.mask[s0 : min(end, s0 + 80)])  # a wire dateline opens no clause: "MUNICH (AP) - X ..."
    fronted = _FRONTED.match(doc.mask, s0, end)
    i = bisect.bisect_left(doc.starts, fronted.end() if fronted is not None else s0)
    if i >= len(doc.starts) or doc.starts[i] >= end:
        return None
    mention = doc.mentions[doc.starts[i]]
    if in_quote(doc, mention.start):  # '"President X knows ...," he said': a name in the words is no subject
        return None
    if fronted is not None:  # "Speaking at the G7 summit on Tuesday, Zelensky ...": the G7 is no subject
        return (
            mention.actor
            if len(_WORD.findall(doc.mask, fronted.end(), mention.start)) <= 3
            and (mention.actor.kind in _SPEAKER_KINDS)
            else None
        )
    if mention.start - s0 > 80 or len(_WORD.findall(doc.mask, s0, mention.start)) > 3:
        comma = doc.mask.find(", ", s0, min(mention.start, s0 + _OPENING_PHRASE))
        if comma < 0 or '"' in doc.mask[s0:comma] or len(_WORD.findall(doc.mask, comma, mention.start)) > 3:
            return None
    if mention.actor.kind not in _SPEAKER_KINDS:
        return None
    # "<body> (<initials>) Speaker X shared ..., saying": X; "The Moldovan government ..., alleging"
    return _titled_person_after(doc, mention.end) or described_mention(doc, mention.start) or mention.actor


# After a body's mention: its initials in brackets and a title's words before the next mention (rule
# title-with-acronym): "[Verkhovna Rada] ([Parliament]) Speaker [X]".
_ACRONYM_TITLE_AFTER: Final = re.compile(rf"\s*{ACRONYM_IN_TITLE}\s+(?:[A-Za-z][\w.'\u2019-]*\s+){{0,4}}(?=\x01)")


def _titled_person_after(doc: Doc, end: int) -> Actor | None:
    """The person a title names after a body's mention ending at ``end`` and its initials in brackets (rule
    title-with-acronym: the body is part of the person's title, not the clause's subject), else None."""
    m = _ACRONYM_TITLE_AFTER.match(doc.mask, end)
    person = mention_at(doc, m.end()) if m is not None else None
    return person.actor if person is not None and person.actor.kind is ActorKind.PERSON else None


@cache
def _contrast_clause() -> re.Pattern[str]:
    """A clause of its own with its own subject, opened by a contrast or a subordinator after a comma (a closing
    quotation mark may stand after the comma): "..., but Kyiv dismissed the gesture, warning that ...", "...,
    although Kyiv denied it and said ...", '..."friendly," as Putin called him "a friend" and praised ...',
    "..., where Zelensky thanked France and said ..."; with no comma only a ``contrast_bare`` word ("where",
    "while", "whereas") after a word that is no mention. The words are the ``contrast`` and ``contrast_bare``
    roles of data/speech_links.tsv."""
    k, space = links(), r"\s+"
    after_comma, bare = alternation(k.contrast, space=space), alternation(k.contrast_bare, space=space)
    return re.compile(rf"(?:,\"?\s+(?:{after_comma})|(?<=[^\s\x01\x02])\s+(?:{bare}))\s+(?:the\s+)?(?=\x01)")


def clause_subject(doc: Doc, s0: int, end: int) -> Actor | None:
    """The subject of the clause that holds ``end``: the actor right after the last contrast that opens a
    clause of its own before ``end`` (", but Kyiv ...", ", although Moscow ..."), else the sentence's subject
    (:func:`subject`)."""
    last = None
    for m in _contrast_clause().finditer(doc.mask, s0, end):
        last = m
    mention = doc.mentions.get(last.end()) if last is not None else None
    if mention is not None and mention.actor.kind in _SPEAKER_KINDS:
        return described_mention(doc, mention.start) or mention.actor
    return subject(doc, s0, end)


_OPENING_PHRASE: Final = 150  # characters of an opening phrase before the subject
# An opening adverbial or participle phrase before the subject: "Speaking at the G7 summit on Tuesday, ".
_FRONTED: Final = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|In|At|On|During|After|Before|Following|Ahead|Asked|Pressed|Earlier|Later|Meanwhile)\b"
    r"[^,;\"]{0,150},\s+"
)


@cache
def _title_words_before() -> re.Pattern[str]:
    """A title's words before a speaker's mention, after the mark that sets them off from the words before (a
    comma, a quotation mark, a dash): up to four words, after "the" and a body's possessive ("the alliance's"),
    none a word that opens a clause of its own (data/speech_cues.tsv role clause_word: '"...," where the
    Alliance agreed', "..., and Putin told Trump")."""
    clause = word_pattern(lexicon().clause_word, fold_first=False)
    return re.compile(
        rf"(?P<sep>[,\"]|\s[-\u2013\u2014]{{1,2}})\s+(?:(?:the|a|an)\s+)?(?:{M}['\u2019]s\s+)?"
        rf"(?:(?!(?:{clause})\s)[A-Za-z][\w.'-]*\s+){{0,4}}$"
    )


@cache
def _speaker_phrase_before() -> re.Pattern[str]:
    """A speaker's phrase with mentions inside its title, or a long one: up to eight words or mentions, each
    possibly possessive ("Naftogaz CEO X", "Russian Ambassador to Serbia X", "spokesman for Niger's military
    government X"), none a clause word; the word right before the speaker (group ``last``) is checked by
    :func:`_phrase_start`."""
    clause = word_pattern(lexicon().clause_word, fold_first=False)
    word = rf"(?:{M}|{ACRONYM_IN_TITLE}|(?!(?:{clause})\s)[A-Za-z][\w.'\u2019-]*)(?:['\u2019]s)?"
    return re.compile(rf"(?P<sep>[,\"]|\s[-\u2013\u2014]{{1,2}})\s+(?:{word}\s+){{0,7}}(?P<last>{word})\s+$")


@cache
def _phrase_prepositions() -> frozenset[str]:
    return frozenset(lexicon().phrase_preposition)


def _phrase_start(doc: Doc, w0: int, np_start: int, speaker: Actor) -> int | None:
    """Where the speaker's phrase before the mention at ``np_start`` starts, after its mark: a title's words
    (:func:`_title_words_before`), else a phrase whose head is the speaker (:func:`_speaker_phrase_before`):
    the speaker's mention is not the object of a preposition ("the Mission in Ukraine", "a settlement with
    Russia") and a body's or state's mention does not end a longer name ("Interfax Ukraine", "[Interfax]
    [Ukraine]"); a person's name may follow any title ("Naftogaz CEO X")."""
    mask = doc.mask
    pre = _title_words_before().search(mask, max(w0, np_start - 60), np_start)
    if pre is not None:
        return pre.end("sep")
    pre = _speaker_phrase_before().search(mask, max(w0, np_start - 120), np_start)
    if pre is None:
        return None
    last = pre.group("last")
    if last in _phrase_prepositions():
        return None
    if speaker.kind is not ActorKind.PERSON and (last[0].isupper() or last[0] == "\x01"):
        return None
    return pre.end("sep")


@cache
def _restrictive_who() -> re.Pattern[str]:
    """A restrictive relative clause between a subject and its verb, with no comma, quotation mark or mention
    of its own subject's kind to end it and no conjunction that ends it (role ``relative_end`` of
    data/speech_links.tsv) ("who spoke to X on condition of anonymity "): the clause the verb's subject
    carries. Not "X who said" (the left pattern's own), not "... who ... and said"."""
    ends = alternation(links().relative_end)
    return re.compile(
        rf"(?<=[\w\x01\x02])\s+(?P<who>who)\s+(?!(?:[^,;:\"\n]*?\s)?(?:{ends})\s)[a-z][^,;:\"\n\x03]{{2,120}}?\s$"
    )


_RELATIVE: Final = re.compile(r",\s+(?:who|whom|whose|which|the|a|an|his|her|its|their)\b")
_RELATIVE_INSIDE: Final = re.compile(r",\s+(?:who|whom|whose|which)\b")  # "X, minister of Y, which held ..., said"


@cache
def _coordinated() -> re.Pattern[str]:
    """ "... but said", "... and has also said", "... and later claimed": a second verb phrase of the
    sentence's subject (an auxiliary may open it; an adverb of the role lead of data/speech_links.tsv or
    one in -ly may stand before the verb: "and officially said")."""
    leads = alternation(links().lead)
    return re.compile(
        rf"[^;]\s(?:but|and)\s+(?:(?:{leads})\s+)?(?:(?:has|have|had)\s+(?:(?:{leads})\s+)?)?(?:[a-z]{{2,}}ly\s+)?$"
    )


class VerbSite(NamedTuple):
    """A speech verb with its speaker, and the offsets the attribution rules read around it."""

    verb: str  # casefolded
    written: str  # as written
    v0: int  # the verb
    v1: int
    w0: int  # the window around the verb that can hold the speaker and the words
    w1: int
    speaker: Actor
    spk_start: int  # where the speaker's phrase starts ("a spokesperson for ...", "he"; the verb if inverted)
    np_start: int  # spk_start, with a title before the mention (", Kharkiv Governor Oleh Syniehubov said")
    head_end: int  # where the attribution head ends: the verb, or the mention after an inverted verb
    inverted: bool  # ', said Rutte'
    pronoun: bool  # the speaker is he/she/it
    is_tell: bool
    is_declare: bool
    doc_name: str | None  # the document that speaks ("the summit declaration said")
    appos_person: bool  # the speaker is the name in an appositive after a title
    appos: tuple[int, int] | None  # the appositive between the speaker and the verb
    date_from: int  # where a date of the saying may start (after a relative clause: "Rutte, who ..., said")
    co_speakers: tuple[Actor, ...]  # "Zelensky and Macron said": the others who say the same words


class _Speaker(NamedTuple):
    speaker: Actor | None
    start: int  # -1: none found
    doc_name: str | None = None
    appos_person: bool = False
    co_speakers: tuple[Actor, ...] = ()
    named: bool = False  # the speaker is a mention (not a pronoun)
    list_start: int = -1  # where a list of joint speakers starts ("Poland and Lithuania said"), else -1


def _last_of_kind(ctx: Context, si: int, *, person: bool) -> Actor | None:
    """The speaker of the last two sentences, when a person (``person``) or a body (not ``person``)."""
    last = ctx.last_speaker if si - ctx.last_speaker_sentence <= 2 else None
    return last if last is not None and (last.kind is ActorKind.PERSON) == person else None


def named_again(doc: Doc, ctx: Context, si: int, left: re.Match[str]) -> Actor | None:
    """Whom a noun phrase of :func:`._speech._back` (groups "back", "shaped" and "noun") names: words about the
    person before a person's noun (group "shaped": rule described-again, :func:`_shaped_again`), else as
    :func:`_plain_again`."""
    if left.group("shaped"):
        return _shaped_again(doc, ctx, si, left)
    return _plain_again(doc, ctx, si, left)


def _plain_again(doc: Doc, ctx: Context, si: int, left: re.Match[str]) -> Actor | None:
    """Whom a noun phrase of :func:`._speech._back` with no words of group "shaped" names.

    '"...," the agency said', '"...," the deputy speaker added': the speaker of the last two sentences
    when of the noun's kind (data/speech_cues.tsv role back); describing words only before a person's noun,
    and an office ("title", or a person's noun with describing words: "the deputy speaker") only of a person
    who holds it or whom the text introduced with it. With no one speaking just before, a noun any speaker
    may be called means the person the sentence before opens with."""
    noun = " ".join(left.group("noun").casefold().split())
    kind = lexicon().back[noun] if noun in lexicon().back else lexicon().back.get(noun.split()[-1], "body")
    if kind == "unnamed":
        return unnamed_again(doc, ctx, si, left)
    described = left.end("back") - left.start("back") > len("the ") + len(left.group("noun"))
    if kind == "body":
        return None if described else _last_of_kind(ctx, si, person=False)
    last = _last_of_kind(ctx, si, person=True)
    if last is None and kind == "person" and not described and si > 0:
        # "X has criticised the plan. The head of state called it ...": the person the sentence before is about
        return _person_before(doc, si)

    if last is None or (kind == "person" and not described) or any(noun in r.title.casefold() for r in last.roles):
        return last
    office = re.compile(rf"(?i:\b{re.escape(noun)}\b)")
    i = bisect.bisect_left(doc.starts, doc.sentences[max(0, si - 3)].start)
    while i < len(doc.starts) and doc.starts[i] < left.start("back"):
        mention = doc.mentions[doc.starts[i]]
        if mention.actor == last and office.search(doc.text, max(0, mention.start - 60), mention.end):
            return last  # introduced with the office: "Mayor X", "the governor of the region, X"
        i += 1
    return None


def unnamed_again(doc: Doc, ctx: Context, si: int, left: re.Match[str]) -> Actor:
    """Rule unnamed-source-again: "the source" / "the sources" (back role canonical "unnamed" in
    data/speech_cues.tsv), a source the text does not name, named again: the speaker of the last three
    sentences whose name holds the noun ("an unnamed TASS source said ... the source said": "TASS source"); for
    "the source", else the one unnamed source the last three sentences introduced with "a" (:func:`_introduced`:
    "citing an unnamed senior official. The source said" is "senior official"); else the noun alone, as a
    described speaker with no words saying whose ("officials said": "officials")."""
    head = left.group("noun").casefold().split()[-1]
    last = ctx.last_speaker if si - ctx.last_speaker_sentence <= 3 else None
    if last is not None and head.removesuffix("s") in {w.removesuffix("s") for w in last.name.casefold().split()}:
        return last
    name = _introduced(doc, si, left.start("back")) if head == "source" else None
    name = name or head
    return unknown_actor(name, ActorKind.PERSON if head == "source" else ActorKind.ORGANISATION)


@cache
def _introduction() -> re.Pattern[str]:
    """ "a"/"an" and up to three words saying whose (capitalised, or describing words of data/speech_cues.tsv:
    "senior", "unnamed") before a singular noun of an anonymous speaker (role anonymous: "official", "source",
    "diplomat")."""
    lex = lexicon()
    nouns = sorted(f for f, c in lex.anonymous.items() if f == c)
    words = rf"(?:[A-Z][\w.\u2019'-]*|{alternation(list(lex.describing))})"
    return re.compile(rf"\b(?:[Aa]n?)\s+(?P<name>(?:{words}\s+){{0,3}}(?:{alternation(nouns)}))\b(?!-)")


def _introduced(doc: Doc, si: int, end: int) -> str | None:
    """The last singular unnamed source introduced with "a" in sentences ``si - 2`` to ``si`` before ``end``,
    without the words saying only that it goes unnamed ("an unnamed TASS source": "TASS source")."""
    found = list(_introduction().finditer(doc.text, doc.sentences[max(0, si - 2)].start, end))
    return without_unnamed_words(" ".join(found[-1].group("name").split())) if found else None


def _shaped_again(doc: Doc, ctx: Context, si: int, left: re.Match[str]) -> Actor | None:
    """Rule described-again: 'the Slovak politician', 'the South Carolina Republican', 'the 62-year-old
    diplomat' (a person's noun after words of a capital, a digit or a mention, group "shaped"): words about
    the person, not an office. The person who spoke in the last two sentences, else the one the sentence
    before opens with or alone names, when every body or state named among the words is one that person
    holds or held an office of (a demonym of another state describes someone else)."""
    person = _last_of_kind(ctx, si, person=True)
    if person is None and si > 0:
        person = _person_before(doc, si)
    if person is None:
        return None
    for token in _MENTION_TOKEN.finditer(doc.mask, left.start("shaped"), left.end("shaped")):
        named = mention_at(doc, token.start())
        if named is not None and named.actor != person and not _of_state(person, named.actor):
            return None
    states = {demonym_states().get(w) for w in doc.mask[left.start("shaped") : left.end("shaped")].split()}
    if any(r.organisation in states for r in person.roles) or not states - {None}:
        return person
    return None  # "the Hungarian politician" after a Slovak one: someone else


def _person_before(doc: Doc, si: int) -> Actor | None:
    """The person the sentence before sentence ``si`` (> 0) opens with, else the one person it names ('"...," X
    responded. The politician added ...')."""
    prev = doc.sentences[si - 1]
    opener = subject(doc, prev.start, prev.end)
    if opener is not None and opener.kind is ActorKind.PERSON:
        return opener
    return _only_person(doc, prev.start, prev.end)


def _only_person(doc: Doc, start: int, end: int) -> Actor | None:
    """The one person named in ``[start, end)`` outside quotations, if only one is."""
    people: set[Actor] = set()
    i = bisect.bisect_left(doc.starts, start)
    while i < len(doc.starts) and doc.starts[i] < end:
        mention = doc.mentions[doc.starts[i]]
        if mention.actor.kind is ActorKind.PERSON and not in_quote(doc, mention.start):
            people.add(mention.actor)
        i += 1
    return people.pop() if len(people) == 1 else None


def _first_mention_of(doc: Doc, actor: Actor, start: int, end: int) -> int:
    """The start of the last mention of ``actor`` in ``[start, end)`` (the first speaker of a list), or -1."""
    i = bisect.bisect_left(doc.starts, end) - 1
    while i >= 0 and doc.starts[i] >= start:
        if doc.mentions[doc.starts[i]].actor == actor:
            return doc.starts[i]
        i -= 1
    return -1


# Between a person's name and the body or state it is "of": "President X of Ukraine", "Y of the Kremlin".
_OF_BETWEEN: Final = re.compile(r"\s+of\s+(?:the\s+)?")


def _person_of_body(doc: Doc, spk: int) -> int:
    """Where the speaker's phrase starts when the mention at ``spk`` is a body or state that only places the
    person named right before it: "President X of Ukraine said", "Prime Minister Y of Britain said that"
    (the "NAME of COUNTRY" form of US outlets): the person speaks, not the country. Else ``spk``."""
    i = bisect.bisect_left(doc.starts, spk) - 1
    if i < 0 or (here := mention_at(doc, spk)) is None or here.actor.kind is ActorKind.PERSON:
        return spk
    before = doc.mentions[doc.starts[i]]
    if before.actor.kind is not ActorKind.PERSON or _OF_BETWEEN.fullmatch(doc.mask, before.end, spk) is None:
        return spk
    return before.start


@cache
def _preposition_before() -> re.Pattern[str]:
    """A preposition of a phrase (data/speech_cues.tsv, role phrase_preposition) right before a mention."""
    return re.compile(rf"(?<![\w-])(?:{alternation(lexicon().phrase_preposition)})\s+(?:the\s+)?$")


def _left_speaker(doc: Doc, ctx: Context, si: int, left: re.Match[str], w0: int) -> _Speaker:
    """The mention or pronoun right before the verb (``p.left_speaker``); not a body or state that a preposition
    governs before "who" ("citizens of Ukraine who said": who are the citizens; "from Moldovan officials who said":
    the officials, a state's described people, speak)."""
    if left.group("spk") is not None:
        if (
            left.group("rel") is not None
            and (m := mention_at(doc, left.start("spk"))) is not None
            and m.actor.kind is not ActorKind.PERSON
            and described_mention(doc, m.start) is None  # not "from Moldovan officials who": they speak
            and _preposition_before().search(doc.mask, max(w0, left.start("spk") - 16), left.start("spk"))
        ):
            return _Speaker(None, -1)
        spk = _person_of_body(doc, left.start("spk"))
        speaker = speaker_of(doc, spk)
        co: tuple[Actor, ...] = ()
        list_start = -1
        if speaker is not None and not left.group("grp") and not left.group("appos"):
            co = tuple(co_speakers(doc, max(w0, spk - 300), spk))
            list_start = _first_mention_of(doc, co[0], max(w0, spk - 300), spk) if co else -1
        speaker = title_means_last_speaker(doc, ctx, spk, si) or speaker
        if left.group("grp") and speaker is not None and speaker.kind is ActorKind.PERSON:
            speaker = None  # "Trump allies said": not Trump
        elif left.group("grp") and speaker is not None and speaker.kind is ActorKind.ORGANISATION:
            speaker = _body_officials(speaker, left.group("grp")) or speaker
        named = appositive_person(doc, left.start("appos"), left.end("appos")) if left.group("appos") else None
        if named is not None:  # "Ukraine's ambassador to the United States, Oksana Markarova, said"
            return _Speaker(named, spk, appos_person=True, co_speakers=co, named=True, list_start=list_start)
        return _Speaker(speaker, spk, co_speakers=co, named=True, list_start=list_start)
    if left.group("back") is not None:  # '"...," the agency said': the speaker just before, of its kind
        return _Speaker(named_again(doc, ctx, si, left), left.start("back"))
    pron = left.group("pron")
    if pron.lower() == "it":  # "It said": the body that spoke just before
        recent = si - ctx.last_speaker_sentence <= 2 and ctx.last_speaker is not None
        last = ctx.last_speaker if recent else None
        speaker = last if last is not None and last.kind is not ActorKind.PERSON else None
    else:
        speaker = resolve_pronoun(doc, ctx, left.start("pron"), si, "she" if pron.lower() == "she" else "he")
    return _Speaker(speaker, left.start("pron"))


def _doc_name(dm: re.Match[str], p: Patterns) -> str | None:
    word = " ".join(dm.group("doc").casefold().split())
    return lexicon().doc.get(word) if word not in p.agent_forms else None


@cache
def _determiner() -> re.Pattern[str]:
    """An article, or a count before a plural description (data/speech_cues.tsv role count_word: "two sources",
    "several officials": a group of unnamed speakers, who speak as the description without the count; "the"
    or "a" makes it someone named or new)."""
    return re.compile(rf"(?i:an?|the|{alternation(lexicon().count_word)})\s+")


# Describing words before a description, after an indefinite article or a number if any: "a [senior ]Ukrainian
# official" ("the top Russian diplomat" is someone named before: see _described_again).
@cache
def _describing_before() -> re.Pattern[str]:
    """Describing words before a description, after an indefinite article or a count if any."""
    counts = word_pattern(lexicon().count_word, fold_first=True)
    return re.compile(rf"(?:\b(?:[Aa]n?|[Oo]ne|{counts})\s+)?(?P<words>(?:\b[a-z-]+\s+){{1,2}})$")


# A dotted abbreviation of a state's name in a description: "U.S. officials" is named "US officials".
_DOTTED: Final = re.compile(r"\b(?:[A-Z]\.){2,}")


@cache
def _describing() -> frozenset[str]:
    return frozenset(lexicon().describing)


def _description(doc: Doc, start: int, end: int, *, state_named: bool) -> Actor | None:
    """The description ``doc.text[start:end]`` (ending in an anonymous word) as a speaker, with the
    describing words just before it ("a senior [Ukrainian official]"), without its article or count ("two
    sources" is "sources": role count_word of data/speech_cues.tsv) and with a dotted abbreviation written
    without its dots ("a U.S. official" is "US official")."""
    text = doc.text
    det = _determiner().match(text, start, end)
    if det is not None:
        start = det.end()
    before = _describing_before().search(text, max(0, start - 40), start)
    if before is not None and before.group("words").split()[0] in _describing():
        start = before.start("words")
    name = _DOTTED.sub(lambda d: d.group().replace(".", ""), " ".join(text[start:end].split()))  # "U.S." -> "US"
    described = bool(name) and name.split()[0].casefold() in _describing()
    if not name:
        return None
    if not state_named and not described:
        # "officials said", "..., officials said": no one described, but the group of the story's unnamed
        # speakers speaks, as the anonymous word itself (the real gold names them by the state or body the
        # story is about, "US officials", a name ending in that word); a singular or determined one ("an
        # official", "the official") is someone named before or someone new, not said here; a count is no
        # determiner ("two officials said": the group speaks)
        name = name.split()[-1].casefold()
        if (det is not None and det.group().strip().casefold() not in lexicon().count_word) or not name.endswith("s"):
            return None
    plural = name.endswith("s") or name.split()[-1].casefold() in patterns().voice_forms  # "the military"
    kind = ActorKind.ORGANISATION if plural else ActorKind.PERSON
    name = without_unnamed_words(name if state_named else with_state(doc, start, name))  # "senior [US] ..."
    return unknown_actor(name, kind)


# A word right after a state's name: "U.S. [officials] said" (the name, not the demonym, describes them), "a US
# defense [official]" (after describing words, data/speech_cues.tsv role describing: _noun_after).
_WORD_AFTER: Final = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _noun_after(text: str, end: int, words: frozenset[str]) -> int | None:
    """Where the noun of ``words`` after a state's name ending at ``end`` ends, after at most two describing
    words ("U.S. officials", "US defense official"); None where no such noun follows."""
    for _ in range(3):
        after = _WORD_AFTER.match(text, end)
        if after is None:
            return None
        end = after.end()
        if after.group("word") in words:
            return end
        if after.group("word") not in _describing():
            return None
    return None


@cache
def _member_words() -> frozenset[str]:
    """The words that name one unnamed member of a body or state named right before them: roles anonymous
    ("official", "source") and body_voice ("spokesperson", rule body-voice) of data/speech_cues.tsv."""
    return patterns().anonymous_forms | frozenset(lexicon().body_voice)


def described_mention(doc: Doc, start: int, *, people: bool = True) -> Actor | None:
    """The speaker a state's mention at ``start`` stands for where it names the state's unnamed speakers
    ("Ukrainian officials", "a senior Russian official", "the Ukrainian military", "U.S. officials" by the
    state's name; with ``people`` also any people noun of data/speaker_heads.tsv: "Ukrainian authorities",
    "Polish police"): the description as written; None for any other mention."""
    p = patterns()
    m = mention_at(doc, start)
    if m is None or m.actor.kind is not ActorKind.STATE:
        return None
    end = m.end
    # "a German government spokesperson" (rule body-voice): the state's voice, as its unnamed official is
    words = _member_words() | (people_heads() if people else frozenset())
    last = doc.text[m.start : m.end].split()[-1].casefold()
    if last not in words | p.voice_forms:
        after = _noun_after(doc.text, m.end, words)
        if after is None:
            return None
        end = after
    elif last in p.voice_forms and (after := _noun_after(doc.text, m.end, words)) is not None:
        end = after  # "Russian military bloggers": the people noun after the state's voice is the head (prec21)
    described = _description(doc, m.start, end, state_named=True)
    if described is None or described.kind is not ActorKind.PERSON:
        return described
    return _named_before(doc, m.actor, m.start) or described


def _named_before(doc: Doc, state: Actor, start: int) -> Actor | None:
    """A definite description of one person of a state ("The Russian official accused X ...", "the senior
    Ukrainian diplomat"): the person the text named last before it, in its sentence or the two before, when
    the registry gives that person an office of that state (held now or before); else None (someone new)."""
    the = _DEFINITE_BEFORE.search(doc.mask, max(0, start - 40), start)
    if the is None or any(w not in _describing() for w in the.group("words").split()):
        return None
    si = sentence_holding(doc, start)
    return _last_person_of(doc, state, doc.sentences[max(0, si - 2)].start, the.start())


_WORD_AT: Final = re.compile(r"[A-Za-z]+")


def _says_at(mask: str, v0: int, *, tell: bool = False) -> bool:
    """Whether the verb at ``v0`` is a verb of saying (data/speech_verbs.tsv class say; with ``tell`` also class
    tell: "..., a source close to the delegation told Sputnik", speak25)."""
    verb = _WORD_AT.match(mask, v0)
    return verb is not None and verb.group().casefold() in (_say_or_tell_forms() if tell else _say_forms())


@cache
def _say_forms() -> frozenset[str]:
    return verb_set("say")


@cache
def _say_or_tell_forms() -> frozenset[str]:
    return verb_set("say") | verb_set("tell")


def _described(
    doc: Doc, found: _Speaker, dm: re.Match[str] | None, p: Patterns, *, opens: bool = False, labels: bool = False
) -> Actor | None:
    """An unnamed speaker the text only describes (``a US official``, ``a senior Ukrainian security
    official``, ``diplomatic sources``): the description as written, without its article, speaks -- unless
    an organisation is named with it (``a NATO official``: the body's official, see :func:`_body_member`), no
    word
    describes it (``the official said``, ``officials said``). A state's officials or its military named by
    their demonym are described too (``Ukrainian officials said``, ``the Estonian navy said``: the real
    gold's convention for unnamed sources); a state's people who label something (``labels``: "Polish
    authorities described the incursion as a test") give the state's position, and the state speaks."""
    if found.speaker is not None:  # the mention itself may be "Ukrainian officials" (the state's)
        # but not after an agent: "a spokesman for the French government" speaks for the state
        of_agent = dm is not None and dm.group("org2") and dm.start("org2") == found.start
        return None if of_agent else described_mention(doc, found.start, people=not labels)
    if dm is None:
        return None
    word = " ".join(dm.group("doc").casefold().split())
    # "a Downing Street spokeswoman" (role body_voice): the body's voice, not "a spokesman for the government"
    unnamed = word in p.anonymous_forms or (word in lexicon().body_voice and dm.group("org") is not None)
    if not unnamed or dm.group("org2") or (dm.group("doc")[0].isupper() and not opens):
        return None  # a capital only where the description opens its sentence ("Officials say ...")
    org = mention_at(doc, dm.start("org")) if dm.group("org") else None
    if org is not None and org.actor.kind is ActorKind.ORGANISATION:
        return _body_member(doc, dm, org.start, org.actor)
    if org is not None and org.actor.kind is not ActorKind.STATE:
        return None
    return _description(doc, dm.start(), dm.end("doc"), state_named=org is not None)


def _body_member(doc: Doc, dm: re.Match[str], org_start: int, body: Actor) -> Actor | None:
    """An unnamed official of a body the registry knows ("a White House official", "a senior State
    Department official"): the body's name and the anonymous word as written, with the describing words
    before the body ("senior White House official", "US State Department official"); so is an unnamed
    spokesperson (role body_voice of data/speech_cues.tsv: "a Downing Street spokeswoman" is "Downing Street
    spokeswoman", rule body-voice; attrp29), where the registry gives the title no holder ("a Kremlin
    spokesman" is its holder, read before)."""
    word = " ".join(dm.group("doc").casefold().split())
    owner = doc.text[dm.end("org") - 2 : dm.end("org")] in _POSSESSIVE_ENDS  # "the Kremlin's official"
    return None if owner else _member_named(doc, org_start, body, word)


def body_member_after(doc: Doc, org_start: int) -> Actor | None:
    """Rule body-voice after "according to" (attrp29): a body's mention at ``org_start`` right before an
    anonymous word or a word of role body_voice ("according to a White House official", "according to a NATO
    spokesperson") names the body's unnamed member as :func:`_body_member` does, not the body; None for any
    other mention or word ("according to NATO", "according to the Pentagon's statement")."""
    org = mention_at(doc, org_start)
    after = _WORD_AFTER.match(doc.text, org.end) if org is not None else None
    if org is None or after is None or org.actor.kind is not ActorKind.ORGANISATION:
        return None
    if doc.text[after.end() : after.end() + 1] in {"'", "\u2019", "-"}:
        return None  # "a NATO official's statement": a document of the member's, read by the document rules
    return _member_named(doc, org.start, org.actor, after.group("word"))


def _member_named(doc: Doc, org_start: int, body: Actor, word: str) -> Actor | None:
    """The unnamed member of ``body`` (named at ``org_start``) that the anonymous or body_voice ``word`` after
    it names: the body's name and the word, after the describing words before the body."""
    if word not in _member_words():
        return None
    lead = _LEAD_BEFORE.search(doc.text, max(0, org_start - 40), org_start)
    describing = [w for w in lead.group("words").split() if w in _describing()] if lead is not None else []
    name = without_unnamed_words(" ".join([*describing, body.name, word]))
    plural = word.endswith("s")
    return unknown_actor(name, ActorKind.ORGANISATION if plural else ActorKind.PERSON)


def _body_officials(body: Actor, group: str) -> Actor | None:
    """Rule *officials-of-a-body*: a body's unnamed people named by an anonymous word after it ("White House
    officials said", "Kremlin officials told"): the body's name and the word, as one speaker, as for one of
    them (:func:`_body_member`: "a White House official"); None for any other group word ("NATO allies",
    "EU leaders": the body speaks): role group of data/speech_cues.tsv, canonical "people"."""
    words = group.split()
    if not words or lexicon().group.get(words[-1]) != "people":  # role group, canonical "people"
        return None
    name = without_unnamed_words(" ".join([body.name, *words]))
    return unknown_actor(name, ActorKind.ORGANISATION)


@cache
def _post_word() -> re.Pattern[str]:
    """A word of cue role ``post`` between spaces, which every ``described_after`` match holds."""
    return re.compile(rf"\s(?:{word_pattern(lexicon().post, fold_first=False)})\s")


def _described_after(doc: Doc, si: int, window: tuple[int, int], *, doc_word: bool) -> _Speaker | None:
    """An unnamed speaker described by an anonymous word and a phrase after it, right before the verb
    ("officials from both countries announced", "Sources close to the Hungarian delegation reported that",
    "Officials in Kyiv said", "a senior Ukrainian official familiar with the plans said"): the description
    speaks as :func:`_description` names it, with the phrase when it says whose people they are ("from",
    "close to": role post, canonical "name" in data/speech_cues.tsv), without it when it says where they are
    or what they know ("in", "familiar with"). Not after a mention ("a NATO official in Brussels": the
    organisation's agent, read by the document rules), nor a capitalised word inside a sentence. ``doc_word``:
    whether the 120 characters before the verb hold a word of ``p.doc_word`` (the caller looked)."""
    p = patterns()
    mask = doc.mask
    w0, v0 = window
    start = max(w0, v0 - 120)
    no_word = not doc_word and "\x01" not in mask[start:v0]
    if no_word or _post_word().search(mask, start, v0) is None:
        return None  # no description, or no post word to open the phrase after it: most places skip the scan
    m = p.described_after.search(mask, start, v0)
    if m is None:
        return None
    begin = m.start()
    if m.group("men") is not None:
        # "a senior Ukrainian official familiar with ...": a state's unnamed speaker, as the state's
        # description names it; another mention ("a NATO official in ...", "Zelensky in Kyiv") is not one
        base = described_mention(doc, begin)
        lead = _LEAD_BEFORE.search(mask, max(0, begin - 40), begin)
        if lead is not None and all(w in _describing() for w in lead.group("words").split()):
            begin = lead.start()
    elif mask[max(0, begin - 3) : begin].rstrip().endswith(("\x01", "\x02")):
        return None
    else:
        opens = not mask[doc.sentences[si].start : begin].strip()
        if m.group("doc")[0].isupper() and not opens:
            return None
        base = _description(doc, begin, m.end("doc"), state_named=False)
    whose = lexicon().post[" ".join(m.group("prep").split())] == "name"
    if base is None and whose and m.group("men") is None:
        base = _one_described(doc, m)
    elif base is None and m.group("men") is None:
        base = _member_in(doc, m)  # "a source in the Polish Foreign Ministry": the body's source
    if base is None or (mask[max(0, begin - 3) : begin].rstrip().endswith(",") and not _says_at(mask, v0, tell=True)):
        # held back after the words before a verb that is no plain saying (", officials from both countries
        # announced Wednesday"): there the events' announcement of the saying and the dated event it reports
        # are counted twice (see CHANGELOG); ", officials in the Baltic country said" is read
        return None
    if whose:  # the phrase as written (the mask hides the names of the mentions it holds)
        post = " ".join(doc.text[m.start("post") : m.end("post")].split())
        base = unknown_actor(f"{base.name} {post}", base.kind)
    return _Speaker(base, begin)


# "the " before a body's mention that ends a described phrase ("a source in [the ]Polish Foreign Ministry")
_BODY_AT: Final = re.compile(r"\s*(?:the\s+)?(?=\x01)")


def _member_in(doc: Doc, m: re.Match[str]) -> Actor | None:
    """Rule body-voice, the member in its body (attrp29): one unnamed person after a post word that says whose
    people they are and no closeness (role post_body of data/speech_cues.tsv: "in") and a registered body's
    mention that ends the phrase ("a source in the Polish Foreign Ministry told ...") is named as
    :func:`_member_named` names a body's official ("Polish Foreign Ministry source"), not the body; None for a
    plural ("sources in the Kremlin": the group, as written) or any other phrase."""
    word = " ".join(doc.text[m.start("doc") : m.end("doc")].split()).casefold()
    prep = " ".join(m.group("prep").split())
    if word.endswith("s") or prep not in lexicon().post_body or prep in _closeness():
        return None
    at = _BODY_AT.match(doc.mask, m.end("prep"))
    body = mention_at(doc, at.end()) if at is not None else None
    if body is None or body.actor.kind is not ActorKind.ORGANISATION or body.end < m.end("post"):
        return None
    return _member_named(doc, m.start("doc"), body.actor, word)


def _one_described(doc: Doc, m: re.Match[str]) -> Actor | None:
    """Rule *one-source-close-to-a-body*: one unnamed person whose phrase after the anonymous word says whose
    he is ("A source close to the cabinet office said ...", "an official familiar with the ministry's
    plans said": role post, canonical "name"): that person speaks, named by the word and the phrase, not the
    body the phrase names; a singular anonymous word alone ("an official said") is no one said here
    (:func:`_description`). Only where a mention in the phrase could be taken for the speaker."""
    word = " ".join(doc.text[m.start("doc") : m.end("doc")].split()).casefold()
    if word.endswith("s"):
        return None
    if "\x01" not in doc.mask[m.start("post") : m.end("post")] and m.group("prep") not in _closeness():
        return None
    return unknown_actor(word, ActorKind.PERSON)


@cache
def _closeness() -> frozenset[str]:
    """Rule *one-source-close-to-a-body* without a mention (speak25): the post words of data/speech_cues.tsv role
    closeness ("close to", "familiar with"), after which one unnamed person's phrase names them with no mention
    in it ("a source close to the Russian delegation", "a source familiar with the talks": the gold's name)."""
    return frozenset(lexicon().closeness)


def _outlet_named(doc: Doc, w0: int, v0: int) -> _Speaker | None:
    """An outlet or monitoring group named right after the word of its kind, before the verb ("Finnish state
    media YLE reported", "news outlets Dzerkalo Tyzhnia and Suspilne said", 'the war channel "Voin DV"
    claimed', "monitoring project DeepState, which confirmed"): the name as written speaks, as a medium,
    whether or not the registry knows it (data/speech_cues.tsv role outlet_before)."""
    m = patterns().outlet_named.search(doc.mask, max(w0, v0 - 120), v0)
    if m is None:
        return None
    name = " ".join(doc.text[m.start("name") : m.end("name")].strip('"\u201c\u201d').split())
    return _Speaker(unknown_actor(name, ActorKind.MEDIA), m.start())


def _org_named(doc: Doc, w0: int, v0: int) -> _Speaker | None:
    """A company or other organisation named right after the word of its kind, before the verb ("Civil
    rescue company X said", "energy giant X reported", "grid operator X said"): the registry's actor where
    it knows the name, else the name as written, an organisation (data/speech_cues.tsv role org_before). A
    name that opens with a known given name or is a registry person is someone's, not the kind's."""
    m = patterns().org_named.search(doc.mask, max(w0, v0 - 120), v0)
    if m is None and doc.mask.count(",", max(w0, v0 - 160), v0) >= 2:  # (the appositive holds two commas)
        m = patterns().org_appositive.search(doc.mask, max(w0, v0 - 160), v0)
    if m is None:
        return None
    at = mention_at(doc, m.start("name"))
    if at is not None and at.end >= m.end("name"):
        actor: Actor | None = at.actor  # a mention the finder resolved ("firm Rheinmetall")
    else:
        name = " ".join(doc.text[m.start("name") : m.end("name")].split())
        media = "kind" in m.groupdict() and m.group("kind") in lexicon().outlet_before
        kind = ActorKind.MEDIA if media else ActorKind.ORGANISATION
        actor = active_registry().lookup(name) or unknown_actor(name, kind)
    if actor is None or actor.kind is ActorKind.PERSON or first_names().get(actor.name.split()[0]) is not None:
        return None
    return _Speaker(actor, m.start())


_POSSESSIVE_ENDS: Final = frozenset({"'s", "\u2019s"})


# An article and describing words before a state's mention: "[a senior ]Ukrainian official".
_LEAD_BEFORE: Final = re.compile(r"(?:\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal)\s+)?(?P<words>(?:[a-z-]+\s+){0,2})$")


def document_author(doc: Doc, ctx: Context, si: int, end: int) -> Actor | None:
    """Who wrote "the statement" of '"...," the statement said': the speaker of the last two sentences (who
    spoke "in a statement" or whose words the document goes on with) unless an outlet or a state's media (who
    report a document, not write it); else the organisation or state that opens the sentence before as its
    subject (not one it only names), or in a text's first sentence the one named first before ``end``."""
    last = ctx.last_speaker
    if last is not None and si - ctx.last_speaker_sentence <= _AUTHOR_BACK and not _reports_only(last):
        return last
    if si == 0:
        return first_body(doc, doc.sentences[si].start, end) or _author_next(doc, ctx, si)
    prev = doc.sentences[si - 1]
    opens = _OPENING_BODY.match(doc.mask, prev.start, prev.end)  # the body the sentence is about, not one it names
    opener = mention_at(doc, opens.end() - 1) if opens is not None else None
    if opener is not None and opener.actor.kind is not ActorKind.PERSON:
        return opener.actor
    return _author_next(doc, ctx, si) if opener is None else None


def _author_next(doc: Doc, ctx: Context, si: int) -> Actor | None:
    """Rule *document-author-next*: a document no one before wrote ('"...," the statement said.' opening the
    story) is the one of the first speaker of the next sentence ('"...," the operator added.'), unless an outlet."""
    if si + 1 >= len(doc.sentences) or ctx.last_speaker is not None:
        return None
    site = next(verb_sites(doc, ctx, si + 1, doc.sentences[si + 1]), None)
    return site.speaker if site is not None and not _reports_only(site.speaker) else None


# A mention that opens its sentence as its subject ("The Alliance has committed ..."), not a possessive's.
_OPENING_BODY: Final = re.compile(r"\s*(?:[Tt]he\s+)?\x01(?=\x02*(?!\x02)(?!['\u2019]s\b))")


_AUTHOR_BACK: Final = 2  # sentences back a document's author may have spoken


def _reports_only(actor: Actor) -> bool:
    """Whether ``actor`` is an outlet or a state's media ("Indian media"), who report others' words."""
    return actor.kind is ActorKind.MEDIA or actor.name.casefold().endswith(" media")


def _document_speaker(doc: Doc, si: int, w0: int, v0: int, found: _Speaker, *, ctx: Context) -> _Speaker:
    """A body behind an unnamed agent or a document before the verb: "a spokesperson for the German
    government said" (the whole phrase opens the clause), "a NATO official said", "the summit declaration
    said" (the body named last wrote it)."""
    p = patterns()
    mask = doc.mask
    near = max(w0, v0 - 120)
    # the word of a document or agent that p.doc_speaker needs, looked for once (a quick look before the scan)
    # for both readings of the 120 characters before the verb: here and in _described_after
    doc_word = p.doc_word.search(mask, near, v0) is not None
    dm = p.doc_speaker.search(mask, near, v0) if doc_word else None
    after = (
        (
            _described_after(doc, si, (w0, v0), doc_word=doc_word)
            or _outlet_named(doc, w0, v0)
            or _org_named(doc, w0, v0)
        )
        if dm is None
        else None
    )
    # a capitalised description opening its sentence before a verb of saying ("Officials said", not "Leaders
    # pledged ..., according to the G7 statement": a commitment others report)
    opens = dm is not None and not mask[doc.sentences[si].start : dm.start()].strip() and _says_at(mask, v0)
    labels = (verb := _WORD_AT.match(mask, v0)) is not None and verb.group().casefold() in p.label_forms
    described = after.speaker if after is not None else _described(doc, found, dm, p, opens=opens, labels=labels)
    if after is not None:
        found = after
    elif described is not None:
        start = dm.start() if dm is not None and found.speaker is None else found.start
        return found._replace(speaker=described, start=start)
    if found.speaker is not None:
        named_of = found.named and _OF_BEFORE.search(mask, max(w0, found.start - 12), found.start)
        if named_of and dm is not None and dm.group("org2") and dm.start("org2") == found.start:
            return found._replace(start=dm.start(), doc_name=_doc_name(dm, p))
        return found
    if dm is not None and (dm.group("org") or dm.group("org2")):
        org_start = dm.start("org") if dm.group("org") else dm.start("org2")
        return found._replace(speaker=speaker_of(doc, org_start), start=dm.start(), doc_name=_doc_name(dm, p))
    if dm is not None and _DOC_DETERMINED.match(mask, dm.start()):
        word = " ".join(dm.group("doc").casefold().split())
        if word not in p.agent_forms:
            body = document_author(doc, ctx, si, dm.start())
            return found._replace(speaker=body, start=dm.start(), doc_name=lexicon().doc.get(word))
    return found


# "the" and describing words before a described speaker: "the top [Russian diplomat]".
_DEFINITE_BEFORE: Final = re.compile(r"(?<![\w.])[Tt]he\s+(?P<words>(?:[a-z-]+\s+){0,2})$")


def _described_again(doc: Doc, ctx: Context, si: int, found: _Speaker) -> _Speaker:
    """'"...," the top Russian diplomat said' right after Lavrov spoke: a definite description of one
    unnamed person of a state ("the Russian diplomat", "the senior Ukrainian official") means the person
    who spoke in the last two sentences when that person holds or held an office of that state; when that
    speaker does not, the description was resolved by ``described_mention`` (the person of that state named
    just before), as on every other path."""
    if found.speaker is None or found.speaker.kind is not ActorKind.PERSON:
        return found
    m = mention_at(doc, found.start)
    if m is None or m.actor.kind is not ActorKind.STATE or found.speaker == m.actor:
        return found
    the = _DEFINITE_BEFORE.search(doc.mask, max(0, m.start - 40), m.start)
    if the is None or any(w not in _describing() for w in the.group("words").split()):
        return found
    last = ctx.last_speaker
    if last is not None and last.kind is ActorKind.PERSON and si - ctx.last_speaker_sentence <= 2:
        return found._replace(speaker=last) if _of_state(last, m.actor) else found
    return found


def _of_state(person: Actor, state: Actor) -> bool:
    """Whether the registry gives ``person`` an office of ``state`` (held now or before)."""
    return any(r.organisation == state.name for r in person.roles)


def _last_person_of(doc: Doc, state: Actor, start: int, end: int) -> Actor | None:
    """The person with an office of ``state`` named last in ``[start, end)`` outside quotations, when no other
    person was named after that one (a description means the one named just before, not someone further)."""
    i = bisect.bisect_left(doc.starts, end) - 1
    while i >= 0 and doc.starts[i] >= start:
        mention = doc.mentions[doc.starts[i]]
        i -= 1
        if mention.actor.kind is not ActorKind.PERSON or in_quote(doc, mention.start):
            continue
        return mention.actor if _of_state(mention.actor, state) else None
    return None


_PRONOUN_OPENER: Final = re.compile(r"\s*(He|She)\s")


@cache
def _clause_pronoun() -> re.Pattern[str]:
    """The pronoun subject of a sentence whose second verb phrase speaks ("He met Sybiha and said ..."), after an
    opening conjunction (data/speech_links.tsv role sentence_opener) or an opening phrase that names no actor
    ("But he noted ... and stressed that ...", "On Friday, she ... but added ...")."""
    openers = alternation(links().sentence_opener)
    return re.compile(rf"\s*(?:(?:{openers})\s+)?(?:[A-Z][^,;\"\x01\x02]{{0,150}},\s+)?(?<![\w\x02])(He|She|he|she)\s")


_INVERTED_BEFORE: Final = re.compile(r"(?:,|\"|\s[-\u2013\u2014])\s*$")  # ', said X', '" said X', '. - said X'


def _stands_inverted(mask: str, w0: int, v0: int) -> bool:
    """Whether the verb at ``v0`` stands where an inverted verb does: right after a comma, a quotation mark or a
    dash, no further back than the window's start ``w0`` (', said X', '" said X', '. - said X')."""
    return _INVERTED_BEFORE.search(mask[max(w0, v0 - 3) : v0]) is not None


@cache
def _title_word() -> re.Pattern[str]:
    """A word of a title before an inverted speaker's name: capitalised, a mention, or a joining word (a title's
    preposition, :func:`._speech.title_prepositions`, or "the"; a body's initials in brackets as
    _speech._title_before admits them: rule title-with-acronym)."""
    return re.compile(rf"[A-Z\x01\x02][\w'\u2019.\x02-]*|{ACRONYM_IN_TITLE}|{title_prepositions()}|the")


def _lower_title(words: list[str]) -> bool:
    """A title in lower case right before the name after an inverted verb: words of letters, the last a title
    noun ("said exiled opposition leader X", "said foreign minister Y"), after at most two capitalised words of
    a body or outlet ("said CNN political commentator X")."""
    lower = list(itertools.dropwhile(_title_word().fullmatch, words[:2])) + words[2:]
    return (
        bool(lower)
        and lower[-1].casefold() in title_nouns()
        and all(w.isalpha() for w in lower)
        and all(w.islower() for w in lower[:-1])
    )


def _inverted_speaker(doc: Doc, inv: re.Match[str]) -> Actor | None:
    """The mention after an inverted verb (', said Rutte'), also after a title ('said Archbishop of Turin
    Marco Bellini', 'said the UN envoy for refugees, Anna Lindqvist'): the title names an office
    (data/name_words.tsv class title_noun) and is in capitals or set off from the name by a comma. A
    person may be placed by the body or state after "of" ('said President X of Ukraine')."""
    title = inv.group("title")
    first = mention_at(doc, inv.start("title")) if title else None
    if first is not None and first.actor.kind is ActorKind.PERSON and doc.mask.startswith(",", first.end):
        # "said X, the spokesperson for Russia's Investigative Committee,": the person, whose appositive
        # ends in the body's mention the pattern read as the speaker after a title
        return first.actor
    placed = _person_of_body(doc, inv.start("spk"))
    if title and placed == inv.start("title"):  # "said Mark Rutte of NATO": the person, with or without title
        return speaker_of(doc, placed)
    if title:
        words = title.replace(",", " ").split()
        written = doc.text[inv.start("title") : mention_end(doc, inv.start("spk"))].replace(",", " ").split()
        if not title_nouns().intersection(w.casefold() for w in written):  # "Deputy [Mayor X]": the mention's
            return None
        capitals = all(_title_word().fullmatch(w) for w in words)
        # the mention may hold the title's last words ("said veteran [war correspondent X]")
        lead = itertools.takewhile(str.islower, doc.text[inv.start("spk") : mention_end(doc, inv.start("spk"))].split())
        if not title.rstrip().endswith(",") and not capitals and not _lower_title([*words, *lead]):
            return None
    return speaker_of(doc, placed)  # "said President X of Ukraine": X


# The rest of a sentence after an inverted verb's described subject that closes it: a date at most.
_CLOSES: Final = re.compile(r"\s*(?:(?:on\s+)?\x03\x04*\s*)?[.!?]?\s*$")


def _group_after(
    doc: Doc, ctx: Context, si: int, before: tuple[int, int], after: tuple[int, int]
) -> tuple[Described, int] | None:
    """A described group after an inverted verb (", said authorities."; ``before`` the window's start and the
    verb's, ``after`` the verb's end and the window's): :func:`._descriptions.described_after_verb`."""
    w0, v0 = before
    if not _stands_inverted(doc.mask, w0, v0):
        return None
    last = ctx.last_speaker if si - ctx.last_speaker_sentence <= 2 else None
    return described_after_verb(doc, si, after, last)


def _described_speaker(doc: Doc, ctx: Context, si: int, span: tuple[int, int], found: _Speaker) -> _Speaker:
    """With no speaker found, a speaker the text describes right before the verb ("Officials confirmed that",
    "..., local media reported", "The agency noted that" after the IAEA): :mod:`._descriptions`."""
    if found.speaker is not None:
        return found
    last = ctx.last_speaker if si - ctx.last_speaker_sentence <= 2 else None
    they = _THEY.match(doc.mask, doc.sentences[si].start, span[1])
    if they is not None:
        group = _they_group(doc, si, last)
        return _Speaker(group, they.start("they")) if group is not None else found
    described = described_speaker(doc, si, *span, last)
    return _Speaker(described.speaker, described.start) if described is not None else found


# "They" opening a sentence before its speech verb: "They say Russian forces are advancing ...".
_THEY: Final = re.compile(rf"\s*(?:(?:But|And)\s+)?(?P<they>They)\s+{ADV}$")


def _they_group(doc: Doc, si: int, last: Actor | None) -> Actor | None:
    """Whom "They said" means: the body or group that spoke in the last two sentences (``last``), else the
    body or described group the sentence before opens with ("Ukrainian local authorities have issued an
    order. They say ..."); no single person, no state (a state is "it")."""
    if last is not None:
        return last if last.kind is ActorKind.ORGANISATION else None
    if si == 0:
        return None
    prev = doc.sentences[si - 1]
    group = subject(doc, prev.start, prev.end) or opening_group(doc, si - 1)
    return group if group is not None and group.kind is ActorKind.ORGANISATION else None


@cache
def _members_before() -> re.Pattern[str]:
    """The opening of a phrase between commas that lists members of the subject before it (", including two
    ...": data/speech_cues.tsv role member_list), up to three words before the mention."""
    opening = word_pattern(lexicon().member_list, fold_first=False)
    return re.compile(rf",\s+(?:{opening})\s+(?:[\w.'\u2019-]+\s+){{0,3}}$")


def _listed_member(doc: Doc, left: re.Match[str], w0: int) -> bool:
    """Whether the mention before the verb is a member listed between commas after the subject ("Several
    diplomats, including a French envoy, said ..."): the verb's subject is the phrase before the list, not
    the member."""
    if left.group("spk") is None:
        return False
    start = left.start("spk")
    return _members_before().search(doc.mask, max(w0, start - 60), start) is not None


def _false_appositive(left: re.Match[str], found: _Speaker) -> bool:
    """Whether the body or state before the verb has a phrase between commas that, with a person named right
    after the verb (checked by the caller), is no appositive but the rest of the words ("The aggressor,
    Russia, stole a part of the year, said President X after ...": Russia is a word of the words, X speaks)."""
    return bool(left.group("appos")) and found.speaker is not None and found.speaker.kind is not ActorKind.PERSON


def _ends_words(doc: Doc, left: re.Match[str], v0: int) -> bool:
    """Whether the mention before the verb is set off from it by a comma alone ("... with Kyiv, said"): the
    last word of the reported words, not the verb's subject (an appositive or relative clause would say so)."""
    if left.group("spk") is None or left.group("appos") or left.group("rel"):
        return False
    return doc.mask[mention_end(doc, left.start("spk")) : v0].strip() == ","


def _joint_subject(doc: Doc, si: int, s0: int, v0: int, found: _Speaker) -> _Speaker:
    """A verb with no speaker yet whose subject is a list marked as one group ("A and B both said") or a
    plural noun for the parties just listed ("Both sides said"): the last party speaks, the others with it
    (``_joint``)."""
    if found.speaker is not None:
        return found
    group = grouped_subject(doc, s0, v0)
    if group is not None:
        return _Speaker(group[0][-1], v0, co_speakers=group[0][:-1], named=True, list_start=group[1])
    parties = anaphor_speakers(doc, si, v0)
    if parties is None:
        return found
    return _Speaker(parties[0][-1], parties[1], co_speakers=parties[0][:-1], named=True, list_start=parties[1])


def _joint_clause_subject(doc: Doc, s0: int, v0: int, found: _Speaker) -> _Speaker:
    """'A and B swapped prisoners and said ...': the subject of the coordinated clause is the whole list."""
    if found.speaker is None:
        return found
    i = bisect.bisect_left(doc.starts, s0)
    while i < len(doc.starts) and doc.starts[i] < v0 and doc.mentions[doc.starts[i]].actor != found.speaker:
        i += 1
    if i >= len(doc.starts) or doc.starts[i] >= v0:
        return found
    parties = conjuncts_after(doc, doc.starts[i], v0)
    return found._replace(speaker=parties[-1], co_speakers=parties[:-1]) if parties else found


def _coordinated_subject(doc: Doc, ctx: Context, si: int, s0: int, v0: int) -> Actor | None:
    """The subject of a second verb phrase ("... and said"): a pronoun that opens the sentence, after an opening
    conjunction or phrase ("But he met Sybiha and said ...": he, not Sybiha, the object of the first verb),
    unless a clause of its own opens after it (", but Kyiv ... and said"); else the clause's subject."""
    opener = _clause_pronoun().match(doc.mask, s0, v0)
    if opener is None:
        return clause_subject(doc, s0, v0)
    by_pronoun = resolve_pronoun(doc, ctx, s0, si, opener.group(1).lower())
    if by_pronoun is not None and _contrast_clause().search(doc.mask, opener.end(), v0) is None:
        return by_pronoun
    return clause_subject(doc, s0, v0) or by_pronoun


def _speaker_before(
    doc: Doc, ctx: Context, si: int, window: tuple[int, int], verb_span: tuple[int, int], *, verb: str
) -> tuple[re.Match[str] | None, _Speaker]:
    """The speaker read before a speech verb at ``verb_span`` (``v0`` may be moved before a relative clause):
    the mention or pronoun right before it (``p.left_speaker``, the match returned too), a body behind an
    agent or document, a described speaker."""
    p = patterns()
    mask = doc.mask
    (w0, w1), (v0, v1) = window, verb_span
    left = p.left_speaker.search(mask, max(w0, v0 - 200), v0)
    # "Three sources, including two US officials, told ...": a member listed after the subject does not speak
    listed = left is not None and _listed_member(doc, left, w0)
    found = _left_speaker(doc, ctx, si, left, w0) if left is not None and not listed else _Speaker(None, -1)
    if left is not None and verb not in p.tell_forms and (_ends_words(doc, left, v0) or _false_appositive(left, found)):
        inv = p.inverted.match(mask, v1, w1)
        person = _inverted_speaker(doc, inv) if inv is not None else None
        if person is not None and (_ends_words(doc, left, v0) or person.kind is ActorKind.PERSON):
            found = _Speaker(None, -1)  # "... with Kyiv, said Rubio": Kyiv ends the words, Rubio speaks
    found = _document_speaker(doc, si, w0, v0, found, ctx=ctx)
    found = _described_speaker(doc, ctx, si, (w0, v0), _described_again(doc, ctx, si, found))
    return left, found


def _inversion(
    doc: Doc, ctx: Context, si: int, window: tuple[int, int, int], verb_at: tuple[int, int, str], *, found: _Speaker
) -> tuple[_Speaker, bool, int]:
    """The speaker after an inverted verb (``window``: the window's ends and the sentence's end; ``verb_at``:
    the verb's span and form), where none stands before it: a mention (', said Rutte'), or a described group
    (', said authorities.', which also wins over a name far before the verb where it closes the sentence); with
    whether the verb is inverted and where the attribution's head ends."""
    p = patterns()
    mask = doc.mask
    w0, w1, s1 = window
    v0, v1, verb = verb_at
    if verb in p.tell_forms:  # ', told the UN': an addressee, no inversion
        return found, False, v1
    inv = p.inverted.match(mask, v1, w1)
    group = _group_after(doc, ctx, si, (w0, v0), (v1, w1)) if inv is None else None
    if group is not None and found.speaker is not None and _CLOSES.match(mask, group[1], s1):
        # "X met Y in Antalya, southern Turkey, on the sidelines, said Turkish diplomatic sources.": a group
        # after the inverted verb that closes the sentence is its subject, not a name far before the verb
        found = _Speaker(None, -1)
    if found.speaker is not None:
        return found, False, v1
    if inv is not None and _stands_inverted(mask, w0, v0):
        # ', said Rutte[ on Tuesday]': the head ends after the speaker
        return found._replace(speaker=_inverted_speaker(doc, inv), start=v0), True, mention_end(doc, inv.start("spk"))
    if group is not None:  # ', said authorities.': a described group after the verb
        return found._replace(speaker=group[0].speaker, start=v0), True, group[1]
    back = _back_after(doc, ctx, si, (w0, v0), (v1, w1)) if inv is None else None
    if back is not None:  # '"...," said the parliamentarian.': the speaker just before, named again
        return found._replace(speaker=back[0], start=v0), True, back[1]
    return found, False, v1


def _back_after(
    doc: Doc, ctx: Context, si: int, before: tuple[int, int], after: tuple[int, int]
) -> tuple[Actor, int] | None:
    """Rule back-noun-after-inverted-verb: a noun that names the speaker just before (data/speech_cues.tsv role
    back: "the parliamentarian", "the correspondent") right after an inverted verb, ending the clause, names whom
    it names before the verb ('"...," the parliamentarian said'): :func:`named_again`, with where its phrase
    ends; ``before`` is the window's start and the verb's, ``after`` the verb's end and the window's."""
    w0, v0 = before
    if not _stands_inverted(doc.mask, w0, v0):
        return None
    m = patterns().back_after.match(doc.mask, *after)
    speaker = named_again(doc, ctx, si, m) if m is not None else None
    return (speaker, m.end("back")) if speaker is not None and m is not None else None


def _verb_site(doc: Doc, ctx: Context, si: int, sent: Sentence, vm: re.Match[str]) -> VerbSite | None:
    """The speech verb matched by ``vm`` with its speaker, or None (no speaker, or a habitual label)."""
    p = patterns()
    mask, s0, s1 = doc.mask, sent.start, sent.end
    # Work in a window around the verb: a run-on "sentence" costs no more than a normal one.
    w0, w1 = max(s0, vm.start() - BACK), min(s1, vm.end() + FORWARD)
    v0, v1 = vm.span("verb")
    if in_quote(doc, v0):
        return None
    verb = vm.group("verb").casefold()
    left, found = _speaker_before(doc, ctx, si, (w0, w1), (v0, v1), verb=verb)
    # "A White House official who spoke to Reuters on condition of anonymity said": the speaker stands before
    # the relative clause, whose object is no speaker (rule *restrictive-relative-clause*); where nothing
    # before the clause speaks, the verb is read as before ("The leaders who did not ... said")
    back = max(w0, v0 - 160)
    rel = _restrictive_who().search(mask, back, v0) if mask.find("who", back, v0) >= 0 else None  # (no "who": none)
    if rel is not None:
        left_rel, found_rel = _speaker_before(doc, ctx, si, (w0, w1), (rel.start("who"), v1), verb=verb)
        if found_rel.speaker is not None:
            left, found = left_rel, found_rel
    found, inverted, head_end = _inversion(doc, ctx, si, (w0, w1, s1), (v0, v1, verb), found=found)
    found = _joint_subject(doc, si, s0, v0, found)
    coordinated = found.speaker is None and _coordinated().search(mask, max(w0, v0 - 30), v0) is not None
    if coordinated:
        # "Kallas welcomed the decision but said ...": the subject of the sentence speaks ("He ... and said")
        found = _joint_clause_subject(
            doc, s0, v0, found._replace(speaker=_coordinated_subject(doc, ctx, si, s0, v0), start=v0)
        )
    speaker, spk_start = found.speaker, found.start
    if speaker is None or in_quote(doc, spk_start) or (verb in document_verbs() and found.doc_name is None):
        return None  # "reads" speaks only after a document noun: '"...," the statement reads'
    if verb in p.label_forms and verb in lexicon().habitual and mask[s1 - 1 : s1] == ".":
        return None  # 'Moscow calls the war a "special military operation".': a usage, not a statement
    pronoun = left is not None and left.group("pron") is not None
    np_start = found.list_start if found.list_start >= 0 else spk_start  # a list: its first speaker
    if not inverted and not pronoun and not coordinated:
        # A title before the speaker's mention: ", Kharkiv Governor Oleh Syniehubov said".
        phrase = _phrase_start(doc, w0, np_start, speaker)
        if phrase is not None:
            np_start = phrase  # after the comma, quotation mark or dash ('... spring. - the bloc's X said')
    appos = left.span("appos") if left is not None and left.group("appos") and not inverted else None
    date_from = np_start
    if appos is not None and (  # "Rutte, who took office on Oct. 1, said": no day of the saying's
        _RELATIVE.match(mask, appos[0]) or _RELATIVE_INSIDE.search(mask, appos[0] + 1, appos[1])
    ):
        date_from = appos[1]
    return VerbSite(
        verb=verb,
        written=vm.group("verb"),
        v0=v0,
        v1=v1,
        w0=w0,
        w1=w1,
        speaker=speaker,
        spk_start=spk_start,
        np_start=np_start,
        head_end=head_end if inverted else v1,
        inverted=inverted,
        pronoun=pronoun,
        is_tell=verb in p.tell_forms,
        is_declare=verb in p.declare_forms,
        doc_name=found.doc_name,
        appos_person=found.appos_person,
        appos=appos,
        date_from=date_from,
        co_speakers=found.co_speakers,
    )


class SiteMemo:
    """The speech verbs of one sentence and what :func:`_verb_site` answered for each, kept while the rules run on
    that sentence (several read its verbs: the per-verb stages, the dash, speaker-sentence and said-this rules).
    The answer depends only on the document, the verb and the context, which no rule changes within a sentence."""

    __slots__ = ("sites", "verbs")

    def __init__(self) -> None:
        self.verbs: list[re.Match[str]] | None = None
        self.sites: dict[int, VerbSite | None] = {}  # by the verb match's start


def verb_sites(
    doc: Doc,
    ctx: Context,
    si: int,
    sent: Sentence,
    *,
    unread: Callable[[str, re.Match[str], int], bool] | None = None,
    memo: SiteMemo | None = None,
) -> Iterator[VerbSite]:
    """The speech verbs (and verbs of opinion) of a sentence that have a speaker, in text order; with ``unread``,
    not the verbs it says (from the mask, the verb's match and the sentence's end) no rule of the caller reads.
    With ``memo`` (the sentence's, see :class:`SiteMemo`), each verb is read once however many rules ask."""
    if memo is None:
        verbs: Iterable[re.Match[str]] = patterns().site_verb.finditer(doc.mask, sent.start, sent.end)
    else:
        if memo.verbs is None:
            memo.verbs = list(patterns().site_verb.finditer(doc.mask, sent.start, sent.end))
        verbs = memo.verbs
    for vm in verbs:
        if unread is not None and unread(doc.mask, vm, sent.end):
            continue
        if memo is None:
            site = _verb_site(doc, ctx, si, sent, vm)
        elif vm.start() in memo.sites:
            site = memo.sites[vm.start()]
        else:
            site = memo.sites[vm.start()] = _verb_site(doc, ctx, si, sent, vm)
        if site is not None:
            yield site


def appositive_medium(doc: Doc, site: VerbSite) -> str | None:
    """A medium or venue named in the appositive between the speaker and the verb."""
    return medium_in(doc, *site.appos) if site.appos is not None else None
