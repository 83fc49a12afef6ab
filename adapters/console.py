"""The console adapter: the same engine in a terminal, interactive or scripted on stdin.

A command (`hint`, `skip`, `/next`, `start backend easy` ...) acts at once. Anything else
is an answer and may span lines; an empty line (or the end of input) sends it.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from adapters.base import Clock, handle_safely, utc_now
from bot.commands import typed_command
from bot.engine import Engine
from bot.types import Attachment, Command, Event, Platform, Reply, Text, User, Where

BOLD = re.compile(r"\*\*(.+?)\*\*")
RULE = "─" * 60


def render(reply: Reply) -> str:
    """Plain terminal text: bold markers dropped, buttons listed as typed commands."""
    text = BOLD.sub(r"\1", reply.text)
    if reply.buttons:
        choices = "  ".join(
            f"[{button.action_id}]" for button in reply.buttons if button.action_id != "answer"
        )
        text += f"\n\n{choices}"
    return text


def console_user(name: str | None = None) -> User:
    login = name or getpass.getuser() or "you"
    return User(Platform.CONSOLE.value, login, login)


class Console:
    def __init__(
        self,
        engine: Engine,
        *,
        user: User,
        output: TextIO,
        interactive: bool = False,
        clock: Clock = utc_now,
        files: Path = Path(),
    ) -> None:
        self.engine = engine
        self.user = user
        self.where = Where(Platform.CONSOLE.value, "terminal", direct=True)
        self.output = output
        self.interactive = interactive
        self.clock = clock
        self.files = files
        self.answering = False

    def run(self, lines: Iterator[str]) -> None:
        self.dispatch(Command(self.user, self.where, "resume"))
        for message in self.messages(lines):
            self.dispatch(Text(self.user, self.where, message))
        self.output.write("Bye. Your interview is saved; run me again to resume.\n")

    def dispatch(self, event: Event) -> None:
        replies = handle_safely(self.engine, event, self.clock)
        for reply in replies:
            self.output.write(f"{RULE}\n{render(reply)}\n")
            if reply.attachment is not None:
                self.output.write(f"(saved {self.save(reply.attachment)})\n")
        if replies:
            self.answering = any(reply.expects_answer for reply in replies)
        if self.interactive and self.answering:
            self.output.write("(answer below; an empty line sends it)\n")
        self.output.flush()

    def save(self, attachment: Attachment) -> Path:
        """Write a chart or an export next to the person, never over an unrelated name."""
        path = self.files / Path(attachment.filename).name
        path.write_bytes(attachment.data)
        return path

    def is_command(self, line: str) -> bool:
        guides = [guide.slug for guide in self.engine.bank.guides]
        return typed_command(line, answering=self.answering, guides=guides) is not None

    def messages(self, lines: Iterator[str]) -> Iterator[str]:
        """Group input lines into messages: commands alone, answers up to an empty line."""
        buffer: list[str] = []
        for raw in lines:
            line = raw.rstrip("\n")
            if not buffer and self.is_command(line):
                yield line
            elif line.strip():
                buffer.append(line)
            elif buffer:
                yield "\n".join(buffer)
                buffer = []
        if buffer:
            yield "\n".join(buffer)
