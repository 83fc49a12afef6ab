"""Neutral Markdown for questions, hints, feedback and summaries."""

from __future__ import annotations

from collections.abc import Sequence

from bot.interview import Session
from bot.questions import Guide, Question
from bot.store import PointResult

KIND_TITLES = {
    "technical": "Technical",
    "behavioral": "Behavioral",
    "situational": "Situational",
    "problem-solving": "Problem-Solving",
}


def percent(score: float) -> str:
    return f"{round(score * 100)}%"


def question_text(question: Question, *, session: Session, guide: Guide) -> str:
    kind = KIND_TITLES[question.kind.value]
    header = (
        f"**Question {session.number} of {session.length}** · {kind} · "
        f"{question.difficulty.value.title()} · {guide.title}"
    )
    usage = "_Answer in your own words. Or: `hint`, `skip`, `repeat`, `end`._"
    return f"{header}\n\n{question.prompt}\n\n{usage}"


def hint_text(question: Question, number: int) -> str:
    """Hint 1 names the areas to cover; each later hint opens one more key point."""
    if number == 1:
        labels = list(dict.fromkeys(p.label.lower() for p in question.key_points if p.label))
        areas = ", ".join(labels) if labels else "the main idea, an example and a pitfall"
        return f"**Hint 1:** a strong answer covers {areas} ({len(question.key_points)} points)."
    index = number - 2
    if index >= len(question.key_points):
        return "**No more hints.** Give it your best shot, or `skip` to see the model answer."
    words = question.key_points[index].text.split()
    opening = " ".join(words[:5]) + (" …" if len(words) > 5 else "")
    return f"**Hint {number}:** one point starts with: _{opening}_"


def point_line(point: PointResult) -> str:
    mark = "✅" if point.covered else "❌"
    line = f"{mark} {point.text} ({percent(point.score)})"
    if point.matched:
        line += " · matched: " + ", ".join(f"`{word}`" for word in point.matched[:6])
    return line


def feedback_text(
    question: Question, *, score: float, points: Sequence[PointResult], follow_up: str | None
) -> str:
    covered = sum(1 for point in points if point.covered)
    parts = [
        f"**Score: {percent(score)}** · {covered} of {len(points)} key points covered",
        "\n".join(point_line(point) for point in points),
        f"**Model answer**\n{question.model_answer}",
    ]
    if follow_up:
        parts.append(f"**Follow-up:** {follow_up}")
    return "\n\n".join(parts)


def skipped_text(question: Question) -> str:
    return f"**Skipped.** Here is the model answer:\n\n{question.model_answer}"


def pick_follow_up(question: Question, salt: int) -> str | None:
    if not question.follow_ups:
        return None
    return question.follow_ups[salt % len(question.follow_ups)]
