"""Daily delivery: the tick claims due questions in the database and sends them by DM.

The tick is a plain coroutine, tested with a fake clock; APScheduler only calls it once a
minute (coalesced, with a misfire grace time, never two at once in one process).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from adapters.limiter import RateLimiter
from adapters.metrics import Metrics
from adapters.platform import Clock, utc_now
from bot.daily import Claim
from bot.engine import Engine
from bot.errors import StorageUnavailableError
from bot.types import Reply

log = logging.getLogger(__name__)

CLAIM_BATCH = 500
TICK_SECONDS = 60
MISFIRE_GRACE_SECONDS = 30


class DeliveryFailedError(Exception):
    """The platform refused the DM for good (DMs closed, user gone): counted, not retried.

    ``for_good`` says no later DM can reach them either (the app was removed from their
    workspace): the subscription pauses at once."""

    def __init__(self, code: str, *, for_good: bool = False, reason: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.for_good = for_good
        self.reason = reason  # for the person, in `daily status`: why, and what to do


class RateLimitedError(Exception):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


class DailySender(Protocol):
    """Posts a daily question: to a person's DMs (``reply.where.direct``) or a channel."""

    platform: ClassVar[str]

    async def deliver_daily(self, address: str, reply: Reply) -> None: ...


@dataclass
class RateLimitedSender:
    """A platform's sender behind its limiter."""

    sender: DailySender
    limiter: RateLimiter
    max_attempts: int = 5
    metrics: Metrics | None = None

    async def send(self, address: str, reply: Reply) -> None:
        for _ in range(self.max_attempts):
            await self.limiter.acquire()
            try:
                await self.sender.deliver_daily(address, reply)
                return
            except RateLimitedError as limited:
                if self.metrics is not None:
                    self.metrics.rate_limited.labels(self.sender.platform).inc()
                log.warning(
                    "%s answered 429; waiting %.1fs", self.sender.platform, limited.retry_after
                )
                self.limiter.retry_after(limited.retry_after)
        raise DeliveryFailedError("rate_limited")


@dataclass(frozen=True, slots=True)
class TickReport:
    sent: int = 0
    failed: int = 0
    deferred: int = 0


async def tick(
    engine: Engine,
    senders: Mapping[str, RateLimitedSender],
    clock: Clock = utc_now,
    metrics: Metrics | None = None,
) -> TickReport:
    """Claim what is due now and send it; a database outage sends nothing this minute."""
    now = clock()
    try:
        claims = await asyncio.to_thread(engine.due_deliveries, now, CLAIM_BATCH)
    except StorageUnavailableError:
        log.warning("daily tick skipped: database unavailable")
        return TickReport()
    claims = [claim for claim in claims if claim.subscription.platform in senders]
    results = await asyncio.gather(
        *(send_daily_question(engine, senders, claim, clock) for claim in claims)
    )
    report = TickReport(results.count("sent"), results.count("failed"), results.count("deferred"))
    if metrics is not None:
        for outcome in ("sent", "failed", "deferred"):
            metrics.deliveries.labels(outcome).inc(results.count(outcome))
    if claims:
        log.info("daily tick: %s", report)
    await keep_data(engine, now)
    return report


async def keep_data(engine: Engine, now: datetime) -> None:
    """Delete removed workspaces' data once due, and answer texts past their retention."""
    try:
        await asyncio.to_thread(engine.run_due_purges, now)
        blanked = await asyncio.to_thread(engine.apply_retention, now)
    except StorageUnavailableError:
        log.warning("data retention skipped this minute: database unavailable")
        return
    if blanked:
        log.info("blanked %d answer text(s) past their server's retention", blanked)


async def send_daily_question(
    engine: Engine, senders: Mapping[str, RateLimitedSender], claim: Claim, clock: Clock
) -> str:
    reply = await asyncio.to_thread(engine.daily_question, claim, clock())
    if reply is None:
        return "deferred"
    limited = senders[claim.subscription.platform]
    try:
        await limited.send(claim.subscription.address, reply)
    except DeliveryFailedError as failure:
        log.info("daily DM to %s failed: %s", claim.subscription.user_key, failure.code)
        now = clock()
        await asyncio.to_thread(
            engine.delivery_failed, claim, now, for_good=failure.for_good, reason=failure.reason
        )
        return "failed"
    await asyncio.to_thread(engine.delivered, claim)
    return "sent"


class DailyScheduler:
    """The minute tick on an event loop; ``stop`` lets a tick in flight finish first."""

    def __init__(
        self,
        engine: Engine,
        senders: Mapping[str, RateLimitedSender],
        metrics: Metrics | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.engine = engine
        self.senders = senders
        self.metrics = metrics
        self.clock = clock
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self._running: asyncio.Task[TickReport] | None = None

    @property
    def running(self) -> bool:
        return bool(self.scheduler.running)

    def start(self) -> None:
        """Register the tick (coalesced, one at a time, with a misfire grace) and start."""
        self.scheduler.add_job(
            self.tick,
            IntervalTrigger(seconds=TICK_SECONDS),
            id="daily-tick",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=MISFIRE_GRACE_SECONDS,
            replace_existing=True,
        )
        self.scheduler.start()

    async def tick(self) -> TickReport:
        self._running = asyncio.current_task()
        try:
            return await tick(self.engine, self.senders, self.clock, self.metrics)
        finally:
            self._running = None

    async def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # the shutdown itself runs on the loop, next turn
        running = self._running
        if running is not None and running is not asyncio.current_task():
            await asyncio.wait({running})
