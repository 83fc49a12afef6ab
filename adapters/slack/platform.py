"""Slack as a Platform: the bolt app served over Socket Mode or HTTP, Block Kit replies."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import ClassVar

from adapters.platform import LoadSettings
from adapters.slack.app import exit_with, settings_problem
from adapters.slack.daily import SlackDailySender
from adapters.slack.render import messages
from adapters.slack.run import Running, serve_http, serve_socket_mode, start
from bot.settings import Settings
from bot.types import Reply


class SlackPlatform:
    name: ClassVar[str] = "slack"

    def __init__(self, settings: Settings, *, port: int = 3000, host: str | None = None) -> None:
        self.settings = settings
        self.port = port
        self.host = host
        self.running: Running | None = None

    def connect(self) -> int:
        """Serve Slack until SIGTERM; HTTP mode listens on ``host`` (default ``HOST``)."""
        problem = settings_problem(self.settings)
        if problem is not None:
            exit_with(problem)
        self.running = start(self.settings)
        if self.settings.slack_app_token:
            serve_socket_mode(self.running, self.settings)
        else:
            serve_http(self.running, host=self.host or self.settings.host, port=self.port)
        return 0

    def render(self, reply: Reply) -> Sequence[object]:
        return messages(reply)

    async def send(self, reply: Reply) -> None:
        await self._sender().deliver_daily(reply.where.channel_id, reply)

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        await self._sender().deliver_daily(address, reply)

    def close(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None

    def _sender(self) -> SlackDailySender:
        """Posts with the bot token, or (many workspaces) the reply's workspace's own."""
        if self.running is None:
            raise RuntimeError("Slack is not connected")
        app = self.running.app
        installations = None if self.settings.slack_bot_token else app.installation_store
        return SlackDailySender(app.client, installations)


def build(arguments: argparse.Namespace, load_settings: LoadSettings) -> SlackPlatform:
    return SlackPlatform(load_settings(), port=arguments.port, host=arguments.host)
