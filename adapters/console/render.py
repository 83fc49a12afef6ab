"""Replies in a terminal: rich Markdown with highlighted code, wrapped at the terminal's width,
feedback lines coloured by their leading mark; plain text when the output is not a terminal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from bot.types import Reply

if TYPE_CHECKING:
    from rich.console import Console as RichConsole
    from rich.console import RenderableType

BOLD = re.compile(r"\*\*(.+?)\*\*")
RULE = "─" * 60
MARKS = {"✅": "green", "🟡": "yellow", "❌": "red", "⚠️": "magenta", "⚠": "magenta"}


def buttons_line(reply: Reply) -> str:
    choices = [f"[{button.action_id}]" for button in reply.buttons if button.action_id != "answer"]
    return "  ".join(choices)


def render(reply: Reply) -> str:
    """Plain terminal text: bold markers dropped, buttons listed as typed commands."""
    text = BOLD.sub(r"\1", reply.text)
    if reply.buttons:
        text += f"\n\n{buttons_line(reply)}"
    return text


def mark_colour(line: str) -> str | None:
    """The colour of a feedback line, from the mark it begins with."""
    stripped = line.lstrip(" •-*")
    return next((colour for mark, colour in MARKS.items() if stripped.startswith(mark)), None)


def chunks(text: str) -> list[tuple[str, str | None]]:
    """Markdown pieces with their colour: each marked line alone, code fences kept whole."""
    pieces: list[tuple[str, str | None]] = []
    plain: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        colour = None if fenced else mark_colour(line)
        if colour is None:
            plain.append(line if fenced or not line.strip() else line + "  ")  # a hard break
            continue
        if plain:
            pieces.append(("\n".join(plain), None))
            plain = []
        pieces.append((line, colour))
    if plain:
        pieces.append(("\n".join(plain), None))
    return pieces


class PlainOutput:
    """What pipes and tests read: the reply text without Markdown's bold markers."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def reply(self, reply: Reply) -> None:
        self.stream.write(f"{RULE}\n{render(reply)}\n")
        self.stream.flush()

    def note(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


class RichOutput:
    """A terminal: Markdown rendered by rich, code highlighted, colour for covered and missed."""

    def __init__(self, stream: TextIO, *, width: int | None = None) -> None:
        from rich.console import Console

        self.console: RichConsole = Console(
            file=stream, width=width, highlight=False, force_terminal=True
        )

    def reply(self, reply: Reply) -> None:
        from rich.rule import Rule

        self.console.print(Rule(style="dim"))
        for renderable in self.renderables(reply):
            self.console.print(renderable)

    def renderables(self, reply: Reply) -> list[RenderableType]:
        from rich.markdown import Markdown
        from rich.text import Text

        items: list[RenderableType] = [
            Markdown(piece, style=colour or "none", code_theme="monokai")
            for piece, colour in chunks(reply.text)
        ]
        if reply.buttons:
            items.append(Text(buttons_line(reply), style="dim cyan"))
        return items

    def note(self, text: str) -> None:
        self.console.print(text, style="dim", markup=False, highlight=False)
