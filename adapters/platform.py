"""The platform seam: what every chat platform implements, and the list the CLI reads.

A platform turns its payloads into neutral events, hands them to the engine through one
``Handler``, renders the replies and sends them. Adding one is one package under
``adapters/`` with a class that implements :class:`Platform`, and one line in ``PLATFORMS``.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import import_module
from typing import TYPE_CHECKING, ClassVar, Protocol

from bot.clock import Clock
from bot.types import Event, Reply

if TYPE_CHECKING:  # the console never needs asyncio or the engine's imports here
    from bot.engine import Engine
    from bot.settings import Settings

Handler = Callable[[Event], Awaitable[list[Reply]]]
LoadSettings = Callable[[], "Settings"]


def utc_now() -> datetime:
    """The real time, in UTC: the clock the platforms give the engine."""
    return datetime.now(UTC)


__all__ = [
    "PLATFORMS",
    "Clock",
    "Handler",
    "Platform",
    "Registered",
    "connected",
    "make_handler",
    "utc_now",
]


def make_handler(engine: Engine) -> Handler:
    """The async Handler platforms call; the engine's one ``handle`` path runs in a worker
    thread, with its clock, its metrics and its apology."""

    async def handler(event: Event) -> list[Reply]:
        import asyncio

        return await asyncio.to_thread(engine.handle, event)

    return handler


def connected(platform: Platform) -> int:
    """Serve on ``platform`` until it stops, then close it in order: the exit code."""
    try:
        return platform.connect()
    finally:
        platform.close()


class Platform(Protocol):
    """One chat platform around the engine."""

    name: ClassVar[str]

    def connect(self) -> int:
        """Connect and serve people until stopped (SIGTERM, Ctrl-D); the exit code."""
        ...

    def render(self, reply: Reply) -> Sequence[object]:
        """One reply as the platform's own messages (Block Kit, Discord content, text)."""
        ...

    async def send(self, reply: Reply) -> None:
        """Post a reply outside a person's turn, in the channel it names."""
        ...

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        """The daily question: to a person's DMs (``reply.where.direct``) or a channel."""
        ...

    def close(self) -> None:
        """Stop in order: turns in flight finish, the scheduler stops, the database closes."""
        ...


Options = Callable[[argparse.ArgumentParser], None]


@dataclass(frozen=True, slots=True)
class Registered:
    """A platform as the CLI lists it; its module is imported only when it runs, so the
    console starts without loading the SDKs of the others."""

    name: str
    summary: str
    module: str  # holds ``build(arguments, load_settings) -> Platform``
    options: Options

    def build(self, arguments: argparse.Namespace, load_settings: LoadSettings) -> Platform:
        built: Platform = import_module(self.module).build(arguments, load_settings)
        return built


def _console_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="Whose interview this is.")
    parser.add_argument(
        "--out",
        "--files",
        dest="out",
        type=argparse_path,
        metavar="FOLDER",
        help="Where charts and exports are saved; default the user data folder.",
    )


def argparse_path(text: str) -> object:
    from pathlib import Path

    return Path(text)


def _slack_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port", type=int, default=3000, help="HTTP mode port (without SLACK_APP_TOKEN)."
    )
    parser.add_argument("--host", help="HTTP mode address; default HOST, else 0.0.0.0.")


def _discord_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shards", help="`auto` for an auto-sharded client.")
    parser.add_argument(
        "--shard-ids", metavar="IDS", help="The shards this process runs, e.g. `0,1` or `0-3`."
    )
    parser.add_argument(
        "--shard-count", metavar="N", help="With --shard-ids: the shards over all processes."
    )


PLATFORMS = [
    Registered(
        "console",
        "Run an interview in this terminal (answers may also be piped on stdin).",
        "adapters.console.platform",
        _console_options,
    ),
    Registered(
        "slack",
        "Run the Slack app: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on --host:--port.",
        "adapters.slack.platform",
        _slack_options,
    ),
    Registered(
        "discord",
        "Run the Discord bot with DISCORD_TOKEN.",
        "adapters.discord.platform",
        _discord_options,
    ),
]
