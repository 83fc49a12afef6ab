"""A person's attempts: a retry compared with the answer before it, every attempt at one
question, and their past interviews. Texts only; nothing here reads storage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.feedback import SELF_CORRECTED, percent
from bot.interview import Session, State, Turn
from bot.questions import QuestionBank
from bot.records import AnswerRecord
from bot.summary import summary_text

SESSIONS_SHOWN = 10
NEWLY_SHOWN = 3  # newly covered points named after a retry; the rest are counted
OPENING_WORDS = 8


def day_of(moment: datetime, timezone: str | None) -> str:
    """``24 Nov 2026``, in the person's time zone when known (else UTC)."""
    local = moment.astimezone(ZoneInfo(timezone)) if timezone else moment
    return f"{local.day} {local:%b %Y}"


def change(previous: float, latest: float) -> str:
    """``62% → 81%, +19``: as shown, so the difference adds up."""
    points = round(latest * 100) - round(previous * 100)
    sign = "+" if points >= 0 else "−"
    return f"{percent(previous)} → {percent(latest)}, {sign}{abs(points)}"


def last_attempt(answers: Sequence[AnswerRecord], question_id: str) -> AnswerRecord | None:
    """The last of ``answers`` to the question, if any."""
    earlier = [record for record in answers if record.question_id == question_id]
    return earlier[-1] if earlier else None


def framed(feedback: str, latest: AnswerRecord, previous: AnswerRecord | None) -> str:
    """The feedback with what a retry changed above it and the footer below."""
    above = [comparison(previous, latest)] if previous else []
    return "\n\n".join([*above, feedback, footer(latest)])


def comparison(previous: AnswerRecord, latest: AnswerRecord) -> str:
    """What a retry changed: the score, and the points covered now that were not before."""
    before = {point.text for point in previous.points if point.covered}
    newly = [point.text for point in latest.points if point.covered and point.text not in before]
    shown = [_opening(text) for text in newly[:NEWLY_SHOWN]]
    shown += [f"{len(newly) - NEWLY_SHOWN} more"] if len(newly) > NEWLY_SHOWN else []
    covered = "; ".join(shown) if shown else "none"
    return f"**Retry:** {change(previous.score, latest.score)} · newly covered: {covered}"


def _opening(text: str) -> str:
    """A point's first words, enough to recognise it."""
    words = text.split()
    return " ".join(words[:OPENING_WORDS]) + (" …" if len(words) > OPENING_WORDS else "")


def footer(record: AnswerRecord) -> str:
    return (
        f"_Strictness: {record.strictness.value} · question `{record.question_id}` · "
        "`retry` to answer it again, `history` for every attempt._"
    )


def is_self_corrected(record: AnswerRecord) -> bool:
    return any(point.note == SELF_CORRECTED for point in record.points)


def history_text(
    question_id: str, prompt: str, attempts: Sequence[AnswerRecord], timezone: str | None
) -> str:
    lines = [f"**Every attempt** at `{question_id}` · {prompt}"]
    previous: AnswerRecord | None = None
    for number, record in enumerate(attempts, start=1):
        moved = f" ({change(previous.score, record.score)})" if previous else ""
        when = day_of(record.created_at, timezone)
        mark = f" · {SELF_CORRECTED}" if is_self_corrected(record) else ""
        lines.append(f"{number}. {when} · **{percent(record.score)}**{moved}{mark}")
        previous = record
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class PastSession:
    """One interview, as its kept answers tell it (skipped questions are not kept)."""

    id: str
    answers: tuple[AnswerRecord, ...]

    @property
    def started_at(self) -> datetime:
        return self.answers[0].created_at

    @property
    def average(self) -> float:
        return sum(record.score for record in self.latest) / len(self.latest)

    @property
    def latest(self) -> tuple[AnswerRecord, ...]:
        """The last answer to each question, in the order first asked (a retry replaces)."""
        last = {record.question_id: record for record in self.answers}
        return tuple(last[question_id] for question_id in dict.fromkeys(last))


def past_sessions(answers: Sequence[AnswerRecord]) -> list[PastSession]:
    """A person's interviews, most recent first."""
    grouped: dict[str, list[AnswerRecord]] = {}
    for record in answers:
        grouped.setdefault(record.session_id, []).append(record)
    past = [PastSession(session_id, tuple(kept)) for session_id, kept in grouped.items()]
    return sorted(past, key=lambda session: session.started_at, reverse=True)


KINDS = {"daily-": "daily question", "retry-": "retry", "qotd-": "question of the day"}


def guide_title(session: PastSession, bank: QuestionBank) -> str:
    question = bank.get(session.answers[0].question_id)
    return bank.guide(question.guide).title if question else session.answers[0].question_id


def sessions_text(
    sessions: Sequence[PastSession],
    bank: QuestionBank,
    *,
    running: str | None,
    timezone: str | None,
) -> str:
    if not sessions:
        return "No interviews yet. Type `start` for one; it shows up here."
    lines = ["**Your interviews** (most recent first; `report <n>` shows one again)"]
    for number, session in enumerate(sessions[:SESSIONS_SHOWN], start=1):
        tags = [tag for prefix, tag in KINDS.items() if session.id.startswith(prefix)]
        tags += ["running"] if session.id == running else []
        tagged = f" ({', '.join(tags)})" if tags else ""
        count = len(session.latest)
        lines.append(
            f"{number}. {day_of(session.started_at, timezone)} · {guide_title(session, bank)}"
            f"{tagged} · {count} answered · **{percent(session.average)}**"
        )
    return "\n".join(lines)


def report_again(
    number: int, session: PastSession, bank: QuestionBank, timezone: str | None
) -> str:
    """The interview's report, rebuilt from its answers."""
    latest = session.latest
    turns = tuple(Turn(record.question_id, record.score) for record in latest)
    rebuilt = Session(
        id=session.id,
        guide=latest[0].question_id.partition("/")[0],
        kind=None,
        difficulty=None,
        length=len(turns),
        state=State.FINISHED,
        current=None,
        started_at=session.started_at,
        asked_at=session.started_at,
        turns=turns,
    )
    heading = (
        f"**Report {number}** · {day_of(session.started_at, timezone)} · "
        f"{guide_title(session, bank)} · _skipped questions are not kept_"
    )
    return heading + "\n\n" + summary_text(rebuilt, latest, bank, skips_known=False)
