"""`GET /healthz` and `GET /metrics` for operators, as a WSGI app.

In Slack HTTP mode it shares the app's port; in the other modes it has a port of its own.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import make_wsgi_app

from adapters.metrics import Metrics

log = logging.getLogger(__name__)

Check = Callable[[], bool]
StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
PATHS = ("/healthz", "/metrics")


@dataclass
class Health:
    """Named checks; healthy when every one passes. A check that raises counts as failing."""

    checks: dict[str, Check] = field(default_factory=dict)

    def report(self) -> tuple[bool, Mapping[str, bool]]:
        results = {name: _safely(check) for name, check in self.checks.items()}
        return all(results.values()), results


def _safely(check: Check) -> bool:
    try:
        return bool(check())
    except Exception:
        log.warning("health check raised", exc_info=True)
        return False


def ops_app(health: Health, metrics: Metrics, fallback: WsgiApp | None = None) -> WsgiApp:
    """Serve the two operator paths; pass anything else to ``fallback`` (or 404)."""
    metrics_app = make_wsgi_app(metrics.registry)

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            healthy, checks = health.report()
            body = json.dumps({"status": "ok" if healthy else "unhealthy", "checks": checks})
            status = "200 OK" if healthy else "503 Service Unavailable"
            start_response(status, [("Content-Type", "application/json")])
            return [body.encode()]
        if path == "/metrics":
            served: Iterable[bytes] = metrics_app(environ, start_response)
            return served
        if fallback is not None:
            return fallback(environ, start_response)
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found\n"]

    return app


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        log.debug("ops: " + format, *args)


def serve_ops(app: WsgiApp, *, host: str, port: int) -> WSGIServer:
    """Start the operator endpoints in a daemon thread; ``server.shutdown()`` stops them."""
    server = make_server(host, port, app, handler_class=QuietHandler)
    threading.Thread(target=server.serve_forever, name="ops-http", daemon=True).start()
    log.info("health and metrics on http://%s:%d/healthz and /metrics", host, server.server_port)
    return server


def timed(app: WsgiApp, observe: Callable[[float], None]) -> WsgiApp:
    """Time each request until its response is ready: for Slack, the acknowledgement."""

    def measured(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        try:
            return list(app(environ, start_response))
        finally:
            observe(time.perf_counter() - started)

    return measured
