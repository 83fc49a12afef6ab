"""A question's key points, prepared once: their stems, weights, compounds and typo targets.

Preparation is the costly part of scoring and depends only on the question, so the scorer
caches it. A stem the question itself uses weighs less in a key point: repeating the question
is not answering it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from bot.scoring.claims import (
    PointClaims,
    conceded,
    echoes,
    mistaken_pairs,
    pitfall_claims,
    point_claims,
    spoken_for,
)
from bot.scoring.definitions import Definition, defined
from bot.scoring.kinds import NamedKind, named_kinds
from bot.scoring.model import PointScore
from bot.scoring.roles import shares
from bot.scoring.text import Joined, Normalizer, Word, is_denied, stem, word_set
from bot.scoring.themes import asked_commonly, common_stems, phrasal, story_themes
from bot.scoring.verdict import Verdict, of_points
from bot.types import Role, Status

# the words a question asks with, not about: "tell me about a time", "explain ... and compare"
ASKING = word_set(
    """
    tell describe time handle handled situation example give share walk explain compare
    provide scenarios approach discuss difference suppose imagine experiencing diagnose
    diagnosing resolve resolving issue
    """
)
ASKING_STEMS = frozenset(stem(word) for word in ASKING)
STORY_SUBJECT_RARITY = 1.3  # the weight from which a model story's word names its subject
QUESTION_WORD_WEIGHT = 0.35  # share of its weight a key-point stem keeps when the question says it
TYPO_MIN_LENGTH = 5
STATEMENT_END = re.compile(r"[:;,(]|\s[-–—]\s|(?<=\w)[\"”]\s")
HEADING = re.compile(r"^\s*[\w.+#/-]+:\s")  # "SQL: ...": what a pitfall is about, one word
# after a pitfall's colon, a thing and what it does: the mistake said again, in other words
# ("Building a distributed monolith: services that must be deployed together or that call
# each other in long synchronous chains"), not what it leads to ("each index slows down")
DEFINING = re.compile(r"\s*\w+ (?:that|which|who|whose) ")
# where a pitfall stops naming its mistake and says what it leads to: "Adding an index for
# every query: each index slows down inserts" (its examples, after a comma, are the mistake)
MISTAKE_END = re.compile(r"[:;]|\s[-–—]\s")
# where a pitfall stops saying its mistake in its own words and says why it is one: "Using
# await inside forEach, which does not wait" (a colon may still be the mistake's: "outline: none")
MISTAKE_SAID = re.compile(r";|\s[-–—]\s|\b(?:which|so|because)\b")
# a request to name things, opening the question or one of its sentences: "Name the 3...",
# "Please state at least four...", "NAME and DESCRIBE two..."; not "State management: ..."
ASKS_FOR_LIST = re.compile(
    r"(?:^|[.?!:]\s+|\bplease\s+)(?:name|list|state|enumerate)\s+(?:the|a|an|at|and|any|all|"
    r"some|each|every|your|its|their|which|what|one|two|three|four|five|six|\d+)\b",
    re.I,
)
CLAUSE_SEPARATOR = re.compile(r"[,;:]\s")  # where a point's clauses begin, for its claims
TELLING_SPREAD = 2  # a stem said by at most this many points still tells them apart
ABBREVIATION_LETTERS = (2, 6)  # the length of an abbreviation a point spells out
ADVISED_APART = 2  # words of its own another point needs to advise apart from a pitfall
# A long point is said in full before every one of its words is: its weight counts whole up
# to about ten content words, and half beyond (see ``PreparedPoint.full``).
WHOLE_UP_TO = 15.0
BEYOND_COUNTS = 0.5
# ... and never more than about forty content words' worth: a model answer of several
# paragraphs, given as one point, is said in full by an answer of a paragraph or two
FULL_AT_MOST = 60.0


@dataclass(frozen=True, slots=True)
class PreparedPoint:
    text: str
    role: Role
    weight: float  # the author's weight, `(weight 2)`
    stems: tuple[str, ...]  # distinct content stems, in the point's order
    stem_weights: Mapping[str, float]
    words: tuple[Word, ...]  # every word of the point, for the claim checks
    total: float  # sum of stem_weights
    # The weight an answer must say to say the point in full: ``total`` for a short point;
    # for a long one, whose elaborations and examples an answer need not all repeat, less.
    full: float
    claims: PointClaims
    places: Mapping[str, int]  # stem -> its place in ``stems``
    weights: tuple[float, ...]  # stem_weights in the order of ``stems``
    # Places in ``stems`` of the stems no other point and not the question says, and of the
    # stems at most TELLING_SPREAD points say.
    own: frozenset[int] = frozenset()
    telling: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class PreparedQuestion:
    points: tuple[PreparedPoint, ...]
    asked: frozenset[str]  # the question's own stems
    # of those, the stems of its content words -> their weight, the words every question asks
    # with aside ("explain", "tell me about a time"): what it asks about
    topic: Mapping[str, float]
    vocabulary: frozenset[str]
    compounds: Mapping[str, tuple[str, ...]]  # "rollback" -> ("roll", "back"), and the reverse
    by_initial: Mapping[str, tuple[str, ...]]  # first letter -> stems a typo may stand for
    # first letter -> the points' words as spelt (lowercase), where that is not their stem: a
    # typo is nearer the word as spelt ("refrence", "reference") than their stems ("refer")
    spelt_by_initial: Mapping[str, tuple[str, ...]]
    spelt: Mapping[str, str]  # a point's word as spelt (lowercase) -> its stem
    places: Mapping[str, tuple[tuple[int, int], ...]]  # stem -> (point, place in the point)
    # stem -> the points that say it, for the stems at most TELLING_SPREAD points and not the
    # question say: the terms that tell which point an answer is speaking of
    telling_points: Mapping[str, frozenset[int]]
    # Key-point words an answer may split in two ("rollback" as "roll back"), by every way to
    # cut them: first half -> second halves ("roll" -> {"back", "backs"}). An answer's pair of
    # words is looked up as it stands, never joined into a new string to be looked up.
    halves: Mapping[str, frozenset[str]]
    shares: tuple[float, ...]  # each point's part of the score (see ``roles``)
    in_order: frozenset[tuple[str, str]]  # (a, b): some point says stem a before stem b
    together: frozenset[tuple[str, str]]  # (a, b): some point says both, in either order
    triggers: frozenset[str]  # answer stems that may start a contradiction of some point
    sharp_triggers: frozenset[str]  # of those, the opposites, paired and set-against terms
    story: bool  # a story question: judged on the story's shape (see ``story``)
    missed: tuple[PointScore, ...]  # each point as scored for an answer that never says it
    resolutions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # answer word ->
    # the key-point stems it stands for, remembered across answers to this question
    definitions: tuple[Definition, ...] = ()  # the terms the points define (see ``definitions``)
    kinds: tuple[NamedKind, ...] = ()  # the examples the points name of kinds (see ``kinds``)
    # what the question is about: its topic and the key points' stems (see ``relevance``)
    subject: frozenset[str] = frozenset()
    # the question asks for things to be named ("Name the 3 phases", "Please state four
    # objectives"): a list of them answers it, and is no bare keyword list
    asks_for_list: bool = False
    verdict: Verdict | None = None  # the "Yes", "No" or "A." the model answer opens with
    # the question asks about the candidate ("How do you stay updated?"): an answer in their
    # own words need not speak the subject's terms to fit it
    personal: bool = False
    # a story's words that say the question's topic stems by theme (see ``themes``)
    themes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # the same words as spelt, and the question's own, for typos of them ("mistkae")
    theme_spellings: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # a story question's verbs said with a particle, and the particle ("push": "back")
    phrasal: Mapping[str, str] = field(default_factory=dict)


def prepare(
    normalizer: Normalizer,
    question: str,
    points: Sequence[tuple[str, Role, float]],
    *,
    personal: bool = False,
) -> PreparedQuestion:
    asking = normalizer.words(question)
    asked = frozenset(s for word in asking for s in word.stems)
    said = [normalizer.words(text) for text, _, _ in points]
    optional = frozenset().union(*map(conceded, said))
    echoed = echoes(said)
    prepared = _with_telling_stems(
        [
            _point(
                words[_heading(normalizer, text, role) :],
                _statements(normalizer, HEADING.sub("", text) if role is Role.PITFALL else text),
                (text, role, weight),
                (asked, optional, echoed),
                words,
                _clause_starts(normalizer, text),
            )
            for words, (text, role, weight) in zip(said, points, strict=True)
        ],
        asked,
    )
    warned = _warned(said, prepared)
    prepared = tuple(
        replace(
            point,
            claims=replace(claims, advised_apart=_advised_apart(point, prepared))
            if point.role is Role.PITFALL
            else replace(claims, warned=warned),
        )
        for point, claims in zip(
            prepared, spoken_for([point.claims for point in prepared]), strict=True
        )
    )
    vocabulary = frozenset(s for point in prepared for s in point.stems)
    point_shares = tuple(shares([p.role for p in prepared], [p.weight for p in prepared]))
    compounds = _compounds(prepared, vocabulary)
    spelt = _spellings(prepared)
    places = _places(prepared)
    topic = {found: w for found, w in _weighed(asking).items() if found not in ASKING_STEMS}
    story = any(role is Role.STORY for _, role, _ in points)
    common = common_stems(normalizer) if story else frozenset()
    commonly = asked_commonly(asking) if story else frozenset()
    topic = {found: w for found, w in topic.items() if found not in commonly} or topic
    themes, spellings = story_themes(normalizer, asking, topic, common) if story else ({}, {})
    return PreparedQuestion(
        prepared,
        asked,
        topic,
        vocabulary,
        compounds,
        _by_initial(vocabulary),
        _by_initial(spelt.keys()),
        spelt,
        places,
        _telling_points(places, asked),
        _halves(form for point in prepared for word in point.words for form in _forms(word)),
        point_shares,
        frozenset(pair for point in prepared for pair in itertools.combinations(point.stems, 2)),
        frozenset(pair for point in prepared for pair in itertools.permutations(point.stems, 2)),
        frozenset(found for point in prepared for found in point.claims.triggers),
        frozenset(
            found
            for point in prepared
            for found in (
                *point.claims.opposites,
                *point.claims.pairs,
                *point.claims.set_against(),
            )
        ),
        story,
        tuple(
            PointScore(point.text, 0.0, Status.MISSED, (), point.role, share)
            for point, share in zip(prepared, point_shares, strict=True)
        ),
        definitions=defined(
            normalizer, [(text, role) for text, role, _ in points], frozenset(topic), question
        ),
        kinds=named_kinds(normalizer, [text for text, _, _ in points]),
        subject=frozenset(topic).union(themes, *(_subject_of(p, story) for p in prepared))
        - ASKING_STEMS
        - common,
        asks_for_list=ASKS_FOR_LIST.search(question) is not None,
        verdict=of_points([text for text, _, _ in points]),
        personal=personal,
        themes=themes,
        theme_spellings=spellings,
        phrasal=phrasal(asking, topic) if story else {},
    )


def _subject_of(point: PreparedPoint, story: bool) -> Iterable[str]:
    """The stems of the subject a key point names: all of its own; of a model story, only
    those rarer than STORY_SUBJECT_RARITY, as the plain words any story tells ("first",
    "small", "asked", "later") say nothing of what it is about."""
    weights = point.stem_weights
    if not story:
        return weights
    return (found for found, weight in weights.items() if weight >= STORY_SUBJECT_RARITY)


def _forms(word: Word) -> tuple[str, ...]:
    """A word as an answer's two halves may join it: "rollback", "rollbacks", "setup"."""
    return (word.lower, f"{word.lower}s", *word.stems)


def _halves(joinable: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each way to cut each of the words in two: its first half -> the second halves."""
    halves: dict[str, set[str]] = {}
    for form in joinable:
        for cut in range(len(form) + 1):
            halves.setdefault(form[:cut], set()).add(form[cut:])
    return {first: frozenset(seconds) for first, seconds in halves.items()}


def _statements(normalizer: Normalizer, text: str) -> tuple[int, int, int]:
    """How many words of a point its statement holds: those before its first comma, colon,
    bracket or closing quote, after which it explains ("Assuming async code cannot race: ...");
    how many name its mistake, if a pitfall (see MISTAKE_END and DEFINING); and how many say
    that mistake in its own words (see MISTAKE_SAID)."""
    named = _words_before(normalizer, text, MISTAKE_END)
    _, colon, rest = text.partition(":")
    if colon and DEFINING.match(rest):  # "...: services that call each other in long chains"
        named += _words_before(normalizer, rest, MISTAKE_END)
    return (
        _words_before(normalizer, text, STATEMENT_END),
        named,
        _words_before(normalizer, text, MISTAKE_SAID),
    )


def _words_before(normalizer: Normalizer, text: str, end: re.Pattern[str]) -> int:
    return len(normalizer.words(end.split(text, maxsplit=1)[0]))


def _clause_starts(normalizer: Normalizer, text: str) -> tuple[int, ...]:
    """Where the point's clauses begin, after a comma, semicolon or colon ("after review,
    never from a laptop"), as indexes of its words."""
    starts = [0]
    for fragment in CLAUSE_SEPARATOR.split(text)[:-1]:
        starts.append(starts[-1] + len(normalizer.words(fragment)))
    return tuple(starts)


def _shifted(starts: Sequence[int], heading: int) -> tuple[int, ...]:
    """Clause ``starts`` of a point's words as indexes of its words after a ``heading`` of
    that many words."""
    return tuple(start - heading for start in starts if start >= heading)


def _heading(normalizer: Normalizer, text: str, role: Role) -> int:
    """How many words a pitfall's one-word heading holds ("SQL: Over-normalization leads to
    complex joins"): what it is about, not its mistake; 0 for none."""
    heading = HEADING.match(text) if role is Role.PITFALL else None
    return len(normalizer.words(heading.group(0))) if heading else 0


def _point(
    claimed: Sequence[Word],
    stated: tuple[int, int, int],
    point: tuple[str, Role, float],
    question: tuple[frozenset[str], frozenset[str], Mapping[str, frozenset[str]]],
    words: Sequence[Word],
    starts: Sequence[int],
) -> PreparedPoint:
    """A point prepared: its words weighed, and its claims read from ``claimed`` (its words
    but a pitfall's heading) with ``stated`` (see ``_statements``) and ``starts`` (where its
    clauses begin); ``question``: the question's stems, the stems its points call optional
    and the words they echo."""
    text, role, weight = point
    asked, optional, echoed = question
    words = tuple(words)
    weights: dict[str, float] = {}
    rarities: dict[str, float] = {}
    for word in words:
        for found, rarity in zip(word.stems, word.weights, strict=True):
            factor = QUESTION_WORD_WEIGHT if found in asked else 1.0
            weights[found] = max(weights.get(found, 0.0), rarity * factor)
            rarities[found] = max(rarities.get(found, 0.0), rarity)
    stems = tuple(weights)
    total = sum(weights.values(), 0.0)
    # the claim checks weigh a term by its rarity alone: waving away what the question asks
    # about ("transactions don't matter") is as wrong as any other dismissal
    claims = (
        pitfall_claims(claimed, rarities, *stated, _shifted(starts, len(words) - len(claimed)))
        if role is Role.PITFALL
        else point_claims(words, rarities, starts)
    )
    # what a pitfall leaves out, or the mistake it names, is never the question's own topic:
    # "terraform" of "editing state by hand instead of using terraform state mv" is said by
    # any answer
    claims = replace(
        claims,
        topic=claims.affirmed & asked,
        left_out=claims.left_out - asked,
        mistakes=claims.mistakes - asked,
        echoed=echoed,
    ).conceding(optional)
    return PreparedPoint(
        text,
        role,
        weight,
        stems,
        weights,
        words,
        total,
        _full(total),
        claims,
        {found: place for place, found in enumerate(stems)},
        tuple(weights.values()),
    )


def _full(total: float) -> float:
    if total <= WHOLE_UP_TO:
        return total
    return min(FULL_AT_MOST, WHOLE_UP_TO + BEYOND_COUNTS * (total - WHOLE_UP_TO))


def _with_telling_stems(
    points: Sequence[PreparedPoint], asked: frozenset[str]
) -> tuple[PreparedPoint, ...]:
    """Each point with the stems that tell it apart from the others and from the question."""
    said = Counter(found for point in points for found in point.stems)

    def spread_at_most(point: PreparedPoint, most: int) -> frozenset[int]:
        return frozenset(
            place
            for place, found in enumerate(point.stems)
            if said[found] <= most and found not in asked
        )

    return tuple(
        replace(
            point,
            own=_with_abbreviations(point, spread_at_most(point, 1)),
            telling=spread_at_most(point, TELLING_SPREAD),
        )
        for point in points
    )


def _with_abbreviations(point: PreparedPoint, own: frozenset[int]) -> frozenset[int]:
    """The places of ``own``, the point's own stems, and of each abbreviation it spells out
    with one of them: "sql" of "structured query language (SQL)" names what the point says,
    however many other points say it."""
    words = point.words
    spelt = (
        point.places.get(word.first)
        for at, word in enumerate(words)
        if _spells_out(words, at)
        and any(
            point.places.get(earlier.first) in own for earlier in words[at - len(word.lower) : at]
        )
    )
    return own | frozenset(place for place in spelt if place is not None)


def _spells_out(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is an abbreviation of the words just before it, letter by
    letter: "SQL" after "structured query language", "TTFB" after "Time to First Byte"."""
    surface = words[at].surface
    if (
        not (ABBREVIATION_LETTERS[0] <= len(surface) <= ABBREVIATION_LETTERS[1])
        or not surface.isupper()
    ):
        return False
    spelling = words[at - len(surface) : at] if at >= len(surface) else ()
    return "".join(word.lower[:1] for word in spelling) == surface.lower()


def _compounds(
    points: Sequence[PreparedPoint], vocabulary: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    """Both ways: a key point's "roll back" is met by "rollback", and its "rollback" by
    "roll back" (the answer's pair is joined when read)."""
    compounds: dict[str, tuple[str, ...]] = {}
    for point in points:
        for first, second in zip(point.words, point.words[1:], strict=False):
            if len(first.stems) == 1 and len(second.stems) == 1:
                joined = stem(first.lower + second.lower)
                compounds.setdefault(joined, (first.stems[0], second.stems[0]))
    for found in vocabulary:
        compounds.setdefault(found, (found,))
    return compounds


def _weighed(words: Sequence[Word]) -> dict[str, float]:
    """The stems of the content words, each with its weight: "in" and "out" are no topic."""
    return {
        found: weight
        for word in words
        if word.content
        for found, weight in zip(word.stems, word.weights, strict=True)
    }


def _spellings(points: Sequence[PreparedPoint]) -> dict[str, str]:
    """Each of the points' words as spelt, where that is not its stem -> its stem."""
    return {
        word.lower: word.stems[0]
        for point in points
        for word in point.words
        if len(word.stems) == 1 and word.lower != word.stems[0]
    }


def _by_initial(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        if len(word) >= TYPO_MIN_LENGTH - 1:
            groups.setdefault(word[0], []).append(word)
    return {initial: tuple(words) for initial, words in groups.items()}


def _warned(said: Sequence[Sequence[Word]], points: Sequence[PreparedPoint]) -> Joined:
    """The pairs of stems the question's pitfalls name as their mistakes that no other point
    says in a row: "sticky sessions" of "using sticky sessions that...", not "load test" of
    "Load testing with unrealistic traffic" beside "Run load tests at the target traffic"."""
    pitfalls = [
        mistaken_pairs(words, point.claims)
        for words, point in zip(said, points, strict=True)
        if point.role is Role.PITFALL
    ]
    recommended = [point.claims.joined for point in points if point.role is not Role.PITFALL]
    return frozenset().union(*pitfalls).difference(*recommended)


def _advised_apart(
    pitfall: PreparedPoint, points: Sequence[PreparedPoint]
) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """For each other point that shares a word of the pitfall's mistake, the words it alone
    says and all its words (see ``advice``): "Start with a modular monolith" beside "Building
    a distributed monolith" shares "monolith" and advises "start", "modular"..."""
    mistakes = pitfall.claims.mistakes
    return tuple(
        (own, frozenset(point.stems))
        for point in points
        if point.role is not Role.PITFALL and not mistakes.isdisjoint(point.stems)
        if len(own := _advised_words(point)) >= ADVISED_APART
    )


def _advised_words(point: PreparedPoint) -> frozenset[str]:
    """The stems the point alone says, but those it denies: "not its dependencies"."""
    words = point.words
    denied = {word.first for at, word in enumerate(words) if is_denied(words, at)}
    return frozenset(point.stems[place] for place in point.own) - denied


def _telling_points(
    places: Mapping[str, tuple[tuple[int, int], ...]], asked: frozenset[str]
) -> dict[str, frozenset[int]]:
    return {
        found: frozenset(number for number, _ in where)
        for found, where in places.items()
        if len(where) <= TELLING_SPREAD and found not in asked
    }


def _places(points: Sequence[PreparedPoint]) -> dict[str, tuple[tuple[int, int], ...]]:
    places: dict[str, list[tuple[int, int]]] = {}
    for number, point in enumerate(points):
        for place, found in enumerate(point.stems):
            places.setdefault(found, []).append((number, place))
    return {found: tuple(where) for found, where in places.items()}
