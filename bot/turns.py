"""One person's turns one at a time, so a turn's checks still hold when it is written.

A turn reads (the person's session, today's disputes), decides, then commits. Two turns of
one person at once, a double click or a client retrying fast, would both pass a check that
only one may pass: the daily limit on disputes, "already disputed", the question being
answered. So each person's turns take that person's lock first. The locks are kept weakly:
one exists while someone holds or waits for it, so memory follows the turns running, not
everyone who ever wrote, and one person's slow turn never holds up another person. This
orders the turns of one process; ``Store.turn_of`` orders them across the processes that
share a database (see ``bot.db.turns``).
"""

from __future__ import annotations

import threading
import weakref


class PersonLocks:
    """A lock for each person's turns, made when first needed, gone when no turn holds it."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: weakref.WeakValueDictionary[str, threading.RLock] = (
            weakref.WeakValueDictionary()
        )

    def of(self, user_key: str) -> threading.RLock:
        """The lock ``user_key``'s turns take; the same one while any turn holds it."""
        with self._guard:
            lock = self._locks.get(user_key)
            if lock is None:
                lock = threading.RLock()
                self._locks[user_key] = lock
            return lock


__all__ = ["PersonLocks"]
