"""Two processes of the bot share the shards of one application: each identifies only its own
shards to the gateway (a fake one, speaking the gateway's hello, identify and ready)."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from tests.adapters.discord_fakes import APPLICATION_ID, BOT_USER

HELLO, IDENTIFY, HEARTBEAT, HEARTBEAT_ACK, DISPATCH = 10, 2, 1, 11, 0
WAIT_SECONDS = 60  # a bound for a stuck process, not a measurement
REPOSITORY = Path(__file__).resolve().parents[2]


@dataclass
class FakeGateway:
    """Records every IDENTIFY: which token asked for which shard."""

    identified: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    everyone: asyncio.Event = field(default_factory=asyncio.Event)
    expected: int = 4

    async def connection(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_str(json.dumps({"op": HELLO, "d": {"heartbeat_interval": 45_000}}))
        async for message in socket:
            if message.type != WSMsgType.TEXT:
                break
            await self.received(socket, json.loads(message.data))
        return socket

    async def received(self, socket: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        if payload["op"] == HEARTBEAT:
            await socket.send_str(json.dumps({"op": HEARTBEAT_ACK, "d": None}))
        if payload["op"] != IDENTIFY:
            return
        shard = payload["d"]["shard"]
        self.identified.append((payload["d"]["token"], (shard[0], shard[1])))
        ready = {
            "v": 10,
            "user": BOT_USER,
            "guilds": [],
            "session_id": f"session-{shard[0]}",
            "resume_gateway_url": str(socket),
            "shard": shard,
            "application": {"id": str(APPLICATION_ID), "flags": 0},
        }
        await socket.send_str(json.dumps({"op": DISPATCH, "t": "READY", "s": 1, "d": ready}))
        if len(self.identified) >= self.expected:
            self.everyone.set()


@asynccontextmanager
async def serving(gateway: FakeGateway) -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_get("/", gateway.connection)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"ws://127.0.0.1:{port}/"
    finally:
        await runner.cleanup()


async def start_replica(url: str, token: str, flags: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.adapters.discord_replica",
        url,
        token,
        *flags.split(),
        cwd=REPOSITORY,
    )


async def test_two_processes_each_identify_only_their_own_shards() -> None:
    gateway = FakeGateway()
    async with serving(gateway) as url:
        replicas = [
            await start_replica(url, "token-a", "--shard-ids 0,1 --shard-count 4"),
            await start_replica(url, "token-b", "--shard-ids 2-3 --shard-count 4"),
        ]
        try:
            await asyncio.wait_for(gateway.everyone.wait(), WAIT_SECONDS)
        finally:
            for replica in replicas:
                replica.terminate()
                await replica.wait()
    assert sorted(gateway.identified) == [
        ("token-a", (0, 4)),
        ("token-a", (1, 4)),
        ("token-b", (2, 4)),
        ("token-b", (3, 4)),
    ]
