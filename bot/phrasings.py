"""A key point credited by the best of its wordings: its own text, or a phrasing a server's
admins accepted for it (see ``bot.reviews``).

The scorer sees the question once as written, then scores the one point once more for each
accepted phrasing, with that point's text replaced by the phrasing. A point keeps its own
share of the score and the better of its results; a point the answer contradicts stays
contradicted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.questions import Guide, KeyPoint, Question
from bot.scoring.model import PointScore, Score, Scorer
from bot.types import Status

MAX_WORDINGS = 10  # the newest phrasings of a point that count


def score_with_phrasings(
    scorer: Scorer,
    *,
    question: Question,
    guide: Guide,
    answer: str,
    phrasings: Mapping[int, Sequence[str]] | None,
) -> Score:
    """``answer`` scored against ``question``; ``phrasings`` are extra wordings of its key
    points, by point number (1-based)."""
    base = _scored(scorer, question, guide, answer, question.key_points)
    points = list(base.points)
    if len(points) != len(question.key_points):
        return base  # a scorer that reports the points otherwise: nothing to match up
    for number, texts in (phrasings or {}).items():
        index = number - 1
        if not 0 <= index < len(points) or points[index].status is Status.CONTRADICTED:
            continue
        for text in texts[-MAX_WORDINGS:]:
            points[index] = _better(
                points[index], _as(scorer, question, guide, answer, index, text)
            )
    if points == list(base.points):
        return base
    value = max(0.0, min(1.0, sum(point.contribution for point in points)))
    return Score(value=value, points=tuple(points), notes=base.notes)


def _as(
    scorer: Scorer, question: Question, guide: Guide, answer: str, index: int, text: str
) -> PointScore:
    """The point at ``index`` scored as if the guide said it in ``text`` (the other points
    as written, as they shape its score)."""
    key_points = list(question.key_points)
    key_points[index] = replace(key_points[index], text=text)
    return scorer.score_point(
        question=question.prompt,
        key_points=key_points,
        index=index,
        answer=answer,
        kind=question.kind,
        glossary=guide.glossary,
    )


def _better(point: PointScore, reworded: PointScore) -> PointScore:
    if reworded.score <= point.score or reworded.status is Status.CONTRADICTED:
        return point
    return replace(reworded, text=point.text, share=point.share, role=point.role)


def _scored(
    scorer: Scorer, question: Question, guide: Guide, answer: str, key_points: Sequence[KeyPoint]
) -> Score:
    return scorer.score(
        question=question.prompt,
        key_points=key_points,
        answer=answer,
        kind=question.kind,
        glossary=guide.glossary,
    )
