"""Guides uploaded by a server's or workspace's admins, for that server only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "uploaded_guides",
        sa.Column("scope", sa.String(120), primary_key=True),
        sa.Column("slug", sa.String(120), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("uploaded_guides")
