"""How long data is kept: a removed workspace's or server's data, and old answer texts.

When the app is removed from a Slack workspace or a Discord server, a purge is recorded
with the time it falls due (the grace period lets a workspace that reinstalls keep its
data). The scheduler's tick runs the purges that are due, and blanks the texts of answers
older than each server's retention, keeping their scores.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from bot.records import AnswerRecord
from bot.server_settings import ServerSettings


@dataclass(frozen=True, slots=True)
class Purge:
    """A removed workspace's or server's data, deleted at ``due_at``.

    ``people`` also deletes the history of the people seen only there (Slack, whose user
    ids belong to a workspace); a Discord person's history spans servers and stays."""

    scope: str
    due_at: datetime
    people: bool


class LifecycleStore(Protocol):
    """What the purges and the answer retention ask of the database."""

    def note_member(self, scope: str, user_key: str) -> None:
        """Remember that the person used the app in ``scope``."""
        ...

    def members(self, scope: str) -> list[str]: ...

    def member_scopes(self, user_key: str) -> list[str]: ...

    def schedule_purge(self, purge: Purge) -> None:
        """Record the purge; one per scope, a later one replaces it."""
        ...

    def cancel_purge(self, scope: str) -> bool: ...

    def due_purges(self, now: datetime) -> list[Purge]: ...

    def delete_server(self, scope: str) -> None:
        """Delete the scope's settings, guides, leaderboard, members, channel questions,
        and its purge record."""
        ...

    def pause_subscriptions(self, scope: str, *, channels_only: bool = False) -> int:
        """Stop the daily questions made in ``scope`` (only its channels' with
        ``channels_only``); how many."""
        ...

    def all_server_settings(self) -> list[tuple[str, ServerSettings]]: ...

    def blank_answers(self, scope: str, before: datetime) -> int:
        """Empty the texts of the scope's answers given before ``before``; scores stay."""
        ...


def in_scope(answer: AnswerRecord | None, scope: str | None) -> AnswerRecord | None:
    """The answer marked with the server or workspace it was given in."""
    if answer is None or answer.scope is not None:
        return answer
    return replace(answer, scope=scope)
