"""Slack HTTP mode under sustained load: many people interviewing at once for a minute.

The three processes of ``slack_ack.py`` (the app with production wiring on loopback, the
fake Slack Web API, the simulated users on one asyncio loop), but the users keep going:
start an interview, answer, ``next``, ... and when it ends start another, until
``--duration`` seconds have passed. The users arrive evenly over ``--ramp`` seconds, as
load tools start them; ``--ramp 0`` sends every user's first command at the same instant
(a spike). Each interview gets its own DM channel id, so a reply that arrives after its
wait timed out is never taken for one of the next interview. Then the app drains its
work (SIGTERM) and the answers acked are looked up in the database: each stored once,
Slack's retries (same event id) included.

    PYTHONPATH=. .venv/bin/python benchmarks/load.py [--users 200] [--duration 60]
        [--ramp 5] [--database sqlite|postgres|both] [--postgres-url URL]

PostgreSQL runs on a fresh database on the server of ``--postgres-url`` (or
``MOCKINTERVIEW_TEST_POSTGRES_URL``), dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from benchmarks.slack_ack import (
    DRAIN_SECONDS,
    Simulation,
    Tally,
    after_opening,
    cpu_line,
    milliseconds,
    serve_app,
    serve_fake_slack,
    simulation,
    start,
)
from bot.db import SqlStore, make_engine, upgrade
from tests.databases import fresh_postgres_database

POSTGRES_URL_VARIABLE = "MOCKINTERVIEW_TEST_POSTGRES_URL"
DATABASES = {"sqlite": ("sqlite",), "postgres": ("postgres",), "both": ("sqlite", "postgres")}
BACK_OFF_SECONDS = 1.0  # a user's pause after a failed interview, before starting another
FAILURES = (aiohttp.ClientError, TimeoutError, RuntimeError)  # RuntimeError: a reply never came


@dataclass
class Load:
    """Users interviewing until ``deadline``: what they did, for the report and the ledger."""

    simulation: Simulation
    deadline: float
    arrival_gap: float = 0.0  # seconds between one user's arrival and the next one's
    turns: int = 0  # start, answer or next whose reply was posted
    interviews: int = 0  # finished, summary posted
    exceptions: Counter[str] = field(default_factory=Counter)
    sent: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @property
    def tally(self) -> Tally:
        return self.simulation.tally

    def over(self) -> bool:
        return time.perf_counter() >= self.deadline

    async def user(self, number: int) -> None:
        """One person: interview after interview until the deadline."""
        user, rng = f"U{number:03d}", random.Random(number)
        await asyncio.sleep(number * self.arrival_gap)
        for interview in itertools.count(1):
            if self.over():
                return
            try:
                channel = f"D{number:03d}I{interview:04d}"
                await self.interview(user, channel, rng, opening=interview == 1)
            except FAILURES as error:
                self.exceptions[type(error).__name__] += 1
                await asyncio.sleep(BACK_OFF_SECONDS)

    async def interview(
        self, user: str, channel: str, rng: random.Random, *, opening: bool
    ) -> None:
        simulation = self.simulation
        questions = simulation.questions
        start = simulation.requests.command(f"start {questions}", user=user, channel=channel)
        seconds = await simulation.send(start)
        if opening:  # the users' first commands: at the same instant with no ramp
            self.tally.opening.append(seconds)
        await simulation.posted(channel, "Question 1 of")
        self.turns += 1
        for question in range(1, questions + 1):
            if self.over():
                return
            event_id = f"Ev{channel}Q{question}"
            resend = rng.random() < simulation.retry_rate
            self.sent[user].add(event_id)
            await simulation.turn(user, channel, question, event_id=event_id, resend=resend)
            self.turns += 1 if question == questions else 2
        await simulation.posted(channel, "Interview finished")
        self.interviews += 1


@dataclass(frozen=True)
class Ledger:
    """Answers acked by the app against the rows in ``answers``."""

    acked: int = 0  # distinct event ids acked with 200
    stored: int = 0
    lost: int = 0  # acked but not stored
    twice: int = 0  # rows beyond one per event id sent, or per (session, question)

    def __add__(self, other: Ledger) -> Ledger:
        return Ledger(
            self.acked + other.acked,
            self.stored + other.stored,
            self.lost + other.lost,
            self.twice + other.twice,
        )


def user_ledger(store: SqlStore, user: str, *, sent: set[str], acked: set[str]) -> Ledger:
    rows = store.answers(f"slack:{user}")
    never_committed = sum(not store.seen_event(event_id) for event_id in acked)
    asked = {(row.session_id, row.question_id) for row in rows}
    return Ledger(
        acked=len(acked),
        stored=len(rows),
        lost=max(len(acked) - len(rows), never_committed),
        twice=max(len(rows) - len(sent), len(rows) - len(asked), 0),
    )


def reconcile(database_url: str, load: Load) -> Ledger:
    store = SqlStore(make_engine(database_url))
    try:
        ledgers = (
            user_ledger(store, user, sent=sent, acked=load.tally.acked[user])
            for user, sent in load.sent.items()
        )
        return sum(ledgers, Ledger())
    finally:
        store.close()


async def drive(options: argparse.Namespace, app_port: int, fake_port: int) -> Load:
    async with simulation(options, app_port, fake_port) as running:
        deadline = time.perf_counter() + options.duration
        load = Load(running, deadline, arrival_gap=options.ramp / options.users)
        await asyncio.gather(*(load.user(number) for number in range(options.users)))
        return load


def times(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:<19} none"
    p50, p99 = milliseconds(values, 0.5), milliseconds(values, 0.99)
    return f"{name:<19} p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  max {1000 * max(values):7.1f} ms"


def report(
    name: str,
    options: argparse.Namespace,
    load: Load,
    seconds: float,
    ledger: Ledger,
    cpu: float | None,
) -> None:
    tally = load.tally
    exceptions = ", ".join(f"{kind} {count}" for kind, count in load.exceptions.most_common())
    arriving = f"arriving over {options.ramp:g} s" if options.ramp else "arriving at once"
    print(f"== {name}: {options.users} users for {options.duration:g} s, {arriving}")
    print(f"turns/s             {load.turns / seconds:8.1f}")
    print(f"  turns             {load.turns} in {seconds:.1f} s, {load.interviews} interviews done")
    print(times("time to ack", tally.acks))
    print(times("  opening burst", tally.opening))
    print(times("  after it", after_opening(tally)))
    print(times("answer -> feedback", tally.replies))
    print(f"errors              {len(tally.failures)} non-200 responses", end="")
    print(f", {load.exceptions.total()} exceptions" + (f" ({exceptions})" if exceptions else ""))
    print(f"answers acked       {ledger.acked} (+{tally.retries} resent as Slack retries)")
    print(f"answers stored      {ledger.stored}")
    print(f"answers lost        {ledger.lost}")
    print(f"scored twice        {ledger.twice}")
    print(cpu_line(cpu, load.turns, "turn"))


def benchmark(name: str, database_url: str, options: argparse.Namespace) -> None:
    fake = start(serve_fake_slack)
    app = start(serve_app, database_url, f"http://127.0.0.1:{fake.port}/api/")
    try:
        started = time.perf_counter()
        load = asyncio.run(drive(options, app.port, fake.port))
        seconds = time.perf_counter() - started
        drained = app.stop(DRAIN_SECONDS)
        cpu = app.cpu_seconds() if drained else None
        report(name, options, load, seconds, reconcile(database_url, load), cpu)
        if not drained:
            print(f"(the app had not finished its work {DRAIN_SECONDS} s after SIGTERM)")
    finally:
        app.process.kill()
        fake.process.terminate()


@contextmanager
def sqlite_database() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'load.db'}"
        upgrade(url)
        yield url


@contextmanager
def postgres_database(server_url: str) -> Iterator[str]:
    """A fresh, migrated database on ``server_url``, dropped afterwards."""
    os.environ[POSTGRES_URL_VARIABLE] = server_url  # where fresh_postgres_database looks
    with fresh_postgres_database() as url:
        upgrade(url)
        yield url


def parse_options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--duration", type=float, default=60, help="seconds")
    parser.add_argument(
        "--ramp", type=float, default=5, help="seconds over which the users arrive (0: at once)"
    )
    parser.add_argument("--questions", type=int, default=4, help="per interview")
    parser.add_argument("--retry-rate", type=float, default=0.2)
    parser.add_argument("--database", choices=sorted(DATABASES), default="sqlite")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(POSTGRES_URL_VARIABLE),
        help=f"a server to create a database on (default: ${POSTGRES_URL_VARIABLE})",
    )
    options = parser.parse_args()
    if "postgres" in DATABASES[options.database] and not options.postgres_url:
        parser.error(f"PostgreSQL needs --postgres-url or {POSTGRES_URL_VARIABLE}")
    return options


def main() -> None:
    options = parse_options()
    for name in DATABASES[options.database]:
        database = (
            sqlite_database() if name == "sqlite" else postgres_database(options.postgres_url)
        )
        with database as url:
            benchmark(name, url, options)


if __name__ == "__main__":
    main()
