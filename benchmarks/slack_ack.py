"""Slack HTTP mode under load: time to acknowledge, and no answer lost or scored twice.

Three processes, as in production where Slack is elsewhere: the app (bolt over HTTP on
loopback, production wiring, SQLite in a temporary directory), the fake Slack Web API it
posts to, and the simulated users, all at once on one asyncio loop. Each user starts an
interview with a signed slash command, answers every question in the DM (some answers
sent twice, as Slack retries them with ``X-Slack-Retry-Num``), waits for the feedback
like a person would, and types ``next``. The users' first commands all leave at the same
instant (the opening burst), so their acks are also shown apart from the rest.

    PYTHONPATH=. .venv/bin/python benchmarks/slack_ack.py [--users 50] [--questions 4]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import queue
import random
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

import aiohttp

from adapters.slack.app import WORKERS, build_app
from adapters.slack.run import on_stop_signal
from adapters.slack.server import AcksFirst, AcksFirstExecutor, serve
from adapters.wiring import build_engine
from bot.db import SqlStore, make_engine
from bot.settings import Settings
from tests.adapters.slack_fakes import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlackApi,
    Signed,
    SlackRequests,
)

ANSWER = (
    "I would first look at the slow query with EXPLAIN ANALYZE to see the execution plan, "
    "then add an index on the columns used in the WHERE clause and the joins, check that "
    "the statistics are fresh, cache frequently read data, and keep in mind that every "
    "extra index slows down inserts and updates."
)
RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
DRAIN_SECONDS = 120  # the app's time to finish its work after SIGTERM


def serve_app(database_url: str, api_url: str, ready: Queue[float]) -> None:
    """The app process: production wiring, HTTP mode on a free loopback port.

    On SIGTERM it stops taking requests, finishes the work after the acks, and exits,
    reporting the CPU seconds it spent (every thread) from the moment it was ready.
    """
    logging.basicConfig(level=logging.WARNING)
    settings = Settings(_env_file=None, database_url=database_url)
    acks = AcksFirst()
    executor = AcksFirstExecutor(WORKERS, acks)
    app = build_app(
        engine=build_engine(settings),
        signing_secret=SIGNING_SECRET,
        bot_token=BOT_TOKEN,
        api_url=api_url,
        executor=executor,
    )
    server = serve(app, acks=acks, host="127.0.0.1", port=0)
    on_stop_signal(lambda: threading.Thread(target=server.shutdown).start())
    ready.put(server.server_port)
    serving_since = time.process_time()
    server.serve_forever()
    server.server_close()
    executor.shutdown(wait=True)
    ready.put(time.process_time() - serving_since)


def serve_fake_slack(ready: Queue[float]) -> None:
    """The fake Web API's process; users wait for its posts with ``GET /_wait``."""
    api = FakeSlackApi()
    ready.put(api.server.server_port)
    threading.Event().wait()


@dataclass
class Tally:
    acks: list[float] = field(default_factory=list)  # seconds to HTTP 200, every request
    opening: list[float] = field(default_factory=list)  # the same, for the users' first command
    replies: list[float] = field(default_factory=list)  # answer sent -> feedback posted
    failures: list[int] = field(default_factory=list)  # statuses other than 200
    acked: defaultdict[str, set[str]] = field(  # user -> event ids of answers acked with 200
        default_factory=lambda: defaultdict(set)
    )
    answers: int = 0
    retries: int = 0


@dataclass
class Simulation:
    session: aiohttp.ClientSession
    app_url: str
    fake_url: str
    requests: SlackRequests
    questions: int
    retry_rate: float
    tally: Tally = field(default_factory=Tally)

    async def user(self, number: int) -> None:
        user, channel = f"U{number:03d}", f"D{number:03d}"
        rng = random.Random(number)
        opening = self.requests.command(f"start {self.questions}", user=user, channel=channel)
        self.tally.opening.append(await self.send(opening))
        await self.posted(channel, "Question 1 of")
        for question in range(1, self.questions + 1):
            event_id = f"Ev{user}x{question}"
            resend = rng.random() < self.retry_rate
            await self.turn(user, channel, question, event_id=event_id, resend=resend)
        await self.posted(channel, "Interview finished")

    async def turn(
        self, user: str, channel: str, question: int, *, event_id: str, resend: bool
    ) -> None:
        """Answer question number ``question`` of the interview in ``channel``, wait for the
        feedback, and unless it was the last, ask for the next question and wait for it."""
        started = time.perf_counter()
        await self.answer(user, channel, event_id, resend=resend)
        await self.posted(channel, "Score:", count=question)
        self.tally.replies.append(time.perf_counter() - started)
        if question < self.questions:
            # Slack's commands differ by trigger_id, the fake's only by what is signed: each
            # "next" gets its own timestamp (in the past, within Slack's 5 minutes), else two
            # in one second would be one request replayed, which runs once.
            signed_at = int(time.time()) - self.questions + question
            ask = self.requests.command("next", user=user, channel=channel, timestamp=signed_at)
            await self.send(ask)
            await self.posted(channel, f"Question {question + 1} of")

    async def answer(self, user: str, channel: str, event_id: str, *, resend: bool) -> None:
        options: dict[str, Any] = {"user": user, "channel": channel, "event_id": event_id}
        await self.deliver(self.requests.dm(ANSWER, **options), user, event_id)
        self.tally.answers += 1
        if resend:
            await self.deliver(self.requests.dm(ANSWER, headers=RETRY, **options), user, event_id)
            self.tally.retries += 1

    async def deliver(self, signed: Signed, user: str, event_id: str) -> None:
        """Send one copy of an answer; remember its event id when the app acked it."""
        _, status = await self.exchange(signed)
        if status == 200:
            self.tally.acked[user].add(event_id)

    async def send(self, signed: Signed) -> float:
        """Send one request; the seconds until its HTTP 200."""
        seconds, _ = await self.exchange(signed)
        return seconds

    async def exchange(self, signed: Signed) -> tuple[float, int]:
        """Send one request; the seconds until its answer, and its HTTP status."""
        started = time.perf_counter()
        async with self.session.post(
            self.app_url, data=signed.body.encode(), headers=signed.headers
        ) as response:
            await response.read()
        seconds = time.perf_counter() - started
        self.tally.acks.append(seconds)
        if response.status != 200:
            self.tally.failures.append(response.status)
        return seconds, response.status

    async def posted(self, channel: str, needle: str, count: int = 1) -> None:
        query = {"channel": channel, "needle": needle, "count": str(count)}
        async with self.session.get(f"{self.fake_url}/_wait", params=query) as response:
            if response.status != 200:
                raise RuntimeError(f"{channel} never got {count} x {needle!r}")


@asynccontextmanager
async def simulation(
    options: argparse.Namespace, app_port: int, fake_port: int
) -> AsyncIterator[Simulation]:
    """The users' HTTP session to the app and to the fake Web API, open while in use."""
    fake_url = f"http://127.0.0.1:{fake_port}"
    requests = SlackRequests(response_url=f"{fake_url}/respond/command")
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        yield Simulation(
            session,
            f"http://127.0.0.1:{app_port}/slack/events",
            fake_url,
            requests,
            options.questions,
            options.retry_rate,
        )


async def simulate(options: argparse.Namespace, app_port: int, fake_port: int) -> Tally:
    async with simulation(options, app_port, fake_port) as running:
        await asyncio.gather(*(running.user(number) for number in range(options.users)))
        return running.tally


def after_opening(tally: Tally) -> list[float]:
    """The acks of every request but the users' first commands."""
    rest = sorted(tally.acks)
    for seconds in tally.opening:
        rest.remove(seconds)
    return rest


def milliseconds(values: list[float], quantile: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(quantile * len(ordered)))]


def stored_answers(database_url: str, users: int) -> tuple[int, int]:
    """Answers in the database, and how many of them repeat a (session, question)."""
    store = SqlStore(make_engine(database_url))
    rows = [answer for number in range(users) for answer in store.answers(f"slack:U{number:03d}")]
    unique = {(answer.user_key, answer.session_id, answer.question_id) for answer in rows}
    return len(rows), len(rows) - len(unique)


def report(tally: Tally, seconds: float, database_url: str, users: int, cpu: float | None) -> None:
    stored, duplicates = stored_answers(database_url, users)
    print(f"users {users}, requests {len(tally.acks)} in {seconds:.1f} s")
    print(f"throughput          {len(tally.acks) / seconds:8.1f} requests/s")
    for name, values in (
        ("time to ack", tally.acks),
        ("  opening burst", tally.opening),
        ("  after it", after_opening(tally)),
        ("answer -> feedback", tally.replies),
    ):
        p50, p99 = milliseconds(values, 0.5), milliseconds(values, 0.99)
        print(f"{name:<19} p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  max {1000 * max(values):7.1f} ms")
    print(f"non-200 responses   {len(tally.failures)}")
    print(f"answers sent        {tally.answers} (+{tally.retries} resent as Slack retries)")
    print(f"answers stored      {stored - duplicates}  lost {tally.answers - stored + duplicates}")
    print(f"scored twice        {duplicates}")
    print(cpu_line(cpu, len(tally.acks), "request"))


def cpu_line(cpu: float | None, count: int, unit: str) -> str:
    """The app's CPU time per ``unit``: steadier than latency on a shared machine."""
    if cpu is None or not count:
        return "app CPU            not reported (the app did not exit in time)"
    return f"app CPU            {1000 * cpu / count:7.2f} ms per {unit} ({cpu:.1f} s in all)"


@dataclass(frozen=True)
class Child:
    """A process of the benchmark: the port it listens on, and what it reports at its end."""

    process: BaseProcess
    port: int
    reports: Queue[float]

    def stop(self, grace: float) -> bool:
        """SIGTERM: True when the process finished its work and exited within ``grace``."""
        self.process.terminate()
        self.process.join(grace)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join()
            return False
        return self.process.exitcode == 0

    def cpu_seconds(self) -> float | None:
        """The CPU seconds the app reported as it exited; None when it did not."""
        try:
            return self.reports.get(timeout=5)
        except queue.Empty:
            return None


def start(target: Any, *arguments: object) -> Child:
    """Start ``target`` in a fresh process; it reports the port it listens on."""
    context = multiprocessing.get_context("spawn")
    reports: Queue[float] = context.Queue()
    process = context.Process(target=target, args=(*arguments, reports), daemon=True)
    process.start()
    return Child(process, int(reports.get(timeout=120)), reports)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=4)
    parser.add_argument("--retry-rate", type=float, default=0.2)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        database_url = f"sqlite:///{Path(directory) / 'bench.db'}"
        fake = start(serve_fake_slack)
        app = start(serve_app, database_url, f"http://127.0.0.1:{fake.port}/api/")
        try:
            started = time.perf_counter()
            tally = asyncio.run(simulate(options, app.port, fake.port))
            seconds = time.perf_counter() - started
            cpu = app.cpu_seconds() if app.stop(DRAIN_SECONDS) else None
            report(tally, seconds, database_url, options.users, cpu)
        finally:
            app.process.kill()
            fake.process.terminate()


if __name__ == "__main__":
    main()
