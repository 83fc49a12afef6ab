"""Which question a person gets next in an interview: unseen first, then the weakest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from bot.questions import Question, tiebreak
from bot.records import QuestionHistory


def pick_next(
    candidates: Sequence[Question],
    *,
    history: Mapping[str, QuestionHistory],
    exclude: frozenset[str] = frozenset(),
    salt: str = "",
) -> Question | None:
    """The question a person most needs next, never one in ``exclude``.

    Unseen questions come first; then those answered before, weakest last score first.
    Ties are broken by a hash of ``salt`` (the session id), so different sessions vary
    while one session stays reproducible.
    """
    pool = [question for question in candidates if question.id not in exclude]
    if not pool:
        return None

    def priority(question: Question) -> tuple[int, float, str]:
        seen = history.get(question.id)
        order = tiebreak(salt, question.id)
        return (0, 0.0, order) if seen is None else (1, seen.last_score, order)

    return min(pool, key=priority)


def pick_mixed(
    candidates: Sequence[Question],
    *,
    history: Mapping[str, QuestionHistory],
    asked: Sequence[Question],
    salt: str = "",
) -> Question | None:
    """Like ``pick_next``, from the kind asked least so far: kinds take turns."""
    exclude = frozenset(question.id for question in asked)
    pool = [question for question in candidates if question.id not in exclude]
    if not pool:
        return None
    counts = Counter(question.kind for question in asked)
    fewest = min(counts[question.kind] for question in pool)
    turn = [question for question in pool if counts[question.kind] == fewest]
    return pick_next(turn, history=history, salt=salt)
