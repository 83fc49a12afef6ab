"""Replies rendered for Discord: plain messages, and cards for questions and feedback.

A reply with buttons (a question, feedback) becomes a card: a Components V2 layout, its
text in a container and its buttons in rows below, up to 4,000 characters a message. Any
other reply is a plain message of at most 2,000. Reply text is neutral Markdown that
Discord renders as it is. Long text is split on line boundaries; a fenced code block moves
whole to the next message when it fits there, and one longer than a message is closed at
the split and reopened, with its language, in the next.

Every button's custom id is ``mockinterview:<action>``, then ``:<owner's user id>`` for one
person's buttons in a server, then ``:<value>`` when the button carries one; a message can
only show so many: :func:`within` fits the replies of one turn into the room left.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import discord

from bot.types import Attachment, Button, Reply

MESSAGE_LIMIT = 2000
CARD_LIMIT = 4000  # all the text of a Components V2 message
BUTTONS_PER_ROW = 5
CUSTOM_ID_LIMIT = 100
NO_MENTIONS = discord.AllowedMentions.none()
CUSTOM_ID_PREFIX = "mockinterview:"
ROUTED_CUSTOM_ID = re.compile(  # mockinterview:<action>[:<owner id>[:<value>]]
    rf"(?s){CUSTOM_ID_PREFIX}(?P<action>[a-z][a-z0-9_-]{{0,40}})"
    r"(?::(?P<owner>[0-9]{0,20})(?::(?P<value>.+))?)?"
)
BUTTON_STYLES = {"answer": discord.ButtonStyle.primary, "end": discord.ButtonStyle.danger}
FENCE = re.compile(r"^(?P<indent>\s*)(?P<marker>`{3,}|~{3,})")
MASKED_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?\s*\)")


@dataclass(frozen=True)
class Message:
    """One Discord message to send: its text, and the buttons or file on it."""

    text: str
    private: bool = False
    buttons: tuple[Button, ...] = ()
    attachment: Attachment | None = None
    card: bool = False
    owner: int | None = None  # whose interview the buttons act for (none in a DM)

    def options(self) -> dict[str, Any]:
        """The keyword arguments of discord.py's send methods for this message."""
        options: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        if self.card:
            options["view"] = card_view(self.text, self.buttons, self.owner)
        else:
            options["content"] = self.text
            if self.buttons:
                options["view"] = buttons_view(self.buttons, self.owner)
        if self.attachment is not None:
            options["file"] = attached(self.attachment)
        return options


class Send(Protocol):
    """Sends one message somewhere: an interaction response, a thread, a DM."""

    async def __call__(self, message: Message) -> None: ...


def custom_id_for(action_id: str, owner: int | None = None, value: str = "") -> str:
    """``mockinterview:<action>``, then ``:<owner's user id>`` for one person's buttons, then
    ``:<value>`` for a button that carries one (Discord allows 100 characters)."""
    parts = [CUSTOM_ID_PREFIX + action_id]
    if owner is not None or value:
        parts.append("" if owner is None else str(owner))
    if value:
        parts.append(value)
    custom_id = ":".join(parts)
    if len(custom_id) > CUSTOM_ID_LIMIT or not ROUTED_CUSTOM_ID.fullmatch(custom_id):
        raise ValueError(f"a button Discord cannot carry: {custom_id[:120]!r}")
    return custom_id


def style_for(action_id: str) -> discord.ButtonStyle:
    return BUTTON_STYLES.get(action_id, discord.ButtonStyle.secondary)


def discord_button(button: Button, owner: int | None) -> discord.ui.Button[Any]:
    return discord.ui.Button(
        label=button.label,
        custom_id=custom_id_for(button.action_id, owner, button.value),
        style=style_for(button.action_id),
    )


def buttons_view(buttons: Sequence[Button], owner: int | None = None) -> discord.ui.View:
    """The buttons under a plain message, in rows of five; clicks are routed by custom_id.

    The view is stopped before it is sent, so discord.py does not keep one view per message
    in memory for ever: the routed-button class (a ``DynamicItem``) registered at startup
    handles every click, also after a restart.
    """
    view = discord.ui.View(timeout=None)
    for button in buttons:
        view.add_item(discord_button(button, owner))
    view.stop()
    return view


def card_view(
    text: str, buttons: Sequence[Button], owner: int | None = None
) -> discord.ui.LayoutView:
    """A question or feedback card: the text in a container, its buttons below a line."""
    container: discord.ui.Container[discord.ui.LayoutView] = discord.ui.Container(
        discord.ui.TextDisplay(text)
    )
    if buttons:
        container.add_item(discord.ui.Separator())
    for start in range(0, len(buttons), BUTTONS_PER_ROW):
        row = [discord_button(button, owner) for button in buttons[start : start + BUTTONS_PER_ROW]]
        container.add_item(discord.ui.ActionRow(*row))
    view = discord.ui.LayoutView(timeout=None)
    view.add_item(container)
    view.stop()  # as buttons_view: clicks are routed by custom_id
    return view


def messages_of(replies: Iterable[Reply], *, owner: int | None = None) -> list[Message]:
    """Every reply as the messages that show it, its buttons and file on its last one.

    A reply with buttons and no file is a card; ``owner`` is whose interview the buttons
    belong to (none in a DM: only they see it)."""
    messages: list[Message] = []
    for reply in replies:
        card = bool(reply.buttons) and reply.attachment is None
        chunks = split_message(unmask_links(reply.text), CARD_LIMIT if card else MESSAGE_LIMIT)
        for number, chunk in enumerate(chunks, start=1):
            last = number == len(chunks)
            messages.append(
                Message(
                    chunk,
                    private=reply.private,
                    buttons=reply.buttons if last else (),
                    attachment=reply.attachment if last else None,
                    card=card,
                    owner=owner,
                )
            )
    return messages


def within(messages: list[Message], room: int) -> list[Message]:
    """At most ``room`` messages: neighbours merged where they fit one message, and if
    that is not enough, the first ones, a line saying how many more there were, the last."""
    if len(messages) <= room:
        return messages
    merged = _merged(messages)
    if len(merged) <= room or room < 2:
        return merged[len(merged) - room :] if room > 0 else []
    kept, left_out = merged[: room - 2], merged[room - 2 : -1]
    more = Message(f"…and {len(left_out)} more message(s) that Discord would not take here.")
    return [*kept, replace(more, private=left_out[0].private), merged[-1]]


def _merged(messages: list[Message]) -> list[Message]:
    """Consecutive messages joined into one where they fit and nothing sits between them."""
    merged: list[Message] = []
    for message in messages:
        previous = merged[-1] if merged else None
        if previous is not None and _joinable(previous, message):
            merged[-1] = replace(message, text=f"{previous.text}\n\n{message.text}", card=True)
            continue
        merged.append(message)
    return merged


def _joinable(first: Message, second: Message) -> bool:
    fits = len(first.text) + 2 + len(second.text) <= CARD_LIMIT
    plain_first = not first.buttons and first.attachment is None
    return fits and plain_first and first.private == second.private and second.attachment is None


async def send_replies(
    replies: Iterable[Reply], send: Send, *, owner: int | None = None, room: int | None = None
) -> None:
    """Send every reply in order (within ``room`` messages, when the place limits them)."""
    messages = messages_of(replies, owner=owner)
    for message in messages if room is None else within(messages, room):
        await send(message)


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
