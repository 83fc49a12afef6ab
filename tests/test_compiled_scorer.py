"""The scorer compiled by mypyc (``setup.py``) is its source, only faster: built from the
current source, and scoring answers of every kind and question exactly as the source does."""

from __future__ import annotations

import json
import math
import shutil
from concurrent.futures import ThreadPoolExecutor
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import bot.scoring.scorer
from bot.questions import QuestionBank
from tests.conftest import ROOT, scored_in_a_process

SCORER = ROOT / "bot" / "scoring"
COMPILED = sorted({path for suffix in EXTENSION_SUFFIXES for path in SCORER.glob(f"*{suffix}")})
ANSWERS = sorted((ROOT / "benchmarks").glob("*.jsonl"))
# how many adversarial sets, spread evenly over all of them, are compared: the pure source takes
# a minute for each 100
ADVERSARIAL_SAMPLE = 40
needs_compiled = pytest.mark.skipif(
    not COMPILED, reason="the scorer runs from its source (no C compiler at install time)"
)


@needs_compiled
def test_the_compiled_scorer_is_the_one_imported() -> None:
    assert Path(bot.scoring.scorer.__file__) in COMPILED
    assert bot.scoring.compiled()


@needs_compiled
def test_the_compiled_scorer_is_built_from_the_current_source() -> None:
    stale = [
        compiled.name
        for compiled in COMPILED
        if source_of(compiled).stat().st_mtime > compiled.stat().st_mtime
    ]
    assert not stale, f"the source changed after {stale} were compiled: `pip install -e .` again"


def source_of(compiled: Path) -> Path:
    """The module a compiled file was built from: each module compiles to ``<module>.so``,
    which loads its code from ``<module>__mypyc.so``."""
    return SCORER / f"{compiled.name.split('.')[0].removesuffix('__mypyc')}.py"


@needs_compiled
def test_compiled_and_source_scorers_give_the_same_scores(
    tmp_path: Path, bank: QuestionBank
) -> None:
    """Every answer of the hand-written sets and of ADVERSARIAL_SAMPLE adversarial sets: all
    eight kinds of answer to every guide question."""
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("*.so", "*.pyd"))
    adversarial = [path for path in ANSWERS if path.name.startswith("adversarial_")]
    hand_written = [path for path in ANSWERS if path not in adversarial]
    every = math.ceil(len(adversarial) / ADVERSARIAL_SAMPLE)
    answer_sets = [
        *(path for path in hand_written if path.name != "graded_answers.jsonl"),
        *adversarial[::every],
    ]
    asked = {
        json.loads(line)["question_id"]
        for path in answer_sets
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert asked == {question.id for guide in bank.guides for question in guide.questions}
    with ThreadPoolExecutor(2) as both:  # one process each, side by side
        compiled_run = both.submit(scored_in_a_process, *answer_sets)
        source = scored_in_a_process(*answer_sets, where=tmp_path)
        compiled = compiled_run.result()
    assert compiled.scorer_file != "scorer.py"
    assert source.scorer_file == "scorer.py"
    assert len(source.scores) > 2_500
    assert compiled.scores == source.scores
