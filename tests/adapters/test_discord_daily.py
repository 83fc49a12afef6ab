"""Daily questions on Discord: the `daily` subcommands, zone autocomplete, DMs and refusals."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from discord.app_commands import Choice

from adapters.discord.daily import DiscordDailySender
from adapters.limiter import RateLimiter
from adapters.scheduler import DeliveryFailedError, RateLimitedSender, tick
from bot.engine import Engine
from bot.questions import QuestionBank
from bot.store import Store
from bot.types import QUESTION_BUTTONS, Reply, Where
from tests.adapters.discord_fakes import (
    ADA,
    ADMIN,
    BOB,
    World,
    direct_messages,
    installed_only_by,
    open_world,
    route_id,
    text_channel,
)
from tests.conftest import FakeClock, make_engine, store_of
from tests.databases import sql_store

ADA_DMS = direct_messages(620_000_000_000_000_009, ADA)
DM_CHANNEL_ROUTE = "POST /users/@me/channels"
MESSAGE_ROUTE = "POST /channels/{channel_id}/messages"
open_sql_store = contextlib.contextmanager(sql_store)  # one replica's connection to the database


@pytest.fixture
async def world(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[World]:
    clock.now = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    async with open_world(engine, clock, monkeypatch) as opened:
        yield opened


async def test_daily_on_asks_for_a_zone_with_autocomplete(world: World) -> None:
    choices = await world.cog.zone_autocomplete(world.command("daily", ADA_DMS), "berl")
    assert [choice.value for choice in choices] == ["Europe/Berlin"]
    await world.invoke(
        world.cog.daily_on,
        world.command("daily", ADA_DMS),
        timezone="Europe/Berlin",
        time="08:30",
        days="mon-fri",
    )
    reply = world.api.last()
    assert "Daily question at **08:30 Europe/Berlin**, Monday to Friday" in reply.content


async def test_a_bad_zone_gets_an_example(world: World) -> None:
    await world.invoke(world.cog.daily_on, world.command("daily", ADA_DMS), timezone="Mars/Base")
    assert "Use an IANA name such as `Europe/Berlin`" in world.api.last().content


async def test_the_tick_sends_the_question_by_dm_with_buttons(
    world: World, engine: Engine, clock: FakeClock
) -> None:
    await world.invoke(world.cog.daily_on, world.command("daily", ADA_DMS), timezone="UTC")
    mark = world.api.mark()
    clock.now = datetime(2026, 11, 24, 9, 0, 30, tzinfo=UTC)
    limited = RateLimitedSender(DiscordDailySender(world.bot), RateLimiter(1000, burst=1000))
    report = await tick(engine, {"discord": limited}, clock)
    assert report.sent == 1
    routes = [request.key for request in world.api.requests[mark:]]
    assert DM_CHANNEL_ROUTE in routes
    assert routes[-1] == MESSAGE_ROUTE
    question = world.api.last()
    assert "Your daily question" in question.content
    assert question.custom_ids[0] == "mockinterview:answer"


@pytest.mark.parametrize(
    ("code", "reason"), [(50007, "cannot_send_to_user"), (50278, "dm_not_allowed")]
)
async def test_closed_dms_are_a_delivery_failure(world: World, code: int, reason: str) -> None:
    world.api.fail(MESSAGE_ROUTE, code)
    reply = Reply(Where("discord", str(ADA.id), direct=True), "hello", QUESTION_BUTTONS)
    with pytest.raises(DeliveryFailedError) as failure:
        await DiscordDailySender(world.bot).deliver_daily(str(ADA.id), reply)
    assert failure.value.code == reason
    await asyncio.sleep(0)


async def test_an_admin_sets_a_question_of_the_day_posted_in_the_channel(
    world: World, engine: Engine, clock: FakeClock
) -> None:
    channel = text_channel()
    on = Choice(name="On here", value="on")
    await world.invoke(
        world.cog.settings,
        world.gateway.command("settings", person=BOB, place=channel),
        qotd=on,
        timezone="UTC",
    )
    assert "Only server admins" in world.api.last().content
    await world.invoke(
        world.cog.settings,
        world.gateway.command("settings", person=ADMIN, place=channel),
        qotd=on,
        timezone="UTC",
    )
    assert "Question of the day is on here" in world.api.last().content
    mark = world.api.mark()
    clock.now = datetime(2026, 11, 24, 9, 0, 30, tzinfo=UTC)
    limited = RateLimitedSender(DiscordDailySender(world.bot), RateLimiter(1000, burst=1000))
    assert (await tick(engine, {"discord": limited}, clock)).sent == 1
    posted = world.api.sent(since=mark)[-1]
    assert route_id(posted.request, "channels") == str(channel.id)
    assert "Question of the day" in posted.content
    assert posted.custom_ids == ("mockinterview:answer",)


async def test_stats_come_with_the_chart_as_a_file(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_DMS), questions=1)
    await world.answer_in_modal(world.strong_answer(), place=ADA_DMS)
    await world.invoke(world.cog.slash("stats"), world.command("stats", ADA_DMS))
    request = world.api.requests[-1]
    assert "By kind" in str(request.body)
    assert request.files == ["mockinterview-scores.png"]


async def test_a_timed_mock_interview_opens_a_thread(world: World) -> None:
    await world.invoke(
        world.cog.mock_interview, world.command("interview", text_channel()), minutes=2
    )
    question, _link = world.api.sent()
    assert "5 questions of mixed kinds, 2 minutes per answer" in question.content


async def test_forget_needs_confirm(world: World, engine: Engine) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_DMS), questions=1)
    await world.answer_in_modal(world.strong_answer(), place=ADA_DMS)
    await world.invoke(world.cog.forget, world.command("forget", ADA_DMS))
    assert "Type `forget confirm`" in world.api.last().content
    await world.invoke(world.cog.forget, world.command("forget", ADA_DMS), confirm=True)
    assert store_of(engine).answers(f"discord:{ADA.id}") == []


async def test_a_refused_dm_pauses_the_daily_question_and_status_says_why(
    store: Store, bank: QuestionBank, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock.now = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    engine = make_engine(bank, store, clock)
    async with open_world(engine, clock, monkeypatch) as world:
        await refused_then_paused(world, engine, clock)


async def refused_then_paused(world: World, engine: Engine, clock: FakeClock) -> None:
    place = installed_only_by(ADA, ADA_DMS)  # installed for herself: no server in common
    await world.invoke(world.cog.daily_on, world.command("daily", place), timezone="UTC")
    world.api.fail(MESSAGE_ROUTE, 50007)
    clock.now = datetime(2026, 11, 24, 9, 0, 30, tzinfo=UTC)
    limited = RateLimitedSender(DiscordDailySender(world.bot), RateLimiter(1000, burst=1000))
    assert (await tick(engine, {"discord": limited}, clock)).failed == 1

    await world.invoke(world.cog.daily_status, world.command("daily", place))
    status = world.api.last()
    assert status.content.startswith("Daily questions are **paused**: Discord refused my DM")
    assert "we share no server" in status.content
    assert "`/mockinterview daily resume`" in status.content
    clock.now = datetime(2026, 11, 25, 9, 0, 30, tzinfo=UTC)
    assert (await tick(engine, {"discord": limited}, clock)).failed == 0  # no more tries


async def test_replicas_ticking_at_once_send_each_daily_question_once(
    bank: QuestionBank, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every process runs the tick; the claim in the shared database picks one sender."""
    clock.now = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with contextlib.ExitStack() as stack:
        first, second = (
            make_engine(bank, stack.enter_context(open_sql_store(url)), clock) for _ in range(2)
        )
        async with open_world(first, clock, monkeypatch) as world:
            for person in (ADA, BOB):
                place = direct_messages(person.id + 1, person)
                daily = world.gateway.command("daily", person=person, place=place)
                await world.invoke(world.cog.daily_on, daily, timezone="UTC")
            mark = world.api.mark()
            clock.now = datetime(2026, 11, 24, 9, 0, 30, tzinfo=UTC)
            sender = RateLimitedSender(DiscordDailySender(world.bot), RateLimiter(1000, burst=1000))
            reports = await asyncio.gather(
                *(tick(engine, {"discord": sender}, clock) for engine in (first, second))
            )
            assert sum(report.sent for report in reports) == 2
            questions = world.api.sent(since=mark)
            assert len(questions) == 2
            assert all("Your daily question" in sent.content for sent in questions)
