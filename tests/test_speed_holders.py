"""Speed change of the twenty-sixth session (speed26): :meth:`ActorRegistry.holders` reads each title's fitting
roles from a table kept per title and body instead of scanning every actor's roles at each call; the same
holders, in the same order, as the former scan (kept here as the oracle).

No text is read here: titles, bodies and days only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nato_ukraine_timeline import Actor, ActorRegistry, actor_registry
from nato_ukraine_timeline.model import ActorKind, Role


def _former_holders(reg: ActorRegistry, title: str, day: dt.date, organisation: str | None) -> tuple[Actor, ...]:
    """The scan ``holders`` made before: every actor's roles, each tested for the day and the title."""
    canonical, org = reg._title_and_org(title, organisation)
    if canonical is None:
        return ()
    found: list[tuple[dt.date, Actor]] = []
    for info in reg._infos.values():
        starts = [
            r.start or dt.date.min for r in info.actor.roles if r.holds_on(day) and reg._role_fits(r, canonical, org)
        ]
        if starts:
            found.append((max(starts), info.actor))
    found.sort(key=lambda p: (p[0], p[1].id), reverse=True)
    return tuple(a for _, a in found)


_DAYS = [dt.date(2019, 6, 1), dt.date(2024, 1, 1), dt.date(2024, 10, 1), dt.date(2025, 1, 20), dt.date(2025, 7, 1)]


def test_holders_of_every_packaged_title_match_the_former_scan() -> None:
    """Every title of the packaged registry, with no body, with each body its holders serve and with one that
    has none, on days before, at and after handovers: the same tuple as the former scan, asked twice (the
    second answer comes from the kept table)."""
    reg = actor_registry()
    titles = sorted({r.title for a in reg for r in a.roles})
    bodies = sorted({r.organisation for a in reg for r in a.roles if r.organisation is not None})
    asked = 0
    for title in titles:
        for org in (
            None,
            *[b for b in bodies if any(r.title == title and r.organisation == b for a in reg for r in a.roles)],
            "Atlantis",
        ):
            for day in _DAYS:
                for _ in range(2):
                    assert reg.holders(title, day, organisation=org) == _former_holders(reg, title, day, org)
                    asked += 1
    assert asked > 100


@pytest.mark.parametrize("phrase", ["the NATO Secretary General", "NATO chief", "U.S. President", "Prime Minister"])
def test_holders_of_title_phrases_match_the_former_scan(phrase: str) -> None:
    """Titles as news writes them, read by the same table."""
    reg = actor_registry()
    for day in _DAYS:
        assert reg.holders(phrase, day) == _former_holders(reg, phrase, day, None)


def test_a_registry_of_its_own_keeps_its_own_table() -> None:
    """Two registries with the same title answer from their own actors (the table is kept per registry):
    synthetic actors."""
    role = Role(title="Harbour Master", organisation="Port Vela", start=dt.date(2024, 1, 1))
    one = ActorRegistry([Actor(id="q1", name="Ada Brenn", kind=ActorKind.PERSON, roles=(role,))])
    two = one.extend([Actor(id="q2", name="Ola Fisk", kind=ActorKind.PERSON, roles=(role,))])
    day = dt.date(2024, 6, 1)
    assert [a.id for a in one.holders("Harbour Master", day, organisation="Port Vela")] == ["q1"]
    assert [a.id for a in two.holders("Harbour Master", day, organisation="Port Vela")] == ["q2", "q1"]
    assert [a.id for a in one.holders("Harbour Master", day, organisation="Port Vela")] == ["q1"]


def test_a_title_is_read_against_the_registry_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The roles that fit a title and body are found once per registry: asking again, for any day, tests no
    role against the title (synthetic actors)."""
    role = Role(title="Harbour Master", organisation="Port Vela", start=dt.date(2024, 1, 1))
    reg = ActorRegistry([Actor(id="q1", name="Ada Brenn", kind=ActorKind.PERSON, roles=(role,))])
    assert [a.id for a in reg.holders("Harbour Master", dt.date(2024, 6, 1), organisation="Port Vela")] == ["q1"]
    tested: list[Role] = []
    former = ActorRegistry._role_fits

    def counted(self: ActorRegistry, r: Role, title: str, organisation: str | None) -> bool:
        tested.append(r)
        return former(self, r, title, organisation)

    monkeypatch.setattr(ActorRegistry, "_role_fits", counted)
    assert reg.holders("Harbour Master", dt.date(2023, 6, 1), organisation="Port Vela") == ()
    assert [a.id for a in reg.holders("Harbour Master", dt.date(2025, 6, 1), organisation="Port Vela")] == ["q1"]
    assert tested == []
