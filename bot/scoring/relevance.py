"""Whether an answer speaks of what the question asks about, read two ways, the better one
counting: the weighted share of the question's content words it says (in any form: "risky"
for "risk"), the words questions ask with aside ("tell me about a time", "explain"); and the
weighted share of the answer's own words that are of the question's subject, the question's
words and the key points'. A true answer need not repeat the question, but it speaks of its
subject; a fluent answer about something else does neither, whatever words it happens to
share with one point ("client", "server", "request"). Nor is a field's common vocabulary
("database", "writes", "lock") enough: an answer that says none of the question's own words
needs more of its words on the subject than one that says them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from bot.scoring.reading import Reading, typo_of
from bot.scoring.text import SAME_WORD_FROM, Word, word_set
from bot.scoring.themes import COMMON_WORDS
from bot.scoring.vocabulary import PreparedQuestion

FORM_ENDING = 2  # letters a question's word may add to the answer's: "riski" for "risk"
COUNTED_NONE = word_set("a an any single one")  # between a negation and what it denies
NONE_AT_ALL = word_set("any single one")  # of those, the ones that count none: "not a single"
LITTLE = word_set("low minimal zero")  # before a theme's word: "low-risk", "zero downtime"
PARTICLE_REACH = 3  # words after a verb in which its particle stands: "pushed the launch back"
IN_PASSING_FROM = 5  # sentences from which an answer can name what was asked in passing
OFF_TOPIC_KEEPS = 0.1  # what an answer or story that fits nothing asked keeps of its credit


@dataclass(frozen=True, slots=True)
class Bar:
    """What shows an answer fits its question: ``asked``, the weighted share of the
    question's own words said; or ``on_subject``, the weighted share of the answer's words
    that are of its subject, beyond ``by_chance``, the share any answer reaches with a word
    or two ("last", "team"). An answer that says none of the question's words must reach
    ``unasked_on_subject`` beyond ``unasked_by_chance`` (see ``_subject_bar``); one with no
    more of its words on the subject than chance that says the question's words by one word
    alone must say ``asked_alone`` of them: a story about something else meets one by the way
    ("a colleague reviewed my design" of "a system design decision you got wrong"), a true
    one speaks of its subject more than once. The question's words said only in passing (see
    ``_in_passing``), by an answer with no more of its own words on the subject than chance,
    count for ``in_passing`` of their share."""

    asked: float
    asked_alone: float
    on_subject: float
    by_chance: float
    unasked_on_subject: float
    unasked_by_chance: float
    in_passing: float = 1.0


def relevance(question: PreparedQuestion, reading: Reading, bar: Bar) -> tuple[float, list[str]]:
    """How well the answer fits the question (0..1, see the module), and the words that show
    it, the question's first."""
    topic = question.topic  # the words every question asks with aside
    if not topic:
        return 1.0, []
    asked = frozenset(topic)
    meets = [_meets(question, reading.words, at, asked) for at in range(len(reading.words))]
    said_at = [at for at, met in enumerate(meets) if met]
    misspelt, typed_at = _misspelt(question, reading, meets)
    said_at += typed_at
    said = [reading.words[at].surface for at in said_at]
    met = frozenset().union(misspelt, *meets)
    # summed in the question's order, not a set's: the same answer, the same score to the bit
    share = sum((weight for found, weight in topic.items() if found in met), 0.0) / sum(
        topic.values(), 0.0
    )
    on_subject, subject_words = _on_subject(question, reading)
    passing = bar.in_passing < 1.0 and _in_passing(reading, said_at)  # stories only: cheap first
    if passing and _by_subject(bar, share, on_subject) <= 0.0:
        share *= bar.in_passing
    if on_subject <= _subject_bar(bar, share)[0]:
        asked_by = bar.asked_alone if len(said) <= 1 else bar.asked  # one word, by the way
        return min(1.0, share / asked_by), list(dict.fromkeys(said))
    value = min(1.0, max(share / bar.asked, _by_subject(bar, share, on_subject)))
    return value, list(dict.fromkeys([*said, *subject_words]))


def _by_subject(bar: Bar, share: float, on_subject: float) -> float:
    """How far an answer that says ``share`` of the question's own words fits by its words
    on the subject, ``on_subject`` of them (1 fits; 0 or less, no further than chance)."""
    by_chance, needed = _subject_bar(bar, share)
    return (on_subject - by_chance) / (needed - by_chance)


def _subject_bar(bar: Bar, share: float) -> tuple[float, float]:
    """The share of its words on the subject that any answer reaches by chance, and the share
    at which it fits, for an answer that says ``share`` of the question's own words: the
    fewer it says, the more of its words must be of the subject, from the bar's ``unasked``
    figures with none of them to its usual ones from half of ``asked`` on."""
    unasked = max(0.0, 1.0 - 2.0 * share / bar.asked)
    by_chance = bar.by_chance + unasked * (bar.unasked_by_chance - bar.by_chance)
    return by_chance, bar.on_subject + unasked * (bar.unasked_on_subject - bar.on_subject)


def _in_passing(reading: Reading, said_at: Sequence[int]) -> bool:
    """Whether the answer says the question's words (at the indexes ``said_at``) in passing:
    in one of its sentences alone, of IN_PASSING_FROM or more, neither its first nor its
    last. A story of something else meets them by the way ("a colleague showed me the
    consumer groups" in a story of learning Kafka fast, of "a difficult team member"); a true
    one sets out its subject as it opens ("a senior engineer kept rejecting pull requests with
    harsh comments"), comes back to it at its end ("what I learned is that difficult
    behaviour usually has a reason"), or speaks of it in words of its own (see
    ``relevance``)."""
    ends = reading.sentence_ends
    if len(ends) < IN_PASSING_FROM:
        return False
    told_in = {bisect.bisect_right(ends, at) for at in said_at}
    return len(told_in) == 1 and told_in.isdisjoint((0, len(ends) - 1))


def _misspelt(
    question: PreparedQuestion, reading: Reading, meets: Sequence[frozenset[str]]
) -> tuple[frozenset[str], list[int]]:
    """The topic stems a story's words say with a typo ("mistkae" for "mistake") or split in
    two ("post mortem"), and where those words stand; none outside a story's themes."""
    spellings = question.theme_spellings
    if not spellings:
        return frozenset(), []
    found: set[str] = set()
    typed: list[int] = []
    words = reading.words
    for at, word in enumerate(words):
        if not word.content or meets[at] or _named(word):
            continue
        after = words[at + 1].lower if at + 1 < len(words) else ""
        meant = spellings.get(word.lower + after) or spellings.get(typo_of(word, spellings) or "")
        if meant:
            found.update(meant)
            typed.append(at)
    return frozenset(found), typed


def _named(word: Word) -> bool:
    """Whether ``word`` is a name with capitals inside it ("CommonJS", "GitHub"): spelt as
    its makers spell it, no typo of a theme's word ("comments")."""
    return any(char.isupper() for char in word.surface[1:])


def kept(fits: float) -> float:
    """What an answer keeps of its credit when it fits the question only so far (0..1): one
    that answers another question keeps OFF_TOPIC_KEEPS, as an interviewer discounts a good
    answer, or a well-told story, that is not what was asked."""
    return OFF_TOPIC_KEEPS + (1.0 - OFF_TOPIC_KEEPS) * fits


def _on_subject(question: PreparedQuestion, reading: Reading) -> tuple[float, list[str]]:
    """The rarity-weighted share of the answer's distinct content words that are of its
    subject: the question's words or the key points'; and those words, the rarest first.
    For a story the model story only names the subject here; its words earn no other part.
    Nor is a story's word said to be little (see ``_little``): "we migrated it with zero
    downtime" tells no outage; but a thing denied is ("with no tested rollback")."""
    subject = question.subject
    weights: dict[str, float] = {}
    said: dict[str, float] = {}  # the words as typed that are of the subject -> their weight
    untold: set[str] = set()  # the subject's stems of words said to be little
    words = reading.words
    for at, word in enumerate(words):
        if word.content:
            weights.update(zip(word.stems, word.weights, strict=True))
            if subject.isdisjoint(word.stems):
                continue
            if _little(question, words, at):
                untold.update(word.stems)
            else:
                said[word.surface] = max(word.weights)
    if untold:  # ... unless said elsewhere too
        subject = subject - (
            untold - {s for word in words if word.surface in said for s in word.stems}
        )
    total = sum(weights.values(), 0.0)
    on = sum((weight for found, weight in weights.items() if found in subject), 0.0)
    return (on / total if total else 0.0), sorted(said, key=said.__getitem__, reverse=True)


def _meets(
    question: PreparedQuestion, words: Sequence[Word], at: int, asked: frozenset[str]
) -> frozenset[str]:
    """The question's stems the answer's word at ``at`` says: the same word in any form, or,
    in a story, another word of its theme ("colleague" for "team member", see ``themes``),
    but none spelt as a word any story says (``themes.COMMON``: "response" of "responsible")
    nor said to be little ("low-risk"); a verb the question says with a particle only with
    that particle in the word ("pushback") or in the PARTICLE_REACH words after it ("pushed
    the launch back", see ``themes.phrasal``)."""
    word, themes, phrasal = words[at], question.themes, question.phrasal
    if question.story and word.lower in COMMON_WORDS:
        return frozenset()  # "response sizes" of "an incident you were responsible for"
    if _little(question, words, at) or (question.story and _denied(words, at)):
        return frozenset()  # "we've had no expiry incidents since" tells no incident
    met: set[str] = set()
    for found in word.stems:
        met.update(themes.get(found, ()))
        same = _asked_stem(found, asked)
        particle = phrasal.get(same)
        if same and (particle is None or _with_particle(words, at, particle)):
            met.add(same)
    return frozenset(met)


def _little(question: PreparedQuestion, words: Sequence[Word], at: int) -> bool:
    """Whether a story's word at ``at`` is said to be little, so that it tells no subject: "a
    low-risk service", "with zero downtime" tell no risk, no outage."""
    return question.story and at > 0 and words[at - 1].lower in LITTLE


def _denied(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is denied, just after a negation or one word after it ("no
    incidents", "no expiry incidents"), or after "a single" or "any" ("without a single
    billing incident"): what did not happen is no subject."""
    modified = at and words[at - 1].content and words[at - 1].lower not in COUNTED_NONE
    first = at - 1 if modified else at  # "billing" of "billing incident"
    counted = first
    while counted > 0 and words[counted - 1].lower in COUNTED_NONE:
        counted -= 1  # "a single", "any"; not "a" alone: "options, not a veto" tells of one
    if any(word.lower in NONE_AT_ALL for word in words[counted:first]):
        first = counted
    return first > 0 and words[first - 1].negator


def _with_particle(words: Sequence[Word], at: int, particle: str) -> bool:
    """Whether the word at ``at`` goes with ``particle``: within it ("pushback"), or in the
    PARTICLE_REACH words after it ("pushed the launch back")."""
    following = words[at + 1 : at + 1 + PARTICLE_REACH]
    return particle in words[at].lower or any(word.lower == particle for word in following)


def _asked_stem(found: str, asked: frozenset[str]) -> str:
    """The question's stem the answer's stem says, also in another form of the word
    ("risk" for "risky", whose stem is "riski"), or within a longer word ("pushback" for "push
    back"); "" for none, and for a part of the question's own longer word ("hand" of
    "handoff")."""
    if found in asked:
        return found
    if len(found) < SAME_WORD_FROM:
        return ""
    return next((a for a in asked if _form_of(found, a)), "")


def _form_of(found: str, own: str) -> bool:
    """Whether the stem ``found`` is another form of the question's stem ``own``: it opens
    with it ("riski", "pushback" of "push"), or it opens ``own`` and lacks only an ending."""
    if len(own) < SAME_WORD_FROM:
        return False
    if found.startswith(own):
        return True
    return own.startswith(found) and len(own) - len(found) <= FORM_ENDING
