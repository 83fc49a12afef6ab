"""The console adapter: the same engine in a terminal, interactive or scripted on stdin.

Piped input (stdin is not a terminal) follows one rule: a command on a line of its own
(`hint`, `skip`, `/next`, `start backend easy` ...) acts at once; every other line belongs
to the answer being written, blank lines included, so an answer may have paragraphs. The
answer is sent when the next command comes, or at the end of the input.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from adapters.console.checks import clean
from adapters.console.loader import BYE, BYE_DAILY, BYE_RESUMING
from bot.engine import Engine
from bot.interview import State
from bot.types import Attachment, Command, Event, Platform, Reply, Text, User, Where


class Output(Protocol):
    def reply(self, reply: Reply) -> None: ...
    def note(self, text: str) -> None: ...


def console_user(name: str | None = None) -> User:
    login = name or getpass.getuser() or "you"
    return User(Platform.CONSOLE.value, login, login)


class Console:
    def __init__(
        self,
        engine: Engine,
        *,
        user: User,
        output: Output,
        out: Path,
    ) -> None:
        self.engine = engine
        self.user = user
        self.where = Where(Platform.CONSOLE.value, "terminal", direct=True)
        self.output = output
        self.out = out

    def greet(self) -> None:
        """The daily question if one came due meanwhile (the terminal cannot message anyone,
        so it waits for them here), else where the person stopped."""
        daily = self.engine.daily_waiting(self.user)
        if daily is not None:
            self.output.reply(daily)
        else:
            self.dispatch(Command(self.user, self.where, "resume"))

    def send(self, text: str) -> None:
        self.dispatch(Text(self.user, self.where, text))

    def run(self, lines: Iterable[str]) -> None:
        """The piped mode: every message of the input, then goodbye."""
        self.greet()
        for message in self.messages(lines):
            self.send(message)
        self.goodbye()

    def goodbye(self) -> None:
        """Say goodbye, and that the interview waits if one does; a daily question waits only
        until the next one is due (see ``Engine.daily_waiting``)."""
        if self.engine.interview_state(self.user) not in (State.ASKING, State.REVIEWING):
            self.output.note(BYE)
        else:
            self.output.note(BYE_DAILY if self.engine.daily_open(self.user) else BYE_RESUMING)

    def dispatch(self, event: Event) -> None:
        for reply in self.engine.handle(event):
            self.output.reply(reply)
            if reply.attachment is not None:
                self.output.note(f"(saved {self.save(reply.attachment)})")

    def save(self, attachment: Attachment) -> Path:
        """Write a chart or an export into the output folder, never over an unrelated name."""
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / Path(attachment.filename).name
        path.write_bytes(attachment.data)
        return path

    def asking(self) -> bool:
        """Whether a question waits for this person's answer."""
        return self.engine.interview_state(self.user) is State.ASKING

    def reviewing(self) -> bool:
        """Whether the feedback on an answer is shown, in an interview not yet finished."""
        return self.engine.interview_state(self.user) is State.REVIEWING

    def command(self, text: str) -> tuple[str, str] | None:
        return self.engine.typed_command(self.user, text)

    def messages(self, lines: Iterable[str]) -> Iterator[str]:
        """Group piped lines: a command alone; an answer's lines up to the next command."""
        buffer: list[str] = []
        for raw in lines:
            line = clean(raw.rstrip("\n")) if raw.strip() else ""
            if line and self.command(line) is not None:
                if "\n".join(buffer).strip():
                    yield "\n".join(buffer).strip("\n")
                buffer = []
                yield line
            elif line or buffer:
                buffer.append(line)
        if "\n".join(buffer).strip():
            yield "\n".join(buffer).strip("\n")
