"""`stats`, `interview`, `leaderboard`, `export` and `forget`, through the engine."""

from __future__ import annotations

import json
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.daily import schedule
from bot.db import SqlStore, tables
from bot.engine import Engine
from bot.questions import QuestionBank
from bot.store import Store
from bot.types import Reply, Role, Text, User, Where
from tests.conftest import FakeClock, bank_of, store_of
from tests.conftest import make_engine as make_bot_engine
from tests.databases import fresh_postgres_database, sql_store

ADA = User("slack", "U1", "Ada")
BOB = User("slack", "U2", "Bob")
CHANNEL = Where("slack", "C1", scope="T1")
DM = Where("slack", "D1", direct=True)


@pytest.fixture
def bot_engine(bank: QuestionBank, store: Store) -> Engine:
    return make_bot_engine(bank, store)


def send(
    engine: Engine, clock: FakeClock, text: str, user: User = ADA, where: Where = DM
) -> list[Reply]:
    clock.advance(seconds=20)
    return engine.handle(Text(user, where, text), clock())


def say(engine: Engine, clock: FakeClock, text: str, user: User = ADA, where: Where = DM) -> str:
    return "\n".join(reply.text for reply in send(engine, clock, text, user, where))


def answer_current(engine: Engine, clock: FakeClock, user: User = ADA, strong: bool = True) -> str:
    session = store_of(engine).load_session(user.key)
    assert session is not None
    question = bank_of(engine).get(session.current or "")
    assert question is not None
    text = " ".join(p.text for p in question.key_points) if strong else "I am not sure at all."
    if strong and any(point.role is Role.STORY for point in question.key_points):
        text = STAR_STORY
    return say(engine, clock, text, user)


STAR_STORY = (
    "Last year at my previous company our release broke checkout for a team member's project. "
    "I took the lead, I rolled the release back and I talked with the team about what failed. "
    "As a result checkout recovered in ten minutes and errors dropped by 90 percent. "
    "I learned to add load tests before big releases, and since then I always do."
)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_stats_before_and_after_answers(bot_engine: Engine, clock: FakeClock) -> None:
    assert "No answers yet" in say(bot_engine, clock, "stats")
    say(bot_engine, clock, "start 4")
    for strong in (True, False, True, False):
        answer_current(bot_engine, clock, strong=strong)
        say(bot_engine, clock, "next")
    [reply] = send(bot_engine, clock, "stats")
    for heading in (
        "4 answers",
        "By guide",
        "By kind",
        "Trend:",
        "Missed most often",
        "Practise next",
    ):
        assert heading in reply.text
    assert reply.private
    assert reply.attachment is not None
    assert reply.attachment.mime == "image/png"
    assert png_size(reply.attachment.data) == (700, 320)


def test_a_timed_mock_interview_mixes_kinds_marks_late_answers_and_reports(
    bot_engine: Engine, clock: FakeClock
) -> None:
    assert "3 questions of mixed kinds, 2 minute(s) per answer" in say(
        bot_engine, clock, "interview 3 2"
    )
    kinds = []
    for number in range(3):
        session = store_of(bot_engine).load_session(ADA.key)
        assert session is not None
        kinds.append(bank_of(bot_engine).get(session.current or "").kind)  # type: ignore[union-attr]
        if number == 1:
            clock.advance(minutes=3)
        feedback = answer_current(bot_engine, clock)
        if number == 1:
            assert "**Late**" in feedback
        if number < 2:
            say(bot_engine, clock, "next")
    assert len(set(kinds)) == 3
    assert "Mock interview report" in feedback
    assert feedback.count(" · late") == 1
    assert "**Overall:**" in feedback and "ready for the real thing" in feedback


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("interview 0", "1 to 20 questions"), ("interview five", "I don't understand")],
)
def test_bad_interview_options(
    bot_engine: Engine, clock: FakeClock, typed: str, expected: str
) -> None:
    assert expected in say(bot_engine, clock, typed)


def test_the_leaderboard_is_opt_in(bot_engine: Engine, clock: FakeClock) -> None:
    assert "belong to a server" in say(bot_engine, clock, "leaderboard")
    for user in (ADA, BOB):
        say(bot_engine, clock, "start 1", user)
        answer_current(bot_engine, clock, user)
    assert "No one on the leaderboard" in say(bot_engine, clock, "leaderboard", where=CHANNEL)
    say(bot_engine, clock, "leaderboard join", ADA, CHANNEL)
    board = say(bot_engine, clock, "leaderboard", BOB, CHANNEL)
    assert "1. Ada" in board and "Bob" not in board
    say(bot_engine, clock, "leaderboard leave", ADA, CHANNEL)
    assert "Ada" not in say(bot_engine, clock, "leaderboard", BOB, CHANNEL)


def test_export_sends_every_stored_thing_as_json(bot_engine: Engine, clock: FakeClock) -> None:
    say(bot_engine, clock, "daily on 09:00 Europe/Berlin")
    say(bot_engine, clock, "start 2")
    answer_current(bot_engine, clock)
    say(bot_engine, clock, "leaderboard join", where=CHANNEL)
    [reply] = send(bot_engine, clock, "export")
    assert reply.private and reply.attachment is not None
    data = json.loads(reply.attachment.data)
    assert data["user"] == ADA.key
    assert len(data["answers"]) == 1 and data["answers"][0]["answer_text"]
    assert data["daily"]["rule"]["timezone"] == "Europe/Berlin"
    assert data["interview"]["state"] == "reviewing"
    assert data["leaderboards"] == ["T1"]


def test_forget_asks_first(bot_engine: Engine, clock: FakeClock) -> None:
    say(bot_engine, clock, "start 1")
    answer_current(bot_engine, clock)
    assert "Type `forget confirm`" in say(bot_engine, clock, "forget")
    assert len(store_of(bot_engine).answers(ADA.key)) == 1


def fill_everything(engine: Engine, clock: FakeClock) -> None:
    """Give Ada and Bob a row in every table there is."""
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    for user in (ADA, BOB):
        say(engine, clock, "daily on 09:00 UTC", user)
        say(engine, clock, "leaderboard join", user, CHANNEL)
        say(engine, clock, "start 2", user)
        answer_current(engine, clock, user)
        engine.update_profile(user, timezone="Europe/Berlin")
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    store_of(engine).claim_due(clock(), schedule, 10)


def rows_mentioning(store: SqlStore, needle: str) -> list[str]:
    found = []
    with store.engine.connect() as connection:
        for table in tables.metadata.sorted_tables:
            for row in connection.execute(select(table)):
                if needle in json.dumps([str(value) for value in row]):
                    found.append(table.name)
    return found


@pytest.mark.parametrize(
    "database", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_forget_leaves_nothing_in_any_table(
    bank: QuestionBank, clock: FakeClock, tmp_path: Path, database: str
) -> None:
    def check(url: str) -> None:
        for store in sql_store(url):
            engine = make_bot_engine(bank, store)
            fill_everything(engine, clock)
            before = set(rows_mentioning(store, "U1"))
            assert before >= {t.name for t in tables.PERSONAL}, "every personal table had a row"
            assert "Done" in say(engine, clock, "forget confirm")
            assert rows_mentioning(store, "U1") == []
            assert set(rows_mentioning(store, "U2")) == before, "nobody else's data went"

    if database == "sqlite":
        check(f"sqlite:///{tmp_path / 'forget.db'}")
    else:
        with fresh_postgres_database() as url:
            check(url)
