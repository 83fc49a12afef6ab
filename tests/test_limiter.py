"""The outbound limiter on a fake clock: its pace, bursts, and a platform's Retry-After."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from adapters.limiter import RateLimiter


@dataclass
class FakeTime:
    now: float = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def times_of(limiter: RateLimiter, clock: FakeTime, count: int) -> list[float]:
    async def run() -> list[float]:
        moments = []
        for _ in range(count):
            await limiter.acquire()
            moments.append(round(clock.now, 6))
        return moments

    return asyncio.run(run())


@pytest.mark.parametrize(
    ("rate", "burst", "expected"),
    [
        (50.0, 1.0, [0.0, 0.02, 0.04, 0.06]),
        (1.0, 1.0, [0.0, 1.0, 2.0, 3.0]),
        (10.0, 3.0, [0.0, 0.0, 0.0, 0.1]),
    ],
)
def test_requests_go_out_at_the_rate(rate: float, burst: float, expected: list[float]) -> None:
    clock = FakeTime()
    limiter = RateLimiter(rate, burst, clock=clock, sleep=clock.sleep)
    assert times_of(limiter, clock, 4) == expected


def test_retry_after_holds_everyone_back() -> None:
    clock = FakeTime()
    limiter = RateLimiter(50.0, 1.0, clock=clock, sleep=clock.sleep)
    times_of(limiter, clock, 1)
    limiter.retry_after(2.5)
    assert times_of(limiter, clock, 2) == [2.5, 2.52]
