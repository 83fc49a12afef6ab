"""Daily questions end to end: the `daily` command, the tick, claims, failures, streaks."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest

from adapters.limiter import RateLimiter
from adapters.scheduler import (
    DailyScheduler,
    DeliveryFailedError,
    RateLimitedError,
    RateLimitedSender,
    tick,
)
from bot.daily import schedule
from bot.db import SqlStore, make_engine, upgrade
from bot.questions import QuestionBank
from bot.records import Profile
from bot.store import Store
from bot.types import Reply, User, Where
from tests.conftest import Chat, FakeClock, open_chat
from tests.databases import fresh_postgres_database, sql_store

ADA = User("slack", "U1", "Ada")
DM = Where("slack", "D1", direct=True)


@dataclass
class FakeSender:
    """The platform edge: records DMs, refuses some addresses, can answer 429 once."""

    platform: ClassVar[str] = "slack"
    sent: list[tuple[str, Reply]] = field(default_factory=list)
    closed: set[str] = field(default_factory=set)
    limited_once: bool = False

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        if self.limited_once:
            self.limited_once = False
            raise RateLimitedError(0.01)
        if address in self.closed:
            raise DeliveryFailedError("cannot_dm_bot")
        self.sent.append((address, reply))


def daily_chat(bank: QuestionBank, store: Store, clock: FakeClock) -> Chat:
    """Ada in a DM; the clock moves only when a test moves it."""
    return open_chat(bank, store, clock, user=ADA, where=DM, step=timedelta(0))


@pytest.fixture
def chat(bank: QuestionBank, store: Store, clock: FakeClock) -> Chat:
    return daily_chat(bank, store, clock)


@pytest.fixture
def sender() -> FakeSender:
    return FakeSender()


def run_tick(chat: Chat, sender: FakeSender) -> tuple[int, int, int]:
    senders = {"slack": RateLimitedSender(sender, RateLimiter(rate=1000, burst=1000))}
    report = asyncio.run(tick(chat.engine, senders, chat.clock))
    return report.sent, report.failed, report.deferred


def test_daily_on_then_one_question_a_day_by_dm(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)  # 07:00 in Berlin
    reply = chat.send("daily on 08:30 Europe/Berlin mon-fri")
    assert "Daily question at **08:30 Europe/Berlin**, Monday to Friday" in reply
    assert "Next question: Tuesday 24 November, 08:30" in reply
    assert run_tick(chat, sender) == (0, 0, 0)
    clock.now = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert run_tick(chat, sender) == (1, 0, 0)
    assert run_tick(chat, sender) == (0, 0, 0), "a retried tick sends nothing"
    address, question = sender.sent[0]
    assert address == "U1" and "Your daily question" in question.text and question.expects_answer


def test_answering_the_daily_question_gives_feedback_and_a_streak(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    for day in range(3):
        clock.now = datetime(2026, 11, 23 + day, 9, 5, tzinfo=UTC)
        run_tick(chat, sender)
        feedback = chat.send("We would use indexes, caching and HTTP status codes.")
        assert "Score:" in feedback
    assert len({reply.text for _, reply in sender.sent}) == 3, "three different questions"
    assert "Streak: **3** days" in chat.send("daily status")


def test_a_missed_day_breaks_the_streak_and_a_pause_does_not(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    run_tick(chat, sender)
    chat.send("caching and indexes")
    chat.send("daily pause until 2026-11-27")
    for day in (24, 25, 26):
        clock.now = datetime(2026, 11, day, 9, 1, tzinfo=UTC)
        assert run_tick(chat, sender) == (0, 0, 0)
    clock.now = datetime(2026, 11, 27, 9, 1, tzinfo=UTC)
    run_tick(chat, sender)
    chat.send("queues and retries")
    assert "Streak: **2**" in chat.send("daily status")
    clock.now = datetime(2026, 11, 28, 9, 1, tzinfo=UTC)
    run_tick(chat, sender)  # delivered, never answered
    clock.now = datetime(2026, 11, 29, 9, 1, tzinfo=UTC)
    run_tick(chat, sender)
    chat.send("load balancers")
    assert "Streak: **1**" in chat.send("daily status")


def test_three_failed_dms_pause_the_subscription(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    sender.closed.add("U1")
    for day in (23, 24, 25, 26):
        clock.now = datetime(2026, 11, day, 9, 1, tzinfo=UTC)
        run_tick(chat, sender)
    deliveries = chat.store.deliveries(ADA.key)
    assert [d.status for d in deliveries] == ["failed", "failed", "failed"]
    assert "couldn't DM you three times" in chat.send("daily status")
    sender.closed.clear()
    chat.send("daily resume")
    clock.now = datetime(2026, 11, 27, 9, 1, tzinfo=UTC)
    assert run_tick(chat, sender) == (1, 0, 0)


def test_a_429_is_waited_out_and_the_dm_still_goes(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    sender.limited_once = True
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert run_tick(chat, sender) == (1, 0, 0)


def test_a_running_interview_defers_the_daily_question(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    chat.send("start")
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert run_tick(chat, sender) == (0, 0, 1)
    assert chat.store.load_session(ADA.key).delivery_id is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("daily on 25:00 UTC", "Try `08:30`"),
        ("daily on 09:00 Mars/Olympus", "Europe/Berlin"),
        ("daily on 09:00", "Which time zone are you in?"),
        ("daily pause until someday", "e.g. `daily pause until 2026-12-28`"),
        ("daily dance", "I don't know `daily dance`"),
        ("daily topic klingon", "no guide called `klingon`"),
        (
            "daily topic klingon",
            "Or a kind: `technical`, `behavioral`, `situational`, `problem-solving`; or `any`.",
        ),
        ("daily", "Daily questions are **off**"),
    ],
)
def test_bad_daily_input_gets_an_example(
    chat: Chat, clock: FakeClock, typed: str, expected: str
) -> None:
    assert expected in chat.send(typed)


def test_daily_off_stops_deliveries_and_says_so_once(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    reply = chat.send("daily off")
    assert reply.count("Daily questions are") == 1 and "**off**" in reply
    assert "`daily on [time]" in reply  # how to turn them back on
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert run_tick(chat, sender) == (0, 0, 0)


CONSOLE_USER = User("console", "ada", "Ada")
TERMINAL = Where("console", "terminal", direct=True)


def terminal_with_daily_questions(store: Store, bank: QuestionBank, clock: FakeClock) -> Chat:
    """Ada in the terminal, her daily question at 09:00 UTC from 23 November."""
    chat = open_chat(bank, store, clock, user=CONSOLE_USER, where=TERMINAL, step=timedelta(0))
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    assert "waits for you the next time" in chat.send("daily on 09:00 UTC")
    return chat


def test_a_terminal_gets_its_own_daily_question_when_it_comes_back(
    store: Store, bank: QuestionBank, clock: FakeClock
) -> None:
    chat = terminal_with_daily_questions(store, bank, clock)
    chat.send("daily on 09:00 UTC", user=ADA, where=DM)  # someone else's, on Slack
    assert chat.engine.daily_waiting(CONSOLE_USER) is None  # not due yet
    clock.now = datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
    daily = chat.engine.daily_waiting(CONSOLE_USER)
    assert daily is not None and "Your daily question" in daily.text
    assert "Score:" in chat.send("I would cache it and measure the latency before and after.")
    assert chat.engine.daily_waiting(CONSOLE_USER) is None  # once a day
    [slack] = store.claim_due(clock.now, schedule, 10)  # Ada's was left for her DMs
    assert slack.subscription.user_key == ADA.key


def test_a_terminal_daily_question_waits_while_an_interview_does(
    store: Store, bank: QuestionBank, clock: FakeClock
) -> None:
    chat = terminal_with_daily_questions(store, bank, clock)
    chat.send("start backend-developer 3")
    clock.now = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    assert chat.engine.daily_waiting(CONSOLE_USER) is None
    assert "Question 1 of 3" in chat.send("repeat")  # the interview is untouched
    chat.send("end")
    daily = chat.engine.daily_waiting(CONSOLE_USER)
    assert daily is not None and "Your daily question" in daily.text


def test_a_terminal_daily_question_replaces_yesterdays_unanswered_one(
    store: Store, bank: QuestionBank, clock: FakeClock
) -> None:
    chat = terminal_with_daily_questions(store, bank, clock)
    clock.now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    assert chat.engine.daily_waiting(CONSOLE_USER) is not None  # and left unanswered
    clock.now = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    today = chat.engine.daily_waiting(CONSOLE_USER)
    assert today is not None and "Your daily question" in today.text


def test_the_platform_time_zone_is_the_default(chat: Chat, clock: FakeClock) -> None:
    chat.store.save_profile(Profile(ADA.key, "Ada", "Asia/Kolkata"))
    assert "09:00 Asia/Kolkata" in chat.send("daily on")


def test_daily_topic_limits_the_questions(chat: Chat, sender: FakeSender, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    assert "Daily topic: behavioral" in chat.send("daily topic behavioral")
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    run_tick(chat, sender)
    assert chat.question().kind.value == "behavioral"


def test_the_scheduler_registers_a_coalesced_minute_tick(chat: Chat) -> None:
    async def main() -> None:
        daily = DailyScheduler(chat.engine, {})
        daily.start()
        [job] = daily.scheduler.get_jobs()
        assert job.trigger.interval == timedelta(minutes=1)
        assert job.coalesce and job.max_instances == 1 and job.misfire_grace_time == 30
        assert daily.running
        await daily.stop()
        assert not daily.running

    asyncio.run(main())


@pytest.mark.postgres
def test_two_workers_on_postgres_send_every_question_exactly_once(bank: QuestionBank) -> None:
    with fresh_postgres_database() as url:
        stores = list(sql_store(url)), list(sql_store(url))
        first, second = stores[0][0], stores[1][0]
        clock = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
        chat = daily_chat(bank, first, clock)
        users = [User("slack", f"U{number}") for number in range(300)]
        for user in users:
            chat.send("daily on 09:00 UTC", user=user)
        now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
        claimed: list[list[int]] = [[], []]

        def work(store: SqlStore, into: list[int]) -> None:
            for _ in range(10):
                into.extend(claim.delivery_id for claim in store.claim_due(now, schedule, 40))

        threads = [
            threading.Thread(target=work, args=(s, c))
            for s, c in zip((first, second), claimed, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        everything = claimed[0] + claimed[1]
        assert len(everything) == len(set(everything)) == len(users)
        assert claimed[0] and claimed[1], "both workers took a share"
        for store in (first, second):
            store.engine.dispose()


def test_claims_on_one_database_from_two_stores_never_repeat(
    tmp_path: Path, bank: QuestionBank
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    upgrade(url)
    first, second = SqlStore(make_engine(url)), SqlStore(make_engine(url))
    clock = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    daily_chat(bank, first, clock).send("daily on 09:00 UTC")
    now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert len(first.claim_due(now, schedule, 10)) == 1
    assert second.claim_due(now, schedule, 10) == []
    assert second.claim_due(now + timedelta(minutes=1), schedule, 10) == []
    assert [d.local_date for d in first.deliveries(ADA.key)] == [date(2026, 11, 23)]


def test_a_channel_question_of_the_day_with_yesterdays_best(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    channel = Where("slack", "C1", scope="T1")
    admin = User("slack", "UADMIN", "Grace", is_admin=True)
    member, other = User("slack", "U2", "Linus"), User("slack", "U3", "Barbara")
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    refused = chat.send("/settings qotd on 09:00 UTC", user=member, where=channel)
    assert "Only server admins" in refused
    chat.send("/settings qotd on 09:00 UTC", user=admin, where=channel)
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert run_tick(chat, sender) == (1, 0, 0)
    address, posted = sender.sent[-1]
    assert address == "C1" and not posted.where.direct
    assert "Question of the day" in posted.text
    assert [button.action_id for button in posted.buttons] == ["answer"]
    session = chat.store.load_session(member.key)
    assert session is None, "a channel question starts nobody's interview"
    question = next(q for q in chat.bank if q.prompt in posted.text)
    strong = " ".join(point.text for point in question.key_points)
    chat.send("start backend-developer 1", user=member, where=channel)
    chat.send("skip", user=member, where=channel)  # an interview that ended on a skip
    [feedback] = chat.replies(strong, user=member, where=channel)
    assert feedback.private and "Score:" in feedback.text
    assert "already covered" in chat.send("dispute 1 I said it", user=member, where=channel)
    chat.send("flag unclear Which week is meant?", user=member, where=channel)
    assert [f.question_id for f in chat.store.flags_of(member.key)] == [question.id]
    chat.send("no idea really", user=other, where=channel)
    clock.now = datetime(2026, 11, 24, 9, 1, tzinfo=UTC)
    run_tick(chat, sender)
    _, next_day = sender.sent[-1]
    best = next_day.text.split("\n\n")[0]
    assert best.startswith("**Yesterday's best-covered answers**")
    assert best.index("Linus") < best.index("Barbara")
    assert question.prompt not in next_day.text, "a new question each day"


@dataclass
class SlowSender(FakeSender):
    async def deliver_daily(self, address: str, reply: Reply) -> None:
        await asyncio.sleep(0.2)
        await super().deliver_daily(address, reply)


def test_stopping_lets_the_tick_in_flight_finish(chat: Chat, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    sender = SlowSender()
    limited = RateLimitedSender(sender, RateLimiter(rate=1000, burst=1000))
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    daily = DailyScheduler(chat.engine, {"slack": limited}, clock=clock)

    async def main() -> None:
        daily.start()
        in_flight = asyncio.create_task(daily.tick())
        await asyncio.sleep(0.05)
        await daily.stop()
        assert in_flight.done()

    asyncio.run(main())
    assert len(sender.sent) == 1


def test_an_interview_between_questions_also_defers_it(
    chat: Chat, sender: FakeSender, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    chat.send("daily on 09:00 UTC")
    chat.send("start 3")
    chat.send("caching and indexes")
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert run_tick(chat, sender) == (0, 0, 1)
    session = chat.store.load_session(ADA.key)
    assert session is not None and session.delivery_id is None and len(session.turns) == 1
