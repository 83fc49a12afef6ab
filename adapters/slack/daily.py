"""Daily questions on Slack: DMs (or a channel's question of the day) through the Web API.

With one workspace every message goes out with ``SLACK_BOT_TOKEN``. With many (OAuth), each
goes out with its own workspace's bot token from the installation store; a workspace that
removed the app (no bot stored, or Slack calls the token dead) gets nothing, and the
subscription pauses at once.
"""

from __future__ import annotations

import asyncio
from typing import ClassVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store import InstallationStore

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
APP_REMOVED = frozenset({"account_inactive", "token_revoked", "invalid_auth", "not_installed"})
NO_WORKSPACE = "no_workspace"  # a subscription made before subscriptions kept their workspace
RESUME_HERE = (
    "they were switched on before I kept which workspace each belongs to. "
    "Type `daily resume` in this workspace to carry on."
)


class SlackDailySender:
    """Posts with the Web client (which already waits out a first 429 or two); with
    ``installations`` (OAuth), as the bot of the workspace the message belongs to."""

    platform: ClassVar[str] = "slack"

    def __init__(self, client: WebClient, installations: InstallationStore | None = None) -> None:
        self.client = client
        self.installations = installations

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        await asyncio.to_thread(self._post, address, reply)

    def _post(self, address: str, reply: Reply) -> None:
        client = self._client_for(reply.where.scope)
        try:
            channel = self._channel(client, address, reply)
            for message in messages(reply):
                client.chat_postMessage(channel=channel, **message)
        except SlackApiError as error:
            if error.response.status_code == 429:
                retry_after = error.response.headers.get("Retry-After", DEFAULT_RETRY_AFTER)
                raise RateLimitedError(float(retry_after)) from None
            raise self._failure(str(error.response.get("error", "unknown"))) from None

    def _client_for(self, team: str | None) -> WebClient:
        """The client with this workspace's bot token (the one client with one workspace)."""
        if self.installations is None:
            return self.client
        if team is None:  # it will never know its bot: pause now, and say how to go on
            raise DeliveryFailedError(NO_WORKSPACE, for_good=True, reason=RESUME_HERE)
        bot = self.installations.find_bot(enterprise_id=None, team_id=team)
        if bot is None or not bot.bot_token:
            raise self._failure("not_installed")
        client = self.client
        return WebClient(
            token=bot.bot_token, base_url=client.base_url, retry_handlers=client.retry_handlers
        )

    def _failure(self, code: str) -> DeliveryFailedError:
        """A refusal; for good when, with many workspaces, the app is gone from this one."""
        return DeliveryFailedError(
            code, for_good=self.installations is not None and code in APP_REMOVED
        )

    def _channel(self, client: WebClient, address: str, reply: Reply) -> str:
        """A person's DM channel (opened if need be), or the channel itself."""
        if not reply.where.direct:
            return address
        return str(client.conversations_open(users=address)["channel"]["id"])


def slack_daily(
    engine: Engine,
    client: WebClient,
    metrics: Metrics | None = None,
    installations: InstallationStore | None = None,
) -> DailyScheduler:
    limiter = RateLimiter(SLACK_RATE, burst=SLACK_RATE)
    sender = SlackDailySender(client, installations)
    limited = RateLimitedSender(sender, limiter, metrics=metrics)
    return DailyScheduler(engine, {"slack": limited}, metrics)
