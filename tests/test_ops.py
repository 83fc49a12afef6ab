"""`/healthz` and `/metrics` over real HTTP on a free loopback port."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

import pytest

from adapters.metrics import Metrics
from adapters.ops import Health, ops_app, serve_ops
from bot.engine import Engine
from bot.questions import QuestionBank
from bot.store import InMemoryStore
from bot.types import Text, User, Where
from tests.conftest import FakeClock

ADA = User("console", "ada")
HERE = Where("console", "terminal", direct=True)


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def flags() -> dict[str, bool]:
    return {"database": True, "scheduler": True, "discord": True}


@pytest.fixture
def metrics() -> Metrics:
    return Metrics()


@contextmanager
def health_server(flags: dict[str, bool], metrics: Metrics, host: str) -> Iterator[int]:
    """The operator endpoints on ``host``, each check reading its flag; yields the port."""
    checks: dict[str, Callable[[], bool]] = {
        name: partial(flags.__getitem__, name) for name in flags
    }
    server = serve_ops(ops_app(Health(checks), metrics), host=host, port=0)
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def port(flags: dict[str, bool], metrics: Metrics) -> Iterator[int]:
    with health_server(flags, metrics, "127.0.0.1") as port:
        yield port


def test_healthy_is_200_with_every_check(port: int) -> None:
    status, body = get(port, "/healthz")
    assert status == 200
    assert json.loads(body) == {
        "status": "ok",
        "checks": {"database": True, "scheduler": True, "discord": True},
    }


def test_one_failing_check_is_503(port: int, flags: dict[str, bool]) -> None:
    flags["database"] = False
    status, body = get(port, "/healthz")
    assert status == 503
    assert json.loads(body)["checks"]["database"] is False


def test_a_check_that_raises_counts_as_failing(metrics: Metrics) -> None:
    def broken() -> bool:
        raise RuntimeError("boom")

    healthy, checks = Health({"database": broken}).report()
    assert (healthy, dict(checks)) == (False, {"database": False})


def test_metrics_count_answers_turns_and_outages(
    port: int, metrics: Metrics, bank: QuestionBank, clock: FakeClock
) -> None:
    engine = Engine(store=InMemoryStore(), bank=bank, observer=metrics, clock=clock)
    metrics.count_active(engine.active_sessions)
    for text in ("start", "REST uses GET and POST with status codes and versioning."):
        engine.handle(Text(ADA, HERE, text))
    metrics.storage_failed()
    status, body = get(port, "/metrics")
    assert status == 200
    assert "mockinterview_answers_scored_total 1.0" in body
    assert "mockinterview_answer_score_count 1.0" in body
    assert "mockinterview_turn_seconds_count 2.0" in body
    assert "mockinterview_database_errors_total 1.0" in body
    assert "mockinterview_active_interviews 1.0" in body


def test_other_paths_are_404(port: int) -> None:
    assert get(port, "/")[0] == 404


def test_the_healthcheck_command_asks_the_bot(port: int, flags: dict[str, bool]) -> None:
    from adapters.cli import main

    assert main(["healthcheck", str(port)]) == 0
    flags["scheduler"] = False
    assert main(["healthcheck", str(port)]) == 1


def test_the_healthcheck_asks_where_the_bot_listens(
    flags: dict[str, bool], metrics: Metrics, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adapters.cli import main

    with health_server(flags, metrics, "127.0.0.2") as port:
        assert main(["healthcheck", str(port)]) == 1  # nothing answers on 127.0.0.1
        monkeypatch.setenv("HOST", "127.0.0.2")
        assert main(["healthcheck", str(port)]) == 0
        monkeypatch.setenv("HOST", "0.0.0.0")
        monkeypatch.setenv("HEALTH_HOST", "127.0.0.2")
        assert main(["healthcheck", str(port)]) == 0


def test_discords_logged_429s_are_counted(metrics: Metrics) -> None:
    from adapters.discord.app import DISCORD_RATE_LIMITED
    from adapters.metrics import RateLimitLogCounter

    logger = logging.getLogger("discord.http.test")
    counter = RateLimitLogCounter(metrics, "discord", DISCORD_RATE_LIMITED)
    logger.addHandler(counter)
    try:
        fmt = "We are being rate limited. %s %s responded with 429. Retrying in %.2f seconds."
        logger.warning(fmt, "POST", "/channels/1/messages", 0.5)
        logger.warning("something else")
    finally:
        logger.removeHandler(counter)
    sample = "mockinterview_platform_rate_limited_total"
    assert metrics.registry.get_sample_value(sample, {"platform": "discord"}) == 1.0
