"""On Discord: the Retry button, and `/mockinterview retry`, `strictness`, `history`,
`sessions` and `report` as slash commands, on real discord.py objects."""

from __future__ import annotations

import pytest
from discord.app_commands import Choice

from adapters.discord.render import custom_id_for
from bot.errors import UserError
from bot.types import RETRY_BUTTON
from tests.adapters.discord_fakes import ADA, ADMIN, World, direct_messages, text_channel
from tests.conftest import bank_of, store_of

ADA_DMS = direct_messages(620_000_000_000_000_001, ADA)


def first_point(world: World) -> str:
    session = store_of(world.engine).load_session(f"discord:{ADA.id}")
    assert session is not None
    question = bank_of(world.engine).get(session.current or "")
    assert question is not None
    return question.key_points[0].text


async def test_the_retry_button_under_feedback_asks_the_question_again(world: World) -> None:
    await world.cog.on_message(world.gateway.message("start 2", person=ADA, place=ADA_DMS))
    mark = world.api.mark()
    await world.cog.on_message(world.gateway.message(first_point(world), person=ADA, place=ADA_DMS))
    feedback = world.api.sent(since=mark)
    retry_id = custom_id_for(RETRY_BUTTON.action_id)
    assert retry_id in feedback[-1].custom_ids
    assert "Strictness: standard" in "".join(sent.content for sent in feedback)

    await world.click(retry_id, place=ADA_DMS)
    again = world.api.last()
    assert "**Once more.**" in again.content and "**Question 1 of 2**" in again.content
    mark = world.api.mark()
    await world.cog.on_message(
        world.gateway.message(world.strong_answer(), person=ADA, place=ADA_DMS)
    )
    compared = "".join(sent.content for sent in world.api.sent(since=mark))
    assert "**Retry:**" in compared and "→" in compared


async def test_strictness_and_retry_as_slash_commands_in_a_dm(world: World) -> None:
    strictness = world.cog.slash("strictness")
    assert [parameter.name for parameter in strictness.parameters] == ["arguments"]
    await world.invoke(strictness, world.command("strictness", ADA_DMS), arguments="strict")
    saved = world.api.last()
    assert saved.private and "**strict** (covered at 90%" in saved.content

    await world.cog.on_message(world.gateway.message("start 1", person=ADA, place=ADA_DMS))
    await world.cog.on_message(world.gateway.message(first_point(world), person=ADA, place=ADA_DMS))
    assert any("Strictness: strict" in sent.content for sent in world.api.sent())

    await world.invoke(world.cog.slash("retry"), world.command("retry", ADA_DMS))
    assert "**Question 1 of 1**" in world.api.last().content

    await world.invoke(world.cog.slash("end"), world.command("end", ADA_DMS))
    await world.invoke(world.cog.slash("sessions"), world.command("sessions", ADA_DMS))
    listed = world.api.last()
    assert listed.private and "**Your interviews**" in listed.content
    report = world.cog.slash("report")
    await world.invoke(report, world.command("report", ADA_DMS), arguments="1")
    assert world.api.last().content.startswith("**Report 1**")
    history = world.cog.slash("history")
    await world.invoke(history, world.command("history", ADA_DMS))
    assert "**Every attempt**" in world.api.last().content


async def test_admins_set_the_servers_strictness_with_the_settings_command(world: World) -> None:
    settings = world.cog.settings
    strict = Choice(name="Strict", value="strict")
    assert "strictness" in [parameter.name for parameter in settings.parameters]
    await world.invoke(settings, world.command("settings", text_channel()), strictness=strict)
    assert "Only server admins" in world.api.last().content
    place = text_channel()
    await world.invoke(settings, world.command("settings", place, ADMIN), strictness=strict)
    assert "strictness: strict" in world.api.last().content
    await world.invoke(world.cog.slash("strictness"), world.command("strictness", place))
    assert "**strict** (covered at 90%, partly at 40%), the server's" in world.api.last().content
    lenient = Choice(name="Lenient", value="lenient")
    both = {"strictness": lenient, "channels": Choice(name="Any channel", value="any")}
    with pytest.raises(UserError, match="Change one setting at a time"):
        await world.invoke(settings, world.command("settings", place, ADMIN), **both)
