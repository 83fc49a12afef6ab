"""Strictness: each answer keeps the strictness it was marked under; a person may choose one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "answers",
        sa.Column("strictness", sa.String(16), nullable=False, server_default="standard"),
    )
    op.add_column("profiles", sa.Column("strictness", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("strictness")
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("strictness")
