"""One person's turns one at a time; other people's never wait for them (across processes too:
``test_turns_across_processes``)."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import weakref

from bot.db.turns import lock_key
from bot.turns import PersonLocks


def test_each_person_has_a_lock_of_their_own_while_a_turn_holds_it() -> None:
    locks = PersonLocks()
    ada = locks.of("slack:T1:UA")
    with ada:
        assert locks.of("slack:T1:UA") is ada
        other = locks.of("slack:T1:UB")
        assert other is not ada
        assert free_in_another_thread(other), "another person's turn does not wait"
        assert not free_in_another_thread(ada), "the same person's second turn waits"


def free_in_another_thread(lock: threading.RLock) -> bool:
    """Whether another thread (another turn) takes ``lock`` at once; it lets go if it does."""
    taken: list[bool] = []

    def take() -> None:
        if lock.acquire(blocking=False):
            lock.release()
            taken.append(True)

    thread = threading.Thread(target=take)
    thread.start()
    thread.join()
    return bool(taken)


def test_a_lock_no_turn_holds_is_not_kept() -> None:
    locks = PersonLocks()
    held = weakref.ref(locks.of("discord:42"))
    gc.collect()
    assert held() is None, "memory follows the turns running, not everyone who ever wrote"


def test_a_persons_database_lock_is_named_alike_in_every_process() -> None:
    here = lock_key("slack:T1:UA")
    script = "from bot.db.turns import lock_key; print(lock_key('slack:T1:UA'))"
    there = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert int(there) == here
    assert -(2**63) <= here < 2**63, "PostgreSQL's advisory locks take a signed 64-bit key"
    assert lock_key("slack:T1:UB") != here
