"""SQL for the data lifecycle (``bot.lifecycle``): members, pending purges, retention."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from typing import Protocol

from sqlalchemy import Column, ColumnElement, Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.db import tables
from bot.db.moments import as_utc
from bot.lifecycle import Purge
from bot.server_settings import ServerSettings

BELONGING_TO_A_SCOPE = (
    tables.server_settings,
    tables.uploaded_guides,
    tables.guide_banks,
    tables.leaderboard,
    tables.members,
    tables.pending_purges,
    tables.accepted_phrasings,
    tables.question_flags,
)  # disputes stay: a self-corrected score is the person's own history; `forget` deletes them


class Connects(Protocol):
    def _connect(self, *, write: bool = False) -> AbstractContextManager[Connection]: ...


class SqlLifecycle:
    """The ``LifecycleStore`` methods of ``SqlStore``."""

    def note_member(self: Connects, scope: str, user_key: str) -> None:
        """Every turn asks; only a first sight writes (a read takes no write lock)."""
        with self._connect() as connection:
            if _is_member(connection, scope, user_key):
                return
        try:
            with self._connect(write=True) as connection:
                if not _is_member(connection, scope, user_key):
                    values = {"scope": scope, "user_key": user_key}
                    connection.execute(insert(tables.members).values(**values))
        except IntegrityError:
            return  # a concurrent first sight recorded it

    def members(self: Connects, scope: str) -> list[str]:
        table = tables.members
        query = select(table.c.user_key).where(table.c.scope == scope).order_by(table.c.user_key)
        with self._connect() as connection:
            return list(connection.execute(query).scalars())

    def member_scopes(self: Connects, user_key: str) -> list[str]:
        table = tables.members
        query = select(table.c.scope).where(table.c.user_key == user_key).order_by(table.c.scope)
        with self._connect() as connection:
            return list(connection.execute(query).scalars())

    def schedule_purge(self: Connects, purge: Purge) -> None:
        table = tables.pending_purges
        with self._connect(write=True) as connection:
            connection.execute(delete(table).where(table.c.scope == purge.scope))
            values = {"scope": purge.scope, "due_at": purge.due_at, "people": purge.people}
            connection.execute(insert(table).values(**values))

    def cancel_purge(self: Connects, scope: str) -> bool:
        table = tables.pending_purges
        with self._connect(write=True) as connection:
            return bool(connection.execute(delete(table).where(table.c.scope == scope)).rowcount)

    def due_purges(self: Connects, now: datetime) -> list[Purge]:
        table = tables.pending_purges
        query = select(table).where(table.c.due_at <= now).order_by(table.c.due_at)
        with self._connect() as connection:
            rows = connection.execute(query).all()
        return [Purge(row.scope, as_utc(row.due_at), row.people) for row in rows]

    def delete_server(self: Connects, scope: str) -> None:
        subscriptions, deliveries = tables.subscriptions, tables.deliveries
        channels = select(subscriptions.c.user_key).where(
            subscriptions.c.scope == scope, _is_channel(subscriptions.c.user_key)
        )
        with self._connect(write=True) as connection:
            connection.execute(delete(deliveries).where(deliveries.c.user_key.in_(channels)))
            connection.execute(delete(subscriptions).where(subscriptions.c.user_key.in_(channels)))
            for table in BELONGING_TO_A_SCOPE:
                connection.execute(delete(table).where(table.c.scope == scope))

    def pause_subscriptions(self: Connects, scope: str, *, channels_only: bool = False) -> int:
        table = tables.subscriptions
        paused = (
            update(table)
            .where(table.c.scope == scope, table.c.active.is_(True))
            .values(active=False, next_due_at=None)
        )
        if channels_only:
            paused = paused.where(_is_channel(table.c.user_key))
        with self._connect(write=True) as connection:
            return int(connection.execute(paused).rowcount)

    def all_server_settings(self: Connects) -> list[tuple[str, ServerSettings]]:
        table = tables.server_settings
        query = select(table.c.scope, table.c.settings).order_by(table.c.scope)
        with self._connect() as connection:
            rows = connection.execute(query).all()
        return [(row.scope, ServerSettings.from_dict(row.settings)) for row in rows]

    def blank_answers(self: Connects, scope: str, before: datetime) -> int:
        table = tables.answers
        blanked = (
            update(table)
            .where(table.c.scope == scope, table.c.created_at < before, table.c.answer_text != "")
            .values(answer_text="")
        )
        with self._connect(write=True) as connection:
            return int(connection.execute(blanked).rowcount)


def _is_channel(user_key: Column[str]) -> ColumnElement[bool]:
    """A channel's question of the day (``bot.daily.channel_key``), not a person's."""
    return user_key.contains(":#", autoescape=True)


def _is_member(connection: Connection, scope: str, user_key: str) -> bool:
    table = tables.members
    query = select(table.c.scope).where(table.c.scope == scope, table.c.user_key == user_key)
    return connection.execute(query).first() is not None
