"""A server's answer retention: answer texts older than N days are blanked, scores kept."""

from __future__ import annotations

from bot.errors import UserError

MAX_DAYS = 3650
OFF_WORDS = frozenset({"off", "none", "forever"})
RETENTION_USAGE = (
    "`settings retention <days>` keeps answer texts that many days (scores stay), "
    f"from 1 to {MAX_DAYS}; `settings retention off` keeps them until people `forget`."
)


def parse_days(value: str) -> int | None:
    """`30` -> 30 days; `off` -> None (kept). Anything else is a UserError."""
    word = value.strip().lower().removesuffix("days").removesuffix("d").strip()
    if word in OFF_WORDS:
        return None
    if not (word.isascii() and word.isdigit()) or not 1 <= int(word) <= MAX_DAYS:
        raise UserError(RETENTION_USAGE)
    return int(word)


def describe_days(days: int | None) -> str:
    return "answer texts kept until deleted" if days is None else f"answer texts kept {days} days"
