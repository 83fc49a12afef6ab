"""Streak freezes: earned by 7 days in a row, at most 2 held, used up by a missed day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.questions import QuestionBank
from bot.store import Store
from bot.streaks import Streak, walk
from tests.conftest import Chat, FakeClock
from tests.test_daily_delivery import FakeSender, daily_chat, run_tick

TODAY = date(2026, 11, 30)


def days(first: date, answered: str) -> list[tuple[date, bool]]:
    """Delivered days from ``first`` on: ``x`` answered, ``-`` left unanswered."""
    return [(first + timedelta(days=n), mark == "x") for n, mark in enumerate(answered)]


@pytest.mark.parametrize(
    ("answered", "expected"),
    [
        ("xxxxxx", Streak(6, 0, 0)),
        ("xxxxxxx", Streak(7, 1, 0)),
        ("xxxxxxx-x", Streak(8, 0, 1)),  # the freeze covers the missed day
        ("xxxxxxx--x", Streak(1, 0, 1)),  # the second missed day finds none left
        ("x" * 14, Streak(14, 2, 0)),
        ("x" * 21, Streak(21, 2, 0)),  # two held at most
        ("x" * 14 + "--x", Streak(15, 0, 2)),
        ("xxx-x", Streak(1, 0, 0)),  # no freeze yet: the streak breaks
    ],
)
def test_freezes_follow_the_days(answered: str, expected: Streak) -> None:
    first = TODAY - timedelta(days=len(answered) + 1)
    assert walk(days(first, answered), TODAY) == expected


def test_today_unanswered_uses_no_freeze() -> None:
    delivered = [*days(TODAY - timedelta(days=7), "xxxxxxx"), (TODAY, False)]
    assert walk(delivered, TODAY) == Streak(7, 1, 0)


def test_the_same_deliveries_always_give_the_same_streak() -> None:
    delivered = days(TODAY - timedelta(days=12), "xxxxxxx-xxxx")
    assert walk(delivered, TODAY) == walk(list(reversed(delivered)), TODAY) == Streak(11, 0, 1)


@pytest.fixture
def chat(bank: QuestionBank, store: Store, clock: FakeClock) -> Chat:
    return daily_chat(bank, store, clock)


def answer_daily(chat: Chat, sender: FakeSender, clock: FakeClock, day: int) -> None:
    clock.now = datetime(2026, 11, day, 9, 5, tzinfo=UTC)
    run_tick(chat, sender)
    assert "Score:" in chat.send("We would use indexes, caching and HTTP status codes.")


def test_a_week_earns_a_freeze_that_saves_the_streak_on_a_missed_day(
    chat: Chat, clock: FakeClock
) -> None:
    sender = FakeSender()
    clock.now = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    for day in range(1, 8):
        answer_daily(chat, sender, clock, day)
    assert "**Daily streak:** 7 days · freezes: 1 held, 0 used" in chat.send("stats")
    clock.now = datetime(2026, 11, 8, 9, 5, tzinfo=UTC)
    run_tick(chat, sender)  # delivered, never answered
    answer_daily(chat, sender, clock, 9)
    assert "**Daily streak:** 8 days · freezes: 0 held, 1 used" in chat.send("stats")
    assert "Streak: **8** days · freezes: 0 held." in chat.send("daily status")
    clock.now = datetime(2026, 11, 10, 9, 5, tzinfo=UTC)
    run_tick(chat, sender)
    answer_daily(chat, sender, clock, 11)
    assert "**Daily streak:** 1 day · freezes: 0 held, 1 used" in chat.send("stats")


def test_the_help_for_daily_questions_explains_freezes(chat: Chat) -> None:
    assert "Every 7 days in a row earn a streak freeze" in chat.send("daily")
