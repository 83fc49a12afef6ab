"""Credit an answer keeps when its words are right but it does not explain them.

* A *keyword list*: the matched terms sit in bare list items ("index, EXPLAIN, cache")
  rather than in sentences; a hedge in front ("I have no idea.") changes nothing, because
  only the fragments holding matched terms count.
* A *jumble*: the key points' words with their sense lost. In a real answer, a matched term
  is usually followed by another term of the same key point, in the point's order; in words
  shuffled across points it rarely is. This *cohesion* of neighbouring matched terms is
  measured once there are enough of them to judge; a pair in the other order than the
  point's counts half, as paraphrase reorders words. Words shuffled out of their sentences
  also give themselves away by their grammar (see ``_broken``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.scoring.reading import Hit, Reading
from bot.scoring.vocabulary import PreparedQuestion

LIST_KEEPS = 0.35  # credit a bare list of terms keeps
JUMBLE_KEEPS = 0.25  # credit the most jumbled answer keeps
JUMBLED_AT = 0.35  # cohesion of shuffled words, and a little above
COHERENT_AT = 0.6  # cohesion from which an answer keeps all its credit
MIN_NEIGHBOURS = 6  # pairs of neighbouring matched terms needed to judge cohesion
NEIGHBOUR_REACH = 4  # words between two matched terms that count as neighbours
SHUFFLED_KEEPS = 0.1  # credit words shuffled out of their sentences keep
MIN_BROKEN = 3  # articles before a grammatical word that show words were shuffled
BROKEN_SHARE = 0.2  # ... when they are also this share of all articles
LIST_NOTE = "_Most matched terms came as a bare list: say how they fit together._"
JUMBLE_NOTE = "_The key terms are there but jumbled: explain them in sentences._"


def keeps(question: PreparedQuestion, reading: Reading) -> tuple[float, tuple[str, ...]]:
    """The share of its credit the answer keeps, and why it lost some."""
    hits = reading.hits
    if not hits:
        return 1.0, ()
    listed = reading.listed_hits / len(hits)
    kept, notes = 1.0 - (1.0 - LIST_KEEPS) * listed, []
    if listed >= 0.5:
        notes.append(LIST_NOTE)
    jumble = SHUFFLED_KEEPS if _broken(reading) else _jumble_keeps(question, hits)
    if jumble < 1.0:
        kept *= jumble
        notes.append(JUMBLE_NOTE)
    return kept, tuple(notes)


def _broken(reading: Reading) -> bool:
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
