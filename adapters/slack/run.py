"""`mockinterview slack`: build the app, serve it, and stop in order on SIGTERM.

HTTP mode serves Slack's requests, `/healthz` and `/metrics` on one port; Socket Mode
serves the two operator paths on ``HEALTH_PORT``. On SIGTERM (what `docker compose down`
sends) no new request is taken, the turns in flight finish, the daily scheduler stops
after its running tick, the database pool closes, and the process exits 0.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.error import BoltError

from adapters.background import BackgroundLoop
from adapters.metrics import Metrics
from adapters.ops import Health, WsgiApp, ops_app, serve_ops, timed
from adapters.scheduler import DailyScheduler
from adapters.slack.app import (
    WORKERS,
    RateLimitCounter,
    app_from_settings,
    exit_with,
    reveal,
)
from adapters.slack.daily import slack_daily
from adapters.slack.server import EVENTS_PATH, AcksFirst, AcksFirstExecutor, serve
from adapters.wiring import build_engine
from bot.db import make_engine
from bot.engine import Engine
from bot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Running:
    """What runs while the app serves, so it can be stopped in order."""

    engine: Engine
    app: App
    executor: AcksFirstExecutor
    acks: AcksFirst
    metrics: Metrics
    daily: DailyScheduler
    background: BackgroundLoop

    def health(self, platform: Callable[[], bool]) -> Health:
        daily = self.daily
        return Health(
            {
                "database": self.engine.healthy,
                "scheduler": lambda: daily.running,
                "slack": platform,
            }
        )

    def stop(self) -> None:
        self.executor.shutdown(wait=True)
        self.background.run(self.daily.stop())
        self.background.stop()
        self.engine.close()
        log.info("stopped")


def start(settings: Settings) -> Running:
    metrics = Metrics()
    database = make_engine(settings.database_url)  # one pool: the engine's and the installs'
    engine = build_engine(settings, observer=metrics, database=database)
    metrics.count_active(engine.active_sessions)
    acks = AcksFirst()
    executor = AcksFirstExecutor(WORKERS, acks)
    try:
        app = app_from_settings(settings, engine, executor=executor, database=database)
    except BoltError as error:
        exit_with(f"Slack did not accept the app's settings: {error}")
    count_429 = metrics.rate_limited.labels("slack").inc
    app.client.retry_handlers.insert(0, RateLimitCounter(count_429))
    installations = None if settings.slack_bot_token else app.installation_store
    daily = slack_daily(engine, app.client, metrics, installations)
    background = BackgroundLoop("daily")
    background.start()
    background.run(_start(daily))
    return Running(engine, app, executor, acks, metrics, daily, background)


async def _start(daily: DailyScheduler) -> None:
    daily.start()


def serve_http(running: Running, *, host: str, port: int) -> None:
    health = running.health(lambda: True)

    def wrap(slack: WsgiApp) -> WsgiApp:
        return ops_app(health, running.metrics, timed(slack, running.metrics.acks.observe))

    server = serve(running.app, acks=running.acks, host=host, port=port, wrap=wrap)
    on_stop_signal(lambda: threading.Thread(target=server.shutdown).start())
    log.info("listening for Slack on http://%s:%d%s", host, server.server_port, EVENTS_PATH)
    server.serve_forever()
    server.server_close()


def serve_socket_mode(running: Running, settings: Settings) -> None:
    handler = SocketModeHandler(running.app, reveal(settings.slack_app_token))
    health = running.health(handler.client.is_connected)
    ops = serve_ops(
        ops_app(health, running.metrics), host=settings.health_address, port=settings.health_port
    )
    stopping = threading.Event()
    on_stop_signal(stopping.set)
    log.info("connecting to Slack in Socket Mode")
    handler.connect()  # type: ignore[no-untyped-call]
    stopping.wait()
    handler.close()  # type: ignore[no-untyped-call]
    ops.shutdown()


def on_stop_signal(stop: Callable[[], None]) -> None:
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda received, frame: stop())
