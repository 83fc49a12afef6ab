"""Marking one answer: the scorer given to the engine, and the record stored for it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.phrasings import score_with_phrasings
from bot.questions import Guide, Question
from bot.records import AnswerRecord
from bot.scoring import Scorer
from bot.scoring.model import judged
from bot.strictness import Strictness


@dataclass(frozen=True, slots=True)
class Marker:
    scorer: Scorer

    def mark(
        self,
        *,
        user_key: str,
        session_id: str,
        question: Question,
        guide: Guide,
        text: str,
        now: datetime,
        strictness: Strictness = Strictness.STANDARD,
        phrasings: Mapping[int, Sequence[str]] | None = None,  # accepted wordings, by point
    ) -> AnswerRecord:
        """The answer scored, its points labelled covered or not as ``strictness`` says."""
        score = score_with_phrasings(
            self.scorer, question=question, guide=guide, answer=text, phrasings=phrasings
        )
        score = judged(score, strictness.thresholds)
        return AnswerRecord(
            user_key=user_key,
            session_id=session_id,
            question_id=question.id,
            answer_text=text,
            score=score.value,
            points=score.points,
            created_at=now,
            notes=score.notes,
            strictness=strictness,
        )
