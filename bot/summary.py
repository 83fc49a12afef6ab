"""The end-of-interview summary: scores, strongest and weakest areas, what to review."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.feedback import KIND_TITLES, percent, phrases
from bot.interview import Session, Turn
from bot.questions import Question, QuestionBank
from bot.records import AnswerRecord
from bot.types import Role

REVIEW_BELOW = 0.6
REVISIT_CHARS = 400  # of the points to revisit, on one line
MUST_SAY = (Role.CORE, Role.STORY)


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


def _missed_core(record: AnswerRecord) -> list[str]:
    """The core points (and story parts) the answer did not fully make."""
    return [point.text for point in record.points if point.role in MUST_SAY and not point.covered]


def needs_review(record: AnswerRecord) -> bool:
    """Below the review threshold, or short of a point the answer must make."""
    return record.score < REVIEW_BELOW or bool(_missed_core(record))


def _review_line(question: Question, turn: Turn, record: AnswerRecord | None) -> str | None:
    """What to revisit about one question of the interview, or None when it went well."""
    if turn.score is None:
        return f"• _{question.prompt}_ — skipped; read the model answer again."
    if record is None and turn.score < REVIEW_BELOW:
        return f"• _{question.prompt}_ ({percent(turn.score)}) — read the model answer again."
    if record is None or not needs_review(record):
        return None
    others = [p.text for p in record.points if not p.covered and p.role is not Role.PITFALL]
    missed = list(dict.fromkeys([*_missed_core(record), *others]))[:2]
    revisit = phrases(missed, REVISIT_CHARS) or "read the model answer again"
    return f"• _{question.prompt}_ ({percent(record.score)}) — revisit: {revisit}"


def _review_lines(
    session: Session, answers: Sequence[AnswerRecord], bank: QuestionBank
) -> Iterable[str]:
    """Every question that was skipped, scored below the threshold or missed a core point."""
    by_question = {record.question_id: record for record in answers}
    for turn in session.turns:
        question = bank.get(turn.question_id)
        if question is not None:
            line = _review_line(question, turn, by_question.get(turn.question_id))
            yield from [line] if line else []


def summary_text(
    session: Session,
    answers: Sequence[AnswerRecord],
    bank: QuestionBank,
    *,
    skips_known: bool = True,
) -> str:
    """The end-of-interview summary; ``skips_known`` False for one rebuilt from its kept
    answers, which cannot say how many were skipped."""
    scored = [turn.score for turn in session.turns if turn.score is not None]
    average = percent(sum(scored) / len(scored)) if scored else "n/a"
    skipped = f", {len(session.turns) - len(scored)} skipped" if skips_known else ""
    parts = [
        f"**Interview finished.** {len(scored)} answered{skipped}, average {average}.",
        "\n".join(_score_lines(session, bank)) or "No questions were answered.",
    ]
    latest = {record.question_id: record for record in answers}  # a retry replaces the answer
    ranked = areas(list(latest.values()), bank)
    if ranked and percent(ranked[0].score) != percent(ranked[-1].score):  # a tie shown: none
        best, worst = ranked[0], ranked[-1]
        parts.append(
            f"**Strongest:** {best.name} ({percent(best.score)}) · "
            f"**Weakest:** {worst.name} ({percent(worst.score)})"
        )
    review = list(_review_lines(session, answers, bank))
    parts.append("**To review**\n" + "\n".join(review) if review else _no_review(scored))
    parts.append("Type `start` for another interview.")
    return "\n\n".join(parts)


def _no_review(scored: Sequence[float]) -> str:
    """Only an interview with answers, every one of them strong, is well done."""
    if not scored:
        return "**Nothing answered yet**, so nothing to review. Type `start` and give it a go."
    return "**Nothing to review.** Every answer made its core points. Well done."
