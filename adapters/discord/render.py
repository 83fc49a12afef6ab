"""Replies rendered for Discord: messages of at most 2,000 characters, buttons on the last one.

Reply text is neutral Markdown that Discord renders as it is. Long text is split on line
boundaries; a fenced code block moves whole to the next message when it fits there, and one
longer than a message is closed at the split and reopened, with its language, in the next.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

import discord
from discord.utils import MISSING

from bot.types import Attachment, Button, Reply

MESSAGE_LIMIT = 2000
NO_MENTIONS = discord.AllowedMentions.none()
CUSTOM_ID_PREFIX = "mockinterview:"
OWNED_CUSTOM_ID = re.compile(  # a button of one person's interview: mockinterview:skip:<user id>
    rf"{CUSTOM_ID_PREFIX}(?P<action>answer|hint|skip|next|end):(?P<owner>[0-9]{{1,20}})"
)
BUTTON_STYLES = {"answer": discord.ButtonStyle.primary, "end": discord.ButtonStyle.danger}
FENCE = re.compile(r"^(?P<indent>\s*)(?P<marker>`{3,}|~{3,})")
MASKED_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?\s*\)")


class Send(Protocol):
    """Sends one message somewhere: an interaction response, a thread, a DM."""

    async def __call__(
        self,
        content: str,
        *,
        view: discord.ui.View = ...,
        private: bool = ...,
        file: discord.File = ...,
    ) -> None: ...


def custom_id_for(action_id: str, owner: int | None = None) -> str:
    """``mockinterview:<action>``, and ``:<owner's user id>`` for one person's buttons."""
    return CUSTOM_ID_PREFIX + action_id + ("" if owner is None else f":{owner}")


def style_for(action_id: str) -> discord.ButtonStyle:
    return BUTTON_STYLES.get(action_id, discord.ButtonStyle.secondary)


def buttons_view(buttons: Sequence[Button], owner: int | None = None) -> discord.ui.View:
    """The buttons as a message shows them; clicks are routed by custom_id. With an
    ``owner`` (a question in a server), the custom ids name whose interview they act for.

    The view is stopped before it is sent, so discord.py does not keep one view per message
    in memory for ever: the owned-button class (a ``DynamicItem``) and the persistent view
    registered at startup handle every click.
    """
    view = discord.ui.View(timeout=None)
    for button in buttons:
        view.add_item(
            discord.ui.Button(
                label=button.label,
                custom_id=custom_id_for(button.action_id, owner),
                style=style_for(button.action_id),
            )
        )
    view.stop()
    return view


async def send_replies(replies: Iterable[Reply], send: Send, *, owner: int | None = None) -> None:
    """Send every reply in order, split at Discord's limit, its buttons on the last message;
    ``owner`` is whose interview the buttons belong to (none in a DM: only they see it)."""
    for reply in replies:
        chunks = split_message(unmask_links(reply.text))
        for number, chunk in enumerate(chunks, start=1):
            last = number == len(chunks)
            view = buttons_view(reply.buttons, owner) if last and reply.buttons else MISSING
            file = attached(reply.attachment) if last and reply.attachment else MISSING
            await send(chunk, view=view, private=reply.private, file=file)


def unmask_links(text: str) -> str:
    """``[text](url)`` shown as written, its address in view, never as a live masked link:
    guides uploaded by a server's admins are text, not a way to hide where a link goes.
    Code blocks are left as they are (Discord shows them literally anyway)."""
    lines, fenced = [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = MASKED_LINK.sub(r"\[\1\](<\2>)", line)
        lines.append(line)
    return "\n".join(lines)


def attached(attachment: Attachment) -> discord.File:
    return discord.File(io.BytesIO(attachment.data), filename=attachment.filename)


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Text as messages of at most ``limit`` characters, code fences balanced in each."""
    return [chunk for chunk in _pack(_units(text.split("\n"), limit), limit) if chunk.strip()]


def _pack(units: Iterable[str], limit: int) -> list[str]:
    """Join units (each at most ``limit`` long) with newlines into as few pieces as fit."""
    pieces: list[str] = []
    current: str | None = None
    for unit in units:
        if current is not None and len(current) + 1 + len(unit) <= limit:
            current = f"{current}\n{unit}"
            continue
        if current is not None:
            pieces.append(current)
        current = unit
    if current is not None:
        pieces.append(current)
    return pieces


def _units(lines: Sequence[str], limit: int) -> Iterator[str]:
    """Plain lines one by one, each fenced code block as one unit, all cut to fit ``limit``."""
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            yield from _wrap(lines[index], limit)
            index += 1
            continue
        end = _closing_index(lines, index, opening["marker"])
        block = lines[index : len(lines) if end is None else end + 1]
        yield from _code_units(block, opening, "" if end is None else lines[end], limit)
        index += len(block)


def _closing_index(lines: Sequence[str], start: int, marker: str) -> int | None:
    """Index of the line closing the fence opened at ``start``; None if it is never closed."""
    for index in range(start + 1, len(lines)):
        stripped = lines[index].strip()
        if stripped.startswith(marker) and set(stripped) == {marker[0]}:
            return index
    return None


def _code_units(
    block: Sequence[str], opening: re.Match[str], closing: str, limit: int
) -> Iterator[str]:
    """A code block whole if it fits, otherwise in pieces that each close and reopen it."""
    whole = "\n".join(block)
    if closing and len(whole) <= limit:
        yield whole
        return
    fence_close = closing or opening["indent"] + opening["marker"]
    body = block[1:-1] if closing else block[1:]
    room = limit - len(block[0]) - len(fence_close) - 2
    wrapped = (part for line in body for part in _wrap(line, room))
    for piece in _pack(wrapped, room):
        yield f"{block[0]}\n{piece}\n{fence_close}"


def _wrap(line: str, limit: int) -> Iterator[str]:
    """A line longer than ``limit`` cut after the last space that fits, or hard at the limit."""
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit) + 1 or max(limit, 1)
        yield line[:cut]
        line = line[cut:]
    yield line
