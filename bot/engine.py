"""The engine and its front door: everything a platform needs goes through one of its methods.

``handle`` is the one path for a person's turn on every platform: it reads the clock, loads
the person's session, routes the event to a command or an answer, commits the whole turn
atomically, times it for the observer, and turns a user error, a database outage or a bug
into a friendly reply. The engine never sends anything; platforms render the replies.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from bot.clean import clean
from bot.clock import Clock
from bot.commands import Desk, Outcome, Request
from bot.commands.interview import status_text
from bot.content.budget import ParseBudget
from bot.daily import Claim, schedule
from bot.deliveries import Deliveries
from bot.errors import APOLOGY, StorageUnavailableError, UserError
from bot.interview import Session, State
from bot.lifecycle import in_scope
from bot.marking import Marker
from bot.observer import NoObserver, Observer
from bot.purges import Purges
from bot.questions import Guide, QuestionBank
from bot.records import Profile
from bot.reviews import flags_by_question, flags_document
from bot.routing import elsewhere, route, typed_in
from bot.scoring import MAX_ANSWER_CHARS, KeyPointScorer, Scorer
from bot.server_banks import ServerBanks
from bot.store import Store, TurnCommit
from bot.turns import PersonLocks
from bot.types import Command, Event, Home, RecentScore, Reply, Text, User, Where

log = logging.getLogger(__name__)

ELSEWHERE = (
    "Your interview is running in another server, so it goes on there. "
    "Type `start` to begin a new one here."
)
TROUBLE_SAVING = (
    "I'm having trouble saving right now, so I didn't record that. "
    "Please try again in a minute; your interview is safe."
)
RECENT_SCORES = 5


class Engine:
    """One neutral event in, a list of neutral replies out; plus the daily questions, the
    home view and the health of the store, for the platforms and the scheduler."""

    def __init__(
        self,
        *,
        store: Store,
        bank: QuestionBank,
        default_guide: str | None = None,
        session_length: int = 5,
        new_id: Callable[[], str] | None = None,
        observer: Observer | None = None,
        scorer: Scorer | None = None,
        clock: Clock,
        parse_budget: Callable[[], ParseBudget] = ParseBudget,
    ) -> None:
        self._store = store
        self._bank = bank
        self._observer = observer or NoObserver()
        self._clock = clock
        self._turns = PersonLocks()
        self._banks = ServerBanks(store, bank, budget=parse_budget)
        self._deliveries = Deliveries(store, bank)
        self._purges = Purges(store)
        self._desk = Desk(
            store=store,
            banks=self._banks,
            marker=Marker(scorer or KeyPointScorer()),
            default_guide=default_guide,
            session_length=session_length,
            new_id=new_id or (lambda: uuid.uuid4().hex),
        )

    # -- a person's turn ---------------------------------------------------------------

    def handle(self, event: Event, now: datetime | None = None) -> list[Reply]:
        """Handle one event at ``now`` (the engine's clock when not given), after any turn of
        the same person still running (see ``turns``).

        Text the database cannot store (NUL, lone surrogates) is cleaned out first. A
        UserError or a database outage becomes a friendly reply; a bug is logged with its
        traceback and answered with one apology. Every turn's latency is observed."""
        started = time.perf_counter()
        event = clean(event)
        try:
            with self._turn_of(event.user.key):
                return self._turn(event, now or self._clock())
        except UserError as error:
            return [Reply(event.where, error.message, private=True)]
        except StorageUnavailableError:
            log.warning("storage unavailable while handling an event from %s", event.user.key)
            self._observer.storage_failed()
            return [Reply(event.where, TROUBLE_SAVING, private=True)]
        except Exception:
            log.exception("unexpected error handling an event from %s", event.user.key)
            return [Reply(event.where, APOLOGY, private=True)]
        finally:
            self._observer.turn_handled(time.perf_counter() - started)

    def typed_command(self, user: User, text: str) -> tuple[str, str] | None:
        """The command ``text`` would run for ``user`` in a DM, if any: a terminal groups
        piped lines by it."""
        return typed_in(text, self._store.load_session(user.key), self._bank)

    def interview_state(self, user: User) -> State | None:
        """Where ``user``'s interview stands (a question waiting for the answer, feedback
        shown), read once; None when there is none."""
        session = self._store.load_session(user.key)
        return session.state if session is not None else None

    def daily_open(self, user: User) -> bool:
        """Whether ``user``'s open question is a daily one, which the next one due replaces
        rather than waiting to be resumed."""
        session = self._store.load_session(user.key)
        return session is not None and session.delivery_id is not None

    def guides(self) -> tuple[Guide, ...]:
        """The shipped guides, for a platform's autocomplete."""
        return self._bank.guides

    def guide_flags(self, slug: str) -> bytes:
        """For the author of shipped guide ``slug``: the flags people sent on its questions
        in every server, as JSON. An unknown guide is a ``UserError`` naming the guides."""
        self._bank.guide(slug)
        grouped = flags_by_question(self._store.flags_on(slug))
        return flags_document(grouped, self._bank.get)

    def update_profile(self, user: User, *, timezone: str | None) -> None:
        """Remember what the platform says about a person (their time zone)."""
        self._store.save_profile(Profile(user.key, user.name, timezone))

    def home(self, user: User, where: Where, now: datetime | None = None) -> Home:
        """A person's overview for a platform's home page: their interview and last scores."""
        try:
            session = self._store.load_session(user.key)
            answers = self._store.answers(user.key)[-RECENT_SCORES:]
        except StorageUnavailableError:
            self._observer.storage_failed()
            return Home(TROUBLE_SAVING)
        asked = Command(user, where, "status")
        if session is not None and elsewhere(session, asked, self._banks.bank_for):
            status = ELSEWHERE
        else:
            bank = self._banks.bank_for(session.scope if session else where.scope)
            status = status_text(session, bank, now or self._clock())
        recent = tuple(
            RecentScore(record.score, self._prompt(record.question_id))
            for record in reversed(answers)
        )
        return Home(status, recent)

    # -- daily questions, for the scheduler -----------------------------------------------

    def due_deliveries(self, now: datetime, limit: int) -> list[Claim]:
        """Claim the daily questions due at ``now`` (at most ``limit``), for this process."""
        return self._store.claim_due(now, schedule, limit)

    def daily_question(self, claim: Claim, now: datetime) -> Reply | None:
        """The question to send for a claim; None defers it while an interview runs. It is
        one of the person's turns: an interview they start meanwhile is never replaced."""
        with self._turn_of(claim.subscription.user_key):
            return self._deliveries.question_for(claim, now)

    def daily_waiting(self, user: User, now: datetime | None = None) -> Reply | None:
        """For a platform that cannot message people (the terminal), when they come back: the
        daily question due for ``user`` alone, claimed and started as the scheduler starts a
        DM's, which replaces an earlier daily question left unanswered; None when none is
        due, an interview waits to be resumed, or the database is down (it stays due)."""
        now = now or self._clock()
        try:
            if _resumable(self._store.load_session(user.key)):
                return None
            for claim in self._store.claim_due(now, schedule, 1, user_key=user.key):
                reply = self.daily_question(claim, now)
                if reply is not None:
                    self.delivered(claim)
                return reply
        except StorageUnavailableError:
            log.warning("daily question for %s not claimed: database unavailable", user.key)
        return None

    def delivered(self, claim: Claim) -> None:
        self._deliveries.sent(claim)

    def delivery_failed(
        self, claim: Claim, now: datetime, *, for_good: bool = False, reason: str | None = None
    ) -> None:
        """A daily question that could not be sent; ``for_good`` (the app was removed from
        the workspace) pauses the subscription at once; ``reason`` is the platform's words
        for why, which `daily status` shows."""
        with self._turn_of(claim.subscription.user_key):
            self._deliveries.failed(claim, now, for_good=for_good, reason=reason)

    # -- the data lifecycle ----------------------------------------------------------------

    def seen_in(self, user: User, scope: str) -> None:
        """Remember that ``user`` used the app in workspace ``scope``: if the app is removed
        from it, their history goes with the workspace's data."""
        self._store.note_member(scope, user.key)

    def removed_from(
        self, scope: str, now: datetime, *, grace: timedelta, people: bool = False
    ) -> None:
        """The app was removed from a workspace or server: its daily questions stop, and
        its data is deleted after ``grace``; ``people`` deletes its people's history too."""
        self._purges.removed(scope, now, grace=grace, people=people)

    def installed_in(self, scope: str) -> None:
        """The app was (re)installed: a pending deletion of the scope's data is cancelled."""
        self._purges.reinstalled(scope)

    def run_due_purges(self, now: datetime) -> list[str]:
        """Delete the data of the scopes whose grace period is over at ``now``."""
        return self._purges.run_due(now)

    def apply_retention(self, now: datetime) -> int:
        """Blank the answer texts older than each server's retention; scores stay."""
        return self._purges.apply_retention(now)

    # -- operations ------------------------------------------------------------------------

    def healthy(self) -> bool:
        """Whether the database answers."""
        return self._store.ping()

    def active_sessions(self) -> int:
        return self._store.active_sessions()

    def close(self) -> None:
        """Close the database pool: the last thing a stopping process does."""
        self._store.close()

    # -- inside a turn -----------------------------------------------------------------------

    @contextmanager
    def _turn_of(self, user_key: str) -> Iterator[None]:
        """One turn of a person's at a time, in this process (see ``turns``) and in every
        process sharing the database (``Store.turn_of``)."""
        with self._turns.of(user_key), self._store.turn_of(user_key):
            yield

    def _turn(self, event: Event, now: datetime) -> list[Reply]:
        if event.event_id is not None and self._store.seen_event(event.event_id):
            log.info("duplicate event %s ignored", event.event_id)
            return []
        session = self._store.load_session(event.user.key)
        if session is not None and elsewhere(session, event, self._banks.bank_for):
            return [Reply(event.where, ELSEWHERE, private=True)]
        scope = session.scope if session is not None else event.where.scope
        request = Request(event, now, session, self._banks.bank_for(scope))
        outcome = route(self._desk, request)
        if not self._commit(request, outcome):
            return []
        if outcome.answer is not None:
            self._observer.answer_scored(outcome.answer.score)
        return outcome.replies

    def _commit(self, request: Request, outcome: Outcome) -> bool:
        """Write the turn atomically; False when a retry of the event got there first."""
        event, session = request.event, request.session
        if not (outcome.save or outcome.answer or outcome.writes or event.event_id is not None):
            return True
        answered = session.delivery_id if outcome.answer and session else None
        scope = (session.scope if session else None) or event.where.scope
        commit = TurnCommit(
            user_key=request.user_key,
            session=outcome.session if outcome.save else session,
            now=request.now,
            answer=in_scope(outcome.answer, scope),
            event_id=event.event_id,
            answered_delivery=answered,
            writes=outcome.writes,
        )
        if self._store.commit(commit):
            return True
        log.info("event %s was committed concurrently; dropping replies", event.event_id)
        return False

    def _prompt(self, question_id: str) -> str:
        question = self._bank.get(question_id)
        return question.prompt if question is not None else question_id


__all__ = ["APOLOGY", "MAX_ANSWER_CHARS", "Engine", "Text"]


def _resumable(session: Session | None) -> bool:
    """Whether ``session`` is an interview left to resume: not a daily question (which the
    next day's replaces), and not finished."""
    return (
        session is not None and session.delivery_id is None and session.state is not State.FINISHED
    )
