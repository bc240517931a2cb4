"""Former algorithms kept as oracles for the speed tests: a faster form must give exactly what the one it replaced
gave. One oracle per replaced algorithm: when a form is replaced again, the new form is checked against the oldest
one here, not against an intermediate copy."""

from __future__ import annotations

from nato_ukraine_timeline import _actors


def former_token_mentions(reg: _actors.ActorRegistry, text: str) -> list[_actors.ActorMention]:
    """The actor finder's loop as it was before the fifteenth session's comma test and the sixteenth session's
    article test (perf15, perf16m): every starter and capitalised word is tried. Both faster forms find what it
    finds (tests/test_speed_tokens_and_surnames.py, tests/test_speed_articles_and_term_bounds.py)."""
    toks = _actors._tokens(text)
    out: list[_actors.ActorMention] = []
    after = 0
    for i in [k for k, tok in enumerate(toks) if tok.key in reg._starters or tok.text[:1].isupper()]:
        if i < after:
            continue
        m = reg._mention_at(text, toks, i)
        if m is not None:
            out.append(m.mention)
            after = max(m.next, i + 1)
    return out
