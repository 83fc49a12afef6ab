"""Marking one answer: the guide's scorer, and the record that is stored for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.questions import Question, QuestionBank
from bot.scoring import Scorer
from bot.store import AnswerRecord, PointResult


@dataclass
class Marker:
    bank: QuestionBank
    _scorers: dict[str, Scorer] = field(default_factory=dict, init=False)

    def mark(
        self, *, user_key: str, session_id: str, question: Question, text: str, now: datetime
    ) -> AnswerRecord:
        score = self._scorer(question.guide).score(
            question=question.prompt, key_points=question.key_points, answer=text
        )
        points = tuple(
            PointResult(point.text, point.score, point.covered, point.matched)
            for point in score.points
        )
        return AnswerRecord(
            user_key=user_key,
            session_id=session_id,
            question_id=question.id,
            answer_text=text,
            score=score.value,
            points=points,
            created_at=now,
        )

    def _scorer(self, guide: str) -> Scorer:
        """One scorer per guide, with the guide's glossary; its caches are kept warm."""
        if guide not in self._scorers:
            self._scorers[guide] = Scorer(glossary=self.bank.guide(guide).glossary)
        return self._scorers[guide]
