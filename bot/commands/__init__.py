"""The registry of commands: it drives the help, typed-command detection, routing and the
slash commands of every platform. A new command is a ``Spec`` in a module of this package,
listed in ``REGISTRY``."""

from __future__ import annotations

from collections.abc import Collection

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.commands import (
    attempts,
    daily,
    guides,
    interview,
    mock_interview,
    progress,
    reviews,
    settings,
    strictness,
)
from bot.commands.base import Desk, Outcome, Request, Spec, words_among
from bot.commands.words import CONFIRM_WORDS
from bot.interview import State
from bot.questions import QuestionBank
from bot.records import Profile
from bot.store import SaveProfile

PREFIXES = ("/mockinterview", "mockinterview", "/interview")
MAX_ARGUMENTS = 4  # typed words after a command word, `confirm` not counted
MAX_COMMAND_CHARS = 20  # a longer word is no mistyped command
PRIVACY_LINE = (
    "Your data: `export` sends you all I keep about you, `forget` deletes it. What is kept "
    "and for how long: PRIVACY.md in the mockinterview project."
)
WELCOME_BACK = "Type `start` to begin an interview, or `help` for every command."


def show_help(desk: Desk, request: Request, args: str) -> Outcome:
    return request.reply(help_text(request.bank), private=True)


def resume(desk: Desk, request: Request, args: str) -> Outcome:
    """What a person sees when they come back: their open question, or the help."""
    session = request.session
    if session is None:
        return _welcome(desk, request)
    if session.state is State.ASKING:
        back = "Welcome back! Picking up where you stopped.\n\n"
        return Outcome([interview.ask(request, session, back)])
    return request.reply("Welcome back! Type `next` for the next question or `end` to finish.")


def _welcome(desk: Desk, request: Request) -> Outcome:
    """The whole help for someone new; for anyone we have met (a profile), one line.

    Showing the help is what makes the profile, when no platform made it before."""
    user = request.event.user
    if desk.store.load_profile(user.key) is not None:
        return request.reply(WELCOME_BACK, private=True)
    made = SaveProfile(Profile(user.key, user.name))
    return request.reply(help_text(request.bank), private=True, writes=[made])


REGISTRY: tuple[Spec, ...] = (
    *interview.COMMANDS,
    Spec("help", "`help`: this list", show_help, aliases=("?",), accepts=words_among()),
    *mock_interview.COMMANDS,
    *progress.COMMANDS,
    *daily.COMMANDS,
    *settings.COMMANDS,
    *attempts.COMMANDS,
    *strictness.COMMANDS,
    *guides.COMMANDS,
    *reviews.COMMANDS,
    Spec("resume", "`resume`: where you stopped", resume, listed=False),
)
BY_NAME = {spec.name: spec for spec in REGISTRY}
ALIASES = {alias: spec.name for spec in REGISTRY for alias in spec.aliases}
COMMANDS = {spec.name: spec.usage for spec in REGISTRY if spec.listed}  # the help lines


def canonical(word: str) -> str:
    lowered = word.lower()
    return ALIASES.get(lowered, lowered)


def find(name: str) -> Spec | None:
    """The command called ``name`` (or one of its aliases)."""
    return BY_NAME.get(canonical(name))


def typed_command(
    text: str, *, answering: bool, guides: Collection[str] = ()
) -> tuple[str, str] | None:
    """Recognise a command typed as a message: `/hint`, `hint`, `start backend easy`.

    While a question waits for an answer, a command with arguments counts only when every
    argument is one it takes (`start hard`, `daily status`), so an answer that happens to
    begin with "next", "end" or "start" is still an answer.
    """
    words = text.strip().split()
    if words and words[0].lower() in PREFIXES:
        words = words[1:] or ["help"]
    if not words:
        return None
    first = words[0]
    explicit = first.startswith("/")
    name = canonical(first.lstrip("/"))
    if explicit:
        return name, " ".join(words[1:])
    spec = BY_NAME.get(name)
    if spec is None or not spec.listed:
        return None
    if len(words) == 1:
        return name, ""
    arguments = [word.lower() for word in words[1:]]
    if spec.accepts is None:
        return None
    understood = not answering or spec.accepts(arguments, guides)
    counted = [word for word in arguments if word not in CONFIRM_WORDS]
    if (len(counted) <= MAX_ARGUMENTS or spec.sentence) and understood:
        return name, " ".join(words[1:])
    return None


def meant(text: str) -> list[str]:
    """The commands a one-word message that is none was likely meant to be, the nearest
    (one typo away, two in a long word): "hlep" is `help`, "stast" `start` or `stats`."""
    words = text.split()
    typed = words[0].lower().lstrip("/") if len(words) == 1 else ""
    if not (typed.isascii() and typed.isalpha() and len(typed) <= MAX_COMMAND_CHARS):
        return []  # nor is it echoed back: no markup, no mention, nothing long
    most = max(1, len(typed) // 3)
    found = process.extract(typed, COMMANDS.keys(), scorer=OSA.distance, score_cutoff=most)
    nearest = min((distance for _, distance, _ in found), default=0)
    return [name for name, distance, _ in found if distance == nearest]


def help_text(bank: QuestionBank, *, unknown: str | None = None) -> str:
    lines = []
    if unknown:
        lines.append(f"I don't know the command `{unknown}`. Here is what I can do:")
    else:
        lines.append("**mockinterview** asks interview questions and scores your answers.")
    lines.extend(f"• {usage}" for usage in COMMANDS.values())
    guides_here = ", ".join(
        f"`{guide.slug}` ({len(guide.questions)} questions)" for guide in bank.guides
    )
    lines.append(f"Guides: {guides_here}")
    lines.append(
        "Kinds: technical, behavioral, situational, problem-solving · Levels: easy, medium, hard"
    )
    lines.append(PRIVACY_LINE)
    return "\n".join(lines)


def route(desk: Desk, request: Request, name: str, args: str) -> Outcome:
    """Run the command called ``name``; an unknown one gets the help, with a note."""
    spec = find(name)
    if spec is None:
        return request.reply(help_text(request.bank, unknown=name))
    return spec.handler(desk, request, args)


__all__ = ["COMMANDS", "REGISTRY", "Desk", "Outcome", "Request", "Spec", "route"]
