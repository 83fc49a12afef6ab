"""`strictness`: how much of a key point an answer must say to cover it, for one person."""

from __future__ import annotations

from bot.commands.base import Argument, Desk, Outcome, Request, Spec, words_among
from bot.store import SetStrictness
from bot.strictness import CLEARING, LEVELS, Strictness, in_use, parse


def strictness_for(desk: Desk, request: Request) -> Strictness:
    """The person's choice, else that of the server the interview runs in, else standard."""
    profile = desk.store.load_profile(request.user_key)
    return in_use(profile.strictness if profile else None, _server_choice(desk, request))


def _server_choice(desk: Desk, request: Request) -> str | None:
    session = request.session
    scope = session.scope if session and session.scope else request.event.where.scope
    return desk.store.load_server_settings(scope).strictness if scope else None


def strictness(desk: Desk, request: Request, args: str) -> Outcome:
    word = args.strip().lower()
    server = _server_choice(desk, request)
    if not word:
        profile = desk.store.load_profile(request.user_key)
        text = _marked(profile.strictness if profile else None, server) + " " + CHOOSE
        return request.reply(text, private=True)
    chosen = None if word in CLEARING else parse(word)
    saved = SetStrictness(request.user_key, chosen)
    return request.reply("Saved. " + _marked(chosen, server), private=True, writes=[saved])


CHOOSE = "`strictness lenient|standard|strict` to choose, `strictness default` for the server's."


def _marked(own: Strictness | None, server: str | None) -> str:
    whose = "your choice" if own else "the server's" if server else "the default"
    return f"Your answers are marked {in_use(own, server).describe()}, {whose}."


COMMANDS = (
    Spec(
        "strictness",
        "`strictness [lenient|standard|strict|default]`: how much of a point counts as covered",
        strictness,
        arguments=(
            Argument("level", "How strictly your answers are marked", (*LEVELS, "default")),
        ),
        accepts=words_among(*LEVELS, "default"),
    ),
)
