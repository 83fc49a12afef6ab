"""Scoring answers: the ``Scorer`` seam, its default implementation and what it returns.

The engine and ``mockinterview grade`` receive a :class:`Scorer`; :class:`KeyPointScorer`
is the default one (lexical, explainable, offline). See DESIGN.md, "The scorer". The scorer
itself is imported on first use, so reading a score's types costs nothing at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from bot.scoring.model import MAX_ANSWER_CHARS, PointScore, Score, Scorer
from bot.types import Status

if TYPE_CHECKING:
    from bot.scoring.reference import split_reference
    from bot.scoring.scorer import KeyPointScorer

_LAZY = {"KeyPointScorer": "bot.scoring.scorer", "split_reference": "bot.scoring.reference"}

__all__ = [
    "MAX_ANSWER_CHARS",
    "KeyPointScorer",
    "PointScore",
    "Score",
    "Scorer",
    "Status",
    "compiled",
    "split_reference",
]


def compiled() -> bool:
    """Whether the scorer runs compiled by mypyc (``setup.py``), not from its source."""
    from bot.scoring import scorer

    return not str(scorer.__file__).endswith(".py")


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_LAZY[name]), name)
