"""Command words, their help, and parsing of `start` arguments and typed commands."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bot.errors import UserError
from bot.questions import QuestionBank
from bot.types import Difficulty, Kind

COMMANDS: dict[str, str] = {
    "start": "`start [guide] [kind] [difficulty] [n]`: a new interview of n questions (default 5)",
    "hint": "`hint`: a nudge for the current question",
    "skip": "`skip`: give up on this question and see the model answer",
    "repeat": "`repeat`: show the current question again",
    "next": "`next`: move on to the next question",
    "end": "`end`: finish now and see the summary",
    "status": "`status`: where you are in the interview",
    "help": "`help`: this list",
    "interview": "`interview [n] [minutes]`: a mock interview of mixed kinds, optionally timed",
    "stats": "`stats`: your progress, with a chart",
    "leaderboard": "`leaderboard [join|leave]`: this server's opt-in leaderboard",
    "export": "`export`: everything I keep about you, as a JSON file",
    "forget": "`forget`: delete everything I keep about you",
    "daily": "`daily on [time] [time zone] [days]`: a question by DM every day (`daily` for more)",
    "settings": "`settings`: this server's settings (admins can change them)",
    "guide": "`guide`: the guides here; admins add one by sending a `.md` file (`guide upload`)",
}
ALIASES = {"again": "repeat", "stop": "end", "quit": "end", "?": "help"}
PREFIXES = ("/mockinterview", "mockinterview", "/interview")
ARGUMENT_COMMANDS = frozenset(
    {"start", "help", "daily", "interview", "leaderboard", "forget", "settings"}
)
DAILY_ACTIONS = frozenset({"on", "off", "pause", "resume", "status", "topic"})

KIND_WORDS: dict[str, Kind] = {
    "technical": Kind.TECHNICAL,
    "tech": Kind.TECHNICAL,
    "behavioral": Kind.BEHAVIORAL,
    "behavioural": Kind.BEHAVIORAL,
    "situational": Kind.SITUATIONAL,
    "problem-solving": Kind.PROBLEM_SOLVING,
    "problem_solving": Kind.PROBLEM_SOLVING,
    "problem": Kind.PROBLEM_SOLVING,
}
ANY_WORDS = frozenset({"any", "all", "mixed", "default"})
CONFIRM_WORDS = frozenset({"confirm", "yes"})  # `start … confirm`: replace a running interview
MAX_LENGTH = 20


@dataclass(frozen=True, slots=True)
class StartOptions:
    guide: str | None = None
    kind: Kind | None = None
    difficulty: Difficulty | None = None
    length: int | None = None


def canonical(word: str) -> str:
    lowered = word.lower()
    return ALIASES.get(lowered, lowered)


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
    if name not in COMMANDS:
        return None
    if len(words) == 1:
        return name, ""
    arguments = [word.lower() for word in words[1:]]
    understood = not answering or _takes(name, arguments, guides)
    counted = [word for word in arguments if word not in CONFIRM_WORDS]
    if name in ARGUMENT_COMMANDS and len(counted) <= 4 and understood:
        return name, " ".join(words[1:])
    return None


def _takes(name: str, arguments: list[str], guides: Collection[str]) -> bool:
    """Whether these are all arguments the command understands."""
    if name == "daily":
        return arguments[0] in DAILY_ACTIONS
    if name == "start":
        return all(_start_word(word, guides) for word in arguments)
    if name == "interview":
        return all(word.isdigit() or word in CONFIRM_WORDS for word in arguments)
    return arguments in (["join"], ["leave"], ["confirm"])


def _start_word(word: str, guides: Collection[str]) -> bool:
    levels = {level.value for level in Difficulty}
    known = word in KIND_WORDS or word in levels or word in ANY_WORDS or word in CONFIRM_WORDS
    known = known or word.isdigit()
    return known or any(slug.startswith(word) or word in slug.split("-") for slug in guides)


def confirmation(args: str) -> tuple[bool, str]:
    """Whether `confirm` (or `yes`) is among the arguments, and the arguments without it."""
    words = args.split()
    kept = [word for word in words if word.lower() not in CONFIRM_WORDS]
    return len(kept) < len(words), " ".join(kept)


def parse_start(args: str, bank: QuestionBank) -> StartOptions:
    guide: str | None = None
    kind: Kind | None = None
    difficulty: Difficulty | None = None
    length: int | None = None
    for word in args.lower().replace(",", " ").split():
        if word in ANY_WORDS or word in CONFIRM_WORDS:
            continue
        if word in KIND_WORDS:
            kind = KIND_WORDS[word]
        elif word in {level.value for level in Difficulty}:
            difficulty = Difficulty(word)
        elif word.isdigit():
            length = _length(word)
        else:
            guide = find_guide(word, bank)
    return StartOptions(guide, kind, difficulty, length)


def _length(word: str) -> int:
    number = int(word)
    if not 1 <= number <= MAX_LENGTH:
        raise UserError(f"An interview has 1 to {MAX_LENGTH} questions; `{word}` is out of range.")
    return number


def find_guide(word: str, bank: QuestionBank) -> str:
    slugs = [guide.slug for guide in bank.guides]
    if word in slugs:
        return word
    matches = [slug for slug in slugs if slug.startswith(word) or word in slug.split("-")]
    if len(matches) == 1:
        return matches[0]
    raise UserError(
        f"I don't know `{word}`. Try `start [guide] [kind] [difficulty]` with a guide "
        f"({', '.join(slugs)}), a kind (technical, behavioral, situational, problem-solving) "
        "or a difficulty (easy, medium, hard)."
    )


def help_text(bank: QuestionBank, *, unknown: str | None = None) -> str:
    lines = []
    if unknown:
        lines.append(f"I don't know the command `{unknown}`. Here is what I can do:")
    else:
        lines.append("**mockinterview** asks interview questions and scores your answers.")
    lines.extend(f"• {usage}" for usage in COMMANDS.values())
    guides = ", ".join(
        f"`{guide.slug}` ({len(guide.questions)} questions)" for guide in bank.guides
    )
    lines.append(f"Guides: {guides}")
    lines.append(
        "Kinds: technical, behavioral, situational, problem-solving · Levels: easy, medium, hard"
    )
    return "\n".join(lines)
