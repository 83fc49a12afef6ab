"""Fan-out of daily DMs through the limiter against a fake platform that enforces its limit.

Usage: python benchmarks/fanout.py [--count 100000] [--rate 50]
The fake API on loopback allows `rate` requests per second (a sliding one-second window) and
answers 429 with Retry-After beyond that. At 50/s, 100,000 DMs take about 35 minutes; pass a
smaller --count for a quick run. Prints the achieved rate as a fraction of the limit, the 429s,
duplicates and lost sends.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import time
from dataclasses import dataclass, field
from typing import ClassVar

import aiohttp
from aiohttp import web

from adapters.limiter import RateLimiter
from adapters.scheduler import RateLimitedError, RateLimitedSender
from bot.types import Reply, Where


@dataclass
class FakePlatform:
    rate: int
    received: collections.Counter[str] = field(default_factory=collections.Counter)
    window: collections.deque[float] = field(default_factory=collections.deque)
    rejected: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        now = time.monotonic()
        while self.window and now - self.window[0] >= 1.0:
            self.window.popleft()
        if len(self.window) >= self.rate:
            self.rejected += 1
            retry = 1.0 - (now - self.window[0])
            return web.json_response(
                {"retry_after": retry}, status=429, headers={"Retry-After": f"{retry:.3f}"}
            )
        self.window.append(now)
        self.received[(await request.json())["to"]] += 1
        return web.json_response({"ok": True})


@dataclass
class HttpSender:
    platform: ClassVar[str] = "discord"
    session: aiohttp.ClientSession
    url: str

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        async with self.session.post(
            self.url, json={"to": address, "text": reply.text}
        ) as response:
            if response.status == 429:
                raise RateLimitedError(float(response.headers["Retry-After"]))
            response.raise_for_status()


async def run(count: int, rate: int) -> None:
    platform = FakePlatform(rate)
    app = web.Application()
    app.router.add_post("/dm", platform.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    async with aiohttp.ClientSession() as session:
        limited = RateLimitedSender(
            HttpSender(session, f"http://127.0.0.1:{port}/dm"), RateLimiter(rate, burst=1)
        )
        reply = Reply(Where("discord", "0", direct=True), "Your daily question")
        started = time.perf_counter()
        await asyncio.gather(*(limited.send(str(number), reply) for number in range(count)))
        elapsed = time.perf_counter() - started
    await runner.cleanup()
    achieved = count / elapsed
    duplicates = sum(n - 1 for n in platform.received.values() if n > 1)
    lost = count - len(platform.received)
    print(
        f"{count:,} DMs in {elapsed:.1f} s: {achieved:.1f}/s = "
        f"{achieved / rate:.3f} of the {rate}/s limit; "
        f"429s {platform.rejected}, duplicates {duplicates}, lost {lost}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rate", type=int, default=50)
    arguments = parser.parse_args()
    asyncio.run(run(arguments.count, arguments.rate))


if __name__ == "__main__":
    main()
