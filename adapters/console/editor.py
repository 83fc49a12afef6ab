"""The console's line editor (prompt_toolkit): a prompt, history, answers of several paragraphs.

Enter runs a command, or sends a line when no question waits. While a question waits, Enter
starts a new line and Alt+Enter (or Esc then Enter) sends the answer; pasting several
paragraphs works (bracketed paste). Ctrl-D ends the session: a half-written answer comes back
as a draft instead of being sent, and so does one the console was asking about ("Send it?").
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.history import FileHistory
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

TOOLBAR = " Alt+Enter (or Esc, Enter) sends the answer · Ctrl-D saves a draft and quits "
COMMAND_PROMPT = "› "
ANSWER_PROMPT = "answer › "


class Quit(Exception):  # noqa: N818 - a signal, not an error
    """Ctrl-D: the text in the editor, if any, is to be kept as a draft."""

    def __init__(self, draft: str) -> None:
        super().__init__("quit")
        self.draft = draft


@dataclass
class Editor:
    """Reads one message at a time; ``sends_at_enter(text)`` says whether Enter sends it."""

    history: Path
    sends_at_enter: Callable[[str], bool]
    after_drawing: Callable[[], None] = lambda: None

    def __post_init__(self) -> None:
        self.history.parent.mkdir(parents=True, exist_ok=True)
        self.session: PromptSession[str] = PromptSession(
            history=FileHistory(str(self.history)),
            multiline=True,
            key_bindings=self._bindings(),
            prompt_continuation=lambda width, _line, _wrap: "… ".rjust(width),
            enable_open_in_editor=False,
        )

    def _bindings(self) -> KeyBindings:
        bindings = KeyBindings()

        @bindings.add("enter")
        def _enter(event: KeyPressEvent) -> None:
            buffer = event.current_buffer
            text = buffer.text
            if "\n" not in text and (not text.strip() or self.sends_at_enter(text)):
                buffer.validate_and_handle()
            else:
                buffer.insert_text("\n")

        @bindings.add("escape", "enter")
        def _send(event: KeyPressEvent) -> None:
            event.current_buffer.validate_and_handle()

        @bindings.add("c-d")
        def _quit(event: KeyPressEvent) -> None:
            event.app.exit(exception=Quit(event.current_buffer.text))

        return bindings

    def forget(self) -> None:
        """Empty what was typed (after ``forget confirm``): the file, and the Up arrow's
        memory of it, the line just typed included."""
        self.history.write_bytes(b"")
        emptied = FileHistory(str(self.history))
        self.session.history = emptied
        self.session.default_buffer.history = emptied

    def read(self, *, answering: bool, default: str = "") -> str:
        """One message; raises Quit on Ctrl-D and KeyboardInterrupt on Ctrl-C."""
        return self.session.prompt(
            ANSWER_PROMPT if answering else COMMAND_PROMPT,
            default=default,
            bottom_toolbar=TOOLBAR if answering else None,
            pre_run=self._after_drawing,
        )

    def _after_drawing(self) -> None:
        """Run ``after_drawing`` once the prompt is on screen (pre_run comes before the draw)."""
        asyncio.get_running_loop().call_soon(self.after_drawing)

    def ask(self, question: str, choices: str, *, keeping: str = "") -> str:
        """A one-letter answer to a yes/no style question; the first choice on Enter alone,
        "" on Ctrl-C (the question is called off); any other reply asks again, naming the
        choices. Ctrl-D raises Quit with ``keeping``, the text the question was about, so
        that it is kept as a draft, not lost."""
        session: PromptSession[str] = PromptSession()
        prompt = f"{question} "
        while True:
            try:
                reply = session.prompt(prompt, pre_run=self._after_drawing).strip().lower()
            except EOFError:
                raise Quit(keeping) from None
            except KeyboardInterrupt:
                return ""
            if not reply:
                return choices[0]
            if reply[:1] in choices:
                return reply[:1]
            prompt = f"Please type {' or '.join(choices)} (Enter: {choices[0]}): "
