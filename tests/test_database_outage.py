"""A real PostgreSQL server stopped and started again under a running engine."""

from __future__ import annotations

import asyncio
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.limiter import RateLimiter
from adapters.scheduler import RateLimitedSender, tick
from bot.db import SqlStore, make_engine, upgrade
from bot.engine import TROUBLE_SAVING
from bot.questions import QuestionBank
from bot.types import User, Where
from tests.conftest import Chat, FakeClock, open_chat
from tests.test_daily_delivery import FakeSender

ADA = User("slack", "U1", "Ada")
DM = Where("slack", "D1", direct=True)


@dataclass
class PrivateServer:
    """A PostgreSQL server of this test's own, so stopping it disturbs nothing else."""

    bin: Path
    data: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def ctl(self, *arguments: str) -> None:
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", *arguments]
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.ctl("-l", str(self.data / "log"), "-o", options, "start")

    def stop(self) -> None:
        self.ctl("-m", "fast", "stop")


def postgres_bin() -> Path | None:
    named = os.environ.get("MOCKINTERVIEW_TEST_PG_BIN")
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if named:
        return Path(named)
    return Path(found[-1]).parent if found else None


@pytest.fixture
def server() -> Iterator[PrivateServer]:
    binaries = postgres_bin()
    if binaries is None or os.geteuid() != 0 or shutil.which("runuser") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the outage test: PostgreSQL binaries and root are needed")
        pytest.skip("needs PostgreSQL's binaries and root (to run them as postgres)")
    data = Path(tempfile.mkdtemp(prefix="mockinterview-outage-"))
    shutil.chown(data, "postgres")
    initdb = [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
    subprocess.run(["runuser", "-u", "postgres", "--", *initdb], check=True, capture_output=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    running = PrivateServer(binaries, data, port)
    running.start()
    try:
        yield running
    finally:
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(data, ignore_errors=True)


def run_tick(chat: Chat, sender: FakeSender) -> int:
    limited = RateLimitedSender(sender, RateLimiter(1000, burst=1000))
    return asyncio.run(tick(chat.engine, {"slack": limited}, chat.clock)).sent


def test_the_bot_survives_the_database_going_away(
    server: PrivateServer, bank: QuestionBank
) -> None:
    upgrade(server.url)
    store = SqlStore(make_engine(server.url))
    clock, sender = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC)), FakeSender()
    chat = open_chat(bank, store, clock, user=ADA, where=DM, step=timedelta(0))
    chat.send("daily on 09:00 UTC")
    assert "Question 1 of 2" in chat.send("start 2")
    answer = "We use HTTP methods, status codes, indexes and caching."

    server.stop()
    assert chat.send(answer) == TROUBLE_SAVING
    assert store.ping() is False
    clock.now = datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert run_tick(chat, sender) == 0, "no database, nothing sent"

    server.start()
    assert store.ping() is True
    assert "Score:" in chat.send(answer), "the same answer goes through now"
    assert len(store.answers(ADA.key)) == 1
    chat.send("end")
    clock.now = datetime(2026, 11, 23, 9, 2, tzinfo=UTC)
    assert run_tick(chat, sender) == 1, "the missed tick catches up once"
    assert run_tick(chat, sender) == 0
    store.close()
