"""Discord as a Platform: the bot on the gateway, slash commands, buttons and modals."""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import ClassVar

import discord

from adapters.discord.app import (
    DISCORD_RATE_LIMITED,
    UNSHARDED,
    DiscordBot,
    Sharding,
    ShardingError,
    build_bot,
    checked_token,
    fail,
    serve,
)
from adapters.discord.daily import DiscordDailySender, discord_daily
from adapters.discord.removal import watch_removals
from adapters.discord.render import split_message, unmask_links
from adapters.metrics import Metrics, RateLimitLogCounter
from adapters.ops import Health, ops_app, serve_ops
from adapters.platform import LoadSettings
from adapters.wiring import build_engine
from bot.engine import Engine
from bot.settings import Settings
from bot.types import Reply

log = logging.getLogger(__name__)


def _nothing() -> None:
    return None


class DiscordPlatform:
    name: ClassVar[str] = "discord"

    def __init__(self, settings: Settings, *, sharding: Sharding = UNSHARDED) -> None:
        self.settings = settings
        self.sharding = sharding
        self.bot: DiscordBot | None = None
        self.engine: Engine | None = None
        self.stop_ops: Callable[[], None] = _nothing

    def connect(self) -> int:
        """Run the bot until interrupted; a missing or rejected token exits with code 2."""
        token = checked_token(self.settings)
        metrics = Metrics()
        logging.getLogger("discord.http").addHandler(
            RateLimitLogCounter(metrics, "discord", DISCORD_RATE_LIMITED)
        )
        self.engine = engine = build_engine(self.settings, observer=metrics)
        metrics.count_active(engine.active_sessions)
        settings = self.settings
        self.bot = bot = build_bot(
            sharding=self.sharding, message_content=settings.discord_message_content
        )
        daily = discord_daily(engine, bot, metrics)
        watch_removals(bot, engine, grace_days=settings.removal_grace_days)
        health = Health(
            {
                "database": engine.healthy,
                "scheduler": lambda: daily.running,
                "discord": lambda: bot.is_ready() and not bot.is_closed(),
            }
        )
        ops = serve_ops(
            ops_app(health, metrics), host=settings.health_address, port=settings.health_port
        )
        self.stop_ops = ops.shutdown
        guild_id = settings.discord_guild_id
        try:
            asyncio.run(
                serve(bot, token, engine=engine, guild_id=guild_id, metrics=metrics, daily=daily)
            )
        except KeyboardInterrupt:
            pass
        except discord.LoginFailure:
            fail(
                "Discord rejected DISCORD_TOKEN: reset the token in the Developer Portal "
                "and copy it."
            )
        except discord.PrivilegedIntentsRequired:
            fail(
                "DISCORD_MESSAGE_CONTENT is on but the Message Content intent is not enabled in "
                "the Developer Portal (Bot → Privileged Gateway Intents)."
            )
        log.info("stopped")
        return 0

    def render(self, reply: Reply) -> Sequence[object]:
        return split_message(unmask_links(reply.text))

    async def send(self, reply: Reply) -> None:
        await self._sender().deliver_daily(reply.where.channel_id, reply)

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        await self._sender().deliver_daily(address, reply)

    def close(self) -> None:
        self.stop_ops()
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    def _sender(self) -> DiscordDailySender:
        if self.bot is None:
            raise RuntimeError("Discord is not connected")
        return DiscordDailySender(self.bot)


def build(arguments: argparse.Namespace, load_settings: LoadSettings) -> DiscordPlatform:
    """The platform from the command line; a shard flag that cannot work exits with code 2."""
    try:
        sharding = Sharding.parse(arguments.shards, arguments.shard_ids, arguments.shard_count)
    except ShardingError as error:
        fail(str(error))
    return DiscordPlatform(load_settings(), sharding=sharding)
