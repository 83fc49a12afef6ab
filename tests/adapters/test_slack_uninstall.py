"""Slack with many workspaces: removing the app deletes its tokens at once and its data after
the grace period, unless it is installed again first; the Home tab says how to get or delete
your data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import text as text_sql

from adapters.slack.views import home_view
from bot.db import SqlStore
from bot.questions import QuestionBank
from bot.types import Home
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    OAUTH_ACCESS,
    SECOND_TEAM,
    SECOND_TEAM_TOKEN,
    RunningApp,
    fresh_slack_store,
    install_through_oauth,
    migrated_template,
    running_app,
    running_slack,
    wait_for,
)
from tests.conftest import FakeClock, bank_of, make_engine, store_of

THIRD_TEAM = "T3"
THIRD_TEAM_TOKEN = "xoxb-team-three"
GRACE = timedelta(days=30)  # the default


@dataclass
class Workspaces:
    """The app installed through OAuth in T2 and T3, on one database, with a fake clock."""

    running: RunningApp
    store: SqlStore
    clock: FakeClock
    monkeypatch: pytest.MonkeyPatch

    def install(self, team: str, token: str) -> None:
        self.monkeypatch.setitem(OAUTH_ACCESS, "team", {"id": team, "name": f"Team {team}"})
        self.monkeypatch.setitem(OAUTH_ACCESS, "access_token", token)
        self.monkeypatch.setitem(OAUTH_ACCESS, "bot_user_id", f"UBOT{team}")
        install_through_oauth(self.running)

    def installed(self, team: str) -> bool:
        with self.store.engine.connect() as connection:
            for table in ("slack_installations", "slack_bots"):
                query = text_sql(f"SELECT count(*) FROM {table} WHERE team_id = :team")
                if connection.execute(query, {"team": team}).scalar_one():
                    return True
        return False

    def answer_a_question(self, user: str, team: str) -> None:
        """Start a one-question interview in ``team`` and answer it in the DM."""
        running = self.running
        running.slack.command("start 1", user=user, team=team)
        store = store_of(running.engine)
        session = wait_for(lambda: store.load_session(f"slack:{user}"))
        question = bank_of(running.engine).get(session.current or "")
        assert question is not None
        answer = " ".join(point.text for point in question.key_points)
        running.slack.dm(answer, user=user, channel=f"D{user}", event_id=f"Ev{user}", team=team)
        wait_for(lambda: store.answers(f"slack:{user}"))

    def remove(self, kind: str, team: str) -> None:
        """Slack's event for the app's removal from ``team``."""
        event = {"type": kind}
        if kind == "tokens_revoked":
            event["tokens"] = {"bot": [f"UBOT{team}"]}  # type: ignore[assignment]
        response = self.running.slack.event(event, event_id=f"Ev{kind}{team}", team=team)
        assert response.status == 200
        wait_for(lambda: not self.installed(team))


@pytest.fixture(name="workspaces")
def two_workspaces(
    bank: QuestionBank, slack_store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Workspaces]:
    clock = FakeClock()
    engine = make_engine(bank, slack_store, clock)
    database = str(slack_store.engine.url)
    with running_app(engine, oauth_database=database, clock=clock) as running:
        opened = Workspaces(running, slack_store, clock, monkeypatch)
        opened.install(SECOND_TEAM, SECOND_TEAM_TOKEN)
        opened.install(THIRD_TEAM, THIRD_TEAM_TOKEN)
        yield opened


@pytest.mark.parametrize("kind", ["app_uninstalled", "tokens_revoked"])
def test_removing_the_app_deletes_its_tokens_at_once_and_its_data_after_the_grace_period(
    workspaces: Workspaces, kind: str
) -> None:
    workspaces.answer_a_question("U3", THIRD_TEAM)
    workspaces.answer_a_question("U2", SECOND_TEAM)
    workspaces.running.slack.command("leaderboard join", user="U3", team=THIRD_TEAM)
    store, engine = workspaces.store, workspaces.running.engine
    wait_for(lambda: store.leaderboard(THIRD_TEAM))
    workspaces.remove(kind, THIRD_TEAM)
    workspaces.running.drain()
    assert workspaces.installed(SECOND_TEAM), "the other workspace stays installed"
    removed_at = workspaces.clock()
    assert engine.run_due_purges(removed_at + GRACE - timedelta(hours=1)) == []
    assert store.answers("slack:U3"), "kept through the grace period"
    assert engine.run_due_purges(removed_at + GRACE) == [THIRD_TEAM]
    assert store.answers("slack:U3") == [] and store.load_profile("slack:U3") is None
    assert store.leaderboard(THIRD_TEAM) == []
    assert store.answers("slack:U2") and store.load_profile("slack:U2") is not None


def test_installing_again_within_the_grace_period_keeps_the_data(workspaces: Workspaces) -> None:
    workspaces.answer_a_question("U3", THIRD_TEAM)
    workspaces.remove("app_uninstalled", THIRD_TEAM)
    workspaces.running.drain()
    workspaces.install(THIRD_TEAM, "xoxb-team-three-again")
    assert workspaces.installed(THIRD_TEAM)
    engine = workspaces.running.engine
    assert engine.run_due_purges(workspaces.clock() + 2 * GRACE) == []
    assert workspaces.store.answers("slack:U3")


def test_revoking_only_a_persons_token_keeps_the_workspace(workspaces: Workspaces) -> None:
    workspaces.answer_a_question("U3", THIRD_TEAM)
    event = {"type": "tokens_revoked", "tokens": {"oauth": ["U7"]}}
    workspaces.running.slack.event(event, event_id="EvRevokedPerson", team=THIRD_TEAM)
    workspaces.running.drain()
    engine = workspaces.running.engine
    assert engine.run_due_purges(workspaces.clock() + 2 * GRACE) == []
    assert workspaces.store.answers("slack:U3")
    with workspaces.store.engine.connect() as connection:
        query = text_sql("SELECT bot_token FROM slack_bots WHERE team_id = :team")
        bots = connection.execute(query, {"team": THIRD_TEAM}).scalars().all()
    assert bots == [THIRD_TEAM_TOKEN], "the workspace's bot goes on working"


def test_the_home_tab_says_how_to_export_and_delete_your_data(slack: RunningApp) -> None:
    event = {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}
    slack.slack.event(event, event_id="EvHome")
    [published] = wait_for(lambda: slack.api.called("views.publish"))
    texts = [block["text"]["text"] for block in published.body["view"]["blocks"] if "text" in block]
    privacy = next(text for text in texts if "Your data" in text)
    assert "`/mockinterview export`" in privacy and "`/mockinterview forget`" in privacy
    assert "PRIVACY.md" in privacy


def test_the_home_tab_links_the_privacy_notice_when_there_is_one() -> None:
    view = home_view(Home("No interview."), privacy_url="https://example.org/privacy?a=1&b=2")
    last = view["blocks"][-1]["text"]["text"]
    assert last.endswith("<https://example.org/privacy?a=1&amp;b=2|the privacy notice>.")
