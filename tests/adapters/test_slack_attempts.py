"""On Slack: the Retry button under feedback, the comparison after it, and the new commands."""

from __future__ import annotations

from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    Call,
    FakeSlackApi,
    RunningApp,
    button_payload,
    fresh_slack_store,
    migrated_template,
    running_slack,
    wait_for,
)
from tests.conftest import bank_of, store_of


def shown(api: FakeSlackApi, needle: str) -> Call:
    """The first message shown to someone that contains ``needle``, once it is there."""
    found = wait_for(lambda: [call for call in api.messages() if needle in call.text])
    return found[0]


def key_points(slack: RunningApp, user: str = "U1") -> list[str]:
    session = store_of(slack.engine).load_session(f"slack:{user}")
    assert session is not None
    question = bank_of(slack.engine).get(session.current or "")
    assert question is not None
    return [point.text for point in question.key_points]


def test_the_retry_button_asks_again_and_the_feedback_compares(slack: RunningApp) -> None:
    api, client = slack.api, slack.slack
    client.command("start backend-developer technical 2")
    shown(api, "Question 1 of 2")
    points = key_points(slack)
    client.dm(points[0], event_id="Ev1")
    feedback = shown(api, "Score:")
    assert "retry" in feedback.action_ids
    assert "Strictness: standard" in feedback.text
    client.interaction(button_payload("retry", feedback, clicked="1"))
    again = shown(api, "Once more")
    assert "Question 1 of 2" in again.text and "answer" in again.action_ids
    client.dm(" ".join(points), event_id="Ev2")
    compared = shown(api, "Retry:")
    assert "→" in compared.text and "newly covered" in compared.text
    assert "*Retry:*" in compared.text and "**" not in compared.text, "Slack bold"
    assert len(store_of(slack.engine).answers("slack:U1")) == 2
    client.command("history")
    listed = shown(api, "Every attempt")
    assert "1. " in listed.text and "2. " in listed.text


def test_strictness_sessions_and_report_as_slash_commands(slack: RunningApp) -> None:
    api, client = slack.api, slack.slack
    client.command("strictness lenient")
    assert "lenient" in shown(api, "Saved. Your answers are marked").text
    client.command("start backend-developer technical 1")
    shown(api, "Question 1 of 1")
    client.dm(key_points(slack)[0], event_id="Ev1")
    assert "Strictness: lenient" in shown(api, "Score:").text
    shown(api, "Interview finished")
    client.command("sessions")
    assert "1. " in shown(api, "Your interviews").text
    client.command("report 1")
    assert "Interview finished" in shown(api, "Report 1").text
