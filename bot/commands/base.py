"""What a command is (a Spec), what it sees (a Request and the Desk) and what it returns
(an Outcome, whose writes the engine commits with the turn, atomically)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.interview import Session
from bot.questions import QuestionBank
from bot.records import AnswerRecord
from bot.server_settings import ServerSettings
from bot.store import Store, Write
from bot.types import Event, Reply, Where

if TYPE_CHECKING:  # only types here: the console reads command names without the loader
    from bot.marking import Marker
    from bot.server_banks import ServerBanks


@dataclass(frozen=True, slots=True)
class Request:
    """What a command needs: the event, the time, and the person's current session."""

    event: Event
    now: datetime
    session: Session | None
    bank: QuestionBank  # the guides of the server the request belongs to

    @property
    def user_key(self) -> str:
        return self.event.user.key

    def reply(self, text: str, *, private: bool = False, writes: Sequence[Write] = ()) -> Outcome:
        """A single reply where the event came from; the session is left as it is."""
        return Outcome([Reply(self.event.where, text, private=private)], writes=tuple(writes))


@dataclass(slots=True)
class Outcome:
    """What a command produced. ``save`` False leaves the stored session untouched;
    ``writes`` are committed in the same transaction as the session and the answer."""

    replies: list[Reply]
    session: Session | None = None
    save: bool = False
    answer: AnswerRecord | None = None
    writes: tuple[Write, ...] = ()


@dataclass
class Desk:
    """What every command may use: the store (to read), the banks, the scorer, the defaults."""

    store: Store
    banks: ServerBanks
    marker: Marker
    default_guide: str | None
    session_length: int
    new_id: Callable[[], str]

    @property
    def shipped(self) -> QuestionBank:
        return self.banks.shipped

    def server(self, where: Where) -> ServerSettings:
        """The settings of the server the event came from; defaults in a DM or the console."""
        return self.store.load_server_settings(where.scope) if where.scope else ServerSettings()


Handler = Callable[[Desk, Request, str], Outcome]
Accepts = Callable[[list[str], Collection[str]], bool]  # (lowered words, guide slugs)


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of a command: its name and what it is, for help and slash commands."""

    name: str
    description: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Spec:
    """A command: its name, one help line, its arguments and its handler.

    ``accepts`` says whether typed words are all arguments the command understands, so a
    typed message counts as the command while a question waits for an answer; a command
    without it takes no arguments. ``listed`` False keeps it out of the help. ``sentence``
    True: its last argument is a sentence, so a typed one may run to any number of words.
    """

    name: str
    usage: str
    handler: Handler
    arguments: tuple[Argument, ...] = ()
    accepts: Accepts | None = None
    aliases: tuple[str, ...] = ()
    listed: bool = True
    sentence: bool = False

    @property
    def summary(self) -> str:
        """The help line without its usage: a slash command's description."""
        return self.usage.partition(": ")[2][:100]


def words_among(*allowed: str) -> Accepts:
    """Accepts exactly one of these words."""
    return lambda words, _guides: len(words) == 1 and words[0] in allowed
