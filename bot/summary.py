"""The end-of-interview summary: scores, strongest and weakest areas, what to review."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.feedback import KIND_TITLES, percent
from bot.interview import Session
from bot.questions import Question, QuestionBank
from bot.store import AnswerRecord
from bot.types import Role

REVIEW_BELOW = 0.6


@dataclass(frozen=True, slots=True)
class Area:
    name: str
    score: float


def areas(answers: Sequence[AnswerRecord], bank: QuestionBank) -> list[Area]:
    """Average score per question kind and per key-point label, best first."""
    totals: dict[str, list[float]] = defaultdict(list)
    for record in answers:
        question = bank.get(record.question_id)
        if question is None:
            continue
        totals[KIND_TITLES[question.kind.value] + " questions"].append(record.score)
        labels = {point.text: point.label for point in question.key_points}
        for result in record.points:
            if result.role is Role.CORE and labels.get(result.text):
                totals[labels[result.text]].append(result.score)
    averaged = [Area(name, sum(scores) / len(scores)) for name, scores in totals.items()]
    return sorted(averaged, key=lambda area: (-area.score, area.name))


def _score_lines(session: Session, bank: QuestionBank) -> Iterable[str]:
    for position, turn in enumerate(session.turns, start=1):
        question = bank.get(turn.question_id)
        prompt = question.prompt if question else turn.question_id
        shown = "skipped" if turn.score is None else percent(turn.score)
        late = " (late)" if turn.late else ""
        yield f"{position}. **{shown}**{late} · {prompt}"


def _review_lines(answers: Sequence[AnswerRecord], bank: QuestionBank) -> Iterable[str]:
    for record in answers:
        question = bank.get(record.question_id)
        if question is None or record.score >= REVIEW_BELOW:
            continue
        missed = [p.text for p in record.points if not p.covered and p.role is not Role.PITFALL][:2]
        yield f"• _{question.prompt}_ — revisit: " + "; ".join(missed)


def _skipped_review(session: Session, bank: QuestionBank) -> Iterable[str]:
    for turn in session.turns:
        question: Question | None = bank.get(turn.question_id)
        if turn.score is None and question is not None:
            yield f"• _{question.prompt}_ — skipped; read the model answer again."


def summary_text(session: Session, answers: Sequence[AnswerRecord], bank: QuestionBank) -> str:
    scored = [turn.score for turn in session.turns if turn.score is not None]
    average = percent(sum(scored) / len(scored)) if scored else "n/a"
    skipped = len(session.turns) - len(scored)
    parts = [
        f"**Interview finished.** {len(scored)} answered, {skipped} skipped, average {average}.",
        "\n".join(_score_lines(session, bank)) or "No questions were answered.",
    ]
    ranked = areas(answers, bank)
    if len(ranked) >= 2:
        best, worst = ranked[0], ranked[-1]
        parts.append(
            f"**Strongest:** {best.name} ({percent(best.score)}) · "
            f"**Weakest:** {worst.name} ({percent(worst.score)})"
        )
    review = [*_review_lines(answers, bank), *_skipped_review(session, bank)]
    parts.append(
        "**To review**\n" + "\n".join(review) if review else "**Nothing to review.** Well done."
    )
    parts.append("Type `start` for another interview.")
    return "\n\n".join(parts)
