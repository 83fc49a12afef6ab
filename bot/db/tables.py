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
    Column("strictness", String(16), nullable=True),  # the person's own choice, if any
    Column("last_question", String(200), nullable=True),  # shown last by an ended interview
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
    Column("strictness", String(16), nullable=False, server_default="standard"),
    Column("scope", String(120), nullable=True),  # the server or workspace it was given in
    Index("ix_answers_user_question", "user_key", "question_id"),
    Index("ix_answers_session_id", "session_id"),
    Index("ix_answers_scope_created_at", "scope", "created_at"),
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
    Column("scope", String(120), nullable=True),  # the server or workspace it was made in
    Column("pause_reason", String(300), nullable=True),  # why the last DM was refused
    Index("ix_subscriptions_next_due_at", "next_due_at"),
    Index("ix_subscriptions_scope", "scope"),
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

members = Table(
    "members",
    metadata,
    Column("scope", String(120), primary_key=True),
    Column("user_key", String(120), primary_key=True),
    Index("ix_members_user_key", "user_key"),
)
"""Who used the app in which workspace: whose history a workspace's purge deletes."""

pending_purges = Table(
    "pending_purges",
    metadata,
    Column("scope", String(120), primary_key=True),
    Column("due_at", DateTime(timezone=True), nullable=False),
    Column("people", Boolean, nullable=False),
    Index("ix_pending_purges_due_at", "due_at"),
)

PERSONAL = (answers, sessions, profiles, subscriptions, deliveries, leaderboard, members)
"""Every table with a ``user_key`` column: what `forget` clears."""

disputes = Table(
    "disputes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scope", String(120), nullable=True),  # None: sent from a DM, self-correction only
    Column("user_key", String(120), nullable=False),
    Column("name", String(200), nullable=False),
    Column("question_id", String(200), nullable=False),
    Column("answered_at", DateTime(timezone=True), nullable=False),
    Column("point", Integer, nullable=False),
    Column("point_text", Text, nullable=False),
    Column("reason", String(400), nullable=False),
    Column("original", Float, nullable=False),
    Column("corrected", Float, nullable=False),
    Column("status", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_disputes_scope_status", "scope", "status"),
    Index("ix_disputes_user_key", "user_key"),
)
"""A person's claim that their answer made a key point (bot.reviews)."""

accepted_phrasings = Table(
    "accepted_phrasings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scope", String(120), nullable=False),
    Column("question_id", String(200), nullable=False),
    Column("point", Integer, nullable=False),
    Column("text", String(400), nullable=False),
    Index("ix_accepted_phrasings_scope", "scope"),
)
"""Wordings of a key point a server's admins accepted: the scorer credits them there."""

question_flags = Table(
    "question_flags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scope", String(120), nullable=True),
    Column("user_key", String(120), nullable=False),
    Column("question_id", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("text", String(400), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_question_flags_scope", "scope"),
    Index("ix_question_flags_user_key", "user_key"),
)
"""Reports that a question or its model answer is wrong, unclear or outdated."""
