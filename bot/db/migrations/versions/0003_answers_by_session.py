"""Answers looked up by session: a channel's question of the day gathers its answers so.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_answers_session_id", "answers", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_answers_session_id", table_name="answers")
