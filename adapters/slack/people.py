"""What Slack says about a person (``users.info``): name, admin rights, time zone.

Asked once per person per process, after the ack; the time zone is saved with the
engine as the person's default for the daily question. Workspace admins and owners may
change settings, and so may the members of the settings user group (``SLACK_ADMIN_GROUP``),
whose list (``usergroups.users.list``) is kept for ``GROUP_CACHE_SECONDS`` per workspace.
The engine is told, on each of their turns, which workspace a person was seen in: if that
workspace removes the app, their history is deleted with its data.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.platform import Clock, utc_now
from bot.engine import Engine
from bot.errors import StorageUnavailableError
from bot.types import User

log = logging.getLogger(__name__)

GROUP_CACHE_SECONDS = 300  # how long a user group's member list is trusted


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    timezone: str | None = None
    is_admin: bool = False


@dataclass(frozen=True, slots=True)
class Members:
    users: frozenset[str]
    until: datetime


class AdminGroup:
    """The members of the user group whose people may change settings, per workspace.

    A failed lookup (``missing_scope``, a group of another workspace) counts as no
    members, is logged once per workspace, and is asked again after the cache time.
    """

    def __init__(
        self, group_id: str, *, clock: Clock = utc_now, seconds: float = GROUP_CACHE_SECONDS
    ) -> None:
        self.group_id = group_id
        self.clock = clock
        self.lifetime = timedelta(seconds=seconds)
        self._members: dict[str | None, Members] = {}
        self._warned: set[str | None] = set()
        self._lock = threading.Lock()

    def has(self, client: WebClient, user_id: str, *, team: str | None) -> bool:
        with self._lock:
            members = self._members.get(team)
            if members is None or self.clock() >= members.until:
                members = Members(self._look_up(client, team), self.clock() + self.lifetime)
                self._members[team] = members
        return user_id in members.users

    def _look_up(self, client: WebClient, team: str | None) -> frozenset[str]:
        try:
            users = client.usergroups_users_list(usergroup=self.group_id)["users"]
        except SlackApiError as error:
            code = error.response.get("error")
            level = logging.DEBUG if team in self._warned else logging.WARNING
            self._warned.add(team)
            log.log(level, "usergroups.users.list failed for %s: %s", self.group_id, code)
            return frozenset()
        return frozenset(users or ())


class People:
    def __init__(self, engine: Engine, *, admin_group: AdminGroup | None = None) -> None:
        self.engine = engine
        self.admin_group = admin_group
        self._known: dict[str, Person] = {}
        self._lock = threading.Lock()

    def user(self, client: WebClient, bare: User, *, team: str | None = None) -> User:
        """``bare`` with the name and admin flag Slack knows, looked up on first sight."""
        if team is not None:
            self._seen_in(bare, team)
        with self._lock:
            person = self._known.get(bare.id)
        if person is None:
            person = self._look_up(client, bare)
        is_admin = person.is_admin or self._in_admin_group(client, bare.id, team)
        return replace(bare, name=person.name or bare.name, is_admin=is_admin)

    def _seen_in(self, bare: User, team: str) -> None:
        try:
            self.engine.seen_in(bare, team)
        except StorageUnavailableError:
            log.warning("could not note the workspace of %s; will try again", bare.id)

    def _in_admin_group(self, client: WebClient, user_id: str, team: str | None) -> bool:
        return self.admin_group is not None and self.admin_group.has(client, user_id, team=team)

    def _look_up(self, client: WebClient, bare: User) -> Person:
        try:
            info = client.users_info(user=bare.id)["user"]
        except SlackApiError as error:
            log.warning("users.info failed for %s: %s", bare.id, error.response.get("error"))
            return self._remember(bare.id, Person(bare.name))
        person = Person(
            name=info.get("real_name") or info.get("name") or bare.name,
            timezone=info.get("tz"),
            is_admin=bool(info.get("is_admin") or info.get("is_owner")),
        )
        try:
            self.engine.update_profile(replace(bare, name=person.name), timezone=person.timezone)
        except StorageUnavailableError:
            log.warning("could not save the time zone of %s; will try again", bare.id)
            return person
        return self._remember(bare.id, person)

    def _remember(self, user_id: str, person: Person) -> Person:
        with self._lock:
            self._known[user_id] = person
        return person
