"""One person's turns one at a time across processes sharing a PostgreSQL database.

Each "process" here is an engine with a store of its own on one database, as behind a load
balancer: their in-process locks know nothing of each other.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine as SqlEngine
from sqlalchemy import create_engine, func, select, text

from bot.db import SqlStore, make_engine
from bot.db.turns import lock_key
from bot.engine import Engine
from bot.questions import QuestionBank
from bot.scoring import KeyPointScorer, Scorer
from bot.store import TurnCommit
from bot.types import User, Where
from tests.conftest import AroundTheScorer, Chat, FakeClock, counter_ids, open_chat
from tests.databases import fresh_postgres_database, sql_store

pytestmark = pytest.mark.postgres
WAIT = 10  # seconds a test waits for the other process before it fails
DM = Where("slack", "D1", direct=True)


@pytest.fixture
def database_url() -> Iterator[str]:
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture
def first_store(database_url: str) -> Iterator[SqlStore]:
    yield from sql_store(database_url)


@pytest.fixture
def probe(database_url: str) -> Iterator[SqlEngine]:
    """A connection of its own, as a third process would have."""
    engine = create_engine(database_url)
    yield engine
    engine.dispose()


class WaitingForAnother(AroundTheScorer):
    """The real scorer, which first lets ``scoring`` be known, then waits until another
    process's turn is waiting for a lock (PostgreSQL's ``pg_locks`` shows it)."""

    def __init__(self, probe: SqlEngine, scoring: threading.Event) -> None:
        super().__init__()
        self.probe, self.scoring = probe, scoring

    def before(self, arguments: dict[str, Any]) -> None:
        self.scoring.set()
        deadline = time.monotonic() + WAIT
        while not waiting_for_a_turn(self.probe):
            assert time.monotonic() < deadline, "the other process never waited for this turn"
            time.sleep(0.01)


def waiting_for_a_turn(probe: SqlEngine) -> bool:
    query = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
    with probe.connect() as connection:
        return bool(connection.execute(query).scalar_one())


def chat_on(store: SqlStore, bank: QuestionBank, scorer: Scorer, clock: FakeClock) -> Chat:
    ids = counter_ids()
    engine = Engine(store=store, bank=bank, new_id=lambda: next(ids), clock=clock, scorer=scorer)
    return Chat(engine, clock, store, bank)


def free(probe: SqlEngine, user_key: str) -> bool:
    """Whether another process could take ``user_key``'s turn now (it lets go at once)."""
    with probe.connect() as connection:
        taken = connection.execute(select(func.pg_try_advisory_xact_lock(lock_key(user_key))))
        return bool(taken.scalar_one())


def test_a_turn_holds_the_persons_lock_for_every_process_until_it_commits(
    bank: QuestionBank, first_store: SqlStore, probe: SqlEngine
) -> None:
    checked: list[tuple[bool, bool]] = []

    class Checking(AroundTheScorer):
        def before(self, arguments: dict[str, Any]) -> None:
            checked.append((free(probe, "console:ada"), free(probe, "console:bob")))

    chat = chat_on(first_store, bank, Checking(), FakeClock())
    chat.send("start")
    chat.send("An answer in my own words about the question.")
    assert checked == [(False, True)], "Ada's turn is held; Bob's is not held up"
    assert free(probe, "console:ada"), "the lock ends with the turn"


def test_an_answer_and_a_skip_reaching_two_processes_are_taken_one_after_the_other(
    bank: QuestionBank, first_store: SqlStore, database_url: str, probe: SqlEngine
) -> None:
    scoring = threading.Event()
    clock = FakeClock()
    first = chat_on(first_store, bank, WaitingForAnother(probe, scoring), clock)
    second_store = SqlStore(make_engine(database_url))  # another process: a pool of its own
    second = chat_on(second_store, bank, KeyPointScorer(), clock)
    first.send("start")
    asked = first.question()
    answering = threading.Thread(target=first.send, args=("Indexes are B-trees of keys.",))
    answering.start()
    assert scoring.wait(WAIT), "the first process never scored"
    skipped = second.send("skip")  # waits for the answer's turn to commit, then finds no question
    answering.join(WAIT)
    second_store.close()
    assert not answering.is_alive()
    assert "no question waiting" in skipped
    session = first_store.load_session(first.user.key)
    assert session is not None and session.current == asked.id
    assert [record.question_id for record in first_store.answers(first.user.key)] == [asked.id]


class Probing(SqlStore):
    """A store that checks, as it commits, whether another process could take that person's
    turn."""

    def __init__(self, url: str, probe: SqlEngine) -> None:
        super().__init__(make_engine(url))
        self.probe = probe
        self.free_at_commit: list[bool] = []

    def commit(self, turn: TurnCommit) -> bool:
        self.free_at_commit.append(free(self.probe, turn.user_key))
        return super().commit(turn)


def test_a_daily_question_is_one_of_the_persons_turns(
    bank: QuestionBank, first_store: SqlStore, database_url: str, probe: SqlEngine
) -> None:
    store = Probing(database_url, probe)
    clock = FakeClock()
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat = open_chat(bank, store, clock, user=User("slack", "U1", "Ada"), where=DM)
    chat.send("daily on 09:00 UTC")
    clock.now = datetime(2026, 11, 23, 9, 5, tzinfo=UTC)
    [claim] = chat.engine.due_deliveries(clock.now, limit=10)
    store.free_at_commit.clear()
    assert chat.engine.daily_question(claim, clock.now) is not None
    store.close()
    assert store.free_at_commit == [False], "an interview started meanwhile is never replaced"
