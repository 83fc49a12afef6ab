"""The HTTP server for Slack's requests: bolt's WSGI handler, acknowledgements first.

socketserver's ThreadingMixIn starts a thread per request, and ``Thread.start`` waits
until the new thread runs, so under load the accept loop waits on the GIL for every
connection. Here accepted connections go to a queue that a pool of threads started up
front takes from. And since Python runs one thread at a time, a burst of requests would
share it with the work of the requests just acknowledged: that work waits, a little,
until no request is waiting for its ack (``AcksFirst``).
"""

from __future__ import annotations

import logging
import queue
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from adapters.ops import WsgiApp

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
REQUEST_THREADS = 32
ACK_PATIENCE = 0.1  # seconds work waits at most for the acks in flight
Accepted = tuple[socket.socket, Any]
P = ParamSpec("P")
T = TypeVar("T")


class AcksFirst:
    """Counts the requests in flight; work waits until there are none (or ``patience``)."""

    def __init__(self, patience: float = ACK_PATIENCE) -> None:
        self.patience = patience
        self._in_flight = 0
        self._idle = threading.Condition()

    def arrived(self) -> None:
        with self._idle:
            self._in_flight += 1

    def answered(self) -> None:
        with self._idle:
            self._in_flight -= 1
            if not self._in_flight:
                self._idle.notify_all()

    def wait(self) -> None:
        with self._idle:
            self._idle.wait_for(lambda: not self._in_flight, self.patience)


class AcksFirstExecutor(ThreadPoolExecutor):
    """Runs the work after the acks, each piece once the acks in flight have gone out."""

    def __init__(self, workers: int, acks: AcksFirst) -> None:
        super().__init__(workers, "slack-work")
        self.acks = acks

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        return super().submit(self._after_acks, fn, *args, **kwargs)

    def _after_acks(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        self.acks.wait()
        return fn(*args, **kwargs)


class QuietRequestHandler(WSGIRequestHandler):
    timeout = 10  # seconds; a client that stops sending gives its thread back

    def log_message(self, format: str, *args: object) -> None:
        log.debug(format, *args)


class PooledWSGIServer(WSGIServer):
    request_queue_size = 128  # the listen backlog, for bursts of connections

    def __init__(self, address: tuple[str, int], acks: AcksFirst) -> None:
        super().__init__(address, QuietRequestHandler)
        self.acks = acks
        self._accepted: queue.SimpleQueue[Accepted | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._serve_accepted, name=f"slack-http-{number}", daemon=True)
            for number in range(REQUEST_THREADS)
        ]
        for thread in self._threads:
            thread.start()

    def process_request(self, request: socket.socket, client_address: Any) -> None:  # type: ignore[override]
        self.acks.arrived()
        self._accepted.put((request, client_address))

    def _serve_accepted(self) -> None:
        while (accepted := self._accepted.get()) is not None:
            request, client_address = accepted
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
                self.acks.answered()

    def server_close(self) -> None:
        super().server_close()
        for _ in self._threads:
            self._accepted.put(None)


def serve(
    app: App,
    *,
    acks: AcksFirst,
    host: str = "0.0.0.0",
    port: int = 3000,
    wrap: Callable[[WsgiApp], WsgiApp] | None = None,
) -> WSGIServer:
    """An HTTP server for the app: events at /slack/events, the OAuth pages when enabled.

    ``acks`` is the one the app's work executor waits on (an ``AcksFirstExecutor``);
    ``wrap`` adds routes around the app (health and metrics share the port).
    """
    server = PooledWSGIServer((host, port), acks)
    handler: WsgiApp = SlackRequestHandler(app, path=EVENTS_PATH)
    server.set_app(wrap(handler) if wrap else handler)
    return server
