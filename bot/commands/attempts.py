"""`retry`, `history`, `sessions` and `report`: answering again and looking back."""

from __future__ import annotations

from bot import interview
from bot.attempts import history_text, past_sessions, report_again, sessions_text
from bot.commands.base import Argument, Desk, Outcome, Request, Spec
from bot.commands.interview import ask, here, own_answers
from bot.commands.words import is_number
from bot.errors import UserError
from bot.interview import State

AGAIN = "**Once more.** Your new answer is compared with the last one.\n\n"
NO_ANSWERS = "You haven't answered a question yet. Type `start` to begin."
WAITING = "A question is waiting for your answer: answer it or `skip`, then `retry`."
MAX_ID_CHARS = 200


def retry(desk: Desk, request: Request, args: str) -> Outcome:
    """Ask the question just answered again: in the interview, or on its own after it."""
    session = request.session
    if session is not None and session.state is State.ASKING:
        raise UserError(WAITING)
    if session is not None and session.state is State.REVIEWING:
        again = interview.ask_again(session, request.now)
        return Outcome([ask(request, again, AGAIN)], again, save=True)
    answers = desk.store.answers(request.user_key)
    if not answers:
        raise UserError(NO_ANSWERS)
    request = here(desk, request)
    question = request.bank.get(answers[-1].question_id)
    if question is None:
        raise UserError(
            "Your last question isn't in the guides here. Try `retry` where you met it."
        )
    if not desk.server(request.event.where).allows(request.event.where):
        raise UserError("Interviews don't run in this channel here. Try a DM with me.")
    session = interview.one_question(
        f"retry-{desk.new_id()}",
        question,
        request.now,
        retry=True,
        scope=request.event.where.scope,
    )
    return Outcome([ask(request, session, AGAIN)], session, save=True)


def history(desk: Desk, request: Request, args: str) -> Outcome:
    answers = own_answers(desk, request)
    if not answers:
        raise UserError(NO_ANSWERS)
    question_id = args.strip().lower()[:MAX_ID_CHARS] or answers[-1].question_id
    attempts = [record for record in answers if record.question_id == question_id]
    if not attempts:
        raise UserError(
            "You have no answers to that question. Its id shows under each feedback, "
            f"like `{answers[-1].question_id}`; `history` alone shows your last question."
        )
    question = request.bank.get(question_id) or desk.shipped.get(question_id)
    prompt = question.prompt if question else ""
    text = history_text(question_id, prompt, attempts, timezone_of(desk, request))
    return request.reply(text, private=True)


def sessions(desk: Desk, request: Request, args: str) -> Outcome:
    past = past_sessions(own_answers(desk, request))
    running = request.session.id if request.session else None
    text = sessions_text(past, request.bank, running=running, timezone=timezone_of(desk, request))
    return request.reply(text, private=True)


def report(desk: Desk, request: Request, args: str) -> Outcome:
    past = past_sessions(own_answers(desk, request))
    if not past:
        raise UserError("No interviews yet. Type `start` for one.")
    word = args.strip()
    number = int(word) if is_number(word) else 0
    if not 1 <= number <= len(past):
        latest = "`report 1` (the latest)"
        shown = f"{latest} to `report {len(past)}`" if len(past) > 1 else f"{latest}, the only one"
        raise UserError(f"Give a number from `sessions`: {shown}.")
    text = report_again(number, past[number - 1], request.bank, timezone_of(desk, request))
    return request.reply(text, private=True)


def timezone_of(desk: Desk, request: Request) -> str | None:
    profile = desk.store.load_profile(request.user_key)
    return profile.timezone if profile else None


def _question_id(words: list[str], guides: object) -> bool:
    return len(words) == 1 and "/" in words[0]


def _number(words: list[str], guides: object) -> bool:
    return len(words) == 1 and is_number(words[0])


COMMANDS = (
    Spec("retry", "`retry`: answer the question you just answered again, and compare", retry),
    Spec(
        "history",
        "`history [question id]`: every attempt at a question (default: your last one)",
        history,
        arguments=(Argument("question", "A question id, as shown under feedback"),),
        accepts=_question_id,
    ),
    Spec("sessions", "`sessions`: your past interviews, with dates and scores", sessions),
    Spec(
        "report",
        "`report <n>`: an earlier interview's report again (n from `sessions`)",
        report,
        arguments=(Argument("number", "Which interview: 1 is the most recent"),),
        accepts=_number,
    ),
)
