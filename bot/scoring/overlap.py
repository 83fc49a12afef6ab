"""How much of each key point an answer says: rarity-weighted coverage and kept order.

*Coverage* is the weighted share of the point's stems the answer says. *Order* is the
weighted longest run of them the answer says in the point's own order (a longest increasing
subsequence of their places in the point), over the point's weight. Order tells an
explanation from the same words jumbled. A point's overlap is the mean of the two.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import NamedTuple

from bot.scoring.reading import Hit, Reading
from bot.scoring.vocabulary import PreparedPoint, PreparedQuestion

NOTHING: tuple[Hit, ...] = ()


class Overlap(NamedTuple):
    coverage: float  # 0..1
    order: float  # 0..1, at most coverage
    hits: tuple[Hit, ...]  # the first hit of each stem of the point the answer says

    @property
    def value(self) -> float:
        return (self.coverage + self.order) / 2


def overlaps(question: PreparedQuestion, reading: Reading) -> list[Overlap]:
    """Each point's overlap, reading the answer's hits once for all points."""
    places: list[list[int]] = [[] for _ in question.points]
    firsts: list[dict[int, Hit]] = [{} for _ in question.points]
    for hit in reading.hits:
        for number, place in question.places.get(hit.stem, ()):
            places[number].append(place)
            firsts[number].setdefault(place, hit)
    return [
        _overlap(point, places[number], firsts[number])
        for number, point in enumerate(question.points)
    ]


def _overlap(point: PreparedPoint, places: list[int], first: dict[int, Hit]) -> Overlap:
    if not first or point.total <= 0:
        return Overlap(0.0, 0.0, NOTHING)
    weight_at = point.weights.__getitem__
    coverage = sum(map(weight_at, first)) / point.total
    if all(map(operator.lt, places, places[1:])):  # said in the point's order: the usual case
        order = sum(map(weight_at, places)) / point.total
    else:
        order = _heaviest_increasing(places, point.weights) / point.total
    said = tuple(map(first.__getitem__, sorted(first)))
    return Overlap(coverage, min(coverage, order), said)


def _heaviest_increasing(places: Sequence[int], weights: Sequence[float]) -> float:
    """The weight of the heaviest strictly increasing subsequence of ``places``.

    Places are small (a point has a few dozen stems), so the best run ending at each place
    is kept in a list indexed by place: one pass, each step a ``max`` over a slice.
    """
    best = [0.0] * len(weights)
    for place in places:
        ending_here = weights[place] + max(best[:place], default=0.0)
        if ending_here > best[place]:
            best[place] = ending_here
    return max(best, default=0.0)
