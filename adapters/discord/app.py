"""`mockinterview discord`: the bot on discord.py, one process or auto-sharded.

Slash commands sync to ``DISCORD_GUILD_ID`` at once when it is set (for development),
otherwise globally. No privileged intent is needed: answers come from a modal in servers
and from plain messages in DMs. With ``DISCORD_MESSAGE_CONTENT`` on (and the intent enabled
in the Developer Portal), plain messages in a person's interview thread count as answers too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

import discord
from discord.ext import commands

from adapters.discord.cog import InterviewCog
from adapters.discord.daily import discord_daily
from adapters.discord.listeners import InterviewRunner
from adapters.discord.render import NO_MENTIONS
from adapters.discord.views import ActionView, owned
from adapters.metrics import Metrics
from adapters.platform import Handler, make_handler
from adapters.scheduler import DailyScheduler
from bot.engine import Engine
from bot.questions import Guide
from bot.settings import Settings

log = logging.getLogger(__name__)

DiscordBot = commands.Bot | commands.AutoShardedBot
SHARD_MODES = (None, "auto")
DISCORD_RATE_LIMITED = "We are being rate limited."  # how discord.py logs each 429


def build_bot(*, shards: str | None = None, message_content: bool = False) -> DiscordBot:
    """A bot with mentions off by default and no privileged intent unless asked for."""
    intents = discord.Intents.default()
    intents.message_content = message_content
    bot_class = commands.AutoShardedBot if shards == "auto" else commands.Bot
    return bot_class(
        command_prefix=commands.when_mentioned,  # unused: every command is a slash command
        help_command=None,
        intents=intents,
        allowed_mentions=NO_MENTIONS,
    )


async def install(
    bot: DiscordBot, *, handler: Handler, guides: Sequence[Guide], guild_id: int | None
) -> InterviewRunner:
    """Add the Cog and the persistent buttons, then sync the slash commands."""
    runner = InterviewRunner(handler, read_threads=bot.intents.message_content)
    await bot.add_cog(InterviewCog(runner, guides))
    bot.add_view(ActionView(runner))
    bot.add_dynamic_items(owned(runner))
    await sync_commands(bot.tree, guild_id)
    return runner


async def sync_commands(tree: discord.app_commands.CommandTree, guild_id: int | None) -> None:
    if guild_id is None:
        await tree.sync()
        log.info("slash commands synced globally (they may take up to an hour to appear)")
        return
    guild = discord.Object(id=guild_id)
    tree.copy_global_to(guild=guild)
    await tree.sync(guild=guild)
    log.info("slash commands synced to server %s", guild_id)


async def serve(
    bot: DiscordBot,
    token: str,
    *,
    engine: Engine,
    guild_id: int | None,
    metrics: Metrics | None = None,
    daily: DailyScheduler | None = None,
) -> None:
    """What ``Client.start`` does, with the Cog installed between login and connect, the
    daily-question tick beside the gateway, and SIGTERM closing it all in order."""
    daily = daily or discord_daily(engine, bot, metrics)
    handler = make_handler(engine)
    async with bot:
        await bot.login(token)
        await install(bot, handler=handler, guides=engine.guides(), guild_id=guild_id)
        daily.start()
        with closing_on_sigterm(bot):
            try:
                await bot.connect()
            finally:
                await daily.stop()


@contextlib.contextmanager
def closing_on_sigterm(bot: DiscordBot) -> Iterator[None]:
    """`docker compose down` sends SIGTERM: log out of the gateway and let serve() return."""
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: loop.create_task(bot.close()))
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


def fail(message: str) -> NoReturn:
    sys.stderr.write(message + "\n")
    raise SystemExit(2)


def checked_token(settings: Settings, shards: str | None) -> str:
    if settings.discord_token is None:
        fail("DISCORD_TOKEN is not set: put the bot token from the Developer Portal in .env.")
    if shards not in SHARD_MODES:
        fail(f"--shards accepts only `auto`, not `{shards}`.")
    return settings.discord_token.get_secret_value()
