"""Subscriptions keep why the platform last refused a daily DM, for `daily status`.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("subscriptions", sa.Column("pause_reason", sa.String(300), nullable=True))


def downgrade() -> None:
    op.drop_column("subscriptions", "pause_reason")
