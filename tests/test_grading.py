"""`mockinterview grade`: the JSON Lines contract, line by line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from adapters.guide_questions import GuideQuestions
from bot.grading import grade_lines
from bot.scoring import KeyPointScorer, Scorer
from tests.conftest import AroundTheScorer

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "How do you speed up a slow query?"
KEY_POINTS = ["Add an index on the filtered column.", "Read the plan with EXPLAIN."]
ANSWER = "i would run explain to read the plan, then add an index on the column we filter by"


def line(**fields: object) -> str:
    return json.dumps(fields)


def grade(*lines: str, scorer: Scorer | None = None) -> list[dict[str, object]]:
    outputs = list(grade_lines(lines, scorer or KeyPointScorer()))
    assert all("\n" not in output for output in outputs)
    return [json.loads(output) for output in outputs]


def test_a_key_points_line_gives_the_score_and_every_point() -> None:
    [output] = grade(line(question=QUESTION, key_points=KEY_POINTS, answer=ANSWER) + "\n")
    assert set(output) <= {"score", "points", "notes"}
    points = output["points"]
    assert isinstance(points, list)
    assert len(points) == 2
    assert [point["text"] for point in points] == KEY_POINTS
    fields = {"text", "score", "covered", "status", "role", "share", "matched"}
    assert all(set(point) - {"note"} == fields for point in points)
    assert points[0]["covered"] is True
    assert "index" in points[0]["matched"]
    assert isinstance(output["score"], float)
    assert 0.5 < output["score"] <= 1.0


def test_scores_are_rounded_to_three_decimals() -> None:
    [output] = grade(line(question=QUESTION, key_points=KEY_POINTS, answer="add an index"))
    points = output["points"]
    assert isinstance(points, list)
    values = [output["score"], *(point["score"] for point in points)]
    assert all(isinstance(value, float) and round(value, 3) == value for value in values)


def test_a_references_prose_is_one_key_point_and_each_bullet_another() -> None:
    prose = "Indexes speed up reads. They slow down writes."
    bullets = "- Indexes speed up reads.\n- They slow down writes."
    texts = []
    for reference in (prose, bullets):
        [output] = grade(line(question="What is an index?", reference=reference, answer="x"))
        points = output["points"]
        assert isinstance(points, list)
        texts.append([point["text"] for point in points])
    assert texts == [[prose], ["Indexes speed up reads.", "They slow down writes."]]


def test_an_empty_answer_scores_zero() -> None:
    [output] = grade(line(question=QUESTION, key_points=KEY_POINTS, answer="  "))
    points = output["points"]
    assert output["score"] == 0.0
    assert isinstance(points, list)
    assert not any(point["covered"] for point in points)


def test_other_fields_are_ignored() -> None:
    extra = line(question=QUESTION, key_points=KEY_POINTS, answer=ANSWER, grade=4, reason="x")
    plain = line(question=QUESTION, key_points=KEY_POINTS, answer=ANSWER)
    assert grade(extra) == grade(plain)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("", "blank line"),
        ("   \t", "blank line"),
        ("not json", "not valid JSON"),
        ('{"question": "Q", ', "not valid JSON"),
        ("[1, 2]", "expected a JSON object, got a list"),
        ('"just text"', "expected a JSON object, got a string"),
        ("42", "expected a JSON object, got a number"),
        ("null", "expected a JSON object, got null"),
        (line(key_points=KEY_POINTS, answer="a"), '"question" is missing'),
        (line(question="Q", key_points=KEY_POINTS), '"answer" is missing'),
        (line(question=3, key_points=KEY_POINTS, answer="a"), '"question" should be a string'),
        (line(question="Q", key_points=KEY_POINTS, answer=None), '"answer" should be a string'),
        (line(question="Q", answer="a"), 'either "key_points"'),
        (line(question="Q", key_points=["P"], reference="R.", answer="a"), 'either "key_points"'),
        (line(question="Q", key_points=[], answer="a"), '"key_points" is empty'),
        (line(question="Q", key_points="one point", answer="a"), '"key_points" should be a list'),
        (line(question="Q", key_points=["ok", 7], answer="a"), "key point 2 should be"),
        (line(question="Q", key_points=["ok", "  "], answer="a"), "key point 2 should be"),
        (line(question="Q", reference=["R."], answer="a"), '"reference" should be a string'),
        (line(question="Q", reference="  ", answer="a"), '"reference" has no key points'),
        (line(question="Q", reference="```\ncode\n```", answer="a"), '"reference" has no key'),
    ],
)  # fmt: skip
def test_a_bad_line_gets_a_friendly_error_with_its_line_number(bad: str, reason: str) -> None:
    [output] = grade(bad)
    assert set(output) == {"error"}
    message = output["error"]
    assert isinstance(message, str)
    assert message.startswith("line 1: ")
    assert reason in message


def test_bad_lines_mixed_with_good_ones_keep_order_and_count() -> None:
    good = line(question=QUESTION, key_points=KEY_POINTS, answer=ANSWER)
    outputs = grade(good, "oops", "", good, "[]", line(question="Q", reference="A. B.", answer=""))
    assert [next(iter(output)) for output in outputs] == [
        "score", "error", "error", "score", "error", "score",
    ]  # fmt: skip
    errors = [str(output["error"]) for output in outputs if "error" in output]
    assert [error.split(": ")[0] for error in errors] == ["line 2", "line 3", "line 5"]
    assert outputs[0] == outputs[3]


def test_a_leading_byte_order_mark_is_ignored() -> None:
    [output] = grade("\ufeff" + line(question=QUESTION, key_points=KEY_POINTS, answer=ANSWER))
    assert "score" in output


class FailingScorer(AroundTheScorer):
    """Raises on the answer "boom", as a bug in the scorer would."""

    def before(self, arguments: dict[str, Any]) -> None:
        if arguments["answer"] == "boom":
            raise RuntimeError("secret internals")


def test_an_unexpected_failure_is_reported_and_the_next_line_still_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    boom = line(question=QUESTION, key_points=KEY_POINTS, answer="boom")
    good = line(question=QUESTION, key_points=KEY_POINTS, answer=ANSWER)
    failed, scored = grade(boom, good, scorer=FailingScorer())
    assert failed == {"error": "line 1: this line could not be scored (an internal error)"}
    assert "score" in scored
    assert "secret internals" in caplog.text


STORY = (
    "Last year our release caused an incident that broke checkout. I rolled it back within "
    "minutes and I led the postmortem. As a result errors dropped to zero, and I learned to "
    "load test first."
)


def test_kind_behavioral_judges_the_story_not_the_model_storys_words() -> None:
    model = "Context: a migration failed. Action: rolled back. Outcome: fixed."
    fields = {"question": "Tell me about an incident.", "reference": model, "answer": STORY}
    [story, technical] = grade(line(**fields, kind="behavioral"), line(**fields))
    assert isinstance(story["points"], list) and isinstance(technical["points"], list)
    assert [point["text"].split(":")[0] for point in story["points"]] == [
        "Situation", "Your actions", "Result", "Reflection", "Relevance",
    ]  # fmt: skip
    assert all(point["role"] == "core" for point in story["points"])
    assert isinstance(story["score"], float) and story["score"] > 0.8


def test_key_points_may_be_objects_with_a_role_and_a_weight() -> None:
    points = [
        {"text": "Add an index on the filtered column.", "weight": 2},
        {"text": "Over-indexing slows down writes.", "role": "pitfall"},
        "Read the plan with EXPLAIN.",
    ]
    [output] = grade(line(question=QUESTION, key_points=points, answer=ANSWER))
    shown = output["points"]
    assert isinstance(shown, list)
    assert [point["role"] for point in shown] == ["core", "pitfall", "core"]
    assert shown[0]["share"] == pytest.approx(2 * shown[2]["share"], abs=0.002)
    assert sum(point["share"] for point in shown) == pytest.approx(1.0, abs=0.002)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"kind": "trivia"}, '"kind" should be one of "technical", "behavioral"'),
        ({"key_points": [{"text": "x", "role": "maybe"}]}, '"role" should be one of'),
        ({"key_points": [{"role": "core"}]}, 'key point 1 needs "text"'),
        ({"key_points": [{"text": "x", "weight": 0}]}, '"weight" should be a number above 0'),
        ({"key_points": [{"text": "x", "weight": True}]}, '"weight" should be a number above 0'),
    ],
)
def test_a_bad_kind_role_or_weight_is_a_friendly_error(
    fields: dict[str, object], reason: str
) -> None:
    base: dict[str, object] = {"question": QUESTION, "key_points": KEY_POINTS, "answer": ANSWER}
    [output] = grade(line(**{**base, **fields}))
    assert isinstance(output["error"], str)
    assert output["error"].startswith("line 1: ") and reason in output["error"]


def test_a_contradicted_point_says_why() -> None:
    points = ["Over-indexing leads to slower write operations.", "Read the plan with EXPLAIN."]
    [output] = grade(
        line(question=QUESTION, key_points=points, answer="indexes make writes faster")
    )
    [contradicted, _] = output["points"]  # type: ignore[misc]
    assert contradicted["status"] == "contradicted" and contradicted["score"] == 0.0
    assert contradicted["note"].startswith("You said “")


def test_an_answer_is_read_up_to_the_engines_limit() -> None:
    from bot.engine import MAX_ANSWER_CHARS as ENGINE_LIMIT
    from bot.scoring import MAX_ANSWER_CHARS

    assert ENGINE_LIMIT is MAX_ANSWER_CHARS
    hidden = "x " * MAX_ANSWER_CHARS + "add an index on the filtered column"
    [output] = grade(line(question=QUESTION, key_points=KEY_POINTS, answer=hidden))
    assert output["score"] == 0.0


def test_a_guides_question_with_its_key_points_as_strings_is_scored_as_the_guide_scores_it(
    tmp_path: Path,
) -> None:
    guide = ROOT / "content" / "backend-developer.md"
    known = GuideQuestions([guide])
    question = known("  Explain the role of a RESTful API   in back-end development. ")
    assert question is not None
    plain = [point.text for point in question.key_points]
    request = line(question=question.prompt, key_points=plain, answer="REST APIs talk over HTTP")
    [as_guide] = [json.loads(out) for out in grade_lines([request], KeyPointScorer(), known)]
    [as_given] = grade(request)
    assert [point["role"] for point in as_guide["points"]] == [
        point.role.value for point in question.key_points
    ]
    assert {point["role"] for point in as_given["points"]} == {"core"}
    changed = line(question=question.prompt, key_points=plain[:2], answer="REST over HTTP")
    [partial] = [json.loads(out) for out in grade_lines([changed], KeyPointScorer(), known)]
    assert {point["role"] for point in partial["points"]} == {"core"}
    assert GuideQuestions([tmp_path / "missing"])("anything") is None
