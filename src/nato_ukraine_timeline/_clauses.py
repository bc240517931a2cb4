"""Where reported words and their attribution begin and end, read off the document mask.

The clause helpers every attribution rule shares: the end of a clause (``cut_clause``), of reported
content before a trailing report, participle or venue (``content_end``), whether the words after a speech
verb open reported content (``opens_content``, ``plausible_content``) or close a parenthetical attribution
(``tail_kind``), and the medium, venue, addressee or reporting outlet named around a statement.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from ._act_bounds import words_end
from ._dates._lexicon import lexicon as date_lexicon
from ._document import quoted_share
from ._resources import word_classes
from ._sentences import word_pattern
from ._speech import Patterns, alternation, clause_patterns, lexicon, patterns, telling_forms, verb_forms
from .model import ActorKind

if TYPE_CHECKING:
    from ._document import Doc

__all__ = [
    "BACK",
    "BARE_SAID_CONTENT",
    "CONJUNCTION_THAT",
    "FORWARD",
    "NOT_CONTENT_START",
    "RELATIVE_THAT",
    "THAT",
    "addressee",
    "attributable_words",
    "clause_soon",
    "clause_words",
    "content_end",
    "cut_clause",
    "intro_end",
    "medium_in",
    "opens_content",
    "plausible_content",
    "prep_start",
    "relative_on_phrase",
    "report_medium",
    "reporting_outlet",
    "saying_around_date",
    "subject_pronouns",
    "tail_kind",
    "tell_addressee",
    "trim",
]


BACK: Final = 600  # characters before a speech verb that can hold its speaker and the words before it


FORWARD: Final = 800  # characters after a speech verb or cue that can hold the reported words


_TRAIL_PUNCT: Final = frozenset(".,;:!?")


_LEAD: Final = re.compile(r"[\s,;:]+")


THAT: Final = re.compile(r"\bthat\b")


# Words of data/clause_words.tsv by class.
_CLAUSE_WORDS: Final = word_classes(
    "clause_words.tsv",
    (
        "finite_verb",
        "no_complement",
        "not_content",
        "not_bare_content",
        "pro_form",
        "not_gerund",
        "before_that",
        "after_pro_form",
        "after_this",
        "content_opener",
        "plural_finite",
        "clause_verb",
        "finite_plain",
        "subject_pronoun",
        "past_form",
        "person_object",
        "group_object",
        "thing_object",
        "first_object",
        "first_person",
        "before_relayed_verb",
        "saying_date_lead",
        "addressee_date_stop",
        "pronoun_auxiliary",
        "np_determiner",
        "definite_determiner",
        "saying_date_complementizer",
        "fronted_opener",
        "demonstrative",
        "possessive",
        "modal",
        "perfect_modal",
        "plural_demonstrative",
        "first_possessive",
        "conjunction_that",
    ),
)


def clause_words(cls: str) -> tuple[str, ...]:
    """The words of class ``cls`` of data/clause_words.tsv, in file order."""
    return _CLAUSE_WORDS[cls]


# A word that makes a conjunction with the "that" after it ("provided that", "so that"; class conjunction_that):
# that "that" opens an adverbial clause, no speech verb's that-clause.
CONJUNCTION_THAT: Final = re.compile(rf"(?<![\w-])(?:{alternation(_CLAUSE_WORDS['conjunction_that'])})\s+$")


# An auxiliary, a verb of class clause_verb or an irregular past of data/clause_words.tsv: a finite verb.
_FINITE_FORMS: Final = alternation(
    [*_CLAUSE_WORDS["finite_verb"], *_CLAUSE_WORDS["clause_verb"], *_CLAUSE_WORDS["past_form"]]
)


# The same finite forms anywhere, as a word: a phrase that holds one is a clause of its own.
FINITE_WORD: Final = re.compile(rf"(?<![\w-])(?:{_FINITE_FORMS})\b")


# A finite verb right after "that" (data/clause_words.tsv: an auxiliary, a verb of class clause_verb, a past
# form, a past in -ed): "that" has no subject of its own, so it is a relative pronoun on the noun before it
# ("highlighted the challenges that remained", "said after talks that lasted four hours"), no complementizer.
RELATIVE_THAT: Final = re.compile(rf"\s+(?:{_FINITE_FORMS}|[a-z]{{2,}}ed)\b")


# The word characters at the end of a phrase, matched on the phrase reversed (a scan from the end stays linear).
_WORD_RUN: Final = re.compile(r"[\w'\u2019-]*")


def _antecedent(phrase: str) -> str | None:
    """The last word of ``phrase`` from its first ASCII letter on, where a relative "that" after it finds its noun."""
    tail = phrase.rstrip()
    match = _WORD_RUN.match(tail[::-1])
    run = tail[len(tail) - (match.end() if match else 0) :]
    first = next((i for i, c in enumerate(run) if c.isascii() and c.isalpha()), None)
    return None if first is None else run[first:]


def relative_on_phrase(text: str, that: re.Match[str], phrase: str) -> bool:
    """Whether ``that`` (a match in ``text``) after ``phrase`` (the words between a verb and it) is a relative pronoun
    on the phrase's noun: a finite verb right after it (:data:`RELATIVE_THAT`) and none in the phrase ("said after
    talks that lasted four hours"; a phrase with a finite verb of its own is a clause: "said the deal is a
    partnership that will ...", whose "that" is left as it was read), and a word before it that can be the noun: not
    a preposition or adverb of class before_that ("said on ... that", whatever stood after "on"), nor a mark."""
    last = _antecedent(phrase)
    return (
        last is not None
        and last not in _CLAUSE_WORDS["before_that"]
        and RELATIVE_THAT.match(text, that.end()) is not None
        and FINITE_WORD.search(phrase) is None
    )


def subject_pronouns() -> tuple[str, ...]:
    """The personal pronouns that may open a clause as its subject: class subject_pronoun of
    data/clause_words.tsv and "it" (class thing_object: the one pronoun that is both subject and object)."""
    return (*_CLAUSE_WORDS["subject_pronoun"], *_CLAUSE_WORDS["thing_object"])


@cache
def saying_around_date() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two sides of a date that dates a saying (the date layer's tense rule date-of-the-saying): a verb of
    saying (a finite form or a participle: classes say, declare, ing, ing_clause, ing_that, report, outlet; a
    verb of telling with up to three words of addressee, none of class addressee_date_stop of
    data/clause_words.tsv) and the words of class saying_date_lead ("on", "late", "earlier" ...), ending right
    before the date; then "that" (or another word of class saying_date_complementizer: "whether", "if") right after
    it (a part of the day of data/day_parts.tsv between), or a that-less complement: a personal pronoun
    (:func:`subject_pronouns`) and a word of class pronoun_auxiliary."""
    lex = lexicon()
    telling = telling_forms(lex, lex.tell, lex.ing)
    saying = verb_forms("say", "declare", "ing", "ing_clause", "ing_that", "report", "outlet") - telling
    addressee = rf"(?:\s+(?!(?:{alternation(_CLAUSE_WORDS['addressee_date_stop'])})\b)[\w'\u2019.-]+){{0,3}}?"
    before = re.compile(
        rf"\b(?:{word_pattern(saying)}|{word_pattern(telling)}{addressee})"
        rf"(?:\s+(?:{alternation(_CLAUSE_WORDS['saying_date_lead'])}))*\s+$"
    )
    # "that" ("whether", "if"), or a that-less complement opening with a personal pronoun and its auxiliary ("told
    # reporters on Monday they will meet ...")
    complementizer = alternation(_CLAUSE_WORDS["saying_date_complementizer"])
    after = re.compile(
        rf"(?:\s+(?:{alternation(date_lexicon().day_parts)}))?\s*,?\s+(?:(?:{complementizer})\b|"
        rf"(?:{alternation(subject_pronouns())})\s+(?:{alternation(_CLAUSE_WORDS['pronoun_auxiliary'])})\b)"
    )
    return before, after


@cache
def prep_start() -> re.Pattern[str]:
    """What may open the phrase between a speech verb and its "that" (a preposition, a date, a mention, an
    adverb of time of the before_that class of data/clause_words.tsv or of the after_verb role of
    data/speech_cues.tsv: "said here on Friday that ...")."""
    words = alternation([*_CLAUSE_WORDS["before_that"], *lexicon().after_verb])
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{words})\b|\x03|\x01)")


# A dateline or an opening adverbial before reported words: "KYIV, Dec. 5 (Reuters) - ", "On Monday, ".
_INTRO_WORDS: Final = re.compile(
    r"^(?:\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}(?:,[^()\"\n]{1,30}?)?\s*(?:\((?:[A-Za-z/ ]|\x01|\x02){2,20}\)\s*)?"
    r"[-\u2013\u2014]+\s+|"
    # a place in title case and a dash: "Riga \u2014 "; an agency alone: "(Reuters) - "
    r"\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[\u2013\u2014]\s+|\s*\((?:[A-Za-z/ ]|\x01|\x02){2,20}\)\s*[-\u2013\u2014]+\s+|"
    # a place (or its mention) and a colon opening the sentence: "Brussels: ", "MOSCOW: ", "United Nations: "
    r"\s*(?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?|\x01\x02*):[ \t]+(?=[A-Z\x01][\w\x01\x02]*\s+[\w\x01])|"
    # a place in title case (or its mention), a comma and a date, with or without a dash: "Oslo, Sep 26 "
    r"\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|\x01\x02*),\s*\x03\x04*\s*(?:\((?:[A-Za-z/ ]|\x01|\x02){2,20}\)\s*)?"
    r"(?:[-\u2013\u2014]+\s+|(?=[A-Z\x01]|$))|"
    # a feed item's date: "Feb. 17 - "
    r"\s*\x03\x04*\s*(?:\((?:[A-Za-z/ ]|\x01|\x02){2,20}\)\s*)?[-\u2013\u2014]+\s+)?"
)


def intro_end(words: str) -> int:
    """Where a dateline or opening adverbial at the start of ``words`` ends (0: there is none)."""
    m = _INTRO_WORDS.match(words)
    return m.end() if m is not None else 0


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip surrounding whitespace and trailing punctuation from ``[start, end)``."""
    m = _LEAD.match(text, start, end)
    if m:
        start = m.end()
    # A loop from the end, not a pattern ending in "$": that would be tried at every position of a run.
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL_PUNCT):
        end -= 1
    return start, max(start, end)


def attributable_words(doc: Doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` can be a source's words as a whole (after "According to X," or before ", X
    reports."): 12 characters or more, less than half of it quoted, and no verb of saying of its own (another's
    saying in it, "As reported by the agency, X stated that ...", is read by the verb rules)."""
    return (
        end - start >= 12
        and quoted_share(doc, start, end) < 0.5
        and patterns().verb.search(doc.mask, start, end) is None
    )


def cut_clause(mask: str, start: int, end: int) -> int:
    """Where the clause starting at ``start`` ends (before ``end``)."""
    if (
        0 < start < end
        and mask[start].isspace()
        and mask[start - 1].isspace()
        and clause_patterns().clause_cut_at.match(mask, start, end)
    ):
        return start
    m = clause_patterns().clause_cut.search(mask, start, end)
    return m.start() if m else end


def medium_in(doc: Doc, start: int, end: int) -> str | None:
    """A medium ("X", "social media") or venue ("interview with Reuters") named in ``[start, end)``."""
    p = patterns()
    lex = lexicon()
    m = p.medium_on.search(doc.mask, start, end)
    if m:
        form = m.group("m")
        canon = lex.medium.get(form) or next(
            (v for k, v in lex.medium.items() if k.casefold() == form.casefold()), form
        )
        if form == "X" or form[:1].islower() or form in lex.medium:
            return canon
    v = p.venue.search(doc.mask, start, end)
    if v:
        s, e = trim(doc.text, v.start("v"), v.end("v"))
        if e > s:
            return doc.text[s:e]
    return None


def addressee(doc: Doc, pos: int, end: int) -> tuple[str, int] | None:
    """The addressee right after a "tell" verb at ``pos``: its name and where it ends (the name is empty
    for a venue: "told a news conference" names where, not whom)."""
    m = patterns().addressee.match(doc.mask, pos, end)
    if m is None:
        return None
    a0, a1 = m.span("a")
    end_at = a1
    if m.group("venue") is not None:
        return "", a1
    if m.group("appos") is not None and doc.mask[m.start("appos")] == "\x01":
        a0, a1 = m.span("appos")  # "told his counterpart, X, that": X is told
    if doc.mask[a0] == "\x01" and "'s" not in doc.mask[a0:a1] and "\u2019s" not in doc.mask[a0:a1]:
        last = bisect.bisect_right(doc.starts, a1) - 1
        mention = doc.mentions.get(doc.starts[last]) if last >= 0 else None
        if mention is not None and mention.start >= a0:
            return mention.actor.name, end_at
    return doc.text[a0:a1], end_at


_TAIL_COMMA: Final = re.compile(r"\s*,\s*\S")


def tail_kind(doc: Doc, pos: int, end: int, *, is_tell: bool) -> str:
    """What follows a speech verb in a speaker-after attribution.

    ``"end"``: the sentence ends or goes on with an attribution tail (a date, a PP, ", adding ...");
    ``"paren"``: the attribution is parenthetical and the reported clause goes on ("..., she said, would");
    ``"clause"``: a clause follows the verb, so the speaker opens the reported words instead.
    """
    if is_tell:
        got = addressee(doc, pos, end)
        if got is not None:
            pos = got[1]
    if clause_patterns().tail_ok.match(doc.mask, pos, end):
        return "end"
    if _TAIL_COMMA.match(doc.mask, pos, end):
        return "paren"
    return "clause"


# Nothing but a date (and "on"/"late"/"early") between a speech verb and a comma.
_DATE_ONLY: Final = re.compile(r"\s*(?:(?:on|late|early)\s+)?\x03\x04*\s*")


# A participle opening the words after a speech verb and a comma (", adding that", ", noting"): a clause of its
# own, no content of the verb's (also read by _verb_rules).
PARTICIPLE_START: Final = re.compile(r"[a-z]{2,}ing\b")


def opens_content(after: str) -> bool:
    """Whether the words after a speech verb open reported content (a that-clause, colon or quote)."""
    head = after[:160]
    lead = len(head) - len(head.lstrip(" ,"))
    if "," in head[:lead] and PARTICIPLE_START.match(head, lead):
        return False  # "said, adding that ... "...": the participle's clause, a later saying, holds the words
    comma = head.find(",", lead)
    if comma >= 0:  # a later clause ("said on Dec. 1, warning that ...") is not this verb's content
        if head[comma + 1 :].lstrip().startswith('"') and _DATE_ONLY.fullmatch(head, lead, comma):
            return True  # 'said Tuesday, "..."': the quotation after the saying's date
        head = head[:comma]
    if ":" in head[:60] or '"' in head[:60]:
        return True
    that = THAT.search(head)
    if that is None:
        return False
    mid = head[: that.start()]
    # "said after talks that lasted four hours": "that" opens a relative clause on the phrase's noun, no words
    relative = relative_on_phrase(head, that, mid)
    return not mid.strip() or (bool(prep_start().match(mid)) and not relative)


# "no" opening a clause ("said no one was hurt", "saying that no talks were planned"): a negative subject and a
# finite verb within a few words; "no" alone, or "no" to something ("said no to the plan"), opens no words.
NO_CLAUSE: Final = (
    rf"no(?=\s+(?!(?:{alternation(_CLAUSE_WORDS['no_complement'])})\b)(?:[^\s,;:.\"]+\s+){{1,4}}?"
    rf"(?:{alternation(_CLAUSE_WORDS['finite_verb'])})\b)"
)


NOT_CONTENT_START: Final = re.compile(
    rf"(?!{NO_CLAUSE})(?:{alternation(_CLAUSE_WORDS['not_content'])})\b|"
    rf"(?:{alternation(_CLAUSE_WORDS['pro_form'])})\s*(?:[.,;:!?\"]|$|"
    rf"(?:{alternation(_CLAUSE_WORDS['after_pro_form'])})\b)|"
    # "He said this during the summit": the words are the sentence before, not the setting after "this"
    rf"(?:this|so)\s*(?:[.,;]|$|(?:{alternation(_CLAUSE_WORDS['after_this'])})\b|\x03)"
)


_CONTENT_START: Final = re.compile(
    rf"(?:[a-z]{{3,}}s\s+(?:\w+\s+)?(?:{alternation(_CLAUSE_WORDS['plural_finite'])})\b|"
    rf"[\"\x01\x03]|\d[\d,.]*\s+[a-z]|(?:{alternation(_CLAUSE_WORDS['content_opener'])}|[a-z]+ing)\b|[A-Z])"
)


def plausible_content(rest: str, mask: str, pos: int, p: Patterns) -> bool:
    """Whether ``rest`` (after a speech verb, no "that") looks like reported words, not a PP."""
    del mask, pos, p
    if NOT_CONTENT_START.match(rest):
        return False
    # A clause: a named or determined subject, or any words soon followed by a finite verb.
    return bool(_CONTENT_START.match(rest) or _FINITE_SOON.match(rest))


def clause_soon(rest: str) -> bool:
    """Whether ``rest`` reads as a clause (a finite verb within a few words), not a noun phrase object:
    ', insisting Russia would pay' but not ', adding the town to its list'; 'emphasised the Alliance's
    readiness' is no reported clause."""
    return not NOT_CONTENT_START.match(rest) and (
        rest.startswith('"')
        or bool(_AUXILIARY_SOON.match(rest))
        or bool(_GERUND.match(rest))
        or bool(SUBJECT_PRONOUN.match(rest))
    )


# A nominative personal pronoun and a word: the subject of a clause whatever its verb ("insisted he wanted
# talks", "claimed they took the village"), as a pronoun in the nominative is never an object.
# "It" is the subject too where a verb in the simple past follows ("claimed it took", "denied it fired"), not
# where it is the object ("denied it on Monday"); a contracted auxiliary after the pronoun makes it a subject
# too ("told Y he'd ease up", "insisted it's ready").
SUBJECT_PRONOUN: Final = re.compile(
    rf"(?:(?:{alternation(_CLAUSE_WORDS['subject_pronoun'])})(?:\s+[a-z]|['\u2019](?:d|ll|re|ve|m|s)\s)|"
    rf"it(?:\s+(?:[a-z]{{2,}}ed|{alternation(_CLAUSE_WORDS['past_form'])})\b|['\u2019](?:d|ll|s)\s))"
)


# A gerund that opens what was said ("emphasized involving NATO members in ..."), not a preposition in -ing.
_GERUND: Final = re.compile(rf"(?!(?:{alternation(_CLAUSE_WORDS['not_gerund'])})\b)[a-z]{{2,}}ing\s")


# An auxiliary or a verb in -s within a few words: a clause ("work remains", "Russia would pay"); not "the
# need to ..." (a noun).
_AUXILIARY_SOON: Final = re.compile(
    rf"(?:[^\s,;:]+\s+){{1,6}}?(?:{alternation([*_CLAUSE_WORDS['finite_verb'], *_CLAUSE_WORDS['clause_verb']])})\b"
)


# After a bare "said", words that are no preposition or pro-form open reported words ("said air defence
# systems shot down ..."): "said" takes no noun object but "nothing", "so", "goodbye" and the like.
BARE_SAID_CONTENT: Final = re.compile(
    rf"(?:(?={NO_CLAUSE})|"
    rf"(?!(?:{alternation([*_CLAUSE_WORDS['not_content'], *_CLAUSE_WORDS['not_bare_content']])})\b))"
    r"[a-z][a-z-]+\s+[a-z]"
)


_FINITE_SOON: Final = re.compile(
    r"(?:[^\s,;:]+\s+){1,6}?(?:"
    + alternation([*_CLAUSE_WORDS["finite_verb"], *_CLAUSE_WORDS["clause_verb"], *_CLAUSE_WORDS["finite_plain"]])
    + r")\b"
)


def content_end(doc: Doc, start: int, end: int) -> int:
    """The end of reported content: before a trailing outlet report, "according to" or participle clause, or
    a second saying or someone else's clause (:func:`._act_bounds.act_end`)."""
    p = patterns()
    r = p.report_after.search(doc.mask, start, end)
    cut = end
    if r is not None:
        mention = doc.mentions.get(r.start("spk"))
        if mention is not None and mention.actor.kind is ActorKind.MEDIA:
            cut = r.start()
    return words_end(doc, start, cut)


def report_medium(doc: Doc, start: int, end: int) -> str | None:
    """The outlet of a trailing ", the Financial Times reported" clause in ``[start, end)``."""
    r = patterns().report_after.search(doc.mask, start, end)
    if r is None:
        return None
    return _outlet_at(doc, r.start("spk"))


def _outlet_at(doc: Doc, pos: int) -> str | None:
    """The name of the media outlet whose mention starts at ``pos``, if one does."""
    mention = doc.mentions.get(pos)
    if mention is None or mention.actor.kind is not ActorKind.MEDIA:
        return None
    return mention.actor.name


def reporting_outlet(doc: Doc, start: int, end: int) -> str | None:
    """The media outlet whose "reported ... that" ends at ``end`` (the words that follow are its report)."""
    if doc.mask.find("that", max(start, end - 8), end) < 0:
        return None
    r = clause_patterns().reported_that.search(doc.mask, start, end)
    if r is None:
        return None
    return _outlet_at(doc, r.start("out"))


def tell_addressee(doc: Doc, is_tell: bool, pos: int, end: int) -> tuple[str, ...]:  # noqa: FBT001
    if not is_tell:
        return ()
    got = addressee(doc, pos, end)
    return (got[0],) if got and got[0] else ()
