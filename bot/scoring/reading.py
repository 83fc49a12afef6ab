"""An answer read against a prepared question: which key-point stems it says, where and how.

The answer is cut into *fragments* at commas, semicolons, bullets and line ends, and into
sentences at their ends. Each word's stems are resolved against the question's vocabulary: a
compound meets its split form ("rollback" / "roll back"), and a misspelt word meets the stem
it was meant to be, but only when the word is not itself a common English word ("several" is
never "servers"). A stem is *denied* when a negation stands just before it ("not", "no need to").
"""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.scoring import rarity
from bot.scoring.text import WORD, Normalizer, Word, clean, stem
from bot.scoring.vocabulary import TYPO_MIN_LENGTH, PreparedQuestion

# A separator: a sentence's end, a comma or the like, a line end, a dash between spaces.
# The lookahead lets the engine skip plain characters quickly.
SEPARATOR = re.compile(r"(?=[.!?,;:•|()\n\s])([.!?]+(?=\s|$)|[,;:•|()\n]+|\s[-–—]\s)")
SENTENCE_END = re.compile(r"[.!?\n]")
FIRST_STEM = operator.attrgetter("first")
GRAMMAR = operator.attrgetter("grammar")
ARTICLE = operator.attrgetter("article")
CONTENT = operator.attrgetter("content")
WAVES_AWAY = operator.attrgetter("waves_away")
RESOLUTIONS_KEPT = 1 << 14  # words whose resolution a question remembers
LIST_ITEM_WORDS = 3  # a fragment of at most this many words, none grammatical, is a list item


class Hit(NamedTuple):
    stem: str
    surface: str  # the word as typed
    position: int  # word index in the answer
    sentence: int
    listed: bool  # it sits in a bare list item, not in a sentence


@dataclass(frozen=True, slots=True)
class Reading:
    hits: tuple[Hit, ...]  # every key-point stem the answer says, in answer order
    words: tuple[Word, ...]
    sentences: tuple[tuple[Word, ...], ...]
    stems: tuple[str, ...]  # each word's first stem, "" for a word with none
    places: Mapping[str, list[int]]  # where the stems that may start a contradiction stand
    # (a point's plain terms only when the answer has a word that waves advice away)
    content_words: int  # words with a meaning of their own
    broken_articles: int  # articles followed by a grammatical word: "the of", "a and"
    articles: int


def read(answer: str, question: PreparedQuestion, normalizer: Normalizer) -> Reading:
    hits: list[Hit] = []
    words: list[Word] = []
    sentences: list[tuple[Word, ...]] = []
    starts = 0  # where the sentence being read starts
    parts, word_of = SEPARATOR.split(clean(answer)), normalizer.word
    for index in range(0, len(parts), 2):
        found = list(map(word_of, WORD.findall(parts[index])))
        if found:
            listed = len(found) <= LIST_ITEM_WORDS and not any(map(GRAMMAR, found))
            _collect(found, len(words), len(sentences), listed, question, hits)
            words += found
        ends = index + 1 == len(parts) or SENTENCE_END.search(parts[index + 1]) is not None
        if ends and len(words) > starts:
            sentences.append(tuple(words[starts:]))
            starts = len(words)
    stems = tuple(map(FIRST_STEM, words))
    triggers = question.triggers if any(map(WAVES_AWAY, words)) else question.sharp_triggers
    articles = list(map(ARTICLE, words))
    return Reading(
        hits=tuple(hits),
        words=tuple(words),
        sentences=tuple(sentences),
        stems=stems,
        places=_places(stems, triggers),
        content_words=sum(map(CONTENT, words)),
        broken_articles=sum(map(operator.and_, articles, map(GRAMMAR, words[1:]))),
        articles=sum(articles),
    )


def _places(stems: Sequence[str], wanted: frozenset[str]) -> dict[str, list[int]]:
    places: dict[str, list[int]] = {}
    for index, found in enumerate(stems):
        if found in wanted:
            places.setdefault(found, []).append(index)
    return places


def _collect(
    words: list[Word],
    base: int,
    sentence: int,
    listed: bool,
    question: PreparedQuestion,
    hits: list[Hit],
) -> None:
    """Adds a hit for each key-point stem the fragment's ``words`` say."""
    resolutions, joinable, last, skip_next = (
        question.resolutions,
        question.joinable,
        len(words) - 1,
        False,
    )
    for offset, word in enumerate(words):
        if skip_next or not word.stems:
            skip_next = False
            continue
        said: tuple[str, ...] = ()
        surface = word.surface
        if offset < last and word.lower + words[offset + 1].lower in joinable:
            said = _joined(word, words[offset + 1], question)
            skip_next = bool(said)
            surface = f"{surface} {words[offset + 1].surface}" if said else surface
        if not said:
            known = resolutions.get(word.surface)
            said = _remember(word, question) if known is None else known
        for found in said:
            hits.append(Hit(found, surface, base + offset, sentence, listed))


def _remember(word: Word, question: PreparedQuestion) -> tuple[str, ...]:
    """The key-point stems ``word`` stands for, remembered for the next answer."""
    if len(question.resolutions) >= RESOLUTIONS_KEPT:
        question.resolutions.clear()
    said = tuple(meant for found in word.stems for meant in _resolve(found, word, question))
    question.resolutions[word.surface] = said
    return said


def _joined(first: Word, second: Word, question: PreparedQuestion) -> tuple[str, ...]:
    """The key-point stems of a split compound: "roll back" for a point's "rollback"."""
    if not second.stems or first.function or second.function:
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
    """The candidate within 1 edit (2 for words of 8+ letters) of ``found``, if any; swapping
    two neighbouring letters ("idnex") is one edit.

    Candidates share the first letter of ``found``: people rarely mistype a word's first letter.
    """
    limit = 1 if len(found) < 8 else 2
    best = process.extractOne(found, candidates, scorer=OSA.distance, score_cutoff=limit)
    return None if best is None else str(best[0])
