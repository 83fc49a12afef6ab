"""Building, installing and running the bot: intents, mentions, command sync, exit codes."""

from __future__ import annotations

import asyncio
import os
import signal
from unittest.mock import create_autospec

import pytest
from discord.ext import commands
from pydantic import SecretStr

import adapters.discord.cog as cog_module
from adapters.cli import build_parser
from adapters.discord.app import (
    DiscordBot,
    Sharding,
    build_bot,
    closing_on_sigterm,
    install,
    serve,
)
from adapters.discord.cog import SUBCOMMAND_LIMIT
from adapters.discord.platform import DiscordPlatform
from adapters.platform import PLATFORMS, Registered, connected, make_handler
from bot.commands import BY_NAME, REGISTRY, Spec
from bot.engine import Engine
from bot.settings import Settings
from tests.adapters.discord_fakes import (
    ADA,
    GUILD_ID,
    FakeDiscordApi,
    World,
    direct_messages,
    text_channel,
)
from tests.conftest import FakeClock

NO_MENTIONS: dict[str, object] = {"parse": []}
GUILD_INSTALL, USER_INSTALL = 0, 1  # a command's integration types
GUILD, BOT_DM, PRIVATE_CHANNEL = 0, 1, 2  # a command's contexts
ADA_DMS = direct_messages(620_000_000_000_000_001, ADA)


@pytest.mark.parametrize(
    ("sharding", "bot_class"),
    [(Sharding(), commands.Bot), (Sharding(auto=True), commands.AutoShardedBot)],
)
def test_the_bot_has_no_privileged_intent_and_no_mentions(
    sharding: Sharding, bot_class: type[DiscordBot]
) -> None:
    bot = build_bot(sharding=sharding)
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
    listed = sorted(spec.name for spec in REGISTRY if spec.listed)
    assert sorted(option["name"] for option in group["options"]) == listed
    assert len(group["options"]) <= SUBCOMMAND_LIMIT
    assert group["integration_types"] == [GUILD_INSTALL, USER_INSTALL]
    assert group["contexts"] == [GUILD, BOT_DM, PRIVATE_CHANNEL]


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


@pytest.mark.parametrize(
    "custom_id", ["mockinterview:next", f"mockinterview:next:{ADA.id}"], ids=["no owner", "owned"]
)
async def test_buttons_on_messages_from_before_cards_work_after_a_restart(
    world: World, custom_id: str
) -> None:
    await world.click(custom_id, place=text_channel(), person=ADA, plain=True)
    reply = world.api.last()
    assert reply.private
    assert "no interview running" in reply.content


async def test_no_view_is_kept_per_message(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_DMS))
    await world.click("mockinterview:hint", place=ADA_DMS)
    assert world.bot.persistent_views == []
    assert world.api.last().content.startswith("**Hint 1:**")


def test_run_without_a_token_explains_it_with_exit_code_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = Settings(_env_file=None, discord_token=None)  # type: ignore[call-arg]
    with pytest.raises(SystemExit) as exit_info:
        connected(DiscordPlatform(settings))
    assert exit_info.value.code == 2
    assert "DISCORD_TOKEN is not set" in capsys.readouterr().err


def registered(name: str) -> Registered:
    return next(platform for platform in PLATFORMS if platform.name == name)


def platform_from(command_line: str) -> DiscordPlatform:
    """`mockinterview discord ...` as the command line builds it."""
    arguments = build_parser().parse_args(["discord", *command_line.split()])
    settings = Settings(_env_file=None, discord_token=SecretStr("a-token"))  # type: ignore[call-arg]
    built = registered("discord").build(arguments, lambda: settings)
    assert isinstance(built, DiscordPlatform)
    return built


@pytest.mark.parametrize(
    ("command_line", "shard_ids", "shard_count"),
    [
        ("--shard-ids 0,1 --shard-count 4", [0, 1], 4),
        ("--shard-ids 2-3 --shard-count 4", [2, 3], 4),
        ("--shard-count 2", None, 2),
        ("--shards auto", None, None),
    ],
)
def test_a_process_runs_the_shards_it_is_given(
    command_line: str, shard_ids: list[int] | None, shard_count: int | None
) -> None:
    bot = build_bot(sharding=platform_from(command_line).sharding)
    assert isinstance(bot, commands.AutoShardedBot)
    assert (bot.shard_ids, bot.shard_count) == (shard_ids, shard_count)


@pytest.mark.parametrize(
    ("command_line", "message"),
    [
        ("--shards 12", "--shards accepts only `auto`, not `12`."),
        (
            "--shard-ids 5 --shard-count 4",
            "--shard-ids 5 is out of range for --shard-count 4: shards are numbered 0 to 3.",
        ),
        (
            "--shard-ids 0,one --shard-count 4",
            "--shard-ids takes shard numbers such as `0,1` or `0-3`, not `one`.",
        ),
        (
            "--shard-ids 0,1 --shard-count four",
            "--shard-count takes a whole number such as `4`, not `four`.",
        ),
        (
            "--shard-ids -1 --shard-count 4",
            "--shard-ids takes shard numbers such as `0,1` or `0-3`, not `-1`.",
        ),
        ("--shard-ids 0,0 --shard-count 4", "--shard-ids names each shard once, e.g. `0,1`."),
        ("--shard-ids 0,1", "--shard-ids needs --shard-count, the total over all processes."),
        ("--shard-count 0", "--shard-count must be at least 1."),
        (
            "--shards auto --shard-count 4",
            "Use either --shards auto or --shard-ids with --shard-count.",
        ),
    ],
)
def test_bad_shard_flags_get_one_line_and_exit_code_2(
    capsys: pytest.CaptureFixture[str], command_line: str, message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        platform_from(command_line)
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == message + "\n"


async def test_sigterm_closes_the_bot() -> None:
    bot = build_bot()
    with closing_on_sigterm(bot):
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(50):
            if bot.is_closed():
                break
            await asyncio.sleep(0.01)
    assert bot.is_closed()


async def test_commands_beyond_discords_25_are_synced_under_mockinterview_more(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = len([spec for spec in REGISTRY if spec.listed])
    extras = [
        Spec(f"extra{n}", f"`extra{n}`: one more", BY_NAME["help"].handler)
        for n in range(max(1, SUBCOMMAND_LIMIT + 1 - listed))
    ]
    monkeypatch.setattr(cog_module, "REGISTRY", (*REGISTRY, *extras))
    api = FakeDiscordApi()
    bot = build_bot()
    api.attach(bot, monkeypatch)
    await bot.login("a-bot-token")
    await install(bot, handler=make_handler(engine), guides=engine.guides(), guild_id=None)
    await bot.close()
    (sync,) = [request for request in api.requests if request.method == "PUT"]
    groups = {group["name"]: group for group in sync.body}
    assert len(groups["mockinterview"]["options"]) == SUBCOMMAND_LIMIT
    more = groups["mockinterview-more"]
    assert extras[-1].name in [option["name"] for option in more["options"]]
    assert (more["integration_types"], more["contexts"]) == ([0, 1], [0, 1, 2])
