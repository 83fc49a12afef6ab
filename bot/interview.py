"""The interview as a pure state machine.

A session moves ASKING -> (answer) -> REVIEWING -> (next) -> ASKING ... -> FINISHED.
Skipping or moving on while ASKING records the question as skipped. Every function here
takes a session and returns a new one; nothing reads the clock or touches storage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.errors import UserError
from bot.questions import Question
from bot.types import Difficulty, Kind


class State(StrEnum):
    ASKING = "asking"  # a question is out, waiting for the answer
    REVIEWING = "reviewing"  # feedback shown, waiting for `next`
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class Turn:
    """One question of a session; ``score`` is None when it was skipped."""

    question_id: str
    score: float | None
    hints: int = 0
    late: bool = False


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    guide: str
    kind: Kind | None
    difficulty: Difficulty | None
    length: int
    state: State
    current: str | None
    started_at: datetime
    asked_at: datetime
    hints: int = 0
    turns: tuple[Turn, ...] = ()
    delivery_id: int | None = None  # set when this is a daily question
    time_limit: int | None = None  # seconds per answer, in a timed mock interview
    mixed: bool = False  # a mock interview: kinds mixed like a real one, a report at the end
    scope: str | None = None  # the server it started in: its uploaded guides stay in reach
    retry: bool = False  # the current question is asked again: its new answer replaces the last

    def is_late(self, now: datetime) -> bool:
        return (
            self.time_limit is not None and (now - self.asked_at).total_seconds() > self.time_limit
        )

    @property
    def number(self) -> int:
        """1-based position of the current question: once answered (or asked again and
        answered again), its turn is the last."""
        if self.state is State.ASKING:
            return len(_earlier(self)) + 1
        return len(self.turns)

    @property
    def asked(self) -> frozenset[str]:
        done = {turn.question_id for turn in self.turns}
        return frozenset(done | ({self.current} if self.current else set()))

    @property
    def has_more(self) -> bool:
        return len(self.turns) < self.length


NOT_ASKING = "There is no question waiting for an answer. Type `next` for the next one."
NOT_ANSWERED = "There is no answered question to try again yet."


def begin(
    *,
    session_id: str,
    guide: str,
    kind: Kind | None,
    difficulty: Difficulty | None,
    length: int,
    first_question: str,
    now: datetime,
    delivery_id: int | None = None,
) -> Session:
    return Session(
        id=session_id,
        guide=guide,
        kind=kind,
        difficulty=difficulty,
        length=length,
        state=State.ASKING,
        current=first_question,
        started_at=now,
        asked_at=now,
        delivery_id=delivery_id,
    )


def one_question(session_id: str, question: Question, now: datetime, **extra: Any) -> Session:
    """A session of just ``question``: a daily question, or a retry after an interview;
    ``extra`` sets its other fields (``delivery_id``, ``retry``, ``scope``)."""
    draft = begin(
        session_id=session_id,
        guide=question.guide,
        kind=None,
        difficulty=None,
        length=1,
        first_question=question.id,
        now=now,
    )
    return replace(draft, **extra)


def _require_asking(session: Session) -> str:
    if session.state is not State.ASKING or session.current is None:
        raise UserError(NOT_ASKING)
    return session.current


def answer(session: Session, score: float, *, late: bool = False) -> Session:
    """Record a scored answer to the current question; feedback comes next."""
    question_id = _require_asking(session)
    turn = Turn(question_id, score, session.hints, late)
    return replace(session, state=State.REVIEWING, turns=(*_earlier(session), turn), hints=0)


def _earlier(session: Session) -> tuple[Turn, ...]:
    """The turns before the current question's: a question asked again drops its old turn."""
    turns = session.turns
    if session.retry and turns and turns[-1].question_id == session.current:
        return turns[:-1]
    return turns


def ask_again(session: Session, now: datetime) -> Session:
    """Ask the question just answered once more (`retry`); its new answer replaces the old."""
    if session.state is not State.REVIEWING or not session.turns:
        raise UserError(NOT_ANSWERED)
    question_id = session.turns[-1].question_id
    return replace(
        session, state=State.ASKING, current=question_id, asked_at=now, hints=0, retry=True
    )


def hint(session: Session) -> Session:
    _require_asking(session)
    return replace(session, hints=session.hints + 1)


def skip(session: Session) -> Session:
    """Give up on the current question; it counts as skipped, not as a zero."""
    question_id = _require_asking(session)
    if _earlier(session) != session.turns:  # skipping a retry keeps the answer before it
        return replace(session, state=State.REVIEWING, hints=0)
    turn = Turn(question_id, None, session.hints)
    return replace(session, state=State.REVIEWING, turns=(*session.turns, turn), hints=0)


def advance(session: Session, next_question: str | None, now: datetime) -> Session:
    """Move on after feedback: ask ``next_question`` or finish when there is none."""
    if session.state is State.ASKING:
        session = skip(session)
    if session.state is State.FINISHED:
        raise UserError("This interview is over. Type `start` for a new one.")
    if next_question is None or not session.has_more:
        return finish(session)
    return replace(
        session, state=State.ASKING, current=next_question, asked_at=now, hints=0, retry=False
    )


def finish(session: Session) -> Session:
    """End the interview; a question still waiting for its answer counts as skipped."""
    if session.state is State.ASKING:
        session = skip(session)
    return replace(session, state=State.FINISHED, current=None, hints=0)


def to_dict(session: Session) -> dict[str, Any]:
    """A JSON-ready form, for storage."""
    return {
        "id": session.id,
        "guide": session.guide,
        "kind": session.kind.value if session.kind else None,
        "difficulty": session.difficulty.value if session.difficulty else None,
        "length": session.length,
        "state": session.state.value,
        "current": session.current,
        "started_at": session.started_at.isoformat(),
        "asked_at": session.asked_at.isoformat(),
        "hints": session.hints,
        "turns": [[t.question_id, t.score, t.hints, t.late] for t in session.turns],
        "delivery_id": session.delivery_id,
        "time_limit": session.time_limit,
        "mixed": session.mixed,
        "scope": session.scope,
        "retry": session.retry,
    }


def from_dict(data: dict[str, Any]) -> Session:
    return Session(
        id=data["id"],
        guide=data["guide"],
        kind=Kind(data["kind"]) if data["kind"] else None,
        difficulty=Difficulty(data["difficulty"]) if data["difficulty"] else None,
        length=int(data["length"]),
        state=State(data["state"]),
        current=data["current"],
        started_at=datetime.fromisoformat(data["started_at"]),
        asked_at=datetime.fromisoformat(data["asked_at"]),
        hints=int(data["hints"]),
        turns=tuple(Turn(q, s, h, late) for q, s, h, late in data["turns"]),
        delivery_id=data.get("delivery_id"),
        time_limit=data.get("time_limit"),
        mixed=bool(data.get("mixed", False)),
        scope=data.get("scope"),
        retry=bool(data.get("retry", False)),
    )
