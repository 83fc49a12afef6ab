"""`mockinterview console`: piped (scriptable) or interactive with a line editor.

Interactive, the prompt shows at once while the engine (SQLAlchemy, the guides) loads in a
thread; its greeting is printed above the prompt when it is ready.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.console.listeners import Console, Output
    from bot.settings import Settings

from adapters.console.loader import data_folder


def build_console(
    arguments: argparse.Namespace, load_settings: Callable[[], Settings], output: Output
) -> Console:
    from adapters.console.listeners import Console, console_user
    from adapters.wiring import build_engine

    engine = build_engine(load_settings(), bank_cache=data_folder() / "cache")
    out = arguments.out or data_folder()
    return Console(engine, user=console_user(arguments.user), output=output, out=out)


def output_for(stream: object) -> Output:
    from adapters.console.render import PlainOutput, RichOutput

    if getattr(stream, "isatty", lambda: False)():
        return RichOutput(stream)  # type: ignore[arg-type]
    return PlainOutput(stream)  # type: ignore[arg-type]


def run_console(arguments: argparse.Namespace, load_settings: Callable[[], Settings]) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        build_console(arguments, load_settings, output_for(sys.stdout)).run(sys.stdin)
        return 0
    import getpass

    from adapters.console.loop import interactive

    login = arguments.user or getpass.getuser() or "you"
    build = lambda: build_console(arguments, load_settings, output_for(sys.stdout))  # noqa: E731
    return interactive(build, login=login)
