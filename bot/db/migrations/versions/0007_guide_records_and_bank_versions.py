"""Uploaded guides keep their parsed record; each server's bank has a version replicas check.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("uploaded_guides", sa.Column("record", sa.JSON(), nullable=True))
    op.create_table(
        "guide_banks",
        sa.Column("scope", sa.String(120), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO guide_banks (scope, version) SELECT DISTINCT scope, 1 FROM uploaded_guides"
    )


def downgrade() -> None:
    op.drop_table("guide_banks")
    with op.batch_alter_table("uploaded_guides") as batch:
        batch.drop_column("record")
