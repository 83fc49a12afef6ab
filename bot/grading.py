"""``mockinterview grade``: the scorer as a JSON Lines filter (DESIGN.md).

Every input line gives exactly one output line, in order::

    in : {"question": "...", "key_points": ["...", ...], "answer": "..."}
         {"question": "...", "reference": "a model answer as text", "answer": "..."}
    out: {"score": 0.0..1.0, "points": [{"text", "score", "covered", "matched"}, ...]}
         {"error": "line N: what is wrong and how to fix it"}

Scores are rounded to 3 decimals. Other fields on an input line (an id, a human grade) are
ignored, so graded benchmark files can be piped in as they are. A blank line gets an error
line too, so output line N always answers input line N. No exception escapes: a line that
fails unexpectedly is logged and answered with an error, and the next line still runs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from bot.errors import UserError
from bot.scoring import Score, Scorer, split_reference

log = logging.getLogger(__name__)

JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "true or false"}


@dataclass(frozen=True, slots=True)
class GradeRequest:
    question: str
    key_points: tuple[str, ...]
    answer: str


def grade_lines(lines: Iterable[str], scorer: Scorer) -> Iterator[str]:
    """One JSON output line (no newline) per input line, in order."""
    for number, line in enumerate(lines, start=1):
        yield json.dumps(grade_line(line, number, scorer))


def grade_line(line: str, number: int, scorer: Scorer) -> dict[str, object]:
    """The output object for input line ``number``; ``{"error": ...}`` if it cannot be scored."""
    try:
        request = parse_request(line)
        score = scorer.score(
            question=request.question, key_points=request.key_points, answer=request.answer
        )
    except UserError as error:
        return {"error": f"line {number}: {error.message}"}
    except Exception:
        log.exception("grading line %d failed", number)
        return {"error": f"line {number}: this line could not be scored (an internal error)"}
    return score_json(score)


def score_json(score: Score) -> dict[str, object]:
    points = [
        {
            "text": point.text,
            "score": round(point.score, 3),
            "covered": point.covered,
            "matched": list(point.matched),
        }
        for point in score.points
    ]
    return {"score": round(score.value, 3), "points": points}


def parse_request(line: str) -> GradeRequest:
    """The request on one input line; raises UserError saying what is wrong with it."""
    text = line.lstrip("\ufeff").strip()
    if not text:
        raise UserError("blank line; write one JSON object per line")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(data, dict):
        raise UserError(f"expected a JSON object, got {describe(data)}")
    return GradeRequest(
        question=required_string(data, "question"),
        key_points=key_points_of(data),
        answer=required_string(data, "answer"),
    )


def required_string(data: Mapping[str, object], name: str) -> str:
    if name not in data:
        raise UserError(f'"{name}" is missing; it should be a string')
    value = data[name]
    if not isinstance(value, str):
        raise UserError(f'"{name}" should be a string, got {describe(value)}')
    return value


def key_points_of(data: Mapping[str, object]) -> tuple[str, ...]:
    """From ``key_points`` (a list of strings) or ``reference`` (text): exactly one of them."""
    if ("key_points" in data) == ("reference" in data):
        raise UserError('give either "key_points" (a list of strings) or "reference" (a string)')
    if "reference" in data:
        points = split_reference(required_string(data, "reference"))
        if not points:
            raise UserError('"reference" has no key points; write sentences or bullets')
        return tuple(points)
    return listed_points(data["key_points"])


def listed_points(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise UserError(f'"key_points" should be a list of strings, got {describe(value)}')
    if not value:
        raise UserError('"key_points" is empty; give at least one key point')
    for position, point in enumerate(value, start=1):
        if not isinstance(point, str) or not point.strip():
            raise UserError(f"key point {position} should be a non-empty string")
    return tuple(value)


def describe(value: object) -> str:
    """A JSON value's type in words, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return JSON_TYPES.get(type(value), type(value).__name__)
