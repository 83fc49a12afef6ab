"""Data lifecycle: answers and subscriptions know their server; members; pending purges.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("answers", sa.Column("scope", sa.String(120), nullable=True))
    op.create_index("ix_answers_scope_created_at", "answers", ["scope", "created_at"])
    op.add_column("subscriptions", sa.Column("scope", sa.String(120), nullable=True))
    op.create_index("ix_subscriptions_scope", "subscriptions", ["scope"])
    op.create_table(
        "members",
        sa.Column("scope", sa.String(120), primary_key=True),
        sa.Column("user_key", sa.String(120), primary_key=True),
    )
    op.create_index("ix_members_user_key", "members", ["user_key"])
    op.create_table(
        "pending_purges",
        sa.Column("scope", sa.String(120), primary_key=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("people", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_pending_purges_due_at", "pending_purges", ["due_at"])


def downgrade() -> None:
    op.drop_index("ix_pending_purges_due_at", table_name="pending_purges")
    op.drop_table("pending_purges")
    op.drop_index("ix_members_user_key", table_name="members")
    op.drop_table("members")
    op.drop_index("ix_subscriptions_scope", table_name="subscriptions")
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("scope")
    op.drop_index("ix_answers_scope_created_at", table_name="answers")
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("scope")
