"""Who may change a workspace's settings: its admins and owners, and the members of the
settings user group (``SLACK_ADMIN_GROUP``), looked up with ``usergroups.users.list``."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from adapters.slack.people import GROUP_CACHE_SECONDS
from bot.db import SqlStore
from bot.questions import QuestionBank
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_TOKEN,
    RunningApp,
    Scripted,
    fresh_slack_store,
    migrated_template,
    running_app,
    running_slack,
    wait_for,
)
from tests.adapters.test_slack import shown
from tests.conftest import FakeClock, make_engine

GROUP = "S0123"
MEMBERS = Scripted(200, {"ok": True, "users": ["U1"]})
REFUSED = "Only server admins"


@pytest.fixture(name="grouped")
def app_with_an_admin_group(
    bank: QuestionBank, slack_store: SqlStore, clock: FakeClock
) -> Iterator[RunningApp]:
    engine = make_engine(bank, slack_store)
    with running_app(engine, admin_group=GROUP, clock=clock) as running:
        yield running


def seen(slack: RunningApp, needle: str, count: int) -> None:
    """Wait until ``count`` messages shown to people contain ``needle``."""
    wait_for(lambda: sum(needle in call.text for call in slack.api.messages()) == count)


def test_members_of_the_group_may_change_settings_and_others_may_not(
    grouped: RunningApp,
) -> None:
    grouped.api.script("usergroups.users.list", MEMBERS)
    grouped.slack.command("settings guide system-design", user="U1")
    assert "system-design" in shown(grouped.api, "Saved").text
    grouped.slack.command("settings guide devops-sre", user="U2")
    shown(grouped.api, REFUSED)
    grouped.slack.command("settings guide devops-sre", user="U1")
    seen(grouped, "Saved", 2)
    lookups = grouped.api.called("usergroups.users.list")
    assert [call.body["usergroup"] for call in lookups] == [GROUP], "asked once, then cached"


def test_the_group_is_asked_again_after_the_cache_time(
    grouped: RunningApp, clock: FakeClock
) -> None:
    joined = Scripted(200, {"ok": True, "users": ["U1", "U2"]})
    grouped.api.script("usergroups.users.list", MEMBERS, joined)
    grouped.slack.command("settings guide system-design", user="U2")
    shown(grouped.api, REFUSED)
    clock.advance(seconds=GROUP_CACHE_SECONDS - 1)
    grouped.slack.command("settings guide system-design", user="U2")
    seen(grouped, REFUSED, 2)
    assert len(grouped.api.called("usergroups.users.list")) == 1
    clock.advance(seconds=2)
    grouped.slack.command("settings guide system-design", user="U2")
    shown(grouped.api, "Saved")
    assert len(grouped.api.called("usergroups.users.list")) == 2


def test_a_failed_group_lookup_means_not_a_member_with_one_warning(
    grouped: RunningApp, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    missing = Scripted(200, {"ok": False, "error": "missing_scope"})
    grouped.api.script("usergroups.users.list", missing, missing)
    grouped.slack.command("settings guide system-design", user="U1")
    shown(grouped.api, REFUSED)
    clock.advance(seconds=GROUP_CACHE_SECONDS + 1)
    grouped.slack.command("settings guide system-design", user="U1")
    seen(grouped, REFUSED, 2)
    grouped.drain()
    assert len(grouped.api.called("usergroups.users.list")) == 2
    warnings = [
        record
        for record in caplog.records
        if record.levelno >= logging.WARNING and "missing_scope" in record.getMessage()
    ]
    assert len(warnings) == 1
    assert BOT_TOKEN not in caplog.text


def test_without_a_group_only_workspace_admins_change_settings(slack: RunningApp) -> None:
    slack.slack.command("settings guide system-design", user="U1")
    shown(slack.api, REFUSED)
    admin = {"id": "U3", "real_name": "Owner", "is_owner": True}
    slack.api.script("users.info", Scripted(200, {"ok": True, "user": admin}))
    slack.slack.command("settings guide system-design", user="U3")
    shown(slack.api, "Saved")
    slack.drain()
    assert slack.api.called("usergroups.users.list") == []
