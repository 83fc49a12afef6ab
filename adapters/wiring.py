"""Settings -> content bank + database store -> Engine. The one place that wires them."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine as Database

from adapters.bank_cache import cached_bank
from adapters.platform import utc_now
from bot.content import load_bank
from bot.db import SqlStore, make_engine, upgrade_if_due
from bot.engine import Engine
from bot.observer import NoObserver, Observer
from bot.settings import Settings

log = logging.getLogger(__name__)


def build_engine(
    settings: Settings,
    *,
    migrate: bool = True,
    observer: Observer | None = None,
    bank_cache: Path | None = None,
    database: Database | None = None,
) -> Engine:
    """An Engine on the configured database, its schema brought up to date first.

    With ``bank_cache``, the parsed guides are kept in that folder between runs. A platform
    that keeps tables of its own in the database (Slack's installations) passes the one
    ``database`` it uses too, so a process has one connection pool."""
    paths = [settings.content_dir]
    bank = cached_bank(paths, bank_cache) if bank_cache else load_bank(paths)
    database = database or make_engine(settings.database_url)
    if migrate and upgrade_if_due(database, settings.database_url):
        log.info("database schema upgraded")
    store = SqlStore(database)
    log.info("loaded %d questions from %d guides", len(bank), len(bank.guides))
    return Engine(
        store=store,
        bank=bank,
        default_guide=settings.default_guide,
        session_length=settings.session_length,
        observer=observer or NoObserver(),
        clock=utc_now,
    )
