"""What a command sees (a Turn) and what it produces (an Outcome)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.interview import Session
from bot.questions import QuestionBank
from bot.store import AnswerRecord
from bot.types import Event, Reply


@dataclass(frozen=True, slots=True)
class Turn:
    """What a command needs: the event, the time, and the person's current session."""

    event: Event
    now: datetime
    session: Session | None
    bank: QuestionBank  # the guides of the server the turn belongs to

    @property
    def user_key(self) -> str:
        return self.event.user.key

    def reply(self, text: str, *, private: bool = False) -> Outcome:
        """A single reply where the event came from; the session is left as it is."""
        return Outcome([Reply(self.event.where, text, private=private)])


@dataclass(slots=True)
class Outcome:
    """What a command produced. ``save`` False leaves the stored session untouched."""

    replies: list[Reply]
    session: Session | None = None
    save: bool = False
    answer: AnswerRecord | None = None
