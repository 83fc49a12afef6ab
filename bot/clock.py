"""The clock: read once per turn at the engine's front door, passed to every rule as ``now``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real time, in UTC; tests give the engine a fake clock instead."""
    return datetime.now(UTC)
