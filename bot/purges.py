"""Running the data lifecycle (``bot.lifecycle``) on a store: purges and answer retention."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.lifecycle import Purge
from bot.store import Store

log = logging.getLogger(__name__)


@dataclass
class Purges:
    store: Store

    def removed(self, scope: str, now: datetime, *, grace: timedelta, people: bool) -> None:
        """The app was removed from ``scope``: stop its daily questions (people's own DMs
        too when they go with it) and delete its data after ``grace`` (at once when zero)."""
        paused = self.store.pause_subscriptions(scope, channels_only=not people)
        self.store.schedule_purge(Purge(scope, now + grace, people))
        log.info("removed from %s: %d daily question(s) paused, data kept %s", scope, paused, grace)
        if grace <= timedelta(0):
            self.run_due(now)

    def reinstalled(self, scope: str) -> None:
        if self.store.cancel_purge(scope):
            log.info("reinstalled in %s: its data is kept", scope)

    def run_due(self, now: datetime) -> list[str]:
        """Delete the data of every scope whose grace period is over; the scopes purged."""
        purged = []
        for purge in self.store.due_purges(now):
            if purge.people:
                self._forget_people_only_in(purge.scope)
            self.store.delete_server(purge.scope)
            log.info("deleted the data of %s", purge.scope)
            purged.append(purge.scope)
        return purged

    def _forget_people_only_in(self, scope: str) -> None:
        """People also seen in another workspace keep their history there."""
        for user_key in self.store.members(scope):
            if self.store.member_scopes(user_key) == [scope]:
                self.store.forget(user_key)

    def apply_retention(self, now: datetime) -> int:
        """Blank the answer texts older than each server's retention; how many."""
        blanked = 0
        for scope, settings in self.store.all_server_settings():
            if settings.answer_days is not None:
                before = now - timedelta(days=settings.answer_days)
                blanked += self.store.blank_answers(scope, before)
        return blanked
