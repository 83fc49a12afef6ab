"""Scorer speed on one core: answers per second and p50/p99 latency.

Scores varied ~60-word answers (drawn from the key points' words, everyday chat words,
misspellings and a share of never-seen words, 3% by default, so the per-word caches do not
make it trivial) against 8 key points, as in real use: the question's key points are
prepared once and cached. A never-seen word costs about 12 us: it is analysed, stemmed and
matched against the key points' words for typos.

    PYTHONPATH=. .venv/bin/python benchmarks/scorer_speed.py [--answers N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import time
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

import bot.scoring
from bot.scoring import KeyPointScorer

GRADED = Path(__file__).resolve().parent / "graded_answers.jsonl"
QUESTION = "How would you optimize a slow-performing database query?"
KEY_POINTS = (
    "Identify the Bottleneck: Use tools like EXPLAIN in SQL to analyze the query execution plan.",
    "Indexing: Add indexes to columns that are frequently used in WHERE clauses or joins.",
    "Adding an index to the user_id column in a table with millions of rows to speed up queries.",
    "Query Refactoring: Simplify complex queries by breaking them into smaller, manageable parts.",
    "Adding an index to user_id can significantly enhance performance.",
    "Caching: Use caching strategies to store frequently accessed data.",
    "Database Tuning: Adjust database configuration settings for better resource utilization.",
    "Over-indexing can lead to increased storage requirements and slower write operations.",
)
CHAT_TEXT = (
    "i would first then and the a to of in it is so we check look at see if maybe my team "
    "usually because when that this for on with but also just really think make sure our app "
    "slow fast users page api server memory logs request time load data table rows db idx"
)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    point_words: list[str]
    chat_words: list[str]
    unseen_share: float  # share of words no cache has seen before


def make_answers(count: int, *, seed: int, unseen_share: float) -> list[str]:
    """``count`` different answers of about 60 words; some words carry a typo."""
    rng = random.Random(seed)
    point_words = " ".join(KEY_POINTS).lower().replace(":", "").replace(".", "").split()
    vocabulary = Vocabulary(point_words, CHAT_TEXT.split(), unseen_share)
    return [_answer(rng, vocabulary) for _ in range(count)]


def _answer(rng: random.Random, vocabulary: Vocabulary) -> str:
    words = []
    for _ in range(rng.randint(50, 70)):
        if rng.random() < vocabulary.unseen_share:
            words.append(_unseen_word(rng))
            continue
        word = rng.choice(vocabulary.point_words if rng.random() < 0.4 else vocabulary.chat_words)
        words.append(_misspell(rng, word) if len(word) > 5 and rng.random() < 0.15 else word)
    return " ".join(words)


def _unseen_word(rng: random.Random) -> str:
    """A word no cache has seen: names, identifiers and typos make every answer new."""
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 10)))


def _misspell(rng: random.Random, word: str) -> str:
    position = rng.randrange(1, len(word) - 1)
    return word[:position] + word[position + 1 :]


def measure(answers: list[str], scorer: KeyPointScorer) -> list[float]:
    """Seconds per answer, after one warm-up call that prepares the key points."""
    scorer.score(question=QUESTION, key_points=KEY_POINTS, answer=answers[0])
    timings = []
    for answer in answers:
        start = time.perf_counter()
        scorer.score(question=QUESTION, key_points=KEY_POINTS, answer=answer)
        timings.append(time.perf_counter() - start)
    return timings


def baseline(answers: list[str]) -> list[float]:
    """Seconds per answer of one ``token_set_ratio`` against the key points joined."""
    reference = " ".join(KEY_POINTS)
    timings = []
    for answer in answers:
        start = time.perf_counter()
        fuzz.token_set_ratio(reference, answer)
        timings.append(time.perf_counter() - start)
    return timings


def graded_rate(scorer: KeyPointScorer) -> tuple[int, float]:
    """Answers per second on the real graded answers, each against its own question."""
    rows = [json.loads(line) for line in GRADED.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:  # warm: each question prepared once, as in a running bot
        scorer.score(question=row["question"], key_points=row["key_points"], answer=row["answer"])
    start = time.perf_counter()
    for row in rows:
        scorer.score(question=row["question"], key_points=row["key_points"], answer=row["answer"])
    return len(rows), len(rows) / (time.perf_counter() - start)


def built() -> str:
    """How the scorer runs: compiled by mypyc at install (setup.py), or from its source."""
    if not bot.scoring.compiled():
        return "pure Python (not compiled: no C compiler at install, or MOCKINTERVIEW_PURE_PYTHON)"
    return "compiled by mypyc at install (setup.py)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--unseen", type=float, default=0.03, help="share of never-seen words (default 0.03)"
    )
    arguments = parser.parse_args()
    answers = make_answers(arguments.answers, seed=arguments.seed, unseen_share=arguments.unseen)
    scorer = KeyPointScorer()
    print(f"scorer: {built()}")
    timings = measure(answers, scorer)
    cut = statistics.quantiles(timings, n=100)
    rate = len(timings) / sum(timings)
    print(
        f"{len(answers)} answers of ~60 words ({arguments.unseen:.0%} never-seen words) x "
        f"{len(KEY_POINTS)} key points: {rate:,.0f} answers/s, "
        f"p50 {cut[49] * 1000:.3f} ms, p99 {cut[98] * 1000:.3f} ms (target >= 5,000/s)"
    )
    base = baseline(answers)
    print(
        f"one-line baseline (token_set_ratio) on the same answers: {len(base) / sum(base):,.0f} "
        f"answers/s; the scorer takes {sum(timings) / sum(base):.0f}x its time"
    )
    count, graded = graded_rate(scorer)
    print(f"{count} real graded answers, each against its own question: {graded:,.0f} answers/s")


if __name__ == "__main__":
    main()
