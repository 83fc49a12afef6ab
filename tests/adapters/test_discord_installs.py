"""Discord as a user-installable app: anywhere the person has it, private where only their own
install brings it, within Discord's five follow-ups; cards, the labelled answer box, and any
engine button routed by its custom id."""

from __future__ import annotations

import pytest

from adapters.discord.send import NOT_ADDED
from bot.errors import UserError
from bot.server_settings import ServerSettings
from bot.types import QUESTION_BUTTONS, Action, Button, Event, Reply
from tests.adapters.discord_fakes import (
    ADA,
    ADMIN,
    BOB,
    CALLBACK_ROUTE,
    COMPONENTS_V2,
    GUILD_ID,
    Place,
    World,
    direct_messages,
    group_dm,
    installed_only_by,
    settle,
    text_channel,
)
from tests.conftest import store_of

THREAD_ROUTE = "POST /channels/{channel_id}/threads"
FOLLOW_UP = "POST /webhooks/{webhook_id}/{webhook_token}"
LABEL, TEXT_INPUT, CONTAINER = 18, 4, 17
PARAGRAPH = 2
ADA_DMS = direct_messages(620_000_000_000_000_001, ADA)
ONLY_ADAS = {
    "a server without the app": installed_only_by(ADA, text_channel()),
    "a group DM": group_dm(630_000_000_000_000_001, ADA, BOB),
}


@pytest.mark.parametrize("place", ONLY_ADAS.values(), ids=ONLY_ADAS.keys())
async def test_where_only_the_persons_install_reaches_every_reply_is_private(
    world: World, place: Place
) -> None:
    await world.invoke(world.cog.start, world.command("start", place), questions=2)
    assert THREAD_ROUTE not in world.api.routes()  # no bot there to open a thread
    (question,) = world.api.sent()
    assert question.request.key == CALLBACK_ROUTE
    assert question.private
    assert question.content.startswith("**Question 1 of 2**")

    await world.click(f"mockinterview:skip:{ADA.id}", place=place)
    skipped = world.api.last()
    assert skipped.content.startswith("**Skipped.**")
    assert skipped.private


async def test_in_a_dm_with_the_bot_a_user_install_answers_in_the_open(world: World) -> None:
    """A DM with the bot is private already: the question stays, not an ephemeral message."""
    place = installed_only_by(ADA, ADA_DMS)
    await world.invoke(world.cog.start, world.command("start", place), questions=2)
    (question,) = world.api.sent()
    assert question.content.startswith("**Question 1 of 2**")
    assert not question.private


async def test_a_server_that_added_the_app_keeps_public_replies_public(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", text_channel()), questions=2)
    assert THREAD_ROUTE in world.api.routes()
    question, link = world.api.sent()
    assert not question.private
    assert link.private


async def test_a_turn_with_many_replies_sends_at_most_five_follow_ups(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def chatty(event: Event) -> list[Reply]:
        notes = [Reply(event.where, f"Note {n}: " + "x" * 3000) for n in range(9)]
        return [*notes, Reply(event.where, "**Question 2 of 2**", buttons=QUESTION_BUTTONS)]

    monkeypatch.setattr(world.cog.runner, "handler", chatty)
    place = installed_only_by(ADA, text_channel())
    await world.invoke(world.cog.slash("next"), world.command("next", place))
    assert world.api.routes() == [CALLBACK_ROUTE] + [FOLLOW_UP] * 5
    sent = world.api.sent()
    assert sent[-2].content == "…and 4 more message(s) that Discord would not take here."
    assert sent[-1].content.endswith("**Question 2 of 2**")
    assert sent[-1].custom_ids[0] == f"mockinterview:answer:{ADA.id}"
    assert all(message.private for message in sent)


async def test_the_question_is_a_card(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_DMS), questions=2)
    (question,) = world.api.sent()
    assert question.card
    assert question.request.body["data"]["flags"] & COMPONENTS_V2
    (container,) = question.components
    assert container["type"] == CONTAINER
    assert not question.request.body["data"].get("content")  # a card carries no plain text


async def test_the_answer_box_is_a_labelled_text_input_of_4000_characters(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_DMS), questions=1)
    await world.click("mockinterview:answer", place=ADA_DMS)
    modal = world.api.requests[-1].body["data"]
    (label,) = modal["components"]
    assert (label["type"], label["label"]) == (LABEL, "Answer")
    box = label["component"]
    assert (box["type"], box["style"], box["max_length"]) == (TEXT_INPUT, PARAGRAPH, 4000)

    mark = world.api.mark()
    world.gateway.submit_modal(modal, world.strong_answer(), person=ADA, place=ADA_DMS)
    await settle()
    assert world.api.sent(since=mark)[0].content.startswith("**Score:")


async def test_any_engine_button_reaches_the_engine_with_its_value(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    pressed: list[Action] = []

    async def disputing(event: Event) -> list[Reply]:
        if isinstance(event, Action):
            pressed.append(event)
            return [Reply(event.where, "Noted.", private=True)]
        return [Reply(event.where, "Scored.", buttons=(Button("dispute", "Dispute", "q-7"),))]

    monkeypatch.setattr(world.cog.runner, "handler", disputing)
    await world.invoke(world.cog.slash("hint"), world.command("hint", text_channel()))
    (custom_id,) = world.api.last().custom_ids
    assert custom_id == f"mockinterview:dispute:{ADA.id}:q-7"

    await world.click(custom_id, place=text_channel(), person=BOB)
    await world.click(custom_id, place=text_channel(), person=ADA)
    assert [(action.action_id, action.value, action.user.id) for action in pressed] == [
        ("dispute", "q-7", str(ADA.id))
    ]
    assert world.api.last().content == "Noted."


async def test_a_server_without_the_bot_keeps_its_settings(world: World) -> None:
    place = installed_only_by(ADMIN, text_channel())
    interaction = world.command("settings", place, person=ADMIN)
    with pytest.raises(UserError) as caught:
        await world.invoke(world.cog.settings, interaction, guide="backend-developer")
    assert caught.value.message == NOT_ADDED
    assert world.api.requests == []
    assert store_of(world.engine).load_server_settings(str(GUILD_ID)) == ServerSettings()
