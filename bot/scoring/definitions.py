"""Swapped definitions: "Grid is the one-dimensional model" where the key point says Flexbox is,
"RTO is how much data you can lose" where it says that of the RPO.

A core key point that sets two terms or more against each other ("An SLI is a measured ratio...;
an SLO is the target for that SLI...; an SLA is a contract with customers...", "Flexbox is
..., while CSS Grid is ...") is read for them once, with its question: each term, the stems
that name it apart from the others, and the stems of what the point says it is. An answer's
clause "<term> is <what>" names one of those terms; when what it says holds nothing of that
term's own definition and is mostly words only another term's definition has, the answer gave
the term the other's definition, and the point is contradicted.

Narrow on purpose, like every claim check (see ``claims``): a clause that weighs, denies or
judges ("X is not...", "X is lighter than...", "X is better for SEO") defines nothing, one
naming two terms at once ("XSS and CSRF are...") is left alone, and a term the answer also
defines rightly, by a word of its own definition, is weighed, not swapped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from bot.scoring import clauses
from bot.scoring.text import Normalizer, Word, quoted, word_set
from bot.types import Role

COPULAS = word_set("is are means")
# Words that open a clause without being its subject: "and the SLO is", "which is why"
LEADING = word_set("a an the and but while whereas so which that this it its their there what")
CLAUSE_ENDS = word_set("and but while whereas because since so")  # what the term is ends here
# In what a clause says a term is: weighing, denying, likening or judging, not defining
NOT_DEFINING = word_set(
    "not no never nothing none than unlike versus vs compared instead rather both either "
    "neither same like better worse best worst more less"
)
MEANING_WORDS = 16  # the most words of what a clause says a term is that are read
SUBJECT_WORDS = 4  # a term longer than this is no term: "the first thing you should do"
MEANING_WEIGHT = 1.45  # rarer than "make" or "only": a word that tells one definition apart
LABEL = re.compile(r"^[^:]{1,40}:\s+")  # "Cascade Order: When specificity ties, ..."
ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# In a key point: "<term> (<abbreviation>) is <definition>", each clause of the point.
DEFINED = re.compile(
    r"(?:^|[;.]\s+|,\s+(?:while|whereas|and|but)\s+|\s(?:while|whereas)\s+)"
    r"(?P<term>(?:[\w'\-]+\s+){0,3}?[\w'\-]+)(?:\s*\((?P<short>[^)]{1,40})\))?"
    r"\s+(?:is|are|means)\s+"
    r"(?P<meaning>.+?)(?=[;.:]\s|[;.:]?$|,\s+(?:while|whereas|and|but)\s|\s(?:while|whereas)\s"
    r"|,\s+(?:an?\s+|the\s+)?[\w\-]+(?:\s*\([^)]*\))?\s+(?:is|are|means)\s)"
)


@dataclass(frozen=True, slots=True)
class Definition:
    point: int  # the index of the key point that defines the term
    term: str  # as the point writes it: "CSS Grid"
    subject: frozenset[str]  # the stems of the term and its abbreviation
    names: frozenset[str]  # of those, the stems no other defined term has: "grid"
    meaning: Mapping[str, float]  # the stems of what the point says it is -> their weight
    own: frozenset[str] = frozenset()  # the stems only this term's definition or name has


def defined(normalizer: Normalizer, points: Sequence[tuple[str, Role]]) -> tuple[Definition, ...]:
    """The terms the core key points define, when one defines two or more that can be told
    apart; () otherwise. A pitfall's "X is Y" is a mistake it names, and a trade-off's "CSR is
    simple to host" a property: neither is a definition."""
    found = [
        (index, match, subject)
        for index, (text, role) in enumerate(points)
        if role is Role.CORE
        for match in DEFINED.finditer(LABEL.sub("", text))
        if (subject := _subject(normalizer, f"{match['term']} {match['short'] or ''}"))
    ]
    definitions = []
    for index, match, subject in found:
        others = frozenset().union(*(other for _, _, other in found if other != subject))
        meaning = _meaning(normalizer.words(match["meaning"]))
        if subject - others and meaning:
            term = _term(match["term"], match["short"])
            definitions.append(Definition(index, term, subject, subject - others, meaning))
    contrasted = [d for d in definitions if _defines_others(d, definitions)]
    return tuple(replace(d, own=_own(d, contrasted)) for d in contrasted)


def _defines_others(definition: Definition, definitions: Sequence[Definition]) -> bool:
    """Whether the point that defines the term defines another too: terms are swapped with the
    ones they are set against ("Flexbox is ..., while CSS Grid is ..."), not with any term
    another point happens to say something of."""
    return any(
        other.point == definition.point and other.names != definition.names for other in definitions
    )


def misdefined(
    definitions: Sequence[Definition],
    words: Sequence[Word],
    sentences: Sequence[Sequence[Word]],
    clause_starts: Sequence[int],
) -> dict[int, str]:
    """The points whose term the answer (its ``words``, in ``sentences`` and clauses opening
    at ``clause_starts``) gives another term's definition, each with why. A term the answer
    also defines rightly, by a word of its own definition, is weighed, not swapped: "Grid is
    the model for two dimensions ... Grid is layout-first"."""
    said = [
        (named[0], meaning, clause)
        for subject, meaning, clause in _said_definitions(words, sentences, clause_starts)
        if len(named := [d for d in definitions if not d.names.isdisjoint(subject)]) == 1
    ]
    rightly = {term.names for term, meaning, _ in said if not term.own.isdisjoint(meaning)}
    found: dict[int, str] = {}
    for term, meaning, clause in said:
        if term.names in rightly or term.point in found:
            continue
        other = _taken_from(term, definitions, meaning)
        if other is not None:
            found[term.point] = f"You said “{clause}”; the key point says that of “{other.term}”."
    return found


def _set_against(term: Definition, definitions: Sequence[Definition]) -> list[Definition]:
    """The other terms the point that defines ``term`` defines."""
    return [d for d in definitions if d.point == term.point and d.names.isdisjoint(term.names)]


def _own(term: Definition, definitions: Sequence[Definition]) -> frozenset[str]:
    """The stems only ``term``'s definition or name has, of the terms set against it."""
    others = _set_against(term, definitions)
    theirs = {stem for other in others for stem in other.meaning}
    names = {s for d in others for s in d.subject}
    return frozenset(term.meaning.keys() - theirs) | (term.subject - names)


def _taken_from(
    term: Definition, definitions: Sequence[Definition], said: Mapping[str, float]
) -> Definition | None:
    """The term set against ``term`` whose definition ``said`` (stem -> weight) gives it, or
    None: at least half of its telling words are only that term's."""
    subjects = frozenset().union(*(d.subject for d in definitions))
    telling = {stem for stem, weight in said.items() if weight >= MEANING_WEIGHT} - subjects
    best, most = None, 0
    for other in _set_against(term, definitions):
        theirs = {
            stem
            for stem in telling
            if other.meaning.get(stem, 0.0) >= MEANING_WEIGHT and stem not in term.meaning
        }
        if len(theirs) > most:
            best, most = other, len(theirs)
    return best if 2 * most >= len(telling) else None


def _said_definitions(
    words: Sequence[Word], sentences: Sequence[Sequence[Word]], starts: Sequence[int]
) -> Iterator[tuple[frozenset[str], dict[str, float], str]]:
    """Each clause of the answer that says what a term is: the term's stems, the stems of what
    it is said to be with their weights, and the clause as typed."""
    sentence_ends = list(itertools.accumulate(len(sentence) for sentence in sentences))
    for at, word in enumerate(words):
        if word.lower not in COPULAS:
            continue
        first, past = clauses.bounds(starts, at, len(words))
        opening = max(first, at - SUBJECT_WORDS)
        for before in range(at - 1, opening - 1, -1):  # "... and RPO is": after the "and"
            if words[before].lower in CLAUSE_ENDS or words[before].lower in COPULAS:
                opening = before + 1
                break
        while opening < at and words[opening].lower in LEADING:
            opening += 1
        sentence = bisect.bisect_right(sentence_ends, at)
        end = _meaning_end(words, at, past, sentence_ends[sentence] if sentence_ends else past)
        term, what = words[opening:at], words[at + 1 : end]
        if not term or any(w.negator for w in term):
            continue
        if any(w.negator or w.lower in NOT_DEFINING for w in what):
            continue
        subject = frozenset(s for w in term for s in w.stems)
        meaning = _meaning(what)
        if subject and meaning:
            yield subject, meaning, quoted(words[opening:end])


def _meaning_end(words: Sequence[Word], copula: int, past: int, sentence_end: int) -> int:
    """Where what a clause says a term is ends: at "and", "but" and the like, or with its
    fragment; a fragment that ends its clause's words goes on into the next one of the
    sentence ("the recovery target for data, the amount of data you can lose"; "layout-in: I
    define the rows"), unless that one defines a term of its own; MEANING_WORDS at most."""
    past = min(past, copula + 1 + MEANING_WORDS)
    end = next((i for i in range(copula + 1, past) if words[i].lower in CLAUSE_ENDS), past)
    if end < past or past >= sentence_end:
        return end
    following = range(past, min(sentence_end, copula + 1 + MEANING_WORDS))
    if any(words[i].lower in COPULAS for i in following):
        return end
    return next((i for i in following if words[i].lower in CLAUSE_ENDS), following.stop)


def _term(term: str, short: str | None) -> str:
    """A term as a feedback line names it: "recovery point objective (RPO)", "Flexbox"."""
    return ARTICLE.sub("", term) + (f" ({short})" if short else "")


def _subject(normalizer: Normalizer, text: str) -> frozenset[str]:
    """The stems of a term as a point writes it, without its article; none for one that is
    no term: too long, or denied ("no secret is")."""
    words = [w for w in normalizer.words(text) if not w.article]
    if not words or len(words) > 2 * SUBJECT_WORDS or any(w.function for w in words):
        return frozenset()  # "so the layer cache", "if the SLO", "no secret": no term
    return frozenset(s for w in words for s in w.stems)


def _meaning(words: Sequence[Word]) -> dict[str, float]:
    """The stems of words with a meaning of their own, each with its weight."""
    found: dict[str, float] = {}
    for word in words:
        if not word.function:
            for stem, weight in zip(word.stems, word.weights, strict=True):
                found[stem] = max(found.get(stem, 0.0), weight)
    return found


__all__ = ["Definition", "defined", "misdefined"]
