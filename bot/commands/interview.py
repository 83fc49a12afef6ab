"""`start`, `hint`, `skip`, `repeat`, `next`, `end`, `status` and answering: one interview."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot import interview
from bot.attempts import framed, last_attempt
from bot.commands.base import Desk, Outcome, Request, Spec
from bot.commands.reviews import phrasings_for
from bot.commands.strictness import strictness_for
from bot.commands.words import START_ARGUMENTS, accepts_start, confirmation, parse_start
from bot.errors import UserError
from bot.feedback import feedback_text, hint_text, pick_follow_up, question_text, skipped_text
from bot.interview import Session, State
from bot.picking import pick_mixed, pick_next
from bot.questions import Question, QuestionBank
from bot.records import AnswerRecord
from bot.reviews import corrected_answers, review_buttons
from bot.scoring import MAX_ANSWER_CHARS
from bot.store import ShowedLast
from bot.summary import summary_text
from bot.timed import late_note, report_text, time_left
from bot.types import (
    FEEDBACK_BUTTONS,
    QUESTION_BUTTONS,
    RETRY_BUTTON,
    Command,
    Platform,
    Reply,
    Text,
)

SCORED_ALREADY = (
    "That question is already scored, so this was not taken as an answer. "
    "`retry` answers it again (then send your answer), `next` moves on, `end` finishes."
)

# -- shared by every command that runs an interview ----------------------------------------


def ask(request: Request, session: Session, prefix: str = "") -> Reply:
    question = current_question(request, session.current)
    text = question_text(question, session=session, guide=request.bank.guide(question.guide))
    where = request.event.where
    return Reply(where, prefix + text, buttons=QUESTION_BUTTONS, expects_answer=True)


def own_answers(desk: Desk, request: Request) -> list[AnswerRecord]:
    """The person's answers as they see their own scores: self-corrections applied."""
    store, key = desk.store, request.user_key
    return corrected_answers(store.answers(key), store.disputes_of(key))[0]


def current_question(request: Request, question_id: str | None) -> Question:
    question = request.bank.get(question_id or "")
    if question is None:
        raise UserError("That question is no longer in the bank. Type `next` to move on.")
    return question


def require(request: Request) -> Session:
    if request.session is None:
        raise UserError("You have no interview running. Type `start` to begin one.")
    return request.session


def default_guide(desk: Desk, request: Request) -> str:
    """The guide an interview here uses unless told; refuses channels admins closed."""
    server = desk.server(request.event.where)
    if not server.allows(request.event.where):
        raise UserError(
            "Interviews don't run in this channel here. Try a DM with me, or ask an admin."
        )
    return server.default_guide or desk.default_guide or desk.shipped.guides[0].slug


def here(desk: Desk, request: Request) -> Request:
    """The request with the bank of the server it happens in (a new interview starts there)."""
    return replace(request, bank=desk.banks.bank_for(request.event.where.scope))


def replacing(request: Request, name: str, args: str) -> Outcome | None:
    """Ask before a new interview replaces a running one, unless told `confirm`."""
    confirmed, kept = confirmation(args)
    session = request.session
    if session is None or confirmed:
        return None
    again = " ".join(word for word in (name, kept, "confirm") if word)
    go_on = "answer it" if session.state is State.ASKING else "type `next`"
    event = request.event
    if event.where.platform == Platform.DISCORD.value and isinstance(event, Command):
        how = f"Run `/mockinterview {name}` again with `replace: True` to replace it"
    else:
        how = f"Type `{again}` to replace it"
    text = (
        f"You have an interview running (question {session.number} of {session.length}). "
        f"{how}, or go on with it: `repeat` shows the question, or {go_on}."
    )
    return request.reply(text, private=True)


def fewer(request: Request, draft: Session, wanted: int) -> str:
    """Why an interview has fewer questions than asked for, if it has; else nothing."""
    if not 0 < draft.length < wanted:
        return ""
    chosen = [word.value for word in (draft.kind, draft.difficulty) if word is not None]
    which = " ".join([*chosen, "questions" if draft.length > 1 else "question"])
    title = request.bank.guide(draft.guide).title
    return (
        f"_There are only {draft.length} {which} in {title}, "
        f"so this interview has {draft.length}, not {wanted}._\n\n"
    )


def open_interview(desk: Desk, request: Request, draft: Session, intro: str = "") -> Outcome:
    first = pick(desk, request, draft)
    if first is None:
        raise UserError(
            "No questions match that choice. Try fewer filters: `start` or `start technical`."
        )
    session = replace(draft, current=first.id, scope=request.event.where.scope)
    note = "_Your previous interview was replaced._\n\n" if request.session else ""
    return Outcome([ask(request, session, note + intro)], session, save=True)


def pick(desk: Desk, request: Request, session: Session) -> Question | None:
    pool = request.bank.select(
        guide=session.guide, kind=session.kind, difficulty=session.difficulty
    )
    history = desk.store.history(request.user_key)
    if session.mixed:
        asked = [current_question(request, asked_id) for asked_id in session.asked if asked_id]
        return pick_mixed(pool, history=history, asked=asked, salt=session.id)
    return pick_next(pool, history=history, exclude=session.asked, salt=session.id)


def score(
    desk: Desk, request: Request, session_id: str, question: Question, text: str
) -> AnswerRecord:
    return desk.marker.mark(
        user_key=request.user_key,
        session_id=session_id,
        question=question,
        guide=request.bank.guide(question.guide),
        text=text,
        now=request.now,
        strictness=strictness_for(desk, request),
        phrasings=phrasings_for(desk, request, question.id),
    )


def after_feedback(
    desk: Desk,
    request: Request,
    session: Session,
    feedback: Reply,
    record: AnswerRecord | None = None,
) -> Outcome:
    retry = (RETRY_BUTTON,) if record is not None else ()  # a scored answer can be retried
    if session.has_more:
        buttons = (*FEEDBACK_BUTTONS, *retry, *review_buttons(record))
        feedback = Reply(feedback.where, feedback.text, buttons=buttons)
        outcome = Outcome([feedback], session, save=True)
    else:
        feedback = Reply(feedback.where, feedback.text, buttons=(*retry, *review_buttons(record)))
        outcome = finish(desk, request, interview.finish(session), [feedback], record)
    outcome.answer = record
    return outcome


def finish(
    desk: Desk,
    request: Request,
    session: Session,
    replies: list[Reply],
    latest: AnswerRecord | None = None,
) -> Outcome:
    answers = desk.store.session_answers(session.id)
    if latest is not None:
        answers.append(latest)
    text = (report_text if session.mixed else summary_text)(session, answers, request.bank)
    shown = session.turns[-1].question_id if session.turns else None
    writes = (ShowedLast(request.user_key, shown),) if shown else ()
    return Outcome([*replies, Reply(request.event.where, text)], None, save=True, writes=writes)


# -- the commands ------------------------------------------------------------------------


def start(desk: Desk, request: Request, args: str) -> Outcome:
    request = here(desk, request)
    guide_here = default_guide(desk, request)
    options = parse_start(args, request.bank)
    asking = replacing(request, "start", args)
    if asking is not None:
        return asking
    guide = options.guide or guide_here
    pool = request.bank.select(guide=guide, kind=options.kind, difficulty=options.difficulty)
    wanted = options.length or desk.session_length
    draft = interview.begin(
        session_id=desk.new_id(),
        guide=guide,
        kind=options.kind,
        difficulty=options.difficulty,
        length=min(wanted, len(pool)),
        first_question="",
        now=request.now,
    )
    return open_interview(desk, request, draft, fewer(request, draft, wanted))


def hint(desk: Desk, request: Request, args: str) -> Outcome:
    session = interview.hint(require(request))
    text = hint_text(current_question(request, session.current), session.hints)
    return Outcome([Reply(request.event.where, text)], session, save=True)


def repeat(desk: Desk, request: Request, args: str) -> Outcome:
    session = require(request)
    if session.state is not State.ASKING:
        return request.reply("Feedback is above. Type `next` to go on or `end` to finish.")
    return Outcome([ask(request, session)])


def skip(desk: Desk, request: Request, args: str) -> Outcome:
    session = require(request)
    return after_feedback(desk, request, interview.skip(session), _skipped(request, session))


def _skipped(request: Request, session: Session) -> Reply:
    """The model answer of the question being skipped, as `skip` and `next` show it."""
    question = current_question(request, session.current)
    return Reply(request.event.where, skipped_text(question))


def next_question(desk: Desk, request: Request, args: str) -> Outcome:
    """Move on; a question still waiting for its answer is skipped, with its model answer shown
    first, as `skip` shows it."""
    session = require(request)
    skipped: list[Reply] = []
    if session.state is State.ASKING:
        skipped.append(_skipped(request, session))
        session = interview.skip(session)
    following = pick(desk, request, session)
    session = interview.advance(session, following.id if following else None, request.now)
    if session.state is State.FINISHED:
        return finish(desk, request, session, skipped)
    return Outcome([*skipped, ask(request, session)], session, save=True)


def end(desk: Desk, request: Request, args: str) -> Outcome:
    session = require(request)
    return finish(desk, request, interview.finish(session), [])


def status(desk: Desk, request: Request, args: str) -> Outcome:
    return request.reply(status_text(request.session, request.bank, request.now), private=True)


def status_text(session: Session | None, bank: QuestionBank, now: datetime) -> str:
    """Where the person is in their interview, as `status` and the Slack Home tab show it."""
    if session is None:
        return "No interview running. Type `start` to begin."
    scored = [turn.score for turn in session.turns if turn.score is not None]
    average = f"{round(100 * sum(scored) / len(scored))}%" if scored else "n/a"
    waiting = "waiting for your answer" if session.state is State.ASKING else "feedback shown"
    text = (
        f"**{bank.guide(session.guide).title}** · question {session.number} of "
        f"{session.length} ({waiting}) · {len(scored)} answered, average {average}"
    )
    return text + time_left(session, now)


def answer(desk: Desk, request: Request, event: Text) -> Outcome:
    """Typed text that is no command: the answer to the question waiting for one."""
    session = require(request)
    if session.state is not State.ASKING:
        return request.reply(SCORED_ALREADY)
    text = event.text.strip()
    if not text:
        raise UserError("That answer was empty. Type your answer, or `skip`.")
    question = current_question(request, session.current)
    record = score(desk, request, session.id, question, text[:MAX_ANSWER_CHARS])
    late = session.is_late(request.now)
    answered = interview.answer(session, record.score, late=late)
    follow_up = pick_follow_up(question, len(session.turns))
    feedback = feedback_text(
        question,
        score=record.score,
        points=record.points,
        follow_up=follow_up,
        notes=record.notes,
    )
    answers = own_answers(desk, request) if session.retry else []  # as `history` shows them
    feedback = framed(feedback, record, last_attempt(answers, question.id))
    if late:
        feedback = late_note(session, request.now) + feedback
    if len(text) > MAX_ANSWER_CHARS:
        feedback = f"_Only the first {MAX_ANSWER_CHARS} characters were scored._\n\n{feedback}"
    return after_feedback(desk, request, answered, Reply(event.where, feedback), record)


COMMANDS = (
    Spec(
        "start",
        "`start [guide] [kind] [difficulty] [n]`: a new interview of n questions (default 5)",
        start,
        arguments=START_ARGUMENTS,
        accepts=accepts_start,
    ),
    Spec("hint", "`hint`: a nudge for the current question", hint),
    Spec("skip", "`skip`: give up on this question and see the model answer", skip),
    Spec("repeat", "`repeat`: show the current question again", repeat, aliases=("again",)),
    Spec("next", "`next`: move on (an unanswered question is skipped first)", next_question),
    Spec("end", "`end`: finish now and see the summary", end, aliases=("stop", "quit")),
    Spec("status", "`status`: where you are in the interview", status),
)
