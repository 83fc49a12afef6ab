"""How much of each key point an answer says: rarity-weighted coverage and kept order.

*Coverage* is the weighted share of the point's stems the answer says, against the weight
that says the point in full (a long point's elaborations need not all be repeated, see
``PreparedPoint.full``). *Order* is the weighted longest run of them the answer says in the
point's own order (a longest increasing subsequence of their places in the point), over the
same weight. Order tells an explanation from the same words jumbled. A point's overlap is the
mean of the two.

A point is said where it is said: in a sentence or two, not in a word here and a word there.
So an answer of more sentences than WINDOW_SENTENCES is read twice for each point, as a whole
and in the WINDOW_SENTENCES running sentences that say most of it, and the point's overlap
is WHOLE_PART of the first and the rest of the second. A fluent answer to another question
meets a point in the field's common words scattered over its sentences ("client" here,
"request" there, "server" at the end); an answer that explains the point says its words
together. Measured on the answer sets, answers to another question and confidently wrong
answers lost most, while strong answers lost 0.01 on average; on the public sets AUC and
Pearson held or rose slightly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from bot.scoring.reading import Reading
from bot.scoring.vocabulary import PreparedPoint, PreparedQuestion

# A point's overlap: its value, the mean of coverage and order (0..1); each place of the
# point the answer says -> the word (as typed) that said it first, in answer order; and those
# words, each once.
Overlap = tuple[float, Mapping[int, str], tuple[str, ...]]
NOTHING: Overlap = (0.0, MappingProxyType({}), ())
WINDOW_SENTENCES = 2  # the running sentences a point is said in
WHOLE_PART = 0.3  # of a point's overlap, what the whole answer's words give
# Where an answer says a point's place: (its sentence, the place, the word as typed).
Said = tuple[int, int, str]


def overlaps(question: PreparedQuestion, reading: Reading) -> list[Overlap]:
    """Each point's overlap, reading the answer's hits once for all points."""
    places: list[list[int]] = [[] for _ in question.points]
    firsts: list[dict[int, str]] = [{} for _ in question.points]
    said_in: list[list[Said]] = [[] for _ in question.points]
    where, twice, last = question.places.get, False, -1
    for found, surface, position, sentence, _ in reading.hits:
        if position == last:  # a word that says two stems: it may say two places of a point
            twice = True
        last = position
        for number, place in where(found, ()):
            places[number].append(place)
            firsts[number].setdefault(place, surface)
            said_in[number].append((sentence, place, surface))
    whole = [
        _overlap(point, places[number], firsts[number], twice)
        for number, point in enumerate(question.points)
    ]
    if len(reading.sentence_ends) <= WINDOW_SENTENCES:
        return whole  # an answer of a sentence or two is its own window
    return [
        _windowed(point, found, said_in[number], twice) if found[1] else found
        for number, (point, found) in enumerate(zip(question.points, whole, strict=True))
    ]


def _windowed(point: PreparedPoint, whole: Overlap, said: list[Said], twice: bool) -> Overlap:
    """The point's overlap as a whole (``whole``) and in the WINDOW_SENTENCES running
    sentences that say most of it, weighed by WHOLE_PART; the words shown are all it said."""
    first_sentence, last_sentence = said[0][0], said[-1][0]
    if last_sentence - first_sentence < WINDOW_SENTENCES:
        return whole  # said within one window: the usual case for a short point
    best = 0.0
    for start in dict.fromkeys(sentence for sentence, _, _ in said):
        past = start + WINDOW_SENTENCES
        places: list[int] = []
        first: dict[int, str] = {}
        for sentence, place, surface in said:
            if start <= sentence < past:
                places.append(place)
                first.setdefault(place, surface)
        value = _overlap(point, places, first, twice)[0]
        best = value if value > best else best
    value, first_said, words = whole
    return WHOLE_PART * value + (1.0 - WHOLE_PART) * best, first_said, words


def _overlap(
    point: PreparedPoint, places: list[int], first: dict[int, str], twice: bool
) -> Overlap:
    """``twice``: whether some word of the answer says two stems, so that a word may have
    said two of the point's places first; else each word said one, and they need no sifting."""
    if not first or point.full <= 0:
        return NOTHING
    weights, said, in_order, last = point.weights, 0.0, True, -1
    for place in first:  # one loop for the weight said and its order: quicker than two in C
        said += weights[place]
        if place < last:
            in_order = False
        last = place
    words = tuple(dict.fromkeys(first.values()) if twice else first.values())
    coverage = said / point.full
    if coverage > 1.0:  # a long point said past its ``full`` weight
        coverage = 1.0
    if in_order:  # first said in the point's order, the usual case: the heaviest run is
        return coverage, first, words  # all of them, the same sum
    order = _heaviest_increasing(places, weights) / point.full
    return (coverage + (order if order < coverage else coverage)) / 2, first, words


def _heaviest_increasing(places: Sequence[int], weights: Sequence[float]) -> float:
    """The weight of the heaviest strictly increasing subsequence of ``places``.

    A point's places in an answer are few, so the heaviest run ending at each of them, in
    turn, is found by looking through the runs before it: one pass, each step a short loop
    over a list of pairs (quicker than over a dict's items). The heaviest run is kept as it
    comes, as ``max`` costs a call.
    """
    runs: list[tuple[int, float]] = []  # (the place a run ends at, its weight)
    heaviest, previous = 0.0, -1
    for place in places:
        if place == previous:  # a place said again at once ends no heavier run
            continue
        previous = place
        before = 0.0
        for earlier, weight in runs:
            if earlier < place and weight > before:
                before = weight
        ending_here = weights[place] + before
        runs.append((place, ending_here))
        if ending_here > heaviest:
            heaviest = ending_here
    return heaviest
