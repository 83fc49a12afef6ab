"""Installation lookups for the OAuth (many workspaces) mode that never hold up an ack.

bolt asks the installation store on every request. slack_sdk's own cache keeps found
installations for ever and never keeps a miss, so each request from a workspace that is
not installed (or each user without a user token) goes to the database, and waits while
the tables are locked. Here both answers are kept: a found one for ``FOUND_SECONDS``, a
miss for ``MISSING_SECONDS``; past that the stale answer is still given while one
background thread asks the database again, so only a workspace's very first request
waits on it. Saving or deleting an installation drops what was kept for its workspace,
and saving one tells the ``when_saved`` callbacks its workspace.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore

log = logging.getLogger(__name__)

FOUND_SECONDS = 300.0
MISSING_SECONDS = 60.0
T = TypeVar("T")
Key = tuple[str, ...]


@dataclass
class Kept:
    value: Any
    fetched: float
    refreshing: bool = False


class ExpiringInstallationStore(InstallationStore):
    """A cache in front of ``stored`` with expiry, negative entries and background refresh."""

    def __init__(
        self,
        stored: InstallationStore,
        *,
        found_seconds: float = FOUND_SECONDS,
        missing_seconds: float = MISSING_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stored = stored
        self.found_seconds = found_seconds
        self.missing_seconds = missing_seconds
        self.clock = clock
        self._kept: dict[Key, Kept] = {}
        self._lock = threading.Lock()
        self._saved: list[Callable[[str | None], None]] = []

    def when_saved(self, callback: Callable[[str | None], None]) -> None:
        """Call ``callback`` with the team id of every installation saved from now on."""
        self._saved.append(callback)

    @property
    def logger(self) -> logging.Logger:
        return log

    def find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        key = ("bot", enterprise_id or "", team_id or "", str(bool(is_enterprise_install)))
        options = {"enterprise_id": enterprise_id, "team_id": team_id}
        found: Bot | None = self._lookup(
            key,
            lambda: self.stored.find_bot(**options, is_enterprise_install=is_enterprise_install),
        )
        return found

    def find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        key = (
            "installation",
            enterprise_id or "",
            team_id or "",
            str(bool(is_enterprise_install)),
            user_id or "",
        )

        def fetch() -> Installation | None:
            return self.stored.find_installation(
                enterprise_id=enterprise_id,
                team_id=team_id,
                user_id=user_id,
                is_enterprise_install=is_enterprise_install,
            )

        found: Installation | None = self._lookup(key, fetch)
        return found

    def save(self, installation: Installation) -> None:
        self.stored.save(installation)
        self._drop(installation.enterprise_id, installation.team_id)
        for callback in self._saved:
            callback(installation.team_id)

    def save_bot(self, bot: Bot) -> None:
        self.stored.save_bot(bot)
        self._drop(bot.enterprise_id, bot.team_id)

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self.stored.delete_bot(enterprise_id=enterprise_id, team_id=team_id)
        self._drop(enterprise_id, team_id)

    def delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        self.stored.delete_installation(
            enterprise_id=enterprise_id, team_id=team_id, user_id=user_id
        )
        self._drop(enterprise_id, team_id)

    def delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self.stored.delete_all(enterprise_id=enterprise_id, team_id=team_id)
        self._drop(enterprise_id, team_id)

    def _lookup(self, key: Key, fetch: Callable[[], T | None]) -> T | None:
        now = self.clock()
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                lifetime = self.found_seconds if kept.value is not None else self.missing_seconds
                if now - kept.fetched >= lifetime and not kept.refreshing:
                    kept.refreshing = True
                    threading.Thread(
                        target=self._refresh, args=(key, fetch), name="slack-installs", daemon=True
                    ).start()
                value: T | None = kept.value
                return value
        fetched = fetch()  # a workspace's first request: nothing to answer from yet
        with self._lock:
            self._kept[key] = Kept(fetched, self.clock())
        return fetched

    def _refresh(self, key: Key, fetch: Callable[[], Any]) -> None:
        try:
            fetched = fetch()
        except Exception:
            log.warning("could not refresh a Slack installation; keeping the last one")
            with self._lock:
                if key in self._kept:
                    self._kept[key].refreshing = False
            return
        with self._lock:
            self._kept[key] = Kept(fetched, self.clock())

    def _drop(self, enterprise_id: str | None, team_id: str | None) -> None:
        workspace = (enterprise_id or "", team_id or "")
        with self._lock:
            for key in [key for key in self._kept if key[1:3] == workspace]:
                del self._kept[key]
