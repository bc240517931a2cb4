"""Statement dates, twenty-ninth session (sdate29): rule continuing-next.

All sentences here are synthetic (written for these tests), published on a Friday, 2025-03-07.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nato_ukraine_timeline as ntl
from nato_ukraine_timeline._statement_dates import DATE_RULES

PUBLISHED = dt.date(2025, 3, 7)

# synthetic: a wire's lead, its gist of the words the next paragraph quotes
LEAD = "MOSCOW, March 6. /TASS/. The sanctions will backfire on Europe, Deputy Foreign Minister Sergei Ryabkov said."


def _when(text: str, words: str) -> tuple[str | None, str]:
    """The timex and reason of the statement whose words contain ``words``."""
    found = [s for s in ntl.parse(text, published=PUBLISHED).statements if words in s.text]
    assert found, f"no statement with {words!r}"
    when = found[0].when
    return (when.timex, when.reason) if when is not None else (None, "")


class TestContinuingNext:
    @pytest.mark.parametrize(
        ("after", "timex"),
        [
            ('\n"They only hurt those who impose them," he said in a live broadcast on YouTube.', "2025-03-06"),
            (' "They only hurt those who impose them," Ryabkov wrote on Telegram.', "2025-03-06"),
            (' "They only hurt those who impose them," he said.', "2025-03-06"),
            # synthetic: a sentence between: the story may have moved on
            (' The ministry opened in 1990. "They only hurt those who impose them," he said on YouTube.', None),
            # synthetic: another speaker's words between
            (
                (
                    ' "We disagree," Foreign Minister Jane Doe said. "They only hurt those who impose them," Ryabkov'
                    " said on YouTube."
                ),
                None,
            ),
            # synthetic: words of another time
            (' "They only hurt those who impose them," he said earlier on YouTube.', None),
        ],
    )
    def test_goes_on_from_the_lead_the_dateline_dated(self, after: str, timex: str | None) -> None:
        """The same speaker's quotation right after a lead the dateline dated takes that day, its own channel
        or not; not over a sentence or another speaker between, nor when it says another time."""
        assert _when(LEAD + after, "only hurt those")[0] == timex

    def test_reason_names_the_rule_and_the_evidence(self) -> None:
        """The reason starts with the rule's prefix and keeps the dateline's evidence."""
        _, reason = _when(LEAD + ' "They only hurt those who impose them," he wrote on X.', "only hurt those")
        assert reason.startswith("continuing next:")
        assert "dateline:" in reason

    def test_runs_after_the_rules_that_date_from_outside(self) -> None:
        """The rule stands after dateline and before lead-gist in the table, its reason its own."""
        names = [r.name for r in DATE_RULES]
        assert names.index("dateline") < names.index("continuing-next") < names.index("lead-gist")
        assert names.index("continuing-quote") < names.index("saying-before")

    def test_continuing_quote_still_dates_first(self) -> None:
        """A quotation after a statement its own clause dates keeps rule continuing-quote's reason."""
        text = 'Kallas said on Tuesday that talks were stalled. "We will wait," she said.'
        timex, reason = _when(text, "We will wait")
        assert timex == "2025-03-04"
        assert reason.startswith("continuing:")
