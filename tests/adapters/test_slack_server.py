"""The HTTP server facing the internet: slow clients hold no thread, big bodies are refused
from their headers, a request must arrive whole in time, malformed bodies are a 400, a
burst of connections is taken at once; and the work after the acks keeps to two engine
turns at a time."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode

import pytest

from adapters.ops import StartResponse
from adapters.slack.app import build_app
from adapters.slack.listeners import ENGINE_SLOTS
from adapters.slack.server import AcksFirst, AcksFirstExecutor, Limits, SlackServer, serve
from bot.db import SqlStore
from bot.questions import QuestionBank
from bot.types import Event, Reply
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_TOKEN,
    FORM,
    SIGNING_SECRET,
    FakeSlackApi,
    RunningApp,
    SignedClient,
    fresh_slack_store,
    migrated_template,
    running_app,
    running_slack,
    wait_for,
)
from tests.conftest import make_engine

PATIENCE = 5.0  # seconds a client waits for an answer that takes milliseconds when all is well


class Trickle:
    """Connections that send a request's first line, then one byte now and then, forever."""

    def __init__(self, port: int, count: int, *, every: float = 0.3) -> None:
        self.sockets = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
        for sock in self.sockets:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")
        self.every = every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._drip, daemon=True)
        self.thread.start()

    def _drip(self) -> None:
        while not self.stop.wait(self.every):
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.send(b"X")

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        for sock in self.sockets:
            sock.close()


@contextlib.contextmanager
def served(bank: QuestionBank, store: SqlStore, limits: Limits) -> Iterator[SignedClient]:
    api = FakeSlackApi()
    acks = AcksFirst()
    executor = AcksFirstExecutor(2, acks)
    app = build_app(
        engine=make_engine(bank, store),
        signing_secret=SIGNING_SECRET,
        bot_token=BOT_TOKEN,
        api_url=api.url,
        executor=executor,
    )
    server = serve(app, acks=acks, host="127.0.0.1", port=0, limits=limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield SignedClient(server.server_port, response_url=api.response_url())
    finally:
        server.shutdown()
        server.server_close()
        executor.shutdown(wait=True)
        api.close()


def test_a_hundred_slow_clients_do_not_delay_a_signed_request(slack: RunningApp) -> None:
    slow = Trickle(slack.slack.port, 100)
    impatient = SignedClient(slack.slack.port, response_url="", timeout=PATIENCE)
    try:
        for _ in range(3):
            assert impatient.command("status").status == 200
    finally:
        slow.close()


def test_at_most_two_turns_are_in_the_engine_at_once(
    bank: QuestionBank, slack_store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(bank, slack_store)
    handle, inside, peak, guard = engine.handle, [0], [0], threading.Lock()

    def crowded_handle(event: Event) -> list[Reply]:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        try:
            time.sleep(0.2)  # long enough for every free worker to try to come in too
            return handle(event)
        finally:
            with guard:
                inside[0] -= 1

    monkeypatch.setattr(engine, "handle", crowded_handle)
    with running_app(engine, workers=6) as running:
        for person in range(6):
            assert running.slack.command("status", user=f"U{person}").status == 200
        running.drain()
        assert len(running.api.messages()) == 6, "every turn answered"
    assert peak[0] == ENGINE_SLOTS


def test_the_work_lets_the_acks_go_first_again_before_it_enters_the_engine(
    bank: QuestionBank, slack_store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, steps = make_engine(bank, slack_store), list[str]()
    handle = engine.handle

    def handled(event: Event) -> list[Reply]:
        steps.append("engine")
        return handle(event)

    monkeypatch.setattr(engine, "handle", handled)
    monkeypatch.setattr(AcksFirst, "wait", lambda acks: steps.append("wait for the acks"))
    with running_app(engine, workers=1) as running:
        assert running.slack.command("status").status == 200
        running.drain()
    assert steps == ["wait for the acks", "wait for the acks", "engine"]


@pytest.mark.parametrize(("connections", "taken"), [(1000, 20), (12, 10)], ids=["all", "limit"])
def test_a_burst_of_new_connections_is_taken_in_one_turn_of_the_loop(
    connections: int, taken: int
) -> None:
    """Up to the connection limit, which counts the server's own listening socket and
    wake-up pipe too."""
    server = SlackServer(unused, host="127.0.0.1", port=0, limits=Limits(connections=connections))
    burst = [socket.create_connection(("127.0.0.1", server.server_port)) for _ in range(20)]
    try:
        server._server.handle_accept()
        assert len(server._server.active_channels) == taken
    finally:
        for sock in burst:
            sock.close()
        server._close_all()
        server.server_close()


def unused(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    raise AssertionError("no request is read in this test")


def test_a_request_that_does_not_arrive_in_time_loses_its_connection(
    bank: QuestionBank, slack_store: SqlStore
) -> None:
    with served(bank, slack_store, Limits(request_seconds=0.5)) as client:
        slow = Trickle(client.port, 1, every=0.1)
        try:
            sock = slow.sockets[0]
            sock.settimeout(PATIENCE * 2)
            assert sock.recv(1024) == b"", "the server closed the connection"
        finally:
            slow.close()


def test_a_body_over_the_cap_gets_413_without_being_read(slack: RunningApp) -> None:
    head = (
        "POST /slack/events HTTP/1.1\r\nHost: x\r\n"
        f"Content-Type: {FORM}\r\nContent-Length: {300 * 1024 * 1024}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", slack.slack.port), timeout=PATIENCE) as sock:
        sock.sendall(head.encode() + b"x" * 65536)
        answer = sock.recv(4096).decode()
    assert answer.startswith("HTTP/1.1 413")


def test_a_body_just_under_the_cap_is_read_and_checked(slack: RunningApp) -> None:
    body = urlencode({"text": "x" * (1024 * 1024 - 100)})
    forged = slack.slack.request("POST", "/slack/events", body, {"Content-Type": FORM})
    assert forged.status == 401


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", "application/json"),
        ("payload=%7Bnot+json", FORM),
        ("payload=%5B1%2C2%5D", FORM),
        (json.dumps([1, 2]), "application/json"),
    ],
    ids=["json", "payload", "payload not an object", "json not an object"],
)
def test_a_signed_malformed_body_gets_400(slack: RunningApp, body: str, content_type: str) -> None:
    response = slack.slack.send(slack.slack.requests.signed(body, content_type))
    assert response.status == 400
    assert "Traceback" not in response.body
