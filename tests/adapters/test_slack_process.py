"""`mockinterview slack` as a real process: health, metrics, SIGTERM mid-turn, a restart."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.db import SqlStore, make_engine
from tests.adapters.slack_fakes import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlackApi,
    SignedClient,
    wait_for,
)
from tests.conftest import ROOT

STOP_SECONDS = 10


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def status_of(port: int, path: str) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


@contextmanager
def slack_process(api: FakeSlackApi, database: Path, port: int) -> Iterator[subprocess.Popen[str]]:
    environment = {
        **{name: value for name, value in os.environ.items() if not name.startswith("SLACK_")},
        "PYTHONPATH": str(ROOT),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": api.url,
        "DATABASE_URL": f"sqlite:///{database}",
    }
    command = [sys.executable, "-m", "adapters.cli", "slack", "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=database.parent, env=environment, text=True, stderr=subprocess.PIPE
    )
    try:
        wait_for(lambda: status_of(port, "/healthz") == 200, timeout=60)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_sigterm_finishes_the_turn_in_flight_and_a_restart_resumes(tmp_path: Path) -> None:
    api, port, database = FakeSlackApi(), free_port(), tmp_path / "bot.db"
    try:
        with slack_process(api, database, port) as process:
            slack = SignedClient(port, response_url=api.response_url())
            assert status_of(port, "/metrics") == 200
            slack.command("start 2")
            wait_for(lambda: any("Question 1 of 2" in call.text for call in api.messages()))
            answer = "REST APIs use HTTP methods like GET and POST and return status codes."
            assert slack.dm(answer, event_id="EvLast").status == 200
            started = time.monotonic()
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=STOP_SECONDS) == 0
            assert time.monotonic() - started < STOP_SECONDS
            assert "Traceback" not in (process.stderr.read() if process.stderr else "")
        assert any("Score:" in call.text for call in api.messages()), "the turn in flight finished"
        store = SqlStore(make_engine(f"sqlite:///{database}"))
        assert len(store.answers("slack:U1")) == 1
        store.close()
        with slack_process(api, database, port):
            slack.command("status")
            resumed = "question 1 of 2 (feedback shown) · 1 answered"
            wait_for(lambda: any(resumed in call.text for call in api.messages()))
    finally:
        api.close()
