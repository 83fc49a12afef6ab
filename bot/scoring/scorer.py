"""The default scorer: key points matched word by word, explained point by point.

Each key point gets an *overlap* (rarity-weighted coverage and kept order, read mostly in the
sentence or two that say most of the point, see ``overlap``), turned into credit by
``credit``. Each point is worth its *share* of the score (see ``roles``), and the headline is
the sum of the points' contributions, so it tells the same story as the points shown. Then:

* a point earns at most half its credit from words it shares with other points: covering
  one point in full does not cover its neighbours;
* a brief answer (a one-line gist) is judged on what it says: a point it mentions by one of
  the point's telling words earns at least a share of credit set by how much of the answer
  is on point (the question's own words counting neither way), since a gist cannot restate
  every point in full; a bare term or two earns less (it shows the answer is on point, not
  what it says), and a mention alone never marks a point covered at standard strictness;
* an answer that says what it must say is not held back by the best practices and pitfalls it
  leaves out: unless it is a bare list or a jumble, when it is kinder, the core points carry
  CORE_HEAVY_PART of its score (50-70% otherwise) and the other points the rest, in proportion;
* nor is an answer that explains a point or two well held back by the rest: when it is kinder,
  the BEST_POINTS points it covers best each carry at least an equal share of the score
  (pitfalls aside), and the other points the rest, in proportion, so that a correct partial
  answer on the best practices is not outscored by one that brushes the core in passing (the
  core's note then says what it carries in the end); sharing anew lifts an answer to
  KIND_UP_TO at most: kindness keeps a good partial answer from being held back, it does not
  make it as good as one that says everything;
* a claim that contradicts a key point (see ``claims``; a term given another's definition, see
  ``definitions``; the other verdict, see ``verdict``) zeroes that point and takes its share
  away from the headline, and WRONG_CLAIM_COST more (see ``model``); one claim is charged
  once, to the weightiest point it contradicts ("a Redis lock is overkill" against three
  points about locking), and the other points it contradicts earn nothing: shown once, it
  costs once, and what the answer waved away covers nothing;
* an answer whose matched words sit mostly in a bare list of terms (or strung together
  with nothing relating them) keeps only part of its credit, and so does a jumble of the key
  points' words with their order lost or scattered across points clause by clause (see
  ``honesty``);
* a longer answer to a question about a subject (not about the candidate) that speaks of
  something else keeps only part of its credit, as far as it does not fit (see
  ``relevance``): a fluent answer to another question meets a point or two in the field's
  common words ("client", "request", "expire");
* an answer to a question about the candidate (situational, behavioral) that blames others or
  hides the problem keeps little of its credit, whatever its shape, as a story does (see
  ``story.red_flag``);
* a story question (a model answer of Context / Action / Outcome) is judged on the shape of
  the candidate's own story, never on the model story's words (see ``story``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from bot.questions import KeyPoint
from bot.scoring import advice, claims, definitions, honesty, rarity, story, verdict
from bot.scoring.conflated import conflated
from bot.scoring.glossary import merged
from bot.scoring.kinds import miskinded
from bot.scoring.model import COVERED_AT, MAX_ANSWER_CHARS, PointScore, Score, status_of
from bot.scoring.negated import negated
from bot.scoring.overlap import Overlap, overlaps
from bot.scoring.reading import Reading, read
from bot.scoring.relevance import Bar, kept, relevance
from bot.scoring.text import Normalizer
from bot.scoring.vocabulary import PreparedPoint, PreparedQuestion, prepare
from bot.types import Kind, Role, Status

PREPARED_CACHE_SIZE = 512
NO_CREDIT_BELOW = 0.1  # overlap that unrelated text reaches by chance
CHANCE_CREDIT = 0.01  # the most a point earns below NO_CREDIT_BELOW: a near miss above nothing
CHANCE_FROM = 0.05  # overlap below which a point earns nothing at all
TELLING_WEIGHT = 1.0  # rarity weight of a word that tells something: "every", not "in"
FULL_CREDIT_AT = 0.5  # overlap of a point said in full in other words
GIST_WORDS = 5  # content words from which a brief answer is a gist, not a bare term or two
MENTION_CREDIT = 0.8  # times the brief answer's precision: what a point it mentions earns
MENTION_MOST = COVERED_AT - 0.05  # a mention alone never covers a point at standard strictness
WITHOUT_OWN_WORDS = 0.5  # most a point earns from words other points share with it
CREDIT_SPAN = FULL_CREDIT_AT - NO_CREDIT_BELOW  # computed once, not for each point
CURVE = 2.3  # how steeply credit rises: about 90% at FULL_CREDIT_AT
CURVE_TOP = 1.0 - math.exp(-CURVE * 1.6)  # full credit a little past FULL_CREDIT_AT
PITFALL = Role.PITFALL  # read for every point: a module name, quicker than the enum's member
CORE = Role.CORE  # and these too
CONTRADICTED = Status.CONTRADICTED
COVERED = Status.COVERED
CORE_HEAVY_PART = 0.8  # what the core points carry of an answer's score, when that is kinder
KIND_UP_TO = 0.9  # the most that sharing the score anew may lift an answer to
KIND_KEEPS_ORDER = 0.2  # of what an answer lacked of KIND_UP_TO, what it still lacks after
KINDER_BY = 1e-9  # more than rounding: a perfect answer is no kinder either way
CORE_HEAVY_NOTE = "_Judged mostly on what the answer must say: those points carry {share}% here._"
BEST_POINTS = 2  # the points a partial answer explains well: one or two
BEST_POINTS_NOTE = "_The points you explained best count at least as much as any other here._"
# An answer fits its question from a weighted share of a fifth of the question's own words,
# or of 0.3 of its own words that are of the question's subject (the question's and the key
# points'), beyond the 0.15 an answer about something else reaches with common domain words.
# Saying none of the question's words, 0.35 beyond 0.2: measured on the answer sets, correct
# answers that say none or few ("a 301 is like a change of address..." for "Design a URL
# shortener") have 0.34 of their words or more on the subject, most 0.44; fluent answers to
# another question in the field reach 0.35, and keep less of their credit.
ANSWER_BAR = Bar(
    asked=0.2,
    asked_alone=0.2,
    on_subject=0.3,
    by_chance=0.15,
    unasked_on_subject=0.35,
    unasked_by_chance=0.2,
)
ANSWER_FITS_AT = 0.8  # relevance from which an answer fits in full: a rich answer says more
PERSONAL = (Kind.BEHAVIORAL, Kind.SITUATIONAL)  # questions about the candidate, not a subject
OFF_TOPIC_NOTE = "_The answer says little of what the question asks about, so it counts for less._"
NOTED_GAIN = 0.05  # what a change of shares must add to the score to be worth a note


class KeyPointScorer:
    """The default :class:`~bot.scoring.model.Scorer`; caches what each question needs."""

    def __init__(self) -> None:
        self._normalizers: dict[frozenset[tuple[str, str]], Normalizer] = {}
        self._prepared: dict[Hashable, PreparedQuestion] = {}

    def score(
        self,
        *,
        question: str,
        key_points: Sequence[KeyPoint | str],
        answer: str,
        kind: Kind = Kind.TECHNICAL,
        glossary: Mapping[str, str] | None = None,
    ) -> Score:
        prepared, normalizer = self._prepare(question, tuple(key_points), kind, glossary)
        reading = read(answer[:MAX_ANSWER_CHARS], prepared, normalizer)
        if prepared.story:
            return story.score(prepared, reading)
        return _score(prepared, reading)

    def score_point(
        self,
        *,
        question: str,
        key_points: Sequence[KeyPoint | str],
        index: int,
        answer: str,
        kind: Kind = Kind.TECHNICAL,
        glossary: Mapping[str, str] | None = None,
    ) -> PointScore:
        """``score(...).points[index]``."""
        prepared, normalizer = self._prepare(question, tuple(key_points), kind, glossary)
        reading = read(answer[:MAX_ANSWER_CHARS], prepared, normalizer)
        if prepared.story:
            return story.score(prepared, reading).points[index]
        return _score(prepared, reading).points[index]  # its share depends on the others

    def _prepare(
        self,
        question: str,
        key_points: tuple[KeyPoint | str, ...],
        kind: Kind,
        glossary: Mapping[str, str] | None,
    ) -> tuple[PreparedQuestion, Normalizer]:
        """The question prepared once, then found again by what was asked: the costly part."""
        normalizer = self._normalizer(glossary)
        key = (id(normalizer), question, key_points, kind)
        prepared = self._prepared.get(key)
        if prepared is None:
            if len(self._prepared) >= PREPARED_CACHE_SIZE:  # the oldest goes
                del self._prepared[next(iter(self._prepared))]
            points = [_as_key_point(point, kind) for point in key_points]
            prepared = prepare(
                normalizer,
                question,
                [(p.text, p.role, p.weight) for p in points],
                personal=kind in PERSONAL,
            )
            self._prepared[key] = prepared
        return prepared, normalizer

    def _normalizer(self, glossary: Mapping[str, str] | None) -> Normalizer:
        key = frozenset(glossary.items()) if glossary else frozenset()
        if key not in self._normalizers:
            self._normalizers[key] = Normalizer(merged(glossary))
        return self._normalizers[key]


def _as_key_point(point: KeyPoint | str, kind: Kind) -> KeyPoint:
    if isinstance(point, KeyPoint):
        return point
    story_kind = kind in (Kind.BEHAVIORAL, Kind.SITUATIONAL)
    return KeyPoint(text=point, role=Role.STORY if story_kind else Role.CORE)


class _Judged(NamedTuple):
    """What holds for the whole answer when its points are scored; a named tuple, as it is
    built anew for every answer (see ``reading.Reading``)."""

    reading: Reading
    keeps: float  # the share of credit kept: less for a keyword list or a jumble
    mention: float  # the least a point mentioned by a telling word earns, in a brief answer


def _score(question: PreparedQuestion, reading: Reading) -> Score:
    said = overlaps(question, reading)
    judged, notes = _judged(question, reading, said)
    scored = tuple(
        [  # a list first: quicker than a generator
            _point_score(point, found, share, judged) if found[1] else missed
            for point, found, share, missed in zip(
                question.points, said, question.shares, question.missed, strict=True
            )
        ]
    )
    scored = _charged_once(scored)
    if question.definitions:  # a question that defines terms: were they swapped?
        wrong = definitions.misdefined(
            question.definitions, reading.words, reading.sentence_ends, reading.clause_starts
        )
        scored = _contradicted(scored, wrong)
    # "replication and sharding are the same": two things a point tells apart, said to be one
    scored = _contradicted(scored, conflated(question.points, reading))
    # "Cassandra, which is a document database": an example said to be of another kind
    scored = _contradicted(
        scored,
        miskinded(question.kinds, reading.words, reading.sentence_ends, reading.clause_starts),
    )
    if question.verdict and reading.verdict:  # "Will it light?": "No" where it says "Yes"
        scored = _contradicted(scored, verdict.contradicted(question.verdict, reading.verdict))
    # "two requests can never interleave": a point's statement said with "not" or "never"
    scored = _contradicted(scored, negated(question.points, reading))
    if judged.keeps == 1.0:  # no bare list, no jumble: its score may be shared out anew
        scored, notes = _shared_anew(scored, notes)
    value = sum([point.contribution for point in scored], 0.0)  # a list: quicker, as above
    value = value if value < 1.0 else 1.0  # min(1.0, ...) and max(0.0, ...), without calls
    value = value if value > 0.0 else 0.0
    return Score(value=value, points=scored, notes=notes)


def _charged_once(points: tuple[PointScore, ...]) -> tuple[PointScore, ...]:
    """The points, each claim contradicting only the point of the largest share it contradicts
    (the first of equals); the other points it contradicts missed, with nothing matched."""
    charged: dict[str, int] = {}  # a claim's quote -> the point it is charged to
    contradicted = 0
    for index, point in enumerate(points):
        if point.status is CONTRADICTED:
            contradicted += 1
            first = charged.setdefault(point.note, index)
            if point.share > points[first].share:
                charged[point.note] = index
    if len(charged) == contradicted:
        return points  # no claim contradicts two points: every answer but a few
    return tuple(
        replace(point, status=Status.MISSED, matched=(), note="")
        if point.status is CONTRADICTED and charged[point.note] != index
        else point
        for index, point in enumerate(points)
    )


def _contradicted(
    points: tuple[PointScore, ...], wrong: Mapping[int, str]
) -> tuple[PointScore, ...]:
    """The points, those in ``wrong`` contradicted, each with its note (why), unless it is
    already: a term given another term's definition, or the other verdict."""
    if not wrong:
        return points
    return tuple(
        replace(point, score=0.0, status=Status.CONTRADICTED, note=wrong[index])
        if index in wrong and point.status is not Status.CONTRADICTED
        else point
        for index, point in enumerate(points)
    )


def _core_heavy(points: tuple[PointScore, ...]) -> tuple[PointScore, ...]:
    """The points with the core ones carrying CORE_HEAVY_PART of the score and the others the
    rest, in proportion; () when that is not kinder, when the core carries as much already (or
    nothing), or when the answer contradicts a point outside the core (a wrong claim costs its
    full share)."""
    core_share = 0.0
    for point in points:
        if point.role is CORE:
            core_share += point.share
        elif point.status is CONTRADICTED:
            return ()
    if not 0.0 < core_share < CORE_HEAVY_PART:
        return ()  # decided before what the points earned is summed: most answers
    core_said = other_said = 0.0
    for point in points:
        if point.role is CORE:
            core_said += point.earned
        else:
            other_said += point.earned
    scales = {True: CORE_HEAVY_PART / core_share, False: (1 - CORE_HEAVY_PART) / (1 - core_share)}
    # what a point earns is proportional to its share: the sum once rescaled, without rescaling
    rescaled = scales[True] * core_said + scales[False] * other_said
    if rescaled <= core_said + other_said + KINDER_BY:
        return ()  # not kinder: most answers, decided before any point is copied
    return tuple(
        replace(point, share=point.share * scales[point.role is Role.CORE]) for point in points
    )


def _shared_anew(
    points: tuple[PointScore, ...], notes: tuple[str, ...]
) -> tuple[tuple[PointScore, ...], tuple[str, ...]]:
    """The points shared out anew where that is kinder, with the notes that say how: first
    the core carrying CORE_HEAVY_PART (see ``_core_heavy``), then the points covered best at
    least an equal share each (see ``_best_shared``); the core's note gives what it carries
    in the end, and goes when that is no longer most of the score."""
    core_heavy = _core_heavy(points)
    shared = core_heavy or points
    best_shared = _best_shared(shared)
    said: tuple[str, ...] = ()
    if best_shared:
        said = _best_points_note(shared, best_shared)
        shared = best_shared
    shared = _kind_up_to(points, shared)
    if core_heavy:
        core = sum([point.share for point in shared if point.role is CORE], 0.0)
        if core > 0.5:
            said = (CORE_HEAVY_NOTE.format(share=round(core * 100)), *said)
    return shared, (*notes, *said)


def _kind_up_to(
    points: tuple[PointScore, ...], shared: tuple[PointScore, ...]
) -> tuple[PointScore, ...]:
    """The points ``shared`` anew, kinder than ``points`` were shared, lifting the score no
    higher than KIND_UP_TO: their shares moved from the old ones toward the new only so far.
    Kindness keeps an answer that says a point or two well from being held back; it does
    not make it as good as one that says everything. Of two answers lifted that far, the one
    that earned more before stays ahead: the limit is KIND_UP_TO less KIND_KEEPS_ORDER of
    what the answer lacked of it before."""
    was, now = _earned(points), _earned(shared)
    up_to = KIND_UP_TO - KIND_KEEPS_ORDER * max(0.0, KIND_UP_TO - was)
    if now <= up_to or now <= was + KINDER_BY:
        return shared
    if was >= up_to:
        return points
    part = (up_to - was) / (now - was)
    return tuple(
        replace(new, share=old.share + part * (new.share - old.share))
        for old, new in zip(points, shared, strict=True)
    )


def _earned(points: tuple[PointScore, ...]) -> float:
    return sum([point.earned for point in points], 0.0)


def _best_shared(points: tuple[PointScore, ...]) -> tuple[PointScore, ...]:
    """The points with the BEST_POINTS covered points the answer says best (pitfalls aside)
    carrying at least an equal share each, and the others the rest, in proportion; () when
    that is not kinder, when there are too few points for it, or when the answer contradicts
    a point."""
    counted = [i for i, point in enumerate(points) if point.role is not PITFALL]
    if len(counted) <= BEST_POINTS or any(point.status is CONTRADICTED for point in points):
        return ()
    covered = [i for i in counted if points[i].status is COVERED]
    covered.sort(key=lambda i: points[i].score, reverse=True)
    equal = 1.0 / len(counted)
    raised = {i: max(points[i].share, equal) for i in covered[:BEST_POINTS]}
    was = sum((points[i].share for i in raised), 0.0)
    now = sum(raised.values(), 0.0)
    if not was < now < 1.0:
        return ()  # nothing covered, or covered with an equal share already: most answers
    rest = (1.0 - now) / (1.0 - was)
    shares = [raised.get(i, point.share * rest) for i, point in enumerate(points)]
    rescaled = sum((p.score * share for p, share in zip(points, shares, strict=True)), 0.0)
    if rescaled <= _earned(points) + KINDER_BY:
        return ()
    return tuple(replace(point, share=share) for point, share in zip(points, shares, strict=True))


def _best_points_note(was: tuple[PointScore, ...], now: tuple[PointScore, ...]) -> tuple[str, ...]:
    """BEST_POINTS_NOTE when sharing the score anew added NOTED_GAIN or more: a strong answer
    gains a little, and needs no note for it."""
    return (BEST_POINTS_NOTE,) if _earned(now) - _earned(was) >= NOTED_GAIN else ()


def _judged(
    question: PreparedQuestion, reading: Reading, said: Sequence[Overlap]
) -> tuple[_Judged, tuple[str, ...]]:
    """What holds for the whole answer, and the notes that say why it lost credit."""
    kept, notes = honesty.keeps(question, reading, said)
    kept_too, why = _heard(question, reading)
    kept, notes = kept * kept_too, (*notes, *why)
    mention = MENTION_CREDIT * _brief_precision(question, reading) * kept
    mention = mention if mention < MENTION_MOST else MENTION_MOST  # min(...), without a call
    return _Judged(reading, kept, mention), notes


def _heard(question: PreparedQuestion, reading: Reading) -> tuple[float, tuple[str, ...]]:
    """The share of its credit the answer keeps as an interviewer hears it, and why it lost
    some: asked about themselves, a candidate who blames others or hides the problem loses
    most of it; asked about a subject, a longer answer keeps what it earns as far as it fits
    the question (see ``relevance``)."""
    if question.personal:
        flagged = story.red_flag(reading)
        if not flagged:
            return 1.0, ()
        return story.RED_FLAG_KEEPS, (story.RED_FLAG_NOTE.format(said=flagged),)
    if reading.content_words <= honesty.BRIEF_WORDS:
        return 1.0, ()  # too few words to tell what it speaks of
    fits = relevance(question, reading, ANSWER_BAR)[0] / ANSWER_FITS_AT
    if fits >= 1.0:
        return 1.0, ()
    return kept(fits), (OFF_TOPIC_NOTE,)


def credit(overlap_value: float) -> float:
    """Overlap as credit, rising steeply and then levelling off, never flat.

    Unrelated text reaches an overlap of about NO_CREDIT_BELOW by chance (see ``_by_chance``
    for what it earns), and a point said in full in other words about FULL_CREDIT_AT (it
    shares half the point's words), which earns about 90%. Strictly rising between, so
    answers keep their order.
    """
    x = (overlap_value - NO_CREDIT_BELOW) / CREDIT_SPAN
    if x <= 0:
        return 0.0
    rising = CHANCE_CREDIT + (1.0 - CHANCE_CREDIT) * (1.0 - math.exp(-CURVE * x)) / CURVE_TOP
    return rising if rising < 1.0 else 1.0  # min(1.0, rising), without a call


def _by_chance(found: Overlap) -> float:
    """What a point earns from an overlap below NO_CREDIT_BELOW: at most CHANCE_CREDIT, too
    little to mean anything, but an answer that shares a telling word with the point ranks
    above one that shares none. Nothing for words as common as "in", nor below CHANCE_FROM."""
    overlap_value, said, _ = found
    chance = (overlap_value - CHANCE_FROM) / (NO_CREDIT_BELOW - CHANCE_FROM)
    if chance <= 0 or all(rarity.weight(word.lower()) < TELLING_WEIGHT for word in said.values()):
        return 0.0
    return CHANCE_CREDIT * chance


def _brief_precision(question: PreparedQuestion, reading: Reading) -> float:
    """For a brief answer, the share of its content words that are the key points' own
    (the question's words aside, see ``honesty.precision``), less for a bare term or two
    ("coding"), which says no more than that it is on point; 0 for a longer answer, which is
    judged on coverage."""
    words = reading.content_words
    if words > honesty.BRIEF_WORDS:
        return 0.0
    return honesty.precision(question, reading) * min(1.0, words / GIST_WORDS)


def _point_score(point: PreparedPoint, found: Overlap, share: float, judged: _Judged) -> PointScore:
    """The score of a point the answer says something of (``said`` is not empty)."""
    reading, (overlap_value, said, matched) = judged.reading, found
    contradiction = (  # reading.places: where one could start, in most answers nowhere
        claims.contradiction(
            point.claims,
            reading.words,
            reading.stems,
            reading.places,
            reading.clause_starts,
            reading.asides,
        )
        if reading.places
        else ""
    ) or (
        advice.endorsed(point, reading)
        if point.role is PITFALL
        else advice.rejected(point, said, reading)
    )
    if contradiction:
        return PointScore(point.text, 0.0, CONTRADICTED, matched, point.role, share, contradiction)
    if overlap_value < NO_CREDIT_BELOW:
        value = _by_chance(found) * judged.keeps
    else:
        value = credit(overlap_value) * judged.keeps
    if point.own and value > WITHOUT_OWN_WORDS and point.own.isdisjoint(said):
        value = WITHOUT_OWN_WORDS  # min(value, WITHOUT_OWN_WORDS), without a call
    if judged.mention > value and not point.telling.isdisjoint(said):
        value = judged.mention
    return PointScore(point.text, value, status_of(value), matched, point.role, share)


__all__ = ["KeyPointScorer", "credit"]
