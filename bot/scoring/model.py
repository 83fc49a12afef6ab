"""What a scorer returns, and the seam every scorer fits (DESIGN.md, "The scorer")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from bot.questions import KeyPoint
from bot.types import Kind, Role, Status

MAX_ANSWER_CHARS = 8_000  # the engine and `grade` read this much of an answer, no more
COVERED_AT = 0.75  # a point scoring this much is covered
PARTLY_AT = 0.3  # and this much, partly covered
# What a wrong claim costs beyond its point's share: an interviewer who hears one doubts the
# rest of the answer, so a contradicted supporting point costs more than the little it is worth.
WRONG_CLAIM_COST = 0.3
# The statuses, as read for every point of every score: an enum member read off its class
# goes through the enum's metaclass, several times slower than a name of the module.
_COVERED, _PARTLY, _MISSED = Status.COVERED, Status.PARTLY, Status.MISSED
_CONTRADICTED = Status.CONTRADICTED


@dataclass(frozen=True, slots=True)
class PointScore:
    text: str
    score: float  # 0..1 graded partial credit; 0 when contradicted
    status: Status
    matched: tuple[str, ...] = ()  # the answer's words that hit this point, as typed
    role: Role = Role.CORE
    share: float = 0.0  # the part of the headline this point is worth
    note: str = ""  # why it is contradicted, or how a story point was judged

    @property
    def covered(self) -> bool:
        return self.status is Status.COVERED

    @property
    def earned(self) -> float:
        """Its part of the headline in proportion to its share: a contradicted point takes
        its share away."""
        if self.status is _CONTRADICTED:
            return -self.share
        return self.share * self.score

    @property
    def contribution(self) -> float:
        """Its signed part of the headline: what it ``earned``, and a contradicted point
        WRONG_CLAIM_COST more."""
        earned = self.earned
        return earned - WRONG_CLAIM_COST if self.status is _CONTRADICTED else earned


@dataclass(frozen=True, slots=True)
class Score:
    """``value`` is the sum of the points' contributions, so the headline and points agree."""

    value: float  # 0..1 overall
    points: tuple[PointScore, ...]
    notes: tuple[str, ...] = ()  # answer-wide remarks: a keyword list, a jumble of terms

    @property
    def covered(self) -> tuple[PointScore, ...]:
        return tuple(point for point in self.points if point.covered)

    @property
    def missed(self) -> tuple[PointScore, ...]:
        return tuple(point for point in self.points if point.status is Status.MISSED)


class Scorer(Protocol):
    """Scores one answer against a question's key points. Pure, deterministic, offline."""

    def score(
        self,
        *,
        question: str,
        key_points: Sequence[KeyPoint | str],
        answer: str,
        kind: Kind = Kind.TECHNICAL,
        glossary: Mapping[str, str] | None = None,
    ) -> Score: ...

    def score_point(
        self,
        *,
        question: str,
        key_points: Sequence[KeyPoint | str],
        index: int,
        answer: str,
        kind: Kind = Kind.TECHNICAL,
        glossary: Mapping[str, str] | None = None,
    ) -> PointScore:
        """``score(...).points[index]``; a scorer may find it without scoring the others."""
        ...


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How much of a point an answer must say for it to be covered, or partly covered."""

    covered: float = COVERED_AT
    partly: float = PARTLY_AT


def status_of(score: float, thresholds: Thresholds = Thresholds()) -> Status:
    if score >= thresholds.covered:
        return _COVERED
    return _PARTLY if score >= thresholds.partly else _MISSED


def judged(score: Score, thresholds: Thresholds) -> Score:
    """The score with its points labelled by ``thresholds``; the numbers stay as they are
    (a contradicted point stays contradicted)."""
    points = tuple(
        point
        if point.status is Status.CONTRADICTED
        else replace(point, status=status_of(point.score, thresholds))
        for point in score.points
    )
    return replace(score, points=points)
