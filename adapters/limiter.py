"""Outbound rate limits: a token bucket per platform that also honours `Retry-After`.

Discord allows about 50 requests/s per bot; Slack about one message a second per channel
with workspace limits above that. Every daily send waits here first; a 429 pauses the
whole bucket for the time the platform asked.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

EPSILON = 1e-9  # float dust: 0.02 s at 50/s must make a whole token
DISCORD_RATE = 50.0  # requests/s per bot
SLACK_RATE = 10.0  # messages/s per workspace; each DM is its own channel (1/s per channel)


@dataclass
class RateLimiter:
    rate: float  # requests per second, sustained
    burst: float = 1.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    _tokens: float = field(init=False)
    _updated: float = field(init=False)
    _paused_until: float = field(default=0.0, init=False)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)

    def __post_init__(self) -> None:
        self._tokens = self.burst
        self._updated = self.clock()

    async def acquire(self) -> None:
        """Wait until one request may go out."""
        async with self._lock:
            while True:
                delay = self._delay()
                if delay <= 0:
                    self._tokens -= 1
                    return
                await self.sleep(delay)

    def _delay(self) -> float:
        now = self.clock()
        if now < self._paused_until:
            return self._paused_until - now
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        missing = 1 - self._tokens
        return 0.0 if missing <= EPSILON else missing / self.rate

    def retry_after(self, seconds: float) -> None:
        """The platform said 429: nobody sends until ``seconds`` have passed."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)
        self._tokens = 0.0
