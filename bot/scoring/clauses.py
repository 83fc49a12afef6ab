"""Where an answer's clauses begin and end.

``Reading.clause_starts`` holds the index of each clause's first word, in order. The claim
checks, the advice checks and the focus check all ask which clause holds a word; this module
answers for all of them, and imports nothing of the scorer's, so any of them may use it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence


def start_of(starts: Sequence[int], index: int) -> int:
    """The index of the first word of the clause holding the word at ``index``."""
    following = bisect.bisect_right(starts, index)
    return starts[following - 1] if following else 0


def start_before(starts: Sequence[int], index: int) -> int:
    """The index of the first word of the clause before the one holding the word at
    ``index``; of that clause's own first word when it is the answer's first."""
    following = bisect.bisect_right(starts, index)
    return starts[following - 2] if following >= 2 else start_of(starts, index)


def bounds(starts: Sequence[int], index: int, length: int) -> tuple[int, int]:
    """The clause holding the word at ``index``: the index of its first word and the index
    past its last one, in an answer of ``length`` words."""
    following = bisect.bisect_right(starts, index)
    first = starts[following - 1] if following else 0
    return first, starts[following] if following < len(starts) else length
