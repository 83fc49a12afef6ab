"""What is kept about people and their answers: plain records, no storage code."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.scoring.model import PointScore
from bot.strictness import Strictness


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One scored answer, kept with its per-point result."""

    user_key: str
    session_id: str
    question_id: str
    answer_text: str
    score: float
    points: tuple[PointScore, ...]
    created_at: datetime
    notes: tuple[str, ...] = ()  # answer-wide remarks shown with the feedback, not stored
    scope: str | None = None  # the server or workspace it was given in
    strictness: Strictness = Strictness.STANDARD  # what it was marked under


@dataclass(frozen=True, slots=True)
class QuestionHistory:
    """How a person did on one question so far."""

    attempts: int
    last_score: float
    last_at: datetime


@dataclass(frozen=True, slots=True)
class Profile:
    user_key: str
    name: str = ""
    timezone: str | None = None
    strictness: Strictness | None = None  # the person's own choice; None: the server's
    # the question an interview that ended showed last, answered or skipped: what `flag` means
    last_question: str | None = None


@dataclass(frozen=True, slots=True)
class StoredGuide:
    """A server's uploaded guide: its text and, parsed once at upload, its record
    (see ``bot.guide_record``; ``None`` for guides stored before records were kept)."""

    slug: str
    text: str
    record: Mapping[str, Any] | None = None


def summarize(answers: Iterable[tuple[str, float, datetime]]) -> dict[str, QuestionHistory]:
    """Fold (question id, score, when) of answers, oldest first, into per-question history."""
    history: dict[str, QuestionHistory] = {}
    for question_id, score, created_at in answers:
        previous = history.get(question_id)
        attempts = previous.attempts + 1 if previous else 1
        history[question_id] = QuestionHistory(attempts, score, created_at)
    return history


def scored(answers: Iterable[AnswerRecord]) -> Iterator[tuple[str, float, datetime]]:
    return ((record.question_id, record.score, record.created_at) for record in answers)
