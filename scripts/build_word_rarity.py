"""Rebuild ``bot/scoring/data/english_zipf.txt`` from the ``wordfreq`` package.

The scorer weighs a word by how rare it is in general English: "the" is worth little,
"idempotent" a lot. The table lists every English word whose Zipf frequency (log10 of its
count per billion words) is at least ``MIN_ZIPF``, one line per frequency step::

    4.3 database servers ...

Words missing from the table are rarer than ``MIN_ZIPF``. Source: wordfreq 3.1 (Robyn Speer,
https://github.com/rspeer/wordfreq), its ``large`` English list; its data is licensed under
CC BY-SA 4.0, so this derived table is too (see ``bot/scoring/data/README.md``).

    pip install 'wordfreq==3.1.1' && python scripts/build_word_rarity.py
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import wordfreq

MIN_ZIPF = 2.5
PLAIN_WORD = re.compile(r"[a-z0-9]+")
TABLE = Path(__file__).resolve().parent.parent / "bot" / "scoring" / "data" / "english_zipf.txt"


def main() -> None:
    by_step: dict[float, list[str]] = defaultdict(list)
    for word in wordfreq.get_frequency_dict("en", wordlist="large"):
        zipf = wordfreq.zipf_frequency(word, "en", wordlist="large")
        if zipf >= MIN_ZIPF and PLAIN_WORD.fullmatch(word):
            by_step[round(zipf, 1)].append(word)
    lines = [f"{step:.1f} {' '.join(sorted(words))}" for step, words in sorted(by_step.items())]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(map(len, by_step.values()))} words in {len(lines)} steps -> {TABLE}")


if __name__ == "__main__":
    main()
