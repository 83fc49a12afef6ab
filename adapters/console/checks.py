"""Checks before a typed text is sent as an answer: stray keys, a stray word, a command word.

The console asks before sending such a text, so a slip of the keyboard never uses up a
question. These are pure functions; the console decides how to ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# ANSI escape sequences (arrow keys: ESC [ A) and their caret spelling (^[[A), control chars.
ESCAPES = re.compile(r"(?:\x1b|\^\[)(?:\[[0-?]*[ -/]*[@-~]|O.|.)?|[\x00-\x08\x0b-\x1f\x7f]")
MIN_WORDS = 3


@cache
def command_words() -> frozenset[str]:
    """Every command word and alias, read from the registry on first need: the registry
    brings the engine's command modules, which the first prompt can do without."""
    from bot.commands import ALIASES, COMMANDS, PREFIXES

    return frozenset(COMMANDS) | frozenset(ALIASES) | frozenset(PREFIXES)


@dataclass(frozen=True, slots=True)
class Doubt:
    """Why a text may not be meant as an answer, and the question to ask about it."""

    reason: str
    question: str
    command: str | None = None  # the command the text may have been meant as


def clean(text: str) -> str:
    """The text without terminal escape sequences and control characters (tabs kept)."""
    return ESCAPES.sub("", text.replace("\t", "    ")).strip()


def doubt(text: str) -> Doubt | None:
    """Why this may not be an answer, or None when it plainly is one."""
    words = text.split()
    first = words[0].lstrip("/").lower() if words else ""
    if first in command_words():
        return Doubt(
            "command",
            f"Your answer starts with the command word `{first}`. "
            "Send it as your answer (a) or run the command (c)?",
            command=text.strip(),
        )
    if len(words) < MIN_WORDS:
        return Doubt("short", f"That's very short for an answer ({text.strip()!r}). Send it? (y/n)")
    return None
