"""The schema. Changes go through an Alembic migration in ``bot/db/migrations``."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

profiles = Table(
    "profiles",
    metadata,
    Column("user_key", String(120), primary_key=True),
    Column("name", String(200), nullable=False, default=""),
    Column("timezone", String(64), nullable=True),
)

sessions = Table(
    "sessions",
    metadata,
    Column("user_key", String(120), primary_key=True),
    Column("session_id", String(64), nullable=False),
    Column("state", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

answers = Table(
    "answers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(120), nullable=False),
    Column("session_id", String(64), nullable=False),
    Column("question_id", String(200), nullable=False),
    Column("answer_text", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("points", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_answers_user_question", "user_key", "question_id"),
    Index("ix_answers_session_id", "session_id"),
)

processed_events = Table(
    "processed_events",
    metadata,
    Column("event_id", String(200), primary_key=True),
    Column("processed_at", DateTime(timezone=True), nullable=False),
    Index("ix_processed_events_processed_at", "processed_at"),
)

server_settings = Table(
    "server_settings",
    metadata,
    Column("scope", String(120), primary_key=True),
    Column("settings", JSON, nullable=False),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("user_key", String(120), primary_key=True),
    Column("platform", String(20), nullable=False),
    Column("address", String(120), nullable=False),
    Column("at", Time, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("days", String(20), nullable=False),  # weekday numbers, "0123456"
    Column("paused_until", Date, nullable=True),
    Column("topic", String(200), nullable=True),
    Column("active", Boolean, nullable=False),
    Column("next_due_at", DateTime(timezone=True), nullable=True),
    Column("delivered_through", Date, nullable=True),
    Column("failures", Integer, nullable=False, default=0),
    Index("ix_subscriptions_next_due_at", "next_due_at"),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(120), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("status", String(20), nullable=False),
    Column("question_id", String(200), nullable=True),
    Column("answered", Boolean, nullable=False, default=False),
    Column("claimed_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("user_key", "local_date", name="uq_deliveries_user_date"),
)

leaderboard = Table(
    "leaderboard",
    metadata,
    Column("scope", String(120), primary_key=True),
    Column("user_key", String(120), primary_key=True),
    Column("name", String(200), nullable=False),
    Index("ix_leaderboard_user_key", "user_key"),
)

uploaded_guides = Table(
    "uploaded_guides",
    metadata,
    Column("scope", String(120), primary_key=True),
    Column("slug", String(120), primary_key=True),
    Column("text", Text, nullable=False),
    Column("record", JSON, nullable=True),  # the guide parsed at upload (bot.guide_record)
)

guide_banks = Table(
    "guide_banks",
    metadata,
    Column("scope", String(120), primary_key=True),
    Column("version", Integer, nullable=False),  # moves on with every guide saved
)

PERSONAL = (answers, sessions, profiles, subscriptions, deliveries, leaderboard)
"""Every table with a ``user_key`` column: what `forget` clears."""
