"""Quotations whose marks do not pair on one line, documents that "read", and words set off by a dash after a
paragraph: the quotation finder (``_sentences.quote_spans``) and the statements it lets the rules find.

All texts here are synthetic, written for these tests.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._sentences import build_mask, quote_spans


def _quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text)]


def _masked_quoted(text: str) -> list[str]:
    """The quotations of ``text`` as the analysed document finds them (on its mask, where every mark is '"')."""
    return [text[a:b] for a, b in quote_spans(build_mask(text, [], []))]


def _said(text: str) -> list[tuple[str, str, bool]]:
    return [(s.speaker.name, s.text, s.direct) for s in parse(text).statements]


class TestParagraphQuotes:
    def test_an_opening_mark_the_next_paragraph_goes_on_from_runs_to_its_line_end(self) -> None:
        """A quotation of several paragraphs opens each with a mark and closes only the last one."""
        text = '"We will answer every attack.\n\n"And we will not be alone," he said.'
        assert _quoted(text) == ['"We will answer every attack.\n', '"And we will not be alone,"']

    def test_a_closing_mark_no_mark_opened_closes_the_words_from_the_line_start(self) -> None:
        """The line break before a paragraph stands for the opening mark an outlet dropped."""
        text = 'The envoy left.\n\nThe talks were long and frank," Ushakov said.'
        assert _quoted(text) == ['\nThe talks were long and frank,"']

    def test_a_stray_mark_whose_paragraph_is_not_continued_bounds_nothing(self) -> None:
        """An opening mark no later mark answers, with plain text after it, is no quotation."""
        assert _quoted('He called it "absurd and left.\n\nThe talks went on.') == []

    def test_an_opening_mark_on_the_last_line_runs_to_the_text_end(self) -> None:
        """A passage cut inside the last paragraph of a quotation: the paragraph is quoted to its end."""
        assert _quoted('He said: "We will win.\n"And we will rebuild.') == ['"We will win.\n', '"And we will rebuild.']

    def test_an_introduced_quotation_on_the_last_line_runs_to_the_text_end(self) -> None:
        """'Label: "words ...' cut before its closing mark: the words after the colon are quoted to the end."""
        assert _quoted('Intro.\nThe ministry: "We support the mission and its findings.') == [
            '"We support the mission and its findings.'
        ]

    def test_a_quotation_after_a_sentence_on_the_last_line_runs_to_the_text_end(self) -> None:
        """A passage cut inside a quotation that follows a whole sentence ('"...," X said. "words ...') or an
        introduction ending in a comma ('X said, "words ...'): the words are quoted to the end."""
        assert _quoted('"We are ready," Sybiha said. "We will not give up and we will rebuild.') == [
            '"We are ready,"',
            '"We will not give up and we will rebuild.',
        ]
        assert _quoted('Intro.\nSybiha said, "We will not give up and we will rebuild.') == [
            '"We will not give up and we will rebuild.'
        ]

    def test_a_quotation_cut_after_a_sentence_is_the_speaker_s(self) -> None:
        """The words of a quotation cut at the passage's end, after the speaker's quoted sentence, are his."""
        said = _said('Kyiv was hit overnight.\n"We are ready," Sybiha said. "We will not give up and we will rebuild.')
        assert ("Andrii Sybiha", "We will not give up and we will rebuild", True) in said

    def test_a_stray_mark_inside_a_last_line_sentence_bounds_nothing(self) -> None:
        """An opening mark after a word on the last line (no sentence end, colon or comma before it) is no
        quotation."""
        assert _quoted('Intro.\nHe called it "absurd and left the room in a hurry.') == []

    def test_a_closing_mark_on_the_first_line_bounds_nothing(self) -> None:
        """No line break stands before the first line: no quotation opens there."""
        assert _quoted('The talks were long and frank," Ushakov said.') == []

    def test_a_quotation_continued_in_the_next_paragraph_is_one_speaker_s(self) -> None:
        """The paragraph that opens a quotation and the one that closes it are the same speaker's."""
        text = (
            'Rutte spoke in Warsaw.\n\n"The alliance is strong and united.\n\n'
            'Nobody should doubt our resolve to defend every ally," Rutte said.'
        )
        said = _said(text)
        assert ("Mark Rutte", "Nobody should doubt our resolve to defend every ally,", True) in said

    def test_a_paragraph_with_a_dropped_opening_mark_is_attributed(self) -> None:
        """'Words," X said.' after a paragraph break: the words from the line start are X's."""
        said = _said('The envoy left Moscow.\n\nThe talks were long and frank," Ushakov told reporters.')
        assert ("Yuri Ushakov", "The talks were long and frank,", True) in said


class TestOtherMarks:
    def test_guillemets_quote_on_a_line_without_other_double_marks(self) -> None:
        """Translated news quotes with guillemets: they pair as double quotes do."""
        said = _said("Trump spoke on Friday.\n\u00abI cancelled the meeting, it led nowhere,\u00bb he said.")
        assert ("Donald Trump", "I cancelled the meeting, it led nowhere,", True) in said

    def test_guillemets_inside_a_quotation_stay_nested(self) -> None:
        """A line with double quotes keeps its guillemets as nested marks: the outer quotation is whole."""
        text = '"We reject the so-called \u00abpeace plan\u00bb of the West," Lavrov said.'
        assert _masked_quoted(text) == ['"We reject the so-called \u00abpeace plan\u00bb of the West,"']

    def test_a_double_prime_opens_a_quotation_but_not_after_a_digit(self) -> None:
        """'\u2033words\u201d' is a quotation; '12\u2033 screen' holds no mark."""
        assert _masked_quoted("\u2033They will stop buying oil.\u201d Trump said.") != []
        assert _masked_quoted("A 12\u2033 screen and a 15\u2033 one.") == []

    def test_a_single_quoted_label_before_a_comma_is_a_quotation(self) -> None:
        """British style: 'as 'reckless and unacceptable', adding ...' quotes a label; an apostrophe does not."""
        assert _masked_quoted("Rutte called the raids 'reckless and unacceptable', adding more.") == [
            "'reckless and unacceptable'"
        ]
        assert _masked_quoted("The allies' aid and Russia's war go on.") == []

    def test_a_quoted_term_before_the_speaker_leaves_the_verb_its_own_clause(self) -> None:
        """'... was 'irreversible', X said the plan ...': the clause after the verb is X's words, not the term."""
        text = (
            "While restating that the path to membership was 'irreversible', Rutte said the plan also "
            "held other elements."
        )
        assert ("Mark Rutte", "the plan also held other elements", False) in _said(text)


class TestDocumentVerbs:
    def test_a_document_reads_for_the_body_that_spoke_before(self) -> None:
        """'"...," the statement reads': the author is the speaker just before."""
        text = 'The Kremlin said the leaders had spoken.\n"They agreed to meet in May," the statement read.'
        assert ("Kremlin", "They agreed to meet in May,", True) in _said(text)

    def test_a_person_who_reads_says_nothing(self) -> None:
        """'reads' speaks only after a document noun: a person reading a letter is no statement."""
        assert _said('"The war must end," Putin read from the letter on Monday.') == []

    def test_an_outlet_reports_a_document_it_does_not_write(self) -> None:
        """After an outlet's report the document's author is the body named in the sentence before."""
        text = (
            "The Kremlin published a readout of the call, Reuters reported.\n"
            '"The sides agreed to keep in touch," the statement reads.'
        )
        assert ("Kremlin", "The sides agreed to keep in touch,", True) in _said(text)


class TestDashParagraph:
    def test_a_paragraph_before_a_dash_and_its_speaker_is_the_speaker_s_direct_words(self) -> None:
        """'Words. More words. - X said.': the whole paragraph is X's, as said."""
        text = "Umerov met the press.\n\nTwo ships were hit. Repairs will take a month. - Umerov said."
        assert ("Rustem Umerov", "Two ships were hit. Repairs will take a month", True) in _said(text)

    def test_a_pronoun_after_the_dash_attributes_nothing(self) -> None:
        """'- he noted.' may stand for a person the finder does not read: the paragraph is left alone."""
        text = "Umerov met the press.\n\nTwo ships were hit. Repairs will take a month. - he noted."
        assert _said(text) == []


# Synthetic sentences with quotations, joined into texts by the strategy below.
_SENTENCES = (
    '"We are ready to talk," Zelensky said on Friday.',
    'Rutte said: "Allies must spend more."',
    '"The danger is real.',
    '"We will respond," Putin said.',
    'The talks were long and frank," Ushakov told reporters.',
    "Kallas welcomed the package.",
    '"The door is open," said Mark Rutte, "and it stays open."',
    'The Kremlin said the leaders spoke. "They agreed to meet," the statement reads.',
)


def _curly(text: str) -> str:
    """``text`` with its straight double quotes written as curly ones, as typesetters do: an opening mark
    at a line start or after a space, a closing one elsewhere."""
    return "".join(
        ("\u201c" if i == 0 or text[i - 1].isspace() else "\u201d") if ch == '"' else ch for i, ch in enumerate(text)
    )


_TEXTS = st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5).flatmap(
    lambda parts: st.lists(st.sampled_from((" ", "\n", "\n\n")), min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(p + g for p, g in zip(parts, gaps, strict=True)).strip()
    )
)


class TestQuoteMarkProperties:
    @given(_TEXTS)
    def test_curly_or_straight_marks_attribute_the_same(self, text: str) -> None:
        """Writing the marks curly instead of straight changes no statement: speaker, span and kind."""

        def spans(t: str) -> list[tuple[str, int, int, bool]]:
            return [(s.speaker.name, s.span.start, s.span.end, s.direct) for s in parse(t).statements]

        assert spans(text) == spans(_curly(text))

    @given(_TEXTS)
    def test_quotations_are_ordered_disjoint_and_bounded_by_marks_or_line_breaks(self, text: str) -> None:
        """Each quotation lies in the text after the one before, starts on a mark or line break and ends on a
        mark or line break, or right before a line break the next quotation starts on, or at the text's end (a
        passage cut inside its last paragraph's quotation)."""
        spans = quote_spans(text)
        assert all(0 <= a < b <= len(text) for a, b in spans)
        assert all(b1 <= a2 for (_a1, b1), (a2, _b2) in itertools.pairwise(spans))
        assert all(text[a] in '"\n' and (b == len(text) or text[b - 1] in '"\n' or text[b] == "\n") for a, b in spans)
