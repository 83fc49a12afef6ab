"""How rare a word is in general English, from a table that ships with the package.

Rare words carry an answer's meaning ("idempotent", "sharding"); common ones carry little
("several", "make"). The table (``data/english_zipf.txt``, see its README) is read once, on
first use. A word missing from it is rarer than every listed word.
"""

from __future__ import annotations

import math
from functools import cache
from importlib import resources

UNLISTED_ZIPF = 2.0  # what a word rarer than the table's floor (2.5) counts as
COMMON_ZIPF = 3.0  # a word at least this common is a real English word, never a typo
MOST_COMMON_ZIPF = 7.0  # "the", "of": a word this common weighs WEIGHT_FLOOR
WEIGHT_FLOOR = 0.5


@cache
def _table() -> dict[str, float]:
    text = resources.files("bot.scoring").joinpath("data/english_zipf.txt").read_text("utf-8")
    table: dict[str, float] = {}
    for line in text.splitlines():
        step, *words = line.split()
        zipf = float(step)
        table.update(dict.fromkeys(words, zipf))
    return table


def zipf(word: str) -> float:
    """The word's Zipf frequency (lowercase word); UNLISTED_ZIPF when it is not listed."""
    return _table().get(word, UNLISTED_ZIPF)


def is_common(word: str) -> bool:
    """A real, reasonably common English word: not to be read as someone's typo."""
    return _table().get(word, 0.0) >= COMMON_ZIPF


def weight(word: str) -> float:
    """Information in a word: about 0.7 for "the", 1.5 for "several", 2.3 for rare terms.

    The square root of how much rarer than "the" the word is: measured on public graded
    answers, the plain difference let a few rare words outweigh the rest of a point.
    """
    return math.sqrt(max(WEIGHT_FLOOR, MOST_COMMON_ZIPF + WEIGHT_FLOOR - zipf(word)))
