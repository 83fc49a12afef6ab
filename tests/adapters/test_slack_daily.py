"""Slack: daily questions by DM, `daily on` with the Slack time zone, files for stats/export."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import datetime

import pytest
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import text as text_sql

from adapters.limiter import RateLimiter
from adapters.metrics import Metrics
from adapters.scheduler import (
    DeliveryFailedError,
    RateLimitedError,
    RateLimitedSender,
    TickReport,
    tick,
)
from adapters.slack.app import RateLimitCounter, web_client
from adapters.slack.daily import RESUME_HERE, SlackDailySender
from bot.daily import Subscription
from bot.types import QUESTION_BUTTONS, Reply, Where
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_TOKEN,
    CLIENT_ID,
    SECOND_TEAM,
    SECOND_TEAM_TOKEN,
    TIME_ZONE,
    FakeSlackApi,
    RunningApp,
    Scripted,
    fresh_slack_store,
    migrated_template,
    running_slack,
    wait_for,
)
from tests.adapters.test_slack_uninstall import (  # noqa: F401 (fixtures)
    THIRD_TEAM,
    THIRD_TEAM_TOKEN,
    Workspaces,
    two_workspaces,
)
from tests.conftest import FakeClock, bank_of, store_of


def shown(api: FakeSlackApi, needle: str) -> str:
    return wait_for(lambda: next((c.text for c in api.messages() if needle in c.text), None))


def test_daily_on_takes_the_slack_time_zone_and_the_tick_sends_a_dm(slack: RunningApp) -> None:
    slack.slack.command("daily on 08:30")
    assert f"08:30 {TIME_ZONE}" in shown(slack.api, "Daily question at")
    subscription = store_of(slack.engine).load_subscription("slack:U1")
    assert subscription is not None and subscription.next_due_at is not None
    clock = FakeClock(subscription.next_due_at)
    client = web_client(token=BOT_TOKEN, api_url=slack.api.url)
    limited = RateLimitedSender(SlackDailySender(client), RateLimiter(1000, burst=1000))
    assert asyncio.run(tick(slack.engine, {"slack": limited}, clock)).sent == 1
    [opened] = slack.api.called("conversations.open")
    assert opened.body["users"] == "U1"
    posted = shown(slack.api, "Your daily question")
    assert "Question 1 of 1" in posted


@pytest.mark.parametrize("code", ["cannot_dm_bot", "user_not_found"])
def test_refused_dms_are_delivery_failures(slack: RunningApp, code: str) -> None:
    slack.api.script("chat.postMessage", Scripted(200, {"ok": False, "error": code}))
    sender = SlackDailySender(web_client(token=BOT_TOKEN, api_url=slack.api.url))
    reply = Reply(Where("slack", "U1", direct=True), "hello", QUESTION_BUTTONS)
    with pytest.raises(DeliveryFailedError) as failure:
        asyncio.run(sender.deliver_daily("U1", reply))
    assert failure.value.code == code


def test_a_429_beyond_the_clients_own_retries_is_a_rate_limit(slack: RunningApp) -> None:
    limited = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "0"})
    slack.api.script("chat.postMessage", limited, limited, limited)
    sender = SlackDailySender(web_client(token=BOT_TOKEN, api_url=slack.api.url))
    reply = Reply(Where("slack", "C9"), "question of the day")
    with pytest.raises(RateLimitedError):
        asyncio.run(sender.deliver_daily("C9", reply))
    assert len(slack.api.called("chat.postMessage")) == 3, "the client retried twice itself"


def test_stats_and_export_arrive_as_files_in_the_dm(slack: RunningApp) -> None:
    slack.slack.command("start 1")
    session = wait_for(lambda: store_of(slack.engine).load_session("slack:U1"))
    question = bank_of(slack.engine).get(session.current or "")
    assert question is not None
    slack.slack.dm(" ".join(p.text for p in question.key_points), event_id="Ev1")
    shown(slack.api, "Score:")
    slack.slack.command("stats")
    shown(slack.api, "By kind")
    slack.slack.command("export")
    shown(slack.api, "everything I keep about you")
    uploads = wait_for(lambda: (found := slack.api.called("upload")) and len(found) == 2 and found)
    chart, export = (call.body["data"] for call in uploads)
    assert chart[:4] == b"\x89PNG"
    assert json.loads(export)["user"] == "slack:U1"
    completed = slack.api.called("files.completeUploadExternal")
    assert all(call.body["channel_id"] == "DU1" for call in completed)


def test_the_new_commands_reach_the_engine(slack: RunningApp) -> None:
    slack.slack.command("interview 2 3")
    assert "2 questions of mixed kinds, 3 minutes" in shown(slack.api, "Mock interview")
    slack.slack.command("forget")
    shown(slack.api, "Type `forget confirm`")


def test_a_server_error_is_retried_once(slack: RunningApp) -> None:
    slack.api.script("chat.postMessage", Scripted(503, {"ok": False, "error": "fatal_error"}))
    sender = SlackDailySender(web_client(token=BOT_TOKEN, api_url=slack.api.url))
    asyncio.run(sender.deliver_daily("C9", Reply(Where("slack", "C9"), "question of the day")))
    assert len(slack.api.called("chat.postMessage")) == 2


def test_429s_are_counted_in_the_metrics(slack: RunningApp) -> None:
    metrics = Metrics()
    client = web_client(token=BOT_TOKEN, api_url=slack.api.url)
    client.retry_handlers.insert(0, RateLimitCounter(metrics.rate_limited.labels("slack").inc))
    limited = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "0"})
    slack.api.script("chat.postMessage", limited)
    asyncio.run(SlackDailySender(client).deliver_daily("C9", Reply(Where("slack", "C9"), "hello")))
    sample = "mockinterview_platform_rate_limited_total"
    assert metrics.registry.get_sample_value(sample, {"platform": "slack"}) == 1.0


# -- many workspaces (OAuth) --------------------------------------------------------------------


def subscribe(workspaces: Workspaces, user: str, team: str) -> Subscription:
    workspaces.running.slack.command("daily on 08:30", user=user, team=team)
    store = store_of(workspaces.running.engine)
    return wait_for(lambda: store.load_subscription(f"slack:{user}"))


def tick_at(workspaces: Workspaces, due: datetime | None) -> TickReport:
    """One tick at ``due``, sending as production does in OAuth mode."""
    assert due is not None
    client = web_client(token=None, api_url=workspaces.running.api.url)
    installations = SQLAlchemyInstallationStore(client_id=CLIENT_ID, engine=workspaces.store.engine)
    sender = SlackDailySender(client, installations)
    limited = RateLimitedSender(sender, RateLimiter(1000, burst=1000))
    return asyncio.run(tick(workspaces.running.engine, {"slack": limited}, FakeClock(due)))


def test_each_workspace_gets_its_daily_question_from_its_own_bot(workspaces: Workspaces) -> None:
    subscribe(workspaces, "U2", SECOND_TEAM)
    subscription = subscribe(workspaces, "U3", THIRD_TEAM)
    assert tick_at(workspaces, subscription.next_due_at).sent == 2
    api = workspaces.running.api
    opened = {call.body["users"]: call.authorization for call in api.called("conversations.open")}
    assert opened == {"U2": f"Bearer {SECOND_TEAM_TOKEN}", "U3": f"Bearer {THIRD_TEAM_TOKEN}"}
    posts = [call for call in api.called("chat.postMessage") if "daily question" in call.text]
    posted = {call.body["channel"]: call.authorization for call in posts}
    assert posted == {"DU2": f"Bearer {SECOND_TEAM_TOKEN}", "DU3": f"Bearer {THIRD_TEAM_TOKEN}"}


def test_a_workspace_that_removed_the_app_gets_nothing_and_its_questions_pause(
    workspaces: Workspaces,
) -> None:
    subscribe(workspaces, "U2", SECOND_TEAM)
    due = subscribe(workspaces, "U3", THIRD_TEAM).next_due_at
    workspaces.remove("app_uninstalled", THIRD_TEAM)
    workspaces.running.drain()
    store = store_of(workspaces.running.engine)
    paused = store.load_subscription("slack:U3")
    assert paused is not None and not paused.active, "paused at once"
    assert tick_at(workspaces, due).sent == 1
    opened = workspaces.running.api.called("conversations.open")
    assert [call.body["users"] for call in opened] == ["U2"]


@pytest.mark.parametrize("code", [None, "account_inactive", "token_revoked", "invalid_auth"])
def test_a_workspace_whose_bot_is_gone_is_skipped_and_paused_at_once(
    workspaces: Workspaces, code: str | None
) -> None:
    """Gone without the event reaching the app: no bot stored, or Slack says the token is dead."""
    due = subscribe(workspaces, "U3", THIRD_TEAM).next_due_at
    if code is None:
        with workspaces.store.engine.begin() as connection:
            connection.execute(text_sql("DELETE FROM slack_bots WHERE team_id = 'T3'"))
    else:
        workspaces.running.api.script(
            "conversations.open", Scripted(200, {"ok": False, "error": code})
        )
    assert tick_at(workspaces, due).failed == 1
    assert not [
        call for call in workspaces.running.api.called("chat.postMessage") if "daily" in call.text
    ]
    paused = store_of(workspaces.running.engine).load_subscription("slack:U3")
    assert paused is not None and not paused.active and paused.next_due_at is None


def test_a_subscription_from_before_workspaces_were_kept_pauses_and_says_how_to_resume(
    workspaces: Workspaces,
) -> None:
    due = subscribe(workspaces, "U3", THIRD_TEAM).next_due_at
    store = store_of(workspaces.running.engine)
    old = store.load_subscription("slack:U3")
    assert old is not None
    store.save_subscription(replace(old, scope=None))
    assert tick_at(workspaces, due).failed == 1
    paused = store.load_subscription("slack:U3")
    assert paused is not None and not paused.active
    api = workspaces.running.api
    workspaces.running.slack.command("daily status", user="U3", team=THIRD_TEAM)
    assert wait_for(lambda: [call for call in api.messages() if RESUME_HERE in call.text])
    workspaces.running.slack.command("daily resume", user="U3", team=THIRD_TEAM)
    resumed = wait_for(
        lambda: (found := store.load_subscription("slack:U3")) and found.active and found
    )
    assert resumed.scope == THIRD_TEAM


def test_a_refused_dm_with_one_workspace_is_one_failure_of_three(slack: RunningApp) -> None:
    slack.slack.command("daily on 08:30")
    store = store_of(slack.engine)
    due = wait_for(lambda: (found := store.load_subscription("slack:U1")) and found.next_due_at)
    slack.api.script("conversations.open", Scripted(200, {"ok": False, "error": "invalid_auth"}))
    client = web_client(token=BOT_TOKEN, api_url=slack.api.url)
    limited = RateLimitedSender(SlackDailySender(client), RateLimiter(1000, burst=1000))
    assert asyncio.run(tick(slack.engine, {"slack": limited}, FakeClock(due))).failed == 1
    subscription = store.load_subscription("slack:U1")
    assert subscription is not None and subscription.active and subscription.failures == 1
