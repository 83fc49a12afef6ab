"""The mock interview's report: each answer's gaps, read as a person would read them."""

from __future__ import annotations

from datetime import UTC, datetime

from bot import interview
from bot.questions import QuestionBank
from bot.records import AnswerRecord
from bot.scoring import PointScore
from bot.timed import GAPS_CHARS, report_text
from bot.types import Role, Status

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
LONG = "Shard the table by tenant id and route each query to its shard. " * 10


def reported(bank: QuestionBank, points: tuple[PointScore, ...]) -> str:
    question = next(iter(bank))
    record = AnswerRecord("console:ada", "s1", question.id, "an answer", 0.5, points, NOW)
    answered = interview.answer(interview.one_question("s1", question, NOW), 0.5, late=False)
    return report_text(interview.finish(answered), [record], bank)


def test_points_made_in_part_are_not_called_missed(bank: QuestionBank) -> None:
    points = (
        PointScore("An index is a B-tree.", 0.9, Status.COVERED),
        PointScore("Lookups take O(log n) steps.", 0.5, Status.PARTLY),
        PointScore("Use EXPLAIN ANALYZE.", 0.0, Status.MISSED),
        PointScore("GET for reads.", 0.0, Status.CONTRADICTED, note="You said…"),
    )
    report = reported(bank, points)
    assert "\n   partly: Lookups take O(log n) steps\n" in report
    assert "\n   missed: Use EXPLAIN ANALYZE; GET for reads\n" in report


def test_a_pitfall_not_shown_is_no_gap_and_long_gaps_are_cut_at_a_word(
    bank: QuestionBank,
) -> None:
    points = (
        PointScore(LONG, 0.0, Status.MISSED),
        PointScore("Over-indexing slows writes.", 0.0, Status.MISSED, role=Role.PITFALL),
    )
    [gap] = [line for line in reported(bank, points).splitlines() if "missed:" in line]
    assert "Over-indexing" not in gap and gap.endswith(" …")
    assert gap.split()[-2] in LONG.split()  # cut after a whole word
    assert len(gap.partition("missed: ")[2]) <= GAPS_CHARS + 2
