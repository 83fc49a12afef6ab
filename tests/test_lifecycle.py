"""How long data is kept: a server's answer retention, and the purge of a removed workspace."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest

from adapters.scheduler import tick
from bot.questions import QuestionBank
from bot.records import AnswerRecord
from bot.store import Store
from bot.types import User, Where
from tests.conftest import Chat, FakeClock, open_chat
from tests.test_upload import GUIDE, upload

ADMIN = User("slack", "UADMIN", "Grace", is_admin=True)
ADA = User("slack", "UADA", "Ada")
LIN = User("slack", "ULIN", "Linus")
IN_T1 = Where("slack", "DADA", direct=True, scope="T1")
IN_T2 = Where("slack", "DLIN", direct=True, scope="T2")
GRACE = timedelta(days=30)


@pytest.fixture
def chat(bank: QuestionBank, store: Store, clock: FakeClock) -> Chat:
    return open_chat(bank, store, clock, user=ADA, where=IN_T1, step=timedelta(0))


def answer_one(chat: Chat, user: User, where: Where) -> AnswerRecord:
    """Start a one-question interview and answer it well; the answer as stored."""
    assert "Question 1 of 1" in chat.send("start 1", user=user, where=where)
    question = chat.question(user)
    chat.send(" ".join(point.text for point in question.key_points), user=user, where=where)
    return chat.store.answers(user.key)[-1]


# -- answer retention ------------------------------------------------------------------------


def test_an_admin_sets_the_retention_and_bad_values_are_refused(chat: Chat) -> None:
    assert "answer texts kept until deleted" in chat.send("settings", user=ADMIN)
    assert "answer texts kept 30 days" in chat.send("settings retention 30", user=ADMIN)
    for bad in ("0", "-3", "soon", "99999", "３０", "³"):
        assert "settings retention <days>" in chat.send(f"settings retention {bad}", user=ADMIN)
    assert "Only server admins" in chat.send("settings retention 1")
    assert "answer texts kept 30 days" in chat.send("settings", user=ADMIN)
    assert "kept until deleted" in chat.send("settings retention off", user=ADMIN)


def test_old_answer_texts_are_blanked_and_their_scores_kept(chat: Chat) -> None:
    chat.send("settings retention 30", user=ADMIN)
    old = answer_one(chat, ADA, IN_T1)
    elsewhere = answer_one(chat, LIN, IN_T2)
    chat.clock.advance(days=20)
    recent = answer_one(chat, ADA, IN_T1)
    chat.clock.advance(days=11)  # the first answers are 31 days old, the recent one 11
    assert chat.engine.apply_retention(chat.clock()) == 1
    kept_old, kept_recent = chat.store.answers(ADA.key)
    assert kept_old.answer_text == "" and old.answer_text
    assert (kept_old.score, kept_old.points) == (old.score, old.points)
    assert kept_recent == recent, "a newer answer is untouched"
    assert chat.store.answers(LIN.key) == [elsewhere], "another server keeps its texts"
    assert chat.engine.apply_retention(chat.clock()) == 0, "nothing twice"
    assert "%" in chat.send("stats"), "the scores still count"


# -- a workspace removes the app --------------------------------------------------------------


def used_in_two_workspaces(chat: Chat) -> None:
    """Ada only in T1; Linus in T1 and T2; T1 has settings, a guide and a leaderboard."""
    for user, where in ((ADA, IN_T1), (LIN, IN_T1), (LIN, IN_T2)):
        chat.engine.seen_in(user, where.scope or "")
    answer_one(chat, ADA, IN_T1)
    answer_one(chat, LIN, IN_T2)
    chat.send("daily on 09:00 Europe/Berlin")
    chat.send("leaderboard join")
    chat.send("settings retention 90", user=ADMIN)
    assert "Added" in upload(chat, GUIDE, user=ADMIN, where=IN_T1)


def test_a_removed_workspace_keeps_its_data_through_the_grace_period_then_loses_it(
    chat: Chat,
) -> None:
    used_in_two_workspaces(chat)
    store, engine, now = chat.store, chat.engine, chat.clock()
    engine.removed_from("T1", now, grace=GRACE, people=True)
    subscription = store.load_subscription(ADA.key)
    assert subscription is not None and not subscription.active, "daily questions stop at once"
    assert engine.run_due_purges(now + GRACE - timedelta(minutes=1)) == []
    assert store.answers(ADA.key) and store.server_guides("T1")
    assert engine.run_due_purges(now + GRACE) == ["T1"]
    assert store.answers(ADA.key) == [] and store.load_profile(ADA.key) is None
    assert store.load_subscription(ADA.key) is None and store.deliveries(ADA.key) == []
    assert store.server_guides("T1") == [] and store.leaderboard("T1") == []
    assert store.load_server_settings("T1").answer_days is None
    assert store.answers(LIN.key), "someone also seen in T2 keeps their history"
    assert store.member_scopes(LIN.key) == ["T2"]
    assert engine.run_due_purges(now + 2 * GRACE) == [], "a purge runs once"


def test_reinstalling_before_the_grace_period_ends_keeps_everything(chat: Chat) -> None:
    used_in_two_workspaces(chat)
    now = chat.clock()
    chat.engine.removed_from("T1", now, grace=GRACE, people=True)
    chat.engine.installed_in("T1")
    assert chat.engine.run_due_purges(now + 2 * GRACE) == []
    assert chat.store.answers(ADA.key) and chat.store.server_guides("T1")


def test_no_grace_deletes_at_once(chat: Chat) -> None:
    used_in_two_workspaces(chat)
    chat.engine.removed_from("T1", chat.clock(), grace=timedelta(0), people=True)
    assert chat.store.answers(ADA.key) == [] and chat.store.server_guides("T1") == []


def test_a_server_removal_keeps_its_peoples_own_history(chat: Chat) -> None:
    """Discord: a person's history follows them across servers; only the server's go."""
    used_in_two_workspaces(chat)
    chat.engine.removed_from("T1", chat.clock(), grace=timedelta(0))
    assert chat.store.answers(ADA.key) and chat.store.member_scopes(ADA.key) == []
    subscription = chat.store.load_subscription(ADA.key)
    assert subscription is not None and subscription.active, "their own DMs go on"
    assert chat.store.server_guides("T1") == [] and chat.store.leaderboard("T1") == []


def test_forget_also_forgets_where_someone_was_seen(chat: Chat) -> None:
    used_in_two_workspaces(chat)
    chat.send("forget confirm", user=LIN, where=IN_T2)
    assert chat.store.member_scopes(LIN.key) == []
    assert chat.store.members("T1") == [ADA.key]


def test_export_names_the_workspaces_someone_was_seen_in(chat: Chat) -> None:
    used_in_two_workspaces(chat)
    [reply] = chat.replies("export", user=LIN, where=IN_T2)
    assert reply.attachment is not None
    assert json.loads(reply.attachment.data)["workspaces"] == ["T1", "T2"]


def test_the_minute_tick_runs_the_due_purges_and_the_retention(chat: Chat) -> None:
    chat.send("settings retention 30", user=ADMIN)
    answer_one(chat, ADA, IN_T1)
    chat.engine.removed_from("T2", chat.clock(), grace=GRACE)
    chat.clock.advance(days=31)
    asyncio.run(tick(chat.engine, {}, chat.clock))
    assert [record.answer_text for record in chat.store.answers(ADA.key)] == [""]
    assert chat.store.due_purges(chat.clock()) == [], "T2's purge ran"
