"""Disputed scores, the phrasings admins accepted from them, and flagged questions.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "disputes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scope", sa.String(120), nullable=True),
        sa.Column("user_key", sa.String(120), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("point", sa.Integer(), nullable=False),
        sa.Column("point_text", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(400), nullable=False),
        sa.Column("original", sa.Float(), nullable=False),
        sa.Column("corrected", sa.Float(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_disputes_scope_status", "disputes", ["scope", "status"])
    op.create_index("ix_disputes_user_key", "disputes", ["user_key"])
    op.create_table(
        "accepted_phrasings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scope", sa.String(120), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("point", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(400), nullable=False),
    )
    op.create_index("ix_accepted_phrasings_scope", "accepted_phrasings", ["scope"])
    op.create_table(
        "question_flags",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scope", sa.String(120), nullable=True),
        sa.Column("user_key", sa.String(120), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.String(400), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_question_flags_scope", "question_flags", ["scope"])
    op.create_index("ix_question_flags_user_key", "question_flags", ["user_key"])


def downgrade() -> None:
    op.drop_table("question_flags")
    op.drop_table("accepted_phrasings")
    op.drop_table("disputes")
