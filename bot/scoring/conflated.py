"""Two things a key point tells apart, said to be one: "Replication and sharding are basically
the same idea" where the point says replication keeps copies and sharding splits the data;
"Monitoring is really the same thing as observability"; "readiness and liveness probes are
interchangeable".

The answer's clause says "<A> and <B> are ... the same", "the same thing", "identical" or
"interchangeable", or "<A> is ... the same thing as <B>", with nothing but softening words
("basically", "really") between its verb and "same", and nothing after it but what the two are
said to be one of ("idea", "technique"): "the same size" likens them in one respect only; "two
names for the same thing" says it too. A and B each name something of their own, and one key
point names both, or two core points open with one each ("Blue-Green: ...", "Canary: ..."); that
point, or the first of the two, is contradicted. Narrow on purpose, like every claim check (see
``claims``): a denied likeness ("are not the same") says they differ; one the sentence goes on
to qualify ("the same thing, but one copies and one splits") weighs them; and a point that
itself likens them ("the result is the same as doing it once") is echoed, not contradicted.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.scoring import clauses
from bot.scoring.reading import Reading
from bot.scoring.text import KINDS, Word, quoted, word_set
from bot.scoring.vocabulary import PreparedPoint
from bot.types import Role

SAME = word_set("same identical interchangeable")
COPULAS = word_set("is are")
SOFTENING = word_set(
    "basically really essentially just pretty much more or less kind sort of the exactly "
    "fundamentally mostly largely roughly almost nearly practically effectively virtually "
    "all two names words for"  # "two names for the same thing", "roughly the same idea"
)
JOINING = word_set("and")
LIKENED_TO = word_set("as")  # "the same thing as observability"
LIKENED_REACH = 3  # words between "same" and its "as", or its "is" and "same"
QUALIFYING = word_set("but except although though apart besides other differ differs only")
LEADING = word_set("a an the so and but because since i think honestly")  # before a subject
EACH_ALIKE = word_set("all")  # opening the subject: the things of each kind alike
COUNTING = word_set("once twice thrice one two three several many times")  # how often, no thing
SUBJECT_WORDS = 6  # the most words of "<A> and <B>" or of "<B>" after "as"


def conflated(points: Sequence[PreparedPoint], reading: Reading) -> dict[int, str]:
    """The point the answer contradicts by saying two things it tells apart are one, with
    why; empty for none, the usual case, found in one pass over the words."""
    words = reading.words
    likening = [at for at, word in enumerate(words) if word.lower in SAME]
    if not likening:
        return {}
    for at in likening:
        said = _likened(words, at, reading.sentence_ends, reading.clause_starts)
        if said is None:
            continue
        first, second, start, end = said
        point = _telling_apart(points, first, second)
        if point is not None:
            clause = quoted(words[start:end])
            return {point: f"You said “{clause}”; the key point tells them apart."}
    return {}


def _likened(
    words: Sequence[Word], at: int, sentence_ends: Sequence[int], clause_starts: Sequence[int]
) -> tuple[frozenset[str], frozenset[str], int, int] | None:
    """The stems of the two things the clause holding "same" at ``at`` says are one, and where
    its quote starts and ends; None when it says nothing of the kind."""
    opens, past = clauses.bounds(clause_starts, at, len(words))
    copula = at - 1
    while copula > opens and words[copula].lower in SOFTENING:
        copula -= 1
    if words[copula].lower not in COPULAS or any(w.negator for w in words[opens:at]):
        return None
    if at + 1 < past and words[at + 1].lower not in KINDS | LIKENED_TO:
        return None  # "the same size", "the same in spirit": alike in one respect
    sentence_end = next((end for end in sentence_ends if end > at), len(words))
    if any(w.lower in QUALIFYING or w.negator for w in words[at + 1 : sentence_end]):
        return None  # "the same API, but scoped to one tab": weighed
    start = opens
    while start < copula and words[start].lower in LEADING:
        start += 1
    subject = words[max(start, copula - SUBJECT_WORDS) : copula]
    if any(word.lower in EACH_ALIKE for word in subject):
        return None  # "when all the servers and requests are roughly the same": each alike
    if words[copula].lower == "are":
        joins = [i for i, w in enumerate(subject) if w.lower in JOINING]
        if len(joins) != 1:
            return None
        first, second = subject[: joins[0]], subject[joins[0] + 1 :]
        return _stems(first), _stems(second), start, at + 1
    likened = next((i for i in range(at + 1, past) if words[i].lower in LIKENED_TO), None)
    if likened is None:
        return None
    second = words[likened + 1 : min(past, likened + 1 + SUBJECT_WORDS)]
    return _stems(subject), _stems(second), start, min(past, likened + 1 + SUBJECT_WORDS)


def _stems(words: Sequence[Word]) -> frozenset[str]:
    """The stems of the words that name a thing: not "twice" of "doing it twice"."""
    return frozenset(
        stem for word in words if word.content and word.lower not in COUNTING for stem in word.stems
    )


def _telling_apart(
    points: Sequence[PreparedPoint], first: frozenset[str], second: frozenset[str]
) -> int | None:
    """The point that names what is only the first's and what is only the second's, a core
    one before others, and does not liken them itself; None for none."""
    own_first, own_second = first - second, second - first
    if not own_first or not own_second:
        return None
    naming = [
        index
        for index, point in enumerate(points)
        if point.role is not Role.PITFALL
        and not own_first.isdisjoint(point.stems)
        and not own_second.isdisjoint(point.stems)
        and not _likens(point.words)
    ]
    core = [index for index in naming if points[index].role is Role.CORE]
    chosen = core or naming
    if chosen:
        return chosen[0]
    return _opened_by(points, own_first, own_second)


def _opened_by(
    points: Sequence[PreparedPoint], first: frozenset[str], second: frozenset[str]
) -> int | None:
    """The core point that opens by naming the first thing, when another core point opens by
    naming the second: two kinds set side by side ("Blue-Green: Runs the new version in a full
    second environment...", "Canary: Sends a small share of traffic..."); None otherwise."""
    opening = [
        (index, frozenset(point.words[0].stems))
        for index, point in enumerate(points)
        if point.role is Role.CORE and point.words
    ]
    firsts = [index for index, stems in opening if not stems.isdisjoint(first)]
    seconds = [index for index, stems in opening if not stems.isdisjoint(second)]
    if firsts and seconds and firsts[0] != seconds[0]:
        return firsts[0]
    return None


def _likens(words: Sequence[Word]) -> bool:
    """Whether a point itself says two things are alike: "has the same effect as performing
    it once", "are identical"; not "copies of the same data"."""
    return any(
        word.lower in SAME
        and (
            any(w.lower in LIKENED_TO for w in words[at + 1 : at + 1 + LIKENED_REACH])
            or any(w.lower in COPULAS for w in words[max(0, at - LIKENED_REACH) : at])
        )
        for at, word in enumerate(words)
    )


__all__ = ["conflated"]
