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
    user = console_user(arguments.user)
    engine.update_profile(user, timezone=local_zone())  # as Slack tells the bot a person's
    out = arguments.out or data_folder()
    return Console(engine, user=user, output=output, out=out)


def local_zone() -> str | None:
    """This machine's IANA time zone (``TZ``, else the system's), the default for `daily on`;
    tzlocal reads it wherever Python runs, and comes with APScheduler anyway."""
    import warnings

    from tzlocal import get_localzone_name

    with warnings.catch_warnings():  # "no zone configured, using UTC" is no news to a person
        warnings.simplefilter("ignore")
        try:
            return get_localzone_name()
        except (LookupError, ValueError, OSError):
            return None


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
