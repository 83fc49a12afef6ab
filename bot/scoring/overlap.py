"""How much of one key point an answer says: rarity-weighted coverage and kept order.

*Coverage* is the weighted share of the point's stems the answer says. *Order* is the
weighted longest run of them the answer says in the point's own order (a longest increasing
subsequence of their places in the point), over the point's weight. Order tells an
explanation from the same words jumbled. A point's overlap is the mean of the two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.scoring.reading import Hit
from bot.scoring.vocabulary import PreparedPoint


@dataclass(frozen=True, slots=True)
class Overlap:
    coverage: float  # 0..1
    order: float  # 0..1, at most coverage
    hits: tuple[Hit, ...]  # the first hit of each stem of the point the answer says

    @property
    def value(self) -> float:
        return (self.coverage + self.order) / 2


def overlap(point: PreparedPoint, hits: Sequence[Hit], first: Mapping[str, Hit]) -> Overlap:
    if point.total <= 0:
        return Overlap(0.0, 0.0, ())
    said = tuple(first[found] for found in point.stems if found in first)
    if not said:
        return Overlap(0.0, 0.0, ())
    coverage = sum(point.stem_weights[hit.stem] for hit in said) / point.total
    places = [point.stems.index(hit.stem) for hit in hits if hit.stem in point.stem_weights]
    order = _heaviest_increasing(places, [point.stem_weights[s] for s in point.stems])
    return Overlap(coverage, min(coverage, order / point.total), said)


def _heaviest_increasing(places: Sequence[int], weights: Sequence[float]) -> float:
    """The weight of the heaviest strictly increasing subsequence of ``places``."""
    best: list[float] = []
    for index, place in enumerate(places):
        before = [best[j] for j in range(index) if places[j] < place]
        best.append(weights[place] + max(before, default=0.0))
    return max(best, default=0.0)
