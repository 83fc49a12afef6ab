"""Swapped definitions: "Grid is the one-dimensional model" where the key point says Flexbox is,
"RTO is how much data you can lose" where it says that of the RPO.

A core key point that sets two terms or more against each other ("An SLI is a measured ratio...;
an SLO is the target for that SLI...; an SLA is a contract with customers...", "Flexbox is
..., while CSS Grid is ...") is read for them once, with its question: each term, the stems
that name it apart from the others, and the stems of what the point says it is. An answer's
clause "<term> is <what>" names one of those terms; when what it says holds nothing of that
term's own definition and is mostly words only another term's definition has, the answer gave
the term the other's definition, and the point is contradicted.

Two kinds of one thing ("a layer 4 load balancer forwards TCP..., while a layer 7 load
balancer understands HTTP", "range sharding keeps scans cheap...; hash sharding spreads load")
are set against each other by what each *does*, too: a point's clause "<term> <verb>s <what>"
defines the term when the other term of the pair shares a word of its name, and then an
answer's clause that opens with the term ("Layer 7 balancers work at the TCP level") says what
it does.

The question names the terms it asks to tell apart, too: when it names two that a point says
what each does ("Explain replication and sharding": "Replication keeps copies...; sharding
splits the data..."), those are defined by what they do. A term's kinds ("synchronous
replication") are named apart from it. So are the labelled kinds a question asks to compare
("compare rolling, blue-green and canary deployments": "Rolling Update:", "Blue-Green:").

A term said to be what its definition denies ("NoSQL databases are relational" of
"Non-relational databases", "the readiness probe restarts the container" of "without
restarting it") contradicts the point too.

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
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from bot.scoring import clauses
from bot.scoring.text import (
    KINDS,
    PARTICLES,
    SAME_WORD_FROM,
    Normalizer,
    Word,
    counts_nothing,
    quoted,
    word_set,
)
from bot.types import Role

COPULAS = word_set("is are means")
CALLING = word_set("call calls")  # a name others give: "what people call global state is"
# Words that open a clause without being its subject: "and the SLO is", "which is why"
LEADING = word_set("a an the and but while whereas so which that this it its their there what")
CLAUSE_ENDS = word_set("and but while whereas because since so")  # what the term is ends here
# In what a clause says a term is: weighing, denying, likening or judging, not defining
NOT_DEFINING = word_set(
    "not no never nothing none than unlike versus vs compared instead rather both either "
    "neither same like better worse best worst more less"
)
PURPOSE = word_set("for")  # after "is": what a thing is used for, not what it is
# before "of" in a subject, words that make it a number or a part of the term after them
COUNTING = word_set("number set lot lots bunch few couple some part half most many group pair")
# opening a clause's subject, words that describe a thing rather than name a term
DESCRIBING = word_set("usual typical common main default ideal normal standard real")
MEANING_WORDS = 16  # the most words of what a clause says a term is that are read
SUBJECT_WORDS = 4  # a term longer than this is no term: "the first thing you should do"
EXAMPLES = 4  # the most words of examples after a subject: "such as MongoDB and Cassandra"
MEANING_WEIGHT = 1.45  # rarer than "make" or "only": a word that tells one definition apart
LABEL = re.compile(r"^[^:]{1,40}:\s+")  # "Cascade Order: When specificity ties, ..."
ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# A verb that says what a term does: "forwards", "keeps" (not "was", "has", "business", "its",
# "status", "analysis")
DOES = r"(?!(?:was|has|does|ones|always|its)\s)[a-z]+[^\Wsiu]s"
SAYS = rf"(?:is|are|means|{DOES})"
VERB_FORM = re.compile(DOES)  # a word alone that may be a verb in -s: "deploys", not "memory"
# In a key point: "<term> (<abbreviation>) is <definition>", or "<term> <does> <what>", each
# clause of the point; a phrase between the term and its verb qualifies the term ("synchronous
# replication to at least one follower avoids data loss").
DEFINED = re.compile(
    r"(?:^|[;.]\s+|,\s+(?:while|whereas|and|but)\s+|\s(?:while|whereas)\s+)"
    r"(?P<term>(?:[\w'\-]+\s+){0,4}?[\w'\-]+)(?:\s*\((?P<short>[^)]{1,40})\))?"
    r"(?:\s+(?:to|for|with|on|in|of)\s+(?:[\w'\-]+\s+){0,4}?[\w'\-]+)??"
    rf"\s+(?P<verb>{SAYS})\s+"
    r"(?P<meaning>.+?)(?=[;.:]\s|[;.:]?$|,\s+(?:while|whereas|and|but)\s|\s(?:while|whereas)\s"
    rf"|,\s+(?:an?\s+|the\s+)?[\w\-]+(?:\s*\([^)]*\))?\s+{SAYS}\s)"
)
COUNTS = word_set("one two three single multi dual")  # "one-dimensional", "single-threaded"
ADDING_TERMS = word_set("plus")  # after a term, another term: "CI plus continuous delivery"
JOINING = word_set("and or")  # "let and const are block-scoped": one term of two words
DOING_OPENS = word_set("while whereas but")  # after these, a clause may say what a term does
NON = "non"  # a prefix that denies the word it is joined to: "non-relational"
DENYING = word_set(NON)
COMPARING = re.compile(r"\bcompar(?:e|ing|ison)\b", re.IGNORECASE)  # a question's kinds set apart
# after a term's word and the next, a verb that makes that next word part of the subject: "range
# queries become scatter-gather" says nothing of "range sharding"
VERBS_AFTER_SUBJECT = word_set(
    "is are was were become becomes became get gets got can could will would must should may "
    "might need needs stay stays remain remains turn turns has have had"
)
# between a subject and its verb: "a range query then has to ask every shard"
IN_PASSING = word_set("then also still now always often usually typically generally just only")
STANDING_FOR_TERM = word_set("one ones")  # "layer 4 ones": the term's kind
_Found = tuple[int, re.Match[str], frozenset[str]]  # a point's index, its clause, the term's stems
Said = tuple[frozenset[str], dict[str, float], str]  # an answer's term, what it says, the clause


class _Clause(NamedTuple):
    """A point's clause that defines a term, before its meaning is read."""

    point: int
    group: int  # the point whose terms it is set against: its own, or the first label's
    term: str
    short: str | None  # the term's abbreviation, in brackets after it
    meaning: str
    does: bool  # says what the term does, not what it is
    subject: frozenset[str]


@dataclass(frozen=True, slots=True)
class Definition:
    point: int  # the index of the key point that defines the term
    group: int  # the terms of one group are set against each other (see ``_Clause``)
    term: str  # as the point writes it: "CSS Grid"
    subject: frozenset[str]  # the stems of the term and its abbreviation
    names: frozenset[str]  # of those, the stems no other defined term has: "grid"
    meaning: Mapping[str, float]  # the stems of what the point says it is -> their weight
    own: frozenset[str] = frozenset()  # the stems only this term's definition or name has
    does: bool = False  # said by what the term does ("forwards TCP"), not what it is
    head: frozenset[str] = frozenset()  # the stems of its last word and abbreviation: "grid"
    # the stems of what the definition denies of the term -> as it says so: "non-relational"
    denied: Mapping[str, str] = field(default_factory=dict)
    # the stems of other points' labels that share a name with it: "Consistent Hashing" for
    # "hash sharding"; an answer's clause about one of them is not about this term
    unlike: tuple[frozenset[str], ...] = ()


def defined(
    normalizer: Normalizer,
    points: Sequence[tuple[str, Role]],
    asked: frozenset[str] = frozenset(),
    question: str = "",
) -> tuple[Definition, ...]:
    """The terms the core key points define, when one defines two or more that can be told
    apart; () otherwise. A pitfall's "X is Y" is a mistake it names, and a trade-off's "CSR is
    simple to host" a property: neither is a definition. ``asked``: the stems of the
    ``question``, which name the terms it asks to tell apart (see ``_kept`` and
    ``_labelled``)."""
    found = [
        (index, match, subject)
        for index, (text, role) in enumerate(points)
        if role is Role.CORE
        for match in DEFINED.finditer(LABEL.sub("", text))
        if (subject := _subject(normalizer, f"{match['term']} {match['short'] or ''}"))
        and not _described(match["term"])
    ]
    named = _asked_terms(normalizer, found, asked)
    said = [
        _Clause(index, index, m["term"], m["short"], _what(m), m["verb"] not in COPULAS, subject)
        for index, m, subject in found
        if _kept((index, m, subject), found, named)
    ]
    labels = _core_labels(points)
    label_subjects = [_subject(normalizer, term) for _, term, _ in labels]
    compares = COMPARING.search(question) is not None
    said += _labelled(normalizer, labels, label_subjects, asked, compares)
    definitions = []
    for clause in said:
        subject = clause.subject
        others = frozenset().union(
            *(other.subject for other in said if not _kind_of(other, clause))
        )
        written = normalizer.words(clause.meaning)
        meaning = _meaning(written)
        if subject - others and meaning:
            term = _term(clause.term, clause.short)
            names = subject - others
            definitions.append(
                Definition(
                    clause.point,
                    clause.group,
                    term,
                    subject,
                    names,
                    meaning,
                    does=clause.does,
                    head=_head(normalizer, clause.term, clause.short),
                    denied=_denied(written),
                )
            )
    contrasted = [d for d in definitions if _defines_others(d, definitions)]
    return tuple(
        replace(d, own=_own(d, contrasted), unlike=_unlike(d, label_subjects)) for d in contrasted
    )


def _core_labels(points: Sequence[tuple[str, Role]]) -> list[tuple[int, str, str]]:
    """Each core point's index, its label ("Consistent Hashing") and the text after it."""
    return [
        (index, label[0].rstrip().rstrip(":"), text[label.end() :])
        for index, (text, role) in enumerate(points)
        if role is Role.CORE and (label := LABEL.match(text)) is not None
    ]


def _unlike(term: Definition, labels: Sequence[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The labels that share a name with ``term`` but name something else: "Consistent
    Hashing" beside "hash sharding"."""
    return tuple(
        label for label in labels if not label.isdisjoint(term.names) and label - term.subject
    )


def _kind_of(kind: _Clause, term: _Clause) -> bool:
    """Whether ``kind`` names ``term`` or a kind of it, by a word before its name:
    "synchronous replication" of "replication", "range sharding" of "sharding (partitioning)",
    not "terraform plan" of "Terraform"."""
    return kind.subject == term.subject or kind.term.lower().endswith(f" {term.term.lower()}")


def _what(match: re.Match[str]) -> str:
    """What a point's clause says its term is, or does, with the verb that says what it does:
    "builds and tests every change" of "Continuous integration builds and tests every change"."""
    verb = match["verb"]
    return match["meaning"] if verb in COPULAS else f"{verb} {match['meaning']}"


def _described(term: str) -> bool:
    """Whether a clause's subject describes rather than names a term: "the usual target is
    WCAG 2.2 level AA" says what accessibility aims for; it sets no second term against it."""
    first = ARTICLE.sub("", term.strip()).split(maxsplit=1)
    return bool(first) and first[0].lower() in DESCRIBING


def _labelled(
    normalizer: Normalizer,
    labels: Sequence[tuple[int, str, str]],
    subjects: Sequence[frozenset[str]],
    asked: frozenset[str],
    compares: bool,
) -> list[_Clause]:
    """Core points that define the term they are labelled with, when another core point's
    label names another kind of the same thing: "SQL Databases: Relational databases that..."
    and "NoSQL Databases: Non-relational databases...", "Readiness Probe" and "Liveness
    Probe"; or when the question (``asked``, its stems) ``compares`` two labels or more,
    naming each by its first word: "compare rolling, blue-green and canary deployments" of
    "Rolling Update:", "Blue-Green:" and "Canary:". Any other label is a step or a topic
    ("Indexing:"), and so are the ones a question asks about without comparing them ("Talk
    about semantic HTML, ARIA, keyboard navigation and color contrast"). ``labels``: the core
    points' labels (see ``_core_labels``), and ``subjects`` their stems."""
    named = [
        at
        for at, (_, term, _) in enumerate(labels)
        if compares and _subject(normalizer, term.split()[0]) <= asked
    ]
    clauses = []
    for at, ((index, term, meaning), subject) in enumerate(zip(labels, subjects, strict=True)):
        kinds = {labels[other][0] for other in _kinds(subjects, at)}
        if at in named and len(named) > 1:
            kinds.update(labels[other][0] for other in named)
        if subject and len(kinds) > 1:
            does = re.match(rf"{DOES}\b", meaning.lower()) is not None  # "Decides whether..."
            clauses.append(_Clause(index, min(kinds), term, None, meaning, does, subject))
    return clauses


def _kinds(subjects: Sequence[frozenset[str]], at: int) -> list[int]:
    """The labels (by their stems) that name a kind of the same thing as the one at ``at``,
    itself included: they share a word ("Readiness Probe", "Liveness Probe")."""
    return [other for other, stems in enumerate(subjects) if not stems.isdisjoint(subjects[at])]


ADDING = re.compile(r",\s+(?:and|but)\s")  # "..., and variable lookups walk": more of one term


def _asked_terms(
    normalizer: Normalizer, found: Sequence[_Found], asked: frozenset[str]
) -> frozenset[tuple[int, frozenset[str]]]:
    """The points' terms the question names, every word: "replication" and "sharding" of
    "Explain database replication and sharding"; each as its point and its stems. A clause
    joined by "and" goes on about the term before it; terms are set apart by ";" or "while"."""
    return frozenset(
        (index, subject)
        for index, match, subject in found
        if not ADDING.match(match.group(0))
        and (named := _subject(normalizer, match["term"]))
        and named <= asked
    )


def _kept(
    entry: _Found, found: Sequence[_Found], asked: frozenset[tuple[int, frozenset[str]]]
) -> bool:
    """Whether a point's clause defines its term: by what it is, always; by what it does, when
    another term the point defines shares a word of its name ("layer 4/7 load balancer"), or
    the question names both (``asked``, "Explain replication and sharding": "Replication
    keeps copies...; sharding splits the data..."): an imperative ("Cache hot keys", "Set
    tight timeouts") looks the same."""
    index, match, subject = entry
    if match["verb"] in COPULAS:
        return True
    if match["term"][:1].isdigit():  # "50 million users": an estimate, not a term
        return False
    if (index, subject) in asked and any(
        point == index and other != subject for point, other in asked
    ):
        return True
    return any(point == index and other != subject and other & subject for point, _, other in found)


def _defines_others(definition: Definition, definitions: Sequence[Definition]) -> bool:
    """Whether the point that defines the term defines another too: terms are swapped with the
    ones they are set against ("Flexbox is ..., while CSS Grid is ..."), not with any term
    another point happens to say something of."""
    return any(
        other.group == definition.group and other.names != definition.names for other in definitions
    )


def misdefined(
    definitions: Sequence[Definition],
    words: Sequence[Word],
    sentence_ends: Sequence[int],
    clause_starts: Sequence[int],
) -> dict[int, str]:
    """The points whose term the answer (its ``words``, in sentences ending at
    ``sentence_ends`` and clauses opening at ``clause_starts``) gives another term's
    definition, or what its own definition denies, each with why. A term the answer also
    defines rightly, by a word of its own definition, is weighed, not swapped: "Grid is the
    model for two dimensions ... Grid is layout-first"; but what a prefix denies is denied
    whatever else is said: "NoSQL databases are the relational ones ... foreign keys" (of
    "Non-relational databases ... key-value")."""
    doing = frozenset().union(*(d.subject for d in definitions if d.does))
    names = frozenset().union(*(d.subject for d in definitions))
    told = [
        *_said_definitions(words, sentence_ends, clause_starts, names),
        *(_said_doings(definitions, words, sentence_ends, clause_starts) if doing else ()),
    ]
    said = [
        (named[0], meaning, clause)
        for subject, meaning, clause in told
        if len(named := _named(definitions, subject)) == 1
    ]
    heads = frozenset().union(*(d.head for d in definitions))
    said_of = _said_of(definitions, [*told, *_told(heads, names, words, clause_starts)])
    rightly = {term.names for term, meaning, _ in said if _own_said(term, meaning)}
    found: dict[int, str] = {}
    # the terms the answer itself gives a prefix that denies: "NoSQL stores are non-relational"
    granted = {term.names for term, meaning, _ in said if not DENYING.isdisjoint(meaning)}
    for term, meaning, clause in said:
        if term.point in found:
            continue
        denied = "" if term.names in granted else _denied_said(term, meaning, prefixed=True)
        if not denied and term.names not in rightly:
            denied = _denied_said(term, meaning, prefixed=False)
        if denied:  # "NoSQL databases are the relational ones"
            found[term.point] = f"You said “{clause}”; the key point says “{denied}”."
            continue
        other = _denied_of_another(term, meaning, definitions)
        if other is not None:  # "SQL databases are the non-relational ones"
            found[term.point] = f"You said “{clause}”; the key point says that of “{other.term}”."
            continue
        if term.names in rightly:
            continue
        other, telling = _taken_from(term, definitions, meaning, said_of)
        if other is not None and not (telling == 1 and _set_apart(term, other, said_of, meaning)):
            found[term.point] = f"You said “{clause}”; the key point says that of “{other.term}”."
    return found


def _told(
    heads: frozenset[str], names: frozenset[str], words: Sequence[Word], starts: Sequence[int]
) -> Iterator[Said]:
    """Each clause of the answer that opens with a defined term (``names``), by a word that
    names it by itself (``heads``), whatever it says of it, up to an "and" or "but":
    "Observability lets you answer questions you didn't anticipate"."""
    for opening, past in itertools.pairwise([*starts, len(words)]):
        first = opening
        while first < past and words[first].lower in LEADING:
            first += 1
        verb = first
        while verb < past and _names(words[verb], names):
            verb += 1
        end = next((at for at in range(verb, past) if words[at].lower in CLAUSE_ENDS), past)
        term = frozenset(s for w in words[first:verb] for s in w.stems)
        if first < verb < end and not heads.isdisjoint(term):
            yield term, _meaning(words[verb:end]), ""


def _said_of(
    definitions: Sequence[Definition], told: Sequence[Said]
) -> dict[frozenset[str], set[str]]:
    """What the answer says of each defined term (by its names), in clauses ``told`` of the
    term alone: not "captured variables are freed" of ``var``."""
    said_of: dict[frozenset[str], set[str]] = {}
    for subject, meaning, _ in told:
        named = _named(definitions, subject)
        if len(named) == 1 and subject <= named[0].subject:
            said_of.setdefault(named[0].names, set()).update(meaning)
    return said_of


def _set_apart(
    term: Definition,
    other: Definition,
    said_of: Mapping[frozenset[str], set[str]],
    meaning: Mapping[str, float],
) -> bool:
    """Whether the answer tells what ``other`` is too, with no word of ``term``'s, or with
    more of its own words than of ``term``'s while ``term``'s ``meaning`` says one word of
    ``other``'s at most: it sets the two apart itself, and one word of ``other``'s said of
    ``term`` swaps nothing ("Monitoring answers questions you thought of in advance.
    Observability is whether you can work out what you didn't anticipate"), where a swap
    gives each the other's definition ("Grid is one-dimensional; Flexbox is two")."""
    told = said_of.get(other.names, set())
    if other.own.isdisjoint(told):
        return False
    if term.meaning.keys().isdisjoint(told):
        return True
    # "The HPA adjusts the replica count ... The VPA sets the CPU and memory requests"
    return (
        len(other.own & told) > len(term.meaning.keys() & told)
        and len(other.meaning.keys() & meaning.keys()) <= 1
    )


def _named(definitions: Sequence[Definition], subject: frozenset[str]) -> list[Definition]:
    """The defined terms an answer's clause names by ``subject``, the most telling ones:
    "synchronous replication", not "replication", when a point defines both; none whose name
    is part of another point's label that ``subject`` says ("consistent hashing")."""
    named = [
        d
        for d in definitions
        if not d.names.isdisjoint(subject) and not any(label <= subject for label in d.unlike)
    ]
    whole = [d for d in named if d.subject <= subject]
    most = max((len(d.subject) for d in whole), default=0)
    kinds = [d for d in whole if len(d.subject) == most]
    return kinds if len(kinds) == 1 else named


def _set_against(term: Definition, definitions: Sequence[Definition]) -> list[Definition]:
    """The other terms the point that defines ``term`` defines."""
    return [d for d in definitions if d.group == term.group and d.names.isdisjoint(term.names)]


def _own_said(term: Definition, meaning: Mapping[str, float]) -> bool:
    """Whether what an answer says a term is holds a word of the term's own definition, in
    any form: "the questions you already know to ask" of monitoring "watching known failures"."""
    return any(
        said == own or (len(said) >= SAME_WORD_FROM and own.startswith(said))
        for said in meaning
        for own in term.own
    )


def _own(term: Definition, definitions: Sequence[Definition]) -> frozenset[str]:
    """The stems only ``term``'s definition or name has, of the terms set against it; a
    word counted ("server" of "beyond one machine") is its own only with its count, as
    "one server": "several servers" says nothing of sharding's own."""
    others = _set_against(term, definitions)
    theirs = {stem for other in others for stem in other.meaning}
    names = {s for d in others for s in d.subject}
    counted = {part for found in term.meaning if " " in found for part in found.split(" ")}
    return frozenset(term.meaning.keys() - theirs - counted) | (term.subject - names)


UNSHARED_THEIRS = 2  # words only another definition says, for shared ones to tell nothing


def _taken_from(
    term: Definition,
    definitions: Sequence[Definition],
    said: Mapping[str, float],
    said_of: Mapping[frozenset[str], set[str]],
) -> tuple[Definition | None, int]:
    """The term set against ``term`` whose definition ``said`` (stem -> weight) gives it, or
    None, and how many of its telling words are only that term's, however common they are
    in its definition ("long" and "take" of RTO's "how long it can take"): at least half of
    those both definitions do not share ("user" of XSS's "act as the user" and CSRF's "the
    user's browser"), a word counted ("dimension" of "one-dimensional") telling only with
    its count. A word the answer says of that term too (``said_of``) tells nothing:
    "Monitoring answers questions you knew to ask. Observability lets you answer questions
    you didn't anticipate" sets the two apart by what it adds."""
    subjects = frozenset().union(*(d.subject for d in definitions))
    counted = {found.split(" ", 1)[1] for found in said if " " in found}  # "one dimension"
    telling = {stem for stem, weight in said.items() if weight >= MEANING_WEIGHT}
    telling -= subjects | counted
    best, most, told = None, 0, len(telling)
    for other in _set_against(term, definitions):
        theirs = {
            stem
            for stem in telling
            if stem in other.meaning
            and stem not in term.meaning
            and stem not in said_of.get(other.names, ())
        }
        if len(theirs) > most:
            best, most = other, len(theirs)
            told = _unshared(telling, term, other) if most >= UNSHARED_THEIRS else len(telling)
    return (best, most) if 2 * most >= told else (None, 0)


def _unshared(telling: set[str], term: Definition, other: Definition) -> int:
    """How many of the ``telling`` words say one of the two definitions: all of them, or
    those the two do not share when none says ``term``'s alone ("user" of XSS's "act as the
    user" and CSRF's "the user's browser"). Only where UNSHARED_THEIRS words or more say
    the other's alone: one word is too few to set shared ones aside."""
    if any(stem in term.meaning and stem not in other.meaning for stem in telling):
        return len(telling)
    return sum(not (stem in term.meaning and stem in other.meaning) for stem in telling)


def _said_definitions(
    words: Sequence[Word],
    sentence_ends: Sequence[int],
    starts: Sequence[int],
    names: frozenset[str],
) -> Iterator[Said]:
    """Each clause of the answer that says what a term is: the term's stems, the stems of what
    it is said to be with their weights, and the clause as typed. ``sentence_ends``: the index
    past each sentence's last word. What a term is said to be is read up to the first "and",
    and again up to the end of a list that goes on after it (see ``_ends_meaning``, with
    ``names``, the defined terms' stems): "Layer 4 balancers are the smart ones, able to
    inspect paths and headers and terminate TLS" says more than "inspect paths"."""
    for at, word in enumerate(words):
        if word.lower not in COPULAS:
            continue
        first, past = clauses.bounds(starts, at, len(words))
        named = _examples_before(words, first, at)  # the term ends where its examples open
        opening = max(first, named - SUBJECT_WORDS)
        for before in range(named - 1, opening - 1, -1):  # "... and RPO is": after the "and"
            if words[before].lower in CLAUSE_ENDS or words[before].lower in COPULAS:
                opening = before + 1
                break
        else:
            if _runs_on(words, first, opening):
                continue  # "consistent hashing on a ring means": longer than a term
        while opening < named and words[opening].lower in LEADING:
            opening += 1
        if _counted(words[opening:named]):
            continue  # "a set number of identical pods is running" defines no pod
        if _so_called(words[max(first, opening - 2) : named]):
            continue  # "most so-called global state is really server data" renames it
        short = _clause_said(words, (opening, named), at, past, (sentence_ends, names))
        listed = _clause_said(
            words, (opening, named), at, past, (sentence_ends, names), listing=True
        )
        yield from {said[2]: said for said in (short, listed) if said is not None}.values()


def _runs_on(words: Sequence[Word], first: int, opening: int) -> bool:
    """Whether the subject of a clause opening at ``first`` runs on before ``opening``, where
    SUBJECT_WORDS cut it: "consistent hashing on a ring means" names no "hashing on a ring";
    not one that opens there ("remember that layer 4 balancers are")."""
    if opening <= first or words[opening].lower in LEADING:
        return False
    before = words[opening - 1].lower
    return before not in CLAUSE_ENDS and before not in COPULAS and before not in LEADING


def _so_called(subject: Sequence[Word]) -> bool:
    """Whether a subject is named "so-called", or as others call it ("what people call global
    state"): the speaker disputes the name, and what it is said to be corrects it rather than
    defining the term."""
    return any(word.lower in CALLING for word in subject) or any(
        word.lower == "so" and later.lower == "called"
        for word, later in itertools.pairwise(subject)
    )


def _said_doings(
    definitions: Sequence[Definition],
    words: Sequence[Word],
    sentence_ends: Sequence[int],
    starts: Sequence[int],
) -> Iterator[Said]:
    """Each clause of the answer that opens with a term defined by what it does, and says
    what it does: the term's stems, the stems of what it is said to do, the clause as typed.
    "Layer 7 balancers work at the TCP level", "while layer 4 ones understand HTTP"; and
    "Replication splits the data", where the verb is a word of another term's name."""
    subjects = [d.subject for d in definitions if d.does]
    doing = frozenset().union(*subjects)
    openings = sorted({*starts, *(i + 1 for i, w in enumerate(words) if w.lower in DOING_OPENS)})
    for opening in openings:
        first = opening
        while first < len(words) and words[first].lower in LEADING:
            first += 1
        verb = first
        while verb < min(len(words), first + SUBJECT_WORDS) and _names(words[verb], doing):
            verb += 1
        if (
            verb > first + 1
            and (verb >= len(words) or not _does(words[verb]))
            and not _one_name(subjects, words[first : first + 2])
        ):
            verb = first + 1  # the verb is a word of another term's name: "Replication splits"
        if verb == first or verb >= len(words) or not _does(words[verb]):
            continue
        if _longer_subject(words, verb):
            continue  # no term: "range queries become scatter-gather"
        past = clauses.bounds(starts, verb, len(words))[1]
        said = _clause_said(
            words, (first, verb), verb, past, (sentence_ends, doing), listing=True, doing=True
        )
        if said is not None:
            yield said


def _counted(subject: Sequence[Word]) -> bool:
    """Whether ``subject`` counts the term rather than names it: "a number of pods", not
    "the whole idea of continuous integration"."""
    return any(
        word.lower == "of" and at and subject[at - 1].lower in COUNTING
        for at, word in enumerate(subject)
    )


def _longer_subject(words: Sequence[Word], verb: int) -> bool:
    """Whether the word at ``verb``, after a term's words, goes on with the subject rather
    than says what the term does: a verb follows it ("range queries become", "a range query
    then has to"), unless it stands for the term ("layer 4 ones can route")."""
    following = verb + 1
    while following < len(words) and words[following].lower in IN_PASSING:
        following += 1
    return (
        following < len(words)
        and words[following].lower in VERBS_AFTER_SUBJECT
        and words[verb].lower not in STANDING_FOR_TERM
    )


def _clause_said(
    words: Sequence[Word],
    named: tuple[int, int],
    verb: int,
    past: int,
    read_with: tuple[Sequence[int], frozenset[str]],
    *,
    listing: bool = False,
    doing: bool = False,
) -> Said | None:
    """The term the words ``named`` (first, past) name and what the words after its verb (or
    "is") say it is or does, up to the clause's end at ``past`` (see ``_meaning_end``, with
    ``read_with``, the answer's sentence ends and the defined terms' stems; ``listing``: read
    on past an "and" that goes on with a list; ``doing``: of what the term does, not past one
    before another doing); None when the term is denied, or the clause weighs, denies or
    judges. Examples of the term may stand between it and its verb: "NoSQL
    systems such as MongoDB are relational"."""
    first = named[0]
    sentence_ends, names = read_with
    sentence = bisect.bisect_right(sentence_ends, verb)
    sentence_end = sentence_ends[sentence] if sentence_ends else past
    end = _meaning_end(words, (verb, past, sentence_end), names, listing=listing, doing=doing)
    term, what = words[first : named[1]], words[verb + 1 : end]
    # the word after the term too: "rolling back", where "back" stands in a doing's place
    if not term or any(w.negator for w in term) or _doing_with_particle(words[first : verb + 1]):
        return None
    if any(
        w.negator or (w.lower in NOT_DEFINING and not _same_thing(what, at))
        for at, w in enumerate(what)
    ):
        return None
    if what and what[0].lower in PURPOSE and words[verb].lower in COPULAS:
        return None  # what it is for, not what it is: "Grid is for layouts where rows..."
    subject = frozenset(s for w in term for s in w.stems)
    meaning = _meaning(what)
    return (subject, meaning, quoted(words[first:end])) if subject and meaning else None


def _examples_before(words: Sequence[Word], first: int, verb: int) -> int:
    """Where the examples of a clause's subject open, "such as" or "like" at most EXAMPLES
    words before its verb at ``verb`` ("NoSQL systems such as MongoDB and Cassandra are"), or
    ``verb`` for none; ``first``: where the clause opens."""
    for at in range(verb - 2, max(first, verb - 2 - EXAMPLES) - 1, -1):
        if words[at].lower == "like" or (words[at].lower == "such" and words[at + 1].lower == "as"):
            return at
    return verb


def _doing_with_particle(term: Sequence[Word]) -> bool:
    """Whether ``term`` is a doing with its particle, no term: "rolling back is just switching
    back" says nothing of a rolling update."""
    return any(
        word.lower.endswith("ing") and following.lower in PARTICLES
        for word, following in itertools.pairwise(term)
    )


def _one_name(subjects: Sequence[frozenset[str]], words: Sequence[Word]) -> bool:
    """Whether ``words`` all name one term: "sharding splits" (sharding, also "split")."""
    said = frozenset(s for word in words for s in word.stems)
    return any(said <= subject for subject in subjects)


def _same_thing(what: Sequence[Word], at: int) -> bool:
    """Whether "same" at ``at`` says one thing twice, no likeness: "copies of the same data",
    not "the same as a replica" nor "the same attack"."""
    following = [word.lower for word in what[at + 1 : at + 3]]
    return (
        what[at].lower == "same"
        and bool(following)
        and "as" not in following
        and following[0] not in KINDS  # "the same attack with different names": one kind
    )


def _names(word: Word, names: frozenset[str]) -> bool:
    return bool(word.stems) and names.issuperset(word.stems)


def _does(word: Word) -> bool:
    """Whether the word after a term may say what it does: "work", "inspects", not "together"
    or "and", nor "plus", which adds a term: "CI plus continuous delivery"."""
    lower = word.lower
    return (
        word.content
        and not word.negator
        and lower not in NOT_DEFINING
        and lower not in COPULAS
        and lower not in ADDING_TERMS
    )


def _meaning_end(
    words: Sequence[Word],
    bounds: tuple[int, int, int],
    names: frozenset[str],
    *,
    listing: bool,
    doing: bool = False,
) -> int:
    """Where what a clause says a term is ends, the clause's ``bounds`` being its copula, the
    index past its words and its sentence's end: at "and", "but" and the like (see
    ``_ends_meaning``: ``listing``, not at an "and" that goes on with a list; ``doing``), or
    with its fragment; a fragment that ends its clause's words goes on into the next one of the
    sentence ("the recovery target for data, the amount of data you can lose"; "layout-in: I
    define the rows"), unless that one defines a term of its own or opens with one of the
    defined terms' stems, ``names`` ("...; layer 7 just forwards raw TCP", "SQL databases are
    relational; NoSQL stores hold non-relational data"); MEANING_WORDS at most. A next
    fragment that denies or weighs is left out ("the non-relational ones: they store documents
    with no schema"), as a clause that does so defines nothing."""
    copula, past, sentence_end = bounds
    listed = names if listing else None
    past = min(past, copula + 1 + MEANING_WORDS)
    end = next(
        (i for i in range(copula + 1, past) if _ends_meaning(words, i, past, listed, doing)), past
    )
    if end < past or past >= sentence_end:
        return end
    following = range(past, min(sentence_end, copula + 1 + MEANING_WORDS))
    if any(words[i].lower in COPULAS for i in following) or _opens_with_term(words, past, names):
        return end
    goes_on = next(
        (i for i in following if _ends_meaning(words, i, following.stop, listed, doing)),
        following.stop,
    )
    return end if any(_weighs(words[i]) for i in range(past, goes_on)) else goes_on


def _weighs(word: Word) -> bool:
    """Whether ``word`` denies, weighs, likens or judges (see NOT_DEFINING)."""
    return word.negator or word.lower in NOT_DEFINING


def _opens_with_term(words: Sequence[Word], start: int, names: frozenset[str]) -> bool:
    """Whether the clause at ``start`` opens, after words such as "and" or "the", with a word
    of a defined term's name (``names``): "layer 7 just forwards raw TCP"."""
    first = next((w for w in words[start:] if w.lower not in LEADING), None)
    return first is not None and not names.isdisjoint(first.stems)


def _ends_meaning(
    words: Sequence[Word], at: int, past: int, names: frozenset[str] | None, doing: bool = False
) -> bool:
    """Whether the word at ``at`` ends what a clause says a term is: "but", "while" and the
    like, and "and", but with ``names`` (the defined terms' stems) only before a clause of
    its own, a term or "is" after it ("and RPO is", "and Grid handles"), or, of what a term
    ``doing`` does, another doing ("and deploys it to staging"); not in a list of what the term
    is or does it to ("able to inspect paths and headers and terminate TLS", "sets the pods'
    CPU and memory requests")."""
    lower = words[at].lower
    if lower not in CLAUSE_ENDS:
        return False
    if lower not in JOINING or names is None:
        return True
    if doing and at + 1 < past and VERB_FORM.fullmatch(words[at + 1].lower):
        return True  # "and deploys it": a doing of its own
    following = itertools.takewhile(
        lambda w: w.lower not in CLAUSE_ENDS, words[at + 1 : min(past, at + 2 + SUBJECT_WORDS)]
    )
    return any(w.lower in COPULAS or not names.isdisjoint(w.stems) for w in following)


def _head(normalizer: Normalizer, term: str, short: str | None) -> frozenset[str]:
    """The stems that name a term by themselves: its last word's and its abbreviation's,
    "grid" of "CSS Grid", not "cascade" of what "CSS" stands for."""
    last = term.split()[-1:]
    return frozenset(s for w in normalizer.words(" ".join([*last, short or ""])) for s in w.stems)


def _term(term: str, short: str | None) -> str:
    """A term as a feedback line names it: "recovery point objective (RPO)", "Flexbox"."""
    return ARTICLE.sub("", term) + (f" ({short})" if short else "")


def _subject(normalizer: Normalizer, text: str) -> frozenset[str]:
    """The stems of a term as a point writes it, without its article; none for one that is
    no term: too long, or denied ("no secret is"). Two words joined ("let and const") are
    one term."""
    words = [w for w in normalizer.words(text) if not w.article]
    if len(words) == 3 and words[1].lower in JOINING:
        words = [words[0], words[2]]
    if not words or len(words) > 2 * SUBJECT_WORDS or any(w.function for w in words):
        return frozenset()  # "so the layer cache", "if the SLO", "no secret": no term
    return frozenset(s for w in words for s in w.stems)


def _denied_said(term: Definition, meaning: Mapping[str, float], *, prefixed: bool) -> str:
    """What the definition of ``term`` denies that an answer's ``meaning`` says of it, as the
    point says so; "" for none. ``prefixed``: only what a prefix denies ("non-relational"),
    which no other word of the answer makes right; otherwise only what a word denies
    ("without restarting"), which one of its own words does ("readiness gates traffic")."""
    return next(
        (
            written
            for stem in meaning
            if (written := term.denied.get(stem, "")) and written.startswith(f"{NON}-") is prefixed
        ),
        "",
    )


def _denied_of_another(
    term: Definition, meaning: Mapping[str, float], definitions: Sequence[Definition]
) -> Definition | None:
    """The term set against ``term`` whose definition denies by a prefix what the answer's
    ``meaning`` denies of ``term`` the same way, where ``term``'s own definition says it: "SQL
    databases are non-relational" of "Relational databases" beside "Non-relational
    databases"; None for none. Like a prefix its own definition denies, it holds whatever
    else is said."""
    prefix = f"{NON}-"
    denied = {key.removeprefix(prefix) for key in meaning if key.startswith(prefix)}
    return next(
        (
            other
            for other in _set_against(term, definitions)
            for stem in denied & term.meaning.keys()
            if other.denied.get(stem, "").startswith(prefix)
        ),
        None,
    )


def _denied(words: Sequence[Word]) -> dict[str, str]:
    """What a definition's ``words`` deny of its term, each word's stems -> the words that
    deny it: "relat" -> "non-relational" of "Non-relational databases that store data"."""
    found: dict[str, str] = {}
    for before, word in itertools.pairwise(words):
        if word.content and (before.negator or before.lower in DENYING):
            joined = "-" if before.lower in DENYING else " "
            written = f"{before.lower}{joined}{word.lower}"
            found.update(dict.fromkeys(word.stems, written))
    return found


def _meaning(words: Sequence[Word]) -> dict[str, float]:
    """The stems of words with a meaning of their own, each with its weight; a count before
    a word is read with it, as what tells one definition from another ("one dimensional"
    against "two dimensional"), weighing as much as the word it counts, and so is a prefix
    that denies it ("non-relational")."""
    found: dict[str, float] = {}
    for at, word in enumerate(words):
        if word.lower in DENYING and at + 1 < len(words) and words[at + 1].content:
            denied = words[at + 1]  # "non-relational": read as one, too
            found.update(
                {f"{NON}-{s}": w for s, w in zip(denied.stems, denied.weights, strict=True)}
            )
        if word.lower in COUNTS:  # "the two-dimensional one": the last "one" counts nothing
            if counts_nothing(words, at):
                continue
            counted = words[at + 1]
            found[f"{word.lower} {counted.first}"] = max(counted.weights)
        if not word.function:
            for stem, weight in zip(word.stems, word.weights, strict=True):
                found[stem] = max(found.get(stem, 0.0), weight)
    return found


__all__ = ["Definition", "defined", "misdefined"]
