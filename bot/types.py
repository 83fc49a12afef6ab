"""Neutral, frozen value types shared by the engine and every adapter."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Platform(StrEnum):
    CONSOLE = "console"
    SLACK = "slack"
    DISCORD = "discord"


class Kind(StrEnum):
    """The kind of an interview question, from the guide's `### <Kind> Questions` heading."""

    TECHNICAL = "technical"
    BEHAVIORAL = "behavioral"
    SITUATIONAL = "situational"
    PROBLEM_SOLVING = "problem-solving"


class Role(StrEnum):
    """What a key point is to an answer: what it must say, what supports it, a pitfall to
    show awareness of, or a part of the model's sample story (never matched word for word)."""

    CORE = "core"
    SUPPORTING = "supporting"
    PITFALL = "pitfall"
    STORY = "story"


class Status(StrEnum):
    """How much of a key point an answer said."""

    COVERED = "covered"
    PARTLY = "partly"
    MISSED = "missed"
    CONTRADICTED = "contradicted"  # the answer says the opposite: it costs, not just misses


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


@dataclass(frozen=True, slots=True)
class User:
    platform: str
    id: str
    name: str = ""
    is_admin: bool = False  # may change server/workspace settings, as the platform says

    @property
    def key(self) -> str:
        """A stable identifier across platforms: ``slack:U123``."""
        return f"{self.platform}:{self.id}"


@dataclass(frozen=True, slots=True)
class Where:
    platform: str
    channel_id: str
    thread_id: str | None = None
    direct: bool = False
    scope: str | None = None  # the server (Discord guild) or workspace (Slack team) id


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file: a chart PNG or a JSON export for the person, or a guide they upload."""

    filename: str
    data: bytes
    mime: str


@dataclass(frozen=True, slots=True)
class Command:
    """A command such as ``start backend technical easy``: name ``start``, args the rest."""

    user: User
    where: Where
    name: str
    args: str = ""
    event_id: str | None = None
    attachment: Attachment | None = None  # a file sent with it: a guide to upload


@dataclass(frozen=True, slots=True)
class Text:
    """Free text typed by a person: an answer, or a command word typed in a DM."""

    user: User
    where: Where
    text: str
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """A button press; ``action_id`` is one of the engine's button ids."""

    user: User
    where: Where
    action_id: str
    value: str = ""
    event_id: str | None = None


Event = Command | Text | Action


@dataclass(frozen=True, slots=True)
class Button:
    action_id: str
    label: str
    value: str = ""


ANSWER_BUTTON = Button("answer", "Answer")
HINT_BUTTON = Button("hint", "Hint")
SKIP_BUTTON = Button("skip", "Skip")
NEXT_BUTTON = Button("next", "Next")
END_BUTTON = Button("end", "End")
RETRY_BUTTON = Button("retry", "Retry")
QUESTION_BUTTONS = (ANSWER_BUTTON, HINT_BUTTON, SKIP_BUTTON, END_BUTTON)
FEEDBACK_BUTTONS = (NEXT_BUTTON, END_BUTTON)
NOT_YOURS = (
    "Those buttons belong to someone else's interview. "
    "Type `/mockinterview start` to begin your own."
)  # the private note for whoever presses a button on another person's question
DISPUTE_BUTTON = Button("dispute", "I was right")  # under feedback: a missed point was made
FLAG_BUTTON = Button("flag", "Flag question")  # the question or its model answer has a problem


@dataclass(frozen=True, slots=True)
class Reply:
    """One message for the adapter to render. ``text`` is neutral Markdown.

    ``expects_answer`` marks a question: adapters offer a way to answer it (a modal,
    a thread). ``private`` asks for a message only the person sees, where possible.
    ``attachment`` is a file to upload with the message.
    """

    where: Where
    text: str
    buttons: tuple[Button, ...] = ()
    private: bool = False
    expects_answer: bool = False
    attachment: Attachment | None = None


@dataclass(frozen=True, slots=True)
class RecentScore:
    """One of the last scores a person got, with the question it was for."""

    score: float
    prompt: str


@dataclass(frozen=True, slots=True)
class Home:
    """A person's overview, as a platform's home page shows it: their interview, recent scores."""

    status: str
    recent: tuple[RecentScore, ...] = ()
