"""`stats`, `interview`, `leaderboard`, `export` and `forget`, through the engine."""

from __future__ import annotations

import json
import re
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.chart import score_figure
from bot.daily import schedule
from bot.db import SqlStore, tables
from bot.questions import QuestionBank
from bot.store import Store
from bot.types import Role, User, Where
from tests.conftest import Chat, FakeClock, open_chat
from tests.databases import fresh_postgres_database, sql_store

ADA = User("slack", "U1", "Ada")
BOB = User("slack", "U2", "Bob")
CHANNEL = Where("slack", "C1", scope="T1")
DM = Where("slack", "D1", direct=True)


@pytest.fixture
def chat(bank: QuestionBank, store: Store, clock: FakeClock) -> Chat:
    return open_chat(bank, store, clock, user=ADA, where=DM, step=timedelta(seconds=20))


def answer_current(chat: Chat, user: User = ADA, strong: bool = True) -> str:
    question = chat.question(user)
    text = " ".join(p.text for p in question.key_points) if strong else "I am not sure at all."
    if strong and any(point.role is Role.STORY for point in question.key_points):
        text = STAR_STORY
    return chat.send(text, user=user)


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


def test_stats_before_and_after_answers(chat: Chat) -> None:
    assert "No answers yet" in chat.send("stats")
    chat.send("start 4")
    for strong in (True, False, True, False):
        answer_current(chat, strong=strong)
        chat.send("next")
    [reply] = chat.replies("stats")
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


def test_the_chart_numbers_answers_in_whole_numbers(chat: Chat) -> None:
    for _ in range(3):
        chat.send("start backend-developer 1")
        answer_current(chat)
    axes = score_figure(chat.store.answers(ADA.key)).axes[0]
    shown = [tick for tick in axes.get_xticks() if 1 <= tick <= 3]
    assert shown == [1, 2, 3]


def test_a_timed_mock_interview_mixes_kinds_marks_late_answers_and_reports(chat: Chat) -> None:
    assert "3 questions of mixed kinds, 2 minutes per answer" in chat.send("interview 3 2")
    kinds = []
    for number in range(3):
        kinds.append(chat.question().kind)
        if number == 1:
            chat.clock.advance(minutes=3)
        feedback = answer_current(chat)
        if number == 1:  # in minutes and seconds, as `status` counts the time over
            assert re.search(r"\*\*Late\*\* by 1:\d\d over the 2-minute limit", feedback)
        if number < 2:
            chat.send("next")
    assert len(set(kinds)) == 3
    assert "Mock interview report" in feedback
    assert feedback.count(" · late") == 1
    assert "**Overall:**" in feedback and "ready for the real thing" in feedback


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("interview 0", "1 to 20 questions"), ("interview five", "I don't understand")],
)
def test_bad_interview_options(chat: Chat, typed: str, expected: str) -> None:
    assert expected in chat.send(typed)


def test_the_leaderboard_is_opt_in(chat: Chat) -> None:
    assert "belong to a server" in chat.send("leaderboard")
    for user in (ADA, BOB):
        chat.send("start 1", user=user)
        answer_current(chat, user)
    assert "No one on the leaderboard" in chat.send("leaderboard", where=CHANNEL)
    chat.send("leaderboard join", where=CHANNEL)
    board = chat.send("leaderboard", user=BOB, where=CHANNEL)
    assert "1. Ada" in board and "Bob" not in board
    chat.send("leaderboard leave", where=CHANNEL)
    assert "Ada" not in chat.send("leaderboard", user=BOB, where=CHANNEL)


def test_export_sends_every_stored_thing_as_json(chat: Chat) -> None:
    chat.send("daily on 09:00 Europe/Berlin")
    chat.send("start 2")
    answer_current(chat)
    chat.send("leaderboard join", where=CHANNEL)
    [reply] = chat.replies("export")
    assert reply.private and reply.attachment is not None
    data = json.loads(reply.attachment.data)
    assert data["user"] == ADA.key
    assert len(data["answers"]) == 1 and data["answers"][0]["answer_text"]
    assert data["daily"]["rule"]["timezone"] == "Europe/Berlin"
    assert data["interview"]["state"] == "reviewing"
    assert data["leaderboards"] == ["T1"]


def test_forget_asks_first(chat: Chat) -> None:
    chat.send("start 1")
    answer_current(chat)
    assert "Type `forget confirm`" in chat.send("forget")
    assert len(chat.store.answers(ADA.key)) == 1


def fill_everything(chat: Chat) -> None:
    """Give Ada and Bob a row in every table there is."""
    chat.clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    for user in (ADA, BOB):
        chat.send("daily on 09:00 UTC", user=user)
        chat.send("leaderboard join", user=user, where=CHANNEL)
        chat.send("start 2", user=user)
        answer_current(chat, user)
        chat.engine.update_profile(user, timezone="Europe/Berlin")
        chat.engine.seen_in(user, "T1")
    chat.clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    chat.store.claim_due(chat.clock(), schedule, 10)


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
            chat = open_chat(bank, store, clock, user=ADA, where=DM)
            fill_everything(chat)
            before = set(rows_mentioning(store, "U1"))
            assert before >= {t.name for t in tables.PERSONAL}, "every personal table had a row"
            assert "Done" in chat.send("forget confirm")
            assert rows_mentioning(store, "U1") == []
            assert set(rows_mentioning(store, "U2")) == before, "nobody else's data went"

    if database == "sqlite":
        check(f"sqlite:///{tmp_path / 'forget.db'}")
    else:
        with fresh_postgres_database() as url:
            check(url)
