"""The letters of names: every letter of the Latin script, by case, as a regular-expression class body.

Names in the news this library reads are written in the Latin letters of many languages: the comma-below
letters of Romanian ("Ionuț Moșteanu"), the double acute of Hungarian ("Bóka János", "Győri"), the dotted and
dotless i and cedillas of Turkish and Azerbaijani ("İlham", "Çavuşoğlu"), the ogoneks and dots of Polish and
Lithuanian ("Łącki", "Šakalienė"), the carons of Czech and Slovak ("Dvořák"), the stacked accents of
Vietnamese ("Nguyễn"). The classes are read from the Unicode character database (every character of the Basic
Latin, Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional blocks whose name says it is a
Latin letter, by its general category), not typed by hand, so that no letter of one language is forgotten.
"""

from __future__ import annotations

import unicodedata
from functools import cache

__all__ = ["latin_letters"]

# The blocks of Latin letters with diacritics: Latin-1 Supplement to Latin Extended-B, Latin Extended Additional.
_BLOCKS = (range(0x00C0, 0x0250), range(0x1E00, 0x1F00))


@cache
def latin_letters(*, upper: bool) -> str:
    """The body of a character class ("A-Z...") of every capital (``upper``) or small Latin letter.

    >>> import re
    >>> bool(re.fullmatch(f"[{latin_letters(upper=True)}][{latin_letters(upper=False)}]+", "Ionuț"))
    True
    >>> bool(re.fullmatch(f"[{latin_letters(upper=True)}]", "ș"))
    False
    """
    cats = {"Lu", "Lt"} if upper else {"Ll"}
    points = [
        c
        for block in _BLOCKS
        for c in block
        if unicodedata.category(chr(c)) in cats and unicodedata.name(chr(c), "").startswith("LATIN")
    ]
    parts = ["A-Z" if upper else "a-z"]
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        parts.append(chr(points[i]) if i == j else f"{chr(points[i])}-{chr(points[j])}")
        i = j + 1
    return "".join(parts)
