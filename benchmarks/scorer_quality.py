"""How well the scorer agrees with human grades: Pearson, Spearman and mean score per grade.

Reads ``graded_answers.jsonl`` beside this file; each line holds a question, its key points,
an answer and a human grade 0-5. Prints the agreement overall, per guide and per question kind.
The scorer's constants were chosen on the back-end guide's lines; the other guides' lines were
written afterwards and never used to tune it.

    PYTHONPATH=. .venv/bin/python benchmarks/scorer_quality.py [--worst N]
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.content import load_bank
from bot.questions import QuestionBank
from bot.scoring import Scorer

HERE = Path(__file__).resolve().parent
CONTENT = HERE.parent / "content"
GRADED_FILES = ("graded_answers.jsonl",)


@dataclass(frozen=True, slots=True)
class Graded:
    source: str  # the file the line came from
    question_id: str
    grade: int
    score: float
    answer: str


def read_graded(paths: Iterable[Path]) -> list[dict[str, object]]:
    """Every graded line of the files that exist, each tagged with its file name."""
    rows: list[dict[str, object]] = []
    for path in paths:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows.extend({**json.loads(line), "source": path.name} for line in lines if line.strip())
    return rows


def score_rows(rows: Iterable[dict[str, object]], bank: QuestionBank) -> list[Graded]:
    """Each row scored as the bot would: with the glossary of the question's guide."""
    scorers: dict[str, Scorer] = {}
    graded = []
    for row in rows:
        points = row["key_points"]
        assert isinstance(points, list)
        answer, guide = str(row["answer"]), str(row["question_id"]).split("/")[0]
        scorer = scorers.setdefault(guide, Scorer(glossary=glossary_of(guide, bank)))
        score = scorer.score(
            question=str(row["question"]), key_points=[str(p) for p in points], answer=answer
        )
        grade = int(str(row["grade"]))
        graded.append(
            Graded(str(row["source"]), str(row["question_id"]), grade, score.value, answer)
        )
    return graded


def glossary_of(guide: str, bank: QuestionBank) -> Mapping[str, str]:
    return next((item.glossary for item in bank.guides if item.slug == guide), {})


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    return covariance / (spread_x * spread_y) if spread_x and spread_y else float("nan")


def ranks(values: Sequence[float]) -> list[float]:
    """Average ranks (ties share the mean of their positions), as Spearman needs."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            result[order[position]] = (start + end) / 2
        start = end + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    return pearson(ranks(xs), ranks(ys))


def correlation_line(name: str, graded: Sequence[Graded]) -> str:
    grades = [float(item.grade) for item in graded]
    scores = [item.score for item in graded]
    return (
        f"{name:<26} n={len(graded):>4}  pearson={pearson(grades, scores):.3f}  "
        f"spearman={spearman(grades, scores):.3f}"
    )


def kind_of(question_id: str, bank: QuestionBank) -> str:
    question = bank.get(question_id)
    return "unknown kind" if question is None else question.kind.value


def report(graded: Sequence[Graded], bank: QuestionBank, worst: int) -> None:
    print(correlation_line("all", graded))
    groups: dict[str, list[Graded]] = defaultdict(list)
    for item in graded:
        groups["guide " + item.question_id.split("/")[0]].append(item)
        groups[kind_of(item.question_id, bank)].append(item)
    for name in sorted(groups):
        print(correlation_line(name, groups[name]))
    print("grade  n    mean score  min   max")
    for grade in range(6):
        band = [item.score for item in graded if item.grade == grade]
        if band:
            print(f"{grade:>5} {len(band):>3}    {sum(band) / len(band):.3f}      "
                  f"{min(band):.2f}  {max(band):.2f}")  # fmt: skip
    print_worst(graded, worst)


def print_worst(graded: Sequence[Graded], count: int) -> None:
    """The answers whose score is furthest from grade / 5, to see where the scorer errs."""
    ranked = sorted(graded, key=lambda item: -abs(item.score - item.grade / 5))
    for item in ranked[:count]:
        print(f"  grade {item.grade} score {item.score:.2f} {item.question_id}: {item.answer[:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=0, help="show the N largest disagreements")
    arguments = parser.parse_args()
    rows = read_graded(HERE / name for name in GRADED_FILES)
    bank = load_bank([CONTENT]) if CONTENT.is_dir() else QuestionBank([])
    report(score_rows(rows, bank), bank, arguments.worst)


if __name__ == "__main__":
    main()
