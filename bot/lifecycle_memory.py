"""The ``LifecycleStore`` methods of the in-memory store (``bot.store.InMemoryStore``)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from bot.daily import Delivery, Subscription
from bot.lifecycle import Purge
from bot.records import AnswerRecord, StoredGuide
from bot.reviews import Flag, Phrasing
from bot.server_settings import ServerSettings


class Held(Protocol):
    """What the in-memory store holds that the lifecycle reads and changes."""

    lock: threading.Lock
    answer_log: list[AnswerRecord]
    server_settings: dict[str, ServerSettings]
    subscriptions: dict[str, Subscription]
    delivery_log: dict[int, Delivery]
    boards: dict[str, dict[str, str]]
    uploads: dict[str, dict[str, StoredGuide]]
    bank_versions: dict[str, int]
    member_scopes_of: dict[str, set[str]]  # user key -> scopes
    purges: dict[str, Purge]
    phrasing_log: list[Phrasing]
    flag_log: list[Flag]


class MemoryLifecycle:
    def note_member(self: Held, scope: str, user_key: str) -> None:
        with self.lock:
            self.member_scopes_of.setdefault(user_key, set()).add(scope)

    def members(self: Held, scope: str) -> list[str]:
        return sorted(key for key, scopes in self.member_scopes_of.items() if scope in scopes)

    def member_scopes(self: Held, user_key: str) -> list[str]:
        return sorted(self.member_scopes_of.get(user_key, ()))

    def schedule_purge(self: Held, purge: Purge) -> None:
        self.purges[purge.scope] = purge

    def cancel_purge(self: Held, scope: str) -> bool:
        return self.purges.pop(scope, None) is not None

    def due_purges(self: Held, now: datetime) -> list[Purge]:
        return sorted(
            (purge for purge in self.purges.values() if purge.due_at <= now),
            key=lambda purge: purge.due_at,
        )

    def delete_server(self: Held, scope: str) -> None:
        with self.lock:
            channels = {
                key for key, s in self.subscriptions.items() if s.scope == scope and s.is_channel
            }
            for key in channels:
                del self.subscriptions[key]
            for number in [n for n, d in self.delivery_log.items() if d.user_key in channels]:
                del self.delivery_log[number]
            for kept in (self.server_settings, self.uploads, self.bank_versions, self.boards):
                kept.pop(scope, None)
            for scopes in self.member_scopes_of.values():
                scopes.discard(scope)
            self.purges.pop(scope, None)
            self.phrasing_log[:] = [p for p in self.phrasing_log if p.scope != scope]
            self.flag_log[:] = [f for f in self.flag_log if f.scope != scope]

    def pause_subscriptions(self: Held, scope: str, *, channels_only: bool = False) -> int:
        with self.lock:
            paused = [
                s
                for s in self.subscriptions.values()
                if s.scope == scope and s.active and (s.is_channel or not channels_only)
            ]
            for subscription in paused:
                stopped = replace(subscription, active=False, next_due_at=None)
                self.subscriptions[subscription.user_key] = stopped
            return len(paused)

    def all_server_settings(self: Held) -> list[tuple[str, ServerSettings]]:
        return sorted(self.server_settings.items())

    def blank_answers(self: Held, scope: str, before: datetime) -> int:
        with self.lock:
            old = [
                number
                for number, record in enumerate(self.answer_log)
                if record.scope == scope and record.created_at < before and record.answer_text
            ]
            for number in old:
                self.answer_log[number] = replace(self.answer_log[number], answer_text="")
            return len(old)
