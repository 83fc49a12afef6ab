"""Credit an answer keeps when its words are right but it does not explain them.

* A *keyword list*: the matched terms sit in bare list items ("index, EXPLAIN, cache")
  rather than in sentences; a hedge in front ("I have no idea.") changes nothing, because
  only the fragments holding matched terms count. In an answer made of little but the key
  points' terms (a *dense* one), terms strung together with no word or symbol relating them
  ("index EXPLAIN cache query plan join order") are a list without commas.
* A *jumble*: the key points' words with their sense lost. In a real answer, a matched term
  is usually followed by another term of the same key point, in the point's order; in words
  shuffled across points it rarely is. This *cohesion* of neighbouring matched terms is
  measured once there are enough of them to judge; a pair in the other order than the
  point's counts half, as paraphrase reorders words. Words shuffled out of their sentences
  also give themselves away by their grammar (see ``shuffled``).
* *Hopping*: a dense answer whose telling terms (those of one or two points) hop from one
  point to another at every step, however grammatical the words between them. A real
  answer, even a terse one, says a thing or two about one point before it moves on to the
  next, so most neighbouring telling terms share a point. Hopping counts as a jumble.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Mapping, Sequence

from bot.scoring.reading import Hit, Reading, strung
from bot.scoring.vocabulary import PreparedQuestion

CONTENT = operator.attrgetter("content")
LIST_KEEPS = 0.35  # credit a bare list of terms keeps
JUMBLE_KEEPS = 0.25  # credit the most jumbled answer keeps
JUMBLED_AT = 0.35  # cohesion of shuffled words, and a little above
COHERENT_AT = 0.6  # cohesion from which an answer keeps all its credit
MIN_NEIGHBOURS = 6  # pairs of neighbouring matched terms needed to judge cohesion
NEIGHBOUR_REACH = 4  # words between two matched terms that count as neighbours
SHUFFLED_KEEPS = 0.1  # credit words shuffled out of their sentences keep
MIN_BROKEN = 3  # articles before a grammatical word that show words were shuffled
BROKEN_SHARE = 0.2  # ... when they are also this share of all articles
DENSE_FROM = 0.6  # share of content words that are key-point terms from which an answer is dense
DENSE_AT = 0.8  # ... and from which it is made of nothing else
DENSE_MIN_WORDS = 20  # content words an answer needs before its density tells anything
HOP_REACH = 8  # words between two telling terms that count as neighbours
HOPPING_AT = 0.35  # share of neighbouring telling terms that share a point: a term string
STAYING_AT = 0.7  # ... and from which the answer keeps to its points
LIST_NOTE = "_Most matched terms came as a bare list: say how they fit together._"
JUMBLE_NOTE = "_The key terms are there but jumbled: explain them in sentences._"


def keeps(question: PreparedQuestion, reading: Reading) -> tuple[float, tuple[str, ...]]:
    """The share of its credit the answer keeps, and why it lost some."""
    hits = reading.hits
    if not hits:
        return 1.0, ()
    dense = _density(question, reading)  # only a dense answer is looked at for strings
    listed = (reading.listed_hits + (_strung_hits(reading) if dense else 0)) / len(hits)
    kept, notes = 1.0 - (1.0 - LIST_KEEPS) * listed, []
    if listed >= 0.5:
        notes.append(LIST_NOTE)
    jumble = (
        SHUFFLED_KEEPS
        if shuffled(reading)
        else _jumble_keeps(question, hits) * _hopping_keeps(question, reading, dense)
    )
    if jumble < 1.0:
        kept *= jumble
        notes.append(JUMBLE_NOTE)
    return kept, tuple(notes)


def shuffled(reading: Reading) -> bool:
    """Words shuffled out of their sentences: "the" or "a" followed by "of", "and", "is"...

    Written English almost never puts an article before a grammatical word; shuffled words
    do it every few articles.
    """
    broken = reading.broken_articles
    return broken >= MIN_BROKEN and broken >= BROKEN_SHARE * reading.articles


def _jumble_keeps(question: PreparedQuestion, hits: Sequence[Hit]) -> float:
    in_order, together = question.in_order, question.together
    pairs = kept_order = either_order = 0
    before, _, where, sentence, _ = hits[0]
    for found, _, position, in_sentence, _ in hits[1:]:
        if in_sentence == sentence and found != before and position - where <= NEIGHBOUR_REACH:
            pairs += 1
            if (before, found) in in_order:
                kept_order += 1
            elif (before, found) in together:
                either_order += 1
        before, where, sentence = found, position, in_sentence
    if pairs < MIN_NEIGHBOURS:
        return 1.0
    cohesion = (kept_order + 0.5 * either_order) / pairs
    ramp = (cohesion - JUMBLED_AT) / (COHERENT_AT - JUMBLED_AT)
    return min(1.0, max(JUMBLE_KEEPS, JUMBLE_KEEPS + (1.0 - JUMBLE_KEEPS) * ramp))


def on_point_share(question: PreparedQuestion, reading: Reading) -> float:
    """The share of the answer's content words that are the key points' own (the question's
    words aside)."""
    content = reading.content_words
    if not content:
        return 0.0
    asked = question.asked
    on_point = {hit[2] for hit in reading.hits if hit[0] not in asked}
    said: int = sum(map(CONTENT, map(reading.words.__getitem__, on_point)))
    return said / content


def _density(question: PreparedQuestion, reading: Reading) -> float:
    """How far the answer is made of nothing but key-point terms: 0 below DENSE_FROM, 1
    from DENSE_AT."""
    if len(reading.hits) < DENSE_FROM * reading.content_words:
        return 0.0  # too few terms to be dense: the usual case, found quickly
    return _ramp(on_point_share(question, reading), DENSE_FROM, DENSE_AT)


def _strung_hits(reading: Reading) -> int:
    """The hits strung together with nothing relating them, not already in list items."""
    where = strung(reading)
    if not where:
        return 0
    return sum(1 for hit in reading.hits if not hit[4] and hit[2] in where)


def _hopping_keeps(question: PreparedQuestion, reading: Reading, dense: float) -> float:
    """The credit a dense answer keeps by how often its telling terms stay on one point."""
    if not dense or reading.content_words < DENSE_MIN_WORDS:
        return 1.0
    staying = _staying(question.telling_points, reading.hits)
    if staying is None:
        return 1.0
    kept = JUMBLE_KEEPS + (1.0 - JUMBLE_KEEPS) * _ramp(staying, HOPPING_AT, STAYING_AT)
    return 1.0 - dense * (1.0 - kept)


def _staying(telling: Mapping[str, frozenset[int]], hits: Sequence[Hit]) -> float | None:
    """The share of neighbouring telling terms that share a point; None for too few."""
    said = [(telling[hit[0]], hit) for hit in hits if hit[0] in telling]
    pairs = shared = 0
    for (points_before, before), (points, hit) in itertools.pairwise(said):
        neighbours = hit[3] == before[3] and hit[2] - before[2] <= HOP_REACH
        if neighbours and hit[0] != before[0]:
            pairs += 1
            shared += not points.isdisjoint(points_before)
    return shared / pairs if pairs >= MIN_NEIGHBOURS else None


def _ramp(value: float, low: float, high: float) -> float:
    """0 up to ``low``, 1 from ``high``, a straight line between."""
    return min(1.0, max(0.0, (value - low) / (high - low)))
