"""Pure translation both ways: Slack payloads -> events, neutral Markdown -> mrkdwn blocks."""

from __future__ import annotations

from typing import Any

import pytest

from adapters.slack import events as slack_events
from adapters.slack.render import (
    SECTION_LIMIT,
    escape,
    messages,
    sections,
    to_mrkdwn,
    unescape,
)
from bot.questions import QuestionBank
from bot.types import FEEDBACK_BUTTONS, Command, Reply, Where
from tests.adapters.slack_fakes import BOT_USER, dm_event, thread_reply

WHERE = Where("slack", "D1", direct=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<@U123|ada> & co", "&lt;@U123|ada&gt; &amp; co"),
        ("a &lt; b", "a &amp;lt; b"),
    ],
)
def test_escape_and_unescape_are_inverse(text: str, expected: str) -> None:
    assert escape(text) == expected
    assert unescape(escape(text)) == text


@pytest.mark.parametrize(
    ("markdown", "mrkdwn"),
    [
        ("**Score: 80%** · 3 of 5", "*Score: 80%* · 3 of 5"),
        ("_Answer in your own words._", "_Answer in your own words._"),
        ("call `f(**kwargs)` here", "call `f(**kwargs)` here"),
        ("- **Definition**: text\n  - nested", "• *Definition*: text\n  • nested"),
        (
            "  ```python\n  if a < b and c:\n      x = **y\n  ```",
            "```\nif a &lt; b and c:\n    x = **y\n```",
        ),
        ("I said <!here> & <@U1>", "I said &lt;!here&gt; &amp; &lt;@U1&gt;"),
    ],
    ids=["bold", "italic", "inline code", "bullets", "code block", "mentions"],
)
def test_markdown_becomes_escaped_mrkdwn(markdown: str, mrkdwn: str) -> None:
    assert to_mrkdwn(markdown) == mrkdwn


def fences_balanced(chunk: str) -> bool:
    return chunk.splitlines().count("```") % 2 == 0


def test_long_text_is_split_at_paragraphs_and_never_inside_code() -> None:
    code = "```\n" + "\n".join(f"line {number} = value" for number in range(120)) + "\n```"
    paragraphs = [f"Paragraph {number}: " + "word " * 150 for number in range(12)]
    text = "\n\n".join([*paragraphs[:6], code, *paragraphs[6:]])
    chunks = sections(text)
    assert len(chunks) > 2
    assert all(len(chunk) <= SECTION_LIMIT and fences_balanced(chunk) for chunk in chunks)
    assert "\n\n".join(chunks).replace("\n", "") == text.replace("\n", "")


def test_a_code_block_longer_than_a_section_becomes_several_closed_blocks() -> None:
    code = "```\n" + "\n".join("x" * 70 for _ in range(100)) + "\n```"
    chunks = sections(code)
    assert len(chunks) == 3
    assert all(chunk.startswith("```\n") and chunk.endswith("\n```") for chunk in chunks)
    assert all(len(chunk) <= SECTION_LIMIT for chunk in chunks)


def test_an_endless_line_is_cut_between_words() -> None:
    chunks = sections("word " * 2000)
    assert all(len(chunk) <= SECTION_LIMIT for chunk in chunks)
    assert "".join(chunks) == "word " * 2000


def test_every_model_answer_fits_slack(bank: QuestionBank) -> None:
    for question in bank:
        for chunk in sections(to_mrkdwn(question.model_answer)):
            assert len(chunk) <= SECTION_LIMIT, question.id
            assert fences_balanced(chunk), question.id


def test_a_huge_reply_is_split_into_messages_with_the_buttons_last() -> None:
    reply = Reply(WHERE, "\n\n".join("x" * 2900 for _ in range(60)), buttons=FEEDBACK_BUTTONS)
    batches = messages(reply)
    assert [len(batch["blocks"]) for batch in batches] == [49, 12]
    assert batches[-1]["blocks"][-1]["type"] == "actions"
    assert all(block["type"] == "section" for block in batches[0]["blocks"])
    assert all(len(batch["text"]) <= 150 for batch in batches)


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("", "help", ""),
        ("hint", "hint", ""),
        ("start backend easy", "start", "backend easy"),
        ("  next  ", "next", ""),
        ("start &lt;b&gt;", "start", "<b>"),
    ],
)
def test_slash_command_text_becomes_a_command(text: str, name: str, args: str) -> None:
    body = {"text": text, "user_id": "U1", "user_name": "ada", "channel_id": "C1", "team_id": "T1"}
    command = slack_events.command(body)
    assert command == Command(command.user, Where("slack", "C1", scope="T1"), name=name, args=args)
    assert (command.user.key, command.event_id) == ("slack:U1", None)


@pytest.mark.parametrize(
    ("event", "answer"),
    [
        (dm_event("my answer"), True),
        (thread_reply("my answer", thread="1.2"), True),
        (thread_reply("my answer", thread="1.2", parent="U2"), False),
        ({**dm_event("x"), "subtype": "message_deleted"}, False),
        ({**dm_event("x"), "bot_id": "B1"}, False),
        ({**dm_event("x"), "user": BOT_USER}, False),
    ],
)
def test_which_messages_are_answers(event: dict[str, Any], answer: bool) -> None:
    body = {"team_id": "T1", "event_id": "Ev9", "event": event}
    text = slack_events.message(body, bot_user_id=BOT_USER)
    assert (text is not None) is answer
    if text is not None:
        assert (text.text, text.event_id, text.where.scope) == ("my answer", "Ev9", "T1")
        assert text.where.thread_id == event.get("thread_ts")


@pytest.mark.parametrize(
    ("channel", "container", "thread"),
    [
        ("D1", {"message_ts": "5.0"}, None),
        ("C1", {"message_ts": "5.0"}, "5.0"),
        ("C1", {"message_ts": "6.0", "thread_ts": "5.0"}, "5.0"),
    ],
    ids=["dm", "channel question", "in its thread"],
)
def test_a_button_answers_in_the_questions_thread(
    channel: str, container: dict[str, str], thread: str | None
) -> None:
    body = {
        "user": {"id": "U1", "username": "ada", "team_id": "T1"},
        "channel": {"id": channel},
        "container": {"channel_id": channel, **container},
        "actions": [{"action_id": "hint", "value": "", "action_ts": "7.7"}],
    }
    action = slack_events.action(body)
    assert action.where == Where("slack", channel, thread, direct=channel == "D1", scope="T1")
    assert (action.action_id, action.user.name) == ("hint", "ada")
    assert slack_events.decode_where(slack_events.encode_where(action.where)) == action.where


def test_a_button_press_is_deduplicated_without_naming_who_pressed() -> None:
    body = {
        "user": {"id": "U1234", "username": "ada", "team_id": "T1"},
        "team": {"id": "T1"},
        "channel": {"id": "D1"},
        "container": {"channel_id": "D1", "message_ts": "1.1"},
        "actions": [{"action_id": "hint", "value": "", "action_ts": "7.7"}],
    }
    first, again = slack_events.action(body), slack_events.action(body)
    assert first.event_id == again.event_id
    assert first.event_id is not None and "U1234" not in first.event_id
