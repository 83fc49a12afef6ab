"""Disputing a score and flagging a question on Slack: the feedback's buttons, the slash
commands, and a workspace admin reviewing them, over signed HTTP requests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.db import SqlStore
from bot.questions import QuestionBank
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    RunningApp,
    Scripted,
    button_payload,
    fresh_slack_store,
    migrated_template,
    running_app,
)
from tests.adapters.test_slack import shown
from tests.conftest import FakeClock, bank_of, make_engine, store_of

ADMINS = "S0123"
WORDING = "I described it with entirely different words about it"


@pytest.fixture(name="reviewed")
def app_with_an_admin_group(
    bank: QuestionBank, slack_store: SqlStore, clock: FakeClock
) -> Iterator[RunningApp]:
    engine = make_engine(bank, slack_store)
    with running_app(engine, admin_group=ADMINS, clock=clock) as running:
        running.api.script("usergroups.users.list", Scripted(200, {"ok": True, "users": ["U2"]}))
        yield running


def first_point_only(slack: RunningApp) -> str:
    session = store_of(slack.engine).load_session("slack:U1")
    assert session is not None
    question = bank_of(slack.engine).get(session.current or "")
    assert question is not None
    return question.key_points[0].text


def missed_point(slack: RunningApp) -> int:
    (record,) = store_of(slack.engine).answers("slack:U1")
    return next(n for n, point in enumerate(record.points, 1) if not point.covered)


def test_i_was_right_from_the_button_to_an_admins_decision(reviewed: RunningApp) -> None:
    api, client = reviewed.api, reviewed.slack
    client.command("start backend-developer 2")
    shown(api, "Question 1 of 2")
    client.dm(first_point_only(reviewed), event_id="Ev1")
    feedback = shown(api, "Score:")
    assert feedback.action_ids[-2:] == ["dispute", "flag"]
    client.interaction(button_payload("dispute", feedback, clicked="2"))
    point = missed_point(reviewed)
    asked = shown(api, "Which point did your answer make?")
    assert f"dispute {point}" in asked.text
    client.command(f"dispute {point} {WORDING}")
    assert "self-corrected" in shown(api, "now counts as covered").text
    client.command("disputes", user="U3")
    shown(api, "Only this server's admins review disputes")
    client.command("disputes", user="U2")
    assert WORDING in shown(api, "Open disputes").text
    client.command("disputes accept 1", user="U2")
    shown(api, "Accepted #1")
    phrasings = store_of(reviewed.engine).phrasings("T1")
    assert [(p.point, p.text) for p in phrasings] == [(point, WORDING)]


def test_the_flag_button_asks_what_is_wrong_and_admins_see_it(reviewed: RunningApp) -> None:
    api, client = reviewed.api, reviewed.slack
    client.command("start backend-developer 2")
    shown(api, "Question 1 of 2")
    client.dm(first_point_only(reviewed), event_id="Ev1")
    feedback = shown(api, "Score:")
    client.interaction(button_payload("flag", feedback, clicked="3"))
    assert "`flag &lt;wrong|unclear|outdated&gt;" in shown(api, "To flag").text
    client.command("flag unclear It never says which HTTP version")
    shown(api, "flagged as *unclear*")
    client.command("flags", user="U2")
    assert "unclear: «It never says which HTTP version»" in shown(api, "Flagged questions").text
