"""A parsed guide as JSON, so an uploaded guide is parsed once and loaded cheaply after.

The record carries a format number: a record in another format (written by another version of
the bot) reads as ``None``, and the caller parses the guide's text again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.questions import Guide, KeyPoint, Question
from bot.types import Difficulty, Kind, Role

FORMAT = 1
Record = dict[str, Any]


def guide_record(guide: Guide) -> Record:
    """The guide as plain JSON values."""
    return {
        "format": FORMAT,
        "slug": guide.slug,
        "title": guide.title,
        "description": guide.description,
        "glossary": dict(guide.glossary),
        "tags": list(guide.tags),
        "path": guide.path,
        "questions": [_question_record(question) for question in guide.questions],
    }


def guide_from_record(record: Mapping[str, Any] | None) -> Guide | None:
    """The guide back from :func:`guide_record`; ``None`` for a missing or foreign record."""
    if not record or record.get("format") != FORMAT:
        return None
    try:
        return Guide(
            slug=str(record["slug"]),
            title=str(record["title"]),
            description=str(record["description"]),
            questions=tuple(_question(item) for item in record["questions"]),
            glossary={str(key): str(value) for key, value in record["glossary"].items()},
            tags=tuple(str(tag) for tag in record["tags"]),
            path=str(record["path"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _question_record(question: Question) -> Record:
    return {
        "id": question.id,
        "guide": question.guide,
        "number": question.number,
        "prompt": question.prompt,
        "kind": question.kind.value,
        "difficulty": question.difficulty.value,
        "key_points": [
            {"text": p.text, "label": p.label, "weight": p.weight, "role": p.role.value}
            for p in question.key_points
        ],
        "follow_ups": list(question.follow_ups),
        "model_answer": question.model_answer,
        "line": question.line,
    }


def _question(item: Mapping[str, Any]) -> Question:
    return Question(
        id=str(item["id"]),
        guide=str(item["guide"]),
        number=int(item["number"]),
        prompt=str(item["prompt"]),
        kind=Kind(item["kind"]),
        difficulty=Difficulty(item["difficulty"]),
        key_points=tuple(
            KeyPoint(str(p["text"]), str(p["label"]), float(p["weight"]), Role(p["role"]))
            for p in item["key_points"]
        ),
        follow_ups=tuple(str(text) for text in item["follow_ups"]),
        model_answer=str(item["model_answer"]),
        line=int(item["line"]),
    )
