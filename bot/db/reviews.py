"""Disputes, accepted phrasings and flags in SQL (see ``bot.reviews``): SqlStore's part."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import asdict
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Connection, RowMapping, delete, insert, select, update

from bot.db import tables
from bot.db.moments import as_utc
from bot.reviews import (
    OPEN,
    Dispute,
    FileDispute,
    FileFlag,
    Flag,
    Phrasing,
    ResolveDispute,
    ReviewWrite,
)

DISPUTES = tables.disputes
PHRASINGS = tables.accepted_phrasings
FLAGS = tables.question_flags


def apply(connection: Connection, write: ReviewWrite) -> None:
    match write:
        case FileDispute(dispute):
            connection.execute(insert(DISPUTES).values(**_without_id(asdict(dispute))))
        case ResolveDispute(dispute_id, status, phrasing):
            resolve(connection, dispute_id, status, phrasing)
        case FileFlag(flag):
            connection.execute(insert(FLAGS).values(**_without_id(asdict(flag))))


def resolve(
    connection: Connection, dispute_id: int, status: str, phrasing: Phrasing | None
) -> None:
    """Only an open dispute is resolved: a second decision on it changes nothing."""
    changed = connection.execute(
        update(DISPUTES)
        .where(DISPUTES.c.id == dispute_id, DISPUTES.c.status == OPEN)
        .values(status=status)
    ).rowcount
    if changed and phrasing is not None:
        connection.execute(insert(PHRASINGS).values(**asdict(phrasing)))


def forget(connection: Connection, user_key: str) -> None:
    """A person's disputes and flags go; phrasings accepted from them stay the server's."""
    connection.execute(delete(DISPUTES).where(DISPUTES.c.user_key == user_key))
    connection.execute(delete(FLAGS).where(FLAGS.c.user_key == user_key))


class Connects(Protocol):
    def _connect(self, *, write: bool = False) -> AbstractContextManager[Connection]: ...


class SqlReviews:
    """The review reads of ``SqlStore``, on its connections."""

    def disputes_in(self: Connects, scope: str) -> list[Dispute]:
        with self._connect() as connection:
            return _disputes(connection, DISPUTES.c.scope == scope)

    def disputes_of(self: Connects, user_key: str) -> list[Dispute]:
        with self._connect() as connection:
            return _disputes(connection, DISPUTES.c.user_key == user_key)

    def phrasings(self: Connects, scope: str) -> list[Phrasing]:
        query = select(PHRASINGS).where(PHRASINGS.c.scope == scope).order_by(PHRASINGS.c.id)
        with self._connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [
            Phrasing(row["scope"], row["question_id"], row["point"], row["text"]) for row in rows
        ]

    def flags_in(self: Connects, scope: str) -> list[Flag]:
        with self._connect() as connection:
            return _flags(connection, FLAGS.c.scope == scope)

    def flags_of(self: Connects, user_key: str) -> list[Flag]:
        with self._connect() as connection:
            return _flags(connection, FLAGS.c.user_key == user_key)

    def flags_on(self: Connects, guide: str) -> list[Flag]:
        on_guide = FLAGS.c.question_id.startswith(f"{guide}/", autoescape=True)
        with self._connect() as connection:
            return _flags(connection, on_guide)


def _disputes(connection: Connection, condition: ColumnElement[bool]) -> list[Dispute]:
    query = select(DISPUTES).where(condition).order_by(DISPUTES.c.id)
    return [_dispute(row) for row in connection.execute(query).mappings()]


def _flags(connection: Connection, condition: ColumnElement[bool]) -> list[Flag]:
    query = select(FLAGS).where(condition).order_by(FLAGS.c.id)
    return [_flag(row) for row in connection.execute(query).mappings()]


def _without_id(values: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if name != "id"}


def _dispute(row: RowMapping) -> Dispute:
    values = dict(row)
    values["answered_at"] = as_utc(values["answered_at"])
    values["created_at"] = as_utc(values["created_at"])
    return Dispute(**values)


def _flag(row: RowMapping) -> Flag:
    values = dict(row)
    values["created_at"] = as_utc(values["created_at"])
    return Flag(**values)
