"""Building, installing and running the bot: intents, mentions, command sync, exit codes."""

from __future__ import annotations

import asyncio
import os
import signal
from unittest.mock import create_autospec

import pytest
from discord.ext import commands
from pydantic import SecretStr

from adapters.discord.app import DiscordBot, build_bot, closing_on_sigterm, install, serve
from adapters.discord.platform import DiscordPlatform
from adapters.platform import connected, make_handler
from bot.engine import Engine
from bot.settings import Settings
from tests.adapters.discord_fakes import (
    ADA,
    GUILD_ID,
    FakeDiscordApi,
    World,
    text_channel,
)
from tests.conftest import FakeClock

NO_MENTIONS: dict[str, object] = {"parse": []}
SUBCOMMANDS = [
    "daily",
    "end",
    "export",
    "forget",
    "guide",
    "help",
    "hint",
    "interview",
    "leaderboard",
    "next",
    "qotd",
    "repeat",
    "settings",
    "skip",
    "start",
    "stats",
    "status",
]
BUTTON_IDS = {f"mockinterview:{name}" for name in ("answer", "hint", "skip", "next", "end")}


@pytest.mark.parametrize(
    ("shards", "bot_class"), [(None, commands.Bot), ("auto", commands.AutoShardedBot)]
)
def test_the_bot_has_no_privileged_intent_and_no_mentions(
    shards: str | None, bot_class: type[DiscordBot]
) -> None:
    bot = build_bot(shards=shards)
    assert type(bot) is bot_class
    assert not bot.intents.message_content
    assert not bot.intents.members
    assert bot.allowed_mentions is not None
    assert dict(bot.allowed_mentions.to_dict()) == NO_MENTIONS


def test_message_content_is_read_only_when_the_operator_enables_it() -> None:
    assert build_bot(message_content=True).intents.message_content


@pytest.mark.parametrize(
    ("guild_id", "route"),
    [
        (GUILD_ID, "PUT /applications/{application_id}/guilds/{guild_id}/commands"),
        (None, "PUT /applications/{application_id}/commands"),
    ],
)
async def test_install_syncs_one_command_group(
    engine: Engine,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    guild_id: int | None,
    route: str,
) -> None:
    api = FakeDiscordApi()
    bot = build_bot()
    api.attach(bot, monkeypatch)
    await bot.login("a-bot-token")
    await install(bot, handler=make_handler(engine), guides=engine.guides(), guild_id=guild_id)
    await bot.close()
    (sync,) = [request for request in api.requests if request.method == "PUT"]
    assert sync.key == route
    (group,) = sync.body
    assert group["name"] == "mockinterview"
    assert sorted(option["name"] for option in group["options"]) == SUBCOMMANDS


async def test_serve_logs_in_installs_then_connects(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeDiscordApi()
    bot = build_bot()
    api.attach(bot, monkeypatch)
    installed_at_connect: list[bool] = []

    async def connect(*, reconnect: bool = True) -> None:
        installed_at_connect.append(bot.get_cog("InterviewCog") is not None)

    monkeypatch.setattr(bot, "connect", create_autospec(bot.connect, side_effect=connect))
    await serve(bot, "a-bot-token", engine=engine, guild_id=None)
    assert api.routes()[:2] == ["GET /users/@me", "GET /oauth2/applications/@me"]
    assert "PUT /applications/{application_id}/commands" in api.routes()
    assert installed_at_connect == [True]
    assert bot.is_closed()


async def test_buttons_on_old_messages_work_after_a_restart(world: World) -> None:
    (view,) = world.bot.persistent_views
    assert view.is_persistent()
    assert {item.custom_id for item in view.children} == BUTTON_IDS  # type: ignore[attr-defined]
    await world.click("mockinterview:next", place=text_channel(), person=ADA)
    reply = world.api.last()
    assert reply.private
    assert "no interview running" in reply.content


@pytest.mark.parametrize(
    ("token", "shards", "message"),
    [(None, None, "DISCORD_TOKEN is not set"), ("a-token", "12", "--shards accepts only `auto`")],
)
def test_run_explains_bad_configuration_with_exit_code_2(
    capsys: pytest.CaptureFixture[str], token: str | None, shards: str | None, message: str
) -> None:
    secret = None if token is None else SecretStr(token)
    settings = Settings(_env_file=None, discord_token=secret)  # type: ignore[call-arg]
    with pytest.raises(SystemExit) as exit_info:
        connected(DiscordPlatform(settings, shards=shards))
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


async def test_sigterm_closes_the_bot() -> None:
    bot = build_bot()
    with closing_on_sigterm(bot):
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(50):
            if bot.is_closed():
                break
            await asyncio.sleep(0.01)
    assert bot.is_closed()
