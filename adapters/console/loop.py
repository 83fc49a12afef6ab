"""The interactive console: read with the line editor, check doubtful answers, keep drafts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from prompt_toolkit.application import get_app_or_none
from prompt_toolkit.patch_stdout import patch_stdout

from adapters.console.checks import clean, doubt
from adapters.console.drafts import Drafts
from adapters.console.editor import Editor, Quit
from adapters.console.loader import Loader, data_folder
from bot.types import Command

CLEARED = "Ctrl-C clears the line; Ctrl-D saves what you were writing as a draft and quits."
DRAFT_PREVIEW = 60  # characters of a kept draft shown when the console starts
RETRY_IT = (
    "That question is already scored. Send this as a new answer to it, in place of the last "
    "(`retry`)? (y/n)"
)

if TYPE_CHECKING:
    from adapters.console.listeners import Console


def interactive(build: Callable[[], Console], *, login: str) -> int:
    with patch_stdout(raw=True):
        loader = Loader(build, on_failure=_interrupt_prompt)
        editor = Editor(
            data_folder() / "history",
            sends_at_enter=lambda text: _sends(loader, text),
            after_drawing=loader.start,
        )
        drafts = Drafts(data_folder(), login)
        try:
            _loop(loader, editor, default=_offer_draft(drafts, editor))
        except Quit as quit_:
            _quit(loader.get(), drafts, quit_.draft)
    return 0


def _interrupt_prompt() -> None:
    """The engine failed to load: leave the prompt so that the failure is reported."""
    app = get_app_or_none()
    if app is not None and app.is_running:
        app.loop.call_soon_threadsafe(app.exit)  # type: ignore[union-attr]


def _sends(loader: Loader[Console], text: str) -> bool:
    console = loader.ready()
    return console is None or console.command(text) is not None or not console.asking()


def _loop(loader: Loader[Console], editor: Editor, *, default: str) -> None:
    """Read and send messages until Ctrl-D raises Quit."""
    while True:
        console = loader.ready()
        answering = console.asking() if console is not None else False
        try:
            text = editor.read(answering=answering, default=default)
        except KeyboardInterrupt:
            if console is not None:
                console.output.note(CLEARED)
            default = ""
            continue
        default = _submit(loader.get(), editor, clean(text))


def _offer_draft(drafts: Drafts, editor: Editor) -> str:
    draft = drafts.load()
    if not draft.strip():
        return ""
    flat = " ".join(draft.split())
    preview = flat[:DRAFT_PREVIEW] + ("…" if len(flat) > DRAFT_PREVIEW else "")
    question = f"You left a draft answer: “{preview}”. Keep it (k) or drop it (d)?"
    choice = editor.ask(question, "kd", keeping=draft)  # Ctrl-C keeps it, Ctrl-D too
    drafts.drop()
    return "" if choice == "d" else draft


def _submit(console: Console, editor: Editor, text: str) -> str:
    """Send the text (after asking when in doubt); what to put back in the editor, if any."""
    if not text:
        return ""
    command = console.command(text)
    if command is None and console.reviewing():
        return _retrying(console, editor, text)
    if command is not None or not console.asking():
        console.send(text)
        if command is not None and _forgets(*command):
            editor.forget()  # what was typed goes too, not only what the bot keeps
        return ""
    worry = doubt(text)
    if worry is None:
        console.send(text)
        return ""
    if worry.reason == "command":
        choice = editor.ask(worry.question, "ac", keeping=text)
        if choice == "c":
            name, _, args = text.lstrip("/").partition(" ")
            console.dispatch(Command(console.user, console.where, name.lower(), args))
        elif choice == "a":
            console.send(text)
        return "" if choice else text  # Ctrl-C: back in the editor, sent as nothing
    if editor.ask(worry.question, "ny", keeping=text) == "y":
        console.send(text)
        return ""
    return text


def _retrying(console: Console, editor: Editor, text: str) -> str:
    """Text typed once the answer is scored (sent too early, perhaps): offered as a new
    answer to the same question, as `retry` takes it; kept in the editor otherwise."""
    if editor.ask(RETRY_IT, "ny", keeping=text) != "y":
        return text
    console.dispatch(Command(console.user, console.where, "retry"))
    console.send(text)
    return ""


def _forgets(name: str, args: str) -> bool:
    """Whether the command typed is `forget confirm` (read as the command itself reads it)."""
    from bot.commands.progress import confirms_forget  # loaded with the engine by now

    return name == "forget" and confirms_forget(args)


def _quit(console: Console, drafts: Drafts, draft: str) -> None:
    if draft.strip():
        path = drafts.save(draft)
        console.output.note(f"Draft saved ({path}); you can keep or drop it next time.")
    console.goodbye()
