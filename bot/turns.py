"""One person's turns one at a time, so a turn's checks still hold when it is written.

A turn reads (the person's session, today's disputes), decides, then commits. Two turns of
one person at once, a double click or a client retrying fast, would both pass a check that
only one may pass: the daily limit on disputes, "already disputed", the question being
answered. Each person's turns take a lock first; locks are striped, a fixed set shared by
hash, so memory stays flat however many people write, and two people rarely wait on each
other (for the length of one turn, a few milliseconds, when they do). This orders the turns
of one process; the platforms run one process each.
"""

from __future__ import annotations

import threading
import zlib

STRIPES = 64


class PersonLocks:
    """A lock for each person's turns, out of STRIPES shared locks."""

    def __init__(self, stripes: int = STRIPES) -> None:
        self._locks = tuple(threading.RLock() for _ in range(stripes))

    def of(self, user_key: str) -> threading.RLock:
        """The lock ``user_key``'s turns take: always the same one for a person."""
        return self._locks[zlib.crc32(user_key.encode("utf-8")) % len(self._locks)]


__all__ = ["PersonLocks"]
