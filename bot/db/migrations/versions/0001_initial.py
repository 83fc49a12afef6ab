"""Profiles, sessions, answers, processed events and server settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("user_key", sa.String(120), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=True),
    )
    op.create_table(
        "sessions",
        sa.Column("user_key", sa.String(120), primary_key=True),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_key", sa.String(120), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("points", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_answers_user_question", "answers", ["user_key", "question_id"])
    op.create_table(
        "processed_events",
        sa.Column("event_id", sa.String(200), primary_key=True),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "server_settings",
        sa.Column("scope", sa.String(120), primary_key=True),
        sa.Column("settings", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("server_settings")
    op.drop_table("processed_events")
    op.drop_index("ix_answers_user_question", table_name="answers")
    op.drop_table("answers")
    op.drop_table("sessions")
    op.drop_table("profiles")
