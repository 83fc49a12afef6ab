"""Strictness: how much of a key point an answer must say for the point to count as covered.

A server sets it for everyone there (admins: `settings strictness ...`); a person's own
choice (`strictness ...`) wins over the server's. Every answer keeps the strictness it was
marked under, so answers are compared like with like.
"""

from __future__ import annotations

from enum import StrEnum

from bot.errors import UserError
from bot.scoring.model import Thresholds


class Strictness(StrEnum):
    LENIENT = "lenient"
    STANDARD = "standard"
    STRICT = "strict"

    @property
    def thresholds(self) -> Thresholds:
        return THRESHOLDS[self]

    def describe(self) -> str:
        """``strict`` (covered at 90%, partly at 40%)."""
        thresholds = self.thresholds
        covered, partly = round(thresholds.covered * 100), round(thresholds.partly * 100)
        return f"**{self.value}** (covered at {covered}%, partly at {partly}%)"


THRESHOLDS = {
    Strictness.LENIENT: Thresholds(covered=0.6, partly=0.25),
    Strictness.STANDARD: Thresholds(),
    Strictness.STRICT: Thresholds(covered=0.9, partly=0.4),
}
LEVELS = tuple(level.value for level in Strictness)
CLEARING = frozenset({"default", "server", "none", "reset"})  # back to the server's choice
COMPARED = "standard strictness only"  # what a leaderboard counts, like with like


def parse(word: str) -> Strictness:
    """A strictness level from a typed word; anything else is a UserError."""
    try:
        return Strictness(word.strip().lower())
    except ValueError:
        raise UserError(f"Strictness is one of {', '.join(LEVELS)}.") from None


def in_use(person: str | None, server: str | None) -> Strictness:
    """The person's choice, else the server's, else standard."""
    return Strictness(person or server or Strictness.STANDARD.value)
