"""Shared fixtures: the real question bank, an engine on an in-memory store, a fake clock."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.content import load_bank
from bot.engine import Engine
from bot.questions import Question, QuestionBank
from bot.scoring import KeyPointScorer, PointScore, Score
from bot.store import InMemoryStore, Store
from bot.types import Event, Platform, Reply, Text, User, Where
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


@pytest.fixture(scope="module")
def scorer() -> KeyPointScorer:
    """The default scorer, one per test module: its cache of prepared questions is shared by
    the module's tests only."""
    return KeyPointScorer()


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
    """errbot-style transcript driver: ``chat.send("start")`` returns the reply text.

    Each message moves the clock on by ``step`` first. ``user`` and ``where`` say who speaks
    and where, for one message or for the whole chat; ``store`` and ``bank`` are what the
    engine was built on, for tests that check what it saved or answer its questions.
    """

    engine: Engine
    clock: FakeClock
    store: Store
    bank: QuestionBank
    user: User = field(default_factory=lambda: User(Platform.CONSOLE.value, "ada", "Ada"))
    where: Where = field(
        default_factory=lambda: Where(Platform.CONSOLE.value, "terminal", direct=True)
    )
    step: timedelta = timedelta(seconds=30)
    last: list[Reply] = field(default_factory=list)

    def handle(self, event: Event) -> list[Reply]:
        """The replies to any event (a command with an attachment, a button)."""
        self.clock.now += self.step
        self.last = self.engine.handle(event, self.clock())
        return self.last

    def replies(
        self, text: str, *, user: User | None = None, where: Where | None = None
    ) -> list[Reply]:
        return self.handle(Text(user or self.user, where or self.where, text))

    def send(self, text: str, *, user: User | None = None, where: Where | None = None) -> str:
        return "\n\n".join(reply.text for reply in self.replies(text, user=user, where=where))

    def question(self, user: User | None = None) -> Question:
        """The question waiting for an answer from ``user`` (the chat's own by default)."""
        session = self.store.load_session((user or self.user).key)
        assert session is not None and session.current is not None
        question = self.bank.get(session.current)
        assert question is not None
        return question

    def restarted(self) -> Chat:
        """The same chat after a restart: a new engine on the same store."""
        engine = make_engine(self.bank, self.store, self.clock)
        return replace(self, engine=engine, last=[])


def run_console(database: Path, script: str, env: dict[str, str] | None = None) -> str:
    """What ``mockinterview console`` prints for a piped ``script``, in a new process on the
    SQLite file ``database`` (exports go beside it); ``env`` replaces the environment."""
    options = ["--database-url", f"sqlite:///{database}", "--out", str(database.parent)]
    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "console", *options],
        input=script,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
        env=env,
    )
    return result.stdout


def open_chat(
    bank: QuestionBank,
    store: Store | None = None,
    clock: FakeClock | None = None,
    **options: Any,
) -> Chat:
    """A chat with a new engine on ``store`` (a fresh one in memory by default)."""
    store = store if store is not None else InMemoryStore()
    clock = clock or FakeClock()
    return Chat(make_engine(bank, store, clock), clock, store, bank, **options)


@pytest.fixture
def memory_store() -> InMemoryStore:
    """The store under the ``engine`` fixture, for tests that look at what was saved."""
    return InMemoryStore()


@pytest.fixture
def engine(bank: QuestionBank, memory_store: InMemoryStore, clock: FakeClock) -> Engine:
    return make_engine(bank, memory_store, clock)


@pytest.fixture
def chat(engine: Engine, clock: FakeClock, memory_store: InMemoryStore, bank: QuestionBank) -> Chat:
    return Chat(engine, clock, memory_store, bank)


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


def of_question(scorer: KeyPointScorer, bank: QuestionBank, question_id: str, answer: str) -> Score:
    question = bank.get(question_id)
    assert question is not None
    return scorer.score(
        question=question.prompt,
        key_points=question.key_points,
        answer=answer,
        kind=question.kind,
        glossary=bank.guide(question.guide).glossary,
    )


class AroundTheScorer:
    """The real scorer behind a hook, as a second ``Scorer`` would wrap it: ``before`` runs
    with each ``score`` call's arguments. (The scorer may be compiled, and a compiled class
    takes no subclass: wrapping is the way in, as it is for any second scorer.)"""

    def __init__(self) -> None:
        self.real = KeyPointScorer()

    def before(self, arguments: dict[str, Any]) -> None:
        """What the test does first; nothing here."""

    def score(self, **arguments: Any) -> Score:
        self.before(arguments)
        return self.real.score(**arguments)

    def score_point(self, **arguments: Any) -> PointScore:
        return self.real.score_point(**arguments)


SCORE_SETS = """
import json, sys
from pathlib import Path
import bot.scoring.scorer
from bot.content import load_bank
from bot.scoring import KeyPointScorer
print(Path(bot.scoring.scorer.__file__).name)
bank, scorer = load_bank([Path(sys.argv[1])]), KeyPointScorer()
for path in sys.argv[2:]:
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        question = bank.get(row["question_id"])
        result = scorer.score(question=question.prompt, key_points=question.key_points,
                              answer=row["answer"], kind=question.kind,
                              glossary=bank.guide(question.guide).glossary)
        print(repr(result.value), result.notes, [(repr(point.score), point.status.name,
              point.matched, point.note) for point in result.points])
"""


@dataclass(frozen=True)
class ScoredInAProcess:
    scorer_file: str  # the file the scorer ran from: a ``.py`` source or a compiled module
    scores: list[str]  # one line per answer: its value, notes and every point in full


def scored_in_a_process(
    *answer_sets: Path, hash_seed: str = "0", where: Path = ROOT
) -> ScoredInAProcess:
    """Every answer of ``answer_sets`` (lines naming a guide question) scored in a new Python
    process, which imports ``bot`` from ``where``."""
    lines = subprocess.run(
        [sys.executable, "-c", SCORE_SETS, str(CONTENT), *map(str, answer_sets)],
        cwd=where,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return ScoredInAProcess(lines[0], lines[1:])
