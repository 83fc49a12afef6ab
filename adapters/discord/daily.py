"""Daily questions on Discord: DMs through the bot, behind the per-bot rate limit."""

from __future__ import annotations

import logging
from typing import ClassVar

import discord

from adapters.discord.render import send_replies
from adapters.discord.send import ChannelSender
from adapters.limiter import DISCORD_RATE, RateLimiter
from adapters.metrics import Metrics
from adapters.scheduler import DailyScheduler, DeliveryFailedError, RateLimitedSender
from bot.engine import Engine
from bot.types import Reply

log = logging.getLogger(__name__)

CANNOT_DM = {50007: "cannot_send_to_user", 50278: "dm_not_allowed"}
DM_REFUSED = (
    "Discord refused my DM: we share no server (the app is installed only for you), or your "
    "DMs are closed to me. Add the bot to a server you are in, or allow DMs from a server we "
    "share (server name → Privacy Settings), then use `/mockinterview daily resume`."
)


class DiscordDailySender:
    """Sends a daily question to a person's DMs or a channel; refusals become
    ``DeliveryFailedError``. A refused DM pauses the subscription at once, with the reason
    `daily status` shows: Discord takes no DM from a bot that shares no server with the
    person (someone who installed the app only for themselves), or whose DMs are closed,
    until they change that.

    429s are left to discord.py's own rate limiter, which waits and retries.
    """

    platform: ClassVar[str] = "discord"

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        try:
            await send_replies([reply], ChannelSender(await self._place(int(address), reply)))
        except discord.Forbidden as error:
            if error.code in CANNOT_DM:
                code = CANNOT_DM[error.code]
                raise DeliveryFailedError(code, for_good=True, reason=DM_REFUSED) from None
            raise DeliveryFailedError(f"forbidden_{error.code}") from None
        except discord.NotFound:
            raise DeliveryFailedError("unknown_user") from None

    async def _place(self, snowflake: int, reply: Reply) -> discord.abc.Messageable:
        """A person's DMs, or the channel of a question of the day."""
        if reply.where.direct:
            return await self.client.create_dm(discord.Object(id=snowflake))
        channel = self.client.get_channel(snowflake) or await self.client.fetch_channel(snowflake)
        if not isinstance(channel, discord.abc.Messageable):
            raise DeliveryFailedError("not_a_text_channel")
        return channel


def discord_daily(
    engine: Engine, client: discord.Client, metrics: Metrics | None = None
) -> DailyScheduler:
    limiter = RateLimiter(DISCORD_RATE, burst=DISCORD_RATE)
    limited = RateLimitedSender(DiscordDailySender(client), limiter, metrics=metrics)
    return DailyScheduler(engine, {"discord": limited}, metrics)
