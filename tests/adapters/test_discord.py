"""The Discord adapter on real discord.py objects, with Discord's REST edge recorded."""

from __future__ import annotations

import asyncio

import pytest
from discord.app_commands import Choice

from adapters.discord.listeners import InterviewRunner
from adapters.discord.render import CARD_LIMIT, custom_id_for
from adapters.platform import make_handler
from bot.engine import Engine
from bot.types import FEEDBACK_BUTTONS, NOT_YOURS, QUESTION_BUTTONS, Event, Reply
from tests.adapters.discord_fakes import (
    ADA,
    BOB,
    CALLBACK_ROUTE,
    EPHEMERAL,
    Person,
    World,
    direct_messages,
    route_id,
    text_channel,
    thread,
)
from tests.conftest import FakeClock, store_of

THREAD_ROUTE = "POST /channels/{channel_id}/threads"
CHANNEL_MESSAGE = "POST /channels/{channel_id}/messages"
FOLLOW_UP = "POST /webhooks/{webhook_id}/{webhook_token}"
QUESTION_IDS = tuple(custom_id_for(button.action_id) for button in QUESTION_BUTTONS)
FEEDBACK_IDS = {"mockinterview:next", "mockinterview:end"}  # among the buttons under feedback
ADA_THREAD = thread(610_000_000_000_000_001, "Mock interview · Ada")
ADA_DMS = direct_messages(620_000_000_000_000_001, ADA)
GUIDE_TITLE = "Back-End Developer Interview Help"
BOB_DMS = direct_messages(620_000_000_000_000_002, BOB)


def owned_by(person: Person, custom_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Buttons in a server name whose interview they belong to."""
    return tuple(f"{custom_id}:{person.id}" for custom_id in custom_ids)


async def test_a_whole_interview_in_a_server_thread(world: World) -> None:
    start = world.command("start", text_channel())
    await world.invoke(world.cog.start, start, guide="backend-developer", questions=2)

    assert world.api.routes() == [CALLBACK_ROUTE, THREAD_ROUTE, CHANNEL_MESSAGE, FOLLOW_UP]
    assert world.api.requests[1].body["name"] == "Mock interview · Ada"
    question, link = world.api.sent()
    assert question.content.startswith("**Question 1 of 2**")
    assert question.custom_ids == owned_by(ADA, QUESTION_IDS)
    thread_id = route_id(question.request, "channels")
    assert link.private
    assert f"/{thread_id}" in link.content
    place = thread(int(thread_id or 0), "Mock interview · Ada")

    await world.click(f"mockinterview:hint:{ADA.id}", place=place)
    assert world.api.last().content.startswith("**Hint 1:**")

    mark = world.api.mark()
    await world.answer_in_modal(world.strong_answer(), place=place)
    feedback = world.api.sent(since=mark)
    assert feedback[0].content.startswith("**Score:")
    assert set(owned_by(ADA, tuple(FEEDBACK_IDS))) <= set(feedback[-1].custom_ids)
    assert all(custom_id.endswith(f":{ADA.id}") for custom_id in feedback[-1].custom_ids)
    assert not any(sent.private for sent in feedback)

    await world.invoke(world.cog.slash("next"), world.command("next", place))
    assert world.api.last().content.startswith("**Question 2 of 2**")

    await world.invoke(world.cog.slash("end"), world.command("end", place))
    assert world.api.last().content.startswith("**Interview finished.** 1 answered")


async def test_commands_in_a_thread_or_dm_answer_in_place(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_THREAD))
    await world.invoke(world.cog.slash("status"), world.command("status", ADA_THREAD))
    question, status = world.api.sent()
    assert question.request.key == CALLBACK_ROUTE
    assert not question.private
    assert status.private
    assert "question 1 of 5" in status.content
    assert THREAD_ROUTE not in world.api.routes()


async def test_dm_messages_are_answers(world: World) -> None:
    await world.cog.on_message(world.gateway.message("start 1", person=ADA, place=ADA_DMS))
    question = world.api.last()
    assert question.request.url.endswith(f"/channels/{ADA_DMS.id}/messages")
    assert question.custom_ids == QUESTION_IDS

    answer = world.strong_answer() + " @everyone <@&1234> <@5678>"
    await world.cog.on_message(world.gateway.message(answer, person=ADA, place=ADA_DMS))
    texts = [sent.content for sent in world.api.sent()]
    assert any("**Score:" in text for text in texts)
    assert "**Interview finished.**" in texts[-1]
    world.api.assert_no_mentions()  # also checked after every test using `world`


async def test_messages_from_bots_and_outside_dms_are_ignored(world: World) -> None:
    await world.cog.on_message(world.gateway.message("start", person=BOB, place=ADA_DMS, bot=True))
    await world.cog.on_message(world.gateway.message("start", person=ADA, place=ADA_THREAD))
    assert world.api.requests == []


@pytest.mark.parametrize(
    ("author", "counted"),
    [(ADA, True), (BOB, False)],
)
async def test_with_message_content_the_person_answers_in_their_own_thread(
    world: World, engine: Engine, clock: FakeClock, author: Person, counted: bool
) -> None:
    runner = InterviewRunner(make_handler(engine), read_threads=True)
    await runner.on_message(world.gateway.message("help", person=author, place=ADA_THREAD))
    assert bool(world.api.requests) is counted


async def test_a_slow_engine_is_deferred_then_followed_up(world: World) -> None:
    async def slow(event: Event) -> list[Reply]:
        await asyncio.sleep(0.05)
        return [Reply(event.where, "Here you are.", private=True)]

    runner = InterviewRunner(slow, defer_after=0.01)
    await runner.command(world.command("status", text_channel()), "status")
    defer, follow_up = world.api.requests
    assert defer.body == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert follow_up.key == FOLLOW_UP
    assert follow_up.body["content"] == "Here you are."


async def test_long_replies_are_split_with_buttons_on_the_last_message(world: World) -> None:
    code = "```python\n" + "\n".join(f"value_{n} = {n}" for n in range(300)) + "\n```"
    long_text = "**Score: 80%**\n\n" + "• a covered point\n" * 150 + code

    async def long_feedback(event: Event) -> list[Reply]:
        return [Reply(event.where, long_text, buttons=FEEDBACK_BUTTONS)]

    runner = InterviewRunner(long_feedback)
    await runner.command(world.command("skip", ADA_THREAD), "skip")
    messages = world.api.sent()
    assert len(messages) > 2
    assert all(sent.card and len(sent.content) <= CARD_LIMIT for sent in messages)
    assert all(sent.content.count("```") % 2 == 0 for sent in messages)
    assert [bool(sent.custom_ids) for sent in messages] == [False] * (len(messages) - 1) + [True]


async def test_guide_autocomplete_offers_matching_guides(world: World) -> None:
    interaction = world.command("start", text_channel())
    backend = Choice(name=f"{GUIDE_TITLE} (backend-developer)", value="backend-developer")
    assert await world.cog.guide_autocomplete(interaction, "BACK") == [backend]
    assert await world.cog.guide_autocomplete(interaction, "cobol") == []


async def test_start_offers_kinds_and_difficulties_as_choices(world: World) -> None:
    parameters = {parameter.name: parameter for parameter in world.cog.start.parameters}
    assert [(choice.name, choice.value) for choice in parameters["kind"].choices] == [
        ("Technical", "technical"),
        ("Behavioral", "behavioral"),
        ("Situational", "situational"),
        ("Problem Solving", "problem-solving"),
    ]
    assert [(choice.name, choice.value) for choice in parameters["difficulty"].choices] == [
        ("Easy", "easy"),
        ("Medium", "medium"),
        ("Hard", "hard"),
    ]
    assert parameters["guide"].autocomplete


async def test_start_over_a_running_interview_asks_then_replaces_it(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_DMS), questions=3)
    mark = world.api.mark()
    await world.invoke(world.cog.start, world.command("start", ADA_DMS), guide="system-design")
    [asking] = world.api.sent(since=mark)
    assert asking.private and "`replace: True`" in asking.content
    mark = world.api.mark()
    await world.invoke(
        world.cog.start, world.command("start", ADA_DMS), guide="system-design", replace=True
    )
    [question] = world.api.sent(since=mark)
    assert "previous interview was replaced" in question.content
    assert "System Design" in question.content
    parameters = {parameter.name for parameter in world.cog.mock_interview.parameters}
    assert "replace" in parameters


@pytest.mark.parametrize("action", ["skip", "end", "hint", "answer", "next"])
async def test_buttons_on_someone_elses_question_only_get_a_private_note(
    world: World, action: str
) -> None:
    await world.cog.on_message(world.gateway.message("start 2", person=BOB, place=BOB_DMS))
    bobs_question = store_of(world.engine).load_session(f"discord:{BOB.id}")
    await world.invoke(world.cog.start, world.command("start", ADA_THREAD), questions=2)
    adas_question = store_of(world.engine).load_session(f"discord:{ADA.id}")
    assert world.api.last().custom_ids == owned_by(ADA, QUESTION_IDS)
    mark = world.api.mark()

    await world.click(f"mockinterview:{action}:{ADA.id}", place=ADA_THREAD, person=BOB)

    (note,) = world.api.sent(since=mark)
    assert (note.private, note.content) == (True, NOT_YOURS)
    assert store_of(world.engine).load_session(f"discord:{BOB.id}") == bobs_question
    assert store_of(world.engine).load_session(f"discord:{ADA.id}") == adas_question


async def test_the_owner_of_a_question_presses_its_buttons(world: World) -> None:
    await world.invoke(world.cog.start, world.command("start", ADA_THREAD), questions=2)
    await world.click(f"mockinterview:skip:{ADA.id}", place=ADA_THREAD, person=ADA)
    skipped = world.api.last()
    assert skipped.content.startswith("**Skipped.**")
    assert not skipped.private
    assert set(owned_by(ADA, tuple(FEEDBACK_IDS))) <= set(skipped.custom_ids)
    session = store_of(world.engine).load_session(f"discord:{ADA.id}")
    assert session is not None
    assert session.number == 1
