"""A model answer's bold labels: which are generic, which hold follow-ups, which role each
names, and the roles an author may write. Plain rules on text, so the scorer reads a
reference's labels without loading the Markdown parser."""

from __future__ import annotations

import re

from bot.types import Role

_GENERIC_LABELS = frozenset(
    {
        "action", "actions", "alternative considerations", "answer", "approach", "best practice",
        "best practices", "common mistakes", "common pitfalls", "considerations", "context",
        "definition", "design principles", "details", "diagnosis steps", "explanation",
        "immediate steps", "key considerations", "key points", "outcome", "overview", "pitfalls",
        "process", "real world scenario", "result", "results", "situation", "step by step process",
        "summary", "task", "technical details",
    }
)  # fmt: skip
_GENERIC_PATTERN = re.compile(r"(examples?|steps?|scenarios?|use cases?)(\s+\d+|\s+of\s+.+)?")
_FOLLOW_UP = re.compile(r"follow\s?ups?(\s+(points?|questions?|prompts?))?")

_LABEL_ROLES: tuple[tuple[Role, re.Pattern[str]], ...] = (
    (Role.PITFALL, re.compile(r"(common )?(pitfalls?|mistakes?|anti ?patterns?|gotchas?)")),
    (
        Role.SUPPORTING,
        re.compile(
            r"(examples?|best practices?|alternatives?|(alternative |key )?considerations?"
            r"|trade ?offs?|tooling|tools|real world scenario|use cases?|scenarios?)"
            r"( \d+| of .+)?"
        ),
    ),
    (Role.STORY, re.compile(r"context|situation|task|actions?|outcome|results?")),
    (
        Role.CORE,
        re.compile(
            r"definition|explanation|overview|summary|approach|process|steps?|.* steps"
            r"|step by step process|technical details|details|key points|answer"
        ),
    ),
)


def role_of_label(label: str, *, nested: bool = False) -> Role | None:
    """The role a label names ("Common Pitfalls" -> pitfall), or None for a topic label.

    A story's parts (Context, Action, Outcome) are the answer's top-level labels; ``nested``
    under another label, such a word names a topic: React's "Context" among "Technical
    Details" is no part of a story.
    """
    name = normalize_label(label)
    for role, pattern in _LABEL_ROLES:
        if pattern.fullmatch(name):
            return None if nested and role is Role.STORY else role
    return None


def parse_role(name: str) -> Role | None:
    """``core``/``supporting``/``pitfall``/``story`` as written by an author, else None."""
    try:
        return Role(name.strip().lower())
    except ValueError:
        return None


def normalize_label(label: str) -> str:
    return " ".join(label.lower().replace("-", " ").replace("_", " ").split()).rstrip(":")


def is_follow_up(label: str) -> bool:
    return _FOLLOW_UP.fullmatch(normalize_label(label)) is not None


def is_generic(label: str) -> bool:
    name = normalize_label(label)
    return name in _GENERIC_LABELS or _GENERIC_PATTERN.fullmatch(name) is not None
