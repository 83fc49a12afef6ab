"""Neutral Markdown -> Slack mrkdwn and Block Kit, with every reply's text escaped.

Reply text can quote what a person wrote, so ``&``, ``<`` and ``>`` are always escaped:
an answer containing ``<!channel>`` or ``<@U123>`` is shown, never pings anyone.
Long text is split into sections of at most 3000 characters, never inside a code block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from bot.types import Button, Reply

SECTION_LIMIT = 3000  # characters of text in one section block
BLOCK_LIMIT = 50  # blocks in one message
FALLBACK_LIMIT = 150  # characters of the notification text
FENCE = "```"
BOLD = re.compile(r"\*\*(.+?)\*\*")
BULLET = re.compile(r"^(\s*)[-*] ")
INLINE_CODE = re.compile(r"(`[^`\n]*`)")

Block = dict[str, Any]


def escape(text: str) -> str:
    """Slack's three control characters as entities; nothing else needs escaping."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Undo Slack's escaping of what a person typed (``&amp;`` last, so ``&amp;lt;`` stays)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def to_mrkdwn(text: str) -> str:
    """Escape and convert neutral Markdown; code fences keep their content untouched."""
    lines: list[str] = []
    fence_indent: int | None = None
    for line in text.splitlines():
        if line.strip().startswith(FENCE):
            fence_indent = None if fence_indent is not None else len(line) - len(line.lstrip())
            lines.append(FENCE)  # Slack shows a language tag as code, so drop it
        elif fence_indent is not None:
            lines.append(escape(_dedent(line, fence_indent)))
        else:
            lines.append(_prose(escape(line)))
    return "\n".join(lines)


def _dedent(line: str, indent: int) -> str:
    """Remove the fence's own indentation from a code line, however it was indented."""
    return line[indent:] if not line[:indent].strip() else line.lstrip()


def _prose(line: str) -> str:
    line = BULLET.sub(r"\1• ", line)
    parts = INLINE_CODE.split(line)
    return "".join(
        part if index % 2 else BOLD.sub(r"*\1*", part) for index, part in enumerate(parts)
    )


def sections(mrkdwn: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Split into chunks of at most ``limit`` characters, at paragraphs, then at lines."""
    pieces = (
        piece
        for paragraph in _paragraphs(mrkdwn)
        for piece in _pack(_units(paragraph, limit), limit, "\n")
    )
    return _pack(pieces, limit, "\n\n")


def _paragraphs(mrkdwn: str) -> Iterator[str]:
    """Blank-line separated paragraphs; a code block is never split at its blank lines."""
    current: list[str] = []
    inside = False
    for line in mrkdwn.splitlines():
        inside ^= line == FENCE
        if not line.strip() and not inside:
            if current:
                yield "\n".join(current)
            current = []
        else:
            current.append(line)
    if current:
        yield "\n".join(current)


def _units(paragraph: str, limit: int) -> Iterator[str]:
    """Lines, with each code block as one unit; oversized units are cut to fit."""
    code: list[str] | None = None
    for line in paragraph.splitlines():
        if code is not None:
            code.append(line)
            if line == FENCE:
                yield from _fences(code[1:-1], limit)
                code = None
        elif line == FENCE:
            code = [line]
        else:
            yield from _cut(line, limit)
    if code is not None:  # an unclosed block: close it
        yield from _fences(code[1:], limit)


def _fences(body: Sequence[str], limit: int) -> Iterator[str]:
    """A code block, as several closed blocks when it is longer than ``limit``."""
    room = limit - 2 * (len(FENCE) + 1)
    lines = (piece for line in body for piece in _cut(line, room))
    for chunk in _pack(lines, room, "\n"):
        yield f"{FENCE}\n{chunk}\n{FENCE}"


def _cut(line: str, limit: int) -> Iterator[str]:
    """A line longer than ``limit`` is cut at the last space (or ``&``) that fits."""
    while len(line) > limit:
        cut = max(line.rfind(" ", 1, limit), line.rfind("&", 1, limit))
        cut = cut if cut > 0 else limit
        yield line[:cut]
        line = line[cut:]
    yield line


def _pack(pieces: Iterable[str], limit: int, separator: str) -> list[str]:
    """Join pieces greedily while each chunk stays within ``limit``."""
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + len(separator) + len(piece) <= limit:
            chunks[-1] += separator + piece
        else:
            chunks.append(piece)
    return chunks


def section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def actions(buttons: Sequence[Button]) -> Block:
    elements = [
        {
            "type": "button",
            "action_id": button.action_id,
            "text": {"type": "plain_text", "text": button.label},
            "value": button.value,
        }
        for button in buttons
    ]
    return {"type": "actions", "elements": elements}


def messages(reply: Reply) -> list[dict[str, Any]]:
    """The reply as ``chat.postMessage`` arguments: text and blocks, split when too long."""
    mrkdwn = to_mrkdwn(reply.text)
    per_message = BLOCK_LIMIT - 1  # room for the buttons
    blocks = [section(chunk) for chunk in sections(mrkdwn)] or [section(" ")]
    batches = [blocks[start : start + per_message] for start in range(0, len(blocks), per_message)]
    if reply.buttons:
        batches[-1].append(actions(reply.buttons))
    return [{"text": fallback(mrkdwn), "blocks": batch} for batch in batches]


def fallback(mrkdwn: str) -> str:
    """The notification text: the first line, shortened."""
    first = mrkdwn.strip().split("\n", 1)[0] if mrkdwn.strip() else "mockinterview"
    return first if len(first) <= FALLBACK_LIMIT else first[: FALLBACK_LIMIT - 1] + "…"
