"""Servers' guide banks: parsed once within a budget, bounded in number, no shared lock,
and the same in every process on one database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
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
from bot.types import User, Where
from tests.conftest import CONTENT, Chat, FakeClock
from tests.databases import fresh_postgres_database, sql_store
from tests.test_upload import GUIDE, MEMBER, SERVER, server_chat, upload

OTHER_SERVER = Where("discord", "C9", scope="G2")
OTHER_MEMBER = User("discord", "U9", "Noor")  # one person's own turns run one at a time
WAIT = 10.0  # seconds a thread may take before the test calls it stuck; never a measurement


def costly_guide(pattern: str, size: int = 240 * 1024) -> str:
    """A valid guide whose second question's text is a long run of ``pattern``."""
    head = GUIDE.split("#### Question 2")[0] + "#### Question 2: Why?\n- **Answer**:\n  - "
    return head + (pattern * (size // len(pattern)))[: size - len(head)]


@pytest.fixture
def chat(bank: QuestionBank, clock: FakeClock) -> Chat:
    return server_chat(bank, clock=clock)


@pytest.mark.parametrize("pattern", ["[", "*a", "[" * 50 + "*a" * 50])
def test_a_guide_that_costs_too_much_to_parse_is_refused_kindly(chat: Chat, pattern: str) -> None:
    guide = costly_guide(pattern)
    reply = upload(chat, guide)
    assert "The guide was not added: 1 problem(s)" in reply
    run_line = guide.count("\n") + 1  # the run is the last line
    assert f"rust-developer.md:{run_line}: this guide takes too long to read" in reply
    assert "`rust-developer`" not in chat.send("/guide")


def test_a_parse_past_its_seconds_is_refused(bank: QuestionBank, clock: FakeClock) -> None:
    ticks = iter(range(0, 10_000, 3))  # a clock that moves 3 s each time it is read
    store = InMemoryStore()
    slow = Engine(
        store=store,
        bank=bank,
        parse_budget=lambda: ParseBudget(clock=lambda: float(next(ticks))),
        clock=clock,
    )
    shipped = (CONTENT / "backend-developer.md").read_text(encoding="utf-8")
    slow_chat = Chat(slow, clock, store, bank, user=MEMBER, where=SERVER, step=timedelta(0))
    reply = upload(slow_chat, shipped, name="own-backend.md")
    assert "this guide takes too long to read" in reply
    chat = slow_chat.restarted()
    assert "Added **Back-End Developer" in upload(chat, shipped, name="own-backend.md")


def test_a_server_holds_at_most_twenty_guides(chat: Chat) -> None:
    for number in range(server_banks.MAX_GUIDES):
        assert "Added" in upload(chat, GUIDE, name=f"guide-{number}.md")
    refused = upload(chat, GUIDE, name="one-too-many.md")
    assert "this server already has 20 guides of its own" in refused
    assert "`one-too-many`" not in chat.send("/guide")
    assert "Added" in upload(chat, GUIDE, name="guide-3.md"), "replacing is fine"
    assert "Added" in upload(chat, GUIDE, name="one-too-many.md", where=OTHER_SERVER)


def test_a_guide_is_parsed_at_upload_only(
    bank: QuestionBank, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = server_chat(bank, InMemoryStore(), clock)
    upload(chat, GUIDE)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a stored guide was parsed again")

    monkeypatch.setattr(server_banks, "parse_guide", no_parsing)
    assert "Question 1 of 2" in chat.restarted().send("start rust-developer")


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
    uploaded = server_chat(bank, store, clock)
    upload(uploaded, GUIDE)
    chat = uploaded.restarted()
    slow = threading.Thread(target=chat.send, args=("start rust-developer",))
    slow.start()
    try:
        assert store.reading.wait(WAIT), "G1's bank is being read"
        started: list[str] = []
        other = threading.Thread(
            target=lambda: started.append(chat.send("start", user=OTHER_MEMBER, where=OTHER_SERVER))
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
    first = server_chat(bank, next(first_store), clock)
    second = server_chat(bank, next(second_store), clock)
    try:
        assert "I don't know `rust-developer`" in first.send("start rust-developer")
        assert "Added" in upload(second, GUIDE)
        assert "Question 1 of 2" in first.send("start rust-developer")
        assert "Score:" in second.send("The borrow checker proves references are valid.")
        replaced = GUIDE.replace("Rust Developer Interview Help", "Rust, Revised")
        assert "Added **Rust, Revised**" in upload(first, replaced)
        assert "Rust, Revised" in second.send("status")
    finally:
        for store in (first_store, second_store):
            next(store, None)


def test_a_server_with_no_guides_of_its_own_uses_the_shipped_bank(chat: Chat) -> None:
    in_a_server = chat.send("/guide")
    assert in_a_server == chat.send("/guide", where=Where("slack", "D1", direct=True))
    assert all(f"`{guide.slug}`" in in_a_server for guide in chat.engine.guides())


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
        chat = server_chat(bank, next(stores), clock)
        assert "Question 1 of 2" in chat.send("start rust-developer")
    finally:
        next(stores, None)
