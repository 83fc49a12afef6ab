"""Slack: daily questions by DM, `daily on` with the Slack time zone, files for stats/export."""

from __future__ import annotations

import asyncio
import json

import pytest

from adapters.limiter import RateLimiter
from adapters.metrics import Metrics
from adapters.scheduler import DeliveryFailedError, RateLimitedError, RateLimitedSender, tick
from adapters.slack.app import RateLimitCounter, web_client
from adapters.slack.daily import SlackDailySender
from bot.types import QUESTION_BUTTONS, Reply, Where
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_TOKEN,
    TIME_ZONE,
    FakeSlackApi,
    RunningApp,
    Scripted,
    fresh_slack_store,
    migrated_template,
    running_slack,
    wait_for,
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
    assert "2 questions of mixed kinds, 3 minute(s)" in shown(slack.api, "Mock interview")
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
