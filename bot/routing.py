"""Where one turn goes: a command, an answer to the waiting question, or the daily answer.

Also the rule that a server's interview never goes on in another server.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import commands
from bot.commands import Desk, Outcome, Request, canonical, meant, typed_command
from bot.commands.daily import answer_of_the_day
from bot.commands.interview import answer
from bot.interview import Session, State
from bot.questions import QuestionBank
from bot.types import Action, Command, Event

CONTINUING = frozenset({"hint", "skip", "repeat", "next", "end", "status", "resume", "retry"})


def route(desk: Desk, request: Request) -> Outcome:
    """Run the command the event names or types; text that is no command is an answer."""
    event = request.event
    if isinstance(event, Command):
        return commands.route(desk, request, event.name or "help", event.args)
    if isinstance(event, Action):
        return commands.route(desk, request, event.action_id, event.value)
    session = request.session
    typed = typed_in(event.text, session, request.bank)
    if typed is not None:
        return commands.route(desk, request, *typed)
    if session is None:
        close = meant(event.text) if event.where.direct else []
        if close:  # no interview to answer: a mistyped command, most likely
            named = " or ".join(f"`{name}`" for name in close)
            return request.reply(
                f"I don't know `{event.text.strip()}`. Did you mean {named}? "
                "`help` lists every command.",
                private=True,
            )
        return answer_of_the_day(desk, request, event)
    return answer(desk, request, event)


def typed_in(text: str, session: Session | None, bank: QuestionBank) -> tuple[str, str] | None:
    """The command typed ``text`` runs, if any; while a question waits, fewer words count."""
    answering = session is not None and session.state is State.ASKING
    guides = [guide.slug for guide in bank.guides]
    return typed_command(text, answering=answering, guides=guides)


def elsewhere(
    session: Session, event: Event, bank_for: Callable[[str | None], QuestionBank]
) -> bool:
    """Whether ``event``, from another server than the one ``session`` started in, would go
    on with it: a server's questions (its own guides, too) never show in another. Starting a
    new interview there, or any other command, is fine."""
    here_scope, there_scope = event.where.scope, session.scope
    if here_scope is None or there_scope is None or here_scope == there_scope:
        return False
    if isinstance(event, Action):
        return True
    if isinstance(event, Command):
        return canonical(event.name or "help") in CONTINUING
    typed = typed_in(event.text, session, bank_for(there_scope))
    return typed is None or canonical(typed[0]) in CONTINUING
