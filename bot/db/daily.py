"""Daily-question storage: subscriptions, and deliveries claimed before they are sent.

On PostgreSQL the due rows are locked with ``FOR UPDATE SKIP LOCKED``, so processes ticking
at once split the due set; everywhere, the unique (user, local date) delivery row makes a
second claim of the same day impossible.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.daily import Claim, DailyRule, Decision, Delivery, Subscription
from bot.db import tables
from bot.db.moments import as_utc
from bot.store import Decider

SUBSCRIPTIONS = tables.subscriptions
DELIVERIES = tables.deliveries


def subscription_values(subscription: Subscription) -> dict[str, Any]:
    rule = subscription.rule
    return {
        "platform": subscription.platform,
        "address": subscription.address,
        "at": rule.at,
        "timezone": rule.timezone,
        "days": "".join(str(day) for day in sorted(rule.days)),
        "paused_until": rule.paused_until,
        "topic": subscription.topic,
        "active": subscription.active,
        "next_due_at": subscription.next_due_at,
        "delivered_through": subscription.delivered_through,
        "failures": subscription.failures,
        "scope": subscription.scope,
        "pause_reason": subscription.pause_reason,
    }


def subscription_from(row: RowMapping) -> Subscription:
    rule = DailyRule(
        at=row["at"],
        timezone=row["timezone"],
        days=frozenset(int(day) for day in row["days"]),
        paused_until=row["paused_until"],
    )
    due = row["next_due_at"]
    return Subscription(
        user_key=row["user_key"],
        platform=row["platform"],
        address=row["address"],
        rule=rule,
        topic=row["topic"],
        active=row["active"],
        next_due_at=as_utc(due) if due else None,
        delivered_through=row["delivered_through"],
        failures=row["failures"],
        scope=row["scope"],
        pause_reason=row["pause_reason"],
    )


def claim_due(
    connection: Connection, now: datetime, decide: Decider, limit: int, user_key: str | None
) -> list[Claim]:
    query = (
        select(SUBSCRIPTIONS)
        .where(SUBSCRIPTIONS.c.next_due_at <= now)
        .order_by(SUBSCRIPTIONS.c.next_due_at)
        .limit(limit)
    )
    if user_key is not None:
        query = query.where(SUBSCRIPTIONS.c.user_key == user_key)
    if connection.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    claims = []
    for row in connection.execute(query).mappings().all():
        claim = _claim(connection, subscription_from(row), now, decide)
        if claim is not None:
            claims.append(claim)
    return claims


def _claim(
    connection: Connection, subscription: Subscription, now: datetime, decide: Decider
) -> Claim | None:
    decision = decide(subscription, now)
    delivery_id = None
    if decision.deliver_on is not None:
        delivery_id = _insert_delivery(connection, subscription.user_key, decision, now)
    through = decision.deliver_on if delivery_id else subscription.delivered_through
    connection.execute(
        update(SUBSCRIPTIONS)
        .where(SUBSCRIPTIONS.c.user_key == subscription.user_key)
        .values(next_due_at=decision.next_due_at, delivered_through=through)
    )
    if delivery_id is None or decision.deliver_on is None:
        return None
    return Claim(delivery_id, subscription, decision.deliver_on)


def _insert_delivery(
    connection: Connection, user_key: str, decision: Decision, now: datetime
) -> int | None:
    """Insert the (user, local date) row; None when another claim already holds it."""
    values = {
        "user_key": user_key,
        "local_date": decision.deliver_on,
        "status": "claimed",
        "answered": False,
        "claimed_at": now,
    }
    try:
        with connection.begin_nested():
            result = connection.execute(insert(DELIVERIES).values(**values))
    except IntegrityError:
        return None
    key = result.inserted_primary_key
    return int(key[0]) if key else None


def delivery_from(row: RowMapping) -> Delivery:
    return Delivery(
        user_key=row["user_key"],
        local_date=row["local_date"],
        status=row["status"],
        question_id=row["question_id"],
        answered=row["answered"],
        id=row["id"],
    )
