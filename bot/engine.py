"""The engine: one neutral event in, a list of neutral replies out.

The engine loads the person's session from the Store, runs the pure state machine in
``bot.interview``, scores answers, and commits the whole turn atomically. It never sends
anything; adapters render the replies.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from bot import interview
from bot.channel_daily import session_of
from bot.clean import clean
from bot.commands import (
    COMMANDS,
    canonical,
    confirmation,
    help_text,
    parse_start,
    typed_command,
)
from bot.daily_desk import DailyDesk
from bot.errors import StorageUnavailableError, UserError
from bot.feedback import feedback_text, hint_text, pick_follow_up, question_text, skipped_text
from bot.interview import Session, State
from bot.marking import Marker
from bot.mock import late_note, mock_intro, parse_mock, report_text, time_left
from bot.observer import NoObserver, Observer
from bot.progress import ProgressDesk
from bot.questions import Question, QuestionBank, pick_mixed, pick_next
from bot.scoring import MAX_ANSWER_CHARS, KeyPointScorer, Scorer
from bot.server_banks import ServerBanks
from bot.settings_desk import SettingsDesk
from bot.store import AnswerRecord, Profile, Store, TurnCommit
from bot.summary import summary_text
from bot.turns import Outcome, Turn
from bot.types import (
    FEEDBACK_BUTTONS,
    QUESTION_BUTTONS,
    Action,
    Command,
    Event,
    Platform,
    Reply,
    Text,
    User,
)

log = logging.getLogger(__name__)

ELSEWHERE = (
    "Your interview is running in another server, so it goes on there. "
    "Type `start` to begin a new one here."
)
CONTINUING = frozenset({"hint", "skip", "repeat", "next", "end", "status", "resume"})
WELCOME_BACK = "Type `start` to begin an interview, or `help` for every command."
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
    marker: Marker = field(init=False)
    banks: ServerBanks = field(init=False)
    daily: DailyDesk = field(init=False)
    progress: ProgressDesk = field(init=False)
    settings: SettingsDesk = field(init=False)

    def __post_init__(self) -> None:
        self.marker = Marker(self.scorer)
        self.banks = ServerBanks(self.store, self.bank)
        self.daily = DailyDesk(self.store, self.bank)
        self.progress = ProgressDesk(self.store, self.bank, self.daily)
        self.settings = SettingsDesk(self.store, self.bank, self.daily)

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

    def _handle(self, event: Event, now: datetime) -> list[Reply]:
        if event.event_id is not None and self.store.seen_event(event.event_id):
            log.info("duplicate event %s ignored", event.event_id)
            return []
        session = self.store.load_session(event.user.key)
        if session is not None and self._elsewhere(session, event):
            return [Reply(event.where, ELSEWHERE, private=True)]
        scope = session.scope if session is not None else event.where.scope
        turn = Turn(event, now, session, self.banks.bank_for(scope))
        outcome = self._route(turn)
        if outcome.save or outcome.answer or event.event_id is not None:
            answered = turn.session.delivery_id if outcome.answer and turn.session else None
            commit = TurnCommit(
                user_key=turn.user_key,
                session=outcome.session if outcome.save else turn.session,
                now=now,
                answer=outcome.answer,
                event_id=event.event_id,
                answered_delivery=answered,
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

    def _route(self, turn: Turn) -> Outcome:
        event = turn.event
        if isinstance(event, Command):
            return self._command(turn, canonical(event.name or "help"), event.args)
        if isinstance(event, Action):
            return self._command(turn, canonical(event.action_id), event.value)
        answering = turn.session is not None and turn.session.state is State.ASKING
        guides = [guide.slug for guide in turn.bank.guides]
        typed = typed_command(event.text, answering=answering, guides=guides)
        if typed is not None:
            return self._command(turn, *typed)
        return self._answer(turn, event)

    def _command(self, turn: Turn, name: str, args: str) -> Outcome:
        handlers: dict[str, Callable[[Turn, str], Outcome]] = {
            "start": self._start,
            "hint": self._hint,
            "skip": self._skip,
            "repeat": self._repeat,
            "next": self._next,
            "end": self._end,
            "status": self._status,
            "help": self._help,
            "resume": self._resume,
            "settings": self.settings.command,
            "daily": self.daily.command,
            "interview": self._mock_interview,
            "stats": self.progress.stats,
            "leaderboard": self.progress.leaderboard,
            "export": self.progress.export,
            "forget": self.progress.forget,
            "guide": self.banks.command,
        }
        handler = handlers.get(name)
        if handler is None:
            return turn.reply(help_text(turn.bank, unknown=name))
        return handler(turn, args)

    # -- replies -------------------------------------------------------------------------

    def _ask(self, turn: Turn, session: Session, prefix: str = "") -> Reply:
        question = self._question(turn, session.current)
        text = question_text(question, session=session, guide=turn.bank.guide(question.guide))
        return Reply(turn.event.where, prefix + text, buttons=QUESTION_BUTTONS, expects_answer=True)

    def _question(self, turn: Turn, question_id: str | None) -> Question:
        question = turn.bank.get(question_id or "")
        if question is None:
            raise UserError("That question is no longer in the bank. Type `next` to move on.")
        return question

    def _require(self, turn: Turn) -> Session:
        if turn.session is None:
            raise UserError("You have no interview running. Type `start` to begin one.")
        return turn.session

    # -- commands ------------------------------------------------------------------------

    def _help(self, turn: Turn, args: str) -> Outcome:
        return turn.reply(help_text(turn.bank), private=True)

    def update_profile(self, user: User, *, timezone: str | None) -> None:
        """Remember what the platform says about a person (their time zone)."""
        self.store.save_profile(Profile(user.key, user.name, timezone))

    def _default_guide(self, turn: Turn) -> str:
        """The guide an interview here uses unless told; refuses channels admins closed."""
        server = self.settings.server(turn.event.where)
        if not server.allows(turn.event.where):
            raise UserError(
                "Interviews don't run in this channel here. Try a DM with me, or ask an admin."
            )
        return server.default_guide or self.default_guide or self.bank.guides[0].slug

    def _here(self, turn: Turn) -> Turn:
        """The turn with the bank of the server it happens in (a new interview starts there)."""
        return replace(turn, bank=self.banks.bank_for(turn.event.where.scope))

    def _replacing(self, turn: Turn, name: str, args: str) -> Outcome | None:
        """Ask before a new interview replaces a running one, unless told `confirm`."""
        confirmed, kept = confirmation(args)
        session = turn.session
        if session is None or confirmed:
            return None
        again = " ".join(word for word in (name, kept, "confirm") if word)
        go_on = "answer it" if session.state is State.ASKING else "type `next`"
        if turn.event.where.platform == Platform.DISCORD.value and isinstance(turn.event, Command):
            how = f"Run `/mockinterview {name}` again with `replace: True` to replace it"
        else:
            how = f"Type `{again}` to replace it"
        text = (
            f"You have an interview running (question {session.number} of {session.length}). "
            f"{how}, or go on with it: `repeat` shows the question, or {go_on}."
        )
        return turn.reply(text, private=True)

    def _start(self, turn: Turn, args: str) -> Outcome:
        turn = self._here(turn)
        default = self._default_guide(turn)
        options = parse_start(args, turn.bank)
        asking = self._replacing(turn, "start", args)
        if asking is not None:
            return asking
        guide = options.guide or default
        pool = turn.bank.select(guide=guide, kind=options.kind, difficulty=options.difficulty)
        wanted = options.length or self.session_length
        draft = interview.begin(
            session_id=self.new_id(),
            guide=guide,
            kind=options.kind,
            difficulty=options.difficulty,
            length=min(wanted, len(pool)),
            first_question="",
            now=turn.now,
        )
        return self._open(turn, draft, self._fewer(turn, draft, wanted))

    def _mock_interview(self, turn: Turn, args: str) -> Outcome:
        """`interview [n] [minutes]`: kinds mixed like a real interview, optionally timed."""
        turn = self._here(turn)
        guide = self._default_guide(turn)
        options = parse_mock(confirmation(args)[1])
        asking = self._replacing(turn, "interview", args)
        if asking is not None:
            return asking
        draft = interview.begin(
            session_id=self.new_id(),
            guide=guide,
            kind=None,
            difficulty=None,
            length=min(options.questions, len(turn.bank.select(guide=guide))),
            first_question="",
            now=turn.now,
        )
        timed = replace(draft, mixed=True, time_limit=options.seconds)
        return self._open(
            turn, timed, self._fewer(turn, timed, options.questions) + mock_intro(options)
        )

    @staticmethod
    def _fewer(turn: Turn, draft: Session, wanted: int) -> str:
        """Why an interview has fewer questions than asked for, if it has; else nothing."""
        if not 0 < draft.length < wanted:
            return ""
        chosen = [word.value for word in (draft.kind, draft.difficulty) if word is not None]
        which = " ".join([*chosen, "questions" if draft.length > 1 else "question"])
        title = turn.bank.guide(draft.guide).title
        return (
            f"_There are only {draft.length} {which} in {title}, "
            f"so this interview has {draft.length}, not {wanted}._\n\n"
        )

    def _open(self, turn: Turn, draft: Session, intro: str = "") -> Outcome:
        first = self._pick(turn, draft)
        if first is None:
            raise UserError(
                "No questions match that choice. Try fewer filters: `start` or `start technical`."
            )
        session = replace(draft, current=first.id, scope=turn.event.where.scope)
        note = "_Your previous interview was replaced._\n\n" if turn.session else ""
        return Outcome([self._ask(turn, session, note + intro)], session, save=True)

    def _pick(self, turn: Turn, session: Session) -> Question | None:
        pool = turn.bank.select(
            guide=session.guide, kind=session.kind, difficulty=session.difficulty
        )
        history = self.store.history(turn.user_key)
        if session.mixed:
            asked = [
                self._question(turn, question_id) for question_id in session.asked if question_id
            ]
            return pick_mixed(pool, history=history, asked=asked, salt=session.id)
        return pick_next(pool, history=history, exclude=session.asked, salt=session.id)

    def _resume(self, turn: Turn, args: str) -> Outcome:
        """What a person sees when they come back: their open question, or the help."""
        session = turn.session
        if session is None:
            return self._welcome(turn)
        if session.state is State.ASKING:
            return Outcome(
                [self._ask(turn, session, "Welcome back! Picking up where you stopped.\n\n")]
            )
        return turn.reply("Welcome back! Type `next` for the next question or `end` to finish.")

    def _welcome(self, turn: Turn) -> Outcome:
        """The whole help for someone new; for anyone we have met (a profile), one line.

        Showing the help is what makes the profile, when no platform made it before."""
        user = turn.event.user
        if self.store.load_profile(user.key) is not None:
            return turn.reply(WELCOME_BACK, private=True)
        self.store.save_profile(Profile(user.key, user.name))
        return self._help(turn, "")

    def _hint(self, turn: Turn, args: str) -> Outcome:
        session = interview.hint(self._require(turn))
        text = hint_text(self._question(turn, session.current), session.hints)
        return Outcome([Reply(turn.event.where, text)], session, save=True)

    def _repeat(self, turn: Turn, args: str) -> Outcome:
        session = self._require(turn)
        if session.state is not State.ASKING:
            return turn.reply("Feedback is above. Type `next` to go on or `end` to finish.")
        return Outcome([self._ask(turn, session)])

    def _skip(self, turn: Turn, args: str) -> Outcome:
        session = self._require(turn)
        question = self._question(turn, session.current)
        skipped = interview.skip(session)
        return self._after_feedback(turn, skipped, Reply(turn.event.where, skipped_text(question)))

    def _next(self, turn: Turn, args: str) -> Outcome:
        return self._advance(turn, self._require(turn))

    def _end(self, turn: Turn, args: str) -> Outcome:
        session = self._require(turn)
        return self._finish(turn, interview.finish(session), [])

    def _status(self, turn: Turn, args: str) -> Outcome:
        if turn.session is None:
            return turn.reply("No interview running. Type `start` to begin.", private=True)
        session = turn.session
        scored = [t.score for t in session.turns if t.score is not None]
        average = f"{round(100 * sum(scored) / len(scored))}%" if scored else "n/a"
        waiting = "waiting for your answer" if session.state is State.ASKING else "feedback shown"
        text = (
            f"**{turn.bank.guide(session.guide).title}** · question {session.number} of "
            f"{session.length} ({waiting}) · {len(scored)} answered, average {average}"
        )
        return turn.reply(text + time_left(session, turn.now), private=True)

    # -- answering -----------------------------------------------------------------------

    def _answer(self, turn: Turn, event: Text) -> Outcome:
        session = turn.session
        if session is None:
            return self._answer_of_the_day(turn, event)
        if session.state is not State.ASKING:
            return turn.reply("That question is scored. Type `next` for another or `end`.")
        text = event.text.strip()
        if not text:
            raise UserError("That answer was empty. Type your answer, or `skip`.")
        question = self._question(turn, session.current)
        record = self._score(turn, session.id, question, text[:MAX_ANSWER_CHARS])
        late = session.is_late(turn.now)
        answered = interview.answer(session, record.score, late=late)
        follow_up = pick_follow_up(question, len(session.turns))
        feedback = feedback_text(
            question,
            score=record.score,
            points=record.points,
            follow_up=follow_up,
            notes=record.notes,
        )
        if late:
            feedback = late_note(session, turn.now) + feedback
        if len(text) > MAX_ANSWER_CHARS:
            feedback = f"_Only the first {MAX_ANSWER_CHARS} characters were scored._\n\n{feedback}"
        return self._after_feedback(turn, answered, Reply(turn.event.where, feedback), record)

    def _answer_of_the_day(self, turn: Turn, event: Text) -> Outcome:
        """An answer in a channel with a question of the day, from someone not in an interview."""
        open_question = self.daily.channels.open_question(event.where)
        if open_question is None and not event.where.direct:
            return Outcome([])  # chatter in a channel or thread is not for the bot
        if open_question is None:
            return turn.reply("You have no interview running. Type `start` to begin, or `help`.")
        delivery_id, question = open_question
        text = event.text.strip()[:MAX_ANSWER_CHARS]
        if not text:
            raise UserError("That answer was empty. Type your answer, or `skip`.")
        self.daily.channels.remember(event.user)
        record = self._score(turn, session_of(delivery_id), question, text)
        feedback = feedback_text(question, score=record.score, points=record.points, follow_up=None)
        reply = Reply(event.where, f"**Question of the day**\n\n{feedback}", private=True)
        return Outcome([reply], answer=record)

    def _score(self, turn: Turn, session_id: str, question: Question, text: str) -> AnswerRecord:
        return self.marker.mark(
            user_key=turn.user_key,
            session_id=session_id,
            question=question,
            guide=turn.bank.guide(question.guide),
            text=text,
            now=turn.now,
        )

    def _after_feedback(
        self, turn: Turn, session: Session, feedback: Reply, record: AnswerRecord | None = None
    ) -> Outcome:
        if session.has_more:
            feedback = Reply(feedback.where, feedback.text, buttons=FEEDBACK_BUTTONS)
            outcome = Outcome([feedback], session, save=True)
        else:
            outcome = self._finish(turn, interview.finish(session), [feedback], record)
        outcome.answer = record
        return outcome

    def _advance(self, turn: Turn, session: Session) -> Outcome:
        if session.state is State.ASKING:
            session = interview.skip(session)
        following = self._pick(turn, session)
        session = interview.advance(session, following.id if following else None, turn.now)
        if session.state is State.FINISHED:
            return self._finish(turn, session, [])
        return Outcome([self._ask(turn, session)], session, save=True)

    def _finish(
        self, turn: Turn, session: Session, replies: list[Reply], latest: AnswerRecord | None = None
    ) -> Outcome:
        answers = self.store.session_answers(session.id)
        if latest is not None:
            answers.append(latest)
        text = (report_text if session.mixed else summary_text)(session, answers, turn.bank)
        summary = Reply(turn.event.where, text)
        return Outcome([*replies, summary], None, save=True)


__all__ = ["COMMANDS", "Engine"]
