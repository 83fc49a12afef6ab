"""Storage on SQLAlchemy: the only part of ``bot`` that imports it."""

from __future__ import annotations

from bot.db.migrate import upgrade, upgrade_if_due
from bot.db.store import SqlStore, make_engine

__all__ = ["SqlStore", "make_engine", "upgrade", "upgrade_if_due"]
