"""Rules that drop a statement an attribution rule found: forms that read as a source's words but say no more
than where other words come from. Each rule is one object with its name, the form it reads, its test and
examples that run as tests (``tests/test_drop_rules.py``); :func:`._statements.find_statements` applies them
after every attribution rule has read the sentence (twenty-fifth session, unify25: rule outlet-sourcing-line
was a filter of :mod:`._statements` documented in ``_speaker_rules.SPEAKER_RULES``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

from attrs import frozen

from ._actors import active_registry
from ._sentences import word_pattern
from ._speech import lexicon
from .model import ActorKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._document import Doc
    from ._found import Found

__all__ = ["DROP_RULES", "DropRule", "sourcing_line"]


@frozen
class DropRule:
    """One form of words that is no statement though an attribution rule read it: its name, the form in words,
    its test and examples.

    ``drops(doc, found)`` says whether the statement ``found`` of the document is dropped. ``examples`` are
    ``(text, words, speaker)``: in ``text`` (synthetic), the statement whose words contain ``words`` has the
    actor named ``speaker`` as its speaker, or there is no such statement (``None``); one parametrised test
    runs them all.
    """

    name: str
    reads: str
    drops: Callable[[Doc, Found], bool]
    examples: tuple[tuple[str, str, str | None], ...]


@cache
def _sourcing() -> re.Pattern[str]:
    """A saying or publishing of words or a paper told in place of words (speech_cues roles sourced_thing,
    sourcing_act, passive_auxiliary and sourcing_determiner): "<thing> ... is/was <act>" or "<act> this/the
    <thing>"."""
    lex = lexicon()
    thing = word_pattern(lex.sourced_thing)
    act = word_pattern(lex.sourcing_act)
    passive = word_pattern(lex.passive_auxiliary, fold_first=False)
    determiner = word_pattern(lex.sourcing_determiner, fold_first=False)
    return re.compile(
        rf"\b(?:{thing})\b[^.;\n]{{0,80}}?\b(?:{passive})\s+(?:{act})\b|\b(?:{act})\s+(?:{determiner})\s+(?:{thing})\b"
    )


def sourcing_line(doc: Doc, f: Found) -> bool:
    """Rule outlet-sourcing-line: an outlet's report whose words only tell where other words or a paper were
    said, quoted or published ('He made this statement on TV, the site reports', "X's statement was quoted by
    the agency Y, the site reports", "The document is published on the parliament's website, the site
    reports"; "According to <a name the registry does not know>, he made this statement on TV") is the story's
    sourcing, no statement (the real gold holds none). A body may confirm such words: they stay ("X made the
    statement at a press conference, the ministry confirmed")."""
    outlet = f.speaker.kind is ActorKind.MEDIA or (
        f.rule == "according-to" and active_registry().get(f.speaker.id) is None
    )
    return outlet and not f.direct and _sourcing().search(doc.text, f.start, f.end) is not None


DROP_RULES: Final[tuple[DropRule, ...]] = (
    DropRule(
        "outlet-sourcing-line",
        "<thing> ... is/was <act> / <act> this <thing>, <Outlet> reports / According to <unknown name>, ...: an "
        "outlet's words that only tell where words or a paper were said, quoted or published are no statement "
        "(speech_cues roles sourced_thing, sourcing_act)",
        sourcing_line,
        (
            (
                (
                    "Finnish Defence Minister Antti Virtanen said Russia was stalling for time.\n\nAccording to "
                    "Newsroom.NET, he made these remarks in an interview with Dutch radio."
                ),
                "he made these remarks",
                None,
            ),
            (
                (
                    "Foreign Minister Li Qiang said the talks could start soon.\n\nLi Qiang's statement after the "
                    "visit was quoted by Xinhua, the Chinese agency, Newsroom.NET reports."
                ),
                "was quoted by",
                None,
            ),
            (
                (
                    "The president signed the law on Saturday.\n\nThe signed decree was published on the "
                    "parliament's site, Newsroom.NET reports."
                ),
                "The signed decree",
                None,
            ),
            (
                "Germany will ship two more air-defence systems to Kyiv, Newsroom.NET reports.",
                "Germany will ship",
                "Newsroom.NET",
            ),
        ),
    ),
)
