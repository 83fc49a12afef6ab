"""A timed mock interview: its options, the time left, the late note and the report."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.errors import UserError
from bot.feedback import KIND_TITLES, counted, percent, phrases
from bot.interview import Session, State
from bot.questions import QuestionBank
from bot.records import AnswerRecord
from bot.types import Role, Status

DEFAULT_QUESTIONS = 5
MAX_QUESTIONS = 20
MAX_MINUTES = 60
GAPS_CHARS = 300  # of the points partly made, or missed, on one line of the report
VERDICTS = (
    (0.75, "Strong: you are ready for the real thing."),
    (0.55, "Solid, with a few gaps to close before the real thing."),
    (0.35, "Getting there: review the missed points and try again."),
    (0.0, "Not yet: read the model answers, then run another mock interview."),
)
USAGE = "Try `interview`, `interview 5` or `interview 5 3` (5 questions, 3 minutes each)."


@dataclass(frozen=True, slots=True)
class MockOptions:
    questions: int = DEFAULT_QUESTIONS
    minutes: int | None = None

    @property
    def seconds(self) -> int | None:
        return self.minutes * 60 if self.minutes else None


def parse_mock(args: str) -> MockOptions:
    numbers = [word for word in args.replace(",", " ").split() if word not in {"min", "minutes"}]
    if len(numbers) > 2 or not all(word.isdigit() for word in numbers):
        raise UserError(f"I don't understand `{args}`. {USAGE}")
    values = [int(word) for word in numbers]
    questions = values[0] if values else DEFAULT_QUESTIONS
    minutes = values[1] if len(values) > 1 else None
    if not 1 <= questions <= MAX_QUESTIONS or (
        minutes is not None and not 1 <= minutes <= MAX_MINUTES
    ):
        raise UserError(f"1 to {MAX_QUESTIONS} questions and 1 to {MAX_MINUTES} minutes. {USAGE}")
    return MockOptions(questions, minutes)


def mock_intro(options: MockOptions) -> str:
    timing = f", {counted(options.minutes, 'minute')} per answer" if options.minutes else ""
    return (
        f"**Mock interview:** {options.questions} questions of mixed kinds{timing}. "
        "A late answer is still scored, and marked late. A report comes at the end.\n\n"
    )


def late_note(session: Session, now: datetime) -> str:
    """How late the answer came, in minutes and seconds, as `status` says it."""
    limit = session.time_limit or 0
    over = int((now - session.asked_at).total_seconds()) - limit
    return f"⏱ **Late** by {_clock(over)} over the {limit // 60}-minute limit (still scored).\n\n"


def time_left(session: Session, now: datetime) -> str:
    """` · ⏱ 2:15 left for this answer`, or how far over; empty when nothing is timed."""
    if session.time_limit is None or session.state is not State.ASKING:
        return ""
    left = session.time_limit - int((now - session.asked_at).total_seconds())
    if left >= 0:
        return f" · ⏱ {_clock(left)} left for this answer"
    return f" · ⏱ {_clock(-left)} over the {session.time_limit // 60}-minute limit (still scored)"


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def verdict(average: float) -> str:
    return next(text for floor, text in VERDICTS if average >= floor)


def report_text(session: Session, answers: Sequence[AnswerRecord], bank: QuestionBank) -> str:
    """The shareable report: each question's score, covered and missed points, a verdict."""
    by_question = {record.question_id: record for record in answers}
    lines = ["**Mock interview report**"]
    for position, turn in enumerate(session.turns, start=1):
        question = bank.get(turn.question_id)
        if question is None:
            continue
        kind = KIND_TITLES[question.kind.value]
        record = by_question.get(turn.question_id)
        if turn.score is None or record is None:
            lines.append(f"{position}. {kind} · _{question.prompt}_ · skipped")
            continue
        late = " · late" if turn.late else ""
        covered = sum(1 for point in record.points if point.covered)
        lines.append(
            f"{position}. {kind} · _{question.prompt}_ · **{percent(record.score)}**{late} · "
            f"{covered} of {len(record.points)} points" + "".join(_gaps(record))
        )
    scored = [turn.score or 0.0 for turn in session.turns]
    average = sum(scored) / len(scored) if scored else 0.0
    lines.append(f"**Overall:** {percent(average)} · {verdict(average)}")
    return "\n".join(lines)


def _gaps(record: AnswerRecord) -> Iterator[str]:
    """The report's lines of points made only in part, then of points missed; a pitfall not
    shown is no gap (it never reads as a mistake the candidate made)."""
    for status, label in ((Status.PARTLY, "partly"), (Status.MISSED, "missed")):
        texts = [
            point.text
            for point in record.points
            if point.role is not Role.PITFALL and _gap(point.status) is status
        ]
        if texts:
            yield f"\n   {label}: {phrases(texts, GAPS_CHARS)}"


def _gap(status: Status) -> Status:
    """A contradicted point is missed, as far as the report's gaps go."""
    return Status.MISSED if status is Status.CONTRADICTED else status
