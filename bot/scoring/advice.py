"""A pitfall recommended as good advice: "the safest place for the token is localStorage".

A pitfall earns credit when the answer shows awareness of it; said as a recommendation it is
the very mistake it warns of, and contradicts the point. The answer *says* a pitfall in the
sentence that holds most of its words (at least ``SAID_FROM`` of their weight); it
*recommends* it when a clause holding those words praises or prescribes ("safest", "best",
"should") and that clause warns of nothing (no negation, no "avoid", "risk", "leaks"...).
A bare imperative opening a clause ("just wrap it in a promise") prescribes too. A clause
that does both is weighing the two sides, which is awareness; a negation in another clause
("replicas never lose data, so reading from them after a write is safe") excuses nothing.
A pitfall of leaving something out ("Not having a rollback plan") is never recommended this
way: praising what it leaves out is the awareness it asks for.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from bot.scoring.reading import Reading
from bot.scoring.text import Word, word_set
from bot.scoring.vocabulary import PreparedPoint

SAID_FROM = 0.4  # weighted share of a pitfall's words one sentence must hold to say it
QUOTED_WORDS = 12
ENDORSING = word_set(
    """
    safest safe best better should must recommend recommended prefer preferred ideal
    correct proper right fine standard simplest easiest cleanest
    """
)
PRESCRIBING = word_set("just simply")  # opening a clause, a bare imperative: "just wrap it"
WARNING = word_set(
    """
    avoid avoided avoiding mistake mistakes pitfall pitfalls risk risks risky danger dangerous
    bad wrong careful beware instead rather stop leak leaks leaking lose loses losing lost
    stale break breaks broke broken breakage fail fails failure expose exposes vulnerable
    vulnerability unsafe insecure problem problems bug bugs anti antipattern trap otherwise
    else fix fixes
    """
)


def endorsed(point: PreparedPoint, reading: Reading) -> str:
    """Why the answer recommends the pitfall ``point``, or "" when it does not."""
    if point.claims.omission:
        return ""
    said = _saying(point, reading)
    if not said:
        return ""
    sentence, places = said
    first = sum(len(words) for words in reading.sentences[:sentence])
    words = reading.sentences[sentence]
    starts = reading.clause_starts  # in order
    clauses = {_clause_of(place, starts) for place in places}
    praise = _praise(words, first, starts, clauses)
    if praise < 0:
        return ""
    praised = _clause_of(first + praise, starts)
    if any(
        (word.negator or word.lower in WARNING) and _clause_of(first + offset, starts) == praised
        for offset, word in enumerate(words)
    ):
        return ""
    quoted = " ".join(word.surface for word in words[praise : praise + QUOTED_WORDS])
    return f"You recommended “{quoted}…”; the key point warns against it."


def _saying(point: PreparedPoint, reading: Reading) -> tuple[int, list[int]] | None:
    """The sentence that says the point, by the weight of its words there, and where in the
    answer those words stand; None for no such sentence."""
    weights: dict[int, dict[str, float]] = {}
    places: dict[int, list[int]] = {}
    for found, _, index, sentence, _ in reading.hits:
        place = point.places.get(found)
        if place is not None:
            weights.setdefault(sentence, {})[found] = point.weights[place]
            places.setdefault(sentence, []).append(index)
    if not weights or point.total <= 0:
        return None
    best = max(weights, key=lambda sentence: sum(weights[sentence].values()))
    if sum(weights[best].values()) < SAID_FROM * point.total:
        return None
    return best, places[best]


def _clause_of(index: int, starts: Sequence[int]) -> int:
    """The start of the clause holding the word at ``index`` (``starts`` sorted)."""
    return starts[bisect.bisect_right(starts, index) - 1] if starts else 0


def _praise(words: Sequence[Word], first: int, starts: Sequence[int], clauses: set[int]) -> int:
    """Where in the sentence a word of praise stands in one of ``clauses``; -1 for none."""
    for offset, word in enumerate(words):
        clause = _clause_of(first + offset, starts)
        if clause in clauses and (
            word.lower in ENDORSING or (word.lower in PRESCRIBING and clause == first + offset)
        ):
            return offset
    return -1
