"""Properties of statement extraction (issue 9 item 3) over SYNTHETIC sentences written for these tests in
the forms of several outlets (wires, papers, official readouts); none is copied from real text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._sentences import split_sentences

PUBLISHED = dt.date(2025, 3, 7)

# Sentences with a named speaker and a date of their own (or none), so that no statement of one depends on
# another sentence (no pronoun, no continuing quote): {a} and {b} are speakers, filled in below.
_FIRST = (
    '"We will not be intimidated," {a} said on Tuesday.',
    "{a} said on Monday that allies would keep supplying air defence.",
    "Russia launched 90 drones overnight, {a} said on Sunday.",
    "{a} told reporters on Wednesday that the front was holding.",
    '{a} called the proposal "absurd" on Thursday.',
    "According to {a}, the talks will resume in April.",
)
_SECOND = (
    '"The door remains open," {b} said.',
    "{b} warned on Friday that sanctions would follow.",
    "The summit will decide on spending, {b} said.",
    '{b} said: "Europe must do more."',
    "{b} urged allies on Thursday to send more air defence.",
)
_UNRELATED = (
    "The weather in Brussels was cold.",
    "Markets closed higher in Frankfurt.",
    "Traffic was heavy on the ring road.",
    "A new bridge opened over the river last year.",
)
# People of the packaged registry, named in full (same kind: person).
_PEOPLE = ("Mark Rutte", "Olaf Scholz", "Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky", "Dmitry Peskov")


def _said(text: str) -> list[tuple[str, str, bool, str | None]]:
    return [
        (s.speaker.id, s.text, s.direct, s.when.timex if s.when else None)
        for s in parse(text, published=PUBLISHED).statements
    ]


def _two_people(draw: st.DrawFn) -> tuple[str, str]:
    a = draw(st.sampled_from(_PEOPLE))
    b = draw(st.sampled_from([p for p in _PEOPLE if p != a]))
    return a, b


@st.composite
def _pairs(draw: st.DrawFn) -> tuple[str, str, str]:
    a, b = _two_people(draw)
    first = draw(st.sampled_from(_FIRST)).format(a=a)
    second = draw(st.sampled_from(_SECOND)).format(b=b)
    return first, second, draw(st.sampled_from(_UNRELATED))


class TestProperties:
    @settings(max_examples=60, deadline=None)
    @given(_pairs())
    def test_an_unrelated_sentence_in_between_changes_nothing(self, sentences: tuple[str, str, str]) -> None:
        """Inserting an unrelated sentence between two sentences changes neither's statements."""
        first, second, unrelated = sentences
        assert _said(f"{first} {unrelated} {second}") == _said(f"{first} {second}")

    @settings(max_examples=60, deadline=None)
    @given(st.data())
    def test_renaming_a_speaker_renames_it_everywhere(self, data: st.DataObject) -> None:
        """Renaming a speaker throughout (to another registry person) renames it in every statement and
        changes nothing else."""
        a, b = _two_people(data.draw)
        first = data.draw(st.sampled_from(_FIRST))
        second = data.draw(st.sampled_from(_SECOND))
        other = data.draw(st.sampled_from([p for p in _PEOPLE if p not in {a, b}]))
        before = _said(f"{first.format(a=a)} {second.format(b=b)}")
        after = _said(f"{first.format(a=other)} {second.format(b=b)}")
        ids = {a: _said(f"{first.format(a=a)}")[0][0], other: _said(f"{first.format(a=other)}")[0][0]}
        renamed = [(ids[other] if spk == ids[a] else spk, words, direct, when) for spk, words, direct, when in before]
        assert after == renamed

    @settings(max_examples=60, deadline=None)
    @given(_pairs())
    def test_curly_or_straight_quotes_attribute_the_same(self, sentences: tuple[str, str, str]) -> None:
        """Swapping straight and curly double quotes changes no speaker, span, form or date."""
        text = " ".join(sentences[:2])
        curly = []
        opening = True
        for ch in text:
            if ch == '"':
                curly.append("\u201c" if opening else "\u201d")
                opening = not opening
            else:
                curly.append(ch)
        straight = [(s.speaker.id, s.span, s.direct, s.when) for s in parse(text, published=PUBLISHED).statements]
        swapped = parse("".join(curly), published=PUBLISHED).statements
        assert [(s.speaker.id, s.span, s.direct, s.when) for s in swapped] == straight

    @settings(max_examples=80, deadline=None)
    @given(
        st.one_of(
            _pairs().map(" ".join),
            st.lists(st.sampled_from(_FIRST + _SECOND + _UNRELATED), max_size=5).map(
                lambda xs: " ".join(x.format(a="Mark Rutte", b="he") for x in xs)
            ),
            st.text(alphabet=st.sampled_from(list('ab said Rutte",.\u201c\u201d\n:')), max_size=80),
        )
    )
    def test_span_inside_its_sentence_and_words_from_the_text(self, text: str) -> None:
        """A statement's span lies inside one sentence of the text and its words are that slice."""
        sentences = split_sentences(text)
        for s in parse(text, published=PUBLISHED).statements:
            assert text[s.span.start : s.span.end] == s.text
            assert any(x.start <= s.span.start and s.span.end <= x.end for x in sentences), (s.text, sentences)
