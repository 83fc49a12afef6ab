"""The bodies of the `mockinterview` commands; each imports what it needs when it runs."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings


def load_settings(arguments: argparse.Namespace, *, quiet: bool = False) -> Settings:
    """Settings from the environment; ``quiet`` keeps INFO logs out of a terminal session."""
    from adapters import logs
    from bot.settings import Settings

    settings = Settings()
    if getattr(arguments, "database_url", None):
        settings = settings.model_copy(update={"database_url": arguments.database_url})
    arguments.outcome.database_url = settings.database_url
    level = "WARNING" if quiet and settings.log_level.upper() == "INFO" else settings.log_level
    if arguments.debug:
        level = "DEBUG"
    logs.configure(level, settings.log_format)
    return settings


def platform(arguments: argparse.Namespace) -> int:
    """`console`, `slack` or `discord`: the registered platform, connected until it stops."""
    from adapters.platform import PLATFORMS, connected

    [registered] = [entry for entry in PLATFORMS if entry.name == arguments.platform]
    quiet = registered.name == "console"
    return connected(registered.build(arguments, lambda: load_settings(arguments, quiet=quiet)))


def grade(arguments: argparse.Namespace) -> int:
    """Every line is answered; the exit status is 1 when any line got an error line. A line
    asking a shipped guide's question with its key points is scored as the guide scores it."""
    from adapters.guide_questions import GuideQuestions
    from bot.grading import grade_lines, is_error
    from bot.scoring import KeyPointScorer
    from bot.shipped import SHIPPED_GUIDES

    errors = 0
    known = GuideQuestions([SHIPPED_GUIDES])
    for line in grade_lines(sys.stdin, KeyPointScorer(), known):
        errors += is_error(line)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    return 1 if errors else 0


def lint(arguments: argparse.Namespace) -> int:
    from bot.content import lint as lint_guides
    from bot.settings import Settings

    targets = arguments.paths or [Settings().content_dir]
    problems = lint_guides(targets)
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
    if problems:
        sys.stderr.write(f"{len(problems)} problem(s) found.\n")
        return 1
    checked = ", ".join(str(target) for target in targets)
    sys.stdout.write(f"All guides are fine ({checked}).\n")
    return 0


def flags(arguments: argparse.Namespace) -> int:
    """A shipped guide's flags from every server, for its author: JSON on stdout."""
    from adapters.wiring import build_engine
    from bot.errors import UserError

    engine = build_engine(load_settings(arguments, quiet=True))
    try:
        sys.stdout.write(engine.guide_flags(arguments.guide).decode() + "\n")
    except UserError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    finally:
        engine.close()
    return 0


def upgrade(arguments: argparse.Namespace) -> int:
    from bot.db import upgrade as upgrade_schema

    upgrade_schema(load_settings(arguments, quiet=True).database_url)
    sys.stdout.write("Database is up to date.\n")
    return 0


WILDCARD_ADDRESSES = {"", "0.0.0.0", "::"}  # listening everywhere: ask over loopback


def healthcheck(arguments: argparse.Namespace) -> int:
    """Exit 0 when the local bot's /healthz answers 200 (for container healthchecks),
    asked where it listens: ``HEALTH_HOST``, else ``HOST``."""
    import urllib.request

    from bot.settings import Settings

    settings = Settings()
    host = settings.health_address
    host = "127.0.0.1" if host in WILDCARD_ADDRESSES else host
    host = f"[{host}]" if ":" in host else host
    for port in arguments.ports or [settings.health_port, 3000]:
        try:
            with urllib.request.urlopen(f"http://{host}:{port}/healthz", timeout=3):
                return 0
        except OSError:
            continue
    return 1
