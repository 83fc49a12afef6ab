"""Running the Slack app: settings, the manifest, and the multi-workspace OAuth install."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from slack_bolt import App
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import text as text_sql

from adapters.platform import connected
from adapters.slack import app as slack_app
from adapters.slack import run as slack_run
from adapters.slack.app import BOT_SCOPES, settings_problem
from adapters.slack.events import COMMAND
from adapters.slack.platform import SlackPlatform
from bot.db import SqlStore
from bot.questions import QuestionBank
from bot.settings import Settings
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_TOKEN,
    OAUTH_ACCESS,
    SECOND_TEAM,
    SECOND_TEAM_TOKEN,
    FakeSlackApi,
    SignedClient,
    dm_event,
    fresh_slack_store,
    install_through_oauth,
    migrated_template,
    running_app,
    wait_for,
)
from tests.conftest import ROOT, make_engine

MANIFEST = ROOT / "slack-manifest.yml"


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)


@pytest.mark.parametrize(
    "values",
    [
        {"slack_bot_token": "xoxb-1", "slack_signing_secret": "secret"},
        {"slack_client_id": "1.2", "slack_client_secret": "s", "slack_signing_secret": "secret"},
        {"slack_app_token": "xapp-1", "slack_bot_token": "xoxb-1"},
    ],
    ids=["one workspace", "oauth", "socket mode"],
)
def test_enough_settings_to_run(values: dict[str, str]) -> None:
    assert settings_problem(settings(**values)) is None


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({}, ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]),
        ({"slack_bot_token": "xoxb-1"}, ["SLACK_SIGNING_SECRET"]),
        ({"slack_signing_secret": "s", "slack_client_id": "1.2"}, ["SLACK_CLIENT_SECRET"]),
        ({"slack_app_token": "xapp-1"}, ["SLACK_BOT_TOKEN"]),
    ],
    ids=["nothing", "no secret", "half oauth", "socket mode without a bot token"],
)
def test_missing_settings_are_named(values: dict[str, str], named: list[str]) -> None:
    problem = settings_problem(settings(**values))
    assert problem is not None
    assert all(name in problem for name in named)


def test_run_without_settings_exits_2_with_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        connected(SlackPlatform(settings(), port=0))
    assert exit_info.value.code == 2
    assert "SLACK_SIGNING_SECRET" in capsys.readouterr().err


class Blocking:
    """Stands in for what ``run`` blocks on: the HTTP server or the Socket Mode handler.

    Each stops as SIGTERM would stop it, so ``run`` returns.
    """

    runs: ClassVar[list[str]] = []
    server_port = 4321

    def __init__(self, app: App, app_token: str = "") -> None:
        self.app_token = app_token
        self.client = self

    def is_connected(self) -> bool:
        return True

    def connect(self) -> None:
        self.runs.append(f"socket mode with {self.app_token}")
        signal.raise_signal(signal.SIGTERM)

    def close(self) -> None:
        self.runs.append("closed")

    def serve_forever(self) -> None:
        self.runs.append(f"http on {self.server_port}")

    def shutdown(self) -> None:
        return None

    def server_close(self) -> None:
        self.runs.append("closed")


@pytest.mark.parametrize(
    ("values", "runs"),
    [
        ({"slack_app_token": "xapp-1"}, ["socket mode with xapp-1", "closed"]),
        ({"slack_signing_secret": "secret"}, ["http on 4321", "closed"]),
        ({"slack_signing_secret": "secret", "host": "127.0.0.1"}, ["http on 4321", "closed"]),
    ],
    ids=["socket mode", "http mode", "http mode on HOST"],
)
def test_run_uses_socket_mode_with_an_app_token_and_http_without(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, values: dict[str, str], runs: list[str]
) -> None:
    def http(app: App, *, acks: object, host: str, port: int, wrap: object) -> Blocking:
        assert (host, port) == (values.get("host", "0.0.0.0"), Blocking.server_port)
        return Blocking(app)

    monkeypatch.setattr(Blocking, "runs", [])
    monkeypatch.setattr(slack_run, "SocketModeHandler", Blocking)
    monkeypatch.setattr(slack_run, "serve", http)
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    api = FakeSlackApi()
    try:
        database = f"sqlite:///{tmp_path / 'run.db'}"
        options = {
            "slack_bot_token": BOT_TOKEN,
            "slack_api_url": api.url,
            "health_port": 0,
            **values,
        }
        connected(
            SlackPlatform(settings(database_url=database, **options), port=Blocking.server_port)
        )
    finally:
        api.close()
        for number, handler in previous.items():
            signal.signal(number, handler)
    assert Blocking.runs == runs
    assert [call.method for call in api.calls] == ["auth.test"]


def test_the_command_exits_2_without_a_traceback(tmp_path: Path) -> None:
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("SLACK_")
    }
    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "slack"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**environment, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "SLACK_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_manifest_matches_the_app() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    features, settings_part = manifest["features"], manifest["settings"]
    assert [command["command"] for command in features["slash_commands"]] == [COMMAND]
    assert tuple(manifest["oauth_config"]["scopes"]["bot"]) == BOT_SCOPES
    assert {"app_home_opened", "message.im", "message.channels"} <= set(
        settings_part["event_subscriptions"]["bot_events"]
    )
    assert settings_part["interactivity"]["is_enabled"] is True
    assert features["app_home"]["home_tab_enabled"] is True


def test_a_workspace_installed_through_oauth_is_served_with_its_own_token(
    bank: QuestionBank, slack_store: SqlStore, tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'installs.db'}"
    engine = make_engine(bank, slack_store)
    with running_app(engine, oauth_database=database) as running:
        install_through_oauth(running)
        running.slack.event(dm_event("help"), event_id="EvTeamTwo", team=SECOND_TEAM)
        posted = wait_for(lambda: running.api.called("chat.postMessage"))
        assert posted[0].authorization == f"Bearer {SECOND_TEAM_TOKEN}"


def test_health_listens_on_host_unless_health_host_says_otherwise() -> None:
    assert settings().health_address == "0.0.0.0"
    assert settings(host="127.0.0.1").health_address == "127.0.0.1"
    assert settings(host="127.0.0.1", health_host="10.0.0.5").health_address == "10.0.0.5"


def test_forget_clears_the_installers_user_token(
    bank: QuestionBank, slack_store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    installer = {"id": "U7", "access_token": "xoxp-installer-token", "scope": "identify"}
    monkeypatch.setitem(OAUTH_ACCESS, "authed_user", installer)
    database = str(slack_store.engine.url)
    with running_app(make_engine(bank, slack_store), oauth_database=database) as running:
        install_through_oauth(running)
        assert "U7" in installed_users(slack_store)
        running.slack.command("forget confirm", user="U7", team=SECOND_TEAM)
        wait_for(lambda: "U7" not in installed_users(slack_store))
        running.drain()
    with slack_store.engine.connect() as connection:
        rows = connection.execute(text_sql("SELECT user_token, bot_token FROM slack_installations"))
        assert [tuple(row) for row in rows] == [(None, SECOND_TEAM_TOKEN)]


def installed_users(store: SqlStore) -> list[str]:
    with store.engine.connect() as connection:
        rows = connection.execute(text_sql("SELECT user_id FROM slack_installations"))
        return [row[0] for row in rows]


def test_the_command_passes_host_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from adapters import cli

    calls: list[tuple[int, str | None]] = []
    monkeypatch.setattr(
        SlackPlatform, "connect", lambda slack: calls.append((slack.port, slack.host)) or 0
    )
    assert cli.main(["slack", "--host", "127.0.0.1", "--port", "3001"]) == 0
    assert cli.main(["slack"]) == 0
    assert calls == [(3001, "127.0.0.1"), (3000, None)]


class GatedInstallations:
    """The SQL installation store, whose lookups wait while the gate is shut: the tables
    locked by a long transaction elsewhere."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.stored = SQLAlchemyInstallationStore(*args, **kwargs)
        self.lookups = 0

    def find_bot(self, **options: Any) -> Any:
        self.lookups += 1
        UNLOCKED.wait(timeout=10)
        return self.stored.find_bot(**options)

    def find_installation(self, **options: Any) -> Any:
        self.lookups += 1
        UNLOCKED.wait(timeout=10)
        return self.stored.find_installation(**options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stored, name)


UNLOCKED = threading.Event()


def test_acks_in_oauth_mode_never_wait_on_locked_installation_tables(
    bank: QuestionBank, slack_store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(slack_app, "SQLAlchemyInstallationStore", GatedInstallations)
    UNLOCKED.set()
    database = f"sqlite:///{tmp_path / 'installs.db'}"
    with running_app(make_engine(bank, slack_store), oauth_database=database) as running:
        install_through_oauth(running)
        running.slack.command("help", user="U1", team=SECOND_TEAM)
        unknown = running.slack.command("help", user="U1", team="T9").status
        UNLOCKED.clear()  # the tables are locked from now on
        try:
            response_url = running.api.response_url()
            impatient = SignedClient(running.slack.port, response_url=response_url, timeout=3)
            for user in ("U3", "U4"):
                assert impatient.command("help", user=user, team=SECOND_TEAM).status == 200
            assert impatient.command("help", user="U5", team="T9").status == unknown
        finally:
            UNLOCKED.set()
