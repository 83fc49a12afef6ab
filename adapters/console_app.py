"""`mockinterview console`: piped (scriptable) or interactive with a line editor.

Interactive, the prompt shows at once while the engine (SQLAlchemy, the guides) loads in a
thread; its greeting is printed above the prompt when it is ready.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.console import Console, Output
    from bot.settings import Settings

APP_NAME = "mockinterview"
BYE = "Bye. Your interview is saved; run me again to resume."


def data_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def build_console(
    arguments: argparse.Namespace, load_settings: Callable[[], Settings], output: Output
) -> Console:
    from adapters.console import Console, console_user
    from adapters.wiring import build_engine

    engine = build_engine(load_settings(), bank_cache=data_folder() / "cache")
    out = arguments.out or data_folder()
    return Console(engine, user=console_user(arguments.user), output=output, out=out)


def output_for(stream: object) -> Output:
    from adapters.console_render import PlainOutput, RichOutput

    if getattr(stream, "isatty", lambda: False)():
        return RichOutput(stream)  # type: ignore[arg-type]
    return PlainOutput(stream)  # type: ignore[arg-type]


def run_console(arguments: argparse.Namespace, load_settings: Callable[[], Settings]) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        build_console(arguments, load_settings, output_for(sys.stdout)).run(sys.stdin)
        return 0
    import getpass

    from adapters.console_loop import interactive

    login = arguments.user or getpass.getuser() or "you"
    build = lambda: build_console(arguments, load_settings, output_for(sys.stdout))  # noqa: E731
    return interactive(build, login=login)


class Loader:
    """Builds the console in a thread; ``get`` waits for it and re-raises its failure."""

    def __init__(self, build: Callable[[], Console], on_failure: Callable[[], None]) -> None:
        self.build = build
        self.on_failure = on_failure
        self.console: Console | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="console-loader", daemon=True)

    def start(self) -> None:
        """Start loading, once: the console calls it after drawing its first prompt."""
        if self.thread.ident is None:
            self.thread.start()

    def _run(self) -> None:
        try:
            console = self.build()
            console.greet()
            self.console = console
        except BaseException as error:
            self.error = error
            self.on_failure()

    def ready(self) -> Console | None:
        return self.console

    def get(self) -> Console:
        self.thread.join()
        if self.error is not None:
            raise self.error
        assert self.console is not None
        return self.console
