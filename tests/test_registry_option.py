"""parse(..., registry=) and find_dates(..., registry=): a user's registry reaches the whole pipeline."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from nato_ukraine_timeline import (
    Actor,
    InvalidOptionError,
    Role,
    actor_registry,
    find_dates,
    parse,
)
from nato_ukraine_timeline._actors import active_registry, using_registry

# An invented minister the packaged registry cannot know, with a dated term.
MINISTER = Actor(
    id="ilse-varga",
    name="Ilse Varga",
    kind="person",
    aliases=["Varga"],
    roles=[Role(title="Minister of Defence", organisation="Hungary", start=dt.date(2025, 3, 1))],
)
MINE = actor_registry().extend([MINISTER])
TEXT = "Varga said on Nov. 4 that Budapest would not send weapons."


class TestParse:
    def test_user_actor_is_the_speaker(self) -> None:
        """With the user's registry, a bare surname of the user's actor is recognised as the speaker."""
        speakers = {s.speaker.id for s in parse(TEXT, registry=MINE).statements}
        assert speakers == {"ilse-varga"}

    def test_packaged_registry_by_default(self) -> None:
        """Without it, the packaged registry serves, which does not know the surname."""
        assert all(s.speaker.id != "ilse-varga" for s in parse(TEXT).statements)

    def test_term_of_office_bounds_dates(self) -> None:
        """The user's dated role bounds a year-less date: a term from 2025-03-01 rules out Nov. 4, 2024."""
        text = "Hungarian Defence Minister Ilse Varga said on Nov. 4 that Budapest would not send weapons."
        (mention,) = find_dates(text, registry=MINE)
        assert mention.timex == "2025-11-04"
        (packaged,) = find_dates(text)
        assert packaged.timex != "2025-11-04"

    def test_registry_is_restored(self) -> None:
        """After a call with a registry, the packaged registry is active again, even after an error."""
        parse(TEXT, registry=MINE)
        assert active_registry() is actor_registry()
        with pytest.raises(InvalidOptionError):
            parse(TEXT, registry=MINE, order="sideways")
        assert active_registry() is actor_registry()
        with using_registry(MINE):
            assert active_registry() is MINE
            assert {s.speaker.id for s in parse(TEXT).statements} == {"ilse-varga"}  # inherits the active one
        assert active_registry() is actor_registry()

    def test_not_a_registry(self) -> None:
        """Anything but an ActorRegistry is refused with the library's error, naming the type."""
        with pytest.raises(InvalidOptionError, match="registry must be an ActorRegistry, got list"):
            parse(TEXT, registry=[MINISTER])  # type: ignore[arg-type]
        with pytest.raises(InvalidOptionError, match="registry must be an ActorRegistry, got str"):
            find_dates(TEXT, registry="mine.toml")  # type: ignore[arg-type]

    def test_threads_see_their_own_registry(self) -> None:
        """The active registry is per thread: a parse with the user's registry in one thread does not leak
        into a parse without it in another."""
        results: dict[str, set[str]] = {}

        def run(name: str, registry: object) -> None:
            for _ in range(20):
                got = {s.speaker.id for s in parse(TEXT, registry=registry).statements}  # type: ignore[arg-type]
                results.setdefault(name, set()).update(got)

        threads = [threading.Thread(target=run, args=("mine", MINE)), threading.Thread(target=run, args=("none", None))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results["mine"] == {"ilse-varga"}
        assert "ilse-varga" not in results["none"]
