"""Score a free-text answer against a question's key points: lexical, explainable, fast.

For each key point, two views of overlap are averaged (DESIGN.md, "The scorer"):

* *coverage*: the share of the point's content-word stems found in the answer, after the
  glossary, a minimal stop list and dropping the question's own words; a typo within one or
  two edits of a key-point word (words of 5+ letters) still counts;
* *set similarity*: rapidfuzz ``token_set_ratio`` of the same stems (already lowercased and
  free of punctuation, as ``utils.default_process`` would make them), rescaled so unrelated
  text sits at 0, and gated by coverage so it only refines a point the answer touches.

Credit saturates twice, because a model answer says more than a full-credit answer needs:
a point earns nothing up to ``CHANCE_OVERLAP`` (what unrelated text shares with it by chance)
and full credit once the mean of its two views reaches ``POINT_FULL_CREDIT``, and
the answer once the weighted mean of its points (``KeyPoint.weight``) reaches
``ANSWER_FULL_CREDIT``. A keyword list is not an answer: the share of grammatical words
(articles, prepositions, pronouns, ...) scales the points and the total, so a bare list of
terms keeps at most ``KEYWORD_LIST_CREDIT`` of its credit. And an answer must say enough:
the total is capped for an answer with fewer distinct content words than
``FULL_ANSWER_WORD_SHARE`` of the key points' own.

Only the first ``MAX_ANSWER_CHARS`` characters of an answer are read, which bounds the time
one answer can take. Key-point preparation is cached per question, stems and typo look-ups
per word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.glossary import merged
from bot.questions import KeyPoint
from bot.textnorm import Normalizer, Word, split_reference

__all__ = ["MAX_ANSWER_CHARS", "PointScore", "Score", "Scorer", "split_reference"]

MAX_ANSWER_CHARS = 10_000
COVERED_AT = 0.5  # a point whose score reaches this is shown as covered
CHANCE_OVERLAP = 0.05  # mean of the two views an unrelated answer reaches: worth nothing
POINT_FULL_CREDIT = 0.35  # mean of the two views at which a point earns full credit
ANSWER_FULL_CREDIT = 0.5  # mean point score at which the whole answer earns full credit
SET_RATIO_FLOOR = 0.4  # token_set_ratio of unrelated text, rescaled to 0
SET_RATIO_GATE = 0.25  # coverage from which the set view counts in full
FLUENT_FUNCTION_SHARE = 0.2  # share of function words of a plain written sentence
KEYWORD_LIST_CREDIT = 0.25  # credit kept by an answer with no function words at all
FULL_ANSWER_WORD_SHARE = 0.15  # distinct content words, as a share of the key points' own,
# that an answer needs for full marks: "add an index" cannot earn 85% however apt it is
TYPO_MIN_LENGTH = 5
PREPARED_CACHE_SIZE = 512


@dataclass(frozen=True, slots=True)
class PointScore:
    text: str
    score: float  # 0..1 graded partial credit
    covered: bool  # the label shown to the person: score >= COVERED_AT
    matched: tuple[str, ...]  # the answer's words that hit this point, as typed


@dataclass(frozen=True, slots=True)
class Score:
    value: float  # 0..1 overall
    points: tuple[PointScore, ...]

    @property
    def covered(self) -> tuple[PointScore, ...]:
        return tuple(point for point in self.points if point.covered)

    @property
    def missed(self) -> tuple[PointScore, ...]:
        return tuple(point for point in self.points if not point.covered)


@dataclass(frozen=True, slots=True)
class _Point:
    text: str
    weight: float
    stems: tuple[str, ...]
    joined: str  # the stems, space-separated, for token_set_ratio


@dataclass(frozen=True, slots=True)
class _Question:
    points: tuple[_Point, ...]
    vocabulary: frozenset[str]
    by_initial: Mapping[str, tuple[str, ...]]  # first letter -> stems a typo may stand for


@dataclass(frozen=True, slots=True)
class _Answer:
    first_word: Mapping[str, str]  # stem -> the first answer word that gave it, as typed
    order: Mapping[str, int]  # stem -> position of that word, for ordering matched words
    joined: str
    credit: float  # 1 for written sentences, down to KEYWORD_LIST_CREDIT for a bare list


class Scorer:
    """Scores answers; ``glossary`` adds a guide's own abbreviations to the built-in ones."""

    def __init__(self, glossary: Mapping[str, str] | None = None) -> None:
        self._normalizer = Normalizer(merged(glossary))
        self._prepare = lru_cache(maxsize=PREPARED_CACHE_SIZE)(self._prepare_uncached)

    def score(self, *, question: str, key_points: Sequence[KeyPoint | str], answer: str) -> Score:
        points = tuple(_as_key_point(point) for point in key_points)
        prepared = self._prepare(question, tuple((p.text, p.weight) for p in points))
        analysed = self._analyse(answer[:MAX_ANSWER_CHARS], prepared)
        earned = [_earned(point, analysed) for point in prepared.points]
        total = min(1.0, _weighted_mean(earned, prepared.points) / ANSWER_FULL_CREDIT)
        scored = tuple(
            _point_score(point, credit * analysed.credit, analysed, hits)
            for point, (credit, hits) in zip(prepared.points, earned, strict=True)
        )
        value = total * _length_cap(analysed, prepared) * analysed.credit
        return Score(value=value, points=scored)

    def _prepare_uncached(self, question: str, points: tuple[tuple[str, float], ...]) -> _Question:
        asked = {s for word in self._normalizer.words(question) for s in word.stems}
        prepared = tuple(self._prepare_point(text, weight, asked) for text, weight in points)
        vocabulary = frozenset(s for point in prepared for s in point.stems)
        return _Question(prepared, vocabulary, _by_initial(vocabulary))

    def _prepare_point(self, text: str, weight: float, asked: set[str]) -> _Point:
        stems = _unique(s for word in self._normalizer.words(text) for s in word.stems)
        distinctive = tuple(s for s in stems if s not in asked) or stems
        return _Point(text, weight, distinctive, " ".join(sorted(distinctive)))

    def _analyse(self, answer: str, question: _Question) -> _Answer:
        words = self._normalizer.words(answer)
        first_word: dict[str, str] = {}
        order: dict[str, int] = {}
        for position, word in enumerate(words):
            for found in _resolve(word, question):
                first_word.setdefault(found, word.surface)
                order.setdefault(found, position)
        joined = " ".join(sorted(first_word))
        return _Answer(first_word, order, joined, _credit(words))


def _as_key_point(point: KeyPoint | str) -> KeyPoint:
    return point if isinstance(point, KeyPoint) else KeyPoint(text=point)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _by_initial(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for word in sorted(vocabulary):
        if len(word) >= TYPO_MIN_LENGTH - 1:
            groups.setdefault(word[0], []).append(word)
    return {initial: tuple(words) for initial, words in groups.items()}


def _resolve(word: Word, question: _Question) -> list[str]:
    """The word's stems, a misspelt one replaced by the key-point stem it was meant to be."""
    return [
        found if found in question.vocabulary else _typo(found, question.by_initial)
        for found in word.stems
    ]


def _typo(found: str, by_initial: Mapping[str, tuple[str, ...]]) -> str:
    if len(found) < TYPO_MIN_LENGTH:
        return found
    return _nearest(found, by_initial.get(found[0], ())) or found


@lru_cache(maxsize=1 << 16)
def _nearest(found: str, candidates: tuple[str, ...]) -> str | None:
    """The candidate within 1 edit (2 for words of 8+ letters) of ``found``, if any.

    Candidates share the first letter of ``found``: people rarely mistype a word's first letter.
    """
    limit = 1 if len(found) < 8 else 2
    best = process.extractOne(found, candidates, scorer=Levenshtein.distance, score_cutoff=limit)
    return None if best is None else best[0]


def _credit(words: Sequence[Word]) -> float:
    """Function-word share as credit: a bare keyword list keeps KEYWORD_LIST_CREDIT."""
    if not words:
        return 0.0
    share = sum(word.function for word in words) / len(words)
    fluency = min(1.0, share / FLUENT_FUNCTION_SHARE)
    return KEYWORD_LIST_CREDIT + (1.0 - KEYWORD_LIST_CREDIT) * fluency


def _length_cap(answer: _Answer, question: _Question) -> float:
    """At most 1; below 1 for an answer of fewer content words than a full answer needs."""
    needed = FULL_ANSWER_WORD_SHARE * len(question.vocabulary)
    return min(1.0, len(answer.first_word) / needed) if needed else 1.0


def _earned(point: _Point, answer: _Answer) -> tuple[float, list[str]]:
    """The point's credit before the keyword-list factor, and the stems the answer hit."""
    hits = [found for found in point.stems if found in answer.first_word]
    coverage = len(hits) / len(point.stems) if point.stems else 0.0
    overlap = (coverage + _set_view(point, answer, coverage)) / 2
    credit = (overlap - CHANCE_OVERLAP) / (POINT_FULL_CREDIT - CHANCE_OVERLAP)
    return min(1.0, max(0.0, credit)), hits


def _point_score(point: _Point, value: float, answer: _Answer, hits: list[str]) -> PointScore:
    return PointScore(point.text, value, value >= COVERED_AT, _matched(hits, answer))


def _set_view(point: _Point, answer: _Answer, coverage: float) -> float:
    if coverage == 0.0:
        return 0.0
    ratio = fuzz.token_set_ratio(point.joined, answer.joined) / 100
    rescaled = max(0.0, (ratio - SET_RATIO_FLOOR) / (1 - SET_RATIO_FLOOR))
    return rescaled * min(1.0, coverage / SET_RATIO_GATE)


def _matched(hits: Sequence[str], answer: _Answer) -> tuple[str, ...]:
    ordered = sorted(hits, key=answer.order.__getitem__)
    return _unique(answer.first_word[found] for found in ordered)


def _weighted_mean(earned: Sequence[tuple[float, list[str]]], points: Sequence[_Point]) -> float:
    total = sum(point.weight for point in points)
    if total <= 0:
        return 0.0
    pairs = zip(earned, points, strict=True)
    return sum(credit * point.weight for (credit, _), point in pairs) / total
