"""Marking one answer: the guide's scorer, and the record that is stored for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.questions import Guide, Question
from bot.scoring import Scorer
from bot.store import AnswerRecord, PointResult


@dataclass
class Marker:
    _scorers: dict[str, Scorer] = field(default_factory=dict, init=False)

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
        score = self._scorer(guide).score(
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

    def _scorer(self, guide: Guide) -> Scorer:
        """One scorer per guide, with the guide's glossary; its caches are kept warm."""
        key = f"{guide.path}:{guide.slug}"
        if key not in self._scorers:
            self._scorers[key] = Scorer(glossary=guide.glossary)
        return self._scorers[key]
