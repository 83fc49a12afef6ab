"""How long one daily tick takes to find and claim who is due, with many subscribers.

Usage: python benchmarks/due_query.py [--counts 100000 1000000] [--postgres URL]
Subscriptions are spread over every minute of the day in many time zones; each tick is the
minute at 09:00 UTC. Prints the due-set query time and the full claim time per tick.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select, text

from bot.daily import DailyRule, Subscription, schedule
from bot.db import SqlStore, make_engine, tables, upgrade
from bot.db import daily as daily_tables

ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"]
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def fill(engine: Engine, count: int) -> None:
    rows = []
    generator = random.Random(7)
    with engine.begin() as connection:
        connection.execute(delete(tables.deliveries))
        connection.execute(delete(tables.subscriptions))
        for number in range(count):
            due = NOW - timedelta(minutes=720) + timedelta(minutes=generator.randrange(1440))
            subscription = Subscription(
                f"slack:U{number}",
                "slack",
                f"U{number}",
                rule=DailyRule(timezone=generator.choice(ZONES)),
                next_due_at=due,
            )
            rows.append(
                {
                    "user_key": subscription.user_key,
                    **daily_tables.subscription_values(subscription),
                }
            )
            if len(rows) == 20_000:
                connection.execute(insert(tables.subscriptions), rows)
                rows = []
        if rows:
            connection.execute(insert(tables.subscriptions), rows)
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("ANALYZE subscriptions"))


def due_query_ms(engine: Engine, minute: datetime) -> float:
    table = tables.subscriptions
    query = (
        select(table.c.user_key)
        .where(table.c.next_due_at <= minute, table.c.next_due_at > minute - timedelta(minutes=1))
        .order_by(table.c.next_due_at)
        .limit(500)
    )
    started = time.perf_counter()
    with engine.connect() as connection:
        connection.execute(query).all()
    return (time.perf_counter() - started) * 1000


def measure(url: str, count: int) -> None:
    upgrade(url)
    store = SqlStore(make_engine(url))
    started = time.perf_counter()
    fill(store.engine, count)
    filled = time.perf_counter() - started
    samples = [due_query_ms(store.engine, NOW + timedelta(minutes=m)) for m in range(20)]
    claim_started = time.perf_counter()
    claims = store.claim_due(NOW - timedelta(minutes=719), schedule, 500)
    claim_ms = (time.perf_counter() - claim_started) * 1000
    name = store.engine.dialect.name
    print(
        f"{name:10} {count:>9,} subscriptions: due query p50 {statistics.median(samples):6.2f} ms, "
        f"max {max(samples):6.2f} ms; claim tick {claim_ms:7.1f} ms for {len(claims)} claims "
        f"(filled in {filled:.0f} s)"
    )
    store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--postgres", help="a PostgreSQL URL to measure as well")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for count in arguments.counts:
            measure(f"sqlite:///{Path(folder) / f'due-{count}.db'}", count)
            if arguments.postgres:
                measure(arguments.postgres, count)


if __name__ == "__main__":
    main()
