"""One replica of the Discord bot for the multi-process test: ``python -m
tests.adapters.discord_replica <gateway url> <token> <discord flags...>``.

It builds the bot from the real command line (``mockinterview discord --shard-ids ...``), keeps
its REST calls on the recording fake, points discord.py's gateway address at the test's fake
gateway, logs in and connects until it is stopped.
"""

from __future__ import annotations

import asyncio
import sys

import pytest
import yarl
from discord.gateway import DiscordWebSocket

from adapters.cli import build_parser
from adapters.discord.app import build_bot
from adapters.discord.platform import DiscordPlatform
from adapters.platform import PLATFORMS
from bot.settings import Settings
from tests.adapters.discord_fakes import FakeDiscordApi


async def no_wait(shard_id: int | None, *, initial: bool = False) -> None:
    """discord.py waits 5 s between identifies, Discord's pace; the fake gateway needs none."""


async def replica(gateway: str, token: str, flags: list[str]) -> None:
    arguments = build_parser().parse_args(["discord", *flags])
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    registered = next(platform for platform in PLATFORMS if platform.name == "discord")
    platform = registered.build(arguments, lambda: settings)
    assert isinstance(platform, DiscordPlatform)
    bot = build_bot(sharding=platform.sharding)
    FakeDiscordApi().attach(bot, pytest.MonkeyPatch())
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    bot.before_identify_hook = no_wait  # type: ignore[method-assign]
    async with bot:
        await bot.login(token)
        await bot.connect(reconnect=False)


if __name__ == "__main__":
    asyncio.run(replica(sys.argv[1], sys.argv[2], sys.argv[3:]))
