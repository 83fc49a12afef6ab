"""Splitting replies at Discord's 2,000 characters without breaking code blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

import discord
import pytest
from discord.utils import MISSING

from adapters.discord.render import MESSAGE_LIMIT, send_replies, split_message
from bot.types import QUESTION_BUTTONS, Reply, Where

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
    calls: list[tuple[str, discord.ui.View | None, bool]] = field(default_factory=list)

    async def __call__(
        self,
        content: str,
        *,
        view: discord.ui.View = MISSING,
        private: bool = False,
        file: discord.File = MISSING,
    ) -> None:
        self.calls.append((content, None if view is MISSING else view, private))


async def test_deliver_puts_the_buttons_on_the_last_message_only() -> None:
    send = RecordingSend()
    where = Where("discord", "1")
    await send_replies([Reply(where, BIG_PROSE, buttons=QUESTION_BUTTONS, private=True)], send)
    views = [view for _, view, _ in send.calls]
    assert views[:-1] == [None] * (len(views) - 1)
    last = views[-1]
    assert last is not None
    assert [item.custom_id for item in last.children] == [  # type: ignore[attr-defined]
        "mockinterview:answer",
        "mockinterview:hint",
        "mockinterview:skip",
        "mockinterview:end",
    ]
    assert last.is_finished()  # routed by custom_id to the persistent view, not kept per message
    assert all(private for _, _, private in send.calls)


async def test_a_masked_link_from_a_guide_is_shown_as_written_with_its_address() -> None:
    send = RecordingSend()
    text = "See [the docs](https://evil.example/login) first.\n```md\n[kept](as-is)\n```"
    await send_replies([Reply(Where("discord", "1"), text)], send)
    [(content, _, _)] = send.calls
    assert "[the docs](https://evil.example/login)" not in content
    assert "\\[the docs\\](<https://evil.example/login>)" in content
    assert "[kept](as-is)" in content
