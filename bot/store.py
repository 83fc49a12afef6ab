"""The storage seam: one Protocol per role, what a turn commits, and an in-memory store."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from bot.daily import Claim, Decision, Delivery, Subscription
from bot.interview import Session
from bot.lifecycle import LifecycleStore, Purge
from bot.lifecycle_memory import MemoryLifecycle
from bot.records import (
    AnswerRecord,
    Profile,
    QuestionHistory,
    StoredGuide,
    scored,
    summarize,
)
from bot.reviews import (
    Dispute,
    FileDispute,
    FileFlag,
    Flag,
    MemoryReviews,
    Phrasing,
    ResolveDispute,
    ReviewWrite,
)
from bot.server_settings import ServerSettings
from bot.strictness import Strictness


@dataclass(frozen=True, slots=True)
class TurnCommit:
    """Everything one turn changes, written atomically.

    ``session`` None removes the person's session. When ``event_id`` is set and was
    already committed, nothing is written and ``Store.commit`` returns False.
    """

    user_key: str
    session: Session | None
    now: datetime
    answer: AnswerRecord | None = None
    event_id: str | None = None
    answered_delivery: int | None = None  # a daily delivery this answer responds to
    writes: tuple[Write, ...] = ()  # what a command changed besides the session


@dataclass(frozen=True, slots=True)
class SaveProfile:
    profile: Profile


@dataclass(frozen=True, slots=True)
class SaveSubscription:
    subscription: Subscription


@dataclass(frozen=True, slots=True)
class SaveServerSettings:
    scope: str
    settings: ServerSettings


@dataclass(frozen=True, slots=True)
class JoinLeaderboard:
    scope: str
    user_key: str
    name: str


@dataclass(frozen=True, slots=True)
class LeaveLeaderboard:
    scope: str
    user_key: str


@dataclass(frozen=True, slots=True)
class SetStrictness:
    """The person's own strictness (None: the server's); saving a profile keeps it."""

    user_key: str
    strictness: Strictness | None


@dataclass(frozen=True, slots=True)
class ShowedLast:
    """The question an interview that ended showed last, answered or skipped; saving a
    profile keeps it."""

    user_key: str
    question_id: str


@dataclass(frozen=True, slots=True)
class Forget:
    """Delete everything kept about the person."""

    user_key: str


Write = (
    ReviewWrite
    | SaveProfile
    | SaveSubscription
    | SaveServerSettings
    | JoinLeaderboard
    | LeaveLeaderboard
    | Forget
    | SetStrictness
    | ShowedLast
)


Decider = Callable[[Subscription, datetime], Decision]


class InterviewStore(Protocol):
    """A person's interview, answers and profile; a turn commits through ``commit``."""

    def load_session(self, user_key: str) -> Session | None: ...

    def turn_of(self, user_key: str) -> AbstractContextManager[None]:
        """Held while one of ``user_key``'s turns reads, decides and commits: across every
        process sharing the database where it can tell (``bot.turns`` orders one process's)."""
        ...

    def commit(self, turn: TurnCommit) -> bool: ...

    def seen_event(self, event_id: str) -> bool: ...

    def history(self, user_key: str) -> Mapping[str, QuestionHistory]: ...

    def answers(self, user_key: str) -> list[AnswerRecord]: ...

    def session_answers(self, session_id: str) -> list[AnswerRecord]: ...

    def load_profile(self, user_key: str) -> Profile | None: ...

    def save_profile(self, profile: Profile) -> None: ...

    def forget(self, user_key: str) -> None: ...


class DailyStore(Protocol):
    """Daily-question subscriptions (people and channels) and their deliveries."""

    def load_subscription(self, user_key: str) -> Subscription | None: ...

    def save_subscription(self, subscription: Subscription) -> None: ...

    def claim_due(
        self, now: datetime, decide: Decider, limit: int, user_key: str | None = None
    ) -> list[Claim]:
        """Claim the deliveries due at ``now``, earliest first: everyone's, or ``user_key``'s."""
        ...

    def finish_delivery(
        self, delivery_id: int, *, status: str, question_id: str | None = None
    ) -> None: ...

    def deliveries(self, user_key: str) -> list[Delivery]: ...


class ServerStore(Protocol):
    """What belongs to a server or workspace: settings, leaderboard, its own guides."""

    def load_server_settings(self, scope: str) -> ServerSettings: ...

    def save_server_settings(self, scope: str, settings: ServerSettings) -> None: ...

    def join_leaderboard(self, scope: str, user_key: str, name: str) -> None: ...

    def leave_leaderboard(self, scope: str, user_key: str) -> None: ...

    def leaderboard(self, scope: str) -> list[tuple[str, str]]: ...

    def memberships(self, user_key: str) -> list[str]: ...

    def save_guide(self, scope: str, guide: StoredGuide, *, limit: int) -> bool:
        """Add or replace a server's guide and move its bank's version on; False (nothing
        saved) when the server already has ``limit`` other guides."""
        ...

    def server_guides(self, scope: str) -> list[StoredGuide]:
        """The server's guides, by slug."""
        ...

    def guide_bank_version(self, scope: str) -> int:
        """Moves on with every guide saved for the server; 0 when it has none."""
        ...


class ReviewStore(Protocol):
    """Disputed scores, the phrasings admins accepted from them, and flagged questions."""

    def disputes_in(self, scope: str) -> list[Dispute]: ...

    def disputes_of(self, user_key: str) -> list[Dispute]: ...

    def phrasings(self, scope: str) -> list[Phrasing]: ...

    def flags_in(self, scope: str) -> list[Flag]: ...

    def flags_of(self, user_key: str) -> list[Flag]: ...

    def flags_on(self, guide: str) -> list[Flag]:
        """Every server's flags on the questions of ``guide``: for its author."""
        ...


class HealthStore(Protocol):
    """What operations ask of the database: is it up, how busy, and closing it."""

    def ping(self) -> bool: ...

    def active_sessions(self) -> int: ...

    def close(self) -> None: ...


class Store(
    InterviewStore, DailyStore, ServerStore, ReviewStore, HealthStore, LifecycleStore, Protocol
):
    """Every role at once: what a database implementation provides."""


@dataclass
class InMemoryStore(MemoryReviews, MemoryLifecycle):
    """A Store for tests and throwaway runs; safe to share between threads."""

    sessions: dict[str, Session] = field(default_factory=dict)
    answer_log: list[AnswerRecord] = field(default_factory=list)
    events: set[str] = field(default_factory=set)
    profiles: dict[str, Profile] = field(default_factory=dict)
    server_settings: dict[str, ServerSettings] = field(default_factory=dict)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    delivery_log: dict[int, Delivery] = field(default_factory=dict)
    boards: dict[str, dict[str, str]] = field(default_factory=dict)  # scope -> user -> name
    uploads: dict[str, dict[str, StoredGuide]] = field(default_factory=dict)  # scope -> slug
    bank_versions: dict[str, int] = field(default_factory=dict)
    member_scopes_of: dict[str, set[str]] = field(default_factory=dict)  # user -> scopes
    purges: dict[str, Purge] = field(default_factory=dict)  # scope -> its pending purge
    lock: threading.Lock = field(default_factory=threading.Lock)

    def load_session(self, user_key: str) -> Session | None:
        return self.sessions.get(user_key)

    def turn_of(self, user_key: str) -> AbstractContextManager[None]:
        return nullcontext()  # one process: ``bot.turns`` orders its turns

    def commit(self, turn: TurnCommit) -> bool:
        with self.lock:
            if turn.event_id in self.events:
                return False
            for write in turn.writes:  # before the event is recorded: `forget` prunes events
                self._apply(write)
            if turn.event_id is not None:
                self.events.add(turn.event_id)
            if turn.answer is not None:
                self.answer_log.append(turn.answer)
            if turn.answered_delivery in self.delivery_log:
                delivery = self.delivery_log[turn.answered_delivery]
                self.delivery_log[turn.answered_delivery] = replace(delivery, answered=True)
            if turn.session is None:
                self.sessions.pop(turn.user_key, None)
            else:
                self.sessions[turn.user_key] = turn.session
            return True

    def _apply(self, write: Write) -> None:
        match write:
            case SaveProfile(profile):
                self.save_profile(profile)
            case SetStrictness(user_key, strictness):
                self.profiles[user_key] = replace(self._profile(user_key), strictness=strictness)
            case ShowedLast(user_key, question_id):
                profile = self._profile(user_key)
                self.profiles[user_key] = replace(profile, last_question=question_id)
            case SaveSubscription(subscription):
                self.subscriptions[subscription.user_key] = subscription
            case SaveServerSettings(scope, settings):
                self.server_settings[scope] = settings
            case JoinLeaderboard(scope, user_key, name):
                self.boards.setdefault(scope, {})[user_key] = name
            case LeaveLeaderboard(scope, user_key):
                self.boards.get(scope, {}).pop(user_key, None)
            case Forget(user_key):
                self._forget(user_key)
            case FileDispute() | ResolveDispute() | FileFlag():
                self.apply_review(write)

    def seen_event(self, event_id: str) -> bool:
        return event_id in self.events

    def history(self, user_key: str) -> Mapping[str, QuestionHistory]:
        return summarize(scored(self.answers(user_key)))

    def answers(self, user_key: str) -> list[AnswerRecord]:
        return [record for record in self.answer_log if record.user_key == user_key]

    def session_answers(self, session_id: str) -> list[AnswerRecord]:
        return [record for record in self.answer_log if record.session_id == session_id]

    def load_profile(self, user_key: str) -> Profile | None:
        return self.profiles.get(user_key)

    def save_profile(self, profile: Profile) -> None:
        kept = self._profile(profile.user_key)
        self.profiles[profile.user_key] = replace(
            profile, strictness=kept.strictness, last_question=kept.last_question
        )

    def _profile(self, user_key: str) -> Profile:
        """The person's profile, or a new one: what the profile writes change."""
        return self.profiles.get(user_key) or Profile(user_key)

    def load_server_settings(self, scope: str) -> ServerSettings:
        return self.server_settings.get(scope, ServerSettings())

    def save_server_settings(self, scope: str, settings: ServerSettings) -> None:
        self.server_settings[scope] = settings

    def load_subscription(self, user_key: str) -> Subscription | None:
        return self.subscriptions.get(user_key)

    def save_subscription(self, subscription: Subscription) -> None:
        self.subscriptions[subscription.user_key] = subscription

    def claim_due(
        self, now: datetime, decide: Decider, limit: int, user_key: str | None = None
    ) -> list[Claim]:
        with self.lock:
            due = sorted(
                (
                    s
                    for s in self.subscriptions.values()
                    if s.next_due_at and s.next_due_at <= now and user_key in (None, s.user_key)
                ),
                key=lambda subscription: subscription.next_due_at or now,
            )
            return [claim for s in due[:limit] if (claim := self._claim(s, now, decide))]

    def _claim(self, subscription: Subscription, now: datetime, decide: Decider) -> Claim | None:
        decision = decide(subscription, now)
        day = decision.deliver_on
        taken = any(
            d.user_key == subscription.user_key and d.local_date == day
            for d in self.delivery_log.values()
        )
        through = day if day and not taken else subscription.delivered_through
        updated = replace(subscription, next_due_at=decision.next_due_at, delivered_through=through)
        self.subscriptions[subscription.user_key] = updated
        if day is None or taken:
            return None
        delivery_id = len(self.delivery_log) + 1
        self.delivery_log[delivery_id] = Delivery(
            subscription.user_key, day, "claimed", id=delivery_id
        )
        return Claim(delivery_id, updated, day)

    def finish_delivery(
        self, delivery_id: int, *, status: str, question_id: str | None = None
    ) -> None:
        with self.lock:
            delivery = self.delivery_log[delivery_id]
            self.delivery_log[delivery_id] = replace(
                delivery, status=status, question_id=question_id or delivery.question_id
            )

    def deliveries(self, user_key: str) -> list[Delivery]:
        return [d for d in self.delivery_log.values() if d.user_key == user_key]

    def join_leaderboard(self, scope: str, user_key: str, name: str) -> None:
        self.boards.setdefault(scope, {})[user_key] = name

    def leave_leaderboard(self, scope: str, user_key: str) -> None:
        self.boards.get(scope, {}).pop(user_key, None)

    def leaderboard(self, scope: str) -> list[tuple[str, str]]:
        return sorted(self.boards.get(scope, {}).items())

    def memberships(self, user_key: str) -> list[str]:
        return sorted(scope for scope, members in self.boards.items() if user_key in members)

    def forget(self, user_key: str) -> None:
        with self.lock:
            self._forget(user_key)

    def _forget(self, user_key: str) -> None:
        user_id = user_key.partition(":")[2]
        if len(user_id) >= 3:
            self.events = {event for event in self.events if user_id not in event}
        self.sessions.pop(user_key, None)
        self.profiles.pop(user_key, None)
        self.subscriptions.pop(user_key, None)
        self.answer_log[:] = [r for r in self.answer_log if r.user_key != user_key]
        for number in [n for n, d in self.delivery_log.items() if d.user_key == user_key]:
            del self.delivery_log[number]
        for members in self.boards.values():
            members.pop(user_key, None)
        self.member_scopes_of.pop(user_key, None)
        self.forget_reviews(user_key)

    def ping(self) -> bool:
        return True

    def active_sessions(self) -> int:
        return len(self.sessions)

    def close(self) -> None:
        return None

    def save_guide(self, scope: str, guide: StoredGuide, *, limit: int) -> bool:
        with self.lock:
            guides = self.uploads.setdefault(scope, {})
            if len(guides.keys() - {guide.slug}) >= limit:
                return False
            guides[guide.slug] = guide
            self.bank_versions[scope] = self.bank_versions.get(scope, 0) + 1
            return True

    def server_guides(self, scope: str) -> list[StoredGuide]:
        with self.lock:
            return [guide for _, guide in sorted(self.uploads.get(scope, {}).items())]

    def guide_bank_version(self, scope: str) -> int:
        return self.bank_versions.get(scope, 0)
