"""Servers' guide banks: parsed once within a budget, bounded in number, no shared lock,
and the same in every process on one database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from bot import server_banks
from bot.content import parse_guide
from bot.content.budget import ParseBudget
from bot.db import make_engine as make_sql_engine
from bot.db import upgrade
from bot.engine import Engine
from bot.questions import QuestionBank
from bot.records import StoredGuide
from bot.store import InMemoryStore
from bot.types import Text, Where
from tests.conftest import CONTENT, FakeClock, make_engine
from tests.databases import fresh_postgres_database, sql_store
from tests.test_upload import GUIDE, MEMBER, SERVER, upload

OTHER_SERVER = Where("discord", "C9", scope="G2")
WAIT = 10.0  # seconds a thread may take before the test calls it stuck; never a measurement


def costly_guide(pattern: str, size: int = 240 * 1024) -> str:
    """A valid guide whose second question's text is a long run of ``pattern``."""
    head = GUIDE.split("#### Question 2")[0] + "#### Question 2: Why?\n- **Answer**:\n  - "
    return head + (pattern * (size // len(pattern)))[: size - len(head)]


def say(engine: Engine, clock: FakeClock, text: str, where: Where = SERVER) -> str:
    return "\n".join(reply.text for reply in engine.handle(Text(MEMBER, where, text), clock()))


@pytest.mark.parametrize("pattern", ["[", "*a", "[" * 50 + "*a" * 50])
def test_a_guide_that_costs_too_much_to_parse_is_refused_kindly(
    engine: Engine, clock: FakeClock, pattern: str
) -> None:
    guide = costly_guide(pattern)
    reply = upload(engine, clock, guide)
    assert "The guide was not added: 1 problem(s)" in reply
    run_line = guide.count("\n") + 1  # the run is the last line
    assert f"rust-developer.md:{run_line}: this guide takes too long to read" in reply
    assert "`rust-developer`" not in say(engine, clock, "/guide")


def test_a_parse_past_its_seconds_is_refused(bank: QuestionBank, clock: FakeClock) -> None:
    ticks = iter(range(0, 10_000, 3))  # a clock that moves 3 s each time it is read
    store = InMemoryStore()
    slow = Engine(
        store=store,
        bank=bank,
        parse_budget=lambda: ParseBudget(clock=lambda: float(next(ticks))),
    )
    shipped = (CONTENT / "backend-developer.md").read_text(encoding="utf-8")
    reply = upload(slow, clock, shipped, name="own-backend.md")
    assert "this guide takes too long to read" in reply
    engine = Engine(store=store, bank=bank)
    assert "Added **Back-End Developer" in upload(engine, clock, shipped, name="own-backend.md")


def test_a_server_holds_at_most_twenty_guides(engine: Engine, clock: FakeClock) -> None:
    for number in range(server_banks.MAX_GUIDES):
        assert "Added" in upload(engine, clock, GUIDE, name=f"guide-{number}.md")
    refused = upload(engine, clock, GUIDE, name="one-too-many.md")
    assert "this server already has 20 guides of its own" in refused
    assert "`one-too-many`" not in say(engine, clock, "/guide")
    assert "Added" in upload(engine, clock, GUIDE, name="guide-3.md"), "replacing is fine"
    assert "Added" in upload(engine, clock, GUIDE, name="one-too-many.md", where=OTHER_SERVER)


def test_a_guide_is_parsed_at_upload_only(
    bank: QuestionBank, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = InMemoryStore()
    upload(make_engine(bank, store), clock, GUIDE)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a stored guide was parsed again")

    monkeypatch.setattr(server_banks, "parse_guide", no_parsing)
    restarted = make_engine(bank, store)
    assert "Question 1 of 2" in say(restarted, clock, "start rust-developer")


@dataclass
class HeldStore(InMemoryStore):
    """Reading server G1's guides waits until the test lets it go."""

    reading: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def server_guides(self, scope: str) -> list[StoredGuide]:
        if scope == "G1":
            self.reading.set()
            assert self.release.wait(WAIT)
        return super().server_guides(scope)


def test_a_slow_bank_never_holds_up_another_servers_start(
    bank: QuestionBank, clock: FakeClock
) -> None:
    store = HeldStore()
    upload(make_engine(bank, store), clock, GUIDE)
    engine = make_engine(bank, store)
    slow = threading.Thread(target=say, args=(engine, clock, "start rust-developer"))
    slow.start()
    try:
        assert store.reading.wait(WAIT), "G1's bank is being read"
        started: list[str] = []
        other = threading.Thread(
            target=lambda: started.append(say(engine, clock, "start", OTHER_SERVER))
        )
        other.start()
        other.join(WAIT)
        assert started and "Question 1 of 5" in started[0], "G2 started while G1 was loading"
    finally:
        store.release.set()
        slow.join(WAIT)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared.db'}"
    else:
        with fresh_postgres_database() as url:
            yield url


def test_replicas_on_one_database_agree_about_uploaded_guides(
    bank: QuestionBank, clock: FakeClock, database_url: str
) -> None:
    first_store, second_store = sql_store(database_url), sql_store(database_url)
    first, second = (make_engine(bank, next(first_store)), make_engine(bank, next(second_store)))
    try:
        assert "I don't know `rust-developer`" in say(first, clock, "start rust-developer")
        assert "Added" in upload(second, clock, GUIDE)
        assert "Question 1 of 2" in say(first, clock, "start rust-developer")
        assert "Score:" in say(second, clock, "The borrow checker proves references are valid.")
        replaced = GUIDE.replace("Rust Developer Interview Help", "Rust, Revised")
        assert "Added **Rust, Revised**" in upload(first, clock, replaced)
        assert "Rust, Revised" in say(second, clock, "status")
    finally:
        for store in (first_store, second_store):
            next(store, None)


def test_a_server_with_no_guides_of_its_own_uses_the_shipped_bank(
    engine: Engine, clock: FakeClock
) -> None:
    in_a_server = say(engine, clock, "/guide")
    assert in_a_server == say(engine, clock, "/guide", Where("slack", "D1", direct=True))
    assert all(f"`{guide.slug}`" in in_a_server for guide in engine.guides())


@pytest.mark.parametrize("path", sorted(CONTENT.glob("*.md")), ids=lambda path: path.name)
def test_shipped_guides_parse_in_a_tenth_of_the_steps_a_guide_may_spend(path: Path) -> None:
    budget = ParseBudget(steps=ParseBudget().steps // 10)
    guide = parse_guide(path.read_bytes(), name=path.name, slug=path.stem, budget=budget)
    assert len(guide.questions) == 20


def test_guides_stored_before_records_were_kept_still_load(
    bank: QuestionBank, clock: FakeClock, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0006")
    with make_sql_engine(url).begin() as connection:
        old_row = {"scope": "G1", "slug": "rust-developer", "text": GUIDE}
        connection.execute(
            text("INSERT INTO uploaded_guides VALUES (:scope, :slug, :text)"), old_row
        )
    stores = sql_store(url)  # upgrades to the newest version
    try:
        engine = make_engine(bank, next(stores))
        assert "Question 1 of 2" in say(engine, clock, "start rust-developer")
    finally:
        next(stores, None)
