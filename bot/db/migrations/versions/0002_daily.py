"""Daily questions: subscriptions with their next due instant, and claimed deliveries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("user_key", sa.String(120), primary_key=True),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("address", sa.String(120), nullable=False),
        sa.Column("at", sa.Time(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("days", sa.String(20), nullable=False),
        sa.Column("paused_until", sa.Date(), nullable=True),
        sa.Column("topic", sa.String(200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_through", sa.Date(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
    )
    op.create_index("ix_subscriptions_next_due_at", "subscriptions", ["next_due_at"])
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_key", sa.String(120), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=True),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_key", "local_date", name="uq_deliveries_user_date"),
    )


def downgrade() -> None:
    op.drop_table("deliveries")
    op.drop_index("ix_subscriptions_next_due_at", table_name="subscriptions")
    op.drop_table("subscriptions")
