"""Splitting replies at Discord's 2,000 characters without breaking code blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import discord
import pytest

from adapters.discord.render import (
    MESSAGE_LIMIT,
    ROUTED_CUSTOM_ID,
    Message,
    card_view,
    custom_id_for,
    messages_of,
    send_replies,
    split_message,
    within,
)
from bot.types import QUESTION_BUTTONS, Button, Reply, Where

CODE = "```py\n" + "\n".join(f"x = {n}" for n in range(1, 10)) + "\n```"
BIG_CODE = "```python\n" + "\n".join(f"total_{n} = compute({n})" for n in range(200)) + "\n```"
BIG_PROSE = "\n".join(f"• point number {n} of a long feedback message" for n in range(120))


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("short", 30, ["short"], id="short text is one message"),
        pytest.param("a" * 30, 30, ["a" * 30], id="exactly the limit"),
        pytest.param("a" * 20 + "\n" + "b" * 20, 30, ["a" * 20, "b" * 20], id="on a line break"),
        pytest.param(
            "intro line of twenty\n```py\nx = 1\n```",
            30,
            ["intro line of twenty", "```py\nx = 1\n```"],
            id="a code block moves whole to the next message",
        ),
        pytest.param(
            CODE,
            30,
            [
                "```py\nx = 1\nx = 2\nx = 3\n```",
                "```py\nx = 4\nx = 5\nx = 6\n```",
                "```py\nx = 7\nx = 8\nx = 9\n```",
            ],
            id="a code block longer than a message is closed and reopened",
        ),
        pytest.param(
            "```sh\nls -la\nls -la\nls -la\nls -la",
            30,
            ["```sh\nls -la\nls -la\nls -la\n```", "```sh\nls -la\n```"],
            id="an unclosed block is closed in every message",
        ),
        pytest.param("z" * 70, 30, ["z" * 30, "z" * 30, "z" * 10], id="one long word"),
        pytest.param(
            "the quick brown fox jumps over the lazy dog",
            20,
            ["the quick brown fox ", "jumps over the lazy ", "dog"],
            id="one long line breaks after a space",
        ),
        pytest.param("\n\n", 30, [], id="nothing to send"),
    ],
)
def test_split_message(text: str, limit: int, expected: list[str]) -> None:
    assert split_message(text, limit) == expected


@pytest.mark.parametrize(
    "text",
    [BIG_CODE, BIG_PROSE, BIG_PROSE + "\n\n" + BIG_CODE + "\n\nFollow-up: why?"],
    ids=["code", "prose", "prose, code, prose"],
)
def test_long_feedback_fits_discord_and_keeps_every_line(text: str) -> None:
    chunks = split_message(text)
    assert len(chunks) > 1
    assert all(len(chunk) <= MESSAGE_LIMIT for chunk in chunks)
    assert all(chunk.count("```") % 2 == 0 for chunk in chunks)
    code_lines = [line for line in text.split("\n") if line and not line.startswith("```")]
    rendered = "\n".join(chunks).split("\n")
    assert all(line in rendered for line in code_lines)


def test_a_reopened_block_keeps_its_language() -> None:
    chunks = split_message(BIG_CODE)
    assert all(chunk.startswith("```python\n") for chunk in chunks)
    assert all(chunk.endswith("\n```") for chunk in chunks)


@dataclass
class RecordingSend:
    messages: list[Message] = field(default_factory=list)

    async def __call__(self, message: Message) -> None:
        self.messages.append(message)


def custom_ids(view: discord.ui.LayoutView) -> list[str | None]:
    return [item.custom_id for item in view.walk_children() if isinstance(item, discord.ui.Button)]


def components_of(view: discord.ui.LayoutView) -> list[dict[str, Any]]:
    """The components as discord.py sends them (its method is untyped)."""
    components: list[dict[str, Any]] = view.to_components()  # type: ignore[no-untyped-call]
    return components


async def test_a_long_question_is_cards_with_the_buttons_on_the_last_one() -> None:
    send = RecordingSend()
    where = Where("discord", "1")
    await send_replies([Reply(where, BIG_PROSE, buttons=QUESTION_BUTTONS, private=True)], send)
    views = [message.options()["view"] for message in send.messages]
    assert len(views) == 2
    assert all(isinstance(view, discord.ui.LayoutView) for view in views)
    assert [custom_ids(view) for view in views] == [
        [],
        [custom_id_for(button.action_id) for button in QUESTION_BUTTONS],
    ]
    assert all(view.is_finished() for view in views)  # routed by custom_id, not kept per message
    assert all(message.private for message in send.messages)


def test_a_card_is_a_container_with_the_text_a_line_and_the_buttons() -> None:
    view = card_view("**Question 1 of 2**", QUESTION_BUTTONS, owner=42)
    (container,) = components_of(view)
    assert container["type"] == 17
    text, line, row = container["components"]
    assert (text["type"], text["content"]) == (10, "**Question 1 of 2**")
    assert line["type"] == 14
    assert row["type"] == 1
    assert [button["custom_id"] for button in row["components"]] == [
        f"mockinterview:{button.action_id}:42" for button in QUESTION_BUTTONS
    ]
    assert view.has_components_v2()


def test_more_than_five_buttons_take_two_rows() -> None:
    buttons = tuple(Button(f"act{n}", f"Act {n}") for n in range(7))
    (container,) = components_of(card_view("text", buttons))
    rows = [item for item in container["components"] if item["type"] == 1]
    assert [len(row["components"]) for row in rows] == [5, 2]


@pytest.mark.parametrize(
    ("button", "owner", "custom_id"),
    [
        (Button("hint", "Hint"), None, "mockinterview:hint"),
        (Button("hint", "Hint"), 42, "mockinterview:hint:42"),
        (Button("dispute", "Dispute", "q-7"), 42, "mockinterview:dispute:42:q-7"),
        (Button("flag", "Flag", "a:b"), None, "mockinterview:flag::a:b"),
    ],
)
def test_any_engine_button_keeps_its_value_in_its_custom_id(
    button: Button, owner: int | None, custom_id: str
) -> None:
    made = custom_id_for(button.action_id, owner, button.value)
    assert made == custom_id
    match = ROUTED_CUSTOM_ID.fullmatch(made)
    assert match is not None
    assert (match["action"], match["value"] or "") == (button.action_id, button.value)
    assert (int(match["owner"]) if match["owner"] else None) == owner


def test_a_value_too_long_for_discord_is_refused_not_cut() -> None:
    with pytest.raises(ValueError, match="a button Discord cannot carry"):
        custom_id_for("dispute", 800_000_000_000_000_001, "x" * 80)


def test_replies_beyond_the_room_are_merged_then_counted() -> None:
    where = Where("discord", "1")
    short = [Reply(where, f"Note {n}.") for n in range(8)]
    merged = within(messages_of([*short, Reply(where, "Q", buttons=QUESTION_BUTTONS)]), 6)
    assert [message.text for message in merged] == [
        "\n\n".join([*(f"Note {n}." for n in range(8)), "Q"])
    ]
    assert merged[0].buttons == QUESTION_BUTTONS

    big = [Reply(where, "x" * 3000) for _ in range(8)]
    kept = within(messages_of([*big, Reply(where, "Last", buttons=QUESTION_BUTTONS)]), 6)
    assert len(kept) == 6
    assert kept[4].text == "…and 3 more message(s) that Discord would not take here."
    assert kept[-1].text.endswith("x\n\nLast")
    assert kept[-1].buttons == QUESTION_BUTTONS


async def test_a_masked_link_from_a_guide_is_shown_as_written_with_its_address() -> None:
    send = RecordingSend()
    text = "See [the docs](https://evil.example/login) first.\n```md\n[kept](as-is)\n```"
    await send_replies([Reply(Where("discord", "1"), text)], send)
    [message] = send.messages
    content = message.options()["content"]
    assert "[the docs](https://evil.example/login)" not in content
    assert "\\[the docs\\](<https://evil.example/login>)" in content
    assert "[kept](as-is)" in content
