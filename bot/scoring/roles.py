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

CORE_SHARE = 0.7  # the part of the score the core points share when there are others too


def shares(roles: Sequence[Role], weights: Sequence[float]) -> list[float]:
    """Each point's part of the score: core points share CORE_SHARE, the rest the remainder.

    Within a group, parts follow the author's weights. A group that is absent leaves its
    part to the other, so the shares always sum to 1.
    """
    core = [role is Role.CORE for role in roles]
    core_total = sum(w for w, is_core in zip(weights, core, strict=True) if is_core)
    other_total = sum(w for w, is_core in zip(weights, core, strict=True) if not is_core)
    core_part = CORE_SHARE if core_total and other_total else (1.0 if core_total else 0.0)
    result = []
    for weight, is_core in zip(weights, core, strict=True):
        total, part = (core_total, core_part) if is_core else (other_total, 1.0 - core_part)
        result.append(part * weight / total if total else 0.0)
    return result
