"""The one error hook, permission checks, and Discord's refusals (403s) explained."""

from __future__ import annotations

import logging

import pytest
from discord import app_commands
from discord.app_commands import Choice

from adapters.discord.send import DM_CLOSED
from bot.errors import APOLOGY, UserError
from bot.types import Event, Reply
from tests.adapters.discord_fakes import (
    ADA,
    ADMIN,
    Person,
    World,
    direct_messages,
    text_channel,
    thread,
)
from tests.conftest import store_of

THREAD_ROUTE = "POST /channels/{channel_id}/threads"
MESSAGE_ROUTE = "POST /channels/{channel_id}/messages"
SEND_ONLY = 1 << 11  # Send Messages, but no thread permissions
ADA_THREAD = thread(610_000_000_000_000_001, "Mock interview · Ada")


async def test_a_user_error_becomes_an_ephemeral_message(world: World) -> None:
    interaction = world.command("hint", text_channel())
    error = app_commands.CommandInvokeError(world.cog.slash("hint"), UserError("Do this instead."))
    await world.cog.cog_app_command_error(interaction, error)
    sent = world.api.last()
    assert sent.content == "Do this instead."
    assert sent.private


async def test_an_unexpected_error_is_logged_and_answered_with_one_apology(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    interaction = world.command("hint", text_channel())
    error = app_commands.CommandInvokeError(
        world.cog.slash("hint"), RuntimeError("password=hunter2")
    )
    with caplog.at_level(logging.ERROR):
        await world.cog.cog_app_command_error(interaction, error)
    assert [(sent.content, sent.private) for sent in world.api.sent()] == [(APOLOGY, True)]
    assert all("hunter2" not in str(request.body) for request in world.api.requests)
    assert any(record.exc_info for record in caplog.records)


async def test_a_failing_button_reaches_the_same_hook(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def failing(event: Event) -> list[Reply]:
        raise ValueError("boom")

    monkeypatch.setattr(world.cog.runner, "handler", failing)
    with caplog.at_level(logging.ERROR):
        await world.click(f"mockinterview:skip:{ADA.id}", person=ADA, place=ADA_THREAD)
    assert [(sent.content, sent.private) for sent in world.api.sent()] == [(APOLOGY, True)]
    assert any(record.exc_info for record in caplog.records)


async def test_changing_two_settings_at_once_is_a_user_error(world: World) -> None:
    interaction = world.command("settings", text_channel(), person=ADMIN)
    any_channel = Choice(name="Any channel", value="any")
    with pytest.raises(UserError, match="one setting at a time"):
        await world.invoke(
            world.cog.settings, interaction, guide="backend-developer", channels=any_channel
        )


@pytest.mark.parametrize(
    ("person", "reply"),
    [(ADA, "Only server admins can change settings"), (ADMIN, "Saved.")],
)
async def test_only_members_with_manage_server_change_settings(
    world: World, person: Person, reply: str
) -> None:
    interaction = world.command("settings", text_channel(), person=person)
    await world.invoke(world.cog.settings, interaction, guide="backend-developer")
    sent = world.api.last()
    assert sent.content.startswith(reply)
    assert sent.private


async def test_missing_thread_permissions_are_named_before_anything_starts(world: World) -> None:
    interaction = world.gateway.command(
        "start", person=ADA, place=text_channel(), app_permissions=SEND_ONLY
    )
    with pytest.raises(UserError) as caught:
        await world.invoke(world.cog.start, interaction)
    assert "**Create Public Threads** and **Send Messages in Threads**" in caught.value.message
    assert world.api.requests == []
    assert store_of(world.engine).load_session(f"discord:{ADA.id}") is None

    await world.cog.cog_app_command_error(interaction, caught.value)  # type: ignore[arg-type]
    assert world.api.last().content == caught.value.message


async def test_a_403_when_opening_the_thread_names_the_permission(world: World) -> None:
    world.api.fail(THREAD_ROUTE, code=50013)
    with pytest.raises(UserError, match=r"\*\*Create Public Threads\*\*"):
        await world.invoke(world.cog.start, world.command("start", text_channel()))


async def test_closed_dms_are_explained_in_the_server(world: World) -> None:
    world.api.fail(MESSAGE_ROUTE, code=50007)
    interaction = world.command("start", text_channel())
    with pytest.raises(UserError) as caught:
        await world.invoke(world.cog.start, interaction, dm=True)
    assert caught.value.message == DM_CLOSED

    await world.cog.cog_app_command_error(interaction, caught.value)  # type: ignore[arg-type]
    assert world.api.last().content == DM_CLOSED
    assert world.api.last().private


async def test_start_with_dm_sends_the_question_by_dm(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", text_channel()), dm=True)
    question, link = world.api.sent()
    assert question.content.startswith("**Question 1 of 5**")
    dm_id = question.request.url.split("/")[-2]
    assert link.private
    assert link.content.endswith(f"/channels/@me/{dm_id}")
    await world.cog.on_message(
        world.gateway.message("hint", person=ADA, place=direct_messages(int(dm_id), ADA))
    )
    assert world.api.last().content.startswith("**Hint 1:**")
