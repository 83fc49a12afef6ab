"""An answer read against a prepared question: which key-point stems it says, where and how.

The answer is cut into *fragments* at commas, semicolons, bullets and line ends, and into
sentences at their ends. Each word's stems are resolved against the question's vocabulary: a
compound meets its split form ("rollback" / "roll back"), and a misspelt word meets the stem
it was meant to be (its stem near that stem, or the word as typed near the point's word as
spelt: "refrence" / "reference"), but only when the word is not itself a common English word
("several" is never "servers").
A stem is *denied* when a negation stands just before it ("not", "no need to").

Terms may also be *strung* together in a fragment with nothing that relates them ("cache TTL
stampede lock Redis miss"): written English relates its terms with "of", "the", "to", "is"
every few words. Strings are looked for on demand (``strung``): few answers need it.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.scoring import rarity
from bot.scoring.text import (
    DECLINED,
    HEDGES,
    PAST_TO_PLAIN,
    RARELY,
    WONT,
    WORD,
    Normalizer,
    Word,
    clean,
    joined_stems,
    of_no_use,
    tokens,
)
from bot.scoring.verdict import opening
from bot.scoring.vocabulary import TYPO_MIN_LENGTH, PreparedQuestion

# A separator: a sentence's end (with the quote it closes: 'is this process wedged?"'), a
# comma or the like (not a colon glued to the letters after it: "deploy :latest"), a line end,
# a dash between spaces. Each
# opens with a character from one short set, so the engine skips plain characters quickly; a
# dash's space before it stays with the words before, where it changes nothing.
SEPARATOR = re.compile(
    r"((?:[.!?,;•|()\n\-–—]|:(?![^\W\d_]))"
    r"(?:(?<=[.!?])[.!?]*[\"”’]?(?=\s|$)|(?<=[,;:•|()\n])[,;:•|()\n]*|(?<=\s[-–—])\s))"
)
# The characters a separator opens with: an answer with none of them, as chat answers often
# are, is one fragment, found without the pattern (each looked for quickly, in C).
SEPARATOR_OPENERS = ".,\n;:!?()|-•–—"
SENTENCE_END = re.compile(r"[.!?\n]")
NO_ASIDES: frozenset[int] = frozenset()
# words a full stop abbreviates, after which a sentence goes on: "e.g. a threading.Lock"
ABBREVIATED = frozenset({"e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "esp", "E.g", "I.e"})
GRAMMAR = operator.attrgetter("grammar")
RESOLUTIONS_KEPT = 1 << 14  # words whose resolution a question remembers
# A fragment of at most this many words, none grammatical, is a list item, when the answer
# has other fragments: alone ("Celsius.", "Consistent hashing") it is a terse answer.
LIST_ITEM_WORDS = 3
STRING_WORDS = 7  # this many words in a row, none relating them, are a list without commas
RELATES = operator.attrgetter("relates")
UNRELATED_RUN = re.compile(b"\0{%d,}" % STRING_WORDS)  # in a fragment's bytes of ``relates``

# A key-point stem the answer says: (stem, the word as typed, its word index in the answer,
# its sentence, whether it sits in a bare list item rather than in a sentence). A plain tuple,
# read by unpacking: an answer has dozens of them.
Hit = tuple[str, str, int, int, bool]


class Reading(NamedTuple):
    """An answer as read; a named tuple, as it is built anew for every answer: a frozen
    dataclass would set each field through ``object.__setattr__``, several times slower."""

    hits: tuple[Hit, ...]  # every key-point stem the answer says, in answer order
    listed_hits: int  # how many of them sit in bare list items
    words: tuple[Word, ...]
    sentences: tuple[tuple[Word, ...], ...]
    sentence_ends: tuple[int, ...]  # the index past each sentence's last word, in order
    stems: tuple[str, ...]  # each word's first stem, "" for a word with none
    places: Mapping[str, list[int]]  # where the stems that may start a contradiction stand
    # (a point's plain terms only when the answer has a word that waves advice away)
    content_words: int  # words with a meaning of their own
    broken_articles: int  # articles and possessives followed by a grammatical word ("the of",
    # "their with"), "a" or "an" before a word it disagrees with ("an database"), articles
    # capitalised inside a sentence ("load The") or ending a fragment ("slow the."), and
    # other neighbours written English never puts together ("and or and", see ``_broken_pairs``)
    articles: int  # articles and possessives that open a noun phrase
    long_fragments: tuple[tuple[int, int, str], ...]  # (first word's index, the index past
    # its last word, text) of each fragment long enough to string terms together
    clause_starts: tuple[int, ...]  # indexes of the words that open a fragment, in order
    verdict: str  # the "Yes", "No" or option letter it opens with, as typed, when the model
    # answer opens with a verdict too (see ``verdict``); "" otherwise
    asides: frozenset[int]  # indexes of the words said in brackets, an aside to what is
    # said before them ("at-most-once (never retry, might lose it)"); usually none


# the first letters of lowercase words "an" goes before: vowels, and letters whose names open
# with one when the word is spelt out ("an svg", "an nginx") or whose "h" is silent ("an hour")
BEFORE_AN = frozenset("aeioufhlmnrsx")
BEFORE_AN_ONLY = frozenset("aeio")  # ... and those "a" never goes before, "u" aside ("a user")
LIKE_YOU = ("one", "once", "eu")  # vowels said as a consonant: "a one-off", "a eulogy"
OPENING_ARTICLES = frozenset({"The", "An"})  # capitalised only where a sentence opens
COORDINATORS = frozenset({"and", "or", "but", "nor"})
# prepositions written English never doubles ("with with") nor puts before "of" ("for of")
PREPOSITIONS = frozenset({"to", "for", "in", "on", "with", "by", "at", "from", "into", "onto"})
JOINING = COORDINATORS | PREPOSITIONS


def read(answer: str, question: PreparedQuestion, normalizer: Normalizer) -> Reading:
    hits: list[Hit] = []
    words: list[Word] = []
    sentences: list[tuple[Word, ...]] = []
    sentence_ends: list[int] = []
    starts = listed_hits = 0  # where the sentence being read starts; hits in list items
    long_fragments: list[tuple[int, int, str]] = []
    clause_starts: list[int] = []
    asides: list[int] = []
    brackets = 0  # brackets open where the fragment being read stands
    # "The" or "An" inside a fragment, a sentence's first word shuffled in, or an article
    # ending one ("has slow the."): no sentence puts either there
    misplaced = 0
    text = clean(answer)
    parts, word_of = _fragments(text), normalizer.word
    for index in range(0, len(parts), 2):
        found = list(map(word_of, tokens(parts[index])))
        if found:
            listed = len(found) <= LIST_ITEM_WORDS and not any(map(GRAMMAR, found))
            said = len(hits)
            _collect(found, len(words), len(sentences), listed, question, hits)
            listed_hits += (len(hits) - said) * listed
            if len(found) >= STRING_WORDS:
                long_fragments.append((len(words), len(words) + len(found), parts[index]))
            clause_starts.append(len(words))
            if brackets:
                asides += range(len(words), len(words) + len(found))
            misplaced += sum(1 for word in found[1:] if word.surface in OPENING_ARTICLES)
            misplaced += found[-1].counted_article + _broken_pairs(found)
            words += found
        ends = index + 1 == len(parts) or _ends_sentence(parts, index + 1)
        # a sentence's end closes any bracket left open; else a separator follows
        brackets = 0 if ends else _brackets_open(brackets, parts[index + 1])
        if ends and len(words) > starts:
            sentences.append(tuple(words[starts:]))
            starts = len(words)
            sentence_ends.append(starts)
    tally = _tally(words)
    triggers = question.triggers if tally.waves_away else question.sharp_triggers
    stems = _as_meant(tally.stems, hits, triggers, words, question.compounds)
    return Reading(
        hits=tuple(hits),
        listed_hits=listed_hits if len(clause_starts) > 1 else 0,  # one item is no list
        words=tuple(words),
        sentences=tuple(sentences),
        sentence_ends=tuple(sentence_ends),
        stems=stems,
        places=_places(stems, triggers),
        content_words=tally.content_words,
        broken_articles=tally.broken_articles + misplaced,
        articles=tally.articles,
        long_fragments=tuple(long_fragments),
        clause_starts=tuple(clause_starts),
        verdict=opening(text) if question.verdict else "",
        asides=frozenset(asides) if asides else NO_ASIDES,
    )


def _ends_sentence(parts: Sequence[str], at: int) -> bool:
    """Whether the separator ``parts[at]`` ends a sentence: a full stop, not the one of an
    abbreviation that a lowercase word goes on from ("in a lock, e.g. a threading.Lock")."""
    if SENTENCE_END.search(parts[at]) is None:
        return False
    if parts[at] != "." or at + 1 >= len(parts):
        return True
    if not parts[at + 1].lstrip()[:1].islower():
        return True
    last = parts[at - 1].rsplit(None, 1)
    return not last or last[-1] not in ABBREVIATED


def _brackets_open(before: int, separator: str) -> int:
    """How many brackets stand open after ``separator``, ``before`` open before it."""
    return max(0, before + separator.count("(") - separator.count(")"))


def _broken_pairs(found: Sequence[Word]) -> int:
    """Neighbouring words of one fragment that written English never puts together, as
    words shuffled out of their sentences do: two conjunctions ("and or and"; not "and/or"),
    a preposition doubled ("with with") or before "of" ("for of"), or a grammatical word
    capitalised after a lowercase one, a sentence's opening shuffled in ("hooks In values";
    an article is counted wherever it stands, see ``read``)."""
    broken = 0
    for before, word in itertools.pairwise(found):
        if word.opens_sentence:
            broken += before.surface[:1].islower()
        first = before.lower
        if first not in JOINING:
            continue  # most words, decided at once
        second = word.lower
        if first in COORDINATORS:
            broken += second in COORDINATORS and (first, second) != ("and", "or")
        else:
            broken += second in (first, "of")
    return broken


def _fragments(text: str) -> list[str]:
    """``SEPARATOR.split(text)``: the fragments, each followed by its separator."""
    for opener in SEPARATOR_OPENERS:
        if opener in text:
            return SEPARATOR.split(text)
    return [text]


def strung(reading: Reading) -> frozenset[int]:
    """Where the answer strings STRING_WORDS or more plain words together with nothing
    between them that relates them: no function word, no relating word, no symbol ("->",
    "+", "/"). The indexes of those words; usually none, which is found quickly."""
    found: set[int] = set()
    for first, past, text in reading.long_fragments:
        words = reading.words[first:past]
        runs = list(UNRELATED_RUN.finditer(bytes(map(RELATES, words))))
        if not runs:
            continue
        if text.replace(" ", "").isalnum():  # no symbol: the words' runs are the strings
            found.update(first + index for run in runs for index in range(*run.span()))
        else:
            found.update(first + index for index in _strung_between_symbols(text, words))
    return frozenset(found)


class _Tally(NamedTuple):
    stems: tuple[str, ...]  # each word's first stem, "" for a word with none
    content_words: int
    articles: int
    broken_articles: int
    waves_away: bool  # some words wave advice away ("no need to", "optional", "never retry")


def sentence_bounds(reading: Reading, sentence: int) -> tuple[int, int]:
    """Where the sentence numbered ``sentence`` opens and ends in the answer's words."""
    ends = reading.sentence_ends
    return (ends[sentence - 1] if sentence else 0), ends[sentence]


def _tally(words: Sequence[Word]) -> _Tally:
    """What the answer's words add up to, counted in one pass over flags each word holds."""
    stems: list[str] = []
    content_words = articles = broken_articles = 0
    waves_away = refused = False
    article = ""  # the article or possessive just before the word, if counted: "the", "our";
    # not "A and C", node A
    before = ""  # the word before, lowercase
    for word in words:
        stems.append(word.first)
        if word.content:
            content_words += 1
        if article and (word.breaks_article or _disagrees(article, word.surface)):
            broken_articles += 1  # "the of", "an database"; not "the IS team"
        article = word.lower if word.counted_article else ""
        if article:
            articles += 1
        # "wouldn't add", "never retry", "decided not to declare": a refusal
        if (
            word.waves_away
            or (refused and (word.content or word.lower in DECLINED))
            or of_no_use(before, word.lower)
        ):
            waves_away = True
        before = word.lower
        refused = (
            (word.negator and word.surface.lower() in WONT)
            or word.lower in RARELY  # "I rarely use"
            or (refused and (word.lower == "to" or word.lower in HEDGES))  # "don't really use"
        )
    return _Tally(tuple(stems), content_words, articles, broken_articles, waves_away)


def _disagrees(article: str, following: str) -> bool:
    """Whether "a" or "an" disagrees with the lowercase word after it, as words shuffled out of
    their sentences do ("an database", "a index"); not before a letter's name ("an svg", "an
    nginx"), nor "a unique", "a one-off", "an hour"."""
    first = following[:1]
    if not first.islower():
        return False  # "an SLO", "a 5xx": read as spelt, not decided here
    if article == "an":
        return first not in BEFORE_AN
    return article == "a" and first in BEFORE_AN_ONLY and not following.startswith(LIKE_YOU)


def _strung_between_symbols(text: str, words: Sequence[Word]) -> list[int]:
    """Where a fragment with symbols strings its words: a symbol relates the words on either
    side. A piece of the fragment (split at spaces) with a symbol may hold several words or
    none."""
    strung: list[int] = []
    start = offset = 0
    for piece in text.split():
        plain = piece.isalnum()
        size = 1 if plain else len(WORD.findall(piece))
        if not plain or words[offset].relates:
            if offset - start >= STRING_WORDS:
                strung += range(start, offset)
            start = offset + size
        offset += size
    if offset - start >= STRING_WORDS:
        strung += range(start, offset)
    return strung


def _as_meant(
    stems: tuple[str, ...],
    hits: Sequence[Hit],
    wanted: frozenset[str],
    words: Sequence[Word],
    compounds: Mapping[str, tuple[str, ...]],
) -> tuple[str, ...]:
    """Each word's first stem, but a point's compound the answer splits in two ("roll back"
    for "rollback") stands at its first word, so that what is said of it is read: "I never
    roll back"; and a point's word misspelt stands as that word: "I don't keep tokens in
    localStoage" keeps tokens out of localStorage."""
    meant = [
        (found, position)
        for found, surface, position, _, _ in hits
        if found != stems[position]
        and (found in wanted if " " in surface else _misspelt(words[position], compounds))
    ]
    if not meant:  # the usual case
        return stems
    read_as = list(stems)
    for found, position in meant:
        read_as[position] = found
    return tuple(read_as)


def _misspelt(word: Word, compounds: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a word that says another point stem than its own misspells it: one of a single
    stem ("localStoage"), not an abbreviation of several ("LCP") nor a compound the point
    says in two words ("rollback" of "roll back")."""
    return len(word.stems) == 1 and word.first not in compounds


def _places(stems: Sequence[str], wanted: frozenset[str]) -> dict[str, list[int]]:
    places: dict[str, list[int]] = {}
    if wanted.isdisjoint(stems):  # the usual case: nothing could start a contradiction
        return places
    for index, found in enumerate(stems):
        if found in wanted:
            places.setdefault(found, []).append(index)
    return places


def _collect(
    words: list[Word],
    base: int,
    sentence: int,
    listed: bool,
    question: PreparedQuestion,
    hits: list[Hit],
) -> None:
    """Adds a hit for each key-point stem the fragment's ``words`` say."""
    resolutions, halves, last, skip_next = (
        question.resolutions,
        question.halves,
        len(words) - 1,
        False,
    )
    for offset, word in enumerate(words):
        if skip_next:  # the second half of a split word, read with the first
            skip_next = False
            continue
        if not word.stems:
            continue
        surface, said = word.surface, None
        lower = word.lower  # below, two lookups without a call: quicker than ``halves.get``
        if lower not in halves:
            lower = word.stems[0]  # "rolling back", "rolled back" of "rollback"
            if lower not in halves:
                lower = PAST_TO_PLAIN.get(word.lower, lower)  # "fell back" of "fallback"
        if offset < last and lower in halves and words[offset + 1].lower in halves[lower]:
            joined = _joined(word, words[offset + 1], question)
            if joined:
                surface, said, skip_next = f"{surface} {words[offset + 1].surface}", joined, True
        if said is None:
            said = resolutions.get(surface)
            if said is None:
                said = _remember(word, question)
        for found in said:
            hits.append((found, surface, base + offset, sentence, listed))


def _remember(word: Word, question: PreparedQuestion) -> tuple[str, ...]:
    """The key-point stems ``word`` stands for, remembered for the next answer."""
    if len(question.resolutions) >= RESOLUTIONS_KEPT:
        question.resolutions.clear()
    stems = word.stems
    said = (  # most words have one stem: no generator for them
        _resolve(stems[0], word, question)
        if len(stems) == 1
        else tuple(meant for found in stems for meant in _resolve(found, word, question))
    )
    question.resolutions[word.surface] = said
    return said


def _joined(first: Word, second: Word, question: PreparedQuestion) -> tuple[str, ...]:
    """The key-point stems of a split compound: "roll back" for a point's "rollback", and
    "rolling back" too, by the first word's stem."""
    if not second.stems or first.function or second.function:
        return ()
    for joined in joined_stems(first, second):
        if joined in question.vocabulary and joined not in first.stems:
            compound = question.compounds.get(joined, (joined,))
            # and the halves a point says apart: "the team rolls back" of an example
            apart = (first.stems[0], second.stems[0])
            return compound + tuple(
                half for half in apart if half in question.vocabulary and half not in compound
            )
    return ()


def _resolve(found: str, word: Word, question: PreparedQuestion) -> tuple[str, ...]:
    compound = question.compounds.get(found)
    if compound is not None:
        return compound
    if len(found) < TYPO_MIN_LENGTH or rarity.is_common(word.lower):
        return ()
    meant = _nearest(found, question.by_initial.get(found[0], ()))
    if meant is not None:
        return (meant,)
    if word.lower == found:  # stemming changed nothing: no spelling to compare
        return ()
    spelt = _nearest(word.lower, question.spelt_by_initial.get(found[0], ()))
    return () if spelt is None else (question.spelt[spelt],)


def typo_of(word: Word, candidates: Iterable[str]) -> str | None:
    """The candidate ``word`` is a typo of ("ledaer" for "leader"), judged as a key point's
    words are: only a word of TYPO_MIN_LENGTH letters or more that is not a common one."""
    lower = word.lower
    if len(lower) < TYPO_MIN_LENGTH or rarity.is_common(lower):
        return None
    return _nearest(lower, tuple(sorted(c for c in candidates if c[:1] == lower[:1])))


@lru_cache(maxsize=1 << 16)
def _nearest(found: str, candidates: tuple[str, ...]) -> str | None:
    """The candidate within 1 edit (2 for words of 8+ letters) of ``found``, if any; swapping
    two neighbouring letters ("idnex") is one edit.

    Candidates share the first letter of ``found``: people rarely mistype a word's first letter.
    """
    if not candidates:  # nothing to compare: quicker than rapidfuzz finding so
        return None
    limit = 1 if len(found) < 8 else 2
    best = process.extractOne(found, candidates, scorer=OSA.distance, score_cutoff=limit)
    return None if best is None else str(best[0])
