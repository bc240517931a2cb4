"""Joint words (issue 9): the forms of nato_ukraine_timeline._joint, each example run through parse (all
text synthetic), and the precision cases: two sayings stay two, a list that is no subject gives no joint words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_ukraine_timeline import parse
from nato_ukraine_timeline._joint import FORMS

PUBLISHED = dt.date(2025, 3, 14)
EXAMPLES = [(form.name, *ex) for form in FORMS for ex in form.examples]


@pytest.mark.parametrize(
    ("form", "text", "speakers", "words"), EXAMPLES, ids=[f"{e[0]}-{i}" for i, e in enumerate(EXAMPLES)]
)
def test_form_example(form: str, text: str, speakers: tuple[str, ...], words: str) -> None:
    """The statement whose words start with ``words`` has exactly ``speakers`` (joint), or, where the
    example lists none, no statement of the text has more than one speaker."""
    statements = parse(text, published=PUBLISHED).statements
    if not speakers:
        assert all(len(s.speakers) == 1 for s in statements), form
        return
    (hit,) = [s for s in statements if s.text.startswith(words)]
    assert tuple(a.name for a in hit.speakers) == speakers, form


def test_two_sayings_stay_two() -> None:
    """'A said ..., and B said ...' is two statements of one speaker each."""
    text = "Macron said on Monday the plan was a start, while Starmer said on Tuesday it was not enough."
    statements = parse(text, published=PUBLISHED).statements
    assert [[a.name for a in s.speakers] for s in statements] == [["Emmanuel Macron"], ["Keir Starmer"]]


def test_joint_date_is_shared() -> None:
    """Joint words take the date of their own clause, as one speaker's would."""
    text = "Russia and Ukraine swapped 200 prisoners on Friday and said on Saturday that more swaps would follow."
    (s,) = parse(text, published=PUBLISHED).statements
    assert s.when is not None
    assert s.when.timex == "2025-03-08"
    assert [a.name for a in s.speakers] == ["Russia", "Ukraine"]


def test_anaphor_needs_parties_of_its_kind() -> None:
    """'the two countries' does not mean two persons named before."""
    text = "Trump and Putin met in Anchorage on Friday. The two countries said the talks had been useful."
    assert all(len(s.speakers) == 1 for s in parse(text, published=PUBLISHED).statements)


def test_stopped_short_of_is_a_negated_act() -> None:
    """'stopped short of announcing' names no announcement (event cue short_of_verb); a joint saying that
    stops short of announcing (dev-j-048's form) therefore adds no event."""
    text = "Rutte said on Friday that the talks were useful but stopped short of announcing a deal."
    assert [str(e.kind) for e in parse(text, published=PUBLISHED).events] == []
    kinds = [str(e.kind) for e in parse("Rutte announced a deal on Friday.", published=PUBLISHED).events]
    assert "announcement" in kinds


# Synthetic forms in which two or three registry people speak jointly ({s} is the list of speakers).
_JOINT_FORMS = (
    "{s} said on Monday that allies would keep supplying air defence.",
    "{s} said in a joint statement that the ceasefire had to hold.",
    "The ceasefire had to hold, {s} said on Tuesday.",
    '"The door remains open," {s} said.',
    "{s} both said on Friday that sanctions would follow.",
)
_PEOPLE = ("Mark Rutte", "Olaf Scholz", "Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky", "Donald Tusk")


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@given(
    form=st.sampled_from(_JOINT_FORMS),
    names=st.lists(st.sampled_from(_PEOPLE), min_size=2, max_size=3, unique=True),
)
@settings(max_examples=40, deadline=None)
def test_joint_speakers_follow_the_text(form: str, names: list[str]) -> None:
    """Property: whoever the listed people are, in any order, the form gives ONE statement whose speakers
    are exactly those people in the text's order (so reordering the list reorders the speakers)."""
    if "both" in form and len(names) > 2:
        names = names[:2]
    statements = parse(form.format(s=_listed(names)), published=PUBLISHED).statements
    assert [[a.name for a in s.speakers] for s in statements] == [names]
