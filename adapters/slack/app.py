"""The Slack app on slack-bolt: ``build_app`` wires it (tests call it), ``run`` serves it.

Socket Mode when ``SLACK_APP_TOKEN`` is set (no public URL needed), otherwise HTTP on a
port at ``/slack/events``. One workspace with ``SLACK_BOT_TOKEN``; many with the OAuth
install flow (``SLACK_CLIENT_ID``/``SLACK_CLIENT_SECRET``), installations kept in the
project's database by slack_sdk's SQLAlchemy stores. ``admin_group`` names a user group
whose members may change settings like workspace admins.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import timedelta
from typing import Any, NoReturn
from urllib.parse import urljoin

from pydantic import SecretStr
from slack_bolt import Ack, App
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.http_retry import (
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RateLimitErrorRetryHandler,
    RetryHandler,
    RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine as Database

from adapters.platform import Clock, utc_now
from adapters.slack.installs import ExpiringInstallationStore
from adapters.slack.listeners import SlackBridge
from adapters.slack.people import AdminGroup
from adapters.slack.server import AcksFirstExecutor
from adapters.slack.uninstall import DEFAULT_GRACE, Uninstalls
from bot.engine import Engine
from bot.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
BOT_SCOPES = (
    "channels:history",
    "chat:write",
    "commands",
    "files:read",
    "groups:history",
    "im:history",
    "im:write",
    "usergroups:read",
    "users:read",
)
WORKERS = 8  # threads for the work after the ack
OAUTH_STATE_SECONDS = 600


def web_client(*, token: str | None, api_url: str) -> WebClient:
    """A Web API client that waits out 429s (``Retry-After``) and retries dropped connections
    and a 500 or 503 once."""
    retries = [
        ConnectionErrorRetryHandler(),
        RateLimitErrorRetryHandler(max_retry_count=2),
        ServerErrorRetryHandler(max_retry_count=1),
    ]
    return WebClient(token=token, base_url=api_url, retry_handlers=retries)


class RateLimitCounter(RetryHandler):
    """Counts Slack's 429s for the metrics; retrying is left to the handlers after it."""

    def __init__(self, counted: Callable[[], None]) -> None:
        super().__init__(max_retry_count=1_000_000)
        self.counted = counted

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is not None and response.status_code == 429:
            self.counted()
        return False


def build_app(
    *,
    engine: Engine,
    signing_secret: str,
    bot_token: str | None = None,
    api_url: str = DEFAULT_API_URL,
    oauth_settings: OAuthSettings | None = None,
    executor: Executor | None = None,
    clock: Clock = utc_now,
    admin_group: str | None = None,
    removal_grace: timedelta = DEFAULT_GRACE,
    privacy_url: str | None = None,
) -> App:
    """The bolt App. Listeners run in the request's thread (``process_before_response``)
    and only acknowledge; the work after the ack runs on ``executor`` (on an
    ``AcksFirstExecutor`` it lets the acks in flight go first again before it enters the
    engine). Members of the user group ``admin_group`` (an id like ``S0123``) may change
    settings. With OAuth, a workspace's data is deleted ``removal_grace`` after it removes
    the app."""
    app = App(
        name="mockinterview",
        client=web_client(token=bot_token, api_url=api_url),
        signing_secret=signing_secret,
        oauth_settings=oauth_settings,
        process_before_response=True,
    )
    work = executor or ThreadPoolExecutor(WORKERS, "slack-work")
    if oauth_settings is not None:
        installations = oauth_settings.installation_store
        uninstalls = Uninstalls(engine, installations, work=work, clock=clock, grace=removal_grace)
        uninstalls.register(app)
        if isinstance(installations, ExpiringInstallationStore):
            installations.when_saved(uninstalls.installed)
    else:
        app.event("app_uninstalled")(token_revoked)
        app.event("tokens_revoked")(token_revoked)
    group = AdminGroup(admin_group, clock=clock) if admin_group else None
    pause = work.acks.wait if isinstance(work, AcksFirstExecutor) else lambda: None
    bridge = SlackBridge(engine, work, admin_group=group, privacy_url=privacy_url, pause=pause)
    bridge.register(app)
    return app


def token_revoked(ack: Ack, body: dict[str, Any]) -> None:
    """One workspace (``SLACK_BOT_TOKEN``): nothing is stored to delete; acknowledge, so
    Slack does not retry, and tell the operator the token has stopped working."""
    ack()
    event = body.get("event") or {}
    log.warning(
        "Slack says %s for workspace %s: SLACK_BOT_TOKEN no longer works there",
        event.get("type"),
        body.get("team_id"),
    )


def oauth_settings(
    *, client_id: str, client_secret: str, database: Database, api_url: str = DEFAULT_API_URL
) -> OAuthSettings:
    """The OAuth install flow, with installations and states in the project's database.

    Installations (and workspaces that are not installed) are cached in memory with an
    expiry and refreshed in the background, and authorizations too, so after a workspace's
    first request acknowledging never waits on the database or on ``auth.test``.
    """
    stored = SQLAlchemyInstallationStore(client_id=client_id, engine=database)
    states = SQLAlchemyOAuthStateStore(expiration_seconds=OAUTH_STATE_SECONDS, engine=database)
    stored.create_tables()  # type: ignore[no-untyped-call]
    states.create_tables()  # type: ignore[no-untyped-call]
    installations = ExpiringInstallationStore(stored)
    settings = OAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=list(BOT_SCOPES),
        installation_store=installations,
        state_store=states,
        authorization_url=urljoin(api_url, "/oauth/v2/authorize"),
    )
    settings.authorize = InstallationStoreAuthorize(
        logger=log,
        installation_store=installations,
        client_id=client_id,
        client_secret=client_secret,
        cache_enabled=True,
        bot_only=True,  # the app asks for no user scopes: never look up a user's token
    )
    return settings


def settings_problem(settings: Settings) -> str | None:
    """What is missing to run, naming the variables; None when the settings are enough."""
    if settings.slack_app_token:
        if settings.slack_bot_token:
            return None
        return "Socket Mode (SLACK_APP_TOKEN is set) also needs SLACK_BOT_TOKEN."
    missing = [] if settings.slack_signing_secret else ["SLACK_SIGNING_SECRET"]
    if not settings.slack_bot_token and not (
        settings.slack_client_id and settings.slack_client_secret
    ):
        missing.append("SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth)")
    if not missing:
        return None
    return (
        f"Slack needs {' and '.join(missing)}. For Socket Mode set SLACK_APP_TOKEN and "
        "SLACK_BOT_TOKEN instead. See the Slack section of README.md."
    )


def app_from_settings(
    settings: Settings, engine: Engine, *, executor: Executor, database: Database
) -> App:
    """One workspace when there is a bot token, else the multi-workspace OAuth flow."""
    oauth = None
    if not settings.slack_bot_token:
        oauth = oauth_settings(
            client_id=settings.slack_client_id or "",
            client_secret=reveal(settings.slack_client_secret),
            database=database,
            api_url=settings.slack_api_url,
        )
    return build_app(
        engine=engine,
        signing_secret=reveal(settings.slack_signing_secret),
        bot_token=reveal(settings.slack_bot_token) or None,
        api_url=settings.slack_api_url,
        oauth_settings=oauth,
        executor=executor,
        admin_group=settings.slack_admin_group,
        removal_grace=timedelta(days=settings.removal_grace_days),
        privacy_url=settings.privacy_url,
    )


def reveal(secret: SecretStr | None) -> str:
    return secret.get_secret_value() if secret is not None else ""


def exit_with(message: str) -> NoReturn:
    sys.stderr.write(message + "\n")
    raise SystemExit(2)
