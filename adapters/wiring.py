"""Settings -> content bank + database store -> Engine. The one place that wires them."""

from __future__ import annotations

import logging

from bot.content import load_bank
from bot.db import SqlStore, make_engine, upgrade_if_due
from bot.engine import Engine
from bot.observer import NoObserver, Observer
from bot.settings import Settings

log = logging.getLogger(__name__)


def build_engine(
    settings: Settings, *, migrate: bool = True, observer: Observer | None = None
) -> Engine:
    """An Engine on the configured database, its schema brought up to date first."""
    bank = load_bank([settings.content_dir])
    database = make_engine(settings.database_url)
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
    )
