"""Words of a text as the scorer sees them: tokens, glossary expansion, stop words, stems.

Every word keeps the surface form the person typed, so feedback can quote them. A word
becomes zero or more *stems* (Snowball English, after the glossary and a British-to-American
spelling fold) and counts as a *function word* or not, for telling sentences from keyword lists.
:func:`split_reference` turns a model answer written as text into key points.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from bot.answer_block import is_follow_up, is_generic

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
CLITIC = re.compile(r"['’](?:s|re|ll|ve|d|m)$")
BRITISH = re.compile(r"(?<=\w{3})([iy])s(e|es|ed|er|ers|ing|ation|ations)$")
WORD_CACHE_SIZE = 1 << 16
FENCE = re.compile(r"^\s*(```|~~~)")
BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(?P<text>.*)$")
LABEL = re.compile(r"^\*\*(?P<label>[^*]+?)\*\*\s*:?\s*(?P<rest>.*)$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
MARKUP = re.compile(r"`+|\*\*|__")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Grammatical words: no meaning on their own in an answer. Dropped before measuring
# coverage, and counted to tell written sentences from a bare list of keywords.
GRAMMAR_WORDS = _words(
    """
    a an the this that these those such
    is are was were be been being am do does did doing done has have had having
    will would shall should can could may might must
    i me my mine myself we us our ours you your yours he him his she her hers it its itself
    they them their theirs themselves im ive id
    of to for with by at on from into onto about via per as
    and or but so if then than because though although also too very just really
    basically actually maybe probably etc eg ie e g like well
    which who whom whose what when where why how there here
    """
)

# Grammatical words that do carry meaning in a technical answer, so they are kept for
# coverage: negations, quantifiers, order and direction.
MEANINGFUL_GRAMMAR_WORDS = _words(
    """
    no not never none nothing nor all each every any some only more most less least few many
    much before after in out up down over under above below off without within between during
    """
)

# How a model answer phrases an instruction ("Use X", "Implement Y"): no meaning of its own.
INSTRUCTION_VERBS = _words("use uses used using implement implements implemented implementing")

STOP_WORDS = GRAMMAR_WORDS | INSTRUCTION_VERBS  # dropped before measuring coverage
FUNCTION_WORDS = GRAMMAR_WORDS | MEANINGFUL_GRAMMAR_WORDS  # counted against keyword lists

NEGATIONS = _words(
    """
    dont doesnt didnt isnt arent wasnt werent cant wont shouldnt couldnt wouldnt havent hasnt
    hadnt aint mustnt neednt
    """
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word as typed, the stems it stands for, and whether it is a function word."""

    surface: str
    stems: tuple[str, ...]
    function: bool


_local = threading.local()


@lru_cache(maxsize=WORD_CACHE_SIZE)
def stem(word: str) -> str:
    """The Snowball English stem of a lowercase word, British ``-ise`` spelt ``-ize``."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
    return str(stemmer.stemWord(BRITISH.sub(r"\1z\2", word)))


def lower_words(text: str) -> list[str]:
    return [plain(token) for token in WORD.findall(text.lower())]


def plain(token: str) -> str:
    """``don't``/``dont`` -> ``not``; ``user's`` -> ``user``; other words unchanged."""
    if token in NEGATIONS or token.endswith(("n't", "n’t")):
        return "not"
    return CLITIC.sub("", token)


class Normalizer:
    """Turns text into :class:`Word` values using one glossary; cached per word."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self._expansions = {
            key: tuple(lower_words(value)) for key, value in glossary.items() if _is_word(key)
        }
        self._analyse = lru_cache(maxsize=WORD_CACHE_SIZE)(self._analyse_uncached)

    def words(self, text: str) -> list[Word]:
        return [self._analyse(token) for token in WORD.findall(text)]

    def _analyse_uncached(self, token: str) -> Word:
        word = plain(token.lower())
        expanded = self._expand(word)
        stems = tuple(stem(part) for part in expanded if part not in STOP_WORDS)
        function = all(part in FUNCTION_WORDS for part in expanded)
        return Word(surface=token, stems=stems, function=function)

    def _expand(self, word: str) -> tuple[str, ...]:
        """The glossary's words for ``word`` (``dbs`` as ``db``), else the word itself."""
        found = self._expansions.get(word)
        if found is None and word.endswith("s"):
            found = self._expansions.get(word[:-1])
        return found or (word,)


def _is_word(key: str) -> bool:
    """Glossary keys are single words; a key of several words is never looked up."""
    return WORD.fullmatch(key) is not None


def split_reference(reference: str) -> list[str]:
    """A model answer as text -> key points.

    Each bullet (``-``, ``*``, ``1.``) is one point, and each sentence of prose. A bold label
    is dropped when generic (``**Example**:``) and kept as ``Label: text`` when specific; a
    label with no text of its own only groups its children. Headings, code blocks and
    ``**Follow-up Points**`` (with their children) are left out. A line of prose continues
    the one before when that one has no closing punctuation and this one starts in lower case.
    """
    points: list[str] = []
    for bullet, text in _blocks(reference):
        points.extend(_labelled(text) if bullet else _sentences(text))
    return [point for point in points if point]


def _blocks(reference: str) -> Iterator[tuple[bool, str]]:
    """(is a bullet, text) per bullet or piece of prose, wrapped lines joined."""
    bullet = False
    parts: list[str] = []
    for starts, text in _lines(reference):
        if parts and (starts or not text or _starts_prose(parts[-1], text, bullet)):
            yield bullet, " ".join(parts)
            parts = []
        if text:
            bullet = starts if not parts else bullet
            parts.append(text)
    if parts:
        yield bullet, " ".join(parts)


def _starts_prose(previous: str, text: str, bullet: bool) -> bool:
    return not bullet and (previous.endswith((".", "!", "?", ":")) or not text[:1].islower())


def _lines(reference: str) -> Iterator[tuple[bool, str]]:
    """(starts a bullet, text); "" separates blocks; code, headings, follow-ups left out."""
    in_code, follow_up_indent = False, -1
    for line in reference.splitlines():
        bullet = BULLET.match(line)
        text = (bullet["text"] if bullet else line).strip()
        fence = FENCE.match(line) is not None
        in_code = in_code != fence
        if in_code or fence or not text or (bullet is None and text.startswith("#")):
            yield False, ""
            continue
        indent = len(line) - len(line.lstrip())
        if 0 <= follow_up_indent < indent:
            continue
        follow_up_indent = indent if _is_follow_up(text) else -1
        if follow_up_indent < 0:
            yield bullet is not None or LABEL.match(text) is not None, text


def _is_follow_up(text: str) -> bool:
    label = LABEL.match(text)
    return label is not None and is_follow_up(label["label"])


def _labelled(text: str) -> list[str]:
    match = LABEL.match(text)
    if match is None:
        return [_plain(text)]
    label, rest = match["label"].strip().rstrip(":"), _plain(match["rest"])
    if not rest:
        return []
    return [rest if is_generic(label) else f"{_plain(label)}: {rest}"]


def _sentences(text: str) -> list[str]:
    return SENTENCE_END.split(_plain(text))


def _plain(text: str) -> str:
    return " ".join(MARKUP.sub("", text).split())
