"""The words commands understand: kinds, levels, `confirm`, and the arguments of `start`."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bot.commands.base import Argument
from bot.errors import UserError
from bot.questions import QuestionBank
from bot.types import Difficulty, Kind

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
MAX_NUMBER_DIGITS = 9  # a number typed as an argument: an id, a point, an interview
START_ARGUMENTS = (
    Argument("guide", "The guide to draw questions from"),
    Argument("kind", "Only this kind of question", tuple(kind.value for kind in Kind)),
    Argument("difficulty", "Only this difficulty", tuple(level.value for level in Difficulty)),
    Argument("questions", "How many questions"),
)


@dataclass(frozen=True, slots=True)
class StartOptions:
    guide: str | None = None
    kind: Kind | None = None
    difficulty: Difficulty | None = None
    length: int | None = None


def accepts_start(words: list[str], guides: Collection[str]) -> bool:
    """Whether every word is one `start` takes: a kind, a level, a number, a guide."""
    return all(_start_word(word, guides) for word in words)


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


def is_number(word: str) -> bool:
    """A number as people type one as an argument: decimal digits of any script ("12", "１２",
    "١٢", all of which ``int`` reads), not too many of them."""
    return word.isdecimal() and len(word) <= MAX_NUMBER_DIGITS
