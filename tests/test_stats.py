"""`stats` lists the points missed most often: what matters, not every point below full."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.records import AnswerRecord
from bot.scoring import PointScore
from bot.stats import most_missed
from bot.types import Role, Status

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)


def answer(*points: PointScore) -> AnswerRecord:
    return AnswerRecord("console:me", "s1", "backend-developer/3", "text", 0.5, points, NOW)


def point(text: str, status: Status, role: Role = Role.CORE) -> PointScore:
    return PointScore(text, 0.0, status, (), role, 0.25)


def test_missed_and_contradicted_core_points_count_partly_covered_and_pitfalls_do_not() -> None:
    answers = [
        answer(
            point("Add an index", Status.MISSED),
            point("Read the plan", Status.CONTRADICTED),
            point("Cache hot rows", Status.PARTLY),
            point("Over-indexing slows writes", Status.MISSED, Role.PITFALL),
            point("Reflection: what you learned", Status.MISSED, Role.STORY),
        ),
        answer(point("Add an index", Status.MISSED), point("Read the plan", Status.COVERED)),
    ]
    assert most_missed(answers) == [
        "Add an index",
        "Read the plan",
        "Reflection: what you learned",
    ]
