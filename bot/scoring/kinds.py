"""A thing a key point names as an example of one kind, said to be of another kind the same
point names: "Cassandra, which is a document database" where the point lists "wide-column
(Cassandra), document (MongoDB)"; "graph databases such as MongoDB".

A point names kinds by the examples in brackets after each ("key-value (DynamoDB, Redis),
wide-column (Cassandra)"); one that names two kinds or more tells them apart. The answer's
sentence says an example and, as what it is, another of those kinds and not its own: just
after it ("MongoDB is a wide-column store", "MongoDB, which is a wide-column store", "MongoDB
as a graph database") or just before it ("document stores like Cassandra"). Narrow on
purpose, like every claim check (see ``claims``): a denied kind ("Cassandra isn't a document
store") tells them apart too, and a plural before the brackets ("databases (PostgreSQL,
MySQL)") names a class, not one of the kinds a point tells apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.scoring import clauses
from bot.scoring.text import Normalizer, Word, quoted, word_set

# a kind in lowercase, then its examples in brackets: "wide-column (Cassandra)"
KIND_NAMED = re.compile(r"\b([a-z][\w-]*) \(([^()]+)\)")
LISTED_APART = re.compile(r",\s*|\s+(?:or|and)\s+")  # between the examples in the brackets
# an example's name: a capital or a digit in it ("Cassandra", "DynamoDB", "Neo4j"), and not
# in capitals alone, which abbreviate what stands before them ("cross-site scripting (XSS)")
EXAMPLE = re.compile(r"^\w*[A-Z0-9]\w*$")
ABBREVIATION = re.compile(r"^[A-Z]+$")
MIN_KINDS = 2  # kinds a point must name to tell them apart
REFERRING = word_set("which that")  # "MongoDB, which is ..."
SAYING_WHAT = word_set("is s are a an as being")  # what opens the kind said after an example
NAMING_EXAMPLES = word_set("like such as including e g")  # "stores like Cassandra", "such as"
KIND_REACH = 4  # words after "is" in which the kind is named
KIND_BEFORE = 3  # words before "like" in which the kind is named, its head noun after it
JOINING = word_set("or and")  # between two kinds named before an example: one or the other
JOINED_REACH = 3  # more words before those in which a kind joined to that one is named


@dataclass(frozen=True, slots=True)
class NamedKind:
    """An example a point names, and the kind it names it of: Cassandra, wide-column."""

    point: int
    example: str  # the example's stem: "cassandra"
    kind: tuple[str, ...]  # the kind's stems: ("wide", "column")
    written: str  # the kind as the point writes it: "wide-column"


def named_kinds(normalizer: Normalizer, texts: Iterable[str]) -> tuple[NamedKind, ...]:
    """The examples each point names of the kinds it tells apart (see the module)."""
    found: list[NamedKind] = []
    for point, text in enumerate(texts):
        named = [_named(normalizer, point, match) for match in KIND_NAMED.finditer(text)]
        if len({kind.kind for kinds in named for kind in kinds}) >= MIN_KINDS:
            found.extend(kind for kinds in named for kind in kinds)
    return tuple(found)


def _named(normalizer: Normalizer, point: int, match: re.Match[str]) -> list[NamedKind]:
    """The examples one bracket names of the kind before it; none for a plural, a class."""
    written, examples = match.group(1), match.group(2)
    kind = tuple(word.first for word in normalizer.words(written))
    if written.endswith("s") or not kind or not all(kind):
        return []
    named = []
    for example in LISTED_APART.split(examples.strip()):
        words = normalizer.words(example)
        if (
            EXAMPLE.match(example)
            and not ABBREVIATION.match(example)
            and len(words) == 1
            and words[0].first
        ):
            named.append(NamedKind(point, words[0].first, kind, written))
    return named


def miskinded(
    kinds: Sequence[NamedKind],
    words: Sequence[Word],
    sentence_ends: Sequence[int],
    clause_starts: Sequence[int],
) -> dict[int, str]:
    """The points whose examples the answer's ``words`` say are of another of their kinds,
    with why; empty for none, the usual case."""
    if not kinds:
        return {}
    examples = {kind.example: kind for kind in kinds}
    told: dict[int, str] = {}
    sentence = 0
    for at, word in enumerate(words):
        while sentence < len(sentence_ends) and sentence_ends[sentence] <= at:
            sentence += 1
        kind = examples.get(word.first)
        if kind is None or kind.point in told:
            continue
        first = sentence_ends[sentence - 1] if sentence else 0
        past = sentence_ends[sentence] if sentence < len(sentence_ends) else len(words)
        said = _kind_after(words, at, (past, clause_starts), kinds)
        if said is None:
            before = _kinds_before(words, at, first, kinds)
            own = any(found.kind == kind.kind for found, _, _ in before)
            said = before[0] if before and not own else None
        if said is not None and said[0].kind != kind.kind:
            start, end = min(at, said[1]), max(at + 1, said[2])
            told[kind.point] = (
                f"You said “{quoted(words[start:end])}”; the key point names "
                f"{word.surface} as {kind.written}."
            )
    return told


def _kind_after(
    words: Sequence[Word],
    at: int,
    bounds: tuple[int, Sequence[int]],
    kinds: Sequence[NamedKind],
) -> tuple[NamedKind, int, int] | None:
    """The kind said as what the example at ``at`` is, just after it, and where it stands:
    "MongoDB is a wide-column store", "MongoDB, which is ..."; None for none, or a denied
    one. ``bounds``: where its sentence ends, and where clauses open; only "which" goes on
    past a comma ("a key-value store (DynamoDB, Redis), a wide-column one" lists kinds)."""
    past, clause_starts = bounds
    start = at + 1
    if start < past and words[start].lower in REFERRING:
        start += 1
    elif clauses.start_of(clause_starts, start) > at:
        return None
    if start >= past or words[start].lower not in SAYING_WHAT:
        return None
    return _kind_within(words, start, min(past, start + KIND_REACH + 1), kinds)


def _kinds_before(
    words: Sequence[Word], at: int, first: int, kinds: Sequence[NamedKind]
) -> list[tuple[NamedKind, int, int]]:
    """The kind said just before the example at ``at``, as what it is one of, and those
    joined to it by "or" or "and", the nearest first: "document stores like Cassandra",
    "graph databases such as MongoDB", "a wide-column or key-value store such as Cassandra";
    empty for none."""
    naming = at
    while naming > first and words[naming - 1].lower in NAMING_EXAMPLES:
        naming -= 1
    if naming == at:
        return []
    said = _kinds_within(words, max(first, naming - KIND_BEFORE - JOINED_REACH), naming, kinds)
    # the kind ends the words before, or one word before them: "document stores like"
    if not said or said[-1][2] < naming - 1:
        return []
    joined = [said[-1]]
    for earlier in reversed(said[:-1]):
        between = words[earlier[2] : joined[-1][1]]
        if not between or any(word.lower not in JOINING for word in between):
            break
        joined.append(earlier)
    return joined


def _kind_within(
    words: Sequence[Word], start: int, past: int, kinds: Sequence[NamedKind]
) -> tuple[NamedKind, int, int] | None:
    """The first of the ``kinds`` said in full from ``start`` up to ``past``, with where it
    stands; None for none, or one after a denial ("is not a document store")."""
    said = _kinds_within(words, start, past, kinds)
    return said[0] if said else None


def _kinds_within(
    words: Sequence[Word], start: int, past: int, kinds: Sequence[NamedKind]
) -> list[tuple[NamedKind, int, int]]:
    """The ``kinds`` said in full from ``start`` up to ``past``, in order, with where each
    stands; none after a denial ("is not a document store")."""
    stems = [word.first for word in words[start:past]]
    said = []
    for offset, found in enumerate(stems):
        if words[start + offset].negator:
            return []
        for kind in kinds:
            size = len(kind.kind)
            if found == kind.kind[0] and tuple(stems[offset : offset + size]) == kind.kind:
                said.append((kind, start + offset, start + offset + size))
                break
    return said
