"""`stats`: how a person is doing, from every answer they gave."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from bot.feedback import KIND_TITLES, counted, percent
from bot.questions import Question, QuestionBank
from bot.records import AnswerRecord, scored, summarize
from bot.streaks import Streak
from bot.types import Role, Status

TREND_STEPS = 4
MISSED_SHOWN = 3


def averages(
    answers: Iterable[AnswerRecord], bank: QuestionBank, group: Callable[[Question], str]
) -> dict[str, float]:
    totals: dict[str, list[float]] = defaultdict(list)
    for record in answers:
        question = bank.get(record.question_id)
        if question is not None:
            totals[group(question)].append(record.score)
    return {name: sum(scores) / len(scores) for name, scores in sorted(totals.items())}


def trend(answers: Sequence[AnswerRecord], steps: int = TREND_STEPS) -> list[float]:
    """Average score of each of up to ``steps`` equal stretches of answers, oldest first."""
    size = max(1, -(-len(answers) // steps))
    chunks = [answers[start : start + size] for start in range(0, len(answers), size)]
    return [sum(record.score for record in chunk) / len(chunk) for chunk in chunks]


def most_missed(answers: Iterable[AnswerRecord], count: int = MISSED_SHOWN) -> list[str]:
    """The points that matter most (core ones, and a story's parts) missed or contradicted
    most often; partly covered points and pitfalls are left out."""
    missed = Counter(
        point.text
        for record in answers
        for point in record.points
        if point.status in (Status.MISSED, Status.CONTRADICTED)
        and point.role in (Role.CORE, Role.STORY)
    )
    return [text for text, _ in missed.most_common(count)]


def practise_next(answers: Sequence[AnswerRecord], bank: QuestionBank) -> Question | None:
    """The question answered worst last time; with none below 60%, an unseen question
    from the guides the person practises (any guide once those are done)."""
    history = summarize(scored(answers))
    weakest = min(history.items(), key=lambda item: item[1].last_score, default=None)
    if weakest is not None and weakest[1].last_score < 0.6:
        return bank.get(weakest[0])
    unseen = [question for question in bank if question.id not in history]
    practised = {question.guide for question in map(bank.get, history) if question}
    familiar = [question for question in unseen if question.guide in practised]
    return next(iter(familiar or unseen), None)


def _table(title: str, values: dict[str, float]) -> str:
    return f"**{title}:** " + " · ".join(
        f"{name} {percent(score)}" for name, score in values.items()
    )


def stats_text(answers: Sequence[AnswerRecord], bank: QuestionBank, streak: Streak | None) -> str:
    if not answers:
        return "No answers yet. Type `start` for an interview; your progress shows up here."
    overall = sum(record.score for record in answers) / len(answers)
    guides = averages(answers, bank, lambda question: bank.guide(question.guide).title)
    kinds = averages(answers, bank, lambda question: KIND_TITLES[question.kind.value])
    lines = [
        f"**Your progress** · {counted(len(answers), 'answer')} · average {percent(overall)}",
        _table("By guide", guides),
        _table("By kind", kinds),
        "**Trend:** " + " → ".join(percent(score) for score in trend(answers)),
    ]
    if streak is not None:
        lines.append(f"**Daily streak:** {streak.describe()}")
    missed = most_missed(answers)
    if missed:
        lines.append("**Missed most often:**\n" + "\n".join(f"• {text}" for text in missed))
    following = practise_next(answers, bank)
    if following is not None:
        lines.append(f"**Practise next:** {following.prompt}")
    return "\n".join(lines)
