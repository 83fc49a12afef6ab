"""Disputed scores, accepted phrasings and flagged questions: the records, the writes that
make them, a person's self-corrected scores, and the in-memory store of them.

A dispute says "my answer made that key point". It corrects the person's own score at once
(the stored answer keeps its original score, which leaderboards count) and, in a server,
waits for an admin: accepting it adds the person's wording as a phrasing of the point that
the scorer credits for everyone in that server.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.errors import UserError
from bot.feedback import SELF_CORRECTED, counted
from bot.questions import Question
from bot.records import AnswerRecord
from bot.scoring.model import PointScore
from bot.types import DISPUTE_BUTTON, FLAG_BUTTON, Button, Status

OPEN, ACCEPTED, REJECTED, SELF_ONLY = "open", "accepted", "rejected", "self"
FLAG_KINDS = ("wrong", "unclear", "outdated")
MAX_SENTENCE_CHARS = 300
MIN_SENTENCE_LETTERS = 3
PER_DAY = 5  # disputes, and flags, one person may send in one place in a day
DAY = timedelta(days=1)
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")  # zero-width, bidi


@dataclass(frozen=True, slots=True)
class Dispute:
    """A person's claim that their answer made key point ``point`` (1-based, as the
    feedback numbers them) of ``question_id``; ``scope`` None in a DM (no admins)."""

    scope: str | None
    user_key: str
    name: str
    question_id: str
    answered_at: datetime  # when the disputed answer was given: which answer it is
    point: int
    point_text: str
    reason: str  # the person's sentence: how their answer said the point
    original: float
    corrected: float
    created_at: datetime
    status: str = OPEN
    id: int = 0  # given by the store


@dataclass(frozen=True, slots=True)
class Phrasing:
    """A wording of a key point that a server's admins accepted from a dispute."""

    scope: str
    question_id: str
    point: int
    text: str


@dataclass(frozen=True, slots=True)
class Flag:
    """A report that a question (or its model answer) is wrong, unclear or outdated."""

    scope: str | None
    user_key: str
    question_id: str
    kind: str
    text: str
    created_at: datetime
    id: int = 0


@dataclass(frozen=True, slots=True)
class FileDispute:
    dispute: Dispute


@dataclass(frozen=True, slots=True)
class ResolveDispute:
    """An admin's decision; accepting adds ``phrasing`` to the server's bank."""

    dispute_id: int
    status: str
    phrasing: Phrasing | None = None


@dataclass(frozen=True, slots=True)
class FileFlag:
    flag: Flag


ReviewWrite = FileDispute | ResolveDispute | FileFlag


def review_buttons(record: AnswerRecord | None) -> tuple[Button, ...]:
    """The buttons under feedback: "I was right" when a point was not covered, and a flag."""
    if record is not None and not all(point.covered for point in record.points):
        return (DISPUTE_BUTTON, FLAG_BUTTON)
    return (FLAG_BUTTON,)


def clean_sentence(text: str, *, what: str) -> str:
    """One line a person wrote, safe to show and store: no invisible or formatting
    characters, no code marks, spaces collapsed, at most ``MAX_SENTENCE_CHARS``."""
    normalized = INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    line = " ".join(normalized.replace("`", "'").split()).lstrip(">#*-_ ")
    if sum(character.isalpha() for character in line) < MIN_SENTENCE_LETTERS:
        raise UserError(f"Add {what} in a sentence, please.")
    if len(line) > MAX_SENTENCE_CHARS:
        line = line[: MAX_SENTENCE_CHARS - 1].rstrip() + "…"
    return line


def recent(items: Iterable[Dispute | Flag], scope: str | None, now: datetime) -> int:
    """How many of one person's disputes or flags were sent in ``scope`` in the last day."""
    return sum(1 for item in items if item.scope == scope and item.created_at > now - DAY)


def disputed(record: AnswerRecord, disputes: Iterable[Dispute]) -> list[Dispute]:
    """The disputes of one answer."""
    return [
        dispute
        for dispute in disputes
        if dispute.question_id == record.question_id and dispute.answered_at == record.created_at
    ]


def self_corrected(record: AnswerRecord, points: Iterable[int]) -> AnswerRecord:
    """The answer with the key points numbered ``points`` counted as covered, rescored."""
    numbers = set(points)
    corrected = tuple(
        _covered(point) if number in numbers else point
        for number, point in enumerate(record.points, start=1)
    )
    score = max(0.0, min(1.0, sum(point.contribution for point in corrected)))
    return replace(record, points=corrected, score=score)


def _covered(point: PointScore) -> PointScore:
    return replace(point, score=1.0, status=Status.COVERED, note=SELF_CORRECTED)


def corrected_answers(
    answers: Sequence[AnswerRecord], disputes: Iterable[Dispute]
) -> tuple[list[AnswerRecord], int]:
    """A person's answers as they see them, self-corrections applied, and how many were."""
    kept = list(disputes)
    shown, count = [], 0
    for record in answers:
        mine = disputed(record, kept)
        if mine:
            record = self_corrected(record, (dispute.point for dispute in mine))
            count += 1
        shown.append(record)
    return shown, count


def self_corrected_note(count: int) -> str:
    """The line under a person's stats when some of their scores are their own corrections."""
    if not count:
        return ""
    return (
        f"\n_{counted(count, 'answer')} self-corrected with `dispute`: counted here as you "
        "corrected them; leaderboards count the original scores._"
    )


def flags_by_question(found: Iterable[Flag]) -> dict[str, list[Flag]]:
    """Flags per question, the most flagged first."""
    grouped: dict[str, list[Flag]] = defaultdict(list)
    for item in found:
        grouped[item.question_id].append(item)
    return dict(sorted(grouped.items(), key=lambda entry: (-len(entry[1]), entry[0])))


def flags_document(
    grouped: Mapping[str, Sequence[Flag]], question_of: Callable[[str], Question | None]
) -> bytes:
    """The flags as the JSON file an admin or a guide's author gets: per question, its
    counts by kind and each flag's kind, sentence and time (never who sent it)."""
    questions = []
    for question_id, found in grouped.items():
        question = question_of(question_id)
        questions.append(
            {
                "question_id": question_id,
                "prompt": question.prompt if question else None,
                "counts": dict(Counter(item.kind for item in found)),
                "flags": [
                    {"kind": item.kind, "text": item.text, "at": item.created_at.isoformat()}
                    for item in found
                ],
            }
        )
    return json.dumps({"questions": questions}, indent=2, ensure_ascii=False).encode()


def wordings(phrasings: Iterable[Phrasing], question_id: str) -> dict[int, list[str]]:
    """The accepted phrasings of one question, by point number."""
    found: dict[int, list[str]] = {}
    for phrasing in phrasings:
        if phrasing.question_id == question_id:
            found.setdefault(phrasing.point, []).append(phrasing.text)
    return found


@dataclass
class MemoryReviews:
    """The review part of the in-memory store; its writes are applied under the store's lock."""

    dispute_log: list[Dispute] = field(default_factory=list)
    phrasing_log: list[Phrasing] = field(default_factory=list)
    flag_log: list[Flag] = field(default_factory=list)
    numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def disputes_in(self, scope: str) -> list[Dispute]:
        return [dispute for dispute in self.dispute_log if dispute.scope == scope]

    def disputes_of(self, user_key: str) -> list[Dispute]:
        return [dispute for dispute in self.dispute_log if dispute.user_key == user_key]

    def phrasings(self, scope: str) -> list[Phrasing]:
        return [phrasing for phrasing in self.phrasing_log if phrasing.scope == scope]

    def flags_in(self, scope: str) -> list[Flag]:
        return [flag for flag in self.flag_log if flag.scope == scope]

    def flags_of(self, user_key: str) -> list[Flag]:
        return [flag for flag in self.flag_log if flag.user_key == user_key]

    def flags_on(self, guide: str) -> list[Flag]:
        return [flag for flag in self.flag_log if flag.question_id.startswith(f"{guide}/")]

    def apply_review(self, write: ReviewWrite) -> None:
        match write:
            case FileDispute(dispute):
                self.dispute_log.append(replace(dispute, id=next(self.numbers)))
            case ResolveDispute(dispute_id, status, phrasing):
                self._resolve(dispute_id, status, phrasing)
            case FileFlag(flag):
                self.flag_log.append(replace(flag, id=next(self.numbers)))

    def _resolve(self, dispute_id: int, status: str, phrasing: Phrasing | None) -> None:
        """Only an open dispute is resolved: a second decision on it changes nothing."""
        for index, dispute in enumerate(self.dispute_log):
            if dispute.id == dispute_id and dispute.status == OPEN:
                self.dispute_log[index] = replace(dispute, status=status)
                self.phrasing_log.extend([phrasing] if phrasing else [])

    def forget_reviews(self, user_key: str) -> None:
        """A person's disputes and flags go; phrasings accepted from them stay the server's."""
        self.dispute_log[:] = [d for d in self.dispute_log if d.user_key != user_key]
        self.flag_log[:] = [f for f in self.flag_log if f.user_key != user_key]
