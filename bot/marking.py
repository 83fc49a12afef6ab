"""Marking one answer: the scorer given to the engine, and the record stored for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.questions import Guide, Question
from bot.records import AnswerRecord
from bot.scoring import Scorer


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
    ) -> AnswerRecord:
        score = self.scorer.score(
            question=question.prompt,
            key_points=question.key_points,
            answer=text,
            kind=question.kind,
            glossary=guide.glossary,
        )
        return AnswerRecord(
            user_key=user_key,
            session_id=session_id,
            question_id=question.id,
            answer_text=text,
            score=score.value,
            points=score.points,
            created_at=now,
            notes=score.notes,
        )
