"""The OAuth installation cache: found and missing answers kept, refreshed after they
expire while the last answer is still given, dropped when an installation changes."""

from __future__ import annotations

import threading
from typing import Any

from slack_sdk.oauth.installation_store import Installation

from adapters.slack.installs import ExpiringInstallationStore
from tests.adapters.slack_fakes import wait_for


class Counting:
    """An installation store that counts its lookups; ``answer`` is what it finds."""

    def __init__(self) -> None:
        self.answer: Installation | None = None
        self.lookups = 0
        self.gate = threading.Event()
        self.gate.set()

    def find_installation(self, **options: Any) -> Installation | None:
        self.lookups += 1
        self.gate.wait(timeout=10)
        return self.answer

    def save(self, installation: Installation) -> None:
        self.answer = installation


def installation(token: str) -> Installation:
    return Installation(user_id="U1", team_id="T1", bot_token=token)


def test_found_and_missing_answers_are_kept_then_refreshed_in_the_background() -> None:
    stored, now = Counting(), [0.0]
    cache = ExpiringInstallationStore(
        stored,  # type: ignore[arg-type]
        found_seconds=300,
        missing_seconds=60,
        clock=lambda: now[0],
    )
    find = lambda: cache.find_installation(enterprise_id=None, team_id="T1")  # noqa: E731
    assert find() is None
    assert find() is None and stored.lookups == 1, "a miss is kept too"
    stored.answer = installation("xoxb-new")
    now[0] = 61
    stored.gate.clear()  # the database hangs
    assert find() is None, "the stale answer, at once"
    wait_for(lambda: stored.lookups == 2)
    stored.gate.set()
    found = wait_for(find)
    assert found.bot_token == "xoxb-new"
    now[0] = 200
    assert find() is found and stored.lookups == 2, "a found answer lasts longer"


def test_saving_an_installation_drops_what_was_kept_for_its_workspace() -> None:
    stored = Counting()
    cache = ExpiringInstallationStore(stored)  # type: ignore[arg-type]
    assert cache.find_installation(enterprise_id=None, team_id="T1") is None
    cache.save(installation("xoxb-1"))
    kept = cache.find_installation(enterprise_id=None, team_id="T1")
    assert kept is not None and kept.bot_token == "xoxb-1"


def test_saving_an_installation_tells_who_listens_its_workspace() -> None:
    cache = ExpiringInstallationStore(Counting())  # type: ignore[arg-type]
    saved: list[str | None] = []
    cache.when_saved(saved.append)
    cache.save(installation("xoxb-1"))
    assert saved == ["T1"]
