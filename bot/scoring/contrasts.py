"""A key point's contrast said the other way round: "scope is decided by where a function is
called, not where it's written" against "Scope is decided by where a function is written in
the source, not where it is called".

A point contrasts what it says with what it sets against it: "A, not B" (the "not" opening a
clause), "A rather than B", "A instead of B"; each side is read as the CONTRAST_WORDS content
words nearest the marker, in its clause. An answer reverses the contrast when one of the
point's B terms, not denied, is followed within MARKER_REACH words, none of them an A term, by
a marker ("rather than", "instead of", "better than", or a "not" that neither denies a verb,
"the database isn't everything", nor adds, "not just"), and the words after the marker, up to
the end of their clause or a word that opens another thought ("but", "because"), say an A term
and no B term. Saying it the point's way round ("written, not called"), naming only one side,
or an A term on both sides ("sharding spreads keys, not the traffic to a single key") reverses
nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.scoring import clauses
from bot.scoring.text import Word, counts_nothing, is_denied, word_set

CONTRAST_WORDS = 3  # content words read on each side of a point's contrast
MARKER_REACH = 3  # words after an answer's term within which its contrast marker may open
PAIRED_MARKERS = frozenset({("rather", "than"), ("instead", "of")})
# in an answer, also what it prefers to what: "building SQL by string is better than ..."
PREFERRING = frozenset({("better", "than")})
NOT = "not"
# before "not", words that make it deny a verb ("is not", "doesn't"), no contrast
AUXILIARIES = word_set(
    "is are was were be been am do does did has have had will would shall should can could may "
    "might must"
)
# after "not", words that add rather than contrast: "everything, not just the database"
ADDING = word_set("just only merely simply")
# before a marker, with a doing, what a thing keeps doing set against what it does not: "the
# heap keeps growing instead of returning to a baseline" describes a leak, and advises nothing
KEEPS_DOING = word_set("keep keeps kept keeping continue continues continued stay stays")
ONE = word_set("one ones")  # with no thing after it, a word for a thing named before it
SIDE_ENDS = word_set("but and so because which while whereas")  # another thought opens


@dataclass(frozen=True, slots=True)
class Contrast:
    """What a point says and what it sets against it, as stems, and as the point says both."""

    preferred: frozenset[str]  # "function", "written", "sourc"
    over: frozenset[str]  # "call"
    said: str  # as the point says each: "function is written in the source"
    said_over: str  # "where it is called"


def point_contrasts(words: Sequence[Word], clause_starts: Sequence[int]) -> tuple[Contrast, ...]:
    """The contrasts a point (``words``, with its ``clause_starts``) draws."""
    found = []
    for index in range(1, len(words)):
        width = _point_marker(words, index, clause_starts)
        if not width:
            continue
        first, _ = clauses.bounds(clause_starts, index - 1, len(words))
        before = [at for at in range(first, index) if words[at].content][-CONTRAST_WORDS:]
        side = len(_side(words, index + width, clause_starts))
        after = [at for at in range(index + width, index + width + side) if words[at].content]
        after = after[:CONTRAST_WORDS]
        preferred, over = _stems(words, before), _stems(words, after)
        if before and after and preferred - over and over - preferred:
            said, said_over = _quote(words, before), _quote(words, after)
            found.append(Contrast(preferred - over, over - preferred, said, said_over))
    return tuple(found)


def set_against(contrasts: Sequence[Contrast]) -> frozenset[str]:
    """What the ``contrasts`` set against what their point says: "call" of "written, not where
    it is called"."""
    return frozenset(found for contrast in contrasts for found in contrast.over)


def reversal(
    contrasts: Sequence[Contrast],
    words: Sequence[Word],
    stems: Sequence[str],
    index: int,
    clause_starts: Sequence[int],
) -> str:
    """Why the answer's term at ``index`` reverses one of the point's ``contrasts``, or ""."""
    setting_against = [contrast for contrast in contrasts if stems[index] in contrast.over]
    if not setting_against or is_denied(words, index):
        return ""
    opens = _answer_marker(words, index)
    side = _side_stems(_side(words, opens, clause_starts)) if opens else []
    # what the term's own side says before the marker: "sharding spreads keys, not the
    # traffic to a single key" sets one thing of keys against another, and reverses nothing
    own_side = {word.first for word in words[index + 1 : opens]}
    for contrast in setting_against:
        if not contrast.over.isdisjoint(side) or not contrast.preferred.isdisjoint(own_side):
            continue
        said = next((at for at, stem in enumerate(side) if stem in contrast.preferred), -1)
        if said >= 0:
            quoted = " ".join(word.surface for word in words[index : opens + said + 1])
            return (
                f"You said “{quoted}”; the key point says “{contrast.said}”, "
                f"not “{contrast.said_over}”."
            )
    return ""


def _point_marker(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> int:
    """How many words the point's contrast marker opening at ``index`` takes: "rather than"
    and "instead of" two, a "not" opening a clause one ("written, not where it is called"),
    none elsewhere."""
    if keeps_doing(words, index):
        return 0
    if _paired(words, index):
        return 2
    return int(_contrasting_not(words, index) and index in clause_starts)


def _answer_marker(words: Sequence[Word], index: int) -> int:
    """Where the words after the contrast marker that follows the answer's term at ``index``
    begin, or 0 when none follows within MARKER_REACH words."""
    for at in range(index + 1, min(len(words), index + 1 + MARKER_REACH)):
        if keeps_doing(words, at):
            return 0
        if _paired(words, at) or _paired(words, at, PREFERRING):
            return at + 2
        if _contrasting_not(words, at) and words[at - 1].lower not in AUXILIARIES:
            return at + 1
    return 0


def _contrasting_not(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` is a "not" as typed (not "isn't") that does not add ("not
    just")."""
    following = words[index + 1].lower if index + 1 < len(words) else ""
    return words[index].surface.lower() == NOT and following not in ADDING


def keeps_doing(words: Sequence[Word], index: int) -> bool:
    """Whether the marker at ``index`` follows what a thing keeps doing: "keeps growing"."""
    return (
        index > 1
        and words[index - 1].lower.endswith("ing")
        and words[index - 2].lower in KEEPS_DOING
    )


def _paired(
    words: Sequence[Word], index: int, markers: frozenset[tuple[str, str]] = PAIRED_MARKERS
) -> bool:
    pair = (words[index].lower, words[index + 1].lower) if index + 1 < len(words) else None
    return pair in markers


def _side(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> Sequence[Word]:
    """The words from ``start`` to the end of their clause or the word that opens another
    thought."""
    if start >= len(words):
        return ()
    _, past = clauses.bounds(clause_starts, start, len(words))
    end = next((at for at in range(start, past) if words[at].lower in SIDE_ENDS), past)
    return words[start:end]


def _side_stems(side: Sequence[Word]) -> list[str]:
    """The first stem of each word on the answer's side of its marker, "" for a "one" that
    stands for a thing named before it ("a data-shape problem, not a capacity one"), which
    is not the number a point may say ("one key")."""
    return [
        "" if word.lower in ONE and counts_nothing(side, at) else word.first
        for at, word in enumerate(side)
    ]


def _quote(words: Sequence[Word], indexes: Sequence[int]) -> str:
    return " ".join(word.surface for word in words[indexes[0] : indexes[-1] + 1])


def _stems(words: Sequence[Word], indexes: Sequence[int]) -> frozenset[str]:
    return frozenset(words[at].first for at in indexes)
