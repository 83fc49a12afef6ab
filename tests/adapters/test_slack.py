"""The Slack app over real HTTP: signed requests in, a fake Web API recording what it posts.

Interviews as people run them: slash commands and DM answers, a channel thread, the
buttons, the answer modal and the Home tab.
"""

from __future__ import annotations

import json

import pytest

from bot.types import FEEDBACK_BUTTONS
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_USER,
    TIME_ZONE,
    Call,
    FakeSlackApi,
    RunningApp,
    button_payload,
    dm_event,
    fresh_slack_store,
    migrated_template,
    running_slack,
    submission_payload,
    thread_reply,
    wait_for,
)
from tests.conftest import bank_of, store_of

QUESTION_BUTTONS = ["answer", "hint", "skip", "end"]
FEEDBACK_IDS = [button.action_id for button in FEEDBACK_BUTTONS]


def shown(api: FakeSlackApi, needle: str) -> Call:
    """The first message shown to someone that contains ``needle``, once it is there."""
    return wait_for(lambda: next((call for call in api.messages() if needle in call.text), None))


def strong_answer(slack: RunningApp, user: str = "U1") -> str:
    """The current question's key points, in one message: an answer that scores well."""
    session = store_of(slack.engine).load_session(f"slack:{user}")
    assert session is not None
    question = bank_of(slack.engine).get(session.current or "")
    assert question is not None
    return " ".join(point.text for point in question.key_points)


def test_a_whole_interview_through_slash_commands_and_dm_answers(slack: RunningApp) -> None:
    api, client = slack.api, slack.slack
    assert client.command("start backend-developer 2").status == 200
    first = shown(api, "Question 1 of 2")
    assert (first.body["channel"], first.body.get("thread_ts")) == ("D1", None)
    assert first.action_ids == QUESTION_BUTTONS
    assert client.dm(strong_answer(slack), event_id="Ev1").status == 200
    feedback = shown(api, "Score:")
    assert "*Model answer*" in feedback.text
    assert "**" not in feedback.text
    assert "✅" in feedback.text
    assert feedback.action_ids[:2] == FEEDBACK_IDS and feedback.action_ids[-1] == "flag"
    assert "dispute" not in feedback.action_ids, "every point made: nothing to dispute"
    client.command("status")
    assert "1 answered" in shown(api, "question 1 of 2").text
    client.command("next")
    shown(api, "Question 2 of 2")
    client.dm("I would restart the server and hope.", event_id="Ev2")
    summary = shown(api, "Interview finished")
    assert "2 answered" in summary.text
    assert "❌" in api.messages()[api.messages().index(summary) - 1].text, "feedback, then summary"
    assert len(store_of(slack.engine).answers("slack:U1")) == 2


def test_in_a_channel_the_question_starts_the_thread_answers_go_to(slack: RunningApp) -> None:
    api, client = slack.api, slack.slack
    client.command("start", channel="C1")
    question = shown(api, "Question 1")
    assert (question.body["channel"], question.body.get("thread_ts")) == ("C1", None)
    thread = question.answer["ts"]
    client.event(thread_reply(strong_answer(slack), thread=thread), event_id="Ev1")
    feedback = shown(api, "Score:")
    assert (feedback.body["channel"], feedback.body["thread_ts"]) == ("C1", thread)


@pytest.mark.parametrize(
    "event",
    [
        {"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1", "text": "hi"},
        {**dm_event("start"), "bot_id": "B2"},
        {**dm_event("start"), "user": BOT_USER},
        {**dm_event("start"), "subtype": "message_changed"},
        thread_reply("start", thread="1764000000.000001", parent="U2"),
    ],
    ids=["channel chatter", "a bot", "the app itself", "an edit", "someone else's thread"],
)
def test_messages_that_are_not_for_the_interview_are_ignored(
    slack: RunningApp, event: dict[str, str]
) -> None:
    assert slack.slack.event(event, event_id="EvIgnored").status == 200
    slack.drain()
    assert slack.api.messages() == []
    assert store_of(slack.engine).load_session("slack:U1") is None


def test_the_buttons_give_a_hint_skip_move_on_and_end(slack: RunningApp) -> None:
    api, client = slack.api, slack.slack
    client.command("start backend-developer 2")
    question = shown(api, "Question 1 of 2")
    client.interaction(button_payload("hint", question, clicked="1"))
    assert "Hint 1" in shown(api, "Hint 1").text
    client.interaction(button_payload("skip", question, clicked="2"))
    skipped = shown(api, "Skipped")
    assert skipped.action_ids == [*FEEDBACK_IDS, "flag"]
    client.interaction(button_payload("next", skipped, clicked="3"))
    second = shown(api, "Question 2 of 2")
    response = client.interaction(button_payload("end", second, clicked="4"))
    assert (response.status, response.body) == (200, "")
    shown(api, "Interview finished")


def test_the_answer_button_opens_a_modal_whose_answer_is_scored(slack: RunningApp) -> None:
    api, client = slack.api, slack.slack
    client.command("start", channel="C1")
    question = shown(api, "Question 1")
    client.interaction(button_payload("answer", question, clicked="7"))
    opened = wait_for(lambda: api.called("views.open"))[0]
    view = opened.body["view"]
    assert opened.body["trigger_id"] == "trigger-7"
    assert view["blocks"][0]["text"]["text"] == question.text
    assert view["blocks"][-1]["element"]["multiline"] is True
    response = client.interaction(submission_payload(view, strong_answer(slack)))
    assert (response.status, response.body) == (200, "")
    feedback = shown(api, "Score:")
    assert (feedback.body["channel"], feedback.body["thread_ts"]) == ("C1", question.answer["ts"])


def test_the_home_tab_shows_the_interview_recent_scores_and_how_to_start(
    slack: RunningApp,
) -> None:
    api, client = slack.api, slack.slack
    client.command("start backend-developer 3")
    question = shown(api, "Question 1 of 3")
    client.dm(strong_answer(slack), event_id="Ev1")
    shown(api, "Score:")
    opened = {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}
    client.event(opened, event_id="EvHome")
    published = wait_for(lambda: api.called("views.publish"))[0]
    assert published.body["user_id"] == "U1"
    home = json.dumps(published.body["view"])
    prompt = question.text.split("\n\n")[1]
    for expected in ["question 1 of 3", "1 answered", "Recent scores", "%*", prompt[:40]]:
        assert expected in home
    assert "How to start" in home


def test_the_slack_time_zone_is_remembered(slack: RunningApp) -> None:
    slack.slack.command("help")
    shown(slack.api, "mockinterview")
    profile = store_of(slack.engine).load_profile("slack:U1")
    assert profile is not None
    assert (profile.timezone, profile.name) == (TIME_ZONE, "Person U1")
    assert [call.body["user"] for call in slack.api.called("users.info")] == ["U1"]


@pytest.mark.parametrize("action_id", ["skip", "end", "hint", "answer"])
def test_buttons_on_someone_elses_question_only_get_a_private_note(
    slack: RunningApp, action_id: str
) -> None:
    api, client = slack.api, slack.slack
    client.command("start backend-developer 2", user="U2")  # Bob's own interview, in his DM
    shown(api, "Question 1 of 2")
    client.command("start backend-developer 2", channel="C1")  # Ada's, in the channel
    question = wait_for(lambda: [c for c in api.messages() if c.body.get("channel") == "C1"])[0]
    client.interaction(button_payload(action_id, question, user="U2", clicked="5"))
    note = shown(api, "someone else's interview")
    assert (note.method, note.body["user"], note.body["channel"]) == (
        "chat.postEphemeral",
        "U2",
        "C1",
    )
    slack.drain()
    assert [call.method for call in api.calls].count("views.open") == 0
    in_channel = [call.text for call in api.messages() if call.body.get("channel") == "C1"]
    assert in_channel == [question.text, note.text], "nothing else was posted there"
    assert store_of(slack.engine).load_session("slack:U2").current is not None  # type: ignore[union-attr]


def test_a_slash_start_over_a_running_interview_asks_then_replaces(slack: RunningApp) -> None:
    api, client = slack.api, slack.slack
    client.command("start backend-developer 2")
    shown(api, "Question 1 of 2")
    client.command("start system-design 3")
    assert "`start system-design 3 confirm`" in shown(api, "You have an interview running").text
    client.command("start system-design 3 confirm")
    assert "Question 1 of 3" in shown(api, "previous interview was replaced").text
