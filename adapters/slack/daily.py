"""Daily questions on Slack: DMs (or a channel's question of the day) through the Web API."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.limiter import SLACK_RATE, RateLimiter
from adapters.metrics import Metrics
from adapters.scheduler import (
    DailyScheduler,
    DeliveryFailedError,
    RateLimitedError,
    RateLimitedSender,
)
from adapters.slack.render import messages
from bot.engine import Engine
from bot.types import Reply

DEFAULT_RETRY_AFTER = 1.0


class SlackDailySender:
    """Posts with the Web client (which already waits out a first 429 or two)."""

    platform: ClassVar[str] = "slack"

    def __init__(self, client: WebClient) -> None:
        self.client = client

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        await asyncio.to_thread(self._post, address, reply)

    def _post(self, address: str, reply: Reply) -> None:
        try:
            channel = self._channel(address, reply)
            for message in messages(reply):
                self.client.chat_postMessage(channel=channel, **message)
        except SlackApiError as error:
            if error.response.status_code == 429:
                retry_after = error.response.headers.get("Retry-After", DEFAULT_RETRY_AFTER)
                raise RateLimitedError(float(retry_after)) from None
            raise DeliveryFailedError(str(error.response.get("error", "unknown"))) from None

    def _channel(self, address: str, reply: Reply) -> str:
        """A person's DM channel (opened if need be), or the channel itself."""
        if not reply.where.direct:
            return address
        return str(self.client.conversations_open(users=address)["channel"]["id"])


def slack_daily(
    engine: Engine, client: WebClient, metrics: Metrics | None = None
) -> DailyScheduler:
    limiter = RateLimiter(SLACK_RATE, burst=SLACK_RATE)
    limited = RateLimitedSender(SlackDailySender(client), limiter, metrics=metrics)
    return DailyScheduler(engine, {"slack": limited}, metrics)
