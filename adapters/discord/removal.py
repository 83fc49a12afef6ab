"""The bot removed from a Discord server: the server's settings and guides are deleted after
the grace period (``REMOVAL_GRACE_DAYS``), unless it is added back before then.

People's own history stays: a Discord person's answers follow them across servers, and
`forget` deletes them.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import discord
from discord.ext import commands

from adapters.platform import Clock, utc_now
from bot.engine import Engine

log = logging.getLogger(__name__)


class ServerRemovals:
    def __init__(self, engine: Engine, *, grace: timedelta, clock: Clock = utc_now) -> None:
        self.engine = engine
        self.grace = grace
        self.clock = clock

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        log.info("removed from server %s; its settings and guides go in %s", guild.id, self.grace)
        await asyncio.to_thread(
            self.engine.removed_from, str(guild.id), self.clock(), grace=self.grace
        )

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await asyncio.to_thread(self.engine.installed_in, str(guild.id))


def watch_removals(
    bot: commands.Bot | commands.AutoShardedBot,
    engine: Engine,
    *,
    grace_days: int,
    clock: Clock = utc_now,
) -> ServerRemovals:
    """Listen for the bot leaving servers, and joining them (again)."""
    removals = ServerRemovals(engine, grace=timedelta(days=grace_days), clock=clock)
    bot.add_listener(removals.on_guild_remove)
    bot.add_listener(removals.on_guild_join)
    return removals
