"""The adapter seam: a Handler turns one event into replies; adapters render and send them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.clock import Clock, system_clock
from bot.types import Event, Reply

if TYPE_CHECKING:  # the console never needs asyncio or the engine's imports here
    from bot.engine import Engine

Handler = Callable[[Event], Awaitable[list[Reply]]]
utc_now = system_clock

__all__ = ["Clock", "Handler", "make_handler", "utc_now"]


def make_handler(engine: Engine) -> Handler:
    """The async Handler adapters call; the engine's one ``handle`` path runs in a worker
    thread, with its clock, its metrics and its apology."""

    async def handler(event: Event) -> list[Reply]:
        import asyncio

        return await asyncio.to_thread(engine.handle, event)

    return handler
