"""An answer read against a prepared question: which key-point stems it says, where and how.

The answer is cut into *fragments* at commas, semicolons, bullets and line ends, and into
sentences at their ends. Each word's stems are resolved against the question's vocabulary: a
compound meets its split form ("rollback" / "roll back"), and a misspelt word meets the stem
it was meant to be, but only when the word is not itself a common English word ("several" is
never "servers"). A stem is *denied* when a negation stands just before it ("not", "no need to").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.scoring import rarity
from bot.scoring.text import Normalizer, Word, clean, is_denied, stem
from bot.scoring.vocabulary import TYPO_MIN_LENGTH, PreparedQuestion

SEPARATOR = re.compile(r"([.!?]+(?=\s|$)|[,;:•|()\n]+|\s[-–—]\s)")
SENTENCE_END = re.compile(r"[.!?\n]")
LIST_ITEM_WORDS = 3  # a fragment of at most this many words, none grammatical, is a list item


@dataclass(frozen=True, slots=True)
class Hit:
    stem: str
    surface: str  # the word as typed
    position: int  # word index in the answer
    sentence: int
    denied: bool  # a negation stands just before it
    listed: bool  # it sits in a bare list item, not in a sentence


@dataclass(frozen=True, slots=True)
class Reading:
    hits: tuple[Hit, ...]  # every key-point stem the answer says, in answer order
    words: tuple[Word, ...]
    sentences: tuple[tuple[Word, ...], ...]

    def first(self) -> dict[str, Hit]:
        first: dict[str, Hit] = {}
        for hit in self.hits:
            first.setdefault(hit.stem, hit)
        return first


def read(answer: str, question: PreparedQuestion, normalizer: Normalizer) -> Reading:
    hits: list[Hit] = []
    words: list[Word] = []
    sentences: list[tuple[Word, ...]] = []
    sentence: list[Word] = []
    for fragment, ends_sentence in _fragments(clean(answer)):
        found = normalizer.words(fragment)
        listed = _is_list_item(found)
        for offset, found_stem, word in _resolved(found, question, normalizer):
            denied = is_denied(found, offset)
            hits.append(
                Hit(found_stem, word.surface, len(words) + offset, len(sentences), denied, listed)
            )
        words.extend(found)
        sentence.extend(found)
        if ends_sentence and sentence:
            sentences.append(tuple(sentence))
            sentence = []
    if sentence:
        sentences.append(tuple(sentence))
    return Reading(tuple(hits), tuple(words), tuple(sentences))


def _fragments(text: str) -> Iterator[tuple[str, bool]]:
    parts = SEPARATOR.split(text)
    for index in range(0, len(parts), 2):
        separator = parts[index + 1] if index + 1 < len(parts) else "."
        yield parts[index], SENTENCE_END.search(separator) is not None


def _is_list_item(words: list[Word]) -> bool:
    return 0 < len(words) <= LIST_ITEM_WORDS and not any(word.function for word in words)


def _resolved(
    words: list[Word], question: PreparedQuestion, normalizer: Normalizer
) -> Iterator[tuple[int, str, Word]]:
    """(word index, key-point stem, word) for each stem the fragment says."""
    skip_next = False
    for index, word in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        if index + 1 < len(words):
            joined = _joined(word, words[index + 1], question)
            if joined:
                skip_next = True
                yield from ((index, found, word) for found in joined)
                continue
        for found in word.stems:
            for resolved in _resolve(found, word, question):
                yield index, resolved, word


def _joined(first: Word, second: Word, question: PreparedQuestion) -> tuple[str, ...]:
    """The key-point stems of a split compound: "roll back" for a point's "rollback"."""
    if not first.stems or not second.stems or first.function or second.function:
        return ()
    joined = stem(first.lower + second.lower)
    if joined in question.vocabulary and joined not in first.stems:
        return question.compounds.get(joined, (joined,))
    return ()


def _resolve(found: str, word: Word, question: PreparedQuestion) -> tuple[str, ...]:
    compound = question.compounds.get(found)
    if compound is not None:
        return compound
    if len(found) < TYPO_MIN_LENGTH or rarity.is_common(word.lower):
        return ()
    meant = _nearest(found, question.by_initial.get(found[0], ()))
    return () if meant is None else (meant,)


@lru_cache(maxsize=1 << 16)
def _nearest(found: str, candidates: tuple[str, ...]) -> str | None:
    """The candidate within 1 edit (2 for words of 8+ letters) of ``found``, if any.

    Candidates share the first letter of ``found``: people rarely mistype a word's first letter.
    """
    limit = 1 if len(found) < 8 else 2
    best = process.extractOne(found, candidates, scorer=Levenshtein.distance, score_cutoff=limit)
    return None if best is None else str(best[0])
