"""The HTTP server for Slack's requests: bolt's WSGI handler on waitress, acks first.

waitress reads requests on one asyncore loop and hands only complete ones to its
threads, so a client that sends slowly holds a socket, never a thread. On top of its
limits (header size, body size: 413 from the Content-Length alone, idle connections) a
request must arrive whole within ``REQUEST_SECONDS``, or its connection is closed.

Python runs one thread at a time, so a burst of requests shares it with the work of the
requests just acknowledged: that work waits, a little, until no request is waiting for
its ack (``AcksFirst``), when it starts and again before it enters the engine (where at
most two turns run at once, see ``adapters.slack.listeners``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from slack_bolt import App, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer

from adapters.ops import StartResponse, WsgiApp

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
QUEUE_LOGGER = "waitress.queue"  # a warning for every request that waits for a thread
ACK_PATIENCE = 0.1  # seconds work waits at most for the acks in flight
ACCEPTS_AT_ONCE = 64  # new connections taken each time the loop finds some waiting
P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """What one client may cost. Slack's requests are a few KB and arrive at once."""

    body_bytes: int = 1024 * 1024  # larger: 413, decided from Content-Length
    header_bytes: int = 32 * 1024  # larger: 431
    request_seconds: float = 10.0  # from a request's first byte to its last
    idle_seconds: float = 30.0  # a kept-alive connection with nothing to do
    connections: int = 1000  # open at once; past it waitress stops accepting for a while
    threads: int = 16  # requests answered at once (an ack takes about a millisecond)


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

    def counted(self, app: WsgiApp) -> WsgiApp:
        """``app`` with each of its requests counted while it is answered."""

        def counting(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
            self.arrived()
            try:
                return list(app(environ, start_response))
            finally:
                self.answered()

        return counting


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


class MalformedAsBadRequest(SlackRequestHandler):
    """bolt's WSGI handler, but a body that is not the JSON or form it claims is a 400,
    not a 500 with a traceback (bolt parses the body before checking the signature)."""

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        try:
            return super().dispatch(request)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            log.warning("a request to %s had a malformed body: 400", self.path)
            return BoltResponse(status=400, body="malformed request body")


class DeadlineChannel(HTTPChannel):  # type: ignore[misc]
    """A connection that remembers when the request it is reading began."""

    request_began: float | None = None

    def received(self, data: bytes) -> bool:
        if self.request is None and data:
            self.request_began = time.monotonic()
        done: bool = super().received(data)
        if self.request is None:
            self.request_began = None
        return done


class DeadlineServer(TcpWSGIServer):  # type: ignore[misc]
    """waitress's server, also closing connections whose request takes too long to arrive."""

    channel_class = DeadlineChannel
    request_seconds = Limits.request_seconds

    def handle_accept(self) -> None:
        """Take every connection waiting, up to ``ACCEPTS_AT_ONCE``, not one per turn of the
        loop: each turn walks every open connection, so in a burst of new connections
        taking them one by one costs time in the square of their number."""
        for _ in range(ACCEPTS_AT_ONCE):
            open_before = len(self._map)
            if open_before >= self.adj.connection_limit:
                return
            super().handle_accept()
            if len(self._map) == open_before:  # none was waiting, or it failed
                return

    def maintenance(self, now: float) -> None:
        super().maintenance(now)
        cutoff = time.monotonic() - self.request_seconds
        for channel in list(self.active_channels.values()):
            began = getattr(channel, "request_began", None)
            if began is not None and began < cutoff and not channel.requests:
                channel.will_close = True


class SlackServer:
    """waitress serving one WSGI app, with the calls ``run`` and the tests make:
    ``serve_forever`` blocks, ``shutdown`` (from another thread) stops taking requests,
    lets the ones in flight answer and makes ``serve_forever`` return.

    Requests waiting a moment for a free thread are normal in a burst (an ack takes about
    a millisecond), so waitress's warning for each of them is not logged: it cost the
    loop that reads the requests a log line per request, just when it was busiest."""

    def __init__(self, app: WsgiApp, *, host: str, port: int, limits: Limits) -> None:
        self.limits = limits
        logging.getLogger(QUEUE_LOGGER).setLevel(logging.ERROR)
        adjustments = Adjustments(
            host=host,
            port=port,
            threads=limits.threads,
            connection_limit=limits.connections,
            channel_timeout=limits.idle_seconds,
            cleanup_interval=1,
            max_request_body_size=limits.body_bytes,
            max_request_header_size=limits.header_bytes,
            backlog=1024,
            ident="mockinterview",
            expose_tracebacks=False,
        )
        self._server = DeadlineServer(app, map={}, adj=adjustments)
        self._server.request_seconds = limits.request_seconds
        self._stopped = threading.Event()

    @property
    def server_port(self) -> int:
        return int(self._server.effective_port)

    def serve_forever(self, poll_interval: float | None = None) -> None:
        try:
            self._server.run()
        finally:
            self._stopped.set()

    def shutdown(self, grace: float = 10.0) -> None:
        self._call_in_loop(self._stop_accepting)
        dispatcher = self._server.task_dispatcher
        deadline = time.monotonic() + grace
        while (dispatcher.queue or dispatcher.active_count) and time.monotonic() < deadline:
            time.sleep(0.02)
        self._call_in_loop(self._close_all)
        self._stopped.wait(grace)

    def _call_in_loop(self, call: Callable[[], None]) -> None:
        """Run ``call`` in the server's loop, unless the loop has already ended (its wake-up
        pipe is closed then, and there is nothing left to stop)."""
        if self._stopped.is_set():
            return
        try:
            self._server.trigger.pull_trigger(call)
        except OSError:
            log.debug("the server loop ended while it was being stopped")

    def server_close(self) -> None:
        self._server.task_dispatcher.shutdown(timeout=1)

    def _stop_accepting(self) -> None:
        self._server.accepting = False
        self._server.del_channel()
        self._server.socket.close()

    def _close_all(self) -> None:
        for dispatcher in list(self._server._map.values()):
            dispatcher.close()


def serve(
    app: App,
    *,
    acks: AcksFirst,
    host: str = "0.0.0.0",
    port: int = 3000,
    wrap: Callable[[WsgiApp], WsgiApp] | None = None,
    limits: Limits | None = None,
) -> SlackServer:
    """An HTTP server for the app: events at /slack/events, the OAuth pages when enabled.

    ``acks`` is the one the app's work executor waits on (an ``AcksFirstExecutor``);
    ``wrap`` adds routes around the app (health and metrics share the port).
    """
    handler: WsgiApp = acks.counted(MalformedAsBadRequest(app, path=EVENTS_PATH))
    return SlackServer(
        wrap(handler) if wrap else handler, host=host, port=port, limits=limits or Limits()
    )
