"""One person's turns one at a time across every process sharing a PostgreSQL database.

``bot.turns`` orders the turns of one process. Behind a load balancer several processes serve
one workspace, and a double click, or an answer sent with ``next`` right behind it, can reach
two of them: each would read the same session and the later write would undo the earlier.
So on PostgreSQL a turn holds a transaction-level advisory lock named after the person, from
before it reads the session until it has committed; the transaction ends with the turn, so
the lock can never outlive it. A turn that waits longer than TURN_WAIT gives up with the
usual "trouble saving" reply instead of hanging. SQLite serves one machine, in practice one
process, and needs nothing more than ``bot.turns``.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, func, select, text

TURN_WAIT = "10s"  # PostgreSQL's lock_timeout while waiting for another process's turn
KEY_PERSON = b"mockinterview"  # keeps these keys apart from other advisory locks' hashes


def lock_key(user_key: str) -> int:
    """The advisory lock's key for ``user_key``: a signed 64-bit number, the same in every
    process (unlike ``hash()``, which each process salts)."""
    digest = hashlib.blake2b(user_key.encode(), digest_size=8, person=KEY_PERSON).digest()
    return int.from_bytes(digest, "big", signed=True)


def hold_turn(connection: Connection, user_key: str) -> None:
    """Wait for ``user_key``'s turn in every process, and hold it until ``connection``'s
    transaction ends."""
    connection.execute(text(f"SET LOCAL lock_timeout = '{TURN_WAIT}'"))
    connection.execute(select(func.pg_advisory_xact_lock(lock_key(user_key))))
