"""What Slack says about a person (``users.info``): name, admin rights, time zone.

Asked once per person per process, after the ack; the time zone is saved with the
engine as the person's default for the daily question.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.engine import Engine
from bot.errors import StorageUnavailableError
from bot.types import User

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    timezone: str | None = None
    is_admin: bool = False


class People:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._known: dict[str, Person] = {}
        self._lock = threading.Lock()

    def user(self, client: WebClient, bare: User) -> User:
        """``bare`` with the name and admin flag Slack knows, looked up on first sight."""
        with self._lock:
            person = self._known.get(bare.id)
        if person is None:
            person = self._look_up(client, bare)
        return replace(bare, name=person.name or bare.name, is_admin=person.is_admin)

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
