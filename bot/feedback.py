"""Neutral Markdown for questions, hints, feedback and summaries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.interview import Session
from bot.questions import Guide, Question
from bot.types import Role, Status

if TYPE_CHECKING:  # feedback reads scores; it never scores, so it does not load the scorer
    from bot.scoring import PointScore

KIND_TITLES = {
    "technical": "Technical",
    "behavioral": "Behavioral",
    "situational": "Situational",
    "problem-solving": "Problem-Solving",
}


def percent(score: float) -> str:
    return f"{round(score * 100)}%"


def plural(number: int, noun: str) -> str:
    """The noun for ``number`` of it: "answer" for 1, "answers" otherwise (regular nouns)."""
    return noun if number == 1 else f"{noun}s"


def counted(number: int, noun: str) -> str:
    """ "1 answer", "3 answers", "0 days"."""
    return f"{number} {plural(number, noun)}"


def phrases(texts: Sequence[str], limit: int) -> str:
    """Key points as one line: joined by semicolons without their own full stops, and cut at
    a word before ``limit`` characters, with "…" when cut."""
    joined = "; ".join(text.rstrip(" .;") for text in texts)
    if len(joined) <= limit:
        return joined
    return joined[:limit].rsplit(" ", 1)[0].rstrip(" .;,") + " …"


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


MARKS = {
    Status.COVERED: "✅",
    Status.PARTLY: "🟡",
    Status.MISSED: "❌",
    Status.CONTRADICTED: "⚠️",
}
SELF_CORRECTED = "self-corrected"  # a point the person says they made: shown, not scored
GROUP_TITLES = {True: "What the answer must say", False: "Supporting points and pitfalls"}


def point_line(point: PointScore, number: int | None = None) -> str:
    """One key point: its mark, its text, its score, and why (the words, or the claim).
    A point not covered shows its ``number``, which `dispute` takes."""
    text = point.text
    if point.role is Role.PITFALL:
        text = f"Pitfall to show you know: {text}"
    if number is not None and not point.covered:
        text = f"{number}. {text}"
    if point.status is Status.CONTRADICTED:
        return f"{MARKS[point.status]} {text} (−{percent(-point.contribution)}) · {point.note}"
    line = f"{MARKS[point.status]} {text} ({percent(point.score)})"
    if point.matched:
        line += " · matched: " + ", ".join(f"`{word}`" for word in point.matched[:6])
    if point.note == SELF_CORRECTED:
        line += f" · {SELF_CORRECTED}"
    return line


def headline(score: float, points: Sequence[PointScore]) -> str:
    """The score and the count of points behind it, which tell the same story."""
    counts = Counter(point.status for point in points)
    said = [f"{counts[Status.COVERED]} of {len(points)} key points covered"]
    said += [f"{counts[status]} {status.value}" for status in LESSER if counts[status]]
    return f"**Score: {percent(score)}** · " + ", ".join(said)


LESSER = (Status.PARTLY, Status.CONTRADICTED)


def points_text(points: Sequence[PointScore]) -> str:
    """The points grouped by what they are worth, each group with its part of the score."""
    numbered = list(enumerate(points, start=1))
    groups: dict[bool, list[tuple[int, PointScore]]] = {True: [], False: []}
    for number, point in numbered:
        groups[point.role in (Role.CORE, Role.STORY)].append((number, point))
    if not groups[False]:
        return "\n".join(point_line(point, number) for number, point in numbered)
    blocks = []
    for core, members in groups.items():
        if members:
            share = percent(sum(point.share for _, point in members))
            lines = "\n".join(point_line(point, number) for number, point in members)
            blocks.append(f"**{GROUP_TITLES[core]}** ({share} of the score)\n{lines}")
    return "\n\n".join(blocks)


def feedback_text(
    question: Question,
    *,
    score: float,
    points: Sequence[PointScore],
    follow_up: str | None,
    notes: Sequence[str] = (),
) -> str:
    parts = [headline(score, points), points_text(points), *notes]
    parts.append(f"**Model answer**\n{question.model_answer}")
    if follow_up:
        parts.append(f"**Follow-up:** {follow_up}")
    return "\n\n".join(parts)


def skipped_text(question: Question) -> str:
    return f"**Skipped.** Here is the model answer:\n\n{question.model_answer}"


def pick_follow_up(question: Question, salt: int) -> str | None:
    if not question.follow_ups:
        return None
    return question.follow_ups[salt % len(question.follow_ups)]
