"""SqlStore: the Store protocol on SQLAlchemy 2 (SQLite files, PostgreSQL)."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    MetaData,
    RowMapping,
    Table,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from bot import interview
from bot.daily import Claim, Delivery, Subscription
from bot.db import daily, reviews, tables, turns
from bot.db.lifecycle import SqlLifecycle
from bot.db.moments import as_utc
from bot.errors import StorageUnavailableError
from bot.interview import Session
from bot.records import AnswerRecord, Profile, QuestionHistory, StoredGuide, summarize
from bot.reviews import FileDispute, FileFlag, ResolveDispute
from bot.scoring.model import PointScore
from bot.server_settings import ServerSettings
from bot.store import (
    Decider,
    Forget,
    JoinLeaderboard,
    LeaveLeaderboard,
    SaveProfile,
    SaveServerSettings,
    SaveSubscription,
    SetStrictness,
    ShowedLast,
    TurnCommit,
    Write,
)
from bot.strictness import Strictness
from bot.types import Role, Status

log = logging.getLogger(__name__)


def make_engine(database_url: str) -> Engine:
    """An engine with pre-ping (survives restarts of the server) and SQLite set up for threads."""
    if database_url.startswith("sqlite"):
        engine = create_engine(
            database_url, connect_args={"check_same_thread": False, "timeout": 30}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(database_url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _sqlite_pragmas(connection: Any, _record: object) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


EVENTS_KEPT = timedelta(days=1)  # dedup rows: Slack retries for minutes, replays die in 5
PRUNE_EVERY = timedelta(minutes=1)
SLACK_INSTALLATIONS = "slack_installations"  # slack_sdk's table, in this database in OAuth mode
INSTALLER_CLEARED = {
    "user_id": "",
    "user_token": None,
    "user_scopes": None,
    "user_refresh_token": None,
    "user_token_expires_at": None,
}


class SqlStore(SqlLifecycle, reviews.SqlReviews):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._pruned_at: datetime | None = None

    @contextmanager
    def _connect(self, *, write: bool = False) -> Iterator[Connection]:
        try:
            with self.engine.begin() if write else self.engine.connect() as connection:
                yield connection
        except (OperationalError, DBAPIError) as error:
            if isinstance(error, IntegrityError):
                raise
            log.warning("database unavailable: %s", type(error.orig).__name__)
            raise StorageUnavailableError from error

    @contextmanager
    def turn_of(self, user_key: str) -> Iterator[None]:
        if self.engine.dialect.name != "postgresql":
            yield  # SQLite: one process, whose turns ``bot.turns`` orders
            return
        with self._connect(write=True) as connection:
            turns.hold_turn(connection, user_key)
            yield

    def load_session(self, user_key: str) -> Session | None:
        query = select(tables.sessions.c.state).where(tables.sessions.c.user_key == user_key)
        with self._connect() as connection:
            state = connection.execute(query).scalar_one_or_none()
        return interview.from_dict(state) if state is not None else None

    def commit(self, turn: TurnCommit) -> bool:
        try:
            with self._connect(write=True) as connection:
                for write in turn.writes:
                    self._apply(connection, write)
                if turn.event_id is not None:
                    connection.execute(
                        insert(tables.processed_events).values(
                            event_id=turn.event_id, processed_at=turn.now
                        )
                    )
                    self._prune_events(connection, turn.now)
                if turn.answer is not None:
                    connection.execute(insert(tables.answers).values(**_answer_row(turn.answer)))
                if turn.answered_delivery is not None:
                    deliveries = tables.deliveries
                    connection.execute(
                        update(deliveries)
                        .where(deliveries.c.id == turn.answered_delivery)
                        .values(answered=True)
                    )
                _write_session(connection, turn)
        except IntegrityError:
            return False
        return True

    def _apply(self, connection: Connection, write: Write) -> None:
        match write:
            case SaveProfile(profile):
                _save_profile(connection, profile)
            case SaveSubscription(subscription):
                values = daily.subscription_values(subscription)
                _upsert(connection, tables.subscriptions.c.user_key, subscription.user_key, values)
            case SaveServerSettings(scope, settings):
                values = {"settings": settings.to_dict()}
                _upsert(connection, tables.server_settings.c.scope, scope, values)
            case JoinLeaderboard(scope, user_key, name):
                _join_leaderboard(connection, scope, user_key, name)
            case LeaveLeaderboard(scope, user_key):
                _leave_leaderboard(connection, scope, user_key)
            case Forget(user_key):
                _forget(connection, user_key)
                reviews.forget(connection, user_key)
            case FileDispute() | ResolveDispute() | FileFlag():
                reviews.apply(connection, write)
            case SetStrictness(user_key, strictness):
                values = {"strictness": strictness.value if strictness else None}
                _upsert(connection, tables.profiles.c.user_key, user_key, values)
            case ShowedLast(user_key, question_id):
                values = {"last_question": question_id}
                _upsert(connection, tables.profiles.c.user_key, user_key, values)

    def _prune_events(self, connection: Connection, now: datetime) -> None:
        """Dedup rows expire after ``EVENTS_KEPT``; checked at most every ``PRUNE_EVERY``."""
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        table = tables.processed_events
        connection.execute(delete(table).where(table.c.processed_at < now - EVENTS_KEPT))

    def seen_event(self, event_id: str) -> bool:
        table = tables.processed_events
        query = select(table.c.event_id).where(table.c.event_id == event_id)
        with self._connect() as connection:
            return connection.execute(query).first() is not None

    def history(self, user_key: str) -> Mapping[str, QuestionHistory]:
        """Only the three columns history needs, not every answer's text and points."""
        table = tables.answers
        query = (
            select(table.c.question_id, table.c.score, table.c.created_at)
            .where(table.c.user_key == user_key)
            .order_by(table.c.id)
        )
        with self._connect() as connection:
            rows = connection.execute(query).all()
        return summarize((row.question_id, row.score, as_utc(row.created_at)) for row in rows)

    def answers(self, user_key: str) -> list[AnswerRecord]:
        return self._answers_where(tables.answers.c.user_key == user_key)

    def session_answers(self, session_id: str) -> list[AnswerRecord]:
        return self._answers_where(tables.answers.c.session_id == session_id)

    def _answers_where(self, condition: ColumnElement[bool]) -> list[AnswerRecord]:
        query = select(tables.answers).where(condition).order_by(tables.answers.c.id)
        with self._connect() as connection:
            return [_answer_record(row._mapping) for row in connection.execute(query)]

    def load_profile(self, user_key: str) -> Profile | None:
        table = tables.profiles
        query = select(table).where(table.c.user_key == user_key)
        with self._connect() as connection:
            row = connection.execute(query).first()
        if row is None:
            return None
        strictness = Strictness(row.strictness) if row.strictness else None
        return Profile(row.user_key, row.name, row.timezone, strictness, row.last_question)

    def save_profile(self, profile: Profile) -> None:
        with self._connect(write=True) as connection:
            _save_profile(connection, profile)

    def load_server_settings(self, scope: str) -> ServerSettings:
        table = tables.server_settings
        query = select(table.c.settings).where(table.c.scope == scope)
        with self._connect() as connection:
            data = connection.execute(query).scalar_one_or_none()
        return ServerSettings.from_dict(data) if data is not None else ServerSettings()

    def save_server_settings(self, scope: str, settings: ServerSettings) -> None:
        self._apply_alone(SaveServerSettings(scope, settings))

    def load_subscription(self, user_key: str) -> Subscription | None:
        table = tables.subscriptions
        with self._connect() as connection:
            row = connection.execute(select(table).where(table.c.user_key == user_key)).first()
        return None if row is None else daily.subscription_from(row._mapping)

    def save_subscription(self, subscription: Subscription) -> None:
        self._apply_alone(SaveSubscription(subscription))

    def claim_due(
        self, now: datetime, decide: Decider, limit: int, user_key: str | None = None
    ) -> list[Claim]:
        with self._connect(write=True) as connection:
            return daily.claim_due(connection, now, decide, limit, user_key)

    def finish_delivery(
        self, delivery_id: int, *, status: str, question_id: str | None = None
    ) -> None:
        table = tables.deliveries
        values: dict[str, Any] = {"status": status}
        if question_id is not None:
            values["question_id"] = question_id
        with self._connect(write=True) as connection:
            connection.execute(update(table).where(table.c.id == delivery_id).values(**values))

    def deliveries(self, user_key: str) -> list[Delivery]:
        table = tables.deliveries
        query = select(table).where(table.c.user_key == user_key).order_by(table.c.local_date)
        with self._connect() as connection:
            return [daily.delivery_from(row._mapping) for row in connection.execute(query)]

    def join_leaderboard(self, scope: str, user_key: str, name: str) -> None:
        self._apply_alone(JoinLeaderboard(scope, user_key, name))

    def leave_leaderboard(self, scope: str, user_key: str) -> None:
        self._apply_alone(LeaveLeaderboard(scope, user_key))

    def leaderboard(self, scope: str) -> list[tuple[str, str]]:
        table = tables.leaderboard
        query = select(table.c.user_key, table.c.name).where(table.c.scope == scope)
        with self._connect() as connection:
            return sorted((row.user_key, row.name) for row in connection.execute(query))

    def memberships(self, user_key: str) -> list[str]:
        table = tables.leaderboard
        query = select(table.c.scope).where(table.c.user_key == user_key).order_by(table.c.scope)
        with self._connect() as connection:
            return list(connection.execute(query).scalars())

    def forget(self, user_key: str) -> None:
        self._apply_alone(Forget(user_key))

    def _apply_alone(self, write: Write) -> None:
        """One write in a transaction of its own."""
        with self._connect(write=True) as connection:
            self._apply(connection, write)

    def save_guide(self, scope: str, guide: StoredGuide, *, limit: int) -> bool:
        """One transaction: the bank's version row is updated first, which serialises two
        uploads to one server, so the count of its guides holds under concurrency."""
        try:
            try:
                self._save_guide(scope, guide, limit)
            except IntegrityError:  # two first uploads to one server raced for its version row
                self._save_guide(scope, guide, limit)
        except _BankFull:
            return False
        return True

    def _save_guide(self, scope: str, guide: StoredGuide, limit: int) -> None:
        table, banks = tables.uploaded_guides, tables.guide_banks
        with self._connect(write=True) as connection:
            bumped = connection.execute(
                update(banks).where(banks.c.scope == scope).values(version=banks.c.version + 1)
            ).rowcount
            if not bumped:
                connection.execute(insert(banks).values(scope=scope, version=1))
            others = select(func.count()).where(table.c.scope == scope, table.c.slug != guide.slug)
            if connection.execute(others).scalar_one() >= limit:
                raise _BankFull  # rolls the version back too
            connection.execute(
                delete(table).where(table.c.scope == scope, table.c.slug == guide.slug)
            )
            row = {"text": guide.text, "record": dict(guide.record) if guide.record else None}
            connection.execute(insert(table).values(scope=scope, slug=guide.slug, **row))

    def server_guides(self, scope: str) -> list[StoredGuide]:
        table = tables.uploaded_guides
        query = select(table.c.slug, table.c.text, table.c.record).where(table.c.scope == scope)
        with self._connect() as connection:
            rows = connection.execute(query).all()
        return sorted(
            (StoredGuide(row.slug, row.text, row.record) for row in rows),
            key=lambda guide: guide.slug,
        )

    def guide_bank_version(self, scope: str) -> int:
        banks = tables.guide_banks
        query = select(banks.c.version).where(banks.c.scope == scope)
        with self._connect() as connection:
            return int(connection.execute(query).scalar_one_or_none() or 0)

    def close(self) -> None:
        """Close the connection pool (at shutdown)."""
        self.engine.dispose()

    def ping(self) -> bool:
        """True when the database answers; for health checks."""
        try:
            with self._connect() as connection:
                connection.execute(select(1))
        except StorageUnavailableError:
            return False
        return True

    def active_sessions(self) -> int:
        with self._connect() as connection:
            return int(
                connection.execute(select(func.count()).select_from(tables.sessions)).scalar_one()
            )


class _BankFull(Exception):  # noqa: N818  # control flow inside a transaction
    """The server has as many guides as it may; the transaction rolls back."""


def _upsert(connection: Connection, key: Column[str], value: str, values: dict[str, Any]) -> None:
    """Update the row whose ``key`` is ``value``, or insert it."""
    table = key.table
    changed = connection.execute(update(table).where(key == value).values(**values)).rowcount
    if not changed:
        connection.execute(insert(table).values({key.name: value, **values}))


def _save_profile(connection: Connection, profile: Profile) -> None:
    values = {"name": profile.name, "timezone": profile.timezone}
    _upsert(connection, tables.profiles.c.user_key, profile.user_key, values)


def _join_leaderboard(connection: Connection, scope: str, user_key: str, name: str) -> None:
    _leave_leaderboard(connection, scope, user_key)
    connection.execute(insert(tables.leaderboard).values(scope=scope, user_key=user_key, name=name))


def _leave_leaderboard(connection: Connection, scope: str, user_key: str) -> None:
    table = tables.leaderboard
    connection.execute(delete(table).where(table.c.scope == scope, table.c.user_key == user_key))


def _forget(connection: Connection, user_key: str) -> None:
    """Delete every row about the person: their own rows, dedup rows whose event id names
    them, and (Slack OAuth) their user token as the installer."""
    platform, _, user_id = user_key.partition(":")
    for table in tables.PERSONAL:
        connection.execute(delete(table).where(table.c.user_key == user_key))
    if len(user_id) >= 3:
        events = tables.processed_events
        named = events.c.event_id.contains(user_id, autoescape=True)
        connection.execute(delete(events).where(named))
    if platform == "slack":
        _forget_installer(connection, user_id)


def _write_session(connection: Connection, turn: TurnCommit) -> None:
    table = tables.sessions
    connection.execute(delete(table).where(table.c.user_key == turn.user_key))
    if turn.session is not None:
        connection.execute(
            insert(table).values(
                user_key=turn.user_key,
                session_id=turn.session.id,
                state=interview.to_dict(turn.session),
                updated_at=turn.now,
            )
        )


def _answer_row(record: AnswerRecord) -> dict[str, Any]:
    return {
        "user_key": record.user_key,
        "session_id": record.session_id,
        "question_id": record.question_id,
        "answer_text": record.answer_text,
        "score": record.score,
        "points": [_point_row(point) for point in record.points],
        "created_at": record.created_at,
        "strictness": record.strictness.value,
        "scope": record.scope,
    }


def _answer_record(row: RowMapping) -> AnswerRecord:
    points = tuple(_point(*fields) for fields in row["points"])
    return AnswerRecord(
        user_key=row["user_key"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        answer_text=row["answer_text"],
        score=row["score"],
        points=points,
        created_at=as_utc(row["created_at"]),
        strictness=Strictness(row["strictness"]),
        scope=row["scope"],
    )


def _forget_installer(connection: Connection, user_id: str) -> None:
    """The person's user id and user token in the OAuth installations, when that table is
    here; the workspace's bot token stays, so the app keeps working for everyone else."""
    if not inspect(connection).has_table(SLACK_INSTALLATIONS):
        return
    installations = Table(SLACK_INSTALLATIONS, MetaData(), autoload_with=connection)
    columns = {name: value for name, value in INSTALLER_CLEARED.items() if name in installations.c}
    connection.execute(
        update(installations).where(installations.c.user_id == user_id).values(**columns)
    )


def _point_row(point: PointScore) -> list[object]:
    return [
        point.text,
        point.score,
        point.status.value,
        list(point.matched),
        point.role.value,
        point.share,
        point.note,
    ]


def _point(
    text: str,
    score: float,
    status: str | bool,
    matched: list[str],
    role: str = Role.CORE.value,
    share: float = 0.0,
    note: str = "",
) -> PointScore:
    """A stored point; rows written before statuses existed hold covered as true/false."""
    if isinstance(status, bool):
        status = Status.COVERED.value if status else Status.MISSED.value
    return PointScore(text, score, Status(status), tuple(matched), Role(role), share, note)
