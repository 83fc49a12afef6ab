"""Scoring answers: the ``Scorer`` seam, its default implementation and what it returns.

The engine and ``mockinterview grade`` receive a :class:`Scorer`; :class:`KeyPointScorer`
is the default one (lexical, explainable, offline). See DESIGN.md, "The scorer".
"""

from __future__ import annotations

from bot.scoring.model import MAX_ANSWER_CHARS, PointScore, Score, Scorer
from bot.scoring.reference import split_reference
from bot.scoring.scorer import KeyPointScorer
from bot.types import Status

__all__ = [
    "MAX_ANSWER_CHARS",
    "KeyPointScorer",
    "PointScore",
    "Score",
    "Scorer",
    "Status",
    "split_reference",
]
