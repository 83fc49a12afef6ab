"""Questions, guides and the question bank."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from bot.errors import UserError
from bot.types import Difficulty, Kind, Role


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One thing a good answer says; ``label`` is the bold label it sat under."""

    text: str
    label: str = ""
    weight: float = 1.0
    role: Role = Role.CORE


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # "<guide slug>/<number>", stable across edits of other questions
    guide: str  # guide slug
    number: int
    prompt: str
    kind: Kind
    difficulty: Difficulty
    key_points: tuple[KeyPoint, ...]
    follow_ups: tuple[str, ...]
    model_answer: str  # Markdown, code blocks intact
    line: int = 0  # line in the guide file where the question starts


@dataclass(frozen=True, slots=True)
class Guide:
    slug: str  # file stem: "backend-developer"
    title: str  # frontmatter `term`
    description: str
    questions: tuple[Question, ...]
    glossary: Mapping[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    path: str = ""


class QuestionBank:
    """Every loaded guide, looked up by guide slug and question id."""

    def __init__(self, guides: Iterable[Guide]) -> None:
        self._guides = {guide.slug: guide for guide in guides}
        self._questions = {
            question.id: question for guide in self._guides.values() for question in guide.questions
        }

    def __iter__(self) -> Iterator[Question]:
        return iter(self._questions.values())

    def __len__(self) -> int:
        return len(self._questions)

    @property
    def guides(self) -> tuple[Guide, ...]:
        return tuple(self._guides.values())

    def guide(self, slug: str) -> Guide:
        try:
            return self._guides[slug]
        except KeyError:
            known = ", ".join(sorted(self._guides)) or "none loaded"
            raise UserError(f"There is no guide called `{slug}`. Guides: {known}.") from None

    def get(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def select(
        self,
        *,
        guide: str | None = None,
        kind: Kind | None = None,
        difficulty: Difficulty | None = None,
    ) -> list[Question]:
        """Questions matching every filter given, in guide order."""
        return [
            question
            for question in self._questions.values()
            if (guide is None or question.guide == guide)
            and (kind is None or question.kind is kind)
            and (difficulty is None or question.difficulty is difficulty)
        ]


def tiebreak(salt: str, question_id: str) -> str:
    return hashlib.blake2s(f"{salt}:{question_id}".encode(), digest_size=8).hexdigest()
