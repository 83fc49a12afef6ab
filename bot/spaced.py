"""Spaced repetition for daily questions, on FSRS: scores become ratings, ratings a due date.

Cards are not stored: they are replayed from the person's answers, so the schedule follows
every answer ever given (in interviews too) and needs no table of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from fsrs import Card, Rating, Scheduler

from bot.questions import Question, tiebreak
from bot.records import AnswerRecord

SCHEDULER = Scheduler(enable_fuzzing=False)
RATING_FLOORS = ((0.85, Rating.Easy), (0.6, Rating.Good), (0.35, Rating.Hard))


def rating_for(score: float) -> Rating:
    """A score of 0..1 as an FSRS rating: weak answers are `Again`, strong ones `Easy`."""
    for floor, rating in RATING_FLOORS:
        if score >= floor:
            return rating
    return Rating.Again


def cards(answers: Iterable[AnswerRecord]) -> dict[str, Card]:
    """Replay answers (oldest first) into one FSRS card per question."""
    deck: dict[str, Card] = {}
    for number, record in enumerate(answers):
        card = deck.get(record.question_id) or Card(card_id=number + 1, due=record.created_at)
        deck[record.question_id], _ = SCHEDULER.review_card(
            card, rating_for(record.score), record.created_at
        )
    return deck


def pick_daily(
    candidates: Sequence[Question], answers: Sequence[AnswerRecord], *, salt: str
) -> Question | None:
    """Unseen questions first; then the answered one whose review is most overdue."""
    if not candidates:
        return None
    deck = cards(answers)
    unseen = [question for question in candidates if question.id not in deck]
    if unseen:
        return min(unseen, key=lambda question: tiebreak(salt, question.id))
    return min(
        candidates, key=lambda question: (deck[question.id].due, tiebreak(salt, question.id))
    )
