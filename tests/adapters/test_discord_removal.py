"""Discord: the bot removed from a server deletes that server's settings, guides and question
of the day after the grace period; people's own history stays; added back in time, all stays."""

from __future__ import annotations

from datetime import timedelta

from adapters.discord.removal import watch_removals
from bot.types import Attachment, Command, Text, User, Where
from tests.adapters.discord_fakes import CHANNEL_ID, GUILD_ID, World, guild_payload, settle
from tests.conftest import FakeClock, bank_of, store_of
from tests.test_upload import GUIDE

SERVER = str(GUILD_ID)
ADMIN = User("discord", "1", "Grace", is_admin=True)
IN_THE_SERVER = Where("discord", str(CHANNEL_ID), scope=SERVER)
GRACE_DAYS = 30


def set_up_the_server(world: World) -> None:
    """A server guide, a retention setting, a question of the day, and someone's answer."""
    engine = world.engine

    def run(event: Command | Text) -> str:
        return "\n".join(reply.text for reply in engine.handle(event))

    assert "Saved" in run(Command(ADMIN, IN_THE_SERVER, "settings", "retention 90"))
    assert "Question of the day is on" in run(
        Command(ADMIN, IN_THE_SERVER, "settings", "qotd on 09:00 UTC")
    )
    guide = Attachment("rust-developer.md", GUIDE.encode(), "text/markdown")
    assert "Added" in run(Command(ADMIN, IN_THE_SERVER, "guide", "upload", attachment=guide))
    assert "Question 1 of 1" in run(Command(ADMIN, IN_THE_SERVER, "start", "1"))
    store = store_of(engine)
    session = store.load_session(ADMIN.key)
    question = bank_of(engine).get(session.current or "") if session else None
    assert question is not None
    run(Text(ADMIN, IN_THE_SERVER, " ".join(point.text for point in question.key_points)))
    assert store.answers(ADMIN.key)


async def test_removal_deletes_the_servers_data_after_the_grace_period(
    world: World, clock: FakeClock
) -> None:
    watch_removals(world.bot, world.engine, grace_days=GRACE_DAYS, clock=clock)
    set_up_the_server(world)
    store = store_of(world.engine)
    history = store.answers(ADMIN.key)
    state = world.gateway.state
    state.parse_guild_create(guild_payload())
    state.parse_guild_delete({"id": SERVER})
    await settle()
    qotd = store.load_subscription(f"discord:#{CHANNEL_ID}")
    assert qotd is not None and not qotd.active, "the channel's question stops at once"
    grace = timedelta(days=GRACE_DAYS)
    assert world.engine.run_due_purges(clock() + grace - timedelta(minutes=1)) == []
    assert store.server_guides(SERVER)
    assert world.engine.run_due_purges(clock() + grace) == [SERVER]
    assert store.server_guides(SERVER) == []
    assert store.load_server_settings(SERVER).answer_days is None
    assert store.load_subscription(f"discord:#{CHANNEL_ID}") is None
    assert store.answers(ADMIN.key) == history, "a person's own history stays"


async def test_added_back_within_the_grace_period_the_server_keeps_its_data(
    world: World, clock: FakeClock
) -> None:
    watch_removals(world.bot, world.engine, grace_days=GRACE_DAYS, clock=clock)
    set_up_the_server(world)
    state = world.gateway.state
    state.parse_guild_create(guild_payload())
    state.parse_guild_delete({"id": SERVER})
    await settle()
    qotd = store_of(world.engine).load_subscription(f"discord:#{CHANNEL_ID}")
    assert qotd is not None and not qotd.active, "removed"
    state.parse_guild_create(guild_payload())
    await settle()
    assert world.engine.run_due_purges(clock() + timedelta(days=2 * GRACE_DAYS)) == []
    assert store_of(world.engine).server_guides(SERVER)
