"""The engine: one neutral event in, a list of neutral replies out.

The engine loads the person's session from the Store, runs the pure state machine in
``bot.interview``, scores answers, and commits the whole turn atomically. It never sends
anything; adapters render the replies.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from bot import commands
from bot.clean import clean
from bot.commands import Desk, Outcome, Request, canonical, typed_command
from bot.commands.daily import answer_of_the_day
from bot.commands.interview import answer
from bot.deliveries import Deliveries
from bot.errors import StorageUnavailableError, UserError
from bot.interview import Session, State
from bot.marking import Marker
from bot.observer import NoObserver, Observer
from bot.questions import QuestionBank
from bot.records import Profile
from bot.scoring import MAX_ANSWER_CHARS, KeyPointScorer, Scorer
from bot.server_banks import ServerBanks
from bot.store import Store, TurnCommit
from bot.types import Action, Command, Event, Reply, Text, User

log = logging.getLogger(__name__)

ELSEWHERE = (
    "Your interview is running in another server, so it goes on there. "
    "Type `start` to begin a new one here."
)
CONTINUING = frozenset({"hint", "skip", "repeat", "next", "end", "status", "resume"})
TROUBLE_SAVING = (
    "I'm having trouble saving right now, so I didn't record that. "
    "Please try again in a minute; your interview is safe."
)


@dataclass
class Engine:
    store: Store
    bank: QuestionBank
    default_guide: str | None = None
    session_length: int = 5
    new_id: Callable[[], str] = field(default=lambda: uuid.uuid4().hex)
    observer: Observer = field(default_factory=NoObserver)
    scorer: Scorer = field(default_factory=KeyPointScorer)
    banks: ServerBanks = field(init=False)
    daily: Deliveries = field(init=False)
    desk: Desk = field(init=False)

    def __post_init__(self) -> None:
        self.banks = ServerBanks(self.store, self.bank)
        self.daily = Deliveries(self.store, self.bank)
        self.desk = Desk(
            store=self.store,
            banks=self.banks,
            marker=Marker(self.scorer),
            default_guide=self.default_guide,
            session_length=self.session_length,
            new_id=self.new_id,
        )

    def handle(self, event: Event, now: datetime) -> list[Reply]:
        """Handle one event. A UserError or a database outage becomes a friendly reply.

        Text the database cannot store (NUL, lone surrogates) is cleaned out first."""
        event = clean(event)
        try:
            return self._handle(event, now)
        except UserError as error:
            return [Reply(event.where, error.message, private=True)]
        except StorageUnavailableError:
            log.warning("storage unavailable while handling an event from %s", event.user.key)
            self.observer.storage_failed()
            return [Reply(event.where, TROUBLE_SAVING, private=True)]

    def update_profile(self, user: User, *, timezone: str | None) -> None:
        """Remember what the platform says about a person (their time zone)."""
        self.store.save_profile(Profile(user.key, user.name, timezone))

    def _handle(self, event: Event, now: datetime) -> list[Reply]:
        if event.event_id is not None and self.store.seen_event(event.event_id):
            log.info("duplicate event %s ignored", event.event_id)
            return []
        session = self.store.load_session(event.user.key)
        if session is not None and self._elsewhere(session, event):
            return [Reply(event.where, ELSEWHERE, private=True)]
        scope = session.scope if session is not None else event.where.scope
        request = Request(event, now, session, self.banks.bank_for(scope))
        outcome = self._route(request)
        if outcome.save or outcome.answer or outcome.writes or event.event_id is not None:
            answered = session.delivery_id if outcome.answer and session else None
            commit = TurnCommit(
                user_key=request.user_key,
                session=outcome.session if outcome.save else session,
                now=now,
                answer=outcome.answer,
                event_id=event.event_id,
                answered_delivery=answered,
                writes=outcome.writes,
            )
            if not self.store.commit(commit):
                log.info("event %s was committed concurrently; dropping replies", event.event_id)
                return []
        if outcome.answer is not None:
            self.observer.answer_scored(outcome.answer.score)
        return outcome.replies

    def _elsewhere(self, session: Session, event: Event) -> bool:
        """Whether ``event``, from another server than the one ``session`` started in,
        would go on with it: a server's questions (its own guides, too) never show in
        another. Starting a new interview there, or any other command, is fine."""
        here, there = event.where.scope, session.scope
        if here is None or there is None or here == there:
            return False
        if isinstance(event, Action):
            return True
        if isinstance(event, Command):
            return canonical(event.name or "help") in CONTINUING
        guides = [guide.slug for guide in self.banks.bank_for(there).guides]
        typed = typed_command(event.text, answering=session.state is State.ASKING, guides=guides)
        return typed is None or canonical(typed[0]) in CONTINUING

    def _route(self, request: Request) -> Outcome:
        event = request.event
        if isinstance(event, Command):
            return commands.route(self.desk, request, event.name or "help", event.args)
        if isinstance(event, Action):
            return commands.route(self.desk, request, event.action_id, event.value)
        session = request.session
        answering = session is not None and session.state is State.ASKING
        guides = [guide.slug for guide in request.bank.guides]
        typed = typed_command(event.text, answering=answering, guides=guides)
        if typed is not None:
            return commands.route(self.desk, request, *typed)
        if session is None:
            return answer_of_the_day(self.desk, request, event)
        return answer(self.desk, request, event)


__all__ = ["MAX_ANSWER_CHARS", "Engine", "Text"]
