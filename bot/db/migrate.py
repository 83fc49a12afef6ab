"""Run the Alembic migrations from code: the console and `mockinterview db upgrade` use this.

Alembic is slow to import, so ``upgrade_if_due`` first compares the database's
``alembic_version`` with the heads named in the migration files, and runs Alembic only when
they differ.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def alembic_config(database_url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "heads") -> None:
    from alembic import command

    command.upgrade(alembic_config(database_url), revision)


def heads(folder: Path = MIGRATIONS / "versions") -> frozenset[str]:
    """The revisions no other migration names as its parent, read from the files' text."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        for name, value in REVISION.findall(path.read_text(encoding="utf-8")):
            found = set(QUOTED.findall(value))
            (revisions if name == "revision" else parents).update(found)
    return frozenset(revisions - parents)


def applied(engine: Engine) -> frozenset[str]:
    """The revisions recorded in the database; empty for a new database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return frozenset()
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        return frozenset(str(row[0]) for row in rows)


def upgrade_if_due(engine: Engine, database_url: str) -> bool:
    """Run Alembic only when the database is behind the migration files; True if it ran."""
    if applied(engine) == heads():
        return False
    upgrade(database_url)
    return True
