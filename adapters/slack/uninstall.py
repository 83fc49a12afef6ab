"""A workspace removes the app (many workspaces, OAuth): its tokens go at once, its data later.

On ``app_uninstalled``, or ``tokens_revoked`` naming the bot, the workspace's installation
rows are deleted at once, its daily questions stop, and the engine deletes its data (its
settings and guides, and the history of the people seen only there) after the grace period,
unless the app is installed again before then. A ``tokens_revoked`` naming only people's
tokens deletes those.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from datetime import timedelta
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk.oauth.installation_store import InstallationStore

from adapters.platform import Clock
from bot.engine import Engine

log = logging.getLogger(__name__)

DEFAULT_GRACE = timedelta(days=30)


class Uninstalls:
    def __init__(
        self,
        engine: Engine,
        installations: InstallationStore,
        *,
        work: Executor,
        clock: Clock,
        grace: timedelta = DEFAULT_GRACE,
    ) -> None:
        self.engine = engine
        self.installations = installations
        self.work = work
        self.clock = clock
        self.grace = grace

    def register(self, app: App) -> None:
        app.event("app_uninstalled")(self.on_uninstalled)
        app.event("tokens_revoked")(self.on_tokens_revoked)

    def on_uninstalled(self, ack: Ack, context: BoltContext) -> None:
        ack()
        self.work.submit(self._revoked, context.enterprise_id, context.team_id, bot=True)

    def on_tokens_revoked(self, ack: Ack, event: dict[str, Any], context: BoltContext) -> None:
        ack()
        tokens = event.get("tokens") or {}
        people = tuple(tokens.get("oauth") or ())
        bot = bool(tokens.get("bot"))
        self.work.submit(self._revoked, context.enterprise_id, context.team_id, people, bot=bot)

    def installed(self, team: str | None) -> None:
        """The app was installed (again) in ``team``: a pending deletion is cancelled."""
        if team:
            self.engine.installed_in(team)

    def _revoked(
        self, enterprise: str | None, team: str | None, people: tuple[str, ...] = (), *, bot: bool
    ) -> None:
        """After the ack: delete the revoked tokens; without its bot the app is removed."""
        workspace = {"enterprise_id": enterprise, "team_id": team}
        try:
            for user_id in people:
                self.installations.delete_installation(**workspace, user_id=user_id)
            if not bot:
                return
            self.installations.delete_all(**workspace)
            if team:
                self.engine.removed_from(team, self.clock(), grace=self.grace, people=True)
                log.info("the app was removed from workspace %s; its tokens are deleted", team)
        except Exception:
            log.exception("failed to handle the app's removal from workspace %s", team)
