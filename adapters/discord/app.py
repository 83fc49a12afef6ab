"""`mockinterview discord`: the bot on discord.py: one process, auto-sharded, or a fixed set
of shards per process (``--shard-ids 0,1 --shard-count 4``), every process on one database.

Slash commands sync to ``DISCORD_GUILD_ID`` at once when it is set (for development),
otherwise globally. No privileged intent is needed: answers come from a modal in servers
and from plain messages in DMs. With ``DISCORD_MESSAGE_CONTENT`` on (and the intent enabled
in the Developer Portal), plain messages in a person's interview thread count as answers too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

import discord
from discord.ext import commands

from adapters.discord.cog import InterviewCog
from adapters.discord.daily import discord_daily
from adapters.discord.listeners import InterviewRunner
from adapters.discord.render import NO_MENTIONS
from adapters.discord.views import routed
from adapters.metrics import Metrics
from adapters.platform import Handler, make_handler
from adapters.scheduler import DailyScheduler
from bot.engine import Engine
from bot.questions import Guide
from bot.settings import Settings

log = logging.getLogger(__name__)

DiscordBot = commands.Bot | commands.AutoShardedBot
SHARD_MODES = (None, "auto")
SHARD_RANGE = re.compile(r"(?P<first>[0-9]{1,6})(?:-(?P<last>[0-9]{1,6}))?")


class ShardingError(ValueError):
    """A shard flag that cannot work, in one line for the operator."""


@dataclass(frozen=True)
class Sharding:
    """Which shards this process runs: none (one connection), Discord's recommended count
    (``auto``), or ``ids`` out of ``count`` shards over all processes."""

    auto: bool = False
    ids: tuple[int, ...] | None = None
    count: int | None = None

    @property
    def sharded(self) -> bool:
        return self.auto or self.count is not None

    @classmethod
    def parse(cls, shards: str | None, ids: str | None, count: str | None) -> Sharding:
        if shards not in SHARD_MODES:
            raise ShardingError(f"--shards accepts only `auto`, not `{shards}`.")
        if shards and (ids or count):
            raise ShardingError("Use either --shards auto or --shard-ids with --shard-count.")
        if ids and not count:
            raise ShardingError("--shard-ids needs --shard-count, the total over all processes.")
        if count is None:
            return cls(auto=shards == "auto")
        total = _whole_number(count, "--shard-count")
        if total < 1:
            raise ShardingError("--shard-count must be at least 1.")
        chosen = _shard_ids(ids, total) if ids else None
        return cls(ids=chosen, count=total)


UNSHARDED = Sharding()


def _whole_number(text: str, flag: str) -> int:
    if not text.strip().isdecimal():
        raise ShardingError(f"{flag} takes a whole number such as `4`, not `{text[:40]}`.")
    return int(text)


def _shard_ids(text: str, total: int) -> tuple[int, ...]:
    """``0,1`` or ``0-3`` (or both: ``0,2-3``): shard numbers below ``total``, each once."""
    ids: list[int] = []
    for part in text.split(","):
        shards = SHARD_RANGE.fullmatch(part.strip())
        if shards is None:
            raise ShardingError(
                f"--shard-ids takes shard numbers such as `0,1` or `0-3`, not `{part[:40]}`."
            )
        first = int(shards["first"])
        ids.extend(range(first, int(shards["last"] or first) + 1))
    wrong = sorted({shard for shard in ids if shard >= total})
    if wrong:
        raise ShardingError(
            f"--shard-ids {', '.join(map(str, wrong))} is out of range for --shard-count "
            f"{total}: shards are numbered 0 to {total - 1}."
        )
    if not ids or len(set(ids)) != len(ids):
        raise ShardingError("--shard-ids names each shard once, e.g. `0,1`.")
    return tuple(ids)


DISCORD_RATE_LIMITED = "We are being rate limited."  # how discord.py logs each 429


def build_bot(*, sharding: Sharding = UNSHARDED, message_content: bool = False) -> DiscordBot:
    """A bot with mentions off by default and no privileged intent unless asked for."""
    intents = discord.Intents.default()
    intents.message_content = message_content
    options: dict[str, Any] = {
        "command_prefix": commands.when_mentioned,  # unused: every command is a slash command
        "help_command": None,
        "intents": intents,
        "allowed_mentions": NO_MENTIONS,
    }
    if not sharding.sharded:
        return commands.Bot(**options)
    if sharding.ids is not None:
        options["shard_ids"] = list(sharding.ids)
    return commands.AutoShardedBot(shard_count=sharding.count, **options)


async def install(
    bot: DiscordBot, *, handler: Handler, guides: Sequence[Guide], guild_id: int | None
) -> InterviewRunner:
    """Add the Cog and the buttons' router, then sync the slash commands."""
    runner = InterviewRunner(handler, read_threads=bot.intents.message_content)
    cog = InterviewCog(runner, guides)
    await bot.add_cog(cog)
    if cog.more.commands:
        bot.tree.add_command(cog.more)
    bot.add_dynamic_items(routed(runner))
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


def checked_token(settings: Settings) -> str:
    if settings.discord_token is None:
        fail("DISCORD_TOKEN is not set: put the bot token from the Developer Portal in .env.")
    return settings.discord_token.get_secret_value()
