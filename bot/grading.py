"""``mockinterview grade``: the scorer as a JSON Lines filter (DESIGN.md).

Every input line gives exactly one output line, in order::

    in : {"question": "...", "key_points": ["...", {"text": "...", "role": "pitfall"}],
          "answer": "..."}
         {"question": "...", "reference": "a model answer as text", "answer": "..."}
         optional: "kind": "technical" | "behavioral" | "situational" | "problem-solving"
    out: {"score": 0.0..1.0, "points": [{"text", "score", "covered", "status", "role",
          "share", "matched", "note"?}, ...], "notes"?: [...]}
         {"error": "line N: what is wrong and how to fix it"}

Scores are rounded to 3 decimals. Other fields on an input line (an id, a human grade) are
ignored, so graded benchmark files can be piped in as they are. A blank line gets an error
line too, so output line N always answers input line N. No exception escapes: a line that
fails unexpectedly is logged and answered with an error, and the next line still runs.
Answers are read up to ``MAX_ANSWER_CHARS``, as in the engine.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from bot.content.labels import parse_role
from bot.errors import UserError
from bot.questions import KeyPoint, Question
from bot.scoring import MAX_ANSWER_CHARS, Score, Scorer
from bot.scoring.reference import reference_points
from bot.types import Kind, Role

log = logging.getLogger(__name__)

JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "true or false"}
KINDS = ", ".join(f'"{kind.value}"' for kind in Kind)
ROLES = ", ".join(f'"{role.value}"' for role in Role)


@dataclass(frozen=True, slots=True)
class GradeRequest:
    question: str
    key_points: tuple[KeyPoint | str, ...]
    answer: str
    kind: Kind = Kind.TECHNICAL
    kind_given: bool = False


Known = Callable[[str], Question | None]  # a guide's question, looked up by its prompt


def grade_lines(lines: Iterable[str], scorer: Scorer, known: Known | None = None) -> Iterator[str]:
    """One JSON output line (no newline) per input line, in order.

    With ``known``, a line that asks a guide's question with that question's key points as
    plain strings is scored as the guide scores it: with its roles, weights and kind.
    """
    for number, line in enumerate(lines, start=1):
        yield json.dumps(grade_line(line, number, scorer, known), ensure_ascii=False)


def is_error(output: str) -> bool:
    """Whether an output line of :func:`grade_lines` is an error line."""
    return output.startswith('{"error"')


def grade_line(
    line: str, number: int, scorer: Scorer, known: Known | None = None
) -> dict[str, object]:
    """The output object for input line ``number``; ``{"error": ...}`` if it cannot be scored."""
    try:
        request = as_in_its_guide(parse_request(line), known)
        score = scorer.score(
            question=request.question,
            key_points=request.key_points,
            answer=request.answer[:MAX_ANSWER_CHARS],
            kind=request.kind,
        )
    except UserError as error:
        return {"error": f"line {number}: {error.message}"}
    except Exception:
        log.exception("grading line %d failed", number)
        return {"error": f"line {number}: this line could not be scored (an internal error)"}
    return score_json(score)


def score_json(score: Score) -> dict[str, object]:
    points = []
    for point in score.points:
        shown: dict[str, object] = {
            "text": point.text,
            "score": round(point.score, 3),
            "covered": point.covered,
            "status": point.status.value,
            "role": point.role.value,
            "share": round(point.share, 3),
            "matched": list(point.matched),
        }
        if point.note:
            shown["note"] = point.note
        points.append(shown)
    result: dict[str, object] = {"score": round(score.value, 3), "points": points}
    if score.notes:
        result["notes"] = list(score.notes)
    return result


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
    kind = kind_of(data)
    return GradeRequest(
        question=required_string(data, "question"),
        key_points=key_points_of(data, kind),
        answer=required_string(data, "answer"),
        kind=kind,
        kind_given="kind" in data,
    )


def as_in_its_guide(request: GradeRequest, known: Known | None) -> GradeRequest:
    """The request with the guide's own key points, when it asks a guide's question with
    exactly that question's key points as plain strings (roles and weights come with them)."""
    question = known(request.question) if known else None
    if question is None or not all(isinstance(point, str) for point in request.key_points):
        return request
    given = sorted(same_spacing(str(point)) for point in request.key_points)
    if given != sorted(same_spacing(point.text) for point in question.key_points):
        return request
    kind = question.kind if not request.kind_given else request.kind
    return replace(request, key_points=question.key_points, kind=kind)


def same_spacing(text: str) -> str:
    """The text with every run of white space one space: how grade compares texts."""
    return " ".join(text.split())


def kind_of(data: Mapping[str, object]) -> Kind:
    if "kind" not in data:
        return Kind.TECHNICAL
    value = data["kind"]
    name = value.strip().lower().replace(" ", "-") if isinstance(value, str) else ""
    try:
        return Kind(name)
    except ValueError:
        raise UserError(f'"kind" should be one of {KINDS}') from None


def required_string(data: Mapping[str, object], name: str) -> str:
    if name not in data:
        raise UserError(f'"{name}" is missing; it should be a string')
    value = data[name]
    if not isinstance(value, str):
        raise UserError(f'"{name}" should be a string, got {describe(value)}')
    return value


def key_points_of(data: Mapping[str, object], kind: Kind) -> tuple[KeyPoint | str, ...]:
    """From ``key_points`` (a list) or ``reference`` (text): exactly one of them."""
    if ("key_points" in data) == ("reference" in data):
        raise UserError('give either "key_points" (a list of strings) or "reference" (a string)')
    if "reference" in data:
        points = reference_points(required_string(data, "reference"))
        if not points:
            raise UserError('"reference" has no key points; write sentences or bullets')
        if kind in (Kind.BEHAVIORAL, Kind.SITUATIONAL):
            return tuple(point.text for point in points)  # a sample story: judged as a story
        return tuple(points)
    return listed_points(data["key_points"])


def listed_points(value: object) -> tuple[KeyPoint | str, ...]:
    if not isinstance(value, list):
        raise UserError(f'"key_points" should be a list of strings, got {describe(value)}')
    if not value:
        raise UserError('"key_points" is empty; give at least one key point')
    return tuple(listed_point(point, position) for position, point in enumerate(value, start=1))


def listed_point(point: object, position: int) -> KeyPoint | str:
    """A plain string, or ``{"text": "...", "role": "pitfall", "weight": 2}``."""
    if isinstance(point, str) and point.strip():
        return point
    if not isinstance(point, dict):
        raise UserError(f"key point {position} should be a non-empty string or an object")
    text = point.get("text")
    if not isinstance(text, str) or not text.strip():
        raise UserError(f'key point {position} needs "text", a non-empty string')
    role = parse_role(str(point.get("role", "core")))
    if role is None:
        raise UserError(f'key point {position}: "role" should be one of {ROLES}')
    weight = point.get("weight", 1)
    if not isinstance(weight, int | float) or isinstance(weight, bool) or weight <= 0:
        raise UserError(f'key point {position}: "weight" should be a number above 0')
    return KeyPoint(text=text, role=role, weight=float(weight))


def describe(value: object) -> str:
    """A JSON value's type in words, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return JSON_TYPES.get(type(value), type(value).__name__)
