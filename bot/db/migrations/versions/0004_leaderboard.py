"""Opt-in leaderboards per server or workspace.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leaderboard",
        sa.Column("scope", sa.String(120), primary_key=True),
        sa.Column("user_key", sa.String(120), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_index("ix_leaderboard_user_key", "leaderboard", ["user_key"])


def downgrade() -> None:
    op.drop_index("ix_leaderboard_user_key", table_name="leaderboard")
    op.drop_table("leaderboard")
