"""Real databases for tests: SQLite files, and a PostgreSQL server when one can be reached."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bot.db import SqlStore, make_engine, upgrade

LOCAL_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def postgres_server_url() -> str:
    """The server URL from .ci/run, or a local server; skip visibly (never in CI) without one."""
    url = os.environ.get("MOCKINTERVIEW_TEST_POSTGRES_URL")
    if url:
        return url
    reason = "no PostgreSQL server: run `bash .ci/run` or set MOCKINTERVIEW_TEST_POSTGRES_URL"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL tests, but found {reason}")
    try:
        engine = create_engine(LOCAL_POSTGRES, connect_args={"connect_timeout": 2})
        with engine.connect():
            pass
        engine.dispose()
    except Exception:
        pytest.skip(reason)
    return LOCAL_POSTGRES


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    server = postgres_server_url()
    name = f"mockinterview_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def sql_store(url: str) -> Iterator[SqlStore]:
    """A migrated SqlStore on ``url``, its pool closed afterwards."""
    upgrade(url)
    store = SqlStore(make_engine(url))
    yield store
    store.close()
