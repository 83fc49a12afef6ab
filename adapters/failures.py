"""Infrastructure errors in one or two lines: what failed and what to do, exit code 2.

The full traceback is printed only with ``--debug`` or ``LOG_LEVEL=DEBUG``. Passwords in
URLs and anything shaped like a token are masked before a word is printed.
"""

from __future__ import annotations

import os
import re
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from adapters.logs import scrub

URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][\w+.-]*://[^:/@\s]*:)[^@\s]+@")
INFRASTRUCTURE = 2
BROKEN_PIPE = 141  # as a shell reports a command stopped by SIGPIPE
PLATFORMS = {"slack": "Slack", "discord": "Discord"}


@dataclass
class Outcome:
    """What the command is doing, so that a failure can say what failed."""

    command: str = ""
    database_url: str = ""
    code: int = 0


def mask(text: str) -> str:
    """Hide the password of any URL and anything shaped like a Slack or Discord token."""
    return scrub(URL_PASSWORD.sub(r"\g<head>***@", text))


@contextmanager
def reporting_failures(*, command: str, debug: bool) -> Iterator[Outcome]:
    outcome = Outcome(command=command)
    try:
        yield outcome
    except KeyboardInterrupt:
        outcome.code = 130
    except BrokenPipeError:  # the reader left (`| head`): stop quietly, as `cat` does
        _stop_writing()
        outcome.code = BROKEN_PIPE
    except Exception as error:
        message = describe(error, outcome)
        if message is None:
            raise
        if debug or _debug_logging():
            traceback.print_exception(error, file=sys.stderr)
        sys.stderr.write(mask(message) + "\n")
        outcome.code = INFRASTRUCTURE


def _stop_writing() -> None:
    """Point stdout at nothing, so that flushing it at exit raises no second error."""
    nothing = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nothing, sys.stdout.fileno())
    os.close(nothing)


def describe(error: BaseException, outcome: Outcome) -> str | None:
    """One or two lines for a failure of the world around us; None for a bug."""
    for cause in _chain(error):
        kind = f"{type(cause).__module__}.{type(cause).__name__}"
        if kind in {"sqlalchemy.exc.ArgumentError", "sqlalchemy.exc.NoSuchModuleError"}:
            return _bad_url(outcome.database_url)
        if kind.startswith("sqlalchemy.exc.") or type(cause).__name__ == "StorageUnavailableError":
            return _database_down(outcome.database_url, _first_line(cause))
        if kind == "pydantic_core._pydantic_core.ValidationError":
            reason = _first_line(cause, skip=1)
            return f"A setting is not valid: {reason}\nFix it in .env or the environment."
        if isinstance(cause, OSError) and outcome.command in PLATFORMS:
            return _unreachable(PLATFORMS[outcome.command], _first_line(cause))
    return None


def _bad_url(url: str) -> str:
    return (
        f"The database URL {url!r} is not one I can use.\n"
        "Set DATABASE_URL (or --database-url) to sqlite:///path/to/file.db or a "
        "postgresql+psycopg:// URL (see .env.example)."
    )


def _database_down(url: str, reason: str) -> str:
    if url.startswith("sqlite"):
        advice = "Check that the file's folder exists and is writable, or set DATABASE_URL."
    else:
        advice = "Check that the server is running and reachable, and DATABASE_URL is right."
    return f"Could not open the database {url}: {reason}\n{advice}"


def _unreachable(platform: str, reason: str) -> str:
    return (
        f"Could not reach {platform}: {reason}\n"
        "Check the network connection (and any proxy), then start me again."
    )


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _first_line(error: BaseException, *, skip: int = 0) -> str:
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return (lines[skip:] or lines or [type(original).__name__])[0]


def _debug_logging() -> bool:
    try:
        from bot.settings import Settings

        return Settings().log_level.upper() == "DEBUG"
    except Exception:
        return False
