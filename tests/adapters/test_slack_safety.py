"""The Slack app's guarantees over real HTTP: signatures, fast acks, retried events scored
once, no mention ever echoed, rate limits waited out, Web API errors explained."""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from adapters.slack.server import AcksFirst
from bot.db import SqlStore
from bot.interview import Session
from bot.questions import QuestionBank
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_TOKEN,
    RunningApp,
    Scripted,
    dm_event,
    fresh_slack_store,
    migrated_template,
    running_app,
    running_slack,
    wait_for,
)
from tests.adapters.test_slack import shown, strong_answer
from tests.conftest import make_engine, store_of


@pytest.mark.parametrize(
    "tampering",
    [{"signature": "v0=" + "0" * 64}, {"timestamp": int(time.time()) - 600}],
    ids=["bad signature", "stale timestamp"],
)
def test_unsigned_or_stale_requests_are_rejected(
    slack: RunningApp, tampering: dict[str, Any]
) -> None:
    assert slack.slack.command("start", **tampering).status == 401
    assert slack.slack.dm("start", event_id="EvForged", **tampering).status == 401
    slack.drain()
    assert [call.method for call in slack.api.calls] == ["auth.test"]
    assert store_of(slack.engine).load_session("slack:U1") is None


@pytest.mark.parametrize("at_once", [False, True], ids=["after a timeout", "overlapping"])
def test_a_retried_event_is_scored_once(
    slack: RunningApp, slack_store: SqlStore, at_once: bool
) -> None:
    slack.slack.command("start")
    shown(slack.api, "Question 1")
    event = dm_event(strong_answer(slack))
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    sends = [{}, {"headers": retry}]
    if at_once:
        with ThreadPoolExecutor(2) as pool:
            list(
                pool.map(lambda options: slack.slack.event(event, event_id="Ev1", **options), sends)
            )
    else:
        for options in sends:
            assert slack.slack.event(event, event_id="Ev1", **options).status == 200
    slack.drain()
    assert len(slack_store.answers("slack:U1")) == 1
    assert len([call for call in slack.api.messages() if "Score:" in call.text]) == 1


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("command", "<!channel> hello"),
        ("command", "start <@U999>"),
        ("dm", "/<!here> <@U999|bob> & <#C1>"),
    ],
)
def test_what_a_person_wrote_is_escaped_so_nobody_is_pinged(
    slack: RunningApp, kind: str, text: str
) -> None:
    if kind == "command":
        slack.slack.command(text)
    else:
        slack.slack.dm(text, event_id="EvMention")
    echoed = shown(slack.api, "&lt;")
    assert "&lt;!" in echoed.text or "&lt;@" in echoed.text
    slack.drain()
    for call in slack.api.messages():
        posted = json.dumps(call.body)
        assert not any(markup in posted for markup in ("<!", "<@", "<#"))


def test_a_rate_limited_post_waits_for_retry_after_then_succeeds(slack: RunningApp) -> None:
    limited = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
    slack.api.script("chat.postMessage", limited)
    response = slack.slack.command("start")
    assert response.status == 200
    assert response.seconds < 1, "the ack does not wait for Retry-After"
    wait_for(lambda: len(slack.api.called("chat.postMessage")) == 2)
    posts = slack.api.called("chat.postMessage")
    assert posts[0].body == posts[1].body
    assert posts[1].answer["ok"] is True
    assert "Question 1" in posts[1].text


@pytest.mark.parametrize(
    ("error", "told"),
    [("not_in_channel", True), ("channel_not_found", True), ("cannot_dm_bot", False)],
)
def test_web_api_errors_are_logged_and_explained_without_the_token(
    slack: RunningApp, caplog: pytest.LogCaptureFixture, error: str, told: bool
) -> None:
    caplog.set_level(logging.DEBUG)
    slack.api.script("chat.postMessage", Scripted(200, {"ok": False, "error": error}))
    slack.slack.command("start", channel="C9")
    wait_for(lambda: any(error in record.getMessage() for record in caplog.records))
    slack.drain()
    notes = [call for call in slack.api.called("respond/command") if "/invite" in call.text]
    assert bool(notes) is told
    assert not notes or notes[0].body["response_type"] == "ephemeral"
    assert BOT_TOKEN not in caplog.text


class GatedStore:
    """A store whose sessions load only once the gate opens: a database that hangs."""

    def __init__(self, store: SqlStore, gate: threading.Event) -> None:
        self.store = store
        self.gate = gate

    def load_session(self, user_key: str) -> Session | None:
        self.gate.wait(timeout=10)
        return self.store.load_session(user_key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def test_every_request_is_acknowledged_while_the_database_hangs(
    bank: QuestionBank, slack_store: SqlStore
) -> None:
    gate = threading.Event()
    with running_app(make_engine(bank, GatedStore(slack_store, gate))) as running:
        responses = [
            running.slack.command("start"),
            running.slack.dm("an answer", event_id="EvWaiting"),
            running.slack.command("status"),
        ]
        assert [response.status for response in responses] == [200, 200, 200]
        assert max(response.seconds for response in responses) < 2, "not the 10 s hang"
        assert running.api.messages() == []
        gate.set()
        shown(running.api, "Question 1")


def test_work_lets_the_acks_in_flight_go_first_but_never_waits_long() -> None:
    acks = AcksFirst(patience=1.0)
    started = time.perf_counter()
    acks.wait()
    assert time.perf_counter() - started < 0.2, "nothing in flight: no wait"
    acks.arrived()
    threading.Timer(0.05, acks.answered).start()
    started = time.perf_counter()
    acks.wait()
    assert 0.04 < time.perf_counter() - started < 0.6, "waits for the ack, not for patience"
    acks.arrived()
    started = time.perf_counter()
    acks.wait()
    assert time.perf_counter() - started >= 0.99, "a stuck request delays work by patience"


def test_a_replayed_slash_command_runs_once(slack: RunningApp) -> None:
    command = slack.slack.requests.command("start")
    assert slack.slack.send(command).status == 200
    shown(slack.api, "Question 1")
    assert slack.slack.send(command).status == 200, "acknowledged, so Slack does not retry"
    slack.drain()
    texts = [call.text for call in slack.api.messages()]
    assert sum("Question 1" in text for text in texts) == 1
    assert not any("replaced" in text for text in texts)


@pytest.mark.parametrize("kind", ["app_uninstalled", "tokens_revoked"])
def test_uninstall_and_revocation_events_are_acknowledged(
    slack: RunningApp, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    event = {"type": kind, "tokens": {"bot": ["UBOT"]}} if kind == "tokens_revoked" else {}
    response = slack.slack.event(event or {"type": kind}, event_id=f"Ev{kind}")
    assert response.status == 200
    assert any(kind in record.getMessage() for record in caplog.records)
