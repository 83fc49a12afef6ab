"""Exceptions: user-facing failures versus bugs."""

from __future__ import annotations

APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
"""The one reply to a bug, wherever it happens; the bug itself goes to the log."""


class BotError(Exception):
    """Base class for every error the bot raises on purpose."""


class UserError(BotError):
    """A failure the person can fix; ``message`` tells them how. Safe to show in chat."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ContentError(BotError):
    """A guide that cannot be loaded; every problem is ``path:line: reason``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class StorageUnavailableError(BotError):
    """The database cannot be reached right now; the person is asked to retry shortly."""
