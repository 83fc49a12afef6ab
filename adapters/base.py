"""The adapter seam: a Handler turns one event into replies; adapters render and send them."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.types import Event, Reply

if TYPE_CHECKING:  # the console never needs prometheus, asyncio or the engine's imports here
    from adapters.metrics import Metrics
    from bot.engine import Engine

log = logging.getLogger(__name__)

Handler = Callable[[Event], Awaitable[list[Reply]]]
Clock = Callable[[], datetime]
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


def utc_now() -> datetime:
    return datetime.now(UTC)


def handle_safely(
    engine: Engine, event: Event, clock: Clock = utc_now, metrics: Metrics | None = None
) -> list[Reply]:
    """Run the engine; a bug is logged with its traceback and answered with one apology."""
    started = time.perf_counter()
    try:
        return engine.handle(event, clock())
    except Exception:
        log.exception("unexpected error handling an event from %s", event.user.key)
        return [Reply(event.where, APOLOGY, private=True)]
    finally:
        if metrics is not None:
            metrics.turns.observe(time.perf_counter() - started)


def make_handler(engine: Engine, clock: Clock = utc_now, metrics: Metrics | None = None) -> Handler:
    """The async Handler adapters call; the engine runs in a worker thread."""

    async def handler(event: Event) -> list[Reply]:
        import asyncio

        return await asyncio.to_thread(handle_safely, engine, event, clock, metrics)

    return handler
