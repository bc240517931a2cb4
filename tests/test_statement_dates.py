"""Statement dates and quoted fragments on SYNTHETIC sentences written for these tests (wire, paper and
official-site styles): the date of the act of saying, never of something else the sentence names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import Granularity, parse
from nato_ukraine_timeline._statement_dates import DATE_RULES, EXAMPLE_PUBLISHED

PUBLISHED = dt.date(2025, 3, 7)  # a Friday


def _said(text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (s.speaker.name, s.text, s.when.timex if s.when else None, s.when.reason if s.when else "")
        for s in parse(text, published=PUBLISHED).statements
    ]


class TestContinuingQuote:
    @pytest.mark.parametrize(
        ("text", "words", "when"),
        [
            (
                "Earlier on Tuesday, Rutte said that Ukraine came first. He also said that allies were united.",
                "allies were united",
                "2025-03-04",
            ),
            (
                (
                    '"There is no talk of a ceasefire," Kremlin spokesman Dmitry Peskov said on Wednesday. '
                    "Peskov added that Moscow had received no proposals."
                ),
                "Moscow had received no proposals",
                "2025-03-05",
            ),
            (
                ('Zelensky said on Monday that the jets had arrived. "More will come," he said.'),
                "More will come,",
                "2025-03-03",
            ),
            (  # a sentence of background between the two
                (
                    "Foreign Minister Andrii Sybiha said on Tuesday that Kyiv backed the plan. The talks took place "
                    'in Geneva. "This is the first step," Sybiha said.'
                ),
                "This is the first step,",
                "2025-03-04",
            ),
        ],
    )
    def test_takes_the_date_of_the_same_speakers_statement_before(self, text: str, words: str, when: str) -> None:
        """An undated statement shortly after a dated one by the same speaker (at most two sentences on)
        continues it: same date, and its reason says so."""
        got = {w: (d, r) for _, w, d, r in _said(text)}
        assert got[words][0] == when
        assert got[words][1].startswith("continuing")

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            (  # another occasion named: a venue
                (
                    "Pistorius said on Wednesday that membership was unrealistic. Pistorius, speaking at a meeting "
                    "of the Nordic defence ministers, argued that the fighting must stop."
                ),
                "the fighting must stop",
            ),
            (  # another occasion named: an interview with an outlet (told the outlet alone goes on: sdates24)
                'Rutte said on Monday that allies agreed. "We will get there," Rutte told Fox News in an interview.',
                "We will get there,",
            ),
            (  # another speaker in between
                (
                    "Zelensky said on Monday that the jets had arrived. Scholz said more aid would come. "
                    "Zelensky said the front was holding."
                ),
                "the front was holding",
            ),
        ],
    )
    def test_stays_undated_when_the_occasion_may_differ(self, text: str, words: str) -> None:
        """No date is carried over another occasion, another speaker's statement or far away."""
        got = {w: d for _, w, d, _ in _said(text)}
        assert got[words] is None


class TestBackgroundDates:
    @pytest.mark.parametrize(
        "text",
        [
            "Rutte told reporters after Wednesday's talks that allies were united.",
            "Macron said ahead of the Feb. 3 summit that Europe had to act.",
            "Sybiha said following Monday's strikes that air defence was needed.",
        ],
    )
    def test_a_date_after_a_temporal_preposition_dates_something_else(self, text: str) -> None:
        """'after Wednesday's talks' dates the talks, not the saying: the statement is undated."""
        [(_, _, when, _)] = _said(text)
        assert when is None


class TestAfterAnOccasionInAWeekOrMonth:
    @pytest.mark.parametrize(
        ("text", "when"),
        [  # SYNTHETIC sentences
            ("After talks in Vienna last month, Austrian Chancellor Karl Gruber said ten states had signed up.", None),
            ("Following a visit to Riga last week, Finnish minister Anna Lind said the border was calm.", None),
            ("After talks in Vienna on Tuesday, Chancellor Karl Gruber said ten states had signed up.", "2025-03-04"),
            ("Last month, Austrian Chancellor Karl Gruber said ten states had signed up.", "2025-02"),
        ],
    )
    def test_a_week_or_month_after_a_sequence_cue_is_the_occasions(self, text: str, when: str | None) -> None:
        """SYNTHETIC: 'After talks ... last month, X said': the month spans the talks, not the words after
        them, so the saying stays undated; a day there ('on Tuesday') or a month of its own dates it."""
        [(_, _, got, _)] = _said(text)
        assert got == when


class TestDayOfANounInTheWords:
    @pytest.mark.parametrize(
        "text",
        [  # SYNTHETIC sentences
            "Government spokesman Adam Szlapka described Thursday's vote as historic.",
            "Government spokesman Adam Szlapka described Thursday\u2019s vote as historic.",
        ],
    )
    def test_a_day_in_the_genitive_after_the_verb_dates_its_object(self, text: str) -> None:
        """'described Thursday's vote as historic': the day is the vote's, the verb's object; the saying is
        undated."""
        [(_, _, when, _)] = _said(text)
        assert when is None

    @pytest.mark.parametrize(
        "text",
        [  # SYNTHETIC sentences
            "Government spokesman Adam Szlapka on Thursday described the vote as historic.",
            "Speaking at Thursday's session, government spokesman Adam Szlapka said the talks were useful.",
        ],
    )
    def test_a_day_of_the_attribution_still_dates_the_saying(self, text: str) -> None:
        """SYNTHETIC: a day in the attribution, also in the genitive of the occasion spoken at, keeps it."""
        [(_, _, when, _)] = _said(text)
        assert when == "2025-03-06"


class TestQuotedFragments:
    @pytest.mark.parametrize(
        ("text", "fragments"),
        [
            (
                'EU leaders affirmed that "the door stays open" and the course is "settled".',
                ["the door stays open", "settled"],
            ),
            (
                (
                    "As for Moldova, Kallas said it \u201cneeds our help now more than ever,\u201d with elections "
                    "looming and \u201cRussian meddling growing.\u201d"
                ),
                ["needs our help now more than ever,", "Russian meddling growing."],
            ),
            (
                'EU leaders said they would "be ready to open the next chapter of accession talks".',
                ["be ready to open the next chapter of accession talks"],
            ),
        ],
    )
    def test_reported_words_made_of_quotations_are_the_quotations(self, text: str, fragments: list[str]) -> None:
        """Where quotations make up most of the reported words, each is a direct statement of its own."""
        statements = parse(text, published=PUBLISHED).statements
        assert [s.text for s in statements] == fragments
        assert all(s.direct for s in statements)

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            (  # SYNTHETIC (prec21): a two-word term and a phrase
                'Sybiha said it would be a "joint mission" with "broad powers, steady funding" and a term.',
                'it would be a "joint mission" with "broad powers, steady funding" and a term',
            ),
            (  # SYNTHETIC (prec21): a two-word term, then a quoted clause closing the words
                (
                    'Zelensky spoke in Kyiv. He said "technical talks" would go on next week, although "several '
                    'questions remain open."'
                ),
                '"technical talks" would go on next week, although "several questions remain open."',
            ),
        ],
    )
    def test_a_quoted_term_of_two_words_is_no_fragment(self, text: str, words: str) -> None:
        """A quotation of one or two words inside the reported words is a term ('a "joint mission"'): it
        does not count toward the quotations that would make the words fragments."""
        statements = parse(text, published=PUBLISHED).statements
        assert [s.text for s in statements] == [words]

    def test_a_short_quotation_inside_reported_words_keeps_them_whole(self) -> None:
        """'said the US produces "the greatest equipment in the world"': the reported words stay one."""
        text = 'Trump said that American factories build "the finest fighter jets anywhere on earth".'
        [s] = parse(text, published=PUBLISHED).statements
        assert s.text == 'American factories build "the finest fighter jets anywhere on earth"'
        assert not s.direct


class TestOutletTagBeforeFrontedDay:
    """An outlet's tag ending in a slash opens the line before a fronted day (SYNTHETIC, the style of one
    wire family, dev-i-008): the day dates the saying and the tag with the day are not the words."""

    @pytest.mark.parametrize(
        "text",
        [
            "Baltic Times/ On Monday, Polish President Andrzej Duda offered to host a summit in Warsaw.",
            "Kyiv Daily/ On Monday, Polish President Andrzej Duda said the summit in Warsaw would go ahead.",
        ],
    )
    def test_tag_then_day(self, text: str) -> None:
        said = _said(text)
        assert len(said) == 1
        assert said[0][0] == "Andrzej Duda"
        assert "Monday" not in said[0][1]
        assert said[0][2] == "2025-03-03"


class TestDatelineDate:
    """A story under a dated dateline whose sayings name no day of their own: an undated "said" is the
    dateline's day (SYNTHETIC wire openings in the styles of several agencies)."""

    @pytest.mark.parametrize(
        ("text", "when"),
        [
            (
                "LONDON, March 5 (Reuters) - Britain will send more shells, Defence Minister John Healey said.",
                "2025-03-05",
            ),
            ("RIGA, March 4. /TASS/. Talks have not stalled, Foreign Minister Sergey Lavrov said.", "2025-03-04"),
            ("OSLO, March 6 (Xinhua) -- Norway will fund drones, Prime Minister Jonas Gahr Store said.", "2025-03-06"),
        ],
    )
    def test_dateline_dates_the_saying(self, text: str, when: str) -> None:
        said = _said(text)
        assert said
        assert said[0][2] == when
        assert said[0][3].startswith("dateline:")

    @pytest.mark.parametrize(
        "text",
        [
            # the story dates a saying itself: the others stay undated
            (
                "LONDON, March 5 (Reuters) - Rutte said on Tuesday that allies were united. "
                '"We stand together," Stoltenberg said.'
            ),
            # no dateline
            "Britain will send more shells, Defence Minister John Healey said.",
            # a medium of its own is another occasion
            "LONDON, March 5 (Reuters) - Britain will send more shells, Healey wrote on X.",
        ],
    )
    def test_no_dateline_date(self, text: str) -> None:
        said = _said(text)
        assert said
        assert all(not reason.startswith("dateline:") for *_, reason in said)


class TestPartOfTheDay:
    """A saying dated by a part of the day is dated to that day, resolved or not (synthetic sentences)."""

    @pytest.mark.parametrize("when", ["last night", "late Wednesday night", "on Tuesday evening", "this morning"])
    @pytest.mark.parametrize("published", [None, dt.date(2025, 1, 9)])
    def test_a_part_of_the_day_dates_the_saying_to_its_day(self, when: str, published: dt.date | None) -> None:
        timeline = parse(f"Mark Rutte said {when} that allies would help.", published=published)
        (statement,) = timeline.statements
        if statement.when is not None:
            assert statement.when.granularity is Granularity.DAY
            assert "T" not in statement.when.timex
            if published is not None:
                assert statement.when.earliest == statement.when.latest
                assert statement.when.latest is not None
                assert statement.when.latest <= published


# SYNTHETIC clause openers that put a day right before the subject of a saying (forms of wires and papers).
_OPENERS = (
    "Earlier on {day} ",
    "On {day} ",
    "It should be recalled that on {day}, ",
    "The day before, on {day}, ",
    "Officials met in Kyiv, and on {day}, ",
)
_DAYS = {
    "Tuesday": "2025-03-04",
    "March 2": "2025-03-02",
    "Monday": "2025-03-03",
    "the evening of March 5": "2025-03-05",
}
_SAYINGS = (
    "{x} announced that the talks would resume.",
    "{x} claimed that the front was stable.",
    "{x} wrote that the plan was dead.",
)
_UNRELATED = ("The weather in Brussels was cold.", "Markets closed higher in Frankfurt.")


class TestDayOpeningTheClause:
    @settings(max_examples=60, deadline=None)
    @given(
        st.sampled_from(_OPENERS),
        st.sampled_from(sorted(_DAYS)),
        st.sampled_from(_SAYINGS),
        st.sampled_from(("Zelensky", "the Kremlin", "Mark Rutte")),
    )
    def test_the_day_dates_the_saying_never_after_publication(self, opener: str, day: str, saying: str, x: str) -> None:
        """A day that opens the clause right before the speaker (its subject) is the day of the saying; a
        statement's date never lies after the publication date."""
        text = opener.format(day=day) + saying.format(x=x)
        text = text[0].upper() + text[1:]
        statements = parse(text, published=PUBLISHED).statements
        assert statements, text
        for s in statements:
            assert s.when is not None, text
            assert s.when.timex == _DAYS[day], text
            assert s.when.earliest is not None
            assert s.when.earliest <= PUBLISHED

    @settings(max_examples=40, deadline=None)
    @given(
        st.sampled_from(_OPENERS),
        st.sampled_from(sorted(_DAYS)),
        st.sampled_from(_SAYINGS),
        st.sampled_from(_UNRELATED),
    )
    def test_an_unrelated_sentence_before_changes_no_date(self, opener: str, day: str, saying: str, fill: str) -> None:
        """Putting an unrelated sentence before the sentence changes no statement's date."""
        sentence = opener.format(day=day) + saying.format(x="Zelensky")
        sentence = sentence[0].upper() + sentence[1:]

        def dates(text: str) -> list[tuple[str, str | None]]:
            return [(s.text, s.when.timex if s.when else None) for s in parse(text, published=PUBLISHED).statements]

        assert dates(f"{fill} {sentence}") == dates(sentence)


_RULE_TEXTS = sorted({text for rule in DATE_RULES for text, _, _ in rule.examples})


class TestNeverAfterPublication:
    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(_RULE_TEXTS), min_size=1, max_size=3))
    def test_no_statement_is_dated_after_its_publication(self, texts: list[str]) -> None:
        """Whatever rule dates it, a statement's date never begins after the publication date (the rules'
        SYNTHETIC examples, alone and run together as one passage)."""
        for s in parse(" ".join(texts), published=EXAMPLE_PUBLISHED).statements:
            if s.when is not None and s.when.earliest is not None:
                assert s.when.earliest <= EXAMPLE_PUBLISHED, (s.text, s.when)


class TestStateLeadBody:
    """A state's lead dates its body's first words (rule body-lead, sdates25); events do not take that day."""

    TEXT = (  # synthetic
        "Russia said on Sunday that its forces had taken a village near Siversk. The Russian defence ministry"
        " said in its daily briefing that the village of Hryhorivka had been liberated."
    )

    def test_body_words_take_the_lead_day(self) -> None:
        """The ministry's words, given in its briefing, are dated to the day of the state's saying."""
        said = {words: (when, reason) for _, words, when, reason in _said(self.TEXT)}
        when, reason = said["the village of Hryhorivka had been liberated"]
        assert when == "2025-03-02"
        assert reason.startswith("body lead: the state's")

    def test_briefing_is_no_event_of_that_day(self) -> None:
        """The body's briefing does not become an announcement dated by the state's lead."""
        events = parse(self.TEXT, published=PUBLISHED).events
        assert not [e for e in events if "briefing" in e.trigger and e.when is not None]


class TestStateStanceLead:
    """A lead naming a state by its capital, with its stance that day, dates its body's voice (sdateb28)."""

    TEXT = (  # synthetic
        'Moscow on Sunday dismissed the new sanctions package. "It changes nothing for our economy," Kremlin'
        " spokesman Dmitry Peskov told reporters."
    )

    def test_voice_of_the_states_body_takes_the_lead_day(self) -> None:
        """The spokesman of the Kremlin, a body of the state the capital names, speaks on the lead's day."""
        [(when, reason)] = [(when, reason) for _, words, when, reason in _said(self.TEXT) if "changes" in words]
        assert when == "2025-03-02"
        assert reason.startswith("body lead: the state's")

    def test_another_states_capital_dates_nothing(self) -> None:
        """The same words after another state's lead are a reply: no day."""
        said = _said(self.TEXT.replace("Moscow", "Warsaw"))
        assert [when for _, words, when, _ in said if "changes" in words] == [None]


class TestSourcedClauseOfTheSpeaker:
    def test_the_day_in_the_clause_a_source_gives_dates_the_subjects_second_verb(self) -> None:
        """Synthetic (prec26): 'According to X, A commented on ... on 4 March, claimed that "..."': the clause
        the outlet is the source of is A's own, so its day dates A's saying; the outlet's words stay undated."""
        text = (
            "According to the Kyiv Post, Zelenskyy commented on the sacking of Defence Minister Ivan Petrenko at the"
            ' party meeting on 4 March, claimed that Petrenko "lacks the drive to push for more shells."'
        )
        said = {speaker: when for speaker, _, when, _ in _said(text)}
        assert said == {"Kyiv Post": None, "Volodymyr Zelensky": "2025-03-04"}
