"""Daily streaks and streak freezes, worked out from the delivered daily questions alone.

The rule, walking the person's local days oldest first: an answered day adds one to the
streak, and every 7th day of a streak earns a freeze (at most 2 held). A delivered day left
unanswered uses a freeze when one is held, so the streak survives; with none held, the
streak breaks. Days without a question (paused, switched off, not a chosen weekday) neither
add nor break, and today can still be answered. Nothing is stored: the same deliveries
always give the same streak.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from bot.feedback import counted

FREEZE_EVERY = 7  # answered days in a row that earn a freeze
MAX_FREEZES = 2  # freezes a person can hold at once
FREEZE_RULE = (
    f"Every {FREEZE_EVERY} days in a row earn a streak freeze (you can hold {MAX_FREEZES}); "
    "a missed day uses one, so the streak survives."
)


@dataclass(frozen=True, slots=True)
class Streak:
    days: int = 0  # answered days in the current streak
    held: int = 0  # freezes ready for a missed day
    used: int = 0  # missed days a freeze has covered so far

    def describe(self) -> str:
        return f"{counted(self.days, 'day')} · freezes: {self.held} held, {self.used} used"


def walk(delivered: Iterable[tuple[date, bool]], today: date) -> Streak:
    """The streak after every delivered (local day, answered) so far."""
    streak = Streak()
    for day, answered in sorted(delivered):
        if answered:
            streak = _answered(streak)
        elif day != today:
            streak = _missed(streak)
    return streak


def _answered(streak: Streak) -> Streak:
    days = streak.days + 1
    earned = days % FREEZE_EVERY == 0
    held = min(MAX_FREEZES, streak.held + 1) if earned else streak.held
    return replace(streak, days=days, held=held)


def _missed(streak: Streak) -> Streak:
    if streak.held:
        return replace(streak, held=streak.held - 1, used=streak.used + 1)
    return replace(streak, days=0)
