"""Where one act of saying ends and the next begins inside a sentence (speech-act boundaries).

Reported words run to the end of their clause unless a boundary comes first. A boundary is one of a few
forms, each a :class:`BoundaryRule` in :data:`BOUNDARY_RULES`:

- a second saying of the same speaker joined by a link word ("..., while warning that ...", '..."
  though he noted ...', "... and stressing that ..."): the first words end there and the rule that reads
  the second verb or participle gives the words after it to the same speaker;
- a clause in which someone else says something ("..., shortly after the Journal reported that ...",
  "..., the ministry said on Monday that ...", "..., with Fico claiming that ..."): the first words end
  there and the second speaker's own rule reads the rest;
- a second that-clause or quotation of the same saying ('... "must end" and that ...', "..., but
  "..."'): the words split, one statement each, same speaker, date and medium.

The link words live in ``data/speech_links.tsv``, the verbs in ``data/speech_verbs.tsv``; nothing here
is a word list of its own.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from attrs import frozen

from ._document import in_quote, quote_starting_at
from ._resources import tsv_rows
from ._speech import D, Lexicon, M, alternation, clause_patterns, lexicon, verb_forms, verb_words
from .errors import ResourceError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from ._document import Doc

__all__ = [
    "BOUNDARY_RULES",
    "BoundaryRule",
    "Links",
    "act_end",
    "linked_participles",
    "links",
    "split_words",
    "words_end",
]


class Links(NamedTuple):
    """The words of ``data/speech_links.tsv`` by role (see the table's header)."""

    link: tuple[str, ...]
    lead: tuple[str, ...]
    subject: tuple[str, ...]
    when: tuple[str, ...]
    gap: tuple[str, ...]
    contrast: tuple[str, ...]
    contrast_bare: tuple[str, ...]
    ing_prep: tuple[str, ...]
    sentence_opener: tuple[str, ...]
    relative_end: tuple[str, ...]


@cache
def links() -> Links:
    """The link words of ``data/speech_links.tsv`` (read once).

    Raises:
        ResourceError: a line names an unknown role.
    """
    roles: dict[str, list[str]] = {role: [] for role in Links._fields}
    errors: list[str] = []
    for n, (form, role) in tsv_rows("speech_links.tsv", 2):
        if role not in roles:
            errors.append(f"speech_links.tsv line {n}: unknown role {role!r} (expected one of {', '.join(roles)})")
            continue
        roles[role].append(form)
    if errors:
        raise ResourceError("data/speech_links.tsv", errors)
    return Links(**{role: tuple(forms) for role, forms in roles.items()})


def _alt(forms: Iterable[str]) -> str:
    """A table's words as an alternation (``_speech.alternation``), a space matching any run of white space."""
    return alternation(forms, space=r"\s+")


@frozen
class BoundaryRule:
    """One form of boundary between two acts of saying.

    ``pattern(links, lexicon)`` is the regex source matched over the document mask; the boundary is where
    the match starts, and, for a rule that ``splits``, the second words start where the match ends (the
    same saying goes on: one statement per part). A rule that does not split ends the first words; what
    follows is read by the attribution rule of its own verb. ``examples`` are ``(text, first words, second
    words)``: in ``text`` (synthetic) both are statements; one parametrised test runs them all.
    """

    name: str
    reads: str
    pattern: Callable[[Links, Lexicon], str]
    examples: tuple[tuple[str, str, str], ...]
    splits: bool = False


def _second_saying(k: Links, lex: Lexicon) -> str:
    # after a comma, a closing quotation (or a date's or mention's end) or a word: the link, a pronoun, an
    # adverb, a perfect's auxiliary ("but has insisted") and a finite speech verb, a labelling of the same
    # speaker ('... and called it "a mistake"'), or a verb of opinion of data/opinion_verbs.tsv and its "that"
    # ("..., and believes that ...", "..., and is optimistic that ..."; thirteenth session)
    verbs = verb_words("say", "declare", "tell", fold_first=False)
    return (
        rf"(?:,|(?<=[\"\x02\x04])|(?<=\w))\s+(?=(?:{_alt(k.link)})\s+(?:(?:{_alt(k.subject)})\s+)?"
        rf"(?:(?:{_alt(k.lead)})\s+)?(?:(?:has|have|had)\s+)?(?:(?:{verbs})\b|"
        rf"(?:{_alt(lex.label)})\b[^,;:\"]{{0,80}}?(?:\bas\b|\")|"
        rf"(?:{_alt(lex.think)})\s+that\b))"
    )


def _linked_participle(k: Links, lex: Lexicon) -> str:
    # a participle of saying after a link or an adverb and its "that" or quotation, the words after it
    ing = _alt([*lex.ing, *lex.ing_that, *lex.ing_clause])
    return (
        rf"(?:,\"?\s+(?:(?:{_alt(k.link)})\s+(?:(?:{_alt(k.lead)})\s+)?|(?:{_alt(k.lead)})\s+)|"
        rf"(?<=[\"\w])\s+and\s+(?:(?:{_alt(k.lead)})\s+)?)(?:{ing})\s+(?:that\s+|(?=,?\s*\"))"
    )


def _second_participle(k: Links, lex: Lexicon) -> str:
    # ", while warning that", ", further noting that", "... and stressing that" (a bare ", noting that" is a
    # participle cut, content_cut's)
    return rf"(?=(?:{_linked_participle(k, lex)}))"


def _someone_else(k: Links, _lex: Lexicon) -> str:
    # a subordinate clause after a comma in which someone named says something of their own: ", after
    # Ukraine's president X said ...", ", shortly after the Journal reported ...", ", days after X urged ..."
    # (a time before the conjunction is a word of the table or a date mention)
    verbs = verb_words("say", "declare", "report", "urge", fold_first=False)
    return (
        rf",\s+(?=(?:(?:{_alt(k.gap)}|{D})\s+)?(?:{_alt(k.when)})\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.'\u2019-]*\s+){{0,3}}?"
        rf"{M}(?:\s*\([^()\"]{{1,12}}\))?\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\b)"
    )


def _new_speaker(k: Links, lex: Lexicon) -> str:
    # a main clause after a comma whose own speaker says a that-clause: ", the Kremlin said on Wednesday
    # that ...", the speaker's title in capitals before the name or none (", Polish Foreign Ministry
    # spokesman X said on Monday that ...": the mention holds the title's last word; speakers28) (a bare
    # ", the Kremlin said." is the first words' own attribution), or an absolute clause
    # of a speaker: ", with Fico claiming that ...", ", with Russia reporting a swap of ..." (a participle of
    # class report of data/speech_verbs.tsv too; prec21)
    verbs = verb_words("say", "declare", fold_first=False)
    ing = _alt([*lex.ing_clause, *lex.ing_that, *verb_forms("report", ending="ing")])
    return (
        rf",\s+(?=(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){{0,4}}?{M}\s+(?:(?:{_alt(k.lead)})\s+)?(?:{verbs})\s+"
        rf"[^,;\"\n]{{0,40}}?\bthat\b|"
        rf"with\s+(?:the\s+)?{M}\s+(?:{ing})\b)"
    )


def _coordinated_speaker(k: Links, _lex: Lexicon) -> str:
    # a coordinated main clause after a comma with a speaker of its own: "..., and Zelensky said that ...",
    # "..., but the Kremlin insisted ...", "..., and Ukrainian President X told reporters ..." (the link words of
    # the table; the pronoun form is second-saying's)
    verbs = verb_words("say", "declare", "tell", fold_first=False)
    return (
        rf",\s+(?=(?:{_alt(k.link)})\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}?{M}\s+"
        rf"(?:(?:{_alt(k.lead)})\s+)?(?:{verbs})\b)"
    )


def _semicolon(_k: Links, _lex: Lexicon) -> str:
    # a semicolon joins a clause of its own: the writer's, or someone else's saying ("...; officials said ...")
    return r";\s"


def _comment_appositive(_k: Links, lex: Lexicon) -> str:
    # the writer's comment on the words after a comma: a noun of someone's words (data/speech_cues.tsv, role
    # saying_noun) with "a|an" and at most one word before it ("..., a claim Kyiv denied", "..., an assertion
    # not confirmed by ...")
    return rf",\s+(?=(?:a|an)\s+(?:[a-z-]+\s+)?(?:{_alt(lex.saying_noun)})s?\b)"


def _second_that(_k: Links, _lex: Lexicon) -> str:
    # a second that-clause of the same saying, after a comma or right after a quotation
    return r"(?:,\"?|(?<=\"))\s+and\s+that\s+"


def _unlinked_saying(_k: Links, _lex: Lexicon) -> str:
    # a comma and a finite speech verb in -ed with its "that", no link before it: the subject's second verb
    # ("X commented on the move, claimed that ..."), a saying of its own (twenty-sixth session, prec26)
    verbs = verb_words("say", "declare", ending="ed", fold_first=False)
    return rf",\s+(?=(?:{verbs})\s+that\b)"


def _quoted_turn(_k: Links, _lex: Lexicon) -> str:
    # the same saying turns to a quotation of its own after ", but": 'said A, but "B"'
    return r",\s+but\s+(?=\")"


BOUNDARY_RULES: Final = (
    BoundaryRule(
        "second-saying",
        "words, LINK [he|she] [also] [has] SAY|DECLARE|TELL|LABEL ... / words, LINK THINK that ... (a second "
        "saying of the same speaker)",
        _second_saying,
        (
            (  # synthetic: a perfect after "but" (thirteenth session)
                "Sybiha said the talks had failed, but has insisted that Kyiv remains open to a deal.",
                "the talks had failed",
                "Kyiv remains open to a deal",
            ),
            (  # synthetic: a verb of opinion, a copula and a word of certainty (thirteenth session)
                (
                    "Kallas believes that the talks can open this year, and is optimistic that the first chapter "
                    "can close in June."
                ),
                "the talks can open this year",
                "the first chapter can close in June",
            ),
            (  # synthetic: a verb of opinion after "and", no comma (thirteenth session)
                "Macron said that the coalition would meet in Paris and believes that a deal is near.",
                "the coalition would meet in Paris",
                "a deal is near",
            ),
            (  # synthetic
                "Rutte said the alliance was ready, but he warned that the coming winter would be hard.",
                "the alliance was ready",
                "the coming winter would be hard",
            ),
            (  # synthetic: a label after "as", then "and" and the second verb (rule label reads the first)
                "Sybiha described the offer as a step back and stressed that Kyiv would not sign it.",
                "a step back",
                "Kyiv would not sign it",
            ),
            (  # synthetic: a quotation, then "though" and a pronoun
                'Zelensky said a deal was "close at hand," though he noted the details were still open.',
                'a deal was "close at hand,"',
                "the details were still open",
            ),
        ),
    ),
    BoundaryRule(
        "second-participle",
        "words, LINK|ADVERB ING that ... / words and ING that ... (a second saying as a participle)",
        _second_participle,
        (
            (  # synthetic
                "Trump said the talks had gone well, while warning that tariffs would follow otherwise.",
                "the talks had gone well",
                "tariffs would follow otherwise",
            ),
            (  # synthetic: "further" before the participle
                "Sybiha said the text was nearly final, further noting that parliament must ratify it.",
                "the text was nearly final",
                "parliament must ratify it",
            ),
            (  # synthetic: "and" after a participle clause
                (
                    "The Kremlin said it regretted the move, rejecting the claims and stressing that the ties "
                    "would survive."
                ),
                "it regretted the move",  # (", rejecting" ends the words too: a participle cut)
                "the ties would survive",
            ),
        ),
    ),
    BoundaryRule(
        "someone-else-says",
        "words, [shortly|days] after|as|when ... SPEAKER SAY|REPORT|URGE ... (another speaker's clause)",
        _someone_else,
        (
            (  # synthetic
                (
                    "The Ukrainian Air Force said a pilot had died in the raid, shortly after Zelensky said that "
                    "a jet had crashed."
                ),
                "a pilot had died in the raid",
                "a jet had crashed",
            ),
            (  # synthetic: an urging
                "Macron said Europe would act together, shortly after Zelensky urged allies to move faster.",
                "Europe would act together",
                "allies to move faster",
            ),
        ),
    ),
    BoundaryRule(
        "unlinked-saying",
        "words, SAY|DECLARE-ed that ... (the subject's second verb of saying, with no link before it)",
        _unlinked_saying,
        (
            (  # synthetic: "According to X," words, then the subject's own saying after a bare comma
                (
                    "According to the Kyiv Post, Zelenskyy commented on the sacking of Defence Minister Ivan Petrenko"
                    ' at the party meeting on 4 May, claimed that Petrenko "lacks the drive to push for more shells."'
                ),
                "Zelenskyy commented on the sacking of Defence Minister Ivan Petrenko at the party meeting on 4 May",
                "lacks the drive to push for more shells.",
            ),
        ),
    ),
    BoundaryRule(
        "new-speaker",
        "words, [the] [Title Words] SPEAKER SAY [on DATE] that ... / words, with SPEAKER ING ... (a new main clause)",
        _new_speaker,
        (
            (  # synthetic
                ("After Trump said Kyiv could win back its land, the Kremlin said on Monday that the war would go on."),
                "Kyiv could win back its land",
                "the war would go on",
            ),
            (  # synthetic: an absolute clause of the same person, named again
                "Fico said the cabinet would meet on Tuesday, with Fico insisting that Kyiv must pay.",
                "the cabinet would meet on Tuesday",
                "Kyiv must pay",
            ),
            (  # synthetic: the new speaker's title in capitals before the name (speakers28)
                (
                    "While Trump said the call had gone well, Chinese Foreign Ministry spokesman Lin Jian said "
                    "on Friday that Beijing welcomed any talks."
                ),
                "the call had gone well",
                "Beijing welcomed any talks",
            ),
        ),
    ),
    BoundaryRule(
        "coordinated-speaker",
        "words, LINK [the] SPEAKER [also] SAY|DECLARE|TELL ... (a coordinated clause of another speaker)",
        _coordinated_speaker,
        (
            (  # synthetic
                "Fico said that they would meet at the border, and Zelensky said that the meeting must be in Kyiv.",
                "they would meet at the border",
                "the meeting must be in Kyiv",
            ),
            (  # synthetic: an infinitive complement, then "but" and a body
                "Hungary offered to host the talks, but the Kremlin insisted that they be held in Minsk.",
                "to host the talks",
                "they be held in Minsk",
            ),
        ),
    ),
    BoundaryRule(
        "semicolon",
        "words; another clause (outside quotations: reported words never run on past a semicolon)",
        _semicolon,
        (
            (  # synthetic: another speaker's clause after the semicolon
                "Kuleba said that the bridge had been hit twice; local officials said that the traffic was stopped.",
                "the bridge had been hit twice",
                "the traffic was stopped",
            ),
            (  # synthetic: the same speaker's verb after it
                "Vitali Klitschko said three houses had burned; he added that nobody was hurt.",
                "three houses had burned",
                "nobody was hurt",
            ),
        ),
    ),
    BoundaryRule(
        "comment-appositive",
        "words, a|an [word] SAYING_NOUN ... (the writer's comment on the words: 'a claim X denied')",
        _comment_appositive,
        (
            (  # synthetic: the comment names another speaker, who says nothing of their own here
                "Russia said it had taken the village, a claim Ukraine denied. Zelensky said the line held.",
                "it had taken the village",
                "the line held",
            ),
            (  # synthetic: a word before the noun, and a passive
                "The ministry said two jets were shot down, an unverified claim. Kyiv said the raid failed.",
                "two jets were shot down",
                "the raid failed",
            ),
        ),
    ),
    BoundaryRule(
        "second-that",
        'SAY that words, and that words / SAY that ... "quotation" and that words',
        _second_that,
        (
            (  # synthetic
                "Rutte said he had seen the draft, and that he would talk to the capitals.",
                "he had seen the draft",
                "he would talk to the capitals",
            ),
            (  # synthetic: right after a quotation
                'Peskov said the leaders "had a good talk" and that details would follow.',
                'the leaders "had a good talk"',
                "details would follow",
            ),
        ),
        splits=True,
    ),
    BoundaryRule(
        "quoted-turn",
        'SAY words, but "quotation" (the same saying turns to its own quoted words)',
        _quoted_turn,
        (
            (  # synthetic
                'Peskov said Washington could still change course, but "we will see in January".',
                "Washington could still change course",
                "we will see in January",
            ),
            (  # synthetic: the words of an "according to" lead
                (
                    "Zelensky spoke in Kyiv on Monday. According to him, Ukraine offered Bratislava help, "
                    'but "the offer was refused".'
                ),
                "Ukraine offered Bratislava help",
                "the offer was refused",
            ),
        ),
        splits=True,
    ),
)


class _Compiled(NamedTuple):
    ends: re.Pattern[str]
    splits: re.Pattern[str]
    participle: re.Pattern[str]
    words_end: re.Pattern[str]  # content_cut's forms (group "cut") or a boundary that ends the words ("act")


@cache
def _compiled() -> _Compiled:
    k, lex = links(), lexicon()
    ends = "|".join(f"(?:{r.pattern(k, lex)})" for r in BOUNDARY_RULES if not r.splits)
    splits = "|".join(f"(?:{r.pattern(k, lex)})" for r in BOUNDARY_RULES if r.splits)
    words_end = f"(?P<cut>{clause_patterns().content_cut.pattern})|(?P<act>{ends})"
    participle = _linked_participle(k, lex)
    return _Compiled(re.compile(ends), re.compile(splits), re.compile(participle), re.compile(words_end))


_OPENING_GAP: Final = 3  # characters at most (spaces, a comma) between the words' start and an opening parenthetical


def words_end(doc: Doc, start: int, end: int) -> int:
    """Where the reported words starting at ``start`` end before ``end``: at a participle, setting or
    contrast of ``content_cut`` (not inside a quotation opening the words), or at a boundary that ends them
    (outside quotations); ``end`` when none comes first. One scan for both."""
    pattern = _compiled().words_end
    q = quote_starting_at(doc, start)
    cut_ok = True
    pos = start
    while (m := pattern.search(doc.mask, pos, end)) is not None:
        if m.start() - start <= _OPENING_GAP and not doc.mask[start : m.start()].strip(" ,"):
            pass  # "said that, as expected, ...": a parenthetical opening the words ends nothing (eighteenth session)
        elif m.group("cut") is not None:
            if cut_ok and (q is None or m.start() >= q[1]):
                return m.start()
            cut_ok = False  # the first participle or contrast lies in the opening quotation: none ends the words
        elif not in_quote(doc, m.start()) and not in_quote(doc, m.end()):
            return m.start()
        pos = max(m.end(), pos + 1)
    return end


def linked_participles(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Each second saying in ``[start, end)`` that is a participle after a link word or an adverb (rule
    second-participle), outside quotations: ``(boundary, start of its words)``."""
    return [
        (m.start(), m.end())
        for m in _compiled().participle.finditer(doc.mask, start, end)
        if not in_quote(doc, m.end() - 1)
    ]


def act_end(doc: Doc, start: int, end: int) -> int:
    """Where the reported words starting at ``start`` end before ``end`` at a boundary that ends them
    (a second saying, someone else's clause), outside quotations; ``end`` when none comes first."""
    for m in _compiled().ends.finditer(doc.mask, start, end):
        if not in_quote(doc, m.start()) and not in_quote(doc, m.end()):
            return m.start()
    return end


def split_words(doc: Doc, c0: int, c1: int) -> list[tuple[int, int]]:
    """The reported words ``[c0, c1)`` cut at each boundary that splits them (a second that-clause or
    quotation of the same saying), outside quotations: one part per statement, each trimmed."""
    from ._clauses import trim  # noqa: PLC0415 - _clauses imports this module

    parts: list[tuple[int, int]] = []
    start = c0
    for m in _compiled().splits.finditer(doc.mask, c0, c1):
        if in_quote(doc, m.end() - 1):
            continue
        closes = doc.mask.startswith(',"', m.start())  # the comma closes a quotation: '"... back," and that'
        parts.append(trim(doc.text, start, m.start() + 2 if closes else m.start()))
        start = m.end()
    parts.append(trim(doc.text, start, c1))
    return [(a, b) for a, b in parts if b - a >= 3]
