"""Disputing a score and flagging a question on Discord: the feedback's buttons in a server
thread, the slash commands, and a member with Manage Server reviewing them."""

from __future__ import annotations

from adapters.discord.render import custom_id_for
from tests.adapters.discord_fakes import (
    ADA,
    ADMIN,
    BOB,
    GUILD_ID,
    Place,
    World,
    route_id,
    text_channel,
    thread,
)
from tests.conftest import bank_of, store_of

WORDING = "I described it with entirely different words about it"


async def answered_in_a_thread(world: World) -> Place:
    """Ada's interview in a server thread, its first question answered with one key point."""
    await world.invoke(world.cog.start, world.command("start", text_channel()), questions=2)
    question = world.api.sent()[0]
    place = thread(int(route_id(question.request, "channels") or 0), "Mock interview · Ada")
    session = store_of(world.engine).load_session(f"discord:{ADA.id}")
    assert session is not None
    asked = bank_of(world.engine).get(session.current or "")
    assert asked is not None
    await world.answer_in_modal(asked.key_points[0].text, place=place)
    return place


def missed_point(world: World) -> int:
    (record,) = store_of(world.engine).answers(f"discord:{ADA.id}")
    return next(n for n, point in enumerate(record.points, 1) if not point.covered)


async def test_i_was_right_from_the_button_to_an_admins_decision(world: World) -> None:
    place = await answered_in_a_thread(world)
    feedback = world.api.last()
    dispute_id = custom_id_for("dispute", ADA.id)
    assert dispute_id in feedback.custom_ids
    assert custom_id_for("flag", ADA.id) in feedback.custom_ids
    await world.click(dispute_id, place=place)
    point = missed_point(world)
    assert f"dispute {point}" in world.api.last().content
    assert "Which point did your answer make?" in world.api.last().content
    dispute = world.cog.slash("dispute")
    await world.invoke(dispute, world.command("dispute", place), arguments=f"{point} {WORDING}")
    corrected = world.api.last()
    assert "now counts as covered" in corrected.content and corrected.private
    disputes = world.cog.slash("disputes")
    await world.invoke(disputes, world.command("disputes", text_channel(), BOB))
    assert "Only this server's admins review disputes" in world.api.last().content
    await world.invoke(disputes, world.command("disputes", text_channel(), ADMIN))
    assert WORDING in world.api.last().content
    decide = world.command("disputes", text_channel(), ADMIN)
    await world.invoke(disputes, decide, arguments="accept 1")
    assert "Accepted #1" in world.api.last().content
    phrasings = store_of(world.engine).phrasings(str(GUILD_ID))
    assert [(phrasing.point, phrasing.text) for phrasing in phrasings] == [(point, WORDING)]


async def test_the_flag_button_asks_what_is_wrong_and_admins_see_it(world: World) -> None:
    place = await answered_in_a_thread(world)
    await world.click(custom_id_for("flag", ADA.id), place=place)
    assert "`flag <wrong|unclear|outdated>" in world.api.last().content
    flag = world.cog.slash("flag")
    await world.invoke(flag, world.command("flag", place), arguments="outdated Uses OAuth 1")
    assert "flagged as **outdated**" in world.api.last().content
    await world.invoke(world.cog.slash("flags"), world.command("flags", text_channel(), ADMIN))
    assert "outdated: «Uses OAuth 1»" in world.api.last().content
