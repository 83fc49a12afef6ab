"""Shared fixtures: the real question bank, an engine on an in-memory store, a fake clock."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.content import load_bank
from bot.engine import Engine
from bot.questions import QuestionBank
from bot.store import InMemoryStore, Store
from bot.types import Platform, Reply, Text, User, Where
from tests.databases import fresh_postgres_database, sql_store

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"


@pytest.fixture(autouse=True)
def _no_platform_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never depend on tokens or URLs from the developer's shell."""
    import os

    for name in list(os.environ):
        if name.startswith(("SLACK_", "DISCORD_", "DATABASE_URL", "LOG_")):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def bank() -> QuestionBank:
    return load_bank([CONTENT])


@dataclass
class FakeClock:
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def counter_ids() -> Iterator[str]:
    return (f"session-{number}" for number in itertools.count(1))


def make_engine(
    bank: QuestionBank, store: Store | None = None, clock: FakeClock | None = None
) -> Engine:
    """An engine with counted session ids, on ``store`` (a fresh one in memory by default)."""
    ids = counter_ids()
    return Engine(
        store=store if store is not None else InMemoryStore(),
        bank=bank,
        new_id=lambda: next(ids),
        clock=clock or FakeClock(),
    )


@dataclass
class Chat:
    """errbot-style transcript driver: ``chat.send("start")`` returns the reply text."""

    engine: Engine
    clock: FakeClock
    store: Store
    user: User = field(default_factory=lambda: User(Platform.CONSOLE.value, "ada", "Ada"))
    where: Where = field(
        default_factory=lambda: Where(Platform.CONSOLE.value, "terminal", direct=True)
    )
    last: list[Reply] = field(default_factory=list)

    def send(self, text: str) -> str:
        self.clock.advance(seconds=30)
        self.last = self.engine.handle(Text(self.user, self.where, text), self.clock())
        return "\n\n".join(reply.text for reply in self.last)


@pytest.fixture
def memory_store() -> InMemoryStore:
    """The store under the ``engine`` fixture, for tests that look at what was saved."""
    return InMemoryStore()


@pytest.fixture
def engine(bank: QuestionBank, memory_store: InMemoryStore, clock: FakeClock) -> Engine:
    return make_engine(bank, memory_store, clock)


@pytest.fixture
def chat(engine: Engine, clock: FakeClock, memory_store: InMemoryStore) -> Chat:
    return Chat(engine, clock, memory_store)


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each store the bot can run on: in memory, a SQLite file, a fresh PostgreSQL database."""
    if request.param == "memory":
        yield InMemoryStore()
    elif request.param == "sqlite":
        yield from sql_store(f"sqlite:///{tmp_path / 'store.db'}")
    else:
        with fresh_postgres_database() as url:
            yield from sql_store(url)


def store_of(engine: Engine) -> Store:
    """What an engine saved, for tests that check it; platforms never look behind the engine."""
    return engine._store


def bank_of(engine: Engine) -> QuestionBank:
    """The shipped guides an engine asks from, for tests that answer its questions."""
    return engine._bank
