"""Times read back from the database: SQLite returns them without a zone, PostgreSQL in the
session's zone; the engine works in aware UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
