"""What each key-point role is worth in a score (the roles come from the guide's labels).

What an answer must say (the definition, the steps, the core idea) weighs most; best
practices, examples and trade-offs support it; a pitfall earns credit when the answer shows
awareness of it and is never read as an error the candidate made. Follow-up points are not
key points at all. The parts of a sample story (Context, Action, Outcome) are judged on the
story's shape, never on the model story's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.types import Role

CORE_WEIGHT = 3.0  # a core point weighs this many supporting points or pitfalls...
CORE_SHARE_AT_LEAST = 0.5  # ... and the core points together share at least half the score
CORE_SHARE_AT_MOST = 0.7  # ... and at most this, when there are other points too


def shares(roles: Sequence[Role], weights: Sequence[float]) -> list[float]:
    """Each point's part of the score.

    A core point weighs CORE_WEIGHT times a supporting point or a pitfall, times the author's
    weight; the core points' part is then kept between CORE_SHARE_AT_LEAST and
    CORE_SHARE_AT_MOST, so many supporting points never outweigh what must be said. A group
    that is absent leaves its part to the other, so the shares always sum to 1. (An answer that
    says the core well may be scored with the core carrying more: see ``scorer``.)
    """
    core = [role is Role.CORE for role in roles]
    raw = [
        weight * (CORE_WEIGHT if is_core else 1.0)
        for weight, is_core in zip(weights, core, strict=True)
    ]
    total = sum(raw, 0.0)
    core_total = sum((value for value, is_core in zip(raw, core, strict=True) if is_core), 0.0)
    other_total = total - core_total
    if not core_total or not other_total:
        return [value / total if total else 0.0 for value in raw]
    core_part = min(CORE_SHARE_AT_MOST, max(CORE_SHARE_AT_LEAST, core_total / total))
    return [
        (core_part * value / core_total) if is_core else (1.0 - core_part) * value / other_total
        for value, is_core in zip(raw, core, strict=True)
    ]
